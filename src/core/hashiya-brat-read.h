/* hashiya-brat-read.h — brat standoff import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

gboolean         hashiya_brat_read_ann  (HashiyaDocument  *document,
                                         GBytes           *ann,
                                         const char       *display_name,
                                         GPtrArray       **problems,
                                         GError          **error);

char            *hashiya_brat_text_path (const char       *ann_path) G_GNUC_WARN_UNUSED_RESULT;
HashiyaDocument *hashiya_brat_import    (const char       *ann_path,
                                         const char       *txt_path,
                                         HashiyaCatalog   *catalog,
                                         GPtrArray       **problems,
                                         GError          **error);

G_END_DECLS
