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
#define ANNOTATION_URN "urn:hashiya:"

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

/* "@context", "id", "type", "motivation", and the times and author. */
static void
append_head (GString    *out,
             const char *sha256,
             const char *id,
             const char *motivation,
             const char *created,
             const char *modified,
             const char *author)
{
  g_string_append_printf (out, "    {\n      \"@context\": " CONTEXT ",\n"
                          "      \"id\": \"" ANNOTATION_URN "%s:%s\",\n"
                          "      \"type\": \"Annotation\",\n"
                          "      \"motivation\": \"%s\"",
                          sha256, id, motivation);
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
}

static void
append_annotation (GString         *out,
                   HashiyaDocument *document,
                   HashiyaMention  *mention)
{
  append_head (out, hashiya_text_get_sha256 (hashiya_document_get_text (document)), hashiya_mention_get_id (mention),
               "identifying", hashiya_mention_get_created (mention), hashiya_mention_get_modified (mention),
               hashiya_mention_get_author (mention));
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

static void
append_member_name (GString    *out,
                    const char *name)
{
  g_string_append (out, ",\n      ");
  hashiya_json_append_string (out, name);
  g_string_append (out, ": ");
}

/* A relation: an Annotation with the motivation "linking" whose targets
 * are its two mentions' annotations, source first (and, as a set of
 * targets has no order, "hashiya:source" and "hashiya:target" say which
 * is which), then its trigger as a place in the text. Its type is a
 * tagging body, its CAMEO codes classifying ones, its note a commenting
 * one; the model has no word for the mode, the modality and the
 * negation, which are members of the Hashiya vocabulary, as a mention's
 * type is. */
static void
append_relation (GString         *out,
                 HashiyaDocument *document,
                 HashiyaRelation *relation)
{
  HashiyaText *text = hashiya_document_get_text (document);
  const char *sha256 = hashiya_text_get_sha256 (text);
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));
  g_autofree char *source = g_strdup_printf (ANNOTATION_URN "%s:%s", sha256, hashiya_relation_get_source (relation));
  g_autofree char *target = g_strdup_printf (ANNOTATION_URN "%s:%s", sha256, hashiya_relation_get_target (relation));
  const char *cameo = hashiya_relation_type_get_cameo (type);
  const char *note = hashiya_relation_get_note (relation);
  const char *mode = hashiya_relation_get_mode (relation);
  guint start, end;

  append_head (out, sha256, hashiya_relation_get_id (relation), "linking", hashiya_relation_get_created (relation),
               hashiya_relation_get_modified (relation), hashiya_relation_get_author (relation));

  g_string_append (out, ",\n      \"body\": [\n        {\"type\": \"TextualBody\"");
  hashiya_json_append_member (out, "value", hashiya_relation_type_get_id (type));
  g_string_append (out, ", \"purpose\": \"tagging\"");
  if (hashiya_relation_type_get_name_en (type) != NULL)
    hashiya_json_append_member (out, "hashiya:name", hashiya_relation_type_get_name_en (type));
  if (hashiya_relation_type_get_name_ar (type) != NULL)
    hashiya_json_append_member (out, "hashiya:nameAr", hashiya_relation_type_get_name_ar (type));
  g_string_append_c (out, '}');
  if (cameo != NULL)
    {
      g_auto(GStrv) codes = g_strsplit (cameo, ", ", -1);

      for (guint i = 0; codes[i] != NULL; i++)
        {
          g_autofree char *value = g_strconcat ("CAMEO ", codes[i], NULL);

          append_textual_body (out, value, "classifying");
        }
    }
  if (note != NULL && *note != '\0')
    append_textual_body (out, note, "commenting");
  g_string_append (out, "\n      ]");

  g_string_append (out, ",\n      \"target\": [\n        ");
  hashiya_json_append_string (out, source);
  g_string_append (out, ",\n        ");
  hashiya_json_append_string (out, target);
  if (hashiya_relation_get_trigger (relation, &start, &end))
    {
      g_autofree char *exact = hashiya_text_slice (text, start, end);

      g_string_append_printf (out, ",\n        {\"type\": \"SpecificResource\", \"source\": \"" TEXT_URN "%s\", "
                              "\"hashiya:role\": \"trigger\",\n"
                              "         \"selector\": [\n"
                              "          {\"type\": \"TextPositionSelector\", \"start\": %u, \"end\": %u},\n"
                              "          {\"type\": \"TextQuoteSelector\"",
                              sha256, start, end);
      hashiya_json_append_member (out, "exact", exact);
      g_string_append (out, "}\n        ]}");
    }
  g_string_append (out, "\n      ]");

  hashiya_json_append_member (out, "hashiya:source", source);
  hashiya_json_append_member (out, "hashiya:target", target);
  hashiya_json_append_member (out, "hashiya:relationType", hashiya_relation_type_get_id (type));
  hashiya_json_append_member (out, "hashiya:quadClass",
                              hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, hashiya_relation_type_get_quad_class (type)));
  if (mode != NULL)
    hashiya_json_append_member (out, "hashiya:mode", mode);
  append_member_name (out, "hashiya:negated");
  g_string_append (out, hashiya_relation_get_negated (relation) ? "true" : "false");
  hashiya_json_append_member (out, "hashiya:modality",
                              hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, hashiya_relation_get_modality (relation)));
  hashiya_json_append_member (out, "hashiya:status",
                              hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS, hashiya_relation_get_status (relation)));
  g_string_append (out, "\n    }");
}

