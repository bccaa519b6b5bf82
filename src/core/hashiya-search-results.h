/* hashiya-search-results.h — what a search across a corpus found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-search.h"
#include "hashiya-search-hit.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_SEARCH_RESULTS (hashiya_search_results_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaSearchResults, hashiya_search_results, HASHIYA, SEARCH_RESULTS, GObject)

HashiyaSearchResults *hashiya_search_results_new                  (HashiyaSearchQuery   *query);
void                  hashiya_search_results_add_document         (HashiyaSearchResults *self,
                                                                   const char           *path,
                                                                   const char           *title,
                                                                   const char           *date,
                                                                   guint                 n_hits);
void                  hashiya_search_results_add_hit              (HashiyaSearchResults *self,
                                                                   HashiyaSearchHit     *hit);

HashiyaSearchQuery   *hashiya_search_results_get_query            (HashiyaSearchResults *self);
guint                 hashiya_search_results_get_n_hits           (HashiyaSearchResults *self);
gboolean              hashiya_search_results_is_complete          (HashiyaSearchResults *self);
guint                 hashiya_search_results_get_n_documents      (HashiyaSearchResults *self);
const char           *hashiya_search_results_get_document_path    (HashiyaSearchResults *self,
                                                                   guint                 i);
const char           *hashiya_search_results_get_document_title   (HashiyaSearchResults *self,
                                                                   guint                 i);
const char           *hashiya_search_results_get_document_date    (HashiyaSearchResults *self,
                                                                   guint                 i);
guint                 hashiya_search_results_get_document_n_hits  (HashiyaSearchResults *self,
                                                                   guint                 i);

G_END_DECLS
