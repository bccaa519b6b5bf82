/* hashiya-network-timeline-chart.c — a timeline drawn: mentions as lines,
 * cooperation against conflict as bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time runs from left to right in both directions of writing, as the
 * dates are written in digits. Mentions: a line an actor followed, in
 * its colour, a dot a period. Relations: a bar a period, cooperation
 * above the axis (verbal, then material) and conflict below it (verbal,
 * then material), in the quad classes' colours. The periods' names are
 * written under the axis, as many as fit; the counts at the side. With
 * no dated document the picture says so, and how many were left out.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hashiya-network-frame.h"
#include "hashiya-network-timeline-chart.h"

struct _HashiyaNetworkTimelineChart
{
  HashiyaNetworkTimeline   *timeline;
  HashiyaTimelineChartKind  kind;
  HashiyaFrame              frame;
  PangoLayout             **periods;
  guint                     n_periods;
  guint                     top;        /* the highest count, rounded up */
  guint                     bottom;     /* relations: the deepest conflict */
  guint                     step;
  GPtrArray                *ticks;      /* PangoLayout, from 0 up, then down */
  char                     *message;
};

static char *
make_subtitle (HashiyaNetworkTimeline *timeline)
{
  guint n = hashiya_network_timeline_get_n_documents (timeline), undated = hashiya_network_timeline_get_n_undated (timeline);
  guint periods = hashiya_network_timeline_get_n_periods (timeline);
  g_autofree char *documents = g_strdup_printf (ngettext ("%u document", "%u documents", n), n);
  g_autofree char *left_out = NULL;
  g_autofree char *range = NULL;

  if (periods > 0)
    range = g_strdup_printf ("\u202a%s – %s\u202c", hashiya_network_timeline_get_period_label (timeline, 0),
                             hashiya_network_timeline_get_period_label (timeline, periods - 1));
  if (undated > 0)
    left_out = g_strdup_printf (ngettext ("%u document without a date left out",
                                          "%u documents without a date left out", undated), undated);
  return g_strjoin (" · ", documents, range != NULL ? range : (left_out != NULL ? left_out : NULL),
                    range != NULL ? left_out : NULL, NULL);
}

static HashiyaNetworkSeries *
get_series (GListModel *model,
            guint       position)
{
  HashiyaNetworkSeries *series = g_list_model_get_item (model, position);

  g_object_unref (series);  /* the timeline keeps it */
  return series;
}

/**
 * hashiya_network_timeline_chart_new:
 * @options: (nullable): the style, the names' language …
 *
 * Returns: (transfer full): the chart of @timeline's mentions or its
 *   relations
 */
