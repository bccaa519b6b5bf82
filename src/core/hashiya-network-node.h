/* hashiya-network-node.h — an actor in a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-actor.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_NODE (hashiya_network_node_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkNode, hashiya_network_node, HASHIYA, NETWORK_NODE, GObject)

HashiyaActor     *hashiya_network_node_get_actor       (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_id          (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_name_ar     (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_name_en     (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_label       (HashiyaNetworkNode *self,
                                                        gboolean            arabic);
HashiyaActorKind  hashiya_network_node_get_kind        (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_color       (HashiyaNetworkNode *self);
guint             hashiya_network_node_get_position    (HashiyaNetworkNode *self);
guint             hashiya_network_node_get_mentions    (HashiyaNetworkNode *self);
guint             hashiya_network_node_get_documents   (HashiyaNetworkNode *self);
guint             hashiya_network_node_get_degree      (HashiyaNetworkNode *self);
guint             hashiya_network_node_get_strength    (HashiyaNetworkNode *self);
double            hashiya_network_node_get_betweenness (HashiyaNetworkNode *self);
double            hashiya_network_node_get_x           (HashiyaNetworkNode *self);
double            hashiya_network_node_get_y           (HashiyaNetworkNode *self);
gboolean          hashiya_network_node_get_pinned      (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_first_date  (HashiyaNetworkNode *self);
const char       *hashiya_network_node_get_last_date   (HashiyaNetworkNode *self);
GListModel       *hashiya_network_node_list_mentions   (HashiyaNetworkNode *self);

G_END_DECLS
