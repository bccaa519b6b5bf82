/* hashiya-network-painter.c — drawing the same picture with cairo or as
 * SVG with real text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pictures build their paths with cairo and lay their text out with
 * Pango, then hand them to a painter. The cairo painter fills, strokes
 * and shows them on any cairo_t (the window's snapshot, a PNG, a PDF).
 * The SVG painter writes the same paths as <path> elements and each
 * line of text as a <text> element with the same font, size, place and
 * direction, so that an SVG viewer shapes the Arabic itself: the words
 * stay words (searchable, selectable, read aloud), where cairo's own SVG
 * surface would write every glyph as a drawing.
 *
 * hashiya_picture_render() paints a picture into a PNG (a cairo image
 * surface), a PDF (a cairo PDF surface, its text real text) or an SVG.
 *
 * Text is laid out at 72 dots per inch, without hinting, so that a size
 * is in the picture's units and a label is as wide on screen, in a PNG,
 * a PDF and an SVG.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <cairo-pdf.h>
#include <math.h>
#include <string.h>

#include "hashiya-error.h"
#include "hashiya-network-painter.h"

struct _HashiyaPainter
{
  cairo_t *cr;
  GString *svg;       /* NULL: draws on CR */
  double   width;
  double   height;
};

static const HashiyaPalette palettes[] = {
  [HASHIYA_PICTURE_STYLE_LIGHT] = {
    .background = { 1, 1, 1, 1 },
    .foreground = { 0.118, 0.118, 0.118, 1 },
    .muted = { 0.369, 0.361, 0.392, 1 },
    .grid = { 0.871, 0.867, 0.855, 1 },
    .comention = { 0.467, 0.463, 0.482, 1 },
    .outline = { 1, 1, 1, 1 },
    .line = 1,
  },
  [HASHIYA_PICTURE_STYLE_DARK] = {
    .background = { 0.141, 0.141, 0.141, 1 },
    .foreground = { 1, 1, 1, 1 },
    .muted = { 0.753, 0.749, 0.737, 1 },
    .grid = { 0.239, 0.220, 0.275, 1 },
    .comention = { 0.604, 0.600, 0.588, 1 },
    .outline = { 0.141, 0.141, 0.141, 1 },
    .line = 1,
  },
  [HASHIYA_PICTURE_STYLE_HIGH_CONTRAST] = {
    .background = { 1, 1, 1, 1 },
    .foreground = { 0, 0, 0, 1 },
    .muted = { 0, 0, 0, 1 },
    .grid = { 0.4, 0.4, 0.4, 1 },
    .comention = { 0, 0, 0, 1 },
    .outline = { 0, 0, 0, 1 },
    /* Each at least 7:1 against white. */
    .quad = { { 0, 0.2, 0.6, 1 }, { 0, 0.333, 0.133, 1 }, { 0.533, 0.267, 0, 1 }, { 0.6, 0, 0, 1 } },
    .line = 1.5,
  },
};

/**
 * hashiya_palette_get:
 *
 * Returns: (transfer none): the colours of @style
 */
const HashiyaPalette *
hashiya_palette_get (HashiyaPictureStyle style)
{
  g_return_val_if_fail (style <= HASHIYA_PICTURE_STYLE_HIGH_CONTRAST, &palettes[0]);
  return &palettes[style];
}

/* "#rrggbb" */
gboolean
hashiya_rgba_parse (HashiyaRgba *rgba,
                    const char  *color)
{
  guint value = 0;

  if (color == NULL || strlen (color) != 7 || color[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (color[i]))
        return FALSE;
      value = value * 16 + g_ascii_xdigit_value (color[i]);
    }
  rgba->red = ((value >> 16) & 0xff) / 255.0;
  rgba->green = ((value >> 8) & 0xff) / 255.0;
  rgba->blue = (value & 0xff) / 255.0;
  rgba->alpha = 1;
  return TRUE;
}

/* Moves @rgba towards @with by @amount, 0 to 1. */
void
hashiya_rgba_mix (HashiyaRgba       *rgba,
                  const HashiyaRgba *with,
                  double             amount)
{
  rgba->red += (with->red - rgba->red) * amount;
  rgba->green += (with->green - rgba->green) * amount;
  rgba->blue += (with->blue - rgba->blue) * amount;
}

