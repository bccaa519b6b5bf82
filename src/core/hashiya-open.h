/* hashiya-open.h — opening what a user may open, by its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

HashiyaDocument *hashiya_document_open_file (const char      *path,
                                             HashiyaCatalog  *catalog,
                                             GError         **error);

G_END_DECLS
