/* hashiya-curation-panel.c — curating the versions of a document, or
 * settling the conflicts a merge left in it: every difference listed and
 * marked in the text, settled one by one or all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The curated document is the window's, edited as usual. With versions,
 * the panel compares them on a worker thread (hashiya_versions_agree_async())
 * and marks every aligned unit in the text by how the versions differ
 * there, with an underline of its own shape and colour; the units where
 * they differ are listed, and each can be settled by taking one
 * annotator's version of it, none, or by hand. With a merge's conflicts,
 * each conflict is listed and settled by taking one side, neither, or the
 * document's version as edited by hand. n and p in the text go to the next
 * and previous difference.
 */

#define G_LOG_DOMAIN "hashiya-curation-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-curation-panel.h"
#include "hashiya-curation-rows.h"
#include "hashiya-ui-util.h"

typedef enum
{
  MODE_NONE,
  MODE_VERSIONS,
  MODE_CONFLICTS,
} Mode;

struct _HashiyaCurationPanel
{
  GtkWidget            parent_instance;

  HashiyaTextView     *view;
  HashiyaDocumentFile *file;
  HashiyaDocument     *document;
  GListModel          *conflicts;      /* the document's, watched */
  GtkEventController  *keys;           /* on the text view */
  GCancellable        *cancellable;
  Mode                 mode;
  GStrv                paths;
  HashiyaAgreement    *agreement;
  GPtrArray           *items;          /* HashiyaAgreementUnit or HashiyaConflict */
  int                  current;
  char                *error;
  GtkTextTag          *tags[HASHIYA_CURATION_N_MARKS];

  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *accept_box;
  GtkBox              *legend_box;
  GtkLabel            *position_label;
  GtkStack            *stack;
  GtkLabel            *error_label;
  GtkListBox          *list_box;
  GtkFlowBox          *choices_box;
};

G_DEFINE_FINAL_TYPE (HashiyaCurationPanel, hashiya_curation_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
get_buffer (HashiyaCurationPanel *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view));
}

/* The marks' tags, in the text view's tag table, coloured for the style,
 * and the legend. */
static void
style_tags (HashiyaCurationPanel *self)
{
  if (self->view != NULL)
    hashiya_curation_marks_style (get_buffer (self), self->tags);
  hashiya_curation_marks_fill_legend (self->legend_box);
}

static void
clear_marks (HashiyaCurationPanel *self)
{
  if (self->view != NULL)
    hashiya_curation_marks_clear (get_buffer (self), self->tags);
}

static void
apply_mark (HashiyaCurationPanel *self,
            HashiyaCurationMark   mark,
            guint                 start,
            guint                 end)
{
  hashiya_curation_marks_apply (get_buffer (self), self->tags, mark, start, end);
}

/* Every unit marked by how the versions differ there; every conflict on a
 * mention as a disagreement. */
static void
mark_text (HashiyaCurationPanel *self)
{
  clear_marks (self);
  if (self->view == NULL || self->document == NULL || hashiya_text_view_get_document (self->view) != self->document)
    return;
  style_tags (self);
  if (self->mode == MODE_VERSIONS && self->agreement != NULL)
    {
      GListModel *units = hashiya_agreement_get_units (self->agreement);

      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(HashiyaAgreementUnit) unit = g_list_model_get_item (units, i);

          apply_mark (self, hashiya_curation_mark_of_unit (unit), hashiya_agreement_unit_get_start (unit),
                      hashiya_agreement_unit_get_end (unit));
        }
    }
  else if (self->mode == MODE_CONFLICTS)
    for (guint i = 0; i < self->items->len; i++)
      {
        HashiyaMention *mention = hashiya_curation_conflict_mention (g_ptr_array_index (self->items, i));

        if (mention != NULL)
          apply_mark (self, HASHIYA_CURATION_MARK_ACTOR, hashiya_mention_get_start (mention),
                      hashiya_mention_get_end (mention));
      }
}

