/* test-corpus-window.c — a corpus in the window: Open Folder, its list,
 * sorting and filtering, a document and back, batches, statistics and a
 * document's metadata, with real key presses under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include "config.h"

#include <sched.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "hashiya-corpus-actions.h"
#include "hashiya-corpus-page.h"
#include "hashiya-corpus-search-pane.h"
#include "hashiya-corpus-stats-view.h"
#include "hashiya-metadata-editor.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static char *tmp_root;
/* Root writes through any mode: the read-only folder is then a read-only
 * bind mount, in a mount namespace of this program's own. */
static gboolean own_mounts;

/* A corpus of the bundled article, three texts written for the tests and
 * a file that cannot be read, with the metadata of a manifest. */
static char *
make_corpus (void)
{
  static const char * const texts[] = { "yerevan.txt", "tehran.txt", "ankara.txt" };
  g_autofree char *dir = g_build_filename (tmp_root, "corpus-XXXXXX", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autoptr(GFile) manifest = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *manifest_path = NULL;
  g_autofree char *manifest_text = NULL;
  g_autofree char *sample_path = NULL;
  guint n_changed = 0;

  g_assert_nonnull (g_mkdtemp (dir));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "corpus-window", texts[i], NULL);
      g_autofree char *contents = hashiya_test_read_file (source, NULL);

      g_free (hashiya_test_write_file (dir, texts[i], contents, -1));
    }
  g_free (hashiya_test_write_file (dir, "broken.hashiya", "broken", -1));
  sample_path = hashiya_test_write_file (dir, "article.txt", g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
  folder = g_file_new_for_path (dir);
  corpus = hashiya_corpus_create (folder, "news", catalog, NULL, &error);
  g_assert_no_error (error);

  {
    g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "corpus-window", "manifest.csv", NULL);

    manifest_text = hashiya_test_read_file (source, NULL);
  }
  manifest_path = hashiya_test_write_file (tmp_root, "manifest.csv", manifest_text, -1);
  manifest = g_file_new_for_path (manifest_path);
  g_assert_true (hashiya_corpus_import_manifest (corpus, manifest, &n_changed, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (n_changed, ==, 3);
  return g_steal_pointer (&dir);
}

static HashiyaCorpusPage *
corpus_page_of (HashiyaWindow *window)
{
  return HASHIYA_CORPUS_PAGE (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_CORPUS_PAGE));
}

static GtkWidget *
corpus_page_child (HashiyaWindow *window,
                   const char    *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (corpus_page_of (window)),
                                                                HASHIYA_TYPE_CORPUS_PAGE, name));

  g_assert_nonnull (child);
  return child;
}

static HashiyaWindow *
open_corpus_window (HashiyaApplication *application,
                    const char         *dir)
{
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (application), NULL);
  HashiyaCorpusActions *actions = hashiya_window_get_corpus_actions (window);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  /* As `hashiya FOLDER` does. */
  hashiya_window_open (window, folder);
  WAIT_UNTIL (hashiya_corpus_actions_get_corpus (actions) != NULL && hashiya_corpus_actions_get_showing_list (actions));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  return window;
}

static void
close_corpus_window (HashiyaWindow *window)
{
  if (hashiya_window_get_document (window) != NULL)
    hashiya_document_mark_saved (hashiya_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
press (const char *key)
{
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
}

static HashiyaCorpusDocument *
shown_document (HashiyaWindow *window,
                guint          position)
{
  GListModel *shown = hashiya_corpus_page_get_shown (corpus_page_of (window));
  HashiyaCorpusDocument *document = g_list_model_get_item (shown, position);

  g_object_unref (document);
  return document;
}

/* Clicks the middle of @widget with the pointer. */
static void
click_widget (HashiyaWindow *window,
              GtkWidget     *widget)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  double wx = 0, wy = 0, sx = 0, sy = 0;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (window), gtk_widget_get_width (widget) / 2.0,
                                                   gtk_widget_get_height (widget) / 2.0, &wx, &wy));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  x = g_strdup_printf ("%d", (int) (wx + sx));
  y = g_strdup_printf ("%d", (int) (wy + sy));
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "mousemove", "--window", xid, "--sync", x, y,
                                                     "click", "1", NULL });
#endif
}

