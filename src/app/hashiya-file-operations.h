/* hashiya-file-operations.h — what a window does with its document file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-export-dialog.h"
#include "hashiya-file-chooser.h"
#include "hashiya-operation-bar.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_FILE_OPERATIONS (hashiya_file_operations_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaFileOperations, hashiya_file_operations, HASHIYA, FILE_OPERATIONS, GObject)

HashiyaFileOperations *hashiya_file_operations_new          (GtkWindow                  *parent,
                                                             HashiyaDocumentFile        *file,
                                                             HashiyaOperationBar        *operation_bar);
void            hashiya_file_operations_open                (HashiyaFileOperations      *self,
                                                             GFile                      *file);
void            hashiya_file_operations_load_file           (HashiyaFileOperations      *self,
                                                             GFile                      *file);
void            hashiya_file_operations_choose              (HashiyaFileOperations      *self,
                                                             HashiyaFileChoice           choice);
void            hashiya_file_operations_save                (HashiyaFileOperations      *self,
                                                             gboolean                    then_close);
void            hashiya_file_operations_save_to             (HashiyaFileOperations      *self,
                                                             const char                 *path);
HashiyaExportDialog *hashiya_file_operations_show_export_dialog (HashiyaFileOperations *self);
void            hashiya_file_operations_export              (HashiyaFileOperations      *self,
                                                             HashiyaExportFormat         format,
                                                             const HashiyaExportOptions *options,
                                                             const char                 *path);
void            hashiya_file_operations_export_brat         (HashiyaFileOperations      *self,
                                                             const char                 *folder);
void            hashiya_file_operations_print               (HashiyaFileOperations      *self);
void            hashiya_file_operations_suggest             (HashiyaFileOperations      *self);
void            hashiya_file_operations_suggest_relations   (HashiyaFileOperations      *self);
gboolean        hashiya_file_operations_get_suggesting      (HashiyaFileOperations      *self);
HashiyaCatalog *hashiya_file_operations_get_default_catalog (HashiyaFileOperations      *self);
void            hashiya_file_operations_show_sample         (HashiyaFileOperations      *self);
void            hashiya_file_operations_show_text           (HashiyaFileOperations      *self,
                                                             HashiyaText                *text);
void            hashiya_file_operations_replace_text        (HashiyaFileOperations      *self,
                                                             HashiyaText                *text);
gboolean        hashiya_file_operations_load_catalog        (HashiyaFileOperations      *self,
                                                             const char                 *path,
                                                             GError                    **error);
gboolean        hashiya_file_operations_save_catalog        (HashiyaFileOperations      *self,
                                                             const char                 *path,
                                                             GError                    **error);

G_END_DECLS
