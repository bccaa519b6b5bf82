/* hashiya-test-util.c — helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hashiya-test-util.h"

HashiyaText *
hashiya_test_sample_text (void)
{
  g_autoptr(GBytes) bytes = hashiya_core_get_sample ();
  g_autoptr(GError) error = NULL;
  HashiyaText *text;

  g_assert_nonnull (bytes);
  text = hashiya_text_new_from_bytes (bytes, &error);
  g_assert_no_error (error);

  return text;
}

HashiyaDocument *
hashiya_test_sample_document (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();

  return hashiya_document_new (text, catalog);
}

/* The article over and over, to at least @min_bytes of text, with the
 * catalogue's matches made mentions of @status: a big document that
 * reads like a real one. */
HashiyaDocument *
hashiya_test_big_document (gsize                min_bytes,
                           HashiyaMentionStatus status)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autoptr(GString) data = g_string_sized_new (min_bytes + g_bytes_get_size (sample));
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document;

  while (data->len < min_bytes)
    g_string_append_len (data, g_bytes_get_data (sample, NULL), (gssize) g_bytes_get_size (sample));
  text = hashiya_text_new (data->str, data->len, &error);
  g_assert_no_error (error);
  document = hashiya_document_new (text, catalog);
  hashiya_document_suggest (document, status);
  return document;
}

char *
hashiya_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hashiya-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* The user's cache folder (where corpora keep their index) made the
 * test's own, before anything asks for it, and open to the unprivileged
 * user some tests run programs as. Returns: (transfer full): its path */
char *
hashiya_test_own_cache (void)
{
  char *cache = hashiya_test_make_tmpdir ();

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_chmod (cache, 0755);
  return cache;
}

/* The user's cache and data folders (recent files, drafts) in @root, for
 * a window test program, before anything asks for them. */
void
hashiya_test_own_xdg_folders (const char *root)
{
  g_autofree char *cache = g_build_filename (root, "cache", NULL);
  g_autofree char *data = g_build_filename (root, "data", NULL);

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
}

void
hashiya_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          g_chmod (child, 0700);
          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            hashiya_test_remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_chmod (path, 0700);
  g_rmdir (path);
}

char *
hashiya_test_write_file (const char *dir,
                         const char *name,
                         const char *contents,
                         gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

char *
hashiya_test_read_file (const char *path,
                        gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

char *
hashiya_test_replace (const char *haystack,
                      const char *from,
                      const char *to)
{
  g_auto(GStrv) parts = g_strsplit (haystack, from, -1);

  g_assert_cmpuint (g_strv_length (parts), >, 1);
  return g_strjoinv (to, parts);
}

/**
 * hashiya_test_assert_iob2:
 *
 * Checks a CoNLL export as conlleval and spaCy read it: "-DOCSTART- O"
 * and a blank line, then a token and a tag a line, separated by one
 * space; tags O, B-X or I-X; every I-X right after a B-X or I-X of the
 * same sentence (IOB2: an I- never starts a chunk); the file ends with a
 * blank line.
 *
 * Returns: how many chunks (B- tags)
 */
guint
hashiya_test_assert_iob2 (const char *conll)
{
  g_auto(GStrv) lines = g_strsplit (conll, "\n", -1);
  g_autoptr(GRegex) tag = g_regex_new ("^(O|[BI]-[^ ]+)$", 0, 0, NULL);
  g_autofree char *previous = g_strdup ("O");
  guint n_chunks = 0;
  guint n = g_strv_length (lines);

  g_assert_cmpstr (lines[0], ==, "-DOCSTART- O");
  g_assert_cmpstr (lines[1], ==, "");
  g_assert_true (g_str_has_suffix (conll, "\n\n"));
  for (guint i = 2; i < n; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        {
          g_free (previous);
          previous = g_strdup ("O");
          continue;
        }
      fields = g_strsplit (lines[i], " ", -1);
      if (g_strv_length (fields) != 2 || fields[0][0] == '\0' || !g_regex_match (tag, fields[1], 0, NULL))
        g_error ("line %u is not TOKEN TAG: “%s”", i + 1, lines[i]);
      if (fields[1][0] == 'I' && (previous[0] == 'O' || strcmp (previous + 1, fields[1] + 1) != 0))
        g_error ("line %u: %s after %s: an I- that continues no chunk", i + 1, fields[1], previous);
      if (fields[1][0] == 'B')
        n_chunks++;
      g_free (previous);
      previous = g_strdup (fields[1]);
    }
  return n_chunks;
}

static gboolean
late_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * hashiya_test_wait_for:
 *
 * Runs the default main context until @ready says so; fails the test
 * after @seconds.
 */
void
hashiya_test_wait_for (gboolean (*ready) (gpointer data),
                         gpointer   data,
                         guint      seconds)
{
  gboolean late = FALSE;
  guint id = g_timeout_add_seconds (seconds, late_cb, &late);

  while (!ready (data) && !late)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ready (data));
  if (!late)
    g_source_remove (id);
}

/* For hashiya_test_wait_for(): a gboolean that became TRUE. */
gboolean
hashiya_test_flag_set (gpointer flag)
{
  return *(gboolean *) flag;
}

/* For hashiya_test_wait_for(): a pointer that was set. */
gboolean
hashiya_test_pointer_set (gpointer location)
{
  return *(gpointer *) location != NULL;
}