/* The column view's title of its @n-th column. */
static GtkWidget *
column_title (GtkWidget *root,
              guint      n,
              guint     *seen)
{
  GType type = g_type_from_name ("GtkColumnViewTitle");

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*seen)++ == n)
        return child;
      if ((found = column_title (child, n, seen)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
dates_ascending (HashiyaWindow *window)
{
  GListModel *shown = hashiya_corpus_page_get_shown (corpus_page_of (window));
  const char *last = NULL;
  guint n_dated = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      const char *date = hashiya_corpus_document_get_date (shown_document (window, i));

      if (date == NULL)
        continue;
      if (last != NULL && strcmp (last, date) > 0)
        return FALSE;
      last = date;
      n_dated++;
    }
  return n_dated == 3;
}

/* Open Folder shows the list: every document, the one that cannot be read
 * with its reason; Enter opens the focused document, Alt+Left and Escape
 * come back; a click on Date sorts by date. */
static void
test_corpus_window_navigate (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = open_corpus_window (application, dir);
  HashiyaCorpusActions *actions = hashiya_window_get_corpus_actions (window);
  HashiyaCorpusPage *page = corpus_page_of (window);
  GListModel *shown = hashiya_corpus_page_get_shown (page);
  GtkColumnView *view = GTK_COLUMN_VIEW (corpus_page_child (window, "column_view"));
  HashiyaCorpusDocument *first, *broken = NULL;
  GtkWidget *date_title;
  guint seen = 0;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 5);
  for (guint i = 0; i < 5; i++)
    if (hashiya_corpus_document_get_error (shown_document (window, i)) != NULL)
      broken = shown_document (window, i);
  g_assert_nonnull (broken);
  g_assert_cmpstr (hashiya_corpus_document_get_path (broken), ==, "broken.hashiya");
  g_assert_true (g_str_has_prefix (hashiya_corpus_document_get_error (broken)->message, "broken.hashiya:1:"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (corpus_page_child (window, "status_label"))), ==, "5 documents");

  /* Sorted by date with a click on its title. */
  date_title = column_title (GTK_WIDGET (view), 1, &seen);
  g_assert_nonnull (date_title);
  for (guint attempt = 0; attempt < 3 && !dates_ascending (window); attempt++)
    {
      hashiya_test_focus_window (window);
      click_widget (window, date_title);
      WAIT_UNTIL (gtk_sorter_get_order (gtk_column_view_get_sorter (view)) != GTK_SORTER_ORDER_NONE);
    }
  g_assert_true (dates_ascending (window));

  /* Enter opens the focused document. */
  hashiya_test_focus_window (window);
  hashiya_corpus_page_focus_list (page);
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  first = shown_document (window, 0);
  press ("Return");
  WAIT_UNTIL (!hashiya_corpus_actions_get_showing_list (actions) && hashiya_window_get_document (window) != NULL);
  g_assert_true (g_str_has_suffix (window_path (window), ".hashiya"));
  {
    g_autofree char *expected = hashiya_corpus_document_get_error (first) == NULL
                                ? g_strdup (hashiya_corpus_document_get_path (first)) : NULL;
    g_autofree char *relative = NULL;
    g_autoptr(GFile) file = g_file_new_for_path (window_path (window));
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    relative = g_file_get_relative_path (folder, file);
    if (expected != NULL && g_str_has_suffix (expected, ".txt"))
      {
        g_autofree char *stem = g_strndup (expected, strlen (expected) - 4);

        g_free (expected);
        expected = g_strconcat (stem, ".hashiya", NULL);
      }
    g_assert_cmpstr (relative, ==, expected);
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), HASHIYA_TYPE_WINDOW,
                                                                                    "back_button"))));

  /* Alt+Left: the list again. */
  hashiya_test_focus_window (window);
  press ("alt+Left");
  WAIT_UNTIL (hashiya_corpus_actions_get_showing_list (actions));

  /* Enter again, then Escape. */
  hashiya_test_focus_window (window);
  hashiya_corpus_page_focus_list (page);
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  press ("Return");
  WAIT_UNTIL (!hashiya_corpus_actions_get_showing_list (actions));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  hashiya_test_focus_window (window);
  press ("Escape");
  WAIT_UNTIL (hashiya_corpus_actions_get_showing_list (actions));

  close_corpus_window (window);
  hashiya_test_remove_tree (dir);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* The actor of the @n-th row of the corpus page's actor list. */
