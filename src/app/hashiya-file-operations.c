/* hashiya-file-operations.c — what a window does with its document file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening, saving (asking before another program's version is replaced),
 * exporting, printing, suggesting actors and relations, a new version of
 * the text, catalogue files: each with its file chooser, its progress in
 * the operation bar, its errors in a dialog on the parent window and its
 * outcome in a toast (::toast). The window owns one, and calls it from
 * its actions.
 */

#define G_LOG_DOMAIN "hashiya-file-operations"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-dialogs.h"
#include "hashiya-export-dialog.h"
#include "hashiya-file-chooser.h"
#include "hashiya-file-operations.h"
#include "hashiya-print-operation.h"
#include "hashiya-ui-util.h"

/* A text with paragraphs longer than this is slow to annotate in. */
#define SLOW_PARAGRAPH 50000

struct _HashiyaFileOperations
{
  GObject              parent_instance;

  GtkWindow           *parent;          /* weak */
  HashiyaOperationBar *operation_bar;   /* weak */
  HashiyaDocumentFile *file;
  GSettings           *settings;
  char                *loading;
  gboolean             close_after_save;
  gboolean             suggesting;
};

G_DEFINE_FINAL_TYPE (HashiyaFileOperations, hashiya_file_operations, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUGGESTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOAST,
  SUGGESTED,
  RELATIONS_SUGGESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HashiyaDocument *
document_of (HashiyaFileOperations *self)
{
  return hashiya_document_file_get_document (self->file);
}

static void
emit_toast (HashiyaFileOperations *self,
            AdwToast              *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
  g_object_unref (message);
}

static void
toast (HashiyaFileOperations *self,
       const char            *message,
       gboolean               can_undo)
{
  AdwToast *said = adw_toast_new (message);

  if (can_undo)
    {
      adw_toast_set_button_label (said, _("_Undo"));
      adw_toast_set_action_name (said, "win.undo");
    }
  emit_toast (self, said);
}

static GCancellable *
begin_operation (HashiyaFileOperations *self,
                 const char            *label,
                 gboolean               can_cancel)
{
  if (self->operation_bar == NULL)
    return NULL;
  return hashiya_operation_bar_begin (self->operation_bar, label, can_cancel);
}

static void
end_operation (HashiyaFileOperations *self,
               GCancellable          *operation)
{
  if (self->operation_bar != NULL)
    hashiya_operation_bar_end (self->operation_bar, operation);
}

static void
add_recent (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Opening */

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaFileOperations) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  g_autofree char *path = g_steal_pointer (&self->loading);

  end_operation (self, NULL);
  if (!hashiya_document_file_load_finish (self->file, result, &error))
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hashiya_show_error (self->parent, heading, error->message);
      return;
    }

  add_recent (hashiya_document_file_get_path (self->file));
  if (hashiya_text_get_longest_line (hashiya_document_get_text (document_of (self))) > SLOW_PARAGRAPH)
    toast (self, _("This text has very long paragraphs: annotating in them is slower"), FALSE);
  problems = hashiya_document_get_import_problems (document_of (self));
  if (problems != NULL && problems->len > 0)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("The import left %u remark", "The import left %u remarks",
                                                            problems->len), problems->len);
      AdwToast *remarks = adw_toast_new (message);

      adw_toast_set_button_label (remarks, _("_Details"));
      adw_toast_set_action_name (remarks, "win.show-import-problems");
      adw_toast_set_timeout (remarks, 0);
      emit_toast (self, remarks);
    }
  if (hashiya_document_get_reanchor_report (document_of (self)) != NULL)
    hashiya_show_reanchor_report (self->parent, hashiya_document_get_reanchor_report (document_of (self)), FALSE,
                                  problems != NULL);
}

/**
 * hashiya_file_operations_load_file:
 *
 * Opens a .hashiya document, a UTF-8 text or another tool's annotations
 * in this window, off the main thread, a big file's start shown first.
 * On failure the window keeps what it showed and says why.
 */
void
hashiya_file_operations_load_file (HashiyaFileOperations *self,
                                   GFile                 *file)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GTask) marker = NULL;
  GCancellable *operation;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      hashiya_show_error (self->parent, _("Could Not Open the File"), _("Only local files can be opened."));
      return;
    }

  catalog = hashiya_file_operations_get_default_catalog (self);
  name = g_filename_display_basename (path);
  label = g_strdup_printf (_("Opening “%s”…"), name);
  operation = begin_operation (self, label, TRUE);
  g_free (self->loading);
  self->loading = g_strdup (path);
  hashiya_document_file_load_async (self->file, path, catalog, operation, load_done_cb, g_object_ref (self));
}

