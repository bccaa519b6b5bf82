/* hashiya-merge.c — a three-way merge of .hashiya files, as git's merge
 * driver runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-document-conflicts.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-merge-changes-private.h"
#include "hashiya-merge-mentions.h"
#include "hashiya-merge-private.h"
#include "hashiya-merge-relations.h"

/* Three versions of a document: the one both came from (base), ours (the
 * file git merges into, %A) and theirs (%B). Each mention, relation and
 * actor of the base is followed into both sides:
 *
 * - a mention is the same one on a side when it has the same id and kept
 *   its span or its actor, or else when it has the same span and actor
 *   (another id); a relation when it has the same id and kept its type or
 *   its ends, or else the same type and ends; an actor by its id;
 * - unchanged on both sides, it stays; changed on one side, it takes the
 *   change; removed on one side and unchanged on the other, it goes;
 *   changed the same way on both, it takes the change; changed
 *   differently on both sides, or removed on one side and changed on
 *   the other, it is a conflict: the document keeps ours (or the side
 *   that did not remove it), and the conflict lists both versions;
 * - what only one side has is added. Both sides adding the same span and
 *   actor (or the same type between the same mentions) add one, a
 *   conflict when they differ. Ids are kept, but one of theirs that ours
 *   uses for something else gets the next free number, in theirs' order,
 *   so that the result is the same bytes every time;
 * - a relation that the merge keeps, whose mention went away on the other
 *   side, brings its mention back with a conflict on it: nothing that was
 *   related is lost. An actor removed on one side that a mention still
 *   names is kept the same way;
 * - orphans merge as mentions do; the relation catalogue is theirs when
 *   ours left it as it was, else ours with the types only theirs has;
 * - the metadata merges field by field: the title, source, date and url
 *   as the rest (a field both sides changed differently keeps ours, with
 *   a conflict); the tags as a set: ours, without what theirs removed,
 *   with what theirs added after them.
 *
 * Times of change (modified) are not a change: two edits that differ only
 * in them are the same edit, and keep the later time. */

/* Actors */

static void
append_actor (HashiyaMerge *self,
              HashiyaActor *actor)
{
  g_autoptr(HashiyaActor) copy = hashiya_actor_copy (actor);

  hashiya_catalog_insert (self->catalog, hashiya_catalog_get_n_actors (self->catalog), copy, NULL);
}

/* An actor one side removed: it goes unless a mention of the result, or
 * a version of a conflict, still names it (merge_restore_actors()). */
static void
note_removed_actor (HashiyaMerge *self,
                    HashiyaActor *base,
                    HashiyaActor *o,
                    HashiyaActor *t)
{
  g_ptr_array_add (self->removed_actors,
                   hashiya_conflict_new (HASHIYA_CONFLICT_ACTOR, hashiya_actor_get_id (base), G_OBJECT (base),
                                         (GObject *) o, (GObject *) t, NULL, NULL));
}

static void
merge_catalog (HashiyaMerge *self)
{
  HashiyaCatalog *catalogs[3];
  const char *names[3];

  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
    {
      catalogs[side] = hashiya_document_get_catalog (self->docs[side]);
      names[side] = hashiya_catalog_get_name (catalogs[side]);
    }
  self->catalog = hashiya_catalog_new (g_strcmp0 (names[HASHIYA_MERGE_OURS], names[HASHIYA_MERGE_BASE]) == 0
                                       ? names[HASHIYA_MERGE_THEIRS] : names[HASHIYA_MERGE_OURS]);

  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalogs[HASHIYA_MERGE_OURS]); i++)
    {
      HashiyaActor *o = hashiya_catalog_get_actor (catalogs[HASHIYA_MERGE_OURS], i);
      const char *id = hashiya_actor_get_id (o);
      HashiyaActor *base = hashiya_catalog_lookup (catalogs[HASHIYA_MERGE_BASE], id);
      HashiyaActor *t = hashiya_catalog_lookup (catalogs[HASHIYA_MERGE_THEIRS], id);
      gboolean o_changed = base == NULL || !_hashiya_merge_same_actor (o, base);
      gboolean t_changed = t != NULL && (base == NULL || !_hashiya_merge_same_actor (t, base));

      if (base != NULL && t == NULL && !o_changed)
        {
          note_removed_actor (self, base, o, NULL);
          continue;
        }
      if (t != NULL && o_changed && t_changed && !_hashiya_merge_same_actor (o, t))
        _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_ACTOR, id, base, o, t);
      else if (base != NULL && t == NULL)
        _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_ACTOR, id, base, o, NULL);
      append_actor (self, t != NULL && t_changed && !o_changed ? t : o);
    }
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalogs[HASHIYA_MERGE_THEIRS]); i++)
    {
      HashiyaActor *t = hashiya_catalog_get_actor (catalogs[HASHIYA_MERGE_THEIRS], i);
      const char *id = hashiya_actor_get_id (t);
      HashiyaActor *base = hashiya_catalog_lookup (catalogs[HASHIYA_MERGE_BASE], id);

      if (hashiya_catalog_lookup (catalogs[HASHIYA_MERGE_OURS], id) != NULL)
        continue;
      if (base != NULL && _hashiya_merge_same_actor (t, base))
        {
          note_removed_actor (self, base, NULL, t);
          continue;
        }
      if (base != NULL)
        _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_ACTOR, id, base, NULL, t);
      append_actor (self, t);
    }
}

