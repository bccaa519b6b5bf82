/* hashiya-network-bar-chart.h — counts as horizontal bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "hashiya-network-count.h"
#include "hashiya-network-picture.h"

G_BEGIN_DECLS

typedef struct _HashiyaNetworkBarChart HashiyaNetworkBarChart;

HashiyaNetworkBarChart *hashiya_network_bar_chart_new      (GListModel                  *counts,
                                                            const char                  *title,
                                                            const char                  *subtitle,
                                                            const HashiyaPictureOptions *options,
                                                            double                       width,
                                                            double                       height);
void                    hashiya_network_bar_chart_free     (HashiyaNetworkBarChart      *self);
void                    hashiya_network_bar_chart_set_size (HashiyaNetworkBarChart      *self,
                                                            double                       width,
                                                            double                       height);
void                    hashiya_network_bar_chart_draw     (HashiyaNetworkBarChart      *self,
                                                            cairo_t                     *cr);
GBytes                 *hashiya_network_bar_chart_render   (HashiyaNetworkBarChart      *self,
                                                            HashiyaPictureFormat         format,
                                                            GError                     **error);
HashiyaNetworkCount    *hashiya_network_bar_chart_count_at (HashiyaNetworkBarChart      *self,
                                                            double                       x,
                                                            double                       y);
gboolean                hashiya_network_bar_chart_get_bar  (HashiyaNetworkBarChart      *self,
                                                            guint                        position,
                                                            cairo_rectangle_t           *bar,
                                                            cairo_rectangle_t           *label);
guint                   hashiya_network_bar_chart_get_n_hidden (HashiyaNetworkBarChart  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaNetworkBarChart, hashiya_network_bar_chart_free)

G_END_DECLS