HashiyaNetworkTimelineChart *
hashiya_network_timeline_chart_new (HashiyaNetworkTimeline      *timeline,
                                    HashiyaTimelineChartKind     kind,
                                    const HashiyaPictureOptions *options,
                                    double                       width,
                                    double                       height)
{
  g_autoptr(HashiyaPictureOptions) defaults = NULL;
  HashiyaNetworkTimelineChart *self;
  g_autofree char *subtitle = NULL;
  GListModel *series;
  guint n;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (timeline), NULL);

  if (options == NULL)
    options = defaults = hashiya_picture_options_new ();
  self = g_new0 (HashiyaNetworkTimelineChart, 1);
  self->timeline = g_object_ref (timeline);
  self->kind = kind;
  subtitle = make_subtitle (timeline);
  hashiya_frame_init (&self->frame, options,
                      kind == HASHIYA_TIMELINE_CHART_MENTIONS ? _("Mentions over time")
                                                              : _("Cooperation and conflict over time"),
                      subtitle);

  self->n_periods = hashiya_network_timeline_get_n_periods (timeline);
  self->periods = g_new0 (PangoLayout *, MAX (self->n_periods, 1));
  for (guint i = 0; i < self->n_periods; i++)
    self->periods[i] = hashiya_frame_number (&self->frame, 9.5, hashiya_network_timeline_get_period_label (timeline, i));

  series = kind == HASHIYA_TIMELINE_CHART_MENTIONS ? hashiya_network_timeline_get_mentions (timeline)
                                                   : hashiya_network_timeline_get_relations (timeline);
  n = g_list_model_get_n_items (series);
  for (guint i = 0; i < n; i++)
    {
      HashiyaNetworkSeries *line = get_series (series, i);
      HashiyaRgba color;

      if (!hashiya_rgba_parse (&color, hashiya_network_series_get_color (line)))
        color = self->frame.palette->muted;
      if (kind == HASHIYA_TIMELINE_CHART_RELATIONS)
        hashiya_palette_quad_color (self->frame.palette, hashiya_network_series_get_color (line), i, &color);
      hashiya_frame_add_legend (&self->frame, kind == HASHIYA_TIMELINE_CHART_MENTIONS ? HASHIYA_LEGEND_LINE : HASHIYA_LEGEND_BOX,
                                0, &color, FALSE, 2.5 * self->frame.scale,
                                hashiya_network_series_get_label (line, options->arabic));
      if (kind == HASHIYA_TIMELINE_CHART_MENTIONS)
        self->top = MAX (self->top, hashiya_network_series_get_max (line));
    }
  if (kind == HASHIYA_TIMELINE_CHART_RELATIONS)
    for (guint p = 0; p < self->n_periods; p++)
      {
        self->top = MAX (self->top, hashiya_network_series_get_value (get_series (series, 0), p) +
                                    hashiya_network_series_get_value (get_series (series, 1), p));
        self->bottom = MAX (self->bottom, hashiya_network_series_get_value (get_series (series, 2), p) +
                                          hashiya_network_series_get_value (get_series (series, 3), p));
      }
  self->step = hashiya_frame_nice_step (MAX (MAX (self->top, self->bottom), 1), 4);
  self->top = (self->top + self->step - 1) / self->step * self->step;
  self->bottom = (self->bottom + self->step - 1) / self->step * self->step;
  if (self->top == 0 && self->bottom == 0)
    self->top = self->step;
  self->ticks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint value = 0; value <= self->top; value += self->step)
    {
      g_autofree char *text = g_strdup_printf ("%u", value);

      g_ptr_array_add (self->ticks, hashiya_frame_number (&self->frame, 9.5, text));
    }
  for (guint value = self->step; value <= self->bottom; value += self->step)
    {
      g_autofree char *text = g_strdup_printf ("−%u", value);

      g_ptr_array_add (self->ticks, hashiya_frame_number (&self->frame, 9.5, text));
    }

  if (self->n_periods == 0)
    self->message = hashiya_network_timeline_get_n_undated (timeline) > 0
                    ? g_strdup_printf (ngettext ("No document has a date: %u was left out for having none.",
                                                 "No document has a date: %u were left out for having none.",
                                                 hashiya_network_timeline_get_n_undated (timeline)),
                                       hashiya_network_timeline_get_n_undated (timeline))
                    : g_strdup (_("No document is left by these filters."));
  else if (n == 0 || (self->top == self->step && self->bottom == 0 && kind == HASHIYA_TIMELINE_CHART_MENTIONS &&
                      g_list_model_get_n_items (series) == 0))
    self->message = g_strdup (_("No actor is left: no mention passes these filters."));
  hashiya_network_timeline_chart_set_size (self, width, height);
  return self;
}

void
hashiya_network_timeline_chart_free (HashiyaNetworkTimelineChart *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_periods; i++)
    g_object_unref (self->periods[i]);
  g_free (self->periods);
  g_clear_pointer (&self->ticks, g_ptr_array_unref);
  g_free (self->message);
  hashiya_frame_clear (&self->frame);
  g_object_unref (self->timeline);
  g_free (self);
}

void
hashiya_network_timeline_chart_set_size (HashiyaNetworkTimelineChart *self,
                                         double                       width,
                                         double                       height)
{
  g_return_if_fail (self != NULL);
  hashiya_frame_set_size (&self->frame, MAX (width, 1), MAX (height, 1));
}

/* The drawing's area, less the counts at the side and the periods' names
 * under it. */
