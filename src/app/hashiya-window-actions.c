/* hashiya-window-actions.c — the window's actions (win.*)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hashiya-actor-editor.h"
#include "hashiya-export-dialog.h"
#include "hashiya-print-operation.h"
#include "hashiya-ui-util.h"
#include "hashiya-window-private.h"

#define ZOOM_STEP 1.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0
#define RECENT_MAX 10

static GtkFileFilter *
make_filter (const char *name,
             ...) G_GNUC_NULL_TERMINATED;

/* A filter of the NULL-terminated glob patterns after NAME. */
static GtkFileFilter *
make_filter (const char *name,
             ...)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  const char *pattern;
  va_list args;

  gtk_file_filter_set_name (filter, name);
  va_start (args, name);
  while ((pattern = va_arg (args, const char *)) != NULL)
    gtk_file_filter_add_pattern (filter, pattern);
  va_end (args);
  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  HashiyaWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

      if (hashiya_window_is_pristine (self) || application == NULL)
        hashiya_window_load_file (self, file);
      else
        g_application_open (G_APPLICATION (application), &file, 1, "");
    }

  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog),
                               make_filter (_("All Readable Files"), "*.hashiya", "*.txt", "*.ann", "*.jsonld",
                                            "*.jsonl", "*.conll", "*.bio", "*.iob", NULL));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), make_filter (_("Hashiya Documents"), "*.hashiya", NULL));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), make_filter (_("Plain Texts"), "*.txt", NULL));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog),
                               make_filter (_("brat Standoff Annotations"), "*.ann", NULL));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog),
                               make_filter (_("W3C Web Annotations"), "*.jsonld", NULL));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog),
                               make_filter (_("CoNLL/BIO Tokens"), "*.conll", "*.bio", "*.iob", NULL));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog),
                               make_filter (_("JSON Lines"), "*.jsonl", NULL));
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (hashiya_window_is_pristine (self) || application == NULL)
    hashiya_window_load_file (self, file);
  else
    g_application_open (G_APPLICATION (application), &file, 1, "");
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     HashiyaWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL && !g_str_has_suffix (path, ".hashiya"))
        {
          char *with_suffix = g_strconcat (path, ".hashiya", NULL);
          g_free (path);
          path = with_suffix;
        }
      if (path != NULL)
        hashiya_window_save_to (self, path);
    }
  else
    self->close_after_save = FALSE;

  g_object_unref (dialog);
}

void
_hashiya_window_save_as (HashiyaWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GFile) folder = hashiya_window_dup_folder (self);
  g_autofree char *stem = hashiya_window_dup_name (self);
  g_autofree char *name = g_strconcat (stem, ".hashiya", NULL);

  dialog = gtk_file_chooser_native_new (_("Save As"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), make_filter (_("Hashiya Documents"), "*.hashiya", NULL));
  /* In the document's folder, or for a new document in Documents. */
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HashiyaExportDialog *dialog = hashiya_export_dialog_new (HASHIYA_WINDOW (widget));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  g_autofree char *stem = self->path != NULL ? hashiya_file_stem (self->path) : NULL;
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new (stem);
  g_autoptr(GtkPrintOperation) operation = hashiya_print_operation_new (self->document, options);
  g_autoptr(GError) error = NULL;

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    _hashiya_window_show_error (self, _("Could Not Print"), error->message);
}

/* The import's remarks, one a line, in a scrolled, selectable list that
 * can be copied into a bug report or a fix of the file. */
