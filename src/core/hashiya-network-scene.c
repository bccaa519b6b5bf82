/* hashiya-network-scene.c — the picture of a network: drawn on any
 * cairo_t, written as PNG, SVG or PDF, and asked what is where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A node is its actor's shape by kind (a state a disc, a person a
 * square, an organization a rounded square, a group a triangle, a forum
 * a diamond, a place a pentagon, anything else a hexagon), in its
 * actor's colour, its area in proportion to its mentions. An edge of
 * relations has the colour of its quad class, dashed when verbal and
 * solid when material, and an arrowhead at its target unless its type is
 * mutual; an edge of co-mentions is grey; its width is in proportion to
 * its count. Edges between the same two actors bow apart; a loop (an
 * actor to itself) is a ring above its node, without an arrowhead.
 *
 * Each label (the actor's Arabic or English name, laid out by Pango) is
 * put beside its node, below it first, then above, then at either side,
 * wherever it overlaps no other node or label and stays inside the
 * picture; it never covers its own node and is never cut by the edge.
 * When no place is free, the label is left out (the window shows it on
 * hover), except in a network of up to 60 actors, where it takes the
 * first place inside the picture.
 *
 * A big network (more than 400 edges or 300 nodes) drawn on an image
 * (the window's frames, a PNG) has its edges and nodes drawn into their
 * pixels by hashiya-network-raster.c, the same shapes at the same
 * places, in a fraction of cairo's time; a PDF or an SVG gets them as
 * paths whatever the size.
 *
 * Positions are the layout's units: the scene fits their box into the
 * drawing (hashiya_network_scene_fit()), then zooms and pans it. Nodes
 * and lines keep their size when zoomed.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

#include "hashiya-network-frame.h"
#include "hashiya-network-layout.h"
#include "hashiya-network-raster.h"
#include "hashiya-network-edge-private.h"
#include "hashiya-network-scene.h"

#define LABEL_SIZE       12
#define SMALL_NETWORK    60
#define COMENTION_COLOR  4
/* Beyond these, frames draw edges and nodes in their own pixels. */
#define RASTER_EDGES     400
#define RASTER_NODES     300

