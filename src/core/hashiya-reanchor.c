/* hashiya-reanchor.c — re-attach mentions when the text under them changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-reanchor"

#include "config.h"

#include <string.h>

#include "hashiya-reanchor.h"

/* Each mention keeps its quote: the exact text, and up to 32 code points
 * before and after. Against a new text, a mention is tried, in order:
 *  1. at its old offsets, where the text must still be the quote (kept);
 *  2. at every place the quote occurs, the one whose surroundings best
 *     agree with prefix and suffix winning, the nearest breaking ties
 *     (moved), if the surroundings agree well enough;
 *  3. near where it is expected (its old offset plus the shift of the
 *     mentions before it), the stretch of text closest to the quote by
 *     edit distance, if within a quarter of its length (fuzzy);
 *  4. the best place the quote occurs, however little agrees (moved).
 * Otherwise it is an orphan: kept, listed, never dropped. */

/* How far from its old place the fuzzy search looks, in code points. */
#define FUZZY_WINDOW 4000
#define MAX_FUZZY_QUOTE 256

static gunichar *
to_ucs4 (const char *utf8,
         guint      *length)
{
  glong n = 0;
  gunichar *chars = g_utf8_to_ucs4_fast (utf8 != NULL ? utf8 : "", -1, &n);

  *length = (guint) n;
  return chars;
}

/* How many characters at the end of @a agree with the end of @b. */
static guint
common_suffix (const gunichar *a,
               guint           a_length,
               const gunichar *b,
               guint           b_length)
{
  guint n = 0;

  while (n < a_length && n < b_length && a[a_length - 1 - n] == b[b_length - 1 - n])
    n++;
  return n;
}

static guint
common_prefix (const gunichar *a,
               guint           a_length,
               const gunichar *b,
               guint           b_length)
{
  guint n = 0;

  while (n < a_length && n < b_length && a[n] == b[n])
    n++;
  return n;
}

/**
 * hashiya_edit_distance:
 *
 * The Levenshtein distance between two strings of characters.
 */
