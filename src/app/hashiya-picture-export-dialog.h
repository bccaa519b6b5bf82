/* hashiya-picture-export-dialog.h — choosing how a picture or a network
 * file is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_PICTURE_EXPORT_DIALOG (hashiya_picture_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPictureExportDialog, hashiya_picture_export_dialog, HASHIYA, PICTURE_EXPORT_DIALOG,
                      AdwWindow)

HashiyaPictureExportDialog *hashiya_picture_export_dialog_new         (GtkWindow                  *parent,
                                                                       gboolean                    network,
                                                                       const char                 *stem,
                                                                       GFile                      *folder);
gboolean                    hashiya_picture_export_dialog_get_network (HashiyaPictureExportDialog *self);
void                        hashiya_picture_export_dialog_export_to   (HashiyaPictureExportDialog *self,
                                                                       const char                 *path);

G_END_DECLS
