/* hashiya-document-conflicts.c — a document's merge conflicts, settling
 * them, and which annotators each curated mention and relation came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-conflicts.h"
#include "hashiya-error.h"

/* What a merge and a curation add to a document, kept beside it: the
 * conflicts a merge left, in the order they were found, and per mention
 * and relation (by kind and id) the annotators whose versions agreed. */
typedef struct
{
  GListStore *conflicts;
  GHashTable *curated_from[2];  /* id → GStrv; [0] mentions, [1] relations */
  GStrv       annotators;
} Extra;

static void
extra_free (gpointer data)
{
  Extra *extra = data;

  g_object_unref (extra->conflicts);
  for (guint i = 0; i < 2; i++)
    g_hash_table_unref (extra->curated_from[i]);
  g_strfreev (extra->annotators);
  g_free (extra);
}

static G_DEFINE_QUARK (hashiya-document-conflicts, extra)

static Extra *
get_extra (HashiyaDocument *self)
{
  GQuark quark = extra_quark ();
  Extra *extra = g_object_get_qdata (G_OBJECT (self), quark);

  if (extra == NULL)
    {
      extra = g_new0 (Extra, 1);
      extra->conflicts = g_list_store_new (HASHIYA_TYPE_CONFLICT);
      for (guint i = 0; i < 2; i++)
        extra->curated_from[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
      g_object_set_qdata_full (G_OBJECT (self), quark, extra, extra_free);
    }
  return extra;
}

/**
 * hashiya_document_get_conflicts:
 *
 * The conflicts a merge left in the document (see hashiya_merge_documents()), each a
 * #HashiyaConflict, in the order of the file. Each is settled with
 * hashiya_document_resolve_conflict().
 *
 * Returns: (transfer none): a list model of #HashiyaConflict
 */
GListModel *
hashiya_document_get_conflicts (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (get_extra (self)->conflicts);
}

/**
 * hashiya_document_lookup_conflict:
 *
 * Returns: (transfer none) (nullable): the conflict on the mention,
 *   relation or actor of that id
 */
HashiyaConflict *
hashiya_document_lookup_conflict (HashiyaDocument     *self,
                                  HashiyaConflictKind  kind,
                                  const char          *id)
{
  GListModel *conflicts;
  guint n;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  conflicts = hashiya_document_get_conflicts (self);
  n = g_list_model_get_n_items (conflicts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaConflict) conflict = g_list_model_get_item (conflicts, i);

      if (hashiya_conflict_get_kind (conflict) == kind && g_strcmp0 (hashiya_conflict_get_id (conflict), id) == 0)
        return conflict;
    }
  return NULL;
}

void
_hashiya_document_add_conflict (HashiyaDocument *self,
                                HashiyaConflict *conflict)
{
  g_list_store_append (get_extra (self)->conflicts, conflict);
}

/* Settling a conflict takes it off the list, as part of the undo step. */
typedef struct
{
  HashiyaCommand   parent;
  HashiyaConflict *conflict;
  guint            position;
} ConflictCommand;

static void
conflict_command_apply (HashiyaCommand *command,
                        gpointer        document)
{
  ConflictCommand *self = (ConflictCommand *) command;

  g_list_store_remove (get_extra (document)->conflicts, self->position);
}

static void
conflict_command_revert (HashiyaCommand *command,
                         gpointer        document)
{
  ConflictCommand *self = (ConflictCommand *) command;

  g_list_store_insert (get_extra (document)->conflicts, self->position, self->conflict);
}

static void
conflict_command_free (HashiyaCommand *command)
{
  ConflictCommand *self = (ConflictCommand *) command;

  g_object_unref (self->conflict);
  g_free (self);
}

static const HashiyaCommandClass conflict_command_class = {
  "Settle conflict", conflict_command_apply, conflict_command_revert, conflict_command_free, NULL, NULL,
};

/* The mention, relation or actor of @conflict given the state of @chosen
 * (%NULL: removed), as edits of the document. */
