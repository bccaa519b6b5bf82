/* bench-matcher.c — matching speed on 5 MB of Arabic, next to reading it,
 * and relation suggestions on it, next to matching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures and ratios measured side by
 * side in one run, and never fails on them.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <pango/pango.h>

#include "hashiya-core.h"

#define TARGET_BYTES (5u * 1024u * 1024u)
#define ROUNDS 3

/* The bundled article's paragraphs, over and over, to TARGET_BYTES. */
static GBytes *
make_big_text (void)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autofree char *text = g_strndup (g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (paragraphs);
  GString *out = g_string_sized_new (TARGET_BYTES + 4096);

  for (guint i = 0; out->len < TARGET_BYTES; i++)
    {
      const char *paragraph = paragraphs[i % n];

      if (paragraph[0] == '\0')
        continue;
      g_string_append (out, paragraph);
      g_string_append_c (out, '\n');
    }

  return g_string_free_to_bytes (out);
}

typedef double (*BenchFunc) (gpointer data);

/* The best of ROUNDS runs, in seconds. */
static double
best_of (BenchFunc func,
         gpointer  data)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < ROUNDS; i++)
    best = MIN (best, func (data));
  return best;
}

static const char *path;

static double
read_and_validate (gpointer data)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GBytes) bytes = hashiya_file_read (path, NULL);
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (bytes, NULL);

  g_assert_nonnull (text);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
match_only (gpointer data)
{
  HashiyaText *text = data;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GArray) matches = hashiya_matcher_match (matcher, text, NULL);

  g_assert_cmpuint (matches->len, >, 0);
  return (g_get_monotonic_time () - start) / 1e6;
}

static GPtrArray *actor_mentions;
static guint n_relations;

/* The actor matcher's suggestions on the text, as the mentions that
 * relations link. */
static GPtrArray *
suggested_mentions (HashiyaText *text)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);
  g_autoptr(GArray) matches = hashiya_matcher_match (matcher, text, NULL);
  GPtrArray *mentions = g_ptr_array_new_full (matches->len, g_object_unref);

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
      HashiyaMention *mention = hashiya_mention_new ("m", match->start, match->end, match->actor);

      hashiya_mention_set_mention_type (mention, match->type);
      g_ptr_array_add (mentions, mention);
    }
  return mentions;
}

static double
suggest_relations (gpointer data)
{
  HashiyaText *text = data;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GArray) matches = hashiya_relation_matcher_match (matcher, text,
                                                              (HashiyaMention * const *) actor_mentions->pdata,
                                                              actor_mentions->len, NULL);

  n_relations = matches->len;
  return (g_get_monotonic_time () - start) / 1e6;
}

static guint n_suggested;

static double
read_match_and_add (gpointer data)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(HashiyaDocument) document = hashiya_document_open_file (path, NULL, NULL);

  n_suggested = hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED);
  return (g_get_monotonic_time () - start) / 1e6;
}

static guint n_boundaries;

/* Every offset asked, one at a time, as spans and matches ask. */
static double
boundaries_ours (gpointer data)
{
  HashiyaText *text = data;
  guint length = hashiya_text_get_length (text);
  gint64 start = g_get_monotonic_time ();

  n_boundaries = 0;
  for (guint offset = 0; offset <= length; offset++)
    n_boundaries += hashiya_text_is_boundary (text, offset);
  return (g_get_monotonic_time () - start) / 1e6;
}

/* Pango's cursor positions for the whole text at once, its fastest use. */
static double
boundaries_pango (gpointer data)
{
  HashiyaText *text = data;
  gsize size = 0;
  const char *bytes = hashiya_text_get_data (text, &size);
  guint length = hashiya_text_get_length (text);
  g_autofree PangoLogAttr *attrs = g_new (PangoLogAttr, length + 1);
  gint64 start = g_get_monotonic_time ();
  guint n = 0;

  pango_get_log_attrs (bytes, (int) size, -1, pango_language_from_string ("ar"), attrs, (int) length + 1);
  for (guint offset = 0; offset <= length; offset++)
    n += attrs[offset].is_cursor_position;
  g_assert_cmpuint (n, ==, n_boundaries);
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GBytes) big = make_big_text ();
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (big, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hashiya-bench-XXXXXX", &error);
  g_autofree char *file = g_build_filename (dir, "big.txt", NULL);
  double mb = g_bytes_get_size (big) / (1024.0 * 1024.0);
  double t_read, t_match, t_suggest, t_relations, t_ours, t_pango;

  g_assert_no_error (error);
  hashiya_core_init ();
  g_file_set_contents (file, g_bytes_get_data (big, NULL), (gssize) g_bytes_get_size (big), &error);
  g_assert_no_error (error);
  path = file;

  t_read = best_of (read_and_validate, NULL);
  t_match = best_of (match_only, text);
  t_suggest = best_of (read_match_and_add, NULL);
  actor_mentions = suggested_mentions (text);
  t_relations = best_of (suggest_relations, text);
  t_ours = best_of (boundaries_ours, text);
  t_pango = best_of (boundaries_pango, text);

  g_print ("Matching %.1f MiB of Arabic (%u characters), best of %d runs:\n",
           mb, hashiya_text_get_length (text), ROUNDS);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio 1.00\n", "read + UTF-8 validate (baseline)", t_read, mb / t_read);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio %.2f\n", "match the catalogue", t_match, mb / t_match,
           t_match / t_read);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio %.2f  (%u mentions)\n", "read + match + add as suggestions",
           t_suggest, mb / t_suggest, t_suggest / t_read, n_suggested);
  g_print ("Target: matching at 20 MiB/s or more: %s\n", mb / t_match >= 20 ? "met" : "missed");
  g_print ("Relations of the same text, with its %u actor suggestions as mentions, best of %d runs:\n",
           actor_mentions->len, ROUNDS);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio 1.00\n", "match the catalogue (baseline)", t_match, mb / t_match);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio %.2f  (%u relations)\n", "suggest relations", t_relations,
           mb / t_relations, t_relations / t_match, n_relations);
  g_print ("Target: suggesting relations at 10 MiB/s or more: %s\n", mb / t_relations >= 10 ? "met" : "missed");
  g_print ("Grapheme cluster boundaries of the same text (%u), best of %d runs:\n", n_boundaries, ROUNDS);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio 1.00\n", "Pango, whole text (baseline)", t_pango, mb / t_pango);
  g_print ("  %-40s %8.3f s  %8.1f MiB/s  ratio %.2f\n", "Hashiya, every offset asked alone", t_ours,
           mb / t_ours, t_ours / t_pango);

  g_ptr_array_unref (actor_mentions);
  g_unlink (file);
  g_rmdir (dir);
  return 0;
}
