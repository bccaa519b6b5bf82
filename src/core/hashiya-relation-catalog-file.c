/* hashiya-relation-catalog-file.c — the relation catalogue file, and the
 * built-in relation catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A relation catalogue file ("format": "hashiya-relations") holds a name,
 * the colour of each quad class and the relation types, one a line, in a
 * fixed order of members, so that reading a file and writing it again
 * gives the same bytes. A .hashiya file holds the same object, without
 * "format" and "version", in its "relation_catalog" member: the .hashiya
 * codec reads and writes it with hashiya_relation_catalog_from_json() and
 * hashiya_relation_catalog_append_json().
 */

#define G_LOG_DOMAIN "hashiya-relation-catalog-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-actor.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-json.h"
#include "hashiya-relation-catalog-file.h"

#define FORMAT "hashiya-relations"
#define N_QUAD_CLASSES (HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT + 1)

/* Writing */

static const char *
quad_nick (HashiyaQuadClass quad_class)
{
  return hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, quad_class);
}

static void
append_type (GString             *out,
             HashiyaRelationType *type)
{
  const char * const *triggers = hashiya_relation_type_get_triggers (type);
  const char *name_ar = hashiya_relation_type_get_name_ar (type);
  const char *name_en = hashiya_relation_type_get_name_en (type);

  g_string_append (out, "{\"id\": ");
  hashiya_json_append_string (out, hashiya_relation_type_get_id (type));
  g_string_append (out, ", \"name\": {");
  if (name_ar != NULL)
    {
      g_string_append (out, "\"ar\": ");
      hashiya_json_append_string (out, name_ar);
    }
  if (name_en != NULL)
    {
      g_string_append (out, name_ar != NULL ? ", \"en\": " : "\"en\": ");
      hashiya_json_append_string (out, name_en);
    }
  g_string_append_c (out, '}');
  if (hashiya_relation_type_get_cameo (type) != NULL)
    hashiya_json_append_member (out, "cameo", hashiya_relation_type_get_cameo (type));
  hashiya_json_append_member (out, "quad_class", quad_nick (hashiya_relation_type_get_quad_class (type)));
  g_string_append_printf (out, ", \"mutual\": %s, \"triggers\": [",
                          hashiya_relation_type_get_mutual (type) ? "true" : "false");
  for (guint i = 0; triggers[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      hashiya_json_append_string (out, triggers[i]);
    }
  g_string_append (out, "]}");
}

/* "name", "quad_colors" and "types", the types one a line after @indent
 * and two spaces; "quad_colors" follows @colors_separator, "types"
 * @types_separator. */
static void
append_members (GString                *out,
                HashiyaRelationCatalog *self,
                const char             *colors_separator,
                const char             *types_separator,
                const char             *indent)
{
  guint n = hashiya_relation_catalog_get_n_types (self);

  g_string_append (out, "\"name\": ");
  hashiya_json_append_string (out, hashiya_relation_catalog_get_name (self) ?: "");
  g_string_append_printf (out, "%s\"quad_colors\": {", colors_separator);
  for (guint i = 0; i < N_QUAD_CLASSES; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      hashiya_json_append_string (out, quad_nick (i));
      g_string_append (out, ": ");
      hashiya_json_append_string (out, hashiya_relation_catalog_get_quad_color (self, i));
    }
  g_string_append_printf (out, "}%s\"types\": [", types_separator);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out, "%s\n%s  ", i > 0 ? "," : "", indent);
      append_type (out, hashiya_relation_catalog_get_relation_type (self, i));
    }
  if (n > 0)
    g_string_append_printf (out, "\n%s", indent);
  g_string_append_c (out, ']');
}

/**
 * hashiya_relation_catalog_append_json:
 *
 * Appends the catalogue as the object a .hashiya file holds in its
 * "relation_catalog" member, the types one a line, indented as the
 * file's members are:
 *
 * |[
 * {"name": "…", "quad_colors": {…},
 *     "types": [
 *       {"id": "agree", …},
 *       …
 *     ]}
 * ]|
 */
void
hashiya_relation_catalog_append_json (HashiyaRelationCatalog *self,
                                      GString                *out)
{
  g_return_if_fail (HASHIYA_IS_RELATION_CATALOG (self));
  g_return_if_fail (out != NULL);

  g_string_append_c (out, '{');
  append_members (out, self, ", ", ",\n    ", "    ");
  g_string_append_c (out, '}');
}

