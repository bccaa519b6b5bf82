/* hashiya-w3c.c — W3C Web Annotation JSON-LD
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AnnotationCollection whose one page holds an Annotation a mention:
 *
 *   body    the actor, a SpecificResource with purpose "identifying"
 *           (urn:hashiya:actor:ID); its kind, a TextualBody with purpose
 *           "tagging"; the note, a TextualBody with purpose "commenting"
 *   target  the text (urn:hashiya:text:SHA-256), with a
 *           TextPositionSelector in code points and a TextQuoteSelector
 *
 * The model counts positions in code points too (§4.2.5), so offsets need
 * no conversion. Each annotation repeats the @context, so that it stands
 * alone when taken out of the collection.
 */

#define G_LOG_DOMAIN "hashiya-w3c"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-import.h"
#include "hashiya-json.h"

#define CONTEXT "[\"http://www.w3.org/ns/anno.jsonld\", {\"hashiya\": \"https://github.com/hashiya/hashiya/ns#\"}]"
#define ACTOR_URN "urn:hashiya:actor:"
#define TEXT_URN "urn:hashiya:text:"

static void
append_textual_body (GString    *out,
                     const char *value,
                     const char *purpose)
{
  g_string_append (out, ",\n        {\"type\": \"TextualBody\"");
  hashiya_json_append_member (out, "value", value);
  hashiya_json_append_member (out, "purpose", purpose);
  g_string_append_c (out, '}');
}

static void
append_body (GString         *out,
             HashiyaDocument *document,
             HashiyaMention  *mention)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));
  g_autofree char *label = hashiya_export_kind_label (actor != NULL ? hashiya_actor_get_kind (actor)
                                                                   : HASHIYA_ACTOR_KIND_OTHER);
  g_autofree char *source = g_strconcat (ACTOR_URN, hashiya_mention_get_actor (mention), NULL);
  const char *note = hashiya_mention_get_note (mention);

  g_string_append (out, ",\n      \"body\": [\n        {\"type\": \"SpecificResource\"");
  hashiya_json_append_member (out, "source", source);
  g_string_append (out, ", \"purpose\": \"identifying\"");
  if (actor != NULL)
    hashiya_json_append_member (out, "hashiya:name", hashiya_actor_get_name_en (actor));
  g_string_append_c (out, '}');
  append_textual_body (out, label, "tagging");
  if (note != NULL && *note != '\0')
    append_textual_body (out, note, "commenting");
  g_string_append (out, "\n      ]");
}

static void
append_target (GString         *out,
               HashiyaDocument *document,
               HashiyaMention  *mention)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint start = hashiya_mention_get_start (mention);
  guint end = hashiya_mention_get_end (mention);
  g_autofree char *exact = hashiya_text_slice (text, start, end);
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  hashiya_document_dup_quote_context (document, mention, &prefix, &suffix);

  g_string_append_printf (out, ",\n      \"target\": {\n        \"source\": \"" TEXT_URN "%s\",\n"
                          "        \"selector\": [\n"
                          "          {\"type\": \"TextPositionSelector\", \"start\": %u, \"end\": %u},\n"
                          "          {\"type\": \"TextQuoteSelector\"",
                          hashiya_text_get_sha256 (text), start, end);
  hashiya_json_append_member (out, "exact", exact);
  hashiya_json_append_member (out, "prefix", prefix);
  hashiya_json_append_member (out, "suffix", suffix);
  g_string_append (out, "}\n        ]\n      }");
}

