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

/* doccano's entity: an integer id (the span's place in "spans", from 1),
 * the label and the offsets, and the mention's id. */
static void
append_entity (GString         *out,
               HashiyaDocument *document,
               HashiyaMention  *mention,
               guint            number)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));
  g_autofree char *label = hashiya_export_kind_label (actor != NULL ? hashiya_actor_get_kind (actor)
                                                                   : HASHIYA_ACTOR_KIND_OTHER);

  g_string_append_printf (out, "{\"id\": %u", number);
  hashiya_json_append_member (out, "label", label);
  g_string_append_printf (out, ", \"start_offset\": %u, \"end_offset\": %u",
                          hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
  hashiya_json_append_member (out, "mention", hashiya_mention_get_id (mention));
  g_string_append_c (out, '}');
}

static void
append_nullable (GString    *out,
                 const char *name,
                 const char *value)
{
  if (value != NULL)
    {
      hashiya_json_append_member (out, name, value);
      return;
    }
  g_string_append (out, ", ");
  hashiya_json_append_string (out, name);
  g_string_append (out, ": null");
}

/* doccano's relation: an integer id, from_id and to_id the ids of its
 * entities, its type; then what else it says, every member always
 * there (null when it has none), so that a table of them has its
 * columns. */
static void
append_relation (GString         *out,
                 HashiyaDocument *document,
                 HashiyaRelation *relation,
                 guint            number,
                 GHashTable      *entity_ids)
{
  HashiyaMention *source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
  HashiyaMention *target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
  guint start, end;

  g_string_append_printf (out, "{\"id\": %u, \"from_id\": %u, \"to_id\": %u", number,
                          GPOINTER_TO_UINT (g_hash_table_lookup (entity_ids, source)),
                          GPOINTER_TO_UINT (g_hash_table_lookup (entity_ids, target)));
  hashiya_json_append_member (out, "type", hashiya_relation_get_relation_type (relation));
  if (hashiya_relation_get_trigger (relation, &start, &end))
    {
      g_autofree char *covered = hashiya_text_slice (hashiya_document_get_text (document), start, end);

      g_string_append_printf (out, ", \"trigger\": {\"start\": %u, \"end\": %u", start, end);
      hashiya_json_append_member (out, "text", covered);
      g_string_append_c (out, '}');
    }
  else
    g_string_append (out, ", \"trigger\": null");
  append_nullable (out, "mode", hashiya_relation_get_mode (relation));
  g_string_append_printf (out, ", \"negated\": %s", hashiya_relation_get_negated (relation) ? "true" : "false");
  hashiya_json_append_member (out, "modality", hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY,
                                                                     hashiya_relation_get_modality (relation)));
  hashiya_json_append_member (out, "status", hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                                   hashiya_relation_get_status (relation)));
  append_nullable (out, "note", hashiya_relation_get_note (relation));
  g_string_append_c (out, '}');
}