/**
 * hashiya_relation_catalog_write:
 *
 * Returns: (transfer full): the catalogue as a relation catalogue file
 */
GBytes *
hashiya_relation_catalog_write (HashiyaRelationCatalog *self)
{
  GString *out;

  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), NULL);

  out = g_string_new (NULL);
  g_string_append_printf (out, "{\n  \"format\": \"" FORMAT "\",\n  \"version\": %d,\n  ",
                          HASHIYA_RELATION_CATALOG_FORMAT_VERSION);
  append_members (out, self, ",\n  ", ",\n  ", "  ");
  g_string_append (out, "\n}\n");
  return g_string_free_to_bytes (out);
}

/* Reading */

static gboolean
read_triggers (JsonObject  *object,
               char      ***triggers,
               const char  *where,
               GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = NULL;
  guint n;

  if (!hashiya_json_get_array (object, "triggers", FALSE, &array, where, error))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: trigger %u must be a string"), where, i + 1);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  *triggers = g_strv_builder_end (builder);
  return TRUE;
}

static HashiyaRelationType *
read_type (JsonNode    *node,
           const char  *where,
           GError     **error)
{
  static const char * const known[] = { "id", "name", "cameo", "quad_class", "mutual", "triggers", NULL };
  static const char * const known_names[] = { "ar", "en", NULL };
  g_autoptr(HashiyaRelationType) type = NULL;
  g_autofree char *name_where = NULL;
  g_auto(GStrv) triggers = NULL;
  JsonObject *object;
  JsonObject *names = NULL;
  const char *id = NULL, *name_ar = NULL, *name_en = NULL, *cameo = NULL, *quad = NULL;
  int quad_class = HASHIYA_QUAD_CLASS_VERBAL_COOPERATION;
  gboolean mutual = FALSE;

  if ((object = hashiya_json_node_as_object (node, where, error)) == NULL ||
      !hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "id", TRUE, &id, where, error) ||
      !hashiya_json_get_object (object, "name", TRUE, &names, where, error))
    return NULL;

  name_where = g_strdup_printf (_("%s: name"), where);
  if (!hashiya_json_check_members (names, known_names, name_where, error) ||
      !hashiya_json_get_string (names, "ar", FALSE, &name_ar, name_where, error) ||
      !hashiya_json_get_string (names, "en", FALSE, &name_en, name_where, error) ||
      !hashiya_json_get_string (object, "cameo", FALSE, &cameo, where, error) ||
      !hashiya_json_get_string (object, "quad_class", TRUE, &quad, where, error) ||
      !hashiya_json_get_enum (object, "quad_class", HASHIYA_TYPE_QUAD_CLASS, &quad_class, where, error) ||
      !hashiya_json_get_boolean (object, "mutual", FALSE, &mutual, where, error) ||
      !read_triggers (object, &triggers, where, error))
    return NULL;

  type = hashiya_relation_type_new (id, name_ar, name_en, quad_class, mutual);
  hashiya_relation_type_set_cameo (type, cameo);
  hashiya_relation_type_set_triggers (type, (const char * const *) triggers);
  return g_steal_pointer (&type);
}

static gboolean
read_quad_colors (JsonObject              *object,
                  HashiyaRelationCatalog  *catalog,
                  const char              *display_name,
                  GError                 **error)
{
  g_autofree char *where = g_strdup_printf (_("%s: quad_colors"), display_name);
  JsonObject *colors = NULL;
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  if (!hashiya_json_get_object (object, "quad_colors", FALSE, &colors, display_name, error))
    return FALSE;
  if (colors == NULL)
    return TRUE;

  json_object_iter_init (&iter, colors);
  while (json_object_iter_next (&iter, &member, &node))
    {
      const char *color = NULL;
      int quad_class;

      if (!hashiya_enum_from_nick (HASHIYA_TYPE_QUAD_CLASS, member, &quad_class))
        {
          g_autofree char *allowed = hashiya_enum_list_nicks (HASHIYA_TYPE_QUAD_CLASS);

          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: unknown quad class \"%s\"; it must be one of %s"), where, member, allowed);
          return FALSE;
        }
      if (!hashiya_json_get_string (colors, member, TRUE, &color, where, error))
        return FALSE;
      if (!hashiya_color_is_valid (color))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: \"%s\" is \"%s\", not a colour of the form #rrggbb"), where, member, color);
          return FALSE;
        }
      hashiya_relation_catalog_set_quad_color (catalog, quad_class, color);
    }
  return TRUE;
}

