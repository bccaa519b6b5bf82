/* hashiya-corpus-add.c — documents added to a corpus, and the metadata of
 * a manifest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-corpus-private.h"
#include "hashiya-csv-table.h"
#include "hashiya-document-load.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* @metadata over @base: each field it has replaces the base's. */
static HashiyaMetadata *
merge_metadata (const HashiyaMetadata *base,
                const HashiyaMetadata *metadata)
{
  HashiyaMetadata *merged = hashiya_metadata_copy (base);

  if (metadata == NULL)
    return merged;
  if (metadata->title != NULL)
    replace_string (&merged->title, metadata->title);
  if (metadata->source != NULL)
    replace_string (&merged->source, metadata->source);
  if (metadata->date != NULL)
    replace_string (&merged->date, metadata->date);
  if (metadata->url != NULL)
    replace_string (&merged->url, metadata->url);
  if (metadata->tags != NULL && metadata->tags[0] != NULL)
    {
      g_strfreev (merged->tags);
      merged->tags = g_strdupv (metadata->tags);
    }
  return merged;
}

/* Where an added file goes: a file of the folder stays where it is (a
 * text becomes the .hashiya beside it); any other goes to the folder's
 * root, as NAME.hashiya. */
static char *
destination_of (GFile *folder,
                GFile *file)
{
  g_autofree char *inside = g_file_get_relative_path (folder, file);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  if (inside != NULL)
    return g_str_has_suffix (inside, ".txt") ? _hashiya_corpus_document_path_for_text (inside)
                                             : g_steal_pointer (&inside);
  name = g_file_get_basename (file);
  stem = hashiya_file_stem (name);
  return g_strconcat (stem, ".hashiya", NULL);
}

/**
 * hashiya_corpus_add_file:
 * @file: a .txt (UTF-8) or a .hashiya
 * @metadata: (nullable): the title, date, source, URL and tags it is
 *   given, over the corpus's defaults
 *
 * Adds a document to the corpus: a text becomes a new .hashiya with the
 * corpus's catalogues, a .hashiya is given them (its actors that the
 * corpus lacks and its mentions use are kept). A file from elsewhere is
 * written at the folder's root as NAME.hashiya, and never over a document
 * of that name; a file of the folder stays where it is. Two documents of
 * the same text are allowed, and said (hashiya_corpus_document_get_same_text_as ()).
 *
 * Returns: (transfer none): the document in the list, or %NULL with
 *   @error set (and nothing written)
 */
HashiyaCorpusDocument *
hashiya_corpus_add_file (HashiyaCorpus          *self,
                         GFile                  *file,
                         const HashiyaMetadata  *metadata,
                         GError                **error)
{
  g_autofree char *path = NULL;
  HashiyaCorpusRow *row;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!_hashiya_corpus_check_writable (self, error))
    return NULL;
  row = _hashiya_corpus_write_added (hashiya_corpus_get_folder (self), _hashiya_corpus_get_file (self), file,
                                     metadata, &path, error);
  if (row == NULL)
    return NULL;
  _hashiya_corpus_set_row (self, path, row);
  return hashiya_corpus_lookup_document (self, path);
}

/**
 * _hashiya_corpus_write_added:
 * @corpus_file: the corpus's corpus.json, as the caller took it
 * @path: (out): where the document is now, relative to @folder
 *
 * The work of hashiya_corpus_add_file () that touches no corpus object,
 * for a worker thread: the document written, and its row.
 *
 * Returns: (transfer full): the row of the written file, or %NULL with
 *   @error set (and nothing written)
 */
