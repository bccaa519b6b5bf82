/* hashiya-network-scene-place.c — where the nodes, lines and labels of a
 * network's picture go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Node centres go inside the plot, less room for the nodes and their
 * labels; an edge is a straight line between its nodes' rims, or a bow
 * when its pair has several, or a ring above its node for a loop. Each
 * label is put beside its node (see hashiya-network-scene.c for the
 * order), kept in a grid of cells to find what it would cover.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hashiya-network-scene-place.h"

/* Edges of one style are drawn at once: its width, colour and dashes. */
guint
_hashiya_network_scene_line_style (HashiyaNetworkScene *self,
                                   guint                i,
                                   double               width)
{
  HashiyaNetworkEdge *edge = EDGE (self, i);
  guint color = edge->type != NULL ? edge->quad_class : COMENTION_COLOR;
  gboolean dashed = edge->type != NULL && (edge->quad_class == HASHIYA_QUAD_CLASS_VERBAL_COOPERATION ||
                                           edge->quad_class == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT);

  return (guint) lround (width * 2) << 4 | color << 1 | dashed;
}

/* In proportion to the count: 2.5 a link, less when the strongest edge
 * would be wider than 9, half as much in a network of more than a
 * thousand edges, where thick lines would hide each other. */
double
_hashiya_network_scene_edge_width (HashiyaNetworkScene *self,
                                   guint                count)
{
  double s = self->frame.scale * self->frame.palette->line;
  double unit = MIN (2.5, 9.0 / MAX (self->max_count, 1)) * (self->n_edges > 1000 ? 0.5 : 1);

  return CLAMP (unit * count, 0.75, 9.0) * s;
}

/* Arrowheads: smaller and as see-through as the lines in a network of
 * more than 300 edges, where they would cover the nodes. */
double
_hashiya_network_scene_arrow_length (HashiyaNetworkScene *self,
                                     double               width)
{
  return (self->n_edges > 300 ? 4.0 : 7.0) * self->frame.scale + 1.6 * width;
}

double
_hashiya_network_scene_arrow_alpha (HashiyaNetworkScene *self)
{
  return self->n_edges > 300 ? self->colors[0].alpha : 1;
}

/* Where node centres may go: the plot, less room for the nodes and a
 * line of label above and below. */
void
_hashiya_network_scene_get_inner (HashiyaNetworkScene *self,
                                  cairo_rectangle_t   *inner)
{
  double s = self->frame.scale;
  double pad_x = self->r_max + 8 * s, pad_y = self->r_max + self->max_label_height + 6 * s;

  hashiya_frame_get_plot (&self->frame, inner);
  pad_x = MIN (pad_x, inner->width / 3);
  pad_y = MIN (pad_y, inner->height / 3);
  inner->x += pad_x;
  inner->y += pad_y;
  inner->width -= 2 * pad_x;
  inner->height -= 2 * pad_y;
}

/* Layout units to the picture at no zoom: a scale and the centres. */
double
_hashiya_network_scene_base_scale (HashiyaNetworkScene *self,
                                   cairo_rectangle_t   *inner)
{
  double dx = self->fit[2] - self->fit[0], dy = self->fit[3] - self->fit[1];

  _hashiya_network_scene_get_inner (self, inner);
  if (dx <= 1e-9 && dy <= 1e-9)
    return 1;
  return MIN (dx > 1e-9 ? inner->width / dx : G_MAXDOUBLE, dy > 1e-9 ? inner->height / dy : G_MAXDOUBLE);
}

/* Layout units to the picture, zoomed and panned. */
void
_hashiya_network_scene_to_picture (HashiyaNetworkScene *self,
                                   double               layout_x,
                                   double               layout_y,
                                   double              *x,
                                   double              *y)
{
  cairo_rectangle_t inner;
  double k = _hashiya_network_scene_base_scale (self, &inner) * self->zoom;

  *x = inner.x + inner.width / 2 + self->pan_x + k * (layout_x - (self->fit[0] + self->fit[2]) / 2);
  *y = inner.y + inner.height / 2 + self->pan_y + k * (layout_y - (self->fit[1] + self->fit[3]) / 2);
}

