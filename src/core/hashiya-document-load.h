/* hashiya-document-load.h — a document loaded from a path, and saved to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

HashiyaDocument *hashiya_document_new_from_text_file (const char       *path,
                                                      HashiyaCatalog   *catalog,
                                                      GError          **error);
HashiyaDocument *hashiya_document_load_file          (const char       *path,
                                                      GError          **error);
gboolean         hashiya_document_save_file          (HashiyaDocument  *document,
                                                      const char       *path,
                                                      GError          **error);

G_END_DECLS
