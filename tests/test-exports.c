/* test-exports.c — W3C, CoNLL/BIO, JSONL, HTML, CSV and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outside checkers (ajv, Chromium, poppler) run in
 * tests/checkers/run-checkers.sh.
 */

#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "hashiya-document-private.h"
#include "hashiya-export-formats.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

static GBytes *
export (HashiyaDocument     *document,
        HashiyaExportFormat  format,
        HashiyaExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = hashiya_export_to_bytes (document, format, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  /* Every CoNLL export is valid IOB2. */
  if (format == HASHIYA_EXPORT_CONLL)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      g_autofree char *conll = g_strndup (data, size);

      hashiya_test_assert_iob2 (conll);
    }
  return bytes;
}

static char *
export_string (HashiyaDocument      *document,
               HashiyaExportFormat   format,
               HashiyaExportOptions *options)
{
  g_autoptr(GBytes) bytes = export (document, format, options);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

/* Each text export of the gold mentions is byte for byte the committed
 * one (tests/data/export-golden; regenerate with hashiya-cli export). */
static void
test_exports_golden (void)
{
  static const HashiyaExportFormat formats[] = {
    HASHIYA_EXPORT_W3C, HASHIYA_EXPORT_CONLL, HASHIYA_EXPORT_JSONL, HASHIYA_EXPORT_HTML, HASHIYA_EXPORT_CSV,
  };
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("000_b41194bbb65cbdc7");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strconcat ("000_b41194bbb65cbdc7.", hashiya_export_format_extension (formats[i]), NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "export-golden", name, NULL);
      g_autofree char *golden = hashiya_test_read_file (path, NULL);
      g_autofree char *written = export_string (document, formats[i], options);

      g_assert_cmpstr (written, ==, golden);
    }
}

/* A text with CRLF line ends and emoji, a suggestion, a note with a
 * comma, quotes, a tab and a newline, and a mention across a line. */
static HashiyaDocument *
tricky_document (void)
{
  const char *data = "🇦🇿 وزير خارجية أذربيجان\r\nالتقى 😀 نظيره التركي في طهران\r\nتركيا\r\nوأرمينيا";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  HashiyaDocument *document = hashiya_document_new (text, catalog);
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention;

  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED), >=, 4);
  hashiya_document_review_suggestions (document, TRUE);
  mention = hashiya_document_get_mention (document, 0);
  hashiya_mention_set_note (mention, "said, \"twice\"\tand\nagain");
  hashiya_mention_set_status (hashiya_document_get_mention (document, 1), HASHIYA_MENTION_STATUS_SUGGESTED);
  /* "طهران\r\nتركيا": a span across a line break */
  mention = hashiya_document_annotate (document, 49, 61, "format-3plus3", HASHIYA_MENTION_TYPE_OTHER, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mention);
  return document;
}

static HashiyaDocument *
import_bytes (HashiyaExportFormat  format,
              GBytes              *bytes,
              HashiyaDocument     *original)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog = hashiya_document_get_catalog (original);
  HashiyaDocument *copy = NULL;

  switch (format)
    {
    case HASHIYA_EXPORT_W3C:
      copy = hashiya_document_new (hashiya_document_get_text (original), hashiya_catalog_copy (catalog));
      g_object_unref (hashiya_document_get_catalog (copy));
      g_assert_true (hashiya_w3c_read (copy, bytes, "doc.jsonld", &problems, &error));
      break;
    case HASHIYA_EXPORT_JSONL:
      copy = hashiya_jsonl_read (bytes, "doc.jsonl", catalog, &problems, &error);
      break;
    case HASHIYA_EXPORT_CONLL:
      copy = hashiya_conll_read (bytes, "doc.conll", catalog, &problems, &error);
      break;
    case HASHIYA_EXPORT_BRAT:
    case HASHIYA_EXPORT_HTML:
    case HASHIYA_EXPORT_CSV:
    case HASHIYA_EXPORT_PDF:
    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
  return copy;
}

/* W3C and JSONL keep everything: spans, actors, types, statuses, notes,
 * and relations with their types, ends, triggers, modes, negation,
 * modality, status and notes. */
static void
test_exports_round_trip (gconstpointer data)
{
  HashiyaExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(HashiyaDocument) gold = hashiya_test_import_gold ();
  g_autoptr(HashiyaDocument) tricky = tricky_document ();
  g_autoptr(HashiyaDocument) related = hashiya_test_gold_with_relations ();
  HashiyaDocument *documents[] = { gold, tricky, related };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) bytes = export (documents[i], format, options);
      g_autoptr(HashiyaDocument) copy = import_bytes (format, bytes, documents[i]);

      g_assert_cmpstr (hashiya_text_get_sha256 (hashiya_document_get_text (copy)), ==,
                       hashiya_text_get_sha256 (hashiya_document_get_text (documents[i])));
      hashiya_test_assert_same_mentions (documents[i], copy);
      hashiya_test_assert_same_relations (documents[i], copy);
    }
}

/* The relation gold in each text format, byte for byte the committed
 * files (tests/data/export-golden/…-relations.*; regenerate with
 * hashiya-cli import of tests/data/gold/…-relations.ann, then export,
 * --relations for the CSV). */
static void
test_exports_golden_relations (void)
{
  static const struct { HashiyaExportFormat format; gboolean relations; const char *name; } files[] = {
    { HASHIYA_EXPORT_W3C, FALSE, "000_b41194bbb65cbdc7-relations.jsonld" },
    { HASHIYA_EXPORT_JSONL, FALSE, "000_b41194bbb65cbdc7-relations.jsonl" },
    { HASHIYA_EXPORT_HTML, FALSE, "000_b41194bbb65cbdc7-relations.html" },
    { HASHIYA_EXPORT_CSV, TRUE, "000_b41194bbb65cbdc7-relations.csv" },
  };
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7-relations.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("000_b41194bbb65cbdc7-relations");

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "export-golden", files[i].name, NULL);
      g_autofree char *golden = hashiya_test_read_file (path, NULL);
      g_autofree char *written = NULL;

      options->csv_relations = files[i].relations;
      written = export_string (document, files[i].format, options);
      g_assert_cmpstr (written, ==, golden);
    }
}

/* CoNLL rebuilds the text from tokens: the mentions come back with the
 * same actors and the same words, and a second round trip is exact. */
