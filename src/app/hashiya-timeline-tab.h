/* hashiya-timeline-tab.h — the Timeline tab of the Pictures page:
 * what it shows, by which period, over which range, and its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-timeline-chart.h"
#include "hashiya-timeline-range.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_TIMELINE_TAB (hashiya_timeline_tab_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaTimelineTab, hashiya_timeline_tab, HASHIYA, TIMELINE_TAB, GtkWidget)

HashiyaTimelineChartKind hashiya_timeline_tab_get_kind   (HashiyaTimelineTab          *self);
HashiyaTimelinePeriod    hashiya_timeline_tab_get_period (HashiyaTimelineTab          *self);
HashiyaTimelineRange    *hashiya_timeline_tab_get_range  (HashiyaTimelineTab          *self);
void                     hashiya_timeline_tab_show       (HashiyaTimelineTab          *self,
                                                          HashiyaNetworkTimeline      *timeline,
                                                          HashiyaNetworkTimeline      *span,
                                                          const HashiyaPictureOptions *options,
                                                          GtkCheckButton              *english);

G_END_DECLS
