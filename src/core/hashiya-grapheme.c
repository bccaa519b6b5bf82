/* hashiya-grapheme.c — the Unicode properties behind grapheme clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-grapheme"

#include "config.h"

#include "hashiya-grapheme.h"
#include "hashiya-grapheme-table.h"

/* Hangul syllables: 19 leading consonants × 21 vowels × 28 trailing
 * consonants (the first of which is none) from U+AC00 (Unicode §3.12). */
#define HANGUL_FIRST 0xAC00
#define HANGUL_COUNT 11172
#define HANGUL_T_COUNT 28

/**
 * hashiya_grapheme_class:
 *
 * The Grapheme_Cluster_Break class of @c, or
 * %HASHIYA_GCB_EXTENDED_PICTOGRAPHIC, from the Unicode Character Database
 * (hashiya-grapheme-table.h).
 */
HashiyaGcb
hashiya_grapheme_class (gunichar c)
{
  guint low = 0;
  guint high = G_N_ELEMENTS (hashiya_grapheme_ranges);

  /* Printable ASCII is the common case. */
  if (c >= 0x20 && c < 0x7F)
    return HASHIYA_GCB_OTHER;

  if (c >= HANGUL_FIRST && c < HANGUL_FIRST + HANGUL_COUNT)
    return (c - HANGUL_FIRST) % HANGUL_T_COUNT == 0 ? HASHIYA_GCB_LV : HASHIYA_GCB_LVT;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (c < hashiya_grapheme_ranges[middle].first)
        high = middle;
      else if (c > hashiya_grapheme_ranges[middle].last)
        low = middle + 1;
      else
        return hashiya_grapheme_ranges[middle].gcb;
    }

  return HASHIYA_GCB_OTHER;
}

/**
 * hashiya_grapheme_unicode_version:
 *
 * Returns: the version of the Unicode Character Database the classes come
 *   from, such as "15.0.0"
 */
const char *
hashiya_grapheme_unicode_version (void)
{
  return HASHIYA_GRAPHEME_UNICODE_VERSION;
}