static const char *
actor_row_id (GtkListView *actors,
              guint        n)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (actors));
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, n);

  /* The string list holds the string while the item lives in it. */
  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static gboolean
page_busy (gpointer page)
{
  return hashiya_corpus_page_get_busy (page);
}

/* Suggest in All (Alt+A): progress to the end and a summary; every
 * readable document is suggested in; the actors' counts follow, and the
 * actor chosen with the keyboard filters the list. */
static void
test_corpus_window_suggest_and_filter (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = open_corpus_window (application, dir);
  HashiyaCorpusPage *page = corpus_page_of (window);
  HashiyaCorpus *corpus = hashiya_corpus_page_get_corpus (page);
  GtkProgressBar *bar = GTK_PROGRESS_BAR (corpus_page_child (window, "progress_bar"));
  GtkListView *actors = GTK_LIST_VIEW (corpus_page_child (window, "actors_list"));
  GListModel *documents = hashiya_corpus_get_documents (corpus);
  GListModel *shown = hashiya_corpus_page_get_shown (page);
  g_autoptr(HashiyaCorpusStats) stats = NULL;
  HashiyaCorpusActorStats *top;
  AdwMessageDialog *failures = NULL;
  double fraction = 0;
  guint expected = 0;

  for (guint attempt = 0; attempt < 3 && !hashiya_corpus_page_get_busy (page); attempt++)
    {
      hashiya_test_focus_window (window);
      hashiya_corpus_page_focus_list (page);
      press ("alt+a");
      {
        gboolean waited = FALSE;
        guint id = g_timeout_add_seconds (3, hashiya_test_timeout_cb, &waited);

        while (!hashiya_corpus_page_get_busy (page) && !waited)
          g_main_context_iteration (NULL, TRUE);
        if (!waited)
          g_source_remove (id);
      }
    }
  g_assert_true (hashiya_corpus_page_get_busy (page));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (corpus_page_child (window, "progress_revealer"))));
  hashiya_test_wait_while (page_busy, page);
  fraction = gtk_progress_bar_get_fraction (bar);
  g_assert_cmpfloat (fraction, ==, 1.0);
  g_assert_cmpstr (gtk_progress_bar_get_text (bar), ==, "5 of 5");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (corpus_page_child (window, "progress_revealer"))));
  /* The summary: the file that cannot be read, with its reason. */
  WAIT_UNTIL ((failures = find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (failures), ==, "Some Documents Could Not Be Suggested In");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (failures), "broken.hashiya:1:"));
  gtk_window_destroy (GTK_WINDOW (failures));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (documents, i);

      if (hashiya_corpus_document_get_error (document) != NULL)
        continue;
      g_assert_cmpint (hashiya_corpus_document_get_state (document), ==, HASHIYA_CORPUS_DOCUMENT_SUGGESTED);
      g_assert_cmpuint (hashiya_corpus_document_get_n_mentions (document), >, 0);
    }

  /* The first actor under "All Documents" is the most mentioned. */
  stats = hashiya_corpus_compute_stats (corpus);
  top = g_ptr_array_index (stats->actors, 0);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (documents, i);

      if (hashiya_corpus_document_count_mentions (document, top->actor_id) > 0)
        expected++;
    }
  g_assert_cmpuint (top->n_documents, ==, expected);
  /* The list counted again: the most mentioned under "All Documents". */
  WAIT_UNTIL (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (actors))) == stats->actors->len + 1 &&
              g_strcmp0 (actor_row_id (actors, 1), top->actor_id) == 0);

  hashiya_test_focus_window (window);
  /* As Tab does: the focus into the list, on its first row. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (actors), GTK_DIR_TAB_FORWARD));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  /* Home: the focus on the first row, "All Documents"; Down: the next. */
  press ("Home");
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  press ("Down");
  WAIT_UNTIL (g_strcmp0 (hashiya_corpus_page_get_actor_filter (page), top->actor_id) == 0);
  WAIT_UNTIL (g_list_model_get_n_items (shown) == expected);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    g_assert_cmpuint (hashiya_corpus_document_count_mentions (shown_document (window, i), top->actor_id), >, 0);
  press ("Up");
  WAIT_UNTIL (hashiya_corpus_page_get_actor_filter (page) == NULL);
  WAIT_UNTIL (g_list_model_get_n_items (shown) == 5);

  close_corpus_window (window);
  hashiya_test_remove_tree (dir);
}

