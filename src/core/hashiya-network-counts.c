/* hashiya-network-counts.c — the numbers of the charts and their tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each is a list of HashiyaNetworkCount, from what a filter takes of the
 * documents (hashiya_network_filter_each()): mentions by actor, grouped
 * by kind (states first, as the kinds go) and most first; mentions by
 * kind and by type of mention; relations by type, grouped by quad class;
 * relations by quad class. Things counted zero times are left out, but
 * for the four quad classes, which are always there.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-enum-types.h"
#include "hashiya-network-counts.h"
#include "hashiya-network-picture.h"

typedef struct
{
  GHashTable *counts;   /* key → HashiyaNetworkCount */
  GHashTable *order;    /* key → first seen, + 1 */
  GHashTable *kinds;    /* key → group's rank, + 1 */
} Tally;

static void
tally_init (Tally *tally)
{
  tally->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  tally->order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tally->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
tally_clear (Tally *tally)
{
  g_clear_pointer (&tally->counts, g_hash_table_unref);
  g_clear_pointer (&tally->order, g_hash_table_unref);
  g_clear_pointer (&tally->kinds, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tally, tally_clear)

/* The count of KEY, made with the rest (and none) when first met. */
static HashiyaNetworkCount *
tally_get (Tally      *tally,
           const char *key,
           guint       rank,
           const char *label_ar,
           const char *label_en,
           const char *group,
           const char *group_label,
           const char *color)
{
  HashiyaNetworkCount *count = g_hash_table_lookup (tally->counts, key);

  if (count == NULL)
    {
      count = hashiya_network_count_new (key, label_ar, label_en, group, group_label, color, 0);
      g_hash_table_insert (tally->counts, g_strdup (key), count);
      g_hash_table_insert (tally->order, g_strdup (key), GUINT_TO_POINTER (g_hash_table_size (tally->order) + 1));
      g_hash_table_insert (tally->kinds, g_strdup (key), GUINT_TO_POINTER (rank + 1));
    }
  return count;
}

static void
tally_add (Tally      *tally,
           const char *key,
           guint       rank,
           const char *label_ar,
           const char *label_en,
           const char *group,
           const char *group_label,
           const char *color)
{
  hashiya_network_count_add (tally_get (tally, key, rank, label_ar, label_en, group, group_label, color), 1);
}

typedef struct
{
  Tally    *tally;
  gboolean  by_value;   /* most first within a group, else as met */
} SortData;

static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SortData *data = user_data;
  HashiyaNetworkCount *x = *(HashiyaNetworkCount **) a, *y = *(HashiyaNetworkCount **) b;
  const char *kx = hashiya_network_count_get_key (x), *ky = hashiya_network_count_get_key (y);
  guint gx = GPOINTER_TO_UINT (g_hash_table_lookup (data->tally->kinds, kx));
  guint gy = GPOINTER_TO_UINT (g_hash_table_lookup (data->tally->kinds, ky));
  guint ox = GPOINTER_TO_UINT (g_hash_table_lookup (data->tally->order, kx));
  guint oy = GPOINTER_TO_UINT (g_hash_table_lookup (data->tally->order, ky));

  if (gx != gy)
    return gx < gy ? -1 : 1;
  if (data->by_value && hashiya_network_count_get_value (x) != hashiya_network_count_get_value (y))
    return hashiya_network_count_get_value (x) > hashiya_network_count_get_value (y) ? -1 : 1;
  return ox < oy ? -1 : ox > oy;
}

static GListModel *
tally_to_model (Tally    *tally,
                gboolean  by_value)
{
  GListStore *store = g_list_store_new (HASHIYA_TYPE_NETWORK_COUNT);
  g_autoptr(GPtrArray) counts = g_ptr_array_new ();
  SortData data = { tally, by_value };
  GHashTableIter iter;
  gpointer count;

  g_hash_table_iter_init (&iter, tally->counts);
  while (g_hash_table_iter_next (&iter, NULL, &count))
    g_ptr_array_add (counts, count);

  g_ptr_array_sort_with_data (counts, compare_counts, &data);
  g_list_store_splice (store, 0, 0, counts->pdata, counts->len);
  return G_LIST_MODEL (store);
}

/* The mentions or the relations of @documents that @filter takes (every
 * one when it is %NULL), each counted into @tally by @mention_func or
 * @relation_func; most first when @by_count, else in @tally's order. */
static GListModel *
count_each (GPtrArray                  *documents,
            const HashiyaNetworkFilter *filter,
            Tally                      *tally,
            HashiyaNetworkMentionFunc   mention_func,
            HashiyaNetworkRelationFunc  relation_func,
            gboolean                    by_count)
{
  g_autoptr(HashiyaNetworkFilter) all = NULL;

  if (filter == NULL)
    filter = all = hashiya_network_filter_new ();
  hashiya_network_filter_each (filter, documents, mention_func, relation_func, tally);
  return tally_to_model (tally, by_count);
}

static void
count_actor (guint                   index,
             HashiyaNetworkDocument *document,
             HashiyaMention         *mention,
             HashiyaActor           *actor,
             gpointer                user_data)
{
  HashiyaActorKind kind = hashiya_actor_get_kind (actor);

  tally_add (user_data, hashiya_actor_get_id (actor), kind, hashiya_actor_get_name_ar (actor),
             hashiya_actor_get_name_en (actor), hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, kind),
             hashiya_picture_kind_name (kind), hashiya_actor_get_color (actor));
}