/* Saving */

static void save_to (HashiyaFileOperations *self,
                     const char            *path,
                     HashiyaSaveFlags       flags);

static void
save_as_chosen_cb (GObject    *object,
                   const char *path)
{
  HashiyaFileOperations *self = HASHIYA_FILE_OPERATIONS (object);

  if (path != NULL)
    hashiya_file_operations_save_to (self, path);
  else
    self->close_after_save = FALSE;
}

static void
overwrite_response_cb (HashiyaFileOperations *self,
                       const char            *response,
                       AdwMessageDialog      *dialog)
{
  if (g_str_equal (response, "overwrite"))
    save_to (self, hashiya_document_file_get_path (self->file), HASHIYA_SAVE_OVERWRITE);
  else if (g_str_equal (response, "save-as"))
    hashiya_file_operations_choose (self, HASHIYA_CHOOSE_SAVE_AS);
  else
    self->close_after_save = FALSE;
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaFileOperations) self = user_data;
  g_autoptr(GError) error = NULL;

  end_operation (self, NULL);
  if (!hashiya_document_file_save_finish (self->file, result, &error))
    {
      /* Never replace another program's version without asking. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          GtkWidget *dialog = hashiya_overwrite_dialog_new (self->parent, error->message);

          g_signal_connect_swapped (dialog, "response", G_CALLBACK (overwrite_response_cb), self);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      self->close_after_save = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hashiya_show_error (self->parent, _("Could Not Save"), error->message);
      return;
    }

  add_recent (hashiya_document_file_get_path (self->file));
  toast (self, _("Saved"), FALSE);
  if (self->close_after_save && self->parent != NULL)
    gtk_window_destroy (self->parent);
}

static void
save_to (HashiyaFileOperations *self,
         const char            *path,
         HashiyaSaveFlags       flags)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *label = g_strdup_printf (_("Saving “%s”…"), name);

  if (hashiya_document_file_get_busy (self->file) || document_of (self) == NULL)
    return;
  /* An atomic write is never left half-done: nothing to cancel. */
  begin_operation (self, label, FALSE);
  hashiya_document_file_save_async (self->file, path, flags, NULL, save_done_cb, g_object_ref (self));
}

/**
 * hashiya_file_operations_save_to:
 *
 * Saves the document to @path atomically, off the main thread, asking
 * first when another program changed that file since. On failure the
 * file on disk is untouched and the document stays modified.
 */
void
hashiya_file_operations_save_to (HashiyaFileOperations *self,
                                 const char            *path)
{
  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));
  g_return_if_fail (path != NULL);

  save_to (self, path, HASHIYA_SAVE_DEFAULT);
}

/* Exporting */

typedef struct
{
  HashiyaFileOperations *self;
  char                  *path;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->self);
  g_free (export->path);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
report_export (HashiyaFileOperations *self,
               const char    *path,
               GError        *error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *message = NULL;

  if (error != NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Export to “%s”"), display);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hashiya_show_error (self->parent, heading, error->message);
      return;
    }
  message = g_strdup_printf (_("Exported to “%s”"), display);
  toast (self, message, FALSE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GError) error = NULL;

  end_operation (export->self, g_task_get_cancellable (G_TASK (result)));
  hashiya_document_file_export_finish (export->self->file, result, &error);
  report_export (export->self, export->path, error);
}

/**
 * hashiya_file_operations_export:
 * @options: the export's options; its title names brat's files
 * @path: the file to write, or the folder for brat (made when missing)
 *
 * Exports the document: the file is built from the document as it is now
 * and written off the main thread, with progress when it is slow. A PDF
 * goes through the print system, as printing does.
 */
