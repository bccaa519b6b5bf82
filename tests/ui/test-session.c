/* test-session.c — drafts, and recovery after the process is killed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hashiya-session.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"
#include "hashiya-window.h"

/* This program, run again as the child that is killed. */
static char *self_path;

static gboolean
session_busy (gpointer data)
{
  return hashiya_session_get_busy (data);
}

static gboolean
session_idle (gpointer data)
{
  return !hashiya_session_get_busy (data);
}

static void
wait_idle (HashiyaSession *session)
{
  hashiya_test_wait_while (session_busy, session);
}

static gboolean
window_loading (gpointer data)
{
  HashiyaWindow *window = data;

  return hashiya_document_file_get_busy (hashiya_window_get_document_file (window)) ||
         hashiya_window_get_document (window) == NULL;
}

static gboolean
window_saving (gpointer data)
{
  return hashiya_document_file_get_busy (hashiya_window_get_document_file (data));
}

static void
window_destroyed_cb (HashiyaWindow  *window,
                     HashiyaSession *session)
{
  hashiya_session_remove_file (session, hashiya_window_get_document_file (window));
}

/* The session keeps @window's drafts, as the application has it do:
 * closing the window ends them. */
static void
keep_drafts (HashiyaSession *session,
             HashiyaWindow  *window)
{
  hashiya_session_add_file (session, hashiya_window_get_document_file (window));
  g_signal_connect (window, "destroy", G_CALLBACK (window_destroyed_cb), session);
}

static char *
count_drafts (const char *directory,
              guint      *n)
{
  g_autofree char *drafts = g_build_filename (directory, "drafts", NULL);
  g_autoptr(GDir) dir = g_dir_open (drafts, 0, NULL);
  char *last = NULL;
  const char *name;

  *n = 0;
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      (*n)++;
      g_free (last);
      last = g_strdup (name);
    }
  return last;
}

/* The child: opens the file, annotates two mentions, lets the session
 * write its draft, says "ready", and waits to be killed. */
static int
run_child (const char *directory,
           const char *file)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaSession) session = hashiya_session_new (settings, directory);
  g_autoptr(GFile) gfile = g_file_new_for_path (file);
  HashiyaWindow *window = hashiya_window_new (NULL, NULL);

  keep_drafts (session, window);
  gtk_window_present (GTK_WINDOW (window));
  hashiya_file_operations_load_file (hashiya_window_get_operations (window), gfile);
  hashiya_test_wait_while (window_loading, window);

  hashiya_document_annotate (hashiya_window_get_document (window), 79, 87, "azerbaijan",
                             HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_document_annotate (hashiya_window_get_document (window), 89, 94, "turkey",
                             HASHIYA_MENTION_TYPE_NAME, NULL);
  /* The autosave timer (one second here) writes the draft. */
  hashiya_test_wait_while (session_idle, session);
  wait_idle (session);

  g_print ("ready\n");
  fflush (stdout);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static void
test_session_kill_and_restore (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *file = g_build_filename (dir, "article.hashiya", NULL);
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaSession) session = NULL;
  g_autofree char *line = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *draft = NULL;
  g_autoptr(GPtrArray) restored_files = NULL;
  HashiyaWindow *window;
  HashiyaDocument *restored;
  guint n_drafts;

  g_assert_true (hashiya_document_save_file (document, file, &error));
  g_assert_no_error (error);
  before = hashiya_test_read_file (file, NULL);

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, self_path, "--child", data, file, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* GTest's own "# …" lines come first. */
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (line);
    }
  while (line[0] == '#');
  g_assert_cmpstr (line, ==, "ready");

  /* kill -9: no clean-up of any kind in the child. */
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (child));

  /* The user's file was never written; the draft was. */
  after = hashiya_test_read_file (file, NULL);
  g_assert_cmpstr (after, ==, before);
  draft = count_drafts (data, &n_drafts);
  g_assert_cmpuint (n_drafts, ==, 1);

  /* A stray draft that nothing lists goes at start. */
  {
    g_autofree char *stray = g_build_filename (data, "drafts", "0b4e1cb3-8f64-4f4a-9bd1-5a6cd2f0a8a1.hashiya", NULL);
    g_assert_true (g_file_set_contents (stray, "{}", -1, NULL));
  }

  session = hashiya_session_new (settings, data);
  restored_files = hashiya_session_restore (session);
  g_assert_cmpuint (restored_files->len, ==, 1);
  {
    g_autofree char *kept = count_drafts (data, &n_drafts);
    g_assert_cmpuint (n_drafts, ==, 1);
    g_assert_cmpstr (kept, ==, draft);
  }

  /* Shown as the application shows it. */
  window = hashiya_window_new (NULL, g_ptr_array_index (restored_files, 0));
  g_signal_connect (window, "destroy", G_CALLBACK (window_destroyed_cb), session);
  gtk_window_present (GTK_WINDOW (window));

  /* Every unsaved mention is back, marked modified, with its file. */
  restored = hashiya_window_get_document (window);
  g_assert_cmpuint (hashiya_document_get_n_mentions (restored), ==, 2);
  g_assert_true (hashiya_document_get_modified (restored));
  g_assert_cmpstr (hashiya_document_file_get_path (hashiya_window_get_document_file (window)), ==, file);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• article.hashiya");

  /* Saving deletes the draft, and the session lists nothing. */
  g_object_ref (window);
  hashiya_file_operations_save_to (hashiya_window_get_operations (window), file);
  hashiya_test_wait_while (window_saving, window);
  g_assert_false (hashiya_document_get_modified (restored));
  hashiya_session_save_now (session);
  wait_idle (session);
  g_free (count_drafts (data, &n_drafts));
  g_assert_cmpuint (n_drafts, ==, 0);
  {
    g_autofree char *list = g_build_filename (data, "session.json", NULL);
    g_assert_false (g_file_test (list, G_FILE_TEST_EXISTS));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle (session);
  g_assert_finalize_object (window);
  hashiya_test_remove_tree (dir);
}