/* The colour of a quad class: the catalogue's, lighter on a dark
 * background; the style's own in high contrast. */
void
hashiya_palette_quad_color (const HashiyaPalette *palette,
                            const char           *catalogue_color,
                            guint                 quad_class,
                            HashiyaRgba          *rgba)
{
  static const char * const defaults[] = { "#2a7fd4", "#2d8f4e", "#c87800", "#d62839" };
  const HashiyaRgba white = { 1, 1, 1, 1 };

  g_return_if_fail (quad_class < 4);

  if (palette->quad[quad_class].alpha > 0)
    {
      *rgba = palette->quad[quad_class];
      return;
    }
  if (!hashiya_rgba_parse (rgba, catalogue_color))
    hashiya_rgba_parse (rgba, defaults[quad_class]);
  if (palette == &palettes[HASHIYA_PICTURE_STYLE_DARK])
    hashiya_rgba_mix (rgba, &white, 0.3);
}

static HashiyaPainter *
painter_new (cairo_t *cr)
{
  HashiyaPainter *self = g_new0 (HashiyaPainter, 1);

  self->cr = cairo_reference (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  return self;
}

/**
 * hashiya_painter_new_for_cairo:
 *
 * Returns: (transfer full): a painter that draws on @cr
 */
HashiyaPainter *
hashiya_painter_new_for_cairo (cairo_t *cr)
{
  g_return_val_if_fail (cr != NULL, NULL);
  return painter_new (cr);
}

/**
 * hashiya_painter_new_svg:
 *
 * Returns: (transfer full): a painter that writes an SVG picture of
 *   @width × @height; hashiya_painter_end_svg() gives it
 */
HashiyaPainter *
hashiya_painter_new_svg (double width,
                         double height)
{
  cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (scratch);
  HashiyaPainter *self = painter_new (cr);

  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
  self->svg = g_string_new (NULL);
  self->width = width;
  self->height = height;
  return self;
}

void
hashiya_painter_free (HashiyaPainter *self)
{
  if (self == NULL)
    return;
  cairo_destroy (self->cr);
  if (self->svg != NULL)
    g_string_free (self->svg, TRUE);
  g_free (self);
}

/**
 * hashiya_painter_get_path:
 *
 * Returns: (transfer none): the context to build paths on, for the next
 *   fill or stroke; never transformed
 */
cairo_t *
hashiya_painter_get_path (HashiyaPainter *self)
{
  return self->cr;
}

/**
 * hashiya_painter_get_cairo:
 *
 * Returns: (transfer none) (nullable): the context it draws on; %NULL
 *   when it writes SVG
 */
cairo_t *
hashiya_painter_get_cairo (HashiyaPainter *self)
{
  return self->svg == NULL ? self->cr : NULL;
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  /* 12.50 → 12.5, 3.00 → 3 */
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  g_string_append (out, strcmp (buffer, "-0") == 0 ? "0" : buffer);
}

static void
append_color (GString           *out,
              const char        *name,
              const HashiyaRgba *color)
{
  g_string_append_printf (out, " %s=\"#%02x%02x%02x\"", name,
                          (guint) lround (CLAMP (color->red, 0, 1) * 255),
                          (guint) lround (CLAMP (color->green, 0, 1) * 255),
                          (guint) lround (CLAMP (color->blue, 0, 1) * 255));
  if (color->alpha < 1)
    {
      g_string_append_printf (out, " %s-opacity=\"", name);
      append_number (out, color->alpha);
      g_string_append_c (out, '"');
    }
}

/* The current path as SVG path data; clears it. */
static void
append_path (HashiyaPainter *self)
{
  cairo_path_t *path = cairo_copy_path (self->cr);

  g_string_append (self->svg, " d=\"");
  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      cairo_path_data_t *data = &path->data[i];
      static const char letters[] = { 'M', 'L', 'C', 'Z' };
      int n_points = data->header.type == CAIRO_PATH_CURVE_TO ? 3 : data->header.type == CAIRO_PATH_CLOSE_PATH ? 0 : 1;

      g_string_append_c (self->svg, letters[data->header.type]);
      for (int k = 1; k <= n_points; k++)
        {
          append_number (self->svg, data[k].point.x);
          g_string_append_c (self->svg, ' ');
          append_number (self->svg, data[k].point.y);
          if (k < n_points)
            g_string_append_c (self->svg, ' ');
        }
    }
  g_string_append_c (self->svg, '"');
  cairo_path_destroy (path);
}

