/* hashiya-search.h — what "find" means, in one document and in a corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-text.h"

G_BEGIN_DECLS

/* The most words a query may have. */
#define HASHIYA_SEARCH_MAX_WORDS 64

typedef struct _HashiyaSearchQuery HashiyaSearchQuery;

/**
 * HashiyaSearchWord:
 * @position: which word of the text this is, from 0 (punctuation is no
 *   word)
 * @start: the written word's first code point
 * @end: the code point after it, with the marks of its last letter
 * @byte_start: @start, in bytes of the text
 * @byte_end: @end, in bytes
 * @n_forms: how many forms the word is found by
 * @forms: each form, folded, in UTF-8 (not NUL-terminated); the first is
 *   the whole word
 * @form_lengths: each form's length in bytes
 * @form_starts: where a hit on each form starts, in code points (after
 *   the proclitics the form leaves out)
 * @form_byte_starts: the same, in bytes
 *
 * A word of a text, as search sees it.
 */
typedef struct
{
  guint               position;
  guint               start;
  guint               end;
  gsize               byte_start;
  gsize               byte_end;
  guint               n_forms;
  const char * const *forms;
  const gsize        *form_lengths;
  const guint        *form_starts;
  const gsize        *form_byte_starts;
} HashiyaSearchWord;

/**
 * HashiyaSearchWordFunc:
 *
 * Returns: %FALSE to stop
 */
typedef gboolean (*HashiyaSearchWordFunc) (const HashiyaSearchWord *word,
                                           gpointer                 user_data);

void                hashiya_search_words            (const char               *utf8,
                                                     gsize                     n_bytes,
                                                     gboolean                  all_forms,
                                                     HashiyaSearchWordFunc     func,
                                                     gpointer                  user_data);

HashiyaSearchQuery *hashiya_search_query_new        (const char               *query,
                                                     GError                  **error);
HashiyaSearchQuery *hashiya_search_query_ref        (HashiyaSearchQuery       *self);
void                hashiya_search_query_unref      (HashiyaSearchQuery       *self);
const char         *hashiya_search_query_get_text   (HashiyaSearchQuery       *self);
guint               hashiya_search_query_get_n_words (HashiyaSearchQuery      *self);
const char         *hashiya_search_query_get_word   (HashiyaSearchQuery       *self,
                                                     guint                     i);
gboolean            hashiya_search_query_is_prefix  (HashiyaSearchQuery       *self,
                                                     guint                     i);
gboolean            hashiya_search_query_matches    (HashiyaSearchQuery       *self,
                                                     guint                     i,
                                                     const char               *form,
                                                     gsize                     length);
char               *hashiya_search_query_to_fts5    (HashiyaSearchQuery       *self) G_GNUC_WARN_UNUSED_RESULT;
GArray             *hashiya_search_query_find       (HashiyaSearchQuery       *self,
                                                     HashiyaText              *text);

void                hashiya_search_hits_tidy        (GArray                   *hits,
                                                     HashiyaText              *text);
GArray             *hashiya_search_hits_from_bytes  (HashiyaText              *text,
                                                     const guint32            *offsets,
                                                     gsize                     n_offsets);

void                hashiya_search_context          (HashiyaText              *text,
                                                     guint                     start,
                                                     guint                     end,
                                                     guint                     width,
                                                     char                    **before,
                                                     char                    **after);

GArray             *hashiya_find                    (HashiyaText              *text,
                                                     const char               *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaSearchQuery, hashiya_search_query_unref)

G_END_DECLS
