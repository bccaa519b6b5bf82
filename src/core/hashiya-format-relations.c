/* hashiya-format-relations.c — the relations of a .hashiya file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From version 4 a relation links two mentions:
 *
 *   {"id": "r2", "type": "consult", "source": "m3", "target": "m4",
 *    "trigger": {"start": 186, "end": 193}, "mode": "host", …}
 *
 * one a line, the members that hold their default left out. Older files
 * linked two actors, with the mention whose sentence showed it as
 * "evidence": such a relation becomes one between mentions where the
 * file allows it (the evidence, and the nearest mention of the other actor
 * in its paragraph), and is otherwise kept as it was written, unanchored;
 * the remarks of the reading say which became what.
 */

#define G_LOG_DOMAIN "hashiya-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-document-private.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-format-relations.h"
#include "hashiya-json.h"

/* Writing */

void
_hashiya_append_relation_line (GString         *out,
                               HashiyaDocument *document,
                               HashiyaRelation *relation)
{
  guint start, end;

  g_string_append (out, "{\"id\": ");
  hashiya_json_append_string (out, hashiya_relation_get_id (relation));
  hashiya_json_append_member (out, "type", hashiya_relation_get_relation_type (relation));
  hashiya_json_append_member (out, "source", hashiya_relation_get_source (relation));
  hashiya_json_append_member (out, "target", hashiya_relation_get_target (relation));
  if (hashiya_relation_get_trigger (relation, &start, &end))
    g_string_append_printf (out, ", \"trigger\": {\"start\": %u, \"end\": %u}", start, end);
  if (hashiya_relation_get_mode (relation) != NULL)
    hashiya_json_append_member (out, "mode", hashiya_relation_get_mode (relation));
  if (hashiya_relation_get_negated (relation))
    g_string_append (out, ", \"negated\": true");
  if (hashiya_relation_get_modality (relation) != HASHIYA_MODALITY_ASSERTED)
    hashiya_json_append_member (out, "modality",
                                hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, hashiya_relation_get_modality (relation)));
  if (hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_ACCEPTED)
    hashiya_json_append_member (out, "status", hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                                     hashiya_relation_get_status (relation)));
  if (hashiya_relation_get_note (relation) != NULL)
    hashiya_json_append_member (out, "note", hashiya_relation_get_note (relation));
  if (hashiya_relation_get_author (relation) != NULL)
    hashiya_json_append_member (out, "author", hashiya_relation_get_author (relation));
  if (hashiya_relation_get_created (relation) != NULL)
    hashiya_json_append_member (out, "created", hashiya_relation_get_created (relation));
  if (hashiya_relation_get_modified (relation) != NULL)
    hashiya_json_append_member (out, "modified", hashiya_relation_get_modified (relation));
  g_string_append_c (out, '}');
}

/* Reading */

/* The line of each item of the file's top-level "relations" array, from
 * its bytes: errors name the line, and json-glib keeps no positions. A
 * JSON scan that knows strings and nesting, and nothing else. */
static GArray *
relation_lines (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint line = 1, depth = 0;
  gboolean in_relations = FALSE, after_key = FALSE;
  const char *key = NULL;
  gsize key_length = 0;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;
      else if (c == '"')
        {
          gsize start = i + 1;

          for (i++; i < size && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
            else if (data[i] == '\n')
              line++;
          /* A key of the top-level object. */
          if (depth == 1)
            {
              key = data + start;
              key_length = i - start;
            }
        }
      else if (c == ':' && depth == 1)
        after_key = key_length == strlen ("relations") && memcmp (key, "relations", key_length) == 0;
      else if (c == '[' || c == '{')
        {
          if (c == '[' && depth == 1 && after_key)
            in_relations = TRUE;
          else if (c == '{' && depth == 2 && in_relations)
            g_array_append_val (lines, line);
          depth++;
        }
      else if (c == ']' || c == '}')
        {
          depth = depth > 0 ? depth - 1 : 0;
          if (depth == 1)
            in_relations = after_key = FALSE;
        }
    }
  return lines;
}

