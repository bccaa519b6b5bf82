/* hashiya-document.c — a text with its catalogue, mentions and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include <string.h>

#include "hashiya-author.h"
#include "hashiya-document-private.h"
#include "hashiya-object-util.h"

/* Mentions live in a GListStore kept sorted by hashiya_mention_compare()
 * (Papers' annotation model), with an index by id and a count per actor.
 * Views follow the store's items-changed and the mention-* signals, which
 * carry the mention itself so that a view can update one highlight. */
struct _HashiyaDocument
{
  GObject           parent_instance;

  HashiyaText      *text;
  HashiyaCatalog   *catalog;
  GListStore       *mentions;
  GHashTable       *mentions_by_id;
  GHashTable       *counts;
  GListStore       *relations;
  GHashTable       *relations_by_id;
  HashiyaRelationCatalog *relation_catalog;
  GPtrArray        *unanchored_relations;
  GListStore       *orphans;
  HashiyaReanchorReport *report;
  GPtrArray        *import_problems;
  HashiyaUndoStack *undo_stack;
  char             *author;
  HashiyaMetadata  *metadata;
  guint             next_mention_number;
  guint             next_relation_number;
  HashiyaMatcher   *matcher;
};

G_DEFINE_FINAL_TYPE (HashiyaDocument, hashiya_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  MENTION_ADDED,
  MENTION_REMOVED,
  MENTION_CHANGED,
  RELATION_ADDED,
  RELATION_REMOVED,
  RELATION_CHANGED,
  ACTOR_CHANGED,
  METADATA_CHANGED,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
undo_stack_notify_is_clean_cb (HashiyaDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
hashiya_document_finalize (GObject *object)
{
  HashiyaDocument *self = (HashiyaDocument *) object;

  g_clear_object (&self->undo_stack);
  g_clear_pointer (&self->text, hashiya_text_unref);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->mentions_by_id, g_hash_table_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_object (&self->mentions);
  g_clear_object (&self->relations);
  g_clear_pointer (&self->relations_by_id, g_hash_table_unref);
  g_clear_object (&self->relation_catalog);
  g_clear_pointer (&self->unanchored_relations, g_ptr_array_unref);
  g_clear_object (&self->orphans);
  g_clear_pointer (&self->report, g_free);
  g_clear_pointer (&self->import_problems, g_ptr_array_unref);
  g_free (self->author);
  g_clear_pointer (&self->metadata, hashiya_metadata_free);
  g_clear_pointer (&self->matcher, hashiya_matcher_unref);

  G_OBJECT_CLASS (hashiya_document_parent_class)->finalize (object);
}

static void
hashiya_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HashiyaDocument *self = HASHIYA_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, hashiya_document_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_document_class_init (HashiyaDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hashiya_document_finalize;
  object_class->get_property = hashiya_document_get_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MENTION_ADDED] =
    g_signal_new ("mention-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  signals[MENTION_REMOVED] =
    g_signal_new ("mention-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  /**
   * HashiyaDocument::mention-changed:
   * @mention: the mention, in its new state
   * @before: a copy of its state before the change
   */
  signals[MENTION_CHANGED] =
    g_signal_new ("mention-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, HASHIYA_TYPE_MENTION, HASHIYA_TYPE_MENTION);
  signals[RELATION_ADDED] =
    g_signal_new ("relation-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);
  signals[RELATION_REMOVED] =
    g_signal_new ("relation-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);
  /**
   * HashiyaDocument::relation-changed:
   * @relation: the relation, in its new state
   * @before: a copy of its state before the change
   */
  signals[RELATION_CHANGED] =
    g_signal_new ("relation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, HASHIYA_TYPE_RELATION, HASHIYA_TYPE_RELATION);
  signals[ACTOR_CHANGED] =
    g_signal_new ("actor-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_ACTOR);
  /**
   * HashiyaDocument::metadata-changed:
   *
   * After a change of the title, source, date, URL or tags.
   */
  signals[METADATA_CHANGED] =
    g_signal_new ("metadata-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * HashiyaDocument::changed:
   *
   * After any change of the mentions, actors, relations or metadata.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hashiya_document_init (HashiyaDocument *self)
{
  self->mentions = g_list_store_new (HASHIYA_TYPE_MENTION);
  self->relations = g_list_store_new (HASHIYA_TYPE_RELATION);
  self->relations_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->relation_catalog = hashiya_relation_catalog_new_default ();
  self->orphans = g_list_store_new (HASHIYA_TYPE_MENTION);
  self->mentions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->undo_stack = hashiya_undo_stack_new (self);
  self->metadata = hashiya_metadata_new ();
  self->next_mention_number = 1;
  self->next_relation_number = 1;
  g_signal_connect_object (self->undo_stack, "notify::is-clean",
                           G_CALLBACK (undo_stack_notify_is_clean_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * hashiya_document_new:
 * @catalog: (transfer none): the catalogue; the document keeps it and
 *   edits it, so pass a copy of a shared one
 */
HashiyaDocument *
hashiya_document_new (HashiyaText    *text,
                      HashiyaCatalog *catalog)
{
  HashiyaDocument *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  self = g_object_new (HASHIYA_TYPE_DOCUMENT, NULL);
  self->text = hashiya_text_ref (text);
  self->catalog = g_object_ref (catalog);

  return self;
}

HashiyaText *
hashiya_document_get_text (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->text;
}

HashiyaCatalog *
hashiya_document_get_catalog (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->catalog;
}

/**
 * hashiya_document_get_mentions:
 *
 * Returns: (transfer none): the mentions in text order
 */
GListModel *
hashiya_document_get_mentions (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->mentions);
}

GListModel *
hashiya_document_get_relations (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->relations);
}

HashiyaUndoStack *
hashiya_document_get_undo_stack (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->undo_stack;
}

/* Modified: not in the state it was last saved or loaded in. */
gboolean
hashiya_document_get_modified (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  return !hashiya_undo_stack_get_is_clean (self->undo_stack);
}

void
hashiya_document_mark_saved (HashiyaDocument *self)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));
  hashiya_undo_stack_mark_clean (self->undo_stack);
}

/**
 * hashiya_document_mark_unsaved:
 *
 * Marks the document modified whatever its undo history says: a document
 * restored from a draft after a crash holds changes its file does not.
 */
void
hashiya_document_mark_unsaved (HashiyaDocument *self)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));

  /* No state of the undo history has this position. */
  hashiya_undo_stack_mark_clean_at (self->undo_stack, G_MAXUINT64);
}

/**
 * hashiya_document_get_author:
 *
 * Returns: (nullable): the name stored on new mentions and relations: the
 *   document's own author when one was set, else the current annotator
 *   (hashiya_author_get_current())
 */
const char *
hashiya_document_get_author (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->author != NULL ? self->author : hashiya_author_get_current ();
}

void
hashiya_document_set_author (HashiyaDocument *self,
                             const char      *author)
{
  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));

  g_free (self->author);
  self->author = (author != NULL && author[0] != '\0') ? g_strdup (author) : NULL;
}

guint
hashiya_document_get_n_mentions (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->mentions));
}

/* Returns: (transfer none) (nullable) */
HashiyaMention *
hashiya_document_lookup_mention (HashiyaDocument *self,
                                 const char      *id)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->mentions_by_id, id);
}

