/* hashiya-merge.h — a three-way merge of .hashiya files, as git's merge
 * driver runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

HashiyaDocument *hashiya_merge_documents (HashiyaDocument  *base,
                                          HashiyaDocument  *ours,
                                          HashiyaDocument  *theirs,
                                          GError          **error);
HashiyaDocument *hashiya_merge_files     (const char       *base_path,
                                          const char       *ours_path,
                                          const char       *theirs_path,
                                          const char       *name,
                                          GError          **error);
GListModel      *hashiya_merge_driver    (const char       *base_path,
                                          const char       *ours_path,
                                          const char       *theirs_path,
                                          const char       *name,
                                          GError          **error);
void             hashiya_merge_count_changes (HashiyaDocument *before,
                                              HashiyaDocument *after,
                                              HashiyaChanges  *changes);

G_END_DECLS
