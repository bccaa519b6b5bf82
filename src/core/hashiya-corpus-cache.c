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
 *
 * The file is a checksum of 8 bytes, then the list as a GVariant of three
 * arrays of fixed-size values, which GVariant gives as they are, without
 * a value made and checked for each field of thousands of rows.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include "hashiya-corpus-cache.h"
#include <glib/gstdio.h>

#include <string.h>

#include "hashiya-file.h"
#include "hashiya-format.h"

#define CACHE_NAME "documents.gvariant"
/* Changes with what a row holds and with what the reader reads. */
#define CACHE_VERSION "hashiya-corpus-documents-3"
#define CHECKSUM_SIZE 8

/* The rows, as three arrays (fixed-size: GVariant reads them without a
 * child value a field): their strings, each ended by a NUL (path, sha256,
 * text sha256, catalogue sha256, title, source, date, url, then the tags
 * and the ids of the actors mentioned); their 64-bit numbers (size,
 * mtime); their 32-bit numbers (characters, mentions, suggestions,
 * relations, how many tags, how many actors, then each actor's count). */
#define CACHE_TYPE "(suayatau)"
#define N_ROW_STRINGS 8
#define N_ROW_NUMBERS 6

/* A quick checksum, 8 bytes at a time: against a file cut short or
 * garbled, not against anyone. */
static guint64
checksum (const guint8 *data,
          gsize         n_bytes)
{
  guint64 hash = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^ n_bytes;
  gsize i = 0;

  for (; i + 8 <= n_bytes; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, 8);
      hash = (hash ^ word) * G_GUINT64_CONSTANT (0x100000001B3);
      hash ^= hash >> 29;
    }
  for (; i < n_bytes; i++)
    hash = (hash ^ data[i]) * G_GUINT64_CONSTANT (0x100000001B3);
  return GUINT64_TO_LE (hash);
}

/* The next @n strings, each up to its NUL, valid UTF-8 (a title shown,
 * a path opened); %FALSE where the list ends before them. */
