/* hashiya-json.h — typed JSON reading with precise errors, and escaping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Every reader takes @where, the context that starts its error message,
 * e.g. "doc.hashiya: mention 12", and fails with HASHIYA_ERROR_INVALID. */

JsonNode  *hashiya_json_parse          (GBytes              *bytes,
                                        const char          *display_name,
                                        GError             **error);
gboolean   hashiya_json_check_members  (JsonObject          *object,
                                        const char * const  *known,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_get_string     (JsonObject          *object,
                                        const char          *member,
                                        gboolean             required,
                                        const char         **value,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_get_uint       (JsonObject          *object,
                                        const char          *member,
                                        gboolean             required,
                                        guint               *value,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_get_boolean    (JsonObject          *object,
                                        const char          *member,
                                        gboolean             required,
                                        gboolean            *value,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_get_object     (JsonObject          *object,
                                        const char          *member,
                                        gboolean             required,
                                        JsonObject         **value,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_get_array      (JsonObject          *object,
                                        const char          *member,
                                        gboolean             required,
                                        JsonArray          **value,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_get_enum       (JsonObject          *object,
                                        const char          *member,
                                        GType                enum_type,
                                        int                 *value,
                                        const char          *where,
                                        GError             **error);
gboolean   hashiya_json_check_header   (JsonObject          *root,
                                        const char          *format,
                                        int                  newest,
                                        const char          *display_name,
                                        GError             **error);
JsonObject *hashiya_json_node_as_object (JsonNode           *node,
                                        const char          *where,
                                        GError             **error);

void       hashiya_json_append_string  (GString             *out,
                                        const char          *utf8);
void       hashiya_json_append_member  (GString             *out,
                                        const char          *name,
                                        const char          *utf8);

gboolean   hashiya_json_skip_literal   (const char         **p,
                                        const char          *end,
                                        const char          *literal);
gboolean   hashiya_json_read_escape    (const char         **p,
                                        const char          *end,
                                        gunichar            *c);

G_END_DECLS
