/* test-window.c — the reading and annotating window, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hashiya-application.h"
#include "hashiya-actor-chooser.h"
#include "hashiya-actor-editor.h"
#include "hashiya-preferences-window.h"
#include "hashiya-test-color.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"
#include "hashiya-export-dialog.h"
#include "hashiya-mention-popover.h"
#include "hashiya-sidebar.h"
#include "hashiya-swatch.h"
#include "hashiya-test-window.h"
#include "hashiya-window.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static void
test_window_shows_article (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkTextView *view = GTK_TEXT_VIEW (hashiya_window_get_text_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end, line_start, last_line;
  GdkRectangle first, fifth, a, b;
  g_autofree char *shown = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (shown, ==, hashiya_text_get_data (hashiya_document_get_text (document), NULL));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 2849);
  g_assert_false (gtk_text_view_get_editable (view));
  g_assert_true (gtk_text_view_get_cursor_visible (view));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (view)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Document");

  /* Right to left: the first letter is at the right and the text runs
   * leftwards from it. */
  gtk_text_view_get_iter_location (view, &start, &first);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 5);
  gtk_text_view_get_iter_location (view, &end, &fifth);
  g_assert_cmpint (first.y, ==, fifth.y);
  g_assert_cmpint (first.x, >, fifth.x);

  /* Every line of a paragraph starts at the same right edge. */
  line_start = start;
  last_line = start;
  gtk_text_iter_forward_to_line_end (&last_line);
  gtk_text_view_backward_display_line_start (view, &last_line);
  g_assert_cmpint (gtk_text_iter_get_offset (&last_line), >, 0);
  gtk_text_view_get_cursor_locations (view, &line_start, &a, NULL);
  gtk_text_view_get_cursor_locations (view, &last_line, &b, NULL);
  g_assert_cmpint (b.y, >, a.y);
  g_assert_cmpint (ABS (a.x - b.x), <=, 2);

  hashiya_test_close_window (window);
}

static void
saved_cb (HashiyaDocument *document,
          GParamSpec      *pspec,
          gboolean        *done)
{
  if (!hashiya_document_get_modified (document))
    *done = TRUE;
}

/* Keys 1–9 annotate the selection; undo, redo, save and reopen. */
static void
annotate_by_keyboard (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "keyboard.hashiya", NULL);
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  HashiyaMention *mention;
  gboolean added = FALSE, saved = FALSE;

  g_signal_connect (document, "mention-added", G_CALLBACK (hashiya_test_mention_added_cb), &added);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  hashiya_test_press_until_added (window, 79, 87, "1", &added);

  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  mention = hashiya_document_lookup_mention (document, "m1");
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 79);
  g_assert_cmpuint (hashiya_mention_get_end (mention), ==, 87);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==,
                   hashiya_actor_get_id (hashiya_catalog_get_actor (hashiya_document_get_catalog (document), 0)));
  g_assert_true (hashiya_text_view_get_selected_mention (view) == mention);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Untitled Document");

  /* A sloppy selection, "إيران." with the line break after it, is tidied
   * to the name. Key 5 is the fifth actor, Iran. */
  added = FALSE;
  hashiya_test_press_until_added (window, 249, 256, "5", &added);
  g_assert_nonnull (hashiya_document_lookup_mention (document, "m2"));
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_lookup_mention (document, "m2")), ==, 249);
  g_assert_cmpuint (hashiya_mention_get_end (hashiya_document_lookup_mention (document, "m2")), ==, 254);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  g_assert_true (hashiya_undo_stack_get_can_undo (undo));

  g_signal_connect (document, "notify::modified", G_CALLBACK (saved_cb), &saved);
  hashiya_file_operations_save_to (window_operations (window), path);
  hashiya_test_wait_until (&saved);
  g_assert_cmpstr (window_path (window), ==, path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "keyboard.hashiya");

  /* Reopened in a new window, as after a restart. */
  {
    HashiyaWindow *second = hashiya_test_open_window (hashiya_test_sample_document ());
    g_autoptr(GFile) file = g_file_new_for_path (path);
    HashiyaDocument *shown;

    g_object_unref (hashiya_window_get_document (second));
    hashiya_file_operations_load_file (window_operations (second), file);
    hashiya_test_wait_idle (second);
    shown = hashiya_window_get_document (second);
    g_assert_cmpuint (hashiya_document_get_n_mentions (shown), ==, 2);
    g_assert_false (hashiya_document_get_modified (shown));
    g_assert_cmpstr (window_path (second), ==, path);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (second)), ==, "keyboard.hashiya");
    hashiya_test_close_window (second);
  }

  reloaded = hashiya_document_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (reloaded), ==, 2);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (reloaded, "m1")), ==, "azerbaijan");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (reloaded, "m2")), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_quote_exact (hashiya_document_lookup_mention (reloaded, "m2")), ==, "إيران");

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* Whether an SVG renderer has been loaded into this process. */
static gboolean
svg_renderer_loaded (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "librsvg") != NULL;
}

/* On X11 the toolkit gives a window its application's icon: drawn from the
 * PNG at 48 pixels, never by loading an SVG renderer into every window
 * (about 6 MB of it). The first test of this program, so that nothing
 * before it has loaded one. */
static void
test_window_icon_from_png (void)
{
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;
  HashiyaWindow *window;

  g_assert_false (svg_renderer_loaded ());
  icon = gtk_icon_theme_lookup_icon (theme, "io.github.hashiya.Hashiya", NULL, 48, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  uri = g_file_get_uri (file);
  g_assert_cmpstr (uri, ==, "resource:///io/github/hashiya/Hashiya/icons/48x48/apps/io.github.hashiya.Hashiya.png");

  window = hashiya_test_open_window_in (application, document);
#ifdef GDK_WINDOWING_X11
  /* Elsewhere (Wayland) a window has no icon of its own to draw. */
  if (GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    g_assert_false (svg_renderer_loaded ());
#endif
  hashiya_test_close_window (window);
}

static void
test_window_annotate_by_keyboard (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  annotate_by_keyboard ();
}

static gboolean
has_tag (GtkTextBuffer *buffer,
         guint          offset,
         const char    *name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
test_window_nested_and_delete (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  HashiyaActor *ministry = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "azerbaijan-mod");
  HashiyaActor *state = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "azerbaijan");
  HashiyaMention *outer, *inner;

  /* The ministry, then the state adjective inside it: both stay visible,
   * the outer as a background, the inner as an underline. */
  hashiya_text_view_select_range (view, 262, 287);
  outer = hashiya_text_view_annotate (view, ministry, NULL);
  hashiya_text_view_select_range (view, 275, 287);
  inner = hashiya_text_view_annotate (view, state, NULL);
  g_assert_nonnull (outer);
  g_assert_nonnull (inner);
  g_assert_true (has_tag (buffer, 265, "actor:azerbaijan-mod"));
  g_assert_true (has_tag (buffer, 280, "actor:azerbaijan-mod"));
  g_assert_true (has_tag (buffer, 280, "actor-inner:azerbaijan"));
  g_assert_false (has_tag (buffer, 280, "actor:azerbaijan"));
  g_assert_true (hashiya_text_view_mention_at (view, 280) == inner);
  g_assert_true (hashiya_text_view_mention_at (view, 265) == outer);

  /* In high contrast, an outer mention is underlined as well. */
  {
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "actor:azerbaijan-mod");
    PangoUnderline underline;

    hashiya_text_view_set_style (view, FALSE, TRUE);
    g_object_get (tag, "underline", &underline, NULL);
    g_assert_cmpint (underline, ==, PANGO_UNDERLINE_SINGLE);
    hashiya_text_view_set_style (view, FALSE, FALSE);
    g_object_get (tag, "underline", &underline, NULL);
    g_assert_cmpint (underline, ==, PANGO_UNDERLINE_NONE);
  }

  /* Removing the outer one brings the inner one up to a background. */
  hashiya_text_view_select_mention (view, outer);
  g_assert_true (has_tag (buffer, 265, "selected-mention"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "mention.delete", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  g_assert_false (has_tag (buffer, 265, "actor:azerbaijan-mod"));
  g_assert_false (has_tag (buffer, 265, "selected-mention"));
  g_assert_true (has_tag (buffer, 280, "actor:azerbaijan"));
  g_assert_false (has_tag (buffer, 280, "actor-inner:azerbaijan"));
  g_assert_null (hashiya_text_view_get_selected_mention (view));

  /* The toast's Undo is win.undo: it brings everything back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  g_assert_true (has_tag (buffer, 265, "actor:azerbaijan-mod"));
  g_assert_true (has_tag (buffer, 280, "actor-inner:azerbaijan"));

  /* A suggestion is drawn with a wavy underline, not a background; a
   * nested one with the wavy underline of its depth. */
  {
    g_autoptr(HashiyaMention) edit = hashiya_mention_copy (inner);

    hashiya_mention_set_status (edit, HASHIYA_MENTION_STATUS_SUGGESTED);
    g_assert_true (hashiya_document_update_mention (document, inner, edit, NULL));
    g_assert_true (has_tag (buffer, 280, "actor-inner-suggested:azerbaijan"));
    g_assert_false (has_tag (buffer, 280, "actor-inner:azerbaijan"));
  }

  hashiya_test_close_window (window);
}

static void
chosen_cb (HashiyaActorChooser *chooser,
           HashiyaActor        *actor,
           HashiyaActor       **out)
{
  *out = actor;
}

static void
test_window_actor_chooser (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaActor *chosen = NULL;

  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 89, 94);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hashiya_window_get_text_view (window)), "mention.annotate", NULL));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window_actor_chooser (window))));

  g_signal_connect (window_actor_chooser (window), "actor-chosen", G_CALLBACK (chosen_cb), &chosen);
  /* Arabic or English, name or alias: "أنقرة" is Turkey's capital. */
  hashiya_actor_chooser_set_query (window_actor_chooser (window), "أنقرة");
  g_assert_true (hashiya_actor_chooser_choose (window_actor_chooser (window)));
  g_assert_cmpstr (hashiya_actor_get_id (chosen), ==, "turkey");
  g_assert_cmpuint (hashiya_document_count_mentions (document, "turkey"), ==, 1);

  hashiya_actor_chooser_set_query (window_actor_chooser (window), "no such actor");
  g_assert_false (hashiya_actor_chooser_choose (window_actor_chooser (window)));

  hashiya_test_close_window (window);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  AdwMessageDialog *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static void
test_window_failed_open_keeps_document (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *bad = hashiya_test_write_file (dir, "broken.hashiya", "{\"format\": \"hashiya\",", -1);
  g_autoptr(GFile) file = g_file_new_for_path (bad);
  HashiyaWindow *window = hashiya_test_open_window (document);
  g_autofree char *after = NULL;
  GtkWidget *dialog = NULL;

  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 79, 87);
  hashiya_text_view_annotate (hashiya_window_get_text_view (window), hashiya_catalog_lookup (hashiya_document_get_catalog (document), "azerbaijan"), NULL);
  hashiya_file_operations_load_file (window_operations (window), file);
  g_assert_true (window_busy (window));
  hashiya_test_wait_idle (window);

  /* The error is shown in a dialog over the window ... */
  for (GList *l = gtk_window_list_toplevels (), *w = l; w != NULL; w = w->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (w->data))
        dialog = w->data;
      if (w->next == NULL)
        g_list_free (l);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Open “broken.hashiya”");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), bad));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* ... and the window keeps its document, the file its bytes. */
  g_assert_true (hashiya_window_get_document (window) == document);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  g_assert_null (window_path (window));
  after = hashiya_test_read_file (bad, NULL);
  g_assert_cmpstr (after, ==, "{\"format\": \"hashiya\",");

  /* A failed save says why, and leaves the document modified, its path
   * as it was, and nothing on disk. */
  {
    g_autofree char *nowhere = g_build_filename (dir, "missing", "out.hashiya", NULL);
    g_autofree char *expected = g_strdup_printf ("%s: cannot write: no such file or folder", nowhere);

    hashiya_file_operations_save_to (window_operations (window), nowhere);
    hashiya_test_wait_idle (window);
    dialog = GTK_WIDGET (find_message_dialog ());
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Save");
    g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, expected);
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (hashiya_document_get_modified (document));
    g_assert_null (window_path (window));
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

static void
test_window_highlights_keep_shaping (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkTextView *view = GTK_TEXT_VIEW (hashiya_window_get_text_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  int n_lines = gtk_text_buffer_get_line_count (buffer);
  guint compared = 0;

  for (int line = 0; line < n_lines; line++)
    g_ptr_array_add (before, hashiya_test_paragraph_glyphs (view, line, FALSE));

  for (guint i = 0; i < gold->len; i++)
    {
      HashiyaGoldMention *g = g_ptr_array_index (gold, i);
      g_autoptr(GError) error = NULL;

      hashiya_document_annotate (document, g->start, g->end, g->actor, g->type, &error);
      g_assert_no_error (error);
    }
  /* One mention selected too, so its mark is on the page as well. */
  hashiya_text_view_select_mention (HASHIYA_TEXT_VIEW (view), hashiya_document_lookup_mention (document, "m10"));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);

  for (int line = 0; line < n_lines; line++)
    {
      g_autoptr(GArray) after = hashiya_test_paragraph_glyphs (view, line, TRUE);
      GArray *plain = g_ptr_array_index (before, line);

      g_assert_cmpuint (after->len, ==, plain->len);
      g_assert_cmpmem (after->data, after->len * sizeof (PangoGlyph), plain->data, plain->len * sizeof (PangoGlyph));
      compared += after->len;
    }
  g_assert_cmpuint (compared, >, 2000);

  /* And no tag could ever change the font. */
  g_assert_cmpint (gtk_text_tag_table_get_size (table), >, 24 * 3);
  gtk_text_tag_table_foreach (table, hashiya_test_assert_colour_only, NULL);
  hashiya_test_close_window (window);
}

static void
test_window_close_asks (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  AdwMessageDialog *dialog;

  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 79, 87);
  hashiya_text_view_annotate (hashiya_window_get_text_view (window), hashiya_catalog_get_actor (hashiya_document_get_catalog (document), 0), NULL);

  /* Cancel keeps the window and the work. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (hashiya_document_get_modified (document));

  /* Discard closes without a question more. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (window);
}

static void
test_window_sidebar_navigation (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaActor *azerbaijan = hashiya_catalog_lookup (catalog, "azerbaijan");
  HashiyaMention *first, *turkey, *second;

  first = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  turkey = hashiya_document_annotate (document, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, NULL);
  second = hashiya_document_annotate (document, 225, 233, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);

  /* Clicking an actor steps through its mentions, round and round. */
  g_signal_emit_by_name (window_sidebar (window), "actor-activated", azerbaijan);
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == first);
  g_signal_emit_by_name (window_sidebar (window), "actor-activated", azerbaijan);
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == second);
  g_signal_emit_by_name (window_sidebar (window), "actor-activated", azerbaijan);
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == first);

  /* Clicking a row of the mentions panel selects that mention. */
  g_signal_emit_by_name (window_sidebar (window), "mention-activated", turkey);
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == turkey);

  /* With a mention selected, a number key gives it that actor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hashiya_window_get_text_view (window)), "mention.annotate-with", "i", 4));
  g_assert_cmpstr (hashiya_mention_get_actor (turkey), ==, "russia");
  g_assert_cmpuint (hashiya_document_count_mentions (document, "russia"), ==, 1);

  /* A row shows the mention in its context, coloured, never bold. */
  {
    g_autofree char *markup = hashiya_mention_describe_markup (document, first, "#3584e4");

    g_assert_nonnull (strstr (markup, "<span background=\"#3584e4\" bgalpha=\"45%\">أذربيجان</span>"));
    g_assert_null (strstr (markup, "weight"));
    g_assert_null (strstr (markup, "<b>"));
  }

  hashiya_test_close_window (window);
}