void
hashiya_file_operations_export (HashiyaFileOperations      *self,
                                HashiyaExportFormat         format,
                                const HashiyaExportOptions *options,
                                const char                 *path)
{
  g_autofree char *display = NULL;
  g_autofree char *label = NULL;
  GCancellable *operation;
  Export *export;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));
  g_return_if_fail (options != NULL && path != NULL);
  g_return_if_fail (document_of (self) != NULL);

  if (format == HASHIYA_EXPORT_PDF)
    {
      g_autoptr(GtkPrintOperation) print = hashiya_print_operation_new (document_of (self), options);
      g_autoptr(GError) error = NULL;

      gtk_print_operation_set_export_filename (print, path);
      gtk_print_operation_run (print, GTK_PRINT_OPERATION_ACTION_EXPORT, self->parent, &error);
      report_export (self, path, error);
      return;
    }

  display = g_filename_display_basename (path);
  label = g_strdup_printf (_("Exporting to “%s”…"), display);
  operation = begin_operation (self, label, TRUE);
  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->path = g_strdup (path);
  hashiya_document_file_export_async (self->file, format, options, path, operation, export_done_cb, export);
}

/**
 * hashiya_file_operations_export_brat:
 * @folder: where the brat files go; made when missing
 *
 * Exports as brat standoff, the files named after the document's file.
 */
void
hashiya_file_operations_export_brat (HashiyaFileOperations *self,
                                     const char            *folder)
{
  g_autoptr(HashiyaExportOptions) options = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  if (hashiya_document_file_get_path (self->file) != NULL)
    name = hashiya_file_stem (hashiya_document_file_get_path (self->file));
  options = hashiya_export_options_new (name);
  hashiya_file_operations_export (self, HASHIYA_EXPORT_BRAT, options, folder);
}

/* Suggesting */

/* Suggestions are looked for on a worker thread, as @label says. */
static GCancellable *
begin_suggesting (HashiyaFileOperations *self,
                  const char            *label)
{
  self->suggesting = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUGGESTING]);
  return begin_operation (self, label, TRUE);
}

static void
end_suggesting (HashiyaFileOperations *self,
                GAsyncResult          *result)
{
  self->suggesting = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUGGESTING]);
  end_operation (self, g_task_get_cancellable (G_TASK (result)));
}

/* Says @message (taken) and tells @signal how many were @added. */
static void
report_suggested (HashiyaFileOperations *self,
                  guint                  signal,
                  guint                  added,
                  char                  *message)
{
  g_autofree char *said = message;

  toast (self, said, added > 0);
  g_signal_emit (self, signals[signal], 0, added);
}

static void
suggest_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HashiyaFileOperations) self = user_data;
  guint added = 0;

  end_suggesting (self, result);
  if (!hashiya_document_file_suggest_finish (self->file, result, &added, NULL))
    return;
  report_suggested (self, SUGGESTED, added,
                    added > 0 ? g_strdup_printf (ngettext ("%u suggestion added", "%u suggestions added", added), added)
                              : g_strdup (_("No new suggestions")));
}

static void
suggest_relations_done_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(HashiyaFileOperations) self = user_data;
  guint added = 0;

  end_suggesting (self, result);
  /* Cancelled, or another text is shown now. */
  if (!hashiya_relation_suggest_finish (document_of (self), result, &added, NULL))
    return;
  report_suggested (self, RELATIONS_SUGGESTED, added,
                    added > 0 ? g_strdup_printf (ngettext ("%u relation suggested", "%u relations suggested", added),
                                                 added)
                              : g_strdup (_("No new relations")));
}

/**
 * hashiya_file_operations_suggest_relations:
 *
 * Finds the relations the text states between its mentions
 * (hashiya_relation_suggest_async(), on a worker thread), then adds
 * those the document lacks as suggestions, in one undo step, and says how
 * many.
 */
void
hashiya_file_operations_suggest_relations (HashiyaFileOperations *self)
{
  HashiyaDocument *document;
  GCancellable *operation;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  document = document_of (self);
  if (document == NULL || self->suggesting)
    return;
  if (hashiya_document_get_n_mentions (document) == 0)
    {
      toast (self, _("Relations link mentions: annotate or suggest the actors first"), FALSE);
      g_signal_emit (self, signals[RELATIONS_SUGGESTED], 0, 0);
      return;
    }

  operation = begin_suggesting (self, _("Finding the relations the text states…"));
  hashiya_relation_suggest_async (document, operation, suggest_relations_done_cb, g_object_ref (self));
}

/* Catalogues */

/**
 * hashiya_file_operations_load_catalog:
 *
 * Puts the catalogue file at @path in place of the document's catalogue,
 * as one undo step. The document's actors that mentions still use and
 * the file lacks are kept, and the toast names them.
 *
 * Returns: %FALSE, with @error set and nothing changed, when the file
 *   cannot be read
 */
