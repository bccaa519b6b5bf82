/* hashiya-relation-arcs.c — relations drawn as arcs above the lines of a
 * text view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An arc rises from its source mention into the room left above the
 * line, runs along it and comes down on its target with an arrowhead.
 * Its ends are where the view lays the mentions out
 * (gtk_text_view_get_iter_location()), so a relation from a mention at
 * the right of a right-to-left line to one at its left runs right to
 * left. Ends on two lines of the view are joined in the margin beside
 * the text: up from the source, along above its line to the margin, down
 * (or up) the margin, along above the target's line and down onto it;
 * an end scrolled out of view leaves the arc at the top or the bottom
 * edge of the view, under a marker that points the way.
 *
 * The arcs are drawn over the text, never as tags: the text is shaped
 * the same with and without them. Arcs on one line that would overlap
 * run at two heights, the shorter one lower.
 *
 * This file lays the arcs out; hashiya-relation-arcs-draw.c draws them
 * and hashiya-relation-arcs-pick.c tells which is where.
 */

#define G_LOG_DOMAIN "hashiya-relation-arcs"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hashiya-relation-arcs-private.h"
#include "hashiya-ui-util.h"

/* The runs of the arcs of a line at this many heights. */
#define N_LEVELS 2
/* Lanes in the margin, from the text outwards, at this distance apart. */
#define LANE_STEP 5.0

/* A horizontal stretch of an arc above one line of the view. */
typedef struct
{
  double  row_top;    /* the top of the line's glyphs */
  double  x0, x1;     /* x0 <= x1 */
  double  label_width;
  gboolean label_above; /* too short to bear its label: it goes above */
  guint   n_levels;   /* the heights the room above its line has */
  guint   level;
  guint   crowded;    /* how many runs it shares its height with, before it */
  guint   arc;        /* its index in self->arcs */
} Run;

/* One mention as laid out: the part of it on its first line of the view. */
typedef struct
{
  gboolean found;
  double   x, width;  /* its extent on that line */
  double   top, height;
} Box;

static void
clear_arc (Arc *arc)
{
  g_clear_object (&arc->info.relation);
  g_clear_pointer (&arc->info.label, g_free);
  g_clear_object (&arc->label);
}

/**
 * hashiya_relation_arcs_new:
 * @view: the view to draw over; it outlives the arcs
 */
HashiyaRelationArcs *
hashiya_relation_arcs_new (GtkTextView *view)
{
  HashiyaRelationArcs *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_new0 (HashiyaRelationArcs, 1);
  self->view = view;
  self->arcs = g_array_new (FALSE, TRUE, sizeof (Arc));
  g_array_set_clear_func (self->arcs, (GDestroyNotify) clear_arc);
  self->runs = g_array_new (FALSE, TRUE, sizeof (Run));
  return self;
}

void
hashiya_relation_arcs_free (HashiyaRelationArcs *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->arcs, g_array_unref);
  g_clear_pointer (&self->runs, g_array_unref);
  g_free (self);
}

void
hashiya_relation_arcs_set_style (HashiyaRelationArcs *self,
                                 gboolean             dark,
                                 gboolean             high_contrast)
{
  g_return_if_fail (self != NULL);

  self->dark = dark;
  self->high_contrast = high_contrast;
}

/* Labels are in the interface's font, a little smaller, never in the
 * reading font of the text. */
static PangoFontDescription *
label_font (HashiyaRelationArcs *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self->view));
  g_autofree char *name = NULL;
  PangoFontDescription *font;
  int size;

  g_object_get (settings, "gtk-font-name", &name, NULL);
  font = pango_font_description_from_string (name != NULL ? name : "Sans 11");
  size = pango_font_description_get_size (font);
  if (size <= 0)
    size = 11 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * 0.85);
  else
    pango_font_description_set_size (font, (int) (size * 0.85));
  return font;
}

