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
 * It reports the same timings as the app under HASHIYA_BENCH=1, then
 * scrolls from top to bottom a page a frame, and quits.
 */

#include "config.h"

#include <stdlib.h>

#include "hashiya-bench.h"

#define FONT_POINTS 18.0
#define LINE_SPACING 1.7

static GtkWidget *view;

static void
quit_cb (gpointer data)
{
  g_application_quit (G_APPLICATION (data));
}

static void
laid_out_cb (gpointer data)
{
  if (g_strcmp0 (g_getenv ("HASHIYA_BENCH_INTERACT"), "1") == 0)
    hashiya_bench_scroll (view, quit_cb, data);
  else
    quit_cb (data);
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
