/* hashiya-corpus-actions.c — a window's corpus: opening a folder, its
 * list and its documents, back and forth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window shows one document file; with a corpus open, it shows the
 * corpus page (the list) in its place, and a document of the list in the
 * document page, loaded into the window's file. The actions (win.*):
 * open-folder (a folder chosen), open-folder-uri (a recent one),
 * corpus-back (the list again; a changed document is saved first),
 * corpus-search (the search pane: a hit opens its document there, the
 * hit selected), corpus-statistics and edit-metadata (the open document's title, source,
 * date, address and tags). A document saved in the window is read again
 * into the list, off the main thread.
 */

#define G_LOG_DOMAIN "hashiya-corpus-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-actions.h"
#include "hashiya-corpus-chooser.h"
#include "hashiya-dialogs.h"
#include "hashiya-metadata-editor.h"

struct _HashiyaCorpusActions
{
  GObject                parent_instance;

  GtkWindow             *window;        /* weak: it owns this */
  GtkStack              *stack;
  HashiyaCorpusPage     *corpus_page;   /* made when first needed */
  HashiyaPage           *page;
  GtkWidget             *back_button;
  AdwWindowTitle        *window_title;
  HashiyaDocumentFile   *file;
  HashiyaFileOperations *operations;

  HashiyaCorpus         *corpus;
  HashiyaDocument       *document;      /* the file's, watched for saves */
  GCancellable          *cancellable;
  guint                  select_start;
  guint                  select_end;
  gboolean               select_pending;
  gboolean               curate_pending;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusActions, hashiya_corpus_actions, G_TYPE_OBJECT)

static void update_actions (HashiyaCorpusActions *self);
static void document_activated_cb (HashiyaCorpusActions  *self,
                                   HashiyaCorpusDocument *document);
static void hit_activated_cb      (HashiyaCorpusActions  *self,
                                   HashiyaCorpusDocument *document,
                                   guint                  start,
                                   guint                  end);
static void curate_versions_cb    (HashiyaCorpusActions  *self,
                                   HashiyaCorpusDocument *document);

/**
 * hashiya_corpus_actions_get_page:
 *
 * The corpus page (the list) of the window's stack, made the first time
 * it is asked for: a window that never opens a folder never makes it.
 *
 * Returns: (transfer none): the corpus page
 */
HashiyaCorpusPage *
hashiya_corpus_actions_get_page (HashiyaCorpusActions *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self), NULL);

  if (self->corpus_page != NULL)
    return self->corpus_page;
  self->corpus_page = HASHIYA_CORPUS_PAGE (g_object_new (HASHIYA_TYPE_CORPUS_PAGE, NULL));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->corpus_page), "corpus");
  g_signal_connect_object (self->corpus_page, "document-activated", G_CALLBACK (document_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus_page, "hit-activated", G_CALLBACK (hit_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->corpus_page, "curate-versions", G_CALLBACK (curate_versions_cb), self,
                           G_CONNECT_SWAPPED);
  return self->corpus_page;
}

HashiyaCorpus *
hashiya_corpus_actions_get_corpus (HashiyaCorpusActions *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self), NULL);
  return self->corpus;
}

gboolean
hashiya_corpus_actions_get_showing_list (HashiyaCorpusActions *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "corpus") == 0;
}

/* The path of the window's document in the corpus folder, or NULL when it
 * is not in it. */
static char *
dup_corpus_path (HashiyaCorpusActions *self)
{
  const char *path = hashiya_document_file_get_path (self->file);
  g_autoptr(GFile) file = NULL;

  if (self->corpus == NULL || path == NULL)
    return NULL;
  file = g_file_new_for_path (path);
  return g_file_get_relative_path (hashiya_corpus_get_folder (self->corpus), file);
}

static void
show_corpus_title (HashiyaCorpusActions *self)
{
  g_autofree char *folder = g_file_get_parse_name (hashiya_corpus_get_folder (self->corpus));
  g_autofree char *subtitle = NULL;

  if (hashiya_corpus_is_read_only (self->corpus))
    /* Translators: the window's subtitle: a folder, then "read-only" */
    subtitle = g_strdup_printf (_("%s (read-only)"), folder);
  adw_window_title_set_title (self->window_title, hashiya_corpus_get_name (self->corpus));
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : folder);
  gtk_window_set_title (self->window, hashiya_corpus_get_name (self->corpus));
}