static PangoLayout *
new_label (HashiyaRelationArcs *self,
           const char          *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->view), text);
  g_autoptr(PangoFontDescription) font = label_font (self);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, TRUE);
  return layout;
}

static double
label_height (HashiyaRelationArcs *self)
{
  g_autoptr(PangoLayout) layout = new_label (self, "Ag تشاور");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height + 2 * LABEL_PAD_Y;
}

/* How high the lowest run is above its line, and how far apart runs are. */
static void
get_levels (HashiyaRelationArcs *self,
            double              *base,
            double              *step)
{
  double height = label_height (self);

  *base = ceil (height / 2.0) + 3.0;
  *step = height + 1.0;
}

/**
 * hashiya_relation_arcs_get_room:
 *
 * Returns: the room above each line of the view that the lowest arcs
 *   need, in pixels, besides the spacing of the lines; higher ones take
 *   some of that spacing
 */
int
hashiya_relation_arcs_get_room (HashiyaRelationArcs *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (int) ceil (label_height (self)) + 4;
}

static GtkTextBuffer *
get_buffer (HashiyaRelationArcs *self)
{
  return gtk_text_view_get_buffer (self->view);
}

/* The first line of the view a mention is on, and its extent there. */
static Box
mention_box (HashiyaRelationArcs *self,
             HashiyaMention      *mention)
{
  GtkTextIter iter;
  Box box = { FALSE, 0, 0, 0, 0 };
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;
  guint start = hashiya_mention_get_start (mention);
  guint end = hashiya_mention_get_end (mention);
  int top = 0;

  for (guint offset = start; offset < end; offset++)
    {
      GdkRectangle rect;

      gtk_text_buffer_get_iter_at_offset (get_buffer (self), &iter, (int) offset);
      gtk_text_view_get_iter_location (self->view, &iter, &rect);
      if (rect.width < 0)
        {
          rect.x += rect.width;
          rect.width = -rect.width;
        }
      if (offset == start)
        {
          top = rect.y;
          box.top = rect.y;
          box.height = rect.height;
        }
      else if (rect.y != top)
        continue;   /* a later line of the view */
      left = MIN (left, rect.x);
      right = MAX (right, rect.x + rect.width);
    }
  if (end > start)
    {
      box.found = TRUE;
      box.x = left;
      box.width = right - left;
    }
  return box;
}

/* A quad class's colour, readable on the view's background. */
static GdkRGBA
arc_color (HashiyaRelationArcs *self,
           const char          *color)
{
  GdkRGBA rgba = { 0.45, 0.45, 0.45, 1.0 };
  double mix;

  if (color != NULL)
    gdk_rgba_parse (&rgba, color);
  rgba.alpha = 1.0;
  /* Lighter on a dark page, a little darker on a light one, more so in
   * high contrast. */
  if (self->dark)
    {
      mix = self->high_contrast ? 0.55 : 0.35;
      rgba.red += (1.0 - rgba.red) * mix;
      rgba.green += (1.0 - rgba.green) * mix;
      rgba.blue += (1.0 - rgba.blue) * mix;
    }
  else
    {
      mix = self->high_contrast ? 0.35 : 0.12;
      rgba.red *= 1.0 - mix;
      rgba.green *= 1.0 - mix;
      rgba.blue *= 1.0 - mix;
    }
  return rgba;
}

/**
 * hashiya_relation_arcs_get_color:
 *
 * Returns: the colour @relation's arc is drawn in: its type's quad
 *   class's in the relation catalogue of @document, as the style wants it
 */
GdkRGBA
hashiya_relation_arcs_get_color (HashiyaRelationArcs *self,
                                 HashiyaDocument     *document,
                                 HashiyaRelation     *relation)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));

  return arc_color (self, type != NULL ? hashiya_relation_catalog_get_quad_color (
                                           catalog, hashiya_relation_type_get_quad_class (type))
                                       : NULL);
}