static void
test_window_dialogs (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/hashiya/Hashiya/hashiya-shortcuts-window.ui");
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaActorEditor *editor;
  GtkWidget *preferences;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) aliases = hashiya_split_aliases ("  باكو، Baku ,, الأذربيجانية ");
  HashiyaActor *added;

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  g_assert_cmpuint (g_strv_length (aliases), ==, 3);
  g_assert_cmpstr (aliases[0], ==, "باكو");
  g_assert_cmpstr (aliases[1], ==, "Baku");
  g_assert_cmpstr (aliases[2], ==, "الأذربيجانية");

  /* The font follows the setting: Noto Naskh Arabic 18 unless changed. */
  {
    g_autofree char *font = g_settings_get_string (settings, "font");
    g_assert_cmpstr (font, ==, "Noto Naskh Arabic 18");
  }
  preferences = hashiya_preferences_window_new (GTK_WINDOW (window), settings);
  gtk_window_present (GTK_WINDOW (preferences));
  g_settings_set_string (settings, "font", "Amiri 20");
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "font");

  /* The colour scheme: follow the system, or force light or dark. */
  g_settings_set_string (settings, "color-scheme", "dark");
  hashiya_apply_color_scheme (settings);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  g_settings_set_string (settings, "color-scheme", "light");
  hashiya_apply_color_scheme (settings);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_reset (settings, "color-scheme");
  hashiya_apply_color_scheme (settings);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* The annotator's name (the Preferences' setting, followed by the
   * core: tests/ui/test-annotator.c) goes on new mentions. */
  hashiya_author_set_current ("ليلى");
  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 89, 94);
  {
    HashiyaMention *mention = hashiya_text_view_annotate (hashiya_window_get_text_view (window),
                                                          hashiya_catalog_get_actor (hashiya_document_get_catalog (document), 2),
                                                          NULL);
    g_assert_cmpstr (hashiya_mention_get_author (mention), ==, "ليلى");
  }
  hashiya_author_set_current (NULL);

  /* A new actor through the editor: a bad id is refused with a reason. */
  editor = hashiya_actor_editor_new (GTK_WINDOW (window), document, NULL);
  hashiya_actor_editor_fill (editor, "Not An Id", "س", NULL, HASHIYA_ACTOR_KIND_OTHER, NULL);
  g_assert_false (hashiya_actor_editor_save (editor, &error));
  g_assert_nonnull (strstr (error->message, "cannot be an id"));
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = hashiya_actor_editor_new (GTK_WINDOW (window), document, NULL);
  hashiya_actor_editor_fill (editor, "georgia-mod", "وزارة الدفاع الجورجية", "Ministry of Defence of Georgia",
                             HASHIYA_ACTOR_KIND_ORGANIZATION, "الدفاع الجورجية، Georgian MoD");
  g_assert_true (hashiya_actor_editor_save (editor, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (editor));
  added = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "georgia-mod");
  g_assert_nonnull (added);
  g_assert_cmpint (hashiya_actor_get_kind (added), ==, HASHIYA_ACTOR_KIND_ORGANIZATION);
  g_assert_cmpstr (hashiya_actor_get_aliases (added)[1], ==, "Georgian MoD");
  g_assert_true (hashiya_color_is_valid (hashiya_actor_get_color (added)));

  /* Editing it changes it in one undo step. */
  editor = hashiya_actor_editor_new (GTK_WINDOW (window), document, added);
  hashiya_actor_editor_fill (editor, NULL, "وزارة دفاع جورجيا", NULL, HASHIYA_ACTOR_KIND_ORGANIZATION, "");
  g_assert_true (hashiya_actor_editor_save (editor, NULL));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_cmpstr (hashiya_actor_get_name_ar (added), ==, "وزارة دفاع جورجيا");
  g_assert_null (hashiya_actor_get_aliases (added)[0]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (hashiya_actor_get_name_ar (added), ==, "وزارة الدفاع الجورجية");

  /* Line spacing follows its setting. */
  {
    int before = gtk_text_view_get_pixels_inside_wrap (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));

    g_settings_set_double (settings, "line-spacing", 2.5);
    g_assert_cmpint (gtk_text_view_get_pixels_inside_wrap (GTK_TEXT_VIEW (hashiya_window_get_text_view (window))), >, before);
    g_settings_reset (settings, "line-spacing");
    g_assert_cmpint (gtk_text_view_get_pixels_inside_wrap (GTK_TEXT_VIEW (hashiya_window_get_text_view (window))), ==, before);
  }

  /* New documents start from the default catalogue of Preferences; one
   * that cannot be read falls back to the built-in one. */
  {
    g_autofree char *dir = hashiya_test_make_tmpdir ();
    g_autofree char *catalog_path = hashiya_test_write_file (dir, "mine.json",
      "{\"format\": \"hashiya-catalog\", \"version\": 1, \"name\": \"Mine\", \"actors\": "
      "[{\"id\": \"egypt\", \"kind\": \"state\", \"name\": {\"ar\": \"مصر\", \"en\": \"Egypt\"}}]}", -1);
    g_autoptr(HashiyaCatalog) mine = NULL;
    g_autoptr(HashiyaCatalog) fallback = NULL;

    g_settings_set_string (settings, "default-catalog", catalog_path);
    mine = hashiya_file_operations_get_default_catalog (window_operations (window));
    g_assert_cmpstr (hashiya_catalog_get_name (mine), ==, "Mine");
    g_assert_nonnull (hashiya_catalog_lookup (mine, "egypt"));

    g_settings_set_string (settings, "default-catalog", "/nonexistent/catalog.json");
    fallback = hashiya_file_operations_get_default_catalog (window_operations (window));
    g_assert_cmpuint (hashiya_catalog_get_n_actors (fallback), ==, 24);
    g_settings_reset (settings, "default-catalog");
    hashiya_test_remove_tree (dir);
  }

  /* Zoom changes the view's font size, never a highlight. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_cmpfloat (window_zoom (window), >, 1.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (window_zoom (window), ==, 1.0);

  hashiya_test_close_window (window);
}

static void
suggested_cb (HashiyaFileOperations *operations,
              guint                  added,
              guint                 *out)
{
  *out = added;
}

static void
test_window_suggest_and_review (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  guint added = G_MAXUINT;
  HashiyaMention *first, *selected;
  guint n;

  g_signal_connect (window_operations (window), "suggested", G_CALLBACK (suggested_cb), &added);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest", NULL));
  WAIT_UNTIL (added != G_MAXUINT);

  /* The 71 gold mentions, and the places, are there to review. */
  n = hashiya_document_get_n_mentions (document);
  g_assert_cmpuint (added, ==, n);
  g_assert_cmpuint (n, >=, 71);
  g_assert_true (has_tag (buffer, 80, "actor-suggested:azerbaijan"));
  g_assert_false (has_tag (buffer, 80, "actor:azerbaijan"));

  /* n goes to the first suggestion; Enter accepts it and moves on. */
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "mention.next-suggestion", NULL));
  first = hashiya_text_view_get_selected_mention (view);
  g_assert_cmpuint (hashiya_mention_get_start (first), ==, 79);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "mention.annotate", NULL));
  g_assert_cmpint (hashiya_mention_get_status (first), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_true (has_tag (buffer, 80, "actor:azerbaijan"));
  selected = hashiya_text_view_get_selected_mention (view);
  g_assert_cmpuint (hashiya_mention_get_start (selected), ==, 89);

  /* Delete rejects it and moves on too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "mention.delete", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, n - 1);
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_text_view_get_selected_mention (view)), ==, 157);

  /* Accept all, in one step that undo takes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.accept-all", NULL));
  for (guint i = 0; i < n - 1; i++)
    {
      g_autoptr(HashiyaMention) m = g_list_model_get_item (hashiya_document_get_mentions (document), i);
      g_assert_cmpint (hashiya_mention_get_status (m), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (has_tag (buffer, 158, "actor:iran"));
  g_assert_true (has_tag (buffer, 158, "actor-suggested:iran"));

  /* Suggesting again adds only what is missing: the rejected one. */
  added = G_MAXUINT;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest", NULL));
  WAIT_UNTIL (added != G_MAXUINT);
  g_assert_cmpuint (added, ==, 1);

  hashiya_test_close_window (window);
}

/* Find means whole words, folded, after their proclitics: «اذربيجان»
 * finds the name in «لأذربيجان» and never the letters inside
 * «الأذربيجانية»; «اذربيج*» finds both; several words are a phrase. */
static void
test_window_find_folded (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  g_autoptr(GArray) expected = hashiya_find (hashiya_document_get_text (document), "اذربيجان");
  guint start, end;

  g_assert_cmpuint (expected->len / 2, ==, 16);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "اذربيجان");
  WAIT_UNTIL (g_strcmp0 (gtk_label_get_label (window_match_label (window)), "1 of 16") == 0);

  /* The first match is "أذربيجان" in "لأذربيجان": the name, not the ل. */
  g_assert_true (hashiya_text_view_get_selection_span (hashiya_window_get_text_view (window), &start, &end));
  g_assert_cmpuint (start, ==, 79);
  g_assert_cmpuint (end, ==, 87);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL));
  g_assert_cmpstr (gtk_label_get_label (window_match_label (window)), ==, "2 of 16");

  /* Annotate every match as Azerbaijan, in one undo step: all are whole
   * words. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hashiya_page_get_find_bar (hashiya_test_page_of (window))), "find.annotate-all", NULL));
  hashiya_actor_chooser_set_query (window_all_matches_chooser (window), "Azerbaijan");
  g_assert_true (hashiya_actor_chooser_choose (window_all_matches_chooser (window)));
  g_assert_cmpuint (hashiya_document_count_mentions (document, "azerbaijan"), ==, 16);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);

  /* A prefix finds the adjectives too; a phrase, its words in a row. */
  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "اذربيج*");
  WAIT_UNTIL (g_strcmp0 (gtk_label_get_label (window_match_label (window)), "1 of 21") == 0);
  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "وزراء الخارجيه");
  WAIT_UNTIL (g_strcmp0 (gtk_label_get_label (window_match_label (window)), "1 of 1") == 0);
  g_assert_true (hashiya_text_view_get_selection_span (hashiya_window_get_text_view (window), &start, &end));
  g_assert_cmpuint (start, ==, 2575);
  g_assert_cmpuint (end, ==, 2589);

  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "لا يوجد");
  WAIT_UNTIL (g_strcmp0 (gtk_label_get_label (window_match_label (window)), "No matches") == 0);
  /* A query that cannot be read finds nothing. */
  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "*");
  WAIT_UNTIL (g_strcmp0 (gtk_label_get_label (window_match_label (window)), "No matches") == 0);

  hashiya_test_close_window (window);
}

/* Every control says what it is: a label or a tooltip. */
static void
assert_named (GtkWidget *widget,
              guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_named (child, n_checked);

  if (!gtk_widget_get_mapped (widget))
    return;

  if ((GTK_IS_BUTTON (widget) && !GTK_IS_LINK_BUTTON (widget) &&
       !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)) &&
       !ADW_IS_SPLIT_BUTTON (gtk_widget_get_parent (widget)) &&
       !GTK_IS_SPIN_BUTTON (gtk_widget_get_parent (widget))) ||
      GTK_IS_MENU_BUTTON (widget) || ADW_IS_SPLIT_BUTTON (widget) || GTK_IS_SEARCH_ENTRY (widget))
    {
      const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                        : GTK_IS_MENU_BUTTON (widget) ? gtk_menu_button_get_label (GTK_MENU_BUTTON (widget))
                        : ADW_IS_SPLIT_BUTTON (widget) ? adw_split_button_get_label (ADW_SPLIT_BUTTON (widget))
                        : NULL;
      GtkWidget *parent = gtk_widget_get_parent (widget);
      /* A composite control (a font button) names its inner button. */
      const char *tooltip = gtk_widget_get_tooltip_text (widget) != NULL ? gtk_widget_get_tooltip_text (widget)
                                                                         : gtk_widget_get_tooltip_text (parent);

      /* A window's own title buttons and stack switcher tabs are named by GTK. */
      if (GTK_IS_WINDOW_CONTROLS (parent) || GTK_IS_STACK_SWITCHER (parent) || GTK_IS_DROP_DOWN (parent) ||
          ADW_IS_VIEW_SWITCHER (parent) ||
          (gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_BAR) != NULL && gtk_widget_has_css_class (widget, "close")))
        return;
      if ((label == NULL || label[0] == '\0') && (tooltip == NULL || tooltip[0] == '\0'))
        g_error ("A %s in a %s in a %s has neither a label nor a tooltip", G_OBJECT_TYPE_NAME (widget),
                 G_OBJECT_TYPE_NAME (parent), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (parent)));
      (*n_checked)++;
    }
}

static void
test_window_controls_are_named (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkWidget *preferences = hashiya_preferences_window_new (GTK_WINDOW (window), settings);
  guint n_checked = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  assert_named (GTK_WIDGET (window), &n_checked);
  g_assert_cmpuint (n_checked, >=, 15);

  gtk_window_present (GTK_WINDOW (preferences));
  hashiya_test_wait_for_frames (preferences, 2);
  assert_named (preferences, &n_checked);
  gtk_window_destroy (GTK_WINDOW (preferences));
  hashiya_test_close_window (window);
}

/* Export as brat, open the .ann in a new window: the same mentions. Then
 * the same .ann on an edited text: the window says what moved. */
