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
  GPtrArray       *notes;       /* HashiyaMention with a note, in order */
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
  if (last && note != NULL && *note != '\0')
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

static void
append_text (Page      *page,
             GPtrArray *mentions)
{
  HashiyaText *text = hashiya_document_get_text (page->document);
  const char *p = hashiya_text_get_data (text, NULL);
  guint length = hashiya_text_get_length (text);
  guint next = 0;

  for (guint offset = 0; offset <= length; offset++, p = g_utf8_next_char (p))
    {
      gunichar c;

      close_ending (page, offset);
      if (offset == length)
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
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  GString *out = g_string_new ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n");
  Page page = { out, document, open, notes, FALSE };

  g_string_append (out, "<meta name=\"generator\" content=\"Hashiya\">\n");
  g_string_append_printf (out, "<meta name=\"hashiya:text-sha256\" content=\"%s\">\n<title>",
                          hashiya_text_get_sha256 (text));
  append_escaped (out, options->title, -1);
  g_string_append_printf (out, "</title>\n<style>\n%s", style);
  append_actor_styles (out, hashiya_document_get_catalog (document));
  g_string_append (out, "</style>\n</head>\n<body>\n<h1>");
  append_escaped (out, options->title, -1);
  g_string_append (out, "</h1>\n<main>\n");
  append_text (&page, mentions);
  g_string_append (out, "</main>\n");
  append_legend (out, document, mentions);
  append_notes (out, notes);
  g_string_append_printf (out, "<footer class=\"about\">%s · %s · ", _("Offsets: Unicode code points"), _("Encoding: UTF-8"));
  g_string_append_printf (out, _("Newlines: %s"), hashiya_export_newline_name (text));
  g_string_append_printf (out, " · SHA-256 %s</footer>\n</body>\n</html>\n", hashiya_text_get_sha256 (text));
  return g_string_free_to_bytes (out);
}
