/* hashiya-format.c — the .hashiya file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-catalog-file-private.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-format.h"
#include "hashiya-format-conflicts.h"
#include "hashiya-format-mentions.h"
#include "hashiya-format-metadata.h"
#include "hashiya-format-relations.h"
#include "hashiya-format-text.h"
#include "hashiya-json.h"
#include "hashiya-mention-lines.h"
#include "hashiya-relation-catalog-file.h"

/* The writer fixes key order and layout (one actor, mention or relation per
 * line), so that files diff and merge well and load → save gives the same
 * bytes. The reader refuses rather than guesses: unknown members, wrong
 * types, spans off the text and newer versions are errors that say where. */

#define OFFSET_UNIT "codepoint"

/* Writing */

typedef void (*AppendItemFunc) (GString *out, HashiyaDocument *document, gpointer item);

/* The lists of a .hashiya, in the file's order. */
typedef struct
{
  const char     *name;
  GListModel     *model;
  AppendItemFunc  append_item;
} Section;

struct _HashiyaFormatWriter
{
  HashiyaDocument *document;
  GString         *out;
  Section          sections[4];
  guint            n_sections;
  guint            section;     /* the one being written */
  guint            item;        /* its next item */
};

static gboolean
has_labels (GListModel *mentions)
{
  guint n = g_list_model_get_n_items (mentions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, i);

      if (hashiya_mention_get_label (mention) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Whether the document's relation catalogue says more than the default
 * one: then it goes in the file. */
static gboolean
has_own_relation_catalog (HashiyaDocument *document)
{
  static gsize initialized;
  static char *default_json;
  g_autoptr(GString) json = g_string_new (NULL);

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new_default ();
      GString *out = g_string_new (NULL);

      hashiya_relation_catalog_append_json (catalog, out);
      default_json = g_string_free (out, FALSE);
      g_once_init_leave (&initialized, 1);
    }
  hashiya_relation_catalog_append_json (hashiya_document_get_relation_catalog (document), json);
  return strcmp (json->str, default_json) != 0;
}

static gboolean
has_relations (HashiyaDocument *document)
{
  return g_list_model_get_n_items (hashiya_document_get_relations (document)) > 0 ||
         hashiya_document_get_unanchored_relations (document) != NULL ||
         has_own_relation_catalog (document);
}

/* The oldest version that holds what the document uses, so that a file
 * of an older version reads back byte for byte. */
static int
version_needed (HashiyaDocument *document,
                gboolean         has_orphans)
{
  if (_hashiya_format_needs_conflicts_version (document))
    return HASHIYA_FORMAT_CONFLICTS_VERSION;
  if (!hashiya_metadata_is_empty (hashiya_document_get_metadata (document)))
    return 5;
  if (has_relations (document))
    return 4;
  if (has_labels (hashiya_document_get_mentions (document)) ||
      has_labels (hashiya_document_get_orphans (document)))
    return 3;
  return has_orphans ? 2 : 1;
}

static void
append_head (GString         *out,
             HashiyaDocument *document,
             gboolean         has_orphans)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);

  g_string_append_printf (out, "{\n  \"format\": \"hashiya\",\n  \"version\": %d,\n"
                          "  \"offset_unit\": \"" OFFSET_UNIT "\",\n",
                          version_needed (document, has_orphans));
  _hashiya_format_append_metadata (out, hashiya_document_get_metadata (document));
  g_string_append_printf (out, "  \"text\": {\"sha256\": \"%s\", \"length\": %u, \"bom\": %s, \"content\": ",
                          hashiya_text_get_sha256 (text), hashiya_text_get_length (text),
                          hashiya_text_get_has_bom (text) ? "true" : "false");
  hashiya_json_append_string (out, hashiya_text_get_data (text, NULL));
  g_string_append (out, "},\n  \"catalog\": {\"name\": ");
  hashiya_json_append_string (out, hashiya_catalog_get_name (catalog) ?: "");
  g_string_append (out, ",\n    ");
  _hashiya_catalog_append_actors (out, catalog, "    ");
  g_string_append (out, "},\n");
  if (has_relations (document))
    {
      g_string_append (out, "  \"relation_catalog\": ");
      hashiya_relation_catalog_append_json (hashiya_document_get_relation_catalog (document), out);
      g_string_append (out, ",\n");
    }
  if (hashiya_document_get_unanchored_relations (document) != NULL)
    {
      GPtrArray *unanchored = hashiya_document_get_unanchored_relations (document);

      g_string_append (out, "  \"unanchored_relations\": [");
      for (guint i = 0; i < unanchored->len; i++)
        g_string_append_printf (out, "%s\n    %s", i > 0 ? "," : "", (const char *) g_ptr_array_index (unanchored, i));
      g_string_append (out, "\n  ],\n");
    }
  _hashiya_format_append_curation (out, document);
}