/* A name up to its first comma, Latin or Arabic. */
static char *
short_name (const char *name)
{
  const char *end = name + strlen (name);
  const char *comma;

  if ((comma = strstr (name, ",")) != NULL)
    end = MIN (end, comma);
  if ((comma = strstr (name, "،")) != NULL)
    end = MIN (end, comma);
  return g_strndup (name, end - name);
}

static char *
label_text (HashiyaRelation     *relation,
            HashiyaRelationType *type)
{
  const char *full = type != NULL ? hashiya_relation_type_get_display_name (type)
                                  : hashiya_relation_get_relation_type (relation);
  const char *mode = hashiya_relation_get_mode (relation);
  /* "consult, meet, host" is "consult" on an arc. */
  g_autofree char *name = short_name (full);
  g_autofree char *text = NULL;

  if (hashiya_relation_get_negated (relation))
    /* Translators: the label of a relation's arc when the text says it
     * did not happen; %s is the relation's type */
    text = g_strdup_printf (C_("relation arc", "not %s"), name);
  else
    text = g_strdup (name);
  if (mode != NULL && mode[0] != '\0')
    {
      g_autofree char *with_mode = NULL;

      /* Translators: a relation's type and its mode, on its arc */
      with_mode = g_strdup_printf (C_("relation arc", "%s · %s"), text, hashiya_relation_mode_get_display_name (mode));
      g_free (text);
      text = g_steal_pointer (&with_mode);
    }
  switch (hashiya_relation_get_modality (relation))
    {
    case HASHIYA_MODALITY_FUTURE:
      {
        /* Translators: a relation the text says will happen, on its arc */
        char *future = g_strdup_printf (C_("relation arc", "%s (future)"), text);

        g_free (text);
        text = future;
      }
      break;
    case HASHIYA_MODALITY_HYPOTHETICAL:
      {
        /* Translators: a relation the text says might happen, on its arc */
        char *maybe = g_strdup_printf (C_("relation arc", "%s (hypothetical)"), text);

        g_free (text);
        text = maybe;
      }
      break;
    case HASHIYA_MODALITY_ASSERTED:
    default:
      break;
    }
  return g_steal_pointer (&text);
}

static gboolean
in_view (const GdkRectangle *visible,
         const Box          *box)
{
  return box->top >= visible->y && box->top < visible->y + visible->height;
}

static HashiyaArcEdge
edge_of (const GdkRectangle *visible,
         const Box          *box)
{
  if (in_view (visible, box))
    return HASHIYA_ARC_EDGE_NONE;
  return box->top < visible->y ? HASHIYA_ARC_EDGE_TOP : HASHIYA_ARC_EDGE_BOTTOM;
}

/* Where @mention is: laid out when its paragraph is in view, else only
 * the edge of the view it is past, from its offsets, so that a long text
 * is never laid out for arcs it does not show. */
static Box
place_mention (HashiyaRelationArcs *self,
               HashiyaMention      *mention,
               const GdkRectangle  *visible,
               guint                first_shown,
               guint                last_shown,
               HashiyaArcEdge      *edge)
{
  Box box = { FALSE, 0, 0, 0, 0 };

  if (hashiya_mention_get_end (mention) <= first_shown)
    *edge = HASHIYA_ARC_EDGE_TOP;
  else if (hashiya_mention_get_start (mention) >= last_shown)
    *edge = HASHIYA_ARC_EDGE_BOTTOM;
  else
    {
      box = mention_box (self, mention);
      *edge = edge_of (visible, &box);
    }
  return box;
}

static int
add_run (HashiyaRelationArcs *self,
         guint                arc,
         double               row_top,
         double               a,
         double               b,
         guint                n_levels)
{
  Run run = { row_top, MIN (a, b), MAX (a, b), 0, FALSE, MAX (n_levels, 1), 0, 0, arc };

  g_array_append_val (self->runs, run);
  return (int) self->runs->len - 1;
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const Run *ra = *(const Run * const *) a;
  const Run *rb = *(const Run * const *) b;
  double wa = MAX (ra->x1 - ra->x0, ra->label_width);
  double wb = MAX (rb->x1 - rb->x0, rb->label_width);

  if (ra->row_top != rb->row_top)
    return ra->row_top < rb->row_top ? -1 : 1;
  return wa < wb ? -1 : wa > wb ? 1 : 0;
}

