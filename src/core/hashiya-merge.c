/* hashiya-merge.c — a three-way merge of .hashiya files, as git's merge
 * driver runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hashiya-document-conflicts.h"
#include "hashiya-document-private.h"
#include "hashiya-merge-private.h"
#include "hashiya-object-util.h"

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

/* Whether two versions of a mention say the same, times of change aside;
 * and without @with_author, who made them aside: the same edit by two
 * annotators is no conflict. */
static gboolean
same_edit (HashiyaMention *x,
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

gboolean
_hashiya_merge_same_mention (HashiyaMention *x,
                             HashiyaMention *y)
{
  return same_edit (x, y, TRUE);
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

static char *
claim_mention_id (HashiyaMerge *self,
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
static void
map_id (HashiyaMerge *self,
        int           side,
        const char   *id,
        const char   *result_id)
{
  g_hash_table_insert (self->maps[side], (gpointer) id, (gpointer) result_id);
}

/* Mentions */

static void
mention_lists_init (MentionLists *lists,
                    HashiyaMerge *self,
                    gboolean      orphans)
{
  lists->orphans = orphans;
  for (int side = BASE; side <= THEIRS; side++)
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
  for (int side = BASE; side <= THEIRS; side++)
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
  int other = side == OURS ? THEIRS : OURS;
  HashiyaMention *twin = lookup_span (lists, other, mention);
  const char *existing_id = twin != NULL ? g_hash_table_lookup (self->maps[other], hashiya_mention_get_id (twin)) : NULL;
  HashiyaMention *existing = NULL;
  g_autofree char *id = NULL;

  /* The other side's mention of the same span and actor, when the result
   * has it: one mention (theirs are added last, so they find ours). */
  if (existing_id != NULL)
    existing = twin;
  if (existing != NULL)
    {
      g_autoptr(HashiyaMention) kept = mention_with_id (existing, existing_id);

      map_id (self, side, hashiya_mention_get_id (mention), existing_id);
      if (!same_edit (existing, mention, FALSE))
        {
          g_autoptr(HashiyaMention) version = mention_with_id (mention, existing_id);

          _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_MENTION, existing_id, NULL,
                                       side == OURS ? version : kept, side == OURS ? kept : version);
        }
      return;
    }
  /* Ours keeps its ids (noted as used from the start): theirs give way. */
  id = side == OURS ? g_strdup (hashiya_mention_get_id (mention)) : claim_mention_id (self, hashiya_mention_get_id (mention));
  map_id (self, side, hashiya_mention_get_id (mention), hashiya_mention_get_id (keep_mention (self, mention, id, lists->orphans)));
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
  n_base = g_list_model_get_n_items (lists.lists[BASE]);
  for (guint i = 0; i < n_base; i++)
    {
      g_autoptr(HashiyaMention) base = g_list_model_get_item (lists.lists[BASE], i);
      HashiyaMention *o = match_mention (&lists, OURS, base, matched_ours);
      HashiyaMention *t = match_mention (&lists, THEIRS, base, matched_theirs);
      gboolean o_changed = o != NULL && !_hashiya_merge_same_mention (o, base);
      gboolean t_changed = t != NULL && !_hashiya_merge_same_mention (t, base);
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
      else if (same_edit (o, t, FALSE))
        kept = later_mention (o, t);
      else
        kept = o;

      id = o != NULL ? g_strdup (hashiya_mention_get_id (o)) : claim_mention_id (self, hashiya_mention_get_id (t));
      result_id = hashiya_mention_get_id (keep_mention (self, kept, id, orphans));
      map_id (self, BASE, hashiya_mention_get_id (base), result_id);
      if (o != NULL)
        map_id (self, OURS, hashiya_mention_get_id (o), result_id);
      if (t != NULL)
        map_id (self, THEIRS, hashiya_mention_get_id (t), result_id);

      if ((o == NULL || t == NULL) || (o_changed && t_changed && !same_edit (o, t, FALSE)))
        {
          g_autoptr(HashiyaMention) a = o != NULL ? mention_with_id (o, id) : NULL;
          g_autoptr(HashiyaMention) b = t != NULL ? mention_with_id (t, id) : NULL;
          g_autoptr(HashiyaMention) was = mention_with_id (base, id);

          _hashiya_merge_add_conflict (self, kind, id, was, a, b);
        }
    }

  for (int side = OURS; side <= THEIRS; side++)
    {
      GListModel *list = lists.lists[side];
      GHashTable *matched = side == OURS ? matched_ours : matched_theirs;
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

  id = side == OURS ? g_strdup (side_id) : claim_mention_id (self, side_id);
  kept = keep_mention (self, mention, id, orphan);
  map_id (self, side, hashiya_mention_get_id (mention), hashiya_mention_get_id (kept));
  base = hashiya_document_lookup_mention (self->docs[BASE], side_id);
  if (base != NULL)
    was = mention_with_id (base, id);
  version = mention_with_id (mention, id);
  _hashiya_merge_add_conflict (self, HASHIYA_CONFLICT_MENTION, id, was, side == OURS ? version : NULL,
                               side == OURS ? NULL : version);
  return hashiya_mention_get_id (kept);
}
