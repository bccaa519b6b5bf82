/* hashiya-network-filter.c — what a network, its counts and its timeline
 * take from the documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is taken when its id, source and date pass; with a date
 * range, a document without a date is left out and counted as undated.
 * A mention is taken when it is reviewed or suggestions are wanted; an
 * actor when its kind is; a relation when its type and that type's quad
 * class are, it is reviewed or suggestions are wanted, and the text does
 * not say it did not happen (unless negated ones are wanted).
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-error.h"
#include "hashiya-network-filter.h"

/**
 * hashiya_network_filter_new:
 *
 * Returns: (transfer full): a filter that takes everything: relations,
 *   every type and kind, links made once or more
 */
HashiyaNetworkFilter *
hashiya_network_filter_new (void)
{
  HashiyaNetworkFilter *filter = g_new0 (HashiyaNetworkFilter, 1);

  filter->edges = HASHIYA_NETWORK_EDGES_RELATIONS;
  filter->quad_classes = HASHIYA_NETWORK_ALL_QUAD_CLASSES;
  filter->actor_kinds = HASHIYA_NETWORK_ALL_ACTOR_KINDS;
  filter->min_count = 1;
  return filter;
}

HashiyaNetworkFilter *
hashiya_network_filter_copy (const HashiyaNetworkFilter *filter)
{
  HashiyaNetworkFilter *copy;

  g_return_val_if_fail (filter != NULL, NULL);

  copy = g_memdup2 (filter, sizeof *filter);
  copy->types = g_strdupv (filter->types);
  copy->from = g_strdup (filter->from);
  copy->to = g_strdup (filter->to);
  copy->sources = g_strdupv (filter->sources);
  copy->documents = g_strdupv (filter->documents);
  copy->document_ids = NULL;
  if (filter->document_ids != NULL)
    hashiya_network_filter_set_documents (copy, g_strdupv (filter->documents));
  return copy;
}

void
hashiya_network_filter_free (HashiyaNetworkFilter *filter)
{
  if (filter == NULL)
    return;
  g_strfreev (filter->types);
  g_free (filter->from);
  g_free (filter->to);
  g_strfreev (filter->sources);
  g_strfreev (filter->documents);
  g_clear_pointer (&filter->document_ids, g_hash_table_unref);
  g_free (filter);
}

/**
 * hashiya_network_filter_set_dates:
 * @from: (nullable): the first day taken, "YYYY-MM-DD"
 * @to: (nullable): the last day taken
 *
 * Returns: whether both are days (or %NULL) and @from is not after @to;
 *   else @filter is left as it was
 */
gboolean
hashiya_network_filter_set_dates (HashiyaNetworkFilter  *filter,
                                  const char            *from,
                                  const char            *to,
                                  GError               **error)
{
  guint32 first = 0, last = 0;

  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (from != NULL && !hashiya_network_parse_date (from, &first))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("the date “%s” is not a day written YYYY-MM-DD"), from);
      return FALSE;
    }
  if (to != NULL && !hashiya_network_parse_date (to, &last))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("the date “%s” is not a day written YYYY-MM-DD"), to);
      return FALSE;
    }
  if (first != 0 && last != 0 && first > last)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("the range starts on %s, after its end on %s"), from, to);
      return FALSE;
    }
  g_free (filter->from);
  g_free (filter->to);
  filter->from = first != 0 ? hashiya_network_format_date (first) : NULL;
  filter->to = last != 0 ? hashiya_network_format_date (last) : NULL;
  return TRUE;
}

/**
 * hashiya_network_filter_set_documents:
 * @ids: (transfer full) (nullable): the ids of the documents taken; %NULL:
 *   every document
 *
 * Takes only the documents of @ids, looked up in a set: a list of every
 * document of a big corpus but a few costs no more than a short one.
 */
void
hashiya_network_filter_set_documents (HashiyaNetworkFilter  *filter,
                                      char                 **ids)
{
  g_return_if_fail (filter != NULL);

  g_strfreev (filter->documents);
  g_clear_pointer (&filter->document_ids, g_hash_table_unref);
  filter->documents = ids;
  if (ids == NULL)
    return;
  filter->document_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (filter->document_ids, ids[i]);
}

/**
 * hashiya_network_filter_take_document:
 *
 * Returns: whether @document is taken, or why not
 */
HashiyaNetworkTake
hashiya_network_filter_take_document (const HashiyaNetworkFilter *filter,
                                      HashiyaNetworkDocument     *document)
{
  const char *date;

  g_return_val_if_fail (filter != NULL, HASHIYA_NETWORK_LEFT_OUT);
  g_return_val_if_fail (document != NULL, HASHIYA_NETWORK_LEFT_OUT);

  if (filter->document_ids != NULL &&
      !g_hash_table_contains (filter->document_ids, hashiya_network_document_get_id (document)))
    return HASHIYA_NETWORK_LEFT_OUT;
  /* A list set by hand, without its set. */
  if (filter->document_ids == NULL && filter->documents != NULL &&
      !g_strv_contains ((const char * const *) filter->documents, hashiya_network_document_get_id (document)))
    return HASHIYA_NETWORK_LEFT_OUT;
  if (filter->sources != NULL &&
      (hashiya_network_document_get_source (document) == NULL ||
       !g_strv_contains ((const char * const *) filter->sources, hashiya_network_document_get_source (document))))
    return HASHIYA_NETWORK_LEFT_OUT;
  if (filter->from == NULL && filter->to == NULL)
    return HASHIYA_NETWORK_TAKEN;
  date = hashiya_network_document_get_date (document);
  if (date == NULL)
    return HASHIYA_NETWORK_UNDATED;
  /* Both "YYYY-MM-DD": they sort as strings. */
  if ((filter->from != NULL && g_strcmp0 (date, filter->from) < 0) ||
      (filter->to != NULL && g_strcmp0 (date, filter->to) > 0))
    return HASHIYA_NETWORK_LEFT_OUT;
  return HASHIYA_NETWORK_TAKEN;
}

