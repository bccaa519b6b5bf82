/* hashiya-fuzz-targets.c — what the fuzzers feed, shared with the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target takes any bytes. It must never crash, leak or read out of
 * bounds, and what it accepts must keep the promises of the format:
 * these checks abort on a broken promise, which the fuzzer reports.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "hashiya-core.h"
#include "hashiya-csv-table.h"
#include "hashiya-export-formats.h"
#include "hashiya-fts5-tokenizer.h"
#include "hashiya-fuzz-targets.h"

/* abort(), which libFuzzer catches and keeps the input of. */
#define CHECK(cond) do { if (!(cond)) { g_printerr ("broken promise: %s\n", #cond); abort (); } } while (0)

/* The .hashiya reader: a file it accepts saves and reads back to the
 * same bytes, and its mentions lie on the text. */
int
hashiya_fuzz_hashiya (const guint8 *data,
                      gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_format_read (bytes, "fuzz.hashiya", &error);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  HashiyaText *text;

  if (document == NULL)
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.hashiya"));
      return 0;
    }

  text = hashiya_document_get_text (document);
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (hashiya_document_get_mentions (document), i);

      CHECK (hashiya_mention_get_start (mention) < hashiya_mention_get_end (mention));
      CHECK (hashiya_mention_get_end (mention) <= hashiya_text_get_length (text));
      CHECK (hashiya_text_range_equals (text, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                                        hashiya_mention_get_quote_exact (mention)));
    }

  written = hashiya_format_write (document);
  reread = hashiya_format_read (written, "fuzz.hashiya", &error);
  CHECK (reread != NULL);
  again = hashiya_format_write (reread);
  CHECK (g_bytes_equal (written, again));
  return 0;
}

/* The catalogue reader: what it accepts writes and reads back the same. */
int
hashiya_fuzz_catalog (const guint8 *data,
                      gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_read (bytes, "fuzz.json", NULL);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(HashiyaCatalog) reread = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(HashiyaMatcher) matcher = NULL;

  if (catalog == NULL)
    return 0;

  written = hashiya_catalog_write (catalog);
  reread = hashiya_catalog_read (written, "fuzz.json", NULL);
  CHECK (reread != NULL);
  again = hashiya_catalog_write (reread);
  CHECK (g_bytes_equal (written, again));

  /* Any catalogue gives a matcher. */
  matcher = hashiya_matcher_new (catalog);
  CHECK (matcher != NULL);
  return 0;
}

/* Text: validation, offsets, lines, clusters and tidied spans. */
int
hashiya_fuzz_text (const guint8 *data,
                   gsize         size)
{
  g_autoptr(HashiyaText) text = hashiya_text_new ((const char *) data, size, NULL);
  g_autoptr(HashiyaFolded) folded = NULL;
  guint length;

  if (text == NULL)
    return 0;

  length = hashiya_text_get_length (text);
  CHECK (length > 0);
  CHECK (hashiya_text_is_boundary (text, 0) && hashiya_text_is_boundary (text, length));
  for (guint i = 0; i <= length; i += 1 + length / 64)
    {
      guint start = i, end = MIN (length, i + 7);
      guint line = 0, column = 0;

      CHECK (hashiya_text_snap_backward (text, i) <= i && hashiya_text_snap_forward (text, i) >= i);
      CHECK (hashiya_text_is_boundary (text, hashiya_text_snap_backward (text, i)));
      hashiya_text_offset_to_line (text, i, &line, &column);
      CHECK (line >= 1 && line <= hashiya_text_get_n_lines (text) + 1 && column >= 1);
      if (hashiya_text_tidy_span (text, &start, &end))
        CHECK (start < end && end <= length && hashiya_text_is_boundary (text, start) &&
               hashiya_text_is_boundary (text, end));
    }

  folded = hashiya_fold (hashiya_text_get_data (text, NULL), -1);
  CHECK (folded->source_length == length);
  for (guint i = 1; i < folded->length; i++)
    CHECK (folded->origin[i - 1] < folded->origin[i]);
  return 0;
}

