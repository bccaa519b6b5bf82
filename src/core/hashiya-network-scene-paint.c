/* hashiya-network-scene-paint.c — drawing a network's picture: on any
 * cairo_t, into pixels for a big network, as a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines a style at once, then arrowheads a colour at once, then nodes
 * with the most mentions last, then the labels on a halo. A big network
 * drawn on an image has its lines and nodes put in its pixels by
 * hashiya-network-raster.c, kept as a layer that frames of a gesture
 * move and scale.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "hashiya-network-raster.h"
#include "hashiya-network-scene.h"
#include "hashiya-network-scene-place.h"

static void
paint_lines (HashiyaNetworkScene *self,
             HashiyaPainter      *painter)
{
  cairo_t *cr = hashiya_painter_get_path (painter);
  double dashes[2];
  guint i = 0;

  hashiya_frame_dash (&self->frame, dashes);
  while (i < self->n_edges)
    {
      guint first = self->edge_order[i];
      HashiyaNetworkEdge *edge = EDGE (self, first);
      guint style = _hashiya_network_scene_line_style (self, first, self->lines[first].width);
      guint color = edge->type != NULL ? edge->quad_class : COMENTION_COLOR;
      gboolean any = FALSE;

      for (; i < self->n_edges && _hashiya_network_scene_line_style (self, self->edge_order[i], self->lines[self->edge_order[i]].width) == style; i++)
        {
          Line *line = &self->lines[self->edge_order[i]];

          if (!line->visible)
            continue;
          any = TRUE;
          if (line->loop)
            {
              cairo_new_sub_path (cr);
              cairo_arc (cr, line->loop_x, line->loop_y, line->loop_r, 0, 2 * G_PI);
              continue;
            }
          cairo_move_to (cr, line->sx, line->sy);
          if (self->slots[self->edge_order[i]] == 1)
            cairo_line_to (cr, line->ex, line->ey);
          else
            cairo_curve_to (cr, line->sx + 2.0 / 3 * (line->cx - line->sx), line->sy + 2.0 / 3 * (line->cy - line->sy),
                            line->ex + 2.0 / 3 * (line->cx - line->ex), line->ey + 2.0 / 3 * (line->cy - line->ey),
                            line->ex, line->ey);
        }
      if (any)
        hashiya_painter_stroke (painter, &self->colors[color], self->lines[first].width, dashes, style & 1 ? 2 : 0);
    }

  /* Arrowheads, a colour at once. */
  for (guint color = 0; color < 4; color++)
    {
      gboolean any = FALSE;

      for (guint k = 0; k < self->n_edges; k++)
        {
          HashiyaNetworkEdge *edge = EDGE (self, k);
          Line *line = &self->lines[k];
          double ux, uy, length, arrow, half;

          if (!line->visible || line->loop || !edge->directed || edge->quad_class != color)
            continue;
          ux = line->tip_x - line->ex, uy = line->tip_y - line->ey;
          length = hypot (ux, uy);
          if (length < 1e-9)
            continue;
          ux /= length, uy /= length;
          arrow = _hashiya_network_scene_arrow_length (self, line->width);
          half = arrow * 0.45;
          cairo_move_to (cr, line->tip_x, line->tip_y);
          cairo_line_to (cr, line->tip_x - ux * arrow - uy * half, line->tip_y - uy * arrow + ux * half);
          cairo_line_to (cr, line->tip_x - ux * arrow + uy * half, line->tip_y - uy * arrow - ux * half);
          cairo_close_path (cr);
          any = TRUE;
        }
      if (any)
        {
          HashiyaRgba solid = self->colors[color];

          solid.alpha = _hashiya_network_scene_arrow_alpha (self);
          hashiya_painter_fill (painter, &solid, FALSE);
        }
    }
}

