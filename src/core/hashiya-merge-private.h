/* hashiya-merge-private.h — the merge, for the merge driver's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-merge.h"

G_BEGIN_DECLS

HashiyaDocument *_hashiya_merge_documents (HashiyaDocument  *base,
                                           HashiyaDocument  *ours,
                                           HashiyaDocument  *theirs,
                                           gboolean          reuse,
                                           GError          **error);

G_END_DECLS