guint
hashiya_document_count_mentions (HashiyaDocument *self,
                                 const char      *actor_id)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);

  if (actor_id == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, actor_id));
}

static void
count_mention (HashiyaDocument *self,
               const char      *actor_id,
               int              delta)
{
  guint count = hashiya_document_count_mentions (self, actor_id);

  g_assert (delta > 0 || count > 0);
  g_hash_table_replace (self->counts, g_strdup (actor_id), GUINT_TO_POINTER (count + delta));
}

/**
 * hashiya_document_get_mention:
 *
 * Returns: (transfer none): the mention at @position in text order
 */
HashiyaMention *
hashiya_document_get_mention (HashiyaDocument *self,
                              guint            position)
{
  HashiyaMention *mention;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  /* The store holds a reference for as long as the item is in it. */
  mention = g_list_model_get_item (G_LIST_MODEL (self->mentions), position);
  g_object_unref (mention);
  return mention;
}


/**
 * hashiya_document_find_first_at:
 *
 * Returns: the position in the mention list of the first mention that
 *   starts at or after @offset (the list's length if none does)
 */
guint
hashiya_document_find_first_at (HashiyaDocument *self,
                                guint            offset)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), 0);

  hi = hashiya_document_get_n_mentions (self);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (hashiya_mention_get_start (hashiya_document_get_mention (self, mid)) < offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static gboolean
find_position (HashiyaDocument *self,
               HashiyaMention  *mention,
               guint           *position)
{
  guint lo = 0;
  guint hi = hashiya_document_get_n_mentions (self);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      HashiyaMention *item = hashiya_document_get_mention (self, mid);
      int cmp = hashiya_mention_compare (item, mention, NULL);

      if (cmp == 0)
        {
          *position = mid;
          return item == mention;
        }
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

static gboolean has_orphan (HashiyaDocument *self,
                            const char      *id);

/* Ids are "m1", "m2" …; a loaded file may use any unique strings. */
static void
note_mention_id (HashiyaDocument *self,
                 const char      *id)
{
  char *end = NULL;
  guint64 number;

  if (id[0] != 'm' || !g_ascii_isdigit (id[1]))
    return;

  number = g_ascii_strtoull (id + 1, &end, 10);
  if (*end == '\0' && number >= self->next_mention_number && number < G_MAXUINT)
    self->next_mention_number = (guint) number + 1;
}

char *
hashiya_document_new_mention_id (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  /* Removed and undone mentions keep their ids: never hand one out twice. */
  for (;;)
    {
      char *id = g_strdup_printf ("m%u", self->next_mention_number++);

      if (hashiya_document_lookup_mention (self, id) == NULL && !has_orphan (self, id))
        return id;
      g_free (id);
    }
}

/**
 * hashiya_document_get_matcher:
 *
 * The matcher for the document's catalogue, built again after any change
 * of an actor (an alias added in the sidebar is found at once).
 *
 * Returns: (transfer full): a matcher, which worker threads may use
 */
HashiyaMatcher *
hashiya_document_get_matcher (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  if (self->matcher == NULL)
    self->matcher = hashiya_matcher_new (self->catalog);

  return hashiya_matcher_ref (self->matcher);
}

/**
 * hashiya_document_get_orphans:
 *
 * Returns: (transfer none): the mentions that could not be found again
 *   in a changed text, kept with their quotes and last offsets
 */
GListModel *
hashiya_document_get_orphans (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->orphans);
}

/**
 * hashiya_document_get_reanchor_report:
 *
 * Returns: (nullable): what re-anchoring did when this document was made
 *   for a changed text, or %NULL
 */
const HashiyaReanchorReport *
hashiya_document_get_reanchor_report (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->report;
}

void
_hashiya_document_set_report (HashiyaDocument             *self,
                              const HashiyaReanchorReport *report)
{
  g_clear_pointer (&self->report, g_free);
  self->report = g_memdup2 (report, sizeof *report);
}

/**
 * hashiya_document_get_import_problems:
 *
 * Returns: (transfer none) (nullable) (element-type utf8): what the
 *   importer this document came from could not take, one line each, or
 *   %NULL when it was not imported
 */
GPtrArray *
hashiya_document_get_import_problems (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->import_problems;
}

void
_hashiya_document_set_import_problems (HashiyaDocument *self,
                                       GPtrArray       *problems)
{
  g_clear_pointer (&self->import_problems, g_ptr_array_unref);
  self->import_problems = g_ptr_array_ref (problems);
}

void
_hashiya_document_add_orphan (HashiyaDocument *self,
                              HashiyaMention  *mention)
{
  g_list_store_append (self->orphans, mention);
  note_mention_id (self, hashiya_mention_get_id (mention));
}


/* Raw changes, for the commands and the file reader. */

void
_hashiya_document_insert_mention (HashiyaDocument *self,
                                  HashiyaMention  *mention)
{
  const char *id = hashiya_mention_get_id (mention);

  /* In the index first: a list row bound while the store tells of the
   * new item asks the document for the mention's context. */
  g_hash_table_insert (self->mentions_by_id, (gpointer) id, mention);
  count_mention (self, hashiya_mention_get_actor (mention), +1);
  note_mention_id (self, id);
  g_list_store_insert_sorted (self->mentions, mention, hashiya_mention_compare, NULL);

  g_signal_emit (self, signals[MENTION_ADDED], 0, mention);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_remove_mention (HashiyaDocument *self,
                                  HashiyaMention  *mention)
{
  g_autoptr(HashiyaMention) hold G_GNUC_UNUSED = g_object_ref (mention);
  guint position;

  if (!find_position (self, mention, &position))
    g_return_if_reached ();

  g_hash_table_remove (self->mentions_by_id, hashiya_mention_get_id (mention));
  count_mention (self, hashiya_mention_get_actor (mention), -1);
  g_list_store_remove (self->mentions, position);

  g_signal_emit (self, signals[MENTION_REMOVED], 0, mention);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_swap_mention (HashiyaDocument *self,
                                HashiyaMention  *mention,
                                HashiyaMention  *snapshot)
{
  g_autoptr(HashiyaMention) hold G_GNUC_UNUSED = g_object_ref (mention);
  gboolean moves = hashiya_mention_get_start (mention) != hashiya_mention_get_start (snapshot) ||
                   hashiya_mention_get_end (mention) != hashiya_mention_get_end (snapshot);
  guint position = 0;

  if (moves && !find_position (self, mention, &position))
    g_return_if_reached ();

  count_mention (self, hashiya_mention_get_actor (mention), -1);
  count_mention (self, hashiya_mention_get_actor (snapshot), +1);

  if (moves)
    g_list_store_remove (self->mentions, position);
  hashiya_object_swap_state (G_OBJECT (mention), G_OBJECT (snapshot));
  if (moves)
    g_list_store_insert_sorted (self->mentions, mention, hashiya_mention_compare, NULL);

  /* After the swap the snapshot holds the state before the change. */
  g_signal_emit (self, signals[MENTION_CHANGED], 0, mention, snapshot);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_insert_actor (HashiyaDocument *self,
                                HashiyaActor    *actor,
                                guint            position)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_catalog_insert (self->catalog, position, actor, &error))
    g_critical ("Cannot insert actor: %s", error->message);

  g_clear_pointer (&self->matcher, hashiya_matcher_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_remove_actor (HashiyaDocument *self,
                                HashiyaActor    *actor)
{
  hashiya_catalog_remove (self->catalog, actor);
  g_clear_pointer (&self->matcher, hashiya_matcher_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_swap_actor (HashiyaDocument *self,
                              HashiyaActor    *actor,
                              HashiyaActor    *snapshot)
{
  hashiya_object_swap_state (G_OBJECT (actor), G_OBJECT (snapshot));
  g_clear_pointer (&self->matcher, hashiya_matcher_unref);
  g_signal_emit (self, signals[ACTOR_CHANGED], 0, actor);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_swap_catalog (HashiyaDocument *self,
                                HashiyaCatalog  *other)
{
  hashiya_catalog_swap (self->catalog, other);
  g_clear_pointer (&self->matcher, hashiya_matcher_unref);
  g_signal_emit (self, signals[CHANGED], 0);
}

const HashiyaMetadata *
hashiya_document_get_metadata (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->metadata;
}

/* Swaps the document's metadata with *@metadata. */
void
_hashiya_document_swap_metadata (HashiyaDocument  *self,
                                 HashiyaMetadata **metadata)
{
  HashiyaMetadata *old = self->metadata;

  self->metadata = *metadata;
  *metadata = old;
  g_signal_emit (self, signals[METADATA_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_take_mentions (HashiyaDocument *self,
                                 GPtrArray       *sorted)
{
  for (guint i = 0; i < sorted->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (sorted, i);
      const char *id = hashiya_mention_get_id (mention);

      g_hash_table_insert (self->mentions_by_id, (gpointer) id, mention);
      count_mention (self, hashiya_mention_get_actor (mention), +1);
      note_mention_id (self, id);
    }

  g_list_store_splice (self->mentions, hashiya_document_get_n_mentions (self), 0,
                       sorted->pdata, sorted->len);
}

/* Evidence may be a mention that a changed text left an orphan. */
static gboolean
has_orphan (HashiyaDocument *self,
            const char      *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->orphans));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaMention) orphan = g_list_model_get_item (G_LIST_MODEL (self->orphans), i);

      if (g_strcmp0 (hashiya_mention_get_id (orphan), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Relations are kept in order of their ids' numbers ("r2" before "r10"),
 * the order they were made in: the file lists them so. */
static int
compare_relations (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  const char *ia = hashiya_relation_get_id ((HashiyaRelation *) a);
  const char *ib = hashiya_relation_get_id ((HashiyaRelation *) b);
  guint64 na = 0, nb = 0;
  gboolean numbered_a = ia[0] == 'r' && g_ascii_string_to_unsigned (ia + 1, 10, 0, G_MAXUINT, &na, NULL);
  gboolean numbered_b = ib[0] == 'r' && g_ascii_string_to_unsigned (ib + 1, 10, 0, G_MAXUINT, &nb, NULL);

  if (numbered_a && numbered_b)
    return na < nb ? -1 : na > nb;
  if (numbered_a != numbered_b)
    return numbered_a ? -1 : 1;
  return strcmp (ia, ib);
}

static void
note_relation_id (HashiyaDocument *self,
                  const char      *id)
{
  guint64 n;

  if (id[0] == 'r' && g_ascii_string_to_unsigned (id + 1, 10, 1, G_MAXUINT - 1, &n, NULL))
    self->next_relation_number = MAX (self->next_relation_number, (guint) n + 1);
}

void
_hashiya_document_insert_relation (HashiyaDocument *self,
                                   HashiyaRelation *relation)
{
  const char *id = hashiya_relation_get_id (relation);

  g_hash_table_insert (self->relations_by_id, (gpointer) id, relation);
  note_relation_id (self, id);
  g_list_store_insert_sorted (self->relations, relation, compare_relations, NULL);

  g_signal_emit (self, signals[RELATION_ADDED], 0, relation);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_remove_relation (HashiyaDocument *self,
                                   HashiyaRelation *relation)
{
  g_autoptr(HashiyaRelation) hold G_GNUC_UNUSED = g_object_ref (relation);
  guint position;

  if (!g_list_store_find (self->relations, relation, &position))
    g_return_if_reached ();

  g_hash_table_remove (self->relations_by_id, hashiya_relation_get_id (relation));
  g_list_store_remove (self->relations, position);

  g_signal_emit (self, signals[RELATION_REMOVED], 0, relation);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_hashiya_document_swap_relation (HashiyaDocument *self,
                                 HashiyaRelation *relation,
                                 HashiyaRelation *snapshot)
{
  g_autoptr(HashiyaRelation) hold G_GNUC_UNUSED = g_object_ref (relation);

  hashiya_object_swap_state (G_OBJECT (relation), G_OBJECT (snapshot));
  /* After the swap the snapshot holds the state before the change. */
  g_signal_emit (self, signals[RELATION_CHANGED], 0, relation, snapshot);
  g_signal_emit (self, signals[CHANGED], 0);
}

HashiyaRelation *
hashiya_document_lookup_relation (HashiyaDocument *self,
                                  const char      *id)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->relations_by_id, id);
}

/* "r1", "r2" …: the first number no relation of the document has. */
char *
hashiya_document_new_relation_id (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);

  while (TRUE)
    {
      char *id = g_strdup_printf ("r%u", self->next_relation_number++);

      if (!g_hash_table_contains (self->relations_by_id, id))
        return id;
      g_free (id);
    }
}

HashiyaRelationCatalog *
hashiya_document_get_relation_catalog (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->relation_catalog;
}

/* For the reader: the catalogue the file holds. */
void
_hashiya_document_set_relation_catalog (HashiyaDocument        *self,
                                        HashiyaRelationCatalog *catalog)
{
  g_set_object (&self->relation_catalog, catalog);
}

/**
 * hashiya_document_get_unanchored_relations:
 *
 * Relations of an older file whose two ends could not be found among the
 * mentions, kept as they were written (one JSON object each) and written
 * back so: nothing of the file is lost.
 *
 * Returns: (transfer none) (element-type utf8) (nullable): their JSON
 */
GPtrArray *
hashiya_document_get_unanchored_relations (HashiyaDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  return self->unanchored_relations;
}

void
_hashiya_document_add_unanchored_relation (HashiyaDocument *self,
                                           const char      *json)
{
  if (self->unanchored_relations == NULL)
    self->unanchored_relations = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->unanchored_relations, g_strdup (json));
}
