/* hashiya-html.c — a self-contained, right-to-left HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each line of the text is a paragraph; each mention a <mark> in its
 * actor's colour, with a tooltip. Overlapping mentions nest: a mark that
 * ends inside another is closed and the other reopened, so the markup
 * stays well-formed. Marks change only colours and borders, never the
 * font, so that Arabic letters stay joined across their edges. Notes
 * become footnotes, and a legend lists the actors with their counts.
 * Each relation gets a number in brackets after the word of its trigger
 * (or of its source mention), in the colour of its quad class, linked
 * to its place in the list of relations under the text, which shows
 * its ends, its type and its sentence, and links back.
 */

#define G_LOG_DOMAIN "hashiya-html"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-enum-types.h"
#include "hashiya-export-formats.h"

static const char style[] =
  "body { font-family: 'Noto Naskh Arabic', 'Amiri', serif; font-size: 1.2rem; line-height: 2;"
  " max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1e1e1e; background: #fff; }\n"
  "h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }\n"
  "mark { color: inherit; border-bottom: 2px solid; border-radius: 2px; }\n"
  "mark.suggested { border-bottom-style: dashed; }\n"
  "sup a { text-decoration: none; }\n"
  ".legend { list-style: none; padding: 0; }\n"
  ".legend li { margin: 0.2rem 0; }\n"
  ".swatch { display: inline-block; width: 1em; height: 1em; vertical-align: middle;"
  " border-radius: 3px; margin-inline-end: 0.5em; }\n"
  ".count { color: #666; }\n"
  ".about { color: #666; font-size: 0.8rem; direction: ltr; text-align: left; }\n";

/* Only on a page with relations. */
static const char relation_style[] =
  ".relations { list-style: none; padding: 0; }\n"
  ".relations li { margin: 0.8rem 0; }\n"
  ".relations .number { text-decoration: none; }\n"
  ".relations .about-relation { color: #666; font-size: 0.9rem; }\n"
  ".relations blockquote { margin: 0.2rem 0; padding-inline-start: 0.8rem; border-inline-start: 3px solid #ccc;"
  " color: #333; }\n";

static void
append_escaped (GString    *out,
                const char *s,
                gssize      length)
{
  const char *end = length < 0 ? s + strlen (s) : s + length;

  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n')
            g_string_append (out, "\xEF\xBF\xBD");  /* controls are not allowed in HTML */
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
        }
    }
}

static gboolean
is_paragraph_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2029;
}

typedef struct
{
  GString         *out;
  HashiyaDocument *document;
  GPtrArray       *open;        /* HashiyaMention, outermost first */
  GPtrArray       *notes;       /* HashiyaMention with a note, in order; NULL: no footnotes */
  GArray          *markers;     /* HashiyaRelationMarker, in order; NULL: none */
  guint            next_marker;
  gboolean         in_paragraph;
} Page;

static void
open_mark (Page           *page,
           HashiyaMention *mention)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (page->document),
                                                hashiya_mention_get_actor (mention));
  g_autofree char *kind = hashiya_export_kind_label (actor != NULL ? hashiya_actor_get_kind (actor)
                                                                  : HASHIYA_ACTOR_KIND_OTHER);
  const char *note = hashiya_mention_get_note (mention);
  gboolean suggested = hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED;
  g_autofree char *tooltip = NULL;

  tooltip = g_strdup_printf ("%s — %s, %s%s%s%s",
                             actor != NULL ? hashiya_actor_get_name_en (actor) : hashiya_mention_get_actor (mention),
                             kind,
                             hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE, hashiya_mention_get_mention_type (mention)),
                             suggested ? _(" (suggested)") : "",
                             note != NULL && *note != '\0' ? "\n" : "",
                             note != NULL ? note : "");
  g_string_append (page->out, "<mark class=\"a-");
  append_escaped (page->out, hashiya_mention_get_actor (mention), -1);
  g_string_append (page->out, suggested ? " suggested\" title=\"" : "\" title=\"");
  append_escaped (page->out, tooltip, -1);
  g_string_append (page->out, "\">");
}

static void
close_mark (Page           *page,
            HashiyaMention *mention,
            gboolean        last)
{
  const char *note = hashiya_mention_get_note (mention);

  g_string_append (page->out, "</mark>");
  if (last && page->notes != NULL && note != NULL && *note != '\0')
    {
      guint n;

      g_ptr_array_add (page->notes, mention);
      n = page->notes->len;
      g_string_append_printf (page->out, "<sup><a href=\"#note-%u\" id=\"ref-%u\">%u</a></sup>", n, n, n);
    }
}