static void
test_window_brat_export_and_open (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "brat", NULL);
  g_autofree char *ann = g_build_filename (folder, "document.ann", NULL);
  g_autofree char *last = g_build_filename (folder, "tools.conf", NULL);
  HashiyaWindow *window = hashiya_test_open_window (document);
  guint n;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  n = hashiya_document_get_n_mentions (document);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  hashiya_file_operations_export_brat (window_operations (window), folder);
  hashiya_test_wait_operation_done (window);
  g_assert_true (g_file_test (ann, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (last, G_FILE_TEST_EXISTS));

  {
    HashiyaWindow *second = hashiya_test_open_window (hashiya_test_sample_document ());
    g_autoptr(GFile) file = g_file_new_for_path (ann);
    HashiyaDocument *shown;

    g_object_unref (hashiya_window_get_document (second));
    hashiya_file_operations_load_file (window_operations (second), file);
    hashiya_test_wait_idle (second);
    shown = hashiya_window_get_document (second);
    g_assert_cmpuint (hashiya_document_get_n_mentions (shown), ==, n);
    g_assert_cmpuint (hashiya_document_get_import_problems (shown)->len, ==, 0);
    g_assert_cmpstr (window_path (second), ==, ann);
    hashiya_test_close_window (second);
  }

  /* The article with a dateline before it: every mention moved. */
  {
    g_autofree char *txt = g_build_filename (folder, "document.txt", NULL);
    g_autofree char *article = hashiya_test_read_file (txt, NULL);
    g_autofree char *dated = g_strconcat ("طهران - وكالات: ", article, NULL);
    g_autofree char *written = hashiya_test_write_file (folder, "document.txt", dated, -1);
    HashiyaWindow *third = hashiya_test_open_window (hashiya_test_sample_document ());
    g_autoptr(GFile) file = g_file_new_for_path (ann);
    HashiyaDocument *shown;
    AdwMessageDialog *dialog;

    g_object_unref (hashiya_window_get_document (third));
    hashiya_file_operations_load_file (window_operations (third), file);
    hashiya_test_wait_idle (third);
    shown = hashiya_window_get_document (third);
    g_assert_cmpuint (hashiya_document_get_n_mentions (shown), ==, n);
    g_assert_cmpuint (hashiya_document_get_reanchor_report (shown)->moved, ==, n);
    g_assert_cmpuint (hashiya_document_get_import_problems (shown)->len, ==, n);

    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Annotations Made on Another Version of the Text");
    {
      g_autofree char *counts = g_strdup_printf ("0 kept, %u moved, 0 found with small changes, 0 not found", n);

      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), counts));
    }
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (third), "win.show-import-problems", NULL));
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not Imported as It Stands");
    gtk_window_destroy (GTK_WINDOW (dialog));
    hashiya_test_close_window (third);
  }

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

static void
test_window_replace_text (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *edited = NULL;
  g_autoptr(HashiyaText) text = NULL;
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaDocument *replaced;
  AdwMessageDialog *dialog;
  guint n;

  g_assert_false (hashiya_sidebar_get_shows_orphans (window_sidebar (window)));
  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  n = hashiya_document_get_n_mentions (document);
  edited = hashiya_test_replace (hashiya_text_get_data (hashiya_document_get_text (document), NULL),
                                 "وترفع تركيا وأذربيجان شعار شعب واحد في بلدين", "وترفع البلدان شعار شعب واحد");
  text = hashiya_text_new (edited, strlen (edited), NULL);

  hashiya_file_operations_replace_text (window_operations (window), text);
  replaced = hashiya_window_get_document (window);
  g_assert_true (replaced != document);
  g_assert_true (hashiya_document_get_text (replaced) == text);
  g_assert_cmpuint (hashiya_document_get_n_mentions (replaced), ==, n - 2);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (replaced)), ==, 2);
  g_assert_true (hashiya_document_get_modified (replaced));

  /* It says what happened, and the orphans are listed. */
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Text Replaced");
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "2 not found") != NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hashiya_sidebar_get_shows_orphans (window_sidebar (window)));

  hashiya_test_close_window (window);
}

static void
test_window_outside_change (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocument) theirs = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "shared.hashiya", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) their_bytes = NULL;
  g_autofree char *on_disk = NULL;
  HashiyaWindow *window = hashiya_test_open_window (hashiya_test_sample_document ());
  AdwMessageDialog *dialog;

  g_object_unref (hashiya_window_get_document (window));
  g_assert_true (hashiya_document_save_file (document, path, NULL));
  hashiya_file_operations_load_file (window_operations (window), file);
  hashiya_test_wait_idle (window);
  g_assert_false (gtk_info_bar_get_revealed (window_changed_bar (window)));

  /* Another program saves its version. */
  hashiya_document_annotate (theirs, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, NULL);
  their_bytes = hashiya_format_write (theirs);
  g_assert_true (hashiya_file_write_atomic (path, their_bytes, NULL));
  WAIT_UNTIL (gtk_info_bar_get_revealed (window_changed_bar (window)));
  g_assert_nonnull (strstr (gtk_label_get_label (window_changed_label (window)), "“shared.hashiya” was changed on disk"));

  /* Keep mine, edit, save: it asks, and Cancel leaves their file alone. */
  gtk_info_bar_response (window_changed_bar (window), 0);
  hashiya_document_annotate (hashiya_window_get_document (window), 79, 87, "azerbaijan",
                             HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  WAIT_UNTIL ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Changed on Disk");
  /* The save was refused before anything was written, and nothing is
   * under way that could write it later. */
  g_assert_false (window_busy (window));
  g_assert_false (window_operation (window));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hashiya_document_get_modified (hashiya_window_get_document (window)));
  on_disk = hashiya_test_read_file (path, NULL);
  g_assert_cmpmem (on_disk, strlen (on_disk), g_bytes_get_data (their_bytes, NULL), g_bytes_get_size (their_bytes));

  /* Reload brings their version in. */
  gtk_info_bar_set_revealed (window_changed_bar (window), TRUE);
  gtk_info_bar_response (window_changed_bar (window), 1);
  hashiya_test_wait_idle (window);
  g_assert_cmpuint (hashiya_document_count_mentions (hashiya_window_get_document (window), "turkey"), ==, 1);
  g_assert_cmpuint (hashiya_document_count_mentions (hashiya_window_get_document (window), "azerbaijan"), ==, 0);

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

static void
test_window_limits_and_progress (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *long_line = NULL;
  g_autofree char *big = NULL;
  HashiyaWindow *window = hashiya_test_open_window (document);
  AdwMessageDialog *dialog;

  /* One paragraph of 2.1 million characters: refused, with the reason. */
  {
    GString *text = g_string_sized_new (4 * 1024 * 1024);
    g_autoptr(GFile) file = NULL;

    /* Five characters each, 2.1 million characters in all. */
    for (guint i = 0; i < 420000; i++)
      g_string_append (text, "كلمة ");
    long_line = hashiya_test_write_file (dir, "one-line.txt", text->str, (gssize) text->len);
    g_string_free (text, TRUE);
    file = g_file_new_for_path (long_line);
    hashiya_file_operations_load_file (window_operations (window), file);
    hashiya_test_wait_idle (window);
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    {
      /* The numbers as the locale groups them ("2,100,000" in English). */
      g_autofree char *expected = g_strdup_printf ("One paragraph is %'u characters long; "
                                                   "the window shows paragraphs of up to %'u characters.",
                                                   420000u * 5, 2000000u);

      g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), expected));
    }
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (hashiya_window_get_document (window) == document);
  }

  /* A large document: the progress bar comes, and Cancel keeps what is
   * shown. */
  {
    /* Reading it takes longer than the 200 ms after which progress shows. */
    g_autoptr(HashiyaDocument) big_document = hashiya_test_big_document (7800 * 1024, HASHIYA_MENTION_STATUS_ACCEPTED);
    g_autoptr(GFile) file = NULL;

    big = g_build_filename (dir, "big.hashiya", NULL);
    g_assert_true (hashiya_document_save_file (big_document, big, NULL));

    file = g_file_new_for_path (big);
    hashiya_file_operations_load_file (window_operations (window), file);
    WAIT_UNTIL (!(window_busy (window) && !gtk_revealer_get_reveal_child (window_progress_revealer (window))));
    g_assert_true (window_busy (window));
    g_assert_cmpstr (gtk_label_get_label (window_progress_label (window)), ==, "Opening “big.hashiya”…");
    g_signal_emit_by_name (gtk_widget_get_last_child (gtk_widget_get_parent (GTK_WIDGET (window_progress_bar (window)))), "clicked");
    hashiya_test_wait_idle (window);
    g_assert_false (gtk_revealer_get_reveal_child (window_progress_revealer (window)));
    g_assert_true (hashiya_window_get_document (window) == document);
    g_assert_null (find_message_dialog ());
    /* A preview shown meanwhile is gone too. */
    g_assert_cmpint (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)))), ==,
                     (int) hashiya_text_get_length (hashiya_document_get_text (document)));
  }

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* A mention at the very start of the text has no context before it: its
 * sidebar row shows without one. */
static void
test_window_mention_at_start (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = NULL;
  HashiyaWindow *window;
  HashiyaMention *first;

  first = hashiya_document_annotate (document, 0, 6, "azerbaijan", HASHIYA_MENTION_TYPE_OTHER, &error);
  g_assert_no_error (error);
  markup = hashiya_mention_describe_markup (document, first, "#3584e4");
  g_assert_true (g_str_has_prefix (markup, "<span alpha=\"70%\"></span><span background=\"#3584e4\""));
  window = hashiya_test_open_window (document);
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  hashiya_test_close_window (window);
}

/* The article, over and over, to more than 2 MB, with its catalogue's
 * matches: a document big enough for the window to preview. */
static char *
write_big_document (const char *dir)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_big_document (800 * 1024, HASHIYA_MENTION_STATUS_ACCEPTED);
  char *path = g_build_filename (dir, "big.hashiya", NULL);

  g_assert_true (hashiya_document_save_file (document, path, NULL));
  return path;
}

static gboolean
has_tag_at (HashiyaWindow *window,
            guint          offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  GtkTextIter iter;
  g_autoptr(GSList) tags = NULL;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  tags = gtk_text_iter_get_tags (&iter);
  return tags != NULL;
}

typedef struct
{
  HashiyaDocument *before;    /* the window's document until then */
  gboolean         previewed;
} Previewing;

/* The preview, checked when it is shown: the next iteration of the main
 * loop may already replace it by the whole document. */
static void
preview_shown_cb (HashiyaTextView *view,
                  GParamSpec      *pspec,
                  Previewing      *previewing)
{
  HashiyaWindow *window = HASHIYA_WINDOW (gtk_widget_get_root (GTK_WIDGET (view)));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter from, to;
  gboolean shown;

  g_object_get (view, "previewing", &shown, NULL);
  if (!shown)
    return;
  g_assert_false (previewing->previewed);
  previewing->previewed = TRUE;
  g_assert_true (window_busy (window));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), >, 100000);
  g_assert_true (hashiya_window_get_document (window) == previewing->before);
  g_assert_true (has_tag_at (window, 79));   /* أذربيجان, the first mention */
  /* Read-only: annotating "انطلقت" is refused. */
  gtk_text_buffer_get_iter_at_offset (buffer, &from, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, 6);
  gtk_text_buffer_select_range (buffer, &from, &to);
  gtk_widget_activate_action (GTK_WIDGET (view), "mention.annotate-with", "i", 1);
  g_assert_false (has_tag_at (window, 0));
}

/* A big document shows its start, highlighted, while the rest is read,
 * and cannot be edited then; the whole document then takes its place
 * with every mention highlighted, down to the last. A document whose end
 * is broken shows its start, then the error, and the window goes back. */
static void
test_window_preview (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = write_big_document (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  Previewing previewing = { document, FALSE };
  HashiyaDocument *shown;
  HashiyaMention *last;
  gulong handler;

  handler = g_signal_connect (hashiya_window_get_text_view (window), "notify::previewing", G_CALLBACK (preview_shown_cb), &previewing);
  hashiya_file_operations_load_file (window_operations (window), file);
  hashiya_test_wait_idle (window);
  g_signal_handler_disconnect (hashiya_window_get_text_view (window), handler);
  g_assert_true (previewing.previewed);
  shown = hashiya_window_get_document (window);
  g_assert_cmpuint (hashiya_document_get_n_mentions (shown), >, 10000);
  last = hashiya_document_get_mention (shown, hashiya_document_get_n_mentions (shown) - 1);
  WAIT_UNTIL (has_tag_at (window, hashiya_mention_get_start (last)));
  g_assert_false (has_tag_at (window, 0));

  /* The same file with its last mention past the end of the text. */
  {
    g_autofree char *contents = hashiya_test_read_file (path, NULL);
    char *tail = g_strrstr (contents, "\"start\": ");
    g_autofree char *broken = NULL;
    g_autofree char *broken_path = NULL;
    g_autoptr(GFile) broken_file = NULL;
    AdwMessageDialog *dialog;

    g_assert_nonnull (tail);
    memcpy (tail, "\"start\": 9", strlen ("\"start\": 9"));
    broken_path = hashiya_test_write_file (dir, "broken-end.hashiya", contents, -1);
    broken_file = g_file_new_for_path (broken_path);
    hashiya_file_operations_load_file (window_operations (window), broken_file);
    hashiya_test_wait_idle (window);
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    g_assert_true (hashiya_window_get_document (window) == shown);
    g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, (int) hashiya_text_get_length (hashiya_document_get_text (shown)));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}


/* The Export dialog writes every format through the window; a PDF goes
 * through GtkPrintOperation. A JSON Lines export opens again. */
static void
test_window_export_dialog (void)
{
  static const HashiyaExportFormat formats[] = {
    HASHIYA_EXPORT_W3C, HASHIYA_EXPORT_CONLL, HASHIYA_EXPORT_JSONL, HASHIYA_EXPORT_HTML,
    HASHIYA_EXPORT_CSV, HASHIYA_EXPORT_PDF,
  };
  static const char * const starts[] = { "{\n  \"@context\"", "-DOCSTART- O\n", "{\"text\": ",
                                         "<!DOCTYPE html>", "\xEF\xBB\xBFid,start,end", "%PDF-1." };
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  guint n;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  n = hashiya_document_get_n_mentions (document);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      HashiyaExportDialog *dialog = hashiya_file_operations_show_export_dialog (window_operations (window));
      g_autoptr(HashiyaExportOptions) options = NULL;
      g_autofree char *name = g_strconcat ("doc.", hashiya_export_format_extension (formats[i]), NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      gtk_window_present (GTK_WINDOW (dialog));
      hashiya_export_dialog_set_format (dialog, formats[i]);
      if (formats[i] == HASHIYA_EXPORT_CSV)
        {
          GtkWidget *bom = hashiya_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, 1);

          g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (bom, ADW_TYPE_ACTION_ROW)));
          gtk_switch_set_active (GTK_SWITCH (bom), TRUE);
        }
      if (formats[i] == HASHIYA_EXPORT_CONLL)
        {
          GtkWidget *tags = NULL;

          /* Tags by the label each mention was imported with. */
          for (guint row = 0; (tags = hashiya_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, row)) != NULL; row++)
            if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (tags)), "Tags") == 0)
              break;
          g_assert_nonnull (tags);
          g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (tags))), ==, 3);
          adw_combo_row_set_selected (ADW_COMBO_ROW (tags), 2);
          options = hashiya_export_dialog_get_options (dialog);
          g_assert_cmpint (options->conll_tags, ==, HASHIYA_CONLL_TAGS_LABEL);
          g_clear_pointer (&options, hashiya_export_options_free);
        }
      options = hashiya_export_dialog_get_options (dialog);
      g_assert_cmpint (options->csv_bom, ==, formats[i] == HASHIYA_EXPORT_CSV);
      g_assert_cmpstr (options->title, ==, "Untitled");

      hashiya_export_dialog_export_to (dialog, path);
      hashiya_test_wait_operation_done (window);
      contents = hashiya_test_read_file (path, NULL);
      g_assert_true (g_str_has_prefix (contents, starts[i]));
    }

  {
    HashiyaWindow *second = hashiya_test_open_window (hashiya_test_sample_document ());
    g_autofree char *jsonl = g_build_filename (dir, "doc.jsonl", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (jsonl);

    g_object_unref (hashiya_window_get_document (second));
    hashiya_file_operations_load_file (window_operations (second), file);
    hashiya_test_wait_idle (second);
    g_assert_cmpuint (hashiya_document_get_n_mentions (hashiya_window_get_document (second)), ==, n);
    hashiya_test_close_window (second);
  }
  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* The colours each actor's mentions are shown in, as L*a*b*: in the text,
 * the highlight of an outer mention painted over the page, and the
 * underline of a nested one or a suggestion. */
static void
shown_actor_colours (HashiyaWindow *window,
                     double        *highlights,
                     double        *underlines)
{
  GtkWidget *view = GTK_WIDGET (hashiya_window_get_text_view (window));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  HashiyaCatalog *catalog = hashiya_document_get_catalog (hashiya_window_get_document (window));
  GdkRGBA page;
  double page_rgb[3];

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (view), "view_bg_color", &page));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpfloat (page.alpha, ==, 1.0);
  page_rgb[0] = page.red;
  page_rgb[1] = page.green;
  page_rgb[2] = page.blue;

  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      const char *id = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, i));
      g_autofree char *outer_name = g_strconcat ("actor:", id, NULL);
      g_autofree char *inner_name = g_strconcat ("actor-inner:", id, NULL);
      GtkTextTag *outer = gtk_text_tag_table_lookup (table, outer_name);
      GtkTextTag *inner = gtk_text_tag_table_lookup (table, inner_name);
      GdkRGBA *background = NULL, *underline = NULL;
      double rgb[3], shown[3];

      g_assert_nonnull (outer);
      g_assert_nonnull (inner);
      g_object_get (outer, "background-rgba", &background, NULL);
      g_object_get (inner, "underline-rgba", &underline, NULL);
      rgb[0] = background->red;
      rgb[1] = background->green;
      rgb[2] = background->blue;
      hashiya_test_composite (rgb, background->alpha, page_rgb, shown);
      hashiya_test_srgb_to_lab (shown, highlights + 3 * i);
      rgb[0] = underline->red;
      rgb[1] = underline->green;
      rgb[2] = underline->blue;
      hashiya_test_composite (rgb, underline->alpha, page_rgb, shown);
      hashiya_test_srgb_to_lab (shown, underlines + 3 * i);
      gdk_rgba_free (background);
      gdk_rgba_free (underline);
    }
}

