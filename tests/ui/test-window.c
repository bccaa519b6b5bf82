/* test-window.c — the reading window shows the article right to left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hashiya-application.h"
#include "hashiya-test-util.h"
#include "hashiya-window.h"

static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gint64 start;

  while (!gtk_widget_get_mapped (widget))
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (widget);
  start = gdk_frame_clock_get_frame_counter (clock);
  while (gdk_frame_clock_get_frame_counter (clock) < start + 2)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_window_shows_article (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaWindow *window = hashiya_window_new (NULL);
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GdkRectangle first, last;
  g_autofree char *shown = NULL;

  g_object_ref (window);
  hashiya_window_set_document (window, document, "article");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (GTK_WIDGET (window));

  view = hashiya_window_get_text_view (window);
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (shown, ==, hashiya_text_get_data (hashiya_document_get_text (document), NULL));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 2849);
  g_assert_false (gtk_text_view_get_editable (view));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (view)), ==, GTK_TEXT_DIR_RTL);

  /* Right to left: the first letter is at the right edge of the line and
   * the text runs leftwards from it. */
  gtk_text_view_get_iter_location (view, &start, &first);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 5);
  gtk_text_view_get_iter_location (view, &end, &last);
  g_assert_cmpint (first.y, ==, last.y);
  g_assert_cmpint (first.x, >, last.x);
  g_assert_cmpint (first.x, >, gtk_widget_get_width (GTK_WIDGET (view)) / 2);

  /* Every line of a paragraph starts at the same right edge: the short
   * last line of the first paragraph starts where its first line does. */
  {
    GtkTextIter line_start, last_line;
    GdkRectangle a, b;

    gtk_text_buffer_get_start_iter (buffer, &line_start);
    last_line = line_start;
    gtk_text_iter_forward_to_line_end (&last_line);
    gtk_text_view_backward_display_line_start (view, &last_line);
    g_assert_cmpint (gtk_text_iter_get_offset (&last_line), >, 0);
    gtk_text_view_get_cursor_locations (view, &line_start, &a, NULL);
    gtk_text_view_get_cursor_locations (view, &last_line, &b, NULL);
    g_assert_cmpint (b.y, >, a.y);
    g_assert_cmpint (ABS (a.x - b.x), <=, 2);
  }

  g_assert_true (hashiya_window_get_document (window) == document);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hashiya_app_init ();

  g_test_add_func ("/window/shows-article", test_window_shows_article);

  return g_test_run ();
}