static void update_current (HashiyaCurationPanel *self);

static void
update_actions (HashiyaCurationPanel *self)
{
  gboolean ready = self->mode != MODE_NONE && self->cancellable == NULL && self->error == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "curation.next", ready && self->items->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "curation.previous", ready && self->items->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "curation.accept-agreed", ready && self->mode == MODE_VERSIONS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "curation.accept-majority",
                                 ready && self->mode == MODE_VERSIONS);
  gtk_widget_set_visible (self->accept_box, self->mode == MODE_VERSIONS);
}

static void
fill_list (HashiyaCurationPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < self->items->len; i++)
    gtk_list_box_append (self->list_box, hashiya_curation_row_new (g_ptr_array_index (self->items, i), self->agreement, self->document));
  if (self->current >= (int) self->items->len)
    self->current = (int) self->items->len - 1;
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_actions (self);
  update_current (self);
}

static void
show_error (HashiyaCurationPanel *self,
            const char           *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_actions (self);
}

static void
toast (HashiyaCurationPanel *self,
       const char           *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

/* The choices for the current difference. */
static void choose_cb (GtkButton *button, HashiyaCurationPanel *self);

static void
add_choice (HashiyaCurationPanel *self,
            const char           *label,
            const char           *tooltip,
            guint                 choice)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  g_object_set_data (G_OBJECT (button), "hashiya-choice", GUINT_TO_POINTER (choice));
  g_signal_connect (button, "clicked", G_CALLBACK (choose_cb), self);
  gtk_flow_box_append (self->choices_box, button);
}

static void
remove_choices (HashiyaCurationPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_box))) != NULL)
    gtk_flow_box_remove (self->choices_box, child);
}

/* The choices of a difference, as numbers: an annotator or a side, then these. */
#define CHOICE_NONE    1000
#define CHOICE_BY_HAND 1001
#define CHOICE_KEEP    1002

static void
update_choices (HashiyaCurationPanel *self)
{
  GObject *item;

  remove_choices (self);
  if (self->current < 0 || self->current >= (int) self->items->len)
    return;
  item = g_ptr_array_index (self->items, self->current);
  if (HASHIYA_IS_AGREEMENT_UNIT (item))
    {
      HashiyaAgreementUnit *unit = HASHIYA_AGREEMENT_UNIT (item);

      for (guint a = 0; a < hashiya_agreement_unit_get_n_annotators (unit); a++)
        {
          HashiyaMention *mention = hashiya_agreement_unit_get_mention (unit, a);
          g_autofree char *label = NULL;

          if (mention == NULL)
            continue;
          /* Translators: take an annotator's mention: their name, and its actor. */
          label = g_strdup_printf (_("Take %s’s: %s"), hashiya_agreement_get_annotator (self->agreement, a),
                                   hashiya_curation_version_actor_name (self->agreement, hashiya_mention_get_actor (mention)));
          add_choice (self, label, _("Keep this annotator’s mention here, and no other"), a);
        }
    }
  else
    {
      HashiyaConflict *conflict = HASHIYA_CONFLICT (item);

      for (HashiyaConflictSide side = HASHIYA_CONFLICT_SIDE_A; side <= HASHIYA_CONFLICT_SIDE_B; side++)
        {
          g_autofree char *what = hashiya_curation_describe_side (self->document, conflict, side);
          g_autofree char *label = g_strdup_printf (_("Take %s’s: %s"), hashiya_curation_side_name (conflict, side), what);

          add_choice (self, label, _("Keep this side’s version"), side);
        }
    }
  add_choice (self, _("Take None"), _("Leave it out of the curated document"), CHOICE_NONE);
  add_choice (self, _("Edit by Hand"), _("Select it in the text, to annotate it yourself"), CHOICE_BY_HAND);
  if (HASHIYA_IS_CONFLICT (item))
    add_choice (self, _("Keep as Edited"), _("Settle the conflict with the document’s version as it is now"),
                CHOICE_KEEP);
}

