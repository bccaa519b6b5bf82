/* hashiya-corpus-index-db.c — the SQLite database a corpus index keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file under the user's cache folder: the documents (path, size,
 * time, SHA-256, metadata, counts, or why a file cannot be read), their
 * mentions and relations, the mentions of each actor in each, and an FTS5
 * table of the texts tokenized by Hashiya's tokenizer. Write-ahead
 * logging lets searches read while an update writes; other programs
 * writing the same file wait their turn (the busy timeout).
 *
 * The database is a cache and nothing else: a file that is not one, of
 * another version, damaged, cut short, deleted or replaced is a fault
 * (hashiya_index_db_error_is_fault ()), after which the index deletes it
 * and makes it again from the folder.
 */

#define G_LOG_DOMAIN "hashiya-index"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "hashiya-corpus-index-db-private.h"
#include "hashiya-enum-types.h"
#include "hashiya-fts5-tokenizer.h"
#include "hashiya-mention.h"
#include "hashiya-relation.h"
#include "hashiya-types.h"

#define SCHEMA_VERSION 1
#define USER_VERSION (SCHEMA_VERSION * 100 + HASHIYA_FTS5_TOKENIZER_VERSION)
/* How long a writer waits for another program's transaction, in ms. */
#define BUSY_TIMEOUT 60000

static const char schema[] =
  "CREATE TABLE documents ("
  "  id INTEGER PRIMARY KEY,"
  "  path TEXT NOT NULL UNIQUE,"
  "  size INTEGER NOT NULL,"
  "  mtime INTEGER NOT NULL,"
  "  sha256 TEXT NOT NULL,"
  "  title TEXT, source TEXT, date TEXT, url TEXT, tags TEXT,"
  "  characters INTEGER NOT NULL DEFAULT 0,"
  "  n_mentions INTEGER NOT NULL DEFAULT 0,"
  "  n_suggestions INTEGER NOT NULL DEFAULT 0,"
  "  n_relations INTEGER NOT NULL DEFAULT 0,"
  "  text_sha256 TEXT,"
  "  problem TEXT);"
  "CREATE INDEX documents_by_date ON documents (date);"
  "CREATE TABLE mentions ("
  "  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  id TEXT NOT NULL, actor TEXT NOT NULL, type TEXT, status TEXT,"
  "  start INTEGER NOT NULL, end INTEGER NOT NULL);"
  "CREATE INDEX mentions_by_document ON mentions (document);"
  "CREATE INDEX mentions_by_actor ON mentions (actor);"
  "CREATE TABLE relations ("
  "  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  id TEXT NOT NULL, type TEXT NOT NULL, source TEXT, target TEXT,"
  "  source_actor TEXT, target_actor TEXT, status TEXT, negated INTEGER NOT NULL DEFAULT 0,"
  "  modality TEXT, mode TEXT);"
  "CREATE INDEX relations_by_document ON relations (document);"
  "CREATE TABLE document_actors ("
  "  actor TEXT NOT NULL,"
  "  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
  "  mentions INTEGER NOT NULL,"
  "  PRIMARY KEY (actor, document)) WITHOUT ROWID;"
  "CREATE INDEX document_actors_by_document ON document_actors (document);"
  "CREATE VIRTUAL TABLE texts USING fts5 (text, tokenize = '" HASHIYA_FTS5_TOKENIZER "');";