static void
assert_told_apart (HashiyaCatalog *catalog,
                   const double   *lab,
                   const char     *what)
{
  guint n = hashiya_catalog_get_n_actors (catalog);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double difference = hashiya_test_ciede2000 (lab + 3 * i, lab + 3 * j);

        if (difference < 10.0)
          g_error ("%s: “%s” and “%s” differ by ΔE00 %.1f only", what,
                   hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, i)),
                   hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, j)), difference);
      }
}

static void
dark_changed_cb (AdwStyleManager *manager,
                 GParamSpec      *pspec,
                 gboolean        *done)
{
  *done = TRUE;
}

/* Every two actors of the default catalogue are told apart as the text
 * shows them, in the light style and in the dark: ΔE00 ≥ 10 between
 * their highlights over the page and between their underlines. */
static void
test_window_actor_colours (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  guint n = hashiya_catalog_get_n_actors (catalog);
  g_autofree double *highlights = g_new (double, 3 * n);
  g_autofree double *underlines = g_new (double, 3 * n);

  g_assert_cmpuint (n, ==, 24);
  for (guint dark = 0; dark < 2; dark++)
    {
      gboolean done = adw_style_manager_get_dark (manager) == (gboolean) dark;
      gulong handler = g_signal_connect (manager, "notify::dark", G_CALLBACK (dark_changed_cb), &done);

      adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      hashiya_test_wait_until (&done);
      g_signal_handler_disconnect (manager, handler);
      hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);

      shown_actor_colours (window, highlights, underlines);
      assert_told_apart (catalog, highlights, dark ? "dark highlights" : "light highlights");
      assert_told_apart (catalog, underlines, dark ? "dark underlines" : "light underlines");
    }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  hashiya_test_close_window (window);
}

/* The texts of the labels shown under @root, one a line, in order. */
static char *
shown_labels (GtkWidget *root)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *inner = NULL;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      inner = shown_labels (child);
      g_string_append (text, inner);
    }
  return g_string_free (text, FALSE);
}

/* The first widget of @type under @root whose tooltip is @tooltip. */
static GtkWidget *
find_widget_by_tooltip (GtkWidget  *root,
                        GType       type,
                        const char *tooltip)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *widget = hashiya_test_find_widget (root, type, i);

      if (widget == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
        return widget;
    }
}

/* Waits until the Mentions list shows @n rows. */
static void
wait_for_rows (GtkListView *list,
               guint        n)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);

  while (g_list_model_get_n_items (model) != n && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_source_remove (id);
  hashiya_test_wait_for_frames (GTK_WIDGET (list), 2);
}

/* The Mentions page: a mention annotated by a key press shows at once, in
 * its context, with its actor's name and colour; the list can show one
 * actor's mentions, and group them under their actors. */
static void
mentions_page (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkWidget *sidebar = GTK_WIDGET (window_sidebar (window));
  GtkStack *stack = GTK_STACK (hashiya_test_find_widget (sidebar, GTK_TYPE_STACK, 0));
  GtkWidget *page = gtk_stack_get_child_by_name (stack, "mentions");
  GtkDropDown *dropdown = GTK_DROP_DOWN (hashiya_test_find_widget (page, GTK_TYPE_DROP_DOWN, 0));
  GtkListView *list = NULL;
  GtkToggleButton *group = GTK_TOGGLE_BUTTON (find_widget_by_tooltip (sidebar, GTK_TYPE_TOGGLE_BUTTON, "Group by Actor"));
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  gboolean added = FALSE;
  guint iran = 0;
  char *labels;

  /* The page's list, not the one in the dropdown's popover. */
  for (guint i = 0; list == NULL; i++)
    {
      GtkWidget *found = hashiya_test_find_widget (page, GTK_TYPE_LIST_VIEW, i);

      g_assert_nonnull (found);
      if (gtk_widget_get_ancestor (found, GTK_TYPE_DROP_DOWN) == NULL)
        list = GTK_LIST_VIEW (found);
    }
  gtk_stack_set_visible_child (stack, page);
  g_signal_connect (document, "mention-added", G_CALLBACK (hashiya_test_mention_added_cb), &added);
  hashiya_test_press_until_added (window, 79, 87, "1", &added);
  wait_for_rows (list, 1);

  /* The row: a few words each side, right to left, and the actor. */
  labels = shown_labels (GTK_WIDGET (list));
  g_assert_nonnull (strstr (labels, "…بين القوات المسلحة لأذربيجان وتركيا في إطار التعاون…\nAzerbaijan\n"));
  g_free (labels);
  g_assert_cmpint (gtk_widget_get_direction (hashiya_test_find_widget (GTK_WIDGET (list), GTK_TYPE_LABEL, 0)), ==, GTK_TEXT_DIR_RTL);
  {
    HashiyaSwatch *swatch = HASHIYA_SWATCH (hashiya_test_find_widget (GTK_WIDGET (list), HASHIYA_TYPE_SWATCH, 0));
    GdkRGBA expected;

    g_assert_true (gdk_rgba_parse (&expected, hashiya_actor_get_color (hashiya_catalog_lookup (catalog, "azerbaijan"))));
    g_assert_true (gdk_rgba_equal (hashiya_swatch_get_color (swatch), &expected));
  }

  /* Iran, by key 5: the list follows. */
  added = FALSE;
  hashiya_test_press_until_added (window, 249, 256, "5", &added);
  wait_for_rows (list, 2);
  labels = shown_labels (GTK_WIDGET (list));
  g_assert_nonnull (strstr (labels, "Azerbaijan\n"));
  g_assert_nonnull (strstr (labels, "إيران"));
  g_assert_nonnull (strstr (labels, "Iran\n"));
  g_free (labels);

  /* Grouped: the two actors, each with its mention. */
  g_assert_nonnull (group);
  gtk_toggle_button_set_active (group, TRUE);
  wait_for_rows (list, 4);
  gtk_toggle_button_set_active (group, FALSE);
  wait_for_rows (list, 2);

  /* Only Iran's mentions. */
  g_assert_nonnull (dropdown);
  g_assert_true (hashiya_catalog_find (catalog, hashiya_catalog_lookup (catalog, "iran"), &iran));
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)), ==, "All Actors");
  gtk_drop_down_set_selected (dropdown, iran + 1);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)), ==, "Iran");
  wait_for_rows (list, 1);
  labels = shown_labels (GTK_WIDGET (list));
  g_assert_null (strstr (labels, "Azerbaijan"));
  g_assert_nonnull (strstr (labels, "Iran\n"));
  g_free (labels);

  /* Grouped: each actor with mentions, its mentions under it. */
  gtk_drop_down_set_selected (dropdown, 0);
  gtk_toggle_button_set_active (group, TRUE);
  wait_for_rows (list, 4);
  labels = shown_labels (GTK_WIDGET (list));
  g_assert_true (g_str_has_prefix (labels, "Azerbaijan\n1\n"));
  g_assert_nonnull (strstr (labels, "Iran\n1\n"));
  /* A mention under its actor's group does not name it again. */
  g_assert_null (strstr (labels + 1, "Azerbaijan"));
  g_free (labels);
  {
    GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
    g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, 3);
    g_autoptr(HashiyaMention) mention = gtk_tree_list_row_get_item (row);

    g_assert_true (HASHIYA_IS_MENTION (mention));
    g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "iran");
    /* Clicking it selects it in the text; clicking an actor folds it. */
    g_signal_emit_by_name (list, "activate", 3);
    g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == mention);
    g_signal_emit_by_name (list, "activate", 0);
    wait_for_rows (list, 3);
  }

  /* A new actor's first mention makes its group. */
  hashiya_document_annotate (document, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, NULL);
  wait_for_rows (list, 5);
  gtk_toggle_button_set_active (group, FALSE);
  wait_for_rows (list, 3);

  hashiya_test_close_window (window);
}

static void
test_window_mentions_page (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  mentions_page ();
}

/* Gives the X input focus to any window of the test and waits until GTK
 * knows it. */
static void
focus_toplevel (GtkWindow *window)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xid = NULL;
  gboolean timed_out = FALSE;
  guint id;

  hashiya_test_wait_for_frames (GTK_WIDGET (window), 1);
  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "windowfocus", "--sync", xid, NULL });
  id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);
  while (!gtk_window_is_active (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_window_is_active (window));
  if (!timed_out)
    g_source_remove (id);
#endif
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds, failing after twenty
 * seconds. */
static void
wait_for (Condition condition,
          gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (condition (data));
  if (!timed_out)
    g_source_remove (id);
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_mapped (widget);
}

/* Whether the keyboard focus is in @widget (a search entry's focus is in
 * its text). */
static gboolean
has_focus_within (gpointer widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
entry_text_is (gpointer data)
{
  const char * const *pair = data;

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (pair[0])), pair[1]) == 0;
}

/* The chooser's label saying that nothing matches, once it is shown. */
static GtkWidget *
shows_empty_state (gpointer chooser)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *label = hashiya_test_find_widget (chooser, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return NULL;
      if (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (label)), "No actor matches") && is_visible (label))
        return label;
    }
}

static gboolean
empty_state_shown (gpointer chooser)
{
  return shows_empty_state (chooser) != NULL;
}

/* Typing a name that no actor has: the chooser says so and offers it as
 * a new actor; Enter makes the actor and annotates with it, and one undo
 * takes both back. */
static void
chooser_new_actor (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaActorChooser *chooser = window_actor_chooser (window);
  GtkWidget *entry = hashiya_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, 0);
  GtkWidget *empty, *button;
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaActor *actor;
  gboolean added = FALSE;

  g_signal_connect (document, "mention-added", G_CALLBACK (hashiya_test_mention_added_cb), &added);
  /* "مناورات" (manoeuvres): Enter opens the chooser at the selection. */
  hashiya_test_focus_window (window);
  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 7, 14);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "Return", NULL });
  wait_for (is_visible, chooser);
  wait_for (has_focus_within, entry);

  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "type", "--delay", "40", "Joint drills", NULL });
  {
    const char *pair[] = { (const char *) entry, "Joint drills" };
    wait_for (entry_text_is, pair);
  }
  /* The search entry tells of the text a moment after it is typed. */
  wait_for (empty_state_shown, chooser);
  empty = shows_empty_state (chooser);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (empty)), ==, "No actor matches “Joint drills”");
  button = find_widget_by_tooltip (GTK_WIDGET (chooser), GTK_TYPE_BUTTON,
                                   "Add the name typed to the catalogue as a new actor, and annotate with it (Enter)");
  g_assert_nonnull (button);
  g_assert_true (is_visible (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "New Actor “Joint drills”");

  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "Return", NULL });
  hashiya_test_wait_until (&added);
  actor = hashiya_catalog_lookup (catalog, "joint-drills");
  g_assert_nonnull (actor);
  g_assert_cmpstr (hashiya_actor_get_name_en (actor), ==, "Joint drills");
  g_assert_null (hashiya_actor_get_name_ar (actor));
  g_assert_true (hashiya_color_is_valid (hashiya_actor_get_color (actor)));
  g_assert_cmpuint (hashiya_document_count_mentions (document, "joint-drills"), ==, 1);
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_get_mention (document, 0)), ==, 7);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chooser)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (hashiya_catalog_lookup (catalog, "joint-drills"));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);

  hashiya_test_close_window (window);
}

static void
test_window_chooser_new_actor (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  chooser_new_actor ();
}

typedef struct
{
  GtkListView *list;
  guint        position;
} SelectedAt;

static gboolean
selected_at (gpointer data)
{
  const SelectedAt *at = data;

  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (at->list))) == at->position;
}

/* Presses @key in the chooser's entry and waits for the list's selection
 * to be at @position. */
static void
step_chooser (GtkListView *list,
              const char  *key,
              guint        position)
{
  SelectedAt at = { list, position };

  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
  wait_for (selected_at, &at);
}

/* Up and Down in the actor chooser's search entry move through its
 * list, from the last to the first and back, while the focus stays in
 * the entry for typing. */
