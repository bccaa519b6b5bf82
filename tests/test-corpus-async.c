/* test-corpus-async.c — what the window does with a corpus off its main
 * thread: adding files and folders, a manifest, one document read and
 * read again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-util.h"

typedef struct
{
  GMainLoop *loop;
  GObject   *source;
  GAsyncResult *result;
} Wait;

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

/* Runs the main loop until the async call given @wait is done. */
static GAsyncResult *
wait_for (Wait *wait)
{
  g_main_loop_run (wait->loop);
  return wait->result;
}

static void
wait_clear (Wait *wait)
{
  g_clear_object (&wait->result);
  g_clear_pointer (&wait->loop, g_main_loop_unref);
}

static void
count_cb (HashiyaCorpus         *corpus,
          HashiyaCorpusDocument *document,
          guint                 *count)
{
  (*count)++;
}

static void
progress_cb (guint       done,
             guint       total,
             const char *path,
             gpointer    user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, <=, total);
  *last = done;
}

static HashiyaCorpus *
new_corpus (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(GError) error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_create (folder, "news", catalog, NULL, &error);

  g_assert_no_error (error);
  return corpus;
}

/* A folder of texts and documents, in subfolders too, added on a worker
 * thread: each comes to the list in this thread, one that is not UTF-8 is
 * said with its reason, the files in order of their paths. */
static void
test_corpus_async_add_files (void)
{
  g_autofree char *root = hashiya_test_make_tmpdir ();
  g_autofree char *dir = g_build_filename (root, "corpus", NULL);
  g_autofree char *outside = g_build_filename (root, "reports", NULL);
  g_autofree char *sub = g_build_filename (outside, "more", NULL);
  g_autofree char *latin = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HashiyaCorpusSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE) };
  guint changed = 0, last = 0;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0755), ==, 0);
  g_free (hashiya_test_write_file (outside, "baku.txt", "قالت أذربيجان إن المحادثات مستمرة.\n", -1));
  g_free (hashiya_test_write_file (sub, "yerevan.txt", "وقالت أرمينيا إنها مستعدة.\n", -1));
  g_free (hashiya_test_write_file (outside, ".hidden.txt", "مخفي\n", -1));
  g_free (hashiya_test_write_file (outside, "notes.md", "not added\n", -1));
  latin = hashiya_test_write_file (sub, "latin.txt", "caf\xe9\n", -1);
  corpus = new_corpus (dir);
  g_signal_connect (corpus, "document-changed", G_CALLBACK (count_cb), &changed);

  g_ptr_array_add (files, g_file_new_for_path (outside));
  hashiya_corpus_add_files_async (corpus, files, progress_cb, &last, NULL, NULL, done_cb, &wait);
  summary = hashiya_corpus_add_files_finish (corpus, wait_for (&wait), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_documents, ==, 3);
  g_assert_cmpuint (summary->n_changed, ==, 2);
  g_assert_cmpuint (summary->n_failed, ==, 1);
  g_assert_false (summary->cancelled);
  expected = g_strdup_printf ("%s: not valid UTF-8 at byte offset 3 (byte 0xE9): save the text as UTF-8 first", latin);
  g_assert_cmpstr (g_ptr_array_index (summary->failures, 0), ==, expected);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (last, ==, 3);
  g_assert_nonnull (hashiya_corpus_lookup_document (corpus, "baku.hashiya"));
  g_assert_nonnull (hashiya_corpus_lookup_document (corpus, "yerevan.hashiya"));
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_corpus_get_documents (corpus)), ==, 2);

  /* Cancelled before it starts: nothing added. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(HashiyaCorpusSummary) none = NULL;
    g_autoptr(GPtrArray) again = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (again, g_file_new_for_path (sub));
    g_cancellable_cancel (cancellable);
    g_clear_object (&wait.result);
    hashiya_corpus_add_files_async (corpus, again, NULL, NULL, NULL, cancellable, done_cb, &wait);
    none = hashiya_corpus_add_files_finish (corpus, wait_for (&wait), &error);
    g_assert_no_error (error);
    g_assert_true (none->cancelled);
    g_assert_cmpuint (none->n_changed, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (hashiya_corpus_get_documents (corpus)), ==, 2);
  }

  wait_clear (&wait);
  hashiya_test_remove_tree (root);
}

/* A manifest imported on a worker thread: its rows' metadata in the
 * documents and the list, a bad row said with its line. */
