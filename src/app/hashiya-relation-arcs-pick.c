/* hashiya-relation-arcs-pick.c — which arc is where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arcs as last laid out, in the widget's coordinates (for the tests
 * and for pointing at them), and the relation whose arc or label is at a
 * point of the view, the selected one first.
 */

#define G_LOG_DOMAIN "hashiya-relation-arcs"

#include "config.h"

#include <math.h>

#include "hashiya-relation-arcs-private.h"

static void
clear_info (HashiyaRelationArc *info)
{
  g_clear_object (&info->relation);
  g_clear_pointer (&info->label, g_free);
}

/**
 * hashiya_relation_arcs_get_arcs:
 *
 * Returns: (transfer full) (element-type HashiyaRelationArc): the arcs
 *   as last laid out, in the widget's coordinates, for g_array_unref();
 *   the relation being made, if any, has no relation
 */
GArray *
hashiya_relation_arcs_get_arcs (HashiyaRelationArcs *self)
{
  GArray *arcs;

  g_return_val_if_fail (self != NULL, NULL);

  arcs = g_array_new (FALSE, TRUE, sizeof (HashiyaRelationArc));
  g_array_set_clear_func (arcs, (GDestroyNotify) clear_info);
  for (guint i = 0; i < self->arcs->len; i++)
    {
      const Arc *arc = &g_array_index (self->arcs, Arc, i);
      HashiyaRelationArc info = arc->info;
      int x, y, top_x, top_y;

      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) round (info.source_x),
                                             (int) round (info.source_y), &x, &y);
      info.source_x = x;
      info.source_y = y;
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) round (info.target_x),
                                             (int) round (info.target_y), &x, &y);
      info.target_x = x;
      info.target_y = y;
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) floor (info.left),
                                             (int) floor (info.top), &top_x, &top_y);
      info.top = top_y;
      info.left = top_x;
      if (info.labelled)
        {
          gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) round (arc->label_x),
                                                 (int) round (arc->label_y), &x, &y);
          info.label_x = x;
          info.label_y = y;
        }
      gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) ceil (info.right), 0, &x, &y);
      info.right = x;
      if (info.relation != NULL)
        g_object_ref (info.relation);
      info.label = g_strdup (info.label);
      g_array_append_val (arcs, info);
    }
  return arcs;
}

static double
distance_to_segment (double                  x,
                     double                  y,
                     const graphene_point_t *a,
                     const graphene_point_t *b)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double length = dx * dx + dy * dy;
  double t = length > 0 ? CLAMP (((x - a->x) * dx + (y - a->y) * dy) / length, 0.0, 1.0) : 0.0;

  return hypot (x - (a->x + t * dx), y - (a->y + t * dy));
}

/**
 * hashiya_relation_arcs_pick:
 * @x: in the view's buffer coordinates
 *
 * Returns: (transfer none) (nullable): the relation whose arc, as last
 *   laid out, is drawn at @x, @y (its label, or its line give or take a
 *   few pixels), the selected one first
 */
HashiyaRelation *
hashiya_relation_arcs_pick (HashiyaRelationArcs *self,
                            double               x,
                            double               y)
{
  HashiyaRelation *picked = NULL;
  double nearest = 4.0;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint pass = 0; pass < 2 && picked == NULL; pass++)
    for (guint i = 0; i < self->arcs->len; i++)
      {
        const Arc *arc = &g_array_index (self->arcs, Arc, i);

        /* The selected arc is drawn over the others: it is looked at
         * first. */
        if (arc->info.relation == NULL || arc->info.selected != (pass == 0))
          continue;
        if (arc->label != NULL && fabs (x - arc->label_x) <= arc->label_width / 2.0 &&
            fabs (y - arc->label_y) <= arc->label_height / 2.0)
          return arc->info.relation;
        for (guint p = 0; p + 1 < arc->n_points; p++)
          {
            double distance = distance_to_segment (x, y, &arc->points[p], &arc->points[p + 1]);

            if (distance < nearest)
              {
                nearest = distance;
                picked = arc->info.relation;
              }
          }
      }
  return picked;
}
