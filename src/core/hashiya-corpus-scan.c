/* hashiya-corpus-scan.c — the files of a corpus folder, and what each
 * says about itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A corpus's documents are the .hashiya files under its folder, in any
 * subfolder, and the .txt files that have no .hashiya of the same name
 * beside them (texts put there, not yet annotated). Hidden files and
 * folders (".git") are not looked at, nor folders reached through links.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-corpus-private.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"

#define ATTRIBUTES G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
                   G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
                   G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC

void
_hashiya_corpus_entry_free (HashiyaCorpusEntry *entry)
{
  g_free (entry->path);
  g_clear_error (&entry->error);
  g_free (entry);
}

gboolean
_hashiya_corpus_is_document_name (const char *name)
{
  return name[0] != '.' && (g_str_has_suffix (name, ".hashiya") || g_str_has_suffix (name, ".txt"));
}

static gint64
info_mtime (GFileInfo *info)
{
  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

static void
add_entry (GPtrArray  *entries,
           const char *path,
           GFileInfo  *info,
           GError     *error)
{
  HashiyaCorpusEntry *entry = g_new0 (HashiyaCorpusEntry, 1);

  entry->path = g_strdup (path);
  if (info != NULL)
    {
      entry->size = (guint64) g_file_info_get_size (info);
      entry->mtime = info_mtime (info);
    }
  entry->error = error;
  g_ptr_array_add (entries, entry);
}

static gboolean
list_folder (GFile         *folder,
             const char    *prefix,
             GPtrArray     *entries,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GHashTable) documents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local_error = NULL;

  enumerator = g_file_enumerate_children (folder, ATTRIBUTES, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                          cancellable, &local_error);
  if (enumerator == NULL)
    {
      g_autofree char *where = g_file_get_path (folder);

      if (prefix[0] == '\0' || g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_set_error (error, local_error->domain, local_error->code, "%s: %s", where, local_error->message);
          return FALSE;
        }
      /* A subfolder that cannot be read is listed with its reason. */
      add_entry (entries, prefix, NULL, g_error_new (local_error->domain, local_error->code,
                                                     _("%s: the folder cannot be read: %s"), prefix,
                                                     local_error->message));
      return TRUE;
    }

  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      const char *name;
      g_autofree char *path = NULL;
      GFileType type;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, cancellable, error))
        return FALSE;
      if (info == NULL)
        break;
      name = g_file_info_get_name (info);
      if (name[0] == '.')
        continue;
      path = g_strconcat (prefix, name, NULL);
      type = g_file_info_get_file_type (info);
      if (type == G_FILE_TYPE_SYMBOLIC_LINK && _hashiya_corpus_is_document_name (name))
        {
          /* A link to a file is the file; a link to a folder is not
           * followed (it may lead back up). */
          g_autoptr(GFileInfo) target = g_file_query_info (child, ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                                           cancellable, NULL);

          if (target != NULL && g_file_info_get_file_type (target) == G_FILE_TYPE_REGULAR)
            {
              g_object_set_data_full (G_OBJECT (target), "path", g_strdup (path), g_free);
              if (g_str_has_suffix (name, ".txt"))
                g_ptr_array_add (texts, g_steal_pointer (&target));
              else
                {
                  g_hash_table_add (documents, g_strdup (path));
                  add_entry (entries, path, target, NULL);
                }
            }
          continue;
        }
      if (type == G_FILE_TYPE_DIRECTORY)
        {
          g_autofree char *sub = g_strconcat (path, "/", NULL);

          if (!list_folder (child, sub, entries, cancellable, error))
            return FALSE;
          continue;
        }
      if (type != G_FILE_TYPE_REGULAR || !_hashiya_corpus_is_document_name (name))
        continue;
      if (g_str_has_suffix (name, ".txt"))
        {
          g_object_set_data_full (G_OBJECT (info), "path", g_strdup (path), g_free);
          g_ptr_array_add (texts, g_object_ref (info));
        }
      else
        {
          g_hash_table_add (documents, g_strdup (path));
          add_entry (entries, path, info, NULL);
        }
    }

  /* A text with its .hashiya beside it was added: the .hashiya is the
   * document. */
  for (guint i = 0; i < texts->len; i++)
    {
      GFileInfo *info = g_ptr_array_index (texts, i);
      const char *path = g_object_get_data (G_OBJECT (info), "path");
      g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".txt"));
      g_autofree char *document = g_strconcat (stem, ".hashiya", NULL);

      if (!g_hash_table_contains (documents, document))
        add_entry (entries, path, info, NULL);
    }
  return TRUE;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const HashiyaCorpusEntry *x = *(HashiyaCorpusEntry * const *) a;
  const HashiyaCorpusEntry *y = *(HashiyaCorpusEntry * const *) b;

  return strcmp (x->path, y->path);
}

