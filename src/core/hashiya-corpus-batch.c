/* hashiya-corpus-batch.c — work on many documents of a corpus at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A batch goes through its documents one at a time, on a worker thread
 * (the _async calls) or the caller's (the others). Each document is read
 * again and written back under the corpus's lock (_hashiya_corpus_rewrite),
 * so that each file is either as it was or as it is to be, and another
 * program's write in between is kept. The list of documents, the progress
 * and ::document-changed are brought to the caller's main context as each
 * document is done. A failed document is counted and said, and the batch
 * goes on; cancelling stops it between two documents.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-corpus-batch.h"
#include "hashiya-corpus-private.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-object-util.h"
#include "hashiya-relation-catalog-file.h"

/* Edits */

struct _HashiyaCorpusEdit
{
  HashiyaCorpusEditKind  kind;
  char                  *actor_id;
  char                  *other;     /* into (merge), alias, colour */
  char                  *name_ar;   /* rename */
  char                  *name_en;
};

G_DEFINE_BOXED_TYPE (HashiyaCorpusEdit, hashiya_corpus_edit, hashiya_corpus_edit_copy, hashiya_corpus_edit_free)

static HashiyaCorpusEdit *
edit_new (HashiyaCorpusEditKind  kind,
          const char            *actor_id,
          const char            *other)
{
  HashiyaCorpusEdit *self = g_new0 (HashiyaCorpusEdit, 1);

  self->kind = kind;
  self->actor_id = g_strdup (actor_id);
  self->other = g_strdup (other);
  return self;
}

/**
 * hashiya_corpus_edit_new_rename:
 * @name_ar: (nullable): the new Arabic name, or %NULL to keep it
 * @name_en: (nullable): the new English name, or %NULL to keep it
 */
HashiyaCorpusEdit *
hashiya_corpus_edit_new_rename (const char *actor_id,
                                const char *name_ar,
                                const char *name_en)
{
  HashiyaCorpusEdit *self;

  g_return_val_if_fail (actor_id != NULL, NULL);

  self = edit_new (HASHIYA_CORPUS_EDIT_RENAME, actor_id, NULL);
  self->name_ar = g_strdup (name_ar);
  self->name_en = g_strdup (name_en);
  return self;
}

HashiyaCorpusEdit *
hashiya_corpus_edit_new_alias (const char *actor_id,
                               const char *alias)
{
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (alias != NULL, NULL);
  return edit_new (HASHIYA_CORPUS_EDIT_ADD_ALIAS, actor_id, alias);
}

HashiyaCorpusEdit *
hashiya_corpus_edit_new_merge (const char *actor_id,
                               const char *into_id)
{
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (into_id != NULL, NULL);
  return edit_new (HASHIYA_CORPUS_EDIT_MERGE, actor_id, into_id);
}

HashiyaCorpusEdit *
hashiya_corpus_edit_new_color (const char *actor_id,
                               const char *color)
{
  g_return_val_if_fail (actor_id != NULL, NULL);
  g_return_val_if_fail (color != NULL, NULL);
  return edit_new (HASHIYA_CORPUS_EDIT_COLOR, actor_id, color);
}

HashiyaCorpusEdit *
hashiya_corpus_edit_copy (const HashiyaCorpusEdit *self)
{
  HashiyaCorpusEdit *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = edit_new (self->kind, self->actor_id, self->other);
  copy->name_ar = g_strdup (self->name_ar);
  copy->name_en = g_strdup (self->name_en);
  return copy;
}

void
hashiya_corpus_edit_free (HashiyaCorpusEdit *self)
{
  if (self == NULL)
    return;
  g_free (self->actor_id);
  g_free (self->other);
  g_free (self->name_ar);
  g_free (self->name_en);
  g_free (self);
}