static void
append_annotation (GString         *out,
                   HashiyaDocument *document,
                   HashiyaMention  *mention)
{
  const char *sha256 = hashiya_text_get_sha256 (hashiya_document_get_text (document));
  const char *created = hashiya_mention_get_created (mention);
  const char *modified = hashiya_mention_get_modified (mention);
  const char *author = hashiya_mention_get_author (mention);

  g_string_append_printf (out, "    {\n      \"@context\": " CONTEXT ",\n"
                          "      \"id\": \"urn:hashiya:%s:%s\",\n"
                          "      \"type\": \"Annotation\",\n"
                          "      \"motivation\": \"identifying\"",
                          sha256, hashiya_mention_get_id (mention));
  if (created != NULL)
    hashiya_json_append_member (out, "created", created);
  if (modified != NULL)
    hashiya_json_append_member (out, "modified", modified);
  if (author != NULL && *author != '\0')
    {
      g_string_append (out, ",\n      \"creator\": {\"type\": \"Person\"");
      hashiya_json_append_member (out, "name", author);
      g_string_append_c (out, '}');
    }
  append_body (out, document, mention);
  append_target (out, document, mention);
  g_string_append (out, ",\n      ");
  hashiya_json_append_string (out, "hashiya:mentionType");
  g_string_append (out, ": ");
  hashiya_json_append_string (out, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE,
                                                         hashiya_mention_get_mention_type (mention)));
  hashiya_json_append_member (out, "hashiya:status",
                              hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS, hashiya_mention_get_status (mention)));
  g_string_append (out, "\n    }");
}

GBytes *
hashiya_w3c_write (HashiyaDocument            *document,
                   const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  const char *sha256 = hashiya_text_get_sha256 (text);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "{\n  \"@context\": " CONTEXT ",\n"
                          "  \"id\": \"urn:hashiya:%s\",\n"
                          "  \"type\": \"AnnotationCollection\",\n  \"label\": ", sha256);
  hashiya_json_append_string (out, options->title);
  g_string_append_printf (out, ",\n  \"total\": %u,\n"
                          "  \"hashiya:offsets\": \"Unicode code points\",\n"
                          "  \"hashiya:encoding\": \"UTF-8\",\n"
                          "  \"hashiya:newlines\": \"%s\",\n"
                          "  \"hashiya:textSha256\": \"%s\",\n"
                          "  \"first\": {\n"
                          "   \"id\": \"urn:hashiya:%s:page1\",\n"
                          "   \"type\": \"AnnotationPage\",\n"
                          "   \"startIndex\": 0,\n"
                          "   \"items\": [\n",
                          mentions->len, hashiya_export_newline_name (text), sha256, sha256);
  for (guint i = 0; i < mentions->len; i++)
    {
      append_annotation (out, document, g_ptr_array_index (mentions, i));
      g_string_append (out, i + 1 < mentions->len ? ",\n" : "\n");
    }
  g_string_append (out, "   ]\n  }\n}\n");
  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------- reading */

typedef struct
{
  const char *actor;       /* urn:hashiya:actor:ID, or another IRI */
  const char *name;
  const char *label;
  const char *note;
  gboolean    has_position;
  guint       start;
  guint       end;
  const char *exact;
  const char *prefix;
  const char *suffix;
  const char *mention_type;
  const char *status;
  const char *created;
  const char *modified;
  const char *author;
} Annotation;

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
uint_member (JsonObject *object,
             const char *member,
             guint      *value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXINT32)
    return FALSE;
  *value = (guint) json_node_get_int (node);
  return TRUE;
}

/* A property that may be one value or an array of them. */
typedef void (*EachFunc) (HashiyaImport *import, guint number, JsonNode *node, Annotation *annotation);

static void
for_each (HashiyaImport *import,
          guint          number,
          JsonNode      *node,
          EachFunc       func,
          Annotation    *annotation)
{
  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      func (import, number, node, annotation);
      return;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    func (import, number, json_array_get_element (json_node_get_array (node), i), annotation);
}

static void
read_body (HashiyaImport *import,
           guint          number,
           JsonNode      *node,
           Annotation    *annotation)
{
  JsonObject *body;
  const char *purpose, *value, *source;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      annotation->actor = json_node_get_string (node);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      hashiya_import_report (import, number, _("a body is neither an IRI nor an object; ignored"));
      return;
    }
  body = json_node_get_object (node);
  purpose = string_member (body, "purpose");
  value = string_member (body, "value");
  source = string_member (body, "source") != NULL ? string_member (body, "source") : string_member (body, "id");

  if (value != NULL && g_strcmp0 (purpose, "commenting") == 0)
    annotation->note = value;
  else if (value != NULL && (g_strcmp0 (purpose, "tagging") == 0 || g_strcmp0 (purpose, "classifying") == 0))
    annotation->label = value;
  else if (source != NULL && (purpose == NULL || g_strcmp0 (purpose, "identifying") == 0 ||
                              g_strcmp0 (purpose, "linking") == 0))
    {
      annotation->actor = source;
      annotation->name = string_member (body, "hashiya:name");
    }
  else
    hashiya_import_report (import, number, _("a body with purpose “%s” is not one Hashiya reads; ignored"),
                           purpose != NULL ? purpose : "");
}

