/* hashiya-network-csv.c — a network as Gephi's spreadsheet pair: a file
 * of nodes and a file of edges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   nodes.csv: Id,Label,name_ar,name_en,kind,color,mentions,…
 *   edges.csv: Id,Source,Target,Type,Weight,Label,relation,relation_ar,…
 *
 * As Gephi's "Import spreadsheet" reads them: RFC 4180 (quoted fields,
 * doubled quotes, CRLF records), UTF-8; the columns Gephi knows first
 * (Type is Directed, or Undirected for a mutual type and co-mentions),
 * then every attribute of the GEXF and GraphML files, by the same names.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-csv-table.h"
#include "hashiya-network-attributes.h"
#include "hashiya-network-formats.h"
#include "hashiya-network-edge-private.h"

/**
 * hashiya_network_write_nodes_csv:
 * @arabic: whether labels are the Arabic names, else the English ones
 *
 * Returns: (transfer full): nodes.csv
 */
GBytes *
hashiya_network_write_nodes_csv (HashiyaNetwork *network,
                                 gboolean        arabic)
{
  GString *out = g_string_new (NULL);
  const HashiyaAttribute *attributes;
  guint n_attributes, n_nodes = hashiya_network_get_n_nodes (network);

  attributes = hashiya_network_node_attributes (&n_attributes);
  hashiya_csv_append_field (out, "Id", FALSE);
  hashiya_csv_append_field (out, "Label", FALSE);
  for (guint i = 0; i < n_attributes; i++)
    hashiya_csv_append_field (out, attributes[i].name, i + 1 == n_attributes);
  for (guint i = 0; i < n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
      char **values = hashiya_network_node_values (node);

      hashiya_csv_append_field (out, hashiya_network_node_get_id (node), FALSE);
      hashiya_csv_append_field (out, hashiya_network_node_get_label (node, arabic), FALSE);
      for (guint k = 0; k < n_attributes; k++)
        hashiya_csv_append_field (out, values[k], k + 1 == n_attributes);
      hashiya_network_values_free (values, n_attributes);
    }
  return g_string_free_to_bytes (out);
}

/**
 * hashiya_network_write_edges_csv:
 *
 * Returns: (transfer full): edges.csv
 */
GBytes *
hashiya_network_write_edges_csv (HashiyaNetwork *network,
                                 gboolean        arabic)
{
  GString *out = g_string_new (NULL);
  const HashiyaAttribute *attributes;
  guint n_attributes, n_edges = hashiya_network_get_n_edges (network);
  gboolean relations = hashiya_network_get_filter (network)->edges == HASHIYA_NETWORK_EDGES_RELATIONS;

  attributes = hashiya_network_edge_attributes (network, &n_attributes);
  hashiya_csv_append_field (out, "Id", FALSE);
  hashiya_csv_append_field (out, "Source", FALSE);
  hashiya_csv_append_field (out, "Target", FALSE);
  hashiya_csv_append_field (out, "Type", FALSE);
  hashiya_csv_append_field (out, "Weight", FALSE);
  if (relations)
    hashiya_csv_append_field (out, "Label", FALSE);
  for (guint i = 0; i < n_attributes; i++)
    hashiya_csv_append_field (out, attributes[i].name, i + 1 == n_attributes);
  for (guint i = 0; i < n_edges; i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      char **values = hashiya_network_edge_values (network, edge);
      g_autofree char *weight = g_strdup_printf ("%u", edge->count);

      hashiya_csv_append_field (out, edge->id, FALSE);
      hashiya_csv_append_field (out, hashiya_network_node_get_id (edge->source), FALSE);
      hashiya_csv_append_field (out, hashiya_network_node_get_id (edge->target), FALSE);
      hashiya_csv_append_field (out, edge->directed ? "Directed" : "Undirected", FALSE);
      hashiya_csv_append_field (out, weight, FALSE);
      if (relations)
        hashiya_csv_append_field (out, arabic ? hashiya_relation_type_get_name_ar (edge->type)
                                              : hashiya_relation_type_get_name_en (edge->type), FALSE);
      for (guint k = 0; k < n_attributes; k++)
        hashiya_csv_append_field (out, values[k], k + 1 == n_attributes);
      hashiya_network_values_free (values, n_attributes);
    }
  return g_string_free_to_bytes (out);
}
