/* hashiya-network-attributes.h — what each file of a network says of its
 * nodes and edges, and of which type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network.h"

G_BEGIN_DECLS

typedef enum
{
  HASHIYA_ATTRIBUTE_STRING,
  HASHIYA_ATTRIBUTE_INTEGER,
  HASHIYA_ATTRIBUTE_DOUBLE,
  HASHIYA_ATTRIBUTE_BOOLEAN,
} HashiyaAttributeType;

typedef struct
{
  const char           *name;
  HashiyaAttributeType  type;
} HashiyaAttribute;

const HashiyaAttribute *hashiya_network_node_attributes (guint              *n_attributes);
const HashiyaAttribute *hashiya_network_edge_attributes (HashiyaNetwork     *network,
                                                         guint              *n_attributes);
char                  **hashiya_network_node_values     (HashiyaNetworkNode *node);
char                  **hashiya_network_edge_values     (HashiyaNetwork     *network,
                                                         HashiyaNetworkEdge *edge);
void                    hashiya_network_values_free     (char              **values,
                                                         guint               n_values);
char                   *hashiya_network_format_double   (double              value) G_GNUC_WARN_UNUSED_RESULT;
void                    hashiya_network_spans_of_days   (GArray             *days,
                                                         GPtrArray          *starts,
                                                         GPtrArray          *ends);

G_END_DECLS