guint
hashiya_edit_distance (const gunichar *a,
                       guint           a_length,
                       const gunichar *b,
                       guint           b_length)
{
  g_autofree guint *row = g_new (guint, b_length + 1);
  guint result;

  for (guint j = 0; j <= b_length; j++)
    row[j] = j;
  for (guint i = 1; i <= a_length; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (guint j = 1; j <= b_length; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  result = row[b_length];
  return result;
}

/* Sellers' algorithm: the stretches of @text (starting anywhere) within
 * @limit edits of @quote. Of those, one edit counts as much as being
 * 2 × the quote's length + 8 characters further from @target (the text
 * around a mention moves together, so a near stretch with a changed
 * letter beats a far exact one, and the exact stretch beats one that
 * spills a letter over next door). Returns its distance (G_MAXUINT when
 * none is close enough); *end is where it ends. */
static guint
nearest_approximate_end (const gunichar *text,
                         guint           text_length,
                         const gunichar *quote,
                         guint           quote_length,
                         guint           target,
                         guint           limit,
                         guint          *end)
{
  g_autofree guint *column = g_new (guint, quote_length + 1);
  guint64 weight = 2 * (guint64) quote_length + 8;
  guint64 best_score = G_MAXUINT64;
  guint best = G_MAXUINT;

  for (guint i = 0; i <= quote_length; i++)
    column[i] = i;
  for (guint j = 1; j <= text_length; j++)
    {
      guint diagonal = column[0];
      guint gap = j > target ? j - target : target - j;

      column[0] = 0;
      for (guint i = 1; i <= quote_length; i++)
        {
          guint left = column[i];
          guint cost = quote[i - 1] == text[j - 1] ? 0 : 1;

          column[i] = MIN (MIN (column[i] + 1, column[i - 1] + 1), diagonal + cost);
          diagonal = left;
        }
      if (column[quote_length] <= limit && column[quote_length] * weight + gap < best_score)
        {
          best = column[quote_length];
          best_score = column[quote_length] * weight + gap;
          *end = j;
        }
    }

  return best;
}

/* Where the stretch of TEXT that ends at END and is nearest QUOTE starts:
 * one edit-distance table between the quote and the text read backwards
 * from END gives the distance for every length at once. At one distance,
 * the length nearest the quote's wins. */
static guint
stretch_start (const gunichar *text,
               guint           end,
               const gunichar *quote,
               guint           quote_length,
               guint           limit)
{
  guint longest = MIN (end, quote_length + limit);
  g_autofree guint *row = g_new (guint, longest + 1);
  guint best_length = 0, best_distance = G_MAXUINT, best_skew = G_MAXUINT;

  for (guint j = 0; j <= longest; j++)
    row[j] = j;
  for (guint i = 1; i <= quote_length; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (guint j = 1; j <= longest; j++)
        {
          guint above = row[j];
          guint cost = quote[quote_length - i] == text[end - j] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  for (guint length = 1; length <= longest; length++)
    {
      guint skew = (guint) ABS ((int) length - (int) quote_length);

      if (row[length] < best_distance || (row[length] == best_distance && skew < best_skew))
        {
          best_distance = row[length];
          best_skew = skew;
          best_length = length;
        }
    }
  return end - best_length;
}

static gboolean
find_fuzzy (const gunichar *text,
            guint           text_length,
            const gunichar *quote,
            guint           quote_length,
            guint           near,
            guint          *start,
            guint          *end)
{
  guint from = near > FUZZY_WINDOW ? near - FUZZY_WINDOW : 0;
  guint to = MIN (text_length, near + quote_length + FUZZY_WINDOW);
  guint limit = quote_length / 4;
  guint distance, stretch_end = 0, best_start;

  /* One edit in fewer than four letters is another word, not the same
   * one changed a little; past MAX_FUZZY_QUOTE, a mention is a passage,
   * found as it is or not at all (the search grows with its square). */
  if (limit == 0 || from >= to || quote_length > MAX_FUZZY_QUOTE)
    return FALSE;

  distance = nearest_approximate_end (text + from, to - from, quote, quote_length,
                                      MIN (near, to) - from + quote_length, limit, &stretch_end);
  if (distance > limit)
    return FALSE;

  best_start = stretch_start (text + from, stretch_end, quote, quote_length, limit);
  *start = from + best_start;
  *end = from + stretch_end;
  return *start < *end;
}

/**
 * hashiya_reanchor_mention:
 * @expected: where in @text the mention is most likely, given how the
 *   text moved before it
 * @strict: only where the evidence is strong: at its old place, or at an
 *   occurrence of its quote whose surroundings agree (steps 1 and 2)
 * @start: (out): the new start
 * @end: (out): the new end
 *
 * Finds @mention again in @text by its quote (see above).
 *
 * Returns: how it was found, or %HASHIYA_ANCHOR_ORPHANED
 */
HashiyaAnchor
hashiya_reanchor_mention (HashiyaText    *text,
                          HashiyaMention *mention,
                          guint           expected,
                          gboolean        strict,
                          guint          *start,
                          guint          *end)
{
  const char *exact = hashiya_mention_get_quote_exact (mention);
  guint old_start = hashiya_mention_get_start (mention);
  guint old_end = hashiya_mention_get_end (mention);
  g_autofree gunichar *chars = NULL;
  g_autofree gunichar *quote = NULL;
  g_autofree gunichar *prefix = NULL;
  g_autofree gunichar *suffix = NULL;
  guint length, quote_length, prefix_length, suffix_length;
  guint best_score = 0, best_distance = G_MAXUINT, threshold;
  guint best_start = 0;
  gboolean found = FALSE;

  if (exact == NULL || exact[0] == '\0')
    return HASHIYA_ANCHOR_ORPHANED;

  if (old_start < old_end && hashiya_text_range_equals (text, old_start, old_end, exact))
    {
      *start = old_start;
      *end = old_end;
      return HASHIYA_ANCHOR_KEPT;
    }

  chars = to_ucs4 (hashiya_text_get_data (text, NULL), &length);
  quote = to_ucs4 (exact, &quote_length);
  prefix = to_ucs4 (hashiya_mention_get_quote_prefix (mention), &prefix_length);
  suffix = to_ucs4 (hashiya_mention_get_quote_suffix (mention), &suffix_length);

  for (guint i = 0; i + quote_length <= length; i++)
    {
      guint score, distance;

      if (chars[i] != quote[0] || memcmp (chars + i, quote, quote_length * sizeof (gunichar)) != 0)
        continue;

      score = common_suffix (chars, i, prefix, prefix_length) +
              common_prefix (chars + i + quote_length, length - i - quote_length, suffix, suffix_length);
      distance = i > expected ? i - expected : expected - i;
      if (!found || score > best_score || (score == best_score && distance < best_distance))
        {
          found = TRUE;
          best_score = score;
          best_distance = distance;
          best_start = i;
        }
    }

  /* A quarter of the context, at most eight characters, must agree for a
   * far occurrence to be the same mention. */
  threshold = MIN (8, (prefix_length + suffix_length) / 4);
  if (found && best_score >= threshold)
    {
      *start = best_start;
      *end = best_start + quote_length;
      return HASHIYA_ANCHOR_MOVED;
    }
  if (strict)
    return HASHIYA_ANCHOR_ORPHANED;

  if (find_fuzzy (chars, length, quote, quote_length, MIN (expected, length), start, end) &&
      hashiya_text_tidy_span (text, start, end))
    return HASHIYA_ANCHOR_FUZZY;

  if (found)
    {
      *start = best_start;
      *end = best_start + quote_length;
      return HASHIYA_ANCHOR_MOVED;
    }

  return HASHIYA_ANCHOR_ORPHANED;
}
