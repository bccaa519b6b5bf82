/* hashiya-network-attributes.c — what each file of a network says of its
 * nodes and edges, and of which type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One list for the GEXF, the GraphML and the CSV files, so that they
 * say the same things with the same types. A value that is not there (a
 * date of a network without dates) is NULL: left out of GEXF and
 * GraphML, an empty field in CSV.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-enum-types.h"
#include "hashiya-network-attributes.h"
#include "hashiya-network-edge-private.h"

static const HashiyaAttribute node_attributes[] = {
  { "name_ar", HASHIYA_ATTRIBUTE_STRING },
  { "name_en", HASHIYA_ATTRIBUTE_STRING },
  { "kind", HASHIYA_ATTRIBUTE_STRING },
  { "color", HASHIYA_ATTRIBUTE_STRING },
  { "mentions", HASHIYA_ATTRIBUTE_INTEGER },
  { "documents", HASHIYA_ATTRIBUTE_INTEGER },
  { "degree", HASHIYA_ATTRIBUTE_INTEGER },
  { "strength", HASHIYA_ATTRIBUTE_INTEGER },
  { "betweenness", HASHIYA_ATTRIBUTE_DOUBLE },
  { "x", HASHIYA_ATTRIBUTE_DOUBLE },
  { "y", HASHIYA_ATTRIBUTE_DOUBLE },
  { "pinned", HASHIYA_ATTRIBUTE_BOOLEAN },
  { "first_date", HASHIYA_ATTRIBUTE_STRING },
  { "last_date", HASHIYA_ATTRIBUTE_STRING },
  { "wikidata", HASHIYA_ATTRIBUTE_STRING },
};

static const HashiyaAttribute relation_attributes[] = {
  { "relation", HASHIYA_ATTRIBUTE_STRING },
  { "relation_ar", HASHIYA_ATTRIBUTE_STRING },
  { "relation_en", HASHIYA_ATTRIBUTE_STRING },
  { "quad_class", HASHIYA_ATTRIBUTE_STRING },
  { "cameo", HASHIYA_ATTRIBUTE_STRING },
  { "mutual", HASHIYA_ATTRIBUTE_BOOLEAN },
  { "count", HASHIYA_ATTRIBUTE_INTEGER },
  { "documents", HASHIYA_ATTRIBUTE_INTEGER },
  { "modes", HASHIYA_ATTRIBUTE_STRING },
  { "first_date", HASHIYA_ATTRIBUTE_STRING },
  { "last_date", HASHIYA_ATTRIBUTE_STRING },
};

static const HashiyaAttribute comention_attributes[] = {
  { "count", HASHIYA_ATTRIBUTE_INTEGER },
  { "documents", HASHIYA_ATTRIBUTE_INTEGER },
  { "first_date", HASHIYA_ATTRIBUTE_STRING },
  { "last_date", HASHIYA_ATTRIBUTE_STRING },
};

const HashiyaAttribute *
hashiya_network_node_attributes (guint *n_attributes)
{
  *n_attributes = G_N_ELEMENTS (node_attributes);
  return node_attributes;
}

/* Relations have their type's attributes; co-mentions only counts. */
const HashiyaAttribute *
hashiya_network_edge_attributes (HashiyaNetwork *network,
                                 guint          *n_attributes)
{
  if (hashiya_network_get_filter (network)->edges == HASHIYA_NETWORK_EDGES_COMENTIONS)
    {
      *n_attributes = G_N_ELEMENTS (comention_attributes);
      return comention_attributes;
    }
  *n_attributes = G_N_ELEMENTS (relation_attributes);
  return relation_attributes;
}

/* As short as it reads back the same, "." whatever the locale. */
char *
hashiya_network_format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

static char **
values_new (guint n)
{
  return g_new0 (char *, n + 1);
}

/* NULL slots in the middle: g_strfreev() would stop at the first. */
void
hashiya_network_values_free (char  **values,
                             guint   n_values)
{
  for (guint i = 0; i < n_values; i++)
    g_free (values[i]);
  g_free (values);
}

