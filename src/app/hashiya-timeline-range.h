/* hashiya-timeline-range.h — the periods of a timeline chosen as the
 * date range of the pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-timeline.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_TIMELINE_RANGE (hashiya_timeline_range_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaTimelineRange, hashiya_timeline_range, HASHIYA, TIMELINE_RANGE, GtkWidget)

void  hashiya_timeline_range_set_span  (HashiyaTimelineRange   *self,
                                        HashiyaNetworkTimeline *span);
void  hashiya_timeline_range_show      (HashiyaTimelineRange   *self,
                                        const char             *from,
                                        const char             *to);
char *hashiya_timeline_range_dup_from  (HashiyaTimelineRange   *self) G_GNUC_WARN_UNUSED_RESULT;
char *hashiya_timeline_range_dup_to    (HashiyaTimelineRange   *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
