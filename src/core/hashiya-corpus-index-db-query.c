/* hashiya-corpus-index-db-query.c — what the corpus index's database
 * answers: the documents it holds, and where a query finds them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-index"

#include "config.h"

#include <string.h>

#include "hashiya-corpus-index-db-private.h"

void
hashiya_index_state_free (HashiyaIndexState *state)
{
  if (state == NULL)
    return;
  g_free (state->sha256);
  g_free (state);
}

static char *
ref_string (const char *text)
{
  return text != NULL ? g_ref_string_new (text) : NULL;
}

static void
release_ref_string (char *text)
{
  if (text != NULL)
    g_ref_string_release (text);
}

void
hashiya_index_entry_free (HashiyaIndexEntry *entry)
{
  if (entry == NULL)
    return;
  release_ref_string (entry->path);
  release_ref_string (entry->title);
  release_ref_string (entry->date);
  release_ref_string (entry->source);
  g_free (entry);
}


/**
 * hashiya_index_db_read_states:
 *
 * Returns: (transfer full) (element-type utf8 HashiyaIndexState): each
 *   document's path and state
 */
GHashTable *
hashiya_index_db_read_states (HashiyaIndexDb  *db,
                              GError         **error)
{
  g_autoptr(GHashTable) states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) hashiya_index_state_free);
  sqlite3_stmt *statement = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);

  rc = sqlite3_prepare_v2 (db->sqlite, "SELECT id, path, size, mtime, sha256 FROM documents", -1, &statement, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      HashiyaIndexState *state = g_new0 (HashiyaIndexState, 1);

      state->id = sqlite3_column_int64 (statement, 0);
      state->size = (guint64) sqlite3_column_int64 (statement, 2);
      state->mtime = sqlite3_column_int64 (statement, 3);
      state->sha256 = g_strdup ((const char *) sqlite3_column_text (statement, 4));
      g_hash_table_insert (states, g_strdup ((const char *) sqlite3_column_text (statement, 1)), state);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (statement);
  if (rc != SQLITE_DONE)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return NULL;
    }
  return g_steal_pointer (&states);
}

guint
hashiya_index_db_count_documents (HashiyaIndexDb  *db,
                                  GError         **error)
{
  int n = 0;
  int rc;

  g_return_val_if_fail (db != NULL, 0);

  rc = _hashiya_index_db_query_int (db, "SELECT count (*) FROM documents", &n);
  if (rc != SQLITE_OK)
    _hashiya_index_db_set_error (error, db->sqlite, rc);
  return (guint) MAX (n, 0);
}


/* Changes when another connection commits (PRAGMA data_version). */
gint64
hashiya_index_db_get_data_version (HashiyaIndexDb *db)
{
  int version = -1;

  g_return_val_if_fail (db != NULL, -1);

  if (_hashiya_index_db_query_int (db, "PRAGMA data_version", &version) != SQLITE_OK)
    return -1;
  return version;
}

/**
 * hashiya_index_db_match:
 *
 * Returns: (transfer full) (element-type HashiyaIndexMatch): the
 *   documents @query finds, each with its number of hits
 */
GArray *
hashiya_index_db_match (HashiyaIndexDb      *db,
                        HashiyaSearchQuery  *query,
                        GError             **error)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (HashiyaIndexMatch));
  g_autofree char *expression = NULL;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  expression = hashiya_search_query_to_fts5 (query);
  statement = db->statements[STATEMENT_MATCH];
  sqlite3_bind_text (statement, 1, expression, -1, SQLITE_STATIC);
  sqlite3_bind_pointer (statement, 2, matches, HASHIYA_FTS5_COUNTS_POINTER, NULL);
  /* One step: hashiya_count () adds each document as it comes. */
  rc = sqlite3_step (statement);
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (rc != SQLITE_ROW)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return NULL;
    }
  return g_steal_pointer (&matches);
}

/**
 * hashiya_index_db_read_entries:
 *
 * Returns: (transfer full) (element-type HashiyaIndexEntry): every
 *   document at the index of its id (%NULL between them)
 */
