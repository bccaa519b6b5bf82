/* hashiya-catalog-file.h — the catalogue file, and the built-in catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-core-data.h"

G_BEGIN_DECLS

/* The newest catalogue file version this program writes and reads. */
#define HASHIYA_CATALOG_FORMAT_VERSION 1

#define HASHIYA_DEFAULT_CATALOG_RESOURCE HASHIYA_CORE_RESOURCE_PATH "/catalogues/3plus3.json"

HashiyaCatalog *hashiya_catalog_read        (GBytes          *bytes,
                                             const char      *display_name,
                                             GError         **error);
GBytes         *hashiya_catalog_write       (HashiyaCatalog  *catalog);
HashiyaCatalog *hashiya_catalog_new_default (void);
HashiyaCatalog *hashiya_catalog_load_file   (const char      *path,
                                             GError         **error);

G_END_DECLS
