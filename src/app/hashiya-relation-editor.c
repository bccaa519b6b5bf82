/* hashiya-relation-editor.c — a relation's details, each one editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The popover of a relation of the Relations list: its type (chosen by
 * typing part of its Arabic or English name), its direction (Swap), its
 * mode (typed, or one the annotation guide names), negated, modality,
 * status, note and trigger (the words selected in the text, or none), and
 * Remove. Every change applies at once through
 * hashiya_document_update_relation(), as an undo step of its own; typing
 * in the mode or the note is squashed into one step by the undo stack. A
 * change the document refuses (the same relation twice …) is said in the
 * popover, with the core's words, and changes nothing.
 */

#define G_LOG_DOMAIN "hashiya-relation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-relation-editor.h"
#include "hashiya-relation-row.h"
#include "hashiya-relation-type-chooser.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

struct _HashiyaRelationEditor
{
  GtkPopover                  parent_instance;

  HashiyaDocument            *document;
  HashiyaRelation            *relation;
  HashiyaTextView            *text_view;      /* weak */
  gboolean                    loading;
  HashiyaRelationTypeChooser *type_chooser;

  GtkLabel                   *title_label;
  GtkRevealer                *error_revealer;
  GtkLabel                   *error_label;
  GtkButton                  *type_button;
  HashiyaSwatch              *type_swatch;
  GtkLabel                   *type_label;
  GtkLabel                   *ends_label;
  GtkMenuButton              *mode_button;
  GtkEntry                   *mode_entry;
  GtkSwitch                  *negated_switch;
  GtkDropDown                *modality_dropdown;
  GtkDropDown                *status_dropdown;
  GtkEntry                   *note_entry;
  GtkLabel                   *trigger_label;
  GtkLabel                   *info_label;
};

G_DEFINE_FINAL_TYPE (HashiyaRelationEditor, hashiya_relation_editor, GTK_TYPE_POPOVER)

enum {
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  /* Only a change: setting the same text would move the cursor of an
   * entry being typed in. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
show_error (HashiyaRelationEditor *self,
            const char            *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static char *
format_created (const char *created)
{
  g_autoptr(GDateTime) time = created != NULL ? g_date_time_new_from_iso8601 (created, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return NULL;
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%x %X");
}

/* The editor shows the relation as it is. */
static void
load (HashiyaRelationEditor *self)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (self->document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (self->relation));
  GtkTextDirection direction = gtk_widget_get_direction (GTK_WIDGET (self));
  g_autofree char *title = hashiya_relation_describe (self->document, self->relation, direction);
  g_autofree char *ends = hashiya_relation_describe_ends (self->document, self->relation, direction);
  g_autofree char *created = format_created (hashiya_relation_get_created (self->relation));
  g_autofree char *info = NULL;
  const char *author = hashiya_relation_get_author (self->relation);
  guint start, end;

  self->loading = TRUE;
  gtk_label_set_label (self->title_label, title);
  hashiya_swatch_set_color (self->type_swatch,
                            type != NULL ? hashiya_relation_catalog_get_quad_color (catalog,
                                                                                    hashiya_relation_type_get_quad_class (type))
                                         : NULL);
  gtk_label_set_label (self->type_label, type != NULL ? hashiya_relation_type_get_display_name (type)
                                                      : hashiya_relation_get_relation_type (self->relation));
  hashiya_relation_type_chooser_set_catalog (self->type_chooser, catalog);
  hashiya_relation_type_chooser_set_current (self->type_chooser, hashiya_relation_get_relation_type (self->relation));
  gtk_label_set_label (self->ends_label, ends);
  set_entry_text (self->mode_entry, hashiya_relation_get_mode (self->relation));
  gtk_switch_set_active (self->negated_switch, hashiya_relation_get_negated (self->relation));
  gtk_drop_down_set_selected (self->modality_dropdown, hashiya_relation_get_modality (self->relation));
  gtk_drop_down_set_selected (self->status_dropdown, hashiya_relation_get_status (self->relation));
  set_entry_text (self->note_entry, hashiya_relation_get_note (self->relation));

