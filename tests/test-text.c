/* test-text.c — UTF-8 checks, code point offsets, lines and clusters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-grapheme.h"
#include "hashiya-test-util.h"

static void
test_text_sample (void)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autofree char *word = hashiya_text_slice (text, 79, 87);

  g_assert_cmpuint (hashiya_text_get_length (text), ==, 2849);
  g_assert_cmpuint (hashiya_text_get_n_lines (text), ==, 10);
  g_assert_cmpstr (word, ==, "أذربيجان");
  g_assert_true (hashiya_text_range_equals (text, 89, 94, "تركيا"));
  g_assert_false (hashiya_text_range_equals (text, 89, 95, "تركيا"));
  g_assert_false (hashiya_text_get_has_bom (text));
  g_assert_cmpstr (hashiya_text_get_sha256 (text), ==,
                   "d22bcf865a908da7b5859ab1d3f78f731f1eec789d6a19c1f97b2577af153dd8");
}

static void
test_text_offsets_astral (void)
{
  /* An emoji is one code point but four UTF-8 bytes. */
  const char *data = "a😀بج\r\nد";
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), &error);
  g_autofree char *tail = NULL;
  guint line, column;

  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_text_get_length (text), ==, 7);
  g_assert_cmpuint (hashiya_text_offset_to_byte (text, 2), ==, 5);
  g_assert_cmpuint (hashiya_text_get_char (text, 1), ==, 0x1F600);
  tail = hashiya_text_slice (text, 2, 4);
  g_assert_cmpstr (tail, ==, "بج");

  /* "\r\n" counts as two code points and one line break. */
  g_assert_cmpuint (hashiya_text_get_n_lines (text), ==, 2);
  hashiya_text_offset_to_line (text, 6, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 1);
  g_assert_cmpuint (hashiya_text_line_to_offset (text, 2), ==, 6);
  /* Never between CR and LF. */
  g_assert_false (hashiya_text_is_boundary (text, 5));
}

static void
test_text_long_offsets (void)
{
  GString *data = g_string_new (NULL);
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(GError) error = NULL;

  /* Past several checkpoints, with mixed widths. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (data, i % 3 == 0 ? "ب" : (i % 3 == 1 ? "x" : "😀"));
  text = hashiya_text_new (data->str, data->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_text_get_length (text), ==, 1000);
  for (guint i = 0; i < 1000; i++)
    g_assert_cmpuint (hashiya_text_get_char (text, i), ==,
                      i % 3 == 0 ? 0x0628 : (i % 3 == 1 ? 'x' : 0x1F600));
  g_string_free (data, TRUE);
}

static void
test_text_bom (void)
{
  const char data[] = "\xEF\xBB\xBFسلام";
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new (data, sizeof data - 1, &error);
  g_autoptr(GBytes) with_bom = NULL;
  g_autoptr(GBytes) without_bom = NULL;

  g_assert_no_error (error);
  g_assert_true (hashiya_text_get_has_bom (text));
  g_assert_cmpuint (hashiya_text_get_length (text), ==, 4);
  g_assert_cmpuint (hashiya_text_get_char (text, 0), ==, 0x0633);

  with_bom = hashiya_text_to_bytes (text, TRUE);
  without_bom = hashiya_text_to_bytes (text, FALSE);
  g_assert_cmpmem (g_bytes_get_data (with_bom, NULL), g_bytes_get_size (with_bom), data, sizeof data - 1);
  g_assert_cmpuint (g_bytes_get_size (without_bom), ==, sizeof data - 4);

  /* Taken over instead of copied, the same text. */
  {
    g_autoptr(HashiyaText) taken = hashiya_text_new_take (g_strdup (data), sizeof data - 1, &error);

    g_assert_no_error (error);
    g_assert_true (hashiya_text_get_has_bom (taken));
    g_assert_cmpstr (hashiya_text_get_data (taken, NULL), ==, hashiya_text_get_data (text, NULL));
    g_assert_cmpstr (hashiya_text_get_sha256 (taken), ==, hashiya_text_get_sha256 (text));
  }
}

