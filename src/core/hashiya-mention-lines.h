/* hashiya-mention-lines.h — a .hashiya's mentions, one a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

void            _hashiya_append_mention_line (GString          *out,
                                              HashiyaDocument  *document,
                                              HashiyaMention   *mention);
HashiyaMention *_hashiya_read_mention_object (JsonNode         *node,
                                              const char       *where,
                                              GError          **error);

GPtrArray      *_hashiya_read_mention_lines  (const char       *data,
                                              gsize             size,
                                              guint             before,
                                              gsize            *array_start,
                                              gsize            *array_end);

G_END_DECLS
