/* bench-textview.c — the bare GtkTextView the window is measured against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-textview TEXT SPANS
 *
 * Plain GTK, no Hashiya: a window of the app's size with a GtkTextView
 * set up as the reading view is (font, line spacing, right-to-left,
 * wrapping, margins), the text, and one tag per actor colour applied to
 * the spans in order (SPANS: "start end #rrggbb" a line, code points).
 * It reports the same timings as the app under HASHIYA_BENCH=1. With
 * HASHIYA_BENCH_INTERACT=1 it then makes the app's number of edits (a
 * tag applied to a word on screen, or taken off), each timed as the app
 * times its own, scrolls from top to bottom a page a frame, and quits.
 */

#include "config.h"

#include <stdlib.h>

#include "bench-util.h"

#define FONT_POINTS 18.0
#define LINE_SPACING 1.7
#define EDITS 160

static GtkWidget *view;
static GtkTextTag *edit_tag;

typedef struct
{
  gpointer  application;
  GRand    *rand;
  GArray   *latencies;
  double    started;
} Edits;

static void next_edit (gpointer data);

static void
quit_cb (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
}

/* A word on screen, picked at random: the tag goes on, or comes off. */
static void
toggle_a_word (Edits *edits)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GdkRectangle rect;
  GtkTextIter start, end;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &rect);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (view), &start,
                                      rect.x + g_rand_int_range (edits->rand, 0, MAX (rect.width, 1)),
                                      rect.y + g_rand_int_range (edits->rand, 0, MAX (rect.height, 1)));
  if (!gtk_text_iter_starts_word (&start))
    gtk_text_iter_backward_word_start (&start);
  end = start;
  gtk_text_iter_forward_word_end (&end);
  if (edits->latencies->len % 2 == 0)
    gtk_text_buffer_apply_tag (buffer, edit_tag, &start, &end);
  else
    gtk_text_buffer_remove_tag (buffer, edit_tag, &start, &end);
}

static void
edit_painted (gpointer data)
{
  Edits *edits = data;
  double latency = hashiya_bench_now_ms () - edits->started;

  g_array_append_val (edits->latencies, latency);
  next_edit (edits);
}

static gboolean
edit_in_frame_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  Edits *edits = data;

  edits->started = hashiya_bench_now_ms ();
  toggle_a_word (edits);
  hashiya_bench_after_frame (view, edit_painted, edits);
  return G_SOURCE_REMOVE;
}

static void
scrolled_to_place (gpointer data)
{
  gtk_widget_add_tick_callback (view, edit_in_frame_cb, data, NULL);
}

/* Like the app: a new place every fourth edit, a frame to settle first. */
static void
next_edit (gpointer data)
{
  Edits *edits = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  if (edits->latencies->len == EDITS)
    {
      hashiya_bench_report_series ("edit", edits->latencies);
      g_array_unref (edits->latencies);
      g_rand_free (edits->rand);
      hashiya_bench_scroll (view, quit_cb, edits->application);
      g_free (edits);
      return;
    }
  if (edits->latencies->len % 4 != 0)
    {
      scrolled_to_place (edits);
      return;
    }
  gtk_adjustment_set_value (adjustment, g_rand_double (edits->rand) *
                            MAX (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), 0));
  hashiya_bench_after_frame (view, scrolled_to_place, edits);
}

static void
laid_out_cb (gpointer data)
{
  Edits *edits;

  if (g_strcmp0 (g_getenv ("HASHIYA_BENCH_INTERACT"), "1") != 0)
    {
      quit_cb (data);
      return;
    }
  edits = g_new0 (Edits, 1);
  edits->application = data;
  edits->rand = g_rand_new_with_seed (2023);
  edits->latencies = g_array_new (FALSE, FALSE, sizeof (double));
  edit_tag = gtk_text_buffer_create_tag (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), NULL,
                                         "background", "#f6d32d", NULL);
  next_edit (edits);
}

static GtkTextTag *
tag_for (GtkTextBuffer *buffer,
         GHashTable    *tags,
         const char    *color)
{
  GtkTextTag *tag = g_hash_table_lookup (tags, color);
  GdkRGBA rgba, background;

  if (tag != NULL)
    return tag;
  gdk_rgba_parse (&rgba, color);
  background = rgba;
  background.alpha = 0.25;
  tag = gtk_text_buffer_create_tag (buffer, NULL, "background-rgba", &background,
                                    "underline-rgba", &rgba, NULL);
  g_hash_table_insert (tags, g_strdup (color), tag);
  return tag;
}

static void
apply_spans (GtkTextBuffer *buffer,
             const char    *spans_path)
{
  g_autofree char *spans = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkTextIter from, to;

  if (!g_file_get_contents (spans_path, &spans, NULL, NULL))
    g_error ("cannot read %s", spans_path);
  lines = g_strsplit (spans, "\n", -1);
  gtk_text_buffer_get_start_iter (buffer, &from);
  to = from;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", 3);

      if (g_strv_length (fields) != 3)
        continue;
      /* In order: each iter moves forward from where it was. */
      gtk_text_iter_forward_chars (&from, atoi (fields[0]) - gtk_text_iter_get_offset (&from));
      gtk_text_iter_set_offset (&to, atoi (fields[1]));
      gtk_text_buffer_apply_tag (buffer, tag_for (buffer, tags, fields[2]), &from, &to);
    }
}

static void
activate_cb (GtkApplication *application,
             char          **paths)
{
  GtkWidget *window = gtk_application_window_new (application);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;
  gsize length;
  double pixels = FONT_POINTS * 96.0 / 72.0;
  int inside = (int) (pixels * (LINE_SPACING - 1.0) + 0.5);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  view = gtk_text_view_new ();
  gtk_css_provider_load_from_data (css, ".reading-view { font-family: \"Noto Naskh Arabic\", \"Amiri\", serif;"
                                   " font-size: 18pt; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_widget_add_css_class (view, "reading-view");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_direction (view, GTK_TEXT_DIR_RTL);
  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (view), inside);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (view), inside + (int) (pixels * 0.5));
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 32);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 24);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  hashiya_bench_watch (window, view);
  gtk_window_present (GTK_WINDOW (window));

  if (!g_file_get_contents (paths[0], &text, &length, NULL))
    g_error ("cannot read %s", paths[0]);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, text, (int) length);
  apply_spans (buffer, paths[1]);
  hashiya_bench_content_ready (view, laid_out_cb, application);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkApplication) application = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: bench-textview TEXT SPANS\n");
      return 2;
    }
  hashiya_bench_now_ms ();
  application = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), argv + 1);
  return g_application_run (G_APPLICATION (application), 1, argv);
}
