/* hashiya-text-view.c — the annotated Arabic text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-text-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <adwaita.h>

#include "hashiya-dialogs.h"
#include "hashiya-mention-tags.h"
#include "hashiya-relation-arcs.h"
#include "hashiya-relation-chooser.h"
#include "hashiya-text-view.h"

struct _HashiyaTextView
{
  GtkTextView         parent_instance;

  HashiyaDocument    *document;
  GSignalGroup       *document_signals;
  GSignalGroup       *catalog_signals;
  HashiyaMention     *selected;
  HashiyaMentionTags *highlights;    /* the mentions, the selected one, find's marks */
  HashiyaRelation    *selected_relation;
  HashiyaRelationArcs *arcs;
  gboolean            show_all_relations;
  HashiyaRelationChooser *chooser;   /* the target and type of a new relation */
  guint               trigger_start; /* of the relation being made */
  guint               trigger_end;
  GtkWidget          *context_menu;
  GtkCssProvider     *font_provider;
  int                 pixels_inside; /* the spacing the font asks for */
  int                 pixels_below;
  guint               scroll_tick;   /* bringing the selected relation into view */
  guint               point_idle;    /* the chooser following its source */
  gboolean            previewing;    /* the document shown is a preview */
};

G_DEFINE_FINAL_TYPE (HashiyaTextView, hashiya_text_view, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_SELECTED_MENTION,
  PROP_SELECTED_RELATION,
  PROP_SHOW_ALL_RELATIONS,
  PROP_PREVIEWING,
  N_PROPS
};