static void
show_import_problems_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  GPtrArray *problems = self->document != NULL ? hashiya_document_get_import_problems (self->document) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folder = NULL;
  GtkWidget *dialog, *scrolled, *label;

  if (problems == NULL)
    return;
  /* The file is the one in the title: name it without its folder. */
  if (self->path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      folder = g_strconcat (dir, G_DIR_SEPARATOR_S, NULL);
    }
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (folder != NULL && g_str_has_prefix (problem, folder))
        problem += strlen (folder);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", problem);
    }

  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Not Imported as It Stands"),
                                   _("These lines of the file were skipped, or their mentions were found "
                                     "elsewhere in the text or kept as orphans."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  /* A text it was made from is never overwritten with a .hashiya. */
  if (self->path != NULL && g_str_has_suffix (self->path, ".hashiya"))
    hashiya_window_save_to (self, self->path);
  else
    _hashiya_window_save_as (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _hashiya_window_save_as (HASHIYA_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  if (self->document != NULL)
    hashiya_undo_stack_undo (hashiya_document_get_undo_stack (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  if (self->document != NULL)
    hashiya_undo_stack_redo (hashiya_document_get_undo_stack (self->document));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _hashiya_window_find (HASHIYA_WINDOW (widget), g_str_equal (action_name, "win.find-next") ? +1 : -1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    self->zoom = MIN (self->zoom * ZOOM_STEP, ZOOM_MAX);
  else if (g_str_equal (action_name, "win.zoom-out"))
    self->zoom = MAX (self->zoom / ZOOM_STEP, ZOOM_MIN);
  else
    self->zoom = 1.0;

  _hashiya_window_apply_font (self);
}

static void
add_actor_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (hashiya_actor_editor_new (GTK_WINDOW (self), self->document, NULL)));
}

static void
edit_actor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  HashiyaActor *actor = hashiya_sidebar_get_selected_actor (self->sidebar);

  if (actor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Select an actor in the list first")));
      return;
    }
  gtk_window_present (GTK_WINDOW (hashiya_actor_editor_new (GTK_WINDOW (self), self->document, actor)));
}

static void
remove_actor_response_cb (HashiyaWindow    *self,
                          const char       *response,
                          AdwMessageDialog *dialog)
{
  HashiyaActor *actor = g_object_get_data (G_OBJECT (dialog), "actor");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove"))
    return;

  if (!hashiya_document_remove_actor (self->document, actor, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  else
    {
      AdwToast *toast = adw_toast_new (_("Actor removed"));

      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
remove_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  HashiyaActor *actor = hashiya_sidebar_get_selected_actor (self->sidebar);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  guint n;

  if (actor == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Select an actor in the list first")));
      return;
    }

  n = hashiya_document_count_mentions (self->document, hashiya_actor_get_id (actor));
  body = g_strdup_printf (ngettext ("“%s” and its %u mention are removed from this document.",
                                    "“%s” and its %u mentions are removed from this document.", n),
                          hashiya_actor_get_name_ar (actor), n);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remove the Actor?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "actor", g_object_ref (actor), g_object_unref);
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (remove_actor_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
suggest_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _hashiya_window_suggest (HASHIYA_WINDOW (widget));
}

static void
review_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  gboolean accept = g_str_equal (action_name, "win.accept-all");
  g_autofree char *message = NULL;
  AdwToast *toast;
  guint n;

  n = hashiya_document_review_suggestions (self->document, accept);
  if (accept)
    message = g_strdup_printf (ngettext ("%u suggestion accepted", "%u suggestions accepted", n), n);
  else
    message = g_strdup_printf (ngettext ("%u suggestion rejected", "%u suggestions rejected", n), n);
  toast = adw_toast_new (message);
  if (n > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
next_suggestion_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  gtk_widget_activate_action (GTK_WIDGET (self->text_view), "mention.next-suggestion", NULL);
}

static void
annotate_all_matches_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  hashiya_actor_chooser_set_catalog (self->all_matches_chooser, hashiya_document_get_catalog (self->document));
  gtk_popover_popup (GTK_POPOVER (self->all_matches_chooser));
}

/**
 * _hashiya_window_show_report:
 * @replaced: the user replaced the text (rather than opened a file whose
 *   text was edited outside Hashiya)
 *
 * Says how the mentions were found in the changed text.
 */
void
_hashiya_window_show_report (HashiyaWindow               *self,
                             const HashiyaReanchorReport *report,
                             gboolean                     replaced)
{
  g_autofree char *counts = g_strdup_printf (_("%u kept, %u moved, %u found with small changes, %u not found"),
                                             report->kept, report->moved, report->fuzzy, report->orphaned);
  g_autofree char *body = NULL;
  gboolean imported = !replaced && hashiya_document_get_import_problems (self->document) != NULL;
  const char *heading;
  GtkWidget *dialog;

  if (imported)
    {
      heading = _("Annotations Made on Another Version of the Text");
      body = g_strdup_printf (report->orphaned > 0
                                ? _("Mentions: %s. Those not found are kept under Orphans in the sidebar.")
                                : _("Mentions: %s."),
                              counts);
    }
  else
    {
      heading = replaced ? _("Text Replaced") : _("The Text Was Changed Outside Hashiya");
      body = g_strdup_printf (report->orphaned > 0
                                ? _("Mentions: %s. Those not found are kept under Orphans in the sidebar. "
                                    "Save to keep the new text.")
                                : _("Mentions: %s. Save to keep the new text."),
                              counts);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hashiya_window_replace_text:
 *
 * Moves the document's mentions onto a new version of its text (see
 * hashiya_document_reanchor()) and says how they were found. The document
 * stays the same file: saving writes the new text.
 */
void
hashiya_window_replace_text (HashiyaWindow *self,
                             HashiyaText   *text)
{
  g_autoptr(HashiyaDocument) replaced = NULL;
  g_autofree char *path = g_strdup (self->path);

  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  replaced = hashiya_document_reanchor (self->document, text);
  self->replacing = TRUE;
  hashiya_window_set_document (self, replaced, path);
  self->replacing = FALSE;
}

static void
replace_text_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          HashiyaWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(HashiyaText) text = NULL;
      g_autoptr(GError) error = NULL;

      if (path != NULL && (bytes = hashiya_file_read (path, &error)) != NULL)
        {
          text = hashiya_text_new_from_bytes (bytes, &error);
          if (text == NULL)
            g_prefix_error (&error, "%s: ", path);
        }
      if (text == NULL)
        _hashiya_window_show_error (self, _("Could Not Replace the Text"),
                                    error != NULL ? error->message : _("Only local files can be opened."));
      else
        hashiya_window_replace_text (self, text);
    }

  g_object_unref (dialog);
}

static void
replace_text_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Replace the Text"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Replace"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), make_filter (_("Plain Texts"), "*.txt", NULL));
  g_signal_connect (dialog, "response", G_CALLBACK (replace_text_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * hashiya_window_load_catalog:
 *
 * Puts the catalogue file at @path in place of the document's catalogue,
 * as one undo step. The document's actors that mentions still use and
 * the file lacks are kept, and the toast names them.
 *
 * Returns: %FALSE, with @error set and nothing changed, when the file
 *   cannot be read
 */
gboolean
hashiya_window_load_catalog (HashiyaWindow  *self,
                             const char     *path,
                             GError        **error)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_auto(GStrv) kept = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  guint n_kept;

  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  catalog = hashiya_catalog_load_file (path, error);
  if (catalog == NULL)
    return FALSE;

  kept = hashiya_document_replace_catalog (self->document, catalog);
  n_kept = g_strv_length (kept);
  if (n_kept > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < n_kept; i++)
        {
          HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (self->document), kept[i]);

          /* Translators: the separator of a list of names */
          g_string_append_printf (names, "%s%s", i > 0 ? _(", ") : "", hashiya_actor_get_display_name (actor));
        }
      message = g_strdup_printf (ngettext ("Catalogue loaded; %u actor it lacks is kept for its mentions: %s",
                                           "Catalogue loaded; %u actors it lacks are kept for their mentions: %s",
                                           n_kept),
                                 n_kept, names->str);
    }
  else
    message = g_strdup_printf (_("Catalogue “%s” loaded"),
                               hashiya_catalog_get_name (hashiya_document_get_catalog (self->document)));

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  if (n_kept > 0)
    adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/**
 * hashiya_window_save_catalog:
 *
 * Writes the document's catalogue as a catalogue file, atomically.
 *
 * Returns: %FALSE, with @error set and the file as it was, on failure
 */
gboolean
hashiya_window_save_catalog (HashiyaWindow  *self,
                             const char     *path,
                             GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  bytes = hashiya_catalog_write (hashiya_document_get_catalog (self->document));
  if (!hashiya_file_write_atomic (path, bytes, error))
    return FALSE;

  display = g_filename_display_basename (path);
  message = g_strdup_printf (_("Catalogue saved to “%s”"), display);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return TRUE;
}

static void
load_catalog_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          HashiyaWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        _hashiya_window_show_error (self, _("Could Not Load the Catalogue"), _("Only local files can be opened."));
      else if (!hashiya_window_load_catalog (self, path, &error))
        _hashiya_window_show_error (self, _("Could Not Load the Catalogue"), error->message);
    }

  g_object_unref (dialog);
}