/* The matcher, with the built-in catalogue, and find with a query taken
 * from the text itself: every span lies on the text and on boundaries. */
int
hashiya_fuzz_matcher (const guint8 *data,
                      gsize         size)
{
  static HashiyaMatcher *matcher;
  g_autoptr(HashiyaText) text = hashiya_text_new ((const char *) data, size, NULL);
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) found = NULL;
  g_autofree char *query = NULL;
  guint length;

  if (matcher == NULL)
    {
      g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
      matcher = hashiya_matcher_new (catalog);
    }
  if (text == NULL)
    return 0;

  length = hashiya_text_get_length (text);
  matches = hashiya_matcher_match (matcher, text, NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *m = &g_array_index (matches, HashiyaMatch, i);

      CHECK (m->start < m->end && m->end <= length);
      CHECK (hashiya_text_is_boundary (text, m->start) && hashiya_text_is_boundary (text, m->end));
    }

  query = hashiya_text_slice (text, length / 3, MIN (length, length / 3 + 4));
  found = hashiya_find (text, query);
  CHECK (found->len % 2 == 0);
  for (guint i = 0; i + 1 < found->len; i += 2)
    {
      guint start = g_array_index (found, guint, i);
      guint end = g_array_index (found, guint, i + 1);

      CHECK (start < end && end <= length);
      CHECK (hashiya_text_is_boundary (text, start) && hashiya_text_is_boundary (text, end));
      CHECK (i == 0 || g_array_index (found, guint, i - 1) <= start);
    }

  /* A span of the text, left without its proclitics or not, stays a span
   * of whole clusters inside it. */
  if (length > 0)
    {
      guint start = hashiya_text_snap_backward (text, length / 4);
      guint end = hashiya_text_snap_forward (text, MAX (start, length / 2));

      hashiya_matcher_trim_proclitics (matcher, text, "azerbaijan", &start, end);
      CHECK (start <= end && hashiya_text_is_boundary (text, start));
    }
  return 0;
}

/* A fresh document on TEXT with the built-in catalogue. */
static HashiyaDocument *
new_document (HashiyaText *text)
{
  static HashiyaCatalog *catalog;

  if (catalog == NULL)
    catalog = hashiya_catalog_new_default ();
  return hashiya_document_new (text, catalog);
}

/* The remarks of reading an export again, but for the relation types the
 * first reading added to its relation catalogue, which the second
 * reading, on the built-in one, adds again; the first is printed. */
static guint
count_remarks (GPtrArray *problems)
{
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (strstr (problem, "was not in the relation catalogue; added as") != NULL)
        continue;
      if (n++ == 0)
        g_printerr ("%s\n", problem);
    }
  return n;
}

/* The relations an export of @document holds: those between two of its
 * mentions (not orphans). */
static guint
count_exported_relations (HashiyaDocument *document)
{
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("fuzz");
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  g_autoptr(GPtrArray) relations = hashiya_export_relations (document, mentions, FALSE);

  return relations->len;
}

/* The brat importer. The input is a text, a NUL byte and a .ann (or a
 * .ann alone, on the bundled article). Whatever it imports lies on the
 * text, every problem names the file, and exporting what it imported
 * reads back whole, without a problem. */
