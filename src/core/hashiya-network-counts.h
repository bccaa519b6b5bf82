/* hashiya-network-counts.h — the numbers of the charts and their tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network-count.h"
#include "hashiya-network-filter.h"

G_BEGIN_DECLS

GListModel *hashiya_network_count_mentions_by_actor   (GPtrArray                  *documents,
                                                       const HashiyaNetworkFilter *filter);
GListModel *hashiya_network_count_mentions_by_kind    (GPtrArray                  *documents,
                                                       const HashiyaNetworkFilter *filter);
GListModel *hashiya_network_count_mentions_by_type    (GPtrArray                  *documents,
                                                       const HashiyaNetworkFilter *filter);
GListModel *hashiya_network_count_relations_by_type   (GPtrArray                  *documents,
                                                       const HashiyaNetworkFilter *filter);
GListModel *hashiya_network_count_relations_by_quad_class (GPtrArray              *documents,
                                                           const HashiyaNetworkFilter *filter);

G_END_DECLS