static char *
dup_or_null (const char *value)
{
  return value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

/**
 * hashiya_network_node_values:
 *
 * Returns: (transfer full): the values of hashiya_network_node_attributes()
 *   for @node, in their order; NULL where there is none
 */
char **
hashiya_network_node_values (HashiyaNetworkNode *node)
{
  char **values = values_new (G_N_ELEMENTS (node_attributes));
  guint i = 0;

  values[i++] = dup_or_null (hashiya_actor_get_name_ar (node->actor));
  values[i++] = dup_or_null (hashiya_actor_get_name_en (node->actor));
  values[i++] = g_strdup (hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, hashiya_actor_get_kind (node->actor)));
  values[i++] = dup_or_null (hashiya_actor_get_color (node->actor));
  values[i++] = g_strdup_printf ("%u", node->mentions);
  values[i++] = g_strdup_printf ("%u", node->documents);
  values[i++] = g_strdup_printf ("%u", node->degree);
  values[i++] = g_strdup_printf ("%u", node->strength);
  values[i++] = hashiya_network_format_double (node->betweenness);
  values[i++] = hashiya_network_format_double (node->x);
  values[i++] = hashiya_network_format_double (node->y);
  values[i++] = g_strdup (node->pinned ? "true" : "false");
  values[i++] = g_strdup (node->first_date);
  values[i++] = g_strdup (node->last_date);
  values[i++] = dup_or_null (hashiya_actor_get_wikidata (node->actor));
  g_assert (i == G_N_ELEMENTS (node_attributes));
  return values;
}

/**
 * hashiya_network_edge_values:
 *
 * Returns: (transfer full): the values of hashiya_network_edge_attributes()
 *   for @edge, in their order; NULL where there is none
 */
char **
hashiya_network_edge_values (HashiyaNetwork     *network,
                             HashiyaNetworkEdge *edge)
{
  guint n, i = 0;
  char **values;

  hashiya_network_edge_attributes (network, &n);
  values = values_new (n);
  if (edge->type != NULL)
    {
      values[i++] = g_strdup (hashiya_relation_type_get_id (edge->type));
      values[i++] = dup_or_null (hashiya_relation_type_get_name_ar (edge->type));
      values[i++] = dup_or_null (hashiya_relation_type_get_name_en (edge->type));
      values[i++] = g_strdup (hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, edge->quad_class));
      values[i++] = dup_or_null (hashiya_relation_type_get_cameo (edge->type));
      values[i++] = g_strdup (edge->directed ? "false" : "true");
    }
  values[i++] = g_strdup_printf ("%u", edge->count);
  values[i++] = g_strdup_printf ("%u", edge->documents);
  if (edge->type != NULL)
    {
      g_autofree char *modes = g_strjoinv ("|", (char **) hashiya_network_edge_get_modes (edge));

      values[i++] = dup_or_null (modes);
    }
  values[i++] = g_strdup (edge->first_date);
  values[i++] = g_strdup (edge->last_date);
  g_assert (i == n);
  return values;
}

/**
 * hashiya_network_spans_of_days:
 * @days: (element-type guint32): sorted Julian days
 * @starts: (element-type utf8): receives the first day of each run
 * @ends: (element-type utf8): and its last
 *
 * Runs of days one after the other become one span, for GEXF's spells.
 */
void
hashiya_network_spans_of_days (GArray    *days,
                               GPtrArray *starts,
                               GPtrArray *ends)
{
  guint i = 0;

  while (i < days->len)
    {
      guint32 first = g_array_index (days, guint32, i), last = first;

      while (i + 1 < days->len && g_array_index (days, guint32, i + 1) == last + 1)
        last = g_array_index (days, guint32, ++i);
      i++;
      g_ptr_array_add (starts, hashiya_network_format_date (first));
      g_ptr_array_add (ends, hashiya_network_format_date (last));
    }
}
