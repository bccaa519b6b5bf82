/* hashiya-document-file.h — a document and the file it lives in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"
#include "hashiya-export.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_DOCUMENT_FILE (hashiya_document_file_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaDocumentFile, hashiya_document_file, HASHIYA, DOCUMENT_FILE, GObject)

/**
 * HashiyaSaveFlags:
 * @HASHIYA_SAVE_DEFAULT: refuse to replace a version another program
 *   wrote since the document was read or saved
 * @HASHIYA_SAVE_OVERWRITE: replace it all the same
 */
typedef enum
{
  HASHIYA_SAVE_DEFAULT = 0,
  HASHIYA_SAVE_OVERWRITE = 1 << 0,
} HashiyaSaveFlags;

HashiyaDocumentFile *hashiya_document_file_new             (HashiyaDocument      *document,
                                                            const char           *path);

HashiyaDocument     *hashiya_document_file_get_document    (HashiyaDocumentFile  *self);
void                 hashiya_document_file_set_document    (HashiyaDocumentFile  *self,
                                                            HashiyaDocument      *document,
                                                            const char           *path);
const char          *hashiya_document_file_get_path        (HashiyaDocumentFile  *self);
gboolean             hashiya_document_file_is_native       (HashiyaDocumentFile  *self);
const char          *hashiya_document_file_get_untitled_name (HashiyaDocumentFile *self);
void                 hashiya_document_file_set_untitled_name (HashiyaDocumentFile *self,
                                                              const char          *name);
char                *hashiya_document_file_dup_title       (HashiyaDocumentFile  *self) G_GNUC_WARN_UNUSED_RESULT;
char                *hashiya_document_file_dup_name        (HashiyaDocumentFile  *self) G_GNUC_WARN_UNUSED_RESULT;
GFile               *hashiya_document_file_dup_folder      (HashiyaDocumentFile  *self) G_GNUC_WARN_UNUSED_RESULT;
const char          *hashiya_document_file_get_draft_id    (HashiyaDocumentFile  *self);
void                 hashiya_document_file_set_draft_id    (HashiyaDocumentFile  *self,
                                                            const char           *draft_id);
gboolean             hashiya_document_file_get_busy        (HashiyaDocumentFile  *self);
gboolean             hashiya_document_file_get_modified    (HashiyaDocumentFile  *self);
gboolean             hashiya_document_file_get_changed_on_disk (HashiyaDocumentFile *self);
gboolean             hashiya_document_file_is_pristine     (HashiyaDocumentFile  *self);
void                 hashiya_document_file_set_limits      (HashiyaDocumentFile  *self,
                                                            guint                 max_paragraph,
                                                            guint                 max_mentions);
gboolean             hashiya_document_file_check_limits   (HashiyaDocumentFile  *self,
                                                            HashiyaDocument      *document,
                                                            GError              **error);

gboolean             hashiya_document_file_load            (HashiyaDocumentFile  *self,
                                                            const char           *path,
                                                            HashiyaCatalog       *catalog,
                                                            GCancellable         *cancellable,
                                                            GError              **error);
gboolean             hashiya_document_file_read            (HashiyaDocumentFile  *self,
                                                            const char           *path,
                                                            GError              **error);
void                 hashiya_document_file_load_async      (HashiyaDocumentFile  *self,
                                                            const char           *path,
                                                            HashiyaCatalog       *catalog,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
gboolean             hashiya_document_file_load_finish     (HashiyaDocumentFile  *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

gboolean             hashiya_document_file_save            (HashiyaDocumentFile  *self,
                                                            const char           *path,
                                                            HashiyaSaveFlags      flags,
                                                            GError              **error);
void                 hashiya_document_file_save_async      (HashiyaDocumentFile  *self,
                                                            const char           *path,
                                                            HashiyaSaveFlags      flags,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
gboolean             hashiya_document_file_save_finish     (HashiyaDocumentFile  *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

void                 hashiya_document_file_export_async    (HashiyaDocumentFile        *self,
                                                            HashiyaExportFormat         format,
                                                            const HashiyaExportOptions *options,
                                                            const char                 *path,
                                                            GCancellable               *cancellable,
                                                            GAsyncReadyCallback         callback,
                                                            gpointer                    user_data);
gboolean             hashiya_document_file_export_finish   (HashiyaDocumentFile  *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

void                 hashiya_document_file_suggest_async   (HashiyaDocumentFile  *self,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
gboolean             hashiya_document_file_suggest_finish  (HashiyaDocumentFile  *self,
                                                            GAsyncResult         *result,
                                                            guint                *added,
                                                            GError              **error);

void                 hashiya_document_file_replace_text    (HashiyaDocumentFile  *self,
                                                            HashiyaText          *text);
void                 hashiya_document_file_set_text        (HashiyaDocumentFile  *self,
                                                            HashiyaText          *text,
                                                            HashiyaCatalog       *catalog);

G_END_DECLS