/* The statistics view: its tables, and the one shown as CSV. */
static void
test_corpus_window_statistics (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = open_corpus_window (application, dir);
  HashiyaCorpusStatsView *view = HASHIYA_CORPUS_STATS_VIEW (corpus_page_child (window, "stats_view"));
  const HashiyaCorpusStats *stats;
  g_autofree char *csv = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "corpus-statistics", NULL);
  hashiya_test_wait_for_frames (GTK_WIDGET (view), 2);
  stats = hashiya_corpus_stats_view_get_stats (view);
  g_assert_nonnull (stats);
  g_assert_cmpuint (stats->n_documents, ==, 4);
  g_assert_cmpuint (stats->n_broken, ==, 1);
  g_assert_cmpstr (stats->first_date, ==, "2023-09-15");
  g_assert_cmpstr (stats->last_date, ==, "2023-11-02");
  csv = hashiya_corpus_stats_view_dup_csv (view);
  g_assert_true (g_str_has_prefix (csv, "actor,name,documents,mentions,first_date,last_date\r\n"));

  close_corpus_window (window);
  hashiya_test_remove_tree (dir);
}

/* Adding a text and a manifest through the page, and a catalogue edit
 * carried into every document. */
static void
test_corpus_window_add_and_edit (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = open_corpus_window (application, dir);
  HashiyaCorpusPage *page = corpus_page_of (window);
  HashiyaCorpus *corpus = hashiya_corpus_page_get_corpus (page);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_corpus_edit_free);
  g_autofree char *outside = g_build_filename (tmp_root, "outside-XXXXXX", NULL);
  g_autofree char *added = NULL;
  g_autofree char *written = NULL;
  HashiyaActor *armenia;
  gboolean has_alias = FALSE;

  g_assert_nonnull (g_mkdtemp (outside));
  added = hashiya_test_write_file (outside, "baku.txt", "قالت أذربيجان إن أرمينيا لم ترد على المقترح.\n", -1);
  g_ptr_array_add (files, g_file_new_for_path (added));
  hashiya_corpus_page_add_files (page, files);
  g_assert_true (hashiya_corpus_page_get_busy (page));
  hashiya_test_wait_while (page_busy, page);
  g_assert_nonnull (hashiya_corpus_lookup_document (corpus, "baku.hashiya"));
  written = g_build_filename (dir, "baku.hashiya", NULL);
  g_assert_true (g_file_test (written, G_FILE_TEST_EXISTS));

  /* The same file again: refused, with the reason, nothing written. */
  hashiya_corpus_page_add_files (page, files);
  hashiya_test_wait_while (page_busy, page);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_corpus_get_documents (corpus)), ==, 6);
  {
    g_autofree char *expected = g_strdup_printf ("%s: the corpus has a document of that name already (baku.hashiya); "
                                                 "nothing was added", added);
    AdwMessageDialog *refused;

    WAIT_UNTIL ((refused = find_message_dialog ()) != NULL);
    g_assert_cmpstr (adw_message_dialog_get_heading (refused), ==, "Some Files Were Not Added");
    g_assert_cmpstr (adw_message_dialog_get_body (refused), ==, expected);
    gtk_window_destroy (GTK_WINDOW (refused));
  }

  /* A manifest with a wrong date: that row is said, with its line and
   * the exact reason, and its document keeps its date; the others are
   * taken. */
  {
    g_autofree char *bad = hashiya_test_write_file (outside, "manifest.csv",
                                                    "path,title,date,source,url\n"
                                                    "yerevan.txt,,2023-02-30,,\n"
                                                    "ankara.txt,,,TRT,\n", -1);
    g_autoptr(GFile) manifest = g_file_new_for_path (bad);
    g_autofree char *expected = g_strdup_printf ("%s:2: the date “2023-02-30” is not a date of the form YYYY-MM-DD, "
                                                 "such as 2024-03-07", bad);
    AdwMessageDialog *problems;

    hashiya_corpus_page_import_manifest (page, manifest);
    hashiya_test_wait_while (page_busy, page);
    WAIT_UNTIL ((problems = find_message_dialog ()) != NULL);
    g_assert_cmpstr (adw_message_dialog_get_heading (problems), ==, "Some Rows of the Manifest Were Not Taken");
    g_assert_cmpstr (adw_message_dialog_get_body (problems), ==, expected);
    gtk_window_destroy (GTK_WINDOW (problems));
    g_assert_cmpstr (hashiya_corpus_document_get_date (hashiya_corpus_lookup_document (corpus, "yerevan.hashiya")), ==,
                     "2023-11-02");
    g_assert_cmpstr (hashiya_corpus_document_get_source (hashiya_corpus_lookup_document (corpus, "ankara.hashiya")), ==,
                     "TRT");
  }

  g_ptr_array_add (edits, hashiya_corpus_edit_new_alias ("armenia", "جمهورية أرمينيا"));
  hashiya_corpus_page_edit_catalog (page, edits);
  hashiya_test_wait_while (page_busy, page);
  armenia = hashiya_catalog_lookup (hashiya_corpus_get_catalog (corpus), "armenia");
  g_assert_nonnull (armenia);
  for (const char * const *alias = hashiya_actor_get_aliases (armenia); alias != NULL && *alias != NULL; alias++)
    has_alias |= g_str_equal (*alias, "جمهورية أرمينيا");
  g_assert_true (has_alias);

  close_corpus_window (window);
  hashiya_test_remove_tree (outside);
  hashiya_test_remove_tree (dir);
}