/**
 * hashiya_network_count_mentions_by_actor:
 * @documents: (element-type HashiyaNetworkDocument): the documents
 * @filter: (nullable): what to take; everything when %NULL
 *
 * Returns: (transfer full): the actors' mentions, grouped by kind, most
 *   first; an actor without a mention taken is left out
 */
GListModel *
hashiya_network_count_mentions_by_actor (GPtrArray                  *documents,
                                         const HashiyaNetworkFilter *filter)
{
  g_auto(Tally) tally = { 0 };

  g_return_val_if_fail (documents != NULL, NULL);

  tally_init (&tally);
  return count_each (documents, filter, &tally, count_actor, NULL, TRUE);
}

static void
count_kind (guint                   index,
            HashiyaNetworkDocument *document,
            HashiyaMention         *mention,
            HashiyaActor           *actor,
            gpointer                user_data)
{
  HashiyaActorKind kind = hashiya_actor_get_kind (actor);
  const char *name = hashiya_picture_kind_name (kind);

  tally_add (user_data, hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, kind), kind, name, name, NULL, NULL, NULL);
}

/**
 * hashiya_network_count_mentions_by_kind:
 *
 * Returns: (transfer full): the mentions by their actor's kind, in the
 *   order of the kinds
 */
GListModel *
hashiya_network_count_mentions_by_kind (GPtrArray                  *documents,
                                        const HashiyaNetworkFilter *filter)
{
  g_auto(Tally) tally = { 0 };

  g_return_val_if_fail (documents != NULL, NULL);

  tally_init (&tally);
  return count_each (documents, filter, &tally, count_kind, NULL, FALSE);
}

static void
count_type (guint                   index,
            HashiyaNetworkDocument *document,
            HashiyaMention         *mention,
            HashiyaActor           *actor,
            gpointer                user_data)
{
  static const char * const names[] = { N_("Name"), N_("Adjective"), N_("Capital"), N_("Title"), N_("Pronoun"), N_("Other") };
  HashiyaMentionType type = hashiya_mention_get_mention_type (mention);

  tally_add (user_data, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE, type), type, _(names[type]), _(names[type]),
             NULL, NULL, NULL);
}

/**
 * hashiya_network_count_mentions_by_type:
 *
 * Returns: (transfer full): the mentions by their type (name, adjective,
 *   capital …), in the order of the types
 */
GListModel *
hashiya_network_count_mentions_by_type (GPtrArray                  *documents,
                                        const HashiyaNetworkFilter *filter)
{
  g_auto(Tally) tally = { 0 };

  g_return_val_if_fail (documents != NULL, NULL);

  tally_init (&tally);
  return count_each (documents, filter, &tally, count_type, NULL, FALSE);
}

static void
count_relation_type (guint                   index,
                     HashiyaNetworkDocument *document,
                     HashiyaRelation        *relation,
                     HashiyaRelationType    *type,
                     HashiyaActor           *source,
                     HashiyaActor           *target,
                     gpointer                user_data)
{
  Tally *tally = user_data;
  HashiyaQuadClass quad = hashiya_relation_type_get_quad_class (type);
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (hashiya_network_document_get_document (document));

  tally_add (tally, hashiya_relation_type_get_id (type), quad, hashiya_relation_type_get_name_ar (type),
             hashiya_relation_type_get_name_en (type), hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, quad),
             hashiya_picture_quad_name (quad), hashiya_relation_catalog_get_quad_color (catalog, quad));
}

/**
 * hashiya_network_count_relations_by_type:
 *
 * Returns: (transfer full): the relations by type, grouped by quad
 *   class, most first
 */
GListModel *
hashiya_network_count_relations_by_type (GPtrArray                  *documents,
                                         const HashiyaNetworkFilter *filter)
{
  g_auto(Tally) tally = { 0 };

  g_return_val_if_fail (documents != NULL, NULL);

  tally_init (&tally);
  return count_each (documents, filter, &tally, NULL, count_relation_type, TRUE);
}

static void
count_quad (guint                   index,
            HashiyaNetworkDocument *document,
            HashiyaRelation        *relation,
            HashiyaRelationType    *type,
            HashiyaActor           *source,
            HashiyaActor           *target,
            gpointer                user_data)
{
  Tally *tally = user_data;
  HashiyaNetworkCount *count;

  count = g_hash_table_lookup (tally->counts,
                               hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, hashiya_relation_type_get_quad_class (type)));
  hashiya_network_count_add (count, 1);
}

/**
 * hashiya_network_count_relations_by_quad_class:
 *
 * Returns: (transfer full): the relations in each of the four quad
 *   classes, in their order, even when none
 */
GListModel *
hashiya_network_count_relations_by_quad_class (GPtrArray                  *documents,
                                               const HashiyaNetworkFilter *filter)
{
  g_autoptr(HashiyaRelationCatalog) defaults = NULL;
  g_auto(Tally) tally = { 0 };
  HashiyaRelationCatalog *catalog;

  g_return_val_if_fail (documents != NULL, NULL);

  if (documents->len > 0)
    catalog = hashiya_document_get_relation_catalog (hashiya_network_document_get_document (g_ptr_array_index (documents, 0)));
  else
    catalog = defaults = hashiya_relation_catalog_new_default ();
  tally_init (&tally);
  for (int quad = 0; quad < 4; quad++)
    tally_get (&tally, hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, quad), quad, hashiya_picture_quad_name (quad),
               hashiya_picture_quad_name (quad), NULL, NULL, hashiya_relation_catalog_get_quad_color (catalog, quad));
  return count_each (documents, filter, &tally, NULL, count_quad, FALSE);
}
