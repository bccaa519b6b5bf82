/* hashiya-corpus-search-pane.h — search across a corpus: hits in
 * context, as the reader types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CORPUS_SEARCH_PANE (hashiya_corpus_search_pane_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusSearchPane, hashiya_corpus_search_pane, HASHIYA, CORPUS_SEARCH_PANE, GtkWidget)

void                  hashiya_corpus_search_pane_set_corpus  (HashiyaCorpusSearchPane *self,
                                                              HashiyaCorpus           *corpus);
void                  hashiya_corpus_search_pane_start       (HashiyaCorpusSearchPane *self);
HashiyaSearchResults *hashiya_corpus_search_pane_get_results (HashiyaCorpusSearchPane *self);
gboolean              hashiya_corpus_search_pane_get_busy    (HashiyaCorpusSearchPane *self);

G_END_DECLS