/* Closes the marks that end at OFFSET, and reopens those they enclosed. */
static void
close_ending (Page  *page,
              guint  offset)
{
  g_autoptr(GPtrArray) reopen = g_ptr_array_new ();
  guint keep = page->open->len;

  for (guint i = 0; i < page->open->len; i++)
    if (hashiya_mention_get_end (g_ptr_array_index (page->open, i)) == offset)
      {
        keep = i;
        break;
      }
  for (guint i = page->open->len; i > keep; i--)
    {
      HashiyaMention *mention = g_ptr_array_index (page->open, i - 1);
      gboolean ends = hashiya_mention_get_end (mention) == offset;

      close_mark (page, mention, ends);
      if (!ends)
        g_ptr_array_insert (reopen, 0, mention);
    }
  g_ptr_array_set_size (page->open, keep);
  for (guint i = 0; i < reopen->len; i++)
    {
      open_mark (page, g_ptr_array_index (reopen, i));
      g_ptr_array_add (page->open, g_ptr_array_index (reopen, i));
    }
}

static void
start_paragraph (Page *page)
{
  if (page->in_paragraph)
    return;
  g_string_append (page->out, "<p>");
  for (guint i = 0; i < page->open->len; i++)
    open_mark (page, g_ptr_array_index (page->open, i));
  page->in_paragraph = TRUE;
}

static void
end_paragraph (Page *page)
{
  if (!page->in_paragraph)
    return;
  for (guint i = page->open->len; i > 0; i--)
    g_string_append (page->out, "</mark>");
  g_string_append (page->out, "</p>\n");
  page->in_paragraph = FALSE;
}

static int
compare_mention_pointers (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  return hashiya_mention_compare (*(HashiyaMention * const *) a, *(HashiyaMention * const *) b, user_data);
}

static const char *
quad_class_of (HashiyaDocument *document,
               HashiyaRelation *relation)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));

  return hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, hashiya_relation_type_get_quad_class (type));
}

/* "باكو (أذربيجان) ← اتهام ← يريفان (أرمينيا)": the arrows point from
 * the source to the target in a right-to-left line. */
static char *
relation_summary (HashiyaDocument *document,
                  HashiyaRelation *relation)
{
  g_autofree char *source = hashiya_export_relation_end (document, hashiya_relation_get_source (relation));
  g_autofree char *target = hashiya_export_relation_end (document, hashiya_relation_get_target (relation));

  return g_strdup_printf ("%s ← %s ← %s", source, hashiya_export_relation_type_name (document, relation), target);
}

/* The numbers of the relations whose place is OFFSET, each linked to its
 * line in the list. */
static void
append_markers (Page  *page,
                guint  offset)
{
  for (; page->markers != NULL && page->next_marker < page->markers->len; page->next_marker++)
    {
      HashiyaRelationMarker *marker = &g_array_index (page->markers, HashiyaRelationMarker, page->next_marker);
      guint n = page->next_marker + 1;
      g_autofree char *summary = NULL;

      if (marker->offset != offset)
        break;
      summary = relation_summary (page->document, marker->relation);
      g_string_append_printf (page->out, "<sup class=\"relation q-%s\"><a href=\"#relation-%u\" id=\"relation-ref-%u\" title=\"",
                              quad_class_of (page->document, marker->relation), n, n);
      append_escaped (page->out, summary, -1);
      g_string_append_printf (page->out, "\">[%u]</a></sup>", n);
    }
}

/* The text from FIRST to LAST with MENTIONS (in text order) marked, a
 * paragraph a line. */
static void
append_range (Page      *page,
              GPtrArray *mentions,
              guint      first,
              guint      last)
{
  HashiyaText *text = hashiya_document_get_text (page->document);
  const char *p = hashiya_text_get_data (text, NULL) + hashiya_text_offset_to_byte (text, first);
  guint next = 0;

  for (guint offset = first; offset <= last; offset++, p = g_utf8_next_char (p))
    {
      gunichar c;

      close_ending (page, offset);
      append_markers (page, offset);
      if (offset == last)
        break;
      c = g_utf8_get_char (p);
      if (is_paragraph_break (c))
        {
          end_paragraph (page);
          continue;
        }
      start_paragraph (page);
      for (; next < mentions->len && hashiya_mention_get_start (g_ptr_array_index (mentions, next)) == offset; next++)
        {
          open_mark (page, g_ptr_array_index (mentions, next));
          g_ptr_array_add (page->open, g_ptr_array_index (mentions, next));
        }
      if (c == 0x2028)
        g_string_append (page->out, "<br>");
      else
        append_escaped (page->out, p, g_utf8_next_char (p) - p);
    }
  end_paragraph (page);
}

