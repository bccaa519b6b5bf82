/* hashiya-agreement-version.c — one annotator's version of a text, as an
 * agreement compares it: its accepted mentions and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include <string.h>

#include "hashiya-agreement-version.h"

/* The mentions compared: accepted ones in the text (not suggestions
 * nobody reviewed, nor orphans). */
static GPtrArray *
compared_mentions (HashiyaDocument *document)
{
  GListModel *mentions = hashiya_document_get_mentions (document);
  guint n = g_list_model_get_n_items (mentions);
  GPtrArray *out = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = g_list_model_get_item (mentions, i);

      if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_ACCEPTED)
        g_ptr_array_add (out, mention);
      else
        g_object_unref (mention);
    }
  return out;
}

/* "paragraph|type|source actor|target actor", the two actors in order
 * for a mutual type: the relations compared, accepted ones whose two
 * ends are in the text, each triple once a paragraph. */
static GHashTable *
compared_relations (HashiyaDocument *document,
                    guint           *n_relations)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *relations = hashiya_document_get_relations (document);
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaText *text = hashiya_document_get_text (document);

  *n_relations = 0;
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      HashiyaMention *source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
      HashiyaMention *target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
      const char *type = hashiya_relation_get_relation_type (relation);
      HashiyaRelationType *relation_type = hashiya_relation_catalog_lookup (catalog, type);
      const char *from, *to;
      guint line = 0, column = 0;

      if (hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_ACCEPTED || source == NULL || target == NULL)
        continue;
      (*n_relations)++;
      from = hashiya_mention_get_actor (source);
      to = hashiya_mention_get_actor (target);
      if (relation_type != NULL && hashiya_relation_type_get_mutual (relation_type) && strcmp (from, to) > 0)
        {
          const char *swap = from;

          from = to;
          to = swap;
        }
      hashiya_text_offset_to_line (text, hashiya_mention_get_start (source), &line, &column);
      g_hash_table_add (keys, g_strdup_printf ("%u|%s|%s|%s", line, type, from, to));
    }
  return keys;
}

/* The version of @document that @source holds, @given its annotator's
 * name when one was given; its text and annotator are set by the
 * agreement. */
HashiyaAgreementVersion *
_hashiya_agreement_version_new (HashiyaDocument *document,
                                const char      *source,
                                const char      *given)
{
  HashiyaAgreementVersion *version = g_new0 (HashiyaAgreementVersion, 1);

  version->document = g_object_ref (document);
  version->source = g_strdup (source);
  version->given = g_strdup (given);
  version->mentions = compared_mentions (document);
  version->relations = compared_relations (document, &version->n_relations);
  return version;
}

void
_hashiya_agreement_version_free (HashiyaAgreementVersion *version)
{
  g_clear_object (&version->document);
  g_clear_pointer (&version->mentions, g_ptr_array_unref);
  g_clear_pointer (&version->relations, g_hash_table_unref);
  g_free (version->source);
  g_free (version->given);
  g_free (version->name);
  g_free (version);
}

void
_hashiya_agreement_text_free (HashiyaAgreementText *text)
{
  g_free (text->name);
  g_free (text->sha256);
  g_array_unref (text->versions);
  g_free (text->version_of);
  g_free (text);
}

HashiyaAgreementText *
_hashiya_agreement_text_new (const char *name,
                             const char *sha256)
{
  HashiyaAgreementText *text = g_new0 (HashiyaAgreementText, 1);

  text->name = g_strdup (name);
  text->sha256 = g_strdup (sha256);
  text->versions = g_array_new (FALSE, FALSE, sizeof (guint));
  return text;
}