enum {
  ANNOTATE_REQUESTED,
  MENTION_ACTIVATED,
  MENTION_DELETED,
  PROCLITICS_LEFT_OUT,
  RELATION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean is_relating   (HashiyaTextView *self);
static void     stop_relating (HashiyaTextView *self);
static void     mark_trigger  (HashiyaTextView *self);

/* A document to edit: none, or a preview, cannot be. */
static gboolean
is_ready (HashiyaTextView *self)
{
  return self->document != NULL && !self->previewing;
}

static GtkTextBuffer *
get_buffer (HashiyaTextView *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

static HashiyaMention *
get_mention (HashiyaTextView *self,
             guint            position)
{
  return hashiya_document_get_mention (self->document, position);
}

static void
mention_added_cb (HashiyaTextView *self,
                  HashiyaMention  *mention)
{
  hashiya_mention_tags_retag (self->highlights, self->document,
                              hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
}

static void
mention_removed_cb (HashiyaTextView *self,
                    HashiyaMention  *mention)
{
  hashiya_mention_tags_retag (self->highlights, self->document,
                              hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
  if (mention == self->selected)
    hashiya_text_view_select_mention (self, NULL);
  if (mention == hashiya_relation_chooser_get_source (self->chooser) ||
      mention == hashiya_relation_chooser_get_target (self->chooser))
    stop_relating (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
mention_changed_cb (HashiyaTextView *self,
                    HashiyaMention  *mention,
                    HashiyaMention  *before)
{
  hashiya_mention_tags_retag (self->highlights, self->document,
                              hashiya_mention_get_start (before), hashiya_mention_get_end (before));
  hashiya_mention_tags_retag (self->highlights, self->document,
                              hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
  if (mention == self->selected)
    hashiya_mention_tags_mark_selected (self->highlights, self->selected);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
actor_changed_cb (HashiyaTextView *self,
                  HashiyaActor    *actor)
{
  hashiya_mention_tags_style_actor (self->highlights, actor);
}

static void
catalog_items_changed_cb (HashiyaTextView *self,
                          guint            position,
                          guint            removed,
                          guint            added,
                          GListModel      *catalog)
{
  /* Removed actors have no mentions left; new ones need tags, and an
   * actor that returns by undo has its mentions re-tagged as they return. */
  hashiya_mention_tags_add_actors (self->highlights, HASHIYA_CATALOG (catalog), position, added);
}

static void
relation_added_cb (HashiyaTextView *self,
                   HashiyaRelation *relation)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
relation_removed_cb (HashiyaTextView *self,
                     HashiyaRelation *relation)
{
  if (relation == self->selected_relation)
    hashiya_text_view_select_relation (self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
relation_changed_cb (HashiyaTextView *self,
                     HashiyaRelation *relation,
                     HashiyaRelation *before)
{
  if (relation == self->selected_relation)
    mark_trigger (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hashiya_text_view_dispose (GObject *object)
{
  HashiyaTextView *self = (HashiyaTextView *) object;

  g_signal_group_set_target (self->document_signals, NULL);
  g_signal_group_set_target (self->catalog_signals, NULL);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->catalog_signals);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_handle_id (&self->point_idle, g_source_remove);
  g_clear_object (&self->selected);
  g_clear_object (&self->selected_relation);
  g_clear_object (&self->document);
  g_clear_pointer (&self->highlights, hashiya_mention_tags_free);
  g_clear_pointer (&self->arcs, hashiya_relation_arcs_free);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  if (self->chooser != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->chooser)));

  G_OBJECT_CLASS (hashiya_text_view_parent_class)->dispose (object);
}

static void
hashiya_text_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_MENTION:
      g_value_set_object (value, self->selected);
      break;
    case PROP_SELECTED_RELATION:
      g_value_set_object (value, self->selected_relation);
      break;
    case PROP_SHOW_ALL_RELATIONS:
      g_value_set_boolean (value, self->show_all_relations);
      break;
    case PROP_PREVIEWING:
      g_value_set_boolean (value, self->previewing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_text_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_RELATION:
      hashiya_text_view_select_relation (self, g_value_get_object (value));
      break;
    case PROP_SHOW_ALL_RELATIONS:
      hashiya_text_view_set_show_all_relations (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The relations drawn: those of the selected mention and the selected
 * relation, or every one. */
static GPtrArray *
relations_shown (HashiyaTextView *self)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *relations;

  if (self->document == NULL)
    return shown;

  relations = hashiya_document_get_relations (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      const char *selected = self->selected != NULL ? hashiya_mention_get_id (self->selected) : NULL;

      if (self->show_all_relations || relation == self->selected_relation ||
          (selected != NULL && (g_strcmp0 (hashiya_relation_get_source (relation), selected) == 0 ||
                                g_strcmp0 (hashiya_relation_get_target (relation), selected) == 0)))
        g_ptr_array_add (shown, g_steal_pointer (&relation));
    }
  return shown;
}

static void
layout_arcs (HashiyaTextView *self)
{
  g_autoptr(GPtrArray) shown = relations_shown (self);

  hashiya_relation_arcs_update (self->arcs, self->document, shown, self->selected_relation,
                                hashiya_relation_chooser_get_source (self->chooser),
                                hashiya_relation_chooser_get_target (self->chooser));
}

/* The arcs are drawn over the text, never as tags: they cannot change
 * how it is shaped. */
static void
hashiya_text_view_snapshot_layer (GtkTextView      *view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (view);

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || self->document == NULL)
    return;
  layout_arcs (self);
  hashiya_relation_arcs_snapshot (self->arcs, snapshot);
}

static guint
offset_at_point (HashiyaTextView *self,
                 double           x,
                 double           y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by);
  return (guint) gtk_text_iter_get_offset (&iter);
}

/* A click (not a drag) on a mention selects it and shows its details. */
static void
click_released_cb (HashiyaTextView *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  HashiyaMention *mention;

  /* Making a relation: the mention clicked is its target; a click
   * elsewhere leaves off. */
  if (n_press == 1 && is_ready (self) && is_relating (self))
    {
      mention = hashiya_text_view_mention_at (self, offset_at_point (self, x, y));
      if (mention != NULL)
        hashiya_relation_chooser_set_target (self->chooser, mention);
      else
        stop_relating (self);
      return;
    }

  if (n_press != 1 || !is_ready (self) ||
      gtk_text_buffer_get_has_selection (get_buffer (self)))
    return;

  /* An arc, or its label, selects its relation. */
  {
    HashiyaRelation *relation;
    int bx, by;

    gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
    layout_arcs (self);
    relation = hashiya_relation_arcs_pick (self->arcs, bx, by);
    if (relation != NULL)
      {
        g_autoptr(HashiyaRelation) picked = g_object_ref (relation);

        if (self->selected != NULL &&
            g_strcmp0 (hashiya_relation_get_source (picked), hashiya_mention_get_id (self->selected)) != 0 &&
            g_strcmp0 (hashiya_relation_get_target (picked), hashiya_mention_get_id (self->selected)) != 0)
          hashiya_text_view_select_mention (self, NULL);
        hashiya_text_view_select_relation (self, picked);
        g_signal_emit (self, signals[RELATION_ACTIVATED], 0, picked);
        return;
      }
  }

  mention = hashiya_text_view_mention_at (self, offset_at_point (self, x, y));
  hashiya_text_view_select_mention (self, mention);
  if (mention != NULL)
    g_signal_emit (self, signals[MENTION_ACTIVATED], 0, mention);
}

/* The context menu is Hashiya's own: GtkTextView's adds Cut, Paste,
 * Delete, Undo and Redo, which do nothing in a view that is never
 * edited, and GTK 4.8 has no way to take them out of it. */
static void
popup_context_menu (HashiyaTextView *self,
                    double           x,
                    double           y)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clipboard.copy", gtk_text_buffer_get_has_selection (buffer));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "selection.select-all", gtk_text_buffer_get_char_count (buffer) > 0);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* A right click on a mention selects it, so that the context menu's
 * "Remove Mention" means the one under the pointer; a text selection
 * stays, for "Annotate…" and "Copy". */
static void
secondary_pressed_cb (HashiyaTextView *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  /* Claimed, so that GtkTextView shows no menu of its own. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  stop_relating (self);
  if (is_ready (self) && !gtk_text_buffer_get_has_selection (get_buffer (self)))
    hashiya_text_view_select_mention (self, hashiya_text_view_mention_at (self, offset_at_point (self, x, y)));
  popup_context_menu (self, x, y);
}

/* Shift+F10: the context menu at the cursor. */
static void
popup_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = get_buffer (self);
  GdkRectangle cursor;
  GtkTextIter iter;
  int x, y;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &cursor);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         cursor.x, cursor.y + cursor.height, &x, &y);
  popup_context_menu (self, x, y);
}

/* Says @message in a toast over the page the view is in. */
static void
toast (HashiyaTextView *self,
       const char      *message,
       gboolean         can_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  gtk_widget_error_bell (GTK_WIDGET (self));
  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static gboolean
is_relating (HashiyaTextView *self)
{
  return hashiya_relation_chooser_get_source (self->chooser) != NULL;
}

static void
stop_relating (HashiyaTextView *self)
{
  if (is_relating (self))
    hashiya_relation_chooser_cancel (self->chooser);
}

static gboolean
covers (HashiyaMention *mention,
        guint           start,
        guint           end)
{
  return hashiya_mention_get_start (mention) <= start && end <= hashiya_mention_get_end (mention);
}

/* The mention a relation starts from: the selected one, or the one the
 * caret is in (or just after), or the one the selection is inside. */
static HashiyaMention *
relation_source (HashiyaTextView *self)
{
  GtkTextIter from, to;
  HashiyaMention *mention;
  guint start, end;

  if (self->selected != NULL)
    return self->selected;

  gtk_text_buffer_get_selection_bounds (get_buffer (self), &from, &to);
  start = (guint) gtk_text_iter_get_offset (&from);
  end = (guint) gtk_text_iter_get_offset (&to);
  mention = hashiya_text_view_mention_at (self, start);
  if (start == end && mention == NULL && start > 0)
    mention = hashiya_text_view_mention_at (self, start - 1);
  if (mention != NULL && start != end && !covers (mention, start, end))
    return NULL;
  return mention;
}

/* The mentions of @source's paragraph but @source, in text order. */
static GPtrArray *
paragraph_mentions (HashiyaTextView *self,
                    HashiyaMention  *source)
{
  GPtrArray *mentions = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = hashiya_document_get_n_mentions (self->document);
  GtkTextIter start, end;
  guint line_end;

  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &start, (int) hashiya_mention_get_start (source));
  gtk_text_iter_set_line_offset (&start, 0);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  line_end = (guint) gtk_text_iter_get_offset (&end);
  for (guint i = hashiya_document_find_first_at (self->document, (guint) gtk_text_iter_get_offset (&start));
       i < n && hashiya_mention_get_start (get_mention (self, i)) < line_end; i++)
    if (get_mention (self, i) != source)
      g_ptr_array_add (mentions, g_object_ref (get_mention (self, i)));
  return mentions;
}

/* The chooser points at the source of the relation being made, where
 * the view shows it now. */
static void
point_chooser (HashiyaTextView *self)
{
  HashiyaMention *source = hashiya_relation_chooser_get_source (self->chooser);
  GdkRectangle rect;

  if (source == NULL)
    return;
  rect = hashiya_text_view_get_range_rect (self, hashiya_mention_get_start (source), hashiya_mention_get_end (source));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->chooser), &rect);
}

static gboolean
point_chooser_idle_cb (gpointer data)
{
  HashiyaTextView *self = data;

  self->point_idle = 0;
  point_chooser (self);
  return G_SOURCE_REMOVE;
}

/* Scrolled while a relation is made: the chooser follows its source,
 * once the view is laid out again. */
static void
scrolled_cb (HashiyaTextView *self)
{
  if (is_relating (self) && self->point_idle == 0)
    self->point_idle = g_idle_add (point_chooser_idle_cb, self);
}

static void
vadjustment_cb (HashiyaTextView *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));

  if (adjustment != NULL)
    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}

/**
 * hashiya_text_view_relate:
 *
 * Starts a relation from the selected mention (or the one the caret or
 * the selection is in), as R does: the next mention clicked, or one of
 * its paragraph picked by typing, is its target; then its type. A
 * selection besides the mention is the relation's trigger.
 *
 * Returns: %FALSE, with a bell, when no mention is selected
 */
gboolean
hashiya_text_view_relate (HashiyaTextView *self)
{
  g_autoptr(GPtrArray) targets = NULL;
  HashiyaMention *source;
  guint start, end;

  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), FALSE);

