/* hashiya-corpus-async.c — what the window does with a corpus off its
 * main thread: opening one document, looking at one again, adding files
 * and importing a manifest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each call takes what its worker thread needs from the corpus (its
 * folder, a copy of corpus.json, the paths of the list), reads and writes
 * the files there, and brings the rows it read back to the list in the
 * caller's thread, with ::document-changed: the corpus object is only
 * ever touched by the thread that owns it.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-corpus-async.h"
#include "hashiya-corpus-private.h"

/* One document */

typedef struct
{
  HashiyaCorpusDocument *document;
  GFile                 *file;
  char                  *path;
  gboolean               is_text;
  HashiyaCorpusFile     *corpus_file;
  HashiyaCorpusRow      *row;
  HashiyaDocument       *read;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->document);
  g_clear_object (&data->file);
  g_free (data->path);
  g_clear_pointer (&data->corpus_file, hashiya_corpus_file_free);
  g_clear_pointer (&data->row, _hashiya_corpus_row_free);
  g_clear_object (&data->read);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  data->row = _hashiya_corpus_read_row (data->file, data->path, data->corpus_file->catalog,
                                        data->corpus_file->relation_catalog, &data->read);
  if (data->read != NULL && data->is_text)
    _hashiya_corpus_start_text (data->read, data->corpus_file->defaults);
  g_task_return_boolean (task, TRUE);
}

/**
 * hashiya_corpus_load_document_async:
 *
 * Reads a document of the corpus whole, as hashiya_corpus_load_document ()
 * does, on a worker thread; the list is brought up to date when the file
 * changed since it was listed.
 */
void
hashiya_corpus_load_document_async (HashiyaCorpus         *self,
                                    HashiyaCorpusDocument *document,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (HASHIYA_IS_CORPUS (self));
  g_return_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (document));

  data = g_new0 (LoadData, 1);
  data->document = g_object_ref (document);
  data->file = g_object_ref (hashiya_corpus_document_get_file (document));
  data->path = g_strdup (hashiya_corpus_document_get_path (document));
  data->is_text = _hashiya_corpus_document_is_text (document);
  data->corpus_file = hashiya_corpus_file_copy (_hashiya_corpus_get_file (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_load_document_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * hashiya_corpus_load_document_finish:
 * @save_path: (out) (optional): the absolute path the document is saved
 *   to: its own file, or for a text of the folder the .hashiya beside it
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
HashiyaDocument *
hashiya_corpus_load_document_finish (HashiyaCorpus  *self,
                                     GAsyncResult   *result,
                                     char          **save_path,
                                     GError        **error)
{
  LoadData *data;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  data = g_task_get_task_data (G_TASK (result));
  if (data->row->error != NULL)
    g_propagate_error (error, g_error_copy (data->row->error));
  _hashiya_corpus_take_read_row (self, data->document, g_steal_pointer (&data->row));
  if (data->read == NULL)
    return NULL;
  if (save_path != NULL)
    {
      g_autofree char *relative = data->is_text ? _hashiya_corpus_document_path_for_text (data->path)
                                                : g_strdup (data->path);

      *save_path = _hashiya_corpus_dup_local_path (self, relative);
    }
  return g_steal_pointer (&data->read);
}

typedef struct
{
  GFile            *file;
  char             *path;
  HashiyaCorpusRow *row;
} RefreshData;

static void
refresh_data_free (RefreshData *data)
{
  g_clear_object (&data->file);
  g_free (data->path);
  g_clear_pointer (&data->row, _hashiya_corpus_row_free);
  g_free (data);
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RefreshData *data = task_data;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (g_file_query_exists (data->file, cancellable))
    data->row = _hashiya_corpus_read_row (data->file, data->path, NULL, NULL, NULL);
  g_task_return_boolean (task, TRUE);
}

/**
 * hashiya_corpus_refresh_document_async:
 * @path: a document's path in the folder (listed or not: a text of the
 *   folder saved as a .hashiya beside it is new to the list)
 *
 * Reads the document's file again on a worker thread, after another
 * program (or the window, through its own file) wrote it: the list gets
 * its new row, with ::document-changed, when it changed.
 */
void
hashiya_corpus_refresh_document_async (HashiyaCorpus       *self,
                                       const char          *path,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RefreshData *data;

  g_return_if_fail (HASHIYA_IS_CORPUS (self));
  g_return_if_fail (path != NULL);

  data = g_new0 (RefreshData, 1);
  data->file = g_file_resolve_relative_path (hashiya_corpus_get_folder (self), path);
  data->path = g_strdup (path);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_refresh_document_async);
  g_task_set_task_data (task, data, (GDestroyNotify) refresh_data_free);
  g_task_run_in_thread (task, refresh_thread);
}

/* Returns: %TRUE when the list changed */
gboolean
hashiya_corpus_refresh_document_finish (HashiyaCorpus  *self,
                                        GAsyncResult   *result,
                                        GError        **error)
{
  RefreshData *data;
  HashiyaCorpusDocument *document;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  data = g_task_get_task_data (G_TASK (result));
  if (data->row == NULL)
    return FALSE;
  document = hashiya_corpus_lookup_document (self, data->path);
  if (document != NULL && g_strcmp0 (data->row->sha256, hashiya_corpus_document_get_sha256 (document)) == 0 &&
      hashiya_corpus_document_get_mtime (document) == data->row->mtime)
    return FALSE;
  _hashiya_corpus_set_row (self, data->path, g_steal_pointer (&data->row));
  return TRUE;
}

/* Adding */

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *pa = g_file_get_path (*(GFile **) a);
  g_autofree char *pb = g_file_get_path (*(GFile **) b);

  return g_strcmp0 (pa, pb);
}

