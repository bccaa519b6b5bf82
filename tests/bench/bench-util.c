/* bench-util.c — timings the benchmarks read, when HASHIYA_BENCH=1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/bench/run-benchmarks.py starts the app (and the bare GtkTextView
 * program it is compared with, which uses this file too) with
 * HASHIYA_BENCH=1 and HASHIYA_BENCH_T0, the monotonic time in
 * microseconds at which it started the process. Each timing is printed
 * on standard output as "bench: KEY VALUE", in milliseconds since then:
 * the window shown, the first frame with the highlights, the full
 * layout (when the text view stops growing its scrollable height).
 * Only GTK is used here.
 */

#define G_LOG_DOMAIN "hashiya-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bench-util.h"

#define SETTLED_MS 300.0

gboolean
hashiya_bench_enabled (void)
{
  return g_strcmp0 (g_getenv ("HASHIYA_BENCH"), "1") == 0;
}

/* Milliseconds since the process was started. */
double
hashiya_bench_now_ms (void)
{
  static gint64 origin = 0;

  if (origin == 0)
    {
      const char *t0 = g_getenv ("HASHIYA_BENCH_T0");

      origin = t0 != NULL ? g_ascii_strtoll (t0, NULL, 10) : g_get_monotonic_time ();
    }
  return (g_get_monotonic_time () - origin) / 1000.0;
}

void
hashiya_bench_report (const char *key,
                      const char *format,
                      ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  printf ("bench: %s %s\n", key, value);
  fflush (stdout);
}

typedef struct
{
  HashiyaBenchFunc func;
  gpointer         user_data;
  gulong           handler;
  GdkFrameClock   *clock;
} AfterFrame;

static void
after_paint_cb (GdkFrameClock *clock,
                AfterFrame    *after)
{
  g_signal_handler_disconnect (clock, after->handler);
  after->func (after->user_data);
  g_object_unref (after->clock);
  g_free (after);
}

/* Calls FUNC once, after the next frame of WIDGET is painted. */
void
hashiya_bench_after_frame (GtkWidget        *widget,
                           HashiyaBenchFunc  func,
                           gpointer          user_data)
{
  AfterFrame *after = g_new0 (AfterFrame, 1);

  after->func = func;
  after->user_data = user_data;
  after->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  after->handler = g_signal_connect (after->clock, "after-paint", G_CALLBACK (after_paint_cb), after);
  gtk_widget_queue_draw (widget);
}

static void
window_mapped_cb (GtkWidget *window)
{
  hashiya_bench_report ("window-shown", "%.1f", hashiya_bench_now_ms ());
}

/* Reports when WINDOW is first shown. */
void
hashiya_bench_watch (GtkWidget *window,
                     GtkWidget *text_view)
{
  g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), NULL);
}

typedef struct
{
  GtkWidget        *view;
  GtkAdjustment    *adjustment;
  HashiyaBenchFunc  laid_out;
  gpointer          user_data;
  double            last_change;
  double            last_upper;
  guint             poll_id;
} Layout;

/* The resident set now and at its peak, from /proc, in MB. */
static void
report_memory (void)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "VmRSS:") || g_str_has_prefix (lines[i], "VmHWM:"))
      hashiya_bench_report (g_str_has_prefix (lines[i], "VmRSS:") ? "rss-kb" : "peak-rss-kb", "%s",
                            g_strstrip (lines[i] + 6));
}

static gboolean
poll_layout_cb (gpointer data)
{
  Layout *layout = data;
  double upper = gtk_adjustment_get_upper (layout->adjustment);
  double now = hashiya_bench_now_ms ();

  if (upper != layout->last_upper)
    {
      layout->last_upper = upper;
      layout->last_change = now;
      return G_SOURCE_CONTINUE;
    }
  if (now - layout->last_change < SETTLED_MS)
    return G_SOURCE_CONTINUE;

  hashiya_bench_report ("full-layout", "%.1f", layout->last_change);
  hashiya_bench_report ("height-px", "%.0f", upper);
  report_memory ();
  layout->laid_out (layout->user_data);
  g_object_unref (layout->adjustment);
  g_free (layout);
  return G_SOURCE_REMOVE;
}

static gboolean first_reported;

static void
first_content_frame_cb (gpointer data)
{
  hashiya_bench_report ("first-frame", "%.1f", hashiya_bench_now_ms ());
}