/* A catalogue from the members "name", "quad_colors" and "types" of
 * @object, which the caller has checked. */
static HashiyaRelationCatalog *
read_members (JsonObject  *object,
              const char  *display_name,
              GError     **error)
{
  g_autoptr(HashiyaRelationCatalog) catalog = NULL;
  const char *name = NULL;
  JsonArray *types = NULL;
  guint n;

  if (!hashiya_json_get_string (object, "name", FALSE, &name, display_name, error) ||
      !hashiya_json_get_array (object, "types", TRUE, &types, display_name, error))
    return NULL;

  catalog = hashiya_relation_catalog_new (name);
  if (!read_quad_colors (object, catalog, display_name, error))
    return NULL;

  n = json_array_get_length (types);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = g_strdup_printf (_("%s: type %u"), display_name, i + 1);
      g_autoptr(HashiyaRelationType) type = NULL;
      g_autoptr(GError) local_error = NULL;

      type = read_type (json_array_get_element (types, i), where, error);
      if (type == NULL)
        return NULL;
      if (!hashiya_relation_catalog_add (catalog, type, &local_error))
        {
          g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&catalog);
}

/**
 * hashiya_relation_catalog_from_json:
 * @object: a .hashiya file's "relation_catalog"
 * @display_name: how errors name @object, such as "doc.hashiya:
 *   relation_catalog"
 *
 * Reads the catalogue that hashiya_relation_catalog_append_json() wrote.
 * Errors read "DISPLAY_NAME: type 3: …".
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
HashiyaRelationCatalog *
hashiya_relation_catalog_from_json (JsonObject  *object,
                                    const char  *display_name,
                                    GError     **error)
{
  static const char * const known[] = { "name", "quad_colors", "types", NULL };

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!hashiya_json_check_members (object, known, display_name, error))
    return NULL;
  return read_members (object, display_name, error);
}

/**
 * hashiya_relation_catalog_read:
 *
 * Reads a relation catalogue file ("format": "hashiya-relations").
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
HashiyaRelationCatalog *
hashiya_relation_catalog_read (GBytes      *bytes,
                               const char  *display_name,
                               GError     **error)
{
  static const char * const known[] = { "format", "version", "name", "quad_colors", "types", NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if ((root = hashiya_json_parse (bytes, display_name, error)) == NULL ||
      (object = hashiya_json_node_as_object (root, display_name, error)) == NULL ||
      !hashiya_json_check_header (object, FORMAT, HASHIYA_RELATION_CATALOG_FORMAT_VERSION, display_name, error) ||
      !hashiya_json_check_members (object, known, display_name, error))
    return NULL;

  return read_members (object, display_name, error);
}

HashiyaRelationCatalog *
hashiya_relation_catalog_load_file (const char  *path,
                                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if ((bytes = hashiya_file_read (path, error)) == NULL)
    return NULL;
  return hashiya_relation_catalog_read (bytes, path, error);
}

/**
 * hashiya_relation_catalog_new_default:
 *
 * The built-in catalogue, read once: the 16 relation types of PLOVER, with
 * their CAMEO root codes and Arabic triggers.
 *
 * Returns: (transfer full): a new copy of it
 */
HashiyaRelationCatalog *
hashiya_relation_catalog_new_default (void)
{
  static gsize initialized;
  static HashiyaRelationCatalog *builtin;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      hashiya_core_ensure_resources ();
      bytes = g_resources_lookup_data (HASHIYA_DEFAULT_RELATION_CATALOG_RESOURCE, 0, &error);
      if (bytes != NULL)
        builtin = hashiya_relation_catalog_read (bytes, "relations.json", &error);

      /* It is built in and tested: failing here is a bug, not bad input. */
      if (builtin == NULL)
        g_error ("The built-in relation catalogue is broken: %s", error->message);
      g_once_init_leave (&initialized, 1);
    }

  return hashiya_relation_catalog_copy (builtin);
}
