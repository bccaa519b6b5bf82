/* hashiya-merge-changes-private.h — whether two versions say the same,
 * for the merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-merge-changes.h"

G_BEGIN_DECLS

gboolean _hashiya_merge_same_mention         (HashiyaMention  *x,
                                              HashiyaMention  *y,
                                              gboolean         with_author);
gboolean _hashiya_merge_same_relation_fields (HashiyaRelation *x,
                                              HashiyaRelation *y,
                                              gboolean         with_author);
gboolean _hashiya_merge_same_actor           (HashiyaActor    *x,
                                              HashiyaActor    *y);

G_END_DECLS
