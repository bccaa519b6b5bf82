/* hashiya-network-series.h — one line of a timeline: a count a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_SERIES (hashiya_network_series_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkSeries, hashiya_network_series, HASHIYA, NETWORK_SERIES, GObject)

HashiyaNetworkSeries *hashiya_network_series_new          (const char           *key,
                                                           const char           *label_ar,
                                                           const char           *label_en,
                                                           const char           *color,
                                                           guint                 n_values);
const char           *hashiya_network_series_get_key      (HashiyaNetworkSeries *self);
const char           *hashiya_network_series_get_label    (HashiyaNetworkSeries *self,
                                                           gboolean              arabic);
const char           *hashiya_network_series_get_color    (HashiyaNetworkSeries *self);
guint                 hashiya_network_series_get_n_values (HashiyaNetworkSeries *self);
guint                 hashiya_network_series_get_value    (HashiyaNetworkSeries *self,
                                                           guint                 period);
guint                 hashiya_network_series_get_total    (HashiyaNetworkSeries *self);
guint                 hashiya_network_series_get_max      (HashiyaNetworkSeries *self);
void                  hashiya_network_series_add          (HashiyaNetworkSeries *self,
                                                           guint                 period,
                                                           guint                 value);

G_END_DECLS
