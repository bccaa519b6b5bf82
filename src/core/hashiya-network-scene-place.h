/* hashiya-network-scene-place.h — the picture of a network inside: what
 * its parts share, where things are, how edges look
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network-edge-private.h"
#include "hashiya-network-frame.h"
#include "hashiya-network.h"

G_BEGIN_DECLS

typedef struct _HashiyaNetworkScene HashiyaNetworkScene;

#define LABEL_SIZE       12
#define SMALL_NETWORK    60
#define COMENTION_COLOR  4
/* Beyond these, frames draw edges and nodes in their own pixels. */
#define RASTER_EDGES     400
#define RASTER_NODES     300

typedef struct
{
  double   x;
  double   y;
  double   width;
  double   height;
  guint    owner;
  gboolean node;    /* a node's square, else a label */
} Box;

typedef struct
{
  double   sx, sy;      /* start, on the source's edge */
  double   cx, cy;      /* the control point of a bow */
  double   ex, ey;      /* end, at the arrowhead's back or the target's edge */
  double   tip_x, tip_y;
  double   width;
  gboolean visible;
  gboolean loop;
  double   loop_x, loop_y, loop_r;
} Line;

struct _HashiyaNetworkScene
{
  HashiyaNetwork        *network;
  HashiyaNetworkNode   **nodes;       /* the network's, at hand */
  HashiyaNetworkEdge   **edges;
  HashiyaPictureOptions *options;
  HashiyaFrame           frame;
  guint                  n_nodes;
  guint                  n_edges;
  PangoLayout          **labels;
  double                 label_size;
  double                *label_width;
  double                *label_height;
  double                 max_label_height;
  double                 max_label_width;
  double                *size;        /* sqrt (mentions / the most) */
  guint                 *node_order;  /* most mentions first */
  guint                 *edge_order;  /* by style, to draw each style at once */
  guint                 *slot;        /* of an edge among those of its pair */
  guint                 *slots;       /* how many its pair has */
  guint                  max_count;
  HashiyaRgba            colors[5];   /* the quad classes, then co-mentions */
  char                  *message;     /* when there is nothing to draw */
  char                  *note;        /* when there are actors but no links */
  gboolean              *isolated;    /* an actor without a link to another */
  guint                  n_isolated;

  double                 fit[4];
  gboolean               turned;      /* the layout drawn a quarter turn round */
  gboolean               auto_fit;    /* fitted by the scene: again at a new size */
  gboolean               keep_inner;  /* the last picture's, after a filter change */
  cairo_rectangle_t      kept_inner;
  double                 zoom;
  double                 pan_x;
  double                 pan_y;

  /* Where things are at the last drawing. */
  double                 r_max;
  double                 r_min;
  double                 tray_height; /* the row of actors without links; 0: none */
  double                *tray_x;      /* their places in it */
  double                *tray_y;
  double                *px;
  double                *py;
  double                *r;
  Line                  *lines;
  Box                   *label_box;
  gboolean              *label_shown;
  cairo_surface_t       *layer;       /* the pixels of a big network's frame */
  gboolean               layer_ready;
  double                 layer_zoom;  /* the view it was drawn with */
  double                 layer_pan_x;
  double                 layer_pan_y;
  GArray               **cells;
  guint                  columns;
  guint                  rows;
  double                 cell;
};

#define NODE(self, i) ((self)->nodes[i])
#define EDGE(self, i) ((self)->edges[i])

/* Whether the box from X0, Y0 to X1, Y1 meets the picture. */
static inline gboolean
_hashiya_network_scene_intersects (double x0, double y0, double x1, double y1,
                                   double width, double height)
{
  return x1 >= 0 && y1 >= 0 && x0 <= width && y0 <= height;
}

/* How an edge looks */
guint   _hashiya_network_scene_line_style   (HashiyaNetworkScene *self,
                                             guint                i,
                                             double               width);
double  _hashiya_network_scene_edge_width   (HashiyaNetworkScene *self,
                                             guint                count);
double  _hashiya_network_scene_arrow_length (HashiyaNetworkScene *self,
                                             double               width);
double  _hashiya_network_scene_arrow_alpha  (HashiyaNetworkScene *self);

/* Where things are */
void    _hashiya_network_scene_get_inner    (HashiyaNetworkScene *self,
                                             cairo_rectangle_t   *inner);
void    _hashiya_network_scene_base_scales  (HashiyaNetworkScene *self,
                                             cairo_rectangle_t   *inner,
                                             double              *kx,
                                             double              *ky);
void    _hashiya_network_scene_to_picture   (HashiyaNetworkScene *self,
                                             double               layout_x,
                                             double               layout_y,
                                             double              *x,
                                             double              *y);
void    _hashiya_network_scene_to_layout    (HashiyaNetworkScene *self,
                                             double               x,
                                             double               y,
                                             double              *layout_x,
                                             double              *layout_y);
void    _hashiya_network_scene_choose_turn  (HashiyaNetworkScene *self);
gboolean _hashiya_network_scene_in_tray     (HashiyaNetworkScene *self,
                                             guint                i);
void    _hashiya_network_scene_arrange_tray (HashiyaNetworkScene *self);
void    _hashiya_network_scene_place        (HashiyaNetworkScene *self);

G_END_DECLS
