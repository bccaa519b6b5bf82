/* hashiya-network-layout.h — placing the actors of a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network.h"
#include "hashiya-network-positions.h"

G_BEGIN_DECLS

gboolean hashiya_network_layout        (HashiyaNetwork           *network,
                                        HashiyaNetworkPositions  *positions,
                                        GCancellable             *cancellable,
                                        GError                  **error);
void     hashiya_network_layout_async  (HashiyaNetwork           *network,
                                        HashiyaNetworkPositions  *positions,
                                        GCancellable             *cancellable,
                                        GAsyncReadyCallback       callback,
                                        gpointer                  user_data);
gboolean hashiya_network_layout_finish (HashiyaNetwork           *network,
                                        GAsyncResult             *result,
                                        GError                  **error);
void     hashiya_network_pin_node      (HashiyaNetwork           *network,
                                        HashiyaNetworkNode       *node,
                                        HashiyaNetworkPositions  *positions,
                                        double                    x,
                                        double                    y);
void     hashiya_network_unpin_node    (HashiyaNetwork           *network,
                                        HashiyaNetworkNode       *node,
                                        HashiyaNetworkPositions  *positions);
void     hashiya_network_get_extent    (HashiyaNetwork           *network,
                                        double                   *min_x,
                                        double                   *min_y,
                                        double                   *max_x,
                                        double                   *max_y);

G_END_DECLS