static void
test_corpus_async_manifest (void)
{
  g_autofree char *root = hashiya_test_make_tmpdir ();
  g_autofree char *dir = g_build_filename (root, "corpus", NULL);
  g_autofree char *manifest_path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GFile) manifest = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE) };
  guint n_changed = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_free (hashiya_test_write_file (dir, "a.txt", "قالت أذربيجان.\n", -1));
  g_free (hashiya_test_write_file (dir, "b.txt", "قالت أرمينيا.\n", -1));
  corpus = new_corpus (dir);
  manifest_path = hashiya_test_write_file (root, "manifest.csv",
                                           "path,title,date,source,url\r\n"
                                           "a.txt,الأول,2024-03-07,Anadolu,https://example.org/a\r\n"
                                           "b.txt,,2024-13-01,,\r\n"
                                           "missing.txt,,,,\r\n", -1);
  manifest = g_file_new_for_path (manifest_path);
  hashiya_corpus_import_manifest_async (corpus, manifest, NULL, done_cb, &wait);
  g_assert_true (hashiya_corpus_import_manifest_finish (corpus, wait_for (&wait), &n_changed, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (problems->len, ==, 2);
  expected = g_strdup_printf ("%s:3: the date “2024-13-01” is not a date of the form YYYY-MM-DD, such as 2024-03-07",
                              manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, expected);
  g_free (expected);
  expected = g_strdup_printf ("%s:4: “missing.txt” is not a document of the corpus", manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, expected);
  g_assert_cmpstr (hashiya_corpus_document_get_title (hashiya_corpus_lookup_document (corpus, "a.hashiya")), ==,
                   "الأول");
  g_assert_cmpstr (hashiya_corpus_document_get_date (hashiya_corpus_lookup_document (corpus, "a.hashiya")), ==,
                   "2024-03-07");
  /* The bad row's document was not written. */
  g_assert_nonnull (hashiya_corpus_lookup_document (corpus, "b.txt"));
  g_assert_null (hashiya_corpus_lookup_document (corpus, "b.hashiya"));

  /* A manifest that is not there: refused whole, nothing written. */
  {
    g_autoptr(GFile) gone = g_file_new_for_path ("/nonexistent/manifest.csv");

    g_clear_object (&wait.result);
    g_clear_pointer (&problems, g_ptr_array_unref);
    hashiya_corpus_import_manifest_async (corpus, gone, NULL, done_cb, &wait);
    g_assert_false (hashiya_corpus_import_manifest_finish (corpus, wait_for (&wait), &n_changed, &problems, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==, "/nonexistent/manifest.csv: cannot read: no such file or folder");
    g_assert_null (problems);
    g_assert_cmpuint (n_changed, ==, 0);
  }

  wait_clear (&wait);
  hashiya_test_remove_tree (root);
}

/* A text of the folder read on a worker thread is a new document with the
 * corpus's defaults, to be saved as the .hashiya beside it; once written
 * (as the window writes it), the list reads it again and it replaces the
 * text in the list. A document that cannot be read says why. */
static void
test_corpus_async_load_and_refresh (void)
{
  g_autofree char *root = hashiya_test_make_tmpdir ();
  g_autofree char *dir = g_build_filename (root, "corpus", NULL);
  g_autofree char *expected_path = NULL;
  g_autofree char *save_path = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaCorpusDocument *text;
  Wait wait = { g_main_loop_new (NULL, FALSE) };
  guint changed = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_free (hashiya_test_write_file (dir, "tehran.txt", "استضافت طهران الاجتماع.\n", -1));
  g_free (hashiya_test_write_file (dir, "broken.hashiya", "{", -1));
  corpus = new_corpus (dir);
  g_signal_connect (corpus, "document-changed", G_CALLBACK (count_cb), &changed);
  text = hashiya_corpus_lookup_document (corpus, "tehran.txt");
  g_assert_nonnull (text);

  hashiya_corpus_load_document_async (corpus, text, NULL, done_cb, &wait);
  document = hashiya_corpus_load_document_finish (corpus, wait_for (&wait), &save_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  expected_path = g_build_filename (dir, "tehran.hashiya", NULL);
  g_assert_cmpstr (save_path, ==, expected_path);
  g_assert_true (hashiya_document_get_modified (document));
  g_assert_cmpuint (changed, ==, 0);

  /* Written by the window's own file, then read again into the list. */
  g_assert_true (hashiya_document_save_file (document, save_path, &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  hashiya_corpus_refresh_document_async (corpus, "tehran.hashiya", NULL, done_cb, &wait);
  g_assert_true (hashiya_corpus_refresh_document_finish (corpus, wait_for (&wait), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_nonnull (hashiya_corpus_lookup_document (corpus, "tehran.hashiya"));
  g_assert_null (hashiya_corpus_lookup_document (corpus, "tehran.txt"));

  /* Read again unchanged: the list stays as it is. */
  g_clear_object (&wait.result);
  hashiya_corpus_refresh_document_async (corpus, "tehran.hashiya", NULL, done_cb, &wait);
  g_assert_false (hashiya_corpus_refresh_document_finish (corpus, wait_for (&wait), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  /* A broken document: its reason, and no document. */
  g_clear_object (&wait.result);
  g_clear_pointer (&save_path, g_free);
  hashiya_corpus_load_document_async (corpus, hashiya_corpus_lookup_document (corpus, "broken.hashiya"), NULL,
                                      done_cb, &wait);
  g_assert_null (hashiya_corpus_load_document_finish (corpus, wait_for (&wait), &save_path, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.hashiya:"));
  g_assert_null (save_path);

  wait_clear (&wait);
  hashiya_test_remove_tree (root);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = hashiya_test_own_cache ();
  int status;

  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/corpus-async/add-files", test_corpus_async_add_files);
  g_test_add_func ("/corpus-async/manifest", test_corpus_async_manifest);
  g_test_add_func ("/corpus-async/load-and-refresh", test_corpus_async_load_and_refresh);

  status = g_test_run ();
  hashiya_test_remove_tree (cache);
  return status;
}
