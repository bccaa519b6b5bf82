/* test-annotator.c — the annotator's name: the first run, the Preferences
 * row, and the author of what the window adds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hashiya-annotator.h"
#include "hashiya-preferences-window.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"

static void
setting_changed_cb (GSettings  *settings,
                    const char *key,
                    gboolean   *changed)
{
  *changed = TRUE;
}

/* The first run fills the name in: the older "author" setting when it
 * held one, else git's user.name (here from a configuration of the
 * test's own, in a folder of no repository), else the real name. */
static void
test_annotator_first_run (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *name = NULL;

  g_settings_reset (settings, "annotator");
  hashiya_annotator_follow_settings (settings);
  name = g_settings_get_string (settings, "annotator");
  g_assert_cmpstr (name, ==, "Layla Haddad");
  g_assert_cmpstr (hashiya_author_get_current (), ==, "Layla Haddad");

  /* Changed later, the core follows. */
  g_settings_set_string (settings, "annotator", "Omar");
  g_assert_cmpstr (hashiya_author_get_current (), ==, "Omar");
  /* A name written by another program that cannot be a folder's is
   * made one. */
  g_settings_set_string (settings, "annotator", "../Omar/Kh");
  g_assert_cmpstr (hashiya_author_get_current (), ==, "-Omar-Kh");

  /* What an older version called the author is taken over, once. */
  g_settings_reset (settings, "annotator");
  g_settings_set_string (settings, "author", "ليلى");
  {
    g_autoptr(GSettings) again = g_settings_new (SCHEMA_ID);
    g_autofree char *author = NULL;

    hashiya_annotator_follow_settings (again);
    g_free (name);
    name = g_settings_get_string (again, "annotator");
    author = g_settings_get_string (again, "author");
    g_assert_cmpstr (name, ==, "ليلى");
    g_assert_cmpstr (author, ==, "");
    g_assert_cmpstr (hashiya_author_get_current (), ==, "ليلى");
  }
}

/* Types @text into @row with the keyboard and presses Enter, until
 * @changed (on a busy X server a key can be lost: typing again is safe,
 * the row's text is selected first). */
static void
type_and_enter (GtkWindow   *window,
                AdwEntryRow *row,
                const char  *text,
                gboolean    *changed)
{
  for (guint attempt = 0; attempt < 5 && !*changed; attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_gtk_window (window);
      gtk_widget_grab_focus (GTK_WIDGET (row));
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+a", NULL });
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "type", "--delay", "40", text, NULL });
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "Return", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!*changed && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_true (*changed);
}

static void
row_error_cb (GObject    *row,
              GParamSpec *pspec,
              gboolean   *marked)
{
  *marked = gtk_widget_has_css_class (GTK_WIDGET (row), "error");
}

/* Preferences: typing a name and Enter makes it the annotator's, and the
 * window's new mentions carry it; a name with a slash is refused, the row
 * marked, and the name stays. */
static void
test_annotator_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window;
  GtkWidget *preferences;
  AdwEntryRow *row;
  HashiyaMention *mention;
  gboolean changed = FALSE, marked = FALSE;
  g_autofree char *name = NULL;
  gulong handler;

  if (!hashiya_test_have_x11 ())
    return;

  g_settings_set_string (settings, "annotator", "Layla");
  hashiya_annotator_follow_settings (settings);
  window = hashiya_test_open_window (document);
  preferences = hashiya_preferences_window_new (GTK_WINDOW (window), settings);
  gtk_window_present (GTK_WINDOW (preferences));
  hashiya_test_wait_for_frames (preferences, 2);
  row = ADW_ENTRY_ROW (hashiya_test_first_of_type (preferences, ADW_TYPE_ENTRY_ROW));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Layla");

  handler = g_signal_connect (settings, "changed::annotator", G_CALLBACK (setting_changed_cb), &changed);
  type_and_enter (GTK_WINDOW (preferences), row, "Omar", &changed);
  name = g_settings_get_string (settings, "annotator");
  g_assert_cmpstr (name, ==, "Omar");
  g_assert_cmpstr (hashiya_author_get_current (), ==, "Omar");

  g_signal_connect (row, "notify::css-classes", G_CALLBACK (row_error_cb), &marked);
  type_and_enter (GTK_WINDOW (preferences), row, "a/b", &marked);
  g_free (name);
  name = g_settings_get_string (settings, "annotator");
  g_assert_cmpstr (name, ==, "Omar");
  g_signal_handler_disconnect (settings, handler);

  gtk_window_destroy (GTK_WINDOW (preferences));
  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 89, 94);
  mention = hashiya_text_view_annotate (hashiya_window_get_text_view (window),
                                        hashiya_catalog_get_actor (hashiya_document_get_catalog (document), 2), NULL);
  g_assert_cmpstr (hashiya_mention_get_author (mention), ==, "Omar");
  hashiya_test_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("hashiya-annotator-XXXXXX", NULL);
  g_autofree char *gitconfig = NULL;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  hashiya_test_init_window_tests (&argc, &argv);

  /* git's user.name for the first run, from a configuration of the
   * test's own, in a folder of no repository. */
  gitconfig = g_build_filename (data_home, "gitconfig", NULL);
  g_file_set_contents (gitconfig, "[user]\n\tname = Layla Haddad\n", -1, NULL);
  g_setenv ("GIT_CONFIG_GLOBAL", gitconfig, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  g_assert_cmpint (g_chdir (data_home), ==, 0);

  g_test_add_func ("/annotator/first-run", test_annotator_first_run);
  g_test_add_func ("/annotator/preferences", test_annotator_preferences);

  {
    int status = g_test_run ();

    hashiya_test_remove_tree (data_home);
    return status;
  }
}