/* A document's metadata edited in the window: a wrong date is said,
 * exactly, and changes nothing; a right one is one undo step. */
static void
test_corpus_window_metadata (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = open_corpus_window (application, dir);
  HashiyaCorpusActions *actions = hashiya_window_get_corpus_actions (window);
  HashiyaCorpus *corpus = hashiya_corpus_page_get_corpus (corpus_page_of (window));
  HashiyaCorpusDocument *document = hashiya_corpus_lookup_document (corpus, "tehran.hashiya");
  HashiyaMetadataEditor *editor;
  HashiyaDocument *opened;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *on_disk = NULL;
  GtkEditable *date_row;

  g_assert_nonnull (document);
  hashiya_corpus_actions_open_document (actions, document, 0, 0);
  WAIT_UNTIL (!hashiya_corpus_actions_get_showing_list (actions) && hashiya_window_get_document (window) != NULL);
  opened = hashiya_window_get_document (window);
  g_assert_cmpstr (hashiya_document_get_metadata (opened)->date, ==, "2023-10-24");
  before = g_strdup (hashiya_document_get_metadata (opened)->title);

  editor = hashiya_metadata_editor_new (GTK_WINDOW (window), opened);
  date_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), HASHIYA_TYPE_METADATA_EDITOR, "date_row"));
  gtk_editable_set_text (date_row, "2023-02-30");
  g_assert_false (hashiya_metadata_editor_apply (editor, &error));
  g_assert_cmpstr (error->message, ==,
                   "the date “2023-02-30” is not a date of the form YYYY-MM-DD, such as 2024-03-07");
  g_clear_error (&error);
  g_assert_cmpstr (hashiya_document_get_metadata (opened)->date, ==, "2023-10-24");

  gtk_editable_set_text (date_row, "2023-10-25");
  g_assert_true (hashiya_metadata_editor_apply (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_document_get_metadata (opened)->date, ==, "2023-10-25");
  g_assert_cmpstr (hashiya_document_get_metadata (opened)->title, ==, before);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Back saves it; the list reads it again. */
  hashiya_test_focus_window (window);
  press ("alt+Left");
  WAIT_UNTIL (hashiya_corpus_actions_get_showing_list (actions));
  hashiya_test_wait_idle (window);
  WAIT_UNTIL (hashiya_corpus_lookup_document (corpus, "tehran.hashiya") != NULL &&
              g_strcmp0 (hashiya_corpus_document_get_date (hashiya_corpus_lookup_document (corpus, "tehran.hashiya")),
                         "2023-10-25") == 0);
  {
    g_autofree char *path = g_build_filename (dir, "tehran.hashiya", NULL);

    on_disk = hashiya_test_read_file (path, NULL);
  }
  g_assert_nonnull (strstr (on_disk, "\"2023-10-25\""));

  close_corpus_window (window);
  hashiya_test_remove_tree (dir);
}

/* Makes @dir read-only for this program: its mode for a user, a
 * read-only bind mount of it for root. */