HashiyaCorpusEditKind
hashiya_corpus_edit_get_kind (const HashiyaCorpusEdit *self)
{
  g_return_val_if_fail (self != NULL, HASHIYA_CORPUS_EDIT_RENAME);
  return self->kind;
}

/* Summaries */

G_DEFINE_BOXED_TYPE (HashiyaCorpusSummary, hashiya_corpus_summary, hashiya_corpus_summary_copy,
                     hashiya_corpus_summary_free)

static HashiyaCorpusSummary *
summary_new (void)
{
  HashiyaCorpusSummary *self = g_new0 (HashiyaCorpusSummary, 1);

  self->failures = g_ptr_array_new_with_free_func (g_free);
  return self;
}

HashiyaCorpusSummary *
hashiya_corpus_summary_copy (const HashiyaCorpusSummary *self)
{
  HashiyaCorpusSummary *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = summary_new ();
  copy->n_documents = self->n_documents;
  copy->n_changed = self->n_changed;
  copy->n_mentions = self->n_mentions;
  copy->n_relations = self->n_relations;
  copy->n_failed = self->n_failed;
  copy->cancelled = self->cancelled;
  for (guint i = 0; i < self->failures->len; i++)
    g_ptr_array_add (copy->failures, g_strdup (g_ptr_array_index (self->failures, i)));
  return copy;
}

void
hashiya_corpus_summary_free (HashiyaCorpusSummary *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->failures);
  g_free (self);
}

/* The batch */

typedef struct
{
  HashiyaCorpus             *corpus;
  GFile                     *folder;
  HashiyaCorpusFile         *file;
  GPtrArray                 *paths;
  HashiyaCorpusSuggestFlags  flags;
  HashiyaCorpusEdit         *edit;
  HashiyaCorpusProgressFunc  progress;
  gpointer                   progress_data;
  GDestroyNotify             progress_data_free;
  GMainContext              *context;   /* NULL: everything in the calling thread */
  HashiyaCorpusSummary      *summary;   /* counted by the one thread that runs the batch */
  guint                      n_mentions;  /* of the document under way, counted once it is written */
  guint                      n_relations;
} Batch;

static void
batch_clear (Batch *batch)
{
  g_clear_object (&batch->corpus);
  g_clear_object (&batch->folder);
  g_clear_pointer (&batch->file, hashiya_corpus_file_free);
  g_clear_pointer (&batch->paths, g_ptr_array_unref);
  g_clear_pointer (&batch->edit, hashiya_corpus_edit_free);
  if (batch->progress_data_free != NULL)
    batch->progress_data_free (batch->progress_data);
  g_clear_pointer (&batch->context, g_main_context_unref);
  g_clear_pointer (&batch->summary, hashiya_corpus_summary_free);
}

static Batch *
batch_new (HashiyaCorpus             *corpus,
           GPtrArray                 *documents,
           HashiyaCorpusProgressFunc  progress,
           gpointer                   progress_data,
           GDestroyNotify             progress_data_free,
           gboolean                   in_thread)
{
  Batch *batch = g_atomic_rc_box_new0 (Batch);

  batch->corpus = g_object_ref (corpus);
  batch->folder = g_object_ref (hashiya_corpus_get_folder (corpus));
  batch->file = hashiya_corpus_file_copy (_hashiya_corpus_get_file (corpus));
  batch->paths = _hashiya_corpus_dup_paths (corpus, documents);
  batch->progress = progress;
  batch->progress_data = progress_data;
  batch->progress_data_free = progress_data_free;
  batch->context = in_thread ? g_main_context_ref_thread_default () : NULL;
  batch->summary = summary_new ();
  return batch;
}

static void
batch_unref (Batch *batch)
{
  g_atomic_rc_box_release_full (batch, (GDestroyNotify) batch_clear);
}

/* What a document's turn brings to the caller's context. */
typedef struct
{
  Batch             *batch;
  char              *path;       /* the document as it was listed */
  char              *written;    /* where it is now, or NULL when unchanged */
  HashiyaCorpusRow  *row;
  HashiyaCorpusFile *file;       /* a new corpus.json, or NULL */
  guint              done;
} Delivery;

