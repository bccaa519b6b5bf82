/* test-team.c — the window for a team of annotators: curating versions
 * with n and p, accepting the majority and undoing it, settling a
 * merge's conflicts, Sync against a bare repository, the agreement
 * dialog, and saving another annotator's version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "hashiya-agreement-dialog.h"
#include "hashiya-curation-panel.h"
#include "hashiya-team-actions.h"
#include "hashiya-sync-button.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"

/* A corpus: the article's versions by Layla, Omar and Sara in
 * annotators/NAME/, and the curated document, with no mentions yet. */
typedef struct
{
  char *dir;
  char *curated;
  char *versions[4];     /* NULL-terminated */
} Corpus;

static const char * const names[] = { "Layla", "Omar", "Sara" };

/* For the shortcuts it holds (Ctrl+S, Ctrl+Z, Shift+Ctrl+Y). */
static HashiyaApplication *application;

static void
save_document (HashiyaDocument *document,
               const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  hashiya_document_save_file (document, path, &error);
  g_assert_no_error (error);
}

static void
corpus_set_up (Corpus        *corpus,
               gconstpointer  data)
{
  g_autoptr(HashiyaDocument) curated = hashiya_test_gold_version (0, "Layla");

  corpus->dir = hashiya_test_make_tmpdir ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HashiyaDocument) version = hashiya_test_gold_version (i, names[i]);

      corpus->versions[i] = g_build_filename (corpus->dir, "annotators", names[i], "article.hashiya", NULL);
      save_document (version, corpus->versions[i]);
    }
  while (hashiya_document_get_n_mentions (curated) > 0)
    hashiya_document_remove_mention (curated, hashiya_document_get_mention (curated, 0));
  corpus->curated = g_build_filename (corpus->dir, "article.hashiya", NULL);
  save_document (curated, corpus->curated);
}

static void
corpus_tear_down (Corpus        *corpus,
                  gconstpointer  data)
{
  hashiya_test_remove_tree (corpus->dir);
  g_free (corpus->dir);
  g_free (corpus->curated);
  for (guint i = 0; i < G_N_ELEMENTS (corpus->versions); i++)
    g_free (corpus->versions[i]);
}

static HashiyaWindow *
open_path (const char *path)
{
  g_autoptr(HashiyaDocument) sample = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window_in (application, sample);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  hashiya_file_operations_load_file (window_operations (window), file);
  hashiya_test_wait_idle (window);
  g_assert_cmpstr (window_path (window), ==, path);
  return window;
}

/* The window's curation panel, made when curation starts (or here). */
static HashiyaCurationPanel *
window_curation (HashiyaWindow *window)
{
  return hashiya_team_actions_get_panel (GTK_WINDOW (window));
}

static HashiyaSyncButton *
window_sync (HashiyaWindow *window)
{
  return HASHIYA_SYNC_BUTTON (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_SYNC_BUTTON));
}

/* Presses @key in the text view until @position is the current difference
 * (a key event can be lost on a busy X server; pressing is repeated only
 * while nothing happened). */
static void
press_until_current (HashiyaWindow *window,
                     const char    *key,
                     int            position)
{
  HashiyaCurationPanel *panel = window_curation (window);
  int before = hashiya_curation_panel_get_current (panel);

  for (guint attempt = 0; attempt < 5 && hashiya_curation_panel_get_current (panel) == before; attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      gtk_widget_grab_focus (GTK_WIDGET (hashiya_window_get_text_view (window)));
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (hashiya_curation_panel_get_current (panel) == before && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_cmpint (hashiya_curation_panel_get_current (panel), ==, position);
}

static void
assert_selected (HashiyaWindow *window,
                 GObject       *unit)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  GtkTextIter start, end;

  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==,
                   hashiya_agreement_unit_get_start (HASHIYA_AGREEMENT_UNIT (unit)));
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, hashiya_agreement_unit_get_end (HASHIYA_AGREEMENT_UNIT (unit)));
}

static HashiyaWindow *
start_curation (Corpus *corpus)
{
  HashiyaWindow *window = open_path (corpus->curated);
  HashiyaCurationPanel *panel = window_curation (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "team.curate", NULL));
  g_assert_true (hashiya_curation_panel_get_active (panel));
  WAIT_UNTIL (!hashiya_curation_panel_get_computing (panel));
  g_assert_null (hashiya_curation_panel_get_error (panel));
  return window;
}