static gboolean
apply_mention (HashiyaDocument  *self,
               const char       *id,
               GObject          *chosen,
               GError          **error)
{
  HashiyaMention *current = hashiya_document_lookup_mention (self, id);
  g_autoptr(HashiyaMention) state = NULL;

  if (chosen == NULL)
    {
      if (current != NULL)
        hashiya_document_remove_mention (self, current);
      return TRUE;
    }
  state = hashiya_mention_copy (HASHIYA_MENTION (chosen));
  if (current != NULL)
    return hashiya_document_update_mention (self, current, state, error);
  return hashiya_document_add_mention (self, state, error);
}

static gboolean
apply_relation (HashiyaDocument  *self,
                const char       *id,
                GObject          *chosen,
                GError          **error)
{
  HashiyaRelation *current = hashiya_document_lookup_relation (self, id);
  g_autoptr(HashiyaRelation) state = NULL;

  if (chosen == NULL)
    {
      if (current != NULL)
        hashiya_document_remove_relation (self, current);
      return TRUE;
    }
  state = hashiya_relation_copy (HASHIYA_RELATION (chosen));
  if (current != NULL)
    return hashiya_document_update_relation (self, current, state, error);
  return hashiya_document_add_relation (self, state, error);
}

static gboolean
apply_actor (HashiyaDocument  *self,
             const char       *id,
             GObject          *chosen,
             GError          **error)
{
  HashiyaActor *current = hashiya_catalog_lookup (hashiya_document_get_catalog (self), id);
  g_autoptr(HashiyaActor) state = NULL;

  if (chosen == NULL)
    return current == NULL || hashiya_document_remove_actor (self, current, error);
  state = hashiya_actor_copy (HASHIYA_ACTOR (chosen));
  if (current != NULL)
    return hashiya_document_update_actor (self, current, state, error);
  return hashiya_document_add_actor (self, state, error);
}

/* A metadata field takes @value (NULL: none). */
static gboolean
apply_metadata (HashiyaDocument  *self,
                const char       *field,
                const char       *value,
                GError          **error)
{
  if (g_str_equal (field, "title"))
    return hashiya_document_set_title (self, value, error);
  if (g_str_equal (field, "source"))
    return hashiya_document_set_source (self, value, error);
  if (g_str_equal (field, "date"))
    return hashiya_document_set_date (self, value, error);
  return hashiya_document_set_url (self, value, error);
}

static GType
version_type (HashiyaConflict *conflict)
{
  switch (hashiya_conflict_get_kind (conflict))
    {
    case HASHIYA_CONFLICT_MENTION:
      return HASHIYA_TYPE_MENTION;
    case HASHIYA_CONFLICT_RELATION:
      return HASHIYA_TYPE_RELATION;
    case HASHIYA_CONFLICT_METADATA:
      return G_TYPE_NONE;
    case HASHIYA_CONFLICT_ACTOR:
    default:
      return HASHIYA_TYPE_ACTOR;
    }
}

/**
 * hashiya_document_resolve_conflict:
 * @conflict: one of the document's conflicts
 * @resolution: which version to keep
 * @by_hand: (nullable): with %HASHIYA_CONFLICT_BY_HAND, the version to
 *   keep: a mention, relation or actor (as the conflict's) of its id;
 *   %NULL for a conflict on a metadata field, which keeps the value the
 *   document has now (edited with hashiya_document_set_title() and the
 *   like)
 *
 * Settles @conflict: the document takes the version chosen (or loses the
 * mention, relation or actor, for %HASHIYA_CONFLICT_TAKE_NONE, and a
 * mention takes its relations with it), and the conflict leaves the
 * list, as one undo step. A version the document cannot take (an actor
 * still mentioned, a relation whose mention is gone) is an error, and
 * nothing changes.
 */