/* What a run takes of the room above its line: its line at its height,
 * and its label there or at the height above. */
typedef struct
{
  guint  level;
  double from, to;
} Room;

static guint
rooms_of (const Run *run,
          guint      level,
          Room       rooms[2])
{
  double middle = (run->x0 + run->x1) / 2.0;
  guint n = 0;

  rooms[n++] = (Room) { level, run->x0 - 4.0, run->x1 + 4.0 };
  if (run->label_width > 0)
    {
      Room label = { level, middle - run->label_width / 2.0 - 4.0, middle + run->label_width / 2.0 + 4.0 };

      if (run->label_above)
        {
          /* Above the room there is text: no label there. */
          label.level = level + 1;
          if (label.level < run->n_levels)
            rooms[n++] = label;
        }
      else
        {
          rooms[0].from = MIN (rooms[0].from, label.from);
          rooms[0].to = MAX (rooms[0].to, label.to);
        }
    }
  return n;
}

static gboolean
rooms_overlap (const Run *a,
               guint      a_level,
               const Run *b,
               guint      b_level)
{
  Room ra[2], rb[2];
  guint na, nb;

  if (a->row_top != b->row_top)
    return FALSE;
  na = rooms_of (a, a_level, ra);
  nb = rooms_of (b, b_level, rb);
  for (guint i = 0; i < na; i++)
    for (guint j = 0; j < nb; j++)
      if (ra[i].level == rb[j].level && ra[i].from < rb[j].to && rb[j].from < ra[i].to)
        return TRUE;
  return FALSE;
}

/* Each line's runs at the lowest height free along their extent, the
 * shorter ones first: inner arcs stay under the outer ones. A run that
 * finds none free shares the highest, a little higher, and its label is
 * left out. */
static void
assign_levels (HashiyaRelationArcs *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < self->runs->len; i++)
    g_ptr_array_add (order, &g_array_index (self->runs, Run, i));
  g_ptr_array_sort (order, compare_runs);

  for (guint i = 0; i < order->len; i++)
    {
      Run *run = g_ptr_array_index (order, i);

      for (run->level = 0; run->level < run->n_levels; run->level++)
        {
          gboolean free = TRUE;

          for (guint j = 0; j < i && free; j++)
            {
              Run *other = g_ptr_array_index (order, j);

              free = !rooms_overlap (run, run->level, other, other->level);
            }
          if (free)
            break;
        }
      if (run->level < run->n_levels)
        continue;

      run->level = run->n_levels - 1;
      for (guint j = 0; j < i; j++)
        {
          Run *other = g_ptr_array_index (order, j);

          if (other->row_top == run->row_top && other->level == run->level)
            run->crowded++;
        }
    }
}

static void
add_point (Arc    *arc,
           double  x,
           double  y)
{
  g_assert (arc->n_points < G_N_ELEMENTS (arc->points));
  arc->points[arc->n_points++] = GRAPHENE_POINT_INIT (x, y);
}

/* The lane of the margin beside the text that the @lane-th arc crossing
 * lines on that side runs in. */
static double
lane_x (HashiyaRelationArcs *self,
        const GdkRectangle  *visible,
        gboolean             left,
        guint                lane)
{
  double margin = left ? gtk_text_view_get_left_margin (self->view) : gtk_text_view_get_right_margin (self->view);
  double offset = MAX (margin - 7.0 - lane * LANE_STEP, 3.0);

  return left ? visible->x + offset : visible->x + visible->width - offset;
}

/* How many heights of runs fit in @gap pixels above a line. */
static guint
levels_in (double gap,
           double base,
           double step,
           double label)
{
  if (gap < base + label / 2.0)
    return 1;
  return MIN ((guint) ((gap - base - label / 2.0) / step) + 1, N_LEVELS);
}

