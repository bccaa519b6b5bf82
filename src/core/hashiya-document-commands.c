/* hashiya-document-commands.c — the undoable edits of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include "hashiya-document-commands.h"
#include "hashiya-document-private.h"

/* One shape serves every command: the object edited, for a change the
 * snapshot its state is swapped with, and for an actor its catalogue
 * position. Adding and removing are each other's inverse; a change is
 * its own inverse (the swap). */
typedef struct
{
  HashiyaCommand  parent;
  GObject        *object;
  GObject        *snapshot;
  guint           position;
} ObjectCommand;

static void
object_command_free (HashiyaCommand *command)
{
  ObjectCommand *self = (ObjectCommand *) command;

  g_clear_object (&self->object);
  g_clear_object (&self->snapshot);
  g_free (self);
}

static gpointer
object_command_subject (HashiyaCommand *command)
{
  return ((ObjectCommand *) command)->object;
}

/* The older command already holds the state before the first edit, which
 * is what undo returns to; the newer one has nothing to add. */
static void
object_command_squash (HashiyaCommand *command,
                       HashiyaCommand *next)
{
}

static HashiyaCommand *
object_command_new (const HashiyaCommandClass *klass,
                    gpointer                   object,
                    gpointer                   snapshot,
                    guint                      position)
{
  ObjectCommand *self = g_new0 (ObjectCommand, 1);

  self->parent.klass = klass;
  self->object = g_object_ref (object);
  self->snapshot = snapshot != NULL ? g_object_ref (snapshot) : NULL;
  self->position = position;

  return &self->parent;
}

#define OBJ(command) (((ObjectCommand *) (command))->object)
#define SNAPSHOT(command) (((ObjectCommand *) (command))->snapshot)
#define POSITION(command) (((ObjectCommand *) (command))->position)

static void
insert_mention (HashiyaCommand *command,
                gpointer        document)
{
  _hashiya_document_insert_mention (document, HASHIYA_MENTION (OBJ (command)));
}

static void
remove_mention (HashiyaCommand *command,
                gpointer        document)
{
  _hashiya_document_remove_mention (document, HASHIYA_MENTION (OBJ (command)));
}

static void
swap_mention (HashiyaCommand *command,
              gpointer        document)
{
  _hashiya_document_swap_mention (document, HASHIYA_MENTION (OBJ (command)),
                                  HASHIYA_MENTION (SNAPSHOT (command)));
}

static void
insert_relation (HashiyaCommand *command,
                 gpointer        document)
{
  _hashiya_document_insert_relation (document, HASHIYA_RELATION (OBJ (command)));
}

static void
remove_relation (HashiyaCommand *command,
                 gpointer        document)
{
  _hashiya_document_remove_relation (document, HASHIYA_RELATION (OBJ (command)));
}

static void
swap_relation (HashiyaCommand *command,
               gpointer        document)
{
  _hashiya_document_swap_relation (document, HASHIYA_RELATION (OBJ (command)),
                                   HASHIYA_RELATION (SNAPSHOT (command)));
}

static void
insert_actor (HashiyaCommand *command,
              gpointer        document)
{
  _hashiya_document_insert_actor (document, HASHIYA_ACTOR (OBJ (command)), POSITION (command));
}

static void
remove_actor (HashiyaCommand *command,
              gpointer        document)
{
  _hashiya_document_remove_actor (document, HASHIYA_ACTOR (OBJ (command)));
}

static void
swap_actor (HashiyaCommand *command,
            gpointer        document)
{
  _hashiya_document_swap_actor (document, HASHIYA_ACTOR (OBJ (command)),
                                HASHIYA_ACTOR (SNAPSHOT (command)));
}

static void
swap_catalog (HashiyaCommand *command,
              gpointer        document)
{
  _hashiya_document_swap_catalog (document, HASHIYA_CATALOG (OBJ (command)));
}

static const HashiyaCommandClass replace_catalog_class = {
  .name = "Replace catalogue",
  .apply = swap_catalog,
  .revert = swap_catalog,
  .free = object_command_free,
};

static const HashiyaCommandClass add_mention_class = {
  .name = "Add mention",
  .apply = insert_mention,
  .revert = remove_mention,
  .free = object_command_free,
};

static const HashiyaCommandClass remove_mention_class = {
  .name = "Remove mention",
  .apply = remove_mention,
  .revert = insert_mention,
  .free = object_command_free,
};

static const HashiyaCommandClass change_mention_class = {
  .name = "Change mention",
  .apply = swap_mention,
  .revert = swap_mention,
  .free = object_command_free,
  .subject = object_command_subject,
  .squash = object_command_squash,
};

static const HashiyaCommandClass add_relation_class = {
  .name = "Add relation",
  .apply = insert_relation,
  .revert = remove_relation,
  .free = object_command_free,
};

static const HashiyaCommandClass remove_relation_class = {
  .name = "Remove relation",
  .apply = remove_relation,
  .revert = insert_relation,
  .free = object_command_free,
};

static const HashiyaCommandClass change_relation_class = {
  .name = "Change relation",
  .apply = swap_relation,
  .revert = swap_relation,
  .free = object_command_free,
  .subject = object_command_subject,
  .squash = object_command_squash,
};