static void
update_current (HashiyaCurationPanel *self)
{
  g_autofree char *position = NULL;

  if (self->mode == MODE_NONE || self->cancellable != NULL || self->error != NULL)
    position = g_strdup ("");
  else if (self->items->len == 0)
    position = g_strdup (self->mode == MODE_VERSIONS ? _("The versions agree everywhere")
                                                     : _("No conflicts left"));
  else if (self->current < 0)
    position = g_strdup_printf (ngettext ("%u difference", "%u differences", self->items->len), self->items->len);
  else
    /* Translators: which difference is shown, of how many. */
    position = g_strdup_printf (_("Difference %d of %u"), self->current + 1, self->items->len);
  gtk_label_set_label (self->position_label, position);
  update_choices (self);
}

/* Shows difference @index: selected in the list and in the text. */
static void
go_to (HashiyaCurationPanel *self,
       int                   index)
{
  GtkListBoxRow *row;
  guint start, end;

  self->current = index;
  row = gtk_list_box_get_row_at_index (self->list_box, index);
  if (row != NULL && gtk_list_box_get_selected_row (self->list_box) != row)
    gtk_list_box_select_row (self->list_box, row);
  hashiya_curation_item_span (g_ptr_array_index (self->items, index), &start, &end);
  if (end > start && self->view != NULL)
    {
      hashiya_text_view_select_range (self->view, start, end);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view), gtk_text_buffer_get_insert (get_buffer (self)),
                                    0.2, FALSE, 0, 0);
    }
  update_current (self);
}

static void
row_selected_cb (HashiyaCurationPanel *self,
                 GtkListBoxRow        *row)
{
  if (row != NULL && gtk_list_box_row_get_index (row) != self->current)
    go_to (self, gtk_list_box_row_get_index (row));
}

/**
 * hashiya_curation_panel_step:
 * @direction: +1 for the next difference, -1 for the previous
 *
 * Returns: %FALSE when there is none to go to (no curation)
 */
gboolean
hashiya_curation_panel_step (HashiyaCurationPanel *self,
                             int                   direction)
{
  int n;

  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), FALSE);

  n = (int) self->items->len;
  if (self->mode == MODE_NONE || self->cancellable != NULL || n == 0)
    return FALSE;
  if (self->current < 0)
    go_to (self, direction > 0 ? 0 : n - 1);
  else
    go_to (self, ((self->current + direction) % n + n) % n);
  return TRUE;
}

static gboolean
key_step_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  return hashiya_curation_panel_step (HASHIYA_CURATION_PANEL (user_data), g_variant_get_int32 (args));
}

