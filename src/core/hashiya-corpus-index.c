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
  g_clear_pointer (&self->entries, g_ptr_array_unref);
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

static gboolean
emit_changed_cb (gpointer user_data)
{
  g_signal_emit (user_data, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* ::changed, in the index's main context, after what a worker wrote. */
void
hashiya_corpus_index_queue_changed (HashiyaCorpusIndex *self)
{
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_changed_cb, g_object_ref (self),
                              g_object_unref);
}

/* Closes the reader's connection. With the read lock held. */
void
hashiya_corpus_index_close_reader (HashiyaCorpusIndex *self)
{
  g_clear_pointer (&self->reader, hashiya_index_db_close);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
}
