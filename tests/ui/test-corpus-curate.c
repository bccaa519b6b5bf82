/* test-corpus-curate.c — a corpus's annotators' versions from its list:
 * the Agreement column read from agreement.json, and Curate Versions…
 * (Shift+Ctrl+C) on the row chosen with the keyboard, then n
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hashiya-agreement-dialog.h"
#include "hashiya-corpus-columns.h"
#include "hashiya-corpus-page.h"
#include "hashiya-curation-panel.h"
#include "hashiya-team-actions.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"

static char *tmp_root;

static void
save_document (HashiyaDocument *document,
               const char      *dir,
               const char      *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  hashiya_document_save_file (document, path, &error);
  g_assert_no_error (error);
}

/* A corpus: a document of its own (first in the list), and the article,
 * curated with no mentions yet, with Layla's and Omar's versions; their
 * agreement kept in agreement.json. */
static char *
make_corpus (void)
{
  g_autofree char *dir = g_build_filename (tmp_root, "team-XXXXXX", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusAgreement) agreement = NULL;
  g_autoptr(HashiyaDocument) curated = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) alone = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) layla = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) omar = hashiya_test_gold_version (1, "Omar");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (g_mkdtemp (dir));
  folder = g_file_new_for_path (dir);
  g_clear_object (&corpus);
  corpus = hashiya_corpus_create (folder, "team", catalog, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&corpus);

  while (hashiya_document_get_n_mentions (curated) > 0)
    hashiya_document_remove_mention (curated, hashiya_document_get_mention (curated, 0));
  save_document (alone, dir, "alone.hashiya");
  save_document (curated, dir, "article.hashiya");
  save_document (layla, dir, "annotators/Layla/article.hashiya");
  save_document (omar, dir, "annotators/Omar/article.hashiya");

  corpus = hashiya_corpus_open (folder, NULL, &error);
  g_assert_no_error (error);
  agreement = hashiya_corpus_agreement_compute (corpus, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hashiya_corpus_agreement_save (agreement, corpus, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&dir);
}

static HashiyaCorpusPage *
corpus_page_of (HashiyaWindow *window)
{
  return HASHIYA_CORPUS_PAGE (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_CORPUS_PAGE));
}

/* The window's curation panel, made when curation starts (or here). */
static HashiyaCurationPanel *
curation_of (HashiyaWindow *window)
{
  return hashiya_team_actions_get_panel (GTK_WINDOW (window));
}

static GtkSelectionModel *
selection_of (HashiyaWindow *window)
{
  GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (corpus_page_of (window)),
                                                               HASHIYA_TYPE_CORPUS_PAGE, "column_view"));

  return gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
}