static gboolean
make_read_only (const char *dir)
{
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (geteuid () != 0)
    return TRUE;
  if (!own_mounts)
    return FALSE;
  if (mount (dir, dir, NULL, MS_BIND, NULL) != 0)
    return FALSE;
  if (mount (NULL, dir, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) != 0)
    {
      g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
      return FALSE;
    }
  return TRUE;
}

static void
make_writable (const char *dir)
{
  if (geteuid () == 0)
    g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
  g_chmod (dir, 0755);
}

/* A folder that cannot be written opens read-only, and says so. */
static void
test_corpus_window_read_only (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(HashiyaApplication) application = NULL;
  g_autofree char *probe = NULL;
  HashiyaWindow *window;

  dir = make_corpus ();
  if (!make_read_only (dir))
    {
      g_chmod (dir, 0755);
      hashiya_test_remove_tree (dir);
      g_test_skip ("root writes everywhere, and no folder can be mounted read-only here");
      return;
    }
  /* Not even root writes there now. */
  probe = g_build_filename (dir, "probe.txt", NULL);
  g_assert_false (g_file_set_contents (probe, "x", 1, NULL));
  application = hashiya_test_registered_application ();
  window = open_corpus_window (application, dir);
  g_assert_true (hashiya_corpus_is_read_only (hashiya_corpus_page_get_corpus (corpus_page_of (window))));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (corpus_page_child (window, "read_only_revealer"))));
  /* Nothing that writes can be started. */
  gtk_widget_activate_action (GTK_WIDGET (corpus_page_of (window)), "corpus.suggest-all", NULL);
  g_assert_false (hashiya_corpus_page_get_busy (corpus_page_of (window)));
  {
    g_autofree char *subtitle = g_strdup_printf ("%s (read-only)", dir);
    GObject *title = gtk_widget_get_template_child (GTK_WIDGET (window), HASHIYA_TYPE_WINDOW, "window_title");

    g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, subtitle);
  }
  close_corpus_window (window);
  make_writable (dir);
  hashiya_test_remove_tree (dir);
}

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The X keysym of each Arabic letter typed. */
static const char *
arabic_keysym (gunichar c)
{
  switch (c)
    {
    case 0x0627: return "Arabic_alef";
    case 0x0630: return "Arabic_thal";
    case 0x0631: return "Arabic_ra";
    case 0x0628: return "Arabic_beh";
    case 0x064A: return "Arabic_yeh";
    case 0x062C: return "Arabic_jeem";
    case 0x0646: return "Arabic_noon";
    default: g_assert_not_reached ();
    }
}

/* Types @text into @entry as a reader does, on an Arabic keyboard: the
 * display's layout is Arabic for the while, each letter's key pressed
 * (and pressed again when a loaded machine lost it). */
static void
type_arabic (GtkEditable *entry,
             const char  *text)
{
  run ((const char * const[]) { "setxkbmap", "-layout", "ara", NULL });
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *expected = g_strndup (text, g_utf8_next_char (p) - text);

      for (guint attempt = 0; attempt < 5 && g_strcmp0 (gtk_editable_get_text (entry), expected) != 0; attempt++)
        {
          gboolean waited = FALSE;
          guint id;

          g_assert_true (g_str_has_prefix (expected, gtk_editable_get_text (entry)));
          hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "60",
                                                             arabic_keysym (g_utf8_get_char (p)), NULL });
          id = g_timeout_add (1000, hashiya_test_timeout_cb, &waited);
          while (g_strcmp0 (gtk_editable_get_text (entry), expected) != 0 && !waited)
            g_main_context_iteration (NULL, TRUE);
          if (!waited)
            g_source_remove (id);
        }
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, expected);
    }
  run ((const char * const[]) { "setxkbmap", "-layout", "us", NULL });
}

static gboolean
search_busy (gpointer pane)
{
  return hashiya_corpus_search_pane_get_busy (pane);
}

/* Ctrl+Shift+F: the search pane; «اذربيجان» typed finds, folded, the
 * written forms of the word in its documents, each hit in context;
 * Enter opens the first hit's document with the hit selected. */
