/* hashiya-network-scene-place.c — where the nodes, lines and labels of a
 * network's picture go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Node centres go inside the plot, less room for the nodes and their
 * labels. When some actors of a network have links and some have none,
 * those without (up to 60 of them) stand in rows at the foot of the
 * plot, most mentions first from the side the names are read from, each
 * with its label under it, and the linked part is fitted to the rest:
 * it is the picture, and isolated actors no longer take its room. In a
 * network of up to 60 actors, nodes are made smaller where the picture
 * would put two of them over each other.
 *
 * An edge is a straight line between its nodes' rims, or a bow when its
 * pair has several, or a ring above its node for a loop. Each label is
 * put beside its node (see hashiya-network-scene.c for the order), kept
 * in a grid of cells to find what it would cover; in a small network,
 * when no place is free, the one that covers the fewest nodes.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hashiya-network-scene-place.h"

/* How much more a fitted picture may scale along one axis. */
#define STRETCH 1.5

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

  if (self->keep_inner)
    {
      *inner = self->kept_inner;
      return;
    }
  hashiya_frame_get_plot (&self->frame, inner);
  inner->height -= self->tray_height;
  /* A small network's names may stand at the side of its nodes. */
  if (self->n_nodes <= SMALL_NETWORK)
    pad_x = MAX (pad_x, self->max_label_width / 2 + 4 * s);
  pad_x = MIN (pad_x, inner->width / 3);
  pad_y = MIN (pad_y, inner->height / 3);
  inner->x += pad_x;
  inner->y += pad_y;
  inner->width -= 2 * pad_x;
  inner->height -= 2 * pad_y;
}

/* Layout units to the picture at no zoom: a scale and the centres. */
/* The fitted box along the picture's axes: the layout's x and y, or,
 * turned, its y to the right and its x upwards. */
static void
picture_box (HashiyaNetworkScene *self,
             double              *box)
{
  if (!self->turned)
    {
      memcpy (box, self->fit, 4 * sizeof (double));
      return;
    }
  box[0] = self->fit[1], box[1] = -self->fit[2], box[2] = self->fit[3], box[3] = -self->fit[0];
}

static double
scale_for (double                   width,
           double                   height,
           const cairo_rectangle_t *inner)
{
  if (width <= 1e-9 && height <= 1e-9)
    return 1;
  return MIN (width > 1e-9 ? inner->width / width : G_MAXDOUBLE, height > 1e-9 ? inner->height / height : G_MAXDOUBLE);
}

/* Layout units to the picture at no zoom: a scale along each axis, and
 * the centres. The box keeps its shape, but may stretch by half along
 * the picture's longer side to fill more of it. */
void
_hashiya_network_scene_base_scales (HashiyaNetworkScene *self,
                                    cairo_rectangle_t   *inner,
                                    double              *kx,
                                    double              *ky)
{
  double box[4], width, height, k;

  picture_box (self, box);
  _hashiya_network_scene_get_inner (self, inner);
  width = box[2] - box[0], height = box[3] - box[1];
  k = scale_for (width, height, inner);
  *kx = width > 1e-9 ? MIN (inner->width / width, STRETCH * k) : k;
  *ky = height > 1e-9 ? MIN (inner->height / height, STRETCH * k) : k;
}

/* Layout units along the picture's axes, turned or not. */
static void
turn (HashiyaNetworkScene *self,
      double               layout_x,
      double               layout_y,
      double              *u,
      double              *v)
{
  *u = self->turned ? layout_y : layout_x;
  *v = self->turned ? -layout_x : layout_y;
}

/* A long layout in a picture of the other shape is drawn a quarter turn
 * round, when that draws it at least 15% bigger: a force layout means
 * nothing by its directions. */
void
_hashiya_network_scene_choose_turn (HashiyaNetworkScene *self)
{
  cairo_rectangle_t inner;
  double dx = self->fit[2] - self->fit[0], dy = self->fit[3] - self->fit[1];

  self->turned = FALSE;
  _hashiya_network_scene_get_inner (self, &inner);
  self->turned = scale_for (dy, dx, &inner) > 1.15 * scale_for (dx, dy, &inner);
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
  double kx, ky, box[4], u, v;

  _hashiya_network_scene_base_scales (self, &inner, &kx, &ky);
  picture_box (self, box);
  turn (self, layout_x, layout_y, &u, &v);
  *x = inner.x + inner.width / 2 + self->pan_x + kx * self->zoom * (u - (box[0] + box[2]) / 2);
  *y = inner.y + inner.height / 2 + self->pan_y + ky * self->zoom * (v - (box[1] + box[3]) / 2);
}

