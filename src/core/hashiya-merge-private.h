/* hashiya-merge-private.h — what the parts of the merge share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-merge.h"

G_BEGIN_DECLS

HashiyaDocument *_hashiya_merge_documents_from (HashiyaDocument  *base,
                                                HashiyaDocument  *ours,
                                                HashiyaDocument  *theirs,
                                                guint             next_mention,
                                                GError          **error);
guint            _hashiya_merge_id_number      (const char       *id,
                                                char              prefix);
GListModel      *_hashiya_merge_driver_full    (const char       *base_path,
                                                const char       *ours_path,
                                                const char       *theirs_path,
                                                const char       *name,
                                                gboolean         *lines,
                                                GError          **error);
GBytes          *_hashiya_merge_lines          (GBytes           *contents[3],
                                                const char       *names[3],
                                                GListModel      **conflicts);

G_END_DECLS
