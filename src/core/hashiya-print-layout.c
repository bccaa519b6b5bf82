/* hashiya-print-layout.c — a document laid out on pages, for print and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window prints through GtkPrintOperation and the CLI writes a PDF
 * through a cairo surface; both draw the same pages from here. Each line
 * of the text is a right-to-left paragraph.
 *
 * Mentions are drawn as the window shows them, with cairo rather than
 * Pango attributes (of which only one of a kind shows on a span): an
 * outer mention gets a translucent background in its actor's colour, a
 * mention nested in another or sharing its span an underline in its own
 * colour, a suggestion a wavy underline; underlines that overlap take
 * rows one below the other, so that none hides another. Nothing changes
 * the font, so letters stay joined. A mention's note gets a raised
 * number after the word where the mention ends, and the notes are listed
 * at the end after the legend of the actors and their counts. Every page
 * has its number.
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
#define HIGHLIGHT_ALPHA 0.28  /* the window's, on white */
#define UNDERLINE_ROW 3.5     /* underline thicknesses from one row to the next */

typedef enum
{
  STYLE_BACKGROUND,  /* an outer mention */
  STYLE_UNDERLINE,   /* one nested in another, or on its span */
  STYLE_WAVY,        /* a suggestion */
} Style;

/* A mention as it is drawn; underlines take a row, 0 nearest the text. */
typedef struct
{
  HashiyaMention *mention;
  Style           style;
  guint           row;
} Mark;

/* A mention's highlight in a block's text, in bytes. */
typedef struct
{
  int    start;
  int    end;
  double red, green, blue;
  Style  style;
  guint  row;
} Highlight;

/* A paragraph, title or line of the legend. */
typedef struct
{
  PangoLayout *layout;
  GArray      *highlights;  /* Highlight */
} Block;

typedef struct
{
  Block  *block;
  int     line;
  double  baseline;  /* from the top of the page's body */
  double  x;
  double  ascent;    /* of the line's logical extents, above the baseline */
  double  height;
  guint   first_highlight;  /* the block's highlights that may be on the line */
  guint   end_highlight;
} PlacedLine;

/* A note, and where its number goes in the text. */
typedef struct
{
  HashiyaMention *mention;
  guint           offset;
} NoteRef;

/* Note numbers put in a paragraph at OFFSET of the text, at bytes
 * START to END of the block's text. */
typedef struct
{
  guint offset;
  gsize start;
  gsize end;
} Insert;

struct _HashiyaPrintLayout
{
  PangoContext *context;
  double        width;
  double        height;
  GPtrArray    *blocks;  /* Block, in order */
  GArray       *lines;   /* PlacedLine, in order */
  GArray       *firsts;  /* guint: each page's first line */
  double        y;       /* where the next line goes */
  double        underline_position;   /* below the baseline */
  double        underline_thickness;
};

static void
block_free (Block *block)
{
  g_object_unref (block->layout);
  g_array_unref (block->highlights);
  g_free (block);
}