/**
 * hashiya_format_writer_new:
 *
 * Writes @document as hashiya_format_write() does, a part at a time (see
 * hashiya_format_writer_step()): a big document's draft is made between
 * frames. The document must not change until the writer is done.
 *
 * Returns: (transfer full): the writer, with the file's head written
 */
HashiyaFormatWriter *
hashiya_format_writer_new (HashiyaDocument *document)
{
  HashiyaFormatWriter *self;
  GListModel *orphans;
  gboolean has_orphans;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  self = g_new0 (HashiyaFormatWriter, 1);
  self->document = g_object_ref (document);
  self->out = g_string_sized_new (4096 + 2 * hashiya_text_get_length (hashiya_document_get_text (document)) +
                                  300 * hashiya_document_get_n_mentions (document));
  orphans = hashiya_document_get_orphans (document);
  has_orphans = g_list_model_get_n_items (orphans) > 0;
  self->sections[self->n_sections++] = (Section) { "mentions", hashiya_document_get_mentions (document),
                                                   (AppendItemFunc) _hashiya_append_mention_line };
  if (has_orphans)
    self->sections[self->n_sections++] = (Section) { "orphans", orphans, (AppendItemFunc) _hashiya_append_mention_line };
  self->sections[self->n_sections++] = (Section) { "relations", hashiya_document_get_relations (document),
                                                   (AppendItemFunc) _hashiya_append_relation_line };
  if (g_list_model_get_n_items (hashiya_document_get_conflicts (document)) > 0)
    self->sections[self->n_sections++] = (Section) { "conflicts", hashiya_document_get_conflicts (document),
                                                     (AppendItemFunc) _hashiya_append_conflict_line };
  append_head (self->out, document, has_orphans);
  return self;
}

/**
 * hashiya_format_writer_step:
 * @n_items: how many mentions, orphans or relations to write at most
 *
 * Returns: %TRUE when the whole document is written
 */
gboolean
hashiya_format_writer_step (HashiyaFormatWriter *self,
                            guint                n_items)
{
  g_return_val_if_fail (self != NULL, TRUE);

  while (self->section < self->n_sections && n_items > 0)
    {
      const Section *section = &self->sections[self->section];
      guint n = g_list_model_get_n_items (section->model);

      if (self->item == 0)
        g_string_append_printf (self->out, "  \"%s\": [", section->name);
      for (; self->item < n && n_items > 0; self->item++, n_items--)
        {
          g_autoptr(GObject) item = g_list_model_get_item (section->model, self->item);

          g_string_append (self->out, self->item > 0 ? ",\n    " : "\n    ");
          section->append_item (self->out, self->document, item);
        }
      if (self->item < n)
        break;
      g_string_append (self->out, n > 0 ? "\n  ]" : "]");
      g_string_append (self->out, self->section + 1 < self->n_sections ? ",\n" : "\n}\n");
      self->section++;
      self->item = 0;
    }
  return self->section == self->n_sections;
}

