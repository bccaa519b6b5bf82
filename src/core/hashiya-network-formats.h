/* hashiya-network-formats.h — the files a network is written as
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network.h"

G_BEGIN_DECLS

GBytes *hashiya_network_write_gexf      (HashiyaNetwork *network,
                                         gboolean        arabic);
GBytes *hashiya_network_write_graphml   (HashiyaNetwork *network,
                                         gboolean        arabic);
GBytes *hashiya_network_write_nodes_csv (HashiyaNetwork *network,
                                         gboolean        arabic);
GBytes *hashiya_network_write_edges_csv (HashiyaNetwork *network,
                                         gboolean        arabic);

G_END_DECLS
