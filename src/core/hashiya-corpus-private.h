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

/**
 * HashiyaCorpusRewriteFunc:
 * @document: the document as the file now holds it
 * @changed: (out): set to %TRUE when @document was changed
 *
 * Changes one document of a batch; %FALSE with @error set leaves the file
 * as it was.
 */
typedef gboolean (*HashiyaCorpusRewriteFunc) (HashiyaDocument  *document,
                                              gpointer          data,
                                              gboolean         *changed,
                                              GError          **error);

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
HashiyaCorpusRow        *_hashiya_corpus_rewrite            (GFile                    *folder,
                                                             const HashiyaCorpusFile  *file,
                                                             const char               *path,
                                                             HashiyaCorpusRewriteFunc  edit,
                                                             gpointer                  data,
                                                             gboolean                 *changed,
                                                             char                    **written_path,
                                                             GError                  **error);
/* The paths of the list, as a set, for a worker thread. */
GHashTable              *_hashiya_corpus_dup_path_set       (HashiyaCorpus     *self);
HashiyaCorpusRow        *_hashiya_corpus_write_added        (GFile                    *folder,
                                                             const HashiyaCorpusFile  *corpus_file,
                                                             GFile                    *file,
                                                             const HashiyaMetadata    *metadata,
                                                             char                    **path,
                                                             GError                  **error);
GPtrArray               *_hashiya_corpus_run_manifest       (GFile                    *folder,
                                                             const HashiyaCorpusFile  *corpus_file,
                                                             GHashTable               *listed,
                                                             GFile                    *manifest,
                                                             GPtrArray                *written,
                                                             GPtrArray                *rows,
                                                             GError                  **error);
/* What a read of a listed document brings the list: the row is taken,
 * and set when the file changed since it was listed. */
void                     _hashiya_corpus_take_read_row      (HashiyaCorpus     *self,
                                                             HashiyaCorpusDocument *document,
                                                             HashiyaCorpusRow  *row);
void                     _hashiya_corpus_start_text         (HashiyaDocument       *document,
                                                             const HashiyaMetadata *defaults);
/* The .hashiya that a text of the folder becomes. */
char                    *_hashiya_corpus_document_path_for_text (const char        *path) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
