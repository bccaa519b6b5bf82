/* hashiya-corpus-file.c — corpus.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * {
 *   "format": "hashiya-corpus",
 *   "version": 1,
 *   "name": "3+3 talks",
 *   "catalog": {"name": "…",
 *     "actors": [ … ]},            or "catalog": "catalog.json"
 *   "relation_catalog": { … },     or a path; optional (the built-in one)
 *   "defaults": {"source": "…", "tags": [ … ]}     optional
 * }
 *
 * As the .hashiya file: a fixed order, one actor a line, load → save the
 * same bytes, unknown members refused.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-catalog-file.h"
#include "hashiya-catalog-file-private.h"
#include "hashiya-corpus-file.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-json.h"
#include "hashiya-relation-catalog-file.h"

#define FORMAT "hashiya-corpus"

HashiyaCorpusFile *
hashiya_corpus_file_new (const char             *name,
                         HashiyaCatalog         *catalog,
                         HashiyaRelationCatalog *relation_catalog)
{
  HashiyaCorpusFile *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  self = g_new0 (HashiyaCorpusFile, 1);
  self->name = g_strdup (name);
  self->catalog = hashiya_catalog_copy (catalog);
  self->has_relation_catalog = relation_catalog != NULL;
  self->relation_catalog = relation_catalog != NULL ? hashiya_relation_catalog_copy (relation_catalog)
                                                    : hashiya_relation_catalog_new_default ();
  self->defaults = hashiya_metadata_new ();
  return self;
}

HashiyaCorpusFile *
hashiya_corpus_file_copy (const HashiyaCorpusFile *self)
{
  HashiyaCorpusFile *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (HashiyaCorpusFile, 1);
  copy->name = g_strdup (self->name);
  copy->catalog = hashiya_catalog_copy (self->catalog);
  copy->catalog_path = g_strdup (self->catalog_path);
  copy->relation_catalog = hashiya_relation_catalog_copy (self->relation_catalog);
  copy->relation_catalog_path = g_strdup (self->relation_catalog_path);
  copy->has_relation_catalog = self->has_relation_catalog;
  copy->defaults = hashiya_metadata_copy (self->defaults);
  return copy;
}

void
hashiya_corpus_file_free (HashiyaCorpusFile *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_clear_object (&self->catalog);
  g_free (self->catalog_path);
  g_clear_object (&self->relation_catalog);
  g_free (self->relation_catalog_path);
  hashiya_metadata_free (self->defaults);
  g_free (self);
}

/* Writing */

static void
append_defaults (GString               *out,
                 const HashiyaMetadata *defaults)
{
  if (defaults->source == NULL && (defaults->tags == NULL || defaults->tags[0] == NULL))
    return;
  g_string_append (out, ",\n  \"defaults\": {");
  if (defaults->source != NULL)
    {
      g_string_append (out, "\"source\": ");
      hashiya_json_append_string (out, defaults->source);
    }
  if (defaults->tags != NULL && defaults->tags[0] != NULL)
    {
      g_string_append_printf (out, "%s\"tags\": [", defaults->source != NULL ? ", " : "");
      for (guint i = 0; defaults->tags[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          hashiya_json_append_string (out, defaults->tags[i]);
        }
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, '}');
}

/**
 * hashiya_corpus_file_to_bytes:
 *
 * Returns: (transfer full): corpus.json as it is written
 */
GBytes *
hashiya_corpus_file_to_bytes (const HashiyaCorpusFile *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  g_string_append_printf (out, "{\n  \"format\": \"" FORMAT "\",\n  \"version\": %d,\n  \"name\": ",
                          HASHIYA_CORPUS_FORMAT_VERSION);
  hashiya_json_append_string (out, self->name);
  g_string_append (out, ",\n  \"catalog\": ");
  if (self->catalog_path != NULL)
    hashiya_json_append_string (out, self->catalog_path);
  else
    {
      g_string_append (out, "{\"name\": ");
      hashiya_json_append_string (out, hashiya_catalog_get_name (self->catalog) ?: "");
      g_string_append (out, ",\n    ");
      _hashiya_catalog_append_actors (out, self->catalog, "    ");
      g_string_append_c (out, '}');
    }
  if (self->relation_catalog_path != NULL)
    {
      g_string_append (out, ",\n  \"relation_catalog\": ");
      hashiya_json_append_string (out, self->relation_catalog_path);
    }
  else if (self->has_relation_catalog)
    {
      g_string_append (out, ",\n  \"relation_catalog\": ");
      hashiya_relation_catalog_append_json (self->relation_catalog, out);
    }
  append_defaults (out, self->defaults);
  g_string_append (out, "\n}\n");
  return g_string_free_to_bytes (out);
}

static char *
resolve (GFile      *folder,
         const char *path)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (folder, path);

  return g_file_get_path (file);
}

/**
 * hashiya_corpus_file_write:
 *
 * Writes the catalogue files that corpus.json names, then corpus.json,
 * each atomically: a failure leaves each file as it was or as it is to be.
 */
gboolean
hashiya_corpus_file_write (const HashiyaCorpusFile  *self,
                           GFile                    *folder,
                           GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (self->catalog_path != NULL)
    {
      g_autoptr(GBytes) catalog = hashiya_catalog_write (self->catalog);
      g_autofree char *catalog_path = resolve (folder, self->catalog_path);

      if (!hashiya_file_write_atomic (catalog_path, catalog, error))
        return FALSE;
    }
  if (self->relation_catalog_path != NULL)
    {
      g_autoptr(GBytes) relations = hashiya_relation_catalog_write (self->relation_catalog);
      g_autofree char *relations_path = resolve (folder, self->relation_catalog_path);

      if (!hashiya_file_write_atomic (relations_path, relations, error))
        return FALSE;
    }
  bytes = hashiya_corpus_file_to_bytes (self);
  path = resolve (folder, HASHIYA_CORPUS_FILE_NAME);
  return hashiya_file_write_atomic (path, bytes, error);
}

