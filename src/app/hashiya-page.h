/* hashiya-page.h — the view of one document file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-find-bar.h"
#include "hashiya-operation-bar.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_PAGE (hashiya_page_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPage, hashiya_page, HASHIYA, PAGE, GtkWidget)

void                 hashiya_page_set_document_file (HashiyaPage         *self,
                                                     HashiyaDocumentFile *file);
HashiyaTextView     *hashiya_page_get_text_view     (HashiyaPage         *self);
HashiyaFindBar      *hashiya_page_get_find_bar      (HashiyaPage         *self);
HashiyaOperationBar *hashiya_page_get_operation_bar (HashiyaPage         *self);
void                 hashiya_page_toast             (HashiyaPage         *self,
                                                     const char          *message,
                                                     gboolean             can_undo);
void                 hashiya_page_add_toast         (HashiyaPage         *self,
                                                     AdwToast            *toast);
void                 hashiya_page_set_zoom          (HashiyaPage         *self,
                                                     double               zoom);
double               hashiya_page_get_zoom          (HashiyaPage         *self);
void                 hashiya_page_review_all        (HashiyaPage         *self,
                                                     gboolean             accept);
void                 hashiya_page_review_relations  (HashiyaPage         *self,
                                                     gboolean             accept);
void                 hashiya_page_next_suggestion   (HashiyaPage         *self);

G_END_DECLS
