/* hashiya-format-conflicts.c — a .hashiya's merge conflicts and who its
 * curated mentions and relations came from (version 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-catalog-file-private.h"
#include "hashiya-error.h"
#include "hashiya-format-conflicts.h"
#include "hashiya-format-relations.h"
#include "hashiya-json.h"
#include "hashiya-mention-lines.h"

/* "conflicts" closes the file, one conflict a line:
 *   {"kind": "mention", "id": "m5", "base": {…}, "a": {…}, "a_author": "Layla", "b": null}
 * "curated_from" follows the catalogues, one mention or relation a line:
 *   "curated_from": {"annotators": ["Layla", "Omar"],
 *     "mentions": [
 *       {"id": "m1", "annotators": ["Layla", "Omar"]}
 *     ],
 *     "relations": []},
 */

gboolean
_hashiya_format_needs_conflicts_version (HashiyaDocument *document)
{
  return g_list_model_get_n_items (hashiya_document_get_conflicts (document)) > 0 ||
         _hashiya_document_has_curation (document);
}

static void
append_strv (GString            *out,
             const char * const *strv)
{
  g_string_append_c (out, '[');
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      hashiya_json_append_string (out, strv[i]);
    }
  g_string_append_c (out, ']');
}

static void
append_curated_list (GString             *out,
                     HashiyaDocument     *document,
                     HashiyaConflictKind  kind,
                     GListModel          *items)
{
  guint n = g_list_model_get_n_items (items);
  gboolean first = TRUE;

  g_string_append_printf (out, "    \"%s\": [", kind == HASHIYA_CONFLICT_MENTION ? "mentions" : "relations");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char * const *annotators = hashiya_document_get_curated_from (document, item);

      if (annotators == NULL)
        continue;
      g_string_append (out, first ? "\n      {\"id\": " : ",\n      {\"id\": ");
      hashiya_json_append_string (out, kind == HASHIYA_CONFLICT_MENTION ? hashiya_mention_get_id (HASHIYA_MENTION (item))
                                                                        : hashiya_relation_get_id (HASHIYA_RELATION (item)));
      g_string_append (out, ", \"annotators\": ");
      append_strv (out, annotators);
      g_string_append_c (out, '}');
      first = FALSE;
    }
  g_string_append (out, first ? "]" : "\n    ]");
}

/**
 * _hashiya_format_append_curation:
 *
 * Appends the "curated_from" member and its line end, when the document
 * was curated.
 */
void
_hashiya_format_append_curation (GString         *out,
                                 HashiyaDocument *document)
{
  if (!_hashiya_document_has_curation (document))
    return;
  g_string_append (out, "  \"curated_from\": {\"annotators\": ");
  append_strv (out, hashiya_document_get_curation_annotators (document));
  g_string_append (out, ",\n");
  append_curated_list (out, document, HASHIYA_CONFLICT_MENTION, hashiya_document_get_mentions (document));
  g_string_append (out, ",\n");
  append_curated_list (out, document, HASHIYA_CONFLICT_RELATION, hashiya_document_get_relations (document));
  g_string_append (out, "},\n");
}

static void
append_version (GString             *out,
                HashiyaDocument     *document,
                HashiyaConflictKind  kind,
                GObject             *version)
{
  if (version == NULL)
    g_string_append (out, "null");
  else if (kind == HASHIYA_CONFLICT_MENTION)
    _hashiya_append_mention_line (out, document, HASHIYA_MENTION (version));
  else if (kind == HASHIYA_CONFLICT_RELATION)
    _hashiya_append_relation_line (out, document, HASHIYA_RELATION (version));
  else
    _hashiya_catalog_append_actor (out, HASHIYA_ACTOR (version));
}

/* A metadata field's value: a string, or null where that side has none. */
static void
append_value (GString    *out,
              const char *member,
              const char *value)
{
  if (value != NULL)
    hashiya_json_append_member (out, member, value);
  else
    g_string_append_printf (out, ", \"%s\": null", member);
}

/**
 * _hashiya_append_conflict_line:
 *
 * Appends @conflict as the .hashiya writes it: one JSON object, on one
 * line, with its versions as the mentions, relations and actors are.
 */