static Block *
new_block (HashiyaPrintLayout *self,
           const char         *font)
{
  Block *block = g_new0 (Block, 1);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  block->layout = pango_layout_new (self->context);
  block->highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  pango_layout_set_font_description (block->layout, description);
  pango_layout_set_width (block->layout, (int) (self->width * PANGO_SCALE));
  pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
  /* Every paragraph is right-to-left, as in the window: a Latin title or
   * name keeps its own order inside it, and every line starts at the right. */
  pango_layout_set_auto_dir (block->layout, FALSE);
  pango_layout_set_alignment (block->layout, PANGO_ALIGN_RIGHT);
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
new_page (HashiyaPrintLayout *self)
{
  guint first = self->lines->len;

  g_array_append_val (self->firsts, first);
  self->y = 0;
}

/* Places BLOCK's lines after what came before, starting pages as needed.
 * Its highlights, in the order they start, are all there by now. */
static void
place_block (HashiyaPrintLayout *self,
             Block              *block,
             double              space_after)
{
  double bottom = self->height - FOOTER_SPACE;
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  GArray *highlights = block->highlights;
  guint first_highlight = 0;
  guint end_highlight = 0;
  int line = 0;

  do
    {
      PangoLayoutLine *layout_line = pango_layout_iter_get_line_readonly (iter);
      int line_end = layout_line->start_index + layout_line->length;
      PangoRectangle logical;
      PlacedLine placed;
      double height;

      while (first_highlight < highlights->len
             && g_array_index (highlights, Highlight, first_highlight).end <= layout_line->start_index)
        first_highlight++;
      while (end_highlight < highlights->len && g_array_index (highlights, Highlight, end_highlight).start < line_end)
        end_highlight++;
      placed.first_highlight = first_highlight;
      placed.end_highlight = MAX (first_highlight, end_highlight);

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      if (self->y + height > bottom && self->y > 0)
        new_page (self);
      placed.block = block;
      placed.line = line++;
      placed.x = (double) logical.x / PANGO_SCALE;
      placed.ascent = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      placed.height = height;
      placed.baseline = self->y + placed.ascent;
      g_array_append_val (self->lines, placed);
      self->y += height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  self->y += space_after;
}

/* How each mention is drawn, as the window draws it: MENTIONS are sorted
 * by hashiya_mention_compare_nesting(), and one that ends within the
 * reach of those before it is nested in one of them, or on its span. */
static GArray *
mark_mentions (GPtrArray *mentions)
{
  GArray *marks = g_array_sized_new (FALSE, FALSE, sizeof (Mark), mentions->len);
  g_autoptr(GArray) row_ends = g_array_new (FALSE, TRUE, sizeof (guint));
  guint reach = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (mentions, i);
      guint start = hashiya_mention_get_start (mention);
      guint end = hashiya_mention_get_end (mention);
      Mark mark = { mention, STYLE_BACKGROUND, 0 };

      if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        mark.style = STYLE_WAVY;
      else if (reach >= end)
        mark.style = STYLE_UNDERLINE;
      reach = MAX (reach, end);

      /* The first row free from START on. */
      if (mark.style != STYLE_BACKGROUND)
        {
          while (mark.row < row_ends->len && g_array_index (row_ends, guint, mark.row) > start)
            mark.row++;
          if (mark.row == row_ends->len)
            g_array_set_size (row_ends, mark.row + 1);
          g_array_index (row_ends, guint, mark.row) = end;
        }
      g_array_append_val (marks, mark);
    }
  return marks;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The end of the word in which a mention ends at END: a number put
 * inside a word would break the joining of its letters. */
static guint
word_end (HashiyaText *text,
          guint        end)
{
  guint length = hashiya_text_get_length (text);

  if (end == 0 || !is_word_char (hashiya_text_get_char (text, end - 1)))
    return end;
  while (end < length && is_word_char (hashiya_text_get_char (text, end)))
    end++;
  return end;
}

/* In the order their numbers come in the text; the inner of two
 * mentions that end together first, as in the HTML. */
static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const NoteRef *na = a;
  const NoteRef *nb = b;
  guint ea = hashiya_mention_get_end (na->mention), eb = hashiya_mention_get_end (nb->mention);
  guint sa = hashiya_mention_get_start (na->mention), sb = hashiya_mention_get_start (nb->mention);

  if (na->offset != nb->offset)
    return na->offset < nb->offset ? -1 : 1;
  if (ea != eb)
    return ea < eb ? -1 : 1;
  if (sa != sb)
    return sa > sb ? -1 : 1;
  return g_strcmp0 (hashiya_mention_get_id (na->mention), hashiya_mention_get_id (nb->mention));
}

static GArray *
collect_notes (HashiyaText *text,
               GPtrArray   *mentions)
{
  GArray *notes = g_array_new (FALSE, FALSE, sizeof (NoteRef));

  for (guint i = 0; i < mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (mentions, i);
      const char *note = hashiya_mention_get_note (mention);
      NoteRef ref = { mention, 0 };

      if (note == NULL || *note == '\0')
        continue;
      ref.offset = word_end (text, hashiya_mention_get_end (mention));
      g_array_append_val (notes, ref);
    }
  g_array_sort (notes, compare_notes);
  return notes;
}

/* Where offset AT of the text is in a block's text that starts at byte
 * BYTE_FIRST of it: after the note numbers put at AT for a start, before
 * them for an end. */
static int
block_index (HashiyaText *text,
             gsize        byte_first,
             GArray      *inserts,
             guint        at,
             gboolean     is_end)
{
  gsize index = hashiya_text_offset_to_byte (text, at) - byte_first;

  for (guint i = 0; i < inserts->len; i++)
    {
      Insert *insert = &g_array_index (inserts, Insert, i);

      if (insert->offset < at || (insert->offset == at && !is_end))
        index += insert->end - insert->start;
    }
  return (int) index;
}

/* The note numbers whose place is up to LAST (and at least FIRST), raised
 * and smaller; NEXT is the index of the next note, its number less one. */
static void
insert_note_numbers (HashiyaText   *text,
                     GArray        *notes,
                     guint         *next,
                     guint          first,
                     guint          last,
                     GString       *content,
                     GArray        *inserts,
                     PangoAttrList *attributes)
{
  const char *data = hashiya_text_get_data (text, NULL);
  gsize byte_first = hashiya_text_offset_to_byte (text, first);
  gsize byte_last = hashiya_text_offset_to_byte (text, last);
  gsize copied = byte_first;

  for (; *next < notes->len && g_array_index (notes, NoteRef, *next).offset <= last; (*next)++)
    {
      guint at = MAX (g_array_index (notes, NoteRef, *next).offset, first);
      gsize byte_at = hashiya_text_offset_to_byte (text, at);

      g_string_append_len (content, data + copied, (gssize) (byte_at - copied));
      copied = byte_at;
      if (inserts->len > 0 && g_array_index (inserts, Insert, inserts->len - 1).offset == at)
        {
          /* Two numbers at one place, a thin space apart. */
          g_string_append_printf (content, "\u2009%u", *next + 1);
          g_array_index (inserts, Insert, inserts->len - 1).end = content->len;
        }
      else
        {
          Insert insert = { at, content->len, 0 };

          g_string_append_printf (content, "%u", *next + 1);
          insert.end = content->len;
          g_array_append_val (inserts, insert);
        }
    }
  g_string_append_len (content, data + copied, (gssize) (byte_last - copied));

  for (guint i = 0; i < inserts->len; i++)
    {
      Insert *insert = &g_array_index (inserts, Insert, i);
      PangoAttribute *attribute;

      attribute = pango_attr_font_scale_new (PANGO_FONT_SCALE_SUPERSCRIPT);
      attribute->start_index = (guint) insert->start;
      attribute->end_index = (guint) insert->end;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_baseline_shift_new (PANGO_BASELINE_SHIFT_SUPERSCRIPT);
      attribute->start_index = (guint) insert->start;
      attribute->end_index = (guint) insert->end;
      pango_attr_list_insert (attributes, attribute);
    }
}

/* The paragraph from offset FIRST to LAST of the text, with its mentions
 * (MARKS from index *NEXT_MARK on) and note numbers. */
static void
add_paragraph (HashiyaPrintLayout *self,
               HashiyaDocument    *document,
               GArray             *marks,
               guint              *next_mark,
               GArray             *notes,
               guint              *next_note,
               guint               first,
               guint               last)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  gsize byte_first = hashiya_text_offset_to_byte (text, first);
  Block *block = new_block (self, BODY_FONT);
  PangoAttrList *attributes = pango_attr_list_new ();
  g_autoptr(GString) content = g_string_new (NULL);
  g_autoptr(GArray) inserts = g_array_new (FALSE, FALSE, sizeof (Insert));

  insert_note_numbers (text, notes, next_note, first, last, content, inserts, attributes);
  pango_layout_set_text (block->layout, content->str, (int) content->len);
  pango_layout_set_attributes (block->layout, attributes);
  pango_attr_list_unref (attributes);

  while (*next_mark < marks->len && hashiya_mention_get_end (g_array_index (marks, Mark, *next_mark).mention) <= first)
    (*next_mark)++;
  for (guint i = *next_mark; i < marks->len; i++)
    {
      Mark *mark = &g_array_index (marks, Mark, i);
      HashiyaActor *actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (mark->mention));
      guint start = MAX (hashiya_mention_get_start (mark->mention), first);
      guint end = MIN (hashiya_mention_get_end (mark->mention), last);
      Highlight highlight;
      PangoColor rgb;

      if (hashiya_mention_get_start (mark->mention) >= last)
        break;
      if (actor == NULL || start >= end || !pango_color_parse (&rgb, hashiya_actor_get_color (actor)))
        continue;
      highlight.start = block_index (text, byte_first, inserts, start, FALSE);
      highlight.end = block_index (text, byte_first, inserts, end, TRUE);
      highlight.red = rgb.red / 65535.;
      highlight.green = rgb.green / 65535.;
      highlight.blue = rgb.blue / 65535.;
      highlight.style = mark->style;
      highlight.row = mark->row;
      g_array_append_val (block->highlights, highlight);
    }
  place_block (self, block, PARAGRAPH_SPACE);
}