  if (!is_ready (self))
    return FALSE;
  source = relation_source (self);
  if (source == NULL)
    {
      toast (self, _("Select the mention to relate first"), FALSE);
      return FALSE;
    }

  /* The selection, unless it is the mention itself, says why. */
  self->trigger_start = self->trigger_end = 0;
  if (hashiya_text_view_get_selection_span (self, &start, &end) && !covers (source, start, end))
    {
      self->trigger_start = start;
      self->trigger_end = end;
    }

  targets = paragraph_mentions (self, source);
  hashiya_relation_chooser_start (self->chooser, self->document, source, targets);
  point_chooser (self);
  gtk_popover_popup (GTK_POPOVER (self->chooser));
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
relate_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  hashiya_text_view_relate (HASHIYA_TEXT_VIEW (widget));
}

/* The chooser has it all: the relation is made, as one undo step, and
 * selected; a relation the document refuses is not, and the chooser
 * says why. */
static void
relation_chosen_cb (HashiyaTextView        *self,
                    HashiyaMention         *target,
                    const char             *type,
                    const char             *mode,
                    HashiyaRelationChooser *chooser)
{
  HashiyaMention *source = hashiya_relation_chooser_get_source (chooser);
  g_autoptr(HashiyaRelation) relation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = NULL;

  if (source == NULL || !is_ready (self))
    return;

  id = hashiya_document_new_relation_id (self->document);
  now = hashiya_timestamp_now ();
  relation = hashiya_relation_new (id, type, hashiya_mention_get_id (source), hashiya_mention_get_id (target));
  hashiya_relation_set_author (relation, hashiya_document_get_author (self->document));
  hashiya_relation_set_created (relation, now);
  hashiya_relation_set_modified (relation, now);
  if (self->trigger_end > self->trigger_start)
    hashiya_relation_set_trigger (relation, self->trigger_start, self->trigger_end);
  if (mode != NULL && mode[0] != '\0')
    hashiya_relation_set_mode (relation, mode);

  if (!hashiya_document_add_relation (self->document, relation, &error))
    {
      /* Translators: %s says why, such as "it is the same relation as r2
       * (consult from m3 to m4)" */
      g_autofree char *message = g_strdup_printf (_("Not related: %s"), error->message);

      hashiya_relation_chooser_show_error (chooser, message);
      return;
    }
  /* The trigger's selection is used up. */
  if (self->trigger_end > self->trigger_start)
    {
      GtkTextIter end;

      gtk_text_buffer_get_iter_at_offset (get_buffer (self), &end, (int) self->trigger_end);
      gtk_text_buffer_place_cursor (get_buffer (self), &end);
    }
  hashiya_relation_chooser_cancel (chooser);
  hashiya_text_view_select_relation (self, relation);
}

static void
chooser_target_cb (HashiyaTextView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* While a relation is made, the keys go to its chooser. */
static gboolean
key_pressed_cb (HashiyaTextView       *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (!is_relating (self))
    return FALSE;
  return hashiya_relation_chooser_handle_key (self->chooser, controller, keyval, state);
}

/* Suggestions are reviewed in text order, mentions and relations alike:
 * a relation stands where the first of its ends or its trigger starts,
 * after the mentions that start there. */
typedef struct
{
  guint offset;
  int   kind;     /* -1 the caret, 0 a mention, 1 a relation */
  guint index;
} ReviewKey;

static int
compare_keys (const ReviewKey *a,
              const ReviewKey *b)
{
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index ? 1 : 0;
}

static guint
relation_offset (HashiyaTextView *self,
                 HashiyaRelation *relation)
{
  HashiyaMention *source = hashiya_document_lookup_mention (self->document, hashiya_relation_get_source (relation));
  HashiyaMention *target = hashiya_document_lookup_mention (self->document, hashiya_relation_get_target (relation));
  guint offset = G_MAXUINT, start, end;

  if (source != NULL)
    offset = MIN (offset, hashiya_mention_get_start (source));
  if (target != NULL)
    offset = MIN (offset, hashiya_mention_get_start (target));
  if (hashiya_relation_get_trigger (relation, &start, &end))
    offset = MIN (offset, start);
  return offset;
}

/* Where the review stands: the selected relation, the selected mention,
 * or the caret. */
static ReviewKey
review_position (HashiyaTextView *self)
{
  GListModel *relations = hashiya_document_get_relations (self->document);
  GtkTextIter cursor;

  if (self->selected_relation != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
      {
        g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

        if (relation == self->selected_relation)
          return (ReviewKey) { relation_offset (self, relation), 1, i };
      }
  if (self->selected != NULL)
    {
      guint n = hashiya_document_get_n_mentions (self->document);

      for (guint i = hashiya_document_find_first_at (self->document, hashiya_mention_get_start (self->selected)); i < n; i++)
        if (get_mention (self, i) == self->selected)
          return (ReviewKey) { hashiya_mention_get_start (self->selected), 0, i };
    }
  gtk_text_buffer_get_iter_at_mark (get_buffer (self), &cursor, gtk_text_buffer_get_insert (get_buffer (self)));
  return (ReviewKey) { (guint) gtk_text_iter_get_offset (&cursor), -1, 0 };
}

/* Keeps @key if it is the nearest yet after @from (before it, going
 * back), and the first (last) of all, for going round the end. */
static void
consider (const ReviewKey *key,
          const ReviewKey *from,
          int              direction,
          ReviewKey       *next,
          gboolean        *have_next,
          ReviewKey       *round,
          gboolean        *have_round)
{
  int side = compare_keys (key, from) * direction;

  if (side > 0 && (!*have_next || compare_keys (key, next) * direction < 0))
    {
      *next = *key;
      *have_next = TRUE;
    }
  if (side != 0 && (!*have_round || compare_keys (key, round) * direction < 0))
    {
      *round = *key;
      *have_round = TRUE;
    }
}

/* The next (or previous) suggestion, mention or relation, after the
 * selected one or the caret, round the end of the text: one of
 * @mention and @relation is set, or neither when there is none. */
static gboolean
find_suggestion (HashiyaTextView  *self,
                 int               direction,
                 HashiyaMention  **mention,
                 HashiyaRelation **relation)
{
  GListModel *relations = hashiya_document_get_relations (self->document);
  guint n = hashiya_document_get_n_mentions (self->document);
  ReviewKey from = review_position (self);
  ReviewKey next = { 0 }, round = { 0 };
  gboolean have_next = FALSE, have_round = FALSE;

  *mention = NULL;
  *relation = NULL;
  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *m = get_mention (self, i);

      if (hashiya_mention_get_status (m) == HASHIYA_MENTION_STATUS_SUGGESTED)
        consider (&(ReviewKey) { hashiya_mention_get_start (m), 0, i }, &from, direction, &next, &have_next, &round,
                  &have_round);
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) r = g_list_model_get_item (relations, i);

      if (hashiya_relation_get_status (r) == HASHIYA_MENTION_STATUS_SUGGESTED)
        consider (&(ReviewKey) { relation_offset (self, r), 1, i }, &from, direction, &next, &have_next, &round,
                  &have_round);
    }

  if (!have_next && !have_round)
    return FALSE;
  if (!have_next)
    next = round;
  if (next.kind == 0)
    *mention = get_mention (self, next.index);
  else
    {
      g_autoptr(HashiyaRelation) r = g_list_model_get_item (relations, next.index);

      *relation = r;   /* the document keeps it */
    }
  return TRUE;
}

