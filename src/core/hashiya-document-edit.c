/* hashiya-document-edit.c — the edits of a document, each one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editing API of HashiyaDocument (declared in hashiya-document.h):
 * each edit is checked against the model, then done by a command on the
 * document's undo stack, which makes the raw change.
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-commands.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-object-util.h"

/**
 * hashiya_document_annotate:
 *
 * Adds a new accepted mention of @actor_id on start–end, with a new id,
 * its quote, the document's author and the time now.
 *
 * Returns: (transfer none) (nullable): the mention, or %NULL with @error set
 */
HashiyaMention *
hashiya_document_annotate (HashiyaDocument     *self,
                           guint                start,
                           guint                end,
                           const char          *actor_id,
                           HashiyaMentionType   type,
                           GError             **error)
{
  g_autoptr(HashiyaMention) mention = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  if (start > end)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("start %u is after end %u"), start, end);
      return NULL;
    }

  id = hashiya_document_new_mention_id (self);
  now = hashiya_timestamp_now ();
  mention = hashiya_mention_new (id, start, end, actor_id);
  hashiya_mention_set_mention_type (mention, type);
  hashiya_mention_set_author (mention, hashiya_document_get_author (self));
  hashiya_mention_set_created (mention, now);
  hashiya_mention_set_modified (mention, now);

  if (!hashiya_document_add_mention (self, mention, error))
    return NULL;

  return mention;
}

/**
 * hashiya_document_add_mention:
 *
 * Adds @mention after checking it (see hashiya_document_check_mention());
 * a missing quote is filled in from the text.
 */
gboolean
hashiya_document_add_mention (HashiyaDocument  *self,
                              HashiyaMention   *mention,
                              GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_MENTION (mention), FALSE);

  if (!hashiya_document_check_mention (self, mention, error))
    return FALSE;

  if (hashiya_mention_get_quote_exact (mention) == NULL)
    hashiya_document_fill_quote (self, mention);

  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_add_mention_new (mention));
  return TRUE;
}

static void remove_relations_of (HashiyaDocument  *self,
                                 HashiyaUndoStack *undo_stack,
                                 const char       *mention_id);

/**
 * hashiya_document_remove_mention:
 *
 * Removes @mention, and the relations it is an end of, as one undo step.
 */
void
hashiya_document_remove_mention (HashiyaDocument *self,
                                 HashiyaMention  *mention)
{
  HashiyaUndoStack *undo_stack;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));
  g_return_if_fail (HASHIYA_IS_MENTION (mention));
  g_return_if_fail (hashiya_document_lookup_mention (self, hashiya_mention_get_id (mention)) == mention);

  undo_stack = hashiya_document_get_undo_stack (self);
  hashiya_undo_stack_begin_group (undo_stack, "Remove mention");
  remove_relations_of (self, undo_stack, hashiya_mention_get_id (mention));
  hashiya_undo_stack_execute (undo_stack, _hashiya_command_remove_mention_new (mention));
  hashiya_undo_stack_end_group (undo_stack);
}

/**
 * hashiya_document_update_mention:
 * @new_state: a copy of @mention (hashiya_mention_copy()) with the edits
 *
 * Gives @mention the state of @new_state as one undo step. Its modified
 * time is set, and a new span gets a new quote.
 */
gboolean
hashiya_document_update_mention (HashiyaDocument  *self,
                                 HashiyaMention   *mention,
                                 HashiyaMention   *new_state,
                                 GError          **error)
{
  g_autoptr(HashiyaMention) state = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_MENTION (mention), FALSE);
  g_return_val_if_fail (HASHIYA_IS_MENTION (new_state), FALSE);
  g_return_val_if_fail (g_strcmp0 (hashiya_mention_get_id (mention),
                                   hashiya_mention_get_id (new_state)) == 0, FALSE);

  if (!_hashiya_document_check_mention_except (self, new_state, mention, error))
    return FALSE;

  state = hashiya_mention_copy (new_state);
  if (hashiya_mention_get_start (state) != hashiya_mention_get_start (mention) ||
      hashiya_mention_get_end (state) != hashiya_mention_get_end (mention))
    hashiya_document_fill_quote (self, state);

  /* Compare before stamping the time, so that a no-op is no undo step. */
  hashiya_mention_set_modified (state, hashiya_mention_get_modified (mention));
  if (hashiya_object_state_equal (G_OBJECT (state), G_OBJECT (mention)))
    return TRUE;

  now = hashiya_timestamp_now ();
  hashiya_mention_set_modified (state, now);
  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_change_mention_new (mention, state));
  return TRUE;
}

