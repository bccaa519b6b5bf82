/* test-format.c — the .hashiya file: round trips and every kind of bad file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-document-private.h"
#include "hashiya-format-text.h"
#include "hashiya-mention-lines.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

/* Annotates every gold mention, shifted by @shift (for variants of the
 * text), and checks that each span covers the gold text. */
static HashiyaDocument *
annotate_gold (HashiyaText *text,
               guint      (*shift) (guint offset, gpointer data),
               gpointer     data)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold ();
  HashiyaDocument *document = hashiya_document_new (text, catalog);

  for (guint i = 0; i < gold->len; i++)
    {
      HashiyaGoldMention *g = g_ptr_array_index (gold, i);
      guint start = g->start + (shift != NULL ? shift (g->start, data) : 0);
      guint end = g->end + (shift != NULL ? shift (g->start, data) : 0);
      g_autoptr(GError) error = NULL;
      HashiyaMention *mention;

      g_assert_true (hashiya_text_range_equals (text, start, end, g->text));
      mention = hashiya_document_annotate (document, start, end, g->actor, g->type, &error);
      g_assert_no_error (error);
      /* Fixed times, so that two runs write the same bytes. */
      hashiya_mention_set_created (mention, "2023-10-23T09:30:00Z");
      hashiya_mention_set_modified (mention, "2023-10-23T09:30:00Z");
    }

  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 71);
  return document;
}

static void
assert_same_mentions (HashiyaDocument *a,
                      HashiyaDocument *b)
{
  GListModel *ma = hashiya_document_get_mentions (a);
  GListModel *mb = hashiya_document_get_mentions (b);

  g_assert_cmpuint (g_list_model_get_n_items (ma), ==, g_list_model_get_n_items (mb));
  for (guint i = 0; i < g_list_model_get_n_items (ma); i++)
    {
      g_autoptr(HashiyaMention) x = g_list_model_get_item (ma, i);
      g_autoptr(HashiyaMention) y = g_list_model_get_item (mb, i);

      g_assert_cmpstr (hashiya_mention_get_id (x), ==, hashiya_mention_get_id (y));
      g_assert_cmpuint (hashiya_mention_get_start (x), ==, hashiya_mention_get_start (y));
      g_assert_cmpuint (hashiya_mention_get_end (x), ==, hashiya_mention_get_end (y));
      g_assert_cmpstr (hashiya_mention_get_actor (x), ==, hashiya_mention_get_actor (y));
      g_assert_cmpint (hashiya_mention_get_mention_type (x), ==, hashiya_mention_get_mention_type (y));
      g_assert_cmpstr (hashiya_mention_get_quote_exact (x), ==, hashiya_mention_get_quote_exact (y));
      {
        g_autofree char *x_prefix = NULL, *x_suffix = NULL, *y_prefix = NULL, *y_suffix = NULL;

        hashiya_document_dup_quote_context (a, x, &x_prefix, &x_suffix);
        hashiya_document_dup_quote_context (b, y, &y_prefix, &y_suffix);
        g_assert_cmpstr (x_prefix, ==, y_prefix);
        g_assert_cmpstr (x_suffix, ==, y_suffix);
      }
    }
}

/* Write, read, write: the two files are the same bytes and the documents
 * the same mentions. */
static void
assert_round_trip (HashiyaDocument *document)
{
  g_autoptr(GBytes) first = hashiya_format_write (document);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaText *a, *b;

  reread = hashiya_format_read (first, "round-trip.hashiya", &error);
  g_assert_no_error (error);
  g_assert_false (hashiya_document_get_modified (reread));
  second = hashiya_format_write (reread);
  g_assert_true (g_bytes_equal (first, second));

  a = hashiya_document_get_text (document);
  b = hashiya_document_get_text (reread);
  g_assert_cmpstr (hashiya_text_get_sha256 (a), ==, hashiya_text_get_sha256 (b));
  g_assert_cmpuint (hashiya_text_get_has_bom (a), ==, hashiya_text_get_has_bom (b));
  assert_same_mentions (document, reread);
}

static void
test_round_trip_article (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) document = annotate_gold (text, NULL, NULL);

  assert_round_trip (document);
}

/* Each "\n" before an offset became "\r\n": one more code point. */
static guint
crlf_shift (guint    offset,
            gpointer data)
{
  HashiyaText *original = data;
  guint shift = 0;

  for (guint i = 0; i < offset; i++)
    shift += hashiya_text_get_char (original, i) == '\n';
  return shift;
}

static void
test_round_trip_crlf (void)
{
  g_autoptr(HashiyaText) original = hashiya_test_sample_text ();
  g_autofree char *crlf = hashiya_test_replace (hashiya_text_get_data (original, NULL), "\n", "\r\n");
  g_autoptr(HashiyaText) text = hashiya_text_new (crlf, strlen (crlf), NULL);
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_cmpuint (hashiya_text_get_length (text), ==, 2849 + 9);
  document = annotate_gold (text, crlf_shift, original);
  assert_round_trip (document);

  /* The text is stored exactly, "\r\n" and all. */
  bytes = hashiya_format_write (document);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "\\r\\n"));
}