/* Selects the next suggestion, if any. */
static gboolean
select_next_suggestion (HashiyaTextView *self,
                        int              direction)
{
  HashiyaMention *mention;
  HashiyaRelation *relation;

  if (!find_suggestion (self, direction, &mention, &relation))
    return FALSE;
  if (mention != NULL)
    hashiya_text_view_select_mention (self, mention);
  else
    {
      hashiya_text_view_select_mention (self, NULL);
      hashiya_text_view_select_relation (self, relation);
    }
  return TRUE;
}

static void
next_suggestion_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);

  if (!is_ready (self))
    return;

  if (!select_next_suggestion (self, g_str_equal (action_name, "mention.previous-suggestion") ? -1 : +1))
    gtk_widget_error_bell (widget);
}

static void
annotate_with_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog;
  int n = g_variant_get_int32 (parameter);

  if (!is_ready (self))
    return;

  catalog = hashiya_document_get_catalog (self->document);
  if (n < 1 || (guint) n > hashiya_catalog_get_n_actors (catalog))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* With a mention selected and no text selection, the key gives that
   * mention another actor. */
  if (self->selected != NULL && !gtk_text_buffer_get_has_selection (get_buffer (self)))
    {
      g_autoptr(HashiyaMention) edit = hashiya_mention_copy (self->selected);

      hashiya_mention_set_actor (edit, hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, n - 1)));
      if (!hashiya_document_update_mention (self->document, self->selected, edit, &error))
        gtk_widget_error_bell (widget);
      return;
    }

  if (hashiya_text_view_annotate (self, hashiya_catalog_get_actor (catalog, n - 1), &error) == NULL)
    gtk_widget_error_bell (widget);
}

/* Enter on the selected relation: a suggestion is accepted, and the
 * review goes on; another is for its editor. */
static void
activate_relation (HashiyaTextView *self)
{
  g_autoptr(HashiyaRelation) relation = g_object_ref (self->selected_relation);
  g_autoptr(HashiyaRelation) edit = NULL;
  g_autoptr(GError) error = NULL;

  if (hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      g_signal_emit (self, signals[RELATION_ACTIVATED], 0, relation);
      return;
    }
  edit = hashiya_relation_copy (relation);
  hashiya_relation_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
  if (!hashiya_document_update_relation (self->document, relation, edit, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  select_next_suggestion (self, +1);
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  guint start, end;

  if (!is_ready (self))
    return;
  if (self->selected_relation != NULL && !gtk_text_buffer_get_has_selection (get_buffer (self)))
    {
      activate_relation (self);
      return;
    }
  if (self->selected != NULL && !gtk_text_buffer_get_has_selection (get_buffer (self)) &&
      hashiya_mention_get_status (self->selected) == HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      g_autoptr(HashiyaMention) edit = hashiya_mention_copy (self->selected);

      hashiya_mention_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
      hashiya_document_update_mention (self->document, self->selected, edit, NULL);
      select_next_suggestion (self, +1);
      return;
    }
  if (self->selected != NULL && !gtk_text_buffer_get_has_selection (get_buffer (self)))
    {
      g_signal_emit (self, signals[MENTION_ACTIVATED], 0, self->selected);
      return;
    }
  if (!hashiya_text_view_get_selection_span (self, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  g_signal_emit (self, signals[ANNOTATE_REQUESTED], 0, start, end);
}

/* Removes @mention, and then goes on to the next suggestion when it was
 * one, or says it is removed. */
static void
remove_mention (HashiyaTextView *self,
                HashiyaMention  *mention)
{
  if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      HashiyaMention *next_mention = NULL;
      HashiyaRelation *next_relation = NULL;

      find_suggestion (self, +1, &next_mention, &next_relation);
      /* The relations of the mention go with it. */
      if (next_relation != NULL &&
          (g_strcmp0 (hashiya_relation_get_source (next_relation), hashiya_mention_get_id (mention)) == 0 ||
           g_strcmp0 (hashiya_relation_get_target (next_relation), hashiya_mention_get_id (mention)) == 0))
        next_relation = NULL;
      if (next_relation != NULL)
        g_object_ref (next_relation);
      hashiya_document_remove_mention (self->document, mention);
      if (next_mention != NULL && next_mention != mention)
        hashiya_text_view_select_mention (self, next_mention);
      else if (next_relation != NULL)
        hashiya_text_view_select_relation (self, next_relation);
      g_clear_object (&next_relation);
      return;
    }
  hashiya_document_remove_mention (self->document, mention);
  g_signal_emit (self, signals[MENTION_DELETED], 0, mention);
}

static void
remove_mention_response_cb (HashiyaTextView  *self,
                            const char       *response,
                            AdwMessageDialog *dialog)
{
  HashiyaMention *mention = g_object_get_data (G_OBJECT (dialog), "mention");

  /* Still a mention of the document, after whatever came meanwhile. */
  if (g_str_equal (response, "remove") && self->document != NULL &&
      hashiya_document_lookup_mention (self->document, hashiya_mention_get_id (mention)) == mention)
    remove_mention (self, mention);
}

static void
delete_mention_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  g_autoptr(GPtrArray) relations = NULL;
  GtkWidget *dialog;

  if (self->selected == NULL || !is_ready (self))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* Relations go with their ends: that is asked first. */
  relations = hashiya_document_get_mention_relations (self->document, hashiya_mention_get_id (self->selected));
  if (relations->len == 0)
    {
      g_autoptr(HashiyaMention) mention = g_object_ref (self->selected);

      remove_mention (self, mention);
      return;
    }
  dialog = hashiya_remove_mention_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->selected, relations->len);
  g_object_set_data_full (G_OBJECT (dialog), "mention", g_object_ref (self->selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_mention_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Removes the selected relation; a suggestion is rejected, and the
 * review goes on. */
static void
delete_relation_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  g_autoptr(HashiyaRelation) relation = NULL;
  HashiyaMention *next_mention = NULL;
  HashiyaRelation *next_relation = NULL;

  if (self->selected_relation == NULL || !is_ready (self))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  relation = g_object_ref (self->selected_relation);
  if (hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      hashiya_document_remove_relation (self->document, relation);
      toast (self, _("Relation removed"), TRUE);
      return;
    }
  find_suggestion (self, +1, &next_mention, &next_relation);
  if (next_relation != NULL)
    g_object_ref (next_relation);
  hashiya_document_remove_relation (self->document, relation);
  if (next_mention != NULL)
    hashiya_text_view_select_mention (self, next_mention);
  else if (next_relation != NULL && next_relation != relation)
    hashiya_text_view_select_relation (self, next_relation);
  g_clear_object (&next_relation);
}

/* Delete, BackSpace: the selected relation, else the selected mention;
 * with neither, the key goes on to the text view. */
static gboolean
delete_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);

  if (!is_ready (self))
    return FALSE;
  if (self->selected_relation != NULL)
    return gtk_widget_activate_action (widget, "relation.delete", NULL);
  if (self->selected != NULL)
    return gtk_widget_activate_action (widget, "mention.delete", NULL);
  return FALSE;
}

/* Escape unselects the relation first, then the mention. */
static void
unselect_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);

  if (self->selected_relation != NULL)
    hashiya_text_view_select_relation (self, NULL);
  else
    hashiya_text_view_select_mention (self, NULL);
}

