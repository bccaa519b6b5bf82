/* hashiya-network-positions.c — where the actors of a network stand, and
 * the ones the user put in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A layout starts from these positions and writes its results back, so
 * that a filter change or another session moves nothing that stays; a
 * pinned position (an actor the user dragged) is never moved by a
 * layout. They are kept outside the .hashiya file, which they are not
 * part of:
 *
 *   - for a document, in $XDG_STATE_HOME/hashiya/networks/SHA-256.json,
 *     named by the SHA-256 of its text: a document that is moved or
 *     renamed keeps them, and two annotations of one text share them;
 *   - for a corpus, in network-positions.json in its folder, so that
 *     they travel with it.
 *
 *   {
 *     "format": "hashiya-network-positions",
 *     "version": 1,
 *     "seed": 1,
 *     "positions": [
 *       {"actor": "azerbaijan", "x": 0.25, "y": -1.5, "pinned": true}
 *     ]
 *   }
 *
 * Coordinates are the layout's units (an actor's neighbours are about one
 * apart); positions are sorted by actor id, one a line.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-json.h"
#include "hashiya-network-positions.h"

#define FORMAT_NAME "hashiya-network-positions"
#define FILE_NAME   "network-positions.json"

typedef struct
{
  double   x;
  double   y;
  gboolean pinned;
} Position;

struct _HashiyaNetworkPositions
{
  GObject     parent_instance;

  GHashTable *positions;   /* actor id → Position */
  guint32     seed;
};

G_DEFINE_FINAL_TYPE (HashiyaNetworkPositions, hashiya_network_positions, G_TYPE_OBJECT)

static void
hashiya_network_positions_finalize (GObject *object)
{
  HashiyaNetworkPositions *self = HASHIYA_NETWORK_POSITIONS (object);

  g_clear_pointer (&self->positions, g_hash_table_unref);

  G_OBJECT_CLASS (hashiya_network_positions_parent_class)->finalize (object);
}

static void
hashiya_network_positions_class_init (HashiyaNetworkPositionsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_network_positions_finalize;
}

static void
hashiya_network_positions_init (HashiyaNetworkPositions *self)
{
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->seed = 1;
}

/**
 * hashiya_network_positions_new:
 *
 * Returns: (transfer full): no positions, and the seed 1
 */
HashiyaNetworkPositions *
hashiya_network_positions_new (void)
{
  return g_object_new (HASHIYA_TYPE_NETWORK_POSITIONS, NULL);
}

static gboolean
get_number (JsonObject  *object,
            const char  *member,
            double      *value,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: “%s” is missing"), where, member);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64) ||
      !isfinite (json_node_get_double (node)))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: “%s” must be a number"), where, member);
      return FALSE;
    }
  *value = json_node_get_double (node);
  return TRUE;
}

static gboolean
read_positions (HashiyaNetworkPositions  *self,
                GBytes                   *bytes,
                const char               *path,
                GError                  **error)
{
  static const char * const root_members[] = { "format", "version", "seed", "positions", NULL };
  static const char * const members[] = { "actor", "x", "y", "pinned", NULL };
  g_autoptr(JsonNode) root_node = NULL;
  JsonObject *root;
  JsonArray *positions = NULL;
  guint seed = 1;

  root_node = hashiya_json_parse (bytes, path, error);
  if (root_node == NULL || (root = hashiya_json_node_as_object (root_node, path, error)) == NULL)
    return FALSE;
  if (!hashiya_json_check_header (root, FORMAT_NAME, HASHIYA_NETWORK_POSITIONS_FORMAT_VERSION, path, error) ||
      !hashiya_json_check_members (root, root_members, path, error) ||
      !hashiya_json_get_uint (root, "seed", FALSE, &seed, path, error) ||
      !hashiya_json_get_array (root, "positions", TRUE, &positions, path, error))
    return FALSE;
  self->seed = seed;

  for (guint i = 0; i < json_array_get_length (positions); i++)
    {
      g_autofree char *where = g_strdup_printf (_("%s: position %u"), path, i + 1);
      JsonObject *item = hashiya_json_node_as_object (json_array_get_element (positions, i), where, error);
      const char *actor = NULL;
      gboolean pinned = FALSE;
      double x, y;

      if (item == NULL ||
          !hashiya_json_check_members (item, members, where, error) ||
          !hashiya_json_get_string (item, "actor", TRUE, &actor, where, error) ||
          !get_number (item, "x", &x, where, error) ||
          !get_number (item, "y", &y, where, error) ||
          !hashiya_json_get_boolean (item, "pinned", FALSE, &pinned, where, error))
        return FALSE;
      if (g_hash_table_contains (self->positions, actor))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                       _("%s: the actor “%s” has a position already"), where, actor);
          return FALSE;
        }
      hashiya_network_positions_set (self, actor, x, y, pinned);
    }
  return TRUE;
}

