/* hashiya-corpus-index.c — the search index of a corpus: a cache in SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index of a corpus folder lives in the user's cache folder
 * (hashiya_corpus_cache_dir_for_folder ()/index.sqlite), never in the
 * folder, and is never the only copy of anything: delete it and the next
 * update makes it again. It holds each document's path, size, time,
 * SHA-256, metadata and counts, its mentions and relations, and the FTS5
 * index of its text (hashiya-fts5-tokenizer).
 *
 * Updates (hashiya-corpus-index-update.c) and searches
 * (hashiya-corpus-index-search.c) each have a connection of their own and
 * run on worker threads (the _async functions) or the caller's; updates
 * one at a time, searches one at a time, a search never waiting for an
 * update (write-ahead logging). Another program writing the same cache
 * is waited for. Bound to a HashiyaCorpus, the index reads again each
 * document the corpus says changed (::document-changed), at once.
 *
 * A cache that is missing, damaged, truncated or replaced while the index
 * is open is deleted and made again from the folder, never an error.
 */

#define G_LOG_DOMAIN "hashiya-index"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <unistd.h>

#include "hashiya-corpus-index-private.h"

G_DEFINE_FINAL_TYPE (HashiyaCorpusIndex, hashiya_corpus_index, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hashiya_corpus_index_dispose (GObject *object)
{
  HashiyaCorpusIndex *self = HASHIYA_CORPUS_INDEX (object);

  if (self->corpus != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->corpus, self);
      g_object_remove_weak_pointer (G_OBJECT (self->corpus), (gpointer *) &self->corpus);
      self->corpus = NULL;
    }

  G_OBJECT_CLASS (hashiya_corpus_index_parent_class)->dispose (object);
}

static void
hashiya_corpus_index_finalize (GObject *object)
{
  HashiyaCorpusIndex *self = HASHIYA_CORPUS_INDEX (object);

  g_clear_pointer (&self->writer, hashiya_index_db_close);
  g_clear_pointer (&self->reader, hashiya_index_db_close);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  if (self->temporary)
    hashiya_index_db_delete_files (self->db_path, NULL);
  g_clear_pointer (&self->known_paths, g_ptr_array_unref);
  g_clear_pointer (&self->refresh_paths, g_ptr_array_unref);
  g_mutex_clear (&self->write_lock);
  g_mutex_clear (&self->read_lock);
  g_mutex_clear (&self->paths_lock);
  g_clear_object (&self->folder);
  g_clear_object (&self->file);
  g_free (self->folder_path);
  g_free (self->db_path);
  g_main_context_unref (self->context);

  G_OBJECT_CLASS (hashiya_corpus_index_parent_class)->finalize (object);
}

static void
hashiya_corpus_index_class_init (HashiyaCorpusIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hashiya_corpus_index_dispose;
  object_class->finalize = hashiya_corpus_index_finalize;

  /**
   * HashiyaCorpusIndex::changed:
   *
   * The index changed (an update or a refresh wrote to it): searches
   * made before may be out of date. Emitted in the main context of the
   * thread that made the index.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hashiya_corpus_index_init (HashiyaCorpusIndex *self)
{
  g_mutex_init (&self->write_lock);
  g_mutex_init (&self->read_lock);
  g_mutex_init (&self->paths_lock);
  self->context = g_main_context_ref_thread_default ();
}

/* Without a cache folder (none can be made: a home that cannot be
 * written), the index lives in a file of its own in the temporary
 * folder, for as long as the index: searches still work, and the next
 * program reads the folder again. */
static void
use_temporary_file_if_needed (HashiyaCorpusIndex *self)
{
  g_autofree char *dir = g_path_get_dirname (self->db_path);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) == 0)
    return;
  fd = g_file_open_tmp ("hashiya-index-XXXXXX.sqlite", &path, &error);
  if (fd < 0)
    {
      g_debug ("%s: %s", self->db_path, error->message);
      return;
    }
  close (fd);
  g_debug ("%s: cannot make its folder; the index is %s", self->db_path, path);
  g_free (self->db_path);
  self->db_path = path;
  g_object_unref (self->file);
  self->file = g_file_new_for_path (path);
  self->temporary = TRUE;
}

/**
 * hashiya_corpus_index_new:
 * @folder: the corpus folder
 * @cache_file: (nullable): the database, or %NULL for
 *   `index.sqlite` in the folder's cache (hashiya_corpus_cache_dir_for_folder ())
 *
 * An index of the documents in @folder. Nothing is read or written until
 * the first update or search, but the cache's folder, made when it is not
 * there (when it cannot be, the index lives in a temporary file as long
 * as it does).
 */
