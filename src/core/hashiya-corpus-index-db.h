/* hashiya-corpus-index-db.h — the SQLite database a corpus index keeps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"
#include "hashiya-fts5-tokenizer.h"
#include "hashiya-search.h"
#include "hashiya-text.h"

G_BEGIN_DECLS

typedef struct _HashiyaIndexDb HashiyaIndexDb;

typedef enum
{
  HASHIYA_INDEX_DB_CURRENT,
  HASHIYA_INDEX_DB_REPLACED,
  HASHIYA_INDEX_DB_DAMAGED,
} HashiyaIndexDbState;

/* What the index knows of a file: it is up to date while the file's size
 * and time are these. */
typedef struct
{
  gint64   id;
  guint64  size;
  gint64   mtime;
  char    *sha256;
} HashiyaIndexState;

/* A document that a query found, and how many hits it has. */
typedef HashiyaFts5Count HashiyaIndexMatch;

/* A document of the index, as results show it; the strings are
 * GRefStrings. */
typedef struct
{
  char  *path;
  char  *title;
  char  *date;
  char  *source;
  guint  rank;      /* its place in path order */
} HashiyaIndexEntry;

/* Told of a document's hits (hashiya_index_db_hits ()); %FALSE stops. */
typedef gboolean (*HashiyaIndexHitsFunc) (gint64       id,
                                          HashiyaText *text,
                                          GArray      *hits,
                                          gpointer     user_data);

HashiyaIndexDb    *hashiya_index_db_open           (const char          *path,
                                                    gboolean            *rebuilt,
                                                    GError             **error);
void               hashiya_index_db_close          (HashiyaIndexDb      *db);
const char        *hashiya_index_db_get_path       (HashiyaIndexDb      *db);
HashiyaIndexDbState hashiya_index_db_check        (HashiyaIndexDb      *db);
gboolean           hashiya_index_db_error_is_fault (const GError        *error);
gboolean           hashiya_index_db_delete_files   (const char          *path,
                                                    GError             **error);

GHashTable        *hashiya_index_db_read_states    (HashiyaIndexDb      *db,
                                                    GError             **error);
gboolean           hashiya_index_db_begin          (HashiyaIndexDb      *db,
                                                    GError             **error);
gboolean           hashiya_index_db_commit         (HashiyaIndexDb      *db,
                                                    GError             **error);
void               hashiya_index_db_rollback       (HashiyaIndexDb      *db);
gboolean           hashiya_index_db_put            (HashiyaIndexDb      *db,
                                                    const char          *path,
                                                    guint64              size,
                                                    gint64               mtime,
                                                    const char          *sha256,
                                                    HashiyaDocument     *document,
                                                    HashiyaText         *text,
                                                    const char          *problem,
                                                    GError             **error);
gboolean           hashiya_index_db_touch          (HashiyaIndexDb      *db,
                                                    const char          *path,
                                                    guint64              size,
                                                    gint64               mtime,
                                                    GError             **error);
gboolean           hashiya_index_db_remove         (HashiyaIndexDb      *db,
                                                    const char          *path,
                                                    GError             **error);
guint              hashiya_index_db_count_documents (HashiyaIndexDb     *db,
                                                    GError             **error);

gint64             hashiya_index_db_get_data_version (HashiyaIndexDb   *db);
GArray            *hashiya_index_db_match          (HashiyaIndexDb      *db,
                                                    HashiyaSearchQuery  *query,
                                                    GError             **error);
GPtrArray         *hashiya_index_db_read_entries   (HashiyaIndexDb      *db,
                                                    GError             **error);
gboolean           hashiya_index_db_hits           (HashiyaIndexDb      *db,
                                                    HashiyaSearchQuery  *query,
                                                    GArray              *wanted,
                                                    HashiyaIndexHitsFunc func,
                                                    gpointer             user_data,
                                                    GError             **error);

void               hashiya_index_state_free        (HashiyaIndexState   *state);
void               hashiya_index_entry_free        (HashiyaIndexEntry   *entry);

G_END_DECLS
