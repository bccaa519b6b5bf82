/* hashiya-network-view.c — the actor network drawn in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view draws a HashiyaNetworkScene with the core's painter, the same
 * picture as the PNG, SVG and PDF files. A drag on the background pans, a
 * drag on a node puts it where it is dropped (pinned in the positions), a
 * scroll or the + and - keys zoom, 0 fits the network again; a click on a
 * node or an edge says which, and the pointer shows its numbers.
 */

#define G_LOG_DOMAIN "hashiya-network-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-network-layout.h"
#include "hashiya-network-view.h"

#define ZOOM_MIN 0.2
#define ZOOM_MAX 20.0
#define ZOOM_KEY_STEP 1.25
#define PAN_KEY_STEP 40.0
/* A press that moves less than this is a click. */
#define CLICK_SLOP 4.0

struct _HashiyaNetworkView
{
  GtkWidget                parent_instance;

  HashiyaNetwork          *network;
  HashiyaNetworkPositions *positions;
  HashiyaNetworkScene     *scene;

  HashiyaNetworkNode      *drag_node;
  double                   drag_x;
  double                   drag_y;
  double                   drag_pan_x;
  double                   drag_pan_y;
  gboolean                 gesture;
  gboolean                 pointer_inside;
  double                   pointer_x;
  double                   pointer_y;
};

G_DEFINE_FINAL_TYPE (HashiyaNetworkView, hashiya_network_view, GTK_TYPE_WIDGET)

enum {
  NODE_ACTIVATED,
  EDGE_ACTIVATED,
  NODE_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hashiya_network_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  HashiyaNetworkView *self = HASHIYA_NETWORK_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->gesture)
    hashiya_network_scene_draw_preview (self->scene, cr);
  else
    hashiya_network_scene_draw (self->scene, cr);
  cairo_destroy (cr);
}

static void
hashiya_network_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  HashiyaNetworkView *self = HASHIYA_NETWORK_VIEW (widget);

  if (self->scene != NULL)
    hashiya_network_scene_set_size (self->scene, MAX (width, 1), MAX (height, 1));
}

static void
hashiya_network_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = 200;
  *natural = 600;
}

/* The view's zoom changed by FACTOR around X, Y of the widget: the point
 * there stays there. */
