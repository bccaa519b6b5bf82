/* hashiya-document-io.h — opening and saving a document on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

typedef void (*HashiyaPreviewFunc) (HashiyaDocument *preview,
                                    gpointer         user_data);

void             hashiya_document_open_file_async  (const char           *path,
                                                    HashiyaCatalog       *catalog,
                                                    HashiyaPreviewFunc    preview,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
HashiyaDocument *hashiya_document_open_file_finish (GAsyncResult         *result,
                                                    GError              **error);
void             hashiya_document_save_file_async  (HashiyaDocument      *document,
                                                    const char           *path,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean         hashiya_document_save_file_finish (HashiyaDocument      *document,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