static void
choose_cb (GtkButton            *button,
           HashiyaCurationPanel *self)
{
  guint choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hashiya-choice"));
  GObject *item;
  g_autoptr(GError) error = NULL;
  gboolean done = TRUE;
  guint start, end;

  if (self->current < 0 || self->document == NULL)
    return;
  item = g_ptr_array_index (self->items, self->current);
  hashiya_curation_item_span (item, &start, &end);
  if (choice == CHOICE_BY_HAND)
    {
      if (self->view != NULL)
        {
          if (end > start)
            hashiya_text_view_select_range (self->view, start, end);
          gtk_widget_grab_focus (GTK_WIDGET (self->view));
        }
      return;
    }
  if (HASHIYA_IS_AGREEMENT_UNIT (item))
    {
      done = hashiya_curation_take_unit (self->document, self->agreement, HASHIYA_AGREEMENT_UNIT (item),
                                         choice == CHOICE_NONE ? HASHIYA_CURATION_NONE : choice, &error);
    }
  else
    {
      HashiyaConflict *conflict = HASHIYA_CONFLICT (item);
      const char *id = hashiya_conflict_get_id (conflict);
      gboolean metadata = hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_METADATA;
      g_autoptr(GObject) edited = NULL;

      if (choice == CHOICE_KEEP)
        {
          GObject *current = NULL;

          switch (hashiya_conflict_get_kind (conflict))
            {
            case HASHIYA_CONFLICT_MENTION:
              current = G_OBJECT (hashiya_document_lookup_mention (self->document, id));
              edited = current != NULL ? G_OBJECT (hashiya_mention_copy (HASHIYA_MENTION (current))) : NULL;
              break;
            case HASHIYA_CONFLICT_RELATION:
              current = G_OBJECT (hashiya_document_lookup_relation (self->document, id));
              edited = current != NULL ? G_OBJECT (hashiya_relation_copy (HASHIYA_RELATION (current))) : NULL;
              break;
            case HASHIYA_CONFLICT_METADATA:
              break;
            case HASHIYA_CONFLICT_ACTOR:
            default:
              current = G_OBJECT (hashiya_catalog_lookup (hashiya_document_get_catalog (self->document), id));
              edited = current != NULL ? G_OBJECT (hashiya_actor_copy (HASHIYA_ACTOR (current))) : NULL;
              break;
            }
        }
      done = hashiya_document_resolve_conflict (self->document, conflict,
                                                choice == CHOICE_NONE ? HASHIYA_CONFLICT_TAKE_NONE
                                                : choice == CHOICE_KEEP ? (edited != NULL || metadata ? HASHIYA_CONFLICT_BY_HAND
                                                                                                      : HASHIYA_CONFLICT_TAKE_NONE)
                                                : (HashiyaConflictResolution) choice,
                                                edited, &error);
    }
  if (!done)
    toast (self, error->message);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HashiyaCurationPanel *self = HASHIYA_CURATION_PANEL (widget);
  gboolean all = g_str_equal (action_name, "curation.accept-agreed");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n;

  if (self->agreement == NULL || self->document == NULL)
    return;
  n = hashiya_curation_accept (self->document, self->agreement, NULL,
                               all ? HASHIYA_CURATION_ALL_AGREE : HASHIYA_CURATION_MAJORITY, &error);
  if (error != NULL)
    {
      toast (self, error->message);
      return;
    }
  message = g_strdup_printf (all ? ngettext ("%u mention or relation all agree on taken",
                                             "%u mentions and relations all agree on taken", n)
                                 : ngettext ("%u mention or relation of the majority taken",
                                             "%u mentions and relations of the majority taken", n), n);
  toast (self, message);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  hashiya_curation_panel_step (HASHIYA_CURATION_PANEL (widget), g_str_equal (action_name, "curation.next") ? 1 : -1);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  hashiya_curation_panel_stop (HASHIYA_CURATION_PANEL (widget));
}

static void
conflicts_changed_cb (HashiyaCurationPanel *self)
{
  if (self->mode != MODE_CONFLICTS)
    return;
  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < g_list_model_get_n_items (self->conflicts); i++)
    g_ptr_array_add (self->items, g_list_model_get_item (self->conflicts, i));
  fill_list (self);
  mark_text (self);
}

static void
watch_document (HashiyaCurationPanel *self)
{
  HashiyaDocument *document = self->file != NULL ? hashiya_document_file_get_document (self->file) : NULL;

  if (self->conflicts != NULL)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_clear_object (&self->conflicts);
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      self->conflicts = g_object_ref (hashiya_document_get_conflicts (document));
      g_signal_connect_swapped (self->conflicts, "items-changed", G_CALLBACK (conflicts_changed_cb), self);
    }
}

/* The file's document replaced (reloaded after a pull, say): the marks
 * go on its text, the conflicts are its own. */
static void
document_cb (HashiyaCurationPanel *self)
{
  watch_document (self);
  if (self->mode == MODE_CONFLICTS)
    conflicts_changed_cb (self);
  else if (self->mode == MODE_VERSIONS)
    mark_text (self);
}

static void
dark_cb (HashiyaCurationPanel *self)
{
  style_tags (self);
}