/* The corpus's versions of the open document, compared and marked; n and
 * p in the text go through the differences, round. */
static void
test_curation_keys (Corpus        *corpus,
                    gconstpointer  data)
{
  HashiyaWindow *window;
  HashiyaCurationPanel *panel;
  const char * const *paths;
  guint n;
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;
  GtkTextIter at;

  if (!hashiya_test_have_x11 ())
    return;
  window = start_curation (corpus);
  panel = window_curation (window);
  paths = hashiya_curation_panel_get_paths (panel);
  g_assert_cmpuint (g_strv_length ((char **) paths), ==, 3);
  g_assert_cmpstr (paths[0], ==, corpus->versions[0]);
  n = hashiya_curation_panel_get_n_differences (panel);
  g_assert_cmpuint (n, >, 3);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (hashiya_agreement_unit_get_differences (HASHIYA_AGREEMENT_UNIT (hashiya_curation_panel_get_difference (panel, i))), !=, 0);

  /* Every unit is marked in the text, a difference by its kind, with an
   * underline only. */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  table = gtk_text_buffer_get_tag_table (buffer);
  {
    GObject *first = hashiya_curation_panel_get_difference (panel, 0);
    HashiyaCurationMark mark = hashiya_curation_mark_of_unit (HASHIYA_AGREEMENT_UNIT (first));
    const char *tag_names[] = { "hashiya-curation-agree", "hashiya-curation-actor", "hashiya-curation-some",
                                "hashiya-curation-overlap" };

    gtk_text_buffer_get_iter_at_offset (buffer, &at, (int) hashiya_agreement_unit_get_start (HASHIYA_AGREEMENT_UNIT (first)));
    g_assert_true (gtk_text_iter_has_tag (&at, gtk_text_tag_table_lookup (table, tag_names[mark])));
    for (guint m = 0; m < G_N_ELEMENTS (tag_names); m++)
      hashiya_test_assert_colour_only (gtk_text_tag_table_lookup (table, tag_names[m]), NULL);
  }

  g_assert_cmpint (hashiya_curation_panel_get_current (panel), ==, -1);
  press_until_current (window, "n", 0);
  assert_selected (window, hashiya_curation_panel_get_difference (panel, 0));
  press_until_current (window, "n", 1);
  assert_selected (window, hashiya_curation_panel_get_difference (panel, 1));
  press_until_current (window, "p", 0);
  press_until_current (window, "p", (int) n - 1);
  assert_selected (window, hashiya_curation_panel_get_difference (panel, n - 1));
  press_until_current (window, "n", 0);

  /* Closed, n is the text view's again, and the marks go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "curation.close", NULL));
  g_assert_false (hashiya_curation_panel_get_active (panel));
  gtk_text_buffer_get_iter_at_offset (buffer, &at, 0);
  g_assert_false (gtk_text_iter_forward_to_tag_toggle (&at, gtk_text_tag_table_lookup (table, "hashiya-curation-agree")));
  hashiya_test_close_window (window);
}

static void
press_until (HashiyaWindow *window,
             const char    *key,
             gboolean      (*done) (HashiyaDocument *document),
             HashiyaDocument *document)
{
  for (guint attempt = 0; attempt < 5 && !done (document); attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      gtk_widget_grab_focus (GTK_WIDGET (hashiya_window_get_text_view (window)));
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!done (document) && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_true (done (document));
}

static gboolean
has_no_mentions (HashiyaDocument *document)
{
  return hashiya_document_get_n_mentions (document) == 0;
}

/* "Accept the majority" takes what two of the three marked the same way,
 * each mention recording who agreed, as one step that Ctrl+Z undoes. */
static void
test_curation_majority_undo (Corpus        *corpus,
                             gconstpointer  data)
{
  HashiyaWindow *window;
  HashiyaDocument *document;
  guint n;

  if (!hashiya_test_have_x11 ())
    return;
  window = start_curation (corpus);
  document = hashiya_window_get_document (window);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window_curation (window)), "curation.accept-majority", NULL));
  n = hashiya_document_get_n_mentions (document);
  g_assert_cmpuint (n, >, 60);
  {
    HashiyaMention *mention = hashiya_document_get_mention (document, 0);
    const char * const *from = hashiya_document_get_curated_from (document, G_OBJECT (mention));

    g_assert_nonnull (from);
    g_assert_cmpuint (g_strv_length ((char **) from), >=, 2);
  }

  press_until (window, "ctrl+z", has_no_mentions, document);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  hashiya_test_close_window (window);
}

