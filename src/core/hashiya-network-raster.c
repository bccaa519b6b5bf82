/* hashiya-network-raster.c — drawing many lines and shapes straight into
 * the pixels of an image, for the frames of big networks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cairo strokes a line through its general path filler: some tens of
 * microseconds each, seconds for ten thousand edges. A network's frame
 * needs only straight lines, discs and small convex shapes, so they are
 * drawn here into a cairo image surface's pixels, antialiased by their
 * distance to each pixel's centre, and the image is painted in one go.
 * A line costs a few pixels a pixel of its length; a shape the pixels of
 * its box. Colours blend over what is there ("over", premultiplied), as
 * cairo's would. Vector outputs (PDF, SVG) never come here.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hashiya-network-raster.h"

/* Clears @surface (an ARGB32 image) and gets ready to draw in it. */
void
hashiya_raster_begin (HashiyaRaster   *raster,
                      cairo_surface_t *surface,
                      double           scale)
{
  cairo_surface_flush (surface);
  raster->pixels = (guint32 *) cairo_image_surface_get_data (surface);
  raster->stride = cairo_image_surface_get_stride (surface) / 4;
  raster->width = cairo_image_surface_get_width (surface);
  raster->height = cairo_image_surface_get_height (surface);
  raster->scale = scale;
  memset (raster->pixels, 0, (gsize) raster->stride * 4 * raster->height);
}

/* COLOR at COVERAGE (0 to 1) over the pixel at X, Y. */
static inline void
blend (HashiyaRaster     *raster,
       int                x,
       int                y,
       const HashiyaRgba *color,
       double             coverage)
{
  guint32 *pixel, value;
  double alpha, keep;
  guint a, r, g, b;

  if (x < 0 || y < 0 || x >= raster->width || y >= raster->height || coverage <= 0)
    return;
  alpha = color->alpha * MIN (coverage, 1.0);
  keep = 1 - alpha;
  pixel = raster->pixels + (gsize) y * raster->stride + x;
  value = *pixel;
  a = (guint) (alpha * 255 + ((value >> 24) & 0xff) * keep + 0.5);
  r = (guint) (color->red * alpha * 255 + ((value >> 16) & 0xff) * keep + 0.5);
  g = (guint) (color->green * alpha * 255 + ((value >> 8) & 0xff) * keep + 0.5);
  b = (guint) (color->blue * alpha * 255 + (value & 0xff) * keep + 0.5);
  *pixel = MIN (a, 255u) << 24 | MIN (r, 255u) << 16 | MIN (g, 255u) << 8 | MIN (b, 255u);
}

/* A colour premultiplied, 0 to 255 a channel, for blend_fast (). */
typedef struct
{
  guint alpha;
  guint red;
  guint green;
  guint blue;
} Ink;

static void
ink_of (const HashiyaRgba *color,
        Ink               *ink)
{
  ink->alpha = (guint) (color->alpha * 255 + 0.5);
  ink->red = (guint) (color->red * color->alpha * 255 + 0.5);
  ink->green = (guint) (color->green * color->alpha * 255 + 0.5);
  ink->blue = (guint) (color->blue * color->alpha * 255 + 0.5);
}

/* x × y / 255, rounded, for x and y up to 255. */
static inline guint
times (guint x,
       guint y)
{
  guint product = x * y + 128;

  return (product + (product >> 8)) >> 8;
}

/* INK at COVERAGE (0 to 256) over PIXEL, in whole numbers. */
static inline void
blend_fast (guint32    *pixel,
            const Ink  *ink,
            guint       coverage)
{
  guint32 value = *pixel;
  guint alpha = (ink->alpha * coverage) >> 8, keep = 255 - alpha;

  *pixel = (((coverage * ink->alpha) >> 8) + times ((value >> 24) & 0xff, keep)) << 24 |
           (((coverage * ink->red) >> 8) + times ((value >> 16) & 0xff, keep)) << 16 |
           (((coverage * ink->green) >> 8) + times ((value >> 8) & 0xff, keep)) << 8 |
           (((coverage * ink->blue) >> 8) + times (value & 0xff, keep));
}

/* Keeps the part of X0, Y0 – X1, Y1 inside the image, a margin of M
 * around it (Liang–Barsky). Returns FALSE when none is. */