/**
 * hashiya_format_writer_finish:
 *
 * Frees the writer, which must be done.
 *
 * Returns: (transfer full): the document as a .hashiya file
 */
GBytes *
hashiya_format_writer_finish (HashiyaFormatWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->section == self->n_sections, NULL);

  bytes = g_string_free_to_bytes (g_steal_pointer (&self->out));
  hashiya_format_writer_free (self);
  return bytes;
}

void
hashiya_format_writer_free (HashiyaFormatWriter *self)
{
  if (self == NULL)
    return;
  if (self->out != NULL)
    g_string_free (self->out, TRUE);
  g_object_unref (self->document);
  g_free (self);
}

/**
 * hashiya_format_write:
 *
 * Returns: (transfer full): the document as a .hashiya file
 */
GBytes *
hashiya_format_write (HashiyaDocument *document)
{
  HashiyaFormatWriter *writer;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  writer = hashiya_format_writer_new (document);
  while (!hashiya_format_writer_step (writer, G_MAXUINT))
    ;
  return hashiya_format_writer_finish (writer);
}

/* The document's text. With LINE (the text's line, already decoded), the
 * "content" member is the empty string put in its place, and the text is
 * LINE's; %NULL without an error when LINE is not the text the parser
 * found (a file with two "text" members is for the general reader). */
static HashiyaText *
read_text (JsonObject      *root,
           HashiyaTextLine *line,
           const char      *display_name,
           gboolean        *edited,
           GError         **error)
{
  static const char * const known[] = { "sha256", "length", "bom", "content", NULL };
  g_autofree char *where = g_strdup_printf (_("%s: text"), display_name);
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object = NULL;
  const char *content = NULL;
  const char *sha256 = NULL;
  guint length = 0;
  gboolean has_bom = FALSE;

  if (!hashiya_json_get_object (root, "text", TRUE, &object, display_name, error) ||
      !hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "content", TRUE, &content, where, error) ||
      !hashiya_json_get_string (object, "sha256", TRUE, &sha256, where, error) ||
      !hashiya_json_get_uint (object, "length", TRUE, &length, where, error) ||
      !hashiya_json_get_boolean (object, "bom", FALSE, &has_bom, where, error))
    return NULL;

  if (line != NULL && (*content != '\0' || strcmp (sha256, line->sha256) != 0 || length != line->length))
    return NULL;
  if (line != NULL)
    text = hashiya_text_new_take (g_steal_pointer (&line->content), line->n_bytes, &local_error);
  else
    /* json-glib stops a string at an escaped NUL: take the length it kept. */
    text = hashiya_text_new (content, strlen (content), &local_error);
  if (text == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
      return NULL;
    }
  hashiya_text_set_has_bom (text, has_bom);

  if (hashiya_text_get_length (text) != length && g_ascii_strcasecmp (sha256, hashiya_text_get_sha256 (text)) == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"length\" says %u characters but the content has %u"),
                   where, length, hashiya_text_get_length (text));
      return NULL;
    }
  /* Edited by hand: the mentions are found again (re-anchored). */
  *edited = g_ascii_strcasecmp (sha256, hashiya_text_get_sha256 (text)) != 0;
  /* The text has its own copy: megabytes less while the rest is read. */
  json_object_remove_member (object, "content");
  return g_steal_pointer (&text);
}

/* Reads a whole .hashiya; with MADE_MENTIONS, its "mentions" array must
 * be empty and its text unedited, and those are its mentions. FILE has
 * the lines of the file as it was, for the lines that errors and remarks
 * name. With TEXT_LINE, the text is that line's (see read_text()).
 * RELEASE, when not %NULL, is let go of once the text is known to be
 * unedited: from there on, the errors are those of the whole file. */
