/* hashiya-corpus-index.h — the search index of a corpus: a cache in SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-corpus.h"
#include "hashiya-search-results.h"

G_BEGIN_DECLS

/**
 * HashiyaCorpusIndexSummary:
 * @n_documents: the documents in the index after the update
 * @n_added: documents read for the first time
 * @n_updated: documents read again, their bytes changed
 * @n_unchanged: documents whose size and time (or, when those changed,
 *   bytes) were as the index had them
 * @n_removed: documents the folder no longer has
 * @n_unreadable: files read that are not a document (listed in the index
 *   with the reason)
 * @rebuilt: whether the cache was missing, damaged or of another version,
 *   and was made again from the folder
 *
 * What an update did.
 */
typedef struct
{
  guint    n_documents;
  guint    n_added;
  guint    n_updated;
  guint    n_unchanged;
  guint    n_removed;
  guint    n_unreadable;
  gboolean rebuilt;
} HashiyaCorpusIndexSummary;

#define HASHIYA_TYPE_CORPUS_INDEX (hashiya_corpus_index_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusIndex, hashiya_corpus_index, HASHIYA, CORPUS_INDEX, GObject)

HashiyaCorpusIndex   *hashiya_corpus_index_new             (GFile                     *folder,
                                                            GFile                     *cache_file);
HashiyaCorpusIndex   *hashiya_corpus_index_new_for_corpus  (HashiyaCorpus             *corpus);
GFile                *hashiya_corpus_index_get_folder      (HashiyaCorpusIndex        *self);
GFile                *hashiya_corpus_index_get_file        (HashiyaCorpusIndex        *self);
HashiyaCorpus        *hashiya_corpus_index_get_corpus      (HashiyaCorpusIndex        *self);

gboolean              hashiya_corpus_index_update          (HashiyaCorpusIndex        *self,
                                                            GPtrArray                 *paths,
                                                            GCancellable              *cancellable,
                                                            HashiyaCorpusProgressFunc  progress,
                                                            gpointer                   progress_data,
                                                            HashiyaCorpusIndexSummary *summary,
                                                            GError                   **error);
void                  hashiya_corpus_index_update_async    (HashiyaCorpusIndex        *self,
                                                            GPtrArray                 *paths,
                                                            GCancellable              *cancellable,
                                                            HashiyaCorpusProgressFunc  progress,
                                                            gpointer                   progress_data,
                                                            GDestroyNotify             progress_data_free,
                                                            GAsyncReadyCallback        callback,
                                                            gpointer                   user_data);
gboolean              hashiya_corpus_index_update_finish   (HashiyaCorpusIndex        *self,
                                                            GAsyncResult              *result,
                                                            HashiyaCorpusIndexSummary *summary,
                                                            GError                   **error);
void                  hashiya_corpus_index_refresh         (HashiyaCorpusIndex        *self,
                                                            const char                *path);
guint                 hashiya_corpus_index_get_n_pending   (HashiyaCorpusIndex        *self);

HashiyaSearchResults *hashiya_corpus_index_search          (HashiyaCorpusIndex        *self,
                                                            const char                *query,
                                                            guint                      limit,
                                                            GCancellable              *cancellable,
                                                            GError                   **error);
void                  hashiya_corpus_index_search_async    (HashiyaCorpusIndex        *self,
                                                            const char                *query,
                                                            guint                      limit,
                                                            GCancellable              *cancellable,
                                                            GAsyncReadyCallback        callback,
                                                            gpointer                   user_data);
HashiyaSearchResults *hashiya_corpus_index_search_finish   (HashiyaCorpusIndex        *self,
                                                            GAsyncResult              *result,
                                                            GError                   **error);

G_END_DECLS
