/* hashiya-network-frame.c — what every picture has around its drawing:
 * background, title, subtitle, legend, messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The title and subtitle stand at the top, on the right in a right-to-
 * left picture and on the left otherwise; the legend's items follow one
 * another along the bottom in the same direction, in as many rows as it
 * takes. A message stands in the middle of the drawing, wrapped to it.
 * The subtitle is words of the interface with numbers and names in
 * them: its base direction is the interface language's, whatever the
 * names', so that "4 actors" does not read "actors 4".
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hashiya-network-frame.h"
#include "hashiya-types.h"

#define TITLE_SIZE    18
#define SUBTITLE_SIZE 11.5
#define LEGEND_SIZE   11
#define MESSAGE_SIZE  14
#define MARGIN        16
#define SYMBOL        16   /* width of a legend symbol */

/* Whether the interface speaks a language written right to left. */
static gboolean
interface_rtl (void)
{
  static const char * const rtl[] = { "ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug", NULL };
  const char *name = g_get_language_names ()[0];
  g_autofree char *language = g_strndup (name, strcspn (name, "_.@"));

  return g_strv_contains (rtl, language);
}

void
hashiya_frame_init (HashiyaFrame                *frame,
                    const HashiyaPictureOptions *options,
                    const char                  *title,
                    const char                  *subtitle)
{
  memset (frame, 0, sizeof *frame);
  frame->pango = hashiya_picture_pango_context_new ();
  frame->palette = hashiya_palette_get (options->style);
  frame->rtl = options->arabic;
  frame->scale = options->scale > 0 ? options->scale : 1;
  frame->font = g_strdup (options->font != NULL ? options->font : HASHIYA_PICTURE_FONT);
  frame->margin = MARGIN * frame->scale;
  pango_context_set_base_dir (frame->pango, frame->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  frame->title = hashiya_frame_text (frame, TITLE_SIZE, options->title != NULL ? options->title : title);
  if (options->subtitle != NULL || subtitle != NULL)
    frame->subtitle = hashiya_frame_text (frame, SUBTITLE_SIZE, options->subtitle != NULL ? options->subtitle : subtitle);
  frame->legend = g_array_new (FALSE, TRUE, sizeof (HashiyaLegendItem));
}

void
hashiya_frame_clear (HashiyaFrame *frame)
{
  if (frame->legend != NULL)
    {
      for (guint i = 0; i < frame->legend->len; i++)
        g_object_unref (g_array_index (frame->legend, HashiyaLegendItem, i).layout);
      g_clear_pointer (&frame->legend, g_array_unref);
    }
  g_clear_object (&frame->title);
  g_clear_object (&frame->subtitle);
  g_clear_object (&frame->note);
  g_clear_object (&frame->pango);
  g_clear_pointer (&frame->font, g_free);
}

/* A line under the subtitle, such as "no relation passes these
 * filters": above the drawing, never over it. */
void
hashiya_frame_set_note (HashiyaFrame *frame,
                        const char   *note)
{
  g_clear_object (&frame->note);
  if (note != NULL)
    frame->note = hashiya_frame_text (frame, 12.5, note);
}

/**
 * hashiya_frame_text:
 * @size: before the picture's scale
 *
 * Returns: (transfer full): @text, words of the interface (a title, a
 *   subtitle, a legend, a note), in the picture's font and the interface's
 *   direction: an English sentence's full stop at its end even in a
 *   picture of Arabic names, whose places still follow the picture's
 */
PangoLayout *
hashiya_frame_text (HashiyaFrame *frame,
                    double        size,
                    const char   *text)
{
  /* A mark of the interface's direction first: the paragraph's. */
  g_autofree char *marked = g_strconcat (interface_rtl () ? "\u200f" : "\u200e", text, NULL);

  return hashiya_picture_layout_new (frame->pango, frame->font, size * frame->scale, marked);
}

/**
 * hashiya_frame_number:
 * @size: before the picture's scale
 *
 * Returns: (transfer full): @number (digits, a sign, a date) written left
 *   to right whatever the picture's direction: "−10", not "10−"
 */
PangoLayout *
hashiya_frame_number (HashiyaFrame *frame,
                      double        size,
                      const char   *number)
{
  g_autofree char *marked = g_strconcat ("\u200e", number, NULL);  /* LEFT-TO-RIGHT MARK */

  return hashiya_picture_layout_new (frame->pango, frame->font, size * frame->scale, marked);
}

/**
 * hashiya_frame_name:
 * @size: before the picture's scale
 *
 * Returns: (transfer full): @name in the picture's font, in the direction
 *   of its first letter: an actor's name, Arabic or English whatever the
 *   picture's direction
 */
PangoLayout *
hashiya_frame_name (HashiyaFrame *frame,
                    double        size,
                    const char   *name)
{
  return hashiya_picture_layout_new (frame->pango, frame->font, size * frame->scale, name);
}

void
hashiya_frame_add_legend (HashiyaFrame        *frame,
                          HashiyaLegendSymbol  symbol,
                          int                  kind,
                          const HashiyaRgba   *color,
                          gboolean             dashed,
                          double               width,
                          const char          *text)
{
  HashiyaLegendItem item = { symbol, kind, *color, dashed, width, NULL, 0, 0 };

  item.layout = hashiya_frame_text (frame, LEGEND_SIZE, text);
  g_array_append_val (frame->legend, item);
}

/**
 * hashiya_layout_width:
 *
 * Returns: the width of @layout, in user units
 */
double
hashiya_layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/**
 * hashiya_layout_height:
 *
 * Returns: the height of @layout, in user units
 */
double
hashiya_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Lays the legend out in rows, in reading order. */
void
hashiya_frame_set_size (HashiyaFrame *frame,
                        double        width,
                        double        height)
{
  double s = frame->scale, m = frame->margin;
  double row = 0, x = 0, row_height = 0, gap = 14 * s;
  guint rows = 0;

  frame->width = width;
  frame->height = height;
  frame->header = m + hashiya_layout_height (frame->title) + 6 * s;
  if (frame->subtitle != NULL)
    frame->header += hashiya_layout_height (frame->subtitle) + 4 * s;
  if (frame->note != NULL)
    frame->header += hashiya_layout_height (frame->note) + 6 * s;

  for (guint i = 0; i < frame->legend->len; i++)
    {
      HashiyaLegendItem *item = &g_array_index (frame->legend, HashiyaLegendItem, i);
      double item_width = SYMBOL * s + 6 * s + hashiya_layout_width (item->layout);

      row_height = MAX (row_height, hashiya_layout_height (item->layout));
      if (rows == 0 || (x > 0 && x + item_width > width - 2 * m))
        {
          rows++;
          x = 0;
        }
      /* From the right edge in a right-to-left picture. */
      item->x = frame->rtl ? width - m - x - item_width : m + x;
      item->y = rows - 1;
      x += item_width + gap;
    }
  row = row_height + 6 * s;
  for (guint i = 0; i < frame->legend->len; i++)
    {
      HashiyaLegendItem *item = &g_array_index (frame->legend, HashiyaLegendItem, i);

      item->y = height - m - (rows - item->y) * row + 3 * s;
    }
  frame->footer = rows > 0 ? rows * row + m + 4 * s : m;
}

void
hashiya_frame_get_plot (HashiyaFrame      *frame,
                        cairo_rectangle_t *plot)
{
  plot->x = frame->margin;
  plot->y = frame->header;
  plot->width = MAX (frame->width - 2 * frame->margin, 1);
  plot->height = MAX (frame->height - frame->header - frame->footer, 1);
}

/**
 * hashiya_frame_shape_points:
 * @points: (out caller-allocates) (array fixed-size=16): x, y of each corner
 *
 * The corners of a node of KIND, about as big as a disc of RADIUS: a
 * person a square, an organization a square with its corners cut, a
 * group a triangle, a forum a diamond, a place a pentagon, anything else
 * a hexagon.
 *
 * Returns: how many corners; 0 for a state, a disc
 */
int
hashiya_frame_shape_points (int     kind,
                            double  x,
                            double  y,
                            double  radius,
                            double *points)
{
  int corners;
  double start, r;

  switch ((HashiyaActorKind) kind)
    {
    case HASHIYA_ACTOR_KIND_STATE:
      return 0;
    case HASHIYA_ACTOR_KIND_PERSON:
    case HASHIYA_ACTOR_KIND_ORGANIZATION:
      {
        double h = radius * 0.886;  /* a square of the disc's area */
        double c = kind == HASHIYA_ACTOR_KIND_ORGANIZATION ? h * 0.4 : 0;
        const double corners_xy[] = {
          -h + c, -h, h - c, -h, h, -h + c, h, h - c, h - c, h, -h + c, h, -h, h - c, -h, -h + c,
        };
        int n = 0;

        for (int i = 0; i < 8; i++)
          {
            /* A plain square: each corner once. */
            if (c == 0 && i % 2 == 1)
              continue;
            points[2 * n] = x + corners_xy[2 * i];
            points[2 * n + 1] = y + corners_xy[2 * i + 1];
            n++;
          }
        return n;
      }
    case HASHIYA_ACTOR_KIND_GROUP:
      corners = 3, start = -G_PI / 2, r = radius * 1.35, y += radius * 0.2;
      break;
    case HASHIYA_ACTOR_KIND_FORUM:
      corners = 4, start = -G_PI / 2, r = radius * 1.25;
      break;
    case HASHIYA_ACTOR_KIND_PLACE:
      corners = 5, start = -G_PI / 2, r = radius * 1.1;
      break;
    case HASHIYA_ACTOR_KIND_OTHER:
    default:
      corners = 6, start = 0, r = radius * 1.05;
      break;
    }
  for (int i = 0; i < corners; i++)
    {
      double angle = start + 2 * G_PI * i / corners;

      points[2 * i] = x + r * cos (angle);
      points[2 * i + 1] = y + r * sin (angle);
    }
  return corners;
}

/* The outline of a node of KIND, about as big as a disc of RADIUS. */
void
hashiya_frame_shape_path (cairo_t *cr,
                          int      kind,
                          double   x,
                          double   y,
                          double   radius)
{
  double points[16];
  int n = hashiya_frame_shape_points (kind, x, y, radius, points);

  cairo_new_sub_path (cr);
  if (n == 0)
    {
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      return;
    }
  for (int i = 0; i < n; i++)
    cairo_line_to (cr, points[2 * i], points[2 * i + 1]);
  cairo_close_path (cr);
}

/* The dashes of a verbal relation; returns how many. */
double
hashiya_frame_dash (HashiyaFrame *frame,
                    double       *dashes)
{
  dashes[0] = 7 * frame->scale;
  dashes[1] = 4.5 * frame->scale;
  return 2;
}

static void
paint_symbol (HashiyaFrame      *frame,
              HashiyaPainter    *painter,
              HashiyaLegendItem *item,
              double             x,
              double             middle)
{
  cairo_t *cr = hashiya_painter_get_path (painter);
  double s = frame->scale, w = SYMBOL * s;
  double dashes[2];

  switch (item->symbol)
    {
    case HASHIYA_LEGEND_SHAPE:
      hashiya_frame_shape_path (cr, item->kind, x + w / 2, middle, 5.5 * s);
      hashiya_painter_fill (painter, &frame->palette->muted, FALSE);
      break;
    case HASHIYA_LEGEND_LINE:
      cairo_move_to (cr, x, middle);
      cairo_line_to (cr, x + w, middle);
      if (item->dashed)
        {
          hashiya_frame_dash (frame, dashes);
          dashes[0] = 4 * s, dashes[1] = 2.5 * s;
        }
      hashiya_painter_stroke (painter, &item->color, item->width, dashes, item->dashed ? 2 : 0);
      break;
    case HASHIYA_LEGEND_ARROW:
      {
        double tip = frame->rtl ? x : x + w, back = frame->rtl ? x + 6 * s : x + w - 6 * s;

        cairo_move_to (cr, frame->rtl ? x + w : x, middle);
        cairo_line_to (cr, back, middle);
        hashiya_painter_stroke (painter, &item->color, 1.5 * s, NULL, 0);
        cairo_move_to (cr, tip, middle);
        cairo_line_to (cr, back, middle - 4 * s);
        cairo_line_to (cr, back, middle + 4 * s);
        cairo_close_path (cr);
        hashiya_painter_fill (painter, &item->color, FALSE);
        break;
      }
    case HASHIYA_LEGEND_SIZES:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + 3 * s, middle + 2 * s, 2.5 * s, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + 11 * s, middle, 5 * s, 0, 2 * G_PI);
      hashiya_painter_fill (painter, &frame->palette->muted, FALSE);
      break;
    case HASHIYA_LEGEND_BOX:
    default:
      cairo_rectangle (cr, x + 2 * s, middle - 5 * s, w - 4 * s, 10 * s);
      hashiya_painter_fill (painter, &item->color, FALSE);
      break;
    }
}