gboolean
hashiya_file_operations_load_catalog (HashiyaFileOperations  *self,
                                      const char             *path,
                                      GError                **error)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_auto(GStrv) kept = NULL;
  g_autofree char *message = NULL;
  AdwToast *loaded;
  guint n_kept;

  g_return_val_if_fail (HASHIYA_IS_FILE_OPERATIONS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (document_of (self) != NULL, FALSE);

  if ((catalog = hashiya_catalog_load_file (path, error)) == NULL)
    return FALSE;
  kept = hashiya_document_replace_catalog (document_of (self), catalog);
  n_kept = g_strv_length (kept);
  if (n_kept > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < n_kept; i++)
        {
          HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document_of (self)), kept[i]);

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
                               hashiya_catalog_get_name (hashiya_document_get_catalog (document_of (self))));

  loaded = adw_toast_new (message);
  adw_toast_set_button_label (loaded, _("_Undo"));
  adw_toast_set_action_name (loaded, "win.undo");
  if (n_kept > 0)
    adw_toast_set_timeout (loaded, 0);
  emit_toast (self, loaded);
  return TRUE;
}

/**
 * hashiya_file_operations_save_catalog:
 *
 * Writes the document's catalogue as a catalogue file, atomically.
 *
 * Returns: %FALSE, with @error set and the file as it was, on failure
 */
gboolean
hashiya_file_operations_save_catalog (HashiyaFileOperations  *self,
                                      const char             *path,
                                      GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (HASHIYA_IS_FILE_OPERATIONS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (document_of (self) != NULL, FALSE);

  bytes = hashiya_catalog_write (hashiya_document_get_catalog (document_of (self)));
  if (!hashiya_file_write_atomic (path, bytes, error))
    return FALSE;
  display = g_filename_display_basename (path);
  message = g_strdup_printf (_("Catalogue saved to “%s”"), display);
  toast (self, message, FALSE);
  return TRUE;
}

/* Choosers */

/* Opens @file in the parent window when it shows an untouched untitled
 * document, else in a window of its own. */
void
hashiya_file_operations_open (HashiyaFileOperations *self,
                              GFile                 *file)
{
  GtkApplication *application;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));
  g_return_if_fail (G_IS_FILE (file));

  application = self->parent != NULL ? gtk_window_get_application (self->parent) : NULL;
  if (hashiya_document_file_is_pristine (self->file) || application == NULL)
    hashiya_file_operations_load_file (self, file);
  else
    g_application_open (G_APPLICATION (application), &file, 1, "");
}

static void
open_chosen_cb (GObject    *object,
                const char *path)
{
  g_autoptr(GFile) file = path != NULL ? g_file_new_for_path (path) : NULL;

  if (file != NULL)
    hashiya_file_operations_open (HASHIYA_FILE_OPERATIONS (object), file);
}

static void
new_text_chosen_cb (GObject    *object,
                    const char *path)
{
  HashiyaFileOperations *self = HASHIYA_FILE_OPERATIONS (object);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;
  if ((bytes = hashiya_file_read (path, &error)) != NULL && (text = hashiya_text_new_from_bytes (bytes, &error)) == NULL)
    g_prefix_error (&error, "%s: ", path);
  if (text == NULL)
    hashiya_show_error (self->parent, _("Could Not Replace the Text"), error->message);
  else
    hashiya_file_operations_replace_text (self, text);
}

static void
load_catalog_chosen_cb (GObject    *object,
                        const char *path)
{
  HashiyaFileOperations *self = HASHIYA_FILE_OPERATIONS (object);
  g_autoptr(GError) error = NULL;

  if (path != NULL && !hashiya_file_operations_load_catalog (self, path, &error))
    hashiya_show_error (self->parent, _("Could Not Load the Catalogue"), error->message);
}

static void
save_catalog_chosen_cb (GObject    *object,
                        const char *path)
{
  HashiyaFileOperations *self = HASHIYA_FILE_OPERATIONS (object);
  g_autoptr(GError) error = NULL;

  if (path != NULL && !hashiya_file_operations_save_catalog (self, path, &error))
    hashiya_show_error (self->parent, _("Could Not Save the Catalogue"), error->message);
}

/**
 * hashiya_file_operations_choose:
 *
 * Asks which file, in the document's folder, then does what @choice is
 * for: open it, save as it, replace the text with it, load or save the
 * catalogue.
 */