static void
chooser_up_down (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaActorChooser *chooser = window_actor_chooser (window);
  GtkWidget *entry = hashiya_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, 0);
  GtkListView *list = GTK_LIST_VIEW (hashiya_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_LIST_VIEW, 0));
  SelectedAt first = { list, 0 };
  guint n;

  hashiya_test_focus_window (window);
  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 7, 14);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "Return", NULL });
  wait_for (is_visible, chooser);
  wait_for (has_focus_within, entry);
  wait_for (selected_at, &first);
  n = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
  g_assert_cmpuint (n, >=, 3);

  step_chooser (list, "Down", 1);
  step_chooser (list, "Down", 2);
  step_chooser (list, "Up", 1);
  step_chooser (list, "Up", 0);
  step_chooser (list, "Up", n - 1);
  step_chooser (list, "Down", 0);
  g_assert_true (has_focus_within (entry));

  gtk_popover_popdown (GTK_POPOVER (chooser));
  hashiya_test_close_window (window);
}

static void
test_window_chooser_up_down (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  chooser_up_down ();
}

/* New Actor: the id is made from the name as it is typed; it can be
 * typed over under Advanced. */
static void
editor_derives_id (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaActorEditor *editor = hashiya_actor_editor_new (GTK_WINDOW (window), document, NULL);
  GtkWidget *name_en = NULL, *id_row = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaActor *actor;

  gtk_window_present (GTK_WINDOW (editor));
  for (guint i = 0; name_en == NULL || id_row == NULL; i++)
    {
      GtkWidget *row = hashiya_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, i);

      g_assert_nonnull (row);
      if (g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "English Name"))
        name_en = row;
      else if (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Id"))
        id_row = row;
    }
  focus_toplevel (GTK_WINDOW (editor));
  gtk_widget_grab_focus (name_en);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "type", "--delay", "40", "Ministry of Defence of Georgia", NULL });
  {
    const char *pair[] = { (const char *) id_row, "ministry-of-defence-of-georgia" };
    wait_for (entry_text_is, pair);
  }
  g_assert_true (hashiya_actor_editor_save (editor, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (editor));
  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "ministry-of-defence-of-georgia");
  g_assert_nonnull (actor);
  g_assert_cmpstr (hashiya_actor_get_name_en (actor), ==, "Ministry of Defence of Georgia");

  /* Only an Arabic name: spelt in Latin letters, and made unique. */
  editor = hashiya_actor_editor_new (GTK_WINDOW (window), document, NULL);
  hashiya_actor_editor_fill (editor, NULL, "قطر", NULL, HASHIYA_ACTOR_KIND_STATE, NULL);
  g_assert_true (hashiya_actor_editor_save (editor, NULL));
  gtk_window_destroy (GTK_WINDOW (editor));
  editor = hashiya_actor_editor_new (GTK_WINDOW (window), document, NULL);
  hashiya_actor_editor_fill (editor, NULL, "قطر", NULL, HASHIYA_ACTOR_KIND_STATE, NULL);
  g_assert_true (hashiya_actor_editor_save (editor, NULL));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_nonnull (hashiya_catalog_lookup (hashiya_document_get_catalog (document), "qtr"));
  g_assert_nonnull (hashiya_catalog_lookup (hashiya_document_get_catalog (document), "qtr-2"));

  hashiya_test_close_window (window);
}

static void
test_window_editor_derives_id (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  editor_derives_id ();
}

/* The application, registered once, so that its windows have its
 * shortcuts (Shift+Ctrl+S…) and its actions (app.new-from-clipboard).
 * Without a session bus it runs as a non-unique application. */
static GtkApplication *
test_application (void)
{
  static HashiyaApplication *application = NULL;

  if (application == NULL)
    {
      g_autoptr(GError) error = NULL;

      application = hashiya_application_new ();
      g_application_set_flags (G_APPLICATION (application),
                               g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
      g_assert_no_error (error);
    }
  return GTK_APPLICATION (application);
}

static HashiyaWindow *
open_app_window (HashiyaDocument *document,
                 const char      *path)
{
  HashiyaWindow *window = hashiya_window_new (test_application (), NULL);

  g_object_ref (window);
  if (document != NULL)
    hashiya_window_set_document (window, document, path);
  else
    hashiya_file_operations_show_sample (window_operations (window));
  gtk_window_present (GTK_WINDOW (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  return window;
}

static gboolean
file_chooser_shown (gpointer data)
{
  return hashiya_test_find_file_chooser () != NULL;
}

/* The folder a chooser shows, once it has it (the file chooser widget
 * takes it a moment after it is shown). */
static gboolean
chooser_has_folder (gpointer chooser)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (chooser);

  return folder != NULL;
}

static gboolean
file_chooser_gone (gpointer data)
{
  return hashiya_test_find_file_chooser () == NULL;
}

/* Presses @keys in @window and returns the file chooser it opens, after
 * checking the folder it starts in and the name it suggests. */
static GtkFileChooser *
press_for_chooser (HashiyaWindow *window,
                   const char    *keys,
                   GFile         *folder,
                   const char    *name)
{
  GtkFileChooser *chooser;
  g_autoptr(GFile) current = NULL;

  for (guint attempt = 0; attempt < 5 && hashiya_test_find_file_chooser () == NULL; attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", keys, NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (hashiya_test_find_file_chooser () == NULL && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  wait_for (file_chooser_shown, NULL);
  chooser = hashiya_test_find_file_chooser ();
  wait_for (chooser_has_folder, chooser);
  current = gtk_file_chooser_get_current_folder (chooser);
  if (!g_file_equal (current, folder))
    g_error ("The chooser starts in %s, not in %s", g_file_peek_path (current), g_file_peek_path (folder));
  if (name != NULL)
    {
      g_autofree char *current_name = gtk_file_chooser_get_current_name (chooser);
      g_assert_cmpstr (current_name, ==, name);
    }
  return chooser;
}

static void
cancel_file_chooser (GtkFileChooser *chooser)
{
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wait_for (file_chooser_gone, NULL);
}

/* CSV's "Table of Relations", switched on with the space key: the export
 * is the table of relations, under a name of its own; another format
 * has no such switch. */
static void
test_window_export_relations (void)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(HashiyaExportOptions) options = NULL;
  HashiyaExportDialog *dialog;
  HashiyaWindow *window;
  GtkWidget *relations;

  if (!hashiya_test_have_x11 ())
    return;
  document = hashiya_test_gold_with_relations ();
  dir = hashiya_test_make_tmpdir ();
  path = g_build_filename (dir, "relations.csv", NULL);
  window = hashiya_test_open_window (document);
  dialog = hashiya_file_operations_show_export_dialog (window_operations (window));
  gtk_window_present (GTK_WINDOW (dialog));
  hashiya_export_dialog_set_format (dialog, HASHIYA_EXPORT_CSV);
  relations = hashiya_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (relations, ADW_TYPE_ACTION_ROW))),
                   ==, "Table of Relations");
  WAIT_UNTIL (gtk_widget_get_mapped (relations));

  /* Space on the focused switch; a key lost on a busy machine is
   * pressed again. */
  for (guint attempt = 0; attempt < 5 && !gtk_switch_get_active (GTK_SWITCH (relations)); attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_gtk_window (GTK_WINDOW (dialog));
      gtk_widget_grab_focus (relations);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "space", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!gtk_switch_get_active (GTK_SWITCH (relations)) && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (relations)));
  /* The focus back to the window before the dialog goes, as a window
   * manager gives it back: under Xvfb, with none, it would go nowhere,
   * and the next windows would draw no frame. */
  hashiya_test_focus_window (window);
  options = hashiya_export_dialog_get_options (dialog);
  g_assert_true (options->csv_relations);
  g_clear_pointer (&options, hashiya_export_options_free);

  /* The file chooser suggests a name of its own, beside the mentions'
   * table's. */
  {
    g_autofree char *name = hashiya_export_dialog_dup_file_name (dialog);

    g_assert_cmpstr (name, ==, "Untitled-relations.csv");
  }

  /* Another format: no such row, no such option. */
  hashiya_export_dialog_set_format (dialog, HASHIYA_EXPORT_HTML);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (relations, ADW_TYPE_ACTION_ROW)));
  options = hashiya_export_dialog_get_options (dialog);
  g_assert_false (options->csv_relations);
  g_clear_pointer (&options, hashiya_export_options_free);

  hashiya_export_dialog_set_format (dialog, HASHIYA_EXPORT_CSV);
  hashiya_export_dialog_export_to (dialog, path);
  hashiya_test_wait_operation_done (window);
  contents = hashiya_test_read_file (path, NULL);
  g_assert_true (g_str_has_prefix (contents, "id,type,type_ar,type_en,cameo,quad_class,source_mention,"));
  g_assert_nonnull (strstr (contents, "\r\nr4,accuse,اتهام,\"accuse, criticise\",11,verbal-conflict,m43,azerbaijan,"));
  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* Save As and Export open in the document's folder (that of the text it
 * was made from); a document of no file starts in Documents, or home.
 * The bundled article is the "Sample Article", and is saved as one. */
static void
chooser_folders (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *text_path = hashiya_test_write_file (dir, "article.txt", "نص", -1);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) no_file_folder = g_file_new_for_path (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                                                           ? documents : g_get_home_dir ());
  HashiyaWindow *window = open_app_window (document, text_path);
  HashiyaWindow *sample;
  GtkFileChooser *chooser;

  chooser = press_for_chooser (window, "ctrl+shift+s", folder, "article.hashiya");
  cancel_file_chooser (chooser);

  /* Export…: the dialog, then its Export… button. */
  {
    HashiyaExportDialog *dialog = NULL;
    GtkWidget *button = NULL;

    hashiya_test_focus_window (window);
    hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+shift+e", NULL });
    while (dialog == NULL)
      {
        GList *toplevels = gtk_window_list_toplevels ();

        for (GList *l = toplevels; l != NULL; l = l->next)
          if (HASHIYA_IS_EXPORT_DIALOG (l->data))
            dialog = l->data;
        g_list_free (toplevels);
        if (dialog == NULL)
          g_main_context_iteration (NULL, TRUE);
      }
    for (guint i = 0; button == NULL; i++)
      {
        GtkWidget *candidate = hashiya_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, i);

        g_assert_nonnull (candidate);
        if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (candidate)), "_Export…") == 0)
          button = candidate;
      }
    hashiya_export_dialog_set_format (dialog, HASHIYA_EXPORT_CSV);
    g_signal_emit_by_name (button, "clicked");
    wait_for (file_chooser_shown, NULL);
    chooser = hashiya_test_find_file_chooser ();
    wait_for (chooser_has_folder, chooser);
    {
      g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (chooser);
      g_autofree char *name = gtk_file_chooser_get_current_name (chooser);

      g_assert_true (g_file_equal (current, folder));
      g_assert_cmpstr (name, ==, "article.csv");
    }
    cancel_file_chooser (chooser);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* The bundled article, as the application opens it. */
  sample = open_app_window (NULL, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (sample)), ==, "Sample Article");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (sample), HASHIYA_TYPE_WINDOW, "window_title"))), ==, "3+3 South Caucasus talks");
  chooser = press_for_chooser (sample, "ctrl+shift+s", no_file_folder, "Sample Article.hashiya");
  cancel_file_chooser (chooser);
  {
    HashiyaExportDialog *dialog = hashiya_file_operations_show_export_dialog (window_operations (sample));
    g_autoptr(HashiyaExportOptions) options = hashiya_export_dialog_get_options (dialog);

    g_assert_cmpstr (options->title, ==, "Sample Article");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  hashiya_test_close_window (sample);
  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

static void
test_window_chooser_folders (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  chooser_folders ();
}

static gboolean
has_new_window (gpointer data)
{
  GList *windows = gtk_application_get_windows (test_application ());

  return g_list_length (windows) > GPOINTER_TO_UINT (data);
}

/* Shift+Ctrl+V makes a new document of the clipboard's text, in a new
 * window when this one has work in it; no text is said so. */
static void
new_from_clipboard (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = open_app_window (document, NULL);
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  const char *pasted = "قمة طهران للدول الست في الثالث والعشرين من أكتوبر وما تلاها\nوقالت وزارة الخارجية";
  guint n_windows;
  HashiyaWindow *made = NULL;
  AdwMessageDialog *dialog;

  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  n_windows = g_list_length (gtk_application_get_windows (test_application ()));
  gdk_clipboard_set_text (clipboard, pasted);
  hashiya_test_focus_window (window);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+shift+v", NULL });
  wait_for (has_new_window, GUINT_TO_POINTER (n_windows));
  for (GList *l = gtk_application_get_windows (test_application ()); l != NULL; l = l->next)
    if (HASHIYA_IS_WINDOW (l->data) && l->data != window && hashiya_window_get_document (l->data) != NULL &&
        g_strcmp0 (hashiya_text_get_data (hashiya_document_get_text (hashiya_window_get_document (l->data)), NULL),
                   pasted) == 0)
      made = l->data;
  g_assert_nonnull (made);
  g_object_ref (made);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (made)), ==, "• قمة طهران للدول الست في الثالث والعشرين…");
  g_assert_true (hashiya_document_get_modified (hashiya_window_get_document (made)));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (hashiya_document_get_catalog (hashiya_window_get_document (made))), ==, 24);
  g_assert_true (hashiya_window_get_document (window) == document);
  hashiya_test_close_window (made);

  /* Only spaces: nothing to paste, and no new window. */
  n_windows = g_list_length (gtk_application_get_windows (test_application ()));
  gdk_clipboard_set_text (clipboard, "  \n ");
  hashiya_test_focus_window (window);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+shift+v", NULL });
  WAIT_UNTIL ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing to Paste");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The clipboard holds no text.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (test_application ())), ==, n_windows);

  hashiya_test_close_window (window);
}

static void
test_window_new_from_clipboard (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  new_from_clipboard ();
}

/* The sidebar's Mentions page, shown, and its list. */
static GtkListView *
show_mentions_list (HashiyaWindow *window)
{
  GtkStack *stack = GTK_STACK (hashiya_test_find_widget (GTK_WIDGET (window_sidebar (window)), GTK_TYPE_STACK, 0));
  GtkWidget *page = gtk_stack_get_child_by_name (stack, "mentions");

  gtk_stack_set_visible_child (stack, page);
  for (guint i = 0;; i++)
    {
      GtkWidget *found = hashiya_test_find_widget (page, GTK_TYPE_LIST_VIEW, i);

      g_assert_nonnull (found);
      if (gtk_widget_get_ancestor (found, GTK_TYPE_DROP_DOWN) == NULL)
        return GTK_LIST_VIEW (found);
    }
}

/* The colour of the first mention row's swatch, once it is @color. */
static gboolean
first_swatch_is (gpointer data)
{
  gpointer *pair = data;
  GtkWidget *swatch = hashiya_test_find_widget (pair[0], HASHIYA_TYPE_SWATCH, 0);

  return swatch != NULL && gdk_rgba_equal (hashiya_swatch_get_color (HASHIYA_SWATCH (swatch)), pair[1]);
}

