/* hashiya-pictures-build.h — what the Pictures page computes on worker
 * threads: the numbers of its pictures, its positions read and kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network.h"
#include "hashiya-network-positions.h"
#include "hashiya-network-timeline.h"

G_BEGIN_DECLS

/* What one rebuild of the pictures takes and makes. */
typedef struct
{
  guint                   generation;
  GPtrArray              *documents;
  HashiyaNetworkFilter   *filter;
  HashiyaTimelinePeriod   period;
  guint                   counts_kind;
  HashiyaNetwork         *network;
  GListModel             *counts;
  HashiyaNetworkTimeline *timeline;
  HashiyaNetworkTimeline *span;        /* of every date: the periods a range offers */
} HashiyaPicturesBuild;

void        hashiya_pictures_build_free               (HashiyaPicturesBuild       *build);
GListModel *hashiya_pictures_count                    (GPtrArray                  *documents,
                                                       const HashiyaNetworkFilter *filter,
                                                       guint                       kind);
void        hashiya_pictures_build_run                (HashiyaPicturesBuild       *build);
void        hashiya_pictures_build_in_thread          (GTask                      *task,
                                                       HashiyaPicturesBuild       *build);
void        hashiya_pictures_positions_load_in_thread (GTask                      *task,
                                                       const char                 *path);
void        hashiya_pictures_positions_save_in_thread (GTask                      *task,
                                                       HashiyaNetworkPositions    *positions,
                                                       const char                 *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaPicturesBuild, hashiya_pictures_build_free)

G_END_DECLS
