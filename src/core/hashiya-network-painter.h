/* hashiya-network-painter.h — drawing the same picture with cairo or as
 * SVG with real text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "hashiya-network-picture.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} HashiyaRgba;

/* The colours of a style. */
typedef struct
{
  HashiyaRgba background;
  HashiyaRgba foreground;
  HashiyaRgba muted;        /* subtitles, axes, notes */
  HashiyaRgba grid;
  HashiyaRgba comention;    /* edges of co-mentions */
  HashiyaRgba outline;      /* around nodes and bars */
  HashiyaRgba quad[4];      /* by HashiyaQuadClass; NULL alpha: the catalogue's */
  double      line;         /* how much thicker lines are */
} HashiyaPalette;

typedef struct _HashiyaPainter HashiyaPainter;

const HashiyaPalette *hashiya_palette_get             (HashiyaPictureStyle  style);
gboolean              hashiya_rgba_parse              (HashiyaRgba         *rgba,
                                                       const char          *color);
void                  hashiya_rgba_mix                (HashiyaRgba         *rgba,
                                                       const HashiyaRgba   *with,
                                                       double               amount);
void                  hashiya_palette_quad_color      (const HashiyaPalette *palette,
                                                       const char          *catalogue_color,
                                                       guint                quad_class,
                                                       HashiyaRgba         *rgba);

HashiyaPainter       *hashiya_painter_new_for_cairo   (cairo_t             *cr);
HashiyaPainter       *hashiya_painter_new_svg         (double               width,
                                                       double               height);
GBytes               *hashiya_painter_end_svg         (HashiyaPainter      *self,
                                                       const char          *title);
void                  hashiya_painter_free            (HashiyaPainter      *self);
cairo_t              *hashiya_painter_get_path        (HashiyaPainter      *self);
cairo_t              *hashiya_painter_get_cairo       (HashiyaPainter      *self);
PangoContext         *hashiya_painter_get_pango       (HashiyaPainter      *self);
void                  hashiya_painter_fill            (HashiyaPainter      *self,
                                                       const HashiyaRgba   *color,
                                                       gboolean             preserve);
void                  hashiya_painter_stroke          (HashiyaPainter      *self,
                                                       const HashiyaRgba   *color,
                                                       double               width,
                                                       const double        *dashes,
                                                       int                  n_dashes);
void                  hashiya_painter_show_layout     (HashiyaPainter      *self,
                                                       PangoLayout         *layout,
                                                       double               x,
                                                       double               y,
                                                       const HashiyaRgba   *color);
void                  hashiya_painter_begin_group     (HashiyaPainter      *self,
                                                       const char          *title);
void                  hashiya_painter_end_group       (HashiyaPainter      *self);

PangoContext         *hashiya_picture_pango_context_new (void);
PangoLayout          *hashiya_picture_layout_new      (PangoContext        *context,
                                                       const char          *font,
                                                       double               size,
                                                       const char          *text);

/* Draws a picture of WIDTH × HEIGHT with PAINTER. */
typedef void (*HashiyaPaintFunc) (HashiyaPainter *painter,
                                  double          width,
                                  double          height,
                                  gpointer        data);

GBytes               *hashiya_picture_render          (HashiyaPaintFunc      paint,
                                                       gpointer              data,
                                                       double                width,
                                                       double                height,
                                                       HashiyaPictureFormat  format,
                                                       const char           *title,
                                                       GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaPainter, hashiya_painter_free)

G_END_DECLS
