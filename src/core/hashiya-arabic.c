/* hashiya-arabic.c — folding, tokens and proclitics for matching Arabic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-arabic"

#include "config.h"

#include <string.h>

#include "hashiya-arabic.h"

#define ALEF      0x0627
#define LAM       0x0644
#define WAW       0x0648
#define FEH       0x0641
#define BEH       0x0628
#define KAF       0x0643
#define SEEN      0x0633

/**
 * hashiya_fold_char:
 *
 * Folds one character for matching: tashkeel, tatweel and invisible
 * joiners and marks fold to nothing (0); every form of alef to ا, ى and
 * ئ to ي, ؤ to و, ة to ه, Persian ی and ک to ي and ك; Arabic-Indic digits
 * to ASCII; Latin letters to lower case.
 */
gunichar
hashiya_fold_char (gunichar c)
{
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640)
    return 0;
  if ((c >= 0x200B && c <= 0x200F) || c == 0x061C || c == 0xFEFF || c == 0x00AD)
    return 0;

  switch (c)
    {
    case 0x0622: /* آ */
    case 0x0623: /* أ */
    case 0x0625: /* إ */
    case 0x0671: /* ٱ */
      return ALEF;
    case 0x0649: /* ى */
    case 0x0626: /* ئ */
    case 0x06CC: /* ی */
      return 0x064A;
    case 0x0624: /* ؤ */
      return WAW;
    case 0x0629: /* ة */
      return 0x0647;
    case 0x06A9: /* ک */
      return KAF;
    default:
      break;
    }

  if (c >= 0x0660 && c <= 0x0669)
    return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9)
    return '0' + (c - 0x06F0);
  if (c < 0x0600)
    return g_unichar_tolower (c);
  return c;
}

/**
 * hashiya_fold:
 *
 * Returns: (transfer full): @utf8 folded (hashiya_fold_char()), with the
 *   offset of each folded character in the source
 */
HashiyaFolded *
hashiya_fold (const char *utf8,
              gssize      n_bytes)
{
  HashiyaFolded *folded = g_new0 (HashiyaFolded, 1);
  const char *end;
  const char *p;
  guint offset = 0;
  gsize capacity;

  g_return_val_if_fail (utf8 != NULL, NULL);

  if (n_bytes < 0)
    n_bytes = (gssize) strlen (utf8);
  end = utf8 + n_bytes;

  /* At most one folded character per source byte. */
  capacity = (gsize) n_bytes + 1;
  folded->chars = g_new (gunichar, capacity);
  folded->origin = g_new (guint, capacity);

  for (p = utf8; p < end; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = hashiya_fold_char (g_utf8_get_char (p));

      if (c == 0)
        continue;
      folded->chars[folded->length] = c;
      folded->origin[folded->length] = offset;
      folded->length++;
    }
  folded->source_length = offset;

  return folded;
}

void
hashiya_folded_free (HashiyaFolded *folded)
{
  if (folded == NULL)
    return;

  g_free (folded->chars);
  g_free (folded->origin);
  g_free (folded);
}

/**
 * hashiya_folded_to_source:
 *
 * Maps folded start–end back to the source. The end reaches up to the
 * next character that was kept, so that tashkeel after the last letter
 * stays inside the span.
 */
void
hashiya_folded_to_source (const HashiyaFolded *folded,
                          guint                start,
                          guint                end,
                          guint               *source_start,
                          guint               *source_end)
{
  g_return_if_fail (folded != NULL);
  g_return_if_fail (start <= end && end <= folded->length);

  *source_start = start < folded->length ? folded->origin[start] : folded->source_length;
  *source_end = end < folded->length ? folded->origin[end] : folded->source_length;

  /* Whatever was dropped between the span and the next kept character is
   * a mark of the span's last letter, or a joiner or tatweel after it. */
  if (end > start && end < folded->length)
    {
      guint last = folded->origin[end - 1] + 1;

      if (*source_end < last)
        *source_end = last;
    }
}

/* The folded form as UTF-8, for queries and aliases. */
char *
hashiya_fold_string (const char *utf8)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold (utf8, -1);
  GString *out = g_string_sized_new (folded->length * 2);

  for (guint i = 0; i < folded->length; i++)
    g_string_append_unichar (out, folded->chars[i]);

  return g_string_free (out, FALSE);
}

static HashiyaTokenKind
char_kind (gunichar c)
{
  if (g_unichar_isdigit (c))
    return HASHIYA_TOKEN_NUMBER;
  if (g_unichar_isalpha (c) || g_unichar_ismark (c))
    return HASHIYA_TOKEN_WORD;
  return HASHIYA_TOKEN_PUNCT;
}

/**
 * hashiya_tokenize:
 *
 * Splits folded text into words (letters with their marks), numbers, and
 * single punctuation characters such as "+"; white space separates.
 *
 * Returns: (transfer full) (element-type HashiyaToken): the tokens
 */
GArray *
hashiya_tokenize (const HashiyaFolded *folded)
{
  GArray *tokens = g_array_sized_new (FALSE, FALSE, sizeof (HashiyaToken), folded->length / 5 + 1);
  guint i = 0;

  while (i < folded->length)
    {
      HashiyaToken token;
      gunichar c = folded->chars[i];

      if (g_unichar_isspace (c))
        {
          i++;
          continue;
        }

      token.start = i;
      token.kind = char_kind (c);
      i++;
      if (token.kind != HASHIYA_TOKEN_PUNCT)
        while (i < folded->length && char_kind (folded->chars[i]) == token.kind)
          i++;
      token.end = i;
      g_array_append_val (tokens, token);
    }

  return tokens;
}