/* From the centre of a node of radius R at X, Y towards TX, TY, the
 * point on its edge. */
static void
on_edge (double  x,
         double  y,
         double  r,
         double  tx,
         double  ty,
         double *ox,
         double *oy)
{
  double dx = tx - x, dy = ty - y, length = hypot (dx, dy);

  if (length < 1e-9)
    {
      *ox = x, *oy = y;
      return;
    }
  *ox = x + dx / length * r;
  *oy = y + dy / length * r;
}

static void
place_lines (HashiyaNetworkScene *self)
{
  double s = self->frame.scale;

  for (guint i = 0; i < self->n_edges; i++)
    {
      HashiyaNetworkEdge *edge = EDGE (self, i);
      Line *line = &self->lines[i];
      guint a = edge->source->position, b = edge->target->position;
      double ax = self->px[a], ay = self->py[a], bx = self->px[b], by = self->py[b];
      double width = _hashiya_network_scene_edge_width (self, edge->count);

      memset (line, 0, sizeof *line);
      line->width = width;
      if (a == b)
        {
          line->loop = TRUE;
          line->loop_r = self->r[a] * 0.55 + 5 * s + 4 * s * self->slot[i];
          line->loop_x = ax;
          line->loop_y = ay - self->r[a] - line->loop_r * 0.45;
          line->visible = _hashiya_network_scene_intersects (line->loop_x - line->loop_r, line->loop_y - line->loop_r,
                                      line->loop_x + line->loop_r, line->loop_y + line->loop_r,
                                      self->frame.width, self->frame.height);
          continue;
        }
      else
        {
          /* Bows: offsets across the line from the lower node to the
           * higher, whichever way the edge goes. */
          guint low = MIN (a, b);
          double lx = self->px[low], ly = self->py[low];
          double hx = low == a ? bx : ax, hy = low == a ? by : ay;
          double dx = hx - lx, dy = hy - ly, length = hypot (dx, dy);
          double offset = ((double) self->slot[i] - (self->slots[i] - 1) / 2.0) * 14 * s;
          double arrow, ux, uy;

          if (length <= self->r[a] + self->r[b] + 1)
            continue;  /* the nodes overlap: no room for a line */
          line->cx = (ax + bx) / 2 - dy / length * offset * 2;
          line->cy = (ay + by) / 2 + dx / length * offset * 2;
          on_edge (ax, ay, self->r[a] + 1.5 * s, line->cx, line->cy, &line->sx, &line->sy);
          on_edge (bx, by, self->r[b] + 1.5 * s, line->cx, line->cy, &line->ex, &line->ey);
          if (edge->directed)
            {
              /* The line stops at the arrowhead's back. */
              arrow = _hashiya_network_scene_arrow_length (self, width);
              line->tip_x = line->ex, line->tip_y = line->ey;
              ux = line->tip_x - line->cx, uy = line->tip_y - line->cy;
              length = hypot (ux, uy);
              line->ex = line->tip_x - ux / length * arrow * 0.8;
              line->ey = line->tip_y - uy / length * arrow * 0.8;
            }
          line->visible = _hashiya_network_scene_intersects (MIN (MIN (line->sx, line->ex), line->cx), MIN (MIN (line->sy, line->ey), line->cy),
                                      MAX (MAX (line->sx, line->ex), line->cx), MAX (MAX (line->sy, line->ey), line->cy),
                                      self->frame.width, self->frame.height);
        }
    }
}

