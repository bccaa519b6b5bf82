/* hashiya-chart-view.h — a bar chart of counts or a timeline, drawn in
 * the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-bar-chart.h"
#include "hashiya-network-timeline-chart.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CHART_VIEW (hashiya_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaChartView, hashiya_chart_view, HASHIYA, CHART_VIEW, GtkWidget)

GtkWidget *hashiya_chart_view_new          (void);
void       hashiya_chart_view_set_counts   (HashiyaChartView            *self,
                                            GListModel                  *counts,
                                            const char                  *title,
                                            const HashiyaPictureOptions *options);
void       hashiya_chart_view_set_timeline (HashiyaChartView            *self,
                                            HashiyaNetworkTimeline      *timeline,
                                            HashiyaTimelineChartKind     kind,
                                            const HashiyaPictureOptions *options);
void       hashiya_chart_view_clear        (HashiyaChartView            *self);

G_END_DECLS