/**
 * hashiya_network_positions_load:
 *
 * Returns: (transfer full) (nullable): the positions in @path, or %NULL
 *   with an error that names the file and the position
 */
HashiyaNetworkPositions *
hashiya_network_positions_load (const char  *path,
                                GError     **error)
{
  g_autoptr(HashiyaNetworkPositions) self = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = hashiya_file_read_limited (path, 64u << 20, error);
  if (bytes == NULL)
    return NULL;
  self = hashiya_network_positions_new ();
  if (!read_positions (self, bytes, path, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * hashiya_network_positions_load_or_new:
 *
 * Returns: (transfer full) (nullable): the positions in @path, or none
 *   when there is no such file; %NULL when it cannot be read
 */
HashiyaNetworkPositions *
hashiya_network_positions_load_or_new (const char  *path,
                                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  HashiyaNetworkPositions *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = hashiya_network_positions_load (path, &local_error);
  if (self != NULL)
    return self;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
      g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    return hashiya_network_positions_new ();
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
}

/**
 * hashiya_network_positions_to_bytes:
 *
 * Returns: (transfer full): the file, positions sorted by actor id
 */
GBytes *
hashiya_network_positions_to_bytes (HashiyaNetworkPositions *self)
{
  g_autofree const char **ids = NULL;
  guint n_ids = 0;
  GString *out;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self), NULL);

  ids = (const char **) g_hash_table_get_keys_as_array (self->positions, &n_ids);
  qsort (ids, n_ids, sizeof *ids, compare_ids);
  out = g_string_new ("{\n");
  g_string_append_printf (out, "  \"format\": \"%s\",\n  \"version\": %d,\n  \"seed\": %u,\n  \"positions\": [",
                          FORMAT_NAME, HASHIYA_NETWORK_POSITIONS_FORMAT_VERSION, self->seed);
  for (guint i = 0; i < n_ids; i++)
    {
      const char *id = ids[i];
      Position *position = g_hash_table_lookup (self->positions, id);

      g_string_append (out, i == 0 ? "\n    {\"actor\": " : ",\n    {\"actor\": ");
      hashiya_json_append_string (out, id);
      g_string_append (out, ", \"x\": ");
      append_number (out, position->x);
      g_string_append (out, ", \"y\": ");
      append_number (out, position->y);
      if (position->pinned)
        g_string_append (out, ", \"pinned\": true");
      g_string_append_c (out, '}');
    }
  g_string_append (out, n_ids > 0 ? "\n  ]\n}\n" : "]\n}\n");
  return g_string_free_to_bytes (out);
}

/**
 * hashiya_network_positions_save:
 *
 * Writes the positions to @path atomically, making its folder when it
 * is missing.
 */
gboolean
hashiya_network_positions_save (HashiyaNetworkPositions  *self,
                                const char               *path,
                                GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot make the folder: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }
  bytes = hashiya_network_positions_to_bytes (self);
  return hashiya_file_write_atomic (path, bytes, error);
}