static void
delivery_free (Delivery *delivery)
{
  batch_unref (delivery->batch);
  g_free (delivery->path);
  g_free (delivery->written);
  g_clear_pointer (&delivery->row, _hashiya_corpus_row_free);
  g_clear_pointer (&delivery->file, hashiya_corpus_file_free);
  g_free (delivery);
}

static gboolean
deliver_cb (gpointer data)
{
  Delivery *delivery = data;
  Batch *batch = delivery->batch;

  if (delivery->file != NULL)
    _hashiya_corpus_set_file (batch->corpus, g_steal_pointer (&delivery->file));
  if (delivery->row != NULL)
    _hashiya_corpus_set_row (batch->corpus, delivery->written, g_steal_pointer (&delivery->row));
  if (batch->progress != NULL && delivery->path != NULL)
    batch->progress (delivery->done, batch->paths->len, delivery->path, batch->progress_data);
  return G_SOURCE_REMOVE;
}

static void
deliver (Batch             *batch,
         const char        *path,
         const char        *written,
         HashiyaCorpusRow  *row,
         HashiyaCorpusFile *file,
         guint              done)
{
  Delivery *delivery = g_new0 (Delivery, 1);

  delivery->batch = g_atomic_rc_box_acquire (batch);
  delivery->path = g_strdup (path);
  delivery->written = g_strdup (written);
  delivery->row = row;
  delivery->file = file;
  delivery->done = done;
  if (batch->context == NULL)
    {
      deliver_cb (delivery);
      delivery_free (delivery);
    }
  else
    g_main_context_invoke_full (batch->context, G_PRIORITY_DEFAULT, deliver_cb, delivery,
                                (GDestroyNotify) delivery_free);
}

/* Goes through the documents with @edit. */
static void
batch_run (Batch                    *batch,
           HashiyaCorpusRewriteFunc  edit,
           GCancellable             *cancellable)
{
  HashiyaCorpusSummary *summary = batch->summary;

  for (guint i = 0; i < batch->paths->len; i++)
    {
      const char *path = g_ptr_array_index (batch->paths, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *written = NULL;
      HashiyaCorpusRow *row;
      gboolean changed = FALSE;

      if (g_cancellable_is_cancelled (cancellable))
        {
          summary->cancelled = TRUE;
          break;
        }
      batch->n_mentions = batch->n_relations = 0;
      row = _hashiya_corpus_rewrite (batch->folder, batch->file, path, edit, batch, &changed, &written, &error);
      summary->n_documents++;
      if (row == NULL)
        {
          summary->n_failed++;
          g_ptr_array_add (summary->failures, g_strdup (error->message));
        }
      else if (changed)
        {
          summary->n_changed++;
          summary->n_mentions += batch->n_mentions;
          summary->n_relations += batch->n_relations;
        }
      else
        g_clear_pointer (&row, _hashiya_corpus_row_free);
      deliver (batch, path, written, row, NULL, i + 1);
    }
}

/* Suggestions */

static gboolean
suggest_in (HashiyaDocument  *document,
            gpointer          data,
            gboolean         *changed,
            GError          **error)
{
  Batch *batch = data;
  HashiyaMentionStatus status = (batch->flags & HASHIYA_CORPUS_SUGGEST_ACCEPT) != 0
                                ? HASHIYA_MENTION_STATUS_ACCEPTED : HASHIYA_MENTION_STATUS_SUGGESTED;
  guint added = hashiya_document_suggest (document, status);
  guint related = 0;

  if ((batch->flags & HASHIYA_CORPUS_SUGGEST_RELATIONS) != 0)
    related = hashiya_document_suggest_relations (document, status);
  *changed = added > 0 || related > 0;
  batch->n_mentions = added;
  batch->n_relations = related;
  return TRUE;
}

static HashiyaCorpusSummary *
take_summary (Batch *batch)
{
  return g_steal_pointer (&batch->summary);
}

/**
 * hashiya_corpus_suggest:
 * @documents: (nullable) (element-type HashiyaCorpusDocument): the
 *   documents to suggest in, or %NULL for all
 * @progress: (nullable): told after each document
 *
 * Finds the catalogue's actors (and, with
 * %HASHIYA_CORPUS_SUGGEST_RELATIONS, the relations between them) in each
 * document, as hashiya_document_suggest () does, and writes each document
 * that got any. Suggestions stay in the documents, to be reviewed there.
 *
 * Returns: (transfer full): what was done, or %NULL with @error set when
 *   the corpus cannot be written at all
 */
HashiyaCorpusSummary *
hashiya_corpus_suggest (HashiyaCorpus              *self,
                        GPtrArray                  *documents,
                        HashiyaCorpusSuggestFlags   flags,
                        HashiyaCorpusProgressFunc   progress,
                        gpointer                    progress_data,
                        GCancellable               *cancellable,
                        GError                    **error)
{
  Batch *batch;
  HashiyaCorpusSummary *summary;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);

  if (!_hashiya_corpus_check_writable (self, error))
    return NULL;
  batch = batch_new (self, documents, progress, progress_data, NULL, FALSE);
  batch->flags = flags;
  batch_run (batch, suggest_in, cancellable);
  summary = take_summary (batch);
  batch_unref (batch);
  return summary;
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Batch *batch = task_data;

  batch_run (batch, suggest_in, cancellable);
  g_task_return_pointer (task, take_summary (batch), (GDestroyNotify) hashiya_corpus_summary_free);
}