HashiyaCorpusIndex *
hashiya_corpus_index_new (GFile *folder,
                          GFile *cache_file)
{
  HashiyaCorpusIndex *self;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (cache_file == NULL || G_IS_FILE (cache_file), NULL);

  self = g_object_new (HASHIYA_TYPE_CORPUS_INDEX, NULL);
  self->folder = g_object_ref (folder);
  self->folder_path = g_file_get_path (folder);
  if (cache_file != NULL)
    self->file = g_object_ref (cache_file);
  else
    {
      g_autoptr(GFile) dir = hashiya_corpus_cache_dir_for_folder (folder);

      self->file = g_file_get_child (dir, "index.sqlite");
    }
  self->db_path = g_file_get_path (self->file);
  use_temporary_file_if_needed (self);
  return self;
}

static void
document_changed_cb (HashiyaCorpusIndex    *self,
                     HashiyaCorpusDocument *document)
{
  hashiya_corpus_index_refresh (self, hashiya_corpus_document_get_path (document));
}

/**
 * hashiya_corpus_index_new_for_corpus:
 *
 * The index of @corpus, in its cache. Each document the corpus says
 * changed (::document-changed) is read again at once, on a worker thread;
 * an update without paths takes the corpus's documents.
 */
HashiyaCorpusIndex *
hashiya_corpus_index_new_for_corpus (HashiyaCorpus *corpus)
{
  HashiyaCorpusIndex *self;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), NULL);

  self = hashiya_corpus_index_new (hashiya_corpus_get_folder (corpus), NULL);
  self->corpus = corpus;
  g_object_add_weak_pointer (G_OBJECT (corpus), (gpointer *) &self->corpus);
  g_signal_connect_object (corpus, "document-changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

GFile *
hashiya_corpus_index_get_folder (HashiyaCorpusIndex *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), NULL);
  return self->folder;
}

/* The database file, in the user's cache folder. */
GFile *
hashiya_corpus_index_get_file (HashiyaCorpusIndex *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), NULL);
  return self->file;
}

/* The corpus the index follows, or %NULL. */
HashiyaCorpus *
hashiya_corpus_index_get_corpus (HashiyaCorpusIndex *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), NULL);
  return self->corpus;
}

/* The writer's connection, opened (or opened again, when the file was
 * replaced since) as needed; a file deleted or cut short behind the
 * index's back is made again. With the write lock held. */
HashiyaIndexDb *
hashiya_corpus_index_writer (HashiyaCorpusIndex  *self,
                             gboolean            *rebuilt,
                             GError             **error)
{
  *rebuilt = FALSE;
  if (self->writer != NULL && self->writer_generation == (guint) g_atomic_int_get (&self->generation))
    switch (hashiya_index_db_check (self->writer))
      {
      case HASHIYA_INDEX_DB_CURRENT:
        return self->writer;
      case HASHIYA_INDEX_DB_DAMAGED:
        hashiya_corpus_index_reset (self);
        *rebuilt = TRUE;
        break;
      case HASHIYA_INDEX_DB_REPLACED:
      default:
        break;
      }
  g_clear_pointer (&self->writer, hashiya_index_db_close);

  {
    gboolean bad = FALSE;

    self->writer_generation = (guint) g_atomic_int_get (&self->generation);
    self->writer = hashiya_index_db_open (self->db_path, &bad, error);
    *rebuilt |= bad;
  }
  return self->writer;
}

/* Deletes the cache, to be made again: its file, log and shared memory,
 * once both connections to it are closed. With the write lock held. */
void
hashiya_corpus_index_reset (HashiyaCorpusIndex *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->writer, hashiya_index_db_close);
  g_mutex_lock (&self->read_lock);
  hashiya_corpus_index_close_reader (self);
  if (!hashiya_index_db_delete_files (self->db_path, &error))
    g_warning ("%s", error->message);
  g_atomic_int_inc (&self->generation);
  g_mutex_unlock (&self->read_lock);
}

void
hashiya_corpus_index_set_known_paths (HashiyaCorpusIndex *self,
                                      GPtrArray          *paths)
{
  g_autoptr(GPtrArray) copy = g_ptr_array_new_full (paths->len, g_free);

  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (paths, i)));
  g_mutex_lock (&self->paths_lock);
  g_clear_pointer (&self->known_paths, g_ptr_array_unref);
  self->known_paths = g_steal_pointer (&copy);
  g_mutex_unlock (&self->paths_lock);
}

