/* hashiya-corpus-page.h — the documents of a corpus: a list that sorts
 * and filters, its actors, its numbers and its batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CORPUS_PAGE (hashiya_corpus_page_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusPage, hashiya_corpus_page, HASHIYA, CORPUS_PAGE, GtkWidget)

void           hashiya_corpus_page_set_corpus       (HashiyaCorpusPage *self,
                                                     HashiyaCorpus     *corpus);
HashiyaCorpus *hashiya_corpus_page_get_corpus       (HashiyaCorpusPage *self);
GListModel    *hashiya_corpus_page_get_shown        (HashiyaCorpusPage *self);
void           hashiya_corpus_page_set_actor_filter (HashiyaCorpusPage *self,
                                                     const char        *actor_id);
const char    *hashiya_corpus_page_get_actor_filter (HashiyaCorpusPage *self);
gboolean       hashiya_corpus_page_get_busy         (HashiyaCorpusPage *self);
void           hashiya_corpus_page_focus_list       (HashiyaCorpusPage *self);
void           hashiya_corpus_page_show_view        (HashiyaCorpusPage *self,
                                                     const char        *name);
void           hashiya_corpus_page_start_search     (HashiyaCorpusPage *self);
void           hashiya_corpus_page_toast            (HashiyaCorpusPage *self,
                                                     const char        *message);
void           hashiya_corpus_page_add_files        (HashiyaCorpusPage *self,
                                                     GPtrArray         *files);
void           hashiya_corpus_page_import_manifest  (HashiyaCorpusPage *self,
                                                     GFile             *manifest);
void           hashiya_corpus_page_suggest          (HashiyaCorpusPage *self,
                                                     gboolean           selected_only,
                                                     HashiyaCorpusSuggestFlags flags);
void           hashiya_corpus_page_edit_catalog     (HashiyaCorpusPage *self,
                                                     GPtrArray         *edits);

G_END_DECLS