static HashiyaDocument *
read_document (GBytes          *bytes,
               GBytes          *file,
               GPtrArray       *made_mentions,
               HashiyaTextLine *text_line,
               GBytes         **release,
               const char      *display_name,
               GError         **error)
{
  static const char * const known[] = { "format", "version", "offset_unit", "metadata", "text", "catalog",
                                        "relation_catalog", "unanchored_relations", "mentions", "orphans",
                                        "relations", "curated_from", "conflicts", NULL };
  static const char * const known_catalog[] = { "name", "actors", NULL };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaMetadata) metadata = NULL;
  g_autofree char *catalog_where = g_strdup_printf (_("%s: catalog"), display_name);
  JsonObject *object;
  JsonObject *catalog_object = NULL;
  JsonArray *mentions = NULL;
  JsonArray *orphans = NULL;
  JsonArray *relations = NULL;
  JsonArray *unanchored = NULL;
  JsonObject *relation_catalog_object = NULL;
  guint version = 1;
  const char *unit = NULL;
  gboolean edited = FALSE;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  HashiyaMentionSource mention_source = { NULL, NULL };
  HashiyaMentionSource orphan_source = { NULL, NULL };

  if ((root = hashiya_json_parse (bytes, display_name, error)) == NULL ||
      (object = hashiya_json_node_as_object (root, display_name, error)) == NULL ||
      !hashiya_json_check_header (object, "hashiya", HASHIYA_FORMAT_VERSION, display_name, error) ||
      !hashiya_json_check_members (object, known, display_name, error) ||
      !hashiya_json_get_uint (object, "version", TRUE, &version, display_name, error) ||
      !hashiya_json_get_string (object, "offset_unit", TRUE, &unit, display_name, error))
    return NULL;

  if (g_strcmp0 (unit, OFFSET_UNIT) != 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"offset_unit\" is \"%s\"; offsets must count Unicode code points (\"codepoint\")"), display_name, unit);
      return NULL;
    }

  if ((metadata = _hashiya_format_read_metadata (object, display_name, error)) == NULL ||
      (text = read_text (object, text_line, display_name, &edited, error)) == NULL ||
      !hashiya_json_get_object (object, "catalog", TRUE, &catalog_object, display_name, error) ||
      !hashiya_json_check_members (catalog_object, known_catalog, catalog_where, error) ||
      (catalog = _hashiya_catalog_read_object (catalog_object, display_name, catalog_where, error)) == NULL ||
      !hashiya_json_get_array (object, "mentions", TRUE, &mentions, display_name, error) ||
      !hashiya_json_get_array (object, "orphans", FALSE, &orphans, display_name, error) ||
      !hashiya_json_get_array (object, "relations", FALSE, &relations, display_name, error) ||
      !hashiya_json_get_object (object, "relation_catalog", FALSE, &relation_catalog_object, display_name, error) ||
      !hashiya_json_get_array (object, "unanchored_relations", FALSE, &unanchored, display_name, error))
    return NULL;
  /* The quick reader keeps no quote context, which an edited text needs. */
  if (made_mentions != NULL && (json_array_get_length (mentions) != 0 || edited))
    return NULL;
  if (release != NULL)
    g_clear_pointer (release, g_bytes_unref);

  document = hashiya_document_new (text, catalog);
  _hashiya_document_swap_metadata (document, &metadata);
  if (relation_catalog_object != NULL)
    {
      g_autofree char *where = g_strdup_printf (_("%s: relation_catalog"), display_name);
      g_autoptr(HashiyaRelationCatalog) relation_catalog =
        hashiya_relation_catalog_from_json (relation_catalog_object, where, error);

      if (relation_catalog == NULL)
        return NULL;
      _hashiya_document_set_relation_catalog (document, relation_catalog);
    }
  mention_source.array = mentions;
  mention_source.made = made_mentions;
  orphan_source.array = orphans;
  if (edited)
    {
      g_autoptr(GPtrArray) to_reanchor = g_ptr_array_new_with_free_func (g_object_unref);
      HashiyaReanchorReport report = { 0 };

      if (!_hashiya_format_read_to_reanchor (&mention_source, document, display_name, _("mention"), to_reanchor, ids, error) ||
          !_hashiya_format_read_to_reanchor (&orphan_source, document, display_name, _("orphan"), to_reanchor, ids, error))
        return NULL;
      _hashiya_document_reanchor_all (document, to_reanchor, &report);
      _hashiya_document_set_report (document, &report);
    }
  else
    {
      if (!_hashiya_format_read_mentions (&mention_source, document, display_name, error))
        return NULL;
      for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
        {
          g_autoptr(HashiyaMention) m = g_list_model_get_item (hashiya_document_get_mentions (document), i);
          g_hash_table_add (ids, g_strdup (hashiya_mention_get_id (m)));
        }
      if (!_hashiya_format_read_to_reanchor (&orphan_source, document, display_name, _("orphan"), NULL, ids, error))
        return NULL;
    }
  if ((relations != NULL && !_hashiya_read_relations (relations, (int) version, file, document, display_name, error)) ||
      (unanchored != NULL && !_hashiya_read_unanchored_relations (unanchored, document, display_name, error)) ||
      !_hashiya_format_read_conflicts (object, version, document, display_name, error))
    return NULL;
  if (edited)
    hashiya_document_mark_unsaved (document);

  return g_steal_pointer (&document);
}

