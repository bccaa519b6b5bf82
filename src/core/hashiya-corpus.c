/* hashiya-corpus.c — a folder of .hashiya documents that share one actor
 * catalogue and one relation catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folder is the source of truth: corpus.json and the documents. The
 * list of documents is what the corpus read of each file the last time
 * its size or time changed; whatever else is kept about a corpus (the
 * search index) is a cache under the user's cache folder, never in the
 * folder itself.
 *
 * Writing a document to the folder is hashiya-corpus-write.c's.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "hashiya-corpus-cache.h"
#include "hashiya-corpus-private.h"
#include "hashiya-corpus-scan.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"

struct _HashiyaCorpus
{
  GObject            parent_instance;

  GFile             *folder;
  HashiyaCorpusFile *file;
  char              *catalog_sha256;
  GListStore        *documents;
  GHashTable        *by_path;     /* path → HashiyaCorpusDocument, borrowed */
  gboolean           read_only;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpus, hashiya_corpus, G_TYPE_OBJECT)

enum {
  DOCUMENT_CHANGED,
  CATALOG_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hashiya_corpus_finalize (GObject *object)
{
  HashiyaCorpus *self = (HashiyaCorpus *) object;

  g_clear_object (&self->folder);
  g_clear_pointer (&self->file, hashiya_corpus_file_free);
  g_free (self->catalog_sha256);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_object (&self->documents);

  G_OBJECT_CLASS (hashiya_corpus_parent_class)->finalize (object);
}

static void
hashiya_corpus_class_init (HashiyaCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hashiya_corpus_finalize;

  /**
   * HashiyaCorpus::document-changed:
   * @document: the document of the list
   *
   * A document of the corpus was written through the corpus (saved,
   * added, given suggestions or a catalogue edit), or found changed on
   * disk when it was read. Its row in the list is already up to date.
   */
  signals[DOCUMENT_CHANGED] =
    g_signal_new ("document-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_CORPUS_DOCUMENT);
  /**
   * HashiyaCorpus::catalog-changed:
   *
   * The corpus's actor catalogue changed (hashiya_corpus_edit_catalog ()).
   */
  signals[CATALOG_CHANGED] =
    g_signal_new ("catalog-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hashiya_corpus_init (HashiyaCorpus *self)
{
  self->documents = g_list_store_new (HASHIYA_TYPE_CORPUS_DOCUMENT);
  self->by_path = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The cache */

/**
 * hashiya_corpus_cache_dir_for_folder:
 *
 * Where whatever is kept about the corpus in @folder lives:
 * `$XDG_CACHE_HOME/hashiya/corpora/HASH`, HASH the SHA-256 of the
 * folder's absolute path with its links resolved. Never inside the
 * folder, so that a corpus can be a shared git repository. It may not
 * exist yet.
 *
 * Returns: (transfer full): the cache folder
 */
GFile *
hashiya_corpus_cache_dir_for_folder (GFile *folder)
{
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;
  g_autofree char *key = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  path = g_file_get_path (folder);
  if (path == NULL)
    path = g_file_get_uri (folder);
  real = realpath (path, NULL);
  key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, real != NULL ? real : path, -1);
  dir = g_build_filename (g_get_user_cache_dir (), "hashiya", "corpora", key, NULL);
  return g_file_new_for_path (dir);
}

GFile *
hashiya_corpus_dup_cache_dir (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return hashiya_corpus_cache_dir_for_folder (self->folder);
}

/* The list */

/* Says, on each document, which other has the same text and whether its
 * catalogues are the corpus's. */
static void
update_remarks (HashiyaCorpus *self)
{
  g_autoptr(GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) second = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      const HashiyaCorpusRow *row = _hashiya_corpus_document_get_row (document);

      if (row->error != NULL || row->text_sha256 == NULL)
        continue;
      if (!g_hash_table_contains (first, row->text_sha256))
        g_hash_table_insert (first, row->text_sha256, (gpointer) hashiya_corpus_document_get_path (document));
      else if (!g_hash_table_contains (second, row->text_sha256))
        g_hash_table_insert (second, row->text_sha256, (gpointer) hashiya_corpus_document_get_path (document));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      const HashiyaCorpusRow *row = _hashiya_corpus_document_get_row (document);
      const char *path = hashiya_corpus_document_get_path (document);
      const char *other = NULL;

      if (row->error == NULL && row->text_sha256 != NULL)
        {
          other = g_hash_table_lookup (first, row->text_sha256);
          /* The first of them names the second. */
          if (g_strcmp0 (other, path) == 0)
            other = g_hash_table_lookup (second, row->text_sha256);
        }
      _hashiya_corpus_document_set_same_text_as (document, other);
      _hashiya_corpus_document_set_catalog_differs (document, row->error == NULL && row->catalog_sha256 != NULL &&
                                                    g_strcmp0 (row->catalog_sha256, self->catalog_sha256) != 0);
    }
}

static int
compare_documents (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return strcmp (hashiya_corpus_document_get_path ((HashiyaCorpusDocument *) a),
                 hashiya_corpus_document_get_path ((HashiyaCorpusDocument *) b));
}

/* The cached row of @entry's file, when its size and time are the same. */
static HashiyaCorpusRow *
take_cached_row (GHashTable         *cached,
                 HashiyaCorpusEntry *entry)
{
  HashiyaCorpusRow *row = g_hash_table_lookup (cached, entry->path);
  gpointer key = NULL;

  if (row == NULL || row->size != entry->size || row->mtime != entry->mtime)
    return NULL;
  g_hash_table_steal_extended (cached, entry->path, &key, NULL);
  g_free (key);
  return row;
}

static void
write_cache (HashiyaCorpus *self,
             GFile         *cache_dir)
{
  GListModel *model = G_LIST_MODEL (self->documents);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_full (n, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      HashiyaCorpusDocument *document = g_list_model_get_item (model, i);

      g_ptr_array_add (items, document);
      g_ptr_array_add (paths, (gpointer) hashiya_corpus_document_get_path (document));
      g_ptr_array_add (rows, (gpointer) _hashiya_corpus_document_get_row (document));
    }
  _hashiya_corpus_cache_write (cache_dir, paths, rows);
}

static void
set_catalog_sha256 (HashiyaCorpus *self)
{
  g_free (self->catalog_sha256);
  self->catalog_sha256 = _hashiya_corpus_catalog_sha256 (self->file->catalog, self->file->relation_catalog);
}

/* Reads the folder's files that changed; told to @progress after each
 * file read. */
static gboolean
scan (HashiyaCorpus              *self,
      HashiyaCorpusProgressFunc   progress,
      gpointer                    progress_data,
      GCancellable               *cancellable,
      GError                    **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) cached = NULL;
  g_autoptr(GFile) cache_dir = NULL;
  gboolean read_any = FALSE;
  guint n_old;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);

  if ((entries = _hashiya_corpus_list_files (self->folder, cancellable, error)) == NULL)
    return FALSE;
  cache_dir = hashiya_corpus_cache_dir_for_folder (self->folder);
  /* The first look: the rows of the last run, for the files unchanged. */
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  if (n_old == 0)
    cached = _hashiya_corpus_cache_read (cache_dir);

  for (guint i = 0; i < entries->len; i++)
    {
      HashiyaCorpusEntry *entry = g_ptr_array_index (entries, i);
      HashiyaCorpusDocument *known = g_hash_table_lookup (self->by_path, entry->path);
      g_autoptr(HashiyaCorpusDocument) document = NULL;
      HashiyaCorpusRow *row;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (known != NULL && entry->error == NULL &&
          hashiya_corpus_document_get_error (known) == NULL &&
          hashiya_corpus_document_get_size (known) == entry->size &&
          hashiya_corpus_document_get_mtime (known) == entry->mtime)
        {
          g_ptr_array_add (documents, g_object_ref (known));
          continue;
        }

      document = known != NULL ? g_object_ref (known) : _hashiya_corpus_document_new (self->folder, entry->path);
      row = NULL;
      if (entry->error != NULL)
        {
          row = _hashiya_corpus_row_new ();
          row->error = g_error_copy (entry->error);
        }
      else if (cached == NULL || (row = take_cached_row (cached, entry)) == NULL)
        {
          row = _hashiya_corpus_read_row (hashiya_corpus_document_get_file (document), entry->path, NULL, NULL, NULL);
          read_any = TRUE;
          if (progress != NULL)
            progress (i + 1, entries->len, entry->path, progress_data);
        }
      _hashiya_corpus_document_set_row (document, row);
      g_ptr_array_add (documents, g_steal_pointer (&document));
    }

  g_hash_table_remove_all (self->by_path);
  for (guint i = 0; i < documents->len; i++)
    {
      HashiyaCorpusDocument *document = g_ptr_array_index (documents, i);

      g_hash_table_insert (self->by_path, (gpointer) hashiya_corpus_document_get_path (document), document);
    }
  g_list_store_splice (self->documents, 0, n_old, documents->pdata, documents->len);
  update_remarks (self);
  /* Anything read, or gone since the cache was written: a new cache. */
  if (read_any || (cached != NULL ? g_hash_table_size (cached) > 0 : n_old != documents->len))
    write_cache (self, cache_dir);
  if (progress != NULL && read_any)
    progress (entries->len, entries->len, NULL, progress_data);
  return TRUE;
}

/**
 * hashiya_corpus_rescan:
 *
 * Looks at the folder again: files whose size or time changed are read
 * again, new ones added to the list, gone ones taken out.
 */
gboolean
hashiya_corpus_rescan (HashiyaCorpus  *self,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  return scan (self, NULL, NULL, cancellable, error);
}

static gboolean
is_read_only (GFile *folder)
{
  g_autofree char *path = g_file_get_path (folder);
  g_autofree char *json = g_build_filename (path, HASHIYA_CORPUS_FILE_NAME, NULL);

  return g_access (path, W_OK) != 0 || g_access (json, W_OK) != 0;
}

static HashiyaCorpus *
corpus_new (GFile             *folder,
            HashiyaCorpusFile *file)
{
  HashiyaCorpus *self = g_object_new (HASHIYA_TYPE_CORPUS, NULL);

  self->folder = g_object_ref (folder);
  self->file = file;
  self->read_only = is_read_only (folder);
  set_catalog_sha256 (self);
  return self;
}

/**
 * hashiya_corpus_open:
 *
 * Opens the corpus in @folder: reads its corpus.json and lists its
 * documents. A document that cannot be read is listed with its error;
 * only a folder without a readable corpus.json fails.
 *
 * Returns: (transfer full): the corpus, or %NULL with @error set
 */
HashiyaCorpus *
hashiya_corpus_open (GFile         *folder,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  return hashiya_corpus_open_full (folder, NULL, NULL, cancellable, error);
}

/**
 * hashiya_corpus_open_full:
 * @progress: (nullable): told after each file that is read (the files
 *   unchanged since the last run come from the cache, untold), in the
 *   calling thread
 *
 * Opens the corpus as hashiya_corpus_open () does, saying how far it is.
 */
HashiyaCorpus *
hashiya_corpus_open_full (GFile                      *folder,
                          HashiyaCorpusProgressFunc   progress,
                          gpointer                    progress_data,
                          GCancellable               *cancellable,
                          GError                    **error)
{
  g_autoptr(HashiyaCorpus) self = NULL;
  HashiyaCorpusFile *file;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  if ((file = hashiya_corpus_file_read (folder, error)) == NULL)
    return NULL;
  self = corpus_new (folder, file);
  if (!scan (self, progress, progress_data, cancellable, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_open (task_data, cancellable, &error);

  if (corpus == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, corpus, g_object_unref);
}

/**
 * hashiya_corpus_open_async:
 *
 * Opens the corpus as hashiya_corpus_open () does, on a worker thread.
 */
void
hashiya_corpus_open_async (GFile               *folder,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (folder));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_open_async);
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (task, open_thread);
}

HashiyaCorpus *
hashiya_corpus_open_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * hashiya_corpus_create:
 * @folder: the folder; made if it is not there
 * @catalog: the actor catalogue (copied)
 * @relation_catalog: (nullable): the relation catalogue (copied), or
 *   %NULL for the built-in one
 *
 * Makes a new corpus: writes corpus.json in @folder (which may already
 * hold documents) and opens it. A folder that already has a corpus.json
 * is refused.
 *
 * Returns: (transfer full): the corpus, or %NULL with @error set
 */
HashiyaCorpus *
hashiya_corpus_create (GFile                   *folder,
                       const char              *name,
                       HashiyaCatalog          *catalog,
                       HashiyaRelationCatalog  *relation_catalog,
                       GError                 **error)
{
  g_autoptr(HashiyaCorpusFile) file = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *json_path = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  json = g_file_get_child (folder, HASHIYA_CORPUS_FILE_NAME);
  json_path = g_file_get_path (json);
  if (g_file_query_exists (json, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("%s: there is a corpus here already"), json_path);
      return NULL;
    }
  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *path = g_file_get_path (folder);

      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot make the folder: %s"), path, local_error->message);
      return NULL;
    }

