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
destination_of (HashiyaCorpus *self,
                GFile         *file)
{
  g_autofree char *inside = g_file_get_relative_path (hashiya_corpus_get_folder (self), file);
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
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaMetadata) merged = NULL;
  g_autoptr(HashiyaRelationCatalog) relations = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *local = NULL;
  g_autofree char *source = NULL;
  g_autofree char *inside = NULL;
  g_auto(GStrv) kept = NULL;
  HashiyaCorpusRow *row;
  int lock;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!_hashiya_corpus_check_writable (self, error))
    return NULL;
  source = g_file_get_path (file);
  if (source == NULL || (!g_str_has_suffix (source, ".txt") && !g_str_has_suffix (source, ".hashiya")))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: only texts (.txt) and documents (.hashiya) can be added to a corpus"), name);
      return NULL;
    }

  if (g_str_has_suffix (source, ".txt"))
    document = hashiya_document_new_from_text_file (source, hashiya_corpus_get_catalog (self), error);
  else
    document = hashiya_document_load_file (source, error);
  if (document == NULL)
    return NULL;

  kept = hashiya_document_replace_catalog (document, hashiya_corpus_get_catalog (self));
  relations = hashiya_relation_catalog_copy (hashiya_corpus_get_relation_catalog (self));
  _hashiya_document_set_relation_catalog (document, relations);
  merged = merge_metadata (hashiya_corpus_get_defaults (self), hashiya_document_get_metadata (document));
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

  path = destination_of (self, file);
  local = _hashiya_corpus_dup_local_path (self, path);
  target = g_file_new_for_path (local);
  inside = g_file_get_relative_path (hashiya_corpus_get_folder (self), file);
  bytes = hashiya_format_write (document);

  if ((lock = _hashiya_corpus_lock (hashiya_corpus_get_folder (self), error)) < 0)
    return NULL;
  /* Never over another document: only a .hashiya of the folder is
   * written in its own place. */
  if ((inside == NULL || g_str_has_suffix (inside, ".txt")) && g_file_query_exists (target, NULL))
    {
      _hashiya_corpus_unlock (lock);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("%s: the corpus has a document of that name already (%s); nothing was added"),
                   source, path);
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
  _hashiya_corpus_set_row (self, path, row);
  return hashiya_corpus_lookup_document (self, path);
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

/* The document a manifest's path names: itself, or the .hashiya its text
 * became. */
static HashiyaCorpusDocument *
lookup_manifest_path (HashiyaCorpus *self,
                      const char    *path)
{
  HashiyaCorpusDocument *document = hashiya_corpus_lookup_document (self, path);

  if (document == NULL && g_str_has_suffix (path, ".txt"))
    {
      g_autofree char *made = _hashiya_corpus_document_path_for_text (path);

      document = hashiya_corpus_lookup_document (self, made);
    }
  return document;
}

/**
 * hashiya_corpus_import_manifest:
 * @manifest: a CSV of path,title,date,source,url: a path relative to the
 *   folder (a document, or the text it was made of); an empty field leaves
 *   the document's value as it is. A first row that starts with "path" is
 *   the header.
 * @n_changed: (out) (optional): how many documents were written
 * @problems: (out) (optional) (element-type utf8): the rows that were not
 *   taken, each "MANIFEST:LINE: why"
 *
 * Gives documents of the corpus the metadata of a manifest, each file
 * read again and written atomically. Bad rows are listed and skipped; the
 * other rows are taken.
 *
 * Returns: %FALSE with @error set when the manifest as a whole cannot be
 *   read (nothing is written then)
 */
gboolean
hashiya_corpus_import_manifest (HashiyaCorpus  *self,
                                GFile          *manifest,
                                guint          *n_changed,
                                GPtrArray     **problems,
                                GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  guint changed_count = 0;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (manifest), FALSE);

  if (n_changed != NULL)
    *n_changed = 0;
  if (problems != NULL)
    *problems = NULL;
  if (!_hashiya_corpus_check_writable (self, error))
    return FALSE;
  name = g_file_get_parse_name (manifest);
  {
    g_autofree char *local = g_file_get_path (manifest);

    if ((bytes = hashiya_file_read_limited (local != NULL ? local : name, 64 * 1024 * 1024, error)) == NULL ||
        (rows = hashiya_csv_read (bytes, name, error)) == NULL)
      return FALSE;
  }

  for (guint i = 0; i < rows->len; i++)
    {
      HashiyaCsvRow *row = g_ptr_array_index (rows, i);
      guint n_fields = g_strv_length (row->fields);
      g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
      g_autoptr(GError) local_error = NULL;
      g_autoptr(HashiyaCorpusRow) result = NULL;
      g_autofree char *written = NULL;
      HashiyaCorpusDocument *document;
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
      if ((document = lookup_manifest_path (self, row->fields[0])) == NULL)
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
      result = _hashiya_corpus_rewrite (hashiya_corpus_get_folder (self), _hashiya_corpus_get_file (self),
                                        hashiya_corpus_document_get_path (document), set_manifest_metadata,
                                        &edit, &changed, &written, &local_error);
      if (result == NULL)
        {
          g_ptr_array_add (found, g_strdup_printf ("%s:%u: %s", name, row->line, local_error->message));
          continue;
        }
      if (changed)
        {
          changed_count++;
          _hashiya_corpus_set_row (self, written, g_steal_pointer (&result));
        }
    }

  if (n_changed != NULL)
    *n_changed = changed_count;
  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  return TRUE;
}
