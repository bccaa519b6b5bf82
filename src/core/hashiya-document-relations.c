/* hashiya-document-relations.c — the relations of a document, each edit
 * one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The relation API of HashiyaDocument (declared in hashiya-document.h): a
 * relation is checked against the model (its type in the relation
 * catalogue, its ends mentions of the document and not one and the same,
 * its trigger inside the text on whole letters, no other relation the
 * same), then added, changed or removed by a command on the undo stack.
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-commands.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"

/**
 * hashiya_document_get_mention_relations:
 *
 * Returns: (transfer container) (element-type HashiyaRelation): the
 *   relations one of whose ends is the mention @mention_id
 */
GPtrArray *
hashiya_document_get_mention_relations (HashiyaDocument *self,
                                        const char      *mention_id)
{
  GListModel *relations;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), found);
  g_return_val_if_fail (mention_id != NULL, found);

  relations = hashiya_document_get_relations (self);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      if (g_strcmp0 (hashiya_relation_get_source (relation), mention_id) == 0 ||
          g_strcmp0 (hashiya_relation_get_target (relation), mention_id) == 0)
        g_ptr_array_add (found, g_steal_pointer (&relation));
    }
  return found;
}

static gboolean
is_end (HashiyaDocument *self,
        const char      *id)
{
  GListModel *orphans;

  if (id == NULL)
    return FALSE;
  if (hashiya_document_lookup_mention (self, id) != NULL)
    return TRUE;
  /* An end whose mention was lost in a new version of the text: the
   * relation stays, and is found again with it. */
  orphans = hashiya_document_get_orphans (self);
  for (guint i = 0; i < g_list_model_get_n_items (orphans); i++)
    {
      g_autoptr(HashiyaMention) orphan = g_list_model_get_item (orphans, i);

      if (g_strcmp0 (hashiya_mention_get_id (orphan), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Another relation than @relation of its type between its two ends (in
 * either direction for a mutual type). */
static HashiyaRelation *
find_same (HashiyaDocument     *self,
           HashiyaRelation     *relation,
           HashiyaRelationType *type)
{
  GListModel *relations = hashiya_document_get_relations (self);
  const char *source = hashiya_relation_get_source (relation);
  const char *target = hashiya_relation_get_target (relation);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) other = g_list_model_get_item (relations, i);
      const char *os = hashiya_relation_get_source (other);
      const char *ot = hashiya_relation_get_target (other);

      if (g_strcmp0 (hashiya_relation_get_id (other), hashiya_relation_get_id (relation)) == 0 ||
          g_strcmp0 (hashiya_relation_get_relation_type (other), hashiya_relation_get_relation_type (relation)) != 0)
        continue;
      if ((g_strcmp0 (os, source) == 0 && g_strcmp0 (ot, target) == 0) ||
          (hashiya_relation_type_get_mutual (type) && g_strcmp0 (os, target) == 0 && g_strcmp0 (ot, source) == 0))
        return other;
    }
  return NULL;
}

/**
 * hashiya_document_check_relation:
 *
 * Whether @relation may be in the document as it is: a type of the
 * relation catalogue; a source and a target that are two mentions of the
 * document (or orphans of it); a trigger, if any, inside the text and on
 * whole letters with their marks; no other relation of its type between
 * the same ends. The error says which, naming the relation.
 */
gboolean
hashiya_document_check_relation (HashiyaDocument  *self,
                                 HashiyaRelation  *relation,
                                 GError          **error)
{
  HashiyaRelationCatalog *catalog;
  HashiyaRelationType *type;
  HashiyaRelation *same;
  HashiyaText *text;
  const char *source, *target;
  guint start, end;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), FALSE);

  catalog = hashiya_document_get_relation_catalog (self);
  type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));
  if (type == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("type \"%s\" is not in the relation catalogue"),
                   hashiya_relation_get_relation_type (relation) != NULL ? hashiya_relation_get_relation_type (relation)
                                                                         : "");
      return FALSE;
    }

  source = hashiya_relation_get_source (relation);
  target = hashiya_relation_get_target (relation);
  if (!is_end (self, source))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("the source \"%s\" is not a mention of the document"), source != NULL ? source : "");
      return FALSE;
    }
  if (!is_end (self, target))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("the target \"%s\" is not a mention of the document"), target != NULL ? target : "");
      return FALSE;
    }
  if (g_str_equal (source, target))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("its source and its target are the same mention, %s"), source);
      return FALSE;
    }

  text = hashiya_document_get_text (self);
  hashiya_relation_get_trigger (relation, &start, &end);
  if (start != end || start != 0)
    {
      if (start >= end)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("the trigger %u:%u is empty or backwards"), start, end);
          return FALSE;
        }
      if (end > hashiya_text_get_length (text))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("the trigger %u:%u is past the end of the text (%u characters)"), start, end,
                       hashiya_text_get_length (text));
          return FALSE;
        }
      if (!hashiya_text_is_boundary (text, start) || !hashiya_text_is_boundary (text, end))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("the trigger %u:%u splits a letter from its marks"), start, end);
          return FALSE;
        }
    }

  same = find_same (self, relation, type);
  if (same != NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("it is the same relation as %s (%s from %s to %s)"), hashiya_relation_get_id (same),
                   hashiya_relation_get_relation_type (same), hashiya_relation_get_source (same),
                   hashiya_relation_get_target (same));
      return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_document_add_relation:
 *
 * Adds @relation (its id not taken) after checking it, as one undo step.
 */