static gboolean
clip_line (HashiyaRaster *raster,
           double        *x0,
           double        *y0,
           double        *x1,
           double        *y1,
           double         m)
{
  double t0 = 0, t1 = 1, dx = *x1 - *x0, dy = *y1 - *y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0 + m, raster->width + m - *x0, *y0 + m, raster->height + m - *y0 };

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
    }
  if (t0 > t1)
    return FALSE;
  *x1 = *x0 + t1 * dx, *y1 = *y0 + t1 * dy;
  *x0 = *x0 + t0 * dx, *y0 = *y0 + t0 * dy;
  return TRUE;
}

/**
 * hashiya_raster_line:
 * @dash_on: with @dash_off, the dashes' lengths; 0: solid
 *
 * A straight line of @width, in the picture's units, with butt ends.
 */
void
hashiya_raster_line (HashiyaRaster     *raster,
                     double             x0,
                     double             y0,
                     double             x1,
                     double             y1,
                     double             width,
                     const HashiyaRgba *color,
                     double             dash_on,
                     double             dash_off)
{
  double s = raster->scale, half, length, dx, dy, period, on, inverse, start_along;
  double start_x = x0 * s, start_y = y0 * s;
  gboolean steep;
  int from, to, major_size, minor_size;
  ptrdiff_t major_step, minor_step;
  Ink ink;

  x0 *= s, y0 *= s, x1 *= s, y1 *= s;
  half = MAX (width * s, 0.8) / 2;
  if (!clip_line (raster, &x0, &y0, &x1, &y1, half + 2))
    return;
  dx = x1 - x0, dy = y1 - y0;
  length = hypot (dx, dy);
  if (length < 1e-6)
    return;
  ink_of (color, &ink);
  inverse = 1 / length;
  period = dash_on > 0 ? (dash_on + dash_off) * s : 0;
  on = dash_on * s;
  start_along = hypot (x0 - start_x, y0 - start_y);
  steep = fabs (dy) > fabs (dx);

  /* Along the longer axis ("major"), a run of pixels across it a step;
   * each pixel covered by its distance to the line, which changes by a
   * constant from one pixel of the run to the next. */
  if (steep)
    {
      double swap;

      swap = x0, x0 = y0, y0 = swap;
      swap = x1, x1 = y1, y1 = swap;
      swap = dx, dx = dy, dy = swap;
      major_size = raster->height, minor_size = raster->width;
      major_step = raster->stride, minor_step = 1;
    }
  else
    {
      major_size = raster->width, minor_size = raster->height;
      major_step = 1, minor_step = raster->stride;
    }
  /* Now x is the major axis: dx the longer, not 0. Everything moves by
   * a constant from one column to the next. */
  {
    double slope = dy / dx, step_along = length / fabs (dx), reach = (half + 0.5) * length / fabs (dx);
    double across = -dx * inverse, distance_step = dy * inverse;
    double first = MIN (x0, x1) - 0.5, last = MAX (x0, x1) + 0.5, cy, along, distance;
    int x;

    from = MAX ((int) floor (first + 0.5), 0);
    to = MIN ((int) floor (last - 0.5), major_size - 1);
    if (from > to)
      return;
    cy = y0 + (from + 0.5 - x0) * slope;
    along = start_along + (from + 0.5 - x0) * (dx > 0 ? step_along : -step_along);
    if (dx < 0)
      step_along = -step_along;
    /* The distance of pixel (x, 0)'s centre to the line. */
    distance = ((from + 0.5 - x0) * dy - (0.5 - y0) * dx) * inverse;
    for (x = from; x <= to; x++, cy += slope, along += step_along, distance += distance_step)
      {
        int y_from, y_to;
        double d;
        guint32 *pixel;

        if (period > 0 && along - floor (along / period) * period > on)
          continue;
        /* The pixels whose centres are within REACH across; the clip
         * keeps CY a few pixels from the edges, above -16. */
        y_from = MAX ((int) (cy - reach - 0.5 + 16) - 15, 0);
        y_to = MIN ((int) (cy + reach - 0.5 + 16) - 16, minor_size - 1);
        d = distance + y_from * across;
        pixel = raster->pixels + (ptrdiff_t) x * major_step + (ptrdiff_t) y_from * minor_step;
        for (int y = y_from; y <= y_to; y++, pixel += minor_step, d += across)
          {
            double coverage = half + 0.5 - fabs (d);

            if (coverage > 0)
              blend_fast (pixel, &ink, coverage >= 1 ? 256 : (guint) (coverage * 256));
          }
      }
  }
}