/* Load Catalogue… puts a catalogue file in place of the document's, in
 * one undo step, keeping the actors mentions still use; Save Catalogue
 * As… writes the catalogue file. A bad file is refused and changes
 * nothing; a failed write leaves nothing behind. */
static void
test_window_catalogue_files (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *mine = hashiya_test_write_file (dir, "mine.json",
    "{\"format\": \"hashiya-catalog\", \"version\": 1, \"name\": \"Mine\", \"actors\": ["
    "{\"id\": \"egypt\", \"kind\": \"state\", \"name\": {\"ar\": \"مصر\", \"en\": \"Egypt\"}, \"color\": \"#c01c28\"},"
    "{\"id\": \"azerbaijan\", \"kind\": \"state\", \"name\": {\"ar\": \"أذربيجان\", \"en\": \"Azerbaijan\"}}]}", -1);
  g_autofree char *bad = hashiya_test_write_file (dir, "bad.json",
    "{\"format\": \"hashiya-catalog\", \"version\": 1, \"name\": \"Bad\", \"actors\": ["
    "{\"id\": \"Not An Id\", \"kind\": \"state\", \"name\": {\"en\": \"X\"}}]}", -1);
  g_autofree char *saved = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "saved.json", NULL);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *no_file_folder = documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR) ? documents
                                                                                                 : g_get_home_dir ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window))));
  g_autoptr(GError) error = NULL;
  GtkListView *list;

  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_document_annotate (document, 249, 254, "iran", HASHIYA_MENTION_TYPE_NAME, NULL);

  /* A bad file: the reason, and the catalogue as it was. */
  g_assert_false (hashiya_file_operations_load_catalog (window_operations (window), bad, &error));
  {
    g_autofree char *expected = g_strdup_printf ("%s: actor 1: id \"Not An Id\" is not valid: use lower-case "
                                                 "ASCII letters, digits and single hyphens", bad);
    g_assert_cmpstr (error->message, ==, expected);
  }
  g_clear_error (&error);
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 24);
  g_assert_cmpstr (hashiya_undo_stack_get_undo_label (undo), ==, "Add mention");

  list = show_mentions_list (window);
  g_assert_true (hashiya_file_operations_load_catalog (window_operations (window), mine, &error));
  g_assert_no_error (error);
  /* The Mentions page shows the new catalogue's colours (none, grey, for
   * this Azerbaijan). */
  {
    GdkRGBA grey = { 0.6, 0.6, 0.6, 1.0 };
    gpointer pair[] = { list, &grey };

    wait_for (first_swatch_is, pair);
  }
  g_assert_cmpstr (hashiya_catalog_get_name (catalog), ==, "Mine");
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 3);
  g_assert_nonnull (hashiya_catalog_lookup (catalog, "iran"));
  g_assert_nonnull (gtk_text_tag_table_lookup (table, "actor:egypt"));
  /* Key 1 is Egypt now. */
  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 89, 94);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hashiya_window_get_text_view (window)), "mention.annotate-with", "i", 1));
  g_assert_cmpuint (hashiya_document_count_mentions (document, "egypt"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));

  /* Save Catalogue As… asks where, in the document's folder… */
  {
    GtkFileChooser *chooser;
    g_autoptr(GFile) current = NULL;
    g_autofree char *name = NULL;
    g_autoptr(HashiyaCatalog) read = NULL;
    g_autofree char *written = NULL;
    g_autoptr(GBytes) expected = hashiya_catalog_write (catalog);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-catalog-as", NULL));
    wait_for (file_chooser_shown, NULL);
    chooser = hashiya_test_find_file_chooser ();
    wait_for (chooser_has_folder, chooser);
    current = gtk_file_chooser_get_current_folder (chooser);
    name = gtk_file_chooser_get_current_name (chooser);
    g_assert_cmpstr (g_file_peek_path (current), ==, no_file_folder);
    g_assert_cmpstr (name, ==, "Untitled catalogue.json");
    cancel_file_chooser (chooser);

    /* … and writes the catalogue file there. */
    g_assert_true (hashiya_file_operations_save_catalog (window_operations (window), saved, &error));
    g_assert_no_error (error);
    written = hashiya_test_read_file (saved, NULL);
    g_assert_cmpmem (written, strlen (written), g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
    read = hashiya_catalog_load_file (saved, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hashiya_catalog_get_n_actors (read), ==, 3);
  }

  /* A folder that is not there: the reason, and no file. */
  g_assert_false (hashiya_file_operations_save_catalog (window_operations (window), nowhere, &error));
  {
    g_autofree char *expected = g_strdup_printf ("%s: cannot write: no such file or folder", nowhere);
    g_assert_cmpstr (error->message, ==, expected);
  }
  g_clear_error (&error);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  /* One undo brings the whole catalogue back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 24);
  g_assert_cmpstr (hashiya_catalog_get_name (catalog), ==, "3+3 South Caucasus talks");
  {
    GdkRGBA blue;
    gpointer pair[] = { list, &blue };

    gdk_rgba_parse (&blue, hashiya_actor_get_color (hashiya_catalog_lookup (catalog, "azerbaijan")));
    wait_for (first_swatch_is, pair);
  }

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* The About window shows the application's icon, uninstalled too (as
 * build-aux/dev runs it): the icon comes with the resources, drawn from
 * the SVG at its size (the PNGs are for a window's small icons). */
static void
test_window_about_icon (void)
{
  GtkApplication *application = test_application ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = open_app_window (document, NULL);
  AdwAboutWindow *about = NULL;
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_true (g_str_has_suffix (uri, APP_ID ".svg"));

  g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);
  for (GList *l = gtk_window_list_toplevels (), *w = l; w != NULL; w = w->next)
    {
      if (ADW_IS_ABOUT_WINDOW (w->data))
        about = w->data;
      if (w->next == NULL)
        g_list_free (l);
    }
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  hashiya_test_wait_for_frames (GTK_WIDGET (about), 2);
  gtk_window_destroy (GTK_WINDOW (about));
  hashiya_test_close_window (window);
}

/* The shortcuts window fits a small screen, and lists the shortcuts of
 * suggesting and reviewing. */
static void
test_window_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/hashiya/Hashiya/hashiya-shortcuts-window.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) listed = g_string_new (NULL);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  int minimum, natural;

  /* Every shortcut as "title: accelerator or action". */
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *title = NULL, *accelerator = NULL, *action = NULL;

        g_object_get (l->data, "title", &title, "accelerator", &accelerator, "action-name", &action, NULL);
        g_string_append_printf (listed, "%s: %s\n", title, accelerator != NULL ? accelerator : action);
      }
  g_assert_nonnull (strstr (listed->str, "Suggest the catalogue’s actors: <Control>m\n"));
  g_assert_nonnull (strstr (listed->str, "Go to the next suggestion: n\n"));
  g_assert_nonnull (strstr (listed->str, "Accept it and go on: Return\n"));
  g_assert_nonnull (strstr (listed->str, "Reject it and go on: Delete\n"));
  g_assert_nonnull (strstr (listed->str, "New from clipboard: app.new-from-clipboard\n"));

  /* Shown with the application's shortcuts, it is narrower than a
   * 1,280 pixel screen (it was 1,579 pixels wide). */
  {
    g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
    HashiyaWindow *window = open_app_window (document, NULL);

    gtk_window_set_transient_for (GTK_WINDOW (overlay), GTK_WINDOW (window));
    gtk_window_set_application (GTK_WINDOW (overlay), test_application ());
    gtk_window_present (GTK_WINDOW (overlay));
    hashiya_test_wait_for_frames (overlay, 2);
    gtk_widget_measure (overlay, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
    g_test_message ("shortcuts window: %d px wide, %d px at least", natural, minimum);
    g_assert_cmpint (natural, <=, 1200);
    g_assert_cmpint (gtk_widget_get_width (overlay), <=, 1200);
    gtk_window_destroy (GTK_WINDOW (overlay));
    hashiya_test_close_window (window);
  }
}

static gboolean
help_overlay_shown (gpointer data)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (data);

  return overlay != NULL && gtk_widget_get_visible (GTK_WIDGET (overlay));
}

/* The shortcuts window is made when it is asked for: a window opens
 * without it, and Ctrl+? (a real key press) builds and shows it. */
static void
test_window_shortcuts_by_key (void)
{
  g_autoptr(HashiyaDocument) document = NULL;
  HashiyaWindow *window;

  if (!hashiya_test_have_x11 ())
    return;
  document = hashiya_test_sample_document ();
  window = open_app_window (document, NULL);
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  hashiya_test_focus_window (window);
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+question", NULL });
  g_assert_true (hashiya_test_wait_ready (help_overlay_shown, window, 20));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (gtk_application_window_get_help_overlay (
                   GTK_APPLICATION_WINDOW (window)))) == GTK_WINDOW (window));
  hashiya_test_close_window (window);
}

/* Whether any label under @root is shown cut off, and which. */
static const char *
ellipsized_label (GtkWidget *root)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *label = hashiya_test_find_widget (root, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return NULL;
      if (gtk_widget_get_mapped (label) && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
        return gtk_label_get_text (GTK_LABEL (label));
    }
}

/* Every format's name shows whole in the Export dialog, chosen and in
 * the list to choose from. */
static void
test_window_export_format_names (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaExportDialog *dialog = hashiya_file_operations_show_export_dialog (window_operations (window));
  AdwComboRow *row = ADW_COMBO_ROW (hashiya_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  GListModel *names = adw_combo_row_get_model (row);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      const char *cut;

      hashiya_export_dialog_set_format (dialog, i);
      hashiya_test_wait_for_frames (GTK_WIDGET (dialog), 3);
      cut = ellipsized_label (GTK_WIDGET (row));
      if (cut != NULL)
        g_error ("“%s” is cut off", cut);
    }

  /* The list the user picks from. */
  gtk_widget_activate (GTK_WIDGET (row));
  {
    GtkWidget *popover = hashiya_test_find_widget (GTK_WIDGET (row), GTK_TYPE_POPOVER, 0);
    const char *cut;

    g_assert_nonnull (popover);
    wait_for (is_visible, popover);
    hashiya_test_wait_for_frames (GTK_WIDGET (dialog), 3);
    cut = ellipsized_label (popover);
    if (cut != NULL)
      g_error ("“%s” is cut off in the list", cut);
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  hashiya_test_close_window (window);
}

/* In the Arabic interface, Preferences is titled in Arabic (libadwaita
 * has no Arabic for its own title). */
static void
test_window_preferences_arabic (void)
{
  const char *localedir = g_getenv ("HASHIYA_LOCALEDIR");
  g_autofree char *before = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  GtkWidget *preferences;

  if (localedir == NULL)
    {
      g_test_skip ("HASHIYA_LOCALEDIR does not say where the built translations are");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("LANGUAGE", "ar", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  preferences = hashiya_preferences_window_new (NULL, settings);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (preferences)), ==, "التفضيلات");
  gtk_window_destroy (GTK_WINDOW (preferences));

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, before);
}

/* On a software GL the windows draw with cairo, which repaints only what
 * changed; a renderer the user names is kept. */
static void
test_window_renderer (void)
{
  g_autofree char *before = g_strdup (g_getenv ("GSK_RENDERER"));
  gboolean chose;

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_false (hashiya_choose_renderer ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");

  g_unsetenv ("GSK_RENDERER");
  chose = hashiya_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, chose ? "cairo" : NULL);

  if (before != NULL)
    g_setenv ("GSK_RENDERER", before, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
}

/* Saving and exporting through a symbolic link write the file it names;
 * the link stays. */
static void
test_window_save_through_link (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *kept = g_build_filename (dir, "kept", NULL);
  g_autofree char *target = g_build_filename (kept, "article.hashiya", NULL);
  g_autofree char *link = g_build_filename (dir, "article.hashiya", NULL);
  g_autofree char *csv_target = g_build_filename (kept, "mentions.csv", NULL);
  g_autofree char *csv_link = g_build_filename (dir, "mentions.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (link);
  HashiyaWindow *window = hashiya_test_open_window (hashiya_test_sample_document ());
  gboolean timed_out = FALSE;
  GStatBuf st;
  guint id;

  g_assert_cmpint (g_mkdir (kept, 0700), ==, 0);
  g_assert_true (hashiya_document_save_file (document, target, &error));
  g_assert_no_error (error);
  g_assert_cmpint (symlink ("kept/article.hashiya", link), ==, 0);
  g_assert_true (g_file_set_contents (csv_target, "the old version", -1, NULL));
  g_assert_cmpint (symlink ("kept/mentions.csv", csv_link), ==, 0);

  g_object_unref (hashiya_window_get_document (window));
  hashiya_file_operations_load_file (window_operations (window), file);
  id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);
  while ((window_busy (window) || hashiya_window_get_document (window) == NULL) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  hashiya_document_annotate (hashiya_window_get_document (window), 79, 87, "azerbaijan",
                             HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  while (hashiya_document_get_modified (hashiya_window_get_document (window)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  reread = hashiya_document_load_file (target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (reread), ==, 1);

  /* The Export dialog, the same. */
  {
    HashiyaExportDialog *dialog = hashiya_file_operations_show_export_dialog (window_operations (window));

    gtk_window_present (GTK_WINDOW (dialog));
    hashiya_export_dialog_set_format (dialog, HASHIYA_EXPORT_CSV);
    hashiya_export_dialog_export_to (dialog, csv_link);
    while (window_operation (window) && !timed_out)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (timed_out);
  }
  g_assert_cmpint (g_lstat (csv_link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  csv = hashiya_test_read_file (csv_target, NULL);
  g_assert_nonnull (strstr (csv, "azerbaijan"));

  g_source_remove (id);
  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

#ifdef GDK_WINDOWING_X11
static char *
window_xid (GtkWindow *window)
{
  return g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
}
#endif

static void
click_until (HashiyaWindow *window,
             guint          offset,
             const char    *button,
             gboolean      *done)
{
  hashiya_test_click_text_until_ready (window, offset, button, hashiya_test_flag_is_set, done);
}

static void
popover_shown_cb (GtkWidget  *popover,
                  GParamSpec *pspec,
                  gboolean   *shown)
{
  *shown = gtk_widget_get_visible (popover);
}

static void
popover_hidden_cb (GtkWidget  *popover,
                   GParamSpec *pspec,
                   gboolean   *hidden)
{
  *hidden = !gtk_widget_get_visible (popover);
}

static void
mention_removed_cb (HashiyaDocument *document,
                    HashiyaMention  *mention,
                    gboolean        *done)
{
  *done = TRUE;
}

/* Clicks the mention at 79–87 («أذربيجان»), closes its details with
 * Escape, and presses @key, as a user does: the mention goes. */
static void
click_escape_and_press (HashiyaWindow   *window,
                        HashiyaDocument *document,
                        const char      *key)
{
  GtkWidget *popover = GTK_WIDGET (window_mention_popover (window));
  HashiyaMention *mention = hashiya_document_lookup_mention (document, "m1");
  gboolean shown = FALSE, hidden = FALSE, removed = FALSE;
  gulong shown_id, hidden_id, removed_id;

  g_assert_nonnull (mention);
  shown_id = g_signal_connect (popover, "notify::visible", G_CALLBACK (popover_shown_cb), &shown);
  click_until (window, 82, "1", &shown);
  g_signal_handler_disconnect (popover, shown_id);
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == mention);

  hidden_id = g_signal_connect (popover, "notify::visible", G_CALLBACK (popover_hidden_cb), &hidden);
  hashiya_test_press_until (window, "Escape", &hidden);
  g_signal_handler_disconnect (popover, hidden_id);
  /* Escape closed the details; the mention stays selected. */
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == mention);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (hashiya_window_get_text_view (window))));

  removed_id = g_signal_connect (document, "mention-removed", G_CALLBACK (mention_removed_cb), &removed);
  hashiya_test_press_until (window, key, &removed);
  g_signal_handler_disconnect (document, removed_id);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  g_assert_null (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)));
}

/* Delete and BackSpace remove the selected mention, pressed as keys, as
 * the number keys give it another actor. */
static void
test_window_delete_key_removes_mention (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window;

  if (!hashiya_test_have_x11 ())
    return;

  window = hashiya_test_open_window (document);
  g_assert_nonnull (hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL));
  click_escape_and_press (window, document, "Delete");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  click_escape_and_press (window, document, "BackSpace");

  hashiya_test_close_window (window);
}

static void
window_gone_cb (gpointer  data,
                GObject  *where)
{
  *(gboolean *) data = TRUE;
}

/* Ctrl+Q with unsaved work asks; Discard closes the window, and the
 * question goes with it, without a warning (they are fatal here). */
static void
test_window_quit_discard (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaApplication) application = NULL;
  AdwMessageDialog *dialog = NULL;
  HashiyaWindow *window;
  gboolean gone = FALSE;

  if (!hashiya_test_have_x11 ())
    return;

  application = hashiya_test_registered_application ();
  window = hashiya_test_open_window_in (application, document);
  /* Only the application holds it, as in the program. */
  g_object_unref (window);
  g_object_weak_ref (G_OBJECT (window), window_gone_cb, &gone);
  g_assert_nonnull (hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL));
  g_assert_true (hashiya_document_get_modified (document));

  for (guint attempt = 0; attempt < 5 && dialog == NULL; attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+q", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while ((dialog = find_message_dialog ()) == NULL && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  hashiya_test_wait_for_frames (GTK_WIDGET (dialog), 2);

  /* Alt+D is Discard's mnemonic, pressed in the dialog. */
  for (guint attempt = 0; attempt < 5 && !gone; attempt++)
    {
      g_autofree char *xid = window_xid (GTK_WINDOW (dialog));
      gboolean waited = FALSE;
      guint id;

      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "windowfocus", "--sync", xid, NULL });
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "alt+d", NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!gone && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_true (gone);
  /* What is left to run after the window went runs without a warning. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_message_dialog ());
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
}


typedef struct
{
  HashiyaWindow *window;
  const char    *actor;
} ActorWait;

/* The sidebar and the text both show the actor: it was clicked. */
static gboolean
actor_clicked (gpointer data)
{
  ActorWait *wait = data;
  HashiyaActor *selected = hashiya_sidebar_get_selected_actor (window_sidebar (wait->window));
  HashiyaMention *mention = hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (wait->window));

  return selected != NULL && g_str_equal (hashiya_actor_get_id (selected), wait->actor) &&
         mention != NULL && g_str_equal (hashiya_mention_get_actor (mention), wait->actor);
}