/* A copy of the paths of the last full update, or %NULL. */
GPtrArray *
hashiya_corpus_index_dup_known_paths (HashiyaCorpusIndex *self)
{
  GPtrArray *copy = NULL;

  g_mutex_lock (&self->paths_lock);
  if (self->known_paths != NULL)
    {
      copy = g_ptr_array_new_full (self->known_paths->len, g_free);
      for (guint i = 0; i < self->known_paths->len; i++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (self->known_paths, i)));
    }
  g_mutex_unlock (&self->paths_lock);
  return copy;
}

/* The paths of the corpus's documents, read in the calling thread. */
static GPtrArray *
corpus_paths (HashiyaCorpusIndex *self)
{
  GListModel *documents;
  GPtrArray *paths;
  guint n;

  if (self->corpus == NULL)
    return NULL;
  documents = hashiya_corpus_get_documents (self->corpus);
  n = g_list_model_get_n_items (documents);
  paths = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (documents, i);

      g_ptr_array_add (paths, g_strdup (hashiya_corpus_document_get_path (document)));
    }
  return paths;
}

static gboolean
emit_changed_cb (gpointer user_data)
{
  g_signal_emit (user_data, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* ::changed, in the index's main context, after what a worker wrote. */
static void
queue_changed (HashiyaCorpusIndex *self)
{
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_changed_cb, g_object_ref (self),
                              g_object_unref);
}

static gboolean
changed_anything (const HashiyaCorpusIndexSummary *summary)
{
  return summary->n_added + summary->n_updated + summary->n_removed + summary->n_unreadable > 0 || summary->rebuilt;
}

static gboolean
update (HashiyaCorpusIndex         *self,
        GPtrArray                  *paths,
        gboolean                    full,
        GCancellable               *cancellable,
        HashiyaIndexProgress       *progress,
        HashiyaCorpusIndexSummary  *summary,
        GError                    **error)
{
  HashiyaCorpusIndexSummary local = { 0 };
  gboolean ok;

  g_mutex_lock (&self->write_lock);
  ok = hashiya_corpus_index_update_locked (self, paths, full, cancellable, progress, &local, error);
  g_mutex_unlock (&self->write_lock);
  if (ok && changed_anything (&local))
    queue_changed (self);
  if (summary != NULL)
    *summary = local;
  return ok;
}

/**
 * hashiya_corpus_index_update:
 * @paths: (nullable) (element-type utf8): every document of the corpus,
 *   as paths relative to its folder; %NULL for the documents of the
 *   corpus the index follows
 * @progress: (nullable) (scope call): told how far it is, in this thread
 * @summary: (out caller-allocates) (optional): what was done
 *
 * Brings the index in step with the folder: reads each document whose
 * size, time (or then bytes) changed, and forgets those not in @paths.
 * A cache that is no good is made again (@summary->rebuilt). Blocks: the
 * window calls hashiya_corpus_index_update_async ().
 *
 * Returns: %FALSE with @error set when the cache cannot be written, or
 *   when @cancellable was cancelled (what was done is kept)
 */
gboolean
hashiya_corpus_index_update (HashiyaCorpusIndex         *self,
                             GPtrArray                  *paths,
                             GCancellable               *cancellable,
                             HashiyaCorpusProgressFunc   progress,
                             gpointer                    progress_data,
                             HashiyaCorpusIndexSummary  *summary,
                             GError                    **error)
{
  g_autoptr(GPtrArray) own_paths = NULL;
  HashiyaIndexProgress told = { progress, progress_data, NULL, 0 };

  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), FALSE);
  g_return_val_if_fail (paths != NULL || self->corpus != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (paths == NULL)
    paths = own_paths = corpus_paths (self);
  return update (self, paths, TRUE, cancellable, &told, summary, error);
}

typedef struct
{
  GPtrArray                 *paths;
  gboolean                   full;
  HashiyaIndexProgress       progress;
  GDestroyNotify             progress_data_free;
  HashiyaCorpusIndexSummary  summary;
} UpdateTask;

static void
update_task_free (gpointer data)
{
  UpdateTask *task = data;

  g_ptr_array_unref (task->paths);
  if (task->progress.context != NULL)
    g_main_context_unref (task->progress.context);
  if (task->progress_data_free != NULL)
    task->progress_data_free (task->progress.data);
  g_free (task);
}