#define EMOJI_PREFIX "🇦🇿🇹🇷 "
#define EMOJI_INSIDE "👍🏽"

static guint
emoji_shift (guint    offset,
             gpointer data)
{
  guint first_line_end = GPOINTER_TO_UINT (data);

  return 5 + (offset >= first_line_end ? 2 : 0);
}

static void
test_round_trip_emoji (void)
{
  g_autoptr(HashiyaText) original = hashiya_test_sample_text ();
  const char *data = hashiya_text_get_data (original, NULL);
  const char *newline = strchr (data, '\n');
  g_autofree char *head = g_strndup (data, newline + 1 - data);
  g_autofree char *joined = g_strconcat (EMOJI_PREFIX, head, EMOJI_INSIDE, newline + 1, NULL);
  g_autoptr(HashiyaText) text = hashiya_text_new (joined, strlen (joined), NULL);
  g_autoptr(HashiyaDocument) document = NULL;
  guint first_line_end = (guint) g_utf8_strlen (data, newline + 1 - data);

  g_assert_cmpuint (hashiya_text_get_length (text), ==, 2849 + 7);
  document = annotate_gold (text, emoji_shift, GUINT_TO_POINTER (first_line_end));
  assert_round_trip (document);
}

static void
test_round_trip_bom (void)
{
  const char data[] = "\xEF\xBB\xBFوقال وزير الخارجية الروسي سيرغي لافروف";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, sizeof data - 1, NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(GBytes) bytes = hashiya_format_write (document);
  g_autoptr(HashiyaDocument) reread = hashiya_format_read (bytes, "bom.hashiya", NULL);
  g_autoptr(GBytes) restored = hashiya_text_to_bytes (hashiya_document_get_text (reread), TRUE);

  g_assert_true (hashiya_text_get_has_bom (hashiya_document_get_text (reread)));
  g_assert_cmpmem (g_bytes_get_data (restored, NULL), g_bytes_get_size (restored), data, sizeof data - 1);
  assert_round_trip (document);
}

static void
test_catalog_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogues", "3plus3.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_load_file (path, &error);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GHashTable) colors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *on_disk = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 24);

  /* Every actor has both names and its own colour. */
  for (guint i = 0; i < 24; i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

      g_assert_nonnull (hashiya_actor_get_name_ar (actor));
      g_assert_nonnull (hashiya_actor_get_name_en (actor));
      g_assert_true (hashiya_color_is_valid (hashiya_actor_get_color (actor)));
      g_assert_true (g_hash_table_add (colors, (gpointer) hashiya_actor_get_color (actor)));
    }
  g_assert_cmpint (hashiya_actor_get_kind (hashiya_catalog_lookup (catalog, "format-3plus3")), ==,
                   HASHIYA_ACTOR_KIND_FORUM);
  g_assert_true (g_strv_contains (hashiya_actor_get_aliases (hashiya_catalog_lookup (catalog, "iran")), "طهران"));

  /* The file is in the writer's own layout. */
  on_disk = hashiya_test_read_file (path, &length);
  written = hashiya_catalog_write (catalog);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written), on_disk, length);
}

/* A small valid file, changed one way per bad case. */
static char *
make_valid_file (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GBytes) bytes = NULL;
  HashiyaMention *mention;

  mention = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_mention_set_created (mention, "2023-10-23T09:30:00Z");
  hashiya_mention_set_modified (mention, "2023-10-23T09:30:00Z");
  bytes = hashiya_format_write (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GError *
read_error (const char *data,
            gsize       length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(HashiyaDocument) document = NULL;
  GError *error = NULL;

  document = hashiya_format_read (bytes, "x.hashiya", &error);
  g_assert_null (document);
  g_assert_nonnull (error);
  return error;
}

/* A hand-edited text sends the mentions to re-anchoring, not to the
 * span checks: their order is still checked (found by fuzzing). */
static void
test_bad_order_in_edited_file (void)
{
  g_autofree char *valid = make_valid_file ();
  g_autofree char *swapped = hashiya_test_replace (valid, "\"start\": 79", "\"start\": 90");
  g_autofree char *edited = hashiya_test_replace (swapped, "d22bcf865a908da7b5859ab1d3f78f731f1eec789d6a19c1f97b2577af153dd8",
                                                  "0000000000000000000000000000000000000000000000000000000000000000");
  g_autoptr(GError) error = read_error (edited, strlen (edited));

  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "x.hashiya: mention 1: start 90 is after end 87");
}

