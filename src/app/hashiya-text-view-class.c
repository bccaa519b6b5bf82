/* hashiya-text-view-class.c — the class of the annotated text view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its properties and signals, its actions and their keys, the pointer
 * (a click selects, a right click opens the menu) and the document it
 * shows, or a preview of it, kept in step through the document's signals.
 */

#define G_LOG_DOMAIN "hashiya-text-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-text-view-private.h"

G_DEFINE_FINAL_TYPE (HashiyaTextView, hashiya_text_view, GTK_TYPE_TEXT_VIEW)

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
    hashiya_text_view_stop_relating (self);
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
    hashiya_text_view_mark_trigger (self);
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
  if (n_press == 1 && hashiya_text_view_is_ready (self) && hashiya_text_view_is_relating (self))
    {
      mention = hashiya_text_view_mention_at (self, hashiya_text_view_offset_at_point (self, x, y));
      if (mention != NULL)
        hashiya_relation_chooser_set_target (self->chooser, mention);
      else
        hashiya_text_view_stop_relating (self);
      return;
    }

  if (n_press != 1 || !hashiya_text_view_is_ready (self) ||
      gtk_text_buffer_get_has_selection (hashiya_text_view_get_text_buffer (self)))
    return;

  /* An arc, or its label, selects its relation. */
  {
    HashiyaRelation *relation;
    int bx, by;

    gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
    hashiya_text_view_layout_arcs (self);
    relation = hashiya_relation_arcs_pick (self->arcs, bx, by);
    if (relation != NULL)
      {
        g_autoptr(HashiyaRelation) picked = g_object_ref (relation);

        if (self->selected != NULL &&
            g_strcmp0 (hashiya_relation_get_source (picked), hashiya_mention_get_id (self->selected)) != 0 &&
            g_strcmp0 (hashiya_relation_get_target (picked), hashiya_mention_get_id (self->selected)) != 0)
          hashiya_text_view_select_mention (self, NULL);
        hashiya_text_view_select_relation (self, picked);
        g_signal_emit (self, hashiya_text_view_signals[RELATION_ACTIVATED], 0, picked);
        return;
      }
  }

  mention = hashiya_text_view_mention_at (self, hashiya_text_view_offset_at_point (self, x, y));
  hashiya_text_view_select_mention (self, mention);
  if (mention != NULL)
    g_signal_emit (self, hashiya_text_view_signals[MENTION_ACTIVATED], 0, mention);
}

/* The context menu is Hashiya's own: GtkTextView's adds Cut, Paste,
 * Delete, Undo and Redo, which do nothing in a view that is never
 * edited, and GTK 4.8 has no way to take them out of it. */
static void
popup_context_menu (HashiyaTextView *self,
                    double           x,
                    double           y)
{
  GtkTextBuffer *buffer = hashiya_text_view_get_text_buffer (self);
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
  hashiya_text_view_stop_relating (self);
  if (hashiya_text_view_is_ready (self) && !gtk_text_buffer_get_has_selection (hashiya_text_view_get_text_buffer (self)))
    hashiya_text_view_select_mention (self, hashiya_text_view_mention_at (self, hashiya_text_view_offset_at_point (self, x, y)));
  popup_context_menu (self, x, y);
}