static guint
position_of (HashiyaWindow *window,
             const char    *path)
{
  GListModel *shown = hashiya_corpus_page_get_shown (corpus_page_of (window));

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (shown, i);

      if (g_strcmp0 (hashiya_corpus_document_get_path (document), path) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* The list's "Curate Versions…" button. */
static GtkWidget *
curate_button (HashiyaWindow *window)
{
  GtkWidget *label = hashiya_test_find_label (GTK_WIDGET (corpus_page_of (window)), "Curate Versions…");

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

typedef struct
{
  HashiyaWindow *window;
  guint          position;
} Row;

static gboolean
row_selected (gpointer data)
{
  Row *row = data;

  return gtk_selection_model_is_selected (selection_of (row->window), row->position);
}

static gboolean
curation_shown (gpointer data)
{
  HashiyaCurationPanel *panel = curation_of (data);

  return hashiya_curation_panel_get_active (panel) && !hashiya_curation_panel_get_computing (panel) &&
         hashiya_curation_panel_get_n_differences (panel) > 0;
}

static gboolean
first_difference_current (gpointer data)
{
  return hashiya_curation_panel_get_current (curation_of (data)) == 0;
}

/* The list says the article's agreement; Home and Down choose its row,
 * Shift+Ctrl+C curates its versions, n goes to the first difference. */
static void
test_curate_from_list (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (application), NULL);
  HashiyaCorpusActions *actions = hashiya_window_get_corpus_actions (window);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *curated = g_build_filename (dir, "article.hashiya", NULL);
  g_autofree char *layla = g_build_filename (dir, "annotators", "Layla", "article.hashiya", NULL);
  HashiyaCurationPanel *panel;
  const char * const *paths;
  Row row;

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  hashiya_window_open (window, folder);
  WAIT_UNTIL (hashiya_corpus_actions_get_corpus (actions) != NULL && hashiya_corpus_actions_get_showing_list (actions));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);

  /* The Agreement column: the article's two versions and their κ, read
   * from agreement.json; none for the document without versions. */
  {
    GtkWidget *column_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (corpus_page_of (window)),
                                                                        HASHIYA_TYPE_CORPUS_PAGE, "column_view"));

    WAIT_UNTIL (hashiya_test_find_label (column_view, "2 versions") == NULL &&
                hashiya_test_find_label (column_view, "2 versions · κ 0.69") != NULL);
  }

  row.window = window;
  row.position = position_of (window, "article.hashiya");
  g_assert_cmpuint (row.position, >, 0);
  g_assert_false (gtk_widget_is_sensitive (curate_button (window)));

  /* The row, chosen with the keyboard: Home, then Down (or Up, should
   * a press have gone one too far) until it is selected. */
  hashiya_test_focus_window (window);
  hashiya_corpus_page_focus_list (corpus_page_of (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "60", "Home", NULL });
  for (guint attempt = 0; attempt < 12 && !row_selected (&row); attempt++)
    {
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection_of (window));
      gboolean past = gtk_bitset_get_size (selected) == 1 && gtk_bitset_get_nth (selected, 0) > row.position;

      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "60", past ? "Up" : "Down", NULL });
      hashiya_test_wait_ready (row_selected, &row, 2);
    }
  g_assert_true (row_selected (&row));
  WAIT_UNTIL (gtk_widget_is_sensitive (curate_button (window)));
  hashiya_test_screenshot (window, "corpus-list");

  /* Shift+Ctrl+C: the article opens and its versions are curated. */
  for (guint attempt = 0; attempt < 3 && !hashiya_curation_panel_get_active (curation_of (window)); attempt++)
    {
      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "60", "ctrl+shift+c", NULL });
      hashiya_test_wait_ready (curation_shown, window, 10);
    }
  WAIT_UNTIL (curation_shown (window));
  g_assert_false (hashiya_corpus_actions_get_showing_list (actions));
  g_assert_cmpstr (window_path (window), ==, curated);
  panel = curation_of (window);
  g_assert_null (hashiya_curation_panel_get_error (panel));
  paths = hashiya_curation_panel_get_paths (panel);
  g_assert_cmpuint (g_strv_length ((char **) paths), ==, 2);
  g_assert_cmpstr (paths[0], ==, layla);
  g_assert_cmpint (hashiya_curation_panel_get_current (panel), ==, -1);

  /* n: the first difference, selected in the text. */
  for (guint attempt = 0; attempt < 5 && !first_difference_current (window); attempt++)
    {
      hashiya_test_focus_window (window);
      gtk_widget_grab_focus (GTK_WIDGET (hashiya_window_get_text_view (window)));
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "n", NULL });
      hashiya_test_wait_ready (first_difference_current, window, 4);
    }
  g_assert_cmpint (hashiya_curation_panel_get_current (panel), ==, 0);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
    HashiyaAgreementUnit *unit = HASHIYA_AGREEMENT_UNIT (hashiya_curation_panel_get_difference (panel, 0));
    GtkTextIter start, end;

    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
    g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, hashiya_agreement_unit_get_start (unit));
    g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, hashiya_agreement_unit_get_end (unit));
  }
  hashiya_test_screenshot (window, "curation");

  hashiya_document_mark_saved (hashiya_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  hashiya_test_remove_tree (dir);
}

