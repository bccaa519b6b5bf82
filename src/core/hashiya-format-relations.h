/* hashiya-format-relations.h — the relations of a .hashiya file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

void     _hashiya_append_relation_line      (GString          *out,
                                             HashiyaDocument  *document,
                                             HashiyaRelation  *relation);
gboolean _hashiya_read_relations            (JsonArray        *array,
                                             int               version,
                                             GBytes           *bytes,
                                             HashiyaDocument  *document,
                                             const char       *display_name,
                                             GError          **error);
HashiyaRelation *_hashiya_read_relation_object (JsonObject       *object,
                                                const char       *where,
                                                GError          **error);
gboolean _hashiya_read_unanchored_relations (JsonArray        *array,
                                             HashiyaDocument  *document,
                                             const char       *display_name,
                                             GError          **error);

G_END_DECLS