static const char * const statement_sql[N_STATEMENTS] = {
  [STATEMENT_FIND_ID] = "SELECT id FROM documents WHERE path = ?1",
  [STATEMENT_DELETE_TEXT] = "DELETE FROM texts WHERE rowid = ?1",
  [STATEMENT_DELETE_DOCUMENT] = "DELETE FROM documents WHERE id = ?1",
  [STATEMENT_INSERT_DOCUMENT] =
    "INSERT INTO documents (path, size, mtime, sha256, title, source, date, url, tags, characters,"
    " n_mentions, n_suggestions, n_relations, text_sha256, problem)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
  [STATEMENT_INSERT_TEXT] = "INSERT INTO texts (rowid, text) VALUES (?1, ?2)",
  [STATEMENT_INSERT_MENTION] =
    "INSERT INTO mentions (document, id, actor, type, status, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [STATEMENT_INSERT_RELATION] =
    "INSERT INTO relations (document, id, type, source, target, source_actor, target_actor, status, negated,"
    " modality, mode) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  [STATEMENT_INSERT_ACTOR] = "INSERT INTO document_actors (actor, document, mentions) VALUES (?1, ?2, ?3)",
  [STATEMENT_TOUCH] = "UPDATE documents SET size = ?2, mtime = ?3 WHERE path = ?1",
  [STATEMENT_MATCH] = "SELECT count (*) FROM texts WHERE texts MATCH ?1 AND hashiya_count (texts, ?2) > 0",
  [STATEMENT_HITS] = "SELECT rowid, text, hashiya_hits (texts, ?2) FROM texts WHERE texts MATCH ?1",
  [STATEMENT_SOME_HITS] =
    "SELECT rowid, hashiya_hits (texts, ?2, ?3) FROM texts WHERE texts MATCH ?1 AND rowid BETWEEN ?4 AND ?5",
};

/* Errors that mean the file is no good as a cache: make it again. */
static gboolean
is_fault (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FORMAT:
    case SQLITE_SCHEMA:
      return TRUE;
    default:
      return FALSE;
    }
}

void
_hashiya_index_db_set_error (GError    **error,
           sqlite3    *sqlite,
           int         rc)
{
  GIOErrorEnum code = G_IO_ERROR_FAILED;

  if (is_fault (rc))
    code = G_IO_ERROR_INVALID_DATA;
  else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    code = G_IO_ERROR_BUSY;
  else if ((rc & 0xff) == SQLITE_FULL)
    code = G_IO_ERROR_NO_SPACE;
  else if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_PERM)
    code = G_IO_ERROR_PERMISSION_DENIED;

  g_set_error (error, G_IO_ERROR, code, _("the search index: %s"),
               sqlite != NULL && sqlite3_errcode (sqlite) == rc ? sqlite3_errmsg (sqlite) : sqlite3_errstr (rc));
}

/**
 * hashiya_index_db_error_is_fault:
 *
 * Whether @error says the database is no good (damaged, not a database,
 * gone): it is then deleted and made again.
 */
