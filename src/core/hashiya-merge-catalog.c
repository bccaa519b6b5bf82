/* hashiya-merge-catalog.c — the actors and the metadata of a three-way merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <string.h>

#include "hashiya-merge-private.h"
#include "hashiya-object-util.h"
#include "hashiya-relation-catalog-file.h"

/* Actors */

gboolean
_hashiya_merge_same_actor (HashiyaActor *x,
                           HashiyaActor *y)
{
  return hashiya_object_state_equal (G_OBJECT (x), G_OBJECT (y));
}

static void
append_actor (HashiyaMerge *self,
              HashiyaActor *actor)
{
  g_autoptr(HashiyaActor) copy = hashiya_actor_copy (actor);

  hashiya_catalog_insert (self->catalog, hashiya_catalog_get_n_actors (self->catalog), copy, NULL);
}

/* An actor one side removed: it goes unless a mention of the result, or
 * a version of a conflict, still names it (_hashiya_merge_restore_actors()). */
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

void
_hashiya_merge_catalog (HashiyaMerge *self)
{
  HashiyaCatalog *catalogs[3];
  const char *names[3];

  for (int side = BASE; side <= THEIRS; side++)
    {
      catalogs[side] = hashiya_document_get_catalog (self->docs[side]);
      names[side] = hashiya_catalog_get_name (catalogs[side]);
    }
  self->catalog = hashiya_catalog_new (g_strcmp0 (names[OURS], names[BASE]) == 0 ? names[THEIRS] : names[OURS]);

  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalogs[OURS]); i++)
    {
      HashiyaActor *o = hashiya_catalog_get_actor (catalogs[OURS], i);
      const char *id = hashiya_actor_get_id (o);
      HashiyaActor *base = hashiya_catalog_lookup (catalogs[BASE], id);
      HashiyaActor *t = hashiya_catalog_lookup (catalogs[THEIRS], id);
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
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalogs[THEIRS]); i++)
    {
      HashiyaActor *t = hashiya_catalog_get_actor (catalogs[THEIRS], i);
      const char *id = hashiya_actor_get_id (t);
      HashiyaActor *base = hashiya_catalog_lookup (catalogs[BASE], id);

      if (hashiya_catalog_lookup (catalogs[OURS], id) != NULL)
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
void
_hashiya_merge_restore_actors (HashiyaMerge *self)
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

void
_hashiya_merge_metadata (HashiyaMerge *self)
{
  const HashiyaMetadata *m[3];
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int side = BASE; side <= THEIRS; side++)
    m[side] = hashiya_document_get_metadata (self->docs[side]);
  self->metadata = hashiya_metadata_new ();
  self->metadata->title = merge_field (self, "title", m[BASE]->title, m[OURS]->title, m[THEIRS]->title);
  self->metadata->source = merge_field (self, "source", m[BASE]->source, m[OURS]->source, m[THEIRS]->source);
  self->metadata->date = merge_field (self, "date", m[BASE]->date, m[OURS]->date, m[THEIRS]->date);
  self->metadata->url = merge_field (self, "url", m[BASE]->url, m[OURS]->url, m[THEIRS]->url);
  for (guint i = 0; m[OURS]->tags != NULL && m[OURS]->tags[i] != NULL; i++)
    {
      const char *tag = m[OURS]->tags[i];

      if (has_tag (m[BASE]->tags, tag) && !has_tag (m[THEIRS]->tags, tag))
        continue;
      if (g_hash_table_add (seen, (gpointer) tag))
        g_strv_builder_add (tags, tag);
    }
  for (guint i = 0; m[THEIRS]->tags != NULL && m[THEIRS]->tags[i] != NULL; i++)
    {
      const char *tag = m[THEIRS]->tags[i];

      if (has_tag (m[BASE]->tags, tag))
        continue;
      if (g_hash_table_add (seen, (gpointer) tag))
        g_strv_builder_add (tags, tag);
    }
  g_strfreev (self->metadata->tags);
  self->metadata->tags = g_strv_builder_end (tags);
}