int
hashiya_fuzz_brat (const guint8 *data,
                   gsize         size)
{
  const guint8 *nul = memchr (data, '\0', size);
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaDocument) again = NULL;
  g_autoptr(GBytes) ann = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) reread_problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (nul != NULL)
    {
      text = hashiya_text_new ((const char *) data, nul - data, NULL);
      ann = g_bytes_new (nul + 1, size - (nul - data) - 1);
    }
  else
    {
      g_autoptr(GBytes) sample = hashiya_core_get_sample ();

      text = hashiya_text_new_from_bytes (sample, NULL);
      ann = g_bytes_new (data, size);
    }
  if (text == NULL)
    return 0;

  document = new_document (text);
  if (!hashiya_brat_read_ann (document, ann, "fuzz.ann", &problems, &error))
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.ann: "));
      return 0;
    }
  for (guint i = 0; i < problems->len; i++)
    CHECK (g_str_has_prefix (g_ptr_array_index (problems, i), "fuzz.ann:"));

  n = hashiya_document_get_n_mentions (document);
  for (guint i = 0; i < n; i++)
    CHECK (hashiya_document_check_span (document, hashiya_mention_get_start (hashiya_document_get_mention (document, i)),
                                        hashiya_mention_get_end (hashiya_document_get_mention (document, i)), NULL));

  written = hashiya_brat_write_ann (document);
  again = hashiya_document_new (text, hashiya_document_get_catalog (document));
  CHECK (hashiya_brat_read_ann (again, written, "fuzz.ann", &reread_problems, NULL));
  CHECK (count_remarks (reread_problems) == 0);
  CHECK (hashiya_document_get_n_mentions (again) == n);
  CHECK (g_list_model_get_n_items (hashiya_document_get_relations (again)) == count_exported_relations (document));
  return 0;
}

/* Its mentions lie on its text, and every remark names the file. */
static void
check_import (HashiyaDocument *document,
              GPtrArray       *problems,
              const char      *display_name)
{
  for (guint i = 0; i < problems->len; i++)
    CHECK (g_str_has_prefix (g_ptr_array_index (problems, i), display_name));
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      CHECK (hashiya_document_check_span (document, hashiya_mention_get_start (mention),
                                          hashiya_mention_get_end (mention), NULL));
    }
}

static HashiyaCatalog *
default_catalog (void)
{
  static HashiyaCatalog *catalog;

  if (catalog == NULL)
    catalog = hashiya_catalog_new_default ();
  return catalog;
}

/* The W3C importer: a text, a NUL byte and JSON-LD (or JSON-LD alone,
 * on the bundled article). What it imports exports and reads back whole. */
int
hashiya_fuzz_w3c (const guint8 *data,
                  gsize         size)
{
  const guint8 *nul = memchr (data, '\0', size);
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_copy (default_catalog ());
  g_autoptr(HashiyaCatalog) catalog_again = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaDocument) again = NULL;
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("fuzz");
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) reread_problems = NULL;
  g_autoptr(GError) error = NULL;

  if (nul != NULL)
    {
      text = hashiya_text_new ((const char *) data, nul - data, NULL);
      json = g_bytes_new (nul + 1, size - (nul - data) - 1);
    }
  else
    {
      g_autoptr(GBytes) sample = hashiya_core_get_sample ();

      text = hashiya_text_new_from_bytes (sample, NULL);
      json = g_bytes_new (data, size);
    }
  if (text == NULL)
    return 0;

  document = hashiya_document_new (text, catalog);
  if (!hashiya_w3c_read (document, json, "fuzz.jsonld", &problems, &error))
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.jsonld"));
      CHECK (hashiya_document_get_n_mentions (document) == 0);
      return 0;
    }
  check_import (document, problems, "fuzz.jsonld");

  written = hashiya_export_to_bytes (document, HASHIYA_EXPORT_W3C, options, NULL);
  catalog_again = hashiya_catalog_copy (hashiya_document_get_catalog (document));
  again = hashiya_document_new (text, catalog_again);
  CHECK (hashiya_w3c_read (again, written, "fuzz.jsonld", &reread_problems, NULL));
  CHECK (count_remarks (reread_problems) == 0);
  CHECK (hashiya_document_get_n_mentions (again) == hashiya_document_get_n_mentions (document));
  CHECK (g_list_model_get_n_items (hashiya_document_get_relations (again)) == count_exported_relations (document));
  return 0;
}

/* The JSON Lines importer: its document exports and reads back whole. */
int
hashiya_fuzz_jsonl (const guint8 *data,
                    gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("fuzz");
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaDocument) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) reread_problems = NULL;
  g_autoptr(GError) error = NULL;

  if ((document = hashiya_jsonl_read (bytes, "fuzz.jsonl", default_catalog (), &problems, &error)) == NULL)
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.jsonl"));
      return 0;
    }
  check_import (document, problems, "fuzz.jsonl");

  written = hashiya_export_to_bytes (document, HASHIYA_EXPORT_JSONL, options, NULL);
  again = hashiya_jsonl_read (written, "fuzz.jsonl", hashiya_document_get_catalog (document), &reread_problems, NULL);
  CHECK (again != NULL);
  CHECK (count_remarks (reread_problems) == 0);
  CHECK (hashiya_document_get_n_mentions (again) == hashiya_document_get_n_mentions (document));
  CHECK (g_list_model_get_n_items (hashiya_document_get_relations (again)) == count_exported_relations (document));
  return 0;
}