static void
test_bad_files (void)
{
  g_autofree char *valid = make_valid_file ();
  g_autofree char *m1 = NULL;
  g_autofree char *m2 = NULL;
  struct {
    const char *from;
    const char *to;
    int         code;
    const char *message;
  } cases[] = {
    { "\"start\": 79", "\"start\": \"79\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: \"start\" must be a whole number, not a string" },
    { "\"start\": 79", "\"start\": 79.5", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: \"start\" must be a whole number, not a number with a fraction" },
    { "\"start\": 79", "\"start\": -4", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: \"start\" is -4, out of range (0 to 2147483647)" },
    { "\"actor\": \"azerbaijan\", \"type\"", "\"actor\": \"atlantis\", \"type\"", HASHIYA_ERROR_NOT_FOUND,
      "x.hashiya: mention 1: actor \"atlantis\" is not in the catalogue" },
    { "\"start\": 79", "\"start\": 90", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: start 90 is after end 87" },
    { "\"end\": 87", "\"end\": 3000", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: end 3000 is past the end of the text (2849 characters)" },
    { "\"version\": 1", "\"version\": 7", HASHIYA_ERROR_VERSION,
      "x.hashiya: version 7 was written by a newer Hashiya; this one reads up to version 6. "
      "Update Hashiya to open it." },
    { "\"format\": \"hashiya\"", "\"format\": \"brat\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: not a hashiya file: \"format\" is \"brat\"" },
    { "\"offset_unit\"", "\"extra\": 1, \"offset_unit\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: unknown member \"extra\"" },
    { "\"offset_unit\": \"codepoint\"", "\"offset_unit\": \"utf16\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: \"offset_unit\" is \"utf16\"; offsets must count Unicode code points (\"codepoint\")" },
    { "\"relations\": []", "\"relations\": {}", HASHIYA_ERROR_INVALID,
      "x.hashiya: \"relations\" must be a list, not an object" },
    { "\"actor\": \"azerbaijan\", \"type\": \"name\"", "\"actor\": \"azerbaijan\", \"type\": \"nickname\"",
      HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: \"type\" is \"nickname\"; it must be one of name, adjective, capital, "
      "title, pronoun, other" },
    { "{\"exact\": \"أذربيجان\"", "{\"exact\": \"تركيا\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: the text at 79:87 is \"أذربيجان\" but the quote says \"تركيا\"" },
    { "\"created\": \"2023-10-23T09:30:00Z\"", "\"created\": \"yesterday\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: mention 1: \"created\" is not an ISO 8601 time such as 2023-10-23T09:30:00Z" },
    { "\"color\": \"#1546db\"", "\"color\": \"blue\"", HASHIYA_ERROR_INVALID,
      "x.hashiya: actor 1: actor \"azerbaijan\": colour \"blue\" is not of the form #rrggbb" },
    { "{\"id\": \"armenia\"", "{\"id\": \"azerbaijan\"", HASHIYA_ERROR_DUPLICATE,
      "x.hashiya: actor 2: actor \"azerbaijan\" is in the catalogue twice" },
    { "{\"text\": \"باكو\", \"type\": \"capital\"}", "{\"text\": \"باكو\", \"type\": \"city\"}",
      HASHIYA_ERROR_INVALID,
      "x.hashiya: actor 1: alias 5: \"type\" is \"city\"; it must be one of name, adjective, capital, title, "
      "pronoun, other" },
    { "\"relations\": []", "\"relations\": [{\"id\": \"r1\", \"type\": \"hosts\", \"source\": \"iran\"}]",
      HASHIYA_ERROR_INVALID, "x.hashiya:36: relation 1 (r1): \"target\" is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *bad = hashiya_test_replace (valid, cases[i].from, cases[i].to);
      g_autoptr(GError) error = read_error (bad, strlen (bad));

      g_test_message ("case %u: %s", i, cases[i].to);
      g_assert_error (error, HASHIYA_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  /* The same span and actor twice is refused, not merged. */
  m1 = g_strdup (strstr (valid, "{\"id\": \"m1\""));
  *strchr (m1, '\n') = '\0';
  m2 = hashiya_test_replace (m1, "\"m1\"", "\"m2\"");
  {
    g_autofree char *two = g_strconcat (m1, ",\n    ", m2, NULL);
    g_autofree char *bad = hashiya_test_replace (valid, m1, two);
    g_autoptr(GError) error = read_error (bad, strlen (bad));

    g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE);
    g_assert_cmpstr (error->message, ==,
                     "x.hashiya: mention 2: 79:87 is annotated with \"azerbaijan\" twice (also mention 1); "
                     "the same span and actor cannot be annotated twice");
  }
}

static void
test_bad_syntax (void)
{
  g_autofree char *valid = make_valid_file ();
  g_autofree char *no_comma = hashiya_test_replace (valid, "\"version\": 1,", "\"version\": 1");
  g_autoptr(GError) truncated = read_error (valid, strlen (valid) / 2);
  g_autoptr(GError) broken = read_error (no_comma, strlen (no_comma));
  g_autoptr(GError) empty = read_error ("", 0);
  g_autoptr(GError) binary = read_error ("{\0}", 3);
  g_autoptr(GError) latin = read_error ("{\"format\": \"caf\xE9\"}", 18);
  g_autoptr(GError) list = read_error ("[]", 2);
  /* json-glib alone would read the octal "\202" as a lone byte 0x82. */
  const char *octal_text = "{\n  \"format\": \"Pr\\202n\"}";
  g_autoptr(GError) octal = read_error (octal_text, strlen (octal_text));

  g_assert_error (truncated, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX);
  g_assert_true (g_regex_match_simple ("^x\\.hashiya:[0-9]+:[0-9]+: Parse error: ", truncated->message, 0, 0));
  g_assert_error (broken, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX);
  /* The comma is missing at the end of line 3. */
  g_assert_true (g_str_has_prefix (broken->message, "x.hashiya:3:14: Parse error: "));
  g_assert_error (empty, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY);
  g_assert_cmpstr (empty->message, ==, "x.hashiya: the file is empty");
  g_assert_error (binary, HASHIYA_ERROR, HASHIYA_ERROR_BINARY);
  g_assert_cmpstr (binary->message, ==, "x.hashiya: a NUL byte at byte offset 1: this is binary data, not JSON");
  g_assert_error (latin, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING);
  g_assert_cmpstr (latin->message, ==, "x.hashiya: not valid UTF-8 at byte offset 15");
  g_assert_error (list, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (list->message, ==, "x.hashiya: must be an object, not a list");
  g_assert_error (octal, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX);
  g_assert_cmpstr (octal->message, ==, "x.hashiya:2:16: “\\2” is not a JSON escape");
}

static void
test_save_failure_keeps_state (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "missing", "out.hashiya", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: cannot write: no such file or folder", path);
  g_autoptr(GError) error = NULL;

  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_false (hashiya_document_save_file (document, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (hashiya_document_get_modified (document));
  hashiya_test_remove_tree (dir);
}

static char *
written_string (HashiyaDocument *document)
{
  g_autoptr(GBytes) bytes = hashiya_format_write (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The fast reader of mention lines and the general JSON reader make the
 * same document: escapes of every kind, emoji, notes, authors, times,
 * suggestions, orphans; and a file the fast reader declines (a member
 * it does not know) gets the general reader's exact message. */
static void
test_fast_and_general_readers_agree (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *written = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *general = NULL;
  g_autofree char *unknown = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention;
  gsize start, end;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED);
  hashiya_document_review_suggestions (document, TRUE);
  mention = hashiya_document_get_mention (document, 0);
  hashiya_mention_set_note (mention, "a \"quoted\" note\twith\\ tab, 😀 and\nline");
  hashiya_mention_set_author (mention, "نور");
  hashiya_mention_set_status (hashiya_document_get_mention (document, 1), HASHIYA_MENTION_STATUS_SUGGESTED);
  hashiya_mention_set_created (hashiya_document_get_mention (document, 2), "2024-02-29T23:59:59+03:00");
  hashiya_mention_set_label (hashiya_document_get_mention (document, 3), "B-\"Country\"");
  written = written_string (document);
  /* Escapes the writer does not use: \u with a surrogate pair, \/ */
  escaped = hashiya_test_replace (written, "\"note\": \"a ", "\"note\": \"\\ud83d\\ude00\\u0623\\/ ");
  general = hashiya_test_replace (escaped, "\n  \"mentions\": [", "\n  \"mentions\" : [");

  {
    g_autoptr(GBytes) fast_bytes = g_bytes_new_static (escaped, strlen (escaped));
    g_autoptr(GBytes) general_bytes = g_bytes_new_static (general, strlen (general));
    g_autoptr(HashiyaDocument) fast = hashiya_format_read (fast_bytes, "doc.hashiya", &error);
    g_autoptr(HashiyaDocument) slow = hashiya_format_read (general_bytes, "doc.hashiya", &error);
    g_autofree char *fast_written = NULL;
    g_autofree char *slow_written = NULL;

    g_assert_no_error (error);
    /* The first went the fast way, the second could not. */
    {
      g_autoptr(GPtrArray) made = _hashiya_read_mention_lines (escaped, strlen (escaped), G_MAXUINT, &start, &end);
      g_autoptr(GPtrArray) none = _hashiya_read_mention_lines (general, strlen (general), G_MAXUINT, &start, &end);

      g_assert_nonnull (made);
      g_assert_cmpuint (made->len, ==, hashiya_document_get_n_mentions (document));
      g_assert_null (none);
    }
    fast_written = written_string (fast);
    slow_written = written_string (slow);
    g_assert_cmpstr (fast_written, ==, slow_written);
    g_assert_cmpstr (hashiya_mention_get_note (hashiya_document_get_mention (fast, 0)), ==,
                     "😀أ/ \"quoted\" note\twith\\ tab, 😀 and\nline");
    g_assert_cmpuint (hashiya_document_get_n_mentions (fast), ==, hashiya_document_get_n_mentions (document));
  }

  unknown = hashiya_test_replace (written, "\"author\": \"نور\"", "\"writer\": \"نور\"");
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (unknown, strlen (unknown));
    g_autoptr(HashiyaDocument) refused = hashiya_format_read (bytes, "doc.hashiya", &error);

    g_assert_null (_hashiya_read_mention_lines (unknown, strlen (unknown), G_MAXUINT, &start, &end));
    g_assert_null (refused);
    g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
    g_assert_true (g_str_has_prefix (error->message, "doc.hashiya: mention 1: unknown member \"writer\""));
  }
}

/* Reads DATA (a string) with the whole reader. */
static HashiyaDocument *
read_string (const char  *data,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, strlen (data));

  return hashiya_format_read (bytes, "doc.hashiya", error);
}

/* FILE is read, or refused, exactly as the general reader reads or
 * refuses it laid out otherwise: its text's lines not as the writer lays
 * them out, with every character where it was (an error's line and
 * column the same). */
static void
assert_read_as_general (const char *file)
{
  g_autofree char *general = hashiya_test_replace (file, "\"bom\": false, ", "\"bom\":false,  ");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) general_error = NULL;
  g_autoptr(HashiyaDocument) read = read_string (file, &error);
  g_autoptr(HashiyaDocument) read_general = read_string (general, &general_error);

  g_assert_true ((read == NULL) == (read_general == NULL));
  if (read == NULL)
    {
      g_assert_nonnull (error);
      g_assert_nonnull (general_error);
      g_assert_cmpint (error->code, ==, general_error->code);
      g_assert_cmpstr (error->message, ==, general_error->message);
    }
  else
    {
      g_autofree char *a = written_string (read);
      g_autofree char *b = written_string (read_general);

      g_assert_cmpstr (a, ==, b);
      g_assert_cmpint (hashiya_document_get_modified (read), ==, hashiya_document_get_modified (read_general));
    }
}

/* The text's line, read straight from the file: every character the
 * writer escapes comes back as it was, and the document read so is the
 * one the general reader makes of the same file laid out otherwise.
 * Strings with anything the general reader must judge are left to it. */
static void
test_text_line (void)
{
  static const char data[] = "«أَذْرَبِيجَان» \"quoted\" back\\slash\ttab\x01 😀\r\nلافروف\n";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autofree char *written = written_string (document);
  g_autofree char *general = hashiya_test_replace (written, "\"content\": \"", "\"content\" : \"");
  g_autoptr(HashiyaDocument) fast = NULL;
  g_autoptr(HashiyaDocument) slow = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fast_written = NULL;
  g_autofree char *slow_written = NULL;
  HashiyaTextLine line;
  static const struct { const char *escape; const char *decoded; } kept[] = {
    { "\\ud83d\\ude00", "😀" },
    { "\\u0623\\/\\b\\f", "أ/\b\f" },
  };
  static const char * const left[] = {
    "\\u0000", "\\ud83d", "\\ude00", "\\ud83d\\u0041", "\\x41", "\\u12G4", "\t", "\xff",
  };

  g_assert_true (_hashiya_read_text_line (written, strlen (written), &line));
  g_assert_cmpstr (line.content, ==, data);
  g_assert_cmpuint (line.n_bytes, ==, strlen (data));
  g_assert_cmpstr (line.sha256, ==, hashiya_text_get_sha256 (text));
  g_assert_cmpuint (line.length, ==, hashiya_text_get_length (text));
  g_assert_cmpint (written[line.start], ==, '"');
  g_assert_true (g_str_has_prefix (written + line.end, "},\n  \"catalog\""));
  _hashiya_text_line_clear (&line);
  g_assert_false (_hashiya_read_text_line (general, strlen (general), &line));
  g_assert_null (line.content);

  fast = read_string (written, &error);
  g_assert_no_error (error);
  slow = read_string (general, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_text_get_data (hashiya_document_get_text (fast), NULL), ==, data);
  fast_written = written_string (fast);
  slow_written = written_string (slow);
  g_assert_cmpstr (fast_written, ==, written);
  g_assert_cmpstr (slow_written, ==, written);

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *escaped = hashiya_test_replace (written, "\"content\": \"", "\"content\": \"@");
      g_autofree char *with = hashiya_test_replace (escaped, "@", kept[i].escape);
      g_autofree char *expected = g_strconcat (kept[i].decoded, data, NULL);

      g_assert_true (_hashiya_read_text_line (with, strlen (with), &line));
      g_assert_cmpstr (line.content, ==, expected);
      _hashiya_text_line_clear (&line);
    }
  for (guint i = 0; i < G_N_ELEMENTS (left); i++)
    {
      g_autofree char *escaped = hashiya_test_replace (written, "\"content\": \"", "\"content\": \"@");
      g_autofree char *with = hashiya_test_replace (escaped, "@", left[i]);

      g_test_message ("left to the general reader: %s", left[i]);
      g_assert_false (_hashiya_read_text_line (with, strlen (with), &line));
      g_assert_null (line.content);
      assert_read_as_general (with);
    }

  /* A line read straight that is not the text the parser takes: a second
   * "text" member after it (the parser keeps the last), and a text edited
   * by hand (its SHA-256 no longer its own), which is re-anchored. */
  {
    g_autofree char *other = g_strdup_printf ("  \"text\": {\"sha256\": \"%s\", \"length\": 3, \"bom\": false, "
                                              "\"content\": \"abc\"},\n  \"catalog\"",
                                              hashiya_text_get_sha256 (text));
    g_autofree char *twice = hashiya_test_replace (written, "  \"catalog\"", other);
    g_autofree char *edited = hashiya_test_replace (written, "لافروف", "لافروڤ");

    g_assert_true (_hashiya_read_text_line (twice, strlen (twice), &line));
    _hashiya_text_line_clear (&line);
    assert_read_as_general (twice);
    g_assert_true (_hashiya_read_text_line (edited, strlen (edited), &line));
    _hashiya_text_line_clear (&line);
    assert_read_as_general (edited);
  }
}

/* A mention's imported label: written only when a mention has one, in
 * version 3; a file without labels stays version 1, and each reads back
 * byte for byte. */
static void
test_label (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) document = annotate_gold (text, NULL, NULL);
  g_autofree char *plain = written_string (document);
  g_autofree char *labelled = NULL;
  g_autofree char *unlabelled = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention = hashiya_document_get_mention (document, 0);

  g_assert_nonnull (strstr (plain, "\"version\": 1,"));
  g_assert_null (strstr (plain, "\"label\""));

  hashiya_mention_set_label (mention, "Country");
  labelled = written_string (document);
  g_assert_nonnull (strstr (labelled, "\"version\": 3,"));
  g_assert_nonnull (strstr (labelled, "\"suffix\": \" وتركيا في إطار التعاون العسكري \"}, \"label\": \"Country\", \"created\""));
  assert_round_trip (document);
  bytes = g_bytes_new_static (labelled, strlen (labelled));
  reread = hashiya_format_read (bytes, "labelled.hashiya", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_mention_get_label (hashiya_document_get_mention (reread, 0)), ==, "Country");
  g_assert_null (hashiya_mention_get_label (hashiya_document_get_mention (reread, 1)));

  /* Without it, the file is the version 1 file it was. */
  hashiya_mention_set_label (mention, NULL);
  unlabelled = written_string (document);
  g_assert_cmpstr (unlabelled, ==, plain);
}

/* Metadata: written only when a document has some, in version 5, on one
 * line after "offset_unit"; a file without stays the version it was, and
 * each reads back byte for byte. */
static void
test_metadata (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) document = annotate_gold (text, NULL, NULL);
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autofree char *plain = written_string (document);
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "3+3", "مناورات", NULL };
  const HashiyaMetadata *read;

  g_assert_nonnull (strstr (plain, "\"version\": 1,"));
  g_assert_null (strstr (plain, "\"metadata\""));

  metadata->title = g_strdup ("مناورات «مصطفى كمال أتاتورك 2023»");
  metadata->source = g_strdup ("Anadolu, Arabic");
  metadata->date = g_strdup ("2023-10-23");
  metadata->url = g_strdup ("https://example.com/a?b=\"c\"");
  g_strfreev (metadata->tags);
  metadata->tags = g_strdupv ((char **) tags);
  g_assert_true (hashiya_document_set_metadata (document, metadata, &error));
  g_assert_no_error (error);
  with = written_string (document);
  g_assert_nonnull (strstr (with, "{\n  \"format\": \"hashiya\",\n  \"version\": 5,\n  \"offset_unit\": \"codepoint\",\n"
                                  "  \"metadata\": {\"title\": \"مناورات «مصطفى كمال أتاتورك 2023»\", "
                                  "\"source\": \"Anadolu, Arabic\", \"date\": \"2023-10-23\", "
                                  "\"url\": \"https://example.com/a?b=\\\"c\\\"\", \"tags\": [\"3+3\", \"مناورات\"]},\n"
                                  "  \"text\": {"));
  assert_round_trip (document);
  bytes = g_bytes_new_static (with, strlen (with));
  reread = hashiya_format_read (bytes, "meta.hashiya", &error);
  g_assert_no_error (error);
  read = hashiya_document_get_metadata (reread);
  g_assert_true (hashiya_metadata_equal (read, metadata));

  /* Only some members: only those are written. */
  g_assert_true (hashiya_document_set_url (document, NULL, NULL));
  g_assert_true (hashiya_document_set_tags (document, NULL, NULL));
  g_assert_true (hashiya_document_set_title (document, "", NULL));
  g_clear_pointer (&with, g_free);
  with = written_string (document);
  g_assert_nonnull (strstr (with, "  \"metadata\": {\"source\": \"Anadolu, Arabic\", \"date\": \"2023-10-23\"},\n"));
  assert_round_trip (document);

  /* Without it, the file is the version 1 file it was. */
  g_assert_true (hashiya_document_set_source (document, NULL, NULL));
  g_assert_true (hashiya_document_set_date (document, NULL, NULL));
  without = written_string (document);
  g_assert_cmpstr (without, ==, plain);
}

/* A version 4 file (relations, its relation catalogue) reads and writes
 * back byte for byte; with metadata it becomes version 5 and keeps all
 * the rest as it was. */
static void
test_version_4_still_read (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) document = annotate_gold (text, NULL, NULL);
  g_autofree char *v4 = NULL;
  g_autofree char *v5 = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaRelation *relation;

  relation = hashiya_document_relate (document, "consult", "m1", "m2", &error);
  g_assert_no_error (error);
  hashiya_relation_set_created (relation, "2023-10-23T09:30:00Z");
  hashiya_relation_set_modified (relation, "2023-10-23T09:30:00Z");
  v4 = written_string (document);
  g_assert_nonnull (strstr (v4, "\"version\": 4,"));

  bytes = g_bytes_new_static (v4, strlen (v4));
  reread = hashiya_format_read (bytes, "v4.hashiya", &error);
  g_assert_no_error (error);
  g_assert_true (hashiya_metadata_is_empty (hashiya_document_get_metadata (reread)));
  again = hashiya_format_write (reread);
  g_assert_cmpmem (g_bytes_get_data (again, NULL), g_bytes_get_size (again), v4, strlen (v4));

  g_assert_true (hashiya_document_set_date (reread, "2023-10-23", &error));
  g_assert_no_error (error);
  v5 = written_string (reread);
  expected = hashiya_test_replace (v4, "\"version\": 4,\n  \"offset_unit\": \"codepoint\",\n",
                                   "\"version\": 5,\n  \"offset_unit\": \"codepoint\",\n"
                                   "  \"metadata\": {\"date\": \"2023-10-23\"},\n");
  g_assert_cmpstr (v5, ==, expected);
}

