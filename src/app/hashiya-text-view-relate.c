/* hashiya-text-view-relate.c — a relation made in a text view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the selected mention (or the one at the cursor), a chooser beside
 * it, following it as the view scrolls, picks the target among the
 * mentions of its paragraph, the type and the mode; the keys go to the
 * chooser meanwhile, and the relation is made as one undo step.
 */

#define G_LOG_DOMAIN "hashiya-text-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-text-view-private.h"

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

  gtk_text_buffer_get_selection_bounds (hashiya_text_view_get_text_buffer (self), &from, &to);
  start = (guint) gtk_text_iter_get_offset (&from);
  end = (guint) gtk_text_iter_get_offset (&to);
  mention = hashiya_text_view_mention_at (self, start);
  if (start == end && mention == NULL && start > 0)
    mention = hashiya_text_view_mention_at (self, start - 1);
  if (mention != NULL && start != end && !hashiya_text_view_covers (mention, start, end))
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

  gtk_text_buffer_get_iter_at_offset (hashiya_text_view_get_text_buffer (self), &start, (int) hashiya_mention_get_start (source));
  gtk_text_iter_set_line_offset (&start, 0);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  line_end = (guint) gtk_text_iter_get_offset (&end);
  for (guint i = hashiya_document_find_first_at (self->document, (guint) gtk_text_iter_get_offset (&start));
       i < n && hashiya_mention_get_start (hashiya_text_view_get_mention (self, i)) < line_end; i++)
    if (hashiya_text_view_get_mention (self, i) != source)
      g_ptr_array_add (mentions, g_object_ref (hashiya_text_view_get_mention (self, i)));
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
  if (hashiya_text_view_is_relating (self) && self->point_idle == 0)
    self->point_idle = g_idle_add (point_chooser_idle_cb, self);
}

void
hashiya_text_view_vadjustment_cb (HashiyaTextView *self)
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

  if (!hashiya_text_view_is_ready (self))
    return FALSE;
  source = relation_source (self);
  if (source == NULL)
    {
      hashiya_text_view_toast (self, _("Select the mention to relate first"), FALSE);
      return FALSE;
    }

  /* The selection, unless it is the mention itself, says why. */
  self->trigger_start = self->trigger_end = 0;
  if (hashiya_text_view_get_selection_span (self, &start, &end) && !hashiya_text_view_covers (source, start, end))
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

void
hashiya_text_view_relate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  hashiya_text_view_relate (HASHIYA_TEXT_VIEW (widget));
}

/* The chooser has it all: the relation is made, as one undo step, and
 * selected; a relation the document refuses is not, and the chooser
 * says why. */
void
hashiya_text_view_relation_chosen_cb (HashiyaTextView        *self,
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

  if (source == NULL || !hashiya_text_view_is_ready (self))
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

      gtk_text_buffer_get_iter_at_offset (hashiya_text_view_get_text_buffer (self), &end, (int) self->trigger_end);
      gtk_text_buffer_place_cursor (hashiya_text_view_get_text_buffer (self), &end);
    }
  hashiya_relation_chooser_cancel (chooser);
  hashiya_text_view_select_relation (self, relation);
}

void
hashiya_text_view_chooser_target_cb (HashiyaTextView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* While a relation is made, the keys go to its chooser. */
gboolean
hashiya_text_view_key_pressed_cb (HashiyaTextView       *self,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  GtkEventControllerKey *controller)
{
  if (!hashiya_text_view_is_relating (self))
    return FALSE;
  return hashiya_relation_chooser_handle_key (self->chooser, controller, keyval, state);
}