GBytes *
hashiya_w3c_write (HashiyaDocument            *document,
                   const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  const char *sha256 = hashiya_text_get_sha256 (text);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  g_autoptr(GPtrArray) relations = hashiya_export_relations (document, mentions, options->skip_suggestions);
  guint total = mentions->len + relations->len;
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
                          total, hashiya_export_newline_name (text), sha256, sha256);
  for (guint i = 0; i < mentions->len; i++)
    {
      append_annotation (out, document, g_ptr_array_index (mentions, i));
      g_string_append (out, i + 1 < total ? ",\n" : "\n");
    }
  for (guint i = 0; i < relations->len; i++)
    {
      append_relation (out, document, g_ptr_array_index (relations, i));
      g_string_append (out, mentions->len + i + 1 < total ? ",\n" : "\n");
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
typedef void (*EachFunc) (HashiyaImport *import, guint number, JsonNode *node, gpointer data);

static void
for_each (HashiyaImport *import,
          guint          number,
          JsonNode      *node,
          EachFunc       func,
          gpointer       data)
{
  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      func (import, number, node, data);
      return;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    func (import, number, json_array_get_element (json_node_get_array (node), i), data);
}

static void
read_body (HashiyaImport *import,
           guint          number,
           JsonNode      *node,
           gpointer       data)
{
  Annotation *annotation = data;
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
               gpointer       data)
{
  Annotation *annotation = data;
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
             gpointer       data)
{
  Annotation *annotation = data;
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

/* Returns: (transfer full) (nullable): the id of the mention made of
 * @annotation */
static char *
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
      return NULL;
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
      return NULL;
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
  return g_steal_pointer (&id);
}

/* MENTION_IDS: the ids of the annotations read, to the mentions made of
 * them. */
static void
read_annotation (HashiyaImport *import,
                 guint          number,
                 JsonObject    *object,
                 GHashTable    *mention_ids)
{
  Annotation annotation = { 0 };
  JsonNode *creator = json_object_get_member (object, "creator");
  const char *id = string_member (object, "id");
  char *mention_id;

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
  mention_id = add_annotation (import, number, &annotation);
  if (mention_id != NULL && id != NULL)
    g_hash_table_insert (mention_ids, g_strdup (id), mention_id);
  else
    g_free (mention_id);
}

/* ---------------------------------------------------- linking annotations */

static gboolean
is_linking (JsonObject *object)
{
  JsonNode *motivation = json_object_get_member (object, "motivation");

  if (motivation != NULL && JSON_NODE_HOLDS_ARRAY (motivation))
    {
      JsonArray *array = json_node_get_array (motivation);

      /* Its elements may be anything: only a string can say "linking". */
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              g_strcmp0 (json_node_get_string (element), "linking") == 0)
            return TRUE;
        }
      return FALSE;
    }
  return g_strcmp0 (string_member (object, "motivation"), "linking") == 0;
}

