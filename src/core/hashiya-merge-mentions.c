/* hashiya-merge-mentions.c — the mentions (and orphans) of a three-way merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <string.h>

#include "hashiya-document-private.h"
#include "hashiya-merge-changes-private.h"
#include "hashiya-merge-mentions.h"
#include "hashiya-object-util.h"

/* One list of mentions (the mentions, or the orphans) of the three
 * versions, indexed for the matching. */
typedef struct
{
  HashiyaDocument *docs[3];
  gboolean         orphans;
  GListModel      *lists[3];
  /* Orphans only: the documents index their mentions. */
  GHashTable      *by_id[3];     /* id → HashiyaMention */
  GHashTable      *by_span[3];   /* HashiyaMention (span and actor) → HashiyaMention */
} MentionLists;

static gboolean
same_span (HashiyaMention *x,
           HashiyaMention *y)
{
  return hashiya_mention_get_start (x) == hashiya_mention_get_start (y) &&
         hashiya_mention_get_end (x) == hashiya_mention_get_end (y);
}

/* The later of two equal edits. */
static HashiyaMention *
later_mention (HashiyaMention *x,
               HashiyaMention *y)
{
  return g_strcmp0 (hashiya_mention_get_modified (y), hashiya_mention_get_modified (x)) > 0 ? y : x;
}

static HashiyaMention *
mention_with_id (HashiyaMention *mention,
                 const char     *id)
{
  HashiyaMention *copy;
  g_autoptr(HashiyaMention) state = NULL;

  if (g_strcmp0 (hashiya_mention_get_id (mention), id) == 0)
    return hashiya_mention_copy (mention);
  copy = hashiya_mention_new (id, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                              hashiya_mention_get_actor (mention));
  state = hashiya_mention_copy (mention);
  hashiya_object_swap_state (G_OBJECT (copy), G_OBJECT (state));
  return copy;
}


static void
mention_lists_init (MentionLists *lists,
                    HashiyaMerge *self,
                    gboolean      orphans)
{
  lists->orphans = orphans;
  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
    {
      GListModel *list = orphans ? hashiya_document_get_orphans (self->docs[side])
                                 : hashiya_document_get_mentions (self->docs[side]);
      guint n = g_list_model_get_n_items (list);

      lists->docs[side] = self->docs[side];
      lists->lists[side] = list;
      if (!orphans)
        continue;
      lists->by_id[side] = g_hash_table_new (g_str_hash, g_str_equal);
      lists->by_span[side] = g_hash_table_new (hashiya_mention_span_hash, hashiya_mention_span_equal);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaMention) mention = g_list_model_get_item (list, i);

          g_hash_table_insert (lists->by_id[side], (gpointer) hashiya_mention_get_id (mention), mention);
          g_hash_table_insert (lists->by_span[side], mention, mention);
        }
    }
}