/* The y of a run, @crowded runs sharing its height lifted a little. */
static double
run_y (const Run *run,
       double     base,
       double     step)
{
  return run->row_top - (base + run->level * step) - MIN (run->crowded, 3) * 3.0;
}

/**
 * hashiya_relation_arcs_update:
 * @relations: (element-type HashiyaRelation): the relations to draw
 * @selected: (nullable): the one drawn highlighted
 * @preview_source: (nullable): with @preview_target, a relation being
 *   made, drawn as a faint arc with no label
 *
 * Lays the arcs out over the view as it is now.
 */
void
hashiya_relation_arcs_update (HashiyaRelationArcs *self,
                              HashiyaDocument     *document,
                              GPtrArray           *relations,
                              HashiyaRelation     *selected,
                              HashiyaMention      *preview_source,
                              HashiyaMention      *preview_target)
{
  HashiyaRelationCatalog *catalog;
  GdkRectangle visible;
  guint lanes[2] = { 0, 0 };
  double base, step, label, widest_gap;
  guint first_shown, last_shown;
  guint n;

  g_return_if_fail (self != NULL);

  g_array_set_size (self->arcs, 0);
  g_array_set_size (self->runs, 0);
  if (document == NULL)
    return;

  catalog = hashiya_document_get_relation_catalog (document);
  gtk_text_view_get_visible_rect (self->view, &visible);
  get_levels (self, &base, &step);
  label = label_height (self);
  /* Two lines of the view with none between them are at most this far
   * apart. */
  widest_gap = MAX (gtk_text_view_get_pixels_inside_wrap (self->view),
                    gtk_text_view_get_pixels_below_lines (self->view) + gtk_text_view_get_pixels_above_lines (self->view)) + 1;
  /* The paragraphs in view. */
  {
    GtkTextIter iter;

    gtk_text_view_get_line_at_y (self->view, &iter, visible.y, NULL);
    first_shown = (guint) gtk_text_iter_get_offset (&iter);
    gtk_text_view_get_line_at_y (self->view, &iter, visible.y + visible.height, NULL);
    if (!gtk_text_iter_ends_line (&iter))
      gtk_text_iter_forward_to_line_end (&iter);
    last_shown = (guint) gtk_text_iter_get_offset (&iter) + 1;
  }
  n = relations != NULL ? relations->len : 0;

  for (guint i = 0; i < n + 1; i++)
    {
      HashiyaRelation *relation = i < n ? g_ptr_array_index (relations, i) : NULL;
      HashiyaMention *source, *target;
      HashiyaRelationType *type = NULL;
      Box s, t;
      Arc arc = { 0 };
      double sx, tx, dir;

      if (relation != NULL)
        {
          source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
          target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
          type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));
        }
      else
        {
          source = preview_source;
          target = preview_target;
        }
      if (source == NULL || target == NULL || source == target)
        continue;   /* an end lost with a new version of the text */

      s = place_mention (self, source, &visible, first_shown, last_shown, &arc.info.source_edge);
      t = place_mention (self, target, &visible, first_shown, last_shown, &arc.info.target_edge);
      /* Both ends past the same edge: nothing of it is in view. */
      if (arc.info.source_edge != HASHIYA_ARC_EDGE_NONE && arc.info.source_edge == arc.info.target_edge)
        continue;
      /* An end out of view is where the other is, or at the right. */
      if (!s.found)
        s = t.found ? t : (Box) { FALSE, visible.x + visible.width, 0, visible.y, 0 };
      if (!t.found)
        t = s;

      if (relation != NULL)
        {
          HashiyaQuadClass quad = type != NULL ? hashiya_relation_type_get_quad_class (type)
                                               : HASHIYA_QUAD_CLASS_VERBAL_COOPERATION;
          int width, height;

          arc.info.relation = g_object_ref (relation);
          arc.info.selected = relation == selected;
          arc.info.label = label_text (relation, type);
          arc.info.quad_class = quad;
          arc.info.color = hashiya_relation_arcs_get_color (self, document, relation);
          arc.info.dashed = type != NULL && (quad == HASHIYA_QUAD_CLASS_VERBAL_COOPERATION ||
                                             quad == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT);
          arc.info.dotted = hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED;
          arc.label = new_label (self, arc.info.label);
          pango_layout_get_pixel_size (arc.label, &width, &height);
          arc.label_width = width + 2 * LABEL_PAD_X;
          arc.label_height = height + 2 * LABEL_PAD_Y;
        }
      else
        {
          arc.preview = TRUE;
          arc.info.color = self->dark ? (GdkRGBA) { 0.47, 0.68, 0.93, 1.0 } : (GdkRGBA) { 0.11, 0.44, 0.85, 1.0 };
          arc.info.dashed = TRUE;
        }

      /* The ends: from the source's side that faces the target, to the
       * target's side that faces the source, so that arcs leaving and
       * arcs arriving at one mention keep apart. */
      sx = s.x + s.width / 2.0;
      tx = t.x + t.width / 2.0;
      dir = tx >= sx ? 1.0 : -1.0;
      sx += dir * MIN (s.width / 4.0, 6.0);
      tx -= dir * MIN (t.width / 4.0, 6.0);
      arc.info.source_x = sx;
      arc.info.source_y = s.top;
      arc.info.target_x = tx;
      arc.info.target_y = t.top;
      arc.runs[0] = arc.runs[1] = -1;
      arc.label_run = -1;

      if (arc.info.source_edge == HASHIYA_ARC_EDGE_NONE && arc.info.target_edge == HASHIYA_ARC_EDGE_NONE &&
          s.top == t.top)
        {
          arc.route = ROUTE_OVER;
          arc.runs[0] = add_run (self, self->arcs->len, s.top, sx, tx, N_LEVELS);
          arc.label_run = arc.runs[0];
        }
      else if (arc.info.source_edge == HASHIYA_ARC_EDGE_NONE && arc.info.target_edge == HASHIYA_ARC_EDGE_NONE &&
               fabs (s.top - t.top) - (s.top < t.top ? s.height : t.height) <= widest_gap)
        {
          /* Two lines one above the other: through the room between them,
           * from the top of the lower end to the bottom of the upper. */
          const Box *lower = s.top > t.top ? &s : &t;
          const Box *upper = s.top > t.top ? &t : &s;
          double gap = lower->top - (upper->top + upper->height);

          arc.route = ROUTE_BETWEEN;
          arc.info.across_lines = TRUE;
          arc.runs[0] = add_run (self, self->arcs->len, lower->top, sx, tx, levels_in (gap, base, step, label));
          arc.label_run = arc.runs[0];
          if (upper == &s)
            arc.info.source_y = s.top + s.height;
          else
            arc.info.target_y = t.top + t.height;
        }
      else
        {
          /* Through the margin nearer to both ends. */
          gboolean left = (sx - visible.x) + (tx - visible.x) < (visible.x + visible.width - sx) + (visible.x + visible.width - tx);

          arc.route = ROUTE_MARGIN;
          arc.lane = lane_x (self, &visible, left, lanes[left ? 0 : 1]++);
          arc.info.across_lines = TRUE;
          if (arc.info.source_edge == HASHIYA_ARC_EDGE_NONE)
            arc.runs[0] = add_run (self, self->arcs->len, s.top, sx, arc.lane, N_LEVELS);
          if (arc.info.target_edge == HASHIYA_ARC_EDGE_NONE)
            arc.runs[1] = add_run (self, self->arcs->len, t.top, arc.lane, tx, N_LEVELS);
          arc.label_run = arc.runs[0];
          if (arc.runs[1] >= 0 && (arc.runs[0] < 0 || fabs (tx - arc.lane) > fabs (sx - arc.lane)))
            arc.label_run = arc.runs[1];
        }
      if (arc.label_run >= 0)
        {
          Run *run = &g_array_index (self->runs, Run, arc.label_run);

          run->label_width = arc.label_width;
          /* A label over a short run would hide it, and its arrowhead. */
          run->label_above = run->x1 - run->x0 < arc.label_width + 2 * ARROW_LENGTH + 8.0 &&
                             run->n_levels > 1;
        }
      g_array_append_val (self->arcs, arc);
    }

  assign_levels (self);

  for (guint i = 0; i < self->arcs->len; i++)
    {
      Arc *arc = &g_array_index (self->arcs, Arc, i);
      double sx = arc->info.source_x, tx = arc->info.target_x;
      double top_edge = visible.y + 1.0, bottom_edge = visible.y + visible.height - 1.0;
      double ys[2] = { 0, 0 };

      for (guint r = 0; r < 2; r++)
        if (arc->runs[r] >= 0)
          ys[r] = run_y (&g_array_index (self->runs, Run, arc->runs[r]), base, step);

      switch (arc->route)
        {
        case ROUTE_OVER:
        case ROUTE_BETWEEN:
          add_point (arc, sx, arc->info.source_y);
          add_point (arc, sx, ys[0]);
          add_point (arc, tx, ys[0]);
          add_point (arc, tx, arc->info.target_y);
          arc->arrow = TRUE;
          break;
        case ROUTE_MARGIN:
        default:
          if (arc->info.source_edge == HASHIYA_ARC_EDGE_NONE)
            {
              add_point (arc, sx, arc->info.source_y);
              add_point (arc, sx, ys[0]);
              add_point (arc, arc->lane, ys[0]);
            }
          else
            {
              arc->first_marker = arc->info.source_edge;
              add_point (arc, arc->lane, arc->info.source_edge == HASHIYA_ARC_EDGE_TOP ? top_edge : bottom_edge);
              arc->info.source_x = arc->lane;
              arc->info.source_y = arc->points[0].y;
            }
          if (arc->info.target_edge == HASHIYA_ARC_EDGE_NONE)
            {
              add_point (arc, arc->lane, ys[1]);
              add_point (arc, tx, ys[1]);
              add_point (arc, tx, arc->info.target_y);
              arc->arrow = TRUE;
            }
          else
            {
              arc->last_marker = arc->info.target_edge;
              add_point (arc, arc->lane, arc->info.target_edge == HASHIYA_ARC_EDGE_TOP ? top_edge : bottom_edge);
              arc->info.target_x = arc->lane;
              arc->info.target_y = arc->points[arc->n_points - 1].y;
            }
          break;
        }
      arc->info.top = arc->info.left = G_MAXDOUBLE;
      arc->info.right = -G_MAXDOUBLE;
      for (guint p = 0; p < arc->n_points; p++)
        {
          arc->info.top = MIN (arc->info.top, arc->points[p].y);
          arc->info.left = MIN (arc->info.left, arc->points[p].x);
          arc->info.right = MAX (arc->info.right, arc->points[p].x);
        }

      /* The label on its run (or above it), unless the run is crowded,
       * or the label would be above the room over the line, or there is
       * no run (a line down the margin from edge to edge). The selected
       * arc keeps its label, on its run if need be. */
      if (arc->label != NULL && arc->label_run >= 0)
        {
          Run *run = &g_array_index (self->runs, Run, arc->label_run);
          gboolean above = run->label_above && run->level + 1 < run->n_levels;

          if ((run->crowded == 0 && (above || !run->label_above)) || arc->info.selected)
            {
              arc->label_x = (run->x0 + run->x1) / 2.0;
              arc->label_y = run_y (run, base, step) - (above ? step : 0.0);
            }
          else
            g_clear_object (&arc->label);
        }
      else
        g_clear_object (&arc->label);
      arc->info.labelled = arc->label != NULL;
    }
}