typedef struct
{
  const char *ends[2];      /* the IRIs of the annotations it links */
  guint       n_ends;
  gboolean    has_trigger;
  guint       start;
  guint       end;
  const char *exact;
  const char *type;
  const char *note;
} Link;

static void
read_link_body (HashiyaImport *import,
                guint          number,
                JsonNode      *node,
                gpointer       data)
{
  Link *link = data;
  JsonObject *body = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *purpose = body != NULL ? string_member (body, "purpose") : NULL;
  const char *value = body != NULL ? string_member (body, "value") : NULL;

  if (value != NULL && g_strcmp0 (purpose, "tagging") == 0 && link->type == NULL)
    link->type = value;
  else if (value != NULL && g_strcmp0 (purpose, "commenting") == 0)
    link->note = value;
}

/* An IRI, or an object that names one by its "id" or "source": an end;
 * an object with a selector: the trigger. */
static void
read_link_target (HashiyaImport *import,
                  guint          number,
                  JsonNode      *node,
                  gpointer       data)
{
  Link *link = data;
  JsonObject *target = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *iri = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    iri = json_node_get_string (node);
  else if (target != NULL && json_object_get_member (target, "selector") != NULL)
    {
      Annotation place = { 0 };

      for_each (import, number, json_object_get_member (target, "selector"), read_selector, &place);
      link->has_trigger = place.has_position;
      link->start = place.start;
      link->end = place.end;
      link->exact = place.exact;
      return;
    }
  else if (target != NULL)
    iri = string_member (target, "id") != NULL ? string_member (target, "id") : string_member (target, "source");

  if (iri == NULL)
    hashiya_import_report (import, number, _("a target is neither an IRI nor an object; ignored"));
  else if (link->n_ends < G_N_ELEMENTS (link->ends))
    link->ends[link->n_ends++] = iri;
  else
    hashiya_import_report (import, number, _("the target “%s” is a third end; a relation links two; ignored"), iri);
}

/* The mention an end of a link names, once imported. */
static const char *
link_end (HashiyaImport *import,
          guint          number,
          GHashTable    *mention_ids,
          const char    *iri)
{
  const char *mention_id = g_hash_table_lookup (mention_ids, iri);

  if (mention_id == NULL)
    hashiya_import_report (import, number, _("“%s” names no annotation of the file; the relation is skipped"), iri);
  else if (!hashiya_import_was_imported (import, mention_id))
    hashiya_import_report (import, number, _("the annotation “%s” was not imported; the relation is skipped"), iri);
  else
    return mention_id;
  return NULL;
}

static void
set_link_trigger (HashiyaImport   *import,
                  guint            number,
                  HashiyaRelation *relation,
                  Link            *link)
{
  HashiyaText *text = hashiya_document_get_text (hashiya_import_get_document (import));

  if (!link->has_trigger)
    {
      if (link->exact != NULL)
        hashiya_import_report (import, number, _("the trigger “%s” has no TextPositionSelector; the relation is kept without it"),
                               link->exact);
      return;
    }
  if (link->end > hashiya_text_get_length (text) ||
      (link->exact != NULL && !hashiya_text_range_equals (text, link->start, link->end, link->exact)))
    hashiya_import_report (import, number, _("the trigger %u:%u is not “%s” in this text; the relation is kept without it"),
                           link->start, link->end, link->exact != NULL ? link->exact : "");
  else
    hashiya_relation_set_trigger (relation, link->start, link->end);
}

/* A linking annotation: a relation from its first target to its second
 * (or from "hashiya:source" to "hashiya:target"), of the type its
 * "hashiya:relationType" or tagging body names; a target with a
 * selector is its trigger. */