  file = hashiya_corpus_file_new (name, catalog, relation_catalog);
  if (!hashiya_corpus_file_write (file, folder, error))
    return NULL;
  return hashiya_corpus_open (folder, NULL, error);
}

GFile *
hashiya_corpus_get_folder (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return self->folder;
}

const char *
hashiya_corpus_get_name (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return self->file->name;
}

/**
 * hashiya_corpus_get_documents:
 *
 * Returns: (transfer none): the documents, a GListModel of
 *   HashiyaCorpusDocument sorted by path
 */
GListModel *
hashiya_corpus_get_documents (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->documents);
}

/* Returns: (transfer none) (nullable): the document at @path */
HashiyaCorpusDocument *
hashiya_corpus_lookup_document (HashiyaCorpus *self,
                                const char    *path)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  return g_hash_table_lookup (self->by_path, path);
}

HashiyaCatalog *
hashiya_corpus_get_catalog (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return self->file->catalog;
}

HashiyaRelationCatalog *
hashiya_corpus_get_relation_catalog (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return self->file->relation_catalog;
}

const HashiyaMetadata *
hashiya_corpus_get_defaults (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  return self->file->defaults;
}

gboolean
hashiya_corpus_is_read_only (HashiyaCorpus *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), TRUE);
  return self->read_only;
}

