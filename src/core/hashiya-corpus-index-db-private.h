/* hashiya-corpus-index-db-private.h — what the parts of the corpus
 * index's database share: the connection and its statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <sys/types.h>

#include "hashiya-corpus-index-db.h"

G_BEGIN_DECLS

enum {
  STATEMENT_FIND_ID,
  STATEMENT_DELETE_TEXT,
  STATEMENT_DELETE_DOCUMENT,
  STATEMENT_INSERT_DOCUMENT,
  STATEMENT_INSERT_TEXT,
  STATEMENT_INSERT_MENTION,
  STATEMENT_INSERT_RELATION,
  STATEMENT_INSERT_ACTOR,
  STATEMENT_TOUCH,
  STATEMENT_MATCH,
  STATEMENT_HITS,
  STATEMENT_SOME_HITS,
  N_STATEMENTS
};

struct _HashiyaIndexDb
{
  sqlite3      *sqlite;
  char         *path;
  dev_t         device;
  ino_t         inode;
  goffset       size;
  sqlite3_stmt *statements[N_STATEMENTS];
};

/* @error set from SQLite's result code @rc: a fault (INVALID_DATA) when
 * the file is no good as a cache. */
void _hashiya_index_db_set_error (GError         **error,
                                  sqlite3         *sqlite,
                                  int              rc);
/* The first column of the first row of @sql. */
int  _hashiya_index_db_query_int (HashiyaIndexDb  *db,
                                  const char      *sql,
                                  int             *value);

G_END_DECLS
