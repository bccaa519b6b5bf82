/* hashiya-merge-changes.h — what changed between two versions of a
 * document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document.h"

G_BEGIN_DECLS

/* What came, went and changed between two versions of a document. */
typedef struct
{
  guint added;
  guint removed;
  guint changed;
} HashiyaChangeCount;

typedef struct
{
  HashiyaChangeCount mentions;
  HashiyaChangeCount relations;
  HashiyaChangeCount actors;
} HashiyaChanges;

void hashiya_merge_count_changes (HashiyaDocument *before,
                                  HashiyaDocument *after,
                                  HashiyaChanges  *changes);

G_END_DECLS