gboolean
hashiya_document_add_relation (HashiyaDocument  *self,
                               HashiyaRelation  *relation,
                               GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), FALSE);

  if (hashiya_document_lookup_relation (self, hashiya_relation_get_id (relation)) != NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE, _("the id %s is taken by another relation"),
                   hashiya_relation_get_id (relation));
      return FALSE;
    }
  if (!hashiya_document_check_relation (self, relation, error))
    return FALSE;

  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self), _hashiya_command_add_relation_new (relation));
  return TRUE;
}

/**
 * hashiya_document_relate:
 * @source: the id of the source mention
 * @target: the id of the target mention
 *
 * Adds a new accepted relation of @type from @source to @target, with a
 * new id, the document's author and the time now, as one undo step.
 *
 * Returns: (transfer none) (nullable): the relation, or %NULL with @error
 *   set
 */
HashiyaRelation *
hashiya_document_relate (HashiyaDocument  *self,
                         const char       *type,
                         const char       *source,
                         const char       *target,
                         GError          **error)
{
  g_autoptr(HashiyaRelation) relation = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  id = hashiya_document_new_relation_id (self);
  now = hashiya_timestamp_now ();
  relation = hashiya_relation_new (id, type, source, target);
  hashiya_relation_set_author (relation, hashiya_document_get_author (self));
  hashiya_relation_set_created (relation, now);
  hashiya_relation_set_modified (relation, now);
  if (!hashiya_document_add_relation (self, relation, error))
    return NULL;
  return relation;
}

void
hashiya_document_remove_relation (HashiyaDocument *self,
                                  HashiyaRelation *relation)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));
  g_return_if_fail (HASHIYA_IS_RELATION (relation));
  g_return_if_fail (hashiya_document_lookup_relation (self, hashiya_relation_get_id (relation)) == relation);

  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_remove_relation_new (relation));
}

/**
 * hashiya_document_update_relation:
 * @new_state: a copy of @relation (hashiya_relation_copy()) with the edits
 *
 * Gives @relation the state of @new_state as one undo step, its modified
 * time set, after checking it.
 */
gboolean
hashiya_document_update_relation (HashiyaDocument  *self,
                                  HashiyaRelation  *relation,
                                  HashiyaRelation  *new_state,
                                  GError          **error)
{
  g_autoptr(HashiyaRelation) state = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION (new_state), FALSE);
  g_return_val_if_fail (g_strcmp0 (hashiya_relation_get_id (relation), hashiya_relation_get_id (new_state)) == 0,
                        FALSE);

  if (!hashiya_document_check_relation (self, new_state, error))
    return FALSE;

  state = hashiya_relation_copy (new_state);
  now = hashiya_timestamp_now ();
  hashiya_relation_set_modified (state, now);
  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_change_relation_new (relation, state));
  return TRUE;
}

/**
 * hashiya_document_add_relation_matches:
 * @matches: (element-type HashiyaRelationMatch): relations found
 * @mentions: (element-type HashiyaMention): the mentions the matches'
 *   indexes refer to
 *
 * Adds a relation for each match that the document does not have yet, as
 * one undo step.
 *
 * Returns: how many were added
 */