static void
test_exports_round_trip_conll (void)
{
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(HashiyaDocument) gold = hashiya_test_import_gold ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(HashiyaDocument) copy = NULL;
  g_autoptr(HashiyaDocument) copy2 = NULL;
  guint n_outer = 0;

  options->conll_tags = HASHIYA_CONLL_TAGS_ACTOR;
  first = export (gold, HASHIYA_EXPORT_CONLL, options);
  copy = import_bytes (HASHIYA_EXPORT_CONLL, first, gold);

  /* Nested mentions: the outer ones are exported. */
  for (guint i = 0, last_end = 0; i < hashiya_document_get_n_mentions (gold); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (gold, i);

      if (i == 0 || hashiya_mention_get_start (mention) >= last_end)
        n_outer++, last_end = hashiya_mention_get_end (mention);
    }
  g_assert_cmpuint (hashiya_document_get_n_mentions (copy), ==, n_outer);
  for (guint i = 0, j = 0; i < hashiya_document_get_n_mentions (copy); i++, j++)
    {
      HashiyaMention *back = hashiya_document_get_mention (copy, i);
      HashiyaMention *mention = hashiya_document_get_mention (gold, j);
      g_autofree char *back_text = hashiya_text_slice (hashiya_document_get_text (copy),
                                                       hashiya_mention_get_start (back), hashiya_mention_get_end (back));
      g_autofree char *text = NULL;

      while (j > 0 && hashiya_mention_get_start (mention) <
                      hashiya_mention_get_end (hashiya_document_get_mention (gold, j - 1)))
        mention = hashiya_document_get_mention (gold, ++j);
      text = hashiya_text_slice (hashiya_document_get_text (gold),
                                 hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
      g_assert_cmpstr (hashiya_mention_get_actor (back), ==, hashiya_mention_get_actor (mention));
      g_assert_cmpstr (back_text, ==, text);
    }

  second = export (copy, HASHIYA_EXPORT_CONLL, options);
  g_assert_true (g_bytes_equal (first, second));
  copy2 = import_bytes (HASHIYA_EXPORT_CONLL, second, copy);
  hashiya_test_assert_same_mentions (copy, copy2);
}

/* CoNLL of a CRLF text with emoji, a suggestion, and a mention across a
 * line break: sentences end at the line breaks, so that mention is two
 * chunks, each of which comes back with its actor and its words. */
static void
test_exports_round_trip_conll_crlf_emoji (void)
{
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(HashiyaDocument) tricky = tricky_document ();
  g_autoptr(GBytes) conll = NULL;
  g_autoptr(HashiyaDocument) copy = NULL;
  g_autofree char *written = NULL;
  const struct { const char *actor; const char *text; } back[] = {
    { "azerbaijan", "أذربيجان" }, { "turkey", "التركي" }, { "format-3plus3", "طهران" },
    { "format-3plus3", "تركيا" }, { "armenia", "أرمينيا" },
  };

  options->conll_tags = HASHIYA_CONLL_TAGS_ACTOR;
  options->conll_nested = HASHIYA_CONLL_NESTED_OUTER;
  conll = export (tricky, HASHIYA_EXPORT_CONLL, options);
  written = g_strndup (g_bytes_get_data (conll, NULL), g_bytes_get_size (conll));
  g_assert_cmpstr (written, ==,
                   "-DOCSTART- O\n\n🇦🇿 O\nوزير O\nخارجية O\nأذربيجان B-azerbaijan\n\n"
                   "التقى O\n😀 O\nنظيره O\nالتركي B-turkey\nفي O\nطهران B-format-3plus3\n\n"
                   "تركيا B-format-3plus3\n\nوأرمينيا B-armenia\n\n");
  copy = import_bytes (HASHIYA_EXPORT_CONLL, conll, tricky);
  g_assert_cmpstr (hashiya_text_get_data (hashiya_document_get_text (copy), NULL), ==,
                   "🇦🇿 وزير خارجية أذربيجان\nالتقى 😀 نظيره التركي في طهران\nتركيا\nوأرمينيا");
  g_assert_cmpuint (hashiya_document_get_n_mentions (copy), ==, G_N_ELEMENTS (back));
  for (guint i = 0; i < G_N_ELEMENTS (back); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (copy, i);
      g_autofree char *text = hashiya_text_slice (hashiya_document_get_text (copy), hashiya_mention_get_start (mention),
                                                  hashiya_mention_get_end (mention));

      g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, back[i].actor);
      g_assert_cmpstr (text, ==, back[i].text);
    }
}

/* Every span's text is the text at its offsets (JSONL, W3C and CSV). */
static void
test_exports_offsets_consistent (void)
{
  g_autoptr(HashiyaDocument) document = tricky_document ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(GBytes) jsonl = export (document, HASHIYA_EXPORT_JSONL, options);
  g_autoptr(GBytes) w3c = export (document, HASHIYA_EXPORT_W3C, options);
  g_autoptr(JsonNode) jsonl_root = json_from_string (g_bytes_get_data (jsonl, NULL), NULL);
  g_autoptr(JsonNode) w3c_root = json_from_string (g_bytes_get_data (w3c, NULL), NULL);
  HashiyaText *text = hashiya_document_get_text (document);
  JsonArray *spans = json_object_get_array_member (json_node_get_object (jsonl_root), "spans");
  JsonArray *items = json_object_get_array_member (json_object_get_object_member (json_node_get_object (w3c_root), "first"), "items");

  g_assert_cmpuint (json_array_get_length (spans), ==, hashiya_document_get_n_mentions (document));
  g_assert_cmpuint (json_array_get_length (items), ==, hashiya_document_get_n_mentions (document));
  for (guint i = 0; i < json_array_get_length (spans); i++)
    {
      JsonObject *span = json_array_get_object_element (spans, i);
      JsonObject *target = json_object_get_object_member (json_array_get_object_element (items, i), "target");
      JsonArray *selectors = json_object_get_array_member (target, "selector");
      JsonObject *position = json_array_get_object_element (selectors, 0);
      JsonObject *quote = json_array_get_object_element (selectors, 1);
      g_autofree char *slice = hashiya_text_slice (text, json_object_get_int_member (span, "start"),
                                                   json_object_get_int_member (span, "end"));
      g_autofree char *w3c_slice = hashiya_text_slice (text, json_object_get_int_member (position, "start"),
                                                       json_object_get_int_member (position, "end"));

      g_assert_cmpstr (slice, ==, json_object_get_string_member (span, "text"));
      g_assert_cmpstr (w3c_slice, ==, json_object_get_string_member (quote, "exact"));
    }
}

/* RFC 4180: quotes doubled, commas and newlines quoted, CRLF records. */
static void
test_exports_csv_quoting (void)
{
  g_autoptr(HashiyaDocument) document = tricky_document ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autofree char *csv = NULL;
  g_autofree char *with_bom = NULL;

  csv = export_string (document, HASHIYA_EXPORT_CSV, options);
  g_assert_true (g_str_has_prefix (csv, "id,start,end,text,actor,name_en,kind,mention_type,status,note\r\n"
                                        "m1,15,23,أذربيجان,azerbaijan,Azerbaijan,state,name,accepted,"));
  g_assert_nonnull (strstr (csv, ",name,accepted,\"said, \"\"twice\"\"\tand\nagain\"\r\n"));
  g_assert_nonnull (strstr (csv, ",\"طهران\r\nتركيا\",format-3plus3,"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));

  options->csv_bom = TRUE;
  with_bom = export_string (document, HASHIYA_EXPORT_CSV, options);
  g_assert_true (g_str_has_prefix (with_bom, "\xEF\xBB\xBF" "id,start"));
  g_assert_cmpstr (with_bom + 3, ==, csv);
}

static GPtrArray *
read_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = csv; *p != '\0'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE)), field = g_string_new (NULL);
      else if (!quoted && *p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, g_steal_pointer (&row));
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

/* The table of relations: one row a relation, its ends, its trigger and
 * its sentence side by side, every row as long as the header (RFC 4180,
 * quotes doubled). */