static void
append_actor_styles (GString        *out,
                     HashiyaCatalog *catalog)
{
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      const char *color = hashiya_actor_get_color (actor);

      if (!hashiya_color_is_valid (color))
        continue;
      g_string_append_printf (out, "mark.a-%s { background-color: %s40; border-bottom-color: %s; }\n",
                              hashiya_actor_get_id (actor), color, color);
      g_string_append_printf (out, ".swatch.a-%s { background-color: %s; }\n", hashiya_actor_get_id (actor), color);
    }
}

static void
append_legend (GString         *out,
               HashiyaDocument *document,
               GPtrArray       *mentions)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < mentions->len; i++)
    {
      const char *actor = hashiya_mention_get_actor (g_ptr_array_index (mentions, i));

      g_hash_table_insert (counts, (gpointer) actor,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor)) + 1));
    }

  g_string_append_printf (out, "<section>\n<h2>%s</h2>\n<ul class=\"legend\">\n", _("Actors"));
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, hashiya_actor_get_id (actor)));
      g_autofree char *kind = hashiya_export_kind_label (hashiya_actor_get_kind (actor));

      if (count == 0)
        continue;
      g_string_append (out, "<li><span class=\"swatch a-");
      append_escaped (out, hashiya_actor_get_id (actor), -1);
      g_string_append (out, "\"></span>");
      append_escaped (out, hashiya_actor_get_name_ar (actor), -1);
      g_string_append (out, " — <bdi>");
      append_escaped (out, hashiya_actor_get_name_en (actor), -1);
      g_string_append (out, "</bdi> <bdi>(");
      append_escaped (out, kind, -1);
      g_string_append_printf (out, ")</bdi> <span class=\"count\">%u</span></li>\n", count);
    }
  g_string_append (out, "</ul>\n</section>\n");
}

static void
append_relation_styles (GString                *out,
                        HashiyaRelationCatalog *catalog)
{
  g_string_append (out, relation_style);
  for (int quad_class = HASHIYA_QUAD_CLASS_VERBAL_COOPERATION; quad_class <= HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT;
       quad_class++)
    {
      const char *color = hashiya_relation_catalog_get_quad_color (catalog, quad_class);

      if (hashiya_color_is_valid (color))
        g_string_append_printf (out, ".q-%s a, .q-%s .type { color: %s; }\n",
                                hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, quad_class),
                                hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, quad_class), color);
    }
}

/* Each relation: its number (back to its place in the text), its source,
 * type and target with its English name and CAMEO codes, what else it
 * says, its note and its sentence with its two ends marked. */
