/* hashiya-print-draw.c — the laid-out pages drawn with cairo, and the PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the pages hashiya-print-layout.c lays out: the highlights as the
 * window shows them, with cairo rather than Pango attributes, the text
 * over them, and each page's number.
 *
 * Glyphs go to cairo run by run in the order they are seen, left to
 * right, each cluster with its text. For a right-to-left run cairo would
 * write them in the text's order instead, and PDF readers rebuilding
 * words from glyphs in that order split those whose glyphs overlap, as
 * lam-alef's do.
 */

#define G_LOG_DOMAIN "hashiya-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <cairo-pdf.h>

#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-print-layout-private.h"

static void
draw_page_number (HashiyaPrintLayout *self,
                  cairo_t            *cr,
                  guint               page)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FOOTER_FONT);
  g_autofree char *number = g_strdup_printf ("\u2066%u / %u\u2069", page + 1, self->firsts->len);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, (self->width - width) / 2, self->height - height);
  pango_cairo_show_layout (cr, layout);
}

typedef struct
{
  HashiyaPrintLayout *self;
  PlacedLine         *placed;
  Highlight          *highlight;
} DrawData;

typedef void (*DrawRange) (cairo_t  *cr,
                           DrawData *data,
                           double    x,
                           double    width);

/* Calls DRAW for each piece of the placed line that the highlight covers
 * (one highlight may be in several pieces where directions mix). */
static void
for_each_range (cairo_t   *cr,
                DrawData  *data,
                DrawRange  draw)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (data->placed->block->layout, data->placed->line);
  int start = MAX (data->highlight->start, line->start_index);
  int end = MIN (data->highlight->end, line->start_index + line->length);
  g_autofree int *ranges = NULL;
  int n_ranges;

  if (start >= end)
    return;
  pango_layout_line_get_x_ranges (line, start, end, &ranges, &n_ranges);
  for (int i = 0; i < n_ranges; i++)
    draw (cr, data, (double) ranges[2 * i] / PANGO_SCALE, (double) (ranges[2 * i + 1] - ranges[2 * i]) / PANGO_SCALE);
}

static void
draw_background (cairo_t  *cr,
                 DrawData *data,
                 double    x,
                 double    width)
{
  cairo_rectangle (cr, x, data->placed->baseline - data->placed->ascent, width, data->placed->height);
  cairo_fill (cr);
}

static void
draw_underline (cairo_t  *cr,
                DrawData *data,
                double    x,
                double    width)
{
  double thickness = data->self->underline_thickness;
  double y = data->placed->baseline + data->self->underline_position
             + data->highlight->row * UNDERLINE_ROW * thickness;

  if (data->highlight->style == STYLE_WAVY)
    pango_cairo_show_error_underline (cr, x, y, width, 3 * thickness);
  else
    {
      cairo_rectangle (cr, x, y, width, thickness);
      cairo_fill (cr);
    }
}

/* Backgrounds go under the text, underlines over it. */
static void
draw_highlights (HashiyaPrintLayout *self,
                 cairo_t            *cr,
                 PlacedLine         *placed,
                 gboolean            backgrounds)
{
  GArray *highlights = placed->block->highlights;

  for (guint i = placed->first_highlight; i < placed->end_highlight; i++)
    {
      Highlight *highlight = &g_array_index (highlights, Highlight, i);
      DrawData data = { self, placed, highlight };

      if ((highlight->style == STYLE_BACKGROUND) != backgrounds)
        continue;
      cairo_save (cr);
      if (backgrounds)
        {
          cairo_set_source_rgba (cr, highlight->red, highlight->green, highlight->blue, HIGHLIGHT_ALPHA);
          for_each_range (cr, &data, draw_background);
        }
      else
        {
          cairo_set_source_rgb (cr, highlight->red, highlight->green, highlight->blue);
          for_each_range (cr, &data, draw_underline);
        }
      cairo_restore (cr);
    }
}

typedef struct
{
  int start_glyph;
  int end_glyph;
  int start_index;
  int end_index;
} Cluster;

/* Draws RUN with its left end at X on baseline Y: its glyphs left to
 * right, and its clusters, each with its text, in the same order. A run
 * with a glyph no font has is left to Pango, which draws its box. */