gboolean
hashiya_document_resolve_conflict (HashiyaDocument            *self,
                                   HashiyaConflict            *conflict,
                                   HashiyaConflictResolution   resolution,
                                   GObject                    *by_hand,
                                   GError                    **error)
{
  HashiyaUndoStack *undo_stack;
  GObject *chosen = NULL;
  const char *id;
  ConflictCommand *command;
  guint position;
  gboolean done = FALSE;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (resolution <= HASHIYA_CONFLICT_BY_HAND, FALSE);
  g_return_val_if_fail (hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_METADATA
                          ? by_hand == NULL
                          : (resolution == HASHIYA_CONFLICT_BY_HAND) == (by_hand != NULL), FALSE);

  if (!g_list_store_find (get_extra (self)->conflicts, conflict, &position))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("The conflict on “%s” is not one of the document’s"), hashiya_conflict_get_id (conflict));
      return FALSE;
    }
  id = hashiya_conflict_get_id (conflict);
  switch (resolution)
    {
    case HASHIYA_CONFLICT_TAKE_A:
    case HASHIYA_CONFLICT_TAKE_B:
      chosen = hashiya_conflict_get_version (conflict, (HashiyaConflictSide) resolution);
      break;
    case HASHIYA_CONFLICT_TAKE_NONE:
      break;
    case HASHIYA_CONFLICT_BY_HAND:
      chosen = by_hand;
      break;
    default:
      g_assert_not_reached ();
    }

  g_return_val_if_fail (chosen == NULL || hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_METADATA ||
                        G_TYPE_CHECK_INSTANCE_TYPE (chosen, version_type (conflict)), FALSE);

  undo_stack = hashiya_document_get_undo_stack (self);
  hashiya_undo_stack_begin_group (undo_stack, "Settle conflict");
  switch (hashiya_conflict_get_kind (conflict))
    {
    case HASHIYA_CONFLICT_MENTION:
      done = apply_mention (self, id, chosen, error);
      break;
    case HASHIYA_CONFLICT_RELATION:
      done = apply_relation (self, id, chosen, error);
      break;
    case HASHIYA_CONFLICT_ACTOR:
      done = apply_actor (self, id, chosen, error);
      break;
    case HASHIYA_CONFLICT_METADATA:
      if (resolution == HASHIYA_CONFLICT_BY_HAND)
        done = TRUE;
      else
        done = apply_metadata (self, id, resolution == HASHIYA_CONFLICT_TAKE_NONE ? NULL
                                         : hashiya_conflict_get_value (conflict, (HashiyaConflictSide) resolution),
                               error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (done)
    {
      command = g_new0 (ConflictCommand, 1);
      command->parent.klass = &conflict_command_class;
      command->conflict = g_object_ref (conflict);
      command->position = position;
      hashiya_undo_stack_execute (undo_stack, &command->parent);
    }
  hashiya_undo_stack_end_group (undo_stack);
  return done;
}

/* Curation: who agreed */

static int
item_kind (GObject *item)
{
  if (HASHIYA_IS_MENTION (item))
    return HASHIYA_CONFLICT_MENTION;
  if (HASHIYA_IS_RELATION (item))
    return HASHIYA_CONFLICT_RELATION;
  return -1;
}

static const char *
item_id (GObject *item)
{
  return HASHIYA_IS_MENTION (item) ? hashiya_mention_get_id (HASHIYA_MENTION (item))
                                   : hashiya_relation_get_id (HASHIYA_RELATION (item));
}

const char * const *
_hashiya_document_lookup_curated_from (HashiyaDocument     *self,
                                       HashiyaConflictKind  kind,
                                       const char          *id)
{
  g_return_val_if_fail (kind <= HASHIYA_CONFLICT_RELATION, NULL);

  return g_hash_table_lookup (get_extra (self)->curated_from[kind], id);
}

void
_hashiya_document_set_curated_from (HashiyaDocument     *self,
                                    HashiyaConflictKind  kind,
                                    const char          *id,
                                    const char * const  *annotators)
{
  g_return_if_fail (kind <= HASHIYA_CONFLICT_RELATION);

  if (annotators == NULL || annotators[0] == NULL)
    g_hash_table_remove (get_extra (self)->curated_from[kind], id);
  else
    g_hash_table_insert (get_extra (self)->curated_from[kind], g_strdup (id), g_strdupv ((char **) annotators));
}

/**
 * hashiya_document_get_curated_from:
 * @item: a mention or relation of the document
 *
 * Returns: (nullable) (transfer none): the annotators whose versions had
 *   @item when it was curated, %NULL when it was not curated
 */
const char * const *
hashiya_document_get_curated_from (HashiyaDocument *self,
                                   GObject         *item)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (item_kind (item) >= 0, NULL);

  return _hashiya_document_lookup_curated_from (self, item_kind (item), item_id (item));
}