GBytes *
hashiya_jsonl_write (HashiyaDocument            *document,
                     const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  g_autoptr(GPtrArray) relations = hashiya_export_relations (document, mentions, options->skip_suggestions);
  g_autoptr(GHashTable) entity_ids = g_hash_table_new (NULL, NULL);
  GString *out = g_string_new ("{\"text\": ");

  hashiya_json_append_string (out, hashiya_text_get_data (text, NULL));
  g_string_append (out, ", \"spans\": [");
  for (guint i = 0; i < mentions->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_span (out, document, g_ptr_array_index (mentions, i));
    }
  g_string_append (out, "], \"entities\": [");
  for (guint i = 0; i < mentions->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_entity (out, document, g_ptr_array_index (mentions, i), i + 1);
      g_hash_table_insert (entity_ids, g_ptr_array_index (mentions, i), GUINT_TO_POINTER (i + 1));
    }
  g_string_append (out, "], \"relations\": [");
  for (guint i = 0; i < relations->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_relation (out, document, g_ptr_array_index (relations, i), i + 1, entity_ids);
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

/* Returns: (transfer full) (nullable): the id of the mention made of
 * the span */
static char *
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
      return NULL;
    }

  json_object_iter_init (&iter, span);
  while (json_object_iter_next (&iter, &member, NULL))
    if (!g_strv_contains (span_members, member) && g_hash_table_add (unknown, g_strdup (member)))
      hashiya_import_report (import, line, _("the span member “%s” is not one Hashiya reads; ignored"), member);

  if (start >= end)
    {
      hashiya_import_report (import, line, _("%s: the span %u:%u is empty or reversed; skipped"), where, start, end);
      return NULL;
    }
  if ((actor_id = hashiya_import_resolve_actor (import, line, actor, label, name, covered)) == NULL)
    {
      g_autofree char *slice = NULL;
      HashiyaText *text = hashiya_document_get_text (hashiya_import_get_document (import));

      if (end > hashiya_text_get_length (text))
        {
          hashiya_import_report (import, line, _("%s: the span %u:%u is outside the text (%u characters); skipped"),
                                 where, start, end, hashiya_text_get_length (text));
          return NULL;
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
  return g_steal_pointer (&id);
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
      g_free (read_span (import, line, i, span, unknown));
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

/* Returns: (transfer full) (element-type utf8): the id of the mention
 * made of each span, or NULL */
static GPtrArray *
read_spans (HashiyaImport *import,
            guint          line,
            JsonObject    *object)
{
  g_autoptr(GHashTable) unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  JsonNode *spans = json_object_get_member (object, "spans");
  JsonNode *labels = json_object_get_member (object, "label");
  JsonNode *entities = json_object_get_member (object, "entities");

  if (spans != NULL && JSON_NODE_HOLDS_ARRAY (spans))
    {
      JsonArray *array = json_node_get_array (spans);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (node))
            g_ptr_array_add (ids, read_span (import, line, i, json_node_get_object (node), unknown));
          else
            {
              hashiya_import_report (import, line, _("span %u is not an object; skipped"), i + 1);
              g_ptr_array_add (ids, NULL);
            }
        }
    }
  else if (spans != NULL)
    hashiya_import_report (import, line, _("“spans” is not an array; no mention imported"));
  else if (labels != NULL && JSON_NODE_HOLDS_ARRAY (labels))
    read_doccano_labels (import, line, json_node_get_array (labels));
  else if (entities == NULL)
    hashiya_import_report (import, line, _("no “spans”: the document has no mentions"));
  return ids;
}

/* doccano's relation projects: "entities" [{"id", "label", "start_offset",
 * "end_offset"}]. Each is the span at its place in "spans" when there are
 * spans (Hashiya writes both) and it has the same offsets, or else the
 * first span of its offsets; without spans, each becomes a mention.
 * Returns: (transfer full): entity id → mention id */
static GHashTable *
read_entities (HashiyaImport *import,
               guint          line,
               JsonObject    *object,
               JsonArray     *spans,
               GPtrArray     *span_ids)
{
  GHashTable *mention_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *node = json_object_get_member (object, "entities");
  JsonArray *entities;

  if (node == NULL)
    return mention_ids;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      hashiya_import_report (import, line, _("“entities” is not an array; no entity read"));
      return mention_ids;
    }
  entities = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonNode *element = json_array_get_element (entities, i);
      JsonObject *entity = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      JsonNode *id = entity != NULL ? json_object_get_member (entity, "id") : NULL;
      g_autofree char *where = g_strdup_printf (_("entity %u"), i + 1);
      g_autoptr(GError) error = NULL;
      char *mention_id = NULL;
      guint start, end;
      gint64 key;

      if (id == NULL || !JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_INT64)
        {
          hashiya_import_report (import, line, _("%s has no whole-number “id”; skipped"), where);
          continue;
        }
      if (!hashiya_json_get_uint (entity, "start_offset", TRUE, &start, where, &error) ||
          !hashiya_json_get_uint (entity, "end_offset", TRUE, &end, where, &error))
        {
          hashiya_import_report (import, line, _("%s; skipped"), error->message);
          continue;
        }
      key = json_node_get_int (id);
      if (g_hash_table_contains (mention_ids, &key))
        {
          hashiya_import_report (import, line, _("%s: the id %lld is another entity's; skipped"),
                                 where, (long long) key);
          continue;
        }

      if (spans != NULL)
        {
          for (guint j = 0; j < json_array_get_length (spans) && mention_id == NULL; j++)
            {
              guint at = (i + j) % json_array_get_length (spans);
              JsonNode *span = json_array_get_element (spans, at);
              guint span_start = 0, span_end = 0;

              if (at < span_ids->len && g_ptr_array_index (span_ids, at) != NULL && JSON_NODE_HOLDS_OBJECT (span) &&
                  hashiya_json_get_uint (json_node_get_object (span), "start", TRUE, &span_start, where, NULL) &&
                  hashiya_json_get_uint (json_node_get_object (span), "end", TRUE, &span_end, where, NULL) &&
                  span_start == start && span_end == end)
                mention_id = g_strdup (g_ptr_array_index (span_ids, at));
            }
          if (mention_id == NULL)
            {
              hashiya_import_report (import, line, _("%s: no span is at %u:%u; its relations are skipped"),
                                     where, start, end);
              continue;
            }
        }
      else
        {
          g_autoptr(JsonObject) span = json_object_new ();

          json_object_set_int_member (span, "start", start);
          json_object_set_int_member (span, "end", end);
          if (json_object_get_member (entity, "label") != NULL)
            json_object_set_member (span, "label", json_node_copy (json_object_get_member (entity, "label")));
          if ((mention_id = read_span (import, line, i, span, unknown)) == NULL)
            continue;
        }
      g_hash_table_insert (mention_ids, g_memdup2 (&key, sizeof key), mention_id);
    }
  return mention_ids;
}

