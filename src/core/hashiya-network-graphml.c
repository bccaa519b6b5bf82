/* hashiya-network-graphml.c — a network as GraphML, for Gephi, networkx,
 * igraph, yEd and Cytoscape
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   <graphml xmlns="http://graphml.graphdrawing.org/xmlns" …>
 *     <key id="label" for="node" attr.name="label" attr.type="string"/>
 *     <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/> …
 *     <key id="weight" for="edge" attr.name="weight" attr.type="double"/> …
 *     <graph id="network" edgedefault="directed">
 *       <node id="azerbaijan"><data key="label">أذربيجان</data> …</node>
 *       <edge id="e1" source="azerbaijan" target="turkey"><data key="weight">4</data> …</edge>
 *
 * Every key is declared with its type (Gephi refuses a file whose keys
 * have none: "Attribute type not found"). A network of relations is
 * directed; an edge of a mutual type says so in its "mutual" attribute,
 * and goes from the actor of its first relation (networkx and igraph
 * take no undirected edge in a directed graph). Nodes also carry what
 * Gephi's importer reads for drawing: label, x, y, size, r, g, b.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>

#include "hashiya-network-attributes.h"
#include "hashiya-network-formats.h"
#include "hashiya-network-painter.h"
#include "hashiya-network-edge-private.h"

static const char * const types[] = { "string", "int", "double", "boolean" };

static void
append_key (GString    *out,
            const char *id,
            const char *domain,
            const char *name,
            const char *type)
{
  g_string_append_printf (out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                          id, domain, name, type);
}

static void
append_data (GString    *out,
             const char *key,
             const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return;
  escaped = g_markup_escape_text (value, -1);
  g_string_append_printf (out, "      <data key=\"%s\">%s</data>\n", key, escaped);
}

static void
append_data_int (GString    *out,
                 const char *key,
                 int         value)
{
  g_string_append_printf (out, "      <data key=\"%s\">%d</data>\n", key, value);
}

/**
 * hashiya_network_write_graphml:
 * @arabic: whether labels are the Arabic names, else the English ones
 *
 * Returns: (transfer full): @network as GraphML
 */
GBytes *
hashiya_network_write_graphml (HashiyaNetwork *network,
                               gboolean        arabic)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const HashiyaPalette *palette = hashiya_palette_get (HASHIYA_PICTURE_STYLE_LIGHT);
  const HashiyaAttribute *node_attributes, *edge_attributes;
  guint n_node_attributes, n_edge_attributes;
  guint n_nodes = hashiya_network_get_n_nodes (network), n_edges = hashiya_network_get_n_edges (network);
  gboolean comentions = hashiya_network_get_filter (network)->edges == HASHIYA_NETWORK_EDGES_COMENTIONS;
  guint max_mentions = 1;

  node_attributes = hashiya_network_node_attributes (&n_node_attributes);
  edge_attributes = hashiya_network_edge_attributes (network, &n_edge_attributes);

  g_string_append (out, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  append_key (out, "label", "node", "label", "string");
  for (guint i = 0; i < n_node_attributes; i++)
    {
      g_autofree char *id = g_strconcat ("n_", node_attributes[i].name, NULL);

      append_key (out, id, "node", node_attributes[i].name, types[node_attributes[i].type]);
    }
  append_key (out, "size", "node", "size", "double");
  append_key (out, "r", "node", "r", "int");
  append_key (out, "g", "node", "g", "int");
  append_key (out, "b", "node", "b", "int");
  append_key (out, "weight", "edge", "weight", "double");
  for (guint i = 0; i < n_edge_attributes; i++)
    {
      g_autofree char *id = g_strconcat ("e_", edge_attributes[i].name, NULL);

      append_key (out, id, "edge", edge_attributes[i].name, types[edge_attributes[i].type]);
    }
  g_string_append_printf (out, "  <graph id=\"network\" edgedefault=\"%s\">\n", comentions ? "undirected" : "directed");

  for (guint i = 0; i < n_nodes; i++)
    max_mentions = MAX (max_mentions, hashiya_network_get_node (network, i)->mentions);
  for (guint i = 0; i < n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
      char **values = hashiya_network_node_values (node);
      g_autofree char *id = g_markup_escape_text (hashiya_network_node_get_id (node), -1);
      g_autofree char *size = hashiya_network_format_double (4 + 26 * sqrt ((double) node->mentions / max_mentions));
      HashiyaRgba color;

      g_string_append_printf (out, "    <node id=\"%s\">\n", id);
      append_data (out, "label", hashiya_network_node_get_label (node, arabic));
      for (guint k = 0; k < n_node_attributes; k++)
        {
          g_autofree char *key = g_strconcat ("n_", node_attributes[k].name, NULL);

          append_data (out, key, values[k]);
        }
      append_data (out, "size", size);
      if (!hashiya_rgba_parse (&color, hashiya_actor_get_color (node->actor)))
        color = palette->muted;
      append_data_int (out, "r", (int) lround (color.red * 255));
      append_data_int (out, "g", (int) lround (color.green * 255));
      append_data_int (out, "b", (int) lround (color.blue * 255));
      g_string_append (out, "    </node>\n");
      hashiya_network_values_free (values, n_node_attributes);
    }

  for (guint i = 0; i < n_edges; i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      char **values = hashiya_network_edge_values (network, edge);
      g_autofree char *source = g_markup_escape_text (hashiya_network_node_get_id (edge->source), -1);
      g_autofree char *target = g_markup_escape_text (hashiya_network_node_get_id (edge->target), -1);

      g_string_append_printf (out, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", edge->id, source, target);
      append_data_int (out, "weight", (int) edge->count);
      for (guint k = 0; k < n_edge_attributes; k++)
        {
          g_autofree char *key = g_strconcat ("e_", edge_attributes[k].name, NULL);

          append_data (out, key, values[k]);
        }
      g_string_append (out, "    </edge>\n");
      hashiya_network_values_free (values, n_edge_attributes);
    }
  g_string_append (out, "  </graph>\n</graphml>\n");
  return g_string_free_to_bytes (out);
}