HashiyaCorpusRow *
_hashiya_corpus_write_added (GFile                    *folder,
                             const HashiyaCorpusFile  *corpus_file,
                             GFile                    *file,
                             const HashiyaMetadata    *metadata,
                             char                    **path,
                             GError                  **error)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaMetadata) merged = NULL;
  g_autoptr(HashiyaRelationCatalog) relations = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *destination = NULL;
  g_autofree char *local = NULL;
  g_autofree char *source = NULL;
  g_autofree char *inside = NULL;
  g_auto(GStrv) kept = NULL;
  HashiyaCorpusRow *row;
  int lock;

  source = g_file_get_path (file);
  if (source == NULL || (!g_str_has_suffix (source, ".txt") && !g_str_has_suffix (source, ".hashiya")))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: only texts (.txt) and documents (.hashiya) can be added to a corpus"), name);
      return NULL;
    }

  if (g_str_has_suffix (source, ".txt"))
    document = hashiya_document_new_from_text_file (source, corpus_file->catalog, error);
  else
    document = hashiya_document_load_file (source, error);
  if (document == NULL)
    return NULL;

  kept = hashiya_document_replace_catalog (document, corpus_file->catalog);
  relations = hashiya_relation_catalog_copy (corpus_file->relation_catalog);
  _hashiya_document_set_relation_catalog (document, relations);
  merged = merge_metadata (corpus_file->defaults, hashiya_document_get_metadata (document));
  if (!hashiya_document_set_metadata (document, merged, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", source, local_error->message);
      return NULL;
    }
  g_clear_pointer (&merged, hashiya_metadata_free);
  merged = merge_metadata (hashiya_document_get_metadata (document), metadata);
  if (!hashiya_document_set_metadata (document, merged, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", source, local_error->message);
      return NULL;
    }

  destination = destination_of (folder, file);
  {
    g_autoptr(GFile) resolved = g_file_resolve_relative_path (folder, destination);

    local = g_file_get_path (resolved);
  }
  target = g_file_new_for_path (local);
  inside = g_file_get_relative_path (folder, file);
  bytes = hashiya_format_write (document);

  if ((lock = _hashiya_corpus_lock (folder, error)) < 0)
    return NULL;
  /* Never over another document: only a .hashiya of the folder is
   * written in its own place. */
  if ((inside == NULL || g_str_has_suffix (inside, ".txt")) && g_file_query_exists (target, NULL))
    {
      _hashiya_corpus_unlock (lock);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("%s: the corpus has a document of that name already (%s); nothing was added"),
                   source, destination);
      return NULL;
    }
  if (!hashiya_file_write_atomic (local, bytes, error))
    {
      _hashiya_corpus_unlock (lock);
      return NULL;
    }
  row = _hashiya_corpus_row_new ();
  _hashiya_corpus_row_set_file (row, target, bytes);
  _hashiya_corpus_unlock (lock);
  _hashiya_corpus_row_fill (row, document);
  *path = g_steal_pointer (&destination);
  return row;
}

/* The manifest */

typedef struct
{
  HashiyaMetadata *metadata;
} ManifestEdit;

static gboolean
set_manifest_metadata (HashiyaDocument  *document,
                       gpointer          data,
                       gboolean         *changed,
                       GError          **error)
{
  ManifestEdit *edit = data;
  g_autoptr(HashiyaMetadata) merged = merge_metadata (hashiya_document_get_metadata (document), edit->metadata);

  *changed = !hashiya_metadata_equal (merged, hashiya_document_get_metadata (document));
  return !*changed || hashiya_document_set_metadata (document, merged, error);
}

/* The document a manifest's path names, among the @listed paths: itself,
 * or the .hashiya its text became. */
static const char *
lookup_manifest_path (GHashTable *listed,
                      const char *path)
{
  const char *found = g_hash_table_lookup (listed, path);

  if (found == NULL && g_str_has_suffix (path, ".txt"))
    {
      g_autofree char *made = _hashiya_corpus_document_path_for_text (path);

      found = g_hash_table_lookup (listed, made);
    }
  return found;
}

