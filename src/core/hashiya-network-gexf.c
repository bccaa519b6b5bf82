/* hashiya-network-gexf.c — a network as GEXF 1.3, for Gephi and networkx
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
 *     <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
 *       <attributes class="node"><attribute id="mentions" title="mentions" type="integer"/> …
 *       <nodes count="12">
 *         <node id="azerbaijan" label="أذربيجان"><attvalues>…</attvalues>
 *           <spells><spell start="2023-10-23" end="2023-10-24"/></spells>
 *           <viz:color r="21" g="70" b="219"/><viz:position x="57" y="-95" z="0"/>
 *           <viz:size value="30"/><viz:shape value="disc"/></node>
 *       <edges count="12">
 *         <edge id="e1" source="azerbaijan" target="turkey" type="mutual" weight="4" label="cooperate">…
 *
 * Every attribute is declared with its type. Edges of mutual types are
 * "mutual", the others "directed" (co-mentions: an undirected graph).
 * Nodes and edges have spells of the days of their documents, runs of
 * days one span. Positions are the layout's × 100, y upwards, as Gephi
 * draws them; sizes grow with the root of the mentions, as areas do.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>

#include "hashiya-network-attributes.h"
#include "hashiya-network-formats.h"
#include "hashiya-network-painter.h"
#include "hashiya-network-edge-private.h"

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  g_string_append_printf (out, " %s=\"%s\"", name, escaped);
}

static void
append_declarations (GString                *out,
                     const char             *class,
                     const HashiyaAttribute *attributes,
                     guint                   n)
{
  static const char * const types[] = { "string", "integer", "double", "boolean" };

  g_string_append_printf (out, "    <attributes class=\"%s\">\n", class);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
                            attributes[i].name, attributes[i].name, types[attributes[i].type]);
  g_string_append (out, "    </attributes>\n");
}

static void
append_values (GString                *out,
               const HashiyaAttribute *attributes,
               char                  **values,
               guint                   n)
{
  g_string_append (out, "        <attvalues>\n");
  for (guint i = 0; i < n; i++)
    {
      if (values[i] == NULL)
        continue;
      g_string_append (out, "          <attvalue");
      append_attribute (out, "for", attributes[i].name);
      append_attribute (out, "value", values[i]);
      g_string_append (out, "/>\n");
    }
  g_string_append (out, "        </attvalues>\n");
}

static void
append_spells (GString *out,
               GArray  *days)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func (g_free);

  if (days->len == 0)
    return;
  hashiya_network_spans_of_days (days, starts, ends);
  g_string_append (out, "        <spells>\n");
  for (guint i = 0; i < starts->len; i++)
    g_string_append_printf (out, "          <spell start=\"%s\" end=\"%s\"/>\n",
                            (char *) g_ptr_array_index (starts, i), (char *) g_ptr_array_index (ends, i));
  g_string_append (out, "        </spells>\n");
}

static void
append_color (GString           *out,
              const HashiyaRgba *color)
{
  g_string_append_printf (out, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n",
                          (int) lround (color->red * 255), (int) lround (color->green * 255),
                          (int) lround (color->blue * 255));
}

static const char *
shape_of (HashiyaActorKind kind)
{
  switch (kind)
    {
    case HASHIYA_ACTOR_KIND_PERSON:
    case HASHIYA_ACTOR_KIND_ORGANIZATION:
      return "square";
    case HASHIYA_ACTOR_KIND_GROUP:
      return "triangle";
    case HASHIYA_ACTOR_KIND_FORUM:
      return "diamond";
    case HASHIYA_ACTOR_KIND_STATE:
    case HASHIYA_ACTOR_KIND_PLACE:
    case HASHIYA_ACTOR_KIND_OTHER:
    default:
      return "disc";
    }
}

static void
append_number_element (GString    *out,
                       const char *element,
                       double      value)
{
  g_autofree char *number = hashiya_network_format_double (value);

  g_string_append_printf (out, "        <%s value=\"%s\"/>\n", element, number);
}

/**
 * hashiya_network_write_gexf:
 * @arabic: whether labels are the Arabic names, else the English ones
 *
 * Returns: (transfer full): @network as GEXF 1.3
 */
