/* hashiya-network-export.h — writing a network to a file: for the
 * network tools, or as a picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network.h"
#include "hashiya-network-picture.h"

G_BEGIN_DECLS

/* The nicks are the CLI's --format values. */
typedef enum
{
  HASHIYA_NETWORK_FORMAT_GEXF,
  HASHIYA_NETWORK_FORMAT_GRAPHML,
  HASHIYA_NETWORK_FORMAT_CSV,
  HASHIYA_NETWORK_FORMAT_SVG,
  HASHIYA_NETWORK_FORMAT_PNG,
  HASHIYA_NETWORK_FORMAT_PDF,
} HashiyaNetworkFormat;

/* The size of a picture when none is asked for. */
#define HASHIYA_NETWORK_PICTURE_WIDTH  1200
#define HASHIYA_NETWORK_PICTURE_HEIGHT 900

GBytes   *hashiya_network_to_bytes (HashiyaNetwork              *network,
                                    HashiyaNetworkFormat         format,
                                    const HashiyaPictureOptions *options,
                                    double                       width,
                                    double                       height,
                                    GError                     **error);
gboolean  hashiya_network_export   (HashiyaNetwork              *network,
                                    HashiyaNetworkFormat         format,
                                    const HashiyaPictureOptions *options,
                                    double                       width,
                                    double                       height,
                                    const char                  *path,
                                    GError                     **error);

G_END_DECLS