guint
hashiya_document_add_relation_matches (HashiyaDocument      *self,
                                       GArray               *matches,
                                       GPtrArray            *mentions,
                                       HashiyaMentionStatus  status)
{
  HashiyaUndoStack *undo;
  g_autofree char *now = NULL;
  guint added = 0;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (matches != NULL && mentions != NULL, 0);

  undo = hashiya_document_get_undo_stack (self);
  now = hashiya_timestamp_now ();
  hashiya_undo_stack_begin_group (undo, status == HASHIYA_MENTION_STATUS_SUGGESTED ? "Suggest relations"
                                                                                   : "Add relations");
  for (guint i = 0; i < matches->len; i++)
    {
      const HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      g_autoptr(HashiyaRelation) relation = NULL;
      g_autofree char *id = NULL;

      if (match->source >= mentions->len || match->target >= mentions->len)
        continue;
      id = hashiya_document_new_relation_id (self);
      relation = hashiya_relation_new (id, match->type,
                                       hashiya_mention_get_id (g_ptr_array_index (mentions, match->source)),
                                       hashiya_mention_get_id (g_ptr_array_index (mentions, match->target)));
      hashiya_relation_set_trigger (relation, match->trigger_start, match->trigger_end);
      hashiya_relation_set_mode (relation, match->mode);
      hashiya_relation_set_modality (relation, match->modality);
      hashiya_relation_set_negated (relation, match->negated);
      hashiya_relation_set_status (relation, status);
      hashiya_relation_set_author (relation, hashiya_document_get_author (self));
      hashiya_relation_set_created (relation, now);
      hashiya_relation_set_modified (relation, now);
      if (hashiya_document_add_relation (self, relation, NULL))
        added++;
    }
  hashiya_undo_stack_end_group (undo);
  return added;
}

/**
 * hashiya_document_get_relation_matcher:
 *
 * Returns: (transfer full): a matcher of the document's relation and
 *   actor catalogues as they are now, which worker threads may use
 */
HashiyaRelationMatcher *
hashiya_document_get_relation_matcher (HashiyaDocument *self)
{
  g_autoptr(HashiyaRelationCatalog) relations = NULL;
  g_autoptr(HashiyaCatalog) actors = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  /* Copies: the matcher may outlive edits of the document's own. */
  relations = hashiya_relation_catalog_copy (hashiya_document_get_relation_catalog (self));
  actors = hashiya_catalog_copy (hashiya_document_get_catalog (self));
  return hashiya_relation_matcher_new (relations, actors);
}

/* The document's mentions, in text order. */
static GPtrArray *
all_mentions (HashiyaDocument *self)
{
  GPtrArray *mentions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < hashiya_document_get_n_mentions (self); i++)
    g_ptr_array_add (mentions, g_object_ref (hashiya_document_get_mention (self, i)));
  return mentions;
}

/**
 * hashiya_document_suggest_relations:
 *
 * Finds the relations the text states between its mentions (see
 * hashiya_relation_matcher_match()) and adds those the document does not
 * have yet, with @status, as one undo step.
 *
 * Returns: how many were added
 */
guint
hashiya_document_suggest_relations (HashiyaDocument      *self,
                                    HashiyaMentionStatus  status)
{
  g_autoptr(HashiyaRelationMatcher) matcher = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);

  matcher = hashiya_document_get_relation_matcher (self);
  mentions = all_mentions (self);
  matches = hashiya_relation_matcher_match (matcher, hashiya_document_get_text (self),
                                            (HashiyaMention * const *) mentions->pdata, mentions->len, NULL);
  return hashiya_document_add_relation_matches (self, matches, mentions, status);
}

/**
 * hashiya_document_review_relation_suggestions:
 * @accept: accept every suggested relation, or reject (remove) every one
 *
 * Returns: how many were reviewed, in one undo step
 */
guint
hashiya_document_review_relation_suggestions (HashiyaDocument *self,
                                              gboolean         accept)
{
  g_autoptr(GPtrArray) suggested = g_ptr_array_new_with_free_func (g_object_unref);
  HashiyaUndoStack *undo;
  GListModel *relations;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);

  relations = hashiya_document_get_relations (self);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
        g_ptr_array_add (suggested, g_steal_pointer (&relation));
    }
  if (suggested->len == 0)
    return 0;

  undo = hashiya_document_get_undo_stack (self);
  hashiya_undo_stack_begin_group (undo, accept ? "Accept relations" : "Reject relations");
  for (guint i = 0; i < suggested->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (suggested, i);

      if (accept)
        {
          g_autoptr(HashiyaRelation) state = hashiya_relation_copy (relation);

          hashiya_relation_set_status (state, HASHIYA_MENTION_STATUS_ACCEPTED);
          hashiya_undo_stack_execute (undo, _hashiya_command_change_relation_new (relation, state));
        }
      else
        hashiya_undo_stack_execute (undo, _hashiya_command_remove_relation_new (relation));
    }
  hashiya_undo_stack_end_group (undo);
  return suggested->len;
}
