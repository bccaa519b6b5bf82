/* hashiya-curation-rows.h — how a curation describes each difference: the
 * list's row of a unit of the versions or of a merge's conflict, and the
 * names of what each annotator or side made of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-curation-marks.h"

G_BEGIN_DECLS

GtkWidget  *hashiya_curation_row_new            (GObject             *item,
                                                 HashiyaAgreement    *agreement,
                                                 HashiyaDocument     *document);
void        hashiya_curation_item_span          (GObject             *item,
                                                 guint               *start,
                                                 guint               *end);
const char *hashiya_curation_version_actor_name (HashiyaAgreement    *agreement,
                                                 const char          *actor_id);
char       *hashiya_curation_describe_side      (HashiyaDocument     *document,
                                                 HashiyaConflict     *conflict,
                                                 HashiyaConflictSide  side) G_GNUC_WARN_UNUSED_RESULT;
const char *hashiya_curation_side_name          (HashiyaConflict     *conflict,
                                                 HashiyaConflictSide  side);

G_END_DECLS