/* The mention of the entity MEMBER ("from_id", "to_id") names. */
static const char *
relation_end (HashiyaImport *import,
              guint          line,
              const char    *where,
              JsonObject    *relation,
              const char    *member,
              GHashTable    *mention_ids)
{
  JsonNode *node = json_object_get_member (relation, member);
  const char *mention_id;
  gint64 key;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      hashiya_import_report (import, line, _("%s: no whole-number “%s”; skipped"), where, member);
      return NULL;
    }
  key = json_node_get_int (node);
  if ((mention_id = g_hash_table_lookup (mention_ids, &key)) == NULL)
    hashiya_import_report (import, line, _("%s: “%s” %lld names no imported entity; skipped"),
                           where, member, (long long) key);
  else if (!hashiya_import_was_imported (import, mention_id))
    hashiya_import_report (import, line, _("%s: the entity %lld was not imported; skipped"),
                           where, (long long) key);
  else
    return mention_id;
  return NULL;
}

/* A member that holds null (what Hashiya writes for "none"). */
static gboolean
is_null (JsonObject *object,
         const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_NULL (node);
}

static const char * const relation_members[] = {
  "id", "from_id", "to_id", "type", "trigger", "mode", "negated", "modality", "status", "note", NULL
};

/* doccano's relation, {"id", "from_id", "to_id", "type"}, with what
 * Hashiya writes besides (see append_relation()). */