typedef struct
{
  double x;
  double y;
  double width;
  double height;
  guint  owner;
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
  double                *size;        /* sqrt (mentions / the most) */
  guint                 *node_order;  /* most mentions first */
  guint                 *edge_order;  /* by style, to draw each style at once */
  guint                 *slot;        /* of an edge among those of its pair */
  guint                 *slots;       /* how many its pair has */
  guint                  max_count;
  HashiyaRgba            colors[5];   /* the quad classes, then co-mentions */
  char                  *message;     /* when there is nothing to draw */
  char                  *note;        /* when there are actors but no links */

  double                 fit[4];
  double                 zoom;
  double                 pan_x;
  double                 pan_y;

  /* Where things are at the last drawing. */
  double                 r_max;
  double                 r_min;
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

static guint
line_style (HashiyaNetworkScene *self,
            guint                i,
            double               width)
{
  HashiyaNetworkEdge *edge = EDGE (self, i);
  guint color = edge->type != NULL ? edge->quad_class : COMENTION_COLOR;
  gboolean dashed = edge->type != NULL && (edge->quad_class == HASHIYA_QUAD_CLASS_VERBAL_COOPERATION ||
                                           edge->quad_class == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT);

  return (guint) lround (width * 2) << 4 | color << 1 | dashed;
}

/* In proportion to the count: 2.5 a link, less when the strongest edge
 * would be wider than 9, half as much in a network of more than a
 * thousand edges, where thick lines would hide each other. */
static double
edge_width (HashiyaNetworkScene *self,
            guint                count)
{
  double s = self->frame.scale * self->frame.palette->line;
  double unit = MIN (2.5, 9.0 / MAX (self->max_count, 1)) * (self->n_edges > 1000 ? 0.5 : 1);

  return CLAMP (unit * count, 0.75, 9.0) * s;
}

/* Arrowheads: smaller and as see-through as the lines in a network of
 * more than 300 edges, where they would cover the nodes. */
static double
arrow_length (HashiyaNetworkScene *self,
              double               width)
{
  return (self->n_edges > 300 ? 4.0 : 7.0) * self->frame.scale + 1.6 * width;
}

static double
arrow_alpha (HashiyaNetworkScene *self)
{
  return self->n_edges > 300 ? self->colors[0].alpha : 1;
}

static int
compare_by_style (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  HashiyaNetworkScene *self = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint sx = line_style (self, x, edge_width (self, EDGE (self, x)->count));
  guint sy = line_style (self, y, edge_width (self, EDGE (self, y)->count));

  return sx != sy ? (sx < sy ? -1 : 1) : (x < y ? -1 : x > y);
}

static int
compare_by_mentions (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  HashiyaNetworkScene *self = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint mx = NODE (self, x)->mentions;
  guint my = NODE (self, y)->mentions;

  return mx != my ? (mx > my ? -1 : 1) : (x < y ? -1 : x > y);
}

/* Edges between the same two actors, and loops of one actor, each get a
 * slot so that they bow apart. */
static void
count_slots (HashiyaNetworkScene *self)
{
  g_autoptr(GHashTable) pairs = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = g_new (gint64, MAX (self->n_edges, 1));

  for (guint i = 0; i < self->n_edges; i++)
    {
      HashiyaNetworkEdge *edge = EDGE (self, i);
      guint a = MIN (edge->source->position, edge->target->position);
      guint b = MAX (edge->source->position, edge->target->position);
      gpointer count;

      keys[i] = (gint64) a << 32 | b;
      count = g_hash_table_lookup (pairs, &keys[i]);
      self->slot[i] = GPOINTER_TO_UINT (count);
      g_hash_table_insert (pairs, &keys[i], GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }
  for (guint i = 0; i < self->n_edges; i++)
    self->slots[i] = GPOINTER_TO_UINT (g_hash_table_lookup (pairs, &keys[i]));
}

static char *
make_subtitle (HashiyaNetwork *network)
{
  const HashiyaNetworkFilter *filter = hashiya_network_get_filter (network);
  GPtrArray *documents = hashiya_network_get_documents (network);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_taken = hashiya_network_get_n_taken (network);
  guint n_links = hashiya_network_get_n_links (network);
  guint n_nodes = hashiya_network_get_n_nodes (network);
  char *dates;

  if (documents->len == 1 && n_taken == 1)
    g_ptr_array_add (parts, g_strdup (hashiya_network_document_get_title (g_ptr_array_index (documents, 0))));
  else
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u document", "%u documents", n_taken), n_taken));
  dates = hashiya_network_filter_describe_dates (filter);
  if (dates == NULL && hashiya_network_get_first_date (network) != NULL)
    dates = g_strcmp0 (hashiya_network_get_first_date (network), hashiya_network_get_last_date (network)) == 0
            ? g_strdup (hashiya_network_get_first_date (network))
            : g_strdup_printf ("%s – %s", hashiya_network_get_first_date (network), hashiya_network_get_last_date (network));
  /* Dates stay left to right in a right-to-left line: embedded. */
  if (dates != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("\u202a%s\u202c", dates));
  g_free (dates);
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u actor", "%u actors", n_nodes), n_nodes));
  if (filter->edges == HASHIYA_NETWORK_EDGES_RELATIONS)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u relation", "%u relations", n_links), n_links));
  else
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u co-mention", "%u co-mentions", n_links), n_links));
  if (hashiya_network_get_n_undated (network) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u document without a date left out",
                                                       "%u documents without a date left out",
                                                       hashiya_network_get_n_undated (network)),
                                             hashiya_network_get_n_undated (network)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* What to say when there is nothing, or no link, to draw. */
static void
make_messages (HashiyaNetworkScene *self)
{
  HashiyaNetwork *network = self->network;
  const HashiyaNetworkFilter *filter = hashiya_network_get_filter (network);

  if (hashiya_network_get_n_taken (network) == 0)
    self->message = g_strdup (hashiya_network_get_documents (network)->len == 0
                              ? _("There is no document to draw.")
                              : _("No document is left by these filters."));
  else if (self->n_nodes == 0)
    self->message = g_strdup (_("No actor is left: no mention passes these filters."));
  else if (self->n_edges == 0)
    self->note = g_strdup (filter->edges == HASHIYA_NETWORK_EDGES_RELATIONS
                           ? (filter->min_count > 1
                              ? _("No two of these actors are linked by as many relations as asked.")
                              : _("No relation between these actors passes these filters."))
                           : (filter->min_count > 1
                              ? _("No two of these actors are named together in as many sentences as asked.")
                              : _("No two of these actors are named in one sentence.")));
}

static void
make_legend (HashiyaNetworkScene *self)
{
  HashiyaFrame *frame = &self->frame;
  gboolean kinds[HASHIYA_ACTOR_KIND_OTHER + 1] = { FALSE };
  gboolean quads[4] = { FALSE };
  gboolean comentions = FALSE, directed = FALSE;
  const HashiyaRgba none = { 0, 0, 0, 0 };

  for (guint i = 0; i < self->n_nodes; i++)
    kinds[hashiya_actor_get_kind (NODE (self, i)->actor)] = TRUE;
  for (guint i = 0; i < self->n_edges; i++)
    {
      HashiyaNetworkEdge *edge = EDGE (self, i);

      if (edge->type == NULL)
        comentions = TRUE;
      else
        quads[edge->quad_class] = TRUE;
      directed |= edge->directed && edge->source != edge->target;
    }
  for (int kind = 0; kind <= HASHIYA_ACTOR_KIND_OTHER; kind++)
    if (kinds[kind])
      hashiya_frame_add_legend (frame, HASHIYA_LEGEND_SHAPE, kind, &none, FALSE, 0, hashiya_picture_kind_name (kind));
  if (self->n_nodes > 0)
    hashiya_frame_add_legend (frame, HASHIYA_LEGEND_SIZES, 0, &none, FALSE, 0, _("area: mentions"));
  for (int quad = 0; quad < 4; quad++)
    if (quads[quad])
      hashiya_frame_add_legend (frame, HASHIYA_LEGEND_LINE, 0, &self->colors[quad],
                                quad == HASHIYA_QUAD_CLASS_VERBAL_COOPERATION || quad == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT,
                                2.5 * frame->scale * frame->palette->line, hashiya_picture_quad_name (quad));
  if (comentions)
    hashiya_frame_add_legend (frame, HASHIYA_LEGEND_LINE, 0, &self->colors[COMENTION_COLOR], FALSE,
                              2.5 * frame->scale * frame->palette->line, _("named in one sentence"));
  if (directed)
    hashiya_frame_add_legend (frame, HASHIYA_LEGEND_ARROW, 0, &frame->palette->foreground, FALSE, 0,
                              _("to whom it is done"));
  if (self->n_edges > 0)
    hashiya_frame_add_legend (frame, HASHIYA_LEGEND_LINE, 0, &frame->palette->muted, FALSE, 5 * frame->scale,
                              _("width: how many times"));
}

/* Whether labels laid out for one picture serve another as they are. */
static gboolean
same_labels (const HashiyaPictureOptions *a,
             const HashiyaPictureOptions *b)
{
  return a->arabic == b->arabic && a->scale == b->scale && g_strcmp0 (a->font, b->font) == 0;
}

/* The label of node @i: the one @previous laid out for the same actor
 * and the same name, or a new one. */
static void
make_label (HashiyaNetworkScene *self,
            guint                i,
            HashiyaNetworkScene *previous)
{
  HashiyaNetworkNode *node = NODE (self, i);
  const char *name = hashiya_network_node_get_label (node, self->options->arabic);
  int label_width, label_height;

  if (previous != NULL)
    {
      HashiyaNetworkNode *before = hashiya_network_lookup_node (previous->network, hashiya_network_node_get_id (node));

      if (before != NULL &&
          g_strcmp0 (pango_layout_get_text (previous->labels[before->position]), name) == 0)
        {
          self->labels[i] = g_object_ref (previous->labels[before->position]);
          self->label_width[i] = previous->label_width[before->position];
          self->label_height[i] = previous->label_height[before->position];
          return;
        }
    }
  self->labels[i] = hashiya_frame_name (&self->frame, self->label_size, name);
  pango_layout_get_size (self->labels[i], &label_width, &label_height);
  self->label_width[i] = (double) label_width / PANGO_SCALE;
  self->label_height[i] = (double) label_height / PANGO_SCALE;
}

static HashiyaNetworkScene *
scene_new (HashiyaNetwork              *network,
           const HashiyaPictureOptions *options,
           double                       width,
           double                       height,
           HashiyaNetworkScene         *previous)
{
  HashiyaNetworkScene *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  HashiyaRelationCatalog *catalog;
  guint max_mentions = 1;

  self = g_new0 (HashiyaNetworkScene, 1);
  self->network = g_object_ref (network);
  self->options = options != NULL ? hashiya_picture_options_copy (options) : hashiya_picture_options_new ();
  self->n_nodes = hashiya_network_get_n_nodes (network);
  self->n_edges = hashiya_network_get_n_edges (network);
  self->nodes = g_new0 (HashiyaNetworkNode *, MAX (self->n_nodes, 1));
  self->edges = g_new0 (HashiyaNetworkEdge *, MAX (self->n_edges, 1));
  for (guint i = 0; i < self->n_nodes; i++)
    self->nodes[i] = hashiya_network_get_node (network, i);
  for (guint i = 0; i < self->n_edges; i++)
    self->edges[i] = hashiya_network_get_edge (network, i);
  self->zoom = 1;

  title = g_strdup (hashiya_network_get_filter (network)->edges == HASHIYA_NETWORK_EDGES_RELATIONS
                    ? _("Actors and their relations") : _("Actors named together"));
  subtitle = make_subtitle (network);
  hashiya_frame_init (&self->frame, self->options, title, subtitle);

  catalog = hashiya_network_get_relation_catalog (network);
  for (guint quad = 0; quad < 4; quad++)
    hashiya_palette_quad_color (self->frame.palette, hashiya_relation_catalog_get_quad_color (catalog, quad), quad,
                                &self->colors[quad]);
  self->colors[COMENTION_COLOR] = self->frame.palette->comention;
  for (guint i = 0; i < 5; i++)
    self->colors[i].alpha = self->n_edges > 300 ? 0.55 : 0.85;

  self->labels = g_new0 (PangoLayout *, MAX (self->n_nodes, 1));
  self->label_width = g_new0 (double, MAX (self->n_nodes, 1));
  self->label_height = g_new0 (double, MAX (self->n_nodes, 1));
  self->size = g_new0 (double, MAX (self->n_nodes, 1));
  self->node_order = g_new0 (guint, MAX (self->n_nodes, 1));
  self->px = g_new0 (double, MAX (self->n_nodes, 1));
  self->py = g_new0 (double, MAX (self->n_nodes, 1));
  self->r = g_new0 (double, MAX (self->n_nodes, 1));
  self->label_box = g_new0 (Box, MAX (self->n_nodes, 1));
  self->label_shown = g_new0 (gboolean, MAX (self->n_nodes, 1));
  self->label_size = self->n_nodes > 150 ? LABEL_SIZE - 2 : LABEL_SIZE;
  if (previous != NULL && (previous->label_size != self->label_size || !same_labels (previous->options, self->options)))
    previous = NULL;
  for (guint i = 0; i < self->n_nodes; i++)
    max_mentions = MAX (max_mentions, hashiya_network_get_node (network, i)->mentions);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

      make_label (self, i, previous);
      self->max_label_height = MAX (self->max_label_height, self->label_height[i]);
      self->size[i] = sqrt ((double) node->mentions / max_mentions);
      self->node_order[i] = i;
    }
  g_qsort_with_data (self->node_order, self->n_nodes, sizeof (guint), compare_by_mentions, self);

  self->edge_order = g_new0 (guint, MAX (self->n_edges, 1));
  self->slot = g_new0 (guint, MAX (self->n_edges, 1));
  self->slots = g_new0 (guint, MAX (self->n_edges, 1));
  self->lines = g_new0 (Line, MAX (self->n_edges, 1));
  for (guint i = 0; i < self->n_edges; i++)
    {
      self->max_count = MAX (self->max_count, hashiya_network_get_edge (network, i)->count);
      self->edge_order[i] = i;
    }
  g_qsort_with_data (self->edge_order, self->n_edges, sizeof (guint), compare_by_style, self);
  count_slots (self);

  make_messages (self);
  hashiya_frame_set_note (&self->frame, self->note);
  make_legend (self);
  hashiya_network_scene_set_size (self, width, height);
  hashiya_network_scene_fit (self);
  return self;
}

/**
 * hashiya_network_scene_new:
 * @options: (nullable): the style, the names' language, the title …
 * @width: the size of the picture
 *
 * Makes the picture of @network as it is placed now (see
 * hashiya_network_layout()), fitted to @width × @height. A new layout
 * moves the nodes; hashiya_network_scene_fit() refits them.
 *
 * Returns: (transfer full): the scene
 */
HashiyaNetworkScene *
hashiya_network_scene_new (HashiyaNetwork              *network,
                           const HashiyaPictureOptions *options,
                           double                       width,
                           double                       height)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (network), NULL);

  return scene_new (network, options, width, height, NULL);
}