static void
read_selector (HashiyaImport *import,
               guint          number,
               JsonNode      *node,
               Annotation    *annotation)
{
  JsonObject *selector = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *type = selector != NULL ? string_member (selector, "type") : NULL;

  if (g_strcmp0 (type, "TextPositionSelector") == 0)
    {
      if (!uint_member (selector, "start", &annotation->start) || !uint_member (selector, "end", &annotation->end))
        {
          hashiya_import_report (import, number, _("a TextPositionSelector without whole-number “start” and “end”; ignored"));
          annotation->start = annotation->end = 0;
        }
      else if (annotation->start >= annotation->end)
        {
          hashiya_import_report (import, number, _("the TextPositionSelector %u:%u is empty or reversed; ignored"),
                                 annotation->start, annotation->end);
          annotation->start = annotation->end = 0;
        }
      else
        annotation->has_position = TRUE;
    }
  else if (g_strcmp0 (type, "TextQuoteSelector") == 0 && string_member (selector, "exact") != NULL)
    {
      annotation->exact = string_member (selector, "exact");
      annotation->prefix = string_member (selector, "prefix");
      annotation->suffix = string_member (selector, "suffix");
    }
  else
    hashiya_import_report (import, number, _("the selector “%s” is not one Hashiya reads; ignored"),
                           type != NULL ? type : "");
}

static void
read_target (HashiyaImport *import,
             guint          number,
             JsonNode      *node,
             Annotation    *annotation)
{
  JsonObject *target = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

  /* Its source may name another version of the text: the quote tells. */
  if (target == NULL)
    {
      hashiya_import_report (import, number, _("a target without a selector names no place in the text; ignored"));
      return;
    }
  for_each (import, number, json_object_get_member (target, "selector"), read_selector, annotation);
}

static void
set_details (HashiyaImport  *import,
             guint           number,
             HashiyaMention *mention,
             Annotation     *annotation)
{
  int value;

  if (annotation->mention_type != NULL)
    {
      if (hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, annotation->mention_type, &value))
        hashiya_mention_set_mention_type (mention, value);
      else
        hashiya_import_report (import, number, _("unknown mention type “%s”; kept as “name”"), annotation->mention_type);
    }
  if (g_strcmp0 (annotation->status, "suggested") == 0)
    hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (annotation->created != NULL && hashiya_timestamp_is_valid (annotation->created))
    hashiya_mention_set_created (mention, annotation->created);
  if (annotation->modified != NULL && hashiya_timestamp_is_valid (annotation->modified))
    hashiya_mention_set_modified (mention, annotation->modified);
  if (annotation->author != NULL)
    hashiya_mention_set_author (mention, annotation->author);
}

static void
add_annotation (HashiyaImport *import,
                guint          number,
                Annotation    *annotation)
{
  HashiyaDocument *document = hashiya_import_get_document (import);
  g_autoptr(HashiyaMention) mention = NULL;
  g_autofree char *id = NULL;
  const char *actor_id = NULL;
  const char *covered = annotation->exact;
  g_autofree char *slice = NULL;

  if (!annotation->has_position && annotation->exact == NULL)
    {
      hashiya_import_report (import, number, _("no TextPositionSelector or TextQuoteSelector; skipped"));
      return;
    }
  if (covered == NULL && annotation->end <= hashiya_text_get_length (hashiya_document_get_text (document)) &&
      annotation->start < annotation->end)
    covered = slice = hashiya_text_slice (hashiya_document_get_text (document), annotation->start, annotation->end);

  if (annotation->actor != NULL && g_str_has_prefix (annotation->actor, ACTOR_URN))
    actor_id = annotation->actor + strlen (ACTOR_URN);
  else if (annotation->actor != NULL)
    hashiya_import_report (import, number, _("the body “%s” is not a Hashiya actor; the actor is found by its text"),
                           annotation->actor);
  if ((actor_id = hashiya_import_resolve_actor (import, number, actor_id, annotation->label,
                                                annotation->name, covered)) == NULL)
    {
      hashiya_import_report (import, number, _("the span %u:%u is outside the text; skipped"),
                             annotation->start, annotation->end);
      return;
    }

  id = hashiya_document_new_mention_id (document);
  mention = hashiya_mention_new (id, annotation->start, annotation->end, actor_id);
  if (annotation->note != NULL && *annotation->note != '\0')
    hashiya_mention_set_note (mention, annotation->note);
  if (annotation->exact != NULL)
    hashiya_mention_set_quote (mention, annotation->exact, annotation->prefix, annotation->suffix);
  set_details (import, number, mention, annotation);
  hashiya_import_keep_label (import, mention, annotation->label);
  hashiya_import_add_mention (import, number, NULL, mention);
}

