/* hashiya-corpus-index-update.c — bringing the index in step with the folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An update compares each file's size and time with what the index has;
 * only a file that differs is read, and only a file whose bytes differ
 * (its SHA-256) is parsed and written again. A file is read between two
 * looks at it, and read again when it changed in between; files are
 * parsed outside any transaction and written a batch at a time, each
 * document whole. Then the update looks again at every file it covers,
 * and goes on while any differs from the index (a file changed or
 * deleted while the update ran): it ends with the index in step with
 * the folder as it then is.
 *
 * Runs on a worker thread (or the caller's), with the write lock held.
 */

#define G_LOG_DOMAIN "hashiya-index"

#include "config.h"

#include <glib/gstdio.h>

#include <errno.h>
#include <string.h>

#include "hashiya-corpus-index-private.h"
#include "hashiya-format.h"

/* Files written in one transaction, at most; and their text, at most. */
#define BATCH_FILES 64
#define BATCH_BYTES (4 * 1024 * 1024)
/* Rounds of looking again, at most, for files that keep changing. */
#define MAX_ROUNDS 4
/* Reads of one file, at most, while it keeps changing under the reader. */
#define MAX_READS 4
/* Progress told to another thread, at most this often (µs). */
#define PROGRESS_INTERVAL 50000

typedef struct
{
  guint64 size;
  gint64  mtime;
  dev_t   device;
  ino_t   inode;
} FileStat;

typedef enum
{
  PLAN_READ,
  PLAN_REMOVE,
} PlanKind;

typedef struct
{
  char     *path;
  PlanKind  kind;
} Plan;

/* A file as read: what to write for it. */
typedef struct
{
  char            *path;
  gboolean         gone;
  gboolean         same_bytes;
  gboolean         was_indexed;
  FileStat         file_stat;
  char            *sha256;
  HashiyaDocument *document;
  HashiyaText     *text;
  char            *problem;
  gsize            n_bytes;
} ReadFile;

static void
read_file_free (ReadFile *file)
{
  g_free (file->path);
  g_free (file->sha256);
  g_clear_object (&file->document);
  g_clear_pointer (&file->text, hashiya_text_unref);
  g_free (file->problem);
  g_free (file);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReadFile, read_file_free)

static void
plan_free (gpointer data)
{
  Plan *plan = data;

  g_free (plan->path);
  g_free (plan);
}

/* Returns FALSE with errno set when the file cannot be looked at. */
static gboolean
stat_file (const char *path,
           FileStat   *file_stat)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return FALSE;
  if (!S_ISREG (buf.st_mode))
    {
      errno = EISDIR;
      return FALSE;
    }
  file_stat->size = (guint64) buf.st_size;
  file_stat->mtime = (gint64) buf.st_mtim.tv_sec * G_USEC_PER_SEC + buf.st_mtim.tv_nsec / 1000;
  file_stat->device = buf.st_dev;
  file_stat->inode = buf.st_ino;
  return TRUE;
}

static gboolean
same_stat (const FileStat *a,
           const FileStat *b)
{
  return a->size == b->size && a->mtime == b->mtime && a->device == b->device && a->inode == b->inode;
}

static char *
local_path (HashiyaCorpusIndex *self,
            const char         *path)
{
  return g_build_filename (self->folder_path, path, NULL);
}

static void
tell_progress (HashiyaIndexProgress *progress,
               guint                 done,
               guint                 total,
               const char           *path);

/* Reads the file at @path: its bytes, between two looks that agree, and
 * what they say, unless they are the bytes the index has. */
static ReadFile *
read_file (HashiyaCorpusIndex *self,
           const char         *path,
           GHashTable         *states)
{
  g_autofree char *full = local_path (self, path);
  g_autofree char *contents = NULL;
  g_autoptr(ReadFile) file = g_new0 (ReadFile, 1);
  HashiyaIndexState *state = g_hash_table_lookup (states, path);
  gsize length = 0;

  file->path = g_strdup (path);
  file->was_indexed = state != NULL;

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) error = NULL;
      FileStat before, after;

      g_clear_pointer (&contents, g_free);
      g_clear_pointer (&file->problem, g_free);
      if (!stat_file (full, &before))
        {
          if (errno == ENOENT || errno == ENOTDIR)
            file->gone = TRUE;
          else
            file->problem = g_strdup (g_strerror (errno));
          return g_steal_pointer (&file);
        }
      if (!g_file_get_contents (full, &contents, &length, &error))
        {
          if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
            {
              file->gone = TRUE;
              return g_steal_pointer (&file);
            }
          file->problem = g_strdup (error->message);
        }
      if (stat_file (full, &after) && same_stat (&before, &after))
        {
          file->file_stat = after;
          break;
        }
      /* Changed (or gone) while it was read: read it again. */
      if (attempt + 1 == MAX_READS)
        {
          file->file_stat = before;
          break;
        }
    }

  if (file->problem != NULL)
    {
      file->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "", 0);
      return g_steal_pointer (&file);
    }

  file->n_bytes = length;
  file->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  if (state != NULL && g_strcmp0 (state->sha256, file->sha256) == 0)
    {
      file->same_bytes = TRUE;
      return g_steal_pointer (&file);
    }

  {
    g_autoptr(GError) error = NULL;

    if (g_str_has_suffix (path, ".hashiya"))
      {
        g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

        file->document = hashiya_format_read (bytes, path, &error);
      }
    else
      file->text = hashiya_text_new (contents, length, &error);
    if (error != NULL)
      file->problem = g_strdup (error->message);
  }
  return g_steal_pointer (&file);
}