static gboolean
is_paragraph_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2029;
}

static void
add_text (HashiyaPrintLayout *self,
          HashiyaDocument    *document,
          GPtrArray          *mentions,
          GArray             *notes)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (mentions, NULL, NULL);
  g_autoptr(GArray) marks = NULL;
  guint length = hashiya_text_get_length (text);
  guint next_mark = 0;
  guint next_note = 0;
  guint start = 0;

  g_ptr_array_sort (sorted, hashiya_mention_compare_nesting);
  marks = mark_mentions (sorted);
  for (guint i = 0; i <= length; i++)
    if (i == length || is_paragraph_break (hashiya_text_get_char (text, i)))
      {
        if (i > start)
          add_paragraph (self, document, marks, &next_mark, notes, &next_note, start, i);
        start = i + 1;
      }
}

static void
add_legend (HashiyaPrintLayout *self,
            HashiyaDocument    *document,
            GPtrArray          *mentions)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  Block *heading = new_block (self, TITLE_FONT);

  for (guint i = 0; i < mentions->len; i++)
    {
      const char *actor = hashiya_mention_get_actor (g_ptr_array_index (mentions, i));

      g_hash_table_insert (counts, (gpointer) actor,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor)) + 1));
    }

  self->y += PARAGRAPH_SPACE * 2;
  pango_layout_set_text (heading->layout, _("Actors"), -1);
  place_block (self, heading, PARAGRAPH_SPACE);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, hashiya_actor_get_id (actor)));
      g_autofree char *kind = NULL;
      g_autofree char *line = NULL;
      Block *block;
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
      block = new_block (self, LEGEND_FONT);
      pango_layout_set_text (block->layout, line, -1);
      attributes = pango_attr_list_new ();
      if (pango_color_parse (&rgb, hashiya_actor_get_color (actor)))
        {
          swatch = pango_attr_foreground_new (rgb.red, rgb.green, rgb.blue);
          swatch->start_index = 0;
          swatch->end_index = strlen ("■");
          pango_attr_list_insert (attributes, swatch);
        }
      pango_layout_set_attributes (block->layout, attributes);
      pango_attr_list_unref (attributes);
      place_block (self, block, 0);
    }
}