const char *
_hashiya_corpus_get_catalog_sha256 (HashiyaCorpus *self)
{
  return self->catalog_sha256;
}

gboolean
_hashiya_corpus_check_writable (HashiyaCorpus  *self,
                                GError        **error)
{
  if (self->read_only)
    {
      g_autofree char *path = g_file_get_path (self->folder);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY,
                   _("%s: the corpus is read-only: its folder or corpus.json cannot be written"), path);
      return FALSE;
    }
  return TRUE;
}

char *
_hashiya_corpus_dup_local_path (HashiyaCorpus *self,
                                const char    *path)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (self->folder, path);

  return g_file_get_path (file);
}

/* The paths of @documents (all when %NULL), for a worker thread. */
GPtrArray *
_hashiya_corpus_dup_paths (HashiyaCorpus *self,
                           GPtrArray     *documents)
{
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  GListModel *model = G_LIST_MODEL (self->documents);

  if (documents != NULL)
    {
      for (guint i = 0; i < documents->len; i++)
        g_ptr_array_add (paths, g_strdup (hashiya_corpus_document_get_path (g_ptr_array_index (documents, i))));
      return paths;
    }
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (model, i);

      g_ptr_array_add (paths, g_strdup (hashiya_corpus_document_get_path (document)));
    }
  return paths;
}

