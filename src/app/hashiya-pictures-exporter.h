/* hashiya-pictures-exporter.h — the exports of the Pictures page: the
 * dialog that asks where, the files written, the toasts that tell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-pictures-export.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_PICTURES_EXPORTER (hashiya_pictures_exporter_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPicturesExporter, hashiya_pictures_exporter, HASHIYA, PICTURES_EXPORTER, GObject)

HashiyaPicturesExporter *hashiya_pictures_exporter_new            (AdwToastOverlay         *toasts);
void                     hashiya_pictures_exporter_choose         (HashiyaPicturesExporter *self,
                                                                   GtkWindow               *parent,
                                                                   gboolean                 network,
                                                                   HashiyaDocumentFile     *file,
                                                                   GCallback                chosen,
                                                                   gpointer                 instance);
void                     hashiya_pictures_exporter_fail           (HashiyaPicturesExporter *self,
                                                                   const char              *path,
                                                                   const char              *reason);
void                     hashiya_pictures_exporter_export_picture (HashiyaPicturesExporter *self,
                                                                   HashiyaPicturesExport   *job,
                                                                   HashiyaPictureFormat     format,
                                                                   int                      width,
                                                                   int                      height,
                                                                   const char              *title);
void                     hashiya_pictures_exporter_export_network (HashiyaPicturesExporter *self,
                                                                   HashiyaPicturesExport   *job,
                                                                   HashiyaNetworkFormat     format);
void                     hashiya_pictures_exporter_cancel         (HashiyaPicturesExporter *self);
gboolean                 hashiya_pictures_exporter_get_exporting  (HashiyaPicturesExporter *self);

G_END_DECLS