static void
read_link (HashiyaImport *import,
           guint          number,
           JsonObject    *object,
           GHashTable    *mention_ids)
{
  HashiyaDocument *document = hashiya_import_get_document (import);
  JsonNode *creator = json_object_get_member (object, "creator");
  JsonNode *negated = json_object_get_member (object, "hashiya:negated");
  const char *modality = string_member (object, "hashiya:modality");
  const char *created = string_member (object, "created");
  const char *modified = string_member (object, "modified");
  g_autoptr(HashiyaRelation) relation = NULL;
  g_autofree char *id = NULL;
  const char *source, *target, *type;
  Link link = { { NULL } };
  int value;

  for_each (import, number, json_object_get_member (object, "body"), read_link_body, &link);
  for_each (import, number, json_object_get_member (object, "target"), read_link_target, &link);
  if (string_member (object, "hashiya:source") != NULL && string_member (object, "hashiya:target") != NULL)
    {
      link.ends[0] = string_member (object, "hashiya:source");
      link.ends[1] = string_member (object, "hashiya:target");
      link.n_ends = 2;
    }
  if (string_member (object, "hashiya:relationType") != NULL)
    link.type = string_member (object, "hashiya:relationType");

  if (link.n_ends != 2)
    {
      hashiya_import_report (import, number, ngettext ("a linking annotation of %u target is not a relation "
                                                       "between two annotations; skipped",
                                                       "a linking annotation of %u targets is not a relation "
                                                       "between two annotations; skipped", link.n_ends),
                             link.n_ends);
      return;
    }
  if (link.type == NULL)
    {
      hashiya_import_report (import, number, _("a linking annotation without a tagging body names no relation type; "
                                               "skipped"));
      return;
    }
  if ((source = link_end (import, number, mention_ids, link.ends[0])) == NULL ||
      (target = link_end (import, number, mention_ids, link.ends[1])) == NULL ||
      (type = hashiya_import_resolve_relation_type (import, number, NULL, link.type)) == NULL)
    return;

  id = hashiya_document_new_relation_id (document);
  relation = hashiya_relation_new (id, type, source, target);
  set_link_trigger (import, number, relation, &link);
  hashiya_relation_set_mode (relation, string_member (object, "hashiya:mode"));
  if (negated != NULL && JSON_NODE_HOLDS_VALUE (negated) && json_node_get_value_type (negated) == G_TYPE_BOOLEAN)
    hashiya_relation_set_negated (relation, json_node_get_boolean (negated));
  if (modality != NULL)
    {
      if (hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, modality, &value))
        hashiya_relation_set_modality (relation, value);
      else
        hashiya_import_report (import, number, _("unknown modality “%s” (asserted, future or hypothetical); kept as "
                                                 "“asserted”"), modality);
    }
  if (g_strcmp0 (string_member (object, "hashiya:status"), "suggested") == 0)
    hashiya_relation_set_status (relation, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (link.note != NULL && *link.note != '\0')
    hashiya_relation_set_note (relation, link.note);
  if (created != NULL && hashiya_timestamp_is_valid (created))
    hashiya_relation_set_created (relation, created);
  if (modified != NULL && hashiya_timestamp_is_valid (modified))
    hashiya_relation_set_modified (relation, modified);
  if (creator != NULL && JSON_NODE_HOLDS_OBJECT (creator) &&
      string_member (json_node_get_object (creator), "name") != NULL)
    hashiya_relation_set_author (relation, string_member (json_node_get_object (creator), "name"));
  hashiya_import_add_relation (import, number, NULL, relation);
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
  g_autoptr(GHashTable) mention_ids = NULL;
  JsonArray *items = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  if ((root = hashiya_json_parse (bytes, display_name, error)) == NULL)
    return FALSE;
  import = hashiya_import_new (document, display_name);
  hashiya_import_set_place_func (import, annotation_place);
  mention_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root) &&
           g_strcmp0 (string_member (json_node_get_object (root), "type"), "Annotation") == 0)
    read_annotation (import, 1, json_node_get_object (root), mention_ids);
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
  /* The mentions first, then the relations between them. */
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        hashiya_import_report (import, i + 1, _("not an object; skipped"));
      else if (!is_linking (json_node_get_object (node)))
        read_annotation (import, i + 1, json_node_get_object (node), mention_ids);
    }
  hashiya_import_place (import);
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);

      if (JSON_NODE_HOLDS_OBJECT (node) && is_linking (json_node_get_object (node)))
        read_link (import, i + 1, json_node_get_object (node), mention_ids);
    }

  *problems = hashiya_import_finish (import);
  return TRUE;
}