void
_hashiya_network_scene_to_layout (HashiyaNetworkScene *self,
                                  double               x,
                                  double               y,
                                  double              *layout_x,
                                  double              *layout_y)
{
  cairo_rectangle_t inner;
  double kx, ky, box[4], u, v;

  _hashiya_network_scene_base_scales (self, &inner, &kx, &ky);
  picture_box (self, box);
  u = (box[0] + box[2]) / 2 + (x - inner.x - inner.width / 2 - self->pan_x) / (kx * self->zoom);
  v = (box[1] + box[3]) / 2 + (y - inner.y - inner.height / 2 - self->pan_y) / (ky * self->zoom);
  *layout_x = self->turned ? -v : u;
  *layout_y = self->turned ? u : v;
}

/* Whether node @i stands in the row of actors without links. */
gboolean
_hashiya_network_scene_in_tray (HashiyaNetworkScene *self,
                                guint                i)
{
  return self->tray_height > 0 && self->isolated[i] && !NODE (self, i)->pinned;
}

static double
node_radius (HashiyaNetworkScene *self,
             guint                i)
{
  return MAX (self->r_min, self->r_max * self->size[i]);
}

/* The rows of actors without links, at the foot of the plot: none when
 * all actors or none have links, when there are more than 60 of them, or
 * when the rows would take more than a third of the plot. */
void
_hashiya_network_scene_arrange_tray (HashiyaNetworkScene *self)
{
  cairo_rectangle_t plot;
  double s = self->frame.scale, gap = 12 * s, r_top = 0, row_height, x = 0, top;
  g_autofree guint *row_of = NULL;
  guint n_rows = 1, in_row = 0;

  self->tray_height = 0;
  if (self->n_isolated == 0 || self->n_isolated == self->n_nodes || self->n_isolated > SMALL_NETWORK)
    return;
  hashiya_frame_get_plot (&self->frame, &plot);
  for (guint i = 0; i < self->n_nodes; i++)
    if (self->isolated[i])
      r_top = MAX (r_top, node_radius (self, i));
  row_height = 2 * r_top + 3 * s + self->max_label_height + gap;

  /* Rows filled in order of mentions, each item as wide as its node or
   * its label; then each row centred. */
  row_of = g_new0 (guint, self->n_nodes);
  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      double width;

      if (!self->isolated[i])
        continue;
      width = MAX (2 * node_radius (self, i), self->label_width[i]) + gap;
      if (in_row > 0 && x + width > plot.width)
        {
          n_rows++;
          in_row = 0;
          x = 0;
        }
      self->tray_x[i] = x + width / 2;
      row_of[i] = n_rows - 1;
      x += width;
      in_row++;
    }
  if (n_rows * row_height > plot.height / 3)
    return;
  self->tray_height = n_rows * row_height;
  top = plot.y + plot.height - self->tray_height;
  for (guint row = 0; row < n_rows; row++)
    {
      double left = G_MAXDOUBLE, right = -G_MAXDOUBLE, shift;

      for (guint i = 0; i < self->n_nodes; i++)
        if (self->isolated[i] && row_of[i] == row)
          {
            double half = MAX (node_radius (self, i), self->label_width[i] / 2) + gap / 2;

            left = MIN (left, self->tray_x[i] - half);
            right = MAX (right, self->tray_x[i] + half);
          }
      shift = plot.x + (plot.width - (right - left)) / 2 - left;
      for (guint i = 0; i < self->n_nodes; i++)
        if (self->isolated[i] && row_of[i] == row)
          {
            self->tray_x[i] += shift;
            /* Read from the right in an Arabic picture. */
            if (self->options->arabic)
              self->tray_x[i] = 2 * plot.x + plot.width - self->tray_x[i];
            self->tray_y[i] = top + row * row_height + gap / 2 + r_top;
          }
    }
}

/* In a small network, nodes that the fitted picture (no zoom) would
 * draw over each other are made smaller, down to the smallest size: the
 * same size at every zoom. */
