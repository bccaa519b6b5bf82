/* hashiya-network-bar-chart.c — counts as horizontal bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row a count, under the name of its group (an actor's kind, a
 * relation type's quad class) when the counts have groups. The names
 * stand at the start of the row, right-aligned at its right edge in a
 * right-to-left picture, and the bars grow from them towards the other
 * edge: right to left in Arabic. Each bar has its count at its end, in
 * the colour of its actor or quad class; light lines mark round numbers.
 * Rows shrink to fit the picture; those that still do not fit are left
 * out, and the picture says how many.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hashiya-network-bar-chart.h"
#include "hashiya-network-frame.h"

typedef struct
{
  HashiyaNetworkCount *count;    /* NULL: a group's name */
  PangoLayout         *label;
  PangoLayout         *value;
  double               y;
  double               height;
  gboolean             shown;
} Row;

struct _HashiyaNetworkBarChart
{
  GListModel   *counts;
  HashiyaFrame  frame;
  gboolean      arabic;
  GArray       *rows;        /* Row */
  guint         max_value;
  double        label_width;
  double        value_width;
  guint         n_hidden;
  PangoLayout  *more;        /* "… and 3 more" */
  PangoLayout **ticks;
  guint         n_ticks;
  guint         tick_step;
};

/**
 * hashiya_network_bar_chart_new:
 * @counts: #HashiyaNetworkCount, in the order to show
 * @title: what is counted
 * @subtitle: (nullable): of what: documents, dates
 * @options: (nullable): the style, the names' language …
 *
 * Returns: (transfer full): the chart
 */
HashiyaNetworkBarChart *
hashiya_network_bar_chart_new (GListModel                  *counts,
                               const char                  *title,
                               const char                  *subtitle,
                               const HashiyaPictureOptions *options,
                               double                       width,
                               double                       height)
{
  g_autoptr(HashiyaPictureOptions) defaults = NULL;
  HashiyaNetworkBarChart *self;
  guint n;
  const char *group = NULL;
  gboolean grouped = FALSE;

  g_return_val_if_fail (G_IS_LIST_MODEL (counts), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (options == NULL)
    options = defaults = hashiya_picture_options_new ();
  self = g_new0 (HashiyaNetworkBarChart, 1);
  self->counts = g_object_ref (counts);
  self->arabic = options->arabic;
  hashiya_frame_init (&self->frame, options, title, subtitle);
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));

  n = g_list_model_get_n_items (counts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (counts, i);

      if (i > 0 && g_strcmp0 (hashiya_network_count_get_group (count), group) != 0)
        grouped = TRUE;
      group = hashiya_network_count_get_group (count);
    }
  group = NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (counts, i);
      g_autofree char *value = g_strdup_printf ("%u", hashiya_network_count_get_value (count));
      Row row = { NULL };

      if (grouped && hashiya_network_count_get_group_label (count) != NULL &&
          (i == 0 || g_strcmp0 (hashiya_network_count_get_group (count), group) != 0))
        {
          Row header = { NULL };

          header.label = hashiya_frame_text (&self->frame, 11, hashiya_network_count_get_group_label (count));
          g_array_append_val (self->rows, header);
        }
      group = hashiya_network_count_get_group (count);
      row.count = g_object_ref (count);
      row.label = hashiya_frame_name (&self->frame, 12, hashiya_network_count_get_label (count, options->arabic));
      row.value = hashiya_frame_number (&self->frame, 11, value);
      self->max_value = MAX (self->max_value, hashiya_network_count_get_value (count));
      self->label_width = MAX (self->label_width, hashiya_layout_width (row.label));
      self->value_width = MAX (self->value_width, hashiya_layout_width (row.value));
      g_array_append_val (self->rows, row);
    }

  self->tick_step = hashiya_frame_nice_step (MAX (self->max_value, 1), 5);
  self->n_ticks = MAX (self->max_value, 1) / self->tick_step + 1;
  self->ticks = g_new0 (PangoLayout *, self->n_ticks);
  for (guint i = 0; i < self->n_ticks; i++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", i * self->tick_step);

      self->ticks[i] = hashiya_frame_number (&self->frame, 9.5, tick);
    }
  hashiya_network_bar_chart_set_size (self, width, height);
  return self;
}