/* Wrong metadata is refused with its place and the reason. */
static void
test_bad_metadata (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) document = annotate_gold (text, NULL, NULL);
  g_autofree char *valid = NULL;
  struct {
    const char *metadata;
    const char *message;
  } cases[] = {
    { "{\"date\": \"2023-02-30\"}",
      "x.hashiya: metadata: the date “2023-02-30” is not a date of the form YYYY-MM-DD, such as 2024-03-07" },
    { "{\"date\": \"23/10/2023\"}",
      "x.hashiya: metadata: the date “23/10/2023” is not a date of the form YYYY-MM-DD, such as 2024-03-07" },
    { "{\"url\": \"example.com\"}",
      "x.hashiya: metadata: the address “example.com” is not a URL such as https://example.com/article" },
    { "{\"title\": \"\"}", "x.hashiya: metadata: the title is empty; leave it out instead" },
    { "{\"title\": \"a\\nb\"}", "x.hashiya: metadata: the title “a\nb” is more than one line" },
    { "{\"tags\": [\"a\", 3]}", "x.hashiya: metadata: tag 2 is not a string" },
    { "{\"tags\": [\"a\", \"a\"]}", "x.hashiya: metadata: the tag “a” is there twice" },
    { "{\"author\": \"x\"}", "x.hashiya: metadata: unknown member \"author\"" },
    { "[]", "x.hashiya: \"metadata\" must be an object, not a list" },
  };

  valid = written_string (document);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *member = g_strdup_printf ("\"offset_unit\": \"codepoint\",\n  \"metadata\": %s,",
                                                 cases[i].metadata);
      g_autofree char *broken = hashiya_test_replace (valid, "\"offset_unit\": \"codepoint\",", member);
      g_autoptr(GError) error = read_error (broken, strlen (broken));

      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A document big enough for the fast reader to read its mentions on two
 * threads reads as the general reader reads it. */