static void
list_into (GFile        *file,
           GPtrArray    *found,
           GCancellable *cancellable)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) inside = NULL;
  g_autofree char *name = g_file_get_basename (file);
  GFileType type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable);

  if (type != G_FILE_TYPE_DIRECTORY)
    {
      g_ptr_array_add (found, g_object_ref (file));
      return;
    }
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);
  if (children == NULL)
    return;
  inside = g_ptr_array_new_with_free_func (g_object_unref);
  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      const char *child_name;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, NULL) || info == NULL)
        break;
      child_name = g_file_info_get_name (info);
      if (child_name[0] == '.')
        continue;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY ||
          g_str_has_suffix (child_name, ".txt") || g_str_has_suffix (child_name, ".hashiya"))
        g_ptr_array_add (inside, g_object_ref (child));
    }
  g_ptr_array_sort (inside, compare_files);
  for (guint i = 0; i < inside->len; i++)
    list_into (g_ptr_array_index (inside, i), found, cancellable);
}

/**
 * hashiya_corpus_list_addable:
 * @files: (element-type GFile): files and folders
 *
 * What adding @files means: each file itself, and each folder's texts
 * (.txt) and documents (.hashiya), in its subfolders too, in the order of
 * their paths; hidden files and links to folders are not looked at. Reads
 * the disk: call it from a worker thread.
 *
 * Returns: (transfer full) (element-type GFile): the files
 */
GPtrArray *
hashiya_corpus_list_addable (GPtrArray    *files,
                             GCancellable *cancellable)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (files != NULL, found);

  for (guint i = 0; i < files->len; i++)
    list_into (g_ptr_array_index (files, i), found, cancellable);
  return found;
}

typedef struct
{
  GFile                     *folder;
  HashiyaCorpusFile         *corpus_file;
  GPtrArray                 *files;
  HashiyaCorpusProgressFunc  progress;
  gpointer                   progress_data;
  GDestroyNotify             progress_data_free;
  GMainContext              *context;
  HashiyaCorpusSummary      *summary;
  GWeakRef                   corpus;
} AddData;

