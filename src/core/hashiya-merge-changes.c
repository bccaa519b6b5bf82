/* hashiya-merge-changes.c — what changed between two versions of a
 * document: whether two versions of a mention, relation or actor say the
 * same, and the counts of what came, went and changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include "hashiya-merge-changes-private.h"
#include "hashiya-object-util.h"

/* Whether two versions of a mention say the same, times of change aside;
 * and without @with_author, who made them aside: the same edit by two
 * annotators is no conflict. */
gboolean
_hashiya_merge_same_mention (HashiyaMention *x,
                             HashiyaMention *y,
                             gboolean        with_author)
{
  return hashiya_mention_span_equal (x, y) &&
         hashiya_mention_get_mention_type (x) == hashiya_mention_get_mention_type (y) &&
         hashiya_mention_get_status (x) == hashiya_mention_get_status (y) &&
         g_strcmp0 (hashiya_mention_get_label (x), hashiya_mention_get_label (y)) == 0 &&
         g_strcmp0 (hashiya_mention_get_note (x), hashiya_mention_get_note (y)) == 0 &&
         (!with_author || g_strcmp0 (hashiya_mention_get_author (x), hashiya_mention_get_author (y)) == 0);
}

/* Whether two versions of a relation say the same, but for their type and
 * ends (which the caller compares in its own ids) and their times. */
gboolean
_hashiya_merge_same_relation_fields (HashiyaRelation *x,
                                     HashiyaRelation *y,
                                     gboolean         with_author)
{
  guint xs = 0, xe = 0, ys = 0, ye = 0;
  gboolean x_trigger = hashiya_relation_get_trigger (x, &xs, &xe);
  gboolean y_trigger = hashiya_relation_get_trigger (y, &ys, &ye);

  return x_trigger == y_trigger && xs == ys && xe == ye &&
         g_strcmp0 (hashiya_relation_get_mode (x), hashiya_relation_get_mode (y)) == 0 &&
         hashiya_relation_get_negated (x) == hashiya_relation_get_negated (y) &&
         hashiya_relation_get_modality (x) == hashiya_relation_get_modality (y) &&
         hashiya_relation_get_status (x) == hashiya_relation_get_status (y) &&
         g_strcmp0 (hashiya_relation_get_note (x), hashiya_relation_get_note (y)) == 0 &&
         (!with_author || g_strcmp0 (hashiya_relation_get_author (x), hashiya_relation_get_author (y)) == 0);
}

/* Whether two versions of an actor say the same. */
gboolean
_hashiya_merge_same_actor (HashiyaActor *x,
                           HashiyaActor *y)
{
  return hashiya_object_state_equal (G_OBJECT (x), G_OBJECT (y));
}

static void
count_list (GListModel         *before,
            GListModel         *after,
            const char *      (*get_id) (gpointer item),
            gboolean          (*same) (gpointer x, gpointer y),
            HashiyaChangeCount *count)
{
  g_autoptr(GHashTable) old = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_before = before != NULL ? g_list_model_get_n_items (before) : 0;
  guint n_after = g_list_model_get_n_items (after);
  guint kept = 0;

  for (guint i = 0; i < n_before; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (before, i);

      g_hash_table_insert (old, (gpointer) get_id (item), item);
    }
  for (guint i = 0; i < n_after; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (after, i);
      gpointer was = g_hash_table_lookup (old, get_id (item));

      if (was == NULL)
        count->added++;
      else
        {
          kept++;
          if (!same (was, item))
            count->changed++;
        }
    }
  count->removed += n_before - kept;
}

static const char *
mention_id (gpointer item)
{
  return hashiya_mention_get_id (item);
}

static gboolean
mention_same (gpointer x,
              gpointer y)
{
  return _hashiya_merge_same_mention (x, y, TRUE);
}

static const char *
relation_id (gpointer item)
{
  return hashiya_relation_get_id (item);
}

static gboolean
relation_same (gpointer x,
               gpointer y)
{
  return g_strcmp0 (hashiya_relation_get_relation_type (x), hashiya_relation_get_relation_type (y)) == 0 &&
         g_strcmp0 (hashiya_relation_get_source (x), hashiya_relation_get_source (y)) == 0 &&
         g_strcmp0 (hashiya_relation_get_target (x), hashiya_relation_get_target (y)) == 0 &&
         _hashiya_merge_same_relation_fields (x, y, TRUE);
}

/**
 * hashiya_merge_count_changes:
 * @before: (nullable): the document as it was; %NULL when it is new
 * @after: the document as it is
 * @changes: (out caller-allocates): what was added, removed and changed
 *
 * Counts the mentions (and orphans), relations and actors that came,
 * went or changed between two versions, by their ids; times of change
 * alone are no change. Counts are added to what @changes holds.
 */
void
hashiya_merge_count_changes (HashiyaDocument *before,
                             HashiyaDocument *after,
                             HashiyaChanges  *changes)
{
  HashiyaCatalog *old_catalog;
  HashiyaCatalog *catalog;
  guint kept = 0;

  g_return_if_fail (before == NULL || HASHIYA_IS_DOCUMENT (before));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (after));
  g_return_if_fail (changes != NULL);

  count_list (before != NULL ? hashiya_document_get_mentions (before) : NULL, hashiya_document_get_mentions (after),
              mention_id, mention_same, &changes->mentions);
  count_list (before != NULL ? hashiya_document_get_orphans (before) : NULL, hashiya_document_get_orphans (after),
              mention_id, mention_same, &changes->mentions);
  count_list (before != NULL ? hashiya_document_get_relations (before) : NULL, hashiya_document_get_relations (after),
              relation_id, relation_same, &changes->relations);

  old_catalog = before != NULL ? hashiya_document_get_catalog (before) : NULL;
  catalog = hashiya_document_get_catalog (after);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      HashiyaActor *was = old_catalog != NULL ? hashiya_catalog_lookup (old_catalog, hashiya_actor_get_id (actor)) : NULL;

      if (was == NULL)
        changes->actors.added++;
      else
        {
          kept++;
          if (!_hashiya_merge_same_actor (was, actor))
            changes->actors.changed++;
        }
    }
  if (old_catalog != NULL)
    changes->actors.removed += hashiya_catalog_get_n_actors (old_catalog) - kept;
}
