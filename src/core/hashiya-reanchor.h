/* hashiya-reanchor.h — re-attach mentions when the text under them changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-mention.h"
#include "hashiya-text.h"

G_BEGIN_DECLS

typedef enum
{
  HASHIYA_ANCHOR_KEPT,
  HASHIYA_ANCHOR_MOVED,
  HASHIYA_ANCHOR_FUZZY,
  HASHIYA_ANCHOR_ORPHANED,
} HashiyaAnchor;

/**
 * HashiyaReanchorReport:
 *
 * How many mentions stayed where they were, moved with their text, were
 * found again with small changes, or could not be found (orphans).
 */
typedef struct
{
  guint kept;
  guint moved;
  guint fuzzy;
  guint orphaned;
} HashiyaReanchorReport;

HashiyaAnchor hashiya_reanchor_mention (HashiyaText    *text,
                                        HashiyaMention *mention,
                                        guint           expected,
                                        gboolean        strict,
                                        guint          *start,
                                        guint          *end);
guint         hashiya_edit_distance    (const gunichar *a,
                                        guint           a_length,
                                        const gunichar *b,
                                        guint           b_length);

G_END_DECLS
