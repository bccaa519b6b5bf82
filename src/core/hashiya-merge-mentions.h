/* hashiya-merge-mentions.h — the mentions (and orphans) of a three-way
 * merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-merge-state.h"

G_BEGIN_DECLS

void        _hashiya_merge_mention_list       (HashiyaMerge *self,
                                               gboolean      orphans);
const char *_hashiya_merge_bring_back_mention (HashiyaMerge *self,
                                               int           side,
                                               const char   *side_id);

G_END_DECLS
