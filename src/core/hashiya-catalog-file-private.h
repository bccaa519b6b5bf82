/* hashiya-catalog-file-private.h — what the .hashiya codec shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hashiya-catalog.h"

G_BEGIN_DECLS

void            _hashiya_catalog_append_actor  (GString         *out,
                                                HashiyaActor    *actor);
void            _hashiya_catalog_append_actors (GString         *out,
                                                HashiyaCatalog  *catalog,
                                                const char      *indent);
HashiyaCatalog *_hashiya_catalog_read_object   (JsonObject      *object,
                                                const char      *display_name,
                                                const char      *where,
                                                GError         **error);

G_END_DECLS
