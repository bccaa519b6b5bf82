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

#include <glib/gi18n-lib.h>
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
