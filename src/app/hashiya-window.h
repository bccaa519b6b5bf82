/* hashiya-window.h — the reading and annotating window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-corpus-actions.h"
#include "hashiya-file-operations.h"
#include "hashiya-page.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_WINDOW (hashiya_window_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaWindow, hashiya_window, HASHIYA, WINDOW, AdwApplicationWindow)

HashiyaWindow         *hashiya_window_new               (GtkApplication      *application,
                                                         HashiyaDocumentFile *file);
HashiyaDocumentFile   *hashiya_window_get_document_file (HashiyaWindow       *self);
HashiyaDocument       *hashiya_window_get_document      (HashiyaWindow       *self);
void                   hashiya_window_set_document      (HashiyaWindow       *self,
                                                         HashiyaDocument     *document,
                                                         const char          *path);
HashiyaFileOperations *hashiya_window_get_operations    (HashiyaWindow       *self);
HashiyaPage           *hashiya_window_get_page          (HashiyaWindow       *self);
HashiyaTextView       *hashiya_window_get_text_view     (HashiyaWindow       *self);
gboolean               hashiya_window_is_pristine       (HashiyaWindow       *self);
HashiyaCorpusActions  *hashiya_window_get_corpus_actions (HashiyaWindow      *self);
void                   hashiya_window_open              (HashiyaWindow       *self,
                                                         GFile               *file);

G_END_DECLS
