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

#include "hashiya-corpus-scan.h"

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