/* The signed distance from X, Y to a convex polygon, negative inside:
 * NORMALS holds, for each side, its outward unit normal and that normal
 * dotted with a point of the side. */
static double
polygon_distance (const double *normals,
                  int           n_points,
                  double        x,
                  double        y)
{
  double distance = -G_MAXDOUBLE;

  for (int i = 0; i < n_points; i++)
    distance = MAX (distance, x * normals[3 * i] + y * normals[3 * i + 1] - normals[3 * i + 2]);
  return distance;
}

static void
shade (HashiyaRaster     *raster,
       int                x,
       int                y,
       double             distance,
       const HashiyaRgba *fill,
       const HashiyaRgba *outline,
       double             outline_width)
{
  /* The fill to the middle of the outline, the outline over it. */
  blend (raster, x, y, fill, 0.5 - distance);
  if (outline != NULL && outline_width > 0)
    blend (raster, x, y, outline, MIN (0.5 - (distance - outline_width / 2), 0.5 + (distance + outline_width / 2)));
}

/**
 * hashiya_raster_polygon:
 * @points: (array length=n_points): x, y of each corner of a convex shape
 * @outline: (nullable): the colour of its outline, over its edge
 */
void
hashiya_raster_polygon (HashiyaRaster     *raster,
                        const double      *points,
                        int                n_points,
                        const HashiyaRgba *fill,
                        const HashiyaRgba *outline,
                        double             outline_width)
{
  double s = raster->scale, x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE, area = 0;
  g_autofree double *scaled = g_new (double, 2 * n_points);
  g_autofree double *normals = g_new0 (double, 3 * n_points);
  double orientation, grow = outline_width * s / 2 + 1;

  for (int i = 0; i < 2 * n_points; i++)
    scaled[i] = points[i] * s;
  for (int i = 0; i < n_points; i++)
    {
      x0 = MIN (x0, scaled[2 * i]), x1 = MAX (x1, scaled[2 * i]);
      y0 = MIN (y0, scaled[2 * i + 1]), y1 = MAX (y1, scaled[2 * i + 1]);
      area += scaled[2 * i] * scaled[2 * ((i + 1) % n_points) + 1] - scaled[2 * ((i + 1) % n_points)] * scaled[2 * i + 1];
    }
  orientation = area > 0 ? 1 : -1;
  for (int i = 0; i < n_points; i++)
    {
      double ax = scaled[2 * i], ay = scaled[2 * i + 1];
      double ex = scaled[2 * ((i + 1) % n_points)] - ax, ey = scaled[2 * ((i + 1) % n_points) + 1] - ay;
      double length = hypot (ex, ey);

      if (length < 1e-9)
        {
          normals[3 * i + 2] = G_MAXDOUBLE;  /* never the nearest side */
          continue;
        }
      normals[3 * i] = orientation * ey / length;
      normals[3 * i + 1] = -orientation * ex / length;
      normals[3 * i + 2] = ax * normals[3 * i] + ay * normals[3 * i + 1];
    }
  for (int y = MAX ((int) floor (y0 - grow), 0); y <= MIN ((int) ceil (y1 + grow), raster->height - 1); y++)
    for (int x = MAX ((int) floor (x0 - grow), 0); x <= MIN ((int) ceil (x1 + grow), raster->width - 1); x++)
      shade (raster, x, y, polygon_distance (normals, n_points, x + 0.5, y + 0.5), fill, outline,
             outline_width * s);
}

/**
 * hashiya_raster_disc:
 * @fill: the inside; its alpha 0 for a ring
 * @outline: (nullable): the colour of its outline, over its edge
 */
void
hashiya_raster_disc (HashiyaRaster     *raster,
                     double             x,
                     double             y,
                     double             radius,
                     const HashiyaRgba *fill,
                     const HashiyaRgba *outline,
                     double             outline_width)
{
  double s = raster->scale, r = radius * s, grow = outline_width * s / 2 + 1;

  x *= s, y *= s;
  for (int py = MAX ((int) floor (y - r - grow), 0); py <= MIN ((int) ceil (y + r + grow), raster->height - 1); py++)
    for (int px = MAX ((int) floor (x - r - grow), 0); px <= MIN ((int) ceil (x + r + grow), raster->width - 1); px++)
      shade (raster, px, py, hypot (px + 0.5 - x, py + 0.5 - y) - r, fill, outline, outline_width * s);
}