/* Recording who agreed is part of the curation's undo step: a swap of
 * the list held and the one before. */
typedef struct
{
  HashiyaCommand       parent;
  HashiyaConflictKind  kind;   /* HASHIYA_CONFLICT_ACTOR: the annotators */
  char                *id;
  GStrv                value;
} CuratedCommand;

static void
curated_command_swap (HashiyaCommand *command,
                      gpointer        document)
{
  CuratedCommand *self = (CuratedCommand *) command;
  Extra *extra = get_extra (document);
  GStrv old;

  if (self->kind == HASHIYA_CONFLICT_ACTOR)
    {
      old = g_steal_pointer (&extra->annotators);
      extra->annotators = g_steal_pointer (&self->value);
    }
  else
    {
      old = g_strdupv (g_hash_table_lookup (extra->curated_from[self->kind], self->id));
      _hashiya_document_set_curated_from (document, self->kind, self->id, (const char * const *) self->value);
      g_strfreev (g_steal_pointer (&self->value));
    }
  self->value = old;
}

static void
curated_command_free (HashiyaCommand *command)
{
  CuratedCommand *self = (CuratedCommand *) command;

  g_free (self->id);
  g_strfreev (self->value);
  g_free (self);
}

static const HashiyaCommandClass curated_command_class = {
  "Record curation", curated_command_swap, curated_command_swap, curated_command_free, NULL, NULL,
};

static void
execute_curated (HashiyaDocument     *self,
                 HashiyaConflictKind  kind,
                 const char          *id,
                 const char * const  *value)
{
  CuratedCommand *command = g_new0 (CuratedCommand, 1);

  command->parent.klass = &curated_command_class;
  command->kind = kind;
  command->id = g_strdup (id);
  command->value = value != NULL && value[0] != NULL ? g_strdupv ((char **) value) : NULL;
  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self), &command->parent);
}

/**
 * hashiya_document_set_curated_from:
 * @item: a mention or relation of the document
 * @annotators: (nullable) (array zero-terminated=1): the annotators whose
 *   versions had it; %NULL or empty: not curated
 *
 * Records which annotators agreed on @item, as an undo step (part of the
 * curation's, inside its group).
 */
void
hashiya_document_set_curated_from (HashiyaDocument    *self,
                                   GObject            *item,
                                   const char * const *annotators)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));
  g_return_if_fail (item_kind (item) >= 0);

  execute_curated (self, item_kind (item), item_id (item), annotators);
}

/**
 * hashiya_document_get_curation_annotators:
 *
 * Returns: (nullable) (transfer none): the annotators whose versions the
 *   document was curated from
 */
const char * const *
hashiya_document_get_curation_annotators (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  return (const char * const *) get_extra (self)->annotators;
}

void
hashiya_document_set_curation_annotators (HashiyaDocument    *self,
                                          const char * const *annotators)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));

  execute_curated (self, HASHIYA_CONFLICT_ACTOR, NULL, annotators);
}

void
_hashiya_document_set_curation_annotators (HashiyaDocument    *self,
                                           const char * const *annotators)
{
  Extra *extra = get_extra (self);

  g_strfreev (extra->annotators);
  extra->annotators = annotators != NULL && annotators[0] != NULL ? g_strdupv ((char **) annotators) : NULL;
}

/* Whether the file must say who the document was curated from. */
gboolean
_hashiya_document_has_curation (HashiyaDocument *self)
{
  Extra *extra = get_extra (self);

  return extra->annotators != NULL || g_hash_table_size (extra->curated_from[0]) > 0 ||
         g_hash_table_size (extra->curated_from[1]) > 0;
}
