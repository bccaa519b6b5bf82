/* hashiya-fts5-tokenizer.h — Hashiya's Arabic tokenizer for SQLite FTS5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "hashiya-search.h"

G_BEGIN_DECLS

/* The name of the tokenizer, for CREATE VIRTUAL TABLE … USING fts5 (…,
 * tokenize = 'hashiya'). */
#define HASHIYA_FTS5_TOKENIZER "hashiya"

/* The pointer type of a HashiyaSearchQuery bound as an argument of
 * hashiya_hits () (sqlite3_bind_pointer ()). */
#define HASHIYA_FTS5_QUERY_POINTER "hashiya_search_query"

/* The pointer type of the rowids bound as the third argument of
 * hashiya_hits (): a GArray of gint64, sorted. */
#define HASHIYA_FTS5_ROWIDS_POINTER "hashiya_rowids"

/* The pointer type of the array bound as the second argument of
 * hashiya_count (): a GArray of HashiyaFts5Count, to which each row
 * found with a hit is added. */
#define HASHIYA_FTS5_COUNTS_POINTER "hashiya_counts"

/* A row found, and how many hits it has. */
typedef struct
{
  gint64 id;
  guint  n_hits;
} HashiyaFts5Count;

/* Bumped whenever the tokens change, so that an index made with other
 * tokens is made again. */
#define HASHIYA_FTS5_TOKENIZER_VERSION 1

gboolean hashiya_fts5_register (sqlite3  *db,
                                GError  **error);

G_END_DECLS