static void
mention_lists_clear (MentionLists *lists)
{
  for (int side = HASHIYA_MERGE_BASE; side <= HASHIYA_MERGE_THEIRS; side++)
    {
      g_clear_pointer (&lists->by_id[side], g_hash_table_unref);
      g_clear_pointer (&lists->by_span[side], g_hash_table_unref);
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MentionLists, mention_lists_clear)

static HashiyaMention *
lookup_id (MentionLists *lists,
           int           side,
           const char   *id)
{
  if (lists->orphans)
    return g_hash_table_lookup (lists->by_id[side], id);
  return hashiya_document_lookup_mention (lists->docs[side], id);
}

/* The mention of @side with the span and actor of @mention. */
static HashiyaMention *
lookup_span (MentionLists   *lists,
             int             side,
             HashiyaMention *mention)
{
  if (lists->orphans)
    return g_hash_table_lookup (lists->by_span[side], mention);
  return _hashiya_document_find_duplicate (lists->docs[side], hashiya_mention_get_start (mention),
                                           hashiya_mention_get_end (mention), hashiya_mention_get_actor (mention),
                                           NULL);
}

/* The version of @base on @side, not yet matched to another. */
static HashiyaMention *
match_mention (MentionLists   *lists,
               int             side,
               HashiyaMention *base,
               GHashTable     *matched)
{
  HashiyaMention *found = lookup_id (lists, side, hashiya_mention_get_id (base));

  if (found != NULL && !g_hash_table_contains (matched, found) &&
      (same_span (found, base) || g_strcmp0 (hashiya_mention_get_actor (found), hashiya_mention_get_actor (base)) == 0))
    return found;
  found = lookup_span (lists, side, base);
  if (found != NULL && !g_hash_table_contains (matched, found))
    return found;
  return NULL;
}

/* Puts @mention (of @side, or of the base) in the result as @id. */
static HashiyaMention *
keep_mention (HashiyaMerge   *self,
              HashiyaMention *mention,
              const char     *id,
              gboolean        orphan)
{
  HashiyaMention *kept;

  if (self->reuse && strcmp (hashiya_mention_get_id (mention), id) == 0)
    kept = g_object_ref (mention);
  else
    kept = mention_with_id (mention, id);
  g_ptr_array_add (orphan ? self->orphans : self->mentions, kept);
  return kept;
}

/* An addition of one side: the same span and actor as a mention of the
 * result is that mention (a conflict when they differ); else it is
 * added, with its id if no other mention has it. */
static void
add_mention (HashiyaMerge   *self,
             MentionLists   *lists,
             int             side,
             HashiyaMention *mention)
{
  int other = side == HASHIYA_MERGE_OURS ? HASHIYA_MERGE_THEIRS : HASHIYA_MERGE_OURS;
  HashiyaMention *twin = lookup_span (lists, other, mention);
  const char *existing_id = twin != NULL ? g_hash_table_lookup (self->maps[other],
                                                                hashiya_mention_get_id (twin)) : NULL;
  HashiyaMention *existing = NULL;
  g_autofree char *id = NULL;

  /* The other side's mention of the same span and actor, when the result
   * has it: one mention (theirs are added last, so they find ours). */
  if (existing_id != NULL)
    existing = twin;
  if (existing != NULL)
    {
      g_autoptr(HashiyaMention) kept = mention_with_id (existing, existing_id);

      _hashiya_merge_map_id (self, side, hashiya_mention_get_id (mention), existing_id);
      if (!_hashiya_merge_same_mention (existing, mention, FALSE))
        {
          g_autoptr(HashiyaMention) version = mention_with_id (mention, existing_id);

          _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_MENTION, existing_id, NULL,
                        side == HASHIYA_MERGE_OURS ? version : kept, side == HASHIYA_MERGE_OURS ? kept : version);
        }
      return;
    }
  /* Ours keeps its ids (noted as used from the start): theirs give way. */
  id = side == HASHIYA_MERGE_OURS ? g_strdup (hashiya_mention_get_id (mention))
                                  : _hashiya_merge_claim_mention_id (self, hashiya_mention_get_id (mention));
  _hashiya_merge_map_id (self, side, hashiya_mention_get_id (mention),
                         hashiya_mention_get_id (keep_mention (self, mention, id, lists->orphans)));
}