gboolean
hashiya_index_db_error_is_fault (const GError *error)
{
  return error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static int
exec (HashiyaIndexDb  *db,
      const char      *sql,
      GError         **error)
{
  int rc = sqlite3_exec (db->sqlite, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    _hashiya_index_db_set_error (error, db->sqlite, rc);
  return rc;
}

int
_hashiya_index_db_query_int (HashiyaIndexDb *db,
           const char     *sql,
           int            *value)
{
  sqlite3_stmt *statement = NULL;
  int rc = sqlite3_prepare_v2 (db->sqlite, sql, -1, &statement, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (statement);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (statement, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (statement);
  return rc;
}

/* What the file is now, to tell later whether it is still the one open. */
static gboolean
stat_file (const char *path,
           GStatBuf   *buf)
{
  return g_stat (path, buf) == 0;
}

static void
remember_file (HashiyaIndexDb *db)
{
  GStatBuf buf;

  if (!stat_file (db->path, &buf))
    return;
  db->device = buf.st_dev;
  db->inode = buf.st_ino;
  db->size = MAX (db->size, (goffset) buf.st_size);
}

/**
 * hashiya_index_db_check:
 *
 * Whether the file @db has open is still the file at its path: else it
 * was replaced (another program made it again: open the new one), or
 * deleted or cut shorter than it was behind the index's back (damaged:
 * make it again).
 */
HashiyaIndexDbState
hashiya_index_db_check (HashiyaIndexDb *db)
{
  GStatBuf buf;

  g_return_val_if_fail (db != NULL, HASHIYA_INDEX_DB_DAMAGED);

  if (!stat_file (db->path, &buf))
    return HASHIYA_INDEX_DB_DAMAGED;
  if (buf.st_dev != db->device || buf.st_ino != db->inode)
    return HASHIYA_INDEX_DB_REPLACED;
  if ((goffset) buf.st_size < db->size)
    return HASHIYA_INDEX_DB_DAMAGED;
  return HASHIYA_INDEX_DB_CURRENT;
}

static void
close_sqlite (HashiyaIndexDb *db)
{
  for (guint i = 0; i < N_STATEMENTS; i++)
    g_clear_pointer (&db->statements[i], sqlite3_finalize);
  if (db->sqlite != NULL)
    sqlite3_close_v2 (db->sqlite);
  db->sqlite = NULL;
}

void
hashiya_index_db_close (HashiyaIndexDb *db)
{
  if (db == NULL)
    return;

  close_sqlite (db);
  g_free (db->path);
  g_free (db);
}

const char *
hashiya_index_db_get_path (HashiyaIndexDb *db)
{
  g_return_val_if_fail (db != NULL, NULL);
  return db->path;
}

/**
 * hashiya_index_db_delete_files:
 *
 * Deletes the database at @path, with its write-ahead log and shared
 * memory. A file that is not there is no error.
 */
gboolean
hashiya_index_db_delete_files (const char  *path,
                               GError     **error)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("cannot delete the search index %s: %s"), file, g_strerror (saved_errno));
          return FALSE;
        }
    }
  return TRUE;
}

/* Opens the file as it is, and makes the tables in it when it is new.
 * Any fault is for the caller to mend. */
