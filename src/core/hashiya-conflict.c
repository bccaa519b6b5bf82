/* hashiya-conflict.c — one thing two versions of a document changed
 * differently: the two versions, and what they came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-conflict"

#include "config.h"

#include <string.h>

#include "hashiya-conflict.h"

/* A conflict never changes: it is settled by taking a version into the
 * document (hashiya_document_resolve_conflict()), which removes it. A
 * version that is %NULL was removed on that side; a %NULL base means
 * both sides added it. */
struct _HashiyaConflict
{
  GObject              parent_instance;
  HashiyaConflictKind  kind;
  char                *id;
  GObject             *base;
  GObject             *versions[2];
  char                *authors[2];
  /* HASHIYA_CONFLICT_METADATA: base, a, b */
  char                *values[3];
};

G_DEFINE_FINAL_TYPE (HashiyaConflict, hashiya_conflict, G_TYPE_OBJECT)

static const char * const kind_nicks[] = { "mention", "relation", "actor", "metadata" };
static const char * const metadata_fields[] = { "title", "source", "date", "url" };

static void
hashiya_conflict_finalize (GObject *object)
{
  HashiyaConflict *self = HASHIYA_CONFLICT (object);

  g_free (self->id);
  g_clear_object (&self->base);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_object (&self->versions[i]);
      g_free (self->authors[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->values); i++)
    g_free (self->values[i]);
  G_OBJECT_CLASS (hashiya_conflict_parent_class)->finalize (object);
}

static void
hashiya_conflict_class_init (HashiyaConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_conflict_finalize;
}

static void
hashiya_conflict_init (HashiyaConflict *self)
{
}

/**
 * hashiya_conflict_new:
 * @id: the id of the mention, relation or actor in the document
 * @base: (nullable): the version both came from; %NULL when both added it
 * @a: (nullable): the first version; %NULL when that side removed it
 * @b: (nullable): the second version; %NULL when that side removed it
 * @a_author: (nullable): who made the first version
 * @b_author: (nullable): who made the second version
 *
 * Returns: (transfer full): the conflict, which keeps its own references
 */
HashiyaConflict *
hashiya_conflict_new (HashiyaConflictKind  kind,
                      const char          *id,
                      GObject             *base,
                      GObject             *a,
                      GObject             *b,
                      const char          *a_author,
                      const char          *b_author)
{
  HashiyaConflict *self;

  g_return_val_if_fail (kind <= HASHIYA_CONFLICT_ACTOR, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (a != NULL || b != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_CONFLICT, NULL);
  self->kind = kind;
  self->id = g_strdup (id);
  self->base = base != NULL ? g_object_ref (base) : NULL;
  self->versions[0] = a != NULL ? g_object_ref (a) : NULL;
  self->versions[1] = b != NULL ? g_object_ref (b) : NULL;
  self->authors[0] = g_strdup (a_author);
  self->authors[1] = g_strdup (b_author);
  return self;
}

/**
 * hashiya_conflict_new_metadata:
 * @field: `title`, `source`, `date` or `url`
 * @base: (nullable): the field's value both came from
 * @a: (nullable): the first side's value; %NULL when it has none
 * @b: (nullable): the second side's value; %NULL when it has none
 *
 * Returns: (transfer full): a conflict on one field of the metadata
 */
HashiyaConflict *
hashiya_conflict_new_metadata (const char *field,
                               const char *base,
                               const char *a,
                               const char *b)
{
  HashiyaConflict *self;

  g_return_val_if_fail (hashiya_conflict_is_metadata_field (field), NULL);
  g_return_val_if_fail (a != NULL || b != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_CONFLICT, NULL);
  self->kind = HASHIYA_CONFLICT_METADATA;
  self->id = g_strdup (field);
  self->values[0] = g_strdup (base);
  self->values[1] = g_strdup (a);
  self->values[2] = g_strdup (b);
  return self;
}

/**
 * hashiya_conflict_is_metadata_field:
 *
 * Returns: whether @field names a field of the metadata that a conflict
 *   can be on (the tags merge as a set, never in conflict)
 */
gboolean
hashiya_conflict_is_metadata_field (const char *field)
{
  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (metadata_fields); i++)
    if (strcmp (field, metadata_fields[i]) == 0)
      return TRUE;
  return FALSE;
}

HashiyaConflictKind
hashiya_conflict_get_kind (HashiyaConflict *self)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), HASHIYA_CONFLICT_MENTION);

  return self->kind;
}

const char *
hashiya_conflict_get_id (HashiyaConflict *self)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), NULL);

  return self->id;
}

/**
 * hashiya_conflict_get_base:
 *
 * Returns: (transfer none) (nullable): the version both sides came from,
 *   %NULL when both added it
 */
GObject *
hashiya_conflict_get_base (HashiyaConflict *self)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), NULL);

  return self->base;
}

/**
 * hashiya_conflict_get_version:
 *
 * Returns: (transfer none) (nullable): that side's version, %NULL when
 *   that side removed it
 */
GObject *
hashiya_conflict_get_version (HashiyaConflict     *self,
                              HashiyaConflictSide  side)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (side <= HASHIYA_CONFLICT_SIDE_B, NULL);

  return self->versions[side];
}

/**
 * hashiya_conflict_get_author:
 *
 * Returns: (nullable): who made that side's version, when known
 */
const char *
hashiya_conflict_get_author (HashiyaConflict     *self,
                             HashiyaConflictSide  side)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (side <= HASHIYA_CONFLICT_SIDE_B, NULL);

  return self->authors[side];
}

/**
 * hashiya_conflict_get_base_value:
 *
 * Returns: (nullable): for a conflict on a metadata field, the value both
 *   sides came from
 */
const char *
hashiya_conflict_get_base_value (HashiyaConflict *self)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), NULL);

  return self->values[0];
}

/**
 * hashiya_conflict_get_value:
 *
 * Returns: (nullable): for a conflict on a metadata field, that side's
 *   value, %NULL when it has none
 */
const char *
hashiya_conflict_get_value (HashiyaConflict     *self,
                            HashiyaConflictSide  side)
{
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (side <= HASHIYA_CONFLICT_SIDE_B, NULL);

  return self->values[1 + side];
}

const char *
hashiya_conflict_kind_to_nick (HashiyaConflictKind kind)
{
  g_return_val_if_fail (kind <= HASHIYA_CONFLICT_METADATA, NULL);

  return kind_nicks[kind];
}

gboolean
hashiya_conflict_kind_from_nick (const char          *nick,
                                 HashiyaConflictKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_nicks); i++)
    if (g_strcmp0 (nick, kind_nicks[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}
