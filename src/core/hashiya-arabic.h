/* hashiya-arabic.h — folding, tokens and proclitics for matching Arabic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * HashiyaFolded:
 * @chars: the folded characters
 * @origin: for each folded character, its code point offset in the source
 * @length: how many folded characters
 * @source_length: how many code points the source had
 *
 * Text folded for matching and search, with the way back to the source.
 */
typedef struct
{
  gunichar *chars;
  guint    *origin;
  guint     length;
  guint     source_length;
} HashiyaFolded;

typedef enum
{
  HASHIYA_TOKEN_WORD,
  HASHIYA_TOKEN_NUMBER,
  HASHIYA_TOKEN_PUNCT,
} HashiyaTokenKind;

/* A token, in folded indices (start inclusive, end exclusive). */
typedef struct
{
  guint start;
  guint end;
  guint kind;
} HashiyaToken;

/* One way to read a word's proclitics: skip this many letters, and read
 * an alef before the rest (for لل, li + al with its alef dropped). */
typedef struct
{
  guint    skip;
  gboolean add_alef;
} HashiyaClitic;

#define HASHIYA_MAX_CLITIC_READINGS 16

/* One way to read a word for search: the stem starts @skip letters in,
 * with an alef read before it when @add_alef; a hit on it starts @span
 * letters in (proclitics are left out of a hit, the article is not). */
typedef struct
{
  guint    skip;
  guint    span;
  gboolean add_alef;
} HashiyaStem;

#define HASHIYA_MAX_STEM_READINGS (2 * HASHIYA_MAX_CLITIC_READINGS)

gunichar       hashiya_fold_char               (gunichar             c);
HashiyaFolded *hashiya_fold                    (const char          *utf8,
                                                gssize               n_bytes);
void           hashiya_folded_free             (HashiyaFolded       *folded);
void           hashiya_folded_to_source        (const HashiyaFolded *folded,
                                                guint                start,
                                                guint                end,
                                                guint               *source_start,
                                                guint               *source_end);
char          *hashiya_fold_string             (const char          *utf8) G_GNUC_WARN_UNUSED_RESULT;

GArray        *hashiya_tokenize                (const HashiyaFolded *folded);
guint          hashiya_proclitic_readings      (const gunichar      *word,
                                                guint                length,
                                                HashiyaClitic       *readings);
guint          hashiya_stem_readings           (const gunichar      *word,
                                                guint                length,
                                                HashiyaStem         *stems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaFolded, hashiya_folded_free)

G_END_DECLS
