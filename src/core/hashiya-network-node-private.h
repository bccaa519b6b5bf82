/* hashiya-network-node-private.h — inside a node of a network: what its
 * builder, layout, measures, files and pictures share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network-node.h"

G_BEGIN_DECLS

/* A mention of a node's actor, in document DOCUMENT. */
typedef struct
{
  guint           document;
  HashiyaMention *mention;
} HashiyaNodeMention;

struct _HashiyaNetworkNode
{
  GObject       parent_instance;

  HashiyaActor *actor;
  guint         position;        /* in the network's nodes */
  guint         mentions;
  guint         documents;
  guint         last_document;   /* while counting them: the last one + 1 */
  GArray       *days;            /* guint32, sorted, each once */
  GArray       *mention_list;    /* HashiyaNodeMention */
  GPtrArray    *network_documents; /* the network's, to list the mentions */

  guint         degree;
  guint         strength;
  double        betweenness;
  double        x;
  double        y;
  gboolean      pinned;
  char         *first_date;
  char         *last_date;
};

HashiyaNetworkNode *_hashiya_network_node_new        (HashiyaActor       *actor,
                                                      guint               position,
                                                      GPtrArray          *documents);
void                _hashiya_network_node_add_mention (HashiyaNetworkNode *self,
                                                      guint               document,
                                                      guint32             day,
                                                      HashiyaMention     *mention);
void                _hashiya_network_node_finish     (HashiyaNetworkNode *self);
void                _hashiya_network_node_set_place  (HashiyaNetworkNode *self,
                                                      double              x,
                                                      double              y,
                                                      gboolean            pinned);
void                _hashiya_network_node_set_measures (HashiyaNetworkNode *self,
                                                        guint               degree,
                                                        guint               strength,
                                                        double              betweenness);

void                _hashiya_days_add                (GArray              *days,
                                                      guint32              day);

G_END_DECLS