/**
 * hashiya_corpus_actions_show_list:
 *
 * Shows the corpus's list in place of the document (Back).
 */
void
hashiya_corpus_actions_show_list (HashiyaCorpusActions *self)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self));

  if (self->corpus == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, "corpus");
  gtk_widget_set_visible (self->back_button, FALSE);
  show_corpus_title (self);
  hashiya_corpus_page_focus_list (hashiya_corpus_actions_get_page (self));
  update_actions (self);
}

static void
show_document (HashiyaCorpusActions *self)
{
  gtk_stack_set_visible_child_name (self->stack, "document");
  gtk_widget_set_visible (self->back_button, self->corpus != NULL);
  /* The window's title follows its file again. */
  g_object_notify (G_OBJECT (self->file), "path");
  update_actions (self);
}

/* Saves, and the list reads them again */

static void
refreshed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_corpus_refresh_document_finish (HASHIYA_CORPUS (source), result, &error) && error != NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("%s", error->message);
}

/* A document of the corpus saved in the window: its row is read again. */
static void
modified_cb (HashiyaCorpusActions *self)
{
  g_autofree char *path = NULL;

  if (self->document == NULL || hashiya_document_get_modified (self->document))
    return;
  if ((path = dup_corpus_path (self)) == NULL)
    return;
  hashiya_corpus_refresh_document_async (self->corpus, path, self->cancellable, refreshed_cb, NULL);
}

static void
document_cb (HashiyaCorpusActions *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, hashiya_document_file_get_document (self->file));
  if (self->document != NULL)
    g_signal_connect_swapped (self->document, "notify::modified", G_CALLBACK (modified_cb), self);
  update_actions (self);
}

/* Opening a document of the list */

static void
select_hit (HashiyaCorpusActions *self)
{
  HashiyaTextView *view = hashiya_page_get_text_view (self->page);

  if (!self->select_pending)
    return;
  self->select_pending = FALSE;
  hashiya_text_view_select_range (view, self->select_start, self->select_end);
}

/* "Curate Versions…" of the list: the document is shown, then curated. */
static void
curate_pending_versions (HashiyaCorpusActions *self)
{
  if (!self->curate_pending)
    return;
  self->curate_pending = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->window), "team.curate", NULL);
}

static void
document_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(HashiyaCorpusActions) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *save_path = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_corpus_load_document_finish (HASHIYA_CORPUS (source), result,
                                                                             &save_path, &error);

  if (document == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hashiya_corpus_page_toast (hashiya_corpus_actions_get_page (self), error->message);
      return;
    }
  if (HASHIYA_CORPUS (source) != self->corpus)
    return;
  hashiya_document_file_set_document (self->file, document, save_path);
  show_document (self);
  select_hit (self);
  curate_pending_versions (self);
}

/**
 * hashiya_corpus_actions_open_document:
 * @start: the start of a range to select, in code points
 * @end: its end; @start = @end selects nothing
 *
 * Reads a document of the corpus, off the main thread, and shows it in
 * the window's document page.
 */
void
hashiya_corpus_actions_open_document (HashiyaCorpusActions  *self,
                                      HashiyaCorpusDocument *document,
                                      guint                  start,
                                      guint                  end)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self));
  g_return_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (document));

  if (self->corpus == NULL)
    return;
  self->select_start = start;
  self->select_end = end;
  self->select_pending = end > start;
  /* The document open now and unchanged: no need to read it again. */
  if (self->document != NULL && !hashiya_document_get_modified (self->document))
    {
      g_autofree char *path = dup_corpus_path (self);

      if (g_strcmp0 (path, hashiya_corpus_document_get_path (document)) == 0)
        {
          show_document (self);
          select_hit (self);
          curate_pending_versions (self);
          return;
        }
    }
  if (self->document != NULL && hashiya_document_get_modified (self->document))
    {
      g_autofree char *path = dup_corpus_path (self);

      /* A changed document of the corpus is saved before another opens;
       * another changed document keeps its place in the window. */
      if (path == NULL)
        {
          hashiya_corpus_page_toast (hashiya_corpus_actions_get_page (self),
                                     _("The document open in this window has unsaved changes: save it first"));
          return;
        }
      hashiya_file_operations_save (self->operations, FALSE);
    }
  hashiya_corpus_load_document_async (self->corpus, document, self->cancellable, document_loaded_cb,
                                      g_object_ref (self));
}