static void
test_fast_reader_two_threads (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_big_document (1200 * 1024, HASHIYA_MENTION_STATUS_SUGGESTED);
  g_autofree char *written = NULL;
  g_autofree char *general = NULL;
  g_autoptr(GPtrArray) made = NULL;
  gsize start, end;

  written = written_string (document);
  made = _hashiya_read_mention_lines (written, strlen (written), G_MAXUINT, &start, &end);
  g_assert_nonnull (made);
  g_assert_cmpuint (end - start, >, 4 * 1024 * 1024);
  g_assert_cmpuint (made->len, ==, hashiya_document_get_n_mentions (document));
  general = hashiya_test_replace (written, "\n  \"mentions\": [", "\n  \"mentions\" : [");
  {
    g_autoptr(GBytes) fast_bytes = g_bytes_new_static (written, strlen (written));
    g_autoptr(GBytes) general_bytes = g_bytes_new_static (general, strlen (general));
    g_autoptr(HashiyaDocument) fast = hashiya_format_read (fast_bytes, "doc.hashiya", NULL);
    g_autoptr(HashiyaDocument) slow = hashiya_format_read (general_bytes, "doc.hashiya", NULL);
    g_autofree char *fast_written = written_string (fast);
    g_autofree char *slow_written = written_string (slow);

    g_assert_cmpstr (fast_written, ==, written);
    g_assert_cmpstr (slow_written, ==, written);
  }
}

