/* test-reanchor.c — mentions follow their text when it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-util.h"

/* The article with a dateline before it (everything moves), one name
 * spelt without its hamza (found again, fuzzy) and one sentence gone
 * (its two mentions are orphans). */
static HashiyaText *
edited_article (void)
{
  g_autoptr(HashiyaText) original = hashiya_test_sample_text ();
  g_autofree char *a = g_strconcat ("طهران - وكالات: ", hashiya_text_get_data (original, NULL), NULL);
  g_autofree char *b = hashiya_test_replace (a, "جاءت المناورات العسكرية بين تركيا وأذربيجان،",
                                             "جاءت المناورات العسكرية بين تركيا واذربيجان،");
  g_autofree char *c = hashiya_test_replace (b, "وترفع تركيا وأذربيجان شعار شعب واحد في بلدين ليكون رمزا "
                                                "للعلاقات الوثيقة بينهما.", "");

  return hashiya_text_new (c, strlen (c), NULL);
}

static HashiyaDocument *
suggested_article (void)
{
  HashiyaDocument *document = hashiya_test_sample_document ();

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  return document;
}

static void
assert_quotes_hold (HashiyaDocument *document)
{
  HashiyaText *text = hashiya_document_get_text (document);

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      g_autoptr(HashiyaMention) m = g_list_model_get_item (hashiya_document_get_mentions (document), i);

      g_assert_true (hashiya_text_range_equals (text, hashiya_mention_get_start (m), hashiya_mention_get_end (m),
                                                hashiya_mention_get_quote_exact (m)));
    }
}

static void
test_edit_distance (void)
{
  glong n_a = 0, n_b = 0;
  g_autofree gunichar *a = g_utf8_to_ucs4_fast ("أذربيجان", -1, &n_a);
  g_autofree gunichar *b = g_utf8_to_ucs4_fast ("اذربيجان", -1, &n_b);
  g_autofree gunichar *c = g_utf8_to_ucs4_fast ("ذربيجانية", -1, &n_b);

  g_assert_cmpuint (hashiya_edit_distance (a, (guint) n_a, a, (guint) n_a), ==, 0);
  g_assert_cmpuint (hashiya_edit_distance (a, (guint) n_a, b, 8), ==, 1);
  g_assert_cmpuint (hashiya_edit_distance (a, (guint) n_a, c, 9), ==, 3);
  g_assert_cmpuint (hashiya_edit_distance (a, 0, b, 8), ==, 8);
}

static void
test_unchanged_text_keeps_all (void)
{
  g_autoptr(HashiyaDocument) document = suggested_article ();
  g_autoptr(HashiyaText) same = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) result = hashiya_document_reanchor (document, same);
  const HashiyaReanchorReport *report = hashiya_document_get_reanchor_report (result);

  g_assert_cmpuint (report->kept, ==, hashiya_document_get_n_mentions (document));
  g_assert_cmpuint (report->moved + report->fuzzy + report->orphaned, ==, 0);
  g_assert_true (hashiya_document_get_modified (result));
}

static void
test_edited_text (void)
{
  g_autoptr(HashiyaDocument) document = suggested_article ();
  g_autoptr(HashiyaText) edited = edited_article ();
  g_autoptr(HashiyaDocument) result = hashiya_document_reanchor (document, edited);
  const HashiyaReanchorReport *report = hashiya_document_get_reanchor_report (result);
  guint n = hashiya_document_get_n_mentions (document);
  g_autoptr(HashiyaMention) orphan = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(HashiyaText) original = hashiya_test_sample_text ();
  g_autoptr(HashiyaDocument) back = NULL;
  GError *error = NULL;

  g_assert_cmpuint (report->kept, ==, 0);
  g_assert_cmpuint (report->fuzzy, ==, 1);
  g_assert_cmpuint (report->orphaned, ==, 2);
  g_assert_cmpuint (report->moved, ==, n - 3);
  g_assert_cmpuint (hashiya_document_get_n_mentions (result), ==, n - 2);
  assert_quotes_hold (result);

  /* The respelled name is found, with its new spelling. */
  {
    g_autoptr(GArray) found = hashiya_find (edited, "تركيا واذربيجان");
    guint at = g_array_index (found, guint, 0) + 7;   /* after "تركيا و" */
    guint position = hashiya_document_find_first_at (result, at);
    g_autoptr(HashiyaMention) m = g_list_model_get_item (hashiya_document_get_mentions (result), position);

    g_assert_cmpuint (hashiya_mention_get_start (m), ==, at);
    g_assert_cmpstr (hashiya_mention_get_quote_exact (m), ==, "اذربيجان");
    g_assert_cmpstr (hashiya_mention_get_actor (m), ==, "azerbaijan");
  }

  /* Orphans are kept with their quotes, in the file too (version 2). */
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (result)), ==, 2);
  orphan = g_list_model_get_item (hashiya_document_get_orphans (result), 0);
  g_assert_cmpstr (hashiya_mention_get_quote_exact (orphan), ==, "تركيا");
  g_assert_cmpstr (hashiya_mention_get_quote_suffix (orphan), ==, " وأذربيجان شعار شعب واحد في بلدي");
  first = hashiya_format_write (result);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (first, NULL), -1, "\"version\": 2,"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (first, NULL), -1, "\"orphans\": ["));
  reread = hashiya_format_read (first, "orphans.hashiya", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (reread)), ==, 2);
  second = hashiya_format_write (reread);
  g_assert_true (g_bytes_equal (first, second));

  /* Back onto the original text, the orphans find their place again. */
  back = hashiya_document_reanchor (reread, original);
  g_assert_cmpuint (hashiya_document_get_reanchor_report (back)->orphaned, ==, 0);
  g_assert_cmpuint (hashiya_document_get_n_mentions (back), ==, n);
  assert_quotes_hold (back);
}

static void
test_hand_edited_file (void)
{
  g_autoptr(HashiyaDocument) document = suggested_article ();
  g_autoptr(GBytes) bytes = hashiya_format_write (document);
  g_autofree char *json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *edited = hashiya_test_replace (json, "\"content\": \"انطلقت مناورات",
                                                  "\"content\": \"أمس، انطلقت مناورات");
  g_autoptr(GBytes) edited_bytes = g_bytes_new (edited, strlen (edited));
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) loaded = hashiya_format_read (edited_bytes, "edited.hashiya", &error);
  const HashiyaReanchorReport *report;

  /* Not refused: the mentions follow the text, and saving is needed. */
  g_assert_no_error (error);
  report = hashiya_document_get_reanchor_report (loaded);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->moved, ==, hashiya_document_get_n_mentions (document));
  g_assert_cmpuint (report->orphaned, ==, 0);
  g_assert_true (hashiya_document_get_modified (loaded));
  assert_quotes_hold (loaded);

  /* An unedited file has no report. */
  {
    g_autoptr(HashiyaDocument) plain = hashiya_format_read (bytes, "plain.hashiya", NULL);
    g_assert_null (hashiya_document_get_reanchor_report (plain));
    g_assert_false (hashiya_document_get_modified (plain));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reanchor/edit-distance", test_edit_distance);
  g_test_add_func ("/reanchor/unchanged-text-keeps-all", test_unchanged_text_keeps_all);
  g_test_add_func ("/reanchor/edited-text", test_edited_text);
  g_test_add_func ("/reanchor/hand-edited-file", test_hand_edited_file);

  return g_test_run ();
}