static void
add_data_free (AddData *data)
{
  g_clear_object (&data->folder);
  g_clear_pointer (&data->corpus_file, hashiya_corpus_file_free);
  g_clear_pointer (&data->files, g_ptr_array_unref);
  if (data->progress_data_free != NULL)
    data->progress_data_free (data->progress_data);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_clear_pointer (&data->summary, hashiya_corpus_summary_free);
  g_weak_ref_clear (&data->corpus);
  g_free (data);
}

/* What one file's turn brings to the caller's thread. */
typedef struct
{
  GTask            *task;
  char             *path;
  HashiyaCorpusRow *row;
  guint             done;
  guint             total;
} AddDelivery;

static void
add_delivery_free (AddDelivery *delivery)
{
  g_object_unref (delivery->task);
  g_free (delivery->path);
  g_clear_pointer (&delivery->row, _hashiya_corpus_row_free);
  g_free (delivery);
}

static gboolean
add_deliver_cb (gpointer user_data)
{
  AddDelivery *delivery = user_data;
  AddData *data = g_task_get_task_data (delivery->task);
  g_autoptr(HashiyaCorpus) corpus = g_weak_ref_get (&data->corpus);

  if (corpus != NULL && delivery->row != NULL)
    _hashiya_corpus_set_row (corpus, delivery->path, g_steal_pointer (&delivery->row));
  if (data->progress != NULL)
    data->progress (delivery->done, delivery->total, delivery->path, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  AddData *data = task_data;
  g_autoptr(GPtrArray) files = hashiya_corpus_list_addable (data->files, cancellable);
  HashiyaCorpusSummary *summary = data->summary;

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      HashiyaCorpusRow *row;
      AddDelivery *delivery;

      if (g_cancellable_is_cancelled (cancellable))
        {
          summary->cancelled = TRUE;
          break;
        }
      row = _hashiya_corpus_write_added (data->folder, data->corpus_file, file, NULL, &path, &error);
      summary->n_documents++;
      if (row == NULL)
        {
          summary->n_failed++;
          g_ptr_array_add (summary->failures, g_strdup (error->message));
        }
      else
        {
          summary->n_changed++;
          summary->n_mentions += row->n_mentions;
          summary->n_relations += row->n_relations;
        }
      delivery = g_new0 (AddDelivery, 1);
      delivery->task = g_object_ref (task);
      delivery->path = g_steal_pointer (&path);
      delivery->row = row;
      delivery->done = i + 1;
      delivery->total = files->len;
      g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, add_deliver_cb, delivery,
                                  (GDestroyNotify) add_delivery_free);
    }
  g_task_return_pointer (task, g_steal_pointer (&data->summary), (GDestroyNotify) hashiya_corpus_summary_free);
}

/**
 * hashiya_corpus_add_files_async:
 * @files: (element-type GFile): texts, documents and folders of them
 * @progress: (nullable): told after each file, in the caller's thread
 *
 * Adds each of @files (a folder: its texts and documents) to the corpus,
 * as hashiya_corpus_add_file () does, on a worker thread; a
 * @cancellable stops it between two files. Each document added comes to
 * the list, with ::document-changed, in the caller's thread. The summary
 * counts the files looked at (@n_documents), the documents added
 * (@n_changed), their mentions, and each file that was not added; a
 * cancelled run returns it too, with @cancelled set.
 */
void
hashiya_corpus_add_files_async (HashiyaCorpus             *self,
                                GPtrArray                 *files,
                                HashiyaCorpusProgressFunc  progress,
                                gpointer                   progress_data,
                                GDestroyNotify             progress_data_free,
                                GCancellable              *cancellable,
                                GAsyncReadyCallback        callback,
                                gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  AddData *data;

  g_return_if_fail (HASHIYA_IS_CORPUS (self));
  g_return_if_fail (files != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_add_files_async);
  /* Cancelled, it still says what it did before. */
  g_task_set_check_cancellable (task, FALSE);
  if (!_hashiya_corpus_check_writable (self, &error))
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data = g_new0 (AddData, 1);
  data->folder = g_object_ref (hashiya_corpus_get_folder (self));
  data->corpus_file = hashiya_corpus_file_copy (_hashiya_corpus_get_file (self));
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (data->files, g_object_ref (g_ptr_array_index (files, i)));
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_free = progress_data_free;
  data->context = g_main_context_ref_thread_default ();
  data->summary = g_new0 (HashiyaCorpusSummary, 1);
  data->summary->failures = g_ptr_array_new_with_free_func (g_free);
  g_weak_ref_init (&data->corpus, self);
  g_task_set_task_data (task, data, (GDestroyNotify) add_data_free);
  g_task_run_in_thread (task, add_thread);
}