static void
draw_run (cairo_t        *cr,
          const char     *text,
          PangoGlyphItem *run,
          double          x,
          double          y)
{
  PangoGlyphString *glyphs = run->glyphs;
  PangoItem *item = run->item;
  cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (item->analysis.font));
  g_autoptr(GArray) clusters = g_array_new (FALSE, FALSE, sizeof (Cluster));
  g_autoptr(GString) cluster_text = g_string_new (NULL);
  g_autofree cairo_glyph_t *cairo_glyphs = g_new (cairo_glyph_t, MAX (glyphs->num_glyphs, 1));
  g_autofree cairo_text_cluster_t *cairo_clusters = NULL;
  g_autofree double *positions = g_new (double, MAX (glyphs->num_glyphs, 1));
  gboolean unknown = FALSE;
  PangoGlyphItemIter iter;
  int n_glyphs = 0;
  int position = 0;

  cairo_save (cr);
  for (GSList *l = item->analysis.extra_attrs; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_FOREGROUND)
        {
          PangoColor *color = &((PangoAttrColor *) attribute)->color;

          cairo_set_source_rgb (cr, color->red / 65535., color->green / 65535., color->blue / 65535.);
        }
    }

  for (int i = 0; i < glyphs->num_glyphs; i++)
    {
      positions[i] = x + (double) (position + glyphs->glyphs[i].geometry.x_offset) / PANGO_SCALE;
      position += glyphs->glyphs[i].geometry.width;
      if (glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
        unknown = TRUE;
    }
  if (font == NULL || unknown)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_glyph_item (cr, text, run);
      cairo_restore (cr);
      return;
    }

  /* The iterator goes in the text's order, from right to left in a
   * right-to-left run; the clusters are put back in the glyphs' order. */
  if (pango_glyph_item_iter_init_start (&iter, run, text))
    do
      {
        Cluster cluster = {
          MIN (iter.start_glyph, iter.end_glyph + 1), MAX (iter.start_glyph + 1, iter.end_glyph),
          iter.start_index, iter.end_index,
        };

        g_array_append_val (clusters, cluster);
      }
    while (pango_glyph_item_iter_next_cluster (&iter));

  cairo_clusters = g_new (cairo_text_cluster_t, MAX (clusters->len, 1));
  for (guint i = 0; i < clusters->len; i++)
    {
      guint index = item->analysis.level % 2 == 1 ? clusters->len - 1 - i : i;
      Cluster *cluster = &g_array_index (clusters, Cluster, index);
      int first = n_glyphs;

      for (int g = cluster->start_glyph; g < cluster->end_glyph; g++)
        if (glyphs->glyphs[g].glyph != PANGO_GLYPH_EMPTY)
          {
            cairo_glyphs[n_glyphs].index = glyphs->glyphs[g].glyph;
            cairo_glyphs[n_glyphs].x = positions[g];
            cairo_glyphs[n_glyphs].y = y + (double) glyphs->glyphs[g].geometry.y_offset / PANGO_SCALE;
            n_glyphs++;
          }
      g_string_append_len (cluster_text, text + cluster->start_index, cluster->end_index - cluster->start_index);
      cairo_clusters[i].num_bytes = cluster->end_index - cluster->start_index;
      cairo_clusters[i].num_glyphs = n_glyphs - first;
    }

  if (n_glyphs > 0)
    {
      cairo_set_scaled_font (cr, font);
      cairo_show_text_glyphs (cr, cluster_text->str, (int) cluster_text->len, cairo_glyphs, n_glyphs,
                              cairo_clusters, (int) clusters->len, 0);
    }
  cairo_restore (cr);
}

/* Draws LINE with the left end of its baseline at X, Y. */
static void
draw_line (cairo_t         *cr,
           PangoLayoutLine *line,
           double           x,
           double           y)
{
  const char *text = pango_layout_get_text (line->layout);

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      x += (double) run->start_x_offset / PANGO_SCALE;
      draw_run (cr, text, run, x, y - (double) run->y_offset / PANGO_SCALE);
      x += (double) (pango_glyph_string_get_width (run->glyphs) + run->end_x_offset) / PANGO_SCALE;
    }
}

/**
 * hashiya_print_layout_draw_page:
 * @cr: a context whose origin is the top left of the printable area
 *
 * Draws page @page (from 0).
 */
void
hashiya_print_layout_draw_page (HashiyaPrintLayout *self,
                                cairo_t            *cr,
                                guint               page)
{
  guint first, last;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < self->firsts->len);

  first = g_array_index (self->firsts, guint, page);
  last = page + 1 < self->firsts->len ? g_array_index (self->firsts, guint, page + 1) : self->lines->len;
  for (guint i = first; i < last; i++)
    draw_highlights (self, cr, &g_array_index (self->lines, PlacedLine, i), TRUE);
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
  for (guint i = first; i < last; i++)
    {
      PlacedLine *placed = &g_array_index (self->lines, PlacedLine, i);

      draw_line (cr, pango_layout_get_line_readonly (placed->block->layout, placed->line), placed->x, placed->baseline);
    }
  for (guint i = first; i < last; i++)
    draw_highlights (self, cr, &g_array_index (self->lines, PlacedLine, i), FALSE);
  draw_page_number (self, cr, page);
}

/* ------------------------------------------------------------------ PDF */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * hashiya_pdf_write:
 *
 * An A4 PDF of @document, drawn with cairo and Pango.
 */
GBytes *
hashiya_pdf_write (HashiyaDocument            *document,
                   const HashiyaExportOptions *options,
                   GError                    **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(HashiyaPrintLayout) layout = NULL;
  g_autofree char *subject = NULL;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, HASHIYA_PAGE_WIDTH, HASHIYA_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hashiya " PACKAGE_VERSION);
  /* Where the format has room, every export says what its text is. */
  subject = g_strdup_printf ("Offsets: Unicode code points; encoding: UTF-8; newlines: %s; text SHA-256: %s",
                             hashiya_export_newline_name (hashiya_document_get_text (document)),
                             hashiya_text_get_sha256 (hashiya_document_get_text (document)));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  layout = hashiya_print_layout_new (document, options, context,
                                     HASHIYA_PAGE_WIDTH - 2 * HASHIYA_PAGE_MARGIN,
                                     HASHIYA_PAGE_HEIGHT - 2 * HASHIYA_PAGE_MARGIN);
  for (guint page = 0; page < hashiya_print_layout_get_n_pages (layout); page++)
    {
      cairo_save (cr);
      cairo_translate (cr, HASHIYA_PAGE_MARGIN, HASHIYA_PAGE_MARGIN);
      hashiya_print_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  g_clear_pointer (&layout, hashiya_print_layout_free);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("cannot make the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}