GBytes *
hashiya_network_write_gexf (HashiyaNetwork *network,
                            gboolean        arabic)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  const HashiyaPalette *palette = hashiya_palette_get (HASHIYA_PICTURE_STYLE_LIGHT);
  HashiyaRelationCatalog *catalog = hashiya_network_get_relation_catalog (network);
  const HashiyaAttribute *node_attributes, *edge_attributes;
  guint n_node_attributes, n_edge_attributes;
  guint n_nodes = hashiya_network_get_n_nodes (network), n_edges = hashiya_network_get_n_edges (network);
  gboolean comentions = hashiya_network_get_filter (network)->edges == HASHIYA_NETWORK_EDGES_COMENTIONS;
  gboolean dated = hashiya_network_get_first_date (network) != NULL;
  guint max_mentions = 1;

  node_attributes = hashiya_network_node_attributes (&n_node_attributes);
  edge_attributes = hashiya_network_edge_attributes (network, &n_edge_attributes);

  g_string_append (out, "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n");
  g_string_append_printf (out, "  <meta>\n    <creator>Hashiya %s</creator>\n", PACKAGE_VERSION);
  g_string_append_printf (out, "    <description>%s</description>\n  </meta>\n",
                          comentions ? "Actors named in the same sentence" : "Actors and the relations between them");
  g_string_append_printf (out, "  <graph defaultedgetype=\"%s\"",
                          comentions ? "undirected" : "directed");
  if (dated)
    g_string_append_printf (out, " mode=\"dynamic\" timeformat=\"date\" start=\"%s\" end=\"%s\"",
                            hashiya_network_get_first_date (network), hashiya_network_get_last_date (network));
  else
    g_string_append (out, " mode=\"static\"");
  g_string_append (out, ">\n");
  append_declarations (out, "node", node_attributes, n_node_attributes);
  append_declarations (out, "edge", edge_attributes, n_edge_attributes);

  for (guint i = 0; i < n_nodes; i++)
    max_mentions = MAX (max_mentions, hashiya_network_get_node (network, i)->mentions);
  g_string_append_printf (out, "    <nodes count=\"%u\">\n", n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
      char **values = hashiya_network_node_values (node);
      g_autofree char *x = hashiya_network_format_double (node->x * 100);
      g_autofree char *y = hashiya_network_format_double (-node->y * 100);
      HashiyaRgba color;

      g_string_append (out, "      <node");
      append_attribute (out, "id", hashiya_network_node_get_id (node));
      append_attribute (out, "label", hashiya_network_node_get_label (node, arabic));
      g_string_append (out, ">\n");
      append_values (out, node_attributes, values, n_node_attributes);
      append_spells (out, node->days);
      if (!hashiya_rgba_parse (&color, hashiya_actor_get_color (node->actor)))
        color = palette->muted;
      append_color (out, &color);
      g_string_append_printf (out, "        <viz:position x=\"%s\" y=\"%s\" z=\"0\"/>\n", x, y);
      append_number_element (out, "viz:size", 4 + 26 * sqrt ((double) node->mentions / max_mentions));
      g_string_append_printf (out, "        <viz:shape value=\"%s\"/>\n", shape_of (hashiya_actor_get_kind (node->actor)));
      g_string_append (out, "      </node>\n");
      hashiya_network_values_free (values, n_node_attributes);
    }
  g_string_append (out, "    </nodes>\n");

  g_string_append_printf (out, "    <edges count=\"%u\">\n", n_edges);
  for (guint i = 0; i < n_edges; i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      char **values = hashiya_network_edge_values (network, edge);
      HashiyaRgba color = palette->comention;

      g_string_append (out, "      <edge");
      append_attribute (out, "id", edge->id);
      append_attribute (out, "source", hashiya_network_node_get_id (edge->source));
      append_attribute (out, "target", hashiya_network_node_get_id (edge->target));
      if (!comentions)
        g_string_append_printf (out, " type=\"%s\"", edge->directed ? "directed" : "mutual");
      g_string_append_printf (out, " weight=\"%u\"", edge->count);
      if (edge->type != NULL)
        append_attribute (out, "label", hashiya_relation_type_get_id (edge->type));
      g_string_append (out, ">\n");
      append_values (out, edge_attributes, values, n_edge_attributes);
      append_spells (out, edge->days);
      if (edge->type != NULL)
        hashiya_palette_quad_color (palette, hashiya_relation_catalog_get_quad_color (catalog, edge->quad_class),
                                    edge->quad_class, &color);
      append_color (out, &color);
      append_number_element (out, "viz:thickness", edge->count);
      g_string_append_printf (out, "        <viz:shape value=\"%s\"/>\n",
                              edge->type != NULL && (edge->quad_class == HASHIYA_QUAD_CLASS_VERBAL_COOPERATION ||
                                                     edge->quad_class == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT)
                              ? "dashed" : "solid");
      g_string_append (out, "      </edge>\n");
      hashiya_network_values_free (values, n_edge_attributes);
    }
  g_string_append (out, "    </edges>\n  </graph>\n</gexf>\n");
  return g_string_free_to_bytes (out);
}
