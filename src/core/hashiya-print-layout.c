/* hashiya-print-layout.c — a document laid out on pages, for print and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window prints through GtkPrintOperation and the CLI writes a PDF
 * through a cairo surface; both draw the same pages, laid out here and
 * drawn by hashiya-print-draw.c. Each line of the text is a right-to-left
 * paragraph.
 *
 * Mentions are drawn as the window shows them, with cairo rather than
 * Pango attributes (of which only one of a kind shows on a span): an
 * outer mention gets a translucent background in its actor's colour, a
 * mention nested in another or sharing its span an underline in its own
 * colour, a suggestion a wavy underline; underlines that overlap take
 * rows one below the other, so that none hides another. Nothing changes
 * the font, so letters stay joined. A mention's note gets a raised
 * number after the word where the mention ends; a relation a raised
 * number in brackets, in the colour of its quad class, after the word of
 * its trigger (or of its source mention). After the text come the legend
 * of the actors and their counts, the relations, each with its sentence
 * and its two ends highlighted there, and the notes. Every page has its
 * number.
 */

#define G_LOG_DOMAIN "hashiya-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-print-layout.h"
#include "hashiya-print-layout-private.h"

#define BODY_FONT   "Noto Naskh Arabic, Amiri, serif 12"
#define TITLE_FONT  "Noto Naskh Arabic, Amiri, serif 17"
#define LEGEND_FONT "Noto Naskh Arabic, Amiri, serif 10"
#define NOTE_FONT   "Noto Naskh Arabic, Amiri, serif 9"
#define FOOTER_SPACE 24.0   /* points kept at the bottom for the number */
#define PARAGRAPH_SPACE 6.0

/* A mention as it is drawn; underlines take a row, 0 nearest the text. */
typedef struct
{
  HashiyaMention *mention;
  Style           style;
  guint           row;
} Mark;

/* A note, and where its number goes in the text. */
typedef struct
{
  HashiyaMention *mention;
  guint           offset;
} NoteRef;

/* A raised number in the text and where it goes: a note's ("3"), or a
 * relation's in brackets ("[3]"), in the colour of its quad class. */
typedef struct
{
  guint       offset;
  char       *label;
  const char *color;
} Raised;

/* Note numbers put in a paragraph at OFFSET of the text, at bytes
 * START to END of the block's text. */
typedef struct
{
  guint offset;
  gsize start;
  gsize end;
} Insert;

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
      ref.offset = hashiya_export_word_end (text, hashiya_mention_get_end (mention));
      g_array_append_val (notes, ref);
    }
  g_array_sort (notes, compare_notes);
  return notes;
}

static void
raised_clear (Raised *raised)
{
  g_free (raised->label);
}

static const char *
quad_color (HashiyaDocument *document,
            HashiyaRelation *relation)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));

  return hashiya_relation_catalog_get_quad_color (catalog, hashiya_relation_type_get_quad_class (type));
}

/* The notes' numbers and the relations' in the order of the text; at one
 * place, the notes' first. */