/* "NAME:LINE: relation N (ID)": what errors about relation @i say first. */
static char *
relation_where (GBytes     *bytes,
                GArray    **lines,
                const char *display_name,
                guint       i,
                const char *id)
{
  if (*lines == NULL)
    *lines = relation_lines (bytes);
  if (i < (*lines)->len && id != NULL)
    return g_strdup_printf (_("%s:%u: relation %u (%s)"), display_name, g_array_index (*lines, guint, i), i + 1, id);
  if (i < (*lines)->len)
    return g_strdup_printf (_("%s:%u: relation %u"), display_name, g_array_index (*lines, guint, i), i + 1);
  return g_strdup_printf (_("%s: relation %u"), display_name, i + 1);
}

static gboolean
read_trigger (JsonObject       *object,
              HashiyaRelation  *relation,
              const char       *where,
              GError          **error)
{
  static const char * const known[] = { "start", "end", NULL };
  g_autofree char *trigger_where = g_strdup_printf (_("%s: trigger"), where);
  JsonObject *trigger = NULL;
  guint start = 0, end = 0;

  if (!hashiya_json_get_object (object, "trigger", FALSE, &trigger, where, error))
    return FALSE;
  if (trigger == NULL)
    return TRUE;
  if (!hashiya_json_check_members (trigger, known, trigger_where, error) ||
      !hashiya_json_get_uint (trigger, "start", TRUE, &start, trigger_where, error) ||
      !hashiya_json_get_uint (trigger, "end", TRUE, &end, trigger_where, error))
    return FALSE;
  if (start >= end)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: start %u is not before end %u"),
                   trigger_where, start, end);
      return FALSE;
    }
  hashiya_relation_set_trigger (relation, start, end);
  return TRUE;
}

/* A version 4 relation. */
HashiyaRelation *
_hashiya_read_relation_object (JsonObject  *object,
                               const char  *where,
                               GError     **error)
{
  static const char * const known[] = { "id", "type", "source", "target", "trigger", "mode", "negated",
                                        "modality", "status", "note", "author", "created", "modified", NULL };
  g_autoptr(HashiyaRelation) relation = NULL;
  const char *id = NULL, *type = NULL, *source = NULL, *target = NULL, *mode = NULL;
  const char *note = NULL, *author = NULL, *created = NULL, *modified = NULL;
  gboolean negated = FALSE;
  int modality = HASHIYA_MODALITY_ASSERTED, status = HASHIYA_MENTION_STATUS_ACCEPTED;

  if (!hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "id", TRUE, &id, where, error) ||
      !hashiya_json_get_string (object, "type", TRUE, &type, where, error) ||
      !hashiya_json_get_string (object, "source", TRUE, &source, where, error) ||
      !hashiya_json_get_string (object, "target", TRUE, &target, where, error) ||
      !hashiya_json_get_string (object, "mode", FALSE, &mode, where, error) ||
      !hashiya_json_get_boolean (object, "negated", FALSE, &negated, where, error) ||
      !hashiya_json_get_enum (object, "modality", HASHIYA_TYPE_MODALITY, &modality, where, error) ||
      !hashiya_json_get_enum (object, "status", HASHIYA_TYPE_MENTION_STATUS, &status, where, error) ||
      !hashiya_json_get_string (object, "note", FALSE, &note, where, error) ||
      !hashiya_json_get_string (object, "author", FALSE, &author, where, error) ||
      !hashiya_json_get_string (object, "created", FALSE, &created, where, error) ||
      !hashiya_json_get_string (object, "modified", FALSE, &modified, where, error))
    return NULL;

  relation = hashiya_relation_new (id, type, source, target);
  hashiya_relation_set_mode (relation, mode);
  hashiya_relation_set_negated (relation, negated);
  hashiya_relation_set_modality (relation, modality);
  hashiya_relation_set_status (relation, status);
  hashiya_relation_set_note (relation, note);
  hashiya_relation_set_author (relation, author);
  hashiya_relation_set_created (relation, created);
  hashiya_relation_set_modified (relation, modified);
  if (!read_trigger (object, relation, where, error))
    return NULL;
  return g_steal_pointer (&relation);
}

/* The type a relation of an older file meant, in the relation catalogue:
 * its own name if the catalogue has it, else the type its verb stands for
 * (with the mode it implies). */