static void
hashiya_text_view_class_init (HashiyaTextViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_text_view_dispose;
  object_class->get_property = hashiya_text_view_get_property;
  object_class->set_property = hashiya_text_view_set_property;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = hashiya_text_view_snapshot_layer;

  properties[PROP_SELECTED_MENTION] =
    g_param_spec_object ("selected-mention", NULL, NULL, HASHIYA_TYPE_MENTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaTextView:selected-relation:
   *
   * The relation whose arc is shown highlighted, or %NULL (see
   * hashiya_text_view_select_relation()).
   */
  properties[PROP_SELECTED_RELATION] =
    g_param_spec_object ("selected-relation", NULL, NULL, HASHIYA_TYPE_RELATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaTextView:show-all-relations:
   *
   * Whether every relation of the document is drawn, rather than those
   * of the selected mention and the selected relation.
   */
  properties[PROP_SHOW_ALL_RELATIONS] =
    g_param_spec_boolean ("show-all-relations", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaTextView:previewing:
   *
   * Whether the text shown is a first look at a document still being
   * read (hashiya_text_view_show_preview()): it cannot be annotated.
   */
  properties[PROP_PREVIEWING] =
    g_param_spec_boolean ("previewing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaTextView::annotate-requested:
   *
   * The user asked to choose an actor for the (tidied) selection.
   */
  signals[ANNOTATE_REQUESTED] =
    g_signal_new ("annotate-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  signals[MENTION_DELETED] =
    g_signal_new ("mention-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  /**
   * HashiyaTextView::proclitics-left-out:
   * @proclitics: the letters left out, as written
   *
   * A new mention was made of the selection less its proclitics (see
   * hashiya_text_view_annotate()).
   */
  signals[PROCLITICS_LEFT_OUT] =
    g_signal_new ("proclitics-left-out", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * HashiyaTextView::relation-activated:
   * @relation: the selected relation
   *
   * A click on a relation's arc (which selects it), or Enter on the
   * selected relation when it is not a suggestion (a suggestion is
   * accepted): its details are asked for.
   */
  signals[RELATION_ACTIVATED] =
    g_signal_new ("relation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);

  gtk_widget_class_install_action (widget_class, "mention.annotate-with", "i", annotate_with_action);
  gtk_widget_class_install_action (widget_class, "mention.annotate", NULL, annotate_action);
  gtk_widget_class_install_action (widget_class, "mention.delete", NULL, delete_mention_action);
  gtk_widget_class_install_action (widget_class, "mention.relate", NULL, relate_action);
  gtk_widget_class_install_action (widget_class, "relation.delete", NULL, delete_relation_action);
  gtk_widget_class_install_action (widget_class, "mention.unselect", NULL, unselect_action);
  gtk_widget_class_install_action (widget_class, "mention.next-suggestion", NULL, next_suggestion_action);
  gtk_widget_class_install_action (widget_class, "mention.previous-suggestion", NULL, next_suggestion_action);
  /* GtkTextView's own action, for its key (Shift+F10): Hashiya's menu. */
  gtk_widget_class_install_action (widget_class, "menu.popup", NULL, popup_menu_action);

  /* Keys 1–9 annotate the selection with the first nine actors, on the
   * number row and the keypad. */
  for (int n = 1; n <= 9; n++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + n, 0,
                                           "mention.annotate-with", "i", n);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + n, 0,
                                           "mention.annotate-with", "i", n);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "mention.annotate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "mention.annotate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "mention.unselect", NULL);
  /* R relates the selected mention to another. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, 0, "mention.relate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_R, GDK_SHIFT_MASK, "mention.relate", NULL);
  /* Reviewing suggestions: the next one is one key away. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "mention.next-suggestion", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "mention.previous-suggestion", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "mention.next-suggestion", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK, "mention.previous-suggestion", NULL);
}

static void
hashiya_text_view_init (HashiyaTextView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  static const guint delete_keys[] = { GDK_KEY_BackSpace, GDK_KEY_KP_Delete, GDK_KEY_Delete };
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) clipboard = g_menu_new ();
  g_autoptr(GMenu) mention = g_menu_new ();

  self->highlights = hashiya_mention_tags_new (get_buffer (self));
  self->arcs = hashiya_relation_arcs_new (GTK_TEXT_VIEW (self));

  self->document_signals = g_signal_group_new (HASHIYA_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "mention-added", G_CALLBACK (mention_added_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "mention-removed", G_CALLBACK (mention_removed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "mention-changed", G_CALLBACK (mention_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "actor-changed", G_CALLBACK (actor_changed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "relation-added", G_CALLBACK (relation_added_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "relation-removed", G_CALLBACK (relation_removed_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "relation-changed", G_CALLBACK (relation_changed_cb), self);
  self->catalog_signals = g_signal_group_new (HASHIYA_TYPE_CATALOG);
  g_signal_group_connect_swapped (self->catalog_signals, "items-changed",
                                  G_CALLBACK (catalog_items_changed_cb), self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (secondary), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  /* Copy and Select All are GtkTextView's own actions. */
  g_menu_append (clipboard, _("_Copy"), "clipboard.copy");
  g_menu_append (clipboard, _("Select _All"), "selection.select-all");
  g_menu_append (mention, _("_Annotate…"), "mention.annotate");
  g_menu_append (mention, _("Relate _To…"), "mention.relate");
  g_menu_append (mention, _("_Remove Mention"), "mention.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (mention));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clipboard));
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->context_menu), GTK_POS_BOTTOM);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  /* The menu reads as the interface does, not as the Arabic text. */
  gtk_widget_set_direction (self->context_menu, gtk_widget_get_default_direction ());
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  /* While a relation is made, its chooser has the keys first. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* GtkTextView binds Delete, BackSpace and Menu itself, and a class's
   * own bindings come after its parent's: so these keys are looked at
   * first, in the capture phase. With nothing selected (no mention, no
   * relation) the key goes on to the text view. */
  for (guint i = 0; i < G_N_ELEMENTS (delete_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (delete_keys[i], 0),
                                                            gtk_callback_action_new (delete_key_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                          gtk_named_action_new ("mention.annotate")));
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->chooser = HASHIYA_RELATION_CHOOSER (hashiya_relation_chooser_new ());
  gtk_widget_set_direction (GTK_WIDGET (self->chooser), gtk_widget_get_default_direction ());
  gtk_widget_set_parent (GTK_WIDGET (self->chooser), GTK_WIDGET (self));
  g_signal_connect_swapped (self->chooser, "chosen", G_CALLBACK (relation_chosen_cb), self);
  g_signal_connect_swapped (self->chooser, "notify::target", G_CALLBACK (chooser_target_cb), self);
  g_signal_connect_swapped (self->chooser, "closed", G_CALLBACK (chooser_target_cb), self);
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (vadjustment_cb), NULL);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mention.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "relation.delete", FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  /* Arabic reads right to left whatever the language of the interface. */
  gtk_widget_set_direction (GTK_WIDGET (self), GTK_TEXT_DIR_RTL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "reading-view");
}

GtkWidget *
hashiya_text_view_new (void)
{
  return g_object_new (HASHIYA_TYPE_TEXT_VIEW, NULL);
}

HashiyaDocument *
hashiya_text_view_get_document (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  return self->document;
}

/* The text shown is a preview, or is not any more. */
static void
set_previewing (HashiyaTextView *self,
                gboolean         previewing)
{
  if (self->previewing == previewing)
    return;
  self->previewing = previewing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIEWING]);
}

/* The preview's mentions are the document's first ones: its text and
 * highlights stay, and tagging goes on from where the preview stopped. */
static gboolean
continues_preview (HashiyaTextView *self,
                   HashiyaDocument *document)
{
  HashiyaDocument *preview = self->document;
  guint n = preview != NULL ? hashiya_document_get_n_mentions (preview) : 0;
  guint last_start;

  if (!self->previewing || preview == NULL ||
      g_strcmp0 (hashiya_text_get_sha256 (hashiya_document_get_text (preview)),
                 hashiya_text_get_sha256 (hashiya_document_get_text (document))) != 0)
    return FALSE;
  if (n == 0)
    return FALSE;
  last_start = hashiya_mention_get_start (hashiya_document_get_mention (preview, n - 1));
  return hashiya_document_find_first_at (document, last_start + 1) == n;
}

/**
 * hashiya_text_view_set_document:
 *
 * Shows @document's text with its mentions highlighted, and follows its
 * changes from then on.
 */
void
hashiya_text_view_set_document (HashiyaTextView *self,
                                HashiyaDocument *document)
{
  HashiyaCatalog *catalog;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  gsize n_bytes = 0;
  const char *data;
  guint tagged_to = 0;

  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  if (continues_preview (self, document))
    {
      HashiyaDocument *preview = self->document;
      guint n = hashiya_document_get_n_mentions (preview);

      tagged_to = hashiya_mention_get_start (hashiya_document_get_mention (preview, n - 1)) + 1;
    }
  set_previewing (self, FALSE);
  stop_relating (self);
  hashiya_text_view_select_mention (self, NULL);
  hashiya_text_view_select_relation (self, NULL);
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  catalog = hashiya_document_get_catalog (document);
  g_signal_group_set_target (self->catalog_signals, catalog);

  hashiya_mention_tags_add_actors (self->highlights, catalog, 0, hashiya_catalog_get_n_actors (catalog));
  if (tagged_to > 0)
    {
      /* The same text, already shown and highlighted at its start. */
      hashiya_mention_tags_tag_text (self->highlights, document, tagged_to);
      return;
    }

  buffer = get_buffer (self);
  data = hashiya_text_get_data (hashiya_document_get_text (document), &n_bytes);
  gtk_text_buffer_set_text (buffer, data, (int) n_bytes);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  /* A new buffer has no tags to remove. */
  hashiya_mention_tags_tag_text (self->highlights, document, 0);
}

/**
 * hashiya_text_view_show_preview:
 * @preview: (nullable): a first look at a document being read (see
 *   hashiya_format_read_preview()), or %NULL to show nothing
 *
 * Shows @preview until hashiya_text_view_set_document() shows the
 * document; when that is the previewed one, its text stays as it is.
 */
void
hashiya_text_view_show_preview (HashiyaTextView *self,
                                HashiyaDocument *preview)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  if (preview == NULL)
    {
      stop_relating (self);
      hashiya_text_view_select_mention (self, NULL);
      g_signal_group_set_target (self->document_signals, NULL);
      g_signal_group_set_target (self->catalog_signals, NULL);
      g_clear_object (&self->document);
      gtk_text_buffer_set_text (get_buffer (self), "", 0);
      set_previewing (self, FALSE);
      return;
    }
  hashiya_text_view_set_document (self, preview);
  set_previewing (self, TRUE);
}

/**
 * hashiya_text_view_get_selection_span:
 *
 * The selection made into a mention span (hashiya_text_tidy_span()).
 *
 * Returns: %FALSE when nothing usable is selected
 */
gboolean
hashiya_text_view_get_selection_span (HashiyaTextView *self,
                                      guint           *start,
                                      guint           *end)
{
  GtkTextIter from, to;

  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), FALSE);

  if (!is_ready (self) || !gtk_text_buffer_get_selection_bounds (get_buffer (self), &from, &to))
    return FALSE;

  *start = (guint) gtk_text_iter_get_offset (&from);
  *end = (guint) gtk_text_iter_get_offset (&to);
  return hashiya_text_tidy_span (hashiya_document_get_text (self->document), start, end);
}

