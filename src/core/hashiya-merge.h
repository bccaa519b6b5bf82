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
HashiyaDocument *hashiya_merge_files     (const char       *base_path,
                                          const char       *ours_path,
                                          const char       *theirs_path,
                                          const char       *name,
                                          GError          **error);

G_END_DECLS