static HashiyaAgreementDialog *
find_agreement_dialog (void)
{
  HashiyaAgreementDialog *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (HASHIYA_IS_AGREEMENT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* A version changed since its figures were kept: the list says they are
 * out of date; the agreement dialog of the document keeps them again,
 * and the list says so. */
static void
test_keep_from_dialog (void)
{
  g_autofree char *dir = make_corpus ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  g_autoptr(HashiyaDocument) changed = hashiya_test_gold_version (2, "Omar");
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (application), NULL);
  HashiyaCorpusActions *actions = hashiya_window_get_corpus_actions (window);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkWidget *column_view;
  GtkWidget *keep;
  HashiyaAgreementDialog *dialog;

  save_document (changed, dir, "annotators/Omar/article.hashiya");
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  hashiya_window_open (window, folder);
  WAIT_UNTIL (hashiya_corpus_actions_get_corpus (actions) != NULL && hashiya_corpus_actions_get_showing_list (actions));
  column_view = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (corpus_page_of (window)),
                                                          HASHIYA_TYPE_CORPUS_PAGE, "column_view"));
  WAIT_UNTIL (hashiya_test_find_label (column_view, "2 versions · κ 0.69, out of date") != NULL);
  WAIT_UNTIL (hashiya_test_find_label (column_view, "Omar’s version") != NULL);
  hashiya_test_screenshot (window, "corpus-list-out-of-date");

  hashiya_corpus_actions_open_document (actions,
                                        hashiya_corpus_lookup_document (hashiya_corpus_actions_get_corpus (actions),
                                                                        "article.hashiya"), 0, 0);
  WAIT_UNTIL (!hashiya_corpus_actions_get_showing_list (actions) && hashiya_window_get_document (window) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "team.agreement", NULL));
  WAIT_UNTIL ((dialog = find_agreement_dialog ()) != NULL && hashiya_agreement_dialog_get_done (dialog));
  keep = gtk_widget_get_ancestor (hashiya_test_find_label (GTK_WIDGET (dialog), "Keep in the Corpus"), GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_visible (keep) && gtk_widget_is_sensitive (keep));
  hashiya_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  hashiya_test_screenshot (window, "agreement-dialog");
  hashiya_test_click_widget (keep, "1");
  WAIT_UNTIL (hashiya_test_find_label (GTK_WIDGET (dialog), "Kept in the Corpus") != NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The list reads the file again: current. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "corpus-back", NULL);
  WAIT_UNTIL (hashiya_corpus_actions_get_showing_list (actions));
  {
    g_autofree char *layla = g_build_filename (dir, "annotators", "Layla", "article.hashiya", NULL);
    g_autofree char *omar = g_build_filename (dir, "annotators", "Omar", "article.hashiya", NULL);
    const char *paths[] = { layla, omar, NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(HashiyaAgreement) now = hashiya_versions_agree (paths, NULL, &error);
    g_autofree char *expected = NULL;

    g_assert_no_error (error);
    expected = g_strdup_printf ("2 versions · κ %.2f", hashiya_agreement_get_overall (now)->kappa);
    WAIT_UNTIL (hashiya_test_find_label (column_view, "2 versions · κ 0.69, out of date") == NULL &&
                hashiya_test_find_label (column_view, expected) != NULL);
  }

  hashiya_document_mark_saved (hashiya_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  hashiya_test_remove_tree (dir);
}

static void
test_needs_x11 (void)
{
  g_test_skip ("needs an X11 display (run under xvfb-run)");
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmp_root = hashiya_test_make_tmpdir ();
  hashiya_test_own_xdg_folders (tmp_root);
  hashiya_test_init_window_tests (&argc, &argv);

  if (!hashiya_test_have_x11 ())
    g_test_add_func ("/corpus-curate/needs-x11", test_needs_x11);
  else
    {
      g_test_add_func ("/corpus-curate/from-list", test_curate_from_list);
      g_test_add_func ("/corpus-curate/keep-from-dialog", test_keep_from_dialog);
    }

  status = g_test_run ();
  hashiya_test_remove_tree (tmp_root);
  g_free (tmp_root);
  return status;
}