static void
document_activated_cb (HashiyaCorpusActions  *self,
                       HashiyaCorpusDocument *document)
{
  hashiya_corpus_actions_open_document (self, document, 0, 0);
}

static void
curate_versions_cb (HashiyaCorpusActions  *self,
                    HashiyaCorpusDocument *document)
{
  self->curate_pending = TRUE;
  hashiya_corpus_actions_open_document (self, document, 0, 0);
}

static void
hit_activated_cb (HashiyaCorpusActions  *self,
                  HashiyaCorpusDocument *document,
                  guint                  start,
                  guint                  end)
{
  hashiya_corpus_actions_open_document (self, document, start, end);
}

/* Opening a folder */

static void
add_to_recent (GFile *folder)
{
  g_autofree char *uri = g_file_get_uri (folder);
  g_autofree char *name = g_file_get_basename (folder);
  GtkRecentData data = {
    .display_name = name,
    .mime_type = (char *) "inode/directory",
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "hashiya %u",
  };

  if (data.app_name != NULL)
    gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
set_corpus (HashiyaCorpusActions *self,
            HashiyaCorpus        *corpus)
{
  g_set_object (&self->corpus, corpus);
  hashiya_corpus_page_set_corpus (hashiya_corpus_actions_get_page (self), corpus);
  add_to_recent (hashiya_corpus_get_folder (corpus));
  hashiya_corpus_actions_show_list (self);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data);

/* What opening or making a corpus works on. */
typedef struct
{
  GFile          *folder;
  HashiyaCatalog *catalog;  /* making one: its catalogue */
  gboolean        opening;  /* opening one: a folder without corpus.json may be made one */
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->folder);
  g_clear_object (&data->catalog);
  g_free (data);
}

static GTask *
open_task_new (HashiyaCorpusActions *self,
               GFile                *folder,
               HashiyaCatalog       *catalog,
               gboolean              opening)
{
  GTask *task = g_task_new (NULL, self->cancellable, opened_cb, g_object_ref (self));
  OpenData *data = g_new0 (OpenData, 1);

  data->folder = g_object_ref (folder);
  data->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;
  data->opening = opening;
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  return task;
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  OpenData *data = task_data;
  g_autofree char *name = g_file_get_basename (data->folder);
  GError *error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_create (data->folder, name, data->catalog, NULL, &error);

  if (corpus == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, corpus, g_object_unref);
}

static void
make_corpus_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  g_autoptr(HashiyaCorpusActions) self = user_data;
  GFile *folder = g_object_get_data (G_OBJECT (dialog), "hashiya-folder");
  g_autoptr(GTask) task = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;

  if (!g_str_equal (response, "make"))
    return;
  catalog = hashiya_file_operations_get_default_catalog (self->operations);
  task = open_task_new (self, folder, catalog, FALSE);
  g_task_run_in_thread (task, create_thread);
}

