/* hashiya-relation-arcs-draw.c — the arcs drawn, as laid out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each arc is a line with rounded corners over a halo of the page's
 * colour, dotted for a suggestion and dashed for a hypothetical relation,
 * with an arrowhead on its target, markers at the edges of the view where
 * an end is out of view, and its label in a rounded box; the selected arc
 * is drawn last, over the others.
 */

#define G_LOG_DOMAIN "hashiya-relation-arcs"

#include "config.h"

#include <math.h>

#include "hashiya-relation-arcs-private.h"

#define CORNER 5.0
#define ARROW_HALF_WIDTH 4.0

static GdkRGBA
page_color (HashiyaRelationArcs *self)
{
  /* libadwaita's view background, light and dark. */
  return self->dark ? (GdkRGBA) { 0.118, 0.118, 0.118, 1.0 } : (GdkRGBA) { 1.0, 1.0, 1.0, 1.0 };
}

/* @points as a line whose corners are rounded. */
static void
trace (cairo_t                *cr,
       const graphene_point_t *points,
       guint                   n,
       double                  shorten_end)
{
  graphene_point_t last = points[n - 1];

  if (shorten_end > 0 && n >= 2)
    {
      double dx = points[n - 1].x - points[n - 2].x, dy = points[n - 1].y - points[n - 2].y;
      double length = hypot (dx, dy);

      if (length > shorten_end)
        {
          last.x -= dx / length * shorten_end;
          last.y -= dy / length * shorten_end;
        }
    }

  cairo_move_to (cr, points[0].x, points[0].y);
  for (guint i = 1; i + 1 < n; i++)
    {
      const graphene_point_t *a = &points[i - 1], *c = &points[i], *b = &points[i + 1];
      double in = hypot (c->x - a->x, c->y - a->y), out = hypot (b->x - c->x, b->y - c->y);
      double r = MIN (CORNER, MIN (in, out) / 2.0);

      if (in == 0 || out == 0)
        continue;
      cairo_line_to (cr, c->x - (c->x - a->x) / in * r, c->y - (c->y - a->y) / in * r);
      cairo_curve_to (cr, c->x, c->y, c->x, c->y, c->x + (b->x - c->x) / out * r, c->y + (b->y - c->y) / out * r);
    }
  cairo_line_to (cr, last.x, last.y);
}

/* A filled triangle with its tip at @tip, pointing along (@dx, @dy). */
static void
triangle (cairo_t *cr,
          double   x,
          double   y,
          double   dx,
          double   dy,
          double   length,
          double   half_width)
{
  double norm = hypot (dx, dy);

  if (norm == 0)
    return;
  dx /= norm;
  dy /= norm;
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x - dx * length + dy * half_width, y - dy * length - dx * half_width);
  cairo_line_to (cr, x - dx * length - dy * half_width, y - dy * length + dx * half_width);
  cairo_close_path (cr);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_arc (HashiyaRelationArcs *self,
          cairo_t             *cr,
          const Arc           *arc)
{
  GdkRGBA page = page_color (self);
  GdkRGBA color = arc->info.color;
  double width = arc->info.selected ? 2.6 : 1.6;
  double alpha = arc->info.dotted ? 0.6 : arc->preview ? 0.7 : 1.0;
  const graphene_point_t *p = arc->points;
  guint n = arc->n_points;

  if (n < 2)
    return;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* A halo of the page's colour keeps an arc apart from those it
   * crosses. */
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_source_rgba (cr, page.red, page.green, page.blue, 0.85);
  cairo_set_line_width (cr, width + 3.0);
  trace (cr, p, n, arc->arrow ? ARROW_LENGTH : 0);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
  cairo_set_line_width (cr, width);
  if (arc->info.dotted)
    {
      static const double dots[] = { 0.1, 4.0 };

      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0);
      cairo_set_line_width (cr, width + 0.6);
    }
  else if (arc->info.dashed)
    {
      static const double dashes[] = { 6.0, 3.5 };

      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
    }
  else
    cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  trace (cr, p, n, arc->arrow ? ARROW_LENGTH - 1.0 : 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (arc->arrow)
    {
      triangle (cr, p[n - 1].x, p[n - 1].y, p[n - 1].x - p[n - 2].x, p[n - 1].y - p[n - 2].y,
                ARROW_LENGTH + (arc->info.selected ? 1.5 : 0), ARROW_HALF_WIDTH + (arc->info.selected ? 1.0 : 0));
      cairo_fill (cr);
    }
  /* The way to an end out of view: a marker at the edge, pointing out. */
  if (arc->first_marker != HASHIYA_ARC_EDGE_NONE)
    {
      triangle (cr, p[0].x, p[0].y, 0, arc->first_marker == HASHIYA_ARC_EDGE_TOP ? -1 : 1, 6.0, 5.0);
      cairo_fill (cr);
    }
  if (arc->last_marker != HASHIYA_ARC_EDGE_NONE)
    {
      triangle (cr, p[n - 1].x, p[n - 1].y, 0, arc->last_marker == HASHIYA_ARC_EDGE_TOP ? -1 : 1, 6.0, 5.0);
      cairo_fill (cr);
    }

  if (arc->label != NULL)
    {
      double x = arc->label_x - arc->label_width / 2.0, y = arc->label_y - arc->label_height / 2.0;

      rounded_rect (cr, x, y, arc->label_width, arc->label_height, arc->label_height / 2.0);
      if (arc->info.selected)
        cairo_set_source_rgba (cr, color.red, color.green, color.blue, 1.0);
      else
        cairo_set_source_rgba (cr, page.red, page.green, page.blue, 1.0);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
}

/**
 * hashiya_relation_arcs_snapshot:
 *
 * Draws the arcs as last laid out, in the view's buffer coordinates (as
 * GtkTextView's snapshot_layer draws).
 */
void
hashiya_relation_arcs_snapshot (HashiyaRelationArcs *self,
                                GtkSnapshot         *snapshot)
{
  GdkRectangle visible;
  graphene_rect_t bounds;
  cairo_t *cr;
  GdkRGBA page;

  g_return_if_fail (self != NULL);

  if (self->arcs->len == 0)
    return;

  gtk_text_view_get_visible_rect (self->view, &visible);
  bounds = GRAPHENE_RECT_INIT (visible.x, visible.y, visible.width, visible.height);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  /* The selected arc last, over the others. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->arcs->len; i++)
      {
        const Arc *arc = &g_array_index (self->arcs, Arc, i);

        if (arc->info.selected == (pass == 1))
          draw_arc (self, cr, arc);
      }
  cairo_destroy (cr);

  page = page_color (self);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->arcs->len; i++)
      {
        const Arc *arc = &g_array_index (self->arcs, Arc, i);
        GdkRGBA ink;

        if (arc->label == NULL || arc->info.selected != (pass == 1))
          continue;
        ink = arc->info.selected ? page : arc->info.color;
        if (arc->info.dotted && !arc->info.selected)
          ink.alpha = 0.75;
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (arc->label_x - arc->label_width / 2.0 + LABEL_PAD_X,
                                                                arc->label_y - arc->label_height / 2.0 + LABEL_PAD_Y));
        gtk_snapshot_append_layout (snapshot, arc->label, &ink);
        gtk_snapshot_restore (snapshot);
      }
}
