/* hashiya-network-timeline-chart.h — a timeline drawn: mentions as lines,
 * cooperation against conflict as bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "hashiya-network-picture.h"
#include "hashiya-network-timeline.h"

G_BEGIN_DECLS

/* The nicks ("mentions", "relations") are the CLI's --chart values. */
typedef enum
{
  HASHIYA_TIMELINE_CHART_MENTIONS,
  HASHIYA_TIMELINE_CHART_RELATIONS,
} HashiyaTimelineChartKind;

typedef struct _HashiyaNetworkTimelineChart HashiyaNetworkTimelineChart;

HashiyaNetworkTimelineChart *hashiya_network_timeline_chart_new      (HashiyaNetworkTimeline      *timeline,
                                                                      HashiyaTimelineChartKind     kind,
                                                                      const HashiyaPictureOptions *options,
                                                                      double                       width,
                                                                      double                       height);
void                         hashiya_network_timeline_chart_free     (HashiyaNetworkTimelineChart *self);
void                         hashiya_network_timeline_chart_set_size (HashiyaNetworkTimelineChart *self,
                                                                      double                       width,
                                                                      double                       height);
void                         hashiya_network_timeline_chart_draw     (HashiyaNetworkTimelineChart *self,
                                                                      cairo_t                     *cr);
GBytes                      *hashiya_network_timeline_chart_render   (HashiyaNetworkTimelineChart *self,
                                                                      HashiyaPictureFormat         format,
                                                                      GError                     **error);
int                          hashiya_network_timeline_chart_period_at (HashiyaNetworkTimelineChart *self,
                                                                       double                       x,
                                                                       double                       y);
const char                  *hashiya_network_timeline_chart_get_message (HashiyaNetworkTimelineChart *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaNetworkTimelineChart, hashiya_network_timeline_chart_free)

G_END_DECLS