/**
 * hashiya_network_scene_new_after:
 * @previous: the picture shown so far, of the same documents
 * @options: (nullable): the style, the names' language, the title …
 *
 * Makes the picture of @network (another filter of @previous's
 * documents) in @previous's place: the same size, the same box of layout
 * units, zoom and pan, so that the actors that stay stay where they were
 * on the screen, and the labels of those actors taken as they were laid
 * out, which spares most of the work of a filter change.
 *
 * Returns: (transfer full): the scene
 */
HashiyaNetworkScene *
hashiya_network_scene_new_after (HashiyaNetworkScene         *previous,
                                 HashiyaNetwork              *network,
                                 const HashiyaPictureOptions *options)
{
  HashiyaNetworkScene *self;

  g_return_val_if_fail (previous != NULL, NULL);
  g_return_val_if_fail (HASHIYA_IS_NETWORK (network), NULL);

  self = scene_new (network, options, previous->frame.width, previous->frame.height, previous);
  if (self->n_nodes > 0 && previous->n_nodes > 0)
    {
      memcpy (self->fit, previous->fit, sizeof self->fit);
      self->zoom = previous->zoom;
      self->pan_x = previous->pan_x;
      self->pan_y = previous->pan_y;
    }
  return self;
}

static void
free_cells (HashiyaNetworkScene *self)
{
  for (guint i = 0; i < self->columns * self->rows; i++)
    g_array_unref (self->cells[i]);
  g_clear_pointer (&self->cells, g_free);
  self->columns = self->rows = 0;
}

void
hashiya_network_scene_free (HashiyaNetworkScene *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_nodes; i++)
    g_object_unref (self->labels[i]);
  free_cells (self);
  g_clear_pointer (&self->layer, cairo_surface_destroy);
  g_free (self->nodes);
  g_free (self->edges);
  g_free (self->labels);
  g_free (self->label_width);
  g_free (self->label_height);
  g_free (self->size);
  g_free (self->node_order);
  g_free (self->edge_order);
  g_free (self->slot);
  g_free (self->slots);
  g_free (self->px);
  g_free (self->py);
  g_free (self->r);
  g_free (self->lines);
  g_free (self->label_box);
  g_free (self->label_shown);
  g_free (self->message);
  g_free (self->note);
  hashiya_frame_clear (&self->frame);
  hashiya_picture_options_free (self->options);
  g_object_unref (self->network);
  g_free (self);
}

/**
 * hashiya_network_scene_get_network:
 *
 * Returns: (transfer none): the network it shows
 */
HashiyaNetwork *
hashiya_network_scene_get_network (HashiyaNetworkScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->network;
}

