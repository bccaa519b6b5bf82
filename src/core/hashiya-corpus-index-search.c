/* hashiya-corpus-index-search.c — a query across the corpus index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5 finds the documents and counts their hits from its positions
 * (hashiya_count ()); the hits to list are read from its tokens' byte
 * offsets (hashiya_hits ()), which are where hashiya_find () puts them.
 * Documents come in path order; their paths, titles and dates, and that
 * order, are read once and kept until the database changes.
 */

#define G_LOG_DOMAIN "hashiya-index"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-corpus-index-private.h"

/* About how many code points of context on each side of a hit. */
#define CONTEXT_WIDTH 60

/* A document the query finds. */
typedef struct
{
  HashiyaIndexEntry *entry;
  gint64             id;
  guint              n_hits;
  GPtrArray         *hits;         /* HashiyaSearchHit, when read */
} Found;

static void
clear_found (gpointer data)
{
  Found *found = data;

  g_clear_pointer (&found->hits, g_ptr_array_unref);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const HashiyaIndexEntry *ea = *(HashiyaIndexEntry * const *) a;
  const HashiyaIndexEntry *eb = *(HashiyaIndexEntry * const *) b;

  return strcmp (ea->path, eb->path);
}

static gboolean
has_known_paths (HashiyaCorpusIndex *self)
{
  gboolean known;

  g_mutex_lock (&self->paths_lock);
  known = self->known_paths != NULL && self->known_paths->len > 0;
  g_mutex_unlock (&self->paths_lock);
  return known;
}

/* The reader's connection, with the read lock held. A file deleted or
 * cut short behind the index's back is a fault (INVALID_DATA: made
 * again); a fresh empty one where documents were indexed is to be
 * filled (NOT_INITIALIZED). */
static HashiyaIndexDb *
get_reader (HashiyaCorpusIndex  *self,
            GError             **error)
{
  guint generation = (guint) g_atomic_int_get (&self->generation);
  gboolean rebuilt = FALSE;

  if (self->reader != NULL && self->reader_generation == generation)
    switch (hashiya_index_db_check (self->reader))
      {
      case HASHIYA_INDEX_DB_CURRENT:
        return self->reader;
      case HASHIYA_INDEX_DB_DAMAGED:
        hashiya_corpus_index_close_reader (self);
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("the search index was deleted or cut short"));
        return NULL;
      case HASHIYA_INDEX_DB_REPLACED:
      default:
        break;
      }
  hashiya_corpus_index_close_reader (self);

  self->reader = hashiya_index_db_open (self->db_path, &rebuilt, error);
  self->reader_generation = generation;
  if (self->reader == NULL)
    return NULL;
  if ((rebuilt || hashiya_index_db_count_documents (self->reader, NULL) == 0) && has_known_paths (self))
    {
      hashiya_corpus_index_close_reader (self);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("the search index is empty"));
      return NULL;
    }
  return self->reader;
}

/* The documents' paths, titles and dates, and their path order; read
 * again when the database changed. */
static GPtrArray *
get_entries (HashiyaCorpusIndex  *self,
             HashiyaIndexDb      *db,
             GError             **error)
{
  gint64 version = hashiya_index_db_get_data_version (db);
  g_autoptr(GPtrArray) sorted = NULL;

  if (self->entries != NULL && version == self->entries_version && version >= 0)
    return self->entries;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  self->entries = hashiya_index_db_read_entries (db, error);
  self->entries_version = version;
  if (self->entries == NULL)
    return NULL;

  sorted = g_ptr_array_sized_new (self->entries->len);
  for (guint i = 0; i < self->entries->len; i++)
    if (g_ptr_array_index (self->entries, i) != NULL)
      g_ptr_array_add (sorted, g_ptr_array_index (self->entries, i));
  g_ptr_array_sort (sorted, compare_entries);
  for (guint i = 0; i < sorted->len; i++)
    ((HashiyaIndexEntry *) g_ptr_array_index (sorted, i))->rank = i;
  self->n_entries = sorted->len;
  return self->entries;
}

/* The documents found, each in its place in path order (an empty place
 * for one not found). */
typedef struct
{
  Found      *found;
  guint       n_places;
  GPtrArray  *entries;
  guint       limit;
} Reader;

static Found *
find_place (Reader *reader,
            gint64  id)
{
  HashiyaIndexEntry *entry = id >= 0 && (guint64) id < reader->entries->len ? g_ptr_array_index (reader->entries, id) : NULL;
  Found *found;

  if (entry == NULL || entry->rank >= reader->n_places)
    return NULL;
  found = &reader->found[entry->rank];
  found->entry = entry;
  found->id = id;
  return found;
}