static void
paint_nodes (HashiyaNetworkScene *self,
             HashiyaPainter      *painter)
{
  const HashiyaPalette *palette = self->frame.palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  double s = self->frame.scale;

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      HashiyaNetworkNode *node = NODE (self, i);
      g_autofree char *title = NULL;
      HashiyaRgba color;

      if (!_hashiya_network_scene_intersects (self->px[i] - self->r[i], self->py[i] - self->r[i], self->px[i] + self->r[i],
                       self->py[i] + self->r[i], self->frame.width, self->frame.height))
        continue;
      if (!hashiya_rgba_parse (&color, hashiya_actor_get_color (node->actor)))
        color = palette->muted;
      title = g_strdup_printf (ngettext ("%s: %u mention", "%s: %u mentions", node->mentions),
                               hashiya_network_node_get_label (node, self->options->arabic), node->mentions);
      hashiya_painter_begin_group (painter, title);
      hashiya_frame_shape_path (cr, hashiya_actor_get_kind (node->actor), self->px[i], self->py[i], self->r[i]);
      hashiya_painter_fill (painter, &color, TRUE);
      hashiya_painter_stroke (painter, &palette->outline, 1.5 * s * palette->line, NULL, 0);
      if (node->pinned)
        {
          /* Put in place by the user. */
          cairo_new_sub_path (cr);
          cairo_arc (cr, self->px[i], self->py[i], self->r[i] + 2.5 * s, 0, 2 * G_PI);
          hashiya_painter_stroke (painter, &palette->foreground, 1 * s, NULL, 0);
        }
      hashiya_painter_end_group (painter);
    }
}

static gboolean
use_raster (HashiyaNetworkScene *self,
            cairo_t             *cr)
{
  cairo_surface_type_t type;

  if (cr == NULL || (self->n_edges <= RASTER_EDGES && self->n_nodes <= RASTER_NODES))
    return FALSE;
  type = cairo_surface_get_type (cairo_get_target (cr));
  return type == CAIRO_SURFACE_TYPE_IMAGE || type == CAIRO_SURFACE_TYPE_RECORDING;
}

static void paint_labels (HashiyaNetworkScene *self,
                          HashiyaPainter      *painter);

/* The same lines, arrowheads and nodes as paint_lines () and
 * paint_nodes (), into the layer's pixels, and the labels over them:
 * painted at once, and kept for hashiya_network_scene_draw_preview (). */
