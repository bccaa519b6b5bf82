/* test-document-file.c — a document's life apart from any window: opening
 * with a preview, saving, outside changes, limits, suggesting, new text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hashiya-test-util.h"

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@result is set, failing after twenty seconds. */
static void
wait_for_result (GAsyncResult **result)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);

  while (*result == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           guint      *n)
{
  (*n)++;
}

static void
test_save_and_load (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, NULL);
  g_autoptr(HashiyaDocumentFile) other = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "doc.hashiya", NULL);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  HashiyaDocument *loaded;
  guint n_busy = 0;

  g_assert_true (hashiya_document_file_is_pristine (file));
  g_assert_false (hashiya_document_file_is_native (file));
  title = hashiya_document_file_dup_title (file);
  g_assert_cmpstr (title, ==, "Untitled Document");
  g_clear_pointer (&title, g_free);
  g_assert_true (g_uuid_string_is_valid (hashiya_document_file_get_draft_id (file)));

  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_false (hashiya_document_file_is_pristine (file));
  g_assert_true (hashiya_document_file_get_modified (file));
  g_signal_connect (file, "notify::busy", G_CALLBACK (notify_cb), &n_busy);
  hashiya_document_file_save_async (file, path, HASHIYA_SAVE_DEFAULT, NULL, async_done_cb, &saved);
  g_assert_true (hashiya_document_file_get_busy (file));
  /* An edit made while saving stays unsaved. */
  hashiya_document_annotate (document, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, NULL);
  wait_for_result (&saved);
  g_assert_true (hashiya_document_file_save_finish (file, saved, &error));
  g_assert_no_error (error);
  g_assert_false (hashiya_document_file_get_busy (file));
  g_assert_cmpuint (n_busy, ==, 2);
  g_assert_cmpstr (hashiya_document_file_get_path (file), ==, path);
  g_assert_true (hashiya_document_file_is_native (file));
  title = hashiya_document_file_dup_title (file);
  g_assert_cmpstr (title, ==, "doc.hashiya");
  name = hashiya_document_file_dup_name (file);
  g_assert_cmpstr (name, ==, "doc");
  g_assert_true (hashiya_document_file_get_modified (file));
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  g_assert_false (hashiya_document_file_get_modified (file));

  other = g_object_new (HASHIYA_TYPE_DOCUMENT_FILE, NULL);
  g_assert_true (hashiya_document_file_is_pristine (other));
  hashiya_document_file_load_async (other, path, NULL, NULL, async_done_cb, &read);
  g_assert_true (hashiya_document_file_get_busy (other));
  wait_for_result (&read);
  g_assert_true (hashiya_document_file_load_finish (other, read, &error));
  g_assert_no_error (error);
  g_assert_false (hashiya_document_file_get_busy (other));
  loaded = hashiya_document_file_get_document (other);
  g_assert_cmpuint (hashiya_document_get_n_mentions (loaded), ==, 1);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (loaded, "m1")), ==, "azerbaijan");
  g_assert_cmpstr (hashiya_document_file_get_path (other), ==, path);
  g_assert_false (hashiya_document_file_get_modified (other));
  hashiya_test_remove_tree (dir);
}

/* A failed load leaves the document and its file as they were; a text
 * opens as a new document that lives in no .hashiya yet. */
