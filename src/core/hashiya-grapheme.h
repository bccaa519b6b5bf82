/* hashiya-grapheme.h — the Unicode properties behind grapheme clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Grapheme_Cluster_Break (UAX #29), with Extended_Pictographic, which
 * never shares a code point with another class, as one more value. */
typedef enum
{
  HASHIYA_GCB_OTHER,
  HASHIYA_GCB_CR,
  HASHIYA_GCB_LF,
  HASHIYA_GCB_CONTROL,
  HASHIYA_GCB_EXTEND,
  HASHIYA_GCB_ZWJ,
  HASHIYA_GCB_REGIONAL_INDICATOR,
  HASHIYA_GCB_PREPEND,
  HASHIYA_GCB_SPACING_MARK,
  HASHIYA_GCB_L,
  HASHIYA_GCB_V,
  HASHIYA_GCB_T,
  HASHIYA_GCB_LV,
  HASHIYA_GCB_LVT,
  HASHIYA_GCB_EXTENDED_PICTOGRAPHIC,
} HashiyaGcb;

HashiyaGcb   hashiya_grapheme_class         (gunichar c);
const char  *hashiya_grapheme_unicode_version (void);

G_END_DECLS