static const char *
migrated_type (HashiyaRelationCatalog  *catalog,
               const char              *old,
               const char             **mode)
{
  static const struct {
    const char *old;
    const char *type;
    const char *mode;
  } verbs[] = {
    { "hosts", "consult", "host" }, { "meets", "consult", NULL }, { "meets-with", "consult", NULL },
    { "visits", "consult", "visit" }, { "negotiates-with", "consult", NULL }, { "talks-with", "consult", NULL },
    { "supports", "support", NULL }, { "praises", "support", NULL }, { "agrees-with", "agree", NULL },
    { "cooperates-with", "cooperate", NULL }, { "allies-with", "cooperate", NULL }, { "aids", "aid", NULL },
    { "helps", "aid", NULL }, { "accuses", "accuse", NULL }, { "criticizes", "accuse", NULL },
    { "criticises", "accuse", NULL }, { "rejects", "reject", NULL }, { "opposes", "reject", NULL },
    { "threatens", "threaten", NULL }, { "warns", "threaten", NULL }, { "protests", "protest", NULL },
    { "sanctions", "sanction", NULL }, { "attacks", "assault", NULL }, { "fights", "assault", NULL },
    { "demands", "request", NULL }, { "requests", "request", NULL }, { "calls-on", "request", NULL },
  };

  *mode = NULL;
  if (hashiya_relation_catalog_lookup (catalog, old) != NULL)
    return old;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (old, verbs[i].old) && hashiya_relation_catalog_lookup (catalog, verbs[i].type) != NULL)
      {
        *mode = verbs[i].mode;
        return verbs[i].type;
      }
  return NULL;
}

/* The mention of @actor in the paragraph of @near nearest to it; or, with
 * no @near, the first mention of @actor in a paragraph that also has one
 * of @other (@near then set to that). */
static HashiyaMention *
end_for (HashiyaDocument  *document,
         const char       *actor,
         HashiyaMention  **near,
         const char       *other)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint n = hashiya_document_get_n_mentions (document);
  HashiyaMention *best = NULL;
  guint best_distance = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);
      guint line, column, near_line;

      if (g_strcmp0 (hashiya_mention_get_actor (mention), actor) != 0)
        continue;
      hashiya_text_offset_to_line (text, hashiya_mention_get_start (mention), &line, &column);
      if (*near == NULL)
        {
          /* A mention of the other actor in this paragraph. */
          for (guint j = 0; j < n; j++)
            {
              HashiyaMention *candidate = hashiya_document_get_mention (document, j);
              guint other_line;

              if (g_strcmp0 (hashiya_mention_get_actor (candidate), other) != 0 || candidate == mention)
                continue;
              hashiya_text_offset_to_line (text, hashiya_mention_get_start (candidate), &other_line, &column);
              if (other_line == line)
                {
                  *near = candidate;
                  return mention;
                }
            }
          continue;
        }
      hashiya_text_offset_to_line (text, hashiya_mention_get_start (*near), &near_line, &column);
      if (line == near_line && mention != *near)
        {
          guint a = hashiya_mention_get_start (mention), b = hashiya_mention_get_start (*near);
          guint distance = a > b ? a - b : b - a;

          if (distance < best_distance)
            {
              best = mention;
              best_distance = distance;
            }
        }
    }
  return best;
}

/* A relation of a file of version 3 or older, between two actors: made
 * one between two mentions, or kept unanchored. Says which. */