static gboolean
starts_with (const gunichar *word,
             guint           length,
             guint           at,
             gunichar        c)
{
  return at < length && word[at] == c;
}

/**
 * hashiya_proclitic_readings:
 * @word: a folded word
 * @readings: (out caller-allocates): room for
 *   %HASHIYA_MAX_CLITIC_READINGS readings
 *
 * The ways to read @word as proclitics and a stem: none; و or ف; then ب,
 * ك, ل or س; and ل before ل (li + al, alef dropped), read as ا + the rest.
 * Every stem keeps at least two letters.
 *
 * Returns: how many readings, the plain word first
 */
guint
hashiya_proclitic_readings (const gunichar *word,
                            guint           length,
                            HashiyaClitic  *readings)
{
  static const gunichar conjunctions[] = { 0, WAW, FEH };
  static const gunichar prepositions[] = { 0, BEH, KAF, LAM, SEEN };
  guint n = 0;

  readings[n++] = (HashiyaClitic) { 0, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (conjunctions); i++)
    {
      guint at = 0;

      if (conjunctions[i] != 0)
        {
          if (!starts_with (word, length, 0, conjunctions[i]))
            continue;
          at = 1;
        }

      for (guint j = 0; j < G_N_ELEMENTS (prepositions); j++)
        {
          guint skip = at;

          if (prepositions[j] != 0)
            {
              if (!starts_with (word, length, at, prepositions[j]))
                continue;
              skip++;
            }
          if (skip == 0 || length < skip + 2)
            continue;

          readings[n++] = (HashiyaClitic) { skip, FALSE };
          if (prepositions[j] == LAM && word[skip] == LAM)
            readings[n++] = (HashiyaClitic) { skip, TRUE };
        }
    }

  g_assert (n <= HASHIYA_MAX_CLITIC_READINGS);
  return n;
}

static gboolean
stem_has_article (const gunichar    *word,
                  guint              length,
                  const HashiyaStem *stem)
{
  /* ا + ل + at least two letters, the alef maybe read (لل). */
  if (stem->add_alef)
    return length >= stem->skip + 3 && word[stem->skip] == LAM;
  return length >= stem->skip + 4 && word[stem->skip] == ALEF && word[stem->skip + 1] == LAM;
}

static gboolean
same_stem (const gunichar    *word,
           guint              length,
           const HashiyaStem *a,
           const HashiyaStem *b)
{
  guint a_length = length - a->skip + (a->add_alef ? 1 : 0);
  guint b_length = length - b->skip + (b->add_alef ? 1 : 0);

  if (a_length != b_length)
    return FALSE;
  if (a->add_alef == b->add_alef)
    return a->skip == b->skip;
  /* ا + the rest against the word itself, from one letter earlier. */
  if (a->add_alef)
    return word[b->skip] == ALEF && memcmp (word + a->skip, word + b->skip + 1,
                                            (length - a->skip) * sizeof (gunichar)) == 0;
  return word[a->skip] == ALEF && memcmp (word + b->skip, word + a->skip + 1,
                                          (length - b->skip) * sizeof (gunichar)) == 0;
}

/**
 * hashiya_stem_readings:
 * @word: a folded word
 * @stems: (out caller-allocates): room for %HASHIYA_MAX_STEM_READINGS
 *
 * The stems that search finds @word by: every reading of its proclitics
 * (hashiya_proclitic_readings()), and each of them again without the
 * article ال when it has one ("والأذربيجانية" is found by
 * "الاذربيجانيه" and by "اذربيجانيه"). A hit leaves the proclitics out
 * and keeps the article. No two stems are the same letters.
 *
 * Returns: how many stems, the whole word first
 */
guint
hashiya_stem_readings (const gunichar *word,
                       guint           length,
                       HashiyaStem    *stems)
{
  HashiyaClitic readings[HASHIYA_MAX_CLITIC_READINGS];
  guint n_readings = hashiya_proclitic_readings (word, length, readings);
  guint n = 0;

  for (guint r = 0; r < n_readings; r++)
    {
      HashiyaStem candidates[2];
      guint n_candidates = 0;

      candidates[n_candidates++] = (HashiyaStem) { readings[r].skip, readings[r].skip, readings[r].add_alef };
      if (stem_has_article (word, length, &candidates[0]))
        /* Past ال; with لل, past the lam the alef was read before. */
        candidates[n_candidates++] = (HashiyaStem) {
          readings[r].skip + (readings[r].add_alef ? 1 : 2), readings[r].skip, FALSE
        };

      for (guint c = 0; c < n_candidates; c++)
        {
          gboolean seen = FALSE;

          for (guint i = 0; i < n && !seen; i++)
            if (same_stem (word, length, &stems[i], &candidates[c]))
              {
                stems[i].span = MIN (stems[i].span, candidates[c].span);
                seen = TRUE;
              }
          if (!seen)
            stems[n++] = candidates[c];
        }
    }

  g_assert (n <= HASHIYA_MAX_STEM_READINGS);
  return n;
}
