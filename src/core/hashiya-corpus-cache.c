/* hashiya-corpus-cache.c — the document list of a corpus, kept between
 * runs in the corpus's cache folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a corpus of thousands of documents must not read them all: the
 * rows of the list (sizes, times, checksums, metadata, counts) are kept in
 * "documents.gvariant" in the corpus's cache folder, and a file whose size
 * and time are those of its row is not read again. The file is a cache:
 * missing, of another version, truncated or garbled, it is ignored (every
 * file is read) and written again; the folder is never the worse for it.
 * Rows of files that cannot be read are not kept: they are read again.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include "hashiya-corpus-cache.h"
#include <glib/gstdio.h>

#include "hashiya-file.h"
#include "hashiya-format.h"

#define CACHE_NAME "documents.gvariant"
/* Changes with what a row holds and with what the reader reads. */
#define CACHE_VERSION "hashiya-corpus-documents-2"

/* path, size, mtime, sha256, text sha256, catalogue sha256, title, source,
 * date, url, tags, characters, mentions, suggestions, relations, the ids
 * of the actors mentioned and their counts */
#define ROW_TYPE "(stxsssssssasuuuuasau)"
#define ROW_TYPE_PUT "(stxsssssss^asuuuu^as@au)"
#define ROW_TYPE_GET "(&stx&s&s&s&s&s&s&s^asuuuu^a&s@au)"
#define CACHE_TYPE "(sua" ROW_TYPE ")"

static const char *
or_null (const char *value)
{
  return value[0] != '\0' ? value : NULL;
}

/**
 * _hashiya_corpus_cache_read:
 *
 * Returns: (transfer full): path → HashiyaCorpusRow, empty when there is
 *   no cache to trust
 */
GHashTable *
_hashiya_corpus_cache_read (GFile *cache_dir)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) _hashiya_corpus_row_free);
  g_autoptr(GFile) file = g_file_get_child (cache_dir, CACHE_NAME);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GBytes) bytes = hashiya_file_read (path, NULL);
  g_autoptr(GVariant) cache = NULL;
  g_autoptr(GVariant) list = NULL;
  g_autofree char *version = NULL;
  guint format_version = 0;
  GVariantIter iter;
  GVariant *item;

  if (bytes == NULL)
    return g_steal_pointer (&rows);
  cache = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE_TYPE), bytes, FALSE));
  /* Garbled data reads as empty values, never out of bounds. */
  g_variant_get_child (cache, 0, "s", &version);
  g_variant_get_child (cache, 1, "u", &format_version);
  if (g_strcmp0 (version, CACHE_VERSION) != 0 || format_version != HASHIYA_FORMAT_VERSION)
    return g_steal_pointer (&rows);

  list = g_variant_get_child_value (cache, 2);
  g_variant_iter_init (&iter, list);
  while ((item = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_autoptr(GVariant) owned = item;
      g_autoptr(HashiyaCorpusRow) row = _hashiya_corpus_row_new ();
      g_autoptr(GVariant) counts = NULL;
      g_autofree const char **actors = NULL;
      const char *row_path, *sha256, *text_sha256, *catalog_sha256, *title, *source, *date, *url;
      const guint32 *values;
      char **tags = NULL;
      gsize n_values = 0;
      guint n_actors;

      g_variant_get (item, ROW_TYPE_GET, &row_path, &row->size, &row->mtime, &sha256, &text_sha256,
                     &catalog_sha256, &title, &source, &date, &url, &tags, &row->n_characters,
                     &row->n_mentions, &row->n_suggestions, &row->n_relations, &actors, &counts);
      values = g_variant_get_fixed_array (counts, &n_values, sizeof (guint32));
      n_actors = g_strv_length ((char **) actors);
      if (row_path[0] == '\0' || sha256[0] == '\0' || n_actors != n_values)
        {
          g_strfreev (tags);
          continue;
        }
      row->sha256 = g_strdup (sha256);
      row->text_sha256 = g_strdup (or_null (text_sha256));
      row->catalog_sha256 = g_strdup (or_null (catalog_sha256));
      row->metadata->title = g_strdup (or_null (title));
      row->metadata->source = g_strdup (or_null (source));
      row->metadata->date = g_strdup (or_null (date));
      row->metadata->url = g_strdup (or_null (url));
      g_strfreev (row->metadata->tags);
      row->metadata->tags = tags;
      for (guint i = 0; i < n_actors; i++)
        g_hash_table_insert (row->actor_counts, (gpointer) g_intern_string (actors[i]), GUINT_TO_POINTER (values[i]));
      g_hash_table_insert (rows, g_strdup (row_path), g_steal_pointer (&row));
    }
  return g_steal_pointer (&rows);
}

/**
 * _hashiya_corpus_cache_write:
 * @paths: the documents' paths
 * @rows: their rows, in the same order
 *
 * Writes the list for the next run, atomically; a cache that cannot be
 * written is no error (the next run reads the files).
 */
void
_hashiya_corpus_cache_write (GFile     *cache_dir,
                             GPtrArray *paths,
                             GPtrArray *rows)
{
  g_autoptr(GFile) file = g_file_get_child (cache_dir, CACHE_NAME);
  g_autofree char *dir = g_file_get_path (cache_dir);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GVariant) cache = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GVariantBuilder list;

  g_variant_builder_init (&list, G_VARIANT_TYPE ("a" ROW_TYPE));
  for (guint i = 0; i < rows->len; i++)
    {
      const HashiyaCorpusRow *row = g_ptr_array_index (rows, i);
      const char * const empty[] = { NULL };
      guint n_actors = g_hash_table_size (row->actor_counts);
      g_autofree const char **actors = g_new0 (const char *, n_actors + 1);
      g_autofree guint32 *values = g_new0 (guint32, n_actors + 1);
      GHashTableIter iter;
      gpointer key, value;
      guint n = 0;

      if (row->error != NULL || row->sha256 == NULL)
        continue;
      g_hash_table_iter_init (&iter, row->actor_counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          actors[n] = key;
          values[n++] = GPOINTER_TO_UINT (value);
        }
      g_variant_builder_add (&list, ROW_TYPE_PUT, g_ptr_array_index (paths, i), row->size, row->mtime, row->sha256,
                             row->text_sha256 ?: "", row->catalog_sha256 ?: "",
                             row->metadata->title ?: "", row->metadata->source ?: "",
                             row->metadata->date ?: "", row->metadata->url ?: "",
                             row->metadata->tags != NULL ? (const char * const *) row->metadata->tags : empty,
                             row->n_characters, row->n_mentions, row->n_suggestions, row->n_relations, actors,
                             g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, values, n_actors, sizeof (guint32)));
    }
  cache = g_variant_ref_sink (g_variant_new (CACHE_TYPE, CACHE_VERSION, (guint32) HASHIYA_FORMAT_VERSION,
                                             &list));
  bytes = g_variant_get_data_as_bytes (cache);
  if (g_mkdir_with_parents (dir, 0700) == 0)
    hashiya_file_write_atomic (path, bytes, NULL);
}
