/* hashiya-pictures-actions.h — what the window does with its Pictures
 * page: making and showing it, giving it the corpus, opening a sentence
 * in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-corpus-actions.h"
#include "hashiya-page.h"
#include "hashiya-pictures-page.h"

G_BEGIN_DECLS

void                 hashiya_pictures_actions_add      (GtkWidget            *window,
                                                        GtkStack             *stack,
                                                        HashiyaPage          *page,
                                                        HashiyaDocumentFile  *file,
                                                        HashiyaCorpusActions *corpus_actions);
HashiyaPicturesPage *hashiya_pictures_actions_get_page (GtkWidget            *window);

G_END_DECLS
