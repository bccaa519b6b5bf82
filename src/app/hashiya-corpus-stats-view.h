/* hashiya-corpus-stats-view.h — the numbers of a corpus as tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CORPUS_STATS_VIEW (hashiya_corpus_stats_view_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusStatsView, hashiya_corpus_stats_view, HASHIYA, CORPUS_STATS_VIEW, GtkWidget)

void                      hashiya_corpus_stats_view_set_corpus (HashiyaCorpusStatsView *self,
                                                                HashiyaCorpus          *corpus);
const HashiyaCorpusStats *hashiya_corpus_stats_view_get_stats  (HashiyaCorpusStatsView *self);
char                     *hashiya_corpus_stats_view_dup_csv    (HashiyaCorpusStatsView *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
