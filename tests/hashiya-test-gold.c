/* hashiya-test-gold.c — reads the gold brat standoff of the bundled article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-gold.h"

static void
gold_mention_free (HashiyaGoldMention *gold)
{
  g_free (gold->actor);
  g_free (gold->text);
  g_free (gold);
}

/* T lines give the span, N lines the actor ("hashiya:<id>"), A lines the
 * mention type. Returns the mentions in file order. */
GPtrArray *
hashiya_test_load_gold (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7.ann", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) gold_mention_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_auto(GStrv) words = NULL;
      HashiyaGoldMention *gold;

      if (g_strv_length (fields) < 2)
        continue;
      words = g_strsplit (fields[1], " ", -1);

      if (fields[0][0] == 'T')
        {
          gold = g_new0 (HashiyaGoldMention, 1);
          gold->start = (guint) g_ascii_strtoull (words[1], NULL, 10);
          gold->end = (guint) g_ascii_strtoull (words[2], NULL, 10);
          gold->text = g_strdup (fields[2]);
          g_ptr_array_add (mentions, gold);
          g_hash_table_insert (by_id, g_strdup (fields[0]), gold);
        }
      else if (fields[0][0] == 'N')
        {
          gold = g_hash_table_lookup (by_id, words[1]);
          g_assert_nonnull (gold);
          g_assert_true (g_str_has_prefix (words[2], "hashiya:"));
          gold->actor = g_strdup (words[2] + strlen ("hashiya:"));
        }
      else if (fields[0][0] == 'A')
        {
          int type = 0;

          gold = g_hash_table_lookup (by_id, words[1]);
          g_assert_nonnull (gold);
          g_assert_true (hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, words[2], &type));
          gold->type = type;
        }
    }

  g_assert_cmpuint (mentions->len, ==, 71);
  return mentions;
}

/* The bundled article. */
char *
hashiya_test_sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "000_b41194bbb65cbdc7.txt", NULL);
}

/* The article with the gold mentions, through the brat importer. */
HashiyaDocument *
hashiya_test_import_gold (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document;

  document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return document;
}

/* Same spans, actors, types, statuses and notes, in the same order. */
void
hashiya_test_assert_same_mentions (HashiyaDocument *a,
                                   HashiyaDocument *b)
{
  guint n = hashiya_document_get_n_mentions (a);

  g_assert_cmpuint (hashiya_document_get_n_mentions (b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *x = hashiya_document_get_mention (a, i);
      HashiyaMention *y = hashiya_document_get_mention (b, i);

      g_assert_cmpuint (hashiya_mention_get_start (x), ==, hashiya_mention_get_start (y));
      g_assert_cmpuint (hashiya_mention_get_end (x), ==, hashiya_mention_get_end (y));
      g_assert_cmpstr (hashiya_mention_get_actor (x), ==, hashiya_mention_get_actor (y));
      g_assert_cmpint (hashiya_mention_get_mention_type (x), ==, hashiya_mention_get_mention_type (y));
      g_assert_cmpint (hashiya_mention_get_status (x), ==, hashiya_mention_get_status (y));
      g_assert_cmpstr (hashiya_mention_get_note (x), ==, hashiya_mention_get_note (y));
    }
}