/**
 * _hashiya_corpus_set_row:
 * @row: (transfer full): what the file at @path now says
 *
 * Puts @row in the list (adding the document when it is new) and says so
 * with ::document-changed.
 */
void
_hashiya_corpus_set_row (HashiyaCorpus    *self,
                         const char       *path,
                         HashiyaCorpusRow *row)
{
  HashiyaCorpusDocument *document = g_hash_table_lookup (self->by_path, path);

  if (document == NULL)
    {
      g_autoptr(HashiyaCorpusDocument) added = _hashiya_corpus_document_new (self->folder, path);
      g_autofree char *stem = g_str_has_suffix (path, ".hashiya")
                              ? g_strndup (path, strlen (path) - strlen (".hashiya")) : NULL;
      g_autofree char *text = stem != NULL ? g_strconcat (stem, ".txt", NULL) : NULL;
      HashiyaCorpusDocument *text_document = text != NULL ? g_hash_table_lookup (self->by_path, text) : NULL;
      guint position;

      /* The text it was made of is now the document. */
      if (text_document != NULL && g_list_store_find (self->documents, text_document, &position))
        {
          g_hash_table_remove (self->by_path, text);
          g_list_store_remove (self->documents, position);
        }
      _hashiya_corpus_document_set_row (added, row);
      g_hash_table_insert (self->by_path, (gpointer) hashiya_corpus_document_get_path (added), added);
      g_list_store_insert_sorted (self->documents, added, compare_documents, NULL);
      document = added;
    }
  else
    _hashiya_corpus_document_set_row (document, row);

  update_remarks (self);
  g_signal_emit (self, signals[DOCUMENT_CHANGED], 0, document);
}