static void
test_corpus_window_search (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = open_corpus_window (application, dir);
  HashiyaCorpusActions *actions = hashiya_window_get_corpus_actions (window);
  HashiyaCorpusSearchPane *pane = HASHIYA_CORPUS_SEARCH_PANE (corpus_page_child (window, "search_pane"));
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (pane), HASHIYA_TYPE_CORPUS_SEARCH_PANE,
                                                                    "search_entry"));
  GtkStack *views = GTK_STACK (corpus_page_child (window, "view_stack"));
  HashiyaSearchResults *results;
  g_autoptr(HashiyaSearchHit) first = NULL;
  g_autofree char *first_path = NULL;
  guint start = 0, end = 0;

  /* The index made from the folder first. */
  hashiya_test_wait_while (search_busy, pane);

  for (guint attempt = 0; attempt < 3 && !gtk_widget_has_focus (GTK_WIDGET (entry)) &&
       !gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (entry))); attempt++)
    {
      hashiya_test_focus_window (window);
      press ("ctrl+shift+f");
      hashiya_test_wait_for_frames (GTK_WIDGET (window), 3);
    }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (views), ==, "search");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), GTK_WIDGET (entry)) ||
                 gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (entry));

  type_arabic (entry, "اذربيجان");
  WAIT_UNTIL (g_strcmp0 (gtk_editable_get_text (entry), "اذربيجان") == 0);
  WAIT_UNTIL ((results = hashiya_corpus_search_pane_get_results (pane)) != NULL &&
              !hashiya_corpus_search_pane_get_busy (pane) &&
              g_strcmp0 (gtk_editable_get_text (entry), "اذربيجان") == 0);
  g_assert_cmpuint (hashiya_search_results_get_n_hits (results), >, 0);
  g_assert_cmpuint (hashiya_search_results_get_n_documents (results), >=, 2);
  first = g_list_model_get_item (G_LIST_MODEL (results), 0);
  g_assert_nonnull (first);
  /* The hit is the written word, hamza and all: folding found it. */
  g_assert_nonnull (strstr (hashiya_search_hit_get_text (first), "ذربيجان"));
  /* A text of the folder opens as the .hashiya it is saved as. */
  {
    const char *path = hashiya_search_hit_get_path (first);
    g_autofree char *stem = g_str_has_suffix (path, ".txt") ? g_strndup (path, strlen (path) - 4) : NULL;
    g_autofree char *saved = stem != NULL ? g_strconcat (stem, ".hashiya", NULL) : g_strdup (path);

    first_path = g_build_filename (dir, saved, NULL);
  }

  /* Enter: the first hit, in its document. */
  press ("Return");
  WAIT_UNTIL (!hashiya_corpus_actions_get_showing_list (actions) && hashiya_window_get_document (window) != NULL &&
              g_strcmp0 (window_path (window), first_path) == 0);
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_true (hashiya_text_view_get_selection_span (hashiya_window_get_text_view (window), &start, &end));
  g_assert_cmpuint (start, ==, hashiya_search_hit_get_start (first));
  g_assert_cmpuint (end, ==, hashiya_search_hit_get_end (first));

  close_corpus_window (window);
  hashiya_test_remove_tree (dir);
}

/* Key presses need xdotool and an X11 display. */
static void
test_corpus_window_needs_x11 (void)
{
  g_test_skip ("the corpus window tests press keys on an X11 display");
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* Before any thread starts: a mount namespace needs the process's own
   * file system state, and mounts made in it stay in it. */
  if (geteuid () == 0)
    own_mounts = unshare (CLONE_NEWNS) == 0 && mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
  tmp_root = g_dir_make_tmp ("hashiya-corpus-window-XXXXXX", NULL);
  hashiya_test_own_xdg_folders (tmp_root);
  hashiya_test_init_window_tests (&argc, &argv);

  if (!hashiya_test_have_x11 ())
    g_test_add_func ("/corpus-window/needs-x11", test_corpus_window_needs_x11);
  else
    {
      g_test_add_func ("/corpus-window/navigate", test_corpus_window_navigate);
      g_test_add_func ("/corpus-window/suggest-and-filter", test_corpus_window_suggest_and_filter);
      g_test_add_func ("/corpus-window/statistics", test_corpus_window_statistics);
      g_test_add_func ("/corpus-window/add-and-edit", test_corpus_window_add_and_edit);
      g_test_add_func ("/corpus-window/metadata", test_corpus_window_metadata);
      g_test_add_func ("/corpus-window/read-only", test_corpus_window_read_only);
      g_test_add_func ("/corpus-window/search", test_corpus_window_search);
    }

  status = g_test_run ();
  hashiya_test_remove_tree (tmp_root);
  g_free (tmp_root);
  return status;
}