/* The text view's own context menu, when it is on screen. */
static GtkWidget *
context_menu (HashiyaTextView *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return gtk_widget_get_mapped (child) ? child : NULL;
  return NULL;
}

/* How many menus the text view has of its own (the popovers that stand on
 * it, such as the relation editor, may have menus of theirs). */
static guint
count_context_menus (HashiyaTextView *view)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_POPOVER_MENU (child);
  return n;
}

static gboolean
context_menu_shown (gpointer data)
{
  return context_menu (data) != NULL;
}

/* Click an actor in the sidebar, right-click the mention that selects,
 * choose Remove Mention: the sidebar stays on that actor. (Closing a
 * popover makes GTK 4.8 send the window a pointer crossing at the
 * popover's own coordinates, which used to select whatever actor row lay
 * there.) */
static void
test_window_remove_mention_keeps_actor (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window;
  GtkWidget *actors, *row, *menu;
  HashiyaMention *mention;
  ActorWait wait;
  gboolean removed = FALSE;

  if (!hashiya_test_have_x11 ())
    return;

  window = hashiya_test_open_window (document);
  wait = (ActorWait) { window, "turkey" };
  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  actors = hashiya_test_find_widget (GTK_WIDGET (window_sidebar (window)), GTK_TYPE_LIST_VIEW, 0);
  row = hashiya_test_find_label (actors, "تركيا");
  g_assert_nonnull (row);
  for (guint attempt = 0; attempt < 5 && !actor_clicked (&wait); attempt++)
    {
      hashiya_test_focus_window (window);
      hashiya_test_click_widget (row, "1");
      hashiya_test_wait_ready (actor_clicked, &wait, 4);
    }
  g_assert_true (actor_clicked (&wait));
  mention = hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window));

  hashiya_test_click_text_until_ready (window, hashiya_mention_get_start (mention) + 2, "3", context_menu_shown, hashiya_window_get_text_view (window));
  menu = context_menu (hashiya_window_get_text_view (window));
  hashiya_test_wait_for_frames (menu, 2);
  g_signal_connect (document, "mention-removed", G_CALLBACK (mention_removed_cb), &removed);
  for (guint attempt = 0; attempt < 5 && !removed; attempt++)
    {
      hashiya_test_click_widget (hashiya_test_find_label (menu, "Remove Mention"), "1");
      hashiya_test_wait_ready (hashiya_test_flag_is_set, &removed, 4);
    }
  g_assert_true (removed);
  g_assert_null (hashiya_document_lookup_mention (document, hashiya_mention_get_id (mention)));
  g_assert_false (context_menu_shown (hashiya_window_get_text_view (window)));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);

  g_assert_cmpstr (hashiya_actor_get_id (hashiya_sidebar_get_selected_actor (window_sidebar (window))), ==, "turkey");
  hashiya_test_close_window (window);
}

/* The items of a menu on screen, as their labels are written. */
static char *
menu_items (GtkWidget *menu)
{
  GType item_type = g_type_from_name ("GtkModelButton");
  GString *items = g_string_new (NULL);
  GtkWidget *item;

  g_assert_true (item_type != 0);
  for (guint i = 0; (item = hashiya_test_find_widget (menu, item_type, i)) != NULL; i++)
    {
      g_autofree char *text = NULL;

      if (!gtk_widget_get_mapped (item))
        continue;
      g_object_get (item, "text", &text, NULL);
      g_string_append_printf (items, "%s%s", items->len > 0 ? "|" : "", text);
    }
  return g_string_free (items, FALSE);
}

static GtkWidget *
menu_item (GtkWidget  *menu,
           const char *text)
{
  GType item_type = g_type_from_name ("GtkModelButton");
  GtkWidget *item;

  for (guint i = 0; (item = hashiya_test_find_widget (menu, item_type, i)) != NULL; i++)
    {
      g_autofree char *label = NULL;

      g_object_get (item, "text", &label, NULL);
      if (g_strcmp0 (label, text) == 0)
        return item;
    }
  g_assert_not_reached ();
}

static gboolean
has_text_selection (gpointer data)
{
  return gtk_text_buffer_get_has_selection (data);
}

static gboolean
context_menu_hidden (gpointer data)
{
  return context_menu (data) == NULL;
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  char **text = data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
text_is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* The context menu has Hashiya's items and Copy and Select All, nothing
 * of GtkTextView's editing (Cut, Paste, Delete, Undo, Redo). Right-clicked
 * with the real pointer, on a mention and on a selection. */
static void
test_window_context_menu (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window;
  GtkTextBuffer *buffer;
  GtkWidget *menu;
  HashiyaMention *mention;
  g_autofree char *items = NULL;
  g_autofree char *copied = NULL;

  if (!hashiya_test_have_x11 ())
    return;

  window = hashiya_test_open_window (document);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  mention = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);

  hashiya_test_click_text_until_ready (window, 82, "3", context_menu_shown, hashiya_window_get_text_view (window));
  menu = context_menu (hashiya_window_get_text_view (window));
  hashiya_test_wait_for_frames (menu, 2);
  items = menu_items (menu);
  g_assert_cmpstr (items, ==, "Annotate…|Relate To…|Remove Mention|Copy|Select All");
  /* The right click chose the mention under the pointer; nothing to copy. */
  g_assert_true (hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window)) == mention);
  g_assert_true (gtk_widget_get_sensitive (menu_item (menu, "Remove Mention")));
  g_assert_false (gtk_widget_get_sensitive (menu_item (menu, "Copy")));
  /* GtkTextView never made a menu of its own. */
  g_assert_cmpuint (count_context_menus (hashiya_window_get_text_view (window)), ==, 1);

  /* Select All, then Copy, from the menu. */
  hashiya_test_click_widget (menu_item (menu, "Select All"), "1");
  g_assert_true (hashiya_test_wait_ready (has_text_selection, buffer, 10));
  g_assert_true (hashiya_test_wait_ready (context_menu_hidden, hashiya_window_get_text_view (window), 10));
  hashiya_test_click_text_until_ready (window, 300, "3", context_menu_shown, hashiya_window_get_text_view (window));
  menu = context_menu (hashiya_window_get_text_view (window));
  hashiya_test_wait_for_frames (menu, 2);
  g_assert_true (gtk_text_buffer_get_has_selection (buffer));
  g_assert_true (gtk_widget_get_sensitive (menu_item (menu, "Copy")));
  hashiya_test_click_widget (menu_item (menu, "Copy"), "1");
  g_assert_true (hashiya_test_wait_ready (context_menu_hidden, hashiya_window_get_text_view (window), 10));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (hashiya_window_get_text_view (window))), NULL,
                                 clipboard_read_cb, &copied);
  g_assert_true (hashiya_test_wait_ready (text_is_set, &copied, 10));
  g_assert_cmpstr (copied, ==, hashiya_text_get_data (hashiya_document_get_text (document), NULL));

  hashiya_test_close_window (window);
}

static gboolean
selected_and_shown (gpointer data)
{
  HashiyaWindow *window = data;

  return gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)))) &&
         gtk_widget_get_visible (GTK_WIDGET (window_actor_chooser (window)));
}

/* The Menu key chooses an actor for the selection, as the shortcuts
 * window says (GtkTextView took it for its own menu); Shift+F10 opens
 * Hashiya's context menu. */
static void
test_window_menu_keys (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window;
  g_autofree char *items = NULL;

  if (!hashiya_test_have_x11 ())
    return;

  window = hashiya_test_open_window (document);
  hashiya_text_view_select_range (hashiya_window_get_text_view (window), 79, 87);
  hashiya_test_press_until_ready (window, "Menu", selected_and_shown, window);
  g_assert_null (context_menu (hashiya_window_get_text_view (window)));
  gtk_popover_popdown (GTK_POPOVER (window_actor_chooser (window)));

  hashiya_test_press_until_ready (window, "shift+F10", context_menu_shown, hashiya_window_get_text_view (window));
  items = menu_items (context_menu (hashiya_window_get_text_view (window)));
  g_assert_cmpstr (items, ==, "Annotate…|Relate To…|Remove Mention|Copy|Select All");
  /* Escape closes it, and lets go of the keyboard. */
  hashiya_test_press_until_ready (window, "Escape", context_menu_hidden, hashiya_window_get_text_view (window));
  hashiya_test_close_window (window);
}

static void
suggested_flag_cb (HashiyaFileOperations *operations,
                   guint                  added,
                   gboolean              *done)
{
  *done = TRUE;
}

/* What the view draws at @offset: each of the underline, its colour and
 * the background comes from the tag of the highest priority that sets
 * it, as GtkTextView merges tags. */
static void
drawn_at (GtkTextBuffer  *buffer,
          guint           offset,
          PangoUnderline *underline,
          GdkRGBA        *underline_rgba,
          GdkRGBA        *background)
{
  GtkTextIter iter;
  GSList *tags;

  *underline = PANGO_UNDERLINE_NONE;
  *underline_rgba = (GdkRGBA) { 0, 0, 0, 0 };
  *background = (GdkRGBA) { 0, 0, 0, 0 };
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  /* From the lowest priority up. */
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      gboolean underline_set, rgba_set, background_set;
      PangoUnderline value;
      GdkRGBA *rgba = NULL, *bg = NULL;

      g_object_get (l->data, "underline-set", &underline_set, "underline", &value,
                    "underline-rgba-set", &rgba_set, "underline-rgba", &rgba,
                    "background-set", &background_set, "background-rgba", &bg, NULL);
      if (underline_set)
        *underline = value;
      if (rgba_set && rgba != NULL)
        *underline_rgba = *rgba;
      if (background_set && bg != NULL)
        *background = *bg;
      g_clear_pointer (&rgba, gdk_rgba_free);
      g_clear_pointer (&bg, gdk_rgba_free);
    }
  g_slist_free (tags);
}

static void
assert_colour (const GdkRGBA *rgba,
               HashiyaActor  *actor)
{
  GdkRGBA expected;

  g_assert_true (gdk_rgba_parse (&expected, hashiya_actor_get_color (actor)));
  g_assert_cmpfloat_with_epsilon (rgba->red, expected.red, 0.01);
  g_assert_cmpfloat_with_epsilon (rgba->green, expected.green, 0.01);
  g_assert_cmpfloat_with_epsilon (rgba->blue, expected.blue, 0.01);
}

/* Ctrl+M, then Accept All, on the article: «الأذربيجانية» inside «وزارة
 * الدفاع الأذربيجانية» (275–287 in 262–287) is drawn with Azerbaijan's
 * underline over the ministry's background, whichever of the two comes
 * first in the catalogue. */