void
_hashiya_corpus_set_file (HashiyaCorpus     *self,
                          HashiyaCorpusFile *file)
{
  hashiya_corpus_file_free (self->file);
  self->file = file;
  set_catalog_sha256 (self);
  update_remarks (self);
  g_signal_emit (self, signals[CATALOG_CHANGED], 0);
}

const HashiyaCorpusFile *
_hashiya_corpus_get_file (HashiyaCorpus *self)
{
  return self->file;
}

/* One document */

/**
 * hashiya_corpus_load_document:
 *
 * Reads a document of the corpus whole. A text of the folder (not yet a
 * .hashiya) is a new document with the corpus's catalogues and default
 * metadata, to be saved as a .hashiya beside it. When the file changed
 * since the list last read it, the list is brought up to date
 * (::document-changed).
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
HashiyaDocument *
hashiya_corpus_load_document (HashiyaCorpus          *self,
                              HashiyaCorpusDocument  *document,
                              GCancellable           *cancellable,
                              GError                **error)
{
  g_autoptr(HashiyaDocument) read = NULL;
  HashiyaCorpusRow *row;
  const char *path;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (document), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  path = hashiya_corpus_document_get_path (document);
  row = _hashiya_corpus_read_row (hashiya_corpus_document_get_file (document), path,
                                  self->file->catalog, self->file->relation_catalog, &read);
  if (row->error != NULL)
    g_propagate_error (error, g_error_copy (row->error));
  _hashiya_corpus_take_read_row (self, document, row);
  if (read == NULL)
    return NULL;

  if (_hashiya_corpus_document_is_text (document))
    _hashiya_corpus_start_text (read, self->file->defaults);
  return g_steal_pointer (&read);
}

void
_hashiya_corpus_take_read_row (HashiyaCorpus         *self,
                               HashiyaCorpusDocument *document,
                               HashiyaCorpusRow      *row)
{
  const char *path = hashiya_corpus_document_get_path (document);

  if (row->error != NULL)
    {
      if (g_strcmp0 (row->sha256, hashiya_corpus_document_get_sha256 (document)) != 0 ||
          hashiya_corpus_document_get_error (document) == NULL)
        _hashiya_corpus_set_row (self, path, row);
      else
        _hashiya_corpus_row_free (row);
      return;
    }
  if (g_strcmp0 (row->sha256, hashiya_corpus_document_get_sha256 (document)) != 0 ||
      hashiya_corpus_document_get_mtime (document) != row->mtime)
    _hashiya_corpus_set_row (self, path, row);
  else
    _hashiya_corpus_row_free (row);
}

/* A text of the folder read as a new document: it starts with the
 * corpus's defaults, to be saved. */
void
_hashiya_corpus_start_text (HashiyaDocument       *document,
                            const HashiyaMetadata *defaults)
{
  HashiyaMetadata *metadata = hashiya_metadata_copy (defaults);

  _hashiya_document_swap_metadata (document, &metadata);
  hashiya_metadata_free (metadata);
  hashiya_document_mark_unsaved (document);
}

GHashTable *
_hashiya_corpus_dup_path_set (HashiyaCorpus *self)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *model = G_LIST_MODEL (self->documents);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (model, i);
      char *path = g_strdup (hashiya_corpus_document_get_path (document));

      g_hash_table_insert (set, path, path);
    }
  return set;
}