void
_hashiya_append_conflict_line (GString         *out,
                               HashiyaDocument *document,
                               HashiyaConflict *conflict)
{
  HashiyaConflictKind kind = hashiya_conflict_get_kind (conflict);
  const char *names[] = { "a", "b" };

  g_string_append (out, "{\"kind\": ");
  hashiya_json_append_string (out, hashiya_conflict_kind_to_nick (kind));
  hashiya_json_append_member (out, "id", hashiya_conflict_get_id (conflict));
  if (kind == HASHIYA_CONFLICT_METADATA)
    {
      append_value (out, "base", hashiya_conflict_get_base_value (conflict));
      append_value (out, "a", hashiya_conflict_get_value (conflict, HASHIYA_CONFLICT_SIDE_A));
      append_value (out, "b", hashiya_conflict_get_value (conflict, HASHIYA_CONFLICT_SIDE_B));
      g_string_append_c (out, '}');
      return;
    }
  if (hashiya_conflict_get_base (conflict) != NULL)
    {
      g_string_append (out, ", \"base\": ");
      append_version (out, document, kind, hashiya_conflict_get_base (conflict));
    }
  for (guint side = 0; side < 2; side++)
    {
      const char *author = hashiya_conflict_get_author (conflict, side);
      g_autofree char *author_member = g_strdup_printf ("%s_author", names[side]);

      g_string_append_printf (out, ", \"%s\": ", names[side]);
      append_version (out, document, kind, hashiya_conflict_get_version (conflict, side));
      if (author != NULL)
        hashiya_json_append_member (out, author_member, author);
    }
  g_string_append_c (out, '}');
}

/* Reading */

static gboolean
read_strv (JsonObject   *object,
           const char   *member,
           GStrv        *value,
           const char   *where,
           GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = NULL;

  if (!hashiya_json_get_array (object, member, TRUE, &array, where, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          json_node_get_string (node)[0] == '\0')
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: \"%s\": item %u is not an annotator’s name"), where, member, i + 1);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  *value = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_curated_list (JsonObject           *curated,
                   HashiyaConflictKind   kind,
                   HashiyaDocument      *document,
                   const char           *where,
                   GError              **error)
{
  static const char * const known[] = { "id", "annotators", NULL };
  const char *member = kind == HASHIYA_CONFLICT_MENTION ? "mentions" : "relations";
  JsonArray *array = NULL;

  if (!hashiya_json_get_array (curated, member, TRUE, &array, where, error))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_where = g_strdup_printf ("%s: %s %u", where, member, i + 1);
      g_auto(GStrv) annotators = NULL;
      JsonObject *object;
      const char *id = NULL;
      gboolean known_id;

      if ((object = hashiya_json_node_as_object (json_array_get_element (array, i), item_where, error)) == NULL ||
          !hashiya_json_check_members (object, known, item_where, error) ||
          !hashiya_json_get_string (object, "id", TRUE, &id, item_where, error) ||
          !read_strv (object, "annotators", &annotators, item_where, error))
        return FALSE;
      known_id = kind == HASHIYA_CONFLICT_MENTION ? hashiya_document_lookup_mention (document, id) != NULL
                                                  : hashiya_document_lookup_relation (document, id) != NULL;
      if (!known_id)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       kind == HASHIYA_CONFLICT_MENTION ? _("%s: \"%s\" is not a mention of the document")
                                                        : _("%s: \"%s\" is not a relation of the document"),
                       item_where, id);
          return FALSE;
        }
      _hashiya_document_set_curated_from (document, kind, id, (const char * const *) annotators);
    }
  return TRUE;
}

static gboolean
read_curation (JsonObject       *curated,
               HashiyaDocument  *document,
               const char       *where,
               GError          **error)
{
  static const char * const known[] = { "annotators", "mentions", "relations", NULL };
  g_auto(GStrv) annotators = NULL;

  if (!hashiya_json_check_members (curated, known, where, error) ||
      !read_strv (curated, "annotators", &annotators, where, error) ||
      !read_curated_list (curated, HASHIYA_CONFLICT_MENTION, document, where, error) ||
      !read_curated_list (curated, HASHIYA_CONFLICT_RELATION, document, where, error))
    return FALSE;
  _hashiya_document_set_curation_annotators (document, (const char * const *) annotators);
  return TRUE;
}