static void
test_exports_csv_relations (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_with_relations ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *row;

  options->csv_relations = TRUE;
  csv = export_string (document, HASHIYA_EXPORT_CSV, options);
  rows = read_csv (csv);
  g_assert_cmpuint (rows->len, ==, 7);
  row = g_ptr_array_index (rows, 0);
  g_assert_true (g_str_has_prefix (csv, "id,type,type_ar,type_en,cameo,quad_class,"
                                        "source_mention,source_actor,source_name_en,source_text,source_start,source_end,"
                                        "target_mention,target_actor,target_name_en,target_text,target_start,target_end,"
                                        "trigger_text,trigger_start,trigger_end,mode,negated,modality,status,note,sentence\r\n"));
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, i))->len, ==, row->len);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "r1");
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "consult");
  g_assert_cmpstr (g_ptr_array_index (row, 2), ==, "تشاور");
  g_assert_cmpstr (g_ptr_array_index (row, 3), ==, "consult, meet, host");
  g_assert_cmpstr (g_ptr_array_index (row, 4), ==, "04");
  g_assert_cmpstr (g_ptr_array_index (row, 5), ==, "verbal-cooperation");
  g_assert_cmpstr (g_ptr_array_index (row, 6), ==, "m3");
  g_assert_cmpstr (g_ptr_array_index (row, 7), ==, "iran");
  g_assert_cmpstr (g_ptr_array_index (row, 9), ==, "طهران");
  g_assert_cmpstr (g_ptr_array_index (row, 10), ==, "157");
  g_assert_cmpstr (g_ptr_array_index (row, 11), ==, "162");
  g_assert_cmpstr (g_ptr_array_index (row, 13), ==, "format-3plus3");
  g_assert_cmpstr (g_ptr_array_index (row, 18), ==, "تستضيف");
  g_assert_cmpstr (g_ptr_array_index (row, 19), ==, "146");
  g_assert_cmpstr (g_ptr_array_index (row, 20), ==, "152");
  g_assert_cmpstr (g_ptr_array_index (row, 21), ==, "host");
  g_assert_cmpstr (g_ptr_array_index (row, 22), ==, "false");
  g_assert_cmpstr (g_ptr_array_index (row, 23), ==, "asserted");
  g_assert_cmpstr (g_ptr_array_index (row, 24), ==, "accepted");
  g_assert_cmpstr (g_ptr_array_index (row, 25), ==, "");
  /* The first sentence of the article, whole, ending at its full stop. */
  g_assert_true (g_str_has_prefix (g_ptr_array_index (row, 26), "انطلقت مناورات «مصطفى كمال أتاتورك 2023»"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (row, 26), "وروسيا وتركيا وإيران."));

  row = g_ptr_array_index (rows, 4);
  g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "accuse");
  g_assert_cmpstr (g_ptr_array_index (row, 22), ==, "true");
  g_assert_cmpstr (g_ptr_array_index (row, 25), ==, "said \"twice\", mode=fake — ملاحظة");
  g_assert_nonnull (strstr (csv, ",\"said \"\"twice\"\", mode=fake — ملاحظة\","));
  g_assert_cmpstr (g_ptr_array_index (row, 26), ==, "لكن باكو اتهمت يريفان، مؤخرا، بتقويض عملية السلام من خلال الخطاب العدواني.");
  row = g_ptr_array_index (rows, 6);
  g_assert_cmpstr (g_ptr_array_index (row, 18), ==, "");
  g_assert_cmpstr (g_ptr_array_index (row, 19), ==, "");
  g_assert_cmpstr (g_ptr_array_index (row, 23), ==, "hypothetical");
  g_assert_cmpstr (g_ptr_array_index (row, 24), ==, "suggested");

  /* Reviewed only: no suggested relation. */
  options->skip_suggestions = TRUE;
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_free (csv);
  csv = export_string (document, HASHIYA_EXPORT_CSV, options);
  rows = read_csv (csv);
  g_assert_cmpuint (rows->len, ==, 6);
}

/* --confirmed-only: a suggested relation is left out, and so is one
 * whose end is a suggested mention, in every format. */
static void
test_exports_relations_confirmed_only (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_with_relations ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HashiyaDocument) copy = NULL;

  hashiya_mention_set_status (hashiya_document_lookup_mention (document, "m43"), HASHIYA_MENTION_STATUS_SUGGESTED);
  options->skip_suggestions = TRUE;
  bytes = export (document, HASHIYA_EXPORT_W3C, options);
  copy = import_bytes (HASHIYA_EXPORT_W3C, bytes, document);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (copy)), ==, 4);
  g_clear_object (&copy);
  g_bytes_unref (bytes);
  bytes = export (document, HASHIYA_EXPORT_JSONL, options);
  copy = import_bytes (HASHIYA_EXPORT_JSONL, bytes, document);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (copy)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (hashiya_document_get_relations (copy), i);

      g_assert_cmpstr (hashiya_relation_get_relation_type (relation), !=, "accuse");
      g_assert_cmpstr (hashiya_relation_get_relation_type (relation), !=, "aid");
    }
}

/* A relation's number stands after the word of its trigger (or of its
 * source mention), in its quad class's colour, linked to its line in the
 * list under the text, which links back and shows its sentence with its
 * two ends marked; its note is text, not markup. */
static void
test_exports_html_relations (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_with_relations ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  HashiyaRelation *accuse = hashiya_document_lookup_relation (document, "r4");
  g_autofree char *html = NULL;
  const char *list;

  hashiya_relation_set_note (accuse, "<script>alert(1)</script>");
  html = export_string (document, HASHIYA_EXPORT_HTML, options);
  g_assert_null (strstr (html, "<script"));

  /* Numbered in the text's order: the two relations of «بمشاركة» are [2]
   * and [3]; the aid, without a trigger, is [4], at the word of its
   * source, before the agreement ([5]) and the accusation ([6]). */
  g_assert_nonnull (strstr (html, "تستضيف<sup class=\"relation q-verbal-cooperation\"><a href=\"#relation-1\" "
                                  "id=\"relation-ref-1\" title=\"طهران (إيران) ← تشاور ← صيغة 3 + 3 (صيغة 3+3)\">[1]</a></sup>"));
  g_assert_nonnull (strstr (html, "بمشاركة<sup class=\"relation q-verbal-cooperation\"><a href=\"#relation-2\" "
                                  "id=\"relation-ref-2\" "));
  g_assert_nonnull (strstr (html, ">[2]</a></sup><sup class=\"relation q-verbal-cooperation\"><a href=\"#relation-3\" "));
  g_assert_nonnull (strstr (html, "id=\"relation-ref-4\" title=\"تركيا ← مساعدة ← باكو (أذربيجان)\">[4]</a></sup>"));
  g_assert_nonnull (strstr (html, "اتهمت<sup class=\"relation q-verbal-conflict\"><a href=\"#relation-6\" "));

  list = strstr (html, "<ol class=\"relations\">");
  g_assert_nonnull (list);
  g_assert_nonnull (strstr (list, "<li id=\"relation-1\" class=\"q-verbal-cooperation\">"
                                  "<a class=\"number\" href=\"#relation-ref-1\">[1]</a> طهران (إيران) ← "
                                  "<span class=\"type\">تشاور</span> ← صيغة 3 + 3 (صيغة 3+3) "
                                  "<bdi class=\"about-relation\">(consult, meet, host; CAMEO 04)</bdi>"));
  g_assert_nonnull (strstr (list, "<li id=\"relation-4\" class=\"q-material-cooperation suggested\">"));
  g_assert_nonnull (strstr (list, "hypothetical · suggested</bdi>"));
  g_assert_nonnull (strstr (list, "<br><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>"));
  g_assert_nonnull (strstr (list, "<blockquote><p>لكن <mark class=\"a-azerbaijan\" title=\"Azerbaijan — State, capital\">باكو</mark> "
                                  "اتهمت <mark class=\"a-armenia\" title=\"Armenia — State, capital\">يريفان</mark>، مؤخرا،"));
  g_assert_nonnull (strstr (html, ".q-verbal-conflict a, .q-verbal-conflict .type { color: #c87800; }"));
}

/* A <script> in an actor's name or a note is text, not markup. */
static void
test_exports_html_escaping (void)
{
  g_autoptr(HashiyaDocument) document = tricky_document ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("<b>title</b>");
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "azerbaijan");
  g_autofree char *html = NULL;

  hashiya_actor_set_name_en (actor, "<script>alert('name')</script>");
  hashiya_mention_set_note (hashiya_document_get_mention (document, 0), "<script>alert(\"note\")</script> & more");
  html = export_string (document, HASHIYA_EXPORT_HTML, options);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_nonnull (strstr (html, "<title>&lt;b&gt;title&lt;/b&gt;</title>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "<li id=\"note-1\">&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt; &amp; more"));
  /* The note's mention links to it; the legend counts the actors. */
  g_assert_nonnull (strstr (html, "<sup><a href=\"#note-1\" id=\"ref-1\">1</a></sup>"));
  g_assert_nonnull (strstr (html, "<span class=\"count\">"));
}