static void
read_annotation (HashiyaImport *import,
                 guint          number,
                 JsonObject    *object)
{
  Annotation annotation = { 0 };
  JsonNode *creator = json_object_get_member (object, "creator");

  if (g_strcmp0 (string_member (object, "type"), "Annotation") != 0)
    {
      hashiya_import_report (import, number, _("not of type “Annotation”; skipped"));
      return;
    }
  for_each (import, number, json_object_get_member (object, "body"), read_body, &annotation);
  if (json_object_get_member (object, "bodyValue") != NULL)
    hashiya_import_report (import, number, _("“bodyValue” is not read; use a body"));
  for_each (import, number, json_object_get_member (object, "target"), read_target, &annotation);
  annotation.mention_type = string_member (object, "hashiya:mentionType");
  annotation.status = string_member (object, "hashiya:status");
  annotation.created = string_member (object, "created");
  annotation.modified = string_member (object, "modified");
  if (creator != NULL && JSON_NODE_HOLDS_OBJECT (creator) &&
      string_member (json_node_get_object (creator), "name") != NULL)
    annotation.author = string_member (json_node_get_object (creator), "name");
  add_annotation (import, number, &annotation);
}

static JsonArray *
find_items (JsonObject *root)
{
  JsonObject *first = NULL;
  JsonNode *node;

  if ((node = json_object_get_member (root, "items")) != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  if ((node = json_object_get_member (root, "first")) != NULL && JSON_NODE_HOLDS_OBJECT (node))
    first = json_node_get_object (node);
  if (first != NULL && (node = json_object_get_member (first, "items")) != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  return NULL;
}

/* How a remark names the place of a W3C annotation. */
static char *
annotation_place (guint number)
{
  return g_strdup_printf (_("annotation %u"), number);
}

/**
 * hashiya_w3c_read:
 * @document: a document with its text and catalogue, and no mentions yet
 *
 * Adds the annotations of a W3C AnnotationCollection (or page, array or
 * single Annotation) to @document. Annotations made on another version
 * of the text are re-anchored by their TextQuoteSelector.
 */
gboolean
hashiya_w3c_read (HashiyaDocument  *document,
                  GBytes           *bytes,
                  const char       *display_name,
                  GPtrArray       **problems,
                  GError          **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(HashiyaImport) import = NULL;
  JsonArray *items = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  if ((root = hashiya_json_parse (bytes, display_name, error)) == NULL)
    return FALSE;
  import = hashiya_import_new (document, display_name);
  hashiya_import_set_place_func (import, annotation_place);

  if (JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root) &&
           g_strcmp0 (string_member (json_node_get_object (root), "type"), "Annotation") == 0)
    read_annotation (import, 1, json_node_get_object (root));
  else if (JSON_NODE_HOLDS_OBJECT (root))
    items = find_items (json_node_get_object (root));

  if (items == NULL && !(JSON_NODE_HOLDS_OBJECT (root) &&
                         g_strcmp0 (string_member (json_node_get_object (root), "type"), "Annotation") == 0))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: neither an Annotation, nor an AnnotationCollection or AnnotationPage with “items”"),
                   display_name);
      return FALSE;
    }
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        read_annotation (import, i + 1, json_node_get_object (node));
      else
        hashiya_import_report (import, i + 1, _("not an object; skipped"));
    }

  *problems = hashiya_import_finish (import);
  return TRUE;
}
