/* hashiya-network-view.h — the actor network drawn in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"
#include "hashiya-network.h"
#include "hashiya-network-picture.h"
#include "hashiya-network-positions.h"
#include "hashiya-network-scene.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_VIEW (hashiya_network_view_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkView, hashiya_network_view, HASHIYA, NETWORK_VIEW, GtkWidget)

GtkWidget           *hashiya_network_view_new          (void);
void                 hashiya_network_view_set_network  (HashiyaNetworkView          *self,
                                                        HashiyaNetwork              *network,
                                                        HashiyaNetworkPositions     *positions,
                                                        const HashiyaPictureOptions *options);
HashiyaNetwork      *hashiya_network_view_get_network  (HashiyaNetworkView          *self);
HashiyaNetworkScene *hashiya_network_view_get_scene    (HashiyaNetworkView          *self);
double               hashiya_network_view_get_zoom     (HashiyaNetworkView          *self);
void                 hashiya_network_view_zoom         (HashiyaNetworkView          *self,
                                                        double                       factor);
void                 hashiya_network_view_reset        (HashiyaNetworkView          *self);
void                 hashiya_network_view_get_view     (HashiyaNetworkView          *self,
                                                        double                      *zoom,
                                                        double                      *pan_x,
                                                        double                      *pan_y);
char                *hashiya_network_view_describe_node (HashiyaNetworkNode         *node) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