/* Nested marks stay well-formed: the inner one closes first. */
static void
test_exports_html_nesting (void)
{
  const char *data = "قالت وزارة الدفاع الأذربيجانية أمس";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  /* وزارة الدفاع الأذربيجانية (5–30), and in it الأذربيجانية (18–30) */
  g_assert_nonnull (hashiya_document_annotate (document, 5, 30, "azerbaijan-mod", HASHIYA_MENTION_TYPE_NAME, &error));
  g_assert_nonnull (hashiya_document_annotate (document, 18, 30, "azerbaijan", HASHIYA_MENTION_TYPE_ADJECTIVE, &error));
  g_assert_no_error (error);
  html = export_string (document, HASHIYA_EXPORT_HTML, options);
  g_assert_nonnull (strstr (html, "<p>قالت <mark class=\"a-azerbaijan-mod\" title=\"Ministry of Defence of Azerbaijan — Organization, name\">وزارة الدفاع "
                                  "<mark class=\"a-azerbaijan\" title=\"Azerbaijan — State, adjective\">الأذربيجانية</mark></mark> أمس</p>"));
}

static char *
conll_tags (HashiyaDocument    *document,
            HashiyaConllTags    tags,
            HashiyaConllNested  nested)
{
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");

  options->conll_tags = tags;
  options->conll_nested = nested;
  return export_string (document, HASHIYA_EXPORT_CONLL, options);
}

/* Tokens are the words as written, proclitics and all; nested mentions
 * follow the option; tags name the kind, the actor, or the imported
 * label; sentences end at full stops. */
static void
test_exports_conll_tokens (void)
{
  const char *data = "قالت وزارة الدفاع الأذربيجانية لأذربيجان. وبتركيا";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *outer = NULL;
  g_autofree char *inner = NULL;
  g_autofree char *labels = NULL;
  HashiyaMention *mention;

  g_assert_nonnull (hashiya_document_annotate (document, 5, 30, "azerbaijan-mod", HASHIYA_MENTION_TYPE_NAME, &error));
  g_assert_nonnull (hashiya_document_annotate (document, 18, 30, "azerbaijan", HASHIYA_MENTION_TYPE_ADJECTIVE, &error));
  g_assert_nonnull (hashiya_document_annotate (document, 32, 40, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, &error));
  mention = hashiya_document_annotate (document, 44, 49, "turkey", HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
  hashiya_mention_set_label (mention, "Country");

  outer = conll_tags (document, HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
  g_assert_cmpstr (outer, ==,
                   "-DOCSTART- O\n\n"
                   "قالت O\nوزارة B-Organization\nالدفاع I-Organization\nالأذربيجانية I-Organization\n"
                   "لأذربيجان B-State\n. O\n\n"
                   "وبتركيا B-State\n\n");
  /* Two chunks of one actor side by side: B- and B-. */
  inner = conll_tags (document, HASHIYA_CONLL_TAGS_ACTOR, HASHIYA_CONLL_NESTED_INNER);
  g_assert_cmpstr (inner, ==,
                   "-DOCSTART- O\n\n"
                   "قالت O\nوزارة O\nالدفاع O\nالأذربيجانية B-azerbaijan\n"
                   "لأذربيجان B-azerbaijan\n. O\n\n"
                   "وبتركيا B-turkey\n\n");
  labels = conll_tags (document, HASHIYA_CONLL_TAGS_LABEL, HASHIYA_CONLL_NESTED_OUTER);
  g_assert_true (g_str_has_suffix (labels, "لأذربيجان B-State\n. O\n\nوبتركيا B-Country\n\n"));
}

/* The token column comes from the text alone: documents of one text
 * with different mentions (a mention after the proclitic و, one over
 * two words, one inside a word, one across a line break) have the same
 * tokens and the same blank lines, line for line, as conlleval needs of
 * a gold and a system file. */
static void
test_exports_conll_same_tokens (void)
{
  const char *data = "وصل وفد وزارة الدفاع التركية إلى باكو\nوناخيتشيوان، ثم عاد.";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) gold = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaDocument) system = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaDocument) across = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaDocument) bare = hashiya_document_new (text, catalog);
  HashiyaDocument *documents[] = { gold, system, across };
  g_autoptr(GRegex) tags = g_regex_new (" [^ \n]+\n", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *bare_conll = NULL;
  g_autofree char *bare_tokens = NULL;
  g_autofree char *gold_conll = NULL;
  g_autofree char *system_conll = NULL;
  g_autofree char *across_conll = NULL;

  g_assert_cmpuint (hashiya_document_suggest (gold, HASHIYA_MENTION_STATUS_ACCEPTED), ==, 4);
  /* ناخيتشيوان after و; التركية alone; the first letters of باكو. */
  g_assert_nonnull (hashiya_document_annotate (system, 39, 49, "nakhchivan", HASHIYA_MENTION_TYPE_NAME, &error));
  g_assert_nonnull (hashiya_document_annotate (system, 21, 28, "turkey", HASHIYA_MENTION_TYPE_ADJECTIVE, &error));
  g_assert_nonnull (hashiya_document_annotate (system, 33, 35, "azerbaijan", HASHIYA_MENTION_TYPE_CAPITAL, &error));
  /* باكو\nوناخيتشيوان */
  g_assert_nonnull (hashiya_document_annotate (across, 33, 49, "south-caucasus", HASHIYA_MENTION_TYPE_OTHER, &error));
  g_assert_no_error (error);

  bare_conll = conll_tags (bare, HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
  bare_tokens = g_regex_replace_literal (tags, bare_conll, -1, 0, "\n", 0, NULL);
  g_assert_cmpstr (bare_tokens, ==,
                   "-DOCSTART-\n\nوصل\nوفد\nوزارة\nالدفاع\nالتركية\nإلى\nباكو\n\nوناخيتشيوان\n،\nثم\nعاد\n.\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *conll = conll_tags (documents[i], HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
      g_autofree char *tokens = g_regex_replace_literal (tags, conll, -1, 0, "\n", 0, NULL);

      g_assert_cmpstr (tokens, ==, bare_tokens);
    }
  gold_conll = conll_tags (gold, HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
  system_conll = conll_tags (system, HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
  across_conll = conll_tags (across, HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
  g_assert_nonnull (strstr (gold_conll, "\nوزارة B-Organization\nالدفاع I-Organization\nالتركية I-Organization\n"));
  g_assert_nonnull (strstr (system_conll, "\nالدفاع O\nالتركية B-State\nإلى O\nباكو B-State\n\nوناخيتشيوان B-Place\n، O\n"));
  g_assert_nonnull (strstr (across_conll, "\nباكو B-Place\n\nوناخيتشيوان B-Place\n، O\n"));
}

/* Invisible format characters (Unicode Cf: bidi marks, joiners) are never
 * tokens of their own: they go with the token they touch, the next one
 * first; alone between spaces they are left out of the token column (the
 * text and its offsets keep them). */
static void
test_exports_conll_format_characters (void)
{
  const char *data = "\u200Eزار \u200Eأرمينيا \u200E أمس\u200F. \u202Bمي\u200Cخواهم\u202C \u2066باكو\u2069\u200E";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(GArray) tokens = hashiya_conll_tokenize (text);
  g_autofree char *conll = NULL;
  const char *expected[] = {
    "\u200Eزار", "\u200Eأرمينيا", "أمس", "\u200F.", "\u202Bمي\u200Cخواهم\u202C", "\u2066باكو\u2069\u200E",
  };

  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED), ==, 2);
  g_assert_cmpuint (tokens->len, ==, 2 * G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *token = hashiya_text_slice (text, g_array_index (tokens, guint, 2 * i),
                                                   g_array_index (tokens, guint, 2 * i + 1));

      g_assert_cmpstr (token, ==, expected[i]);
    }
  conll = conll_tags (document, HASHIYA_CONLL_TAGS_ACTOR, HASHIYA_CONLL_NESTED_OUTER);
  g_assert_cmpstr (conll, ==,
                   "-DOCSTART- O\n\n"
                   "\u200Eزار O\n\u200Eأرمينيا B-armenia\nأمس O\n\u200F. O\n\n"
                   "\u202Bمي\u200Cخواهم\u202C O\n\u2066باكو\u2069\u200E B-azerbaijan\n\n");
}

/* IOB2 as conlleval and spaCy read it: two fields a line, every I-X
 * after a B-X or I-X, one B- a mention, tokens that join to the text. */
static void
test_exports_conll_iob2 (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autofree char *conll = conll_tags (document, HASHIYA_CONLL_TAGS_KIND, HASHIYA_CONLL_NESTED_OUTER);
  g_auto(GStrv) lines = g_strsplit (conll, "\n", -1);
  g_autoptr(GString) tokens = g_string_new (NULL);
  g_autofree char *squeezed = NULL;

  g_assert_cmpuint (hashiya_test_assert_iob2 (conll), ==, 66);  /* 71 mentions, 5 inside another */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", -1);

      if (fields[0] != NULL)
        g_string_append (tokens, fields[0]);
    }
  squeezed = hashiya_test_replace (hashiya_text_get_data (hashiya_document_get_text (document), NULL), " ", "");
  {
    g_autofree char *no_lines = hashiya_test_replace (squeezed, "\n", "");

    g_assert_cmpstr (tokens->str, ==, no_lines);
  }
}

/* The validator of IOB2 refuses an I- that continues no chunk. */
static void
test_exports_conll_iob2_validator (void)
{
  if (g_test_subprocess ())
    {
      hashiya_test_assert_iob2 ("-DOCSTART- O\n\nزار O\nأرمينيا I-State\n\n");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*line 4: I-State after O: an I- that continues no chunk*");
}

/* ANERcorp: a token and a tag a line, PERS/LOC/ORG/MISC; a bad tag and
 * an I- without B- are listed. */
static void
test_exports_conll_anercorp (void)
{
  const char *file =
    "قال O\nعباس B-PERS\nعراقجي I-PERS\nفي O\nطهران B-LOC\n. O\n\n"
    "وزارة B-ORG\nالخارجية I-ORG\nإيران I-LOC\nX-FOO\nعلى B-FOO\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_conll_read (bytes, "aner.txt", NULL, &problems, &error);
  HashiyaCatalog *catalog;
  HashiyaActor *actor;

  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_text_get_data (hashiya_document_get_text (document), NULL), ==,
                   "قال عباس عراقجي في طهران .\nوزارة الخارجية إيران على");
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "aner.txt:2: the actor “person-1” (عباس عراقجي) was not in the catalogue; added");
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, "aner.txt:8: the actor “organization-1” (وزارة الخارجية) was not in the catalogue; added");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==, "aner.txt:10: “I-LOC” starts a mention without B-: read as IOB1, as conlleval does");
  g_assert_cmpstr (g_ptr_array_index (problems, 3), ==, "aner.txt:11: a line needs a token and a tag; skipped");
  g_assert_cmpstr (g_ptr_array_index (problems, 4), ==, "aner.txt:12: “FOO” is not an actor kind; the actor is of kind “other”");
  g_assert_cmpstr (g_ptr_array_index (problems, 5), ==, "aner.txt:12: the actor “other-1” (على) was not in the catalogue; added");

  /* طهران and إيران are the catalogue's Iran, found by their text. */
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 5);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 1)), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 3)), ==, "iran");
  catalog = hashiya_document_get_catalog (document);
  actor = hashiya_catalog_lookup (catalog, "person-1");
  g_assert_cmpint (hashiya_actor_get_kind (actor), ==, HASHIYA_ACTOR_KIND_PERSON);
  g_assert_cmpstr (hashiya_actor_get_name_ar (actor), ==, "عباس عراقجي");
}