/* A document's hits, each with the words around it: at most @limit. */
static gboolean
read_hits_cb (gint64       id,
              HashiyaText *text,
              GArray      *hits,
              gpointer     user_data)
{
  Reader *reader = user_data;
  Found *found = find_place (reader, id);

  if (found == NULL)
    return TRUE;
  found->n_hits = hits->len / 2;
  g_clear_pointer (&found->hits, g_ptr_array_unref);
  found->hits = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i + 1 < hits->len && (reader->limit == 0 || found->hits->len < reader->limit); i += 2)
    {
      guint start = g_array_index (hits, guint, i);
      guint end = g_array_index (hits, guint, i + 1);
      g_autofree char *word = hashiya_text_slice (text, start, end);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      hashiya_search_context (text, start, end, CONTEXT_WIDTH, &before, &after);
      g_ptr_array_add (found->hits, hashiya_search_hit_new (found->entry->path, found->entry->title, found->entry->date,
                                                            start, end, word, before, after));
    }
  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 ia = *(const gint64 *) a;
  gint64 ib = *(const gint64 *) b;

  return ia < ib ? -1 : ia > ib;
}

/* The hits of the first documents in path order, enough for @limit hits:
 * their counts say which; a pass over the match reads those. */
static gboolean
read_first_hits (Reader              *reader,
                 HashiyaIndexDb      *db,
                 HashiyaSearchQuery  *query,
                 GCancellable        *cancellable,
                 GError             **error)
{
  guint next = 0, listed = 0;

  while (next < reader->n_places && listed < reader->limit)
    {
      g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint planned = listed, first = next;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      for (; next < reader->n_places && planned < reader->limit; next++)
        if (reader->found[next].entry != NULL)
          {
            g_array_append_val (wanted, reader->found[next].id);
            planned += reader->found[next].n_hits;
          }
      g_array_sort (wanted, compare_ids);
      if (!hashiya_index_db_hits (db, query, wanted, read_hits_cb, reader, error))
        return FALSE;
      /* A count from positions may be more than the hits there are. */
      for (guint i = first; i < next; i++)
        listed += reader->found[i].n_hits;
    }
  return TRUE;
}

static HashiyaSearchResults *
search_locked (HashiyaCorpusIndex  *self,
               HashiyaSearchQuery  *query,
               guint                limit,
               GCancellable        *cancellable,
               GError             **error)
{
  g_autoptr(HashiyaSearchResults) results = NULL;
  g_autofree Found *found = NULL;
  Reader reader = { NULL, 0, NULL, limit };
  HashiyaIndexDb *db;
  gboolean ok = TRUE;
  guint listed = 0;

  db = get_reader (self, error);
  if (db == NULL)
    return NULL;
  reader.entries = get_entries (self, db, error);
  if (reader.entries == NULL)
    return NULL;
  reader.n_places = self->n_entries;
  reader.found = found = g_new0 (Found, MAX (reader.n_places, 1));

  if (limit == 0)
    /* Every hit: one pass reads them all. */
    ok = hashiya_index_db_hits (db, query, NULL, read_hits_cb, &reader, error);
  else
    {
      g_autoptr(GArray) matches = hashiya_index_db_match (db, query, error);

      ok = matches != NULL;
      for (guint i = 0; ok && i < matches->len; i++)
        {
          HashiyaIndexMatch *match = &g_array_index (matches, HashiyaIndexMatch, i);
          Found *place = find_place (&reader, match->id);

          if (place != NULL)
            place->n_hits = match->n_hits;
        }
      ok = ok && read_first_hits (&reader, db, query, cancellable, error);
    }

  if (ok)
    {
      results = hashiya_search_results_new (query);
      for (guint i = 0; i < reader.n_places; i++)
        {
          Found *one = &found[i];

          if (one->entry == NULL || one->n_hits == 0)
            continue;
          for (guint h = 0; one->hits != NULL && h < one->hits->len && (limit == 0 || listed < limit); h++, listed++)
            hashiya_search_results_add_hit (results, g_ptr_array_index (one->hits, h));
          hashiya_search_results_add_document (results, one->entry->path, one->entry->title, one->entry->date,
                                               one->n_hits);
        }
    }
  for (guint i = 0; i < reader.n_places; i++)
    clear_found (&found[i]);
  return g_steal_pointer (&results);
}

/* The search, on the reader's connection: the read lock is taken here. */
static HashiyaSearchResults *
search_query (HashiyaCorpusIndex  *self,
                                   HashiyaSearchQuery  *query,
                                   guint                limit,
                                   GCancellable        *cancellable,
                                   GError             **error)
{
  HashiyaSearchResults *results;

  g_mutex_lock (&self->read_lock);
  results = search_locked (self, query, limit, cancellable, error);
  g_mutex_unlock (&self->read_lock);
  return results;
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
  hashiya_corpus_index_queue_changed (self);
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

  results = search_query (self, query, limit, cancellable, &local_error);
  if (results == NULL &&
      (hashiya_index_db_error_is_fault (local_error) ||
       g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED)))
    {
      g_debug ("%s: %s; bringing it in step", self->db_path, local_error->message);
      rebuild (self, hashiya_index_db_error_is_fault (local_error), cancellable);
      g_clear_error (&local_error);
      results = search_query (self, query, limit, cancellable, &local_error);
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