gboolean
hashiya_document_add_actor (HashiyaDocument  *self,
                            HashiyaActor     *actor,
                            GError          **error)
{
  HashiyaCatalog *catalog;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), FALSE);

  catalog = hashiya_document_get_catalog (self);
  if (!hashiya_catalog_check_actor (catalog, actor, TRUE, error))
    return FALSE;

  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_add_actor_new (actor, hashiya_catalog_get_n_actors (catalog)));
  return TRUE;
}

gboolean
hashiya_document_update_actor (HashiyaDocument  *self,
                               HashiyaActor     *actor,
                               HashiyaActor     *new_state,
                               GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), FALSE);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (new_state), FALSE);
  g_return_val_if_fail (g_strcmp0 (hashiya_actor_get_id (actor),
                                   hashiya_actor_get_id (new_state)) == 0, FALSE);

  if (!hashiya_catalog_check_actor (hashiya_document_get_catalog (self), new_state, FALSE, error))
    return FALSE;
  if (hashiya_object_state_equal (G_OBJECT (actor), G_OBJECT (new_state)))
    return TRUE;

  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_change_actor_new (actor, new_state));
  return TRUE;
}

/* Removes, in the group under way, the relations one of whose ends is
 * @mention_id: they cannot stand without it. */
static void
remove_relations_of (HashiyaDocument  *self,
                     HashiyaUndoStack *undo_stack,
                     const char       *mention_id)
{
  g_autoptr(GPtrArray) relations = hashiya_document_get_mention_relations (self, mention_id);

  for (guint i = 0; i < relations->len; i++)
    hashiya_undo_stack_execute (undo_stack, _hashiya_command_remove_relation_new (g_ptr_array_index (relations, i)));
}

/**
 * hashiya_document_remove_actor:
 *
 * Removes @actor, all its mentions and the relations they are ends of, as
 * one undo step.
 */
gboolean
hashiya_document_remove_actor (HashiyaDocument  *self,
                               HashiyaActor     *actor,
                               GError          **error)
{
  HashiyaUndoStack *undo_stack;
  const char *id;
  guint position;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), FALSE);

  id = hashiya_actor_get_id (actor);
  if (!hashiya_catalog_find (hashiya_document_get_catalog (self), actor, &position))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("actor \"%s\" is not in the catalogue"), id);
      return FALSE;
    }
  undo_stack = hashiya_document_get_undo_stack (self);
  hashiya_undo_stack_begin_group (undo_stack, "Remove actor");
  for (guint i = hashiya_document_get_n_mentions (self); i > 0; i--)
    {
      HashiyaMention *mention = hashiya_document_get_mention (self, i - 1);

      if (g_strcmp0 (hashiya_mention_get_actor (mention), id) == 0)
        {
          remove_relations_of (self, undo_stack, hashiya_mention_get_id (mention));
          hashiya_undo_stack_execute (undo_stack, _hashiya_command_remove_mention_new (mention));
        }
    }
  hashiya_undo_stack_execute (undo_stack, _hashiya_command_remove_actor_new (actor, position));
  hashiya_undo_stack_end_group (undo_stack);

  return TRUE;
}

