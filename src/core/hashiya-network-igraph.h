/* hashiya-network-igraph.h — a network as igraph reads it, and the lock
 * every call of igraph takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* igraph's headers test a macro they do not define. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wundef"
#include <igraph.h>
#pragma GCC diagnostic pop

#include "hashiya-network.h"

G_BEGIN_DECLS

/* Two actors linked, each pair once (A < B, no loops), and how many
 * times, all types and directions together. */
typedef struct
{
  guint a;
  guint b;
  guint count;
} HashiyaNetworkPair;

GArray  *hashiya_network_pairs      (HashiyaNetwork     *network);
void     hashiya_igraph_lock        (GCancellable       *cancellable);
void     hashiya_igraph_unlock      (void);
gboolean hashiya_igraph_make        (igraph_t           *graph,
                                     guint               n_nodes,
                                     GArray             *pairs);
gboolean hashiya_igraph_check       (igraph_error_t      status,
                                     GCancellable       *cancellable,
                                     GError            **error);

G_END_DECLS