/* Every I- that continues no chunk is listed, not only the first:
 * after O, after another label, at a sentence's start, after a bad tag. */
static void
test_exports_conll_iob1_remarks (void)
{
  const char *file =
    "قال O\nعباس I-PERS\nعراقجي I-PERS\nفي O\nطهران I-LOC\n\n"
    "وزارة I-ORG\nالخارجية B-ORG\nإيران I-LOC\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_conll_read (bytes, "aner.txt", NULL, &problems, &error);
  guint n_iob1 = 0;
  const guint lines[] = { 2, 5, 7, 9 };

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s", problem);
      if (strstr (problem, "starts a mention without B-") != NULL)
        {
          g_autofree char *prefix = g_strdup_printf ("aner.txt:%u: “I-", lines[n_iob1]);

          g_assert_true (g_str_has_prefix (problem, prefix));
          n_iob1++;
        }
    }
  g_assert_cmpuint (n_iob1, ==, 4);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 5);
}

/* A byte order mark before the first token is not a character of it:
 * the mention is «أرمينيا» at 4:11, the catalogue's Armenia. */
static void
test_exports_conll_bom (void)
{
  const char *file = "\xef\xbb\xbfزار\tO\nأرمينيا\tB-LOC\nأمس\tO\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_conll_read (bytes, "x.conll", NULL, &problems, &error);
  HashiyaMention *mention;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (hashiya_text_get_data (hashiya_document_get_text (document), NULL), ==, "زار أرمينيا أمس");
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 4);
  g_assert_cmpuint (hashiya_mention_get_end (mention), ==, 11);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "armenia");
  g_assert_cmpstr (hashiya_mention_get_label (mention), ==, "LOC");
}

/* A file shaped like an Arabic newswire NER corpus: a byte order mark,
 * CRLF line ends, a left-to-right mark before most tokens, tab-separated
 * fine labels, a proclitic on a name, an I- without B-. Each mention is
 * its name, never a space or a line break or the mark; the catalogue's
 * actors are found by their text; the labels are kept; and the export
 * with --tags label gives the same tokens and the same tags (the I-
 * without B- made a B-, as IOB2 has it). */
static const char newsfane[] =
  "\xEF\xBB\xBF"
  "\u200Eقال\tO\r\n"
  "\u200Eرئيس\tB-Politician\r\n"
  "\u200Eالوزراء\tI-Politician\r\n"
  "\u200Eنيكول\tB-Politician\r\n"
  "\u200Eباشينيان\tI-Politician\r\n"
  "\u200Eإن\tO\r\n"
  "\u200Eوزارة\tB-Ministry\r\n"
  "\u200Eالدفاع\tI-Ministry\r\n"
  "\u200Eالتركية\tI-Ministry\r\n"
  "\u200Eزارت\tO\r\n"
  "\u200Eوناخيتشيوان\tB-Region\r\n"
  "\u200E.\tO\r\n"
  "\r\n"
  "\u200Eوفي\tO\r\n"
  "2023\tO\r\n"
  "\u200Eاستقبلت\tO\r\n"
  "\u200Eباكو\tI-City\r\n"
  "\u200Eمسؤولي\tO\r\n"
  "\u200Eشركة\tB-Company\r\n"
  "\u200Eسوكار\tI-Company\r\n"
  "\u200Eالأذربيجانية\tB-Country\r\n"
  "\u200E.\tO\r\n";