/**
 * hashiya_network_positions_get_seed:
 *
 * Returns: the seed of the random numbers of a layout that starts from
 *   nothing: the same seed, the same picture
 */
guint32
hashiya_network_positions_get_seed (HashiyaNetworkPositions *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self), 1);
  return self->seed;
}

void
hashiya_network_positions_set_seed (HashiyaNetworkPositions *self,
                                    guint32                  seed)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self));
  self->seed = seed;
}

/**
 * hashiya_network_positions_get_size:
 *
 * Returns: how many actors have a position
 */
guint
hashiya_network_positions_get_size (HashiyaNetworkPositions *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self), 0);
  return g_hash_table_size (self->positions);
}

/**
 * hashiya_network_positions_lookup:
 * @x: (out) (optional): where the actor stands
 * @y: (out) (optional):
 * @pinned: (out) (optional): whether the user put it there
 *
 * Returns: whether @actor_id has a position
 */
gboolean
hashiya_network_positions_lookup (HashiyaNetworkPositions *self,
                                  const char              *actor_id,
                                  double                  *x,
                                  double                  *y,
                                  gboolean                *pinned)
{
  Position *position;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self), FALSE);

  position = actor_id != NULL ? g_hash_table_lookup (self->positions, actor_id) : NULL;
  if (position == NULL)
    return FALSE;
  if (x != NULL)
    *x = position->x;
  if (y != NULL)
    *y = position->y;
  if (pinned != NULL)
    *pinned = position->pinned;
  return TRUE;
}

/**
 * hashiya_network_positions_set:
 * @pinned: whether the user put it there: no layout moves it then
 *
 * Puts @actor_id at @x, @y, in the layout's units.
 */
void
hashiya_network_positions_set (HashiyaNetworkPositions *self,
                               const char              *actor_id,
                               double                   x,
                               double                   y,
                               gboolean                 pinned)
{
  Position *position;

  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self));
  g_return_if_fail (actor_id != NULL);
  g_return_if_fail (isfinite (x) && isfinite (y));

  position = g_new (Position, 1);
  position->x = x;
  position->y = y;
  position->pinned = pinned;
  g_hash_table_insert (self->positions, g_strdup (actor_id), position);
}

/**
 * hashiya_network_positions_unpin:
 *
 * Lets layouts move @actor_id again.
 */
void
hashiya_network_positions_unpin (HashiyaNetworkPositions *self,
                                 const char              *actor_id)
{
  Position *position;

  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self));

  position = actor_id != NULL ? g_hash_table_lookup (self->positions, actor_id) : NULL;
  if (position != NULL)
    position->pinned = FALSE;
}

/**
 * hashiya_network_positions_clear:
 *
 * Forgets every position, pinned or not: the next layout starts from
 * nothing.
 */
void
hashiya_network_positions_clear (HashiyaNetworkPositions *self)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (self));
  g_hash_table_remove_all (self->positions);
}

/**
 * hashiya_network_positions_path_for_document:
 *
 * Returns: (transfer full): where the positions of @document's network
 *   are kept: $XDG_STATE_HOME/hashiya/networks/SHA-256.json, named by the
 *   SHA-256 of its text
 */
char *
hashiya_network_positions_path_for_document (HashiyaDocument *document)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  name = g_strconcat (hashiya_text_get_sha256 (hashiya_document_get_text (document)), ".json", NULL);
  return g_build_filename (g_get_user_state_dir (), "hashiya", "networks", name, NULL);
}

/**
 * hashiya_network_positions_path_for_folder:
 *
 * Returns: (transfer full): where the positions of a corpus's network
 *   are kept: network-positions.json in its folder
 */
char *
hashiya_network_positions_path_for_folder (const char *folder)
{
  g_return_val_if_fail (folder != NULL, NULL);
  return g_build_filename (folder, FILE_NAME, NULL);
}
