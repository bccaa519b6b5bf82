/* hashiya-open.h — opening what a user may open, by its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"
#include "hashiya-export-util.h"

G_BEGIN_DECLS

gboolean         hashiya_import_format_from_path    (const char           *path,
                                                     HashiyaExportFormat  *format);
gboolean         hashiya_import_format_is_supported (HashiyaExportFormat   format);

HashiyaDocument *hashiya_import_file                (HashiyaExportFormat   format,
                                                     const char           *path,
                                                     const char           *text_path,
                                                     HashiyaCatalog       *catalog,
                                                     GPtrArray           **problems,
                                                     GError              **error);

HashiyaDocument *hashiya_document_open_file         (const char           *path,
                                                     HashiyaCatalog       *catalog,
                                                     GError              **error);

G_END_DECLS