/**
 * hashiya_network_scene_set_size:
 *
 * The picture is now @width × @height; the fit and the view stay.
 */
void
hashiya_network_scene_set_size (HashiyaNetworkScene *self,
                                double               width,
                                double               height)
{
  cairo_rectangle_t plot;
  double s;

  g_return_if_fail (self != NULL);

  self->layer_ready = FALSE;
  hashiya_frame_set_size (&self->frame, MAX (width, 1), MAX (height, 1));
  hashiya_frame_get_plot (&self->frame, &plot);
  s = self->frame.scale;
  self->r_max = CLAMP (MIN (plot.width, plot.height) / (3.0 * sqrt (MAX (self->n_nodes, 1)) + 2), 6 * s, 30 * s);
  self->r_min = MIN (3 * s, self->r_max);

  free_cells (self);
  self->cell = 48 * s;
  self->columns = (guint) ceil (self->frame.width / self->cell) + 1;
  self->rows = (guint) ceil (self->frame.height / self->cell) + 1;
  self->cells = g_new (GArray *, self->columns * self->rows);
  for (guint i = 0; i < self->columns * self->rows; i++)
    self->cells[i] = g_array_new (FALSE, FALSE, sizeof (Box));
}

/* Where node centres may go: the plot, less room for the nodes and a
 * line of label above and below. */
static void
get_inner (HashiyaNetworkScene *self,
           cairo_rectangle_t   *inner)
{
  double s = self->frame.scale;
  double pad_x = self->r_max + 8 * s, pad_y = self->r_max + self->max_label_height + 6 * s;

  hashiya_frame_get_plot (&self->frame, inner);
  pad_x = MIN (pad_x, inner->width / 3);
  pad_y = MIN (pad_y, inner->height / 3);
  inner->x += pad_x;
  inner->y += pad_y;
  inner->width -= 2 * pad_x;
  inner->height -= 2 * pad_y;
}

/**
 * hashiya_network_scene_fit:
 *
 * Fits the box of the nodes' places as they are now into the picture,
 * with no zoom and no pan.
 */
void
hashiya_network_scene_fit (HashiyaNetworkScene *self)
{
  g_return_if_fail (self != NULL);

  hashiya_network_get_extent (self->network, &self->fit[0], &self->fit[1], &self->fit[2], &self->fit[3]);
  self->zoom = 1;
  self->pan_x = self->pan_y = 0;
}

/**
 * hashiya_network_scene_get_fit:
 *
 * The box of layout units that fills the picture at no zoom: keep it
 * from one scene to the next (a filter changed) so that the nodes that
 * stay stay where they are on the screen.
 */
void
hashiya_network_scene_get_fit (HashiyaNetworkScene *self,
                               double              *min_x,
                               double              *min_y,
                               double              *max_x,
                               double              *max_y)
{
  g_return_if_fail (self != NULL);

  *min_x = self->fit[0], *min_y = self->fit[1], *max_x = self->fit[2], *max_y = self->fit[3];
}

void
hashiya_network_scene_set_fit (HashiyaNetworkScene *self,
                               double               min_x,
                               double               min_y,
                               double               max_x,
                               double               max_y)
{
  g_return_if_fail (self != NULL);

  self->fit[0] = min_x, self->fit[1] = min_y, self->fit[2] = max_x, self->fit[3] = max_y;
}

/**
 * hashiya_network_scene_set_view:
 * @zoom: 1 shows the fitted box
 * @pan_x: how far the picture moves, in its units
 */
void
hashiya_network_scene_set_view (HashiyaNetworkScene *self,
                                double               zoom,
                                double               pan_x,
                                double               pan_y)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (zoom > 0);

  self->zoom = zoom;
  self->pan_x = pan_x;
  self->pan_y = pan_y;
}

void
hashiya_network_scene_get_view (HashiyaNetworkScene *self,
                                double              *zoom,
                                double              *pan_x,
                                double              *pan_y)
{
  g_return_if_fail (self != NULL);

  *zoom = self->zoom, *pan_x = self->pan_x, *pan_y = self->pan_y;
}

/* Layout units to the picture at no zoom: a scale and the centres. */
static double
base_scale (HashiyaNetworkScene *self,
            cairo_rectangle_t   *inner)
{
  double dx = self->fit[2] - self->fit[0], dy = self->fit[3] - self->fit[1];

  get_inner (self, inner);
  if (dx <= 1e-9 && dy <= 1e-9)
    return 1;
  return MIN (dx > 1e-9 ? inner->width / dx : G_MAXDOUBLE, dy > 1e-9 ? inner->height / dy : G_MAXDOUBLE);
}

void
hashiya_network_scene_to_picture (HashiyaNetworkScene *self,
                                  double               layout_x,
                                  double               layout_y,
                                  double              *x,
                                  double              *y)
{
  cairo_rectangle_t inner;
  double k;

  g_return_if_fail (self != NULL);

  k = base_scale (self, &inner) * self->zoom;
  *x = inner.x + inner.width / 2 + self->pan_x + k * (layout_x - (self->fit[0] + self->fit[2]) / 2);
  *y = inner.y + inner.height / 2 + self->pan_y + k * (layout_y - (self->fit[1] + self->fit[3]) / 2);
}

void
hashiya_network_scene_to_layout (HashiyaNetworkScene *self,
                                 double               x,
                                 double               y,
                                 double              *layout_x,
                                 double              *layout_y)
{
  cairo_rectangle_t inner;
  double k;

  g_return_if_fail (self != NULL);

  k = base_scale (self, &inner) * self->zoom;
  *layout_x = (self->fit[0] + self->fit[2]) / 2 + (x - inner.x - inner.width / 2 - self->pan_x) / k;
  *layout_y = (self->fit[1] + self->fit[3]) / 2 + (y - inner.y - inner.height / 2 - self->pan_y) / k;
}

static gboolean
intersects (double x0, double y0, double x1, double y1,
            double width, double height)
{
  return x1 >= 0 && y1 >= 0 && x0 <= width && y0 <= height;
}

/* From the centre of a node of radius R at X, Y towards TX, TY, the
 * point on its edge. */
static void
on_edge (double  x,
         double  y,
         double  r,
         double  tx,
         double  ty,
         double *ox,
         double *oy)
{
  double dx = tx - x, dy = ty - y, length = hypot (dx, dy);

  if (length < 1e-9)
    {
      *ox = x, *oy = y;
      return;
    }
  *ox = x + dx / length * r;
  *oy = y + dy / length * r;
}

