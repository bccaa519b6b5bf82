/* hashiya-corpus-index-private.h — what the parts of the corpus index
 * (the object, its updates, its searches) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-corpus-index.h"
#include "hashiya-corpus-index-db.h"

G_BEGIN_DECLS

struct _HashiyaCorpusIndex
{
  GObject         parent_instance;

  GFile          *folder;
  char           *folder_path;
  GFile          *file;
  char           *db_path;
  gboolean        temporary;       /* no cache folder: a file of its own */
  HashiyaCorpus  *corpus;          /* weak */
  GMainContext   *context;         /* where signals are emitted */

  /* Writes, one at a time in this program: held for a whole update. */
  GMutex          write_lock;
  HashiyaIndexDb *writer;
  guint           writer_generation;

  /* Searches, one at a time. */
  GMutex          read_lock;
  HashiyaIndexDb *reader;
  guint           reader_generation;
  GPtrArray      *entries;         /* HashiyaIndexEntry by id, of the reader */
  guint           n_entries;
  gint64          entries_version;

  /* Bumped each time the cache is deleted and made again. */
  guint           generation;      /* atomic */

  /* The paths of the last full update: what a rebuild reads again; and
   * the documents to read again, and whether a worker is at it. */
  GMutex          paths_lock;
  GPtrArray      *known_paths;
  GPtrArray      *refresh_paths;
  gboolean        refreshing;

  guint           n_pending;       /* atomic */
};

/* Told of progress where the caller waits: directly, or in @context. */
typedef struct
{
  HashiyaCorpusProgressFunc  func;
  gpointer                   data;
  GMainContext              *context;
  gint64                     last_time;
} HashiyaIndexProgress;

HashiyaIndexDb *hashiya_corpus_index_writer        (HashiyaCorpusIndex         *self,
                                                    gboolean                   *rebuilt,
                                                    GError                    **error);
void            hashiya_corpus_index_reset         (HashiyaCorpusIndex         *self);
void            hashiya_corpus_index_set_known_paths (HashiyaCorpusIndex       *self,
                                                    GPtrArray                  *paths);
GPtrArray      *hashiya_corpus_index_dup_known_paths (HashiyaCorpusIndex       *self);
gboolean        hashiya_corpus_index_update_locked (HashiyaCorpusIndex         *self,
                                                    GPtrArray                  *paths,
                                                    gboolean                    full,
                                                    GCancellable               *cancellable,
                                                    HashiyaIndexProgress       *progress,
                                                    HashiyaCorpusIndexSummary  *summary,
                                                    GError                    **error);
void            hashiya_corpus_index_close_reader  (HashiyaCorpusIndex         *self);
void            hashiya_corpus_index_queue_changed (HashiyaCorpusIndex         *self);

G_END_DECLS