static void
test_exports_conll_newsfane (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (newsfane, sizeof newsfane - 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_conll_read (bytes, "newsfane.txt", NULL, &problems, &error);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("newsfane");
  g_autoptr(GBytes) written = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *conll = NULL;
  HashiyaText *text;
  const struct { const char *text; const char *actor; const char *label; } mentions[] = {
    { "رئيس \u200Eالوزراء", "person-1", "Politician" },
    { "نيكول \u200Eباشينيان", "nikol-pashinyan", "Politician" },
    { "وزارة \u200Eالدفاع \u200Eالتركية", "turkey-mod", "Ministry" },
    { "ناخيتشيوان", "nakhchivan", "Region" },
    { "باكو", "azerbaijan", "City" },
    { "شركة \u200Eسوكار", "organization-1", "Company" },
    { "الأذربيجانية", "azerbaijan", "Country" },
  };

  options->conll_tags = HASHIYA_CONLL_TAGS_LABEL;
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "newsfane.txt:2: the actor “person-1” (رئيس \u200Eالوزراء) was not in the catalogue; added");
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, "newsfane.txt:17: “I-City” starts a mention without B-: read as IOB1, as conlleval does");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==, "newsfane.txt:19: the actor “organization-1” (شركة \u200Eسوكار) was not in the catalogue; added");

  text = hashiya_document_get_text (document);
  g_assert_true (g_str_has_prefix (hashiya_text_get_data (text, NULL), "\u200Eقال \u200Eرئيس"));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, G_N_ELEMENTS (mentions));
  for (guint i = 0; i < G_N_ELEMENTS (mentions); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);
      guint start = hashiya_mention_get_start (mention), end = hashiya_mention_get_end (mention);
      g_autofree char *covered = hashiya_text_slice (text, start, end);

      g_assert_cmpstr (covered, ==, mentions[i].text);
      g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, mentions[i].actor);
      g_assert_cmpstr (hashiya_mention_get_label (mention), ==, mentions[i].label);
      /* Nothing to trim: no space, mark or line break at an edge. */
      g_assert_true (hashiya_text_tidy_span (text, &start, &end));
      g_assert_cmpuint (start, ==, hashiya_mention_get_start (mention));
      g_assert_cmpuint (end, ==, hashiya_mention_get_end (mention));
      g_assert_null (strchr (covered, '\n'));
    }

  written = export (document, HASHIYA_EXPORT_CONLL, options);
  conll = g_strndup (g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  {
    g_autofree char *lf = hashiya_test_replace (newsfane + 3, "\r\n", "\n");
    g_autofree char *spaced = hashiya_test_replace (lf, "\t", " ");
    g_autofree char *b_city = hashiya_test_replace (spaced, "I-City", "B-City");

    expected = g_strconcat ("-DOCSTART- O\n\n", b_city, "\n", NULL);
  }
  g_assert_cmpstr (conll, ==, expected);
}

/* Punctuation a file puts inside a chunk stays in it: importing and
 * exporting again gives the same tokens and the same tags. */
static void
test_exports_conll_punctuation_in_chunk (void)
{
  const char *file =
    "-DOCSTART- O\n\n"
    "اجتماع O\n\u200Eصيغة B-Forum\n\" I-Forum\n3 I-Forum\n+ I-Forum\n3 I-Forum\n\" I-Forum\nفي O\n"
    "« B-City\n\u200Eطهران I-City\n» I-City\n. O\n\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_conll_read (bytes, "forum.conll", NULL, &problems, &error);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("forum");
  g_autofree char *conll = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 0)), ==, "format-3plus3");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 1)), ==, "iran");
  options->conll_tags = HASHIYA_CONLL_TAGS_LABEL;
  conll = export_string (document, HASHIYA_EXPORT_CONLL, options);
  g_assert_cmpstr (conll, ==, file);
}

/* doccano's labels: the catalogue's actors found by their text (a
 * proclitic before the name allowed), and a label that says more than
 * the kind kept on the mention. */
static void
test_exports_jsonl_labels (void)
{
  const char *file = "{\"text\": \"زار أرمينيا وطهران\", \"label\": [[4, 11, \"Country\"], [12, 18, \"State\"]]}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_jsonl_read (bytes, "doccano.jsonl", NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 0)), ==, "armenia");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 1)), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_label (hashiya_document_get_mention (document, 0)), ==, "Country");
  g_assert_null (hashiya_mention_get_label (hashiya_document_get_mention (document, 1)));
}

/* doccano's relation projects: entities with integer ids and no spans,
 * relations naming them; a type the catalogue lacks is added. */
static void
test_exports_jsonl_doccano_relations (void)
{
  const char *file = "{\"id\": 9, \"text\": \"اتهمت باكو يريفان وتركيا\", "
                     "\"entities\": [{\"id\": 30, \"label\": \"GPE\", \"start_offset\": 6, \"end_offset\": 10}, "
                     "{\"id\": 31, \"label\": \"GPE\", \"start_offset\": 11, \"end_offset\": 17}, "
                     "{\"id\": 32, \"label\": \"GPE\", \"start_offset\": 19, \"end_offset\": 24}], "
                     "\"relations\": [{\"id\": 4, \"from_id\": 30, \"to_id\": 31, \"type\": \"accuse\"}, "
                     "{\"id\": 5, \"from_id\": 30, \"to_id\": 32, \"type\": \"neighbourOf\"}, "
                     "{\"id\": 6, \"from_id\": 30, \"to_id\": 99, \"type\": \"accuse\"}, "
                     "{\"id\": 7, \"from_id\": 31, \"type\": \"accuse\"}]}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_jsonl_read (bytes, "doccano.jsonl", NULL, &problems, &error);
  const char *expected[] = {
    "doccano.jsonl:1: relation 2: the relation type “neighbourOf” was not in the relation catalogue; added as "
    "“neighbour-of”, of the quad class verbal cooperation",
    "doccano.jsonl:1: relation 3: “to_id” 99 names no imported entity; skipped",
    "doccano.jsonl:1: relation 4: no whole-number “to_id”; skipped",
  };
  GListModel *relations;
  g_autoptr(HashiyaRelation) relation = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 3);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 0)), ==, "azerbaijan");
  relations = hashiya_document_get_relations (document);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  relation = g_list_model_get_item (relations, 0);
  g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "accuse");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation))),
                   ==, "armenia");
  g_clear_object (&relation);
  relation = g_list_model_get_item (relations, 1);
  g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "neighbour-of");
}

/* A relation is a linking annotation: its targets the annotations of its
 * source and its target mentions (and, since the targets of an
 * annotation have no order, "hashiya:source" and "hashiya:target"), and
 * its trigger as a place in the text; its type a tagging body, its CAMEO
 * codes classifying ones. */
static void
test_exports_w3c_relations (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_with_relations ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(GBytes) w3c = export (document, HASHIYA_EXPORT_W3C, options);
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (w3c, NULL), NULL);
  JsonObject *collection = json_node_get_object (root);
  JsonArray *items = json_object_get_array_member (json_object_get_object_member (collection, "first"), "items");
  const char *sha256 = hashiya_text_get_sha256 (hashiya_document_get_text (document));
  g_autofree char *source = g_strdup_printf ("urn:hashiya:%s:m3", sha256);
  g_autofree char *target = g_strdup_printf ("urn:hashiya:%s:m4", sha256);
  g_autofree char *id = g_strdup_printf ("urn:hashiya:%s:r1", sha256);
  JsonObject *link, *trigger, *selector;
  JsonArray *targets, *bodies;

  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, 71 + 6);
  g_assert_cmpuint (json_array_get_length (items), ==, 77);
  link = json_array_get_object_element (items, 71);
  g_assert_cmpstr (json_object_get_string_member (link, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (link, "motivation"), ==, "linking");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (link, "creator"), "name"), ==, "Layla");
  g_assert_cmpstr (json_object_get_string_member (link, "created"), ==, "2026-11-26T00:41:02Z");
  targets = json_object_get_array_member (link, "target");
  g_assert_cmpuint (json_array_get_length (targets), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (targets, 0), ==, source);
  g_assert_cmpstr (json_array_get_string_element (targets, 1), ==, target);
  trigger = json_array_get_object_element (targets, 2);
  g_assert_cmpstr (json_object_get_string_member (trigger, "hashiya:role"), ==, "trigger");
  selector = json_array_get_object_element (json_object_get_array_member (trigger, "selector"), 0);
  g_assert_cmpstr (json_object_get_string_member (selector, "type"), ==, "TextPositionSelector");
  g_assert_cmpint (json_object_get_int_member (selector, "start"), ==, 146);
  selector = json_array_get_object_element (json_object_get_array_member (trigger, "selector"), 1);
  g_assert_cmpstr (json_object_get_string_member (selector, "exact"), ==, "تستضيف");
  bodies = json_object_get_array_member (link, "body");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "purpose"), ==, "tagging");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "value"), ==, "consult");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 1), "purpose"), ==, "classifying");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 1), "value"), ==, "CAMEO 04");
  g_assert_cmpstr (json_object_get_string_member (link, "hashiya:source"), ==, source);
  g_assert_cmpstr (json_object_get_string_member (link, "hashiya:target"), ==, target);
  g_assert_cmpstr (json_object_get_string_member (link, "hashiya:mode"), ==, "host");
  g_assert_false (json_object_get_boolean_member (link, "hashiya:negated"));
  g_assert_cmpstr (json_object_get_string_member (link, "hashiya:modality"), ==, "asserted");
  /* The assault's three CAMEO codes */
  link = json_array_get_object_element (items, 71 + 3);
  g_assert_true (json_object_get_boolean_member (link, "hashiya:negated"));
}

