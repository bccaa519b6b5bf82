/* hashiya-jsonl.c — JSON Lines, doccano and Prodigy style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object a line, one line a document:
 *
 *   {"text": "…", "spans": [{"start": 79, "end": 87, "text": "أذربيجان",
 *     "label": "State", "actor": "azerbaijan", …}], "meta": {…}}
 *
 * Offsets count Unicode code points, as Python's string indices do.
 */

#define G_LOG_DOMAIN "hashiya-jsonl"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-catalog-file.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-import.h"
#include "hashiya-json.h"

static void
append_span (GString         *out,
             HashiyaDocument *document,
             HashiyaMention  *mention)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));
  g_autofree char *label = hashiya_export_kind_label (actor != NULL ? hashiya_actor_get_kind (actor)
                                                                   : HASHIYA_ACTOR_KIND_OTHER);
  g_autofree char *covered = hashiya_text_slice (hashiya_document_get_text (document),
                                                 hashiya_mention_get_start (mention),
                                                 hashiya_mention_get_end (mention));
  const char *note = hashiya_mention_get_note (mention);

  g_string_append_printf (out, "{\"start\": %u, \"end\": %u",
                          hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
  hashiya_json_append_member (out, "text", covered);
  hashiya_json_append_member (out, "label", label);
  hashiya_json_append_member (out, "actor", hashiya_mention_get_actor (mention));
  if (actor != NULL)
    hashiya_json_append_member (out, "actor_name", hashiya_actor_get_name_en (actor));
  hashiya_json_append_member (out, "id", hashiya_mention_get_id (mention));
  hashiya_json_append_member (out, "type", hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE,
                                                                 hashiya_mention_get_mention_type (mention)));
  hashiya_json_append_member (out, "status", hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                                   hashiya_mention_get_status (mention)));
  if (note != NULL && *note != '\0')
    hashiya_json_append_member (out, "note", note);
  g_string_append_c (out, '}');
}

GBytes *
hashiya_jsonl_write (HashiyaDocument            *document,
                     const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  GString *out = g_string_new ("{\"text\": ");

  hashiya_json_append_string (out, hashiya_text_get_data (text, NULL));
  g_string_append (out, ", \"spans\": [");
  for (guint i = 0; i < mentions->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_span (out, document, g_ptr_array_index (mentions, i));
    }
  g_string_append (out, "], \"meta\": {\"source\": ");
  hashiya_json_append_string (out, options->title);
  g_string_append (out, ", \"offsets\": \"Unicode code points\", \"encoding\": \"UTF-8\"");
  hashiya_json_append_member (out, "newlines", hashiya_export_newline_name (text));
  hashiya_json_append_member (out, "sha256", hashiya_text_get_sha256 (text));
  g_string_append (out, "}}\n");
  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------- reading */

static const char * const span_members[] = {
  "start", "end", "text", "label", "actor", "actor_name", "id", "type", "status", "note", NULL
};

static void
read_span (HashiyaImport *import,
           guint          line,
           guint          index,
           JsonObject    *span,
           GHashTable    *unknown)
{
  g_autofree char *where = g_strdup_printf (_("span %u"), index + 1);
  g_autoptr(GError) error = NULL;
  const char *covered = NULL, *label = NULL, *actor = NULL, *name = NULL;
  const char *type = NULL, *status = NULL, *note = NULL;
  g_autoptr(HashiyaMention) mention = NULL;
  g_autofree char *id = NULL;
  const char *actor_id;
  JsonObjectIter iter;
  const char *member;
  guint start = 0, end = 0;
  int value;

  if (!hashiya_json_get_uint (span, "start", TRUE, &start, where, &error) ||
      !hashiya_json_get_uint (span, "end", TRUE, &end, where, &error) ||
      !hashiya_json_get_string (span, "text", FALSE, &covered, where, &error) ||
      !hashiya_json_get_string (span, "label", FALSE, &label, where, &error) ||
      !hashiya_json_get_string (span, "actor", FALSE, &actor, where, &error) ||
      !hashiya_json_get_string (span, "actor_name", FALSE, &name, where, &error) ||
      !hashiya_json_get_string (span, "type", FALSE, &type, where, &error) ||
      !hashiya_json_get_string (span, "status", FALSE, &status, where, &error) ||
      !hashiya_json_get_string (span, "note", FALSE, &note, where, &error))
    {
      hashiya_import_report (import, line, _("%s; skipped"), error->message);
      return;
    }

  json_object_iter_init (&iter, span);
  while (json_object_iter_next (&iter, &member, NULL))
    if (!g_strv_contains (span_members, member) && g_hash_table_add (unknown, g_strdup (member)))
      hashiya_import_report (import, line, _("the span member “%s” is not one Hashiya reads; ignored"), member);

  if (start >= end)
    {
      hashiya_import_report (import, line, _("%s: the span %u:%u is empty or reversed; skipped"), where, start, end);
      return;
    }
  if ((actor_id = hashiya_import_resolve_actor (import, line, actor, label, name, covered)) == NULL)
    {
      g_autofree char *slice = NULL;
      HashiyaText *text = hashiya_document_get_text (hashiya_import_get_document (import));

      if (end > hashiya_text_get_length (text))
        {
          hashiya_import_report (import, line, _("%s: the span %u:%u is outside the text (%u characters); skipped"),
                                 where, start, end, hashiya_text_get_length (text));
          return;
        }
      slice = hashiya_text_slice (text, start, end);
      actor_id = hashiya_import_resolve_actor (import, line, NULL, label, name, slice);
    }

  id = hashiya_document_new_mention_id (hashiya_import_get_document (import));
  mention = hashiya_mention_new (id, start, end, actor_id);
  if (type != NULL)
    {
      if (hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, type, &value))
        hashiya_mention_set_mention_type (mention, value);
      else
        hashiya_import_report (import, line, _("%s: unknown mention type “%s”; kept as “name”"), where, type);
    }
  if (g_strcmp0 (status, "suggested") == 0)
    hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (note != NULL && *note != '\0')
    hashiya_mention_set_note (mention, note);
  if (covered != NULL)
    hashiya_mention_set_quote (mention, covered, NULL, NULL);
  hashiya_import_keep_label (import, mention, label);
  hashiya_import_add_mention (import, line, NULL, mention);
}