static void
place_lines (HashiyaNetworkScene *self)
{
  double s = self->frame.scale;

  for (guint i = 0; i < self->n_edges; i++)
    {
      HashiyaNetworkEdge *edge = EDGE (self, i);
      Line *line = &self->lines[i];
      guint a = edge->source->position, b = edge->target->position;
      double ax = self->px[a], ay = self->py[a], bx = self->px[b], by = self->py[b];
      double width = edge_width (self, edge->count);

      memset (line, 0, sizeof *line);
      line->width = width;
      if (a == b)
        {
          line->loop = TRUE;
          line->loop_r = self->r[a] * 0.55 + 5 * s + 4 * s * self->slot[i];
          line->loop_x = ax;
          line->loop_y = ay - self->r[a] - line->loop_r * 0.45;
          line->visible = intersects (line->loop_x - line->loop_r, line->loop_y - line->loop_r,
                                      line->loop_x + line->loop_r, line->loop_y + line->loop_r,
                                      self->frame.width, self->frame.height);
          continue;
        }
      else
        {
          /* Bows: offsets across the line from the lower node to the
           * higher, whichever way the edge goes. */
          guint low = MIN (a, b);
          double lx = self->px[low], ly = self->py[low];
          double hx = low == a ? bx : ax, hy = low == a ? by : ay;
          double dx = hx - lx, dy = hy - ly, length = hypot (dx, dy);
          double offset = ((double) self->slot[i] - (self->slots[i] - 1) / 2.0) * 14 * s;
          double arrow, ux, uy;

          if (length <= self->r[a] + self->r[b] + 1)
            continue;  /* the nodes overlap: no room for a line */
          line->cx = (ax + bx) / 2 - dy / length * offset * 2;
          line->cy = (ay + by) / 2 + dx / length * offset * 2;
          on_edge (ax, ay, self->r[a] + 1.5 * s, line->cx, line->cy, &line->sx, &line->sy);
          on_edge (bx, by, self->r[b] + 1.5 * s, line->cx, line->cy, &line->ex, &line->ey);
          if (edge->directed)
            {
              /* The line stops at the arrowhead's back. */
              arrow = arrow_length (self, width);
              line->tip_x = line->ex, line->tip_y = line->ey;
              ux = line->tip_x - line->cx, uy = line->tip_y - line->cy;
              length = hypot (ux, uy);
              line->ex = line->tip_x - ux / length * arrow * 0.8;
              line->ey = line->tip_y - uy / length * arrow * 0.8;
            }
          line->visible = intersects (MIN (MIN (line->sx, line->ex), line->cx), MIN (MIN (line->sy, line->ey), line->cy),
                                      MAX (MAX (line->sx, line->ex), line->cx), MAX (MAX (line->sy, line->ey), line->cy),
                                      self->frame.width, self->frame.height);
        }
    }
}

static void
add_box (HashiyaNetworkScene *self,
         const Box           *box)
{
  int c0 = (int) floor (box->x / self->cell), c1 = (int) floor ((box->x + box->width) / self->cell);
  int r0 = (int) floor (box->y / self->cell), r1 = (int) floor ((box->y + box->height) / self->cell);

  for (int row = MAX (r0, 0); row <= MIN (r1, (int) self->rows - 1); row++)
    for (int column = MAX (c0, 0); column <= MIN (c1, (int) self->columns - 1); column++)
      g_array_append_vals (self->cells[row * self->columns + column], box, 1);
}

static gboolean
box_is_free (HashiyaNetworkScene *self,
             const Box           *box)
{
  int c0 = (int) floor (box->x / self->cell), c1 = (int) floor ((box->x + box->width) / self->cell);
  int r0 = (int) floor (box->y / self->cell), r1 = (int) floor ((box->y + box->height) / self->cell);

  for (int row = MAX (r0, 0); row <= MIN (r1, (int) self->rows - 1); row++)
    for (int column = MAX (c0, 0); column <= MIN (c1, (int) self->columns - 1); column++)
      {
        GArray *cell = self->cells[row * self->columns + column];

        for (guint i = 0; i < cell->len; i++)
          {
            Box *other = &g_array_index (cell, Box, i);

            if (box->x < other->x + other->width && other->x < box->x + box->width &&
                box->y < other->y + other->height && other->y < box->y + box->height)
              return FALSE;
          }
      }
  return TRUE;
}

/* Beside its node, where nothing else is, inside the plot. */
static void
place_labels (HashiyaNetworkScene *self)
{
  cairo_rectangle_t plot;
  double gap = 3 * self->frame.scale;
  gboolean small = self->n_nodes <= SMALL_NETWORK;

  hashiya_frame_get_plot (&self->frame, &plot);
  for (guint i = 0; i < self->columns * self->rows; i++)
    g_array_set_size (self->cells[i], 0);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      Box box = { self->px[i] - self->r[i], self->py[i] - self->r[i], 2 * self->r[i], 2 * self->r[i], i };

      self->label_shown[i] = FALSE;
      add_box (self, &box);
    }

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      double w = self->label_width[i], h = self->label_height[i], x = self->px[i], y = self->py[i], r = self->r[i];
      Box candidates[4] = {
        { x - w / 2, y + r + gap, w, h, i },
        { x - w / 2, y - r - gap - h, w, h, i },
        { x + r + gap, y - h / 2, w, h, i },
        { x - r - gap - w, y - h / 2, w, h, i },
      };
      const Box *fallback = NULL;

      if (!intersects (x - r, y - r, x + r, y + r, self->frame.width, self->frame.height))
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          Box *box = &candidates[c];

          /* Above or below may slide along to stay inside; never
           * across its node, which it is above or below. */
          if (c < 2)
            box->x = CLAMP (box->x, plot.x, MAX (plot.x + plot.width - w, plot.x));
          if (box->x < plot.x - 0.01 || box->x + w > plot.x + plot.width + 0.01 ||
              box->y < plot.y - 0.01 || box->y + h > plot.y + plot.height + 0.01)
            continue;
          if (fallback == NULL)
            fallback = box;
          if (box_is_free (self, box))
            {
              fallback = box;
              break;
            }
          if (c == G_N_ELEMENTS (candidates) - 1 && !small)
            fallback = NULL;
        }
      if (fallback == NULL)
        continue;
      self->label_box[i] = *fallback;
      self->label_shown[i] = TRUE;
      add_box (self, fallback);
    }
}

static void
place_everything (HashiyaNetworkScene *self)
{
  for (guint i = 0; i < self->n_nodes; i++)
    {
      HashiyaNetworkNode *node = NODE (self, i);

      hashiya_network_scene_to_picture (self, node->x, node->y, &self->px[i], &self->py[i]);
      self->r[i] = MAX (self->r_min, self->r_max * self->size[i]);
    }
  place_lines (self);
  place_labels (self);
}

