/* hashiya-network-frame.h — what every picture has around its drawing:
 * background, title, subtitle, legend, messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network-painter.h"

G_BEGIN_DECLS

typedef enum
{
  HASHIYA_LEGEND_SHAPE,    /* a node of a kind */
  HASHIYA_LEGEND_LINE,     /* an edge, a series */
  HASHIYA_LEGEND_ARROW,    /* a directed edge */
  HASHIYA_LEGEND_SIZES,    /* two discs: area by mentions */
  HASHIYA_LEGEND_BOX,      /* a bar */
} HashiyaLegendSymbol;

typedef struct
{
  HashiyaLegendSymbol  symbol;
  int                  kind;
  HashiyaRgba          color;
  gboolean             dashed;
  double               width;
  PangoLayout         *layout;
  double               x;        /* of the symbol's left edge */
  double               y;        /* of the row's top */
} HashiyaLegendItem;

typedef struct
{
  PangoContext         *pango;
  const HashiyaPalette *palette;
  gboolean              rtl;
  double                scale;
  char                 *font;
  PangoLayout          *title;
  PangoLayout          *subtitle;
  PangoLayout          *note;     /* under the subtitle: what is missing */
  GArray               *legend;   /* HashiyaLegendItem */
  double                width;
  double                height;
  double                margin;
  double                header;   /* height of the band of the title */
  double                footer;   /* height of the band of the legend */
} HashiyaFrame;

void         hashiya_frame_init         (HashiyaFrame                *frame,
                                         const HashiyaPictureOptions *options,
                                         const char                  *title,
                                         const char                  *subtitle);
void         hashiya_frame_clear        (HashiyaFrame                *frame);
void         hashiya_frame_set_note     (HashiyaFrame                *frame,
                                         const char                  *note);
PangoLayout *hashiya_frame_text         (HashiyaFrame                *frame,
                                         double                       size,
                                         const char                  *text);
PangoLayout *hashiya_frame_number       (HashiyaFrame                *frame,
                                         double                       size,
                                         const char                  *number);
PangoLayout *hashiya_frame_name         (HashiyaFrame                *frame,
                                         double                       size,
                                         const char                  *name);
void         hashiya_frame_add_legend   (HashiyaFrame                *frame,
                                         HashiyaLegendSymbol          symbol,
                                         int                          kind,
                                         const HashiyaRgba           *color,
                                         gboolean                     dashed,
                                         double                       width,
                                         const char                  *text);
void         hashiya_frame_set_size     (HashiyaFrame                *frame,
                                         double                       width,
                                         double                       height);
void         hashiya_frame_get_plot     (HashiyaFrame                *frame,
                                         cairo_rectangle_t           *plot);
void         hashiya_frame_paint        (HashiyaFrame                *frame,
                                         HashiyaPainter              *painter);
void         hashiya_frame_paint_message (HashiyaFrame               *frame,
                                          HashiyaPainter             *painter,
                                          const char                 *message,
                                          double                      y);
int          hashiya_frame_shape_points (int                          kind,
                                         double                       x,
                                         double                       y,
                                         double                       radius,
                                         double                      *points);
void         hashiya_frame_shape_path   (cairo_t                     *cr,
                                         int                          kind,
                                         double                       x,
                                         double                       y,
                                         double                       radius);
double       hashiya_frame_dash         (HashiyaFrame                *frame,
                                         double                      *dashes);
double       hashiya_layout_width       (PangoLayout                 *layout);
double       hashiya_layout_height      (PangoLayout                 *layout);
guint        hashiya_frame_nice_step    (guint                        most,
                                         guint                        lines);
void         hashiya_frame_draw         (HashiyaFrame                *frame,
                                         cairo_t                     *cr,
                                         HashiyaPaintFunc             paint,
                                         gpointer                     data);
GBytes      *hashiya_frame_render       (HashiyaFrame                *frame,
                                         HashiyaPaintFunc             paint,
                                         gpointer                     data,
                                         HashiyaPictureFormat         format,
                                         GError                     **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HashiyaFrame, hashiya_frame_clear)

G_END_DECLS