static void
test_text_refuses (void)
{
  struct {
    const char *data;
    gsize       length;
    int         code;
    const char *message;
  } cases[] = {
    { "", 0, HASHIYA_ERROR_EMPTY, "the text is empty" },
    { "\xEF\xBB\xBF", 3, HASHIYA_ERROR_EMPTY, "the text is empty" },
    { "abc\0def", 7, HASHIYA_ERROR_BINARY,
      "a NUL byte at byte offset 3: this is binary data, not text" },
    { "\xD8\xA8\xD8 ok", 6, HASHIYA_ERROR_ENCODING,
      "not valid UTF-8 at byte offset 2 (byte 0xD8): save the text as UTF-8 first" },
    /* Windows-1256 "مرحبا". */
    { "\xE3\xD1\xCD\xC8\xC7", 5, HASHIYA_ERROR_ENCODING,
      "not valid UTF-8 at byte offset 0 (byte 0xE3): save the text as UTF-8 first" },
    { "\xFF\xFE" "a\0", 4, HASHIYA_ERROR_ENCODING,
      "the text is UTF-16, not UTF-8: save it as UTF-8 first" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaText) text = hashiya_text_new (cases[i].data, cases[i].length, &error);

      g_autoptr(GError) take_error = NULL;
      char *copy = g_malloc (cases[i].length + 1);
      g_autoptr(HashiyaText) taken = NULL;

      /* Refused bytes taken over are freed (valgrind runs this too). */
      memcpy (copy, cases[i].data, cases[i].length);
      copy[cases[i].length] = '\0';
      taken = hashiya_text_new_take (copy, cases[i].length, &take_error);

      g_assert_null (text);
      g_assert_error (error, HASHIYA_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_null (taken);
      g_assert_error (take_error, HASHIYA_ERROR, cases[i].code);
      g_assert_cmpstr (take_error->message, ==, cases[i].message);
    }
}

static void
test_text_clusters (void)
{
  /* "مُحَمَّد": marks after م, ح and the shadda+fatha pair after م. */
  const char *data = "مُحَمَّد و🇦🇿🇹🇷 👍🏽";
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), &error);
  guint length;

  g_assert_no_error (error);
  length = hashiya_text_get_length (text);
  g_assert_true (hashiya_text_is_boundary (text, 0));
  g_assert_false (hashiya_text_is_boundary (text, 1));   /* between م and its damma */
  g_assert_true (hashiya_text_is_boundary (text, 2));
  g_assert_false (hashiya_text_is_boundary (text, 5));   /* shadda */
  g_assert_false (hashiya_text_is_boundary (text, 6));   /* fatha after shadda */
  g_assert_true (hashiya_text_is_boundary (text, 7));
  g_assert_cmpuint (hashiya_text_snap_backward (text, 6), ==, 4);
  g_assert_cmpuint (hashiya_text_snap_forward (text, 5), ==, 7);

  /* Flags pair up: 🇦🇿 then 🇹🇷, never 🇿🇹. */
  g_assert_true (hashiya_text_is_boundary (text, 10));
  g_assert_false (hashiya_text_is_boundary (text, 11));
  g_assert_true (hashiya_text_is_boundary (text, 12));
  g_assert_false (hashiya_text_is_boundary (text, 13));
  /* An emoji keeps its skin tone modifier. */
  g_assert_false (hashiya_text_is_boundary (text, length - 1));
  g_assert_true (hashiya_text_is_boundary (text, length));
  g_assert_false (hashiya_text_is_boundary (text, length + 1));
}

static void
test_text_tidy_span (void)
{
  const char *data = "قال: «أذربيجانُ»، ثم";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  struct { guint start, end, tidy_start, tidy_end; gboolean ok; } cases[] = {
    { 4, 17, 6, 15, TRUE },   /* " «أذربيجانُ»،" → the name with its damma */
    { 6, 14, 6, 15, TRUE },   /* ends between ن and its damma: widened */
    { 15, 6, 6, 15, TRUE },   /* selected backwards */
    { 3, 6, 6, 6, FALSE },    /* ": «" only */
    { 0, 3, 0, 3, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint start = cases[i].start, end = cases[i].end;

      g_assert_cmpint (hashiya_text_tidy_span (text, &start, &end), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_assert_cmpuint (start, ==, cases[i].tidy_start);
          g_assert_cmpuint (end, ==, cases[i].tidy_end);
        }
    }
}

/* Debian's unicode-data package: the Unicode standard's own test of
 * grapheme cluster boundaries. */
#define GRAPHEME_BREAK_TEST "/usr/share/unicode/auxiliary/GraphemeBreakTest.txt"

/* Every line of GraphemeBreakTest.txt: "÷ 0020 × 0308 ÷" says where a
 * cluster may end (÷) and where it may not (×). A text may not hold NUL,
 * so U+0000 is tested as U+0001, of the same class (Control). */
static void
test_text_grapheme_break_test (void)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  guint n_cases = 0;

  g_file_get_contents (GRAPHEME_BREAK_TEST, &contents, NULL, &error);
  g_assert_no_error (error);
  version = g_strdup_printf ("# GraphemeBreakTest-%s.txt", hashiya_grapheme_unicode_version ());
  g_assert_true (g_str_has_prefix (contents, version));

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GString) data = g_string_new (NULL);
      g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gboolean));
      g_autoptr(HashiyaText) text = NULL;
      g_auto(GStrv) fields = NULL;
      char *comment = strchr (lines[i], '#');

      if (comment != NULL)
        *comment = '\0';
      fields = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      if (fields[0] == NULL || fields[0][0] == '\0')
        continue;

      for (guint f = 0; fields[f] != NULL; f++)
        {
          gboolean is_break;

          if (fields[f][0] == '\0')
            continue;
          if (g_str_equal (fields[f], "÷") || g_str_equal (fields[f], "×"))
            {
              is_break = g_str_equal (fields[f], "÷");
              g_array_append_val (expected, is_break);
            }
          else
            {
              gunichar c = (gunichar) g_ascii_strtoull (fields[f], NULL, 16);

              g_string_append_unichar (data, c == 0 ? 1 : c);
            }
        }

      text = hashiya_text_new (data->str, data->len, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (expected->len, ==, hashiya_text_get_length (text) + 1);
      for (guint offset = 0; offset < expected->len; offset++)
        if (hashiya_text_is_boundary (text, offset) != g_array_index (expected, gboolean, offset))
          g_error ("GraphemeBreakTest.txt line %u, offset %u: %s expected", i + 1, offset,
                   g_array_index (expected, gboolean, offset) ? "a boundary" : "no boundary");
      n_cases++;
    }

  g_assert_cmpuint (n_cases, >=, 600);
  g_test_message ("%u lines of GraphemeBreakTest-%s.txt", n_cases, hashiya_grapheme_unicode_version ());
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/sample", test_text_sample);
  g_test_add_func ("/text/offsets-astral-crlf", test_text_offsets_astral);
  g_test_add_func ("/text/long-offsets", test_text_long_offsets);
  g_test_add_func ("/text/bom", test_text_bom);
  g_test_add_func ("/text/refuses", test_text_refuses);
  g_test_add_func ("/text/clusters", test_text_clusters);
  g_test_add_func ("/text/tidy-span", test_text_tidy_span);
  g_test_add_func ("/text/grapheme-break-test", test_text_grapheme_break_test);

  return g_test_run ();
}