static GArray *
collect_raised (HashiyaDocument *document,
                GArray          *notes,
                GArray          *markers)
{
  GArray *raised = g_array_sized_new (FALSE, FALSE, sizeof (Raised), notes->len + markers->len);
  guint n = 0, r = 0;

  g_array_set_clear_func (raised, (GDestroyNotify) raised_clear);
  while (n < notes->len || r < markers->len)
    {
      Raised number;

      if (r == markers->len ||
          (n < notes->len && g_array_index (notes, NoteRef, n).offset <= g_array_index (markers, HashiyaRelationMarker, r).offset))
        {
          number.offset = g_array_index (notes, NoteRef, n).offset;
          number.label = g_strdup_printf ("%u", ++n);
          number.color = NULL;
        }
      else
        {
          HashiyaRelationMarker *marker = &g_array_index (markers, HashiyaRelationMarker, r);

          number.offset = marker->offset;
          number.label = g_strdup_printf ("[%u]", ++r);
          number.color = quad_color (document, marker->relation);
        }
      g_array_append_val (raised, number);
    }
  return raised;
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

static void
set_color (PangoAttrList *attributes,
           const char    *color,
           gsize          start,
           gsize          end)
{
  PangoAttribute *attribute;
  PangoColor rgb;

  if (color == NULL || !pango_color_parse (&rgb, color))
    return;
  attribute = pango_attr_foreground_new (rgb.red, rgb.green, rgb.blue);
  attribute->start_index = (guint) start;
  attribute->end_index = (guint) end;
  pango_attr_list_insert (attributes, attribute);
}

/* The raised numbers whose place is up to LAST (and at least FIRST),
 * raised and smaller; NEXT is the index of the next one. */
static void
insert_note_numbers (HashiyaText   *text,
                     GArray        *raised,
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

  for (; *next < raised->len && g_array_index (raised, Raised, *next).offset <= last; (*next)++)
    {
      Raised *number = &g_array_index (raised, Raised, *next);
      guint at = MAX (number->offset, first);
      gsize byte_at = hashiya_text_offset_to_byte (text, at);
      gsize start;

      g_string_append_len (content, data + copied, (gssize) (byte_at - copied));
      copied = byte_at;
      if (inserts->len > 0 && g_array_index (inserts, Insert, inserts->len - 1).offset == at)
        {
          /* Two numbers at one place, a thin space apart. */
          g_string_append (content, "\u2009");
          start = content->len;
          g_string_append (content, number->label);
          g_array_index (inserts, Insert, inserts->len - 1).end = content->len;
        }
      else
        {
          Insert insert = { at, content->len, 0 };

          start = content->len;
          g_string_append (content, number->label);
          insert.end = content->len;
          g_array_append_val (inserts, insert);
        }
      set_color (attributes, number->color, start, content->len);
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

static void
add_highlight (Block      *block,
               int         start,
               int         end,
               const char *color)
{
  Highlight highlight = { start, end, 0, 0, 0, STYLE_BACKGROUND, 0 };
  PangoColor rgb;

  if (color == NULL || !pango_color_parse (&rgb, color))
    return;
  highlight.red = rgb.red / 65535.;
  highlight.green = rgb.green / 65535.;
  highlight.blue = rgb.blue / 65535.;
  g_array_append_val (block->highlights, highlight);
}

static int
compare_highlights (gconstpointer a,
                    gconstpointer b)
{
  int start_a = ((const Highlight *) a)->start, start_b = ((const Highlight *) b)->start;

  return start_a < start_b ? -1 : start_a > start_b;
}

/* "[1] باكو (أذربيجان) ← اتهام ← يريفان (أرمينيا) (accuse; CAMEO 11)", the
 * number and the type in the colour of its quad class; what else it
 * says and its note; its sentence, its two ends highlighted in their
 * actors' colours. Numbered as in the text. */
static void
add_relations (HashiyaPrintLayout *self,
               HashiyaDocument    *document,
               GArray             *markers)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaRelationCatalog *relation_catalog = hashiya_document_get_relation_catalog (document);
  Block *heading;

  if (markers->len == 0)
    return;
  self->y += PARAGRAPH_SPACE * 2;
  heading = new_block (self, TITLE_FONT);
  pango_layout_set_text (heading->layout, _("Relations"), -1);
  place_block (self, heading, PARAGRAPH_SPACE);
  for (guint i = 0; i < markers->len; i++)
    {
      HashiyaRelation *relation = g_array_index (markers, HashiyaRelationMarker, i).relation;
      HashiyaRelationType *type = hashiya_relation_catalog_lookup (relation_catalog,
                                                                   hashiya_relation_get_relation_type (relation));
      const char *name_en = hashiya_relation_type_get_name_en (type);
      const char *cameo = hashiya_relation_type_get_cameo (type);
      const char *note = hashiya_relation_get_note (relation);
      const char *color = quad_color (document, relation);
      const char *ends[2] = { hashiya_relation_get_source (relation), hashiya_relation_get_target (relation) };
      g_autofree char *source = hashiya_export_relation_end (document, ends[0]);
      g_autofree char *target = hashiya_export_relation_end (document, ends[1]);
      g_autofree char *details = hashiya_export_relation_details (relation);
      g_autofree char *sentence = NULL;
      g_autoptr(GString) line = g_string_new (NULL);
      g_autoptr(GString) about = g_string_new (NULL);
      PangoAttrList *attributes = pango_attr_list_new ();
      Block *block = new_block (self, LEGEND_FONT);
      guint start, end;
      gsize type_start;

      g_string_append_printf (line, "[%u] ", i + 1);
      set_color (attributes, color, 0, line->len - 1);
      g_string_append_printf (line, "%s ← ", source);
      type_start = line->len;
      g_string_append (line, hashiya_export_relation_type_name (document, relation));
      set_color (attributes, color, type_start, line->len);
      g_string_append_printf (line, " ← %s", target);
      if (name_en != NULL || cameo != NULL)
        g_string_append_printf (line, " \u2068(%s%s%s%s)\u2069", name_en != NULL ? name_en : "",
                                name_en != NULL && cameo != NULL ? "; " : "", cameo != NULL ? "CAMEO " : "",
                                cameo != NULL ? cameo : "");
      pango_layout_set_text (block->layout, line->str, (int) line->len);
      pango_layout_set_attributes (block->layout, attributes);
      pango_attr_list_unref (attributes);
      place_block (self, block, 0);

      /* The line isolated, in the direction of its words, and the
       * details and note in it too, so that each keeps its own order. */
      if (hashiya_relation_get_trigger (relation, &start, &end))
        {
          g_autofree char *covered = hashiya_text_slice (text, start, end);

          g_string_append_printf (about, _("in the words «%s»"), covered);
        }
      if (details != NULL)
        g_string_append_printf (about, "%s\u2068%s\u2069", about->len > 0 ? " · " : "", details);
      if (note != NULL && *note != '\0')
        g_string_append_printf (about, "%s\u2068%s\u2069", about->len > 0 ? " — " : "", note);
      if (about->len > 0)
        {
          g_string_prepend (about, "\u2068");
          g_string_append (about, "\u2069");
          block = new_block (self, NOTE_FONT);
          pango_layout_set_text (block->layout, about->str, (int) about->len);
          place_block (self, block, 0);
        }

      hashiya_export_relation_sentence (document, relation, &start, &end);
      sentence = hashiya_text_slice (text, start, end);
      block = new_block (self, NOTE_FONT);
      pango_layout_set_text (block->layout, sentence, -1);
      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        {
          HashiyaMention *mention = hashiya_document_lookup_mention (document, ends[e]);
          HashiyaActor *actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (mention));
          gsize byte_start = hashiya_text_offset_to_byte (text, start);

          if (actor != NULL)
            add_highlight (block, (int) (hashiya_text_offset_to_byte (text, hashiya_mention_get_start (mention)) - byte_start),
                           (int) (hashiya_text_offset_to_byte (text, hashiya_mention_get_end (mention)) - byte_start),
                           hashiya_actor_get_color (actor));
        }
      g_array_sort (block->highlights, compare_highlights);
      place_block (self, block, PARAGRAPH_SPACE);
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
  g_autoptr(GPtrArray) relations = NULL;
  g_autoptr(GArray) markers = NULL;
  g_autoptr(GArray) notes = NULL;
  g_autoptr(GArray) raised = NULL;
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
  relations = hashiya_export_relations (document, mentions, options->skip_suggestions);
  markers = hashiya_export_relation_markers (document, relations);
  notes = collect_notes (hashiya_document_get_text (document), mentions);
  raised = collect_raised (document, notes, markers);
  new_page (self);
  title = new_block (self, TITLE_FONT);
  pango_layout_set_text (title->layout, options->title, -1);
  place_block (self, title, PARAGRAPH_SPACE * 2);
  add_text (self, document, mentions, raised);
  add_legend (self, document, mentions);
  add_relations (self, document, markers);
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