void
hashiya_text_view_select_range (HashiyaTextView *self,
                                guint            start,
                                guint            end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  buffer = get_buffer (self);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) end);
  gtk_text_buffer_select_range (buffer, &to, &from);
}

HashiyaMention *
hashiya_text_view_get_selected_mention (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  return self->selected;
}

/**
 * hashiya_text_view_select_mention:
 * @mention: (nullable): the mention to mark and scroll to, or %NULL
 */
void
hashiya_text_view_select_mention (HashiyaTextView *self,
                                  HashiyaMention  *mention)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  /* Another selection takes the place of the relation's. */
  hashiya_text_view_select_relation (self, NULL);
  if (!g_set_object (&self->selected, mention))
    return;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  hashiya_mention_tags_mark_selected (self->highlights, mention);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mention.delete", mention != NULL);
  if (mention != NULL)
    {
      GtkTextBuffer *buffer = get_buffer (self);
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) hashiya_mention_get_start (mention));
      gtk_text_buffer_place_cursor (buffer, &iter);
      /* A mark, not an iter: the highlight just changed and line heights
       * are only valid again after the view revalidates them. */
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer), 0.1, FALSE, 0, 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MENTION]);
}

/**
 * hashiya_text_view_mention_at:
 *
 * Returns: (transfer none) (nullable): the innermost mention that covers
 *   the character at @offset
 */