/* One version of a conflict: null (removed), or the object of its kind. */
static gboolean
read_version (JsonObject           *object,
              const char           *member,
              gboolean              required,
              HashiyaConflictKind   kind,
              HashiyaDocument      *document,
              GObject             **version,
              const char           *where,
              GError              **error)
{
  g_autofree char *version_where = g_strdup_printf ("%s: %s", where, member);
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) local_error = NULL;

  *version = NULL;
  if (node == NULL && required)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: \"%s\" is missing"), where, member);
      return FALSE;
    }
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (hashiya_json_node_as_object (node, version_where, error) == NULL)
    return FALSE;

  switch (kind)
    {
    case HASHIYA_CONFLICT_MENTION:
      {
        g_autoptr(HashiyaMention) mention = _hashiya_read_mention_object (node, version_where, error);

        if (mention == NULL)
          return FALSE;
        if (!hashiya_document_check_span (document, hashiya_mention_get_start (mention),
                                          hashiya_mention_get_end (mention), &local_error))
          {
            g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", version_where, local_error->message);
            return FALSE;
          }
        hashiya_document_fill_quote (document, mention);
        *version = G_OBJECT (g_steal_pointer (&mention));
        return TRUE;
      }
    case HASHIYA_CONFLICT_RELATION:
      *version = (GObject *) _hashiya_read_relation_object (json_node_get_object (node), version_where, error);
      return *version != NULL;
    case HASHIYA_CONFLICT_METADATA:
      g_assert_not_reached ();
    case HASHIYA_CONFLICT_ACTOR:
    default:
      {
        g_autoptr(JsonObject) wrapper = json_object_new ();
        g_autoptr(JsonArray) actors = json_array_new ();
        g_autoptr(HashiyaCatalog) catalog = NULL;

        json_array_add_element (actors, json_node_copy (node));
        json_object_set_array_member (wrapper, "actors", json_array_ref (actors));
        catalog = _hashiya_catalog_read_object (wrapper, version_where, version_where, error);
        if (catalog == NULL)
          return FALSE;
        *version = G_OBJECT (g_object_ref (hashiya_catalog_get_actor (catalog, 0)));
        return TRUE;
      }
    }
}

/* One side's value of a metadata field: a string, checked as the
 * metadata's setters check it, or null. */
static gboolean
read_value (JsonObject   *object,
            const char   *member,
            const char   *field,
            const char  **value,
            const char   *where,
            GError      **error)
{
  g_autofree char *value_where = g_strdup_printf ("%s: %s", where, member);
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!hashiya_json_get_string (object, member, TRUE, value, where, error))
    return FALSE;
  if (g_str_equal (field, "title"))
    metadata->title = g_strdup (*value);
  else if (g_str_equal (field, "source"))
    metadata->source = g_strdup (*value);
  else if (g_str_equal (field, "date"))
    metadata->date = g_strdup (*value);
  else
    metadata->url = g_strdup (*value);
  if (!hashiya_metadata_check (metadata, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, "%s: %s", value_where, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static HashiyaConflict *
read_metadata_conflict (JsonObject  *object,
                        const char  *field,
                        const char  *where,
                        GError     **error)
{
  static const char * const known[] = { "kind", "id", "base", "a", "b", NULL };
  const char *base = NULL, *a = NULL, *b = NULL;

  if (!hashiya_json_check_members (object, known, where, error))
    return NULL;
  if (!hashiya_conflict_is_metadata_field (field))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"id\" is \"%s\"; a conflict on the metadata is on its \"title\", \"source\", "
                     "\"date\" or \"url\""), where, field);
      return NULL;
    }
  if (!json_object_has_member (object, "a") || !json_object_has_member (object, "b"))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: \"%s\" is missing"), where,
                   json_object_has_member (object, "a") ? "b" : "a");
      return NULL;
    }
  if (!read_value (object, "base", field, &base, where, error) ||
      !read_value (object, "a", field, &a, where, error) ||
      !read_value (object, "b", field, &b, where, error))
    return NULL;
  if (a == NULL && b == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: both versions are null; a conflict keeps at least one"), where);
      return NULL;
    }
  return hashiya_conflict_new_metadata (field, base, a, b);
}