static void
load_catalog_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  g_autoptr(GFile) folder = hashiya_window_dup_folder (self);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Load Catalogue"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Load"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), make_filter (_("Catalogues"), "*.json", NULL));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (load_catalog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_catalog_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          HashiyaWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL)
        _hashiya_window_show_error (self, _("Could Not Save the Catalogue"), _("Only local files can be written."));
      else if (!hashiya_window_save_catalog (self, path, &error))
        _hashiya_window_show_error (self, _("Could Not Save the Catalogue"), error->message);
    }

  g_object_unref (dialog);
}

static void
save_catalog_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  g_autoptr(GFile) folder = hashiya_window_dup_folder (self);
  g_autofree char *stem = hashiya_window_dup_name (self);
  g_autofree char *name = g_strconcat (stem, " catalogue.json", NULL);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Save Catalogue As"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), make_filter (_("Catalogues"), "*.json", NULL));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (save_catalog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_hashiya_window_update_actions (HashiyaWindow *self)
{
  HashiyaUndoStack *undo = self->document != NULL ? hashiya_document_get_undo_stack (self->document) : NULL;
  gboolean ready = self->document != NULL && !self->busy;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", ready && hashiya_undo_stack_get_can_undo (undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", ready && hashiya_undo_stack_get_can_redo (undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.suggest", ready && !self->suggesting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-catalog", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-catalog-as", ready);
}

static gboolean
is_importable (const char *uri)
{
  HashiyaExportFormat format;

  return hashiya_import_format_from_path (uri, &format);
}

/* The Open button's menu: the files Hashiya opened or saved lately. */
void
_hashiya_window_rebuild_recent (HashiyaWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  const char *app_name = g_get_application_name ();
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && n < RECENT_MAX; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *action = NULL;

      if (app_name == NULL || !gtk_recent_info_has_application (info, app_name) ||
          !gtk_recent_info_is_local (info) || !gtk_recent_info_exists (info) ||
          !(g_str_has_suffix (uri, ".hashiya") || g_str_has_suffix (uri, ".txt") || is_importable (uri)))
        continue;

      action = g_action_print_detailed_name ("win.open-recent", g_variant_new_string (uri));
      g_menu_append (self->recent_menu, gtk_recent_info_get_display_name (info), action);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (n == 0)
    g_menu_append (self->recent_menu, _("No Recent Files"), "win.no-recent");
}

void
_hashiya_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.show-import-problems", NULL, show_import_problems_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.add-actor", NULL, add_actor_action);
  gtk_widget_class_install_action (widget_class, "win.edit-actor", NULL, edit_actor_action);
  gtk_widget_class_install_action (widget_class, "win.remove-actor", NULL, remove_actor_action);
  gtk_widget_class_install_action (widget_class, "win.suggest", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "win.accept-all", NULL, review_all_action);
  gtk_widget_class_install_action (widget_class, "win.reject-all", NULL, review_all_action);
  gtk_widget_class_install_action (widget_class, "win.next-suggestion", NULL, next_suggestion_action);
  gtk_widget_class_install_action (widget_class, "win.annotate-all-matches", NULL, annotate_all_matches_action);
  gtk_widget_class_install_action (widget_class, "win.replace-text", NULL, replace_text_action);
  gtk_widget_class_install_action (widget_class, "win.load-catalog", NULL, load_catalog_action);
  gtk_widget_class_install_action (widget_class, "win.save-catalog-as", NULL, save_catalog_action);
}