void
hashiya_curation_panel_set_view (HashiyaCurationPanel *self,
                                 HashiyaTextView      *view,
                                 HashiyaDocumentFile  *file)
{
  GtkEventController *keys;

  g_return_if_fail (HASHIYA_IS_CURATION_PANEL (self));
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (view));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));
  g_return_if_fail (self->view == NULL);

  self->view = g_object_ref (view);
  self->file = g_object_ref (file);
  /* n and p go through the differences while curating, before the text
   * view's own use of them (the next suggestion). */
  keys = gtk_shortcut_controller_new ();
  for (guint i = 0; i < 2; i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (i == 0 ? GDK_KEY_n : GDK_KEY_p, 0),
                                                gtk_callback_action_new (key_step_cb, self, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (i == 0 ? 1 : -1));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), shortcut);
    }
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  self->keys = g_object_ref (keys);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);
  g_signal_connect_object (file, "notify::document", G_CALLBACK (document_cb), self, G_CONNECT_SWAPPED);
  watch_document (self);
  style_tags (self);
}

static void
begin (HashiyaCurationPanel *self,
       Mode                  mode)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->agreement);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->paths, g_strfreev);
  g_ptr_array_set_size (self->items, 0);
  self->current = -1;
  clear_marks (self);
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
agreed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HashiyaCurationPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaAgreement) agreement = hashiya_versions_agree_finish (result, &error);
  GListModel *units;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (agreement == NULL)
    {
      show_error (self, error->message);
      return;
    }
  if (self->document == NULL ||
      g_strcmp0 (hashiya_text_get_sha256 (hashiya_document_get_text (self->document)),
                 hashiya_text_get_sha256 (hashiya_document_get_text (hashiya_agreement_get_version (agreement, 0,
                                                                                                     NULL, NULL)))) != 0)
    {
      show_error (self, _("The open document is not of the versions’ text: open the curated document, or one "
                          "made from the same text, and curate again."));
      return;
    }
  self->agreement = g_steal_pointer (&agreement);
  units = hashiya_agreement_get_units (self->agreement);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      HashiyaAgreementUnit *unit = g_list_model_get_item (units, i);

      if (hashiya_agreement_unit_get_differences (unit) != 0)
        g_ptr_array_add (self->items, unit);
      else
        g_object_unref (unit);
    }
  fill_list (self);
  mark_text (self);
}

/**
 * hashiya_curation_panel_curate_versions:
 * @paths: two or more versions of the text of the window's document
 *
 * Compares @paths on a worker thread, then lists and marks where they
 * differ; the window's document is the curated one.
 */
void
hashiya_curation_panel_curate_versions (HashiyaCurationPanel *self,
                                        const char * const   *paths)
{
  g_autofree char *names = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;

  g_return_if_fail (HASHIYA_IS_CURATION_PANEL (self));
  g_return_if_fail (paths != NULL);

  begin (self, MODE_VERSIONS);
  self->paths = g_strdupv ((char **) paths);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      char *owner = hashiya_versions_owner (paths[i]);

      g_ptr_array_add (shown, owner != NULL ? owner : g_path_get_basename (paths[i]));
    }
  g_ptr_array_add (shown, NULL);
  names = g_strjoinv (_(", "), (char **) shown->pdata);
  /* Translators: %s are the annotators (or files) whose versions are curated. */
  subtitle = g_strdup_printf (_("The versions of %s, into the open document."), names);
  gtk_label_set_label (self->title_label, _("Curation"));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_stack_set_visible_child_name (self->stack, "computing");
  update_current (self);
  if (g_strv_length ((char **) paths) < 2)
    {
      show_error (self, _("Curation needs two or more versions of the document."));
      return;
    }
  self->cancellable = g_cancellable_new ();
  update_actions (self);
  hashiya_versions_agree_async (paths, self->cancellable, agreed_cb, g_object_ref (self));
}

