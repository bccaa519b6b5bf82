/* hashiya-test-network.c — documents of many actors and relations, made
 * up, for the network's tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hashiya-test-network.h"

static const char * const kinds[] = { "state", "person", "organization", "group", "forum", "place", "other" };

/**
 * hashiya_test_network_document:
 * @random: where the actors, the types and the colours are drawn from
 *
 * Returns: (transfer full): a .hashiya file of @n_relations relations
 *   between @n_actors actors of every kind: each relation a sentence of
 *   two mentions, "دولة تشاورت مع دولة.", its type drawn from the default
 *   catalogue
 */
GBytes *
hashiya_test_network_document (GRand *random,
                               guint  n_actors,
                               guint  n_relations)
{
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new_default ();
  guint n_types = hashiya_relation_catalog_get_n_types (catalog);
  GString *text = g_string_new (NULL);
  GString *out = g_string_new ("{\n  \"format\": \"hashiya\",\n  \"version\": 4,\n  \"offset_unit\": \"codepoint\",\n");
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  GString *mentions = g_string_new (NULL);
  GString *relations = g_string_new (NULL);
  guint offset = 0;

  for (guint i = 0; i < n_relations; i++)
    {
      guint a = g_rand_int_range (random, 0, n_actors), b = g_rand_int_range (random, 0, n_actors - 1);
      HashiyaRelationType *drawn = hashiya_relation_catalog_get_relation_type (catalog, g_rand_int_range (random, 0, n_types));
      const char *type = hashiya_relation_type_get_id (drawn);

      b = b >= a ? b + 1 : b;
      /* "دولة" 4, " تشاورت مع " 11, "دولة" 4, ". " 2 */
      g_string_append (text, "دولة تشاورت مع دولة. ");
      g_string_append_printf (mentions, "%s    {\"id\": \"m%u\", \"start\": %u, \"end\": %u, \"actor\": \"a%u\", "
                              "\"quote\": {\"exact\": \"دولة\"}}",
                              i == 0 ? "" : ",\n", 2 * i + 1, offset, offset + 4, a);
      g_string_append_printf (mentions, ",\n    {\"id\": \"m%u\", \"start\": %u, \"end\": %u, \"actor\": \"a%u\", "
                              "\"quote\": {\"exact\": \"دولة\"}}", 2 * i + 2, offset + 15, offset + 19, b);
      g_string_append_printf (relations, "%s    {\"id\": \"r%u\", \"type\": \"%s\", \"source\": \"m%u\", \"target\": \"m%u\"}",
                              i == 0 ? "" : ",\n", i + 1, type, 2 * i + 1, 2 * i + 2);
      offset += 21;
    }
  g_checksum_update (checksum, (const guchar *) text->str, text->len);
  g_string_append_printf (out, "  \"text\": {\"sha256\": \"%s\", \"length\": %u, \"content\": \"%s\"},\n",
                          g_checksum_get_string (checksum), offset, text->str);
  g_string_append (out, "  \"catalog\": {\"name\": \"generated\",\n    \"actors\": [\n");
  for (guint i = 0; i < n_actors; i++)
    g_string_append_printf (out, "      {\"id\": \"a%u\", \"kind\": \"%s\", \"name\": {\"ar\": \"فاعل %u\", \"en\": \"Actor %u\"}, "
                            "\"color\": \"#%06x\"}%s\n", i, kinds[i % G_N_ELEMENTS (kinds)], i, i,
                            g_rand_int_range (random, 0, 0xffffff), i + 1 < n_actors ? "," : "");
  g_string_append (out, "    ]},\n  \"mentions\": [\n");
  g_string_append_len (out, mentions->str, mentions->len);
  g_string_append (out, "\n  ],\n  \"relations\": [\n");
  g_string_append_len (out, relations->str, relations->len);
  g_string_append (out, "\n  ]\n}\n");
  g_string_free (text, TRUE);
  g_string_free (mentions, TRUE);
  g_string_free (relations, TRUE);
  return g_string_free_to_bytes (out);
}

