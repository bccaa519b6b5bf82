/* hashiya-pictures-page.h — the network, counts and timeline of the
 * document or documents shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-network.h"
#include "hashiya-network-export.h"
#include "hashiya-network-timeline.h"
#include "hashiya-network-view.h"
#include "hashiya-pictures-export.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_PICTURES_PAGE (hashiya_pictures_page_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPicturesPage, hashiya_pictures_page, HASHIYA, PICTURES_PAGE, GtkWidget)

void                 hashiya_pictures_page_set_document_file (HashiyaPicturesPage *self,
                                                              HashiyaDocumentFile *file);
void                 hashiya_pictures_page_set_documents     (HashiyaPicturesPage *self,
                                                              GPtrArray           *documents,
                                                              const char          *positions_path);
HashiyaPicturesView  hashiya_pictures_page_get_view          (HashiyaPicturesPage *self);
void                 hashiya_pictures_page_set_view          (HashiyaPicturesPage *self,
                                                              HashiyaPicturesView  view);
HashiyaNetworkView  *hashiya_pictures_page_get_network_view  (HashiyaPicturesPage *self);
HashiyaNetwork      *hashiya_pictures_page_get_network       (HashiyaPicturesPage *self);
HashiyaNetworkTimeline *hashiya_pictures_page_get_timeline   (HashiyaPicturesPage *self);
GListModel          *hashiya_pictures_page_get_counts        (HashiyaPicturesPage *self);
gboolean             hashiya_pictures_page_get_busy          (HashiyaPicturesPage *self);
guint                hashiya_pictures_page_get_generation    (HashiyaPicturesPage *self);
void                 hashiya_pictures_page_export_picture    (HashiyaPicturesPage *self,
                                                              HashiyaPictureFormat format,
                                                              int                  width,
                                                              int                  height,
                                                              const char          *title,
                                                              const char          *path);
void                 hashiya_pictures_page_export_network    (HashiyaPicturesPage *self,
                                                              HashiyaNetworkFormat format,
                                                              const char          *path);
gboolean             hashiya_pictures_page_get_exporting     (HashiyaPicturesPage *self);

G_END_DECLS
