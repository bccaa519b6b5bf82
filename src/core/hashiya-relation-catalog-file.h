/* hashiya-relation-catalog-file.h — the relation catalogue file, and the
 * built-in relation catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "hashiya-core-data.h"
#include "hashiya-relation-catalog.h"

G_BEGIN_DECLS

#define HASHIYA_DEFAULT_RELATION_CATALOG_RESOURCE HASHIYA_CORE_RESOURCE_PATH "/catalogues/relations.json"

HashiyaRelationCatalog *hashiya_relation_catalog_read        (GBytes                  *bytes,
                                                              const char              *display_name,
                                                              GError                 **error);
GBytes                 *hashiya_relation_catalog_write       (HashiyaRelationCatalog  *self);
HashiyaRelationCatalog *hashiya_relation_catalog_load_file   (const char              *path,
                                                              GError                 **error);
HashiyaRelationCatalog *hashiya_relation_catalog_from_json   (JsonObject              *object,
                                                              const char              *display_name,
                                                              GError                 **error);
void                    hashiya_relation_catalog_append_json (HashiyaRelationCatalog  *self,
                                                              GString                 *out);

G_END_DECLS