/* A window the session watches, showing @document with one mention
 * added: a draft to write. */
static HashiyaWindow *
window_with_a_change (HashiyaSession  *session,
                      HashiyaDocument *document)
{
  HashiyaWindow *window = g_object_ref (hashiya_window_new (NULL, NULL));

  keep_drafts (session, window);
  hashiya_window_set_document (window, document, NULL);
  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  return window;
}

static void
test_session_discard_deletes_draft (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaSession) session = hashiya_session_new (settings, dir);
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = window_with_a_change (session, document);
  guint n_drafts;

  hashiya_session_save_now (session);
  wait_idle (session);
  g_free (count_drafts (dir, &n_drafts));
  g_assert_cmpuint (n_drafts, ==, 1);

  /* Closing with Discard: the draft goes too. */
  hashiya_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle (session);
  g_free (count_drafts (dir, &n_drafts));
  g_assert_cmpuint (n_drafts, ==, 0);
  g_assert_finalize_object (window);
  hashiya_test_remove_tree (dir);
}

/* A file whose document is replaced by another, the old one held by
 * nothing else (the bundled article, then a file opened in its window):
 * the session lets the old document go and keeps drafts of the new. */
static void
test_session_document_replaced (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaSession) session = hashiya_session_new (settings, dir);
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, NULL);
  g_autoptr(HashiyaDocument) replacement = hashiya_test_sample_document ();
  guint n_drafts;

  hashiya_session_add_file (session, file);
  g_clear_object (&document);
  hashiya_document_file_set_document (file, replacement, NULL);
  hashiya_document_annotate (replacement, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_session_save_now (session);
  wait_idle (session);
  g_free (count_drafts (dir, &n_drafts));
  g_assert_cmpuint (n_drafts, ==, 1);

  hashiya_session_remove_file (session, file);
  g_clear_object (&file);
  g_assert_finalize_object (g_steal_pointer (&replacement));
  hashiya_test_remove_tree (dir);
}

/* A draft is made between frames: nothing is on disk when saving starts,
 * and a change made meanwhile is in the draft, not lost. */
static void
test_session_draft_between_frames (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaSession) session = hashiya_session_new (settings, dir);
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocument) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  HashiyaWindow *window = window_with_a_change (session, document);
  guint n_drafts;

  hashiya_session_save_now (session);
  g_assert_true (hashiya_session_get_busy (session));
  g_free (count_drafts (dir, &n_drafts));
  g_assert_cmpuint (n_drafts, ==, 0);

  hashiya_document_annotate (document, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, NULL);
  wait_idle (session);
  name = count_drafts (dir, &n_drafts);
  g_assert_cmpuint (n_drafts, ==, 1);
  path = g_build_filename (dir, "drafts", name, NULL);
  draft = hashiya_document_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (draft), ==, 2);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (draft, "m2")), ==, "turkey");

  hashiya_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle (session);
  g_assert_finalize_object (window);
  hashiya_test_remove_tree (dir);
}

/* A session list kept elsewhere through a link (as people keep their
 * settings in a folder of their own): the link stays, its file is
 * written. */
static void
test_session_draft_through_link (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *kept = g_build_filename (dir, "kept", NULL);
  g_autofree char *list = g_build_filename (dir, "session.json", NULL);
  g_autofree char *target = g_build_filename (kept, "session.json", NULL);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaSession) session = hashiya_session_new (settings, dir);
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *written = NULL;
  HashiyaWindow *window;
  GStatBuf st;
  guint n_drafts;

  g_assert_cmpint (g_mkdir (kept, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "{}", -1, NULL));
  g_assert_cmpint (symlink ("kept/session.json", list), ==, 0);

  window = window_with_a_change (session, document);
  hashiya_session_save_now (session);
  wait_idle (session);
  g_free (count_drafts (dir, &n_drafts));
  g_assert_cmpuint (n_drafts, ==, 1);

  g_assert_cmpint (g_lstat (list, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  written = hashiya_test_read_file (target, NULL);
  g_assert_nonnull (strstr (written, "\"draft\""));

  hashiya_document_mark_saved (document);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle (session);
  g_assert_finalize_object (window);
  hashiya_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("hashiya-session-XXXXXX", NULL);
  gboolean child = argc == 4 && g_str_equal (argv[1], "--child");

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  hashiya_test_init_window_tests (&argc, &argv);

  if (child)
    {
      g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

      g_settings_set_uint (settings, "autosave-delay", 1);
      return run_child (argv[2], argv[3]);
    }

  g_test_add_func ("/session/kill-and-restore", test_session_kill_and_restore);
  g_test_add_func ("/session/discard-deletes-draft", test_session_discard_deletes_draft);
  g_test_add_func ("/session/document-replaced", test_session_document_replaced);
  g_test_add_func ("/session/draft-between-frames", test_session_draft_between_frames);
  g_test_add_func ("/session/draft-through-link", test_session_draft_through_link);

  return g_test_run ();
}
