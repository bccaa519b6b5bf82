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

#include "hashiya-network-layout.h"
#include "hashiya-network-scene.h"
#include "hashiya-network-scene-place.h"

static int
compare_by_style (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  HashiyaNetworkScene *self = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  guint sx = _hashiya_network_scene_line_style (self, x, _hashiya_network_scene_edge_width (self, EDGE (self, x)->count));
  guint sy = _hashiya_network_scene_line_style (self, y, _hashiya_network_scene_edge_width (self, EDGE (self, y)->count));

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
  self->isolated = g_new0 (gboolean, MAX (self->n_nodes, 1));
  self->tray_x = g_new0 (double, MAX (self->n_nodes, 1));
  self->tray_y = g_new0 (double, MAX (self->n_nodes, 1));
  self->label_size = self->n_nodes > 150 ? LABEL_SIZE - 2 : LABEL_SIZE;
  if (previous != NULL && (previous->label_size != self->label_size || !same_labels (previous->options, self->options)))
    previous = NULL;
  for (guint i = 0; i < self->n_nodes; i++)
    max_mentions = MAX (max_mentions, hashiya_network_get_node (network, i)->mentions);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

      make_label (self, i, previous);
      self->max_label_width = MAX (self->max_label_width, self->label_width[i]);
      self->isolated[i] = TRUE;
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
  /* An actor linked only to itself has no link to another. */
  for (guint i = 0; i < self->n_edges; i++)
    if (EDGE (self, i)->source != EDGE (self, i)->target)
      self->isolated[EDGE (self, i)->source->position] = self->isolated[EDGE (self, i)->target->position] = FALSE;
  for (guint i = 0; i < self->n_nodes; i++)
    self->n_isolated += self->isolated[i] ? 1 : 0;
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
      self->turned = previous->turned;
      self->auto_fit = FALSE;
      _hashiya_network_scene_get_inner (previous, &self->kept_inner);
      self->keep_inner = TRUE;
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
  g_free (self->isolated);
  g_free (self->tray_x);
  g_free (self->tray_y);
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

/* The box of the nodes to fit (of the linked ones only when the others
 * stand in a row at the foot of the picture), and whether to turn it. */
static void
fit_box (HashiyaNetworkScene *self)
{
  gboolean first = TRUE;

  self->keep_inner = FALSE;
  hashiya_network_get_extent (self->network, &self->fit[0], &self->fit[1], &self->fit[2], &self->fit[3]);
  if (self->tray_height > 0)
    for (guint i = 0; i < self->n_nodes; i++)
      {
        HashiyaNetworkNode *node = NODE (self, i);

        if (_hashiya_network_scene_in_tray (self, i))
          continue;
        self->fit[0] = first ? node->x : MIN (self->fit[0], node->x);
        self->fit[1] = first ? node->y : MIN (self->fit[1], node->y);
        self->fit[2] = first ? node->x : MAX (self->fit[2], node->x);
        self->fit[3] = first ? node->y : MAX (self->fit[3], node->y);
        first = FALSE;
      }
  _hashiya_network_scene_choose_turn (self);
}

/**
 * hashiya_network_scene_set_size:
 *
 * The picture is now @width × @height; the fit and the view stay, unless
 * the scene fitted itself and nothing set another fit since.
 */
void
hashiya_network_scene_set_size (HashiyaNetworkScene *self,
                                double               width,
                                double               height)
{
  cairo_rectangle_t plot;
  gboolean changed;
  double s;

  g_return_if_fail (self != NULL);

  changed = width != self->frame.width || height != self->frame.height;
  if (changed)
    self->keep_inner = FALSE;
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
  _hashiya_network_scene_arrange_tray (self);
  if (changed && self->auto_fit)
    fit_box (self);
}

/**
 * hashiya_network_scene_fit:
 *
 * Fits the box of the nodes' places as they are now into the picture,
 * with no zoom and no pan: of the linked nodes only, when the others
 * stand in a row at the foot of the picture; a quarter turn round when
 * that draws it bigger. Until the fit is set, it is made again when the
 * picture takes another size.
 */
void
hashiya_network_scene_fit (HashiyaNetworkScene *self)
{
  g_return_if_fail (self != NULL);

  fit_box (self);
  self->zoom = 1;
  self->pan_x = self->pan_y = 0;
  self->auto_fit = TRUE;
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
  self->auto_fit = FALSE;
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

void
hashiya_network_scene_to_picture (HashiyaNetworkScene *self,
                                  double               layout_x,
                                  double               layout_y,
                                  double              *x,
                                  double              *y)
{
  g_return_if_fail (self != NULL);

  _hashiya_network_scene_to_picture (self, layout_x, layout_y, x, y);
}

void
hashiya_network_scene_to_layout (HashiyaNetworkScene *self,
                                 double               x,
                                 double               y,
                                 double              *layout_x,
                                 double              *layout_y)
{
  g_return_if_fail (self != NULL);

  _hashiya_network_scene_to_layout (self, x, y, layout_x, layout_y);
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
  _hashiya_network_scene_place (self);
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
  _hashiya_network_scene_place (self);
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
  _hashiya_network_scene_place (self);
  box->x = self->px[i] - self->r[i];
  box->y = self->py[i] - self->r[i];
  box->width = box->height = 2 * self->r[i];
  return _hashiya_network_scene_intersects (box->x, box->y, box->x + box->width, box->y + box->height, self->frame.width, self->frame.height);
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
  _hashiya_network_scene_place (self);
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