/* Whether every I-X of a CoNLL export follows a B-X or I-X of its
 * sentence, and every line is a token and a tag. */
static gboolean
is_iob2 (GBytes *conll)
{
  g_autofree char *data = g_strndup (g_bytes_get_data (conll, NULL), g_bytes_get_size (conll));
  g_auto(GStrv) lines = g_strsplit (data, "\n", -1);
  const char *previous = "O";

  for (guint i = 2; lines[i] != NULL; i++)
    {
      const char *space = strrchr (lines[i], ' ');
      const char *tag;

      if (lines[i][0] == '\0')
        {
          previous = "O";
          continue;
        }
      if (space == NULL || space == lines[i] || strchr (lines[i], ' ') != space)
        return FALSE;
      tag = space + 1;
      if (tag[0] == 'I' && (previous[0] == 'O' || strcmp (previous + 1, tag + 1) != 0))
        return FALSE;
      previous = tag;
    }
  return TRUE;
}

/* The CoNLL/BIO importer: what it imports lies on the text it rebuilt,
 * its export is IOB2, and tagging that again by actor and reading it
 * back gives as many mentions, none of them new actors. */
int
hashiya_fuzz_conll (const guint8 *data,
                    gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("fuzz");
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaDocument) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) reread_problems = NULL;
  g_autoptr(GError) error = NULL;

  if ((document = hashiya_conll_read (bytes, "fuzz.conll", default_catalog (), &problems, &error)) == NULL)
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.conll"));
      return 0;
    }
  check_import (document, problems, "fuzz.conll");

  options->conll_tags = HASHIYA_CONLL_TAGS_ACTOR;
  written = hashiya_export_to_bytes (document, HASHIYA_EXPORT_CONLL, options, NULL);
  CHECK (is_iob2 (written));
  again = hashiya_conll_read (written, "fuzz.conll", hashiya_document_get_catalog (document), &reread_problems, NULL);
  CHECK (again != NULL || hashiya_document_get_n_mentions (document) == 0);
  if (again != NULL)
    check_import (again, reread_problems, "fuzz.conll");
  return 0;
}

/* The relation catalogue reader: what it accepts writes and reads back
 * the same, and gives a relation matcher. */
int
hashiya_fuzz_relation_catalog (const guint8 *data,
                               gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_read (bytes, "fuzz.json", &error);
  g_autoptr(HashiyaRelationCatalog) reread = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(HashiyaRelationMatcher) matcher = NULL;

  if (catalog == NULL)
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.json"));
      return 0;
    }

  written = hashiya_relation_catalog_write (catalog);
  reread = hashiya_relation_catalog_read (written, "fuzz.json", NULL);
  CHECK (reread != NULL);
  again = hashiya_relation_catalog_write (reread);
  CHECK (g_bytes_equal (written, again));

  matcher = hashiya_relation_matcher_new (catalog, default_catalog ());
  CHECK (matcher != NULL);
  return 0;
}

/* Relation suggestions on any text, with the actor matcher's suggestions
 * as mentions: each links two mentions of one line, of two actors, by a
 * type of the catalogue, and its trigger lies on the text. */
