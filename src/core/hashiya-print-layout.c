/* hashiya-print-layout.c — a document laid out on pages, for print and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window prints through GtkPrintOperation and the CLI writes a PDF
 * through a cairo surface; both draw the same pages from here. Each line
 * of the text is a right-to-left paragraph; mentions are highlighted as
 * on screen, with a translucent background in the actor's colour and an
 * underline, never a change of font, so that letters stay joined. A
 * legend with each actor's count ends the document, and every page has
 * its number.
 */

#define G_LOG_DOMAIN "hashiya-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <cairo-pdf.h>
#include <string.h>

#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-print-layout.h"

#define BODY_FONT   "Noto Naskh Arabic, Amiri, serif 12"
#define TITLE_FONT  "Noto Naskh Arabic, Amiri, serif 17"
#define LEGEND_FONT "Noto Naskh Arabic, Amiri, serif 10"
#define FOOTER_FONT "sans 8"
#define FOOTER_SPACE 24.0   /* points kept at the bottom for the number */
#define PARAGRAPH_SPACE 6.0

typedef struct
{
  PangoLayout *layout;
  int          line;
  double       baseline;   /* from the top of the page's body */
  double       x;
} PlacedLine;

struct _HashiyaPrintLayout
{
  PangoContext *context;
  double        width;
  double        height;
  GPtrArray    *layouts;   /* PangoLayout, in order */
  GArray       *lines;     /* PlacedLine, in order */
  GArray       *firsts;    /* guint: each page's first line */
  double        y;         /* where the next line goes */
};

static PangoLayout *
new_layout (HashiyaPrintLayout *self,
            const char         *font)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (self->width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Every paragraph is right-to-left, as in the window: a Latin title or
   * name keeps its own order inside it, and every line starts at the right. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  g_ptr_array_add (self->layouts, layout);
  return layout;
}

static void
new_page (HashiyaPrintLayout *self)
{
  guint first = self->lines->len;

  g_array_append_val (self->firsts, first);
  self->y = 0;
}

/* Places LAYOUT's lines after what came before, starting pages as needed. */
static void
place_layout (HashiyaPrintLayout *self,
              PangoLayout        *layout,
              double              space_after)
{
  double bottom = self->height - FOOTER_SPACE;
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int line = 0;

  do
    {
      PangoRectangle logical;
      PlacedLine placed;
      double height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      if (self->y + height > bottom && self->y > 0)
        new_page (self);
      placed.layout = layout;
      placed.line = line++;
      placed.x = (double) logical.x / PANGO_SCALE;
      placed.baseline = self->y + (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      g_array_append_val (self->lines, placed);
      self->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  self->y += space_after;
}

static void
add_highlight (PangoAttrList *attributes,
               const char    *color,
               gboolean       suggested,
               guint          start,
               guint          end)
{
  PangoColor rgb;
  PangoAttribute *attribute;

  if (!pango_color_parse (&rgb, color))
    return;

#define SPAN(a) ((a)->start_index = start, (a)->end_index = end, pango_attr_list_insert (attributes, (a)))
  attribute = pango_attr_background_new (rgb.red, rgb.green, rgb.blue);
  SPAN (attribute);
  attribute = pango_attr_background_alpha_new (suggested ? 0x2000 : 0x4000);
  SPAN (attribute);
  attribute = pango_attr_underline_new (suggested ? PANGO_UNDERLINE_SINGLE_LINE : PANGO_UNDERLINE_SINGLE);
  SPAN (attribute);
  attribute = pango_attr_underline_color_new (rgb.red, rgb.green, rgb.blue);
  SPAN (attribute);
#undef SPAN
}

/* The paragraph from byte START to END of the text, with its mentions. */
static void
add_paragraph (HashiyaPrintLayout *self,
               HashiyaDocument    *document,
               GPtrArray          *mentions,
               guint              *next,
               guint               first,
               guint               last)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  gsize byte_first = hashiya_text_offset_to_byte (text, first);
  gsize byte_last = hashiya_text_offset_to_byte (text, last);
  const char *data = hashiya_text_get_data (text, NULL);
  PangoLayout *layout = new_layout (self, BODY_FONT);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_layout_set_text (layout, data + byte_first, (int) (byte_last - byte_first));
  while (*next < mentions->len && hashiya_mention_get_end (g_ptr_array_index (mentions, *next)) <= first)
    (*next)++;
  for (guint i = *next; i < mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (mentions, i);
      HashiyaActor *actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (mention));
      guint start = MAX (hashiya_mention_get_start (mention), first);
      guint end = MIN (hashiya_mention_get_end (mention), last);

      if (hashiya_mention_get_start (mention) >= last)
        break;
      if (actor == NULL || start >= end)
        continue;
      add_highlight (attributes, hashiya_actor_get_color (actor),
                     hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED,
                     (guint) (hashiya_text_offset_to_byte (text, start) - byte_first),
                     (guint) (hashiya_text_offset_to_byte (text, end) - byte_first));
    }
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  place_layout (self, layout, PARAGRAPH_SPACE);
}

