/* hashiya-merge-documents.c — the three-way merge of documents: the
 * parts (mentions, relations, actors, metadata) merged in turn, the
 * result built, and the changes between two versions counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-merge-private.h"

static void
merge_clear (HashiyaMerge *self)
{
  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&self->maps[i], g_hash_table_unref);
  g_clear_pointer (&self->used_mention_ids, g_hash_table_unref);
  g_clear_pointer (&self->made_ids, g_ptr_array_unref);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_clear_pointer (&self->orphans, g_ptr_array_unref);
  g_clear_pointer (&self->used_relation_ids, g_hash_table_unref);
  g_clear_pointer (&self->relations, g_ptr_array_unref);
  g_clear_pointer (&self->relation_keys, g_hash_table_unref);
  g_clear_pointer (&self->relation_keys_by_id, g_hash_table_unref);
  g_clear_object (&self->relation_catalog);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->metadata, hashiya_metadata_free);
  g_clear_pointer (&self->removed_actors, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->conflicted, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HashiyaMerge, merge_clear)

/* The rest */

static void
merge_unanchored (HashiyaMerge    *self,
                  HashiyaDocument *result)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int side = OURS; side <= THEIRS; side++)
    {
      GPtrArray *unanchored = hashiya_document_get_unanchored_relations (self->docs[side]);

      for (guint i = 0; unanchored != NULL && i < unanchored->len; i++)
        {
          const char *json = g_ptr_array_index (unanchored, i);

          if (g_hash_table_add (seen, (gpointer) json))
            _hashiya_document_add_unanchored_relation (result, json);
        }
    }
}

/* Conflicts the sides had before, not settled: kept, ours first. */
static void
carry_conflicts (HashiyaMerge *self)
{
  for (int side = OURS; side <= THEIRS; side++)
    {
      GListModel *conflicts = hashiya_document_get_conflicts (self->docs[side]);
      guint n = g_list_model_get_n_items (conflicts);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaConflict) conflict = g_list_model_get_item (conflicts, i);
          HashiyaConflictKind kind = hashiya_conflict_get_kind (conflict);
          const char *id = hashiya_conflict_get_id (conflict);

          /* Theirs, only where the result has the same id for it. */
          if (side == THEIRS && kind == HASHIYA_CONFLICT_MENTION &&
              g_strcmp0 (g_hash_table_lookup (self->maps[THEIRS], id), id) != 0)
            continue;
          if (side == THEIRS && kind == HASHIYA_CONFLICT_RELATION &&
              g_hash_table_lookup (self->relation_keys_by_id, id) == NULL)
            continue;
          if (_hashiya_merge_is_conflicted (self, kind, id))
            continue;
          g_hash_table_add (self->conflicted, _hashiya_merge_conflict_key (kind, id));
          g_ptr_array_add (self->conflicts, g_object_ref (conflict));
        }
    }
}

static void
merge_curation (HashiyaMerge    *self,
                HashiyaDocument *result)
{
  const char * const *annotators = hashiya_document_get_curation_annotators (self->docs[OURS]);

  if (annotators == NULL)
    annotators = hashiya_document_get_curation_annotators (self->docs[THEIRS]);
  _hashiya_document_set_curation_annotators (result, annotators);
  for (guint i = 0; i < self->mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (self->mentions, i);
      const char *id = hashiya_mention_get_id (mention);
      const char * const *from = _hashiya_document_lookup_curated_from (self->docs[OURS], HASHIYA_CONFLICT_MENTION, id);

      if (from != NULL)
        _hashiya_document_set_curated_from (result, HASHIYA_CONFLICT_MENTION, id, from);
    }
  for (guint i = 0; i < self->relations->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (self->relations, i);
      const char *id = hashiya_relation_get_id (relation);
      const char * const *from = _hashiya_document_lookup_curated_from (self->docs[OURS], HASHIYA_CONFLICT_RELATION, id);

      if (from != NULL)
        _hashiya_document_set_curated_from (result, HASHIYA_CONFLICT_RELATION, id, from);
    }
}