int
hashiya_fuzz_relations (const guint8 *data,
                        gsize         size)
{
  static HashiyaMatcher *actors;
  static HashiyaRelationCatalog *relations;
  static HashiyaRelationMatcher *matcher;
  g_autoptr(HashiyaText) text = hashiya_text_new ((const char *) data, size, NULL);
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  guint length;

  if (matcher == NULL)
    {
      actors = hashiya_matcher_new (default_catalog ());
      relations = hashiya_relation_catalog_new_default ();
      matcher = hashiya_relation_matcher_new (relations, default_catalog ());
    }
  if (text == NULL)
    return 0;

  length = hashiya_text_get_length (text);
  found = hashiya_matcher_match (actors, text, NULL);
  mentions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < found->len; i++)
    {
      HashiyaMatch *m = &g_array_index (found, HashiyaMatch, i);
      HashiyaMention *mention = hashiya_mention_new ("m", m->start, m->end, m->actor);

      hashiya_mention_set_mention_type (mention, m->type);
      g_ptr_array_add (mentions, mention);
    }

  matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                            mentions->len, NULL);
  CHECK (matches != NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *r = &g_array_index (matches, HashiyaRelationMatch, i);
      HashiyaMention *source, *target;
      guint source_line, target_line, column;

      CHECK (r->source < mentions->len && r->target < mentions->len);
      CHECK (hashiya_relation_catalog_lookup (relations, r->type) != NULL);
      CHECK (r->trigger_start < r->trigger_end && r->trigger_end <= length);
      CHECK (hashiya_text_is_boundary (text, r->trigger_start) && hashiya_text_is_boundary (text, r->trigger_end));
      CHECK (r->modality <= HASHIYA_MODALITY_HYPOTHETICAL);
      source = g_ptr_array_index (mentions, r->source);
      target = g_ptr_array_index (mentions, r->target);
      CHECK (g_strcmp0 (hashiya_mention_get_actor (source), hashiya_mention_get_actor (target)) != 0);
      hashiya_text_offset_to_line (text, hashiya_mention_get_start (source), &source_line, &column);
      hashiya_text_offset_to_line (text, hashiya_mention_get_start (target), &target_line, &column);
      CHECK (source_line == target_line);
    }
  return 0;
}

static gboolean
check_word_cb (const HashiyaSearchWord *word,
               gpointer                 user_data)
{
  gsize *last_end = user_data;

  CHECK (word->start < word->end && word->byte_start < word->byte_end);
  CHECK (word->byte_start >= *last_end);
  CHECK (word->n_forms >= 1);
  for (guint f = 0; f < word->n_forms; f++)
    {
      CHECK (word->form_lengths[f] > 0);
      CHECK (word->form_starts[f] >= word->start && word->form_starts[f] < word->end);
      CHECK (word->form_byte_starts[f] >= word->byte_start && word->form_byte_starts[f] < word->byte_end);
    }
  *last_end = word->byte_end;
  return TRUE;
}

/* Search: a query, a NUL byte and a text (or a text alone, searched for
 * a word of its own). The words of the text lie on it, find's hits are in
 * order, apart and on whole clusters, and the FTS5 index finds exactly
 * them. */