gboolean
hashiya_corpus_import_manifest (HashiyaCorpus  *self,
                                GFile          *manifest,
                                guint          *n_changed,
                                GPtrArray     **problems,
                                GError        **error)
{
  g_autoptr(GHashTable) listed = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _hashiya_corpus_row_free);
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (manifest), FALSE);

  if (n_changed != NULL)
    *n_changed = 0;
  if (problems != NULL)
    *problems = NULL;
  if (!_hashiya_corpus_check_writable (self, error))
    return FALSE;
  listed = _hashiya_corpus_dup_path_set (self);
  if ((found = _hashiya_corpus_run_manifest (hashiya_corpus_get_folder (self), _hashiya_corpus_get_file (self),
                                             listed, manifest, written, rows, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    _hashiya_corpus_set_row (self, g_ptr_array_index (written, i), g_steal_pointer (&rows->pdata[i]));
  if (n_changed != NULL)
    *n_changed = rows->len;
  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return TRUE;
}

/**
 * _hashiya_corpus_run_manifest:
 * @listed: the paths of the corpus's documents (a set: each key its own
 *   value)
 * @written: (element-type utf8): gets the path of each document written
 * @rows: (element-type HashiyaCorpusRow): gets its row, in the same order
 *
 * The work of hashiya_corpus_import_manifest () that touches no corpus
 * object, for a worker thread.
 *
 * Returns: (transfer full) (element-type utf8): the rows that were not
 *   taken, or %NULL with @error set when the manifest cannot be read
 */
GPtrArray *
_hashiya_corpus_run_manifest (GFile                    *folder,
                              const HashiyaCorpusFile  *corpus_file,
                              GHashTable               *listed,
                              GFile                    *manifest,
                              GPtrArray                *written,
                              GPtrArray                *rows,
                              GError                  **error)
{
  g_autoptr(GPtrArray) csv = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_parse_name (manifest);
  g_autofree char *local = g_file_get_path (manifest);

  if ((bytes = hashiya_file_read_limited (local != NULL ? local : name, 64 * 1024 * 1024, error)) == NULL ||
      (csv = hashiya_csv_read (bytes, name, error)) == NULL)
    return NULL;

  for (guint i = 0; i < csv->len; i++)
    {
      HashiyaCsvRow *row = g_ptr_array_index (csv, i);
      guint n_fields = g_strv_length (row->fields);
      g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
      g_autoptr(GError) local_error = NULL;
      g_autoptr(HashiyaCorpusRow) result = NULL;
      g_autofree char *written_path = NULL;
      const char *document;
      ManifestEdit edit;
      gboolean changed = FALSE;

      if (i == 0 && n_fields > 0 && g_ascii_strcasecmp (row->fields[0], "path") == 0)
        continue;
      if (n_fields != 5)
        {
          g_ptr_array_add (found, g_strdup_printf (_("%s:%u: %u fields; each row is path,title,date,source,url"),
                                                   name, row->line, n_fields));
          continue;
        }
      if ((document = lookup_manifest_path (listed, row->fields[0])) == NULL)
        {
          g_ptr_array_add (found, g_strdup_printf (_("%s:%u: “%s” is not a document of the corpus"),
                                                   name, row->line, row->fields[0]));
          continue;
        }
      metadata->title = row->fields[1][0] != '\0' ? g_strdup (row->fields[1]) : NULL;
      metadata->date = row->fields[2][0] != '\0' ? g_strdup (row->fields[2]) : NULL;
      metadata->source = row->fields[3][0] != '\0' ? g_strdup (row->fields[3]) : NULL;
      metadata->url = row->fields[4][0] != '\0' ? g_strdup (row->fields[4]) : NULL;
      if (!hashiya_metadata_check (metadata, &local_error))
        {
          g_ptr_array_add (found, g_strdup_printf ("%s:%u: %s", name, row->line, local_error->message));
          continue;
        }

      edit.metadata = metadata;
      result = _hashiya_corpus_rewrite (folder, corpus_file, document, set_manifest_metadata,
                                        &edit, &changed, &written_path, &local_error);
      if (result == NULL)
        {
          g_ptr_array_add (found, g_strdup_printf ("%s:%u: %s", name, row->line, local_error->message));
          continue;
        }
      if (changed)
        {
          g_ptr_array_add (written, g_steal_pointer (&written_path));
          g_ptr_array_add (rows, g_steal_pointer (&result));
        }
    }
  return g_steal_pointer (&found);
}
