/* hashiya-corpus-stats.h — the numbers of a corpus: per actor, documents,
 * mentions, first and last date; per source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-corpus.h"

G_BEGIN_DECLS

typedef struct
{
  char  *actor_id;
  char  *name;        /* the Arabic name, else the English one */
  guint  n_documents;
  guint  n_mentions;
  char  *first_date;  /* ISO 8601, or NULL when no document has a date */
  char  *last_date;
} HashiyaCorpusActorStats;

typedef struct
{
  char  *source;      /* NULL for the documents without one */
  guint  n_documents;
  guint  n_mentions;
  guint  n_relations;
  char  *first_date;
  char  *last_date;
} HashiyaCorpusSourceStats;

/**
 * HashiyaCorpusStats:
 * @n_documents: the readable documents
 * @n_broken: the documents that cannot be read
 * @n_characters, @n_mentions, @n_relations: their totals
 * @actors: HashiyaCorpusActorStats, most mentioned first (then by id);
 *   every actor of the catalogue, and any other a document mentions
 * @sources: HashiyaCorpusSourceStats, most documents first (then by name)
 */
typedef struct
{
  guint      n_documents;
  guint      n_broken;
  guint64    n_characters;
  guint64    n_mentions;
  guint64    n_relations;
  char      *first_date;
  char      *last_date;
  GPtrArray *actors;
  GPtrArray *sources;
} HashiyaCorpusStats;

/**
 * HashiyaCorpusStatsTable:
 * @HASHIYA_CORPUS_STATS_ACTORS: one row an actor
 * @HASHIYA_CORPUS_STATS_SOURCES: one row a source
 */
typedef enum
{
  HASHIYA_CORPUS_STATS_ACTORS,
  HASHIYA_CORPUS_STATS_SOURCES,
} HashiyaCorpusStatsTable;

HashiyaCorpusStats *hashiya_corpus_compute_stats (HashiyaCorpus             *self);
void                hashiya_corpus_stats_free    (HashiyaCorpusStats        *stats);
/* A table as CSV (RFC 4180, UTF-8, CRLF, a header row), with a BOM when
 * asked for (for spreadsheet programs). */
GBytes             *hashiya_corpus_stats_to_csv  (const HashiyaCorpusStats  *stats,
                                                  HashiyaCorpusStatsTable    table,
                                                  gboolean                   bom);
char               *hashiya_corpus_stats_to_json (const HashiyaCorpusStats  *stats) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusStats, hashiya_corpus_stats_free)

G_END_DECLS