/**
 * hashiya_corpus_add_files_finish:
 *
 * Returns: (transfer full): the summary, or %NULL with @error set (the
 *   corpus is read-only)
 */
HashiyaCorpusSummary *
hashiya_corpus_add_files_finish (HashiyaCorpus  *self,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The manifest */

typedef struct
{
  GFile             *folder;
  HashiyaCorpusFile *corpus_file;
  GHashTable        *listed;
  GFile             *manifest;
  GPtrArray         *written;
  GPtrArray         *rows;
  GPtrArray         *problems;
} ManifestData;

static void
manifest_data_free (ManifestData *data)
{
  g_clear_object (&data->folder);
  g_clear_pointer (&data->corpus_file, hashiya_corpus_file_free);
  g_clear_pointer (&data->listed, g_hash_table_unref);
  g_clear_object (&data->manifest);
  g_clear_pointer (&data->written, g_ptr_array_unref);
  g_clear_pointer (&data->rows, g_ptr_array_unref);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
manifest_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ManifestData *data = task_data;
  GError *error = NULL;

  data->problems = _hashiya_corpus_run_manifest (data->folder, data->corpus_file, data->listed, data->manifest,
                                                 data->written, data->rows, &error);
  if (data->problems == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * hashiya_corpus_import_manifest_async:
 *
 * Gives documents the metadata of a manifest, as
 * hashiya_corpus_import_manifest () does, on a worker thread.
 */
void
hashiya_corpus_import_manifest_async (HashiyaCorpus       *self,
                                      GFile               *manifest,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ManifestData *data;

  g_return_if_fail (HASHIYA_IS_CORPUS (self));
  g_return_if_fail (G_IS_FILE (manifest));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_import_manifest_async);
  if (!_hashiya_corpus_check_writable (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data = g_new0 (ManifestData, 1);
  data->folder = g_object_ref (hashiya_corpus_get_folder (self));
  data->corpus_file = hashiya_corpus_file_copy (_hashiya_corpus_get_file (self));
  data->listed = _hashiya_corpus_dup_path_set (self);
  data->manifest = g_object_ref (manifest);
  data->written = g_ptr_array_new_with_free_func (g_free);
  data->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _hashiya_corpus_row_free);
  g_task_set_task_data (task, data, (GDestroyNotify) manifest_data_free);
  g_task_run_in_thread (task, manifest_thread);
}

/**
 * hashiya_corpus_import_manifest_finish:
 * @n_changed: (out) (optional): how many documents were written
 * @problems: (out) (optional) (transfer full) (element-type utf8): the
 *   rows that were not taken, each "MANIFEST:LINE: why"
 *
 * Returns: %FALSE with @error set when the manifest as a whole could not
 *   be read (nothing was written then)
 */
gboolean
hashiya_corpus_import_manifest_finish (HashiyaCorpus  *self,
                                       GAsyncResult   *result,
                                       guint          *n_changed,
                                       GPtrArray     **problems,
                                       GError        **error)
{
  ManifestData *data;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (n_changed != NULL)
    *n_changed = 0;
  if (problems != NULL)
    *problems = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  data = g_task_get_task_data (G_TASK (result));
  for (guint i = 0; i < data->rows->len; i++)
    _hashiya_corpus_set_row (self, g_ptr_array_index (data->written, i), g_steal_pointer (&data->rows->pdata[i]));
  if (n_changed != NULL)
    *n_changed = data->rows->len;
  if (problems != NULL)
    *problems = g_steal_pointer (&data->problems);
  return TRUE;
}