static gboolean
migrate_relation (HashiyaDocument  *document,
                  JsonObject       *object,
                  const char       *where,
                  GPtrArray        *remarks,
                  GError          **error)
{
  static const char * const known[] = { "id", "type", "source", "target", "evidence", "note", NULL };
  const char *id = NULL, *old_type = NULL, *source = NULL, *target = NULL, *evidence = NULL, *note = NULL;
  const char *type, *mode;
  HashiyaMention *near = NULL, *from, *to;
  g_autoptr(HashiyaRelation) relation = NULL;

  if (!hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "id", TRUE, &id, where, error) ||
      !hashiya_json_get_string (object, "type", TRUE, &old_type, where, error) ||
      !hashiya_json_get_string (object, "source", TRUE, &source, where, error) ||
      !hashiya_json_get_string (object, "target", TRUE, &target, where, error) ||
      !hashiya_json_get_string (object, "evidence", FALSE, &evidence, where, error) ||
      !hashiya_json_get_string (object, "note", FALSE, &note, where, error))
    return FALSE;

  type = migrated_type (hashiya_document_get_relation_catalog (document), old_type, &mode);
  if (evidence != NULL)
    near = hashiya_document_lookup_mention (document, evidence);
  if (near != NULL && g_strcmp0 (hashiya_mention_get_actor (near), source) == 0)
    from = near, to = end_for (document, target, &near, source);
  else if (near != NULL && g_strcmp0 (hashiya_mention_get_actor (near), target) == 0)
    to = near, from = end_for (document, source, &near, target);
  else
    {
      near = NULL;
      from = end_for (document, source, &near, target);
      to = near;
    }

  if (type == NULL || from == NULL || to == NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *json = NULL;

      json_node_set_object (node, object);
      json_generator_set_root (generator, node);
      json_generator_set_pretty (generator, FALSE);
      json_generator_set_indent (generator, 0);
      json_generator_set_indent_char (generator, ' ');
      json = json_generator_to_data (generator, NULL);
      _hashiya_document_add_unanchored_relation (document, json);
      g_ptr_array_add (remarks, g_strdup_printf (type == NULL
                                                   ? _("%s: “%s” is no type of the relation catalogue: kept as it was, "
                                                       "unanchored")
                                                   : _("%s: no mentions of %s and %s in one paragraph: kept as it "
                                                       "was, unanchored"),
                                                 where, type == NULL ? old_type : source, target));
      return TRUE;
    }

  relation = hashiya_relation_new (id, type, hashiya_mention_get_id (from), hashiya_mention_get_id (to));
  hashiya_relation_set_mode (relation, mode);
  hashiya_relation_set_note (relation, note);
  if (!hashiya_document_check_relation (document, relation, error))
    {
      g_prefix_error (error, "%s: ", where);
      return FALSE;
    }
  _hashiya_document_insert_relation (document, relation);
  g_ptr_array_add (remarks, g_strdup_printf (_("%s: “%s” between the actors %s and %s is now a %s relation "
                                               "between the mentions %s and %s"),
                                             where, old_type, source, target, type, hashiya_mention_get_id (from),
                                             hashiya_mention_get_id (to)));
  return TRUE;
}

/**
 * _hashiya_read_relations:
 * @version: the file's version
 * @bytes: the file, for the lines errors name
 *
 * Reads the "relations" of a .hashiya into @document, whose mentions and
 * orphans are read. Each relation is checked as an edit would be
 * (hashiya_document_check_relation()); the error names the file, the line
 * and the relation.
 */
gboolean
_hashiya_read_relations (JsonArray        *array,
                         int               version,
                         GBytes           *bytes,
                         HashiyaDocument  *document,
                         const char       *display_name,
                         GError          **error)
{
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) remarks = g_ptr_array_new_with_free_func (g_free);
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = object != NULL ? json_object_get_string_member_with_default (object, "id", NULL) : NULL;
      g_autofree char *where = relation_where (bytes, &lines, display_name, i, id);
      g_autoptr(HashiyaRelation) relation = NULL;
      g_autoptr(GError) local_error = NULL;

      if (hashiya_json_node_as_object (node, where, error) == NULL)
        return FALSE;
      if (id != NULL && !g_hash_table_add (ids, (gpointer) id))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE, _("%s: id \"%s\" is used twice"), where, id);
          return FALSE;
        }
      if (version < 4)
        {
          if (!migrate_relation (document, object, where, remarks, error))
            return FALSE;
          continue;
        }
      if ((relation = _hashiya_read_relation_object (object, where, error)) == NULL)
        return FALSE;
      if (!hashiya_document_check_relation (document, relation, &local_error))
        {
          g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
          return FALSE;
        }
      _hashiya_document_insert_relation (document, relation);
    }

  if (remarks->len > 0)
    _hashiya_document_set_import_problems (document, remarks);
  return TRUE;
}

/**
 * _hashiya_read_unanchored_relations:
 *
 * Relations of an older version kept as they were: each an object,
 * written back so.
 */
gboolean
_hashiya_read_unanchored_relations (JsonArray        *array,
                                    HashiyaDocument  *document,
                                    const char       *display_name,
                                    GError          **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (_("%s: unanchored relation %u"), display_name, i + 1);
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(JsonGenerator) generator = NULL;
      g_autofree char *json = NULL;

      if (hashiya_json_node_as_object (node, where, error) == NULL)
        return FALSE;
      generator = json_generator_new ();
      json_generator_set_root (generator, node);
      json = json_generator_to_data (generator, NULL);
      _hashiya_document_add_unanchored_relation (document, json);
    }
  return TRUE;
}