HashiyaMention *
hashiya_text_view_mention_at (HashiyaTextView *self,
                              guint            offset)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);

  if (self->document == NULL)
    return NULL;
  return hashiya_mention_tags_mention_at (self->highlights, self->document, offset);
}

/**
 * hashiya_text_view_annotate:
 *
 * Annotates the selection with @actor, as one undo step, and selects the
 * new mention. As in suggestions, proclitics before @actor's name or an
 * alias of it are left out of the span
 * (hashiya_matcher_trim_proclitics()), and
 * #HashiyaTextView::proclitics-left-out says so.
 *
 * Returns: (transfer none) (nullable): the new mention
 */
HashiyaMention *
hashiya_text_view_annotate (HashiyaTextView  *self,
                            HashiyaActor     *actor,
                            GError          **error)
{
  g_autoptr(HashiyaMatcher) matcher = NULL;
  g_autofree char *left_out = NULL;
  HashiyaText *text;
  HashiyaMention *mention;
  guint start, end, selected;

  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), NULL);

  if (!hashiya_text_view_get_selection_span (self, &start, &end))
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("Select some text first"));
      return NULL;
    }

  text = hashiya_document_get_text (self->document);
  matcher = hashiya_document_get_matcher (self->document);
  selected = start;
  if (hashiya_matcher_trim_proclitics (matcher, text, hashiya_actor_get_id (actor), &start, end))
    left_out = hashiya_text_slice (text, selected, start);

  mention = hashiya_document_annotate (self->document, start, end, hashiya_actor_get_id (actor),
                                       HASHIYA_MENTION_TYPE_NAME, error);
  if (mention != NULL)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (get_buffer (self), &iter, (int) end);
      gtk_text_buffer_place_cursor (get_buffer (self), &iter);
      hashiya_text_view_select_mention (self, mention);
      if (left_out != NULL)
        g_signal_emit (self, signals[PROCLITICS_LEFT_OUT], 0, left_out);
    }

  return mention;
}

/**
 * hashiya_text_view_set_style:
 * @dark: whether the dark style is in use
 * @high_contrast: whether the high contrast style is in use
 */
void
hashiya_text_view_set_style (HashiyaTextView *self,
                             gboolean         dark,
                             gboolean         high_contrast)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  hashiya_mention_tags_set_style (self->highlights, dark, high_contrast,
                                  self->document != NULL ? hashiya_document_get_catalog (self->document) : NULL);
  hashiya_relation_arcs_set_style (self->arcs, dark, high_contrast);
  mark_trigger (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Every line has room above it for the arcs of relations, besides the
 * spacing the settings ask for: spacing alone, which never changes how a
 * line is shaped, and the same whether arcs are shown or not, so that
 * showing them moves no text. */
static void
apply_spacing (HashiyaTextView *self)
{
  int room = hashiya_relation_arcs_get_room (self->arcs);

  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (self), self->pixels_inside + room);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), self->pixels_below);
  gtk_text_view_set_pixels_above_lines (GTK_TEXT_VIEW (self), room);
}

/**
 * hashiya_text_view_set_font:
 * @font: a Pango font description, such as "Noto Naskh Arabic 18"
 * @zoom: a factor on its size
 * @line_spacing: the height of a line as a multiple of the font size
 *
 * The font is set on the whole view, never on a highlight.
 */
void
hashiya_text_view_set_font (HashiyaTextView *self,
                            const char      *font,
                            double           zoom,
                            double           line_spacing)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
  g_autofree char *css = NULL;
  const char *family = pango_font_description_get_family (desc);
  double size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  char size_text[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  if (size <= 0)
    size = 18;
  g_ascii_formatd (size_text, sizeof size_text, "%.1f", size * zoom);
  css = g_strdup_printf (".reading-view { font-family: \"%s\", \"Amiri\", serif; font-size: %spt; }",
                         family != NULL ? family : "Noto Naskh Arabic", size_text);

  if (self->font_provider == NULL)
    {
      self->font_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                      GTK_STYLE_PROVIDER (self->font_provider),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_weak_ref (G_OBJECT (self), (GWeakNotify) g_object_unref, self->font_provider);
    }
  gtk_css_provider_load_from_data (self->font_provider, css, -1);

  /* Points to pixels at 96 dpi; the space between the lines of a
   * paragraph, and a little more between paragraphs. */
  {
    double pixels = size * zoom * 96.0 / 72.0;

    self->pixels_inside = (int) (pixels * (MAX (line_spacing, 1.0) - 1.0) + 0.5);
    self->pixels_below = self->pixels_inside + (int) (pixels * 0.5);
    apply_spacing (self);
  }
}