static void
test_failed_load_keeps_document (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *bad = hashiya_test_write_file (dir, "bad.hashiya", "{\"format\": \"hashiya\",", -1);
  g_autofree char *text = hashiya_test_write_file (dir, "article.txt", "زار نيكول باشينيان أرمينيا", -1);
  g_autofree char *expected = g_strdup_printf ("%s:1:21: ", bad);

  g_assert_false (hashiya_document_file_load (file, bad, NULL, NULL, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_true (hashiya_document_file_get_document (file) == document);
  g_assert_null (hashiya_document_file_get_path (file));
  g_clear_error (&error);

  g_assert_true (hashiya_document_file_load (file, text, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_document_file_get_path (file), ==, text);
  g_assert_false (hashiya_document_file_is_native (file));
  g_assert_cmpuint (hashiya_text_get_length (hashiya_document_get_text (hashiya_document_file_get_document (file))),
                    ==, 26);
  hashiya_test_remove_tree (dir);
}

/* What a view cannot show is refused with the reason, before it replaces
 * what is shown. */
static void
test_limits (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *long_line = g_strnfill (3000, 'a');
  g_autofree char *text = hashiya_test_write_file (dir, "long.txt", long_line, -1);

  hashiya_document_file_set_limits (file, 2000, 0);
  g_assert_false (hashiya_document_file_load (file, text, NULL, NULL, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE);
  g_assert_true (strstr (error->message, "the window shows paragraphs of up to") != NULL);
  g_assert_true (hashiya_document_file_get_document (file) == document);
  g_clear_error (&error);

  hashiya_document_file_set_limits (file, 0, 0);
  g_assert_true (hashiya_document_file_load (file, text, NULL, NULL, &error));
  g_assert_no_error (error);
  hashiya_test_remove_tree (dir);
}

typedef struct
{
  GAsyncResult *result;
  GThread      *preview_thread;
  guint         n_previews;
  guint         n_mentions_previewed;
} Opening;

static void
opening_preview_cb (HashiyaDocumentFile *file,
                    HashiyaDocument     *preview,
                    Opening             *opening)
{
  g_assert_null (opening->result);
  g_assert_true (hashiya_document_file_get_busy (file));
  opening->preview_thread = g_thread_self ();
  opening->n_previews++;
  opening->n_mentions_previewed = hashiya_document_get_n_mentions (preview);
}

static void
opening_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Opening *opening = user_data;

  opening->result = g_object_ref (result);
}

/* A big file's preview comes on the thread that asked for it, from its
 * main loop: also when that thread is busy elsewhere at the moment the
 * preview is ready (with g_main_context_invoke() the worker took the
 * released context and ran the window's code itself). */
static void
test_preview_on_calling_thread (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_big_document (800 * 1024, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_autoptr(HashiyaDocumentFile) file = g_object_new (HASHIYA_TYPE_DOCUMENT_FILE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "big.hashiya", NULL);
  Opening opening = { NULL, };
  gboolean timed_out = FALSE;
  guint id;

  g_assert_true (hashiya_document_save_file (document, path, NULL));

  g_signal_connect (file, "preview", G_CALLBACK (opening_preview_cb), &opening);
  hashiya_document_file_load_async (file, path, NULL, NULL, opening_done_cb, &opening);
  /* Busy, not iterating, until something waits in the main loop. */
  id = g_timeout_add_seconds (20, timeout_cb, &timed_out);
  {
    gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

    while (!g_main_context_pending (NULL) && opening.n_previews == 0)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_thread_yield ();
      }
  }
  g_assert_cmpuint (opening.n_previews, ==, 0);
  while (opening.result == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  g_assert_cmpuint (opening.n_previews, ==, 1);
  g_assert_true (opening.preview_thread == g_thread_self ());
  g_assert_true (hashiya_document_file_load_finish (file, opening.result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (opening.n_mentions_previewed, >, 0);
  g_assert_cmpuint (opening.n_mentions_previewed, <,
                    hashiya_document_get_n_mentions (hashiya_document_file_get_document (file)));
  g_assert_cmpuint (hashiya_document_get_n_mentions (hashiya_document_file_get_document (file)), ==,
                    hashiya_document_get_n_mentions (document));
  g_clear_object (&opening.result);
  hashiya_test_remove_tree (dir);
}

static void
changed_cb (HashiyaDocumentFile *file,
            GParamSpec          *pspec,
            gboolean            *changed)
{
  *changed = hashiya_document_file_get_changed_on_disk (file);
}

/* Another program's write is told from ours: it is announced, and saving
 * over it is refused unless told to. */
static void
test_outside_change (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "doc.hashiya", NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  gboolean changed = FALSE, timed_out = FALSE;
  guint id;

  g_assert_true (hashiya_document_save_file (document, path, NULL));
  file = g_object_new (HASHIYA_TYPE_DOCUMENT_FILE, NULL);
  g_assert_true (hashiya_document_file_load (file, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_signal_connect (file, "notify::changed-on-disk", G_CALLBACK (changed_cb), &changed);

  /* Our own save is no outside change. */
  hashiya_document_annotate (hashiya_document_file_get_document (file), 79, 87, "azerbaijan",
                             HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_true (hashiya_document_file_save (file, NULL, HASHIYA_SAVE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_false (hashiya_document_file_get_changed_on_disk (file));

  /* Another program writes: the monitor tells, within a deadline. */
  theirs = hashiya_test_read_file (path, NULL);
  g_assert_true (g_file_set_contents (path, theirs, (gssize) strlen (theirs) - 1, NULL));
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  id = g_timeout_add_seconds (20, timeout_cb, &timed_out);
  while (!changed && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  g_assert_true (hashiya_document_file_get_changed_on_disk (file));

  /* Saving over it is refused, and nothing is written. */
  hashiya_document_annotate (hashiya_document_file_get_document (file), 89, 94, "turkey",
                             HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_document_file_save_async (file, NULL, HASHIYA_SAVE_DEFAULT, NULL, async_done_cb, &saved);
  g_assert_false (hashiya_document_file_get_busy (file));
  wait_for_result (&saved);
  g_assert_false (hashiya_document_file_save_finish (file, saved, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_cmpstr (error->message, ==,
                   "“doc.hashiya” was changed on disk after it was opened here. Saving now replaces that version.");
  g_clear_error (&error);
  now = hashiya_test_read_file (path, NULL);
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (hashiya_document_file_get_modified (file));

  /* Told to, it replaces theirs; the change is then ours. */
  g_assert_true (hashiya_document_file_save (file, NULL, HASHIYA_SAVE_OVERWRITE, &error));
  g_assert_no_error (error);
  g_assert_false (hashiya_document_file_get_changed_on_disk (file));
  g_assert_false (hashiya_document_file_get_modified (file));
  hashiya_test_remove_tree (dir);
}

static void
test_suggest_and_replace_text (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, "/nowhere/article.hashiya");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autofree char *dated = NULL;
  g_autoptr(HashiyaText) text = NULL;
  HashiyaDocument *replaced;
  guint added = 0;

  hashiya_document_file_suggest_async (file, NULL, async_done_cb, &result);
  wait_for_result (&result);
  g_assert_true (hashiya_document_file_suggest_finish (file, result, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 79);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 79);
  /* One undo step. */
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  hashiya_undo_stack_redo (hashiya_document_get_undo_stack (document));

  /* A new version of the text: the mentions move with it, in the same
   * file. */
  dated = g_strconcat ("طهران - وكالات: ", (const char *) g_bytes_get_data (sample, NULL), NULL);
  text = hashiya_text_new (dated, strlen (dated), &error);
  g_assert_no_error (error);
  hashiya_document_file_replace_text (file, text);
  replaced = hashiya_document_file_get_document (file);
  g_assert_true (replaced != document);
  g_assert_cmpuint (hashiya_document_get_n_mentions (replaced), ==, 79);
  g_assert_cmpuint (hashiya_document_get_reanchor_report (replaced)->moved, ==, 79);
  g_assert_cmpstr (hashiya_document_file_get_path (file), ==, "/nowhere/article.hashiya");
}

/* The name of a document of no file, and where its choosers start. */
static void
test_untitled_name (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, NULL);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;

  hashiya_document_file_set_untitled_name (file, "Sample/Article");
  title = hashiya_document_file_dup_title (file);
  name = hashiya_document_file_dup_name (file);
  g_assert_cmpstr (title, ==, "Sample/Article");
  g_assert_cmpstr (name, ==, "Sample-Article");
  folder = hashiya_document_file_dup_folder (file);
  g_assert_true (g_file_query_exists (folder, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-file/save-and-load", test_save_and_load);
  g_test_add_func ("/document-file/failed-load-keeps-document", test_failed_load_keeps_document);
  g_test_add_func ("/document-file/limits", test_limits);
  g_test_add_func ("/document-file/preview-on-calling-thread", test_preview_on_calling_thread);
  g_test_add_func ("/document-file/outside-change", test_outside_change);
  g_test_add_func ("/document-file/suggest-and-replace-text", test_suggest_and_replace_text);
  g_test_add_func ("/document-file/untitled-name", test_untitled_name);

  return g_test_run ();
}