static void
paint_lines (HashiyaNetworkScene *self,
             HashiyaPainter      *painter)
{
  cairo_t *cr = hashiya_painter_get_path (painter);
  double dashes[2];
  guint i = 0;

  hashiya_frame_dash (&self->frame, dashes);
  while (i < self->n_edges)
    {
      guint first = self->edge_order[i];
      HashiyaNetworkEdge *edge = EDGE (self, first);
      guint style = line_style (self, first, self->lines[first].width);
      guint color = edge->type != NULL ? edge->quad_class : COMENTION_COLOR;
      gboolean any = FALSE;

      for (; i < self->n_edges && line_style (self, self->edge_order[i], self->lines[self->edge_order[i]].width) == style; i++)
        {
          Line *line = &self->lines[self->edge_order[i]];

          if (!line->visible)
            continue;
          any = TRUE;
          if (line->loop)
            {
              cairo_new_sub_path (cr);
              cairo_arc (cr, line->loop_x, line->loop_y, line->loop_r, 0, 2 * G_PI);
              continue;
            }
          cairo_move_to (cr, line->sx, line->sy);
          if (self->slots[self->edge_order[i]] == 1)
            cairo_line_to (cr, line->ex, line->ey);
          else
            cairo_curve_to (cr, line->sx + 2.0 / 3 * (line->cx - line->sx), line->sy + 2.0 / 3 * (line->cy - line->sy),
                            line->ex + 2.0 / 3 * (line->cx - line->ex), line->ey + 2.0 / 3 * (line->cy - line->ey),
                            line->ex, line->ey);
        }
      if (any)
        hashiya_painter_stroke (painter, &self->colors[color], self->lines[first].width, dashes, style & 1 ? 2 : 0);
    }

  /* Arrowheads, a colour at once. */
  for (guint color = 0; color < 4; color++)
    {
      gboolean any = FALSE;

      for (guint k = 0; k < self->n_edges; k++)
        {
          HashiyaNetworkEdge *edge = EDGE (self, k);
          Line *line = &self->lines[k];
          double ux, uy, length, arrow, half;

          if (!line->visible || line->loop || !edge->directed || edge->quad_class != color)
            continue;
          ux = line->tip_x - line->ex, uy = line->tip_y - line->ey;
          length = hypot (ux, uy);
          if (length < 1e-9)
            continue;
          ux /= length, uy /= length;
          arrow = arrow_length (self, line->width);
          half = arrow * 0.45;
          cairo_move_to (cr, line->tip_x, line->tip_y);
          cairo_line_to (cr, line->tip_x - ux * arrow - uy * half, line->tip_y - uy * arrow + ux * half);
          cairo_line_to (cr, line->tip_x - ux * arrow + uy * half, line->tip_y - uy * arrow - ux * half);
          cairo_close_path (cr);
          any = TRUE;
        }
      if (any)
        {
          HashiyaRgba solid = self->colors[color];

          solid.alpha = arrow_alpha (self);
          hashiya_painter_fill (painter, &solid, FALSE);
        }
    }
}

static void
paint_nodes (HashiyaNetworkScene *self,
             HashiyaPainter      *painter)
{
  const HashiyaPalette *palette = self->frame.palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  double s = self->frame.scale;

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      HashiyaNetworkNode *node = NODE (self, i);
      g_autofree char *title = NULL;
      HashiyaRgba color;

      if (!intersects (self->px[i] - self->r[i], self->py[i] - self->r[i], self->px[i] + self->r[i],
                       self->py[i] + self->r[i], self->frame.width, self->frame.height))
        continue;
      if (!hashiya_rgba_parse (&color, hashiya_actor_get_color (node->actor)))
        color = palette->muted;
      title = g_strdup_printf (ngettext ("%s: %u mention", "%s: %u mentions", node->mentions),
                               hashiya_network_node_get_label (node, self->options->arabic), node->mentions);
      hashiya_painter_begin_group (painter, title);
      hashiya_frame_shape_path (cr, hashiya_actor_get_kind (node->actor), self->px[i], self->py[i], self->r[i]);
      hashiya_painter_fill (painter, &color, TRUE);
      hashiya_painter_stroke (painter, &palette->outline, 1.5 * s * palette->line, NULL, 0);
      if (node->pinned)
        {
          /* Put in place by the user. */
          cairo_new_sub_path (cr);
          cairo_arc (cr, self->px[i], self->py[i], self->r[i] + 2.5 * s, 0, 2 * G_PI);
          hashiya_painter_stroke (painter, &palette->foreground, 1 * s, NULL, 0);
        }
      hashiya_painter_end_group (painter);
    }
}

static gboolean
use_raster (HashiyaNetworkScene *self,
            cairo_t             *cr)
{
  cairo_surface_type_t type;

  if (cr == NULL || (self->n_edges <= RASTER_EDGES && self->n_nodes <= RASTER_NODES))
    return FALSE;
  type = cairo_surface_get_type (cairo_get_target (cr));
  return type == CAIRO_SURFACE_TYPE_IMAGE || type == CAIRO_SURFACE_TYPE_RECORDING;
}

static void paint_labels (HashiyaNetworkScene *self,
                          HashiyaPainter      *painter);

/* The same lines, arrowheads and nodes as paint_lines () and
 * paint_nodes (), into the layer's pixels, and the labels over them:
 * painted at once, and kept for hashiya_network_scene_draw_preview (). */
