/* hashiya-network-count.h — one bar of a chart: a thing and how many
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_COUNT (hashiya_network_count_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkCount, hashiya_network_count, HASHIYA, NETWORK_COUNT, GObject)

HashiyaNetworkCount *hashiya_network_count_new          (const char          *key,
                                                         const char          *label_ar,
                                                         const char          *label_en,
                                                         const char          *group,
                                                         const char          *group_label,
                                                         const char          *color,
                                                         guint                value);
const char          *hashiya_network_count_get_key      (HashiyaNetworkCount *self);
const char          *hashiya_network_count_get_label    (HashiyaNetworkCount *self,
                                                         gboolean             arabic);
const char          *hashiya_network_count_get_group    (HashiyaNetworkCount *self);
const char          *hashiya_network_count_get_group_label (HashiyaNetworkCount *self);
const char          *hashiya_network_count_get_color    (HashiyaNetworkCount *self);
guint                hashiya_network_count_get_value    (HashiyaNetworkCount *self);
void                 hashiya_network_count_add          (HashiyaNetworkCount *self,
                                                         guint                value);

G_END_DECLS