/* Per difference: take one annotator's version, then none. */
static void
test_curation_take (Corpus        *corpus,
                    gconstpointer  data)
{
  HashiyaWindow *window;
  HashiyaCurationPanel *panel;
  HashiyaDocument *document;
  HashiyaAgreementUnit *unit = NULL;
  GtkWidget *choices;
  GtkWidget *take = NULL;
  GtkWidget *none = NULL;
  guint marked = G_MAXUINT;
  HashiyaMention *mention;

  if (!hashiya_test_have_x11 ())
    return;
  window = start_curation (corpus);
  panel = window_curation (window);
  document = hashiya_window_get_document (window);

  /* The first difference on the actor. */
  for (guint i = 0; unit == NULL; i++)
    {
      HashiyaAgreementUnit *candidate = HASHIYA_AGREEMENT_UNIT (hashiya_curation_panel_get_difference (panel, i));

      if (hashiya_curation_mark_of_unit (candidate) == HASHIYA_CURATION_MARK_ACTOR)
        {
          unit = candidate;
          while (!hashiya_curation_panel_step (panel, +1) || hashiya_curation_panel_get_current (panel) != (int) i)
            ;
        }
    }
  for (guint a = 0; a < hashiya_agreement_unit_get_n_annotators (unit) && marked == G_MAXUINT; a++)
    if (hashiya_agreement_unit_get_mention (unit, a) != NULL)
      marked = a;

  choices = hashiya_curation_panel_get_choices (panel);
  for (GtkWidget *child = gtk_widget_get_first_child (choices); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const char *label = gtk_button_get_label (GTK_BUTTON (button));
      g_autofree char *prefix = g_strdup_printf ("Take %s’s: ", names[marked]);

      if (g_str_has_prefix (label, prefix))
        take = button;
      else if (g_str_equal (label, "Take None"))
        none = button;
    }
  g_assert_nonnull (take);
  g_assert_nonnull (none);

  g_signal_emit_by_name (take, "clicked");
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==,
                   hashiya_mention_get_actor (hashiya_agreement_unit_get_mention (unit, marked)));
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==,
                    hashiya_mention_get_start (hashiya_agreement_unit_get_mention (unit, marked)));
  g_assert_true (g_strv_contains (hashiya_document_get_curated_from (document, G_OBJECT (mention)), names[marked]));
  g_assert_nonnull (hashiya_document_get_curation_annotators (document));

  g_signal_emit_by_name (none, "clicked");
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  hashiya_test_close_window (window);
}

/* Versions of another text than the open document's: said, nothing changed. */
static void
test_curation_other_text (Corpus        *corpus,
                          gconstpointer  data)
{
  static const char other_text[] = "زار وزير خارجية إيران باكو أمس.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (other_text, sizeof other_text - 1);
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (bytes, NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) other = hashiya_document_new (text, catalog);
  HashiyaWindow *window = hashiya_test_open_window (other);
  HashiyaCurationPanel *panel = window_curation (window);

  hashiya_curation_panel_curate_versions (panel, (const char * const *) corpus->versions);
  WAIT_UNTIL (!hashiya_curation_panel_get_computing (panel));
  g_assert_cmpstr (hashiya_curation_panel_get_error (panel), ==,
                   "The open document is not of the versions’ text: open the curated document, or one made from "
                   "the same text, and curate again.");
  g_assert_cmpuint (hashiya_curation_panel_get_n_differences (panel), ==, 0);
  g_assert_false (hashiya_document_get_modified (other));
  g_assert_cmpuint (hashiya_document_get_n_mentions (other), ==, 0);
  hashiya_test_close_window (window);
}

static gboolean
dialog_done (gpointer dialog)
{
  return !hashiya_agreement_dialog_get_done (dialog);
}

/* The agreement of the open document's three versions: the pairs' scores, as
 * hashiya-cli agree prints them, and the table by actor. */