static gboolean
has_path (cairo_t *cr)
{
  double x0, y0, x1, y1;

  cairo_path_extents (cr, &x0, &y0, &x1, &y1);
  return cairo_has_current_point (cr) || x1 > x0 || y1 > y0;
}

/**
 * hashiya_painter_fill:
 * @preserve: whether the path stays, for a stroke
 *
 * Fills the path built on hashiya_painter_get_path().
 */
void
hashiya_painter_fill (HashiyaPainter    *self,
                      const HashiyaRgba *color,
                      gboolean           preserve)
{
  if (self->svg == NULL)
    {
      cairo_set_source_rgba (self->cr, color->red, color->green, color->blue, color->alpha);
      if (preserve)
        cairo_fill_preserve (self->cr);
      else
        cairo_fill (self->cr);
      return;
    }
  if (!has_path (self->cr))
    return;
  g_string_append (self->svg, "<path");
  append_color (self->svg, "fill", color);
  append_path (self);
  g_string_append (self->svg, "/>\n");
  if (!preserve)
    cairo_new_path (self->cr);
}

/**
 * hashiya_painter_stroke:
 * @dashes: (nullable) (array length=n_dashes): on and off lengths
 *
 * Strokes the path built on hashiya_painter_get_path(), and clears it.
 */
void
hashiya_painter_stroke (HashiyaPainter    *self,
                        const HashiyaRgba *color,
                        double             width,
                        const double      *dashes,
                        int                n_dashes)
{
  if (self->svg == NULL)
    {
      cairo_set_source_rgba (self->cr, color->red, color->green, color->blue, color->alpha);
      cairo_set_line_width (self->cr, width);
      cairo_set_dash (self->cr, dashes, n_dashes, 0);
      cairo_stroke (self->cr);
      return;
    }
  if (!has_path (self->cr))
    return;
  g_string_append (self->svg, "<path fill=\"none\"");
  append_color (self->svg, "stroke", color);
  g_string_append (self->svg, " stroke-width=\"");
  append_number (self->svg, width);
  g_string_append_c (self->svg, '"');
  if (n_dashes > 0)
    {
      g_string_append (self->svg, " stroke-dasharray=\"");
      for (int i = 0; i < n_dashes; i++)
        {
          if (i > 0)
            g_string_append_c (self->svg, ' ');
          append_number (self->svg, dashes[i]);
        }
      g_string_append_c (self->svg, '"');
    }
  append_path (self);
  g_string_append (self->svg, "/>\n");
  cairo_new_path (self->cr);
}

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/* Each line of LAYOUT a <text>, centred where Pango puts it, in its
 * font, in the direction of its first strong letter. */