/* A draft is written a few items at a time, between frames: the bytes
 * are those of one write, for mentions, orphans and relations alike. */
static void
test_writer_in_steps (void)
{
  g_autoptr(HashiyaDocument) original = hashiya_test_sample_document ();
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autofree char *shorter = hashiya_test_replace (hashiya_text_get_data (text, NULL),
                                                   "وترفع تركيا وأذربيجان شعار شعب واحد في بلدين ليكون رمزا "
                                                   "للعلاقات الوثيقة بينهما.", "");
  g_autoptr(HashiyaText) edited = hashiya_text_new (shorter, strlen (shorter), NULL);
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GBytes) whole = NULL;
  g_autoptr(GError) error = NULL;
  const guint steps[] = { 1, 7, 1000 };

  hashiya_document_suggest (original, HASHIYA_MENTION_STATUS_ACCEPTED);
  document = hashiya_document_reanchor (original, edited);
  g_assert_nonnull (hashiya_document_relate (document, "cooperate", "m1", "m2", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (document)), ==, 2);
  whole = hashiya_format_write (document);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      HashiyaFormatWriter *writer = hashiya_format_writer_new (document);
      g_autoptr(GBytes) stepped = NULL;
      guint n_steps = 1;

      while (!hashiya_format_writer_step (writer, steps[i]))
        n_steps++;
      stepped = hashiya_format_writer_finish (writer);
      g_assert_true (g_bytes_equal (stepped, whole));
      /* Each step wrote no more items than it was given. */
      g_assert_cmpuint (n_steps, >=, (hashiya_document_get_n_mentions (document) + 3) / steps[i]);
    }
}