void
_hashiya_merge_mention_list (HashiyaMerge *self,
                             gboolean      orphans)
{
  g_auto(MentionLists) lists = { { NULL } };
  g_autoptr(GHashTable) matched_ours = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) matched_theirs = g_hash_table_new (NULL, NULL);
  HashiyaConflictKind kind = HASHIYA_CONFLICT_MENTION;
  guint n_base;

  mention_lists_init (&lists, self, orphans);
  n_base = g_list_model_get_n_items (lists.lists[HASHIYA_MERGE_BASE]);
  for (guint i = 0; i < n_base; i++)
    {
      g_autoptr(HashiyaMention) base = g_list_model_get_item (lists.lists[HASHIYA_MERGE_BASE], i);
      HashiyaMention *o = match_mention (&lists, HASHIYA_MERGE_OURS, base, matched_ours);
      HashiyaMention *t = match_mention (&lists, HASHIYA_MERGE_THEIRS, base, matched_theirs);
      gboolean o_changed = o != NULL && !_hashiya_merge_same_mention (o, base, TRUE);
      gboolean t_changed = t != NULL && !_hashiya_merge_same_mention (t, base, TRUE);
      HashiyaMention *kept = NULL;
      const char *result_id;
      g_autofree char *id = NULL;

      if (o != NULL)
        g_hash_table_add (matched_ours, o);
      if (t != NULL)
        g_hash_table_add (matched_theirs, t);

      if (o == NULL && t == NULL)
        continue;
      if (o == NULL || t == NULL)
        {
          HashiyaMention *left = o != NULL ? o : t;

          /* Removed on one side: it goes, unless the other changed it. */
          if (!(o != NULL ? o_changed : t_changed))
            continue;
          kept = left;
        }
      else if (!t_changed)
        kept = o;
      else if (!o_changed)
        kept = t;
      else if (_hashiya_merge_same_mention (o, t, FALSE))
        kept = later_mention (o, t);
      else
        kept = o;

      id = o != NULL ? g_strdup (hashiya_mention_get_id (o))
                     : _hashiya_merge_claim_mention_id (self, hashiya_mention_get_id (t));
      result_id = hashiya_mention_get_id (keep_mention (self, kept, id, orphans));
      _hashiya_merge_map_id (self, HASHIYA_MERGE_BASE, hashiya_mention_get_id (base), result_id);
      if (o != NULL)
        _hashiya_merge_map_id (self, HASHIYA_MERGE_OURS, hashiya_mention_get_id (o), result_id);
      if (t != NULL)
        _hashiya_merge_map_id (self, HASHIYA_MERGE_THEIRS, hashiya_mention_get_id (t), result_id);

      if ((o == NULL || t == NULL) || (o_changed && t_changed && !_hashiya_merge_same_mention (o, t, FALSE)))
        {
          g_autoptr(HashiyaMention) a = o != NULL ? mention_with_id (o, id) : NULL;
          g_autoptr(HashiyaMention) b = t != NULL ? mention_with_id (t, id) : NULL;
          g_autoptr(HashiyaMention) was = mention_with_id (base, id);

          _hashiya_merge_add_conflict (self, kind, id, was, a, b);
        }
    }

  for (int side = HASHIYA_MERGE_OURS; side <= HASHIYA_MERGE_THEIRS; side++)
    {
      GListModel *list = lists.lists[side];
      GHashTable *matched = side == HASHIYA_MERGE_OURS ? matched_ours : matched_theirs;
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HashiyaMention) mention = g_list_model_get_item (list, i);

          if (!g_hash_table_contains (matched, mention))
            add_mention (self, &lists, side, mention);
        }
    }
}

/* A mention that the result lost but a relation of @side needs: back,
 * from @side, with a conflict that says the other side removed it.
 * Returns its id in the result, or %NULL when @side has no such mention. */
const char *
_hashiya_merge_bring_back_mention (HashiyaMerge *self,
                                   int           side,
                                   const char   *side_id)
{
  HashiyaDocument *document = self->docs[side];
  HashiyaMention *mention = hashiya_document_lookup_mention (document, side_id);
  HashiyaMention *base = NULL;
  HashiyaMention *kept;
  g_autofree char *id = NULL;
  g_autoptr(HashiyaMention) version = NULL;
  g_autoptr(HashiyaMention) was = NULL;
  gboolean orphan = FALSE;

  if (mention == NULL)
    {
      guint n = g_list_model_get_n_items (hashiya_document_get_orphans (document));

      for (guint i = 0; i < n && mention == NULL; i++)
        {
          g_autoptr(HashiyaMention) candidate = g_list_model_get_item (hashiya_document_get_orphans (document), i);

          if (g_strcmp0 (hashiya_mention_get_id (candidate), side_id) == 0)
            mention = candidate;
        }
      orphan = TRUE;
    }
  if (mention == NULL)
    return NULL;

  id = side == HASHIYA_MERGE_OURS ? g_strdup (side_id) : _hashiya_merge_claim_mention_id (self, side_id);
  kept = keep_mention (self, mention, id, orphan);
  _hashiya_merge_map_id (self, side, hashiya_mention_get_id (mention), hashiya_mention_get_id (kept));
  base = hashiya_document_lookup_mention (self->docs[HASHIYA_MERGE_BASE], side_id);
  if (base != NULL)
    was = mention_with_id (base, id);
  version = mention_with_id (mention, id);
  _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_MENTION, id, was, side == HASHIYA_MERGE_OURS ? version : NULL,
                side == HASHIYA_MERGE_OURS ? NULL : version);
  return hashiya_mention_get_id (kept);
}