/**
 * hashiya_corpus_suggest_async:
 * @progress_data_free: (nullable): frees @progress_data when the batch is
 *   done
 *
 * Suggests as hashiya_corpus_suggest () does, on a worker thread; progress
 * and ::document-changed come in the caller's thread-default main context.
 * Cancelling stops between two documents: the summary says how far it got.
 */
void
hashiya_corpus_suggest_async (HashiyaCorpus              *self,
                              GPtrArray                  *documents,
                              HashiyaCorpusSuggestFlags   flags,
                              HashiyaCorpusProgressFunc   progress,
                              gpointer                    progress_data,
                              GDestroyNotify              progress_data_free,
                              GCancellable               *cancellable,
                              GAsyncReadyCallback         callback,
                              gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Batch *batch;

  g_return_if_fail (HASHIYA_IS_CORPUS (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_suggest_async);
  /* Cancelled, it still says how far it got. */
  g_task_set_check_cancellable (task, FALSE);
  if (!_hashiya_corpus_check_writable (self, &error))
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  batch = batch_new (self, documents, progress, progress_data, progress_data_free, TRUE);
  batch->flags = flags;
  g_task_set_task_data (task, batch, (GDestroyNotify) batch_unref);
  g_task_run_in_thread (task, suggest_thread);
}

HashiyaCorpusSummary *
hashiya_corpus_suggest_finish (HashiyaCorpus  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Catalogue edits */

/* The names of @from, and its aliases, as aliases of @to (those it has
 * not already). */
static void
take_names (HashiyaActor *to,
            HashiyaActor *from)
{
  g_autoptr(GStrvBuilder) aliases = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) types = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) new_aliases = NULL;
  g_auto(GStrv) new_types = NULL;
  const char * const *old = hashiya_actor_get_aliases (to);
  const char * const *theirs = hashiya_actor_get_aliases (from);
  const char *names[] = { hashiya_actor_get_name_ar (from), NULL };

  if (hashiya_actor_get_name_ar (to) != NULL)
    g_hash_table_add (seen, (gpointer) hashiya_actor_get_name_ar (to));
  for (guint i = 0; old[i] != NULL; i++)
    {
      g_hash_table_add (seen, (gpointer) old[i]);
      g_strv_builder_add (aliases, old[i]);
      g_strv_builder_add (types, hashiya_actor_get_alias_type (to, old[i]) ?: "");
    }
  /* Aliases are Arabic: the English name is not one. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (names[i] != NULL && g_hash_table_add (seen, (gpointer) names[i]))
      {
        g_strv_builder_add (aliases, names[i]);
        g_strv_builder_add (types, "");
      }
  for (guint i = 0; theirs[i] != NULL; i++)
    if (g_hash_table_add (seen, (gpointer) theirs[i]))
      {
        g_strv_builder_add (aliases, theirs[i]);
        g_strv_builder_add (types, hashiya_actor_get_alias_type (from, theirs[i]) ?: "");
      }
  new_aliases = g_strv_builder_end (aliases);
  new_types = g_strv_builder_end (types);
  hashiya_actor_set_aliases (to, (const char * const *) new_aliases);
  hashiya_actor_set_alias_types (to, (const char * const *) new_types);
}

/* @actor as @edit leaves it (rename, alias, colour): a new object. */
static HashiyaActor *
edited_actor (HashiyaActor            *actor,
              const HashiyaCorpusEdit *edit)
{
  HashiyaActor *copy = hashiya_actor_copy (actor);

  switch (edit->kind)
    {
    case HASHIYA_CORPUS_EDIT_RENAME:
      if (edit->name_ar != NULL)
        hashiya_actor_set_name_ar (copy, edit->name_ar);
      if (edit->name_en != NULL)
        hashiya_actor_set_name_en (copy, edit->name_en);
      break;
    case HASHIYA_CORPUS_EDIT_ADD_ALIAS:
      if (!g_strv_contains (hashiya_actor_get_aliases (copy), edit->other))
        {
          g_autoptr(GStrvBuilder) aliases = g_strv_builder_new ();
          g_autoptr(GStrvBuilder) types = g_strv_builder_new ();
          g_auto(GStrv) new_aliases = NULL;
          g_auto(GStrv) new_types = NULL;
          const char * const *old = hashiya_actor_get_aliases (copy);

          for (guint i = 0; old[i] != NULL; i++)
            {
              g_strv_builder_add (aliases, old[i]);
              g_strv_builder_add (types, hashiya_actor_get_alias_type (copy, old[i]) ?: "");
            }
          g_strv_builder_add (aliases, edit->other);
          g_strv_builder_add (types, "");
          new_aliases = g_strv_builder_end (aliases);
          new_types = g_strv_builder_end (types);
          hashiya_actor_set_aliases (copy, (const char * const *) new_aliases);
          hashiya_actor_set_alias_types (copy, (const char * const *) new_types);
        }
      break;
    case HASHIYA_CORPUS_EDIT_COLOR:
      hashiya_actor_set_color (copy, edit->other);
      break;
    case HASHIYA_CORPUS_EDIT_MERGE:
    default:
      break;
    }
  return copy;
}

/* Puts @actor in @catalog in place of the actor of its id. */
static void
catalog_replace (HashiyaCatalog *catalog,
                 HashiyaActor   *actor)
{
  HashiyaActor *old = hashiya_catalog_lookup (catalog, hashiya_actor_get_id (actor));
  guint position = G_MAXUINT;

  if (old != NULL && hashiya_catalog_find (catalog, old, &position))
    hashiya_catalog_remove (catalog, old);
  hashiya_catalog_insert (catalog, position, actor, NULL);
}

static gboolean
blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Checks @edit against the corpus catalogue before anything is written. */
static gboolean
check_edit (HashiyaCatalog           *catalog,
            const HashiyaCorpusEdit  *edit,
            GError                  **error)
{
  HashiyaActor *actor = hashiya_catalog_lookup (catalog, edit->actor_id);
  g_autoptr(HashiyaActor) changed = NULL;

  if (actor == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("actor “%s” is not in the corpus's catalogue"), edit->actor_id);
      return FALSE;
    }
  switch (edit->kind)
    {
    case HASHIYA_CORPUS_EDIT_MERGE:
      if (hashiya_catalog_lookup (catalog, edit->other) == NULL)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                       _("actor “%s” is not in the corpus's catalogue"), edit->other);
          return FALSE;
        }
      if (g_strcmp0 (edit->actor_id, edit->other) == 0)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("actor “%s” cannot be merged into itself"), edit->actor_id);
          return FALSE;
        }
      return TRUE;
    case HASHIYA_CORPUS_EDIT_RENAME:
      if ((edit->name_ar == NULL || edit->name_ar[0] == '\0') && (edit->name_en == NULL || edit->name_en[0] == '\0'))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("give actor “%s” an Arabic or an English name"), edit->actor_id);
          return FALSE;
        }
      break;
    case HASHIYA_CORPUS_EDIT_ADD_ALIAS:
      if (blank (edit->other) || strpbrk (edit->other, "\r\n") != NULL)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("an alias is a word or words of one line, not “%s”"), edit->other);
          return FALSE;
        }
      break;
    case HASHIYA_CORPUS_EDIT_COLOR:
    default:
      break;
    }
  changed = edited_actor (actor, edit);
  return hashiya_catalog_check_actor (catalog, changed, FALSE, error);
}