static HashiyaConflict *
read_conflict (JsonNode         *node,
               HashiyaDocument  *document,
               const char       *where,
               GError          **error)
{
  static const char * const known[] = { "kind", "id", "base", "a", "a_author", "b", "b_author", NULL };
  g_autoptr(GObject) base = NULL;
  g_autoptr(GObject) a = NULL;
  g_autoptr(GObject) b = NULL;
  JsonObject *object;
  const char *kind_nick = NULL, *id = NULL, *a_author = NULL, *b_author = NULL;
  HashiyaConflictKind kind;

  if ((object = hashiya_json_node_as_object (node, where, error)) == NULL ||
      !hashiya_json_get_string (object, "kind", TRUE, &kind_nick, where, error) ||
      !hashiya_json_get_string (object, "id", TRUE, &id, where, error))
    return NULL;
  if (!hashiya_conflict_kind_from_nick (kind_nick, &kind))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"kind\" is \"%s\"; a conflict is on a \"mention\", a \"relation\", an \"actor\" "
                     "or the \"metadata\""),
                   where, kind_nick);
      return NULL;
    }
  if (kind == HASHIYA_CONFLICT_METADATA)
    return read_metadata_conflict (object, id, where, error);
  if (!hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "a_author", FALSE, &a_author, where, error) ||
      !hashiya_json_get_string (object, "b_author", FALSE, &b_author, where, error))
    return NULL;
  if (!read_version (object, "base", FALSE, kind, document, &base, where, error) ||
      !read_version (object, "a", TRUE, kind, document, &a, where, error) ||
      !read_version (object, "b", TRUE, kind, document, &b, where, error))
    return NULL;
  if (a == NULL && b == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: both versions are null; a conflict keeps at least one"), where);
      return NULL;
    }
  return hashiya_conflict_new (kind, id, base, a, b, a_author, b_author);
}

/**
 * _hashiya_format_read_conflicts:
 * @root: the file's object, whose mentions and relations are read into
 *   @document
 *
 * Reads "curated_from" and "conflicts", which a file of a version before
 * 6 may not have.
 */
gboolean
_hashiya_format_read_conflicts (JsonObject       *root,
                                guint             version,
                                HashiyaDocument  *document,
                                const char       *display_name,
                                GError          **error)
{
  const char *members[] = { "curated_from", "conflicts" };
  JsonObject *curated = NULL;
  JsonArray *conflicts = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    if (json_object_has_member (root, members[i]) && version < HASHIYA_FORMAT_CONFLICTS_VERSION)
      {
        g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                     _("%s: \"%s\" is a member of version %d and later; this file says version %u"),
                     display_name, members[i], HASHIYA_FORMAT_CONFLICTS_VERSION, version);
        return FALSE;
      }
  if (!hashiya_json_get_object (root, "curated_from", FALSE, &curated, display_name, error) ||
      !hashiya_json_get_array (root, "conflicts", FALSE, &conflicts, display_name, error))
    return FALSE;
  if (curated != NULL)
    {
      g_autofree char *where = g_strdup_printf ("%s: curated_from", display_name);

      if (!read_curation (curated, document, where, error))
        return FALSE;
    }
  for (guint i = 0; conflicts != NULL && i < json_array_get_length (conflicts); i++)
    {
      g_autofree char *where = g_strdup_printf (_("%s: conflict %u"), display_name, i + 1);
      g_autoptr(HashiyaConflict) conflict = read_conflict (json_array_get_element (conflicts, i), document, where, error);

      if (conflict == NULL)
        return FALSE;
      _hashiya_document_add_conflict (document, conflict);
    }
  return TRUE;
}
