/* hashiya-network-edge.h — a link between two actors of a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network-node.h"
#include "hashiya-relation-catalog.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_EDGE (hashiya_network_edge_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkEdge, hashiya_network_edge, HASHIYA, NETWORK_EDGE, GObject)

const char          *hashiya_network_edge_get_id            (HashiyaNetworkEdge *self);
HashiyaNetworkNode  *hashiya_network_edge_get_source        (HashiyaNetworkEdge *self);
HashiyaNetworkNode  *hashiya_network_edge_get_target        (HashiyaNetworkEdge *self);
HashiyaRelationType *hashiya_network_edge_get_relation_type (HashiyaNetworkEdge *self);
HashiyaQuadClass     hashiya_network_edge_get_quad_class    (HashiyaNetworkEdge *self);
gboolean             hashiya_network_edge_get_directed      (HashiyaNetworkEdge *self);
guint                hashiya_network_edge_get_count         (HashiyaNetworkEdge *self);
guint                hashiya_network_edge_get_documents     (HashiyaNetworkEdge *self);
const char * const  *hashiya_network_edge_get_modes         (HashiyaNetworkEdge *self);
const char          *hashiya_network_edge_get_first_date    (HashiyaNetworkEdge *self);
const char          *hashiya_network_edge_get_last_date     (HashiyaNetworkEdge *self);
gboolean             hashiya_network_edge_is_loop           (HashiyaNetworkEdge *self);
GListModel          *hashiya_network_edge_list_evidence     (HashiyaNetworkEdge *self);

G_END_DECLS
