/* hashiya-search-hit.h — one hit of a search across a corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_SEARCH_HIT (hashiya_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaSearchHit, hashiya_search_hit, HASHIYA, SEARCH_HIT, GObject)

HashiyaSearchHit *hashiya_search_hit_new         (const char       *path,
                                                  const char       *title,
                                                  const char       *date,
                                                  guint             start,
                                                  guint             end,
                                                  const char       *text,
                                                  const char       *before,
                                                  const char       *after);
const char       *hashiya_search_hit_get_path    (HashiyaSearchHit *self);
const char       *hashiya_search_hit_get_title   (HashiyaSearchHit *self);
const char       *hashiya_search_hit_get_date    (HashiyaSearchHit *self);
guint             hashiya_search_hit_get_start   (HashiyaSearchHit *self);
guint             hashiya_search_hit_get_end     (HashiyaSearchHit *self);
const char       *hashiya_search_hit_get_text    (HashiyaSearchHit *self);
const char       *hashiya_search_hit_get_before  (HashiyaSearchHit *self);
const char       *hashiya_search_hit_get_after   (HashiyaSearchHit *self);
char             *hashiya_search_hit_dup_context (HashiyaSearchHit *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