void
hashiya_file_operations_choose (HashiyaFileOperations *self,
                                HashiyaFileChoice      choice)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  HashiyaFileChosenFunc func;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  folder = hashiya_document_file_dup_folder (self->file);
  stem = hashiya_document_file_dup_name (self->file);
  switch (choice)
    {
    case HASHIYA_CHOOSE_OPEN:
      func = open_chosen_cb;
      break;
    case HASHIYA_CHOOSE_SAVE_AS:
      func = save_as_chosen_cb;
      name = g_strconcat (stem, ".hashiya", NULL);
      break;
    case HASHIYA_CHOOSE_NEW_TEXT:
      func = new_text_chosen_cb;
      break;
    case HASHIYA_CHOOSE_LOAD_CATALOG:
      func = load_catalog_chosen_cb;
      break;
    case HASHIYA_CHOOSE_SAVE_CATALOG:
    default:
      func = save_catalog_chosen_cb;
      name = g_strconcat (stem, " catalogue.json", NULL);
      break;
    }
  hashiya_choose_file (self->parent, choice, folder, name, func, G_OBJECT (self));
}

/**
 * hashiya_file_operations_save:
 * @then_close: close the parent window once saved
 *
 * Saves to the document's own .hashiya; a document of no .hashiya (new,
 * or made from a text, which is never overwritten) asks where.
 */
void
hashiya_file_operations_save (HashiyaFileOperations *self,
                              gboolean               then_close)
{
  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  self->close_after_save = then_close;
  if (hashiya_document_file_is_native (self->file))
    hashiya_file_operations_save_to (self, hashiya_document_file_get_path (self->file));
  else
    hashiya_file_operations_choose (self, HASHIYA_CHOOSE_SAVE_AS);
}

static void
export_cb (HashiyaFileOperations      *self,
           HashiyaExportFormat         format,
           const HashiyaExportOptions *options,
           const char                 *path)
{
  hashiya_file_operations_export (self, format, options, path);
}

/**
 * hashiya_file_operations_show_export_dialog:
 *
 * The Export dialog: format, options, where; the export it asks for is
 * done here.
 *
 * Returns: (transfer none): the dialog shown
 */
HashiyaExportDialog *
hashiya_file_operations_show_export_dialog (HashiyaFileOperations *self)
{
  HashiyaExportDialog *dialog;

  g_return_val_if_fail (HASHIYA_IS_FILE_OPERATIONS (self), NULL);

  dialog = hashiya_export_dialog_new (self->parent, self->file);
  g_signal_connect_object (dialog, "export", G_CALLBACK (export_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

void
hashiya_file_operations_print (HashiyaFileOperations *self)
{
  g_autofree char *stem = NULL;
  g_autoptr(HashiyaExportOptions) options = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  stem = hashiya_document_file_dup_name (self->file);
  options = hashiya_export_options_new (stem);
  operation = hashiya_print_operation_new (document_of (self), options);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, self->parent, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    hashiya_show_error (self->parent, _("Could Not Print"), error->message);
}

/* Suggesting */

/**
 * hashiya_file_operations_suggest:
 *
 * Matches the catalogue against the text on a worker thread, then adds
 * the suggestions as one undo step and says how many.
 */
void
hashiya_file_operations_suggest (HashiyaFileOperations *self)
{
  GCancellable *operation;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  if (document_of (self) == NULL || self->suggesting)
    return;
  operation = begin_suggesting (self, _("Finding the catalogue’s actors…"));
  hashiya_document_file_suggest_async (self->file, operation, suggest_done_cb, g_object_ref (self));
}

gboolean
hashiya_file_operations_get_suggesting (HashiyaFileOperations *self)
{
  g_return_val_if_fail (HASHIYA_IS_FILE_OPERATIONS (self), FALSE);
  return self->suggesting;
}

/* New documents */

/**
 * hashiya_file_operations_get_default_catalog:
 *
 * The catalogue new documents start from: the one chosen in Preferences,
 * or the built-in one (also when the chosen file cannot be read, which a
 * toast then explains).
 *
 * Returns: (transfer full): a catalogue of the caller's own
 */
HashiyaCatalog *
hashiya_file_operations_get_default_catalog (HashiyaFileOperations *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog;

  g_return_val_if_fail (HASHIYA_IS_FILE_OPERATIONS (self), NULL);

  path = g_settings_get_string (self->settings, "default-catalog");
  if (path[0] == '\0')
    return hashiya_catalog_new_default ();
  catalog = hashiya_catalog_load_file (path, &error);
  if (catalog == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The default catalogue could not be read (%s); "
                                                    "the built-in one is used"), error->message);

      toast (self, message, FALSE);
      catalog = hashiya_catalog_new_default ();
    }
  return catalog;
}

/**
 * hashiya_file_operations_show_sample:
 *
 * The bundled article as a new document, with the default catalogue,
 * titled "Sample Article".
 */
void
hashiya_file_operations_show_sample (HashiyaFileOperations *self)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (sample, NULL);
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaDocument) document = NULL;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));

  catalog = hashiya_file_operations_get_default_catalog (self);
  document = hashiya_document_new (text, catalog);
  hashiya_document_file_set_untitled_name (self->file, _("Sample Article"));
  hashiya_document_file_set_document (self->file, document, NULL);
}