/* "1. أذربيجان — the note", numbered as in the text. The note is text,
 * never markup, and isolated so that a Latin one keeps its own order. */
static void
add_notes (HashiyaPrintLayout *self,
           HashiyaDocument    *document,
           GArray             *notes)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  Block *heading;

  if (notes->len == 0)
    return;
  self->y += PARAGRAPH_SPACE * 2;
  heading = new_block (self, TITLE_FONT);
  pango_layout_set_text (heading->layout, _("Notes"), -1);
  place_block (self, heading, PARAGRAPH_SPACE);
  for (guint i = 0; i < notes->len; i++)
    {
      HashiyaMention *mention = g_array_index (notes, NoteRef, i).mention;
      HashiyaActor *actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (mention));
      g_autofree char *line = NULL;
      Block *block;

      line = g_strdup_printf ("%u. %s — \u2068%s\u2069", i + 1,
                              actor != NULL ? hashiya_actor_get_name_ar (actor) : hashiya_mention_get_actor (mention),
                              hashiya_mention_get_note (mention));
      block = new_block (self, LEGEND_FONT);
      pango_layout_set_text (block->layout, line, -1);
      place_block (self, block, PARAGRAPH_SPACE / 2);
    }
}

/**
 * hashiya_print_layout_new:
 * @context: the Pango context of the surface the pages are drawn on
 * @width: (in points) the width of the page's printable area
 * @height: (in points) its height
 *
 * Lays out @document's title, text, legend and notes on pages.
 */
HashiyaPrintLayout *
hashiya_print_layout_new (HashiyaDocument            *document,
                          const HashiyaExportOptions *options,
                          PangoContext               *context,
                          double                      width,
                          double                      height)
{
  HashiyaPrintLayout *self;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GArray) notes = NULL;
  g_autoptr(PangoFontDescription) body = NULL;
  PangoFontMetrics *metrics;
  Block *title;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (HashiyaPrintLayout, 1);
  self->context = g_object_ref (context);
  self->width = width;
  self->height = height;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->lines = g_array_new (FALSE, FALSE, sizeof (PlacedLine));
  self->firsts = g_array_new (FALSE, FALSE, sizeof (guint));
  pango_context_set_base_dir (context, PANGO_DIRECTION_RTL);

  body = pango_font_description_from_string (BODY_FONT);
  metrics = pango_context_get_metrics (context, body, pango_language_from_string ("ar"));
  self->underline_position = (double) -pango_font_metrics_get_underline_position (metrics) / PANGO_SCALE;
  self->underline_thickness = MAX ((double) pango_font_metrics_get_underline_thickness (metrics) / PANGO_SCALE, 0.5);
  pango_font_metrics_unref (metrics);

  mentions = hashiya_export_mentions (document, options);
  notes = collect_notes (hashiya_document_get_text (document), mentions);
  new_page (self);
  title = new_block (self, TITLE_FONT);
  pango_layout_set_text (title->layout, options->title, -1);
  place_block (self, title, PARAGRAPH_SPACE * 2);
  add_text (self, document, mentions, notes);
  add_legend (self, document, mentions);
  add_notes (self, document, notes);
  return self;
}

void
hashiya_print_layout_free (HashiyaPrintLayout *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->blocks);
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
