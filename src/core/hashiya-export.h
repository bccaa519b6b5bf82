/* hashiya-export.h — every export format, behind one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"
#include "hashiya-export-util.h"

G_BEGIN_DECLS

GBytes               *hashiya_export_to_bytes      (HashiyaDocument            *document,
                                                    HashiyaExportFormat         format,
                                                    const HashiyaExportOptions *options,
                                                    GError                    **error);
gboolean              hashiya_export_file          (HashiyaDocument            *document,
                                                    HashiyaExportFormat         format,
                                                    const HashiyaExportOptions *options,
                                                    const char                 *path,
                                                    GError                    **error);
void                  hashiya_export_file_async    (HashiyaDocument            *document,
                                                    HashiyaExportFormat         format,
                                                    const HashiyaExportOptions *options,
                                                    const char                 *path,
                                                    GCancellable               *cancellable,
                                                    GAsyncReadyCallback         callback,
                                                    gpointer                    user_data);
gboolean              hashiya_export_file_finish   (HashiyaDocument            *document,
                                                    GAsyncResult               *result,
                                                    GError                    **error);

G_END_DECLS