void
hashiya_network_bar_chart_free (HashiyaNetworkBarChart *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      g_clear_object (&row->count);
      g_clear_object (&row->label);
      g_clear_object (&row->value);
    }
  g_array_unref (self->rows);
  for (guint i = 0; i < self->n_ticks; i++)
    g_object_unref (self->ticks[i]);
  g_free (self->ticks);
  g_clear_object (&self->more);
  hashiya_frame_clear (&self->frame);
  g_object_unref (self->counts);
  g_free (self);
}

/* Rows as tall as fit, down to a small size; then as many as fit. */
void
hashiya_network_bar_chart_set_size (HashiyaNetworkBarChart *self,
                                    double                  width,
                                    double                  height)
{
  cairo_rectangle_t plot;
  double s, row_height, y, room;
  guint n_fit;
  g_autofree char *more = NULL;

  g_return_if_fail (self != NULL);

  hashiya_frame_set_size (&self->frame, MAX (width, 1), MAX (height, 1));
  hashiya_frame_get_plot (&self->frame, &plot);
  s = self->frame.scale;
  room = plot.height - 18 * s;  /* the numbers of the lines, at the bottom */
  row_height = self->rows->len > 0 ? CLAMP (room / self->rows->len, 15 * s, 26 * s) : 26 * s;
  y = plot.y;
  self->n_hidden = 0;
  n_fit = (guint) floor ((room + 0.01) / row_height);
  /* When not all fit, the last place says how many are left out. */
  if (n_fit < self->rows->len)
    n_fit = n_fit > 0 ? n_fit - 1 : 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      row->y = y;
      row->height = row_height;
      row->shown = i < n_fit;
      if (row->shown)
        y += row_height;
      else if (row->count != NULL)
        self->n_hidden++;
    }
  g_clear_object (&self->more);
  if (self->n_hidden > 0)
    {
      more = g_strdup_printf (ngettext ("… and %u more, not shown", "… and %u more, not shown", self->n_hidden),
                              self->n_hidden);
      self->more = hashiya_frame_text (&self->frame, 11, more);
    }
}

/* The label column, and where bars start and may end. */
static void
get_columns (HashiyaNetworkBarChart *self,
             double                 *label_width,
             double                 *bar_start,
             double                 *bar_room)
{
  cairo_rectangle_t plot;
  double s = self->frame.scale;

  hashiya_frame_get_plot (&self->frame, &plot);
  *label_width = MIN (self->label_width, plot.width * 0.4);
  *bar_room = MAX (plot.width - *label_width - self->value_width - 20 * s, 10 * s);
  *bar_start = self->frame.rtl ? plot.x + plot.width - *label_width - 10 * s : plot.x + *label_width + 10 * s;
}

/* Where a bar's rectangle is, from its start towards the other side. */
static void
bar_rectangle (HashiyaNetworkBarChart *self,
               Row                    *row,
               cairo_rectangle_t      *bar)
{
  double label_width, start, room, length;

  get_columns (self, &label_width, &start, &room);
  length = self->max_value > 0 ? room * hashiya_network_count_get_value (row->count) / self->max_value : 0;
  bar->width = length;
  bar->height = row->height * 0.62;
  bar->y = row->y + (row->height - bar->height) / 2;
  bar->x = self->frame.rtl ? start - length : start;
}

