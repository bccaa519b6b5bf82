/* hashiya-format-metadata.c — a .hashiya's "metadata" member (version 5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-error.h"
#include "hashiya-format-metadata.h"
#include "hashiya-json.h"

/* Version 5: "metadata", one line, only the members that have a value. */
void
_hashiya_format_append_metadata (GString               *out,
                                 const HashiyaMetadata *metadata)
{
  const char *names[] = { "title", "source", "date", "url" };
  const char *values[] = { metadata->title, metadata->source, metadata->date, metadata->url };
  gboolean first = TRUE;

  if (hashiya_metadata_is_empty (metadata))
    return;
  g_string_append (out, "  \"metadata\": {");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (values[i] != NULL)
      {
        g_string_append_printf (out, "%s\"%s\": ", first ? "" : ", ", names[i]);
        hashiya_json_append_string (out, values[i]);
        first = FALSE;
      }
  if (metadata->tags != NULL && metadata->tags[0] != NULL)
    {
      g_string_append_printf (out, "%s\"tags\": [", first ? "" : ", ");
      for (guint i = 0; metadata->tags[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          hashiya_json_append_string (out, metadata->tags[i]);
        }
      g_string_append_c (out, ']');
    }
  g_string_append (out, "},\n");
}

/* Version 5: the document's metadata, checked as the editing API checks
 * it. */
HashiyaMetadata *
_hashiya_format_read_metadata (JsonObject  *root,
                               const char  *display_name,
                               GError     **error)
{
  static const char * const known[] = { "title", "source", "date", "url", "tags", NULL };
  g_autofree char *where = g_strdup_printf (_("%s: metadata"), display_name);
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object = NULL;
  JsonArray *array = NULL;
  const char *title = NULL, *source = NULL, *date = NULL, *url = NULL;

  if (!hashiya_json_get_object (root, "metadata", FALSE, &object, display_name, error))
    return NULL;
  if (object == NULL)
    return g_steal_pointer (&metadata);
  if (!hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "title", FALSE, &title, where, error) ||
      !hashiya_json_get_string (object, "source", FALSE, &source, where, error) ||
      !hashiya_json_get_string (object, "date", FALSE, &date, where, error) ||
      !hashiya_json_get_string (object, "url", FALSE, &url, where, error) ||
      !hashiya_json_get_array (object, "tags", FALSE, &array, where, error))
    return NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: tag %u is not a string"), where, i + 1);
          return NULL;
        }
      g_ptr_array_add (tags, g_strdup (json_node_get_string (node)));
    }
  g_ptr_array_add (tags, NULL);
  metadata->title = g_strdup (title);
  metadata->source = g_strdup (source);
  metadata->date = g_strdup (date);
  metadata->url = g_strdup (url);
  g_strfreev (metadata->tags);
  metadata->tags = (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
  if (!hashiya_metadata_check (metadata, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&metadata);
}