  if (hashiya_relation_get_trigger (self->relation, &start, &end))
    {
      g_autofree char *words = hashiya_text_slice (hashiya_document_get_text (self->document), start, end);

      /* Words of the Arabic text: the label takes their direction from
       * them, and stands at the start of its column like the other
       * values. */
      gtk_label_set_label (self->trigger_label, words);
      gtk_widget_remove_css_class (GTK_WIDGET (self->trigger_label), "dim-label");
    }
  else
    {
      /* Translators: the relation has no trigger */
      gtk_label_set_label (self->trigger_label, _("None"));
      gtk_widget_add_css_class (GTK_WIDGET (self->trigger_label), "dim-label");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.clear-trigger",
                                 hashiya_relation_get_trigger (self->relation, NULL, NULL));

  if (author != NULL && author[0] != '\0' && created != NULL)
    /* Translators: who made a relation, and when */
    info = g_strdup_printf (_("Added by %s on %s"), author, created);
  else if (created != NULL)
    info = g_strdup_printf (_("Added on %s"), created);
  gtk_label_set_label (self->info_label, info != NULL ? info : "");
  gtk_widget_set_visible (GTK_WIDGET (self->info_label), info != NULL);
  self->loading = FALSE;
}

/* Gives the relation the state of @edit. A change of one thing (type,
 * direction, negation …) is an undo step of its own even right after
 * another; typing in an entry is squashed by the undo stack. */
static void
apply (HashiyaRelationEditor *self,
       HashiyaRelation       *edit,
       gboolean               own_step)
{
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (self->document);
  g_autoptr(GError) error = NULL;
  gboolean done;

  self->loading = TRUE;
  if (own_step)
    hashiya_undo_stack_begin_group (undo, "Change relation");
  done = hashiya_document_update_relation (self->document, self->relation, edit, &error);
  if (own_step)
    hashiya_undo_stack_end_group (undo);
  self->loading = FALSE;

  if (!done)
    {
      show_error (self, error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
    }
  else
    show_error (self, NULL);
  /* Refused, the relation shows as it still is. */
  load (self);
}

static HashiyaRelation *
begin_edit (HashiyaRelationEditor *self)
{
  if (self->loading || self->relation == NULL)
    return NULL;
  return hashiya_relation_copy (self->relation);
}

static void
type_chosen_cb (HashiyaRelationEditor *self,
                HashiyaRelationType   *type)
{
  g_autoptr(HashiyaRelation) edit = begin_edit (self);

  if (edit == NULL)
    return;
  hashiya_relation_set_relation_type (edit, hashiya_relation_type_get_id (type));
  apply (self, edit, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->type_button));
}

/* The type chooser opens below the button once the button has its place:
 * Enter pressed right after the editor opened comes before its first
 * layout, and a popover pointing at nothing would go nowhere. */
static gboolean
popup_type_chooser_cb (GtkWidget     *button,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  HashiyaRelationEditor *self = user_data;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_width (button) == 0)
    return G_SOURCE_CONTINUE;
  gtk_popover_popup (GTK_POPOVER (self->type_chooser));
  return G_SOURCE_REMOVE;
}

static void
type_clicked_cb (HashiyaRelationEditor *self)
{
  if (gtk_widget_get_width (GTK_WIDGET (self->type_button)) > 0)
    gtk_popover_popup (GTK_POPOVER (self->type_chooser));
  else
    gtk_widget_add_tick_callback (GTK_WIDGET (self->type_button), popup_type_chooser_cb, self, NULL);
}

static void
entry_changed_cb (HashiyaRelationEditor *self)
{
  g_autoptr(HashiyaRelation) edit = begin_edit (self);
  const char *mode, *note;

  if (edit == NULL)
    return;
  mode = gtk_editable_get_text (GTK_EDITABLE (self->mode_entry));
  note = gtk_editable_get_text (GTK_EDITABLE (self->note_entry));
  hashiya_relation_set_mode (edit, mode[0] != '\0' ? mode : NULL);
  hashiya_relation_set_note (edit, note[0] != '\0' ? note : NULL);
  apply (self, edit, FALSE);
}