static void
test_agreement_dialog (Corpus        *corpus,
                       gconstpointer  data)
{
  HashiyaWindow *window = open_path (corpus->versions[0]);
  HashiyaAgreementDialog *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "team.agreement", NULL));
  {
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *w = toplevels; w != NULL; w = w->next)
      if (HASHIYA_IS_AGREEMENT_DIALOG (w->data))
        dialog = w->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (dialog);
  hashiya_test_wait_while (dialog_done, dialog);
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 1, 0), ==, "Layla and Omar");
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 1, 1), ==, "0.930");
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 1, 2), ==, "0.937");
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 1, 3), ==, "0.709");
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 1, 4), ==, "0.711");
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 1, 5), ==, "0.700");
  g_assert_cmpstr (hashiya_agreement_dialog_get_cell (dialog, FALSE, 0, 0), ==, "All annotators");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (hashiya_agreement_dialog_get_actors (dialog)))), >, 5);
  g_assert_nonnull (hashiya_agreement_dialog_get_cell (dialog, TRUE, 0, 0));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hashiya_test_close_window (window);
}

static GtkWidget *
find_message_dialog (void)
{
  GtkWidget *dialog = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *w = toplevels; w != NULL; w = w->next)
    if (ADW_IS_MESSAGE_DIALOG (w->data) && gtk_widget_get_visible (w->data))
      dialog = w->data;
  g_list_free (toplevels);
  return dialog;
}

/* Another annotator's version: the window says whose it is, and Ctrl+S
 * asks before writing into their file. */
static void
test_other_annotator_save (Corpus        *corpus,
                           gconstpointer  data)
{
  HashiyaWindow *window;
  HashiyaDocument *document;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *dialog = NULL;
  GtkLabel *owner;

  if (!hashiya_test_have_x11 ())
    return;
  hashiya_author_set_current ("Layla");
  window = open_path (corpus->versions[1]);
  document = hashiya_window_get_document (window);
  owner = GTK_LABEL (hashiya_test_first_of_type (GTK_WIDGET (window_sync (window)), GTK_TYPE_LABEL));
  g_assert_cmpstr (gtk_label_get_label (owner), ==, "Omar’s version");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (owner)));
  g_assert_true (g_file_get_contents (corpus->versions[1], &before, NULL, NULL));

  hashiya_document_remove_mention (document, hashiya_document_get_mention (document, 0));
  for (guint attempt = 0; attempt < 5 && dialog == NULL; attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+s", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while ((dialog = find_message_dialog ()) == NULL && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Save Into Omar’s Version?");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "This file is Omar’s version of the document, and you annotate as Layla: saving writes your "
                   "changes into their file.");
  g_assert_true (g_file_get_contents (corpus->versions[1], &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (hashiya_document_get_modified (document));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  hashiya_test_wait_idle (window);
  WAIT_UNTIL (!hashiya_document_get_modified (document));
  g_free (after);
  g_assert_true (g_file_get_contents (corpus->versions[1], &after, NULL, NULL));
  g_assert_cmpstr (after, !=, before);

  /* One's own version: no question. */
  hashiya_author_set_current ("Omar");
  hashiya_document_remove_mention (document, hashiya_document_get_mention (document, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  hashiya_test_wait_idle (window);
  WAIT_UNTIL (!hashiya_document_get_modified (document));
  hashiya_author_set_current (NULL);
  hashiya_test_close_window (window);
}

/* A document a merge left a conflict in: offered for curation, listed
 * and marked, and settled by taking the other side, as one undo step. */
static void
test_conflicts (Corpus        *corpus,
                gconstpointer  data)
{
  g_autoptr(HashiyaDocument) merged = hashiya_test_gold_version (0, "Layla");
  HashiyaMention *mention = hashiya_document_get_mention (merged, 0);
  g_autoptr(HashiyaMention) base = hashiya_mention_copy (mention);
  g_autoptr(HashiyaMention) theirs = hashiya_mention_copy (mention);
  g_autoptr(HashiyaConflict) conflict = NULL;
  g_autofree char *path = g_build_filename (corpus->dir, "merged.hashiya", NULL);
  g_autofree char *id = g_strdup (hashiya_mention_get_id (mention));
  const char *other_actor = g_str_equal (hashiya_mention_get_actor (mention), "iran") ? "russia" : "iran";
  HashiyaWindow *window;
  HashiyaCurationPanel *panel;
  HashiyaDocument *document;
  GtkWidget *take = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter at;

  hashiya_mention_set_actor (theirs, other_actor);
  hashiya_mention_set_author (theirs, "Omar");
  conflict = hashiya_conflict_new (HASHIYA_CONFLICT_MENTION, id, G_OBJECT (base), G_OBJECT (mention),
                                   G_OBJECT (theirs), "Layla", "Omar");
  _hashiya_document_add_conflict (merged, conflict);
  save_document (merged, path);

  window = open_path (path);
  panel = window_curation (window);
  document = hashiya_window_get_document (window);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_conflicts (document)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "team.settle-conflicts", NULL));
  g_assert_true (hashiya_curation_panel_get_active (panel));
  g_assert_cmpuint (hashiya_curation_panel_get_n_differences (panel), ==, 1);
  g_assert_true (hashiya_curation_panel_step (panel, +1));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  gtk_text_buffer_get_iter_at_offset (buffer, &at, (int) hashiya_mention_get_start (mention));
  g_assert_true (gtk_text_iter_has_tag (&at, gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                                       "hashiya-curation-actor")));

  for (GtkWidget *child = gtk_widget_get_first_child (hashiya_curation_panel_get_choices (panel)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (button)), "Take Omar’s: "))
        take = button;
    }
  g_assert_nonnull (take);
  g_signal_emit_by_name (take, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_conflicts (document)), ==, 0);
  g_assert_cmpuint (hashiya_curation_panel_get_n_differences (panel), ==, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, id)), ==, other_actor);

  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_conflicts (document)), ==, 1);
  g_assert_cmpuint (hashiya_curation_panel_get_n_differences (panel), ==, 1);
  hashiya_test_close_window (window);
}

