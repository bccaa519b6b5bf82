/* hashiya-network-raster.h — drawing many lines and shapes straight into
 * the pixels of an image, for the frames of big networks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "hashiya-network-painter.h"

G_BEGIN_DECLS

typedef struct
{
  guint32 *pixels;   /* cairo's ARGB32, premultiplied */
  int      stride;   /* in pixels */
  int      width;
  int      height;
  double   scale;    /* pixels a unit of the picture */
} HashiyaRaster;

void hashiya_raster_begin   (HashiyaRaster     *raster,
                             cairo_surface_t   *surface,
                             double             scale);
void hashiya_raster_line    (HashiyaRaster     *raster,
                             double             x0,
                             double             y0,
                             double             x1,
                             double             y1,
                             double             width,
                             const HashiyaRgba *color,
                             double             dash_on,
                             double             dash_off);
void hashiya_raster_polygon (HashiyaRaster     *raster,
                             const double      *points,
                             int                n_points,
                             const HashiyaRgba *fill,
                             const HashiyaRgba *outline,
                             double             outline_width);
void hashiya_raster_disc    (HashiyaRaster     *raster,
                             double             x,
                             double             y,
                             double             radius,
                             const HashiyaRgba *fill,
                             const HashiyaRgba *outline,
                             double             outline_width);

G_END_DECLS
