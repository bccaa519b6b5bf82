/* hashiya-corpus-document-private.h — what the corpus sets on the
 * documents of its list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-corpus-document.h"
#include "hashiya-corpus-row.h"

G_BEGIN_DECLS

HashiyaCorpusDocument  *_hashiya_corpus_document_new                 (GFile                 *folder,
                                                                      const char            *path);
/* Takes @row. */
void                    _hashiya_corpus_document_set_row             (HashiyaCorpusDocument *self,
                                                                      HashiyaCorpusRow      *row);
const HashiyaCorpusRow *_hashiya_corpus_document_get_row             (HashiyaCorpusDocument *self);
void                    _hashiya_corpus_document_set_same_text_as    (HashiyaCorpusDocument *self,
                                                                      const char            *path);
void                    _hashiya_corpus_document_set_catalog_differs (HashiyaCorpusDocument *self,
                                                                      gboolean               differs);
gboolean                _hashiya_corpus_document_is_text             (HashiyaCorpusDocument *self);

G_END_DECLS
