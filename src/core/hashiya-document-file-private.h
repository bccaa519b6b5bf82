/* hashiya-document-file-private.h — what the file's operations change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document-file.h"

G_BEGIN_DECLS

void     _hashiya_document_file_set_busy        (HashiyaDocumentFile *self,
                                                 gboolean             busy);
void     _hashiya_document_file_set_path        (HashiyaDocumentFile *self,
                                                 const char          *path);
gboolean _hashiya_document_file_differs_on_disk (HashiyaDocumentFile *self);

G_END_DECLS