static void
render_layer (HashiyaNetworkScene *self,
              cairo_t             *cr)
{
  const HashiyaPalette *palette = self->frame.palette;
  g_autoptr(HashiyaPainter) layer_painter = NULL;
  cairo_t *layer_cr;
  double s = self->frame.scale, scale_x = 1, scale_y = 1, dashes[2];
  HashiyaRaster raster;
  int width, height;

  cairo_surface_get_device_scale (cairo_get_target (cr), &scale_x, &scale_y);
  width = (int) ceil (self->frame.width * scale_x);
  height = (int) ceil (self->frame.height * scale_y);
  if (self->layer == NULL || cairo_image_surface_get_width (self->layer) != width ||
      cairo_image_surface_get_height (self->layer) != height)
    {
      g_clear_pointer (&self->layer, cairo_surface_destroy);
      self->layer = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_surface_set_device_scale (self->layer, scale_x, scale_y);
    }
  hashiya_raster_begin (&raster, self->layer, scale_x);
  hashiya_frame_dash (&self->frame, dashes);

  for (guint k = 0; k < self->n_edges; k++)
    {
      guint i = self->edge_order[k];
      HashiyaNetworkEdge *edge = EDGE (self, i);
      Line *line = &self->lines[i];
      guint color = edge->type != NULL ? edge->quad_class : COMENTION_COLOR;
      gboolean dashed = line_style (self, i, line->width) & 1;
      const HashiyaRgba transparent = { 0, 0, 0, 0 };

      if (!line->visible)
        continue;
      if (line->loop)
        {
          hashiya_raster_disc (&raster, line->loop_x, line->loop_y, line->loop_r, &transparent, &self->colors[color],
                               line->width);
          continue;
        }
      if (self->slots[i] == 1)
        hashiya_raster_line (&raster, line->sx, line->sy, line->ex, line->ey, line->width, &self->colors[color],
                             dashed ? dashes[0] : 0, dashes[1]);
      else
        for (int step = 0; step < 8; step++)
          {
            double t0 = step / 8.0, t1 = (step + 1) / 8.0, u0 = 1 - t0, u1 = 1 - t1;

            hashiya_raster_line (&raster,
                                 u0 * u0 * line->sx + 2 * u0 * t0 * line->cx + t0 * t0 * line->ex,
                                 u0 * u0 * line->sy + 2 * u0 * t0 * line->cy + t0 * t0 * line->ey,
                                 u1 * u1 * line->sx + 2 * u1 * t1 * line->cx + t1 * t1 * line->ex,
                                 u1 * u1 * line->sy + 2 * u1 * t1 * line->cy + t1 * t1 * line->ey,
                                 line->width, &self->colors[color], dashed ? dashes[0] : 0, dashes[1]);
          }
      if (edge->directed)
        {
          double ux = line->tip_x - line->ex, uy = line->tip_y - line->ey, length = hypot (ux, uy);
          double arrow = arrow_length (self, line->width), half = arrow * 0.45;
          HashiyaRgba solid = self->colors[color];

          if (length < 1e-9)
            continue;
          ux /= length, uy /= length;
          solid.alpha = arrow_alpha (self);
          hashiya_raster_polygon (&raster, (double[]) {
                                    line->tip_x, line->tip_y,
                                    line->tip_x - ux * arrow - uy * half, line->tip_y - uy * arrow + ux * half,
                                    line->tip_x - ux * arrow + uy * half, line->tip_y - uy * arrow - ux * half,
                                  }, 3, &solid, NULL, 0);
        }
    }

  for (guint k = 0; k < self->n_nodes; k++)
    {
      guint i = self->node_order[k];
      HashiyaNetworkNode *node = NODE (self, i);
      double points[16];
      HashiyaRgba color;
      int n;

      if (!intersects (self->px[i] - self->r[i], self->py[i] - self->r[i], self->px[i] + self->r[i],
                       self->py[i] + self->r[i], self->frame.width, self->frame.height))
        continue;
      if (!hashiya_rgba_parse (&color, hashiya_actor_get_color (node->actor)))
        color = palette->muted;
      n = hashiya_frame_shape_points (hashiya_actor_get_kind (node->actor), self->px[i], self->py[i], self->r[i], points);
      if (n == 0)
        hashiya_raster_disc (&raster, self->px[i], self->py[i], self->r[i], &color, &palette->outline,
                             1.5 * s * palette->line);
      else
        hashiya_raster_polygon (&raster, points, n, &color, &palette->outline, 1.5 * s * palette->line);
      if (node->pinned)
        {
          const HashiyaRgba transparent = { 0, 0, 0, 0 };

          hashiya_raster_disc (&raster, self->px[i], self->py[i], self->r[i] + 2.5 * s, &transparent,
                               &palette->foreground, 1 * s);
        }
    }

  cairo_surface_mark_dirty (self->layer);

  /* The labels over them, with Pango, in the same layer. */
  layer_cr = cairo_create (self->layer);
  layer_painter = hashiya_painter_new_for_cairo (layer_cr);
  paint_labels (self, layer_painter);
  cairo_destroy (layer_cr);
  self->layer_zoom = self->zoom;
  self->layer_pan_x = self->pan_x;
  self->layer_pan_y = self->pan_y;
  self->layer_ready = TRUE;
}

static void
paint_labels (HashiyaNetworkScene *self,
              HashiyaPainter      *painter)
{
  const HashiyaPalette *palette = self->frame.palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  HashiyaRgba halo = palette->background;

  halo.alpha = 0.75;
  for (guint i = 0; i < self->n_nodes; i++)
    if (self->label_shown[i])
      cairo_rectangle (cr, self->label_box[i].x - 1, self->label_box[i].y, self->label_box[i].width + 2,
                       self->label_box[i].height);
  hashiya_painter_fill (painter, &halo, FALSE);
  for (guint i = 0; i < self->n_nodes; i++)
    if (self->label_shown[i])
      hashiya_painter_show_layout (painter, self->labels[i], self->label_box[i].x, self->label_box[i].y,
                                   &palette->foreground);
}

