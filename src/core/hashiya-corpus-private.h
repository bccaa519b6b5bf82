/* hashiya-corpus-private.h — what the parts of the corpus above the
 * folder (adding, batches, statistics, export) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-corpus.h"
#include "hashiya-corpus-document-private.h"
#include "hashiya-corpus-file.h"
#include "hashiya-corpus-row.h"

G_BEGIN_DECLS

/* Writes to the folder, one process at a time. */
int                      _hashiya_corpus_lock               (GFile             *folder,
                                                             GError           **error);
void                     _hashiya_corpus_unlock             (int                fd);
gboolean                 _hashiya_corpus_check_writable     (HashiyaCorpus     *self,
                                                             GError           **error);
/* Takes @row. */
void                     _hashiya_corpus_set_row            (HashiyaCorpus     *self,
                                                             const char        *path,
                                                             HashiyaCorpusRow  *row);
GPtrArray               *_hashiya_corpus_dup_paths          (HashiyaCorpus     *self,
                                                             GPtrArray         *documents);
char                    *_hashiya_corpus_dup_local_path     (HashiyaCorpus     *self,
                                                             const char        *path) G_GNUC_WARN_UNUSED_RESULT;
const char              *_hashiya_corpus_get_catalog_sha256 (HashiyaCorpus     *self);
/* Takes @file. */
void                     _hashiya_corpus_set_file           (HashiyaCorpus     *self,
                                                             HashiyaCorpusFile *file);
const HashiyaCorpusFile *_hashiya_corpus_get_file           (HashiyaCorpus     *self);

G_END_DECLS