/* A part of a file left out of what the general reader reads: the bytes
 * from START to END, with MIDDLE in their place and (with KEEP_LINES) as
 * many newlines as they had (N_LINES, counted by join_cuts()), so that
 * what follows keeps its line numbers. */
typedef struct
{
  gsize       start;
  gsize       end;
  const char *middle;
  gboolean    keep_lines;
  gsize       n_lines;
} Cut;

/* DATA without its CUTS (in order, apart), in one allocation of just that
 * size, since DATA may be megabytes. */
static GBytes *
join_cuts (const char *data,
           gsize       size,
           Cut        *cuts,
           guint       n_cuts)
{
  gsize joined_size = size;
  gsize from = 0;
  char *joined, *w;

  for (guint i = 0; i < n_cuts; i++)
    {
      cuts[i].n_lines = 0;
      for (const char *p = data + cuts[i].start;
           cuts[i].keep_lines && (p = memchr (p, '\n', data + cuts[i].end - p)) != NULL; p++)
        cuts[i].n_lines++;
      joined_size += strlen (cuts[i].middle) + cuts[i].n_lines - (cuts[i].end - cuts[i].start);
    }
  w = joined = g_malloc (joined_size);
  for (guint i = 0; i < n_cuts; i++)
    {
      gsize middle_size = strlen (cuts[i].middle);

      memcpy (w, data + from, cuts[i].start - from);
      w += cuts[i].start - from;
      memcpy (w, cuts[i].middle, middle_size);
      w += middle_size;
      memset (w, '\n', cuts[i].n_lines);
      w += cuts[i].n_lines;
      from = cuts[i].end;
    }
  memcpy (w, data + from, size - from);
  return g_bytes_new_take (joined, joined_size);
}

/* What the general reader reads of DATA instead of all of it: DATA
 * without the mentions (from START to END, MENTIONS_MIDDLE in their
 * place) and, when its text's line can be read straight into *LINE,
 * without the text's string (the empty string in its place). *TEXT_LINE
 * is LINE then, %NULL otherwise. */
static GBytes *
cut_file (const char       *data,
          gsize             size,
          gsize             start,
          gsize             end,
          const char       *mentions_middle,
          gboolean          keep_lines,
          HashiyaTextLine  *line,
          HashiyaTextLine **text_line)
{
  Cut cuts[2];
  guint n_cuts = 0;

  *text_line = NULL;
  if (_hashiya_read_text_line (data, start, line))
    {
      cuts[n_cuts++] = (Cut) { line->start, line->end, "\"\"", FALSE, 0 };
      *text_line = line;
    }
  cuts[n_cuts++] = (Cut) { start, end, mentions_middle, keep_lines, 0 };
  return join_cuts (data, size, cuts, n_cuts);
}