/* The span's first character, in widget coordinates, for pointing a
 * popover at it. */
GdkRectangle
hashiya_text_view_get_range_rect (HashiyaTextView *self,
                                  guint            start,
                                  guint            end)
{
  GtkTextIter from, to;
  GdkRectangle a, b, rect;

  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (get_buffer (self), &to, (int) end);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &from, &a);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &to, &b);
  gdk_rectangle_union (&a, &b, &rect);
  if (a.y != b.y)
    rect = a;
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &rect.x, &rect.y);
  return rect;
}

/**
 * hashiya_text_view_mark_matches:
 * @matches: (nullable) (element-type guint): start and end offsets, in
 *   pairs, in text order; %NULL to mark none
 *
 * Marks every match of a search (the current one is marked by
 * hashiya_text_view_mark_current_match()).
 */
void
hashiya_text_view_mark_matches (HashiyaTextView *self,
                                GArray          *matches)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));
  g_return_if_fail (matches == NULL || matches->len % 2 == 0);

  hashiya_mention_tags_mark_matches (self->highlights, matches);
}

/**
 * hashiya_text_view_mark_current_match:
 *
 * Marks @start–@end as the current match of a search, clearly, in place
 * of the one marked before; an empty span marks none.
 */
void
hashiya_text_view_mark_current_match (HashiyaTextView *self,
                                      guint            start,
                                      guint            end)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  hashiya_mention_tags_mark_current_match (self->highlights, start, end);
}

/* The selected relation's trigger, marked in its arc's colour. */
static void
mark_trigger (HashiyaTextView *self)
{
  GdkRGBA color;
  guint start = 0, end = 0;

  if (self->selected_relation == NULL || self->document == NULL ||
      !hashiya_relation_get_trigger (self->selected_relation, &start, &end))
    {
      hashiya_mention_tags_mark_trigger (self->highlights, 0, 0, NULL);
      return;
    }
  color = hashiya_relation_arcs_get_color (self->arcs, self->document, self->selected_relation);
  hashiya_mention_tags_mark_trigger (self->highlights, start, end, &color);
}

/* The room a relation's ends take in the view, arcs included. */
static gboolean
relation_extent (HashiyaTextView *self,
                 HashiyaRelation *relation,
                 double          *source_top,
                 double          *top,
                 double          *bottom)
{
  const char *ends[2] = { hashiya_relation_get_source (relation), hashiya_relation_get_target (relation) };
  int room = hashiya_relation_arcs_get_room (self->arcs);

  *top = G_MAXDOUBLE;
  *bottom = -G_MAXDOUBLE;
  for (guint i = 0; i < 2; i++)
    {
      HashiyaMention *mention = hashiya_document_lookup_mention (self->document, ends[i]);
      GtkTextIter iter;
      GdkRectangle rect;

      if (mention == NULL)
        return FALSE;
      gtk_text_buffer_get_iter_at_offset (get_buffer (self), &iter, (int) hashiya_mention_get_start (mention));
      gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &rect);
      if (i == 0)
        *source_top = rect.y - room;
      *top = MIN (*top, rect.y - room);
      *bottom = MAX (*bottom, rect.y + rect.height);
    }
  return TRUE;
}

/* Brings the selected relation into view: both ends when they fit, else
 * its source. The lines' heights may still be estimates, so this goes on
 * a few frames until the place stops moving. */
static gboolean
scroll_to_relation_tick_cb (GtkWidget     *widget,
                            GdkFrameClock *clock,
                            gpointer       data)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  guint *frames = data;
  GdkRectangle visible;
  double source_top, top, bottom, margin, want, value;

  if (self->selected_relation == NULL || vadjustment == NULL ||
      !relation_extent (self, self->selected_relation, &source_top, &top, &bottom) || ++*frames > 12)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  margin = MIN (48.0, visible.height / 10.0);
  if (top >= visible.y && bottom <= visible.y + visible.height)
    want = visible.y;   /* in view already: no need to move */
  else if (bottom - top + 2 * margin <= visible.height)
    want = (top + bottom) / 2.0 - visible.height / 2.0;
  else
    want = source_top - margin;

  value = gtk_adjustment_get_value (vadjustment) + (want - visible.y);
  value = CLAMP (value, gtk_adjustment_get_lower (vadjustment),
                 gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
  if (fabs (value - gtk_adjustment_get_value (vadjustment)) >= 1.0)
    gtk_adjustment_set_value (vadjustment, value);
  else if (*frames > 2)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * hashiya_text_view_select_relation:
 * @relation: (nullable): a relation of the document, or %NULL
 *
 * Selects @relation: its arc is drawn highlighted (whatever
 * #HashiyaTextView:show-all-relations says), and the view scrolls so that
 * the arc is in view, both its ends when they fit, else its source.
 * Delete then removes the relation, Escape unselects it. Selecting a
 * mention unselects it.
 */
void
hashiya_text_view_select_relation (HashiyaTextView *self,
                                   HashiyaRelation *relation)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));
  g_return_if_fail (relation == NULL || HASHIYA_IS_RELATION (relation));

  if (!g_set_object (&self->selected_relation, relation))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "relation.delete", relation != NULL);
  mark_trigger (self);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (relation != NULL && self->document != NULL)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_relation_tick_cb,
                                                      g_new0 (guint, 1), g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_RELATION]);
}

/**
 * hashiya_text_view_get_selected_relation:
 *
 * Returns: (transfer none) (nullable): the selected relation
 */
HashiyaRelation *
hashiya_text_view_get_selected_relation (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  return self->selected_relation;
}

/**
 * hashiya_text_view_set_show_all_relations:
 * @show_all: draw every relation of the document, or only those of the
 *   selected mention and the selected relation
 */
void
hashiya_text_view_set_show_all_relations (HashiyaTextView *self,
                                          gboolean         show_all)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  show_all = !!show_all;
  if (self->show_all_relations == show_all)
    return;
  self->show_all_relations = show_all;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_ALL_RELATIONS]);
}

gboolean
hashiya_text_view_get_show_all_relations (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), FALSE);
  return self->show_all_relations;
}

/**
 * hashiya_text_view_get_relation_arcs:
 *
 * The arcs as the view draws them now, for tests and tools that check
 * the drawing.
 *
 * Returns: (transfer full) (element-type HashiyaRelationArc): the arcs,
 *   in the widget's coordinates
 */
GArray *
hashiya_text_view_get_relation_arcs (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);

  layout_arcs (self);
  return hashiya_relation_arcs_get_arcs (self->arcs);
}