static int
compare_mention_slots (gconstpointer a,
                       gconstpointer b)
{
  return hashiya_mention_compare (*(HashiyaMention * const *) a, *(HashiyaMention * const *) b, NULL);
}

static int
compare_relation_slots (gconstpointer a,
                        gconstpointer b)
{
  const char *x = hashiya_relation_get_id (*(HashiyaRelation * const *) a);
  const char *y = hashiya_relation_get_id (*(HashiyaRelation * const *) b);
  guint nx = _hashiya_merge_id_number (x, 'r'), ny = _hashiya_merge_id_number (y, 'r');

  if (nx != ny)
    return nx < ny ? -1 : 1;
  return strcmp (x, y);
}

static HashiyaDocument *
merge_build (HashiyaMerge  *self,
             GError       **error)
{
  g_autoptr(HashiyaDocument) result = hashiya_document_new (hashiya_document_get_text (self->docs[OURS]), self->catalog);

  _hashiya_document_set_relation_catalog (result, self->relation_catalog);
  _hashiya_document_swap_metadata (result, &self->metadata);
  g_ptr_array_sort (self->mentions, compare_mention_slots);
  _hashiya_document_take_mentions (result, self->mentions);
  for (guint i = 0; i < self->orphans->len; i++)
    _hashiya_document_add_orphan (result, g_ptr_array_index (self->orphans, i));
  g_ptr_array_sort (self->relations, compare_relation_slots);
  for (guint i = 0; i < self->relations->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (self->relations, i);
      g_autoptr(GError) local_error = NULL;

      if (!hashiya_document_check_relation (result, relation, &local_error))
        {
          g_set_error (error, HASHIYA_ERROR, local_error->code, _("relation %s cannot be merged: %s"),
                       hashiya_relation_get_id (relation), local_error->message);
          return NULL;
        }
      _hashiya_document_insert_relation (result, relation);
    }
  merge_unanchored (self, result);
  for (guint i = 0; i < self->conflicts->len; i++)
    _hashiya_document_add_conflict (result, g_ptr_array_index (self->conflicts, i));
  merge_curation (self, result);
  return g_steal_pointer (&result);
}

/* One text for the three: a side that changed it gives it to the others,
 * whose mentions are found again in it (hashiya_document_reanchor()). */
static gboolean
merge_texts (HashiyaMerge  *self,
             GError       **error)
{
  const char *sha[3];
  HashiyaText *text;

  for (int side = BASE; side <= THEIRS; side++)
    sha[side] = hashiya_text_get_sha256 (hashiya_document_get_text (self->docs[side]));
  if (strcmp (sha[OURS], sha[THEIRS]) == 0 || strcmp (sha[BASE], sha[THEIRS]) == 0)
    text = hashiya_document_get_text (self->docs[OURS]);
  else if (strcmp (sha[BASE], sha[OURS]) == 0)
    text = hashiya_document_get_text (self->docs[THEIRS]);
  else
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                           _("both sides changed the text, each differently: the annotations cannot be "
                             "merged; keep one side's text and annotate the other's changes again"));
      return FALSE;
    }
  for (int side = BASE; side <= THEIRS; side++)
    if (strcmp (sha[side], hashiya_text_get_sha256 (text)) != 0)
      {
        HashiyaDocument *moved = hashiya_document_reanchor (self->docs[side], text);

        g_object_unref (self->docs[side]);
        self->docs[side] = moved;
      }
  return TRUE;
}

static HashiyaDocument *merge_documents (HashiyaDocument  *base,
                                         HashiyaDocument  *ours,
                                         HashiyaDocument  *theirs,
                                         gboolean          reuse,
                                         guint             next_mention,
                                         GError          **error);