/* Another tool's linking annotation: its motivations of any JSON type,
 * its targets objects naming the annotations, its type a tagging body the
 * catalogue lacks; one that links to no annotation of the file is named
 * and skipped. */
static void
test_exports_w3c_foreign_links (void)
{
  const char *file =
    "[{\"id\": \"http://example.com/a1\", \"type\": \"Annotation\", \"body\": \"urn:hashiya:actor:azerbaijan\","
    "  \"target\": {\"source\": \"http://example.com/t\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 79, \"end\": 87}}},"
    " {\"id\": \"http://example.com/a2\", \"type\": \"Annotation\", \"body\": \"urn:hashiya:actor:turkey\","
    "  \"target\": {\"source\": \"http://example.com/t\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": 89, \"end\": 94}}},"
    " {\"type\": \"Annotation\", \"motivation\": [{\"id\": \"x\"}, null, 7, [], \"linking\", \"tagging\"],"
    "  \"body\": {\"type\": \"TextualBody\", \"value\": \"allies with\", \"purpose\": \"tagging\"},"
    "  \"target\": [{\"id\": \"http://example.com/a1\"}, {\"id\": \"http://example.com/a2\"}]},"
    " {\"type\": \"Annotation\", \"motivation\": \"linking\", \"body\": {\"type\": \"TextualBody\", \"value\": \"cooperate\", \"purpose\": \"tagging\"},"
    "  \"target\": [\"http://example.com/a1\", \"http://example.com/nothing\"]},"
    " {\"type\": \"Annotation\", \"motivation\": \"linking\", \"target\": [\"http://example.com/a1\", \"http://example.com/a2\"]}"
    "]";
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new_from_text_file (txt, NULL, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "links.json: annotation 3: the relation type “allies with” was not in the relation catalogue; added as "
    "“allies-with”, of the quad class verbal cooperation",
    "links.json: annotation 4: “http://example.com/nothing” names no annotation of the file; the relation is skipped",
    "links.json: annotation 5: a linking annotation without a tagging body names no relation type; skipped",
  };
  g_autoptr(HashiyaRelation) relation = NULL;

  g_assert_true (hashiya_w3c_read (document, bytes, "links.json", &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, 1);
  relation = g_list_model_get_item (hashiya_document_get_relations (document), 0);
  g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "allies-with");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation))),
                   ==, "azerbaijan");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation))),
                   ==, "turkey");
}

/* Another tool's annotation: a quote without a position (as Hypothesis
 * writes), a note, and a body that is not an actor. */
static void
test_exports_w3c_foreign (void)
{
  const char *file =
    "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\", \"items\": ["
    " {\"type\": \"Annotation\", \"body\": [{\"type\": \"TextualBody\", \"value\": \"State\", \"purpose\": \"tagging\"},"
    "   {\"type\": \"TextualBody\", \"value\": \"host\", \"purpose\": \"commenting\"}],"
    "  \"target\": {\"source\": \"http://example.com/a\", \"selector\": {\"type\": \"TextQuoteSelector\","
    "   \"exact\": \"طهران\", \"prefix\": \"تستضيف فيه \", \"suffix\": \" الاجتماع\"}}},"
    " {\"type\": \"Annotation\", \"body\": \"http://www.wikidata.org/entity/Q227\","
    "  \"target\": {\"source\": \"http://example.com/a\", \"selector\": [{\"type\": \"TextPositionSelector\", \"start\": 79, \"end\": 87},"
    "   {\"type\": \"XPathSelector\", \"value\": \"/p[1]\"}]}},"
    " {\"type\": \"Annotation\", \"target\": \"http://example.com/a\"},"
    " 3"
    "]}";
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new_from_text_file (txt, NULL, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, strlen (file));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention;

  g_assert_true (hashiya_w3c_read (document, bytes, "page.json", &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "page.json: annotation 1: “طهران”, given without a position, found at 157:162");
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, "page.json: annotation 2: the selector “XPathSelector” is not one Hashiya reads; ignored");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==, "page.json: annotation 2: the body “http://www.wikidata.org/entity/Q227” is not a Hashiya actor; the actor is found by its text");
  g_assert_cmpstr (g_ptr_array_index (problems, 3), ==, "page.json: annotation 3: a target without a selector names no place in the text; ignored");
  g_assert_cmpstr (g_ptr_array_index (problems, 4), ==, "page.json: annotation 3: no TextPositionSelector or TextQuoteSelector; skipped");
  g_assert_cmpstr (g_ptr_array_index (problems, 5), ==, "page.json: annotation 4: not an object; skipped");

  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "azerbaijan");
  mention = hashiya_document_get_mention (document, 1);
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 157);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_note (mention), ==, "host");
}

/* W3C annotations on an edited text are re-anchored by their quotes. */
static void
test_exports_w3c_edited_text (void)
{
  g_autoptr(HashiyaDocument) gold = hashiya_test_import_gold ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(GBytes) w3c = export (gold, HASHIYA_EXPORT_W3C, options);
  const char *data = hashiya_text_get_data (hashiya_document_get_text (gold), NULL);
  g_autofree char *edited = g_strconcat ("باكو – خاص\n", data, NULL);
  g_autoptr(HashiyaText) text = hashiya_text_new (edited, strlen (edited), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const HashiyaReanchorReport *report;

  g_assert_true (hashiya_w3c_read (document, w3c, "doc.jsonld", &problems, &error));
  g_assert_no_error (error);
  report = hashiya_document_get_reanchor_report (document);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->moved, ==, hashiya_document_get_n_mentions (gold));
  g_assert_cmpuint (report->orphaned, ==, 0);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, hashiya_document_get_n_mentions (gold));
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_get_mention (document, 0)), ==, 79 + 11);
}

/* Broken files: the exact error, and nothing imported. */
static void
test_exports_bad_input (void)
{
  static const struct { HashiyaExportFormat format; const char *data; const char *message; } cases[] = {
    { HASHIYA_EXPORT_W3C, "{\"type\": \"Annotation\"", "bad.json:1:21: Parse error: invalid string constant" },
    { HASHIYA_EXPORT_W3C, "{\"type\": \"Collection\"}", "bad.json: neither an Annotation, nor an AnnotationCollection or AnnotationPage with “items”" },
    { HASHIYA_EXPORT_JSONL, "\n\n", "bad.json: the file holds no document" },
    { HASHIYA_EXPORT_JSONL, "", "bad.json: the file is empty" },
    { HASHIYA_EXPORT_CONLL, "", "bad.json: the file is empty" },
    { HASHIYA_EXPORT_W3C, "", "bad.json: the file is empty" },
    { HASHIYA_EXPORT_JSONL, "{\"spans\": []}", "bad.json:1: \"text\" is missing" },
    { HASHIYA_EXPORT_JSONL, "\xff{}", "bad.json: not valid UTF-8 at byte offset 0" },
    { HASHIYA_EXPORT_CONLL, "-DOCSTART- O\n\n", "bad.json: no tokens: the text is empty" },
    { HASHIYA_EXPORT_CONLL, "a O\n\xc3\x28 O\n", "bad.json: not valid UTF-8 at byte offset 4" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, strlen (cases[i].data));
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaDocument) document = NULL;

      if (cases[i].format == HASHIYA_EXPORT_W3C)
        {
          g_autoptr(HashiyaDocument) target = hashiya_test_sample_document ();

          g_assert_false (hashiya_w3c_read (target, bytes, "bad.json", &problems, &error));
          g_assert_cmpuint (hashiya_document_get_n_mentions (target), ==, 0);
        }
      else if (cases[i].format == HASHIYA_EXPORT_JSONL)
        document = hashiya_jsonl_read (bytes, "bad.json", NULL, &problems, &error);
      else
        document = hashiya_conll_read (bytes, "bad.json", NULL, &problems, &error);
      g_assert_null (document);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_assert_null (problems);
    }
}

