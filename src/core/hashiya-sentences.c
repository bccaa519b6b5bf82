/* hashiya-sentences.c — the sentences of a text, as the core counts them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One rule for the whole core, the CoNLL export's: a sentence ends after
 * . ! ? ؟ ۔ or … and at a line break, from the text alone. The spaces
 * between two sentences belong to neither; a text with no such mark is
 * one sentence a line.
 */

#define G_LOG_DOMAIN "hashiya-sentences"

#include "config.h"

#include "hashiya-sentences.h"

/**
 * hashiya_sentence_ends_after:
 *
 * Returns: whether a sentence ends after @c (. ! ? ؟ ۔ …)
 */
gboolean
hashiya_sentence_ends_after (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x061F /* ؟ */ || c == 0x06D4 /* ۔ */ || c == 0x2026 /* … */;
}

/**
 * hashiya_is_line_break:
 *
 * Returns: whether @c ends a line (LF, CR, LINE and PARAGRAPH SEPARATOR)
 */
gboolean
hashiya_is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

static void
add_sentence (GArray *sentences,
              guint   start,
              guint   end)
{
  HashiyaSpan span = { start, end };

  if (end > start)
    g_array_append_val (sentences, span);
}

/**
 * hashiya_text_split_sentences:
 *
 * Returns: (transfer full) (element-type HashiyaSpan): the sentences of
 *   @text in order, each without the white space around it; a sentence
 *   keeps the mark that ends it
 */
GArray *
hashiya_text_split_sentences (HashiyaText *text)
{
  GArray *sentences = g_array_new (FALSE, FALSE, sizeof (HashiyaSpan));
  const char *p, *end;
  gsize n_bytes;
  guint offset = 0;
  guint start = 0;        /* of the sentence being read */
  guint last_letter = 0;  /* end of its last character that is no space */
  gboolean open = FALSE;

  g_return_val_if_fail (text != NULL, sentences);

  p = hashiya_text_get_data (text, &n_bytes);
  end = p + n_bytes;
  for (; p < end; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);

      if (hashiya_is_line_break (c))
        {
          if (open)
            add_sentence (sentences, start, last_letter);
          open = FALSE;
          continue;
        }
      if (g_unichar_isspace (c))
        continue;
      if (!open)
        {
          start = offset;
          open = TRUE;
        }
      last_letter = offset + 1;
      /* A run of marks ("?!", "...") ends the sentence after its last. */
      if (hashiya_sentence_ends_after (c))
        {
          const char *next = g_utf8_next_char (p);

          if (next < end && hashiya_sentence_ends_after (g_utf8_get_char (next)))
            continue;
          add_sentence (sentences, start, last_letter);
          open = FALSE;
        }
    }
  if (open)
    add_sentence (sentences, start, last_letter);
  return sentences;
}

/**
 * hashiya_sentences_find:
 * @sentences: (element-type HashiyaSpan): from hashiya_text_split_sentences()
 *
 * Returns: the index of the sentence that holds @offset, or of the first
 *   one after it (the spaces between sentences go with the next); the
 *   number of sentences when @offset is after the last
 */
guint
hashiya_sentences_find (GArray *sentences,
                        guint   offset)
{
  guint low = 0, high;

  g_return_val_if_fail (sentences != NULL, 0);

  high = sentences->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (sentences, HashiyaSpan, middle).end <= offset)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/**
 * hashiya_sentences_cover:
 * @sentences: (element-type HashiyaSpan): from hashiya_text_split_sentences()
 *
 * Returns: the sentences that START–END is in, from the start of the
 *   first to the end of the last; START–END itself when it is in none
 */
HashiyaSpan
hashiya_sentences_cover (GArray *sentences,
                         guint   start,
                         guint   end)
{
  HashiyaSpan cover = { start, end };
  guint first, last;

  g_return_val_if_fail (sentences != NULL, cover);

  first = hashiya_sentences_find (sentences, start);
  last = hashiya_sentences_find (sentences, end > start ? end - 1 : start);
  if (first < sentences->len)
    cover.start = MIN (start, g_array_index (sentences, HashiyaSpan, first).start);
  if (last < sentences->len && g_array_index (sentences, HashiyaSpan, last).start < MAX (end, start + 1))
    cover.end = MAX (end, g_array_index (sentences, HashiyaSpan, last).end);
  else if (last > 0 && last <= sentences->len)
    cover.end = MAX (end, g_array_index (sentences, HashiyaSpan, last - 1).end);
  return cover;
}