/* Applies @edit to a corpus catalogue (checked by check_edit ()). */
static gboolean
edit_catalog (HashiyaCatalog          *catalog,
              const HashiyaCorpusEdit *edit)
{
  HashiyaActor *actor = hashiya_catalog_lookup (catalog, edit->actor_id);
  g_autoptr(HashiyaActor) changed = NULL;

  if (actor == NULL)
    return FALSE;
  if (edit->kind == HASHIYA_CORPUS_EDIT_MERGE)
    {
      HashiyaActor *into = hashiya_catalog_lookup (catalog, edit->other);

      if (into == NULL)
        return FALSE;
      changed = hashiya_actor_copy (into);
      take_names (changed, actor);
      catalog_replace (catalog, changed);
      hashiya_catalog_remove (catalog, actor);
      return TRUE;
    }
  changed = edited_actor (actor, edit);
  if (hashiya_object_state_equal (G_OBJECT (actor), G_OBJECT (changed)))
    return FALSE;
  catalog_replace (catalog, changed);
  return TRUE;
}

/* Moves the ends of the relations of @from to @to. */
static void
move_relations (HashiyaDocument *document,
                const char      *from,
                const char      *to)
{
  g_autoptr(GPtrArray) relations = hashiya_document_get_mention_relations (document, from);

  for (guint i = 0; i < relations->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (relations, i);
      g_autoptr(HashiyaRelation) moved = hashiya_relation_copy (relation);
      const char *source = hashiya_relation_get_source (relation);
      const char *target = hashiya_relation_get_target (relation);

      hashiya_relation_set_ends (moved, g_strcmp0 (source, from) == 0 ? to : source,
                                 g_strcmp0 (target, from) == 0 ? to : target);
      /* The same relation already there (or one of a mention with itself)
       * goes with the merged mention. */
      if (!hashiya_document_update_relation (document, relation, moved, NULL))
        hashiya_document_remove_relation (document, relation);
    }
}