static gboolean
open_sqlite (HashiyaIndexDb  *db,
             GError         **error)
{
  int version = -1;
  int n_tables = 0;
  int rc;

  rc = sqlite3_open_v2 (db->path, &db->sqlite, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return FALSE;
    }
  sqlite3_extended_result_codes (db->sqlite, TRUE);
  sqlite3_busy_timeout (db->sqlite, BUSY_TIMEOUT);
  if (!hashiya_fts5_register (db->sqlite, error))
    return FALSE;

  /* Reading the header first: a file that is not a database says so here. */
  if ((rc = _hashiya_index_db_query_int (db, "PRAGMA user_version", &version)) != SQLITE_OK ||
      (rc = _hashiya_index_db_query_int (db, "SELECT count (*) FROM sqlite_master", &n_tables)) != SQLITE_OK)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return FALSE;
    }
  if (version != 0 && version != USER_VERSION)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("the search index is of another version (%d, not %d)"), version, USER_VERSION);
      return FALSE;
    }

  if (exec (db, "PRAGMA journal_mode = WAL;"
                "PRAGMA synchronous = NORMAL;"
                "PRAGMA foreign_keys = ON;", error) != SQLITE_OK)
    return FALSE;

  if (version == 0)
    {
      /* Another program may be making it at the same time: the first
       * to take the write lock does, the other finds it made. */
      if (exec (db, "BEGIN IMMEDIATE", error) != SQLITE_OK)
        return FALSE;
      if ((rc = _hashiya_index_db_query_int (db, "PRAGMA user_version", &version)) != SQLITE_OK)
        {
          _hashiya_index_db_set_error (error, db->sqlite, rc);
          hashiya_index_db_rollback (db);
          return FALSE;
        }
      if (version == 0)
        {
          g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", USER_VERSION);

          if (n_tables > 0)
            {
              /* Tables without a version: not ours. */
              hashiya_index_db_rollback (db);
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                   _("the search index holds tables of something else"));
              return FALSE;
            }
          if (exec (db, schema, error) != SQLITE_OK || exec (db, set_version, error) != SQLITE_OK)
            {
              hashiya_index_db_rollback (db);
              return FALSE;
            }
        }
      if (exec (db, "COMMIT", error) != SQLITE_OK)
        {
          hashiya_index_db_rollback (db);
          return FALSE;
        }
    }

  for (guint i = 0; i < N_STATEMENTS; i++)
    {
      rc = sqlite3_prepare_v3 (db->sqlite, statement_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &db->statements[i], NULL);
      if (rc != SQLITE_OK)
        {
          _hashiya_index_db_set_error (error, db->sqlite, rc);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * hashiya_index_db_open:
 * @path: where the database is, or is to be
 * @rebuilt: (out) (optional): set when a file was there that was no
 *   good, and was made again, empty
 *
 * Opens the database at @path, making it when it is not there, and
 * making it again, empty, when the file there is not one, is of another
 * version or is damaged.
 *
 * Returns: (transfer full) (nullable): the database, or %NULL with @error
 *   set when it cannot be made at all (its folder cannot be written)
 */
HashiyaIndexDb *
hashiya_index_db_open (const char  *path,
                       gboolean    *rebuilt,
                       GError     **error)
{
  g_autofree char *dir = NULL;
  HashiyaIndexDb *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (rebuilt != NULL)
    *rebuilt = FALSE;
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("cannot make the folder of the search index %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  db = g_new0 (HashiyaIndexDb, 1);
  db->path = g_strdup (path);
  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (open_sqlite (db, &local_error))
        break;
      close_sqlite (db);
      if (attempt > 0 || !hashiya_index_db_error_is_fault (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          hashiya_index_db_close (db);
          return NULL;
        }
      g_debug ("%s: %s; making it again", path, local_error->message);
      if (!hashiya_index_db_delete_files (path, error))
        {
          hashiya_index_db_close (db);
          return NULL;
        }
      if (rebuilt != NULL)
        *rebuilt = TRUE;
    }

  remember_file (db);
  return db;
}

/* Runs a statement without rows to its end, and resets it. */
static gboolean
step_done (HashiyaIndexDb  *db,
           sqlite3_stmt    *statement,
           GError         **error)
{
  int rc = sqlite3_step (statement);

  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (rc != SQLITE_DONE)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return FALSE;
    }
  return TRUE;
}

/* A write: other programs wait until it ends (and it waits for theirs). */
gboolean
hashiya_index_db_begin (HashiyaIndexDb  *db,
                        GError         **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  return exec (db, "BEGIN IMMEDIATE", error) == SQLITE_OK;
}

gboolean
hashiya_index_db_commit (HashiyaIndexDb  *db,
                         GError         **error)
{
  g_return_val_if_fail (db != NULL, FALSE);

  if (exec (db, "COMMIT", error) != SQLITE_OK)
    {
      hashiya_index_db_rollback (db);
      return FALSE;
    }
  remember_file (db);
  return TRUE;
}

void
hashiya_index_db_rollback (HashiyaIndexDb *db)
{
  g_return_if_fail (db != NULL);

  if (!sqlite3_get_autocommit (db->sqlite))
    sqlite3_exec (db->sqlite, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
delete_document (HashiyaIndexDb  *db,
                 const char      *path,
                 GError         **error)
{
  sqlite3_stmt *find = db->statements[STATEMENT_FIND_ID];
  gint64 id = -1;
  int rc;

  sqlite3_bind_text (find, 1, path, -1, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (find, 0);
  sqlite3_reset (find);
  sqlite3_clear_bindings (find);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _hashiya_index_db_set_error (error, db->sqlite, rc);
      return FALSE;
    }
  if (id < 0)
    return TRUE;

  sqlite3_bind_int64 (db->statements[STATEMENT_DELETE_TEXT], 1, id);
  if (!step_done (db, db->statements[STATEMENT_DELETE_TEXT], error))
    return FALSE;
  sqlite3_bind_int64 (db->statements[STATEMENT_DELETE_DOCUMENT], 1, id);
  return step_done (db, db->statements[STATEMENT_DELETE_DOCUMENT], error);
}

static void
bind_text_or_null (sqlite3_stmt *statement,
                   int           column,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (statement, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, column);
}

static char *
tags_to_json (const char * const *tags)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  if (tags == NULL || tags[0] == NULL)
    return NULL;
  json_builder_begin_array (builder);
  for (guint i = 0; tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static gboolean
put_mentions (HashiyaIndexDb   *db,
              gint64            id,
              HashiyaDocument  *document,
              GError          **error)
{
  GListModel *mentions = hashiya_document_get_mentions (document);
  g_autoptr(GHashTable) per_actor = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *insert = db->statements[STATEMENT_INSERT_MENTION];
  sqlite3_stmt *insert_actor = db->statements[STATEMENT_INSERT_ACTOR];
  GHashTableIter iter;
  gpointer key, value;
  guint n = g_list_model_get_n_items (mentions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, i);
      const char *actor = hashiya_mention_get_actor (mention);

      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_text (insert, 2, hashiya_mention_get_id (mention), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, actor, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 4, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE,
                                                          hashiya_mention_get_mention_type (mention)),
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 5, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                          hashiya_mention_get_status (mention)),
                         -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert, 6, hashiya_mention_get_start (mention));
      sqlite3_bind_int64 (insert, 7, hashiya_mention_get_end (mention));
      if (!step_done (db, insert, error))
        return FALSE;
      /* The ids live as long as the document, which outlives the table. */
      g_hash_table_insert (per_actor, (gpointer) actor,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_actor, actor)) + 1));
    }

  g_hash_table_iter_init (&iter, per_actor);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      sqlite3_bind_text (insert_actor, 1, key, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert_actor, 2, id);
      sqlite3_bind_int64 (insert_actor, 3, GPOINTER_TO_UINT (value));
      if (!step_done (db, insert_actor, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
mention_actor (HashiyaDocument *document,
               const char      *mention_id)
{
  HashiyaMention *mention = mention_id != NULL ? hashiya_document_lookup_mention (document, mention_id) : NULL;

  return mention != NULL ? hashiya_mention_get_actor (mention) : NULL;
}

static gboolean
put_relations (HashiyaIndexDb   *db,
               gint64            id,
               HashiyaDocument  *document,
               GError          **error)
{
  GListModel *relations = hashiya_document_get_relations (document);
  sqlite3_stmt *insert = db->statements[STATEMENT_INSERT_RELATION];
  guint n = g_list_model_get_n_items (relations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      const char *source = hashiya_relation_get_source (relation);
      const char *target = hashiya_relation_get_target (relation);

      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_text (insert, 2, hashiya_relation_get_id (relation), -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, hashiya_relation_get_relation_type (relation), -1, SQLITE_STATIC);
      bind_text_or_null (insert, 4, source);
      bind_text_or_null (insert, 5, target);
      bind_text_or_null (insert, 6, mention_actor (document, source));
      bind_text_or_null (insert, 7, mention_actor (document, target));
      sqlite3_bind_text (insert, 8, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                          hashiya_relation_get_status (relation)),
                         -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 9, hashiya_relation_get_negated (relation) ? 1 : 0);
      sqlite3_bind_text (insert, 10, hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY,
                                                           hashiya_relation_get_modality (relation)),
                         -1, SQLITE_STATIC);
      bind_text_or_null (insert, 11, hashiya_relation_get_mode (relation));
      if (!step_done (db, insert, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_index_db_put:
 * @document: (nullable): the document read from the file, or %NULL
 * @text: (nullable): its text, or the text of a plain text file
 * @problem: (nullable): why the file cannot be read, or %NULL
 *
 * Puts what the file at @path says in the index, in place of what it said
 * before. Inside a transaction (hashiya_index_db_begin ()).
 */
gboolean
hashiya_index_db_put (HashiyaIndexDb   *db,
                      const char       *path,
                      guint64           size,
                      gint64            mtime,
                      const char       *sha256,
                      HashiyaDocument  *document,
                      HashiyaText      *text,
                      const char       *problem,
                      GError          **error)
{
  sqlite3_stmt *insert = db->statements[STATEMENT_INSERT_DOCUMENT];
  const HashiyaMetadata *metadata = document != NULL ? hashiya_document_get_metadata (document) : NULL;
  g_autofree char *tags = NULL;
  guint n_suggestions = 0;
  gint64 id;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (path != NULL && sha256 != NULL, FALSE);

  if (!delete_document (db, path, error))
    return FALSE;

  if (document != NULL)
    {
      GListModel *mentions = hashiya_document_get_mentions (document);

      text = hashiya_document_get_text (document);
      for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
        {
          g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, i);

          if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
            n_suggestions++;
        }
    }
  if (metadata != NULL)
    tags = tags_to_json ((const char * const *) metadata->tags);

  sqlite3_bind_text (insert, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 2, (sqlite3_int64) size);
  sqlite3_bind_int64 (insert, 3, mtime);
  sqlite3_bind_text (insert, 4, sha256, -1, SQLITE_STATIC);
  bind_text_or_null (insert, 5, metadata != NULL ? metadata->title : NULL);
  bind_text_or_null (insert, 6, metadata != NULL ? metadata->source : NULL);
  bind_text_or_null (insert, 7, metadata != NULL ? metadata->date : NULL);
  bind_text_or_null (insert, 8, metadata != NULL ? metadata->url : NULL);
  bind_text_or_null (insert, 9, tags);
  sqlite3_bind_int64 (insert, 10, text != NULL ? hashiya_text_get_length (text) : 0);
  sqlite3_bind_int64 (insert, 11, document != NULL ? hashiya_document_get_n_mentions (document) : 0);
  sqlite3_bind_int64 (insert, 12, n_suggestions);
  sqlite3_bind_int64 (insert, 13, document != NULL ? g_list_model_get_n_items (hashiya_document_get_relations (document)) : 0);
  bind_text_or_null (insert, 14, text != NULL ? hashiya_text_get_sha256 (text) : NULL);
  bind_text_or_null (insert, 15, problem);
  if (!step_done (db, insert, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (db->sqlite);

  if (text != NULL)
    {
      sqlite3_stmt *insert_text = db->statements[STATEMENT_INSERT_TEXT];
      gsize n_bytes = 0;
      const char *data = hashiya_text_get_data (text, &n_bytes);

      sqlite3_bind_int64 (insert_text, 1, id);
      sqlite3_bind_text64 (insert_text, 2, data, n_bytes, SQLITE_STATIC, SQLITE_UTF8);
      if (!step_done (db, insert_text, error))
        return FALSE;
    }
  if (document != NULL && (!put_mentions (db, id, document, error) || !put_relations (db, id, document, error)))
    return FALSE;
  return TRUE;
}

/* The file changed its time, not its bytes. */
gboolean
hashiya_index_db_touch (HashiyaIndexDb  *db,
                        const char      *path,
                        guint64          size,
                        gint64           mtime,
                        GError         **error)
{
  sqlite3_stmt *touch;

  g_return_val_if_fail (db != NULL, FALSE);

  touch = db->statements[STATEMENT_TOUCH];
  sqlite3_bind_text (touch, 1, path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (touch, 2, (sqlite3_int64) size);
  sqlite3_bind_int64 (touch, 3, mtime);
  return step_done (db, touch, error);
}

gboolean
hashiya_index_db_remove (HashiyaIndexDb  *db,
                         const char      *path,
                         GError         **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  return delete_document (db, path, error);
}
