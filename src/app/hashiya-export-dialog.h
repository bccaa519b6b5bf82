/* hashiya-export-dialog.h — format, options and destination of an export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_EXPORT_DIALOG (hashiya_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaExportDialog, hashiya_export_dialog, HASHIYA, EXPORT_DIALOG, AdwWindow)

HashiyaExportDialog  *hashiya_export_dialog_new         (GtkWindow           *parent,
                                                         HashiyaDocumentFile *file);
HashiyaExportFormat   hashiya_export_dialog_get_format  (HashiyaExportDialog *self);
void                  hashiya_export_dialog_set_format  (HashiyaExportDialog *self,
                                                         HashiyaExportFormat  format);
HashiyaExportOptions *hashiya_export_dialog_get_options (HashiyaExportDialog *self);
char                 *hashiya_export_dialog_dup_file_name (HashiyaExportDialog *self);
void                  hashiya_export_dialog_export_to   (HashiyaExportDialog *self,
                                                         const char          *path);

G_END_DECLS