static void
render_layer (HashiyaNetworkScene *self,
              cairo_t             *cr)
{
  const HashiyaPalette *palette = self->frame.palette;
  g_autoptr(HashiyaPainter) layer_painter = NULL;
  cairo_t *layer_cr;
  double s = self->frame.scale, scale_x = 1, scale_y = 1, dashes[2];
  HashiyaRaster raster;
  int width, height;

  cairo_surface_get_device_scale (cairo_get_target (cr), &scale_x, &scale_y);
  width = (int) ceil (self->frame.width * scale_x);
  height = (int) ceil (self->frame.height * scale_y);
  if (self->layer == NULL || cairo_image_surface_get_width (self->layer) != width ||
      cairo_image_surface_get_height (self->layer) != height)
    {
      g_clear_pointer (&self->layer, cairo_surface_destroy);
      self->layer = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_surface_set_device_scale (self->layer, scale_x, scale_y);
    }
  hashiya_raster_begin (&raster, self->layer, scale_x);
  hashiya_frame_dash (&self->frame, dashes);

  for (guint k = 0; k < self->n_edges; k++)
    {
      guint i = self->edge_order[k];
      HashiyaNetworkEdge *edge = EDGE (self, i);
      Line *line = &self->lines[i];
      guint color = edge->type != NULL ? edge->quad_class : COMENTION_COLOR;
      gboolean dashed = _hashiya_network_scene_line_style (self, i, line->width) & 1;
      const HashiyaRgba transparent = { 0, 0, 0, 0 };

      if (!line->visible)
        continue;
      if (line->loop)
        {
          hashiya_raster_disc (&raster, line->loop_x, line->loop_y, line->loop_r, &transparent, &self->colors[color],
                               line->width);
          continue;
        }
      if (self->slots[i] == 1)
        hashiya_raster_line (&raster, line->sx, line->sy, line->ex, line->ey, line->width, &self->colors[color],
                             dashed ? dashes[0] : 0, dashes[1]);
      else
        for (int step = 0; step < 8; step++)
          {
            double t0 = step / 8.0, t1 = (step + 1) / 8.0, u0 = 1 - t0, u1 = 1 - t1;

            hashiya_raster_line (&raster,
                                 u0 * u0 * line->sx + 2 * u0 * t0 * line->cx + t0 * t0 * line->ex,
                                 u0 * u0 * line->sy + 2 * u0 * t0 * line->cy + t0 * t0 * line->ey,
                                 u1 * u1 * line->sx + 2 * u1 * t1 * line->cx + t1 * t1 * line->ex,
                                 u1 * u1 * line->sy + 2 * u1 * t1 * line->cy + t1 * t1 * line->ey,
                                 line->width, &self->colors[color], dashed ? dashes[0] : 0, dashes[1]);
          }
      if (edge->directed)
        {
          double ux = line->tip_x - line->ex, uy = line->tip_y - line->ey, length = hypot (ux, uy);
          double arrow = _hashiya_network_scene_arrow_length (self, line->width), half = arrow * 0.45;
          HashiyaRgba solid = self->colors[color];

          if (length < 1e-9)
            continue;
          ux /= length, uy /= length;
          solid.alpha = _hashiya_network_scene_arrow_alpha (self);
          hashiya_raster_polygon (&raster, (double[]) {
                                    line->tip_x, line->tip_y,
                                    line->tip_x - ux * arrow - uy * half, line->tip_y - uy * arrow + ux * half,
                                    line->tip_x - ux * arrow + uy * half, line->tip_y - uy * arrow - ux * half,
                                  }, 3, &solid, NULL, 0);
        }
    }

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      HashiyaNetworkNode *node = NODE (self, i);
      double points[16];
      HashiyaRgba color;
      int n;

      if (!_hashiya_network_scene_intersects (self->px[i] - self->r[i], self->py[i] - self->r[i], self->px[i] + self->r[i],
                       self->py[i] + self->r[i], self->frame.width, self->frame.height))
        continue;
      if (!hashiya_rgba_parse (&color, hashiya_actor_get_color (node->actor)))
        color = palette->muted;
      n = hashiya_frame_shape_points (hashiya_actor_get_kind (node->actor), self->px[i], self->py[i], self->r[i], points);
      if (n == 0)
        hashiya_raster_disc (&raster, self->px[i], self->py[i], self->r[i], &color, &palette->outline,
                             1.5 * s * palette->line);
      else
        hashiya_raster_polygon (&raster, points, n, &color, &palette->outline, 1.5 * s * palette->line);
      if (node->pinned)
        {
          const HashiyaRgba transparent = { 0, 0, 0, 0 };

          hashiya_raster_disc (&raster, self->px[i], self->py[i], self->r[i] + 2.5 * s, &transparent,
                               &palette->foreground, 1 * s);
        }
    }

  cairo_surface_mark_dirty (self->layer);

  /* The labels over them, with Pango, in the same layer. */
  layer_cr = cairo_create (self->layer);
  layer_painter = hashiya_painter_new_for_cairo (layer_cr);
  paint_labels (self, layer_painter);
  cairo_destroy (layer_cr);
  self->layer_zoom = self->zoom;
  self->layer_pan_x = self->pan_x;
  self->layer_pan_y = self->pan_y;
  self->layer_ready = TRUE;
}

static void
paint_labels (HashiyaNetworkScene *self,
              HashiyaPainter      *painter)
{
  const HashiyaPalette *palette = self->frame.palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  HashiyaRgba halo = palette->background;

  halo.alpha = 0.75;
  for (guint i = 0; i < self->n_nodes; i++)
    if (self->label_shown[i])
      cairo_rectangle (cr, self->label_box[i].x - 1, self->label_box[i].y, self->label_box[i].width + 2,
                       self->label_box[i].height);
  hashiya_painter_fill (painter, &halo, FALSE);
  for (guint i = 0; i < self->n_nodes; i++)
    if (self->label_shown[i])
      hashiya_painter_show_layout (painter, self->labels[i], self->label_box[i].x, self->label_box[i].y,
                                   &palette->foreground);
}