/* What to do, round after round: read each file the index does not have
 * as it is, remove each it has and should not. */
static GPtrArray *
make_plan (HashiyaCorpusIndex        *self,
           GPtrArray                 *paths,
           gboolean                   full,
           GHashTable                *states,
           guint                     *n_unchanged)
{
  GPtrArray *plans = g_ptr_array_new_with_free_func (plan_free);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);

  *n_unchanged = 0;
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *full_path = NULL;
      HashiyaIndexState *state = g_hash_table_lookup (states, path);
      Plan *plan;
      FileStat now;

      if (!g_hash_table_add (wanted, (gpointer) path))
        continue;
      full_path = local_path (self, path);
      if (!stat_file (full_path, &now))
        {
          if ((errno == ENOENT || errno == ENOTDIR) && state == NULL)
            continue;
          plan = g_new0 (Plan, 1);
          plan->path = g_strdup (path);
          /* Gone: removed; there but cannot be looked at: read, to say why. */
          plan->kind = errno == ENOENT || errno == ENOTDIR ? PLAN_REMOVE : PLAN_READ;
          g_ptr_array_add (plans, plan);
          continue;
        }
      if (state != NULL && state->size == now.size && state->mtime == now.mtime)
        {
          (*n_unchanged)++;
          continue;
        }
      plan = g_new0 (Plan, 1);
      plan->path = g_strdup (path);
      plan->kind = PLAN_READ;
      g_ptr_array_add (plans, plan);
    }

  if (full)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, states);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (wanted, key))
          {
            Plan *plan = g_new0 (Plan, 1);

            plan->path = g_strdup (key);
            plan->kind = PLAN_REMOVE;
            g_ptr_array_add (plans, plan);
          }
    }

  return plans;
}

/* Writes a batch of files read, in one transaction. */
static gboolean
write_batch (HashiyaIndexDb             *db,
             GPtrArray                  *batch,
             HashiyaCorpusIndexSummary  *summary,
             GError                    **error)
{
  if (batch->len == 0)
    return TRUE;
  if (!hashiya_index_db_begin (db, error))
    return FALSE;

  for (guint i = 0; i < batch->len; i++)
    {
      ReadFile *file = g_ptr_array_index (batch, i);
      gboolean ok;

      if (file->gone)
        {
          ok = hashiya_index_db_remove (db, file->path, error);
          if (ok && file->was_indexed)
            summary->n_removed++;
        }
      else if (file->same_bytes)
        {
          ok = hashiya_index_db_touch (db, file->path, file->file_stat.size, file->file_stat.mtime, error);
          summary->n_unchanged++;
        }
      else
        {
          ok = hashiya_index_db_put (db, file->path, file->file_stat.size, file->file_stat.mtime, file->sha256,
                                     file->document, file->text, file->problem, error);
          if (file->problem != NULL)
            summary->n_unreadable++;
          else if (file->was_indexed)
            summary->n_updated++;
          else
            summary->n_added++;
        }
      if (!ok)
        {
          hashiya_index_db_rollback (db);
          return FALSE;
        }
    }

  if (!hashiya_index_db_commit (db, error))
    return FALSE;
  g_ptr_array_set_size (batch, 0);
  return TRUE;
}

static gboolean
run_plan (HashiyaCorpusIndex         *self,
          HashiyaIndexDb             *db,
          GPtrArray                  *plans,
          GHashTable                 *states,
          GCancellable               *cancellable,
          HashiyaIndexProgress       *progress,
          HashiyaCorpusIndexSummary  *summary,
          GError                    **error)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) read_file_free);
  gsize batch_bytes = 0;

  for (guint i = 0; i < plans->len; i++)
    {
      Plan *plan = g_ptr_array_index (plans, i);
      ReadFile *file;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          /* What was read so far is kept: each document is whole. */
          g_autoptr(GError) ignored = NULL;

          write_batch (db, batch, summary, &ignored);
          return FALSE;
        }
      tell_progress (progress, i, plans->len, plan->path);

      if (plan->kind == PLAN_REMOVE)
        {
          file = g_new0 (ReadFile, 1);
          file->path = g_strdup (plan->path);
          file->gone = TRUE;
          file->was_indexed = g_hash_table_contains (states, plan->path);
        }
      else
        file = read_file (self, plan->path, states);
      batch_bytes += file->n_bytes;
      g_ptr_array_add (batch, file);

      if ((batch->len >= BATCH_FILES || batch_bytes >= BATCH_BYTES) && !write_batch (db, batch, summary, error))
        return FALSE;
      if (batch->len == 0)
        batch_bytes = 0;
    }

  if (!write_batch (db, batch, summary, error))
    return FALSE;
  tell_progress (progress, plans->len, plans->len, NULL);
  return TRUE;
}