static gboolean
next_strings (const char **at,
              const char  *end,
              const char **strings,
              guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      const char *nul = memchr (*at, '\0', (gsize) (end - *at));

      if (nul == NULL || !g_utf8_validate_len (*at, (gsize) (nul - *at), NULL))
        return FALSE;
      strings[i] = *at;
      *at = nul + 1;
    }
  return TRUE;
}

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
  g_autoptr(GBytes) file_bytes = hashiya_file_read (path, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) cache = NULL;
  g_autoptr(GVariant) strings = NULL;
  g_autoptr(GVariant) longs = NULL;
  g_autoptr(GVariant) numbers = NULL;
  g_autofree char *version = NULL;
  guint format_version = 0;
  const char *string_at, *string_end;
  const guint64 *long_values;
  const guint32 *values;
  gsize n_strings = 0, n_longs = 0, n_values = 0, v = 0;
  gsize n_file = 0;
  const guint8 *data;
  guint64 sum;

  if (file_bytes == NULL)
    return g_steal_pointer (&rows);
  data = g_bytes_get_data (file_bytes, &n_file);
  if (n_file < CHECKSUM_SIZE)
    return g_steal_pointer (&rows);
  memcpy (&sum, data, CHECKSUM_SIZE);
  if (sum != checksum (data + CHECKSUM_SIZE, n_file - CHECKSUM_SIZE))
    return g_steal_pointer (&rows);
  bytes = g_bytes_new_from_bytes (file_bytes, CHECKSUM_SIZE, n_file - CHECKSUM_SIZE);
  cache = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (CACHE_TYPE), bytes, FALSE));
  g_variant_get_child (cache, 0, "s", &version);
  g_variant_get_child (cache, 1, "u", &format_version);
  if (g_strcmp0 (version, CACHE_VERSION) != 0 || format_version != HASHIYA_FORMAT_VERSION)
    return g_steal_pointer (&rows);

  strings = g_variant_get_child_value (cache, 2);
  longs = g_variant_get_child_value (cache, 3);
  numbers = g_variant_get_child_value (cache, 4);
  string_at = g_variant_get_fixed_array (strings, &n_strings, 1);
  string_end = string_at + n_strings;
  long_values = g_variant_get_fixed_array (longs, &n_longs, sizeof (guint64));
  values = g_variant_get_fixed_array (numbers, &n_values, sizeof (guint32));

  for (gsize l = 0; l + 2 <= n_longs; l += 2)
    {
      g_autoptr(HashiyaCorpusRow) row = _hashiya_corpus_row_new ();
      const char *fields[N_ROW_STRINGS];
      guint n_tags, n_actors;

      /* A list cut short or garbled in a way the checksum missed ends
       * here, within its arrays. */
      if (v + N_ROW_NUMBERS > n_values)
        break;
      n_tags = values[v + 4];
      n_actors = values[v + 5];
      if (n_tags > n_values || n_actors > n_values - v - N_ROW_NUMBERS ||
          !next_strings (&string_at, string_end, fields, N_ROW_STRINGS))
        break;
      row->size = long_values[l];
      row->mtime = (gint64) long_values[l + 1];
      row->n_characters = values[v];
      row->n_mentions = values[v + 1];
      row->n_suggestions = values[v + 2];
      row->n_relations = values[v + 3];
      v += N_ROW_NUMBERS;

      row->sha256 = g_strdup (fields[1]);
      row->text_sha256 = g_strdup (or_null (fields[2]));
      row->catalog_sha256 = g_strdup (or_null (fields[3]));
      row->metadata->title = g_strdup (or_null (fields[4]));
      row->metadata->source = g_strdup (or_null (fields[5]));
      row->metadata->date = g_strdup (or_null (fields[6]));
      row->metadata->url = g_strdup (or_null (fields[7]));
      g_strfreev (row->metadata->tags);
      row->metadata->tags = g_new0 (char *, n_tags + 1);
      for (guint i = 0; i < n_tags; i++)
        {
          const char *tag;

          if (!next_strings (&string_at, string_end, &tag, 1))
            return g_steal_pointer (&rows);
          row->metadata->tags[i] = g_strdup (tag);
        }
      for (guint i = 0; i < n_actors; i++, v++)
        {
          const char *actor;

          if (!next_strings (&string_at, string_end, &actor, 1))
            return g_steal_pointer (&rows);
          g_hash_table_insert (row->actor_counts, (gpointer) g_intern_string (actor), GUINT_TO_POINTER (values[v]));
        }
      if (fields[0][0] == '\0' || fields[1][0] == '\0')
        continue;
      g_hash_table_insert (rows, g_strdup (fields[0]), g_steal_pointer (&row));
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
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(GString) strings = g_string_new (NULL);
  g_autoptr(GArray) longs = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint64 sum;

  for (guint i = 0; i < rows->len; i++)
    {
      const HashiyaCorpusRow *row = g_ptr_array_index (rows, i);
      const char *fields[N_ROW_STRINGS] = {
        g_ptr_array_index (paths, i), row->sha256, row->text_sha256, row->catalog_sha256, row->metadata->title,
        row->metadata->source, row->metadata->date, row->metadata->url,
      };
      guint32 row_numbers[N_ROW_NUMBERS] = {
        row->n_characters, row->n_mentions, row->n_suggestions, row->n_relations,
        row->metadata->tags != NULL ? g_strv_length (row->metadata->tags) : 0, g_hash_table_size (row->actor_counts),
      };
      guint64 row_longs[2] = { row->size, (guint64) row->mtime };
      GHashTableIter iter;
      gpointer key, value;

      if (row->error != NULL || row->sha256 == NULL)
        continue;
      for (guint f = 0; f < N_ROW_STRINGS; f++)
        g_string_append_len (strings, fields[f] ?: "", (gssize) strlen (fields[f] ?: "") + 1);
      for (guint t = 0; row->metadata->tags != NULL && row->metadata->tags[t] != NULL; t++)
        g_string_append_len (strings, row->metadata->tags[t], (gssize) strlen (row->metadata->tags[t]) + 1);
      g_array_append_vals (longs, row_longs, 2);
      g_array_append_vals (numbers, row_numbers, N_ROW_NUMBERS);
      g_hash_table_iter_init (&iter, row->actor_counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint32 count = GPOINTER_TO_UINT (value);

          g_string_append_len (strings, key, (gssize) strlen (key) + 1);
          g_array_append_val (numbers, count);
        }
    }
  cache = g_variant_ref_sink (g_variant_new ("(su@ay@at@au)", CACHE_VERSION, (guint32) HASHIYA_FORMAT_VERSION,
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, strings->str,
                                                                        strings->len, 1),
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_UINT64, longs->data,
                                                                        longs->len, sizeof (guint64)),
                                             g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, numbers->data,
                                                                        numbers->len, sizeof (guint32))));
  data = g_byte_array_sized_new (CHECKSUM_SIZE + g_variant_get_size (cache));
  g_byte_array_set_size (data, CHECKSUM_SIZE + g_variant_get_size (cache));
  g_variant_store (cache, data->data + CHECKSUM_SIZE);
  sum = checksum (data->data + CHECKSUM_SIZE, data->len - CHECKSUM_SIZE);
  memcpy (data->data, &sum, CHECKSUM_SIZE);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));
  if (g_mkdir_with_parents (dir, 0700) == 0)
    hashiya_file_write_atomic (path, bytes, NULL);
}
