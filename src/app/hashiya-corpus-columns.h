/* hashiya-corpus-columns.h — the columns of a corpus's document list: each
 * cell, how each column sorts, and the agreement of a document's versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

typedef struct _HashiyaCorpusColumns HashiyaCorpusColumns;

HashiyaCorpusColumns *hashiya_corpus_columns_new          (GtkColumnView        *view);
void                  hashiya_corpus_columns_free         (HashiyaCorpusColumns *self);
void                  hashiya_corpus_columns_set_corpus   (HashiyaCorpusColumns *self,
                                                           HashiyaCorpus        *corpus);
void                  hashiya_corpus_columns_reload       (HashiyaCorpusColumns *self);
gboolean              hashiya_corpus_columns_match        (HashiyaCorpusDocument *document,
                                                           const char           *folded_query);
const char * const   *hashiya_corpus_columns_get_versions (HashiyaCorpusColumns *self,
                                                           const char           *path);
char                 *hashiya_corpus_columns_dup_curate_path (HashiyaCorpusColumns *self,
                                                              GtkSelectionModel    *selection) G_GNUC_WARN_UNUSED_RESULT;
char                 *hashiya_corpus_columns_describe     (HashiyaCorpusColumns *self,
                                                           const char           *path,
                                                           char                **tooltip,
                                                           gboolean             *out_of_date) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusColumns, hashiya_corpus_columns_free)

G_END_DECLS