static void
add_box (HashiyaNetworkScene *self,
         const Box           *box)
{
  int c0 = (int) floor (box->x / self->cell), c1 = (int) floor ((box->x + box->width) / self->cell);
  int r0 = (int) floor (box->y / self->cell), r1 = (int) floor ((box->y + box->height) / self->cell);

  for (int row = MAX (r0, 0); row <= MIN (r1, (int) self->rows - 1); row++)
    for (int column = MAX (c0, 0); column <= MIN (c1, (int) self->columns - 1); column++)
      g_array_append_vals (self->cells[row * self->columns + column], box, 1);
}

static gboolean
box_is_free (HashiyaNetworkScene *self,
             const Box           *box)
{
  int c0 = (int) floor (box->x / self->cell), c1 = (int) floor ((box->x + box->width) / self->cell);
  int r0 = (int) floor (box->y / self->cell), r1 = (int) floor ((box->y + box->height) / self->cell);

  for (int row = MAX (r0, 0); row <= MIN (r1, (int) self->rows - 1); row++)
    for (int column = MAX (c0, 0); column <= MIN (c1, (int) self->columns - 1); column++)
      {
        GArray *cell = self->cells[row * self->columns + column];

        for (guint i = 0; i < cell->len; i++)
          {
            Box *other = &g_array_index (cell, Box, i);

            if (box->x < other->x + other->width && other->x < box->x + box->width &&
                box->y < other->y + other->height && other->y < box->y + box->height)
              return FALSE;
          }
      }
  return TRUE;
}

/* Beside its node, where nothing else is, inside the plot. */
static void
place_labels (HashiyaNetworkScene *self)
{
  cairo_rectangle_t plot;
  double gap = 3 * self->frame.scale;
  gboolean small = self->n_nodes <= SMALL_NETWORK;

  hashiya_frame_get_plot (&self->frame, &plot);
  for (guint i = 0; i < self->columns * self->rows; i++)
    g_array_set_size (self->cells[i], 0);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      Box box = { self->px[i] - self->r[i], self->py[i] - self->r[i], 2 * self->r[i], 2 * self->r[i], i };

      self->label_shown[i] = FALSE;
      add_box (self, &box);
    }

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      double w = self->label_width[i], h = self->label_height[i], x = self->px[i], y = self->py[i], r = self->r[i];
      Box candidates[4] = {
        { x - w / 2, y + r + gap, w, h, i },
        { x - w / 2, y - r - gap - h, w, h, i },
        { x + r + gap, y - h / 2, w, h, i },
        { x - r - gap - w, y - h / 2, w, h, i },
      };
      const Box *fallback = NULL;

      if (!_hashiya_network_scene_intersects (x - r, y - r, x + r, y + r, self->frame.width, self->frame.height))
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          Box *box = &candidates[c];

          /* Above or below may slide along to stay inside; never
           * across its node, which it is above or below. */
          if (c < 2)
            box->x = CLAMP (box->x, plot.x, MAX (plot.x + plot.width - w, plot.x));
          if (box->x < plot.x - 0.01 || box->x + w > plot.x + plot.width + 0.01 ||
              box->y < plot.y - 0.01 || box->y + h > plot.y + plot.height + 0.01)
            continue;
          if (fallback == NULL)
            fallback = box;
          if (box_is_free (self, box))
            {
              fallback = box;
              break;
            }
          if (c == G_N_ELEMENTS (candidates) - 1 && !small)
            fallback = NULL;
        }
      if (fallback == NULL)
        continue;
      self->label_box[i] = *fallback;
      self->label_shown[i] = TRUE;
      add_box (self, fallback);
    }
}

void
_hashiya_network_scene_place (HashiyaNetworkScene *self)
{
  for (guint i = 0; i < self->n_nodes; i++)
    {
      HashiyaNetworkNode *node = NODE (self, i);

      _hashiya_network_scene_to_picture (self, node->x, node->y, &self->px[i], &self->py[i]);
      self->r[i] = MAX (self->r_min, self->r_max * self->size[i]);
    }
  place_lines (self);
  place_labels (self);
}
