/* hashiya-format-metadata.h — a .hashiya's "metadata" member (version 5)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hashiya-metadata.h"

G_BEGIN_DECLS

void             _hashiya_format_append_metadata (GString               *out,
                                                  const HashiyaMetadata *metadata);
HashiyaMetadata *_hashiya_format_read_metadata   (JsonObject            *root,
                                                  const char            *display_name,
                                                  GError               **error);

G_END_DECLS