/* Reading */

static gboolean
read_defaults (JsonObject       *root,
               HashiyaMetadata  *defaults,
               const char       *display_name,
               GError          **error)
{
  static const char * const known[] = { "source", "tags", NULL };
  g_autofree char *where = g_strdup_printf (_("%s: defaults"), display_name);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object = NULL;
  JsonArray *array = NULL;
  const char *source = NULL;

  if (!hashiya_json_get_object (root, "defaults", FALSE, &object, display_name, error))
    return FALSE;
  if (object == NULL)
    return TRUE;
  if (!hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "source", FALSE, &source, where, error) ||
      !hashiya_json_get_array (object, "tags", FALSE, &array, where, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: tag %u is not a string"), where, i + 1);
          return FALSE;
        }
      g_ptr_array_add (tags, g_strdup (json_node_get_string (node)));
    }
  g_ptr_array_add (tags, NULL);
  defaults->source = g_strdup (source);
  g_strfreev (defaults->tags);
  defaults->tags = (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
  if (!hashiya_metadata_check (defaults, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* "catalog" (or "relation_catalog"): an object, or the path of a file,
 * relative to the folder. */
static gboolean
get_object_or_path (JsonObject   *root,
                    const char   *member,
                    JsonObject  **object,
                    const char  **path,
                    const char   *display_name,
                    GError      **error)
{
  JsonNode *node = json_object_get_member (root, member);

  *object = NULL;
  *path = NULL;
  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
      json_node_get_string (node)[0] != '\0')
    {
      *path = json_node_get_string (node);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      *object = json_node_get_object (node);
      return TRUE;
    }
  g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
               _("%s: \"%s\" must be an object or the path of a file"), display_name, member);
  return FALSE;
}

/**
 * hashiya_corpus_file_read:
 *
 * Reads FOLDER/corpus.json and the catalogue files it names. Errors name
 * the file as the user gave the folder ("news/corpus.json: …").
 *
 * Returns: (transfer full): what it says, or %NULL with @error set
 */
HashiyaCorpusFile *
hashiya_corpus_file_read (GFile   *folder,
                          GError **error)
{
  static const char * const known[] = { "format", "version", "name", "catalog", "relation_catalog",
                                        "defaults", NULL };
  static const char * const known_catalog[] = { "name", "actors", NULL };
  g_autoptr(HashiyaCorpusFile) self = g_new0 (HashiyaCorpusFile, 1);
  g_autoptr(GFile) file = g_file_get_child (folder, HASHIYA_CORPUS_FILE_NAME);
  g_autofree char *display_name = g_file_get_path (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *catalog_object, *relation_object;
  const char *name = NULL, *catalog_path, *relation_path;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self->defaults = hashiya_metadata_new ();
  if ((bytes = hashiya_file_read_limited (display_name, 64 * 1024 * 1024, error)) == NULL ||
      (root = hashiya_json_parse (bytes, display_name, error)) == NULL ||
      (object = hashiya_json_node_as_object (root, display_name, error)) == NULL ||
      !hashiya_json_check_header (object, FORMAT, HASHIYA_CORPUS_FORMAT_VERSION, display_name, error) ||
      !hashiya_json_check_members (object, known, display_name, error) ||
      !hashiya_json_get_string (object, "name", TRUE, &name, display_name, error) ||
      !get_object_or_path (object, "catalog", &catalog_object, &catalog_path, display_name, error) ||
      !get_object_or_path (object, "relation_catalog", &relation_object, &relation_path, display_name, error) ||
      !read_defaults (object, self->defaults, display_name, error))
    return NULL;
  self->name = g_strdup (name);

  if (catalog_path != NULL)
    {
      g_autofree char *path = resolve (folder, catalog_path);

      self->catalog_path = g_strdup (catalog_path);
      if ((self->catalog = hashiya_catalog_load_file (path, error)) == NULL)
        return NULL;
    }
  else if (catalog_object != NULL)
    {
      g_autofree char *where = g_strdup_printf (_("%s: catalog"), display_name);

      if (!hashiya_json_check_members (catalog_object, known_catalog, where, error) ||
          (self->catalog = _hashiya_catalog_read_object (catalog_object, display_name, where, error)) == NULL)
        return NULL;
    }
  else
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"catalog\" is missing: the corpus's actor catalogue, or the path of its file"),
                   display_name);
      return NULL;
    }

  self->has_relation_catalog = relation_path != NULL || relation_object != NULL;
  if (relation_path != NULL)
    {
      g_autofree char *path = resolve (folder, relation_path);

      self->relation_catalog_path = g_strdup (relation_path);
      if ((self->relation_catalog = hashiya_relation_catalog_load_file (path, error)) == NULL)
        return NULL;
    }
  else if (relation_object != NULL)
    {
      g_autofree char *where = g_strdup_printf (_("%s: relation_catalog"), display_name);

      if ((self->relation_catalog = hashiya_relation_catalog_from_json (relation_object, where, error)) == NULL)
        return NULL;
    }
  else
    self->relation_catalog = hashiya_relation_catalog_new_default ();

  return g_steal_pointer (&self);
}
