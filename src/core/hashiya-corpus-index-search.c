/* hashiya-corpus-index-search.c — a query across the corpus index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5 finds the documents and counts their hits from its positions
 * (hashiya_count ()); the hits to list are read from its tokens' byte
 * offsets (hashiya_hits ()), which are where hashiya_find () puts them.
 * Documents come in path order; their paths, titles and dates are read
 * once and kept until the database changes.
 */

#define G_LOG_DOMAIN "hashiya-index"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-corpus-index-private.h"

/* About how many code points of context on each side of a hit. */
#define CONTEXT_WIDTH 60

typedef struct
{
  HashiyaIndexEntry *entry;
  gint64             id;
  guint              n_hits;
} Found;

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *fa = a;
  const Found *fb = b;

  return strcmp (fa->entry->path, fb->entry->path);
}

void
hashiya_corpus_index_close_reader (HashiyaCorpusIndex *self)
{
  g_clear_pointer (&self->reader, hashiya_index_db_close);
  g_clear_pointer (&self->entries, g_hash_table_unref);
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

static GHashTable *
get_entries (HashiyaCorpusIndex  *self,
             HashiyaIndexDb      *db,
             GError             **error)
{
  gint64 version = hashiya_index_db_get_data_version (db);

  if (self->entries == NULL || version != self->entries_version || version < 0)
    {
      g_clear_pointer (&self->entries, g_hash_table_unref);
      self->entries = hashiya_index_db_read_entries (db, error);
      self->entries_version = version;
    }
  return self->entries;
}

/* Lists the hits of one document, up to @limit in all. */
static gboolean
list_hits (HashiyaSearchResults  *results,
           HashiyaIndexDb        *db,
           HashiyaSearchQuery    *query,
           const Found           *found,
           guint                  limit,
           guint                 *listed,
           guint                 *n_hits,
           GError               **error)
{
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(GArray) hits = NULL;

  if (!hashiya_index_db_hits (db, query, found->id, &text, &hits, error))
    return FALSE;
  *n_hits = hits->len / 2;
  for (guint i = 0; i + 1 < hits->len && (limit == 0 || *listed < limit); i += 2)
    {
      guint start = g_array_index (hits, guint, i);
      guint end = g_array_index (hits, guint, i + 1);
      g_autofree char *word = hashiya_text_slice (text, start, end);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(HashiyaSearchHit) hit = NULL;

      hashiya_search_context (text, start, end, CONTEXT_WIDTH, &before, &after);
      hit = hashiya_search_hit_new (found->entry->path, found->entry->title, found->entry->date, start, end, word,
                                    before, after);
      hashiya_search_results_add_hit (results, hit);
      (*listed)++;
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
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) found = NULL;
  HashiyaIndexDb *db;
  GHashTable *entries;
  guint listed = 0;

  db = get_reader (self, error);
  if (db == NULL)
    return NULL;
  matches = hashiya_index_db_match (db, query, error);
  if (matches == NULL)
    return NULL;
  entries = get_entries (self, db, error);
  if (entries == NULL)
    return NULL;

  found = g_array_sized_new (FALSE, FALSE, sizeof (Found), matches->len);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaIndexMatch *match = &g_array_index (matches, HashiyaIndexMatch, i);
      Found one = { g_hash_table_lookup (entries, &match->id), match->id, match->n_hits };

      if (one.entry != NULL)
        g_array_append_val (found, one);
    }
  g_array_sort (found, compare_found);

  results = hashiya_search_results_new (query);
  for (guint i = 0; i < found->len; i++)
    {
      Found *one = &g_array_index (found, Found, i);
      guint n_hits = one->n_hits;

      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if ((limit == 0 || listed < limit) && !list_hits (results, db, query, one, limit, &listed, &n_hits, error))
        return NULL;
      if (n_hits > 0)
        hashiya_search_results_add_document (results, one->entry->path, one->entry->title, one->entry->date, n_hits);
    }
  return g_steal_pointer (&results);
}

/**
 * hashiya_corpus_index_search_query:
 *
 * The search, on the reader's connection: the read lock is taken here.
 */
HashiyaSearchResults *
hashiya_corpus_index_search_query (HashiyaCorpusIndex  *self,
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