static void
append_relations (GString         *out,
                  HashiyaDocument *document,
                  GArray          *markers)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);

  if (markers->len == 0)
    return;
  g_string_append_printf (out, "<section>\n<h2>%s</h2>\n<ol class=\"relations\">\n", _("Relations"));
  for (guint i = 0; i < markers->len; i++)
    {
      HashiyaRelation *relation = g_array_index (markers, HashiyaRelationMarker, i).relation;
      HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));
      HashiyaMention *ends[2] = {
        hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation)),
        hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation)),
      };
      g_autofree char *source = hashiya_export_relation_end (document, hashiya_relation_get_source (relation));
      g_autofree char *target = hashiya_export_relation_end (document, hashiya_relation_get_target (relation));
      g_autofree char *details = hashiya_export_relation_details (relation);
      g_autoptr(GPtrArray) marked = g_ptr_array_new ();
      g_autoptr(GPtrArray) open = g_ptr_array_new ();
      const char *note = hashiya_relation_get_note (relation);
      const char *cameo = hashiya_relation_type_get_cameo (type);
      const char *name_en = hashiya_relation_type_get_name_en (type);
      Page sentence = { out, document, open, NULL, NULL, 0, FALSE };
      guint start, end;

      g_string_append_printf (out, "<li id=\"relation-%u\" class=\"q-%s%s\"><a class=\"number\" href=\"#relation-ref-%u\">[%u]</a> ",
                              i + 1, quad_class_of (document, relation),
                              hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED ? " suggested" : "",
                              i + 1, i + 1);
      append_escaped (out, source, -1);
      g_string_append (out, " ← <span class=\"type\">");
      append_escaped (out, hashiya_export_relation_type_name (document, relation), -1);
      g_string_append (out, "</span> ← ");
      append_escaped (out, target, -1);
      if (name_en != NULL || cameo != NULL)
        {
          g_autofree char *about = g_strdup_printf ("%s%s%s%s", name_en != NULL ? name_en : "",
                                                    name_en != NULL && cameo != NULL ? "; " : "",
                                                    cameo != NULL ? "CAMEO " : "", cameo != NULL ? cameo : "");

          g_string_append (out, " <bdi class=\"about-relation\">(");
          append_escaped (out, about, -1);
          g_string_append (out, ")</bdi>");
        }
      if (hashiya_relation_get_trigger (relation, &start, &end) || details != NULL)
        {
          g_string_append (out, "<br><bdi class=\"about-relation\">");
          if (hashiya_relation_get_trigger (relation, &start, &end))
            {
              g_autofree char *covered = hashiya_text_slice (text, start, end);
              g_autofree char *words = g_strdup_printf (_("in the words «%s»"), covered);

              append_escaped (out, words, -1);
              if (details != NULL)
                g_string_append (out, " · ");
            }
          if (details != NULL)
            append_escaped (out, details, -1);
          g_string_append (out, "</bdi>");
        }
      if (note != NULL && *note != '\0')
        {
          g_string_append (out, "<br><bdi>");
          append_escaped (out, note, -1);
          g_string_append (out, "</bdi>");
        }

      /* The sentence, with the source and the target marked. */
      g_ptr_array_add (marked, ends[0]);
      if (ends[1] != ends[0])
        g_ptr_array_add (marked, ends[1]);
      g_ptr_array_sort_with_data (marked, (GCompareDataFunc) compare_mention_pointers, NULL);
      hashiya_export_relation_sentence (document, relation, &start, &end);
      g_string_append (out, "\n<blockquote>");
      append_range (&sentence, marked, start, end);
      g_string_append (out, "</blockquote></li>\n");
    }
  g_string_append (out, "</ol>\n</section>\n");
}

static void
append_notes (GString   *out,
              GPtrArray *notes)
{
  if (notes->len == 0)
    return;
  g_string_append_printf (out, "<section>\n<h2>%s</h2>\n<ol>\n", _("Notes"));
  for (guint i = 0; i < notes->len; i++)
    {
      g_string_append_printf (out, "<li id=\"note-%u\">", i + 1);
      append_escaped (out, hashiya_mention_get_note (g_ptr_array_index (notes, i)), -1);
      g_string_append_printf (out, " <a href=\"#ref-%u\">↩</a></li>\n", i + 1);
    }
  g_string_append (out, "</ol>\n</section>\n");
}

GBytes *
hashiya_html_write (HashiyaDocument            *document,
                    const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  g_autoptr(GPtrArray) relations = hashiya_export_relations (document, mentions, options->skip_suggestions);
  g_autoptr(GArray) markers = hashiya_export_relation_markers (document, relations);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  GString *out = g_string_new ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n");
  Page page = { out, document, open, notes, markers, 0, FALSE };

  g_string_append (out, "<meta name=\"generator\" content=\"Hashiya\">\n");
  g_string_append_printf (out, "<meta name=\"hashiya:text-sha256\" content=\"%s\">\n<title>",
                          hashiya_text_get_sha256 (text));
  append_escaped (out, options->title, -1);
  g_string_append_printf (out, "</title>\n<style>\n%s", style);
  append_actor_styles (out, hashiya_document_get_catalog (document));
  if (markers->len > 0)
    append_relation_styles (out, hashiya_document_get_relation_catalog (document));
  g_string_append (out, "</style>\n</head>\n<body>\n<h1>");
  append_escaped (out, options->title, -1);
  g_string_append (out, "</h1>\n<main>\n");
  append_range (&page, mentions, 0, hashiya_text_get_length (text));
  g_string_append (out, "</main>\n");
  append_legend (out, document, mentions);
  append_relations (out, document, markers);
  append_notes (out, notes);
  g_string_append_printf (out, "<footer class=\"about\">%s · %s · ", _("Offsets: Unicode code points"), _("Encoding: UTF-8"));
  g_string_append_printf (out, _("Newlines: %s"), hashiya_export_newline_name (text));
  g_string_append_printf (out, " · SHA-256 %s</footer>\n</body>\n</html>\n", hashiya_text_get_sha256 (text));
  return g_string_free_to_bytes (out);
}
