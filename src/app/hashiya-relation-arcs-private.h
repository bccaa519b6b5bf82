/* hashiya-relation-arcs-private.h — the arcs as laid out, for the files
 * that draw and pick them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * hashiya-relation-arcs.c lays the arcs out; hashiya-relation-arcs-draw.c
 * draws them and hashiya-relation-arcs-pick.c says which is where. Only
 * they include this.
 */

#pragma once

#include "hashiya-relation-arcs.h"

G_BEGIN_DECLS

#define ARROW_LENGTH 7.0
#define LABEL_PAD_X 5.0
#define LABEL_PAD_Y 1.0

typedef enum
{
  ROUTE_OVER,     /* both ends on one line: over it */
  ROUTE_BETWEEN,  /* ends on two lines one above the other: between them */
  ROUTE_MARGIN,   /* else: through the margin */
} Route;

typedef struct
{
  HashiyaRelationArc  info;       /* in buffer coordinates until returned */
  Route               route;
  gboolean            preview;    /* the relation being made, no relation yet */
  graphene_point_t    points[6];
  guint               n_points;
  double              lane;       /* the x of its way down the margin */
  gboolean            arrow;      /* an arrowhead at the last point */
  HashiyaArcEdge      first_marker, last_marker;
  PangoLayout        *label;
  double              label_x, label_y;  /* its centre */
  double              label_width, label_height;
  /* Filled in by the layout, before the points. */
  int                 runs[2];    /* indexes in the runs, or -1 */
  int                 label_run;
} Arc;

struct _HashiyaRelationArcs
{
  GtkTextView *view;
  gboolean     dark;
  gboolean     high_contrast;
  GArray      *arcs;              /* of Arc */
  GArray      *runs;              /* of Run */
};

G_END_DECLS