static gboolean
orphans_use (HashiyaDocument *document,
             const char      *actor_id)
{
  GListModel *orphans = hashiya_document_get_orphans (document);

  for (guint i = 0; i < g_list_model_get_n_items (orphans); i++)
    {
      g_autoptr(HashiyaMention) orphan = g_list_model_get_item (orphans, i);

      if (g_strcmp0 (hashiya_mention_get_actor (orphan), actor_id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* One document of a merge: the mentions of the actor become the other's
 * (one of the same span already there takes its relations), the other
 * gets its names as aliases, and it leaves the catalogue. */
static gboolean
merge_in (HashiyaDocument          *document,
          Batch                    *batch,
          gboolean                 *changed,
          GError                  **error)
{
  const HashiyaCorpusEdit *edit = batch->edit;
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaActor *actor = hashiya_catalog_lookup (catalog, edit->actor_id);
  HashiyaActor *into = hashiya_catalog_lookup (catalog, edit->other);
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);
  guint moved = 0;

  if (actor == NULL && hashiya_document_count_mentions (document, edit->actor_id) == 0)
    return TRUE;
  if (into == NULL)
    {
      HashiyaActor *corpus_into = hashiya_catalog_lookup (batch->file->catalog, edit->other);
      g_autoptr(HashiyaActor) copy = NULL;

      if (corpus_into == NULL)
        return TRUE;
      copy = hashiya_actor_copy (corpus_into);
      if (!hashiya_document_add_actor (document, copy, error))
        return FALSE;
      into = hashiya_catalog_lookup (catalog, edit->other);
    }
  if (actor != NULL)
    {
      g_autoptr(HashiyaActor) with_names = hashiya_actor_copy (into);

      take_names (with_names, actor);
      if (!hashiya_document_update_actor (document, into, with_names, error))
        return FALSE;
    }

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (g_strcmp0 (hashiya_mention_get_actor (mention), edit->actor_id) == 0)
        g_ptr_array_add (mentions, g_object_ref (mention));
    }
  for (guint i = 0; i < mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (mentions, i);
      HashiyaMention *same = _hashiya_document_find_duplicate (document, hashiya_mention_get_start (mention),
                                                               hashiya_mention_get_end (mention), edit->other,
                                                               mention);

      if (same != NULL)
        {
          move_relations (document, hashiya_mention_get_id (mention), hashiya_mention_get_id (same));
          hashiya_document_remove_mention (document, mention);
        }
      else
        {
          g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);

          hashiya_mention_set_actor (state, edit->other);
          if (!hashiya_document_update_mention (document, mention, state, error))
            return FALSE;
        }
      moved++;
    }
  actor = hashiya_catalog_lookup (catalog, edit->actor_id);
  if (actor != NULL && !orphans_use (document, edit->actor_id) &&
      !hashiya_document_remove_actor (document, actor, error))
    return FALSE;

  *changed = TRUE;
  batch->n_mentions = moved;
  return TRUE;
}

static gboolean
edit_in (HashiyaDocument  *document,
         gpointer          data,
         gboolean         *changed,
         GError          **error)
{
  Batch *batch = data;
  const HashiyaCorpusEdit *edit = batch->edit;
  HashiyaActor *actor;
  g_autoptr(HashiyaActor) state = NULL;

  if (edit->kind == HASHIYA_CORPUS_EDIT_MERGE)
    return merge_in (document, batch, changed, error);

  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), edit->actor_id);
  if (actor == NULL)
    return TRUE;
  state = edited_actor (actor, edit);
  if (hashiya_object_state_equal (G_OBJECT (actor), G_OBJECT (state)))
    return TRUE;
  if (!hashiya_document_update_actor (document, actor, state, error))
    return FALSE;
  *changed = TRUE;
  batch->n_mentions = hashiya_document_count_mentions (document, edit->actor_id);
  return TRUE;
}