/* The background, the title, the subtitle and the legend. */
void
hashiya_frame_paint (HashiyaFrame   *frame,
                     HashiyaPainter *painter)
{
  const HashiyaPalette *palette = frame->palette;
  cairo_t *cr = hashiya_painter_get_path (painter);
  double s = frame->scale, m = frame->margin, y = m;

  cairo_rectangle (cr, 0, 0, frame->width, frame->height);
  hashiya_painter_fill (painter, &palette->background, FALSE);

  hashiya_painter_show_layout (painter, frame->title,
                               frame->rtl ? frame->width - m - hashiya_layout_width (frame->title) : m, y,
                               &palette->foreground);
  y += hashiya_layout_height (frame->title) + 4 * s;
  if (frame->subtitle != NULL)
    {
      hashiya_painter_show_layout (painter, frame->subtitle,
                                   frame->rtl ? frame->width - m - hashiya_layout_width (frame->subtitle) : m, y,
                                   &palette->muted);
      y += hashiya_layout_height (frame->subtitle) + 6 * s;
    }
  if (frame->note != NULL)
    hashiya_painter_show_layout (painter, frame->note, frame->rtl ? frame->width - m - hashiya_layout_width (frame->note) : m,
                                 y, &palette->foreground);

  for (guint i = 0; i < frame->legend->len; i++)
    {
      HashiyaLegendItem *item = &g_array_index (frame->legend, HashiyaLegendItem, i);
      double text_width = hashiya_layout_width (item->layout), height = hashiya_layout_height (item->layout);
      double symbol_x = frame->rtl ? item->x + text_width + 6 * s : item->x;
      double text_x = frame->rtl ? item->x : item->x + SYMBOL * s + 6 * s;

      paint_symbol (frame, painter, item, symbol_x, item->y + height / 2);
      hashiya_painter_show_layout (painter, item->layout, text_x, item->y, &palette->foreground);
    }
}