/**
 * hashiya_bench_first_content:
 *
 * Text with highlights is in the view, the first time (perhaps only the
 * start of it): reports the next frame as the first frame.
 */
void
hashiya_bench_first_content (GtkWidget *text_view)
{
  if (first_reported)
    return;
  first_reported = TRUE;
  hashiya_bench_after_frame (text_view, first_content_frame_cb, NULL);
}

static void
complete_frame_cb (gpointer data)
{
  Layout *layout = data;

  layout->last_change = hashiya_bench_now_ms ();
  layout->last_upper = gtk_adjustment_get_upper (layout->adjustment);
  hashiya_bench_report ("complete-frame", "%.1f", layout->last_change);
  g_timeout_add (10, poll_layout_cb, layout);
}

/**
 * hashiya_bench_content_ready:
 * @laid_out: called once the layout has settled
 *
 * The whole document is in the view: reports the next frame (as the
 * first frame too, unless hashiya_bench_first_content() came before),
 * then the full layout.
 */
void
hashiya_bench_content_ready (GtkWidget        *text_view,
                             HashiyaBenchFunc  laid_out,
                             gpointer          user_data)
{
  Layout *layout = g_new0 (Layout, 1);

  layout->view = text_view;
  layout->adjustment = g_object_ref (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)));
  layout->laid_out = laid_out;
  layout->user_data = user_data;
  hashiya_bench_report ("content-ready", "%.1f", hashiya_bench_now_ms ());
  hashiya_bench_first_content (text_view);
  hashiya_bench_after_frame (text_view, complete_frame_cb, layout);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* "NAME-p50", "NAME-p95" and "NAME-max" of a series of milliseconds. */
void
hashiya_bench_report_series (const char *name,
                             GArray     *milliseconds)
{
  g_autofree char *p50 = g_strconcat (name, "-p50", NULL);
  g_autofree char *p95 = g_strconcat (name, "-p95", NULL);
  g_autofree char *max = g_strconcat (name, "-max", NULL);
  guint n = milliseconds->len;

  if (n == 0)
    return;
  g_array_sort (milliseconds, compare_doubles);
  hashiya_bench_report (p50, "%.2f", g_array_index (milliseconds, double, n / 2));
  hashiya_bench_report (p95, "%.2f", g_array_index (milliseconds, double, MIN (n - 1, (n * 95 + 99) / 100)));
  hashiya_bench_report (max, "%.2f", g_array_index (milliseconds, double, n - 1));
}

typedef struct
{
  GtkWidget        *view;
  GtkAdjustment    *adjustment;
  GArray           *frames;
  double            last;
  HashiyaBenchFunc  done;
  gpointer          user_data;
} Scroll;

static void scroll_step (gpointer data);

/* One page further each frame; the time between frames is recorded. */
static void
scroll_step (gpointer data)
{
  Scroll *scroll = data;
  double now = hashiya_bench_now_ms ();
  double value = gtk_adjustment_get_value (scroll->adjustment);
  double page = gtk_adjustment_get_page_size (scroll->adjustment);
  double bottom = gtk_adjustment_get_upper (scroll->adjustment) - page;

  if (scroll->last > 0)
    g_array_append_val (scroll->frames, (double) { now - scroll->last });
  scroll->last = now;
  if (value >= bottom)
    {
      hashiya_bench_report ("scroll-frames", "%u", scroll->frames->len);
      hashiya_bench_report_series ("scroll-frame", scroll->frames);
      g_array_unref (scroll->frames);
      g_object_unref (scroll->adjustment);
      scroll->done (scroll->user_data);
      g_free (scroll);
      return;
    }
  gtk_adjustment_set_value (scroll->adjustment, MIN (bottom, value + page * 0.9));
  hashiya_bench_after_frame (scroll->view, scroll_step, scroll);
}

/* Scrolls from the top to the bottom, a page a frame. */
void
hashiya_bench_scroll (GtkWidget        *text_view,
                      HashiyaBenchFunc  done,
                      gpointer          user_data)
{
  Scroll *scroll = g_new0 (Scroll, 1);

  scroll->view = text_view;
  scroll->adjustment = g_object_ref (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view)));
  scroll->frames = g_array_new (FALSE, FALSE, sizeof (double));
  scroll->done = done;
  scroll->user_data = user_data;
  gtk_adjustment_set_value (scroll->adjustment, 0);
  hashiya_bench_after_frame (text_view, scroll_step, scroll);
}