/* corpus.json first, read again and written under the lock; then each
 * document. */
static gboolean
edit_run (Batch         *batch,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(HashiyaCorpusFile) file = NULL;
  int lock;

  if ((lock = _hashiya_corpus_lock (batch->folder, error)) < 0)
    return FALSE;
  if ((file = hashiya_corpus_file_read (batch->folder, error)) == NULL ||
      !check_edit (file->catalog, batch->edit, error))
    {
      _hashiya_corpus_unlock (lock);
      return FALSE;
    }
  if (edit_catalog (file->catalog, batch->edit) && !hashiya_corpus_file_write (file, batch->folder, error))
    {
      _hashiya_corpus_unlock (lock);
      return FALSE;
    }
  _hashiya_corpus_unlock (lock);

  hashiya_corpus_file_free (batch->file);
  batch->file = hashiya_corpus_file_copy (file);
  deliver (batch, NULL, NULL, NULL, g_steal_pointer (&file), 0);
  batch_run (batch, edit_in, cancellable);
  return TRUE;
}

/**
 * hashiya_corpus_edit_catalog:
 * @edit: what to change
 * @progress: (nullable): told after each document
 *
 * Changes an actor of the corpus catalogue and of every document: its
 * names, one more alias, its colour, or a merge into another actor (its
 * mentions become the other's). corpus.json is written first, then each
 * document, each atomically: a failure leaves each file as it was or as
 * it is to be; the summary lists the documents that failed, and the same
 * edit run again brings them in step. n_mentions counts the mentions of
 * the actor in the documents written (for a merge, those moved).
 *
 * Returns: (transfer full): what was done, or %NULL with @error set when
 *   nothing could be (the corpus is read-only, the actor is not in the
 *   catalogue, the new value is wrong)
 */
