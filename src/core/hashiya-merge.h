/* hashiya-merge.h — a three-way merge of .hashiya files, as git's merge
 * driver runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

HashiyaDocument *hashiya_merge_documents (HashiyaDocument  *base,
                                          HashiyaDocument  *ours,
                                          HashiyaDocument  *theirs,
                                          GError          **error);

G_END_DECLS
