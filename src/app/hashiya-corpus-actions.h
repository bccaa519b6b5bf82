/* hashiya-corpus-actions.h — a window's corpus: opening a folder, its
 * list and its documents, back and forth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-corpus-page.h"
#include "hashiya-file-operations.h"
#include "hashiya-page.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CORPUS_ACTIONS (hashiya_corpus_actions_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusActions, hashiya_corpus_actions, HASHIYA, CORPUS_ACTIONS, GObject)

HashiyaCorpusActions *hashiya_corpus_actions_new           (GtkWindow             *window,
                                                            GtkStack              *stack,
                                                            HashiyaPage           *page,
                                                            GtkWidget             *back_button,
                                                            AdwWindowTitle        *window_title,
                                                            HashiyaDocumentFile   *file,
                                                            HashiyaFileOperations *operations);
void                  hashiya_corpus_actions_open          (HashiyaCorpusActions  *self,
                                                            GFile                 *file);
void                  hashiya_corpus_actions_open_folder   (HashiyaCorpusActions  *self,
                                                            GFile                 *folder);
gboolean              hashiya_corpus_actions_drop          (HashiyaCorpusActions  *self,
                                                            GSList                *files);
HashiyaCorpusPage    *hashiya_corpus_actions_get_page      (HashiyaCorpusActions  *self);
HashiyaCorpus        *hashiya_corpus_actions_get_corpus    (HashiyaCorpusActions  *self);
gboolean              hashiya_corpus_actions_get_showing_list (HashiyaCorpusActions *self);
void                  hashiya_corpus_actions_open_document (HashiyaCorpusActions  *self,
                                                            HashiyaCorpusDocument *document,
                                                            guint                  start,
                                                            guint                  end);
void                  hashiya_corpus_actions_show_list     (HashiyaCorpusActions  *self);

G_END_DECLS