HashiyaCorpusSummary *
hashiya_corpus_edit_catalog (HashiyaCorpus              *self,
                             const HashiyaCorpusEdit    *edit,
                             HashiyaCorpusProgressFunc   progress,
                             gpointer                    progress_data,
                             GCancellable               *cancellable,
                             GError                    **error)
{
  Batch *batch;
  HashiyaCorpusSummary *summary = NULL;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (edit != NULL, NULL);

  if (!_hashiya_corpus_check_writable (self, error) ||
      !check_edit (hashiya_corpus_get_catalog (self), edit, error))
    return NULL;
  batch = batch_new (self, NULL, progress, progress_data, NULL, FALSE);
  batch->edit = hashiya_corpus_edit_copy (edit);
  if (edit_run (batch, cancellable, error))
    summary = take_summary (batch);
  batch_unref (batch);
  return summary;
}

static void
edit_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Batch *batch = task_data;
  GError *error = NULL;

  if (edit_run (batch, cancellable, &error))
    g_task_return_pointer (task, take_summary (batch), (GDestroyNotify) hashiya_corpus_summary_free);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_corpus_edit_catalog_async:
 *
 * Edits as hashiya_corpus_edit_catalog () does, on a worker thread;
 * progress, ::catalog-changed and ::document-changed come in the caller's
 * thread-default main context.
 */
void
hashiya_corpus_edit_catalog_async (HashiyaCorpus              *self,
                                   const HashiyaCorpusEdit    *edit,
                                   HashiyaCorpusProgressFunc   progress,
                                   gpointer                    progress_data,
                                   GDestroyNotify              progress_data_free,
                                   GCancellable               *cancellable,
                                   GAsyncReadyCallback         callback,
                                   gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Batch *batch;

  g_return_if_fail (HASHIYA_IS_CORPUS (self));
  g_return_if_fail (edit != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_edit_catalog_async);
  g_task_set_check_cancellable (task, FALSE);
  if (!_hashiya_corpus_check_writable (self, &error) ||
      !check_edit (hashiya_corpus_get_catalog (self), edit, &error))
    {
      if (progress_data_free != NULL)
        progress_data_free (progress_data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  batch = batch_new (self, NULL, progress, progress_data, progress_data_free, TRUE);
  batch->edit = hashiya_corpus_edit_copy (edit);
  g_task_set_task_data (task, batch, (GDestroyNotify) batch_unref);
  g_task_run_in_thread (task, edit_thread);
}

HashiyaCorpusSummary *
hashiya_corpus_edit_catalog_finish (HashiyaCorpus  *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