static gboolean
actor_needed (HashiyaMerge *self,
              const char   *id)
{
  GPtrArray *lists[] = { self->mentions, self->orphans };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      if (g_strcmp0 (hashiya_mention_get_actor (g_ptr_array_index (lists[l], i)), id) == 0)
        return TRUE;
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      HashiyaConflict *conflict = g_ptr_array_index (self->conflicts, i);

      if (hashiya_conflict_get_kind (conflict) != HASHIYA_CONFLICT_MENTION)
        continue;
      for (int side = HASHIYA_CONFLICT_SIDE_A; side <= HASHIYA_CONFLICT_SIDE_B; side++)
        {
          GObject *version = hashiya_conflict_get_version (conflict, side);

          if (version != NULL && g_strcmp0 (hashiya_mention_get_actor (HASHIYA_MENTION (version)), id) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* An actor one side removed that the result still names stays, with a
 * conflict: the curator says whether it goes. */
static void
merge_restore_actors (HashiyaMerge *self)
{
  for (guint i = 0; i < self->removed_actors->len; i++)
    {
      HashiyaConflict *removed = g_ptr_array_index (self->removed_actors, i);
      const char *id = hashiya_conflict_get_id (removed);
      GObject *a = hashiya_conflict_get_version (removed, HASHIYA_CONFLICT_SIDE_A);
      GObject *b = hashiya_conflict_get_version (removed, HASHIYA_CONFLICT_SIDE_B);

      if (!actor_needed (self, id))
        continue;
      append_actor (self, HASHIYA_ACTOR (a != NULL ? a : b));
      _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_ACTOR, id, hashiya_conflict_get_base (removed), a, b);
    }
}

/* Metadata */

/* One field: the side that changed it; both changed differently: ours,
 * with a conflict. */
static char *
merge_field (HashiyaMerge *self,
             const char   *field,
             const char   *base,
             const char   *o,
             const char   *t)
{
  if (g_strcmp0 (o, t) == 0 || g_strcmp0 (t, base) == 0)
    return g_strdup (o);
  if (g_strcmp0 (o, base) == 0)
    return g_strdup (t);
  if (!_hashiya_merge_is_conflicted (self, HASHIYA_CONFLICT_METADATA, field))
    {
      g_hash_table_add (self->conflicted, _hashiya_merge_conflict_key (HASHIYA_CONFLICT_METADATA, field));
      g_ptr_array_add (self->conflicts, hashiya_conflict_new_metadata (field, base, o, t));
    }
  return g_strdup (o);
}

static gboolean
has_tag (char       **tags,
         const char  *tag)
{
  return tags != NULL && g_strv_contains ((const char * const *) tags, tag);
}

static void
merge_metadata (HashiyaMerge *self)
{
  const HashiyaMetadata *m[3];
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
    m[side] = hashiya_document_get_metadata (self->docs[side]);
  self->metadata = hashiya_metadata_new ();
  self->metadata->title = merge_field (self, "title", m[HASHIYA_MERGE_BASE]->title, m[HASHIYA_MERGE_OURS]->title,
                                       m[HASHIYA_MERGE_THEIRS]->title);
  self->metadata->source = merge_field (self, "source", m[HASHIYA_MERGE_BASE]->source, m[HASHIYA_MERGE_OURS]->source,
                                        m[HASHIYA_MERGE_THEIRS]->source);
  self->metadata->date = merge_field (self, "date", m[HASHIYA_MERGE_BASE]->date, m[HASHIYA_MERGE_OURS]->date,
                                      m[HASHIYA_MERGE_THEIRS]->date);
  self->metadata->url = merge_field (self, "url", m[HASHIYA_MERGE_BASE]->url, m[HASHIYA_MERGE_OURS]->url,
                                     m[HASHIYA_MERGE_THEIRS]->url);
  for (guint i = 0; m[HASHIYA_MERGE_OURS]->tags != NULL && m[HASHIYA_MERGE_OURS]->tags[i] != NULL; i++)
    {
      const char *tag = m[HASHIYA_MERGE_OURS]->tags[i];

      if (has_tag (m[HASHIYA_MERGE_BASE]->tags, tag) && !has_tag (m[HASHIYA_MERGE_THEIRS]->tags, tag))
        continue;
      if (g_hash_table_add (seen, (gpointer) tag))
        g_strv_builder_add (tags, tag);
    }
  for (guint i = 0; m[HASHIYA_MERGE_THEIRS]->tags != NULL && m[HASHIYA_MERGE_THEIRS]->tags[i] != NULL; i++)
    {
      const char *tag = m[HASHIYA_MERGE_THEIRS]->tags[i];

      if (has_tag (m[HASHIYA_MERGE_BASE]->tags, tag))
        continue;
      if (g_hash_table_add (seen, (gpointer) tag))
        g_strv_builder_add (tags, tag);
    }
  g_strfreev (self->metadata->tags);
  self->metadata->tags = g_strv_builder_end (tags);
}

/* The rest */

static void
merge_unanchored (HashiyaMerge    *self,
                  HashiyaDocument *result)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int side = HASHIYA_MERGE_OURS; side <= HASHIYA_MERGE_THEIRS; side++)
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
  for (int side = HASHIYA_MERGE_OURS; side <= HASHIYA_MERGE_THEIRS; side++)
    {
      GListModel *conflicts = hashiya_document_get_conflicts (self->docs[side]);
      guint n = g_list_model_get_n_items (conflicts);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaConflict) conflict = g_list_model_get_item (conflicts, i);
          HashiyaConflictKind kind = hashiya_conflict_get_kind (conflict);
          const char *id = hashiya_conflict_get_id (conflict);

          /* Theirs, only where the result has the same id for it. */
          if (side == HASHIYA_MERGE_THEIRS && kind == HASHIYA_CONFLICT_MENTION &&
              g_strcmp0 (g_hash_table_lookup (self->maps[HASHIYA_MERGE_THEIRS], id), id) != 0)
            continue;
          if (side == HASHIYA_MERGE_THEIRS && kind == HASHIYA_CONFLICT_RELATION &&
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
  const char * const *annotators = hashiya_document_get_curation_annotators (self->docs[HASHIYA_MERGE_OURS]);

  if (annotators == NULL)
    annotators = hashiya_document_get_curation_annotators (self->docs[HASHIYA_MERGE_THEIRS]);
  _hashiya_document_set_curation_annotators (result, annotators);
  for (guint i = 0; i < self->mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (self->mentions, i);
      const char *id = hashiya_mention_get_id (mention);
      const char * const *from = _hashiya_document_lookup_curated_from (self->docs[HASHIYA_MERGE_OURS],
                                                                        HASHIYA_CONFLICT_MENTION, id);

      if (from != NULL)
        _hashiya_document_set_curated_from (result, HASHIYA_CONFLICT_MENTION, id, from);
    }
  for (guint i = 0; i < self->relations->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (self->relations, i);
      const char *id = hashiya_relation_get_id (relation);
      const char * const *from = _hashiya_document_lookup_curated_from (self->docs[HASHIYA_MERGE_OURS],
                                                                        HASHIYA_CONFLICT_RELATION, id);

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
  g_autoptr(HashiyaDocument) result = hashiya_document_new (hashiya_document_get_text (self->docs[HASHIYA_MERGE_OURS]),
                                                            self->catalog);

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

  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
    sha[side] = hashiya_text_get_sha256 (hashiya_document_get_text (self->docs[side]));
  if (strcmp (sha[HASHIYA_MERGE_OURS], sha[HASHIYA_MERGE_THEIRS]) == 0 || strcmp (sha[HASHIYA_MERGE_BASE],
                                                                                  sha[HASHIYA_MERGE_THEIRS]) == 0)
    text = hashiya_document_get_text (self->docs[HASHIYA_MERGE_OURS]);
  else if (strcmp (sha[HASHIYA_MERGE_BASE], sha[HASHIYA_MERGE_OURS]) == 0)
    text = hashiya_document_get_text (self->docs[HASHIYA_MERGE_THEIRS]);
  else
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                           _("both sides changed the text, each differently: the annotations cannot be "
                             "merged; keep one side's text and annotate the other's changes again"));
      return FALSE;
    }
  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
    if (strcmp (sha[side], hashiya_text_get_sha256 (text)) != 0)
      {
        HashiyaDocument *moved = hashiya_document_reanchor (self->docs[side], text);

        g_object_unref (self->docs[side]);
        self->docs[side] = moved;
      }
  return TRUE;
}

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

  return _hashiya_merge_documents (base, ours, theirs, FALSE, error);
}

/* With @reuse, the result holds the versions' own mentions where it can:
 * the versions must not be edited afterwards. */
HashiyaDocument *
_hashiya_merge_documents (HashiyaDocument  *base,
                          HashiyaDocument  *ours,
                          HashiyaDocument  *theirs,
                          gboolean          reuse,
                          GError          **error)
{
  g_auto(HashiyaMerge) self = { { NULL } };

  self.reuse = reuse;
  self.docs[HASHIYA_MERGE_BASE] = g_object_ref (base);
  self.docs[HASHIYA_MERGE_OURS] = g_object_ref (ours);
  self.docs[HASHIYA_MERGE_THEIRS] = g_object_ref (theirs);
  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
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
      for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
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

  merge_metadata (&self);
  merge_catalog (&self);
  _hashiya_merge_relation_catalog (&self);
  _hashiya_merge_mention_list (&self, FALSE);
  _hashiya_merge_mention_list (&self, TRUE);
  _hashiya_merge_relations (&self);
  merge_restore_actors (&self);
  carry_conflicts (&self);

  {
    HashiyaDocument *result = merge_build (&self, error);

    for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
      g_object_unref (self.docs[side]);
    return result;
  }
}
