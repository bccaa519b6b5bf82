/* hashiya-catalog-file.c — the catalogue file, and the built-in catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A catalogue file holds the actors of a .hashiya's "catalog" member on
 * their own ("format": "hashiya-catalog"); the .hashiya codec writes and
 * reads its catalogue with the same functions.
 */

#define G_LOG_DOMAIN "hashiya-catalog-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-catalog-file.h"
#include "hashiya-catalog-file-private.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-json.h"

/* Writing */

/**
 * _hashiya_catalog_append_actor:
 *
 * Appends @actor as a catalogue writes it: one JSON object, on one line.
 */
void
_hashiya_catalog_append_actor (GString      *out,
                               HashiyaActor *actor)
{
  const char * const *aliases = hashiya_actor_get_aliases (actor);
  const char *optional[][2] = {
    { "color", hashiya_actor_get_color (actor) },
    { "description", hashiya_actor_get_description (actor) },
    { "wikidata", hashiya_actor_get_wikidata (actor) },
  };

  g_string_append (out, "{\"id\": ");
  hashiya_json_append_string (out, hashiya_actor_get_id (actor));
  hashiya_json_append_member (out, "kind",
                              hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, hashiya_actor_get_kind (actor)));
  g_string_append (out, ", \"name\": {");
  if (hashiya_actor_get_name_ar (actor) != NULL)
    {
      g_string_append (out, "\"ar\": ");
      hashiya_json_append_string (out, hashiya_actor_get_name_ar (actor));
    }
  if (hashiya_actor_get_name_en (actor) != NULL)
    {
      if (hashiya_actor_get_name_ar (actor) != NULL)
        g_string_append (out, ", ");
      g_string_append (out, "\"en\": ");
      hashiya_json_append_string (out, hashiya_actor_get_name_en (actor));
    }
  g_string_append_c (out, '}');
  if (aliases[0] != NULL)
    {
      g_string_append (out, ", \"aliases\": [");
      for (guint i = 0; aliases[i] != NULL; i++)
        {
          const char *type = hashiya_actor_get_alias_type (actor, aliases[i]);

          if (i > 0)
            g_string_append (out, ", ");
          if (type == NULL)
            {
              hashiya_json_append_string (out, aliases[i]);
              continue;
            }
          g_string_append (out, "{\"text\": ");
          hashiya_json_append_string (out, aliases[i]);
          hashiya_json_append_member (out, "type", type);
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');
    }
  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    if (optional[i][1] != NULL)
      hashiya_json_append_member (out, optional[i][0], optional[i][1]);
  g_string_append_c (out, '}');
}

/**
 * _hashiya_catalog_append_actors:
 * @indent: the indent of the line that holds "actors"
 *
 * Appends "actors": [ … ], one actor a line.
 */
void
_hashiya_catalog_append_actors (GString        *out,
                                HashiyaCatalog *catalog,
                                const char     *indent)
{
  guint n = hashiya_catalog_get_n_actors (catalog);

  g_string_append (out, "\"actors\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out, "%s\n%s  ", i > 0 ? "," : "", indent);
      _hashiya_catalog_append_actor (out, hashiya_catalog_get_actor (catalog, i));
    }
  g_string_append_printf (out, "%s]", n > 0 ? "\n" : "");
  if (n > 0)
    g_string_insert (out, out->len - 1, indent);
}

/**
 * hashiya_catalog_write:
 *
 * Returns: (transfer full): the catalogue as a catalogue file
 */
GBytes *
hashiya_catalog_write (HashiyaCatalog *catalog)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  g_string_append_printf (out, "{\n  \"format\": \"hashiya-catalog\",\n  \"version\": %d,\n  \"name\": ",
                          HASHIYA_CATALOG_FORMAT_VERSION);
  hashiya_json_append_string (out, hashiya_catalog_get_name (catalog) ?: "");
  g_string_append (out, ",\n  ");
  _hashiya_catalog_append_actors (out, catalog, "  ");
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
}

/* Reading */

/* "aliases": a list of strings, or of {"text": …, "type": …} for an alias
 * that always means one mention type (a capital, a title). */
static gboolean
read_aliases (JsonObject   *object,
              char       ***aliases,
              char       ***types,
              const char   *where,
              GError      **error)
{
  static const char * const known[] = { "text", "type", NULL };
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) nicks = g_strv_builder_new ();
  JsonArray *array = NULL;
  guint n;

  if (!hashiya_json_get_array (object, "aliases", FALSE, &array, where, error))
    return FALSE;

  n = array != NULL ? json_array_get_length (array) : 0;
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *item_where = g_strdup_printf (_("%s: alias %u"), where, i + 1);
      const char *text = NULL;
      const char *type = NULL;
      int value;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        text = json_node_get_string (node);
      else
        {
          JsonObject *item = hashiya_json_node_as_object (node, item_where, error);

          if (item == NULL ||
              !hashiya_json_check_members (item, known, item_where, error) ||
              !hashiya_json_get_string (item, "text", TRUE, &text, item_where, error) ||
              !hashiya_json_get_enum (item, "type", HASHIYA_TYPE_MENTION_TYPE, &value, item_where, error) ||
              !hashiya_json_get_string (item, "type", FALSE, &type, item_where, error))
            return FALSE;
        }

      g_strv_builder_add (texts, text);
      g_strv_builder_add (nicks, type != NULL ? type : "");
    }

  *aliases = g_strv_builder_end (texts);
  *types = g_strv_builder_end (nicks);
  return TRUE;
}