static gboolean
is_paragraph_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2029;
}

static void
add_text (HashiyaPrintLayout         *self,
          HashiyaDocument            *document,
          const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  guint length = hashiya_text_get_length (text);
  guint next = 0;
  guint start = 0;

  for (guint i = 0; i <= length; i++)
    if (i == length || is_paragraph_break (hashiya_text_get_char (text, i)))
      {
        if (i > start)
          add_paragraph (self, document, mentions, &next, start, i);
        start = i + 1;
      }
}

static void
add_legend (HashiyaPrintLayout         *self,
            HashiyaDocument            *document,
            const HashiyaExportOptions *options)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  PangoLayout *heading = new_layout (self, TITLE_FONT);

  for (guint i = 0; i < mentions->len; i++)
    {
      const char *actor = hashiya_mention_get_actor (g_ptr_array_index (mentions, i));

      g_hash_table_insert (counts, (gpointer) actor,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor)) + 1));
    }

  self->y += PARAGRAPH_SPACE * 2;
  pango_layout_set_text (heading, _("Actors"), -1);
  place_layout (self, heading, PARAGRAPH_SPACE);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, hashiya_actor_get_id (actor)));
      g_autofree char *kind = NULL;
      g_autofree char *line = NULL;
      PangoLayout *layout;
      PangoAttrList *attributes;
      PangoAttribute *swatch;
      PangoColor rgb;

      if (count == 0)
        continue;
      kind = hashiya_export_kind_label (hashiya_actor_get_kind (actor));
      /* "■ أذربيجان — Azerbaijan (State) — 12", the square in the actor's
       * colour, the English isolated so that it keeps its own order. */
      line = g_strdup_printf ("■ %s — \u2068%s (%s)\u2069 — %u", hashiya_actor_get_name_ar (actor),
                              hashiya_actor_get_name_en (actor), kind, count);
      layout = new_layout (self, LEGEND_FONT);
      pango_layout_set_text (layout, line, -1);
      attributes = pango_attr_list_new ();
      if (pango_color_parse (&rgb, hashiya_actor_get_color (actor)))
        {
          swatch = pango_attr_foreground_new (rgb.red, rgb.green, rgb.blue);
          swatch->start_index = 0;
          swatch->end_index = strlen ("■");
          pango_attr_list_insert (attributes, swatch);
        }
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
      place_layout (self, layout, 0);
    }
}

/**
 * hashiya_print_layout_new:
 * @context: the Pango context of the surface the pages are drawn on
 * @width: (in points) the width of the page's printable area
 * @height: (in points) its height
 *
 * Lays out @document's title, text and legend on pages.
 */
HashiyaPrintLayout *
hashiya_print_layout_new (HashiyaDocument            *document,
                          const HashiyaExportOptions *options,
                          PangoContext               *context,
                          double                      width,
                          double                      height)
{
  HashiyaPrintLayout *self;
  PangoLayout *title;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (HashiyaPrintLayout, 1);
  self->context = g_object_ref (context);
  self->width = width;
  self->height = height;
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->lines = g_array_new (FALSE, FALSE, sizeof (PlacedLine));
  self->firsts = g_array_new (FALSE, FALSE, sizeof (guint));
  pango_context_set_base_dir (context, PANGO_DIRECTION_RTL);

  new_page (self);
  title = new_layout (self, TITLE_FONT);
  pango_layout_set_text (title, options->title, -1);
  place_layout (self, title, PARAGRAPH_SPACE * 2);
  add_text (self, document, options);
  add_legend (self, document, options);
  return self;
}

void
hashiya_print_layout_free (HashiyaPrintLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->layouts);
  g_array_unref (self->lines);
  g_array_unref (self->firsts);
  g_object_unref (self->context);
  g_free (self);
}

guint
hashiya_print_layout_get_n_pages (HashiyaPrintLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->firsts->len;
}

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
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
  for (guint i = first; i < last; i++)
    {
      PlacedLine *placed = &g_array_index (self->lines, PlacedLine, i);

      cairo_move_to (cr, placed->x, placed->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (placed->layout, placed->line));
    }
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