/* doccano's older form: "label": [[start, end, "LABEL"], …] */
static void
read_doccano_labels (HashiyaImport *import,
                     guint          line,
                     JsonArray     *labels)
{
  g_autoptr(GHashTable) unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (labels); i++)
    {
      JsonNode *node = json_array_get_element (labels, i);
      JsonArray *triple = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      g_autoptr(JsonObject) span = NULL;

      if (triple == NULL || json_array_get_length (triple) != 3 ||
          json_node_get_value_type (json_array_get_element (triple, 0)) != G_TYPE_INT64 ||
          json_node_get_value_type (json_array_get_element (triple, 1)) != G_TYPE_INT64 ||
          json_node_get_value_type (json_array_get_element (triple, 2)) != G_TYPE_STRING)
        {
          hashiya_import_report (import, line, _("label %u is not [start, end, \"LABEL\"]; skipped"), i + 1);
          continue;
        }
      span = json_object_new ();
      json_object_set_member (span, "start", json_node_copy (json_array_get_element (triple, 0)));
      json_object_set_member (span, "end", json_node_copy (json_array_get_element (triple, 1)));
      json_object_set_member (span, "label", json_node_copy (json_array_get_element (triple, 2)));
      read_span (import, line, i, span, unknown);
    }
}

static HashiyaDocument *
read_document (JsonObject      *object,
               const char      *where,
               HashiyaCatalog  *catalog,
               GError         **error)
{
  const char *data = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) copy = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!hashiya_json_get_string (object, "text", TRUE, &data, where, error))
    return NULL;
  if ((text = hashiya_text_new (data, strlen (data), &local_error)) == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
      return NULL;
    }
  copy = catalog != NULL ? hashiya_catalog_copy (catalog) : hashiya_catalog_new_default ();
  return hashiya_document_new (text, copy);
}

static void
read_spans (HashiyaImport *import,
            guint          line,
            JsonObject    *object)
{
  g_autoptr(GHashTable) unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *spans = json_object_get_member (object, "spans");
  JsonNode *labels = json_object_get_member (object, "label");

  if (spans != NULL && JSON_NODE_HOLDS_ARRAY (spans))
    {
      JsonArray *array = json_node_get_array (spans);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (node))
            read_span (import, line, i, json_node_get_object (node), unknown);
          else
            hashiya_import_report (import, line, _("span %u is not an object; skipped"), i + 1);
        }
    }
  else if (spans != NULL)
    hashiya_import_report (import, line, _("“spans” is not an array; no mention imported"));
  else if (labels != NULL && JSON_NODE_HOLDS_ARRAY (labels))
    read_doccano_labels (import, line, json_node_get_array (labels));
  else
    hashiya_import_report (import, line, _("no “spans”: the document has no mentions"));
}

/* The first document's line, and how many others follow. */
static char **
split_lines (GBytes      *bytes,
             const char  *display_name,
             guint       *first,
             GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) lines = NULL;

  if (size == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("%s: the file is empty"), display_name);
      return NULL;
    }
  if (!hashiya_utf8_check (data, size, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  {
    g_autofree char *copy = g_strndup (data, size);

    lines = g_strsplit (copy, "\n", -1);
  }
  for (*first = 0; lines[*first] != NULL; (*first)++)
    if (*g_strstrip (lines[*first]) != '\0')
      return g_steal_pointer (&lines);
  g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("%s: the file holds no document"), display_name);
  return NULL;
}

/**
 * hashiya_jsonl_read:
 *
 * Reads the first document of a JSON Lines file: its "text", and its
 * "spans" (Prodigy, and Hashiya's own) or "label" triples (doccano).
 * Spans without an "actor" find theirs by their text in the catalogue,
 * else become new actors of their label's kind. Later documents are
 * listed in @problems, not read.
 */
HashiyaDocument *
hashiya_jsonl_read (GBytes          *bytes,
                    const char      *display_name,
                    HashiyaCatalog  *catalog,
                    GPtrArray      **problems,
                    GError         **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) line_bytes = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaImport) import = NULL;
  g_autofree char *where = NULL;
  JsonObject *object;
  guint first;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if ((lines = split_lines (bytes, display_name, &first, error)) == NULL)
    return NULL;

  where = g_strdup_printf ("%s:%u", display_name, first + 1);
  line_bytes = g_bytes_new_static (lines[first], strlen (lines[first]));
  if ((root = hashiya_json_parse (line_bytes, where, error)) == NULL ||
      (object = hashiya_json_node_as_object (root, where, error)) == NULL ||
      (document = read_document (object, where, catalog, error)) == NULL)
    return NULL;

  import = hashiya_import_new (document, display_name);
  read_spans (import, first + 1, object);
  for (guint i = first + 1; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      hashiya_import_report (import, i + 1, _("another document; only the first one is imported"));

  *problems = hashiya_import_finish (import);
  return g_steal_pointer (&document);
}