static void
get_area (HashiyaNetworkTimelineChart *self,
          cairo_rectangle_t           *area)
{
  double s = self->frame.scale, side = 0, under = 0;

  for (guint i = 0; i < self->ticks->len; i++)
    side = MAX (side, hashiya_layout_width (g_ptr_array_index (self->ticks, i)));
  for (guint i = 0; i < self->n_periods; i++)
    under = MAX (under, hashiya_layout_height (self->periods[i]));
  hashiya_frame_get_plot (&self->frame, area);
  area->x += side + 8 * s;
  area->width -= side + 8 * s;
  area->y += 6 * s;
  area->height -= under + 12 * s;
}

static double
value_y (HashiyaNetworkTimelineChart *self,
         cairo_rectangle_t           *area,
         double                       value)
{
  double span = self->top + self->bottom;

  return area->y + area->height * (self->top - value) / MAX (span, 1);
}

static double
period_x (HashiyaNetworkTimelineChart *self,
          cairo_rectangle_t           *area,
          guint                        period)
{
  return area->x + area->width * (period + 0.5) / self->n_periods;
}

static void
paint_axes (HashiyaNetworkTimelineChart *self,
            HashiyaPainter              *painter,
            cairo_rectangle_t           *area)
{
  const HashiyaPalette *palette = self->frame.palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  double s = self->frame.scale, last_end = -G_MAXDOUBLE;
  guint k = 0;

  for (guint value = 0; value <= self->top; value += self->step, k++)
    {
      PangoLayout *tick = g_ptr_array_index (self->ticks, k);
      double y = value_y (self, area, value);

      cairo_move_to (cr, area->x, y);
      cairo_line_to (cr, area->x + area->width, y);
      hashiya_painter_stroke (painter, value == 0 ? &palette->muted : &palette->grid, 1 * s, NULL, 0);
      hashiya_painter_show_layout (painter, tick, area->x - 6 * s - hashiya_layout_width (tick), y - hashiya_layout_height (tick) / 2,
                                   &palette->muted);
    }
  for (guint value = self->step; value <= self->bottom; value += self->step, k++)
    {
      PangoLayout *tick = g_ptr_array_index (self->ticks, k);
      double y = value_y (self, area, -(double) value);

      cairo_move_to (cr, area->x, y);
      cairo_line_to (cr, area->x + area->width, y);
      hashiya_painter_stroke (painter, &palette->grid, 1 * s, NULL, 0);
      hashiya_painter_show_layout (painter, tick, area->x - 6 * s - hashiya_layout_width (tick), y - hashiya_layout_height (tick) / 2,
                                   &palette->muted);
    }
  /* The periods' names, those that fit. */
  for (guint i = 0; i < self->n_periods; i++)
    {
      double w = hashiya_layout_width (self->periods[i]), x = period_x (self, area, i) - w / 2;

      if (x < last_end + 8 * s || x + w > self->frame.width)
        continue;
      hashiya_painter_show_layout (painter, self->periods[i], MAX (x, 0), area->y + area->height + 6 * s,
                                   &palette->muted);
      last_end = x + w;
    }
}

static void
paint_mentions (HashiyaNetworkTimelineChart *self,
                HashiyaPainter              *painter,
                cairo_rectangle_t           *area)
{
  GListModel *series = hashiya_network_timeline_get_mentions (self->timeline);
  cairo_t *cr = hashiya_painter_get_path (painter);
  double s = self->frame.scale;

  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      HashiyaNetworkSeries *line = get_series (series, i);
      HashiyaRgba color;

      if (!hashiya_rgba_parse (&color, hashiya_network_series_get_color (line)))
        color = self->frame.palette->muted;
      for (guint p = 0; p < self->n_periods; p++)
        {
          double x = period_x (self, area, p), y = value_y (self, area, hashiya_network_series_get_value (line, p));

          if (p == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      hashiya_painter_stroke (painter, &color, 2.5 * s * self->frame.palette->line, NULL, 0);
      for (guint p = 0; p < self->n_periods; p++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, period_x (self, area, p), value_y (self, area, hashiya_network_series_get_value (line, p)),
                     3 * s, 0, 2 * G_PI);
        }
      hashiya_painter_fill (painter, &color, FALSE);
    }
}