static gboolean
update_once (HashiyaCorpusIndex         *self,
             GPtrArray                  *paths,
             gboolean                    full,
             GCancellable               *cancellable,
             HashiyaIndexProgress       *progress,
             HashiyaCorpusIndexSummary  *summary,
             GError                    **error)
{
  HashiyaIndexDb *db;
  gboolean rebuilt = FALSE;
  GError *local_error = NULL;

  db = hashiya_corpus_index_writer (self, &rebuilt, error);
  if (db == NULL)
    return FALSE;
  summary->rebuilt |= rebuilt;

  for (guint round = 0; round < MAX_ROUNDS; round++)
    {
      g_autoptr(GHashTable) states = hashiya_index_db_read_states (db, error);
      g_autoptr(GPtrArray) plans = NULL;
      guint n_unchanged;

      if (states == NULL)
        return FALSE;
      plans = make_plan (self, paths, full, states, &n_unchanged);
      if (round == 0)
        summary->n_unchanged += n_unchanged;
      if (plans->len == 0)
        break;
      if (!run_plan (self, db, plans, states, cancellable, progress, summary, error))
        return FALSE;
    }

  summary->n_documents = hashiya_index_db_count_documents (db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_corpus_index_update_locked:
 * @paths: (element-type utf8): paths relative to the folder
 * @full: whether @paths are all the corpus's documents (any other the
 *   index has is removed) or only some of them
 *
 * The update, with the write lock held. A cache found damaged on the way
 * is deleted and the update made again on an empty one.
 */
gboolean
hashiya_corpus_index_update_locked (HashiyaCorpusIndex         *self,
                                    GPtrArray                  *paths,
                                    gboolean                    full,
                                    GCancellable               *cancellable,
                                    HashiyaIndexProgress       *progress,
                                    HashiyaCorpusIndexSummary  *summary,
                                    GError                    **error)
{
  HashiyaCorpusIndexSummary local = { 0 };

  if (full)
    hashiya_corpus_index_set_known_paths (self, paths);

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean rebuilt = local.rebuilt;

      memset (&local, 0, sizeof local);
      local.rebuilt = rebuilt;
      if (update_once (self, paths, full, cancellable, progress, &local, &local_error))
        break;
      if (attempt > 0 || !hashiya_index_db_error_is_fault (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_debug ("%s: %s; making it again", self->db_path, local_error->message);
      hashiya_corpus_index_reset (self);
      local.rebuilt = TRUE;
      /* Only some documents: the rest come back with the paths known. */
      if (!full)
        {
          g_autoptr(GPtrArray) known = hashiya_corpus_index_dup_known_paths (self);

          if (known != NULL)
            {
              for (guint i = 0; i < paths->len; i++)
                if (!g_ptr_array_find_with_equal_func (known, g_ptr_array_index (paths, i), g_str_equal, NULL))
                  g_ptr_array_add (known, g_strdup (g_ptr_array_index (paths, i)));
              if (!hashiya_corpus_index_update_locked (self, known, TRUE, cancellable, progress, &local, error))
                return FALSE;
              local.rebuilt = TRUE;
              break;
            }
        }
    }

  if (summary != NULL)
    *summary = local;
  return TRUE;
}

typedef struct
{
  HashiyaCorpusProgressFunc  func;
  gpointer                   data;
  guint                      done;
  guint                      total;
  char                      *path;
} ProgressCall;

static gboolean
progress_call_cb (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->func (call->done, call->total, call->path, call->data);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer user_data)
{
  ProgressCall *call = user_data;

  g_free (call->path);
  g_free (call);
}

static void
tell_progress (HashiyaIndexProgress *progress,
               guint                 done,
               guint                 total,
               const char           *path)
{
  ProgressCall *call;
  gint64 now;

  if (progress == NULL || progress->func == NULL)
    return;
  if (progress->context == NULL)
    {
      progress->func (done, total, path, progress->data);
      return;
    }

  /* To another thread: not more often than a frame or so. */
  now = g_get_monotonic_time ();
  if (done < total && done > 0 && now - progress->last_time < PROGRESS_INTERVAL)
    return;
  progress->last_time = now;

  call = g_new0 (ProgressCall, 1);
  call->func = progress->func;
  call->data = progress->data;
  call->done = done;
  call->total = total;
  call->path = g_strdup (path);
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, progress_call_cb, call, progress_call_free);
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
    hashiya_corpus_index_queue_changed (self);
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