static void
keep_nodes_apart (HashiyaNetworkScene *self)
{
  cairo_rectangle_t inner;
  double factor = 1, kx, ky;

  if (self->n_nodes > SMALL_NETWORK)
    return;
  _hashiya_network_scene_base_scales (self, &inner, &kx, &ky);
  for (guint i = 0; i < self->n_nodes; i++)
    for (guint j = i + 1; j < self->n_nodes; j++)
      {
        HashiyaNetworkNode *a = NODE (self, i), *b = NODE (self, j);
        double du, dv, distance;

        turn (self, a->x - b->x, a->y - b->y, &du, &dv);
        distance = hypot (kx * du, ky * dv);

        if (!_hashiya_network_scene_in_tray (self, i) && !_hashiya_network_scene_in_tray (self, j) &&
            self->r[i] + self->r[j] > 0)
          factor = MIN (factor, 0.8 * distance / (self->r[i] + self->r[j]));
      }
  if (factor >= 1)
    return;
  for (guint i = 0; i < self->n_nodes; i++)
    self->r[i] = MAX (self->r_min, self->r[i] * factor);
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

/* What @box would cover: a node counts for four labels. MET is a mark
 * for each node and label, all clear. */
static guint
box_cost (HashiyaNetworkScene *self,
          const Box           *box,
          guint8              *met)
{
  int c0 = (int) floor (box->x / self->cell), c1 = (int) floor ((box->x + box->width) / self->cell);
  int r0 = (int) floor (box->y / self->cell), r1 = (int) floor ((box->y + box->height) / self->cell);
  guint cost = 0;

  for (int pass = 0; pass < 2; pass++)
    for (int row = MAX (r0, 0); row <= MIN (r1, (int) self->rows - 1); row++)
      for (int column = MAX (c0, 0); column <= MIN (c1, (int) self->columns - 1); column++)
        {
          GArray *cell = self->cells[row * self->columns + column];

          for (guint i = 0; i < cell->len; i++)
            {
              Box *other = &g_array_index (cell, Box, i);
              guint mark = 2 * other->owner + (other->node ? 1 : 0);

              if (pass == 1)
                met[mark] = 0;  /* cleared for the next box */
              else if (!met[mark] && box->x < other->x + other->width && other->x < box->x + box->width &&
                       box->y < other->y + other->height && other->y < box->y + box->height)
                {
                  met[mark] = 1;
                  cost += other->node ? 4 : 1;
                }
            }
        }
  return cost;
}

/* Beside its node, where nothing else is, inside the plot. */
static void
place_labels (HashiyaNetworkScene *self)
{
  cairo_rectangle_t plot;
  double gap = 3 * self->frame.scale;
  gboolean small = self->n_nodes <= SMALL_NETWORK;
  g_autofree guint8 *met = small ? g_new0 (guint8, 2 * MAX (self->n_nodes, 1)) : NULL;

  hashiya_frame_get_plot (&self->frame, &plot);
  for (guint i = 0; i < self->columns * self->rows; i++)
    g_array_set_size (self->cells[i], 0);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      Box box = { self->px[i] - self->r[i], self->py[i] - self->r[i], 2 * self->r[i], 2 * self->r[i], i, TRUE };

      self->label_shown[i] = FALSE;
      add_box (self, &box);
    }

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      double w = self->label_width[i], h = self->label_height[i], x = self->px[i], y = self->py[i], r = self->r[i];
      /* Below, above, at either side, at the corners, a line further
       * below or above, at either side a line lower or higher. */
      Box candidates[14] = {
        { x - w / 2, y + r + gap, w, h, i, FALSE },
        { x - w / 2, y - r - gap - h, w, h, i, FALSE },
        { x + r + gap, y - h / 2, w, h, i, FALSE },
        { x - r - gap - w, y - h / 2, w, h, i, FALSE },
        { x + r + gap, y + r + gap, w, h, i, FALSE },
        { x - r - gap - w, y + r + gap, w, h, i, FALSE },
        { x + r + gap, y - r - gap - h, w, h, i, FALSE },
        { x - r - gap - w, y - r - gap - h, w, h, i, FALSE },
        { x - w / 2, y + r + 2 * gap + h, w, h, i, FALSE },
        { x - w / 2, y - r - 2 * gap - 2 * h, w, h, i, FALSE },
        { x + r + gap, y + h / 2, w, h, i, FALSE },
        { x - r - gap - w, y + h / 2, w, h, i, FALSE },
        { x + r + gap, y - 3 * h / 2, w, h, i, FALSE },
        { x - r - gap - w, y - 3 * h / 2, w, h, i, FALSE },
      };
      const Box *fallback = NULL;
      guint fallback_cost = G_MAXUINT;

      if (!_hashiya_network_scene_intersects (x - r, y - r, x + r, y + r, self->frame.width, self->frame.height))
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          Box *box = &candidates[c];

          guint cost;

          /* Above or below may slide along to stay inside; never
           * across its node, which it is above or below. */
          if (c < 2 || c == 8 || c == 9)
            box->x = CLAMP (box->x, plot.x, MAX (plot.x + plot.width - w, plot.x));
          if (box->x < plot.x - 0.01 || box->x + w > plot.x + plot.width + 0.01 ||
              box->y < plot.y - 0.01 || box->y + h > plot.y + plot.height + 0.01)
            continue;
          if (box_is_free (self, box))
            {
              fallback = box;
              break;
            }
          if (!small)
            continue;
          cost = box_cost (self, box, met);
          if (cost < fallback_cost)
            fallback = box, fallback_cost = cost;
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

      if (_hashiya_network_scene_in_tray (self, i))
        self->px[i] = self->tray_x[i], self->py[i] = self->tray_y[i];
      else
        _hashiya_network_scene_to_picture (self, node->x, node->y, &self->px[i], &self->py[i]);
      self->r[i] = node_radius (self, i);
    }
  keep_nodes_apart (self);
  place_lines (self);
  place_labels (self);
}