static void
negated_cb (HashiyaRelationEditor *self)
{
  g_autoptr(HashiyaRelation) edit = begin_edit (self);

  if (edit == NULL)
    return;
  hashiya_relation_set_negated (edit, gtk_switch_get_active (self->negated_switch));
  apply (self, edit, TRUE);
}

static void
dropdown_selected_cb (HashiyaRelationEditor *self)
{
  g_autoptr(HashiyaRelation) edit = begin_edit (self);

  if (edit == NULL)
    return;
  hashiya_relation_set_modality (edit, gtk_drop_down_get_selected (self->modality_dropdown));
  hashiya_relation_set_status (edit, gtk_drop_down_get_selected (self->status_dropdown));
  apply (self, edit, TRUE);
}

static void
editor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HashiyaRelationEditor *self = HASHIYA_RELATION_EDITOR (widget);
  g_autoptr(HashiyaRelation) edit = begin_edit (self);
  guint start, end;

  if (edit == NULL)
    return;

  if (g_str_equal (action_name, "editor.swap"))
    {
      g_autofree char *source = g_strdup (hashiya_relation_get_source (edit));

      hashiya_relation_set_ends (edit, hashiya_relation_get_target (edit), source);
      apply (self, edit, TRUE);
    }
  else if (g_str_equal (action_name, "editor.set-mode"))
    {
      /* Into the entry: it applies, as typing does. */
      gtk_editable_set_text (GTK_EDITABLE (self->mode_entry), g_variant_get_string (parameter, NULL));
      gtk_editable_set_position (GTK_EDITABLE (self->mode_entry), -1);
    }
  else if (g_str_equal (action_name, "editor.use-selection"))
    {
      if (self->text_view == NULL || !hashiya_text_view_get_selection_span (self->text_view, &start, &end))
        {
          show_error (self, _("Select the words that state the relation in the text first"));
          gtk_widget_error_bell (widget);
          return;
        }
      hashiya_relation_set_trigger (edit, start, end);
      apply (self, edit, TRUE);
    }
  else if (g_str_equal (action_name, "editor.clear-trigger"))
    {
      hashiya_relation_set_trigger (edit, 0, 0);
      apply (self, edit, TRUE);
    }
  else if (g_str_equal (action_name, "editor.remove"))
    {
      g_autoptr(HashiyaRelation) relation = g_object_ref (self->relation);

      gtk_popover_popdown (GTK_POPOVER (self));
      hashiya_document_remove_relation (self->document, relation);
      g_signal_emit (self, signals[REMOVED], 0, relation);
    }
}

static void
relation_changed_cb (HashiyaRelationEditor *self,
                     HashiyaRelation       *relation)
{
  if (relation == self->relation && !self->loading)
    load (self);
}

/* Undone, or removed with its mention: nothing is left to edit. */
static void
relation_removed_cb (HashiyaRelationEditor *self,
                     HashiyaRelation       *relation)
{
  if (relation == self->relation)
    gtk_popover_popdown (GTK_POPOVER (self));
}

static void
names_changed_cb (HashiyaRelationEditor *self)
{
  if (self->relation != NULL && !self->loading)
    load (self);
}

static GMenuModel *
mode_menu_new (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) meetings = g_menu_new ();
  g_autoptr(GMenu) cooperation = g_menu_new ();
  g_auto(GStrv) modes = hashiya_relation_modes ();

  for (guint i = 0; modes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (hashiya_relation_mode_get_display_name (modes[i]), NULL);

      g_menu_item_set_action_and_target (item, "editor.set-mode", "s", modes[i]);
      /* host … third-party are ways of meeting (consult); the others of
       * cooperating (cooperate, aid). */
      g_menu_append_item (i < 5 ? meetings : cooperation, item);
    }
  g_menu_append_section (menu, _("Meeting"), G_MENU_MODEL (meetings));
  g_menu_append_section (menu, _("Cooperation"), G_MENU_MODEL (cooperation));
  return G_MENU_MODEL (menu);
}

static void
popover_show_cb (HashiyaRelationEditor *self)
{
  guint start, end;

  show_error (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.use-selection",
                                 self->text_view != NULL &&
                                 hashiya_text_view_get_selection_span (self->text_view, &start, &end));
  gtk_widget_grab_focus (GTK_WIDGET (self->type_button));
}