/* An export to a folder that cannot be written leaves nothing behind,
 * and an existing file stays whole. */
static void
test_exports_unwritable (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no", "such", "doc.csv", NULL);
  g_autofree char *existing = hashiya_test_write_file (dir, "doc.csv", "old", -1);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hashiya_export_file (document, HASHIYA_EXPORT_CSV, options, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (hashiya_export_file (document, HASHIYA_EXPORT_CSV, options, existing, &error));
  g_assert_no_error (error);
  contents = hashiya_test_read_file (existing, NULL);
  g_assert_true (g_str_has_prefix (contents, "id,start,end"));
  hashiya_test_remove_tree (dir);
}

/* A4 pages, one or more, with the PDF's own header and trailer. */
static void
test_exports_pdf (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(GBytes) pdf = NULL;
  gsize size;
  const char *data;
  g_autofree char *copy = NULL;

  /* Notes, one with markup in it (tests/checkers reads them back with
   * pdftotext). */
  hashiya_mention_set_note (hashiya_document_get_mention (document, 0), "<b>bold</b> & more");
  hashiya_mention_set_note (hashiya_document_get_mention (document, 1), "ملاحظة");
  hashiya_mention_set_note (hashiya_document_get_mention (document, 2), "ثانية");
  pdf = export (document, HASHIYA_EXPORT_PDF, options);
  data = g_bytes_get_data (pdf, &size);
  copy = g_strndup (data, size);

  g_assert_true (g_str_has_prefix (copy, "%PDF-1."));
  g_assert_nonnull (memmem (data, size, "%%EOF", 5));
  g_assert_nonnull (memmem (data, size, "/MediaBox [ 0 0 595.276 841.89 ]", 32));
}

/* Pixels of PAGE (ARGB32, white paper) with ROWS rows from FIRST on,
 * whose colour leans clearly to red, green or blue. */
static void
count_colours (cairo_surface_t *page,
               int              first,
               int              rows,
               guint            counts[3])
{
  const guchar *data = cairo_image_surface_get_data (page);
  int stride = cairo_image_surface_get_stride (page);
  int width = cairo_image_surface_get_width (page);

  counts[0] = counts[1] = counts[2] = 0;
  for (int y = first; y < first + rows && y < cairo_image_surface_get_height (page); y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
        int rgb[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };

        for (int c = 0; c < 3; c++)
          if (rgb[c] - MAX (rgb[(c + 1) % 3], rgb[(c + 2) % 3]) > 40)
            counts[c]++;
      }
}

/* Three mentions on one span, two actors and a suggestion: the page shows
 * each in its colour (a background, an underline, a wavy underline). */
static void
test_exports_pdf_same_span (void)
{
  const char *data = "قالت أذربيجان أمس";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new ("doc");
  g_autoptr(HashiyaPrintLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  const char *actors[] = { "azerbaijan", "turkey", "iran" };
  const char *colours[] = { "#ff0000", "#00c000", "#0000ff" };
  const double scale = 3;
  cairo_surface_t *page;
  PangoContext *context;
  HashiyaMention *mention = NULL;
  int first = -1;
  guint counts[3];
  cairo_t *cr;

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      hashiya_actor_set_color (hashiya_catalog_lookup (catalog, actors[i]), colours[i]);
      mention = hashiya_document_annotate (document, 5, 13, actors[i], HASHIYA_MENTION_TYPE_NAME, &error);
      g_assert_no_error (error);
    }
  hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);

  page = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (HASHIYA_PAGE_WIDTH * scale), (int) (HASHIYA_PAGE_HEIGHT * scale));
  cr = cairo_create (page);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  context = pango_cairo_create_context (cr);
  layout = hashiya_print_layout_new (document, options, context, HASHIYA_PAGE_WIDTH, HASHIYA_PAGE_HEIGHT);
  hashiya_print_layout_draw_page (layout, cr, 0);
  cairo_surface_flush (page);

  /* The first coloured row is the text's line; the legend's squares are
   * well below the 30 points looked at. */
  for (int y = 0; y < cairo_image_surface_get_height (page) && first < 0; y++)
    {
      count_colours (page, y, 1, counts);
      if (counts[0] + counts[1] + counts[2] > 0)
        first = y;
    }
  g_assert_cmpint (first, >, 0);
  count_colours (page, first, (int) (30 * scale), counts);
  g_test_message ("red %u, green %u, blue %u", counts[0], counts[1], counts[2]);
  g_assert_cmpuint (counts[0], >, 100);
  g_assert_cmpuint (counts[1], >, 100);
  g_assert_cmpuint (counts[2], >, 100);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (page);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exports/golden", test_exports_golden);
  g_test_add_func ("/exports/golden-relations", test_exports_golden_relations);
  g_test_add_data_func ("/exports/round-trip/w3c", GINT_TO_POINTER (HASHIYA_EXPORT_W3C), test_exports_round_trip);
  g_test_add_data_func ("/exports/round-trip/jsonl", GINT_TO_POINTER (HASHIYA_EXPORT_JSONL), test_exports_round_trip);
  g_test_add_func ("/exports/round-trip/conll", test_exports_round_trip_conll);
  g_test_add_func ("/exports/round-trip/conll-crlf-emoji", test_exports_round_trip_conll_crlf_emoji);
  g_test_add_func ("/exports/offsets-consistent", test_exports_offsets_consistent);
  g_test_add_func ("/exports/csv/quoting", test_exports_csv_quoting);
  g_test_add_func ("/exports/csv/relations", test_exports_csv_relations);
  g_test_add_func ("/exports/relations/confirmed-only", test_exports_relations_confirmed_only);
  g_test_add_func ("/exports/html/relations", test_exports_html_relations);
  g_test_add_func ("/exports/html/escaping", test_exports_html_escaping);
  g_test_add_func ("/exports/html/nesting", test_exports_html_nesting);
  g_test_add_func ("/exports/conll/tokens", test_exports_conll_tokens);
  g_test_add_func ("/exports/conll/iob2", test_exports_conll_iob2);
  g_test_add_func ("/exports/conll/iob2-validator", test_exports_conll_iob2_validator);
  g_test_add_func ("/exports/conll/same-tokens", test_exports_conll_same_tokens);
  g_test_add_func ("/exports/conll/format-characters", test_exports_conll_format_characters);
  g_test_add_func ("/exports/conll/anercorp", test_exports_conll_anercorp);
  g_test_add_func ("/exports/conll/iob1-remarks", test_exports_conll_iob1_remarks);
  g_test_add_func ("/exports/conll/bom", test_exports_conll_bom);
  g_test_add_func ("/exports/conll/newsfane", test_exports_conll_newsfane);
  g_test_add_func ("/exports/conll/punctuation-in-chunk", test_exports_conll_punctuation_in_chunk);
  g_test_add_func ("/exports/jsonl/labels", test_exports_jsonl_labels);
  g_test_add_func ("/exports/jsonl/doccano-relations", test_exports_jsonl_doccano_relations);
  g_test_add_func ("/exports/w3c/relations", test_exports_w3c_relations);
  g_test_add_func ("/exports/w3c/foreign-links", test_exports_w3c_foreign_links);
  g_test_add_func ("/exports/w3c/foreign", test_exports_w3c_foreign);
  g_test_add_func ("/exports/w3c/edited-text", test_exports_w3c_edited_text);
  g_test_add_func ("/exports/bad-input", test_exports_bad_input);
  g_test_add_func ("/exports/unwritable", test_exports_unwritable);
  g_test_add_func ("/exports/pdf", test_exports_pdf);
  g_test_add_func ("/exports/pdf/same-span", test_exports_pdf_same_span);

  return g_test_run ();
}