/**
 * hashiya_curation_panel_settle_conflicts:
 *
 * Lists the conflicts a merge left in the window's document, to settle.
 */
void
hashiya_curation_panel_settle_conflicts (HashiyaCurationPanel *self)
{
  g_return_if_fail (HASHIYA_IS_CURATION_PANEL (self));

  begin (self, MODE_CONFLICTS);
  gtk_label_set_label (self->title_label, _("Conflicts"));
  gtk_label_set_label (self->subtitle_label,
                       _("Two annotators changed these differently; the document shows ours until each is settled."));
  conflicts_changed_cb (self);
}

void
hashiya_curation_panel_stop (HashiyaCurationPanel *self)
{
  g_return_if_fail (HASHIYA_IS_CURATION_PANEL (self));

  begin (self, MODE_NONE);
  remove_choices (self);
  fill_list (self);
}

gboolean
hashiya_curation_panel_get_active (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), FALSE);
  return self->mode != MODE_NONE;
}

gboolean
hashiya_curation_panel_get_computing (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * hashiya_curation_panel_get_paths:
 *
 * Returns: (nullable): the versions curated, %NULL when none are
 */
const char * const *
hashiya_curation_panel_get_paths (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), NULL);
  return (const char * const *) self->paths;
}

guint
hashiya_curation_panel_get_n_differences (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), 0);
  return self->items->len;
}

int
hashiya_curation_panel_get_current (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), -1);
  return self->current;
}

/**
 * hashiya_curation_panel_get_difference:
 *
 * Returns: (transfer none): a #HashiyaAgreementUnit or a #HashiyaConflict
 */
GObject *
hashiya_curation_panel_get_difference (HashiyaCurationPanel *self,
                                       guint                 position)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);
  return g_ptr_array_index (self->items, position);
}

const char *
hashiya_curation_panel_get_error (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), NULL);
  return self->error;
}

/* The buttons that settle the current difference. */
GtkWidget *
hashiya_curation_panel_get_choices (HashiyaCurationPanel *self)
{
  g_return_val_if_fail (HASHIYA_IS_CURATION_PANEL (self), NULL);
  return GTK_WIDGET (self->choices_box);
}

static void
hashiya_curation_panel_dispose (GObject *object)
{
  HashiyaCurationPanel *self = HASHIYA_CURATION_PANEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->keys != NULL && self->view != NULL)
    gtk_widget_remove_controller (GTK_WIDGET (self->view), self->keys);
  g_clear_object (&self->keys);
  if (self->conflicts != NULL)
    g_signal_handlers_disconnect_by_data (self->conflicts, self);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->document);
  g_clear_object (&self->view);
  g_clear_object (&self->file);
  g_clear_object (&self->agreement);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_CURATION_PANEL);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hashiya_curation_panel_parent_class)->dispose (object);
}

static void
hashiya_curation_panel_finalize (GObject *object)
{
  HashiyaCurationPanel *self = HASHIYA_CURATION_PANEL (object);

  g_ptr_array_unref (self->items);
  g_strfreev (self->paths);
  g_free (self->error);

  G_OBJECT_CLASS (hashiya_curation_panel_parent_class)->finalize (object);
}

static void
hashiya_curation_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HashiyaCurationPanel *self = HASHIYA_CURATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->mode != MODE_NONE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_curation_panel_class_init (HashiyaCurationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_curation_panel_dispose;
  object_class->finalize = hashiya_curation_panel_finalize;
  object_class->get_property = hashiya_curation_panel_get_property;

  /**
   * HashiyaCurationPanel:active:
   *
   * Whether versions or conflicts are being curated.
   */
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaCurationPanel::toast:
   *
   * Something to tell the user.
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-curation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, accept_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, legend_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, position_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, list_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCurationPanel, choices_box);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "curation.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "curation.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "curation.accept-agreed", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "curation.accept-majority", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "curation.close", NULL, close_action);
}

static void
hashiya_curation_panel_init (HashiyaCurationPanel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->current = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}