static gboolean
actor_in_use (HashiyaDocument *self,
              const char      *id)
{
  GListModel *orphans = hashiya_document_get_orphans (self);
  guint n = g_list_model_get_n_items (orphans);

  if (hashiya_document_count_mentions (self, id) > 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaMention) orphan = g_list_model_get_item (orphans, i);

      if (g_strcmp0 (hashiya_mention_get_actor (orphan), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * hashiya_document_replace_catalog:
 * @catalog: the new catalogue; the document takes a copy
 *
 * Puts @catalog in place of the document's catalogue, as one undo step.
 * Actors that mentions, orphans or relations use and that @catalog lacks
 * are kept, after its own actors, so that no mention loses its actor.
 *
 * Returns: (transfer full): the ids of the actors kept (empty when none)
 */
char **
hashiya_document_replace_catalog (HashiyaDocument *self,
                                  HashiyaCatalog  *catalog)
{
  g_autoptr(HashiyaCatalog) replacement = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  HashiyaCatalog *current;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  current = hashiya_document_get_catalog (self);
  replacement = hashiya_catalog_copy (catalog);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (current); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (current, i);
      const char *id = hashiya_actor_get_id (actor);

      if (hashiya_catalog_lookup (replacement, id) == NULL && actor_in_use (self, id))
        {
          g_autoptr(HashiyaActor) copy = hashiya_actor_copy (actor);

          if (hashiya_catalog_insert (replacement, G_MAXUINT, copy, NULL))
            g_strv_builder_add (kept, id);
        }
    }

  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_replace_catalog_new (replacement));
  return g_strv_builder_end (kept);
}

/**
 * hashiya_document_add_matches:
 * @matches: (element-type HashiyaMatch): what a matcher found in this text
 * @status: suggested, or accepted for mentions to keep as they are
 *
 * Adds a mention for each match, as one undo step. A match that is already
 * a mention (same span and actor) is left out.
 *
 * Returns: how many mentions were added
 */
guint
hashiya_document_add_matches (HashiyaDocument      *self,
                              GArray               *matches,
                              HashiyaMentionStatus  status)
{
  g_autofree char *now = NULL;
  HashiyaUndoStack *undo_stack;
  guint added = 0;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (matches != NULL, 0);

  now = hashiya_timestamp_now ();
  undo_stack = hashiya_document_get_undo_stack (self);
  hashiya_undo_stack_begin_group (undo_stack, "Suggest mentions");
  for (guint i = 0; i < matches->len; i++)
    {
      const HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
      g_autofree char *id = NULL;
      g_autoptr(HashiyaMention) mention = NULL;

      if (_hashiya_document_find_duplicate (self, match->start, match->end, match->actor, NULL) != NULL)
        continue;

      id = hashiya_document_new_mention_id (self);
      mention = hashiya_mention_new (id, match->start, match->end, match->actor);
      hashiya_mention_set_mention_type (mention, match->type);
      hashiya_mention_set_status (mention, status);
      hashiya_mention_set_author (mention, hashiya_document_get_author (self));
      hashiya_mention_set_created (mention, now);
      hashiya_mention_set_modified (mention, now);
      if (hashiya_document_add_mention (self, mention, NULL))
        added++;
    }
  hashiya_undo_stack_end_group (undo_stack);

  return added;
}

/**
 * hashiya_document_suggest:
 *
 * Matches the catalogue against the whole text and adds what it finds
 * (see hashiya_document_add_matches()).
 */
guint
hashiya_document_suggest (HashiyaDocument      *self,
                          HashiyaMentionStatus  status)
{
  g_autoptr(HashiyaMatcher) matcher = NULL;
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);

  matcher = hashiya_document_get_matcher (self);
  matches = hashiya_matcher_match (matcher, hashiya_document_get_text (self), NULL);

  return hashiya_document_add_matches (self, matches, status);
}

/**
 * hashiya_document_review_suggestions:
 * @accept: %TRUE to accept every suggestion, %FALSE to remove them all
 *
 * Returns: how many suggestions were reviewed, as one undo step
 */
guint
hashiya_document_review_suggestions (HashiyaDocument *self,
                                     gboolean         accept)
{
  g_autoptr(GPtrArray) suggested = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *now = hashiya_timestamp_now ();
  HashiyaUndoStack *undo_stack;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);

  for (guint i = 0; i < hashiya_document_get_n_mentions (self); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (self, i);

      if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        g_ptr_array_add (suggested, g_object_ref (mention));
    }

  undo_stack = hashiya_document_get_undo_stack (self);
  hashiya_undo_stack_begin_group (undo_stack, accept ? "Accept all" : "Reject all");
  for (guint i = 0; i < suggested->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (suggested, i);

      if (accept)
        {
          g_autoptr(HashiyaMention) edit = hashiya_mention_copy (mention);

          hashiya_mention_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
          hashiya_mention_set_modified (edit, now);
          hashiya_undo_stack_execute (undo_stack, _hashiya_command_change_mention_new (mention, edit));
        }
      else
        hashiya_undo_stack_execute (undo_stack, _hashiya_command_remove_mention_new (mention));
    }
  hashiya_undo_stack_end_group (undo_stack);

  return suggested->len;
}
