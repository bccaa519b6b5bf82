/* hashiya-network-scene.h — the picture of a network: drawn on any
 * cairo_t, written as PNG, SVG or PDF, and asked what is where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "hashiya-network.h"
#include "hashiya-network-picture.h"

G_BEGIN_DECLS

typedef struct _HashiyaNetworkScene HashiyaNetworkScene;

HashiyaNetworkScene *hashiya_network_scene_new        (HashiyaNetwork              *network,
                                                       const HashiyaPictureOptions *options,
                                                       double                       width,
                                                       double                       height);
HashiyaNetworkScene *hashiya_network_scene_new_after  (HashiyaNetworkScene         *previous,
                                                       HashiyaNetwork              *network,
                                                       const HashiyaPictureOptions *options);
void                 hashiya_network_scene_free       (HashiyaNetworkScene         *self);
HashiyaNetwork      *hashiya_network_scene_get_network (HashiyaNetworkScene        *self);
void                 hashiya_network_scene_set_size   (HashiyaNetworkScene         *self,
                                                       double                       width,
                                                       double                       height);
void                 hashiya_network_scene_fit        (HashiyaNetworkScene         *self);
void                 hashiya_network_scene_get_fit    (HashiyaNetworkScene         *self,
                                                       double                      *min_x,
                                                       double                      *min_y,
                                                       double                      *max_x,
                                                       double                      *max_y);
void                 hashiya_network_scene_set_fit    (HashiyaNetworkScene         *self,
                                                       double                       min_x,
                                                       double                       min_y,
                                                       double                       max_x,
                                                       double                       max_y);
void                 hashiya_network_scene_set_view   (HashiyaNetworkScene         *self,
                                                       double                       zoom,
                                                       double                       pan_x,
                                                       double                       pan_y);
void                 hashiya_network_scene_get_view   (HashiyaNetworkScene         *self,
                                                       double                      *zoom,
                                                       double                      *pan_x,
                                                       double                      *pan_y);
void                 hashiya_network_scene_to_layout  (HashiyaNetworkScene         *self,
                                                       double                       x,
                                                       double                       y,
                                                       double                      *layout_x,
                                                       double                      *layout_y);
void                 hashiya_network_scene_to_picture (HashiyaNetworkScene         *self,
                                                       double                       layout_x,
                                                       double                       layout_y,
                                                       double                      *x,
                                                       double                      *y);
void                 hashiya_network_scene_draw       (HashiyaNetworkScene         *self,
                                                       cairo_t                     *cr);
void                 hashiya_network_scene_draw_preview (HashiyaNetworkScene       *self,
                                                         cairo_t                   *cr);
GBytes              *hashiya_network_scene_render     (HashiyaNetworkScene         *self,
                                                       HashiyaPictureFormat         format,
                                                       GError                     **error);
HashiyaNetworkNode  *hashiya_network_scene_node_at    (HashiyaNetworkScene         *self,
                                                       double                       x,
                                                       double                       y);
HashiyaNetworkEdge  *hashiya_network_scene_edge_at    (HashiyaNetworkScene         *self,
                                                       double                       x,
                                                       double                       y);
gboolean             hashiya_network_scene_get_node_box (HashiyaNetworkScene       *self,
                                                         HashiyaNetworkNode        *node,
                                                         cairo_rectangle_t         *box);
gboolean             hashiya_network_scene_get_label_box (HashiyaNetworkScene      *self,
                                                          HashiyaNetworkNode       *node,
                                                          cairo_rectangle_t        *box);
void                 hashiya_network_scene_get_plot   (HashiyaNetworkScene         *self,
                                                       cairo_rectangle_t           *plot);
const char          *hashiya_network_scene_get_message (HashiyaNetworkScene        *self);
char                *hashiya_network_scene_dup_title  (HashiyaNetworkScene         *self) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaNetworkScene, hashiya_network_scene_free)

G_END_DECLS
