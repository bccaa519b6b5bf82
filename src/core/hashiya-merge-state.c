/* hashiya-merge-state.c — what a three-way merge keeps while it works: the
 * conflicts it found and the ids it gave out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include "hashiya-merge-state.h"

void
_hashiya_merge_clear (HashiyaMerge *self)
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

char *
_hashiya_merge_conflict_key (HashiyaConflictKind  kind,
                             const char          *id)
{
  return g_strdup_printf ("%d:%s", kind, id);
}

gboolean
_hashiya_merge_is_conflicted (HashiyaMerge        *self,
                              HashiyaConflictKind  kind,
                              const char          *id)
{
  g_autofree char *key = _hashiya_merge_conflict_key (kind, id);

  return g_hash_table_contains (self->conflicted, key);
}

static const char *
version_author (GObject *version)
{
  if (HASHIYA_IS_MENTION (version))
    return hashiya_mention_get_author (HASHIYA_MENTION (version));
  if (HASHIYA_IS_RELATION (version))
    return hashiya_relation_get_author (HASHIYA_RELATION (version));
  return NULL;
}

/* A conflict on @id, unless there is one already. */
void
_hashiya_merge_add_conflict (HashiyaMerge        *self,
                             HashiyaConflictKind  kind,
                             const char          *id,
                             gpointer             base,
                             gpointer             a,
                             gpointer             b)
{
  if (_hashiya_merge_is_conflicted (self, kind, id))
    return;
  g_hash_table_add (self->conflicted, _hashiya_merge_conflict_key (kind, id));
  g_ptr_array_add (self->conflicts,
                   hashiya_conflict_new (kind, id, base, a, b,
                                         a != NULL ? version_author (a) : NULL,
                                         b != NULL ? version_author (b) : NULL));
}

/* Ids */

/* The number of an id as Hashiya gives them out ("m12" is 12), else 0. */
guint
_hashiya_merge_id_number (const char *id,
                          char        prefix)
{
  char *end = NULL;
  guint64 n;

  if (id == NULL || id[0] != prefix || !g_ascii_isdigit (id[1]))
    return 0;
  n = g_ascii_strtoull (id + 1, &end, 10);
  return *end == '\0' && n < G_MAXUINT ? (guint) n : 0;
}

/* @wanted if nothing else of the result has it, else the next free
 * number; @owner keeps the string that @used holds. */
static char *
claim_id (GHashTable *used,
          GPtrArray  *owner,
          guint      *next,
          char        prefix,
          const char *wanted)
{
  char *id;

  if (wanted != NULL && !g_hash_table_contains (used, wanted))
    id = g_strdup (wanted);
  else
    {
      do
        id = g_strdup_printf ("%c%u", prefix, ++*next);
      while (g_hash_table_contains (used, id) && (g_free (id), TRUE));
    }
  g_ptr_array_add (owner, g_strdup (id));
  g_hash_table_add (used, g_ptr_array_index (owner, owner->len - 1));
  return id;
}

char *
_hashiya_merge_claim_mention_id (HashiyaMerge *self,
                                 const char   *wanted)
{
  return claim_id (self->used_mention_ids, self->made_ids, &self->next_mention, 'm', wanted);
}

char *
_hashiya_merge_claim_relation_id (HashiyaMerge *self,
                                  const char   *wanted)
{
  return claim_id (self->used_relation_ids, self->made_ids, &self->next_relation, 'r', wanted);
}

/* @id stays used as long as the versions' documents: not copied. */
void
_hashiya_merge_note_used (GHashTable *used,
                          guint      *next,
                          char        prefix,
                          const char *id)
{
  g_hash_table_add (used, (gpointer) id);
  *next = MAX (*next, _hashiya_merge_id_number (id, prefix));
}

/* @id and @result_id are the strings of a version's mention and of the
 * result's, which outlive the maps. */
void
_hashiya_merge_map_id (HashiyaMerge *self,
                       int           side,
                       const char   *id,
                       const char   *result_id)
{
  g_hash_table_insert (self->maps[side], (gpointer) id, (gpointer) result_id);
}
