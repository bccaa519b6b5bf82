/* hashiya-chart-view.c — a bar chart of counts or a timeline, drawn in
 * the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view draws the core's HashiyaNetworkBarChart or
 * HashiyaNetworkTimelineChart on the cairo_t of a GtkSnapshot: the same
 * picture as the PNG, SVG and PDF files. The pointer shows the number
 * under it.
 */

#define G_LOG_DOMAIN "hashiya-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-chart-view.h"

struct _HashiyaChartView
{
  GtkWidget                    parent_instance;

  HashiyaNetworkBarChart      *bars;
  GListModel                  *counts;
  HashiyaNetworkTimelineChart *lines;
  HashiyaNetworkTimeline      *timeline;
  HashiyaTimelineChartKind     kind;
  gboolean                     arabic;
};

G_DEFINE_FINAL_TYPE (HashiyaChartView, hashiya_chart_view, GTK_TYPE_WIDGET)

static void
hashiya_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  HashiyaChartView *self = HASHIYA_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if ((self->bars == NULL && self->lines == NULL) || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->bars != NULL)
    hashiya_network_bar_chart_draw (self->bars, cr);
  else
    hashiya_network_timeline_chart_draw (self->lines, cr);
  cairo_destroy (cr);
}

static void
hashiya_chart_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  HashiyaChartView *self = HASHIYA_CHART_VIEW (widget);

  if (self->bars != NULL)
    hashiya_network_bar_chart_set_size (self->bars, MAX (width, 1), MAX (height, 1));
  if (self->lines != NULL)
    hashiya_network_timeline_chart_set_size (self->lines, MAX (width, 1), MAX (height, 1));
}

static void
hashiya_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = 200;
  *natural = 600;
}

static gboolean
query_tooltip_cb (HashiyaChartView *self,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard)
    return FALSE;
  if (self->bars != NULL)
    {
      HashiyaNetworkCount *count = hashiya_network_bar_chart_count_at (self->bars, x, y);

      if (count == NULL)
        return FALSE;
      text = g_strdup_printf ("%s: %u", hashiya_network_count_get_label (count, self->arabic),
                              hashiya_network_count_get_value (count));
    }
  else if (self->lines != NULL)
    {
      int period = hashiya_network_timeline_chart_period_at (self->lines, x, y);
      GListModel *series;
      GString *out;

      if (period < 0)
        return FALSE;
      series = self->kind == HASHIYA_TIMELINE_CHART_MENTIONS ? hashiya_network_timeline_get_mentions (self->timeline)
                                                             : hashiya_network_timeline_get_relations (self->timeline);
      out = g_string_new (hashiya_network_timeline_get_period_label (self->timeline, period));
      for (guint i = 0; i < g_list_model_get_n_items (series); i++)
        {
          g_autoptr(HashiyaNetworkSeries) one = g_list_model_get_item (series, i);

          g_string_append_printf (out, "\n%s: %u", hashiya_network_series_get_label (one, self->arabic),
                                  hashiya_network_series_get_value (one, period));
        }
      text = g_string_free (out, FALSE);
    }
  else
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
hashiya_chart_view_dispose (GObject *object)
{
  hashiya_chart_view_clear (HASHIYA_CHART_VIEW (object));

  G_OBJECT_CLASS (hashiya_chart_view_parent_class)->dispose (object);
}

static void
hashiya_chart_view_class_init (HashiyaChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_chart_view_dispose;
  widget_class->snapshot = hashiya_chart_view_snapshot;
  widget_class->size_allocate = hashiya_chart_view_size_allocate;
  widget_class->measure = hashiya_chart_view_measure;

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hashiya_chart_view_init (HashiyaChartView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect_swapped (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

GtkWidget *
hashiya_chart_view_new (void)
{
  return g_object_new (HASHIYA_TYPE_CHART_VIEW, NULL);
}

void
hashiya_chart_view_clear (HashiyaChartView *self)
{
  g_return_if_fail (HASHIYA_IS_CHART_VIEW (self));

  g_clear_pointer (&self->bars, hashiya_network_bar_chart_free);
  g_clear_pointer (&self->lines, hashiya_network_timeline_chart_free);
  g_clear_object (&self->counts);
  g_clear_object (&self->timeline);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * hashiya_chart_view_set_counts:
 * @counts: a list of #HashiyaNetworkCount
 * @title: what they count
 *
 * Draws @counts as horizontal bars.
 */
void
hashiya_chart_view_set_counts (HashiyaChartView            *self,
                               GListModel                  *counts,
                               const char                  *title,
                               const HashiyaPictureOptions *options)
{
  g_return_if_fail (HASHIYA_IS_CHART_VIEW (self));
  g_return_if_fail (G_IS_LIST_MODEL (counts));

  hashiya_chart_view_clear (self);
  self->counts = g_object_ref (counts);
  self->arabic = options != NULL && options->arabic;
  self->bars = hashiya_network_bar_chart_new (counts, title, NULL, options,
                                              MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1),
                                              MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1));
}

/**
 * hashiya_chart_view_set_timeline:
 * @kind: the mentions of the actors, or the relations by quad class
 *
 * Draws @timeline.
 */
void
hashiya_chart_view_set_timeline (HashiyaChartView            *self,
                                 HashiyaNetworkTimeline      *timeline,
                                 HashiyaTimelineChartKind     kind,
                                 const HashiyaPictureOptions *options)
{
  g_return_if_fail (HASHIYA_IS_CHART_VIEW (self));
  g_return_if_fail (HASHIYA_IS_NETWORK_TIMELINE (timeline));

  hashiya_chart_view_clear (self);
  self->timeline = g_object_ref (timeline);
  self->kind = kind;
  self->arabic = options != NULL && options->arabic;
  self->lines = hashiya_network_timeline_chart_new (timeline, kind, options,
                                                    MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1),
                                                    MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1));
}