static void
paint (HashiyaPainter *painter,
       double          width,
       double          height,
       gpointer        data)
{
  HashiyaNetworkBarChart *self = data;
  const HashiyaPalette *palette = self->frame.palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  cairo_rectangle_t plot;
  double s = self->frame.scale, label_width, start, room, bottom = 0;

  hashiya_frame_paint (&self->frame, painter);
  hashiya_frame_get_plot (&self->frame, &plot);
  if (self->rows->len == 0)
    {
      hashiya_frame_paint_message (&self->frame, painter, _("Nothing to count: nothing passes these filters."),
                                   plot.y + plot.height / 2);
      return;
    }
  get_columns (self, &label_width, &start, &room);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->shown)
        bottom = row->y + row->height;
    }

  /* The lines of round numbers, under the bars. */
  for (guint i = 0; i < self->n_ticks; i++)
    {
      double offset = self->max_value > 0 ? room * i * self->tick_step / self->max_value : 0;
      double x = self->frame.rtl ? start - offset : start + offset;

      cairo_move_to (cr, x, plot.y);
      cairo_line_to (cr, x, bottom);
      hashiya_painter_stroke (painter, &palette->grid, 1 * s, NULL, 0);
      hashiya_painter_show_layout (painter, self->ticks[i], x - hashiya_layout_width (self->ticks[i]) / 2, bottom + 3 * s,
                                   &palette->muted);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      double label_x, text_y = row->y + (row->height - hashiya_layout_height (row->label)) / 2;
      cairo_rectangle_t bar;
      HashiyaRgba color;

      if (!row->shown)
        continue;
      if (row->count == NULL)
        {
          /* A group's name, at the start side. */
          label_x = self->frame.rtl ? plot.x + plot.width - hashiya_layout_width (row->label) : plot.x;
          hashiya_painter_show_layout (painter, row->label, label_x, text_y, &palette->muted);
          continue;
        }
      label_x = self->frame.rtl ? plot.x + plot.width - MIN (hashiya_layout_width (row->label), label_width) : plot.x;
      if (hashiya_layout_width (row->label) > label_width)
        {
          pango_layout_set_width (row->label, (int) (label_width * PANGO_SCALE));
          pango_layout_set_ellipsize (row->label, PANGO_ELLIPSIZE_END);
        }
      hashiya_painter_show_layout (painter, row->label, label_x, text_y, &palette->foreground);

      bar_rectangle (self, row, &bar);
      if (!hashiya_rgba_parse (&color, hashiya_network_count_get_color (row->count)))
        color = palette->muted;
      cairo_rectangle (cr, bar.x, bar.y, MAX (bar.width, 1 * s), bar.height);
      hashiya_painter_fill (painter, &color, TRUE);
      hashiya_painter_stroke (painter, &palette->outline, 1 * s * palette->line, NULL, 0);
      hashiya_painter_show_layout (painter, row->value,
                                   self->frame.rtl ? bar.x - 5 * s - hashiya_layout_width (row->value) : bar.x + bar.width + 5 * s,
                                   row->y + (row->height - hashiya_layout_height (row->value)) / 2, &palette->foreground);
    }
  if (self->more != NULL)
    hashiya_painter_show_layout (painter, self->more,
                                 self->frame.rtl ? plot.x + plot.width - hashiya_layout_width (self->more) : plot.x,
                                 bottom + 18 * s, &palette->muted);
}

void
hashiya_network_bar_chart_draw (HashiyaNetworkBarChart *self,
                                cairo_t                *cr)
{
  g_return_if_fail (self != NULL);

  hashiya_frame_draw (&self->frame, cr, paint, self);
}

/**
 * hashiya_network_bar_chart_render:
 *
 * Returns: (transfer full) (nullable): the chart as a PNG, SVG or PDF
 *   file of its size
 */
GBytes *
hashiya_network_bar_chart_render (HashiyaNetworkBarChart  *self,
                                  HashiyaPictureFormat     format,
                                  GError                 **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return hashiya_frame_render (&self->frame, paint, self, format, error);
}

/**
 * hashiya_network_bar_chart_get_bar:
 * @position: of a count in the chart's list
 * @bar: (out): where its bar is
 * @label: (out): where its name is
 *
 * Returns: whether the count is shown
 */
gboolean
hashiya_network_bar_chart_get_bar (HashiyaNetworkBarChart *self,
                                   guint                   position,
                                   cairo_rectangle_t      *bar,
                                   cairo_rectangle_t      *label)
{
  guint seen = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      double label_width, start, room, width;
      cairo_rectangle_t plot;

      if (row->count == NULL || seen++ != position)
        continue;
      if (!row->shown)
        return FALSE;
      bar_rectangle (self, row, bar);
      get_columns (self, &label_width, &start, &room);
      hashiya_frame_get_plot (&self->frame, &plot);
      width = MIN (hashiya_layout_width (row->label), label_width);
      label->x = self->frame.rtl ? plot.x + plot.width - width : plot.x;
      label->width = width;
      label->height = hashiya_layout_height (row->label);
      label->y = row->y + (row->height - label->height) / 2;
      return TRUE;
    }
  return FALSE;
}

/**
 * hashiya_network_bar_chart_count_at:
 *
 * Returns: (transfer none) (nullable): the count whose row is at @x, @y
 */
HashiyaNetworkCount *
hashiya_network_bar_chart_count_at (HashiyaNetworkBarChart *self,
                                    double                  x,
                                    double                  y)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      if (row->shown && row->count != NULL && y >= row->y && y < row->y + row->height &&
          x >= 0 && x <= self->frame.width)
        return row->count;
    }
  return NULL;
}

/**
 * hashiya_network_bar_chart_get_n_hidden:
 *
 * Returns: how many counts do not fit the picture, and are left out
 */
guint
hashiya_network_bar_chart_get_n_hidden (HashiyaNetworkBarChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_hidden;
}