static void
update_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  HashiyaCorpusIndex *self = source_object;
  UpdateTask *data = task_data;
  GError *error = NULL;

  if (update (self, data->paths, data->full, cancellable, &data->progress, &data->summary, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  g_atomic_int_add (&self->n_pending, -1);
}

static void
start_update (HashiyaCorpusIndex        *self,
              GPtrArray                 *paths,
              gboolean                   full,
              GCancellable              *cancellable,
              HashiyaCorpusProgressFunc  progress,
              gpointer                   progress_data,
              GDestroyNotify             progress_data_free,
              GAsyncReadyCallback        callback,
              gpointer                   user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  UpdateTask *data = g_new0 (UpdateTask, 1);

  data->paths = paths;
  data->full = full;
  data->progress.func = progress;
  data->progress.data = progress_data;
  data->progress.context = progress != NULL ? g_main_context_ref_thread_default () : NULL;
  data->progress_data_free = progress_data_free;
  g_task_set_source_tag (task, start_update);
  g_task_set_task_data (task, data, update_task_free);
  g_atomic_int_inc (&self->n_pending);
  g_task_run_in_thread (task, update_thread);
}

/**
 * hashiya_corpus_index_update_async:
 * @paths: (nullable) (element-type utf8): as for
 *   hashiya_corpus_index_update (); read now, in the calling thread
 * @progress: (nullable): told how far it is, in the thread-default main
 *   context of the caller
 *
 * hashiya_corpus_index_update () on a worker thread.
 */
void
hashiya_corpus_index_update_async (HashiyaCorpusIndex        *self,
                                   GPtrArray                 *paths,
                                   GCancellable              *cancellable,
                                   HashiyaCorpusProgressFunc  progress,
                                   gpointer                   progress_data,
                                   GDestroyNotify             progress_data_free,
                                   GAsyncReadyCallback        callback,
                                   gpointer                   user_data)
{
  GPtrArray *copy;

  g_return_if_fail (HASHIYA_IS_CORPUS_INDEX (self));
  g_return_if_fail (paths != NULL || self->corpus != NULL);

  if (paths == NULL)
    copy = corpus_paths (self);
  else
    {
      copy = g_ptr_array_new_full (paths->len, g_free);
      for (guint i = 0; i < paths->len; i++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (paths, i)));
    }
  start_update (self, copy, TRUE, cancellable, progress, progress_data, progress_data_free, callback, user_data);
}

gboolean
hashiya_corpus_index_update_finish (HashiyaCorpusIndex         *self,
                                    GAsyncResult               *result,
                                    HashiyaCorpusIndexSummary  *summary,
                                    GError                    **error)
{
  GTask *task;

  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  task = G_TASK (result);
  if (summary != NULL)
    *summary = ((UpdateTask *) g_task_get_task_data (task))->summary;
  return g_task_propagate_boolean (task, error);
}

/* Reads again the documents asked for, until none is left: one worker
 * for any number of refreshes, so that many at once (a catalogue edit
 * across the corpus) never keep a search waiting for a thread. */
static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  HashiyaCorpusIndex *self = source_object;

  for (;;)
    {
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GError) error = NULL;

      g_mutex_lock (&self->paths_lock);
      paths = g_steal_pointer (&self->refresh_paths);
      if (paths == NULL)
        self->refreshing = FALSE;
      g_mutex_unlock (&self->paths_lock);
      if (paths == NULL)
        break;
      if (!update (self, paths, FALSE, NULL, NULL, NULL, &error))
        g_warning ("%s", error->message);
      g_atomic_int_add (&self->n_pending, -(int) paths->len);
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * hashiya_corpus_index_refresh:
 * @path: a document's path relative to the folder
 *
 * Reads the document at @path again (or forgets it, when it is gone), on
 * a worker thread, at once; ::changed says when it is done.
 */
void
hashiya_corpus_index_refresh (HashiyaCorpusIndex *self,
                              const char         *path)
{
  gboolean start;

  g_return_if_fail (HASHIYA_IS_CORPUS_INDEX (self));
  g_return_if_fail (path != NULL);

  g_atomic_int_inc (&self->n_pending);
  g_mutex_lock (&self->paths_lock);
  if (self->refresh_paths == NULL)
    self->refresh_paths = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->refresh_paths, g_strdup (path));
  start = !self->refreshing;
  self->refreshing = TRUE;
  g_mutex_unlock (&self->paths_lock);

  if (start)
    {
      g_autoptr(GTask) task = g_task_new (self, NULL, NULL, NULL);

      g_task_set_source_tag (task, hashiya_corpus_index_refresh);
      g_task_run_in_thread (task, refresh_thread);
    }
}