/* A folder without corpus.json: made a corpus, if the user wants. */
static void
ask_to_make_corpus (HashiyaCorpusActions *self,
                    GFile                *folder)
{
  g_autofree char *name = g_file_get_parse_name (folder);
  g_autofree char *body = g_strdup_printf (_("“%s” has no corpus.json. Make it a corpus, with the default "
                                             "catalogue? Its texts and documents are listed; nothing else "
                                             "in it is changed."), name);
  GtkWidget *dialog = adw_message_dialog_new (self->window, _("Make This Folder a Corpus?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "make", _("_Make a Corpus"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "make", ADW_RESPONSE_SUGGESTED);
  g_object_set_data_full (G_OBJECT (dialog), "hashiya-folder", g_object_ref (folder), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (make_corpus_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HashiyaCorpusActions) self = user_data;
  g_autoptr(GError) error = NULL;
  OpenData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(HashiyaCorpus) corpus = g_task_propagate_pointer (G_TASK (result), &error);

  if (corpus != NULL)
    {
      set_corpus (self, corpus);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->window == NULL)
    return;
  if (data->opening &&
      (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) || g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT)))
    {
      ask_to_make_corpus (self, data->folder);
      return;
    }
  hashiya_show_error (self->window, _("Could Not Open the Corpus"), error->message);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_open (data->folder, cancellable, &error);

  if (corpus == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, corpus, g_object_unref);
}

/**
 * hashiya_corpus_actions_open_folder:
 *
 * Opens the corpus in @folder, off the main thread, and shows its list.
 * A folder without corpus.json can be made a corpus.
 */
void
hashiya_corpus_actions_open_folder (HashiyaCorpusActions *self,
                                    GFile                *folder)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self));
  g_return_if_fail (G_IS_FILE (folder));

  task = open_task_new (self, folder, NULL, TRUE);
  g_task_run_in_thread (task, open_thread);
}

static void
file_type_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaCorpusActions) self = user_data;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);

  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    hashiya_corpus_actions_open_folder (self, G_FILE (source));
  else
    hashiya_file_operations_load_file (self->operations, G_FILE (source));
}

/**
 * hashiya_corpus_actions_open:
 *
 * Opens @file in the window: a folder as a corpus, any other file as the
 * window's document.
 */
void
hashiya_corpus_actions_open (HashiyaCorpusActions *self,
                             GFile                *file)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           self->cancellable, file_type_cb, g_object_ref (self));
}

/**
 * hashiya_corpus_actions_drop:
 * @files: (element-type GFile): what was dropped on the window
 *
 * With a corpus open, the files (texts, documents, folders of them) are
 * added to it.
 *
 * Returns: whether the drop was taken
 */
gboolean
hashiya_corpus_actions_drop (HashiyaCorpusActions *self,
                             GSList               *files)
{
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (HASHIYA_IS_CORPUS_ACTIONS (self), FALSE);

  if (self->corpus == NULL || files == NULL)
    return FALSE;
  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (list, g_object_ref (l->data));
  hashiya_corpus_actions_show_list (self);
  hashiya_corpus_page_add_files (hashiya_corpus_actions_get_page (self), list);
  return TRUE;
}

/* Actions */

static void
update_actions (HashiyaCorpusActions *self)
{
  GActionMap *map = G_ACTION_MAP (self->window);
  gboolean in_document = self->corpus != NULL && !hashiya_corpus_actions_get_showing_list (self);
  GAction *action;

  if (map == NULL)
    return;
  if ((action = g_action_map_lookup_action (map, "corpus-back")) != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), in_document);
  if ((action = g_action_map_lookup_action (map, "corpus-statistics")) != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->corpus != NULL);
  if ((action = g_action_map_lookup_action (map, "corpus-search")) != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->corpus != NULL);
  if ((action = g_action_map_lookup_action (map, "edit-metadata")) != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->document != NULL);
}

static void
folder_chosen_cb (GObject   *object,
                  GPtrArray *files)
{
  HashiyaCorpusActions *self = HASHIYA_CORPUS_ACTIONS (object);

  if (files == NULL || files->len == 0)
    return;
  /* A window with unsaved changes of another document keeps them: the
   * corpus opens in a window of its own. */
  if (self->document != NULL && hashiya_document_get_modified (self->document) && self->corpus == NULL)
    {
      GApplication *application = G_APPLICATION (gtk_window_get_application (self->window));

      if (application != NULL)
        {
          g_application_open (application, (GFile **) files->pdata, 1, "");
          return;
        }
    }
  hashiya_corpus_actions_open_folder (self, g_ptr_array_index (files, 0));
}

static void
open_folder_activate_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  HashiyaCorpusActions *self = user_data;

  hashiya_corpus_choose (self->window, HASHIYA_CORPUS_CHOOSE_FOLDER, NULL, NULL, folder_chosen_cb, G_OBJECT (self));
}

static void
open_folder_uri_activate_cb (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  g_autoptr(GFile) folder = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  hashiya_corpus_actions_open_folder (user_data, folder);
}

