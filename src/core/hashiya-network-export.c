/* hashiya-network-export.c — writing a network to a file: for the
 * network tools, or as a picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file is written through hashiya_file_write_atomic(): a failure
 * leaves what was there before, never half a file. The spreadsheet pair
 * goes to a folder (made when missing) as nodes.csv and edges.csv, each
 * written so.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>

#include "hashiya-file.h"
#include "hashiya-network-export.h"
#include "hashiya-network-formats.h"
#include "hashiya-network-scene.h"

/**
 * hashiya_network_to_bytes:
 * @options: (nullable): the labels' language, and for a picture its
 *   style and title
 * @width: the size of a picture (PNG pixels, PDF points, SVG units)
 *
 * Returns: (transfer full) (nullable): @network as a GEXF, GraphML, SVG,
 *   PNG or PDF file, as it is placed now; CSV is two files: see
 *   hashiya_network_export()
 */
GBytes *
hashiya_network_to_bytes (HashiyaNetwork               *network,
                          HashiyaNetworkFormat          format,
                          const HashiyaPictureOptions  *options,
                          double                        width,
                          double                        height,
                          GError                      **error)
{
  g_autoptr(HashiyaPictureOptions) defaults = NULL;
  g_autoptr(HashiyaNetworkScene) scene = NULL;

  g_return_val_if_fail (HASHIYA_IS_NETWORK (network), NULL);
  g_return_val_if_fail (format != HASHIYA_NETWORK_FORMAT_CSV, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = defaults = hashiya_picture_options_new ();
  switch (format)
    {
    case HASHIYA_NETWORK_FORMAT_GEXF:
      return hashiya_network_write_gexf (network, options->arabic);
    case HASHIYA_NETWORK_FORMAT_GRAPHML:
      return hashiya_network_write_graphml (network, options->arabic);
    case HASHIYA_NETWORK_FORMAT_SVG:
    case HASHIYA_NETWORK_FORMAT_PNG:
    case HASHIYA_NETWORK_FORMAT_PDF:
      if (!hashiya_picture_check_size (width, height, error))
        return NULL;
      scene = hashiya_network_scene_new (network, options, width, height);
      return hashiya_network_scene_render (scene,
                                           format == HASHIYA_NETWORK_FORMAT_SVG ? HASHIYA_PICTURE_FORMAT_SVG
                                           : format == HASHIYA_NETWORK_FORMAT_PNG ? HASHIYA_PICTURE_FORMAT_PNG
                                           : HASHIYA_PICTURE_FORMAT_PDF, error);
    case HASHIYA_NETWORK_FORMAT_CSV:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
write_pair (HashiyaNetwork  *network,
            gboolean         arabic,
            const char      *folder,
            GError         **error)
{
  g_autoptr(GBytes) nodes = hashiya_network_write_nodes_csv (network, arabic);
  g_autoptr(GBytes) edges = hashiya_network_write_edges_csv (network, arabic);
  g_autofree char *nodes_path = g_build_filename (folder, "nodes.csv", NULL);
  g_autofree char *edges_path = g_build_filename (folder, "edges.csv", NULL);

  if (g_file_test (folder, G_FILE_TEST_EXISTS) && !g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("%s: the two files go to a folder, and this is a file"), folder);
      return FALSE;
    }
  if (g_mkdir_with_parents (folder, 0777) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot make the folder: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }
  return hashiya_file_write_atomic (nodes_path, nodes, error) &&
         hashiya_file_write_atomic (edges_path, edges, error);
}

/**
 * hashiya_network_export:
 * @options: (nullable): as for hashiya_network_to_bytes()
 * @path: the file, or for CSV the folder of nodes.csv and edges.csv
 *
 * Writes @network to @path atomically.
 *
 * Returns: whether it was written; on failure what was at @path stays
 */
gboolean
hashiya_network_export (HashiyaNetwork               *network,
                        HashiyaNetworkFormat          format,
                        const HashiyaPictureOptions  *options,
                        double                        width,
                        double                        height,
                        const char                   *path,
                        GError                      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HASHIYA_IS_NETWORK (network), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == HASHIYA_NETWORK_FORMAT_CSV)
    return write_pair (network, options == NULL || options->arabic, path, error);
  bytes = hashiya_network_to_bytes (network, format, options, width, height, error);
  return bytes != NULL && hashiya_file_write_atomic (path, bytes, error);
}