/* Shift+F10: the context menu at the cursor. */
static void
popup_menu_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = hashiya_text_view_get_text_buffer (self);
  GdkRectangle cursor;
  GtkTextIter iter;
  int x, y;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &cursor);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         cursor.x, cursor.y + cursor.height, &x, &y);
  popup_context_menu (self, x, y);
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

  hashiya_text_view_properties[PROP_SELECTED_MENTION] =
    g_param_spec_object ("selected-mention", NULL, NULL, HASHIYA_TYPE_MENTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaTextView:selected-relation:
   *
   * The relation whose arc is shown highlighted, or %NULL (see
   * hashiya_text_view_select_relation()).
   */
  hashiya_text_view_properties[PROP_SELECTED_RELATION] =
    g_param_spec_object ("selected-relation", NULL, NULL, HASHIYA_TYPE_RELATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaTextView:show-all-relations:
   *
   * Whether every relation of the document is drawn, rather than those
   * of the selected mention and the selected relation.
   */
  hashiya_text_view_properties[PROP_SHOW_ALL_RELATIONS] =
    g_param_spec_boolean ("show-all-relations", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaTextView:previewing:
   *
   * Whether the text shown is a first look at a document still being
   * read (hashiya_text_view_show_preview()): it cannot be annotated.
   */
  hashiya_text_view_properties[PROP_PREVIEWING] =
    g_param_spec_boolean ("previewing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, hashiya_text_view_properties);

  /**
   * HashiyaTextView::annotate-requested:
   *
   * The user asked to choose an actor for the (tidied) selection.
   */
  hashiya_text_view_signals[ANNOTATE_REQUESTED] =
    g_signal_new ("annotate-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  hashiya_text_view_signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  hashiya_text_view_signals[MENTION_DELETED] =
    g_signal_new ("mention-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  /**
   * HashiyaTextView::proclitics-left-out:
   * @proclitics: the letters left out, as written
   *
   * A new mention was made of the selection less its proclitics (see
   * hashiya_text_view_annotate()).
   */
  hashiya_text_view_signals[PROCLITICS_LEFT_OUT] =
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
  hashiya_text_view_signals[RELATION_ACTIVATED] =
    g_signal_new ("relation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);

  gtk_widget_class_install_action (widget_class, "mention.annotate-with", "i", hashiya_text_view_annotate_with_action);
  gtk_widget_class_install_action (widget_class, "mention.annotate", NULL, hashiya_text_view_annotate_action);
  gtk_widget_class_install_action (widget_class, "mention.delete", NULL, hashiya_text_view_delete_mention_action);
  gtk_widget_class_install_action (widget_class, "mention.relate", NULL, hashiya_text_view_relate_action);
  gtk_widget_class_install_action (widget_class, "relation.delete", NULL, hashiya_text_view_delete_relation_action);
  gtk_widget_class_install_action (widget_class, "mention.unselect", NULL, hashiya_text_view_unselect_action);
  gtk_widget_class_install_action (widget_class, "mention.next-suggestion", NULL, hashiya_text_view_next_suggestion_action);
  gtk_widget_class_install_action (widget_class, "mention.previous-suggestion", NULL, hashiya_text_view_next_suggestion_action);
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

  self->highlights = hashiya_mention_tags_new (hashiya_text_view_get_text_buffer (self));
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
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (hashiya_text_view_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* GtkTextView binds Delete, BackSpace and Menu itself, and a class's
   * own bindings come after its parent's: so these keys are looked at
   * first, in the capture phase. With nothing selected (no mention, no
   * relation) the key goes on to the text view. */
  for (guint i = 0; i < G_N_ELEMENTS (delete_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (delete_keys[i], 0),
                                                            gtk_callback_action_new (hashiya_text_view_delete_key_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                          gtk_named_action_new ("mention.annotate")));
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->chooser = HASHIYA_RELATION_CHOOSER (hashiya_relation_chooser_new ());
  gtk_widget_set_direction (GTK_WIDGET (self->chooser), gtk_widget_get_default_direction ());
  gtk_widget_set_parent (GTK_WIDGET (self->chooser), GTK_WIDGET (self));
  g_signal_connect_swapped (self->chooser, "chosen", G_CALLBACK (hashiya_text_view_relation_chosen_cb), self);
  g_signal_connect_swapped (self->chooser, "notify::target", G_CALLBACK (hashiya_text_view_chooser_target_cb), self);
  g_signal_connect_swapped (self->chooser, "closed", G_CALLBACK (hashiya_text_view_chooser_target_cb), self);
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (hashiya_text_view_vadjustment_cb), NULL);

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

/* The text shown is a preview, or is not any more. */
static void
set_previewing (HashiyaTextView *self,
                gboolean         previewing)
{
  if (self->previewing == previewing)
    return;
  self->previewing = previewing;
  g_object_notify_by_pspec (G_OBJECT (self), hashiya_text_view_properties[PROP_PREVIEWING]);
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
  hashiya_text_view_stop_relating (self);
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

  buffer = hashiya_text_view_get_text_buffer (self);
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
      hashiya_text_view_stop_relating (self);
      hashiya_text_view_select_mention (self, NULL);
      g_signal_group_set_target (self->document_signals, NULL);
      g_signal_group_set_target (self->catalog_signals, NULL);
      g_clear_object (&self->document);
      gtk_text_buffer_set_text (hashiya_text_view_get_text_buffer (self), "", 0);
      set_previewing (self, FALSE);
      return;
    }
  hashiya_text_view_set_document (self, preview);
  set_previewing (self, TRUE);
}