static void
forget_document (HashiyaRelationEditor *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->relation);
  g_clear_object (&self->document);
}

static void
hashiya_relation_editor_dispose (GObject *object)
{
  HashiyaRelationEditor *self = HASHIYA_RELATION_EDITOR (object);

  forget_document (self);
  g_clear_weak_pointer (&self->text_view);
  if (self->type_chooser != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->type_chooser)));
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_RELATION_EDITOR);

  G_OBJECT_CLASS (hashiya_relation_editor_parent_class)->dispose (object);
}

static void
hashiya_relation_editor_class_init (HashiyaRelationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_relation_editor_dispose;

  /**
   * HashiyaRelationEditor::removed:
   * @relation: the relation, removed from its document
   */
  signals[REMOVED] =
    g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);

  g_type_ensure (HASHIYA_TYPE_SWATCH);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-relation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, type_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, type_swatch);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, type_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, ends_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, mode_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, mode_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, negated_switch);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, modality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, note_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, trigger_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationEditor, info_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, negated_cb);

  gtk_widget_class_install_action (widget_class, "editor.swap", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "editor.set-mode", "s", editor_action);
  gtk_widget_class_install_action (widget_class, "editor.use-selection", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "editor.clear-trigger", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, editor_action);
}

static void
hashiya_relation_editor_init (HashiyaRelationEditor *self)
{
  g_autoptr(GMenuModel) modes = mode_menu_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->type_chooser = HASHIYA_RELATION_TYPE_CHOOSER (hashiya_relation_type_chooser_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->type_chooser), GTK_WIDGET (self->type_button));
  g_signal_connect_swapped (self->type_chooser, "type-chosen", G_CALLBACK (type_chosen_cb), self);
  gtk_menu_button_set_menu_model (self->mode_button, modes);

  g_signal_connect_swapped (self->modality_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
  g_signal_connect (self, "show", G_CALLBACK (popover_show_cb), NULL);
  g_signal_connect (self, "closed", G_CALLBACK (hashiya_popover_return_focus), NULL);
}

GtkWidget *
hashiya_relation_editor_new (void)
{
  return g_object_new (HASHIYA_TYPE_RELATION_EDITOR, NULL);
}

/**
 * hashiya_relation_editor_set_relation:
 *
 * Shows @relation of @document, and follows its changes.
 */
void
hashiya_relation_editor_set_relation (HashiyaRelationEditor *self,
                                      HashiyaDocument       *document,
                                      HashiyaRelation       *relation)
{
  g_return_if_fail (HASHIYA_IS_RELATION_EDITOR (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (HASHIYA_IS_RELATION (relation));

  if (self->document != document)
    {
      forget_document (self);
      self->document = g_object_ref (document);
      g_signal_connect_object (document, "relation-changed", G_CALLBACK (relation_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "relation-removed", G_CALLBACK (relation_removed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "mention-changed", G_CALLBACK (names_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "actor-changed", G_CALLBACK (names_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_set_object (&self->relation, relation);
  show_error (self, NULL);
  load (self);
}

/* Returns: (transfer none) (nullable) */
HashiyaRelation *
hashiya_relation_editor_get_relation (HashiyaRelationEditor *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_EDITOR (self), NULL);
  return self->relation;
}

/**
 * hashiya_relation_editor_set_text_view:
 *
 * The view whose selection Use Selection makes the trigger (not kept).
 */
void
hashiya_relation_editor_set_text_view (HashiyaRelationEditor *self,
                                       HashiyaTextView       *view)
{
  g_return_if_fail (HASHIYA_IS_RELATION_EDITOR (self));
  g_return_if_fail (view == NULL || HASHIYA_IS_TEXT_VIEW (view));

  g_set_weak_pointer (&self->text_view, view);
}

/**
 * hashiya_relation_editor_get_error:
 *
 * Returns: (nullable): why the last change was refused, while it is said
 */
const char *
hashiya_relation_editor_get_error (HashiyaRelationEditor *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_EDITOR (self), NULL);
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_label (self->error_label) : NULL;
}