/**
 * hashiya_merge_documents:
 * @base: the version both came from
 * @ours: one side (git's %A)
 * @theirs: the other (git's %B)
 *
 * Merges two versions of a document, mention by mention, relation by
 * relation and actor by actor (see the comment at the top of this file,
 * and docs/TEAM.md). What both sides changed differently is a conflict,
 * listed in the result (hashiya_document_get_conflicts()). The result is
 * the same for the same three documents, whatever the order of the work.
 *
 * Returns: (transfer full): the merged document, or %NULL when both
 *   sides changed the text itself
 */
HashiyaDocument *
hashiya_merge_documents (HashiyaDocument  *base,
                         HashiyaDocument  *ours,
                         HashiyaDocument  *theirs,
                         GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (base), NULL);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (ours), NULL);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (theirs), NULL);

  return merge_documents (base, ours, theirs, FALSE, 0, error);
}

/* Merges versions of which only some mentions are read (see
 * hashiya-merge-lines.c): @next_mention is the highest number of the ids
 * of ours' whole list, after which ids are given out. The result holds
 * the versions' own mentions. */
HashiyaDocument *
_hashiya_merge_documents_from (HashiyaDocument  *base,
                               HashiyaDocument  *ours,
                               HashiyaDocument  *theirs,
                               guint             next_mention,
                               GError          **error)
{
  return merge_documents (base, ours, theirs, TRUE, next_mention, error);
}


/* With @reuse, the result holds the versions' own mentions where it can:
 * the versions must not be edited afterwards. */
static HashiyaDocument *
merge_documents (HashiyaDocument  *base,
                 HashiyaDocument  *ours,
                 HashiyaDocument  *theirs,
                 gboolean          reuse,
                 guint             next_mention,
                 GError          **error)
{
  g_auto(HashiyaMerge) self = { { NULL } };

  self.reuse = reuse;
  self.next_mention = next_mention;
  self.docs[BASE] = g_object_ref (base);
  self.docs[OURS] = g_object_ref (ours);
  self.docs[THEIRS] = g_object_ref (theirs);
  for (int side = BASE; side <= THEIRS; side++)
    self.maps[side] = g_hash_table_new (g_str_hash, g_str_equal);
  self.used_mention_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.made_ids = g_ptr_array_new_with_free_func (g_free);
  self.mentions = g_ptr_array_new_with_free_func (g_object_unref);
  self.orphans = g_ptr_array_new_with_free_func (g_object_unref);
  self.used_relation_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self.relations = g_ptr_array_new_with_free_func (g_object_unref);
  self.relation_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.relation_keys_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self.removed_actors = g_ptr_array_new_with_free_func (g_object_unref);
  self.conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  self.conflicted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!merge_texts (&self, error))
    {
      for (int side = BASE; side <= THEIRS; side++)
        g_object_unref (self.docs[side]);
      return NULL;
    }

  /* Ours keeps its ids: theirs give way. */
  for (guint l = 0; l < 2; l++)
    {
      GListModel *list = l == 0 ? hashiya_document_get_mentions (ours) : hashiya_document_get_orphans (ours);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaMention) mention = g_list_model_get_item (list, i);

          _hashiya_merge_note_used (self.used_mention_ids, &self.next_mention, 'm', hashiya_mention_get_id (mention));
        }
    }

  _hashiya_merge_metadata (&self);
  _hashiya_merge_catalog (&self);
  _hashiya_merge_relation_catalog (&self);
  _hashiya_merge_mention_list (&self, FALSE);
  _hashiya_merge_mention_list (&self, TRUE);
  _hashiya_merge_relations (&self);
  _hashiya_merge_restore_actors (&self);
  carry_conflicts (&self);

  {
    HashiyaDocument *result = merge_build (&self, error);

    for (int side = BASE; side <= THEIRS; side++)
      g_object_unref (self.docs[side]);
    return result;
  }
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
  return _hashiya_merge_same_mention (x, y);
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
