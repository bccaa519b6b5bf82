/* hashiya-merge-relations.c — the relations and the relation catalogue of a three-way merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <string.h>

#include "hashiya-merge-private.h"
#include "hashiya-object-util.h"
#include "hashiya-relation-catalog-file.h"

/* Relations */

static gboolean
is_mutual (HashiyaMerge *self,
           const char   *type)
{
  HashiyaRelationType *relation_type = hashiya_relation_catalog_lookup (self->relation_catalog, type);

  return relation_type != NULL && hashiya_relation_type_get_mutual (relation_type);
}

/* A relation end in the result's ids; one the result does not have
 * (a mention removed) stays as it was, marked so that it matches no
 * mention of the result. */
static char *
mapped_end (HashiyaMerge *self,
            int           side,
            const char   *end)
{
  const char *mapped = g_hash_table_lookup (self->maps[side], end);

  return mapped != NULL ? g_strdup (mapped) : g_strdup_printf ("\x1f%s", end);
}

/* The type and the ends of a relation of @side, in the result's ids. */
static char *
relation_key (HashiyaMerge    *self,
              int              side,
              HashiyaRelation *relation)
{
  const char *type = hashiya_relation_get_relation_type (relation);
  g_autofree char *source = mapped_end (self, side, hashiya_relation_get_source (relation));
  g_autofree char *target = mapped_end (self, side, hashiya_relation_get_target (relation));

  if (is_mutual (self, type) && strcmp (source, target) > 0)
    return g_strdup_printf ("%s\x1e%s\x1e%s", type, target, source);
  return g_strdup_printf ("%s\x1e%s\x1e%s", type, source, target);
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

static gboolean
same_relation_edit (HashiyaMerge    *self,
                    int              x_side,
                    HashiyaRelation *x,
                    int              y_side,
                    HashiyaRelation *y,
                    gboolean         with_author)
{
  g_autofree char *x_key = relation_key (self, x_side, x);
  g_autofree char *y_key = relation_key (self, y_side, y);

  return strcmp (x_key, y_key) == 0 && _hashiya_merge_same_relation_fields (x, y, with_author);
}

static gboolean
same_relation (HashiyaMerge    *self,
               int              x_side,
               HashiyaRelation *x,
               int              y_side,
               HashiyaRelation *y)
{
  return same_relation_edit (self, x_side, x, y_side, y, TRUE);
}

/* @relation of @side as @id, its ends in the result's ids (brought back
 * when the result lost them). %NULL when an end is nowhere. */
static HashiyaRelation *
relation_in_result (HashiyaMerge    *self,
                    int              side,
                    HashiyaRelation *relation,
                    const char      *id,
                    gboolean         bring_back)
{
  const char *ends[2] = { hashiya_relation_get_source (relation), hashiya_relation_get_target (relation) };
  const char *mapped[2];
  HashiyaRelation *copy;
  guint start, end;

  for (guint i = 0; i < 2; i++)
    {
      mapped[i] = g_hash_table_lookup (self->maps[side], ends[i]);
      if (mapped[i] == NULL && bring_back)
        mapped[i] = _hashiya_merge_bring_back_mention (self, side, ends[i]);
      if (mapped[i] == NULL)
        return NULL;
    }
  copy = hashiya_relation_new (id, hashiya_relation_get_relation_type (relation), mapped[0], mapped[1]);
  if (hashiya_relation_get_trigger (relation, &start, &end))
    hashiya_relation_set_trigger (copy, start, end);
  hashiya_relation_set_mode (copy, hashiya_relation_get_mode (relation));
  hashiya_relation_set_negated (copy, hashiya_relation_get_negated (relation));
  hashiya_relation_set_modality (copy, hashiya_relation_get_modality (relation));
  hashiya_relation_set_status (copy, hashiya_relation_get_status (relation));
  hashiya_relation_set_note (copy, hashiya_relation_get_note (relation));
  hashiya_relation_set_author (copy, hashiya_relation_get_author (relation));
  hashiya_relation_set_created (copy, hashiya_relation_get_created (relation));
  hashiya_relation_set_modified (copy, hashiya_relation_get_modified (relation));
  return copy;
}

static void
keep_relation (HashiyaMerge    *self,
               HashiyaRelation *relation)
{
  g_ptr_array_add (self->relations, relation);
  g_hash_table_insert (self->relation_keys, relation_key (self, OURS, relation), relation);
  g_hash_table_insert (self->relation_keys_by_id, (gpointer) hashiya_relation_get_id (relation), relation);
}

static HashiyaRelation *
match_relation (HashiyaMerge    *self,
                GHashTable      *by_id,
                GHashTable      *by_key,
                int              side,
                HashiyaRelation *base,
                GHashTable      *matched)
{
  HashiyaRelation *found = g_hash_table_lookup (by_id, hashiya_relation_get_id (base));
  g_autofree char *key = relation_key (self, BASE, base);

  if (found != NULL && !g_hash_table_contains (matched, found))
    {
      g_autofree char *found_key = relation_key (self, side, found);

      if (strcmp (found_key, key) == 0 ||
          g_strcmp0 (hashiya_relation_get_relation_type (found), hashiya_relation_get_relation_type (base)) == 0)
        return found;
    }
  found = g_hash_table_lookup (by_key, key);
  if (found != NULL && !g_hash_table_contains (matched, found))
    return found;
  return NULL;
}

/* The result's mention ids are final here, but for mentions brought back. */
void
_hashiya_merge_relations (HashiyaMerge *self)
{
  GHashTable *by_id[3], *by_key[3];
  g_autoptr(GHashTable) matched_ours = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) matched_theirs = g_hash_table_new (NULL, NULL);
  GListModel *base_list = hashiya_document_get_relations (self->docs[BASE]);
  guint n_base = g_list_model_get_n_items (base_list);

  for (int side = BASE; side <= THEIRS; side++)
    {
      GListModel *list = hashiya_document_get_relations (self->docs[side]);
      guint n = g_list_model_get_n_items (list);

      by_id[side] = g_hash_table_new (g_str_hash, g_str_equal);
      by_key[side] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaRelation) relation = g_list_model_get_item (list, i);

          g_hash_table_insert (by_id[side], (gpointer) hashiya_relation_get_id (relation), relation);
          g_hash_table_insert (by_key[side], relation_key (self, side, relation), relation);
          if (side == OURS)
            _hashiya_merge_note_used (self->used_relation_ids, &self->next_relation, 'r',
                                      hashiya_relation_get_id (relation));
        }
    }

  for (guint i = 0; i < n_base; i++)
    {
      g_autoptr(HashiyaRelation) base = g_list_model_get_item (base_list, i);
      HashiyaRelation *o = match_relation (self, by_id[OURS], by_key[OURS], OURS, base, matched_ours);
      HashiyaRelation *t = match_relation (self, by_id[THEIRS], by_key[THEIRS], THEIRS, base, matched_theirs);
      gboolean o_changed = o != NULL && !same_relation (self, OURS, o, BASE, base);
      gboolean t_changed = t != NULL && !same_relation (self, THEIRS, t, BASE, base);
      gboolean conflict = FALSE;
      int kept_side;
      g_autofree char *id = NULL;
      HashiyaRelation *kept;

      if (o != NULL)
        g_hash_table_add (matched_ours, o);
      if (t != NULL)
        g_hash_table_add (matched_theirs, t);
      if (o == NULL && t == NULL)
        continue;
      if (o == NULL || t == NULL)
        {
          if (!(o != NULL ? o_changed : t_changed))
            continue;
          kept_side = o != NULL ? OURS : THEIRS;
          conflict = TRUE;
        }
      else if (!t_changed)
        kept_side = OURS;
      else if (!o_changed)
        kept_side = THEIRS;
      else
        {
          kept_side = OURS;
          conflict = !same_relation_edit (self, OURS, o, THEIRS, t, FALSE);
        }

      id = o != NULL ? g_strdup (hashiya_relation_get_id (o))
                     : _hashiya_merge_claim_relation_id (self, hashiya_relation_get_id (t));
      kept = relation_in_result (self, kept_side, kept_side == OURS ? o : t, id, TRUE);
      if (kept == NULL)
        continue;
      keep_relation (self, kept);
      if (conflict)
        {
          g_autoptr(HashiyaRelation) a = o != NULL ? relation_in_result (self, OURS, o, id, TRUE) : NULL;
          g_autoptr(HashiyaRelation) b = t != NULL ? relation_in_result (self, THEIRS, t, id, TRUE) : NULL;
          g_autoptr(HashiyaRelation) was = relation_in_result (self, BASE, base, id, FALSE);

          _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_RELATION, id, was, a, b);
        }
    }

  for (int side = OURS; side <= THEIRS; side++)
    {
      GListModel *list = hashiya_document_get_relations (self->docs[side]);
      GHashTable *matched = side == OURS ? matched_ours : matched_theirs;
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaRelation) relation = g_list_model_get_item (list, i);
          g_autofree char *id = NULL;
          g_autofree char *key = NULL;
          HashiyaRelation *existing;
          HashiyaRelation *kept;

          if (g_hash_table_contains (matched, relation))
            continue;
          key = relation_key (self, side, relation);
          existing = g_hash_table_lookup (self->relation_keys, key);
          if (existing != NULL)
            {
              const char *existing_id = hashiya_relation_get_id (existing);

              if (!same_relation_edit (self, side, relation, OURS, existing, FALSE))
                {
                  g_autoptr(HashiyaRelation) other = relation_in_result (self, side, relation, existing_id, TRUE);

                  _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_RELATION, existing_id, NULL,
                                               side == OURS ? other : existing, side == OURS ? existing : other);
                }
              continue;
            }
          id = side == OURS ? g_strdup (hashiya_relation_get_id (relation))
                            : _hashiya_merge_claim_relation_id (self, hashiya_relation_get_id (relation));
          kept = relation_in_result (self, side, relation, id, TRUE);
          if (kept != NULL)
            keep_relation (self, kept);
        }
    }

  for (int side = BASE; side <= THEIRS; side++)
    {
      g_hash_table_unref (by_id[side]);
      g_hash_table_unref (by_key[side]);
    }
}

/* A relation catalogue as the file writes it, to compare. */
static char *
relation_catalog_json (HashiyaDocument *document)
{
  GString *out = g_string_new (NULL);

  hashiya_relation_catalog_append_json (hashiya_document_get_relation_catalog (document), out);
  return g_string_free (out, FALSE);
}

void
_hashiya_merge_relation_catalog (HashiyaMerge *self)
{
  HashiyaRelationCatalog *theirs = hashiya_document_get_relation_catalog (self->docs[THEIRS]);
  g_autofree char *base_json = relation_catalog_json (self->docs[BASE]);
  g_autofree char *ours_json = relation_catalog_json (self->docs[OURS]);

  if (strcmp (ours_json, base_json) == 0)
    {
      self->relation_catalog = hashiya_relation_catalog_copy (theirs);
      return;
    }
  self->relation_catalog = hashiya_relation_catalog_copy (hashiya_document_get_relation_catalog (self->docs[OURS]));
  for (guint i = 0; i < hashiya_relation_catalog_get_n_types (theirs); i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (theirs, i);

      if (hashiya_relation_catalog_lookup (self->relation_catalog, hashiya_relation_type_get_id (type)) == NULL)
        hashiya_relation_catalog_add (self->relation_catalog, type, NULL);
    }
}
