/* hashiya-sentences.h — the sentences of a text, as the core counts them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-text.h"

G_BEGIN_DECLS

gboolean  hashiya_sentence_ends_after (gunichar     c);
gboolean  hashiya_is_line_break       (gunichar     c);
GArray   *hashiya_text_split_sentences (HashiyaText *text);
guint     hashiya_sentences_find      (GArray      *sentences,
                                       guint        offset);
HashiyaSpan hashiya_sentences_cover   (GArray      *sentences,
                                       guint        start,
                                       guint        end);

G_END_DECLS