int
hashiya_fuzz_search (const guint8 *data,
                     gsize         size)
{
  static sqlite3 *db;
  const guint8 *nul = memchr (data, '\0', size);
  g_autofree char *query_text = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaSearchQuery) query = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) indexed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expression = NULL;
  sqlite3_stmt *statement = NULL;
  const char *utf8;
  gsize n_bytes = 0, last_end = 0;

  if (nul != NULL)
    {
      query_text = g_strndup ((const char *) data, nul - data);
      text = hashiya_text_new ((const char *) nul + 1, size - (nul - data) - 1, NULL);
    }
  else
    {
      text = hashiya_text_new ((const char *) data, size, NULL);
      if (text != NULL)
        query_text = hashiya_text_slice (text, hashiya_text_get_length (text) / 2,
                                         hashiya_text_get_length (text) / 2 + 6);
    }
  if (query_text == NULL)
    return 0;
  query = hashiya_search_query_new (query_text, &error);
  CHECK ((query == NULL) == (error != NULL));
  if (query != NULL)
    {
      g_autofree char *fts5 = hashiya_search_query_to_fts5 (query);

      CHECK (hashiya_search_query_get_n_words (query) >= 1 && fts5[0] == '"');
    }
  else
    CHECK (error->message[0] != '\0');
  if (text == NULL)
    return 0;

  utf8 = hashiya_text_get_data (text, &n_bytes);
  hashiya_search_words (utf8, n_bytes, TRUE, check_word_cb, &last_end);
  CHECK (last_end <= n_bytes);
  if (query == NULL)
    return 0;

  found = hashiya_search_query_find (query, text);
  for (guint i = 0; i + 1 < found->len; i += 2)
    {
      guint start = g_array_index (found, guint, i);
      guint end = g_array_index (found, guint, i + 1);

      CHECK (start < end && end <= hashiya_text_get_length (text));
      CHECK (hashiya_text_is_boundary (text, start) && hashiya_text_is_boundary (text, end));
      CHECK (i == 0 || g_array_index (found, guint, i - 1) <= start);
    }

  if (db == NULL)
    {
      CHECK (sqlite3_open (":memory:", &db) == SQLITE_OK);
      CHECK (hashiya_fts5_register (db, NULL));
      CHECK (sqlite3_exec (db, "CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'hashiya')", NULL, NULL,
                           NULL) == SQLITE_OK);
    }
  CHECK (sqlite3_exec (db, "DELETE FROM t", NULL, NULL, NULL) == SQLITE_OK);
  CHECK (sqlite3_prepare_v2 (db, "INSERT INTO t (rowid, text) VALUES (1, ?1)", -1, &statement, NULL) == SQLITE_OK);
  sqlite3_bind_text (statement, 1, utf8, (int) n_bytes, SQLITE_STATIC);
  CHECK (sqlite3_step (statement) == SQLITE_DONE);
  sqlite3_finalize (statement);

  expression = hashiya_search_query_to_fts5 (query);
  CHECK (sqlite3_prepare_v2 (db, "SELECT hashiya_hits (t, ?2) FROM t WHERE t MATCH ?1", -1, &statement,
                             NULL) == SQLITE_OK);
  sqlite3_bind_text (statement, 1, expression, -1, SQLITE_STATIC);
  sqlite3_bind_pointer (statement, 2, query, HASHIYA_FTS5_QUERY_POINTER, NULL);
  if (sqlite3_step (statement) == SQLITE_ROW)
    indexed = hashiya_search_hits_from_bytes (text, sqlite3_column_blob (statement, 0),
                                              (gsize) sqlite3_column_bytes (statement, 0) / sizeof (guint32));
  else
    indexed = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_finalize (statement);

  CHECK (indexed->len == found->len);
  CHECK (found->len == 0 || memcmp (indexed->data, found->data, found->len * sizeof (guint)) == 0);
  return 0;
}

/* The CSV reader (manifests): what it accepts, written again field by
 * field, reads back as the same rows. */
int
hashiya_fuzz_csv (const guint8 *data,
                  gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = hashiya_csv_read (bytes, "fuzz.csv", &error);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GPtrArray) again = NULL;

  if (rows == NULL)
    {
      CHECK (error != NULL && g_str_has_prefix (error->message, "fuzz.csv"));
      return 0;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      HashiyaCsvRow *row = g_ptr_array_index (rows, i);

      CHECK (row->line >= 1);
      for (guint j = 0; row->fields[j] != NULL; j++)
        {
          CHECK (g_utf8_validate (row->fields[j], -1, NULL));
          hashiya_csv_append_field (out, row->fields[j], row->fields[j + 1] == NULL);
        }
    }
  written = g_string_free_to_bytes (g_steal_pointer (&out));
  again = hashiya_csv_read (written, "fuzz.csv", NULL);
  CHECK (again != NULL);
  /* An empty record (one empty field) is skipped as an empty line. */
  for (guint i = 0, k = 0; i < rows->len; i++)
    {
      HashiyaCsvRow *row = g_ptr_array_index (rows, i);
      HashiyaCsvRow *other;

      if (row->fields[0] != NULL && row->fields[1] == NULL && row->fields[0][0] == '\0')
        continue;
      CHECK (k < again->len);
      other = g_ptr_array_index (again, k++);
      CHECK (g_strv_equal ((const char * const *) row->fields, (const char * const *) other->fields));
    }
  return 0;
}
