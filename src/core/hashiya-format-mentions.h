/* hashiya-format-mentions.h — reading the mentions and orphans of a .hashiya
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

/* Mentions as JSON, or already made from the file's bytes by
 * _hashiya_read_mention_lines(). */
typedef struct
{
  JsonArray *array;
  GPtrArray *made;
} HashiyaMentionSource;

gboolean _hashiya_format_read_mentions    (const HashiyaMentionSource  *source,
                                           HashiyaDocument             *document,
                                           const char                  *display_name,
                                           GError                     **error);
gboolean _hashiya_format_read_to_reanchor (const HashiyaMentionSource  *source,
                                           HashiyaDocument             *document,
                                           const char                  *display_name,
                                           const char                  *what,
                                           GPtrArray                   *to_reanchor,
                                           GHashTable                  *ids,
                                           GError                     **error);

G_END_DECLS