static void
nested_underline_in_order (gboolean state_first)
{
  g_autoptr(HashiyaText) text = hashiya_test_sample_text ();
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaApplication) application = NULL;
  g_autoptr(HashiyaActor) state = g_object_ref (hashiya_catalog_lookup (catalog, "azerbaijan"));
  HashiyaActor *ministry = hashiya_catalog_lookup (catalog, "azerbaijan-mod");
  HashiyaWindow *window;
  GtkTextBuffer *buffer;
  PangoUnderline underline;
  GdkRGBA line, background;
  gboolean suggested = FALSE;
  guint at_state, at_ministry;

  if (!state_first)
    {
      hashiya_catalog_remove (catalog, state);
      g_assert_true (hashiya_catalog_insert (catalog, hashiya_catalog_get_n_actors (catalog), state, NULL));
    }
  g_assert_true (hashiya_catalog_find (catalog, state, &at_state));
  g_assert_true (hashiya_catalog_find (catalog, ministry, &at_ministry));
  g_assert_cmpint (at_state < at_ministry, ==, state_first);
  document = hashiya_document_new (text, catalog);
  application = hashiya_test_registered_application ();
  window = hashiya_test_open_window_in (application, document);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));

  g_signal_connect (window_operations (window), "suggested", G_CALLBACK (suggested_flag_cb), &suggested);
  hashiya_test_press_until (window, "ctrl+m", &suggested);

  /* Suggested: each a wavy underline in its own colour, the state's over
   * its span. */
  drawn_at (buffer, 280, &underline, &line, &background);
  g_assert_cmpint (underline, ==, PANGO_UNDERLINE_ERROR);
  assert_colour (&line, state);
  drawn_at (buffer, 265, &underline, &line, &background);
  g_assert_cmpint (underline, ==, PANGO_UNDERLINE_ERROR);
  assert_colour (&line, ministry);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.accept-all", NULL));
  drawn_at (buffer, 280, &underline, &line, &background);
  g_assert_cmpint (underline, ==, PANGO_UNDERLINE_SINGLE);
  assert_colour (&line, state);
  assert_colour (&background, ministry);
  drawn_at (buffer, 265, &underline, &line, &background);
  g_assert_cmpint (underline, ==, PANGO_UNDERLINE_NONE);
  assert_colour (&background, ministry);

  hashiya_test_close_window (window);
}

static void
test_window_nested_underline_any_order (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  nested_underline_in_order (TRUE);
  nested_underline_in_order (FALSE);
}

/* Mentions that cross one another in a chain: a change at one end of
 * the chain re-tags what it touches and leaves the far end drawn. */
static void
test_window_retag_crossing_chain (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  const guint spans[][2] = { { 79, 94 }, { 89, 110 }, { 105, 125 } };
  const char *actors[] = { "azerbaijan", "turkey", "russia" };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    g_assert_nonnull (hashiya_document_annotate (document, spans[i][0], spans[i][1], actors[i],
                                                 HASHIYA_MENTION_TYPE_NAME, NULL));
  g_assert_true (has_tag (buffer, 120, "actor:russia"));

  /* A fourth at the start of the chain: the last one keeps its tag all
   * along its span. */
  g_assert_nonnull (hashiya_document_annotate (document, 75, 84, "iran", HASHIYA_MENTION_TYPE_NAME, NULL));
  for (guint offset = 105; offset < 125; offset++)
    g_assert_true (has_tag (buffer, offset, "actor:russia"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  for (guint offset = 105; offset < 125; offset++)
    g_assert_true (has_tag (buffer, offset, "actor:russia"));

  hashiya_test_close_window (window);
}

static gboolean
search_open (gpointer data)
{
  HashiyaWindow *window = data;

  return gtk_search_bar_get_search_mode (window_search_bar (window)) &&
         gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (window_search_entry (window)))));
}

static gboolean
search_closed (gpointer data)
{
  return !gtk_search_bar_get_search_mode (window_search_bar ((HashiyaWindow *) data));
}

typedef struct
{
  HashiyaWindow *window;
  const char    *label;
} LabelWait;

static gboolean
label_reads (gpointer data)
{
  LabelWait *wait = data;

  return g_strcmp0 (gtk_label_get_label (window_match_label (wait->window)), wait->label) == 0;
}

static gboolean
same_colour (const GdkRGBA *a,
             const GdkRGBA *b)
{
  return G_APPROX_VALUE (a->red, b->red, 0.01) && G_APPROX_VALUE (a->green, b->green, 0.01) &&
         G_APPROX_VALUE (a->blue, b->blue, 0.01) && G_APPROX_VALUE (a->alpha, b->alpha, 0.01);
}

/* Every match is marked, the current one otherwise; nothing else is. */
static void
assert_find_marks (HashiyaWindow *window,
                   GArray        *matches,
                   guint          current)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  GdkRGBA match_background = { 0 }, current_background = { 0 }, line;
  PangoUnderline underline;

  for (guint i = 0; i < matches->len / 2; i++)
    {
      guint start = g_array_index (matches, guint, 2 * i);
      guint end = g_array_index (matches, guint, 2 * i + 1);
      GdkRGBA background;

      for (guint offset = start; offset < end; offset++)
        {
          g_assert_true (has_tag (buffer, offset, "find-match"));
          g_assert_cmpint (has_tag (buffer, offset, "find-current"), ==, i == current);
        }
      g_assert_false (has_tag (buffer, end, "find-current"));
      drawn_at (buffer, start, &underline, &line, &background);
      if (i == current)
        {
          current_background = background;
          g_assert_cmpint (underline, ==, PANGO_UNDERLINE_SINGLE);
        }
      else if (match_background.alpha == 0)
        match_background = background;
      else
        g_assert_true (same_colour (&background, &match_background));
    }
  /* Both seen, each plain to see, and told apart. */
  g_assert_cmpfloat (match_background.alpha, >=, 0.35);
  g_assert_cmpfloat (current_background.alpha, >=, 0.5);
  g_assert_false (same_colour (&match_background, &current_background));
}

/* Ctrl+F marks every match, Ctrl+G moves the current one, Escape takes
 * the marks away; in the light style and the dark. */
static void
find_marks_in_style (gboolean dark)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  g_autoptr(GArray) matches = hashiya_find (hashiya_document_get_text (document), "اذربيجان");
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;
  HashiyaWindow *window;
  GtkTextIter start, end;
  LabelWait wait;
  GdkRGBA *before = NULL, *after = NULL;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = hashiya_test_open_window_in (application, document);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  table = gtk_text_buffer_get_tag_table (buffer);
  g_assert_cmpuint (matches->len / 2, ==, 16);

  hashiya_test_press_until_ready (window, "ctrl+f", search_open, window);
  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "اذربيجان");
  wait = (LabelWait) { window, NULL };
  wait.label = g_strdup_printf ("1 of %u", matches->len / 2);
  g_assert_true (hashiya_test_wait_ready (label_reads, &wait, 10));
  g_free ((char *) wait.label);
  assert_find_marks (window, matches, 0);

  wait.label = g_strdup_printf ("2 of %u", matches->len / 2);
  hashiya_test_press_until_ready (window, "ctrl+g", label_reads, &wait);
  g_free ((char *) wait.label);
  assert_find_marks (window, matches, 1);

  /* The style can change while they are shown. */
  g_object_get (gtk_text_tag_table_lookup (table, "find-current"), "background-rgba", &before, NULL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_LIGHT : ADW_COLOR_SCHEME_FORCE_DARK);
  g_object_get (gtk_text_tag_table_lookup (table, "find-current"), "background-rgba", &after, NULL);
  g_assert_false (same_colour (before, after));
  assert_find_marks (window, matches, 1);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gdk_rgba_free (before);
  gdk_rgba_free (after);

  /* Escape in the entry closes the bar, and no mark stays. */
  hashiya_test_press_until_ready (window, "Escape", search_closed, window);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_assert_false (gtk_text_iter_forward_to_tag_toggle (&start, gtk_text_tag_table_lookup (table, "find-match")));
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_false (gtk_text_iter_forward_to_tag_toggle (&start, gtk_text_tag_table_lookup (table, "find-current")));

  hashiya_test_close_window (window);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_window_find_marks_every_match (void)
{
  if (!hashiya_test_have_x11 ())
    return;
  find_marks_in_style (FALSE);
  find_marks_in_style (TRUE);
}

static gboolean
label_shown (gpointer data)
{
  gpointer *args = data;
  GtkWidget *label = hashiya_test_find_label (args[0], args[1]);

  return label != NULL && gtk_widget_get_mapped (label);
}

/* Annotate All As… makes a mention of every match, each a whole word as
 * find finds it: «أذربيجان» after a proclitic, never inside
 * «الأذربيجانية». */
static void
test_window_annotate_all_whole_words (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GArray) found = hashiya_find (text, "اذربيجان");
  g_autofree char *toast = NULL;
  GListModel *mentions = hashiya_document_get_mentions (document);

  /* 16 words of their own; not the 5 adjectives. */
  g_assert_cmpuint (found->len / 2, ==, 16);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  gtk_editable_set_text (GTK_EDITABLE (window_search_entry (window)), "اذربيجان");
  g_assert_true (hashiya_test_wait_ready (label_reads, &(LabelWait) { window, "1 of 16" }, 10));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (hashiya_page_get_find_bar (hashiya_test_page_of (window))), "find.annotate-all", NULL));
  hashiya_actor_chooser_set_query (window_all_matches_chooser (window), "Azerbaijan");
  g_assert_true (hashiya_actor_chooser_choose (window_all_matches_chooser (window)));

  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 16);
  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, i);
      guint start = hashiya_mention_get_start (mention);
      guint end = hashiya_mention_get_end (mention);
      gunichar before = start > 0 ? hashiya_text_get_char (text, start - 1) : ' ';

      g_assert_cmpstr (hashiya_mention_get_quote_exact (mention), ==, "أذربيجان");
      /* A word starts here, or a proclitic (لـ وـ بـ) stands before. */
      g_assert_true (g_unichar_isspace (before) || before == 0x0644 || before == 0x0648 || before == 0x0628);
      g_assert_false (g_unichar_isalpha (hashiya_text_get_char (text, end)));
    }
  /* «لأذربيجان»: the name, not the ل; nothing in «الأذربيجانية». */
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_get_mention (document, 0)), ==, 79);
  g_assert_cmpuint (hashiya_document_find_first_at (document, 275), ==, hashiya_document_find_first_at (document, 288));

  toast = g_strdup ("16 mentions added");
  g_assert_true (hashiya_test_wait_ready (label_shown, (gpointer[]) { window, toast }, 10));

  hashiya_test_close_window (window);
}

/* A selection of «لأذربيجان» annotated as Azerbaijan (key 1) leaves the
 * ل out, as a suggestion does, and the toast says so; as Turkey (key 3),
 * whose name it is not, it is kept whole. */
static void
test_window_manual_span_proclitic (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window;
  HashiyaMention *mention;
  gboolean added = FALSE;

  if (!hashiya_test_have_x11 ())
    return;

  window = hashiya_test_open_window (document);
  g_signal_connect (document, "mention-added", G_CALLBACK (hashiya_test_mention_added_cb), &added);
  gtk_widget_grab_focus (GTK_WIDGET (hashiya_window_get_text_view (window)));
  hashiya_test_press_until_added (window, 78, 87, "1", &added);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "azerbaijan");
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 79);
  g_assert_cmpuint (hashiya_mention_get_end (mention), ==, 87);
  g_assert_cmpstr (hashiya_mention_get_quote_exact (mention), ==, "أذربيجان");
  g_assert_true (hashiya_test_wait_ready (label_shown, (gpointer[]) { window, (char *) "Left out the proclitic «ل»" }, 10));

  added = FALSE;
  hashiya_test_press_until_added (window, 78, 87, "3", &added);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "turkey");
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 78);
  g_assert_cmpuint (hashiya_mention_get_end (mention), ==, 87);

  hashiya_test_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("hashiya-ui-XXXXXX", NULL);

  /* Recent files and settings stay inside the test. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  hashiya_test_init_window_tests (&argc, &argv);

  g_test_add_func ("/window/icon-from-png", test_window_icon_from_png);
  g_test_add_func ("/window/shows-article", test_window_shows_article);
  g_test_add_func ("/window/annotate-by-keyboard", test_window_annotate_by_keyboard);
  g_test_add_func ("/window/nested-and-delete", test_window_nested_and_delete);
  g_test_add_func ("/window/actor-chooser", test_window_actor_chooser);
  g_test_add_func ("/window/failed-open-keeps-document", test_window_failed_open_keeps_document);
  g_test_add_func ("/window/highlights-keep-shaping", test_window_highlights_keep_shaping);
  g_test_add_func ("/window/close-asks", test_window_close_asks);
  g_test_add_func ("/window/sidebar-navigation", test_window_sidebar_navigation);
  g_test_add_func ("/window/dialogs", test_window_dialogs);
  g_test_add_func ("/window/suggest-and-review", test_window_suggest_and_review);
  g_test_add_func ("/window/find-folded", test_window_find_folded);
  g_test_add_func ("/window/controls-are-named", test_window_controls_are_named);
  g_test_add_func ("/window/replace-text", test_window_replace_text);
  g_test_add_func ("/window/brat-export-and-open", test_window_brat_export_and_open);
  g_test_add_func ("/window/export-dialog", test_window_export_dialog);
  g_test_add_func ("/window/export-relations", test_window_export_relations);
  g_test_add_func ("/window/preview", test_window_preview);
  g_test_add_func ("/window/mention-at-start", test_window_mention_at_start);
  g_test_add_func ("/window/outside-change", test_window_outside_change);
  g_test_add_func ("/window/limits-and-progress", test_window_limits_and_progress);
  g_test_add_func ("/window/renderer", test_window_renderer);
  g_test_add_func ("/window/save-through-link", test_window_save_through_link);
  g_test_add_func ("/window/delete-key-removes-mention", test_window_delete_key_removes_mention);
  g_test_add_func ("/window/quit-discard", test_window_quit_discard);
  g_test_add_func ("/window/remove-mention-keeps-actor", test_window_remove_mention_keeps_actor);
  g_test_add_func ("/window/context-menu", test_window_context_menu);
  g_test_add_func ("/window/menu-keys", test_window_menu_keys);
  g_test_add_func ("/window/nested-underline-any-order", test_window_nested_underline_any_order);
  g_test_add_func ("/window/retag-crossing-chain", test_window_retag_crossing_chain);
  g_test_add_func ("/window/find-marks-every-match", test_window_find_marks_every_match);
  g_test_add_func ("/window/annotate-all-whole-words", test_window_annotate_all_whole_words);
  g_test_add_func ("/window/manual-span-proclitic", test_window_manual_span_proclitic);
  g_test_add_func ("/window/actor-colours", test_window_actor_colours);
  g_test_add_func ("/window/mentions-page", test_window_mentions_page);
  g_test_add_func ("/window/chooser-new-actor", test_window_chooser_new_actor);
  g_test_add_func ("/window/chooser-up-down", test_window_chooser_up_down);
  g_test_add_func ("/window/editor-derives-id", test_window_editor_derives_id);
  g_test_add_func ("/window/chooser-folders", test_window_chooser_folders);
  g_test_add_func ("/window/new-from-clipboard", test_window_new_from_clipboard);
  g_test_add_func ("/window/catalogue-files", test_window_catalogue_files);
  g_test_add_func ("/window/about-icon", test_window_about_icon);
  g_test_add_func ("/window/shortcuts-window", test_window_shortcuts_window);
  g_test_add_func ("/window/shortcuts-by-key", test_window_shortcuts_by_key);
  g_test_add_func ("/window/export-format-names", test_window_export_format_names);
  g_test_add_func ("/window/preferences-arabic", test_window_preferences_arabic);

  return g_test_run ();
}