static void
paint (HashiyaPainter *painter,
       double          width,
       double          height,
       gpointer        data)
{
  HashiyaNetworkScene *self = data;
  cairo_rectangle_t plot;
  cairo_t *cr;

  hashiya_frame_paint (&self->frame, painter);
  hashiya_frame_get_plot (&self->frame, &plot);
  if (self->message != NULL)
    {
      hashiya_frame_paint_message (&self->frame, painter, self->message, plot.y + plot.height / 2);
      return;
    }
  _hashiya_network_scene_place (self);
  cr = hashiya_painter_get_cairo (painter);
  if (use_raster (self, cr))
    {
      render_layer (self, cr);
      cairo_save (cr);
      cairo_set_source_surface (cr, self->layer, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      return;
    }
  paint_lines (self, painter);
  paint_nodes (self, painter);
  paint_labels (self, painter);
}

/**
 * hashiya_network_scene_draw:
 *
 * Draws the picture on @cr, from 0, 0 to the scene's size.
 */
void
hashiya_network_scene_draw (HashiyaNetworkScene *self,
                            cairo_t             *cr)
{
  g_autoptr(HashiyaPainter) painter = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  painter = hashiya_painter_new_for_cairo (cr);
  paint (painter, self->frame.width, self->frame.height, self);
  cairo_restore (cr);
}

/**
 * hashiya_network_scene_draw_preview:
 *
 * Draws the picture on @cr as hashiya_network_scene_draw() last drew
 * it, moved and scaled to the view set since: a frame of a pan or a zoom
 * in a few milliseconds whatever the network's size, its lines and labels
 * a little blurred while zoomed. Draw it with hashiya_network_scene_draw()
 * once the gesture ends, and after nodes move. A small network (up to 400
 * edges and 300 nodes) is drawn anew each time.
 */
void
hashiya_network_scene_draw_preview (HashiyaNetworkScene *self,
                                    cairo_t             *cr)
{
  g_autoptr(HashiyaPainter) painter = NULL;
  cairo_rectangle_t inner, plot;
  double factor;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (!self->layer_ready || self->message != NULL || !use_raster (self, cr))
    {
      hashiya_network_scene_draw (self, cr);
      return;
    }
  cairo_save (cr);
  painter = hashiya_painter_new_for_cairo (cr);
  hashiya_frame_paint (&self->frame, painter);
  hashiya_frame_get_plot (&self->frame, &plot);
  _hashiya_network_scene_get_inner (self, &inner);
  /* A point drawn at p is now at centre + pan + factor (p - centre - old pan). */
  factor = self->zoom / self->layer_zoom;
  cairo_rectangle (cr, plot.x, plot.y, plot.width, plot.height);
  cairo_clip (cr);
  cairo_translate (cr, inner.x + inner.width / 2 + self->pan_x, inner.y + inner.height / 2 + self->pan_y);
  cairo_scale (cr, factor, factor);
  cairo_translate (cr, -(inner.x + inner.width / 2 + self->layer_pan_x), -(inner.y + inner.height / 2 + self->layer_pan_y));
  cairo_set_source_surface (cr, self->layer, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * hashiya_network_scene_render:
 *
 * Returns: (transfer full) (nullable): the picture as a PNG, SVG or PDF
 *   file of the scene's size
 */
GBytes *
hashiya_network_scene_render (HashiyaNetworkScene   *self,
                              HashiyaPictureFormat   format,
                              GError               **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  title = hashiya_network_scene_dup_title (self);
  return hashiya_picture_render (paint, self, self->frame.width, self->frame.height, format, title, error);
}
