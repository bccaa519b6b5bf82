/* hashiya-relation-arcs.h — relations drawn as arcs above the lines of a
 * text view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

/**
 * HashiyaArcEdge:
 * @HASHIYA_ARC_EDGE_NONE: the end is in view
 * @HASHIYA_ARC_EDGE_TOP: the end is above the view: the arc goes to its
 *   top edge, where a marker points up
 * @HASHIYA_ARC_EDGE_BOTTOM: the end is below the view: the arc goes to
 *   its bottom edge, where a marker points down
 */
typedef enum
{
  HASHIYA_ARC_EDGE_NONE,
  HASHIYA_ARC_EDGE_TOP,
  HASHIYA_ARC_EDGE_BOTTOM,
} HashiyaArcEdge;

/**
 * HashiyaRelationArc:
 * @relation: the relation drawn (%NULL for the one being made)
 * @source_x: where the arc leaves its source mention (or, the source
 *   out of view, where it meets the edge of the view)
 * @target_x: the tip of its arrowhead at the target (or where it meets
 *   the edge)
 * @top: the height of its highest run above the lines
 * @left: the left end of its line
 * @right: the right end of its line
 * @source_edge: the edge the source is past, if it is out of view
 * @target_edge: the same for the target
 * @across_lines: its ends are on two lines of the view
 * @selected: it is the selected relation, drawn highlighted
 * @quad_class: the quad class of its type
 * @color: the colour it is drawn in
 * @dashed: drawn dashed, as verbal classes are
 * @dotted: drawn dotted and fainter, as suggestions are
 * @label: the type's name as shown, in the language of the interface
 * @labelled: the label is drawn (it is left out where arcs crowd)
 * @label_x: the middle of the label, when it is drawn
 * @label_y: the same
 *
 * A relation as it is drawn, in the widget's coordinates. Where a source
 * is drawn from the top of its mention and a target reached at its top,
 * @source_y and @target_y are the tops of the mentions' lines; an end
 * reached from the line under it is at the bottom of its line.
 */
typedef struct
{
  HashiyaRelation *relation;
  double           source_x;
  double           source_y;
  double           target_x;
  double           target_y;
  double           top;
  double           left;
  double           right;
  HashiyaArcEdge   source_edge;
  HashiyaArcEdge   target_edge;
  gboolean         across_lines;
  gboolean         selected;
  HashiyaQuadClass quad_class;
  GdkRGBA          color;
  gboolean         dashed;
  gboolean         dotted;
  char            *label;
  gboolean         labelled;
  double           label_x;
  double           label_y;
} HashiyaRelationArc;

typedef struct _HashiyaRelationArcs HashiyaRelationArcs;

HashiyaRelationArcs *hashiya_relation_arcs_new       (GtkTextView         *view);
void                 hashiya_relation_arcs_free      (HashiyaRelationArcs *self);
void                 hashiya_relation_arcs_set_style (HashiyaRelationArcs *self,
                                                      gboolean             dark,
                                                      gboolean             high_contrast);
int                  hashiya_relation_arcs_get_room  (HashiyaRelationArcs *self);
GdkRGBA              hashiya_relation_arcs_get_color (HashiyaRelationArcs *self,
                                                      HashiyaDocument     *document,
                                                      HashiyaRelation     *relation);
void                 hashiya_relation_arcs_update    (HashiyaRelationArcs *self,
                                                      HashiyaDocument     *document,
                                                      GPtrArray           *relations,
                                                      HashiyaRelation     *selected,
                                                      HashiyaMention      *preview_source,
                                                      HashiyaMention      *preview_target);
void                 hashiya_relation_arcs_snapshot  (HashiyaRelationArcs *self,
                                                      GtkSnapshot         *snapshot);
GArray              *hashiya_relation_arcs_get_arcs  (HashiyaRelationArcs *self);
HashiyaRelation     *hashiya_relation_arcs_pick      (HashiyaRelationArcs *self,
                                                      double               x,
                                                      double               y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaRelationArcs, hashiya_relation_arcs_free)

G_END_DECLS