static void
back_activate_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  HashiyaCorpusActions *self = user_data;

  if (self->corpus == NULL || hashiya_corpus_actions_get_showing_list (self))
    return;
  if (self->document != NULL && hashiya_document_get_modified (self->document))
    {
      g_autofree char *path = dup_corpus_path (self);

      if (path != NULL && !hashiya_corpus_is_read_only (self->corpus))
        hashiya_file_operations_save (self->operations, FALSE);
    }
  hashiya_corpus_actions_show_list (self);
}

static void
statistics_activate_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  HashiyaCorpusActions *self = user_data;

  hashiya_corpus_actions_show_list (self);
  hashiya_corpus_page_show_view (hashiya_corpus_actions_get_page (self), "statistics");
}

static void
search_activate_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  HashiyaCorpusActions *self = user_data;

  if (self->corpus == NULL)
    return;
  hashiya_corpus_actions_show_list (self);
  hashiya_corpus_page_start_search (hashiya_corpus_actions_get_page (self));
}

static void
edit_metadata_activate_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  HashiyaCorpusActions *self = user_data;

  if (self->document != NULL)
    gtk_window_present (GTK_WINDOW (hashiya_metadata_editor_new (self->window, self->document)));
}

static const GActionEntry entries[] = {
  { "open-folder", open_folder_activate_cb },
  { "open-folder-uri", open_folder_uri_activate_cb, "s" },
  { "corpus-back", back_activate_cb },
  { "corpus-statistics", statistics_activate_cb },
  { "corpus-search", search_activate_cb },
  { "edit-metadata", edit_metadata_activate_cb },
};

static void
hashiya_corpus_actions_dispose (GObject *object)
{
  HashiyaCorpusActions *self = HASHIYA_CORPUS_ACTIONS (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->corpus);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->operations);
  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (hashiya_corpus_actions_parent_class)->dispose (object);
}

static void
hashiya_corpus_actions_class_init (HashiyaCorpusActionsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hashiya_corpus_actions_dispose;
}

static void
hashiya_corpus_actions_init (HashiyaCorpusActions *self)
{
  self->cancellable = g_cancellable_new ();
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  HashiyaCorpusActions *self = user_data;
  HashiyaTextView *view = hashiya_page_get_text_view (self->page);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  if (self->corpus == NULL || hashiya_corpus_actions_get_showing_list (self))
    return FALSE;
  /* Escape first unselects, in the text; only then does it go back. */
  if (gtk_window_get_focus (self->window) != GTK_WIDGET (view) || gtk_text_buffer_get_has_selection (buffer) ||
      hashiya_text_view_get_selected_mention (view) != NULL)
    return FALSE;
  g_action_group_activate_action (G_ACTION_GROUP (self->window), "corpus-back", NULL);
  return TRUE;
}

/**
 * hashiya_corpus_actions_new:
 * @window: the window, whose actions (win.*) these become
 * @stack: the window's stack, of "document" (@page), and of "corpus"
 *   once hashiya_corpus_actions_get_page () has made it
 * @back_button: shown while a document of the corpus is
 *
 * The corpus side of @window.
 */
HashiyaCorpusActions *
hashiya_corpus_actions_new (GtkWindow             *window,
                            GtkStack              *stack,
                            HashiyaPage           *page,
                            GtkWidget             *back_button,
                            AdwWindowTitle        *window_title,
                            HashiyaDocumentFile   *file,
                            HashiyaFileOperations *operations)
{
  HashiyaCorpusActions *self;
  GtkEventController *shortcuts;

  g_return_val_if_fail (G_IS_ACTION_MAP (window), NULL);

  self = g_object_new (HASHIYA_TYPE_CORPUS_ACTIONS, NULL);
  g_set_weak_pointer (&self->window, window);
  self->stack = stack;
  self->page = page;
  self->back_button = back_button;
  self->window_title = window_title;
  self->file = g_object_ref (file);
  self->operations = g_object_ref (operations);

  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect_object (file, "notify::document", G_CALLBACK (document_cb), self, G_CONNECT_SWAPPED);

  /* Escape in the text, with nothing selected, goes back too. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (escape_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (page), shortcuts);
  document_cb (self);
  gtk_widget_set_visible (back_button, FALSE);
  return self;
}