static void
read_relation (HashiyaImport *import,
               guint          line,
               guint          index,
               JsonObject    *object,
               GHashTable    *mention_ids,
               GHashTable    *unknown)
{
  HashiyaDocument *document = hashiya_import_get_document (import);
  g_autofree char *where = g_strdup_printf (_("relation %u"), index + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaRelation) relation = NULL;
  g_autofree char *id = NULL;
  const char *label = NULL, *mode = NULL, *modality = NULL, *status = NULL, *note = NULL;
  const char *source, *target, *type;
  JsonObject *trigger = NULL;
  gboolean negated = FALSE;
  JsonObjectIter iter;
  const char *member;
  int value;

  if (!hashiya_json_get_string (object, "type", TRUE, &label, where, &error) ||
      !(is_null (object, "trigger") || hashiya_json_get_object (object, "trigger", FALSE, &trigger, where, &error)) ||
      !(is_null (object, "mode") || hashiya_json_get_string (object, "mode", FALSE, &mode, where, &error)) ||
      !(is_null (object, "note") || hashiya_json_get_string (object, "note", FALSE, &note, where, &error)) ||
      !hashiya_json_get_boolean (object, "negated", FALSE, &negated, where, &error) ||
      !hashiya_json_get_string (object, "modality", FALSE, &modality, where, &error) ||
      !hashiya_json_get_string (object, "status", FALSE, &status, where, &error))
    {
      hashiya_import_report (import, line, _("%s; skipped"), error->message);
      return;
    }

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    if (!g_strv_contains (relation_members, member) && g_hash_table_add (unknown, g_strdup (member)))
      hashiya_import_report (import, line, _("the relation member “%s” is not one Hashiya reads; ignored"), member);

  if ((source = relation_end (import, line, where, object, "from_id", mention_ids)) == NULL ||
      (target = relation_end (import, line, where, object, "to_id", mention_ids)) == NULL ||
      (type = hashiya_import_resolve_relation_type (import, line, where, label)) == NULL)
    return;

  id = hashiya_document_new_relation_id (document);
  relation = hashiya_relation_new (id, type, source, target);
  if (trigger != NULL)
    {
      guint start, end;

      if (hashiya_json_get_uint (trigger, "start", TRUE, &start, where, &error) &&
          hashiya_json_get_uint (trigger, "end", TRUE, &end, where, &error))
        hashiya_relation_set_trigger (relation, start, end);
      else
        hashiya_import_report (import, line, _("%s; the relation is kept without its trigger"), error->message);
    }
  hashiya_relation_set_mode (relation, mode);
  hashiya_relation_set_negated (relation, negated);
  if (modality != NULL)
    {
      if (hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, modality, &value))
        hashiya_relation_set_modality (relation, value);
      else
        hashiya_import_report (import, line, _("%s: unknown modality “%s” (asserted, future or hypothetical); "
                                               "kept as “asserted”"), where, modality);
    }
  if (g_strcmp0 (status, "suggested") == 0)
    hashiya_relation_set_status (relation, HASHIYA_MENTION_STATUS_SUGGESTED);
  hashiya_relation_set_note (relation, note);
  hashiya_import_add_relation (import, line, where, relation);
}

static void
read_relations (HashiyaImport *import,
                guint          line,
                JsonObject    *object,
                GPtrArray     *span_ids)
{
  JsonNode *spans = json_object_get_member (object, "spans");
  JsonNode *node = json_object_get_member (object, "relations");
  g_autoptr(GHashTable) unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) mention_ids = NULL;
  JsonArray *relations;

  mention_ids = read_entities (import, line, object,
                               spans != NULL && JSON_NODE_HOLDS_ARRAY (spans) ? json_node_get_array (spans) : NULL,
                               span_ids);
  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      hashiya_import_report (import, line, _("“relations” is not an array; no relation imported"));
      return;
    }
  hashiya_import_place (import);
  relations = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (relations); i++)
    {
      JsonNode *element = json_array_get_element (relations, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        read_relation (import, line, i, json_node_get_object (element), mention_ids, unknown);
      else
        hashiya_import_report (import, line, _("relation %u is not an object; skipped"), i + 1);
    }
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
  g_autoptr(GPtrArray) span_ids = NULL;
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
  span_ids = read_spans (import, first + 1, object);
  read_relations (import, first + 1, object, span_ids);
  for (guint i = first + 1; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      hashiya_import_report (import, i + 1, _("another document; only the first one is imported"));

  *problems = hashiya_import_finish (import);
  return g_steal_pointer (&document);
}