static void
zoom_at (HashiyaNetworkView *self,
         double              factor,
         double              x,
         double              y)
{
  double zoom, pan_x, pan_y, min_x, min_y, max_x, max_y, cx, cy;

  if (self->scene == NULL)
    return;
  hashiya_network_scene_get_view (self->scene, &zoom, &pan_x, &pan_y);
  factor = CLAMP (zoom * factor, ZOOM_MIN, ZOOM_MAX) / zoom;
  hashiya_network_scene_get_fit (self->scene, &min_x, &min_y, &max_x, &max_y);
  /* The middle of the fitted box is at the middle of the plot, moved by the pan. */
  hashiya_network_scene_to_picture (self->scene, (min_x + max_x) / 2, (min_y + max_y) / 2, &cx, &cy);
  cx -= pan_x, cy -= pan_y;
  pan_x = x - cx - (x - cx - pan_x) * factor;
  pan_y = y - cy - (y - cy - pan_y) * factor;
  hashiya_network_scene_set_view (self->scene, zoom * factor, pan_x, pan_y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pan_by (HashiyaNetworkView *self,
        double              dx,
        double              dy)
{
  double zoom, pan_x, pan_y;

  if (self->scene == NULL)
    return;
  hashiya_network_scene_get_view (self->scene, &zoom, &pan_x, &pan_y);
  hashiya_network_scene_set_view (self->scene, zoom, pan_x + dx, pan_y + dy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (HashiyaNetworkView       *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (dy == 0 || self->scene == NULL)
    return FALSE;
  if (self->pointer_inside)
    x = self->pointer_x, y = self->pointer_y;
  zoom_at (self, pow (1.1, -dy), x, y);
  return TRUE;
}

static gboolean
key_pressed_cb (HashiyaNetworkView    *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      zoom_at (self, ZOOM_KEY_STEP, x, y);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      zoom_at (self, 1 / ZOOM_KEY_STEP, x, y);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      hashiya_network_view_reset (self);
      return TRUE;
    case GDK_KEY_Left:
      pan_by (self, PAN_KEY_STEP, 0);
      return TRUE;
    case GDK_KEY_Right:
      pan_by (self, -PAN_KEY_STEP, 0);
      return TRUE;
    case GDK_KEY_Up:
      pan_by (self, 0, PAN_KEY_STEP);
      return TRUE;
    case GDK_KEY_Down:
      pan_by (self, 0, -PAN_KEY_STEP);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
drag_begin_cb (HashiyaNetworkView *self,
               double              x,
               double              y,
               GtkGestureDrag     *gesture)
{
  double zoom;

  if (self->scene == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag_x = x, self->drag_y = y;
  self->drag_node = hashiya_network_scene_node_at (self->scene, x, y);
  hashiya_network_scene_get_view (self->scene, &zoom, &self->drag_pan_x, &self->drag_pan_y);
}

static void
drag_update_cb (HashiyaNetworkView *self,
                double              dx,
                double              dy,
                GtkGestureDrag     *gesture)
{
  double zoom, pan_x, pan_y;

  if (self->scene == NULL || hypot (dx, dy) < CLICK_SLOP)
    return;
  if (self->drag_node != NULL)
    {
      double lx, ly;

      hashiya_network_scene_to_layout (self->scene, self->drag_x + dx, self->drag_y + dy, &lx, &ly);
      hashiya_network_pin_node (self->network, self->drag_node, self->positions, lx, ly);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  self->gesture = TRUE;
  hashiya_network_scene_get_view (self->scene, &zoom, &pan_x, &pan_y);
  hashiya_network_scene_set_view (self->scene, zoom, self->drag_pan_x + dx, self->drag_pan_y + dy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (HashiyaNetworkView *self,
             double              dx,
             double              dy,
             GtkGestureDrag     *gesture)
{
  HashiyaNetworkNode *node = self->drag_node;

  self->drag_node = NULL;
  self->gesture = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->scene == NULL)
    return;
  if (hypot (dx, dy) >= CLICK_SLOP)
    {
      if (node != NULL)
        g_signal_emit (self, signals[NODE_MOVED], 0, node);
      return;
    }
  if (node != NULL)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, node);
  else
    {
      HashiyaNetworkEdge *edge = hashiya_network_scene_edge_at (self->scene, self->drag_x, self->drag_y);

      if (edge != NULL)
        g_signal_emit (self, signals[EDGE_ACTIVATED], 0, edge);
    }
}

static void
motion_cb (HashiyaNetworkView       *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  gboolean over = self->scene != NULL && (hashiya_network_scene_node_at (self->scene, x, y) != NULL ||
                                          hashiya_network_scene_edge_at (self->scene, x, y) != NULL);

  self->pointer_inside = TRUE;
  self->pointer_x = x, self->pointer_y = y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over ? "pointer" : NULL);
}

static void
leave_cb (HashiyaNetworkView *self)
{
  self->pointer_inside = FALSE;
}

/**
 * hashiya_network_view_describe_node:
 *
 * Returns: the numbers of @node, as its tooltip and the table say them
 */
char *
hashiya_network_view_describe_node (HashiyaNetworkNode *node)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (node), NULL);

  return g_strdup_printf (_("%s (%s)\nMentions: %u, in documents: %u\nDegree: %u, betweenness: %.1f"),
                          hashiya_network_node_get_label (node, gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL),
                          hashiya_picture_kind_name (hashiya_network_node_get_kind (node)),
                          hashiya_network_node_get_mentions (node), hashiya_network_node_get_documents (node),
                          hashiya_network_node_get_degree (node), hashiya_network_node_get_betweenness (node));
}

static char *
describe_edge (HashiyaNetworkEdge *edge)
{
  gboolean arabic = gtk_widget_get_default_direction () == GTK_TEXT_DIR_RTL;
  HashiyaRelationType *type = hashiya_network_edge_get_relation_type (edge);
  const char *source = hashiya_network_node_get_label (hashiya_network_edge_get_source (edge), arabic);
  const char *target = hashiya_network_node_get_label (hashiya_network_edge_get_target (edge), arabic);

  if (type == NULL)
    return g_strdup_printf (_("%s and %s\nNamed together in %u sentences"), source, target,
                            hashiya_network_edge_get_count (edge));
  return g_strdup_printf (hashiya_network_edge_get_directed (edge) ? _("%s → %s\n%s (%s)\nRelations: %u")
                                                                   : _("%s and %s\n%s (%s)\nRelations: %u"),
                          source, target,
                          arabic ? hashiya_relation_type_get_name_ar (type) : hashiya_relation_type_get_name_en (type),
                          hashiya_picture_quad_name (hashiya_network_edge_get_quad_class (edge)),
                          hashiya_network_edge_get_count (edge));
}

static gboolean
query_tooltip_cb (HashiyaNetworkView *self,
                  int                 x,
                  int                 y,
                  gboolean            keyboard,
                  GtkTooltip         *tooltip)
{
  HashiyaNetworkNode *node;
  HashiyaNetworkEdge *edge;
  g_autofree char *text = NULL;

  if (self->scene == NULL || keyboard)
    return FALSE;
  node = hashiya_network_scene_node_at (self->scene, x, y);
  edge = node == NULL ? hashiya_network_scene_edge_at (self->scene, x, y) : NULL;
  if (node != NULL)
    text = hashiya_network_view_describe_node (node);
  else if (edge != NULL)
    text = describe_edge (edge);
  else
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
hashiya_network_view_dispose (GObject *object)
{
  HashiyaNetworkView *self = HASHIYA_NETWORK_VIEW (object);

  g_clear_pointer (&self->scene, hashiya_network_scene_free);
  g_clear_object (&self->network);
  g_clear_object (&self->positions);

  G_OBJECT_CLASS (hashiya_network_view_parent_class)->dispose (object);
}

static void
hashiya_network_view_class_init (HashiyaNetworkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_network_view_dispose;
  widget_class->snapshot = hashiya_network_view_snapshot;
  widget_class->size_allocate = hashiya_network_view_size_allocate;
  widget_class->measure = hashiya_network_view_measure;

  /**
   * HashiyaNetworkView::node-activated:
   * @node: the node clicked
   */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_NETWORK_NODE);
  /**
   * HashiyaNetworkView::edge-activated:
   * @edge: the edge clicked
   */
  signals[EDGE_ACTIVATED] = g_signal_new ("edge-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_NETWORK_EDGE);
  /**
   * HashiyaNetworkView::node-moved:
   * @node: the node the user put in a new place, pinned there
   */
  signals[NODE_MOVED] = g_signal_new ("node-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_NETWORK_NODE);

  gtk_widget_class_set_css_name (widget_class, "networkview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hashiya_network_view_init (HashiyaNetworkView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect_swapped (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actor network"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("The same numbers are in the table: press Tab to reach it."), -1);
}

GtkWidget *
hashiya_network_view_new (void)
{
  return g_object_new (HASHIYA_TYPE_NETWORK_VIEW, NULL);
}

/**
 * hashiya_network_view_set_network:
 * @network: (nullable): the network to draw, laid out
 * @positions: (nullable): where a dragged node is pinned
 *
 * Draws @network. When @positions are the last network's, the actors
 * that stay stay where they were on the screen: the new picture keeps
 * the last one's box, zoom and pan.
 */
void
hashiya_network_view_set_network (HashiyaNetworkView          *self,
                                  HashiyaNetwork              *network,
                                  HashiyaNetworkPositions     *positions,
                                  const HashiyaPictureOptions *options)
{
  g_autoptr(HashiyaNetworkScene) previous = NULL;
  gboolean keep = FALSE;
  int width, height;

  g_return_if_fail (HASHIYA_IS_NETWORK_VIEW (self));
  g_return_if_fail (network == NULL || HASHIYA_IS_NETWORK (network));

  /* The same positions: the same documents, whose actors should not jump. */
  if (self->scene != NULL && hashiya_network_get_n_nodes (self->network) > 0 && positions == self->positions)
    keep = TRUE;
  self->drag_node = NULL;
  previous = g_steal_pointer (&self->scene);
  g_set_object (&self->network, network);
  g_set_object (&self->positions, positions);
  if (network != NULL)
    {
      width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
      height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1);
      /* Kept: the labels of the actors that stay are taken as they are. */
      if (keep)
        {
          self->scene = hashiya_network_scene_new_after (previous, network, options);
          hashiya_network_scene_set_size (self->scene, width, height);
        }
      else
        self->scene = hashiya_network_scene_new (network, options, width, height);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * hashiya_network_view_get_network:
 *
 * Returns: (transfer none) (nullable): the network drawn
 */
HashiyaNetwork *
hashiya_network_view_get_network (HashiyaNetworkView *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_VIEW (self), NULL);
  return self->network;
}

/**
 * hashiya_network_view_get_scene:
 *
 * Returns: (transfer none) (nullable): the picture drawn, to ask what is
 *   where
 */
HashiyaNetworkScene *
hashiya_network_view_get_scene (HashiyaNetworkView *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_VIEW (self), NULL);
  return self->scene;
}

double
hashiya_network_view_get_zoom (HashiyaNetworkView *self)
{
  double zoom = 1, pan_x, pan_y;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_VIEW (self), 1);
  if (self->scene != NULL)
    hashiya_network_scene_get_view (self->scene, &zoom, &pan_x, &pan_y);
  return zoom;
}

void
hashiya_network_view_get_view (HashiyaNetworkView *self,
                               double             *zoom,
                               double             *pan_x,
                               double             *pan_y)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_VIEW (self));

  *zoom = 1, *pan_x = *pan_y = 0;
  if (self->scene != NULL)
    hashiya_network_scene_get_view (self->scene, zoom, pan_x, pan_y);
}

/* Zooms by @factor around the middle of the view. */
void
hashiya_network_view_zoom (HashiyaNetworkView *self,
                           double              factor)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_VIEW (self));
  g_return_if_fail (factor > 0);

  zoom_at (self, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* Fits the whole network in the view again. */
void
hashiya_network_view_reset (HashiyaNetworkView *self)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_VIEW (self));

  if (self->scene != NULL)
    hashiya_network_scene_fit (self->scene);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