/**
 * hashiya_file_operations_show_text:
 *
 * @text (pasted, say) as a new document with the default catalogue,
 * named by its first words. It counts as unsaved work: closing asks, and
 * a draft is kept.
 */
void
hashiya_file_operations_show_text (HashiyaFileOperations *self,
                                   HashiyaText           *text)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;

  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));
  g_return_if_fail (text != NULL);

  catalog = hashiya_file_operations_get_default_catalog (self);
  hashiya_document_file_set_text (self->file, text, catalog);
}

/**
 * hashiya_file_operations_replace_text:
 *
 * Moves the document's mentions onto a new version of its text (see
 * hashiya_document_reanchor()) and says how they were found. The document
 * stays the same file: saving writes the new text.
 */
void
hashiya_file_operations_replace_text (HashiyaFileOperations *self,
                                      HashiyaText           *text)
{
  g_return_if_fail (HASHIYA_IS_FILE_OPERATIONS (self));
  g_return_if_fail (text != NULL);

  hashiya_document_file_replace_text (self->file, text);
  hashiya_show_reanchor_report (self->parent, hashiya_document_get_reanchor_report (document_of (self)), TRUE, FALSE);
}

static void
hashiya_file_operations_dispose (GObject *object)
{
  HashiyaFileOperations *self = HASHIYA_FILE_OPERATIONS (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_weak_pointer (&self->operation_bar);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->loading, g_free);

  G_OBJECT_CLASS (hashiya_file_operations_parent_class)->dispose (object);
}

static void
hashiya_file_operations_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HashiyaFileOperations *self = HASHIYA_FILE_OPERATIONS (object);

  switch (prop_id)
    {
    case PROP_SUGGESTING:
      g_value_set_boolean (value, self->suggesting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_file_operations_class_init (HashiyaFileOperationsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hashiya_file_operations_dispose;
  object_class->get_property = hashiya_file_operations_get_property;

  /**
   * HashiyaFileOperations:suggesting:
   *
   * Whether suggestions are being looked for.
   */
  properties[PROP_SUGGESTING] =
    g_param_spec_boolean ("suggesting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaFileOperations::toast:
   * @toast: what an operation has to say
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  /**
   * HashiyaFileOperations::suggested:
   * @added: how many suggestions were added
   */
  signals[SUGGESTED] = g_signal_new ("suggested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, G_TYPE_UINT);
  /**
   * HashiyaFileOperations::relations-suggested:
   * @added: how many suggested relations were added
   */
  signals[RELATIONS_SUGGESTED] = g_signal_new ("relations-suggested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
hashiya_file_operations_init (HashiyaFileOperations *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
}

/**
 * hashiya_file_operations_new:
 * @parent: the window that dialogs stand on (not kept)
 * @operation_bar: (nullable): where long work shows (not kept)
 */
HashiyaFileOperations *
hashiya_file_operations_new (GtkWindow           *parent,
                             HashiyaDocumentFile *file,
                             HashiyaOperationBar *operation_bar)
{
  HashiyaFileOperations *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (file), NULL);

  self = g_object_new (HASHIYA_TYPE_FILE_OPERATIONS, NULL);
  g_set_weak_pointer (&self->parent, parent);
  g_set_weak_pointer (&self->operation_bar, operation_bar);
  self->file = g_object_ref (file);
  return self;
}