gboolean
hashiya_network_filter_takes_mention (const HashiyaNetworkFilter *filter,
                                      HashiyaMention             *mention)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  return !filter->confirmed_only || hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_ACCEPTED;
}

gboolean
hashiya_network_filter_takes_actor (const HashiyaNetworkFilter *filter,
                                    HashiyaActor               *actor)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  return actor != NULL && (filter->actor_kinds & (1u << hashiya_actor_get_kind (actor))) != 0;
}

gboolean
hashiya_network_filter_takes_type (const HashiyaNetworkFilter *filter,
                                   HashiyaRelationType        *type)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  if (type == NULL)
    return FALSE;
  if (filter->types != NULL &&
      !g_strv_contains ((const char * const *) filter->types, hashiya_relation_type_get_id (type)))
    return FALSE;
  return (filter->quad_classes & (1u << hashiya_relation_type_get_quad_class (type))) != 0;
}

/* The relation itself, apart from its type and its ends. */
gboolean
hashiya_network_filter_takes_relation (const HashiyaNetworkFilter *filter,
                                       HashiyaRelation            *relation)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  if (filter->confirmed_only && hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_ACCEPTED)
    return FALSE;
  return filter->include_negated || !hashiya_relation_get_negated (relation);
}

/**
 * hashiya_network_filter_describe_dates:
 *
 * Returns: (transfer full) (nullable): the date range, such as
 *   "2023-10-01 – 2023-10-31", or %NULL when it is open at both ends
 */
char *
hashiya_network_filter_describe_dates (const HashiyaNetworkFilter *filter)
{
  g_return_val_if_fail (filter != NULL, NULL);

  if (filter->from != NULL && filter->to != NULL)
    return g_strdup_printf ("%s – %s", filter->from, filter->to);
  if (filter->from != NULL)
    return g_strdup_printf (_("from %s"), filter->from);
  if (filter->to != NULL)
    return g_strdup_printf (_("until %s"), filter->to);
  return NULL;
}

/* A mention taken, of an actor taken. */
static HashiyaActor *
take_mention (const HashiyaNetworkFilter *filter,
              HashiyaCatalog             *catalog,
              HashiyaMention             *mention)
{
  HashiyaActor *actor;

  if (mention == NULL || !hashiya_network_filter_takes_mention (filter, mention))
    return NULL;
  actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (mention));
  return hashiya_network_filter_takes_actor (filter, actor) ? actor : NULL;
}

/**
 * hashiya_network_filter_each:
 * @documents: (element-type HashiyaNetworkDocument): the documents
 * @mention_func: (nullable): called for each mention taken
 * @relation_func: (nullable): called for each relation taken: of a type
 *   taken, both its ends mentions taken (not orphans)
 *
 * Goes through what @filter takes of @documents, in their order and in
 * text order.
 *
 * Returns: how many documents were left out for having no date when the
 *   filter has a date range
 */
guint
hashiya_network_filter_each (const HashiyaNetworkFilter *filter,
                             GPtrArray                  *documents,
                             HashiyaNetworkMentionFunc   mention_func,
                             HashiyaNetworkRelationFunc  relation_func,
                             gpointer                    user_data)
{
  guint n_undated = 0;

  g_return_val_if_fail (filter != NULL, 0);
  g_return_val_if_fail (documents != NULL, 0);

  for (guint i = 0; i < documents->len; i++)
    {
      HashiyaNetworkDocument *document = g_ptr_array_index (documents, i);
      HashiyaDocument *doc = hashiya_network_document_get_document (document);
      HashiyaCatalog *catalog = hashiya_document_get_catalog (doc);
      HashiyaNetworkTake take = hashiya_network_filter_take_document (filter, document);

      if (take == HASHIYA_NETWORK_UNDATED)
        n_undated++;
      if (take != HASHIYA_NETWORK_TAKEN)
        continue;
      if (mention_func != NULL)
        for (guint k = 0; k < hashiya_document_get_n_mentions (doc); k++)
          {
            HashiyaMention *mention = hashiya_document_get_mention (doc, k);
            HashiyaActor *actor = take_mention (filter, catalog, mention);

            if (actor != NULL)
              mention_func (i, document, mention, actor, user_data);
          }
      if (relation_func != NULL)
        {
          HashiyaRelationCatalog *types = hashiya_document_get_relation_catalog (doc);
          GListModel *relations = hashiya_document_get_relations (doc);

          for (guint k = 0; k < g_list_model_get_n_items (relations); k++)
            {
              g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, k);
              HashiyaRelationType *type = hashiya_relation_catalog_lookup (types, hashiya_relation_get_relation_type (relation));
              HashiyaActor *source, *target;

              if (!hashiya_network_filter_takes_type (filter, type) || !hashiya_network_filter_takes_relation (filter, relation))
                continue;
              source = take_mention (filter, catalog, hashiya_document_lookup_mention (doc, hashiya_relation_get_source (relation)));
              target = take_mention (filter, catalog, hashiya_document_lookup_mention (doc, hashiya_relation_get_target (relation)));
              if (source != NULL && target != NULL)
                relation_func (i, document, relation, type, source, target, user_data);
            }
        }
    }
  return n_undated;
}
