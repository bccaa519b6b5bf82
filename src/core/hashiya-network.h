/* hashiya-network.h — the actors of one document or many, and their links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network-document.h"
#include "hashiya-network-edge.h"
#include "hashiya-network-evidence.h"
#include "hashiya-network-filter.h"
#include "hashiya-network-node.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK (hashiya_network_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetwork, hashiya_network, HASHIYA, NETWORK, GObject)

HashiyaNetwork             *hashiya_network_new                  (GPtrArray                  *documents,
                                                                  const HashiyaNetworkFilter *filter);
HashiyaNetwork             *hashiya_network_new_for_document     (HashiyaDocument            *document,
                                                                  const char                 *title,
                                                                  const HashiyaNetworkFilter *filter);
const HashiyaNetworkFilter *hashiya_network_get_filter           (HashiyaNetwork             *self);
GPtrArray                  *hashiya_network_get_documents        (HashiyaNetwork             *self);
GListModel                 *hashiya_network_get_nodes            (HashiyaNetwork             *self);
GListModel                 *hashiya_network_get_edges            (HashiyaNetwork             *self);
guint                       hashiya_network_get_n_nodes          (HashiyaNetwork             *self);
guint                       hashiya_network_get_n_edges          (HashiyaNetwork             *self);
HashiyaNetworkNode         *hashiya_network_get_node             (HashiyaNetwork             *self,
                                                                  guint                       position);
HashiyaNetworkEdge         *hashiya_network_get_edge             (HashiyaNetwork             *self,
                                                                  guint                       position);
HashiyaNetworkNode         *hashiya_network_lookup_node          (HashiyaNetwork             *self,
                                                                  const char                 *actor_id);
HashiyaRelationCatalog     *hashiya_network_get_relation_catalog (HashiyaNetwork             *self);
gboolean                    hashiya_network_get_directed         (HashiyaNetwork             *self);
guint                       hashiya_network_get_n_taken          (HashiyaNetwork             *self);
guint                       hashiya_network_get_n_undated        (HashiyaNetwork             *self);
guint                       hashiya_network_get_n_without_date   (HashiyaNetwork             *self);
guint                       hashiya_network_get_n_links          (HashiyaNetwork             *self);
const char                 *hashiya_network_get_first_date       (HashiyaNetwork             *self);
const char                 *hashiya_network_get_last_date        (HashiyaNetwork             *self);

G_END_DECLS