static void
paint_relations (HashiyaNetworkTimelineChart *self,
                 HashiyaPainter              *painter,
                 cairo_rectangle_t           *area)
{
  GListModel *series = hashiya_network_timeline_get_relations (self->timeline);
  cairo_t *cr = hashiya_painter_get_path (painter);
  double band = area->width / self->n_periods, bar = MAX (band * 0.7, 1);

  for (guint quad = 0; quad < 4; quad++)
    {
      HashiyaNetworkSeries *line = get_series (series, quad);
      HashiyaRgba color;
      gboolean any = FALSE;

      hashiya_palette_quad_color (self->frame.palette, hashiya_network_series_get_color (line), quad, &color);
      for (guint p = 0; p < self->n_periods; p++)
        {
          /* Cooperation upwards, conflict downwards, verbal next to the axis. */
          guint below = quad == 1 || quad == 3 ? hashiya_network_series_get_value (get_series (series, quad - 1), p) : 0;
          guint value = hashiya_network_series_get_value (line, p);
          double sign = quad < 2 ? 1 : -1;
          double y0 = value_y (self, area, sign * below), y1 = value_y (self, area, sign * (below + value));

          if (value == 0)
            continue;
          cairo_rectangle (cr, period_x (self, area, p) - bar / 2, MIN (y0, y1), bar, fabs (y1 - y0));
          any = TRUE;
        }
      if (any)
        hashiya_painter_fill (painter, &color, FALSE);
    }
}

static void
paint (HashiyaPainter *painter,
       double          width,
       double          height,
       gpointer        data)
{
  HashiyaNetworkTimelineChart *self = data;
  cairo_rectangle_t plot, area;

  hashiya_frame_paint (&self->frame, painter);
  hashiya_frame_get_plot (&self->frame, &plot);
  if (self->message != NULL)
    {
      hashiya_frame_paint_message (&self->frame, painter, self->message, plot.y + plot.height / 2);
      return;
    }
  get_area (self, &area);
  paint_axes (self, painter, &area);
  if (self->kind == HASHIYA_TIMELINE_CHART_MENTIONS)
    paint_mentions (self, painter, &area);
  else
    paint_relations (self, painter, &area);
}

void
hashiya_network_timeline_chart_draw (HashiyaNetworkTimelineChart *self,
                                     cairo_t                     *cr)
{
  g_return_if_fail (self != NULL);

  hashiya_frame_draw (&self->frame, cr, paint, self);
}

/**
 * hashiya_network_timeline_chart_render:
 *
 * Returns: (transfer full) (nullable): the chart as a PNG, SVG or PDF
 *   file of its size
 */
GBytes *
hashiya_network_timeline_chart_render (HashiyaNetworkTimelineChart  *self,
                                       HashiyaPictureFormat          format,
                                       GError                      **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return hashiya_frame_render (&self->frame, paint, self, format, error);
}

/**
 * hashiya_network_timeline_chart_period_at:
 *
 * Returns: the period under @x, @y, or -1
 */
int
hashiya_network_timeline_chart_period_at (HashiyaNetworkTimelineChart *self,
                                          double                       x,
                                          double                       y)
{
  cairo_rectangle_t area;
  int period;

  g_return_val_if_fail (self != NULL, -1);

  if (self->message != NULL)
    return -1;
  get_area (self, &area);
  if (x < area.x || x >= area.x + area.width || y < area.y || y > area.y + area.height)
    return -1;
  period = (int) ((x - area.x) / area.width * self->n_periods);
  return CLAMP (period, 0, (int) self->n_periods - 1);
}

/**
 * hashiya_network_timeline_chart_get_message:
 *
 * Returns: (nullable): what the chart says instead of a timeline
 */
const char *
hashiya_network_timeline_chart_get_message (HashiyaNetworkTimelineChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->message;
}
