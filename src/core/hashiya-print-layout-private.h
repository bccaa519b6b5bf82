/* hashiya-print-layout-private.h — the pages as laid out, for drawing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * hashiya-print-layout.c lays a document out in blocks and lines;
 * hashiya-print-draw.c draws them.
 */

#pragma once

#include "hashiya-print-layout.h"

G_BEGIN_DECLS

#define FOOTER_FONT "sans 8"
#define HIGHLIGHT_ALPHA 0.28  /* the window's, on white */
#define UNDERLINE_ROW 3.5     /* underline thicknesses from one row to the next */

typedef enum
{
  STYLE_BACKGROUND,  /* an outer mention */
  STYLE_UNDERLINE,   /* one nested in another, or on its span */
  STYLE_WAVY,        /* a suggestion */
} Style;

/* A mention's highlight in a block's text, in bytes. */
typedef struct
{
  int    start;
  int    end;
  double red, green, blue;
  Style  style;
  guint  row;
} Highlight;

/* A paragraph, title or line of the legend. */
typedef struct
{
  PangoLayout *layout;
  GArray      *highlights;  /* Highlight */
} Block;

typedef struct
{
  Block  *block;
  int     line;
  double  baseline;  /* from the top of the page's body */
  double  x;
  double  ascent;    /* of the line's logical extents, above the baseline */
  double  height;
  guint   first_highlight;  /* the block's highlights that may be on the line */
  guint   end_highlight;
} PlacedLine;

struct _HashiyaPrintLayout
{
  PangoContext *context;
  double        width;
  double        height;
  GPtrArray    *blocks;  /* Block, in order */
  GArray       *lines;   /* PlacedLine, in order */
  GArray       *firsts;  /* guint: each page's first line */
  double        y;       /* where the next line goes */
  double        underline_position;   /* below the baseline */
  double        underline_thickness;
};

G_END_DECLS