GPtrArray *
hashiya_index_db_read_entries (HashiyaIndexDb  *db,
                               GError         **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_index_entry_free);
  sqlite3_stmt *statement = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);

  rc = sqlite3_prepare_v2 (db->sqlite, "SELECT id, path, title, date, source FROM documents", -1, &statement, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      HashiyaIndexEntry *entry;

      /* Ids are rowids, from 1, and few are ever skipped. */
      if (id < 0 || id > G_MAXINT32)
        {
          rc = SQLITE_CORRUPT;
          break;
        }
      entry = g_new0 (HashiyaIndexEntry, 1);
      entry->path = ref_string ((const char *) sqlite3_column_text (statement, 1));
      entry->title = ref_string ((const char *) sqlite3_column_text (statement, 2));
      entry->date = ref_string ((const char *) sqlite3_column_text (statement, 3));
      entry->source = ref_string ((const char *) sqlite3_column_text (statement, 4));
      if ((guint) id >= entries->len)
        g_ptr_array_set_size (entries, (guint) id + 1);
      g_ptr_array_index (entries, (guint) id) = entry;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (statement);
  if (rc != SQLITE_DONE)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/* A row's hits, from the offsets hashiya_hits () gives, in its text. */
static gboolean
call_hits (HashiyaIndexHitsFunc  func,
           gpointer              user_data,
           gint64                id,
           const char           *text,
           gsize                 n_text,
           const guint32        *offsets,
           gsize                 n_offsets)
{
  g_autoptr(HashiyaText) document = hashiya_text_new (text, n_text, NULL);
  g_autoptr(GArray) hits = NULL;

  if (document == NULL)
    return TRUE;
  hits = hashiya_search_hits_from_bytes (document, offsets, n_offsets);
  return func (id, document, hits, user_data);
}

/**
 * hashiya_index_db_hits:
 * @wanted: (nullable) (element-type gint64): the ids of the documents
 *   whose hits are wanted, sorted; %NULL for every document's
 * @func: (scope call): called with each document's text and hits (in code
 *   points), until it returns %FALSE
 *
 * Where @query finds the documents, from the index's tokens and offsets,
 * in one pass over the match.
 */
gboolean
hashiya_index_db_hits (HashiyaIndexDb        *db,
                       HashiyaSearchQuery    *query,
                       GArray                *wanted,
                       HashiyaIndexHitsFunc   func,
                       gpointer               user_data,
                       GError               **error)
{
  g_autofree char *expression = NULL;
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (query != NULL && func != NULL, FALSE);

  if (wanted != NULL && wanted->len == 0)
    return TRUE;
  expression = hashiya_search_query_to_fts5 (query);
  statement = db->statements[wanted != NULL ? STATEMENT_SOME_HITS : STATEMENT_HITS];
  sqlite3_bind_text (statement, 1, expression, -1, SQLITE_STATIC);
  sqlite3_bind_pointer (statement, 2, query, HASHIYA_FTS5_QUERY_POINTER, NULL);
  if (wanted != NULL)
    {
      sqlite3_bind_pointer (statement, 3, wanted, HASHIYA_FTS5_ROWIDS_POINTER, NULL);
      sqlite3_bind_int64 (statement, 4, g_array_index (wanted, gint64, 0));
      sqlite3_bind_int64 (statement, 5, g_array_index (wanted, gint64, wanted->len - 1));
    }

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      gboolean go_on = TRUE;

      if (wanted == NULL)
        go_on = call_hits (func, user_data, id, (const char *) sqlite3_column_text (statement, 1),
                           (gsize) sqlite3_column_bytes (statement, 1), sqlite3_column_blob (statement, 2),
                           (gsize) sqlite3_column_bytes (statement, 2) / sizeof (guint32));
      else if (sqlite3_column_type (statement, 1) == SQLITE_BLOB)
        {
          const guint8 *blob = sqlite3_column_blob (statement, 1);
          gsize n_blob = (gsize) sqlite3_column_bytes (statement, 1);
          guint32 n_offsets;

          if (n_blob < sizeof n_offsets)
            continue;
          memcpy (&n_offsets, blob, sizeof n_offsets);
          if (n_blob < (1 + (gsize) n_offsets) * sizeof (guint32))
            continue;
          {
            g_autofree guint32 *offsets = g_memdup2 (blob + sizeof n_offsets, n_offsets * sizeof (guint32));
            gsize text_at = (1 + (gsize) n_offsets) * sizeof (guint32);

            go_on = call_hits (func, user_data, id, (const char *) blob + text_at, n_blob - text_at, offsets, n_offsets);
          }
        }
      if (!go_on)
        {
          rc = SQLITE_DONE;
          break;
        }
    }
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (rc != SQLITE_DONE)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return FALSE;
    }
  return TRUE;
}