/**
 * _hashiya_corpus_list_files:
 *
 * Returns: (element-type HashiyaCorpusEntry): the documents of the folder,
 *   sorted by path, with their sizes and times, or %NULL when the folder
 *   itself cannot be read
 */
GPtrArray *
_hashiya_corpus_list_files (GFile         *folder,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) _hashiya_corpus_entry_free);

  if (!list_folder (folder, "", entries, cancellable, error))
    return NULL;
  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

/* The size, time and SHA-256 of the file as @bytes were read from it. */
void
_hashiya_corpus_row_set_file (HashiyaCorpusRow *row,
                              GFile            *file,
                              GBytes           *bytes)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    {
      row->size = (guint64) g_file_info_get_size (info);
      row->mtime = info_mtime (info);
    }
  g_free (row->sha256);
  row->sha256 = bytes != NULL ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes) : NULL;
}

/**
 * _hashiya_corpus_read_row:
 * @catalog: (nullable): for a text, the catalogue of the document made
 *   of it
 * @document: (out) (optional): the document read, or made of the text
 *
 * Reads one file of the corpus. Never fails: a file that cannot be read
 * gets a row that says why ("PATH: …").
 */
HashiyaCorpusRow *
_hashiya_corpus_read_row (GFile                   *file,
                          const char              *path,
                          HashiyaCatalog          *catalog,
                          HashiyaRelationCatalog  *relation_catalog,
                          HashiyaDocument        **document)
{
  g_autoptr(HashiyaCorpusRow) row = _hashiya_corpus_row_new ();
  g_autoptr(HashiyaDocument) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *local = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (document != NULL)
    *document = NULL;

  /* The time first: a change while the file is read shows as a newer
   * time at the next look. */
  _hashiya_corpus_row_set_file (row, file, NULL);
  if (g_str_has_suffix (path, ".txt"))
    {
      g_autoptr(HashiyaText) text = NULL;

      bytes = hashiya_file_read_limited (local, (guint64) HASHIYA_TEXT_MAX_MIB * 1024 * 1024 + 3, &error);
      if (bytes != NULL && (text = hashiya_text_new_from_bytes (bytes, &error)) == NULL)
        g_prefix_error (&error, "%s: ", path);
      if (text != NULL)
        {
          g_autoptr(HashiyaCatalog) copy = catalog != NULL ? hashiya_catalog_copy (catalog) : hashiya_catalog_new (NULL);

          read = hashiya_document_new (text, copy);
          if (relation_catalog != NULL)
            {
              g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_copy (relation_catalog);

              _hashiya_document_set_relation_catalog (read, relations);
            }
        }
    }
  else
    {
      bytes = hashiya_file_read_limited (local, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, &error);
      if (bytes != NULL)
        read = hashiya_format_read (bytes, path, &error);
    }

  if (bytes != NULL)
    row->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (read == NULL)
    {
      /* I/O errors name the full path; the list names the file by its
       * path in the corpus. */
      if (bytes == NULL)
        {
          g_autoptr(GError) named = g_error_new_literal (error->domain, error->code,
                                                         error->message);

          if (g_str_has_prefix (named->message, local))
            {
              g_autofree char *message = g_strconcat (path, named->message + strlen (local), NULL);

              g_free (named->message);
              named->message = g_steal_pointer (&message);
            }
          g_clear_error (&error);
          error = g_steal_pointer (&named);
        }
      row->error = g_steal_pointer (&error);
      return g_steal_pointer (&row);
    }

  _hashiya_corpus_row_fill (row, read);
  if (g_str_has_suffix (path, ".txt"))
    g_clear_pointer (&row->catalog_sha256, g_free);
  if (document != NULL)
    *document = g_steal_pointer (&read);
  return g_steal_pointer (&row);
}