static void
paint (HashiyaPainter *painter,
       double          width,
       double          height,
       gpointer        data)
{
  HashiyaNetworkScene *self = data;
  cairo_rectangle_t plot;
  cairo_t *cr;

  hashiya_frame_paint (&self->frame, painter);
  hashiya_frame_get_plot (&self->frame, &plot);
  if (self->message != NULL)
    {
      hashiya_frame_paint_message (&self->frame, painter, self->message, plot.y + plot.height / 2);
      return;
    }
  place_everything (self);
  cr = hashiya_painter_get_cairo (painter);
  if (use_raster (self, cr))
    {
      render_layer (self, cr);
      cairo_save (cr);
      cairo_set_source_surface (cr, self->layer, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      return;
    }
  paint_lines (self, painter);
  paint_nodes (self, painter);
  paint_labels (self, painter);
}

/**
 * hashiya_network_scene_draw:
 *
 * Draws the picture on @cr, from 0, 0 to the scene's size.
 */
void
hashiya_network_scene_draw (HashiyaNetworkScene *self,
                            cairo_t             *cr)
{
  g_autoptr(HashiyaPainter) painter = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  painter = hashiya_painter_new_for_cairo (cr);
  paint (painter, self->frame.width, self->frame.height, self);
  cairo_restore (cr);
}

/**
 * hashiya_network_scene_draw_preview:
 *
 * Draws the picture on @cr as hashiya_network_scene_draw() last drew
 * it, moved and scaled to the view set since: a frame of a pan or a zoom
 * in a few milliseconds whatever the network's size, its lines and labels
 * a little blurred while zoomed. Draw it with hashiya_network_scene_draw()
 * once the gesture ends, and after nodes move. A small network (up to 400
 * edges and 300 nodes) is drawn anew each time.
 */
void
hashiya_network_scene_draw_preview (HashiyaNetworkScene *self,
                                    cairo_t             *cr)
{
  g_autoptr(HashiyaPainter) painter = NULL;
  cairo_rectangle_t inner, plot;
  double factor;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (!self->layer_ready || self->message != NULL || !use_raster (self, cr))
    {
      hashiya_network_scene_draw (self, cr);
      return;
    }
  cairo_save (cr);
  painter = hashiya_painter_new_for_cairo (cr);
  hashiya_frame_paint (&self->frame, painter);
  hashiya_frame_get_plot (&self->frame, &plot);
  get_inner (self, &inner);
  /* A point drawn at p is now at centre + pan + factor (p - centre - old pan). */
  factor = self->zoom / self->layer_zoom;
  cairo_rectangle (cr, plot.x, plot.y, plot.width, plot.height);
  cairo_clip (cr);
  cairo_translate (cr, inner.x + inner.width / 2 + self->pan_x, inner.y + inner.height / 2 + self->pan_y);
  cairo_scale (cr, factor, factor);
  cairo_translate (cr, -(inner.x + inner.width / 2 + self->layer_pan_x), -(inner.y + inner.height / 2 + self->layer_pan_y));
  cairo_set_source_surface (cr, self->layer, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_paint (cr);
  cairo_restore (cr);
}

/**
 * hashiya_network_scene_dup_title:
 *
 * Returns: (transfer full): its title, for a file's metadata
 */
char *
hashiya_network_scene_dup_title (HashiyaNetworkScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_strdup (pango_layout_get_text (self->frame.title));
}

/**
 * hashiya_network_scene_render:
 *
 * Returns: (transfer full) (nullable): the picture as a PNG, SVG or PDF
 *   file of the scene's size
 */
GBytes *
hashiya_network_scene_render (HashiyaNetworkScene   *self,
                              HashiyaPictureFormat   format,
                              GError               **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  title = hashiya_network_scene_dup_title (self);
  return hashiya_picture_render (paint, self, self->frame.width, self->frame.height, format, title, error);
}

/**
 * hashiya_network_scene_node_at:
 *
 * Returns: (transfer none) (nullable): the node drawn at @x, @y (the
 *   last drawn, on top, when several are)
 */
HashiyaNetworkNode *
hashiya_network_scene_node_at (HashiyaNetworkScene *self,
                               double               x,
                               double               y)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->message != NULL)
    return NULL;
  place_everything (self);
  for (guint k = self->n_nodes; k > 0; k--)
    {
      guint i = self->node_order[k - 1];

      if (hypot (x - self->px[i], y - self->py[i]) <= self->r[i] + 2 * self->frame.scale)
        return NODE (self, i);
    }
  return NULL;
}

static double
distance_to_segment (double x, double y,
                     double x0, double y0,
                     double x1, double y1)
{
  double dx = x1 - x0, dy = y1 - y0, length = dx * dx + dy * dy;
  double t = length > 0 ? CLAMP (((x - x0) * dx + (y - y0) * dy) / length, 0, 1) : 0;

  return hypot (x - (x0 + t * dx), y - (y0 + t * dy));
}

/**
 * hashiya_network_scene_edge_at:
 *
 * Returns: (transfer none) (nullable): the edge drawn nearest to @x, @y,
 *   within a few units of its line
 */
HashiyaNetworkEdge *
hashiya_network_scene_edge_at (HashiyaNetworkScene *self,
                               double               x,
                               double               y)
{
  HashiyaNetworkEdge *found = NULL;
  double best = G_MAXDOUBLE;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->message != NULL)
    return NULL;
  place_everything (self);
  for (guint i = 0; i < self->n_edges; i++)
    {
      Line *line = &self->lines[i];
      double distance = G_MAXDOUBLE, px = line->sx, py = line->sy;

      if (!line->visible)
        continue;
      if (line->loop)
        distance = fabs (hypot (x - line->loop_x, y - line->loop_y) - line->loop_r);
      else
        for (int step = 1; step <= 12; step++)
          {
            double t = step / 12.0, u = 1 - t;
            double qx = u * u * line->sx + 2 * u * t * line->cx + t * t * (line->tip_x != 0 || line->tip_y != 0 ? line->tip_x : line->ex);
            double qy = u * u * line->sy + 2 * u * t * line->cy + t * t * (line->tip_x != 0 || line->tip_y != 0 ? line->tip_y : line->ey);

            if (self->slots[i] == 1)
              {
                qx = line->sx + t * ((line->tip_x != 0 || line->tip_y != 0 ? line->tip_x : line->ex) - line->sx);
                qy = line->sy + t * ((line->tip_x != 0 || line->tip_y != 0 ? line->tip_y : line->ey) - line->sy);
              }
            distance = MIN (distance, distance_to_segment (x, y, px, py, qx, qy));
            px = qx, py = qy;
          }
      if (distance <= line->width / 2 + 4 * self->frame.scale && distance < best)
        {
          best = distance;
          found = EDGE (self, i);
        }
    }
  return found;
}

/**
 * hashiya_network_scene_get_node_box:
 *
 * Returns: whether @node is drawn; @box is where
 */
gboolean
hashiya_network_scene_get_node_box (HashiyaNetworkScene *self,
                                    HashiyaNetworkNode  *node,
                                    cairo_rectangle_t   *box)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (node), FALSE);

  i = node->position;
  if (self->message != NULL || i >= self->n_nodes || NODE (self, i) != node)
    return FALSE;
  place_everything (self);
  box->x = self->px[i] - self->r[i];
  box->y = self->py[i] - self->r[i];
  box->width = box->height = 2 * self->r[i];
  return intersects (box->x, box->y, box->x + box->width, box->y + box->height, self->frame.width, self->frame.height);
}

/**
 * hashiya_network_scene_get_label_box:
 *
 * Returns: whether the label of @node is drawn; @box is where
 */
gboolean
hashiya_network_scene_get_label_box (HashiyaNetworkScene *self,
                                     HashiyaNetworkNode  *node,
                                     cairo_rectangle_t   *box)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (node), FALSE);

  i = node->position;
  if (self->message != NULL || i >= self->n_nodes || NODE (self, i) != node)
    return FALSE;
  place_everything (self);
  if (!self->label_shown[i])
    return FALSE;
  box->x = self->label_box[i].x;
  box->y = self->label_box[i].y;
  box->width = self->label_box[i].width;
  box->height = self->label_box[i].height;
  return TRUE;
}

/**
 * hashiya_network_scene_get_plot:
 *
 * Where the network is drawn, between the title and the legend.
 */
void
hashiya_network_scene_get_plot (HashiyaNetworkScene *self,
                                cairo_rectangle_t   *plot)
{
  g_return_if_fail (self != NULL);
  hashiya_frame_get_plot (&self->frame, plot);
}

/**
 * hashiya_network_scene_get_message:
 *
 * Returns: (nullable): what the picture says instead of a network (no
 *   document, no actor left by the filters), or under it (no link)
 */
const char *
hashiya_network_scene_get_message (HashiyaNetworkScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->message != NULL ? self->message : self->note;
}