static HashiyaActor *
read_actor (JsonNode    *node,
            const char  *where,
            GError     **error)
{
  static const char * const known[] = { "id", "kind", "name", "aliases", "color",
                                        "description", "wikidata", NULL };
  static const char * const known_names[] = { "ar", "en", NULL };
  g_autoptr(HashiyaActor) actor = NULL;
  g_auto(GStrv) aliases = NULL;
  g_auto(GStrv) alias_types = NULL;
  g_autofree char *name_where = NULL;
  JsonObject *object;
  JsonObject *names = NULL;
  const char *id = NULL, *name_ar = NULL, *name_en = NULL;
  const char *color = NULL, *description = NULL, *wikidata = NULL;
  int kind = HASHIYA_ACTOR_KIND_OTHER;

  if ((object = hashiya_json_node_as_object (node, where, error)) == NULL ||
      !hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "id", TRUE, &id, where, error) ||
      !hashiya_json_get_enum (object, "kind", HASHIYA_TYPE_ACTOR_KIND, &kind, where, error) ||
      !hashiya_json_get_object (object, "name", TRUE, &names, where, error))
    return NULL;

  name_where = g_strdup_printf (_("%s: name"), where);
  if (!hashiya_json_check_members (names, known_names, name_where, error) ||
      !hashiya_json_get_string (names, "ar", FALSE, &name_ar, name_where, error) ||
      !hashiya_json_get_string (names, "en", FALSE, &name_en, name_where, error) ||
      !read_aliases (object, &aliases, &alias_types, where, error) ||
      !hashiya_json_get_string (object, "color", FALSE, &color, where, error) ||
      !hashiya_json_get_string (object, "description", FALSE, &description, where, error) ||
      !hashiya_json_get_string (object, "wikidata", FALSE, &wikidata, where, error))
    return NULL;

  if (!hashiya_actor_is_valid_id (id))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: id \"%s\" is not valid: use lower-case ASCII letters, digits "
                   "and single hyphens"), where, id);
      return NULL;
    }

  actor = hashiya_actor_new (id, kind, name_ar, name_en);
  hashiya_actor_set_aliases (actor, (const char * const *) aliases);
  hashiya_actor_set_alias_types (actor, (const char * const *) alias_types);
  hashiya_actor_set_color (actor, color);
  hashiya_actor_set_description (actor, description);
  hashiya_actor_set_wikidata (actor, wikidata);

  return g_steal_pointer (&actor);
}

static gboolean
read_actors (JsonArray       *actors,
             HashiyaCatalog  *catalog,
             const char      *display_name,
             GError         **error)
{
  guint n = json_array_get_length (actors);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = g_strdup_printf (_("%s: actor %u"), display_name, i + 1);
      g_autoptr(HashiyaActor) actor = NULL;
      g_autoptr(GError) local_error = NULL;

      actor = read_actor (json_array_get_element (actors, i), where, error);
      if (actor == NULL)
        return FALSE;
      if (!hashiya_catalog_insert (catalog, i, actor, &local_error))
        {
          g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * _hashiya_catalog_read_object:
 * @where: how errors name @object
 *
 * A catalogue from its "name" and "actors" members; errors on an actor
 * read "DISPLAY_NAME: actor 3: …".
 */
HashiyaCatalog *
_hashiya_catalog_read_object (JsonObject  *object,
                              const char  *display_name,
                              const char  *where,
                              GError     **error)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  const char *name = NULL;
  JsonArray *actors = NULL;

  if (!hashiya_json_get_string (object, "name", FALSE, &name, where, error) ||
      !hashiya_json_get_array (object, "actors", TRUE, &actors, where, error))
    return NULL;

  catalog = hashiya_catalog_new (name);
  if (!read_actors (actors, catalog, display_name, error))
    return NULL;

  return g_steal_pointer (&catalog);
}

/**
 * hashiya_catalog_read:
 *
 * Reads a catalogue file ("format": "hashiya-catalog").
 */
HashiyaCatalog *
hashiya_catalog_read (GBytes      *bytes,
                      const char  *display_name,
                      GError     **error)
{
  static const char * const known[] = { "format", "version", "name", "actors", NULL };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  g_return_val_if_fail (bytes != NULL, NULL);

  if ((root = hashiya_json_parse (bytes, display_name, error)) == NULL ||
      (object = hashiya_json_node_as_object (root, display_name, error)) == NULL ||
      !hashiya_json_check_header (object, "hashiya-catalog", HASHIYA_CATALOG_FORMAT_VERSION, display_name, error) ||
      !hashiya_json_check_members (object, known, display_name, error))
    return NULL;

  return _hashiya_catalog_read_object (object, display_name, display_name, error);
}

/**
 * hashiya_catalog_new_default:
 *
 * Returns: (transfer full): a new copy of the default catalogue, the
 *   actors of the 3+3 South Caucasus talks
 */
HashiyaCatalog *
hashiya_catalog_new_default (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog;

  hashiya_core_ensure_resources ();
  bytes = g_resources_lookup_data (HASHIYA_DEFAULT_CATALOG_RESOURCE, 0, &error);
  if (bytes != NULL)
    catalog = hashiya_catalog_read (bytes, "3plus3.json", &error);
  else
    catalog = NULL;

  /* It is built in and tested: failing here is a bug, not bad input. */
  if (catalog == NULL)
    g_error ("The built-in catalogue is broken: %s", error->message);

  return catalog;
}

HashiyaCatalog *
hashiya_catalog_load_file (const char  *path,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if ((bytes = hashiya_file_read (path, error)) == NULL)
    return NULL;

  return hashiya_catalog_read (bytes, path, error);
}