/* git */

static char *
git (const char *dir,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  va_start (args, dir);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("git %s failed: %s", (const char *) argv->pdata[1], err);
  return out;
}

static gboolean
sync_not_ready (gpointer window)
{
  return hashiya_sync_button_get_checking (window_sync (window));
}

static gboolean
syncing (gpointer window)
{
  return hashiya_sync_button_get_syncing (window_sync (window));
}

/* Sync against a bare repository: the state shown, then Shift+Ctrl+Y and
 * Enter commit with the summary of what changed, pull and push; with the
 * remote gone, git's words, and the commit kept. */
static void
test_sync (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *clone = g_build_filename (dir, "clone", NULL);
  g_autofree char *remote = g_build_filename (dir, "remote.git", NULL);
  g_autofree char *moved = g_build_filename (dir, "moved.git", NULL);
  g_autofree char *path = g_build_filename (clone, "article.hashiya", NULL);
  g_autoptr(HashiyaDocument) gold = hashiya_test_gold_version (0, "Layla");
  g_autofree char *log = NULL;
  HashiyaWindow *window;
  HashiyaSyncButton *sync;
  HashiyaDocument *document;
  GtkEntry *entry = NULL;

  if (!hashiya_test_have_x11 ())
    return;
  g_free (git (dir, "init", "-q", "--bare", "-b", "main", "remote.git", NULL));
  g_free (git (dir, "clone", "-q", "remote.git", "clone", NULL));
  save_document (gold, path);
  g_free (git (clone, "add", "article.hashiya", NULL));
  g_free (git (clone, "commit", "-q", "-m", "The article", NULL));
  g_free (git (clone, "push", "-q", "-u", "origin", "main", NULL));

  window = open_path (path);
  sync = window_sync (window);
  document = hashiya_window_get_document (window);
  hashiya_test_wait_while (sync_not_ready, window);
  g_assert_cmpstr (hashiya_sync_button_get_state_text (sync), ==, "On main: up to date.");

  /* A change saved: something to commit. */
  hashiya_document_remove_mention (document, hashiya_document_get_mention (document, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  hashiya_test_wait_idle (window);
  WAIT_UNTIL (!hashiya_document_get_modified (document));
  hashiya_test_wait_while (sync_not_ready, window);
  WAIT_UNTIL (g_strcmp0 (hashiya_sync_button_get_state_text (sync), "On main: saved changes to commit.") == 0);

  /* Shift+Ctrl+Y opens Sync, its message the summary of the change;
   * Enter syncs. */
  for (guint attempt = 0; attempt < 5 && (entry == NULL || !gtk_widget_has_focus (GTK_WIDGET (entry))); attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "shift+ctrl+y", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!waited)
        {
          GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (GTK_WIDGET (sync))));

          g_main_context_iteration (NULL, TRUE);
          entry = GTK_ENTRY (hashiya_test_first_of_type (GTK_WIDGET (sync), GTK_TYPE_ENTRY));
          if (entry != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)))
            break;
        }
      if (!waited)
        g_source_remove (id);
      if (entry != NULL)
        {
          GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (gtk_widget_get_root (GTK_WIDGET (entry))));

          if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)))
            break;
        }
    }
  g_assert_nonnull (entry);
  WAIT_UNTIL (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), ""));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "article.hashiya: mentions: 1 removed; relations: 1 removed");
  for (guint attempt = 0; attempt < 5 && !syncing (window) && g_str_equal (hashiya_sync_button_get_result_text (sync), ""); attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "Return", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!syncing (window) && g_str_equal (hashiya_sync_button_get_result_text (sync), "") && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  hashiya_test_wait_while (syncing, window);
  g_assert_cmpstr (hashiya_sync_button_get_result_text (sync), ==,
                   "Committed “article.hashiya: mentions: 1 removed; relations: 1 removed”. Pulled and pushed.");
  log = git (remote, "log", "-1", "--format=%s", NULL);
  g_assert_cmpstr (log, ==, "article.hashiya: mentions: 1 removed; relations: 1 removed\n");
  hashiya_test_wait_while (sync_not_ready, window);
  g_assert_cmpstr (hashiya_sync_button_get_state_text (sync), ==, "On main: up to date.");

  /* The remote gone: git's words, and the commit stays to push later. */
  g_assert_cmpint (g_rename (remote, moved), ==, 0);
  hashiya_document_remove_mention (document, hashiya_document_get_mention (document, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  hashiya_test_wait_idle (window);
  WAIT_UNTIL (!hashiya_document_get_modified (document));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Second change");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (syncing (window));
  hashiya_test_wait_while (syncing, window);
  g_assert_true (g_str_has_prefix (hashiya_sync_button_get_result_text (sync), "Sync failed; nothing was lost. git said: "));
  g_assert_nonnull (strstr (hashiya_sync_button_get_result_text (sync), "remote.git"));
  g_free (log);
  log = git (clone, "log", "-1", "--format=%s", NULL);
  g_assert_cmpstr (log, ==, "Second change\n");

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* A folder that is no work tree: no Sync button. */
static void
test_sync_no_work_tree (Corpus        *corpus,
                        gconstpointer  data)
{
  HashiyaWindow *window = open_path (corpus->curated);
  HashiyaSyncButton *sync = window_sync (window);
  GtkWidget *button = hashiya_test_first_of_type (GTK_WIDGET (sync), GTK_TYPE_MENU_BUTTON);

  hashiya_test_wait_while (sync_not_ready, window);
  g_assert_false (hashiya_sync_button_get_in_work_tree (sync));
  g_assert_false (gtk_widget_get_visible (button));
  hashiya_test_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("hashiya-team-XXXXXX", NULL);
  g_autofree char *gitconfig = g_build_filename (home, "gitconfig", NULL);

  /* git of the test's own: who commits, and no system configuration.
   * The environment is set before GTK and the application start threads
   * (setenv () beside a thread that reads the environment, or spawns, can
   * corrupt the heap: it did, once in a while, on a loaded machine). */
  g_file_set_contents (gitconfig, "[user]\n\tname = Layla\n\temail = layla@example.org\n", -1, NULL);
  g_setenv ("GIT_CONFIG_GLOBAL", gitconfig, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  g_setenv ("GIT_CEILING_DIRECTORIES", g_get_tmp_dir (), TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  hashiya_test_init_window_tests (&argc, &argv);
  application = hashiya_test_registered_application ();

  g_test_add ("/team/curation/keys", Corpus, NULL, corpus_set_up, test_curation_keys, corpus_tear_down);
  g_test_add ("/team/curation/majority-undo", Corpus, NULL, corpus_set_up, test_curation_majority_undo,
              corpus_tear_down);
  g_test_add ("/team/curation/take", Corpus, NULL, corpus_set_up, test_curation_take, corpus_tear_down);
  g_test_add ("/team/curation/other-text", Corpus, NULL, corpus_set_up, test_curation_other_text, corpus_tear_down);
  g_test_add ("/team/conflicts", Corpus, NULL, corpus_set_up, test_conflicts, corpus_tear_down);
  g_test_add ("/team/agreement-dialog", Corpus, NULL, corpus_set_up, test_agreement_dialog, corpus_tear_down);
  g_test_add ("/team/other-annotator-save", Corpus, NULL, corpus_set_up, test_other_annotator_save, corpus_tear_down);
  g_test_add ("/team/sync/no-work-tree", Corpus, NULL, corpus_set_up, test_sync_no_work_tree, corpus_tear_down);
  g_test_add_func ("/team/sync/bare-remote", test_sync);

  {
    int status = g_test_run ();

    g_object_unref (application);
    hashiya_test_remove_tree (home);
    return status;
  }
}