/* The fast way: the mentions made straight from their lines, the text
 * from its line, the rest (with an empty "mentions" array in their
 * place, on as many lines) by the general reader. %NULL, with *BYTES
 * kept and without an error, whenever the general reader must read it
 * all. Once the text is known to be unedited, *BYTES is let go of (the
 * caller's reference, if it handed it over, was the last one): a failure
 * from there on is the whole file's error, and is set. */
static HashiyaDocument *
read_document_fast (GBytes     **bytes,
                    const char  *display_name,
                    GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (*bytes, &size);
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GBytes) rest = NULL;
  g_autoptr(GError) local_error = NULL;
  HashiyaTextLine line, *text_line;
  HashiyaDocument *document;
  gsize start, end;

  if (size == 0 || (mentions = _hashiya_read_mention_lines (data, size, G_MAXUINT, &start, &end)) == NULL)
    return NULL;

  rest = cut_file (data, size, start, end, "[]", TRUE, &line, &text_line);
  document = read_document (rest, rest, mentions, text_line, bytes, display_name, &local_error);
  _hashiya_text_line_clear (&line);
  if (document == NULL && *bytes == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return document;
}

/**
 * hashiya_format_read_preview:
 * @before: the mentions that start before this offset are read
 *
 * A first look at a big .hashiya, for the window to show while it reads
 * the rest: its text, catalogue and first mentions, checked as a full
 * read checks them. Not the document: a full read may still fail.
 *
 * Returns: (transfer full) (nullable): the preview, or %NULL when there
 *   is no quick way to one
 */
HashiyaDocument *
hashiya_format_read_preview (GBytes *bytes,
                             guint   before)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GBytes) rest = NULL;
  HashiyaTextLine line, *text_line;
  HashiyaDocument *preview;
  gsize start, end;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (size == 0 || (mentions = _hashiya_read_mention_lines (data, size, before, &start, &end)) == NULL)
    return NULL;
  /* What follows the mentions (orphans, relations) is not previewed. */
  rest = cut_file (data, size, start, size, "[]\n}\n", FALSE, &line, &text_line);
  preview = read_document (rest, rest, mentions, text_line, NULL, "preview", NULL);
  _hashiya_text_line_clear (&line);
  return preview;
}

/**
 * hashiya_format_read:
 * @display_name: how errors name the file
 *
 * Reads a .hashiya file. Syntax errors read "NAME:LINE:COLUMN: …"; errors
 * of meaning name the part, e.g. "NAME: mention 12: end 3000 is past the
 * end of the text (2849 characters)".
 *
 * Returns: (transfer full): the document, not modified
 */
HashiyaDocument *
hashiya_format_read (GBytes      *bytes,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(GBytes) own = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  own = g_bytes_ref (bytes);
  return hashiya_format_read_take (&own, display_name, error);
}

/**
 * hashiya_format_read_take:
 * @bytes: (inout) (transfer full): the file, set to %NULL
 * @display_name: how errors name the file
 *
 * Reads a .hashiya file as hashiya_format_read() does, taking over the
 * caller's reference to its bytes: a big file's bytes are let go of as
 * soon as its mentions are made, before the rest of it is.
 *
 * Returns: (transfer full): the document, not modified
 */
HashiyaDocument *
hashiya_format_read_take (GBytes      **bytes,
                          const char   *display_name,
                          GError      **error)
{
  g_autoptr(GBytes) file = NULL;
  g_autoptr(GError) fast_error = NULL;
  HashiyaDocument *document;

  g_return_val_if_fail (bytes != NULL && *bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  file = g_steal_pointer (bytes);
  if ((document = read_document_fast (&file, display_name, &fast_error)) != NULL)
    return document;
  if (file == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&fast_error));
      return NULL;
    }
  return read_document (file, file, NULL, NULL, NULL, display_name, error);
}