static const HashiyaCommandClass add_actor_class = {
  .name = "Add actor",
  .apply = insert_actor,
  .revert = remove_actor,
  .free = object_command_free,
};

static const HashiyaCommandClass remove_actor_class = {
  .name = "Remove actor",
  .apply = remove_actor,
  .revert = insert_actor,
  .free = object_command_free,
};

static const HashiyaCommandClass change_actor_class = {
  .name = "Change actor",
  .apply = swap_actor,
  .revert = swap_actor,
  .free = object_command_free,
  .subject = object_command_subject,
  .squash = object_command_squash,
};

/* The metadata to put in place, and then the metadata taken out: the
 * command is its own inverse. Its subject is the one field it changes, so
 * that typing a title is undone at once; a change of several fields is
 * never squashed. */
typedef struct
{
  HashiyaCommand   parent;
  HashiyaMetadata *metadata;
  gconstpointer    field;
} MetadataCommand;

/* One key per field: compared, never read (one undo stack is one
 * document's). */
static const char metadata_fields[5];

static void
swap_metadata (HashiyaCommand *command,
               gpointer        document)
{
  _hashiya_document_swap_metadata (document, &((MetadataCommand *) command)->metadata);
}

static void
metadata_command_free (HashiyaCommand *command)
{
  hashiya_metadata_free (((MetadataCommand *) command)->metadata);
  g_free (command);
}

static gpointer
metadata_command_subject (HashiyaCommand *command)
{
  return (gpointer) ((MetadataCommand *) command)->field;
}

/* The key of the one field @a and @b differ in, or NULL. */
static gconstpointer
changed_field (const HashiyaMetadata *a,
               const HashiyaMetadata *b)
{
  const char * const empty[] = { NULL };
  gboolean differ[] = {
    g_strcmp0 (a->title, b->title) != 0,
    g_strcmp0 (a->source, b->source) != 0,
    g_strcmp0 (a->date, b->date) != 0,
    g_strcmp0 (a->url, b->url) != 0,
    !g_strv_equal ((const char * const *) (a->tags != NULL ? a->tags : (char **) empty),
                   (const char * const *) (b->tags != NULL ? b->tags : (char **) empty)),
  };
  gconstpointer field = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (differ); i++)
    if (differ[i])
      {
        if (field != NULL)
          return NULL;
        field = &metadata_fields[i];
      }
  return field;
}

static const HashiyaCommandClass change_metadata_class = {
  .name = "Change metadata",
  .apply = swap_metadata,
  .revert = swap_metadata,
  .free = metadata_command_free,
  .subject = metadata_command_subject,
  .squash = object_command_squash,
};

HashiyaCommand *
_hashiya_command_change_metadata_new (HashiyaDocument       *document,
                                      const HashiyaMetadata *metadata)
{
  MetadataCommand *self = g_new0 (MetadataCommand, 1);

  self->parent.klass = &change_metadata_class;
  self->metadata = hashiya_metadata_copy (metadata);
  self->field = changed_field (metadata, hashiya_document_get_metadata (document));
  return &self->parent;
}

HashiyaCommand *
_hashiya_command_add_mention_new (HashiyaMention *mention)
{
  return object_command_new (&add_mention_class, mention, NULL, 0);
}

HashiyaCommand *
_hashiya_command_remove_mention_new (HashiyaMention *mention)
{
  return object_command_new (&remove_mention_class, mention, NULL, 0);
}

HashiyaCommand *
_hashiya_command_change_mention_new (HashiyaMention *mention,
                                     HashiyaMention *new_state)
{
  g_autoptr(HashiyaMention) snapshot = hashiya_mention_copy (new_state);

  return object_command_new (&change_mention_class, mention, snapshot, 0);
}

HashiyaCommand *
_hashiya_command_add_relation_new (HashiyaRelation *relation)
{
  return object_command_new (&add_relation_class, relation, NULL, 0);
}

HashiyaCommand *
_hashiya_command_remove_relation_new (HashiyaRelation *relation)
{
  return object_command_new (&remove_relation_class, relation, NULL, 0);
}

HashiyaCommand *
_hashiya_command_change_relation_new (HashiyaRelation *relation,
                                      HashiyaRelation *new_state)
{
  g_autoptr(HashiyaRelation) snapshot = hashiya_relation_copy (new_state);

  return object_command_new (&change_relation_class, relation, snapshot, 0);
}

HashiyaCommand *
_hashiya_command_add_actor_new (HashiyaActor *actor,
                                guint         position)
{
  return object_command_new (&add_actor_class, actor, NULL, position);
}

HashiyaCommand *
_hashiya_command_remove_actor_new (HashiyaActor *actor,
                                   guint         position)
{
  return object_command_new (&remove_actor_class, actor, NULL, position);
}

HashiyaCommand *
_hashiya_command_change_actor_new (HashiyaActor *actor,
                                   HashiyaActor *new_state)
{
  g_autoptr(HashiyaActor) snapshot = hashiya_actor_copy (new_state);

  return object_command_new (&change_actor_class, actor, snapshot, 0);
}

/* @catalog holds the catalogue to put in place, and then the one taken
 * out: the command is its own inverse. */
HashiyaCommand *
_hashiya_command_replace_catalog_new (HashiyaCatalog *catalog)
{
  return object_command_new (&replace_catalog_class, catalog, NULL, 0);
}