static void
append_text (HashiyaPainter    *self,
             PangoLayout       *layout,
             double             x,
             double             y,
             const HashiyaRgba *color)
{
  const char *text = pango_layout_get_text (layout);
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  const char *family = font != NULL ? pango_font_description_get_family (font) : NULL;
  double size = font != NULL ? (double) pango_font_description_get_size (font) / PANGO_SCALE : 10;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      gboolean rtl;

      if (line->length == 0)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      rtl = pango_layout_line_get_resolved_direction (line) == PANGO_DIRECTION_RTL;
      g_string_append (self->svg, "<text x=\"");
      append_number (self->svg, x + (logical.x + logical.width / 2.0) / PANGO_SCALE);
      g_string_append (self->svg, "\" y=\"");
      append_number (self->svg, y + baseline);
      g_string_append (self->svg, "\" font-family=\"");
      append_escaped (self->svg, family != NULL ? family : HASHIYA_PICTURE_FONT, -1);
      g_string_append (self->svg, ", sans-serif\" font-size=\"");
      append_number (self->svg, size);
      g_string_append_printf (self->svg, "\" text-anchor=\"middle\" direction=\"%s\" unicode-bidi=\"embed\"",
                              rtl ? "rtl" : "ltr");
      append_color (self->svg, "fill", color);
      g_string_append_c (self->svg, '>');
      append_escaped (self->svg, text + line->start_index, line->length);
      g_string_append (self->svg, "</text>\n");
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/**
 * hashiya_painter_show_layout:
 *
 * Shows @layout with its top left corner at @x, @y.
 */
void
hashiya_painter_show_layout (HashiyaPainter    *self,
                             PangoLayout       *layout,
                             double             x,
                             double             y,
                             const HashiyaRgba *color)
{
  if (self->svg != NULL)
    {
      append_text (self, layout, x, y, color);
      return;
    }
  cairo_new_path (self->cr);
  cairo_set_source_rgba (self->cr, color->red, color->green, color->blue, color->alpha);
  cairo_move_to (self->cr, x, y);
  pango_cairo_show_layout (self->cr, layout);
  cairo_new_path (self->cr);
}

/**
 * hashiya_painter_begin_group:
 * @title: (nullable): what the group shows, for a tooltip and a screen
 *   reader of the SVG
 */
void
hashiya_painter_begin_group (HashiyaPainter *self,
                             const char     *title)
{
  if (self->svg == NULL)
    return;
  g_string_append (self->svg, "<g>");
  if (title != NULL)
    {
      g_string_append (self->svg, "<title>");
      append_escaped (self->svg, title, -1);
      g_string_append (self->svg, "</title>");
    }
  g_string_append_c (self->svg, '\n');
}

void
hashiya_painter_end_group (HashiyaPainter *self)
{
  if (self->svg != NULL)
    g_string_append (self->svg, "</g>\n");
}

/**
 * hashiya_painter_end_svg:
 * @title: (nullable): the picture's title
 *
 * Returns: (transfer full): the SVG document
 */
GBytes *
hashiya_painter_end_svg (HashiyaPainter *self,
                         const char     *title)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (self->svg != NULL, NULL);

  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
  append_number (out, self->width);
  g_string_append (out, "\" height=\"");
  append_number (out, self->height);
  g_string_append (out, "\" viewBox=\"0 0 ");
  append_number (out, self->width);
  g_string_append_c (out, ' ');
  append_number (out, self->height);
  g_string_append (out, "\">\n");
  if (title != NULL)
    {
      g_string_append (out, "<title>");
      append_escaped (out, title, -1);
      g_string_append (out, "</title>\n");
    }
  g_string_append_len (out, self->svg->str, self->svg->len);
  g_string_append (out, "</svg>\n");
  g_string_truncate (self->svg, 0);
  return g_string_free_to_bytes (out);
}

/**
 * hashiya_picture_pango_context_new:
 *
 * Returns: (transfer full): a context that lays text out at 72 dots per
 *   inch (a size is in the picture's units), without hinting
 */
PangoContext *
hashiya_picture_pango_context_new (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * hashiya_picture_layout_new:
 * @font: a family list
 * @size: in the picture's units
 *
 * Returns: (transfer full): one line of @text, its direction its own
 */
PangoLayout *
hashiya_picture_layout_new (PangoContext *context,
                            const char   *font,
                            double        size,
                            const char   *text)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_font_description_set_absolute_size (description, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (description);
  return layout;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("cairo could not draw the picture: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

static void
paint_on (cairo_surface_t  *surface,
          HashiyaPaintFunc  paint,
          gpointer          data,
          double            width,
          double            height)
{
  cairo_t *cr = cairo_create (surface);
  g_autoptr(HashiyaPainter) painter = hashiya_painter_new_for_cairo (cr);

  paint (painter, width, height, data);
  cairo_destroy (cr);
}

/**
 * hashiya_picture_render:
 * @title: (nullable): the document's title, for the PDF and the SVG
 *
 * Returns: (transfer full) (nullable): the picture as a file of @format
 */
GBytes *
hashiya_picture_render (HashiyaPaintFunc       paint,
                        gpointer               data,
                        double                 width,
                        double                 height,
                        HashiyaPictureFormat   format,
                        const char            *title,
                        GError               **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;

  if (!hashiya_picture_check_size (width, height, error))
    return NULL;

  if (format == HASHIYA_PICTURE_FORMAT_SVG)
    {
      g_autoptr(HashiyaPainter) painter = hashiya_painter_new_svg (width, height);

      paint (painter, width, height, data);
      return hashiya_painter_end_svg (painter, title);
    }

  bytes = g_byte_array_new ();
  if (format == HASHIYA_PICTURE_FORMAT_PDF)
    {
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hashiya");
      paint_on (surface, paint, data, width, height);
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      paint_on (surface, paint, data, width, height);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
    }
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