/* How many updates and refreshes are under way or waiting. */
guint
hashiya_corpus_index_get_n_pending (HashiyaCorpusIndex *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), 0);
  return (guint) g_atomic_int_get (&self->n_pending);
}

/* Brings the cache in step again with the paths of the last full update,
 * after a search found it missing documents; @damaged, deletes it first. */
static void
rebuild (HashiyaCorpusIndex *self,
         gboolean            damaged,
         GCancellable       *cancellable)
{
  g_autoptr(GPtrArray) paths = hashiya_corpus_index_dup_known_paths (self);
  g_autoptr(GError) error = NULL;

  g_mutex_lock (&self->write_lock);
  if (damaged)
    hashiya_corpus_index_reset (self);
  if (paths != NULL &&
      !hashiya_corpus_index_update_locked (self, paths, TRUE, cancellable, NULL, NULL, &error))
    g_debug ("%s: %s", self->db_path, error->message);
  g_mutex_unlock (&self->write_lock);
  queue_changed (self);
}

static HashiyaSearchResults *
search (HashiyaCorpusIndex  *self,
        HashiyaSearchQuery  *query,
        guint                limit,
        GCancellable        *cancellable,
        GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  HashiyaSearchResults *results;

  results = hashiya_corpus_index_search_query (self, query, limit, cancellable, &local_error);
  if (results == NULL &&
      (hashiya_index_db_error_is_fault (local_error) ||
       g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED)))
    {
      g_debug ("%s: %s; bringing it in step", self->db_path, local_error->message);
      rebuild (self, hashiya_index_db_error_is_fault (local_error), cancellable);
      g_clear_error (&local_error);
      results = hashiya_corpus_index_search_query (self, query, limit, cancellable, &local_error);
    }
  if (results == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return results;
}

/**
 * hashiya_corpus_index_search:
 * @query: a query (hashiya_search_query_new ())
 * @limit: how many hits at most to list, or 0 for all of them
 *
 * Searches the index: the documents @query finds, each with its number of
 * hits, and the hits themselves (the first @limit of them, in document
 * path order, then text order), each with its context. What it finds is
 * what hashiya_find () finds in each document. A cache found damaged, or
 * deleted since it was opened, is made again from the folder first.
 *
 * Returns: (transfer full) (nullable): the results, or %NULL with @error
 *   set: a query that cannot be read, or a cache that cannot be read
 */
HashiyaSearchResults *
hashiya_corpus_index_search (HashiyaCorpusIndex  *self,
                             const char          *query,
                             guint                limit,
                             GCancellable        *cancellable,
                             GError             **error)
{
  g_autoptr(HashiyaSearchQuery) parsed = NULL;

  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parsed = hashiya_search_query_new (query, error);
  if (parsed == NULL)
    return NULL;
  return search (self, parsed, limit, cancellable, error);
}

typedef struct
{
  HashiyaSearchQuery *query;
  guint               limit;
} SearchTask;

static void
search_task_free (gpointer data)
{
  SearchTask *task = data;

  hashiya_search_query_unref (task->query);
  g_free (task);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchTask *data = task_data;
  GError *error = NULL;
  HashiyaSearchResults *results = search (source_object, data->query, data->limit, cancellable, &error);

  if (results != NULL)
    g_task_return_pointer (task, results, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_corpus_index_search_async:
 *
 * hashiya_corpus_index_search () on a worker thread: a search while the
 * reader types never holds up the window. A query that cannot be read
 * fails at once.
 */
void
hashiya_corpus_index_search_async (HashiyaCorpusIndex  *self,
                                   const char          *query,
                                   guint                limit,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaSearchQuery *parsed;
  SearchTask *data;

  g_return_if_fail (HASHIYA_IS_CORPUS_INDEX (self));
  g_return_if_fail (query != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_index_search_async);
  parsed = hashiya_search_query_new (query, &error);
  if (parsed == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  data = g_new0 (SearchTask, 1);
  data->query = parsed;
  data->limit = limit;
  g_task_set_task_data (task, data, search_task_free);
  g_task_run_in_thread (task, search_thread);
}

HashiyaSearchResults *
hashiya_corpus_index_search_finish (HashiyaCorpusIndex  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_INDEX (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
