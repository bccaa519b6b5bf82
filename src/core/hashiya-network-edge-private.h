/* hashiya-network-edge-private.h — inside an edge of a network: what its
 * builder, layout, measures, files and pictures share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network-edge.h"
#include "hashiya-network-node-private.h"

G_BEGIN_DECLS

/* A sentence that shows a link: in document DOCUMENT (an index into the
 * network's documents), the sentence START–END; the relation (NULL for
 * a co-mention) and the two mentions. */
typedef struct
{
  guint            document;
  guint            start;
  guint            end;
  HashiyaRelation *relation;
  HashiyaMention  *a;
  HashiyaMention  *b;
} HashiyaEdgeEvidence;

struct _HashiyaNetworkEdge
{
  GObject              parent_instance;

  char                *id;
  HashiyaNetworkNode  *source;
  HashiyaNetworkNode  *target;
  HashiyaRelationType *type;          /* NULL: co-mentions */
  HashiyaQuadClass     quad_class;
  gboolean             directed;
  guint                count;
  guint                documents;
  guint                last_document;
  GArray              *days;          /* guint32, sorted, each once */
  GArray              *evidence;      /* HashiyaEdgeEvidence */
  GPtrArray           *modes;         /* each mode once, NULL-terminated */
  GPtrArray           *network_documents;
  char                *first_date;
  char                *last_date;
};

HashiyaNetworkEdge *_hashiya_network_edge_new        (const char          *id,
                                                      HashiyaNetworkNode  *source,
                                                      HashiyaNetworkNode  *target,
                                                      HashiyaRelationType *type,
                                                      GPtrArray           *documents);
void                _hashiya_network_edge_add        (HashiyaNetworkEdge  *self,
                                                      guint32              day,
                                                      const HashiyaEdgeEvidence *evidence);
void                _hashiya_network_edge_finish     (HashiyaNetworkEdge  *self);

G_END_DECLS
