/* hashiya-merge-files.h — the three .hashiya files of git's merge driver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document.h"

G_BEGIN_DECLS

HashiyaDocument *hashiya_merge_files (const char  *base_path,
                                      const char  *ours_path,
                                      const char  *theirs_path,
                                      const char  *name,
                                      GError     **error);

G_END_DECLS