/* The fast reader lets go of the file's bytes once its mentions are made,
 * and the relations are read from what is left: their errors still name
 * the line of the whole file, as the general reader's do. */
static void
test_relation_error_line_after_fast_read (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *general = NULL;
  g_autofree char *expected = NULL;
  const char *relation;
  guint line = 1;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), >=, 4);
  g_assert_nonnull (hashiya_document_relate (document, "cooperate", "m1", "m2", &error));
  g_assert_nonnull (hashiya_document_relate (document, "consult", "m3", "m4", &error));
  g_assert_no_error (error);
  written = written_string (document);
  bad = hashiya_test_replace (written, "\"source\": \"m3\"", "\"source\": \"m99\"");
  general = hashiya_test_replace (bad, "\n  \"mentions\": [", "\n  \"mentions\" : [");
  relation = strstr (bad, "\"source\": \"m99\"");
  g_assert_nonnull (relation);
  for (const char *p = bad; p < relation; p++)
    line += *p == '\n';
  g_assert_cmpuint (line, >, hashiya_document_get_n_mentions (document));
  expected = g_strdup_printf ("x.hashiya:%u: relation 2 (r2): ", line);

  {
    g_autoptr(GBytes) bytes = g_bytes_new (bad, strlen (bad));
    g_autoptr(GBytes) general_bytes = g_bytes_new_static (general, strlen (general));
    g_autoptr(GError) fast_error = NULL;
    g_autoptr(GError) general_error = NULL;
    g_autoptr(HashiyaDocument) fast = hashiya_format_read_take (&bytes, "x.hashiya", &fast_error);
    g_autoptr(HashiyaDocument) slow = hashiya_format_read (general_bytes, "x.hashiya", &general_error);
    gsize start, end;
    g_autoptr(GPtrArray) made = _hashiya_read_mention_lines (bad, strlen (bad), G_MAXUINT, &start, &end);

    /* The first went the fast way. */
    g_assert_nonnull (made);
    g_assert_null (bytes);
    g_assert_null (fast);
    g_assert_null (slow);
    g_assert_nonnull (fast_error);
    g_test_message ("%s", fast_error->message);
    g_assert_true (g_str_has_prefix (fast_error->message, expected));
    g_assert_error (general_error, fast_error->domain, fast_error->code);
    g_assert_cmpstr (fast_error->message, ==, general_error->message);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/round-trip/article", test_round_trip_article);
  g_test_add_func ("/format/round-trip/crlf", test_round_trip_crlf);
  g_test_add_func ("/format/round-trip/emoji", test_round_trip_emoji);
  g_test_add_func ("/format/round-trip/bom", test_round_trip_bom);
  g_test_add_func ("/format/label", test_label);
  g_test_add_func ("/format/metadata", test_metadata);
  g_test_add_func ("/format/version-4-still-read", test_version_4_still_read);
  g_test_add_func ("/format/bad-metadata", test_bad_metadata);
  g_test_add_func ("/format/catalog-file", test_catalog_file);
  g_test_add_func ("/format/bad-files", test_bad_files);
  g_test_add_func ("/format/bad-order-in-edited-file", test_bad_order_in_edited_file);
  g_test_add_func ("/format/bad-syntax", test_bad_syntax);
  g_test_add_func ("/format/fast-and-general-readers-agree", test_fast_and_general_readers_agree);
  g_test_add_func ("/format/fast-reader-two-threads", test_fast_reader_two_threads);
  g_test_add_func ("/format/text-line", test_text_line);
  g_test_add_func ("/format/relation-error-line-after-fast-read", test_relation_error_line_after_fast_read);
  g_test_add_func ("/format/save-failure-keeps-state", test_save_failure_keeps_state);
  g_test_add_func ("/format/writer-in-steps", test_writer_in_steps);

  return g_test_run ();
}