/**
 * hashiya_frame_paint_message:
 * @y: the middle of the message
 *
 * Writes @message across the drawing, wrapped to its width.
 */
void
hashiya_frame_paint_message (HashiyaFrame   *frame,
                             HashiyaPainter *painter,
                             const char     *message,
                             double          y)
{
  g_autoptr(PangoLayout) layout = hashiya_frame_text (frame, MESSAGE_SIZE, message);
  cairo_rectangle_t plot;

  hashiya_frame_get_plot (frame, &plot);
  pango_layout_set_width (layout, (int) (plot.width * 0.8 * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  hashiya_painter_show_layout (painter, layout, plot.x + plot.width * 0.1, y - hashiya_layout_height (layout) / 2,
                               &frame->palette->foreground);
}

/**
 * hashiya_frame_nice_step:
 * @most: the highest value of an axis
 * @lines: the most lines the axis may have
 *
 * Returns: 1, 2 or 5 times a power of ten, for about @lines lines
 */
guint
hashiya_frame_nice_step (guint most,
                         guint lines)
{
  guint step = 1;

  g_return_val_if_fail (lines > 0, 1);

  while (most / step > lines)
    {
      if (most / (step * 2) <= lines)
        return step * 2;
      if (most / (step * 5) <= lines)
        return step * 5;
      step *= 10;
    }
  return step;
}

/**
 * hashiya_frame_draw:
 * @paint: draws the picture that @frame is the frame of
 *
 * Draws the picture on @cr, at the frame's size, leaving @cr as it was.
 */
void
hashiya_frame_draw (HashiyaFrame     *frame,
                    cairo_t          *cr,
                    HashiyaPaintFunc  paint,
                    gpointer          data)
{
  g_autoptr(HashiyaPainter) painter = NULL;

  g_return_if_fail (frame != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  painter = hashiya_painter_new_for_cairo (cr);
  paint (painter, frame->width, frame->height, data);
  cairo_restore (cr);
}

/**
 * hashiya_frame_render:
 * @paint: draws the picture that @frame is the frame of
 *
 * Returns: (transfer full) (nullable): the picture as a PNG, SVG or PDF
 *   file of the frame's size, titled with its title
 */
GBytes *
hashiya_frame_render (HashiyaFrame          *frame,
                      HashiyaPaintFunc       paint,
                      gpointer               data,
                      HashiyaPictureFormat   format,
                      GError               **error)
{
  g_return_val_if_fail (frame != NULL, NULL);

  return hashiya_picture_render (paint, data, frame->width, frame->height, format,
                                 pango_layout_get_text (frame->title), error);
}
