/* hashiya-corpus-async.h — what the window does with a corpus off its
 * main thread: opening one document, looking at one again, adding files
 * and importing a manifest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-corpus.h"
#include "hashiya-corpus-batch.h"

G_BEGIN_DECLS

void             hashiya_corpus_load_document_async     (HashiyaCorpus              *self,
                                                         HashiyaCorpusDocument      *document,
                                                         GCancellable               *cancellable,
                                                         GAsyncReadyCallback         callback,
                                                         gpointer                    user_data);
HashiyaDocument *hashiya_corpus_load_document_finish    (HashiyaCorpus              *self,
                                                         GAsyncResult               *result,
                                                         char                      **save_path,
                                                         GError                    **error);

void             hashiya_corpus_refresh_document_async  (HashiyaCorpus              *self,
                                                         const char                 *path,
                                                         GCancellable               *cancellable,
                                                         GAsyncReadyCallback         callback,
                                                         gpointer                    user_data);
gboolean         hashiya_corpus_refresh_document_finish (HashiyaCorpus              *self,
                                                         GAsyncResult               *result,
                                                         GError                    **error);

GPtrArray       *hashiya_corpus_list_addable            (GPtrArray                  *files,
                                                         GCancellable               *cancellable) G_GNUC_WARN_UNUSED_RESULT;
void             hashiya_corpus_add_files_async         (HashiyaCorpus              *self,
                                                         GPtrArray                  *files,
                                                         HashiyaCorpusProgressFunc   progress,
                                                         gpointer                    progress_data,
                                                         GDestroyNotify              progress_data_free,
                                                         GCancellable               *cancellable,
                                                         GAsyncReadyCallback         callback,
                                                         gpointer                    user_data);
HashiyaCorpusSummary *
                 hashiya_corpus_add_files_finish        (HashiyaCorpus              *self,
                                                         GAsyncResult               *result,
                                                         GError                    **error);

void             hashiya_corpus_import_manifest_async   (HashiyaCorpus              *self,
                                                         GFile                      *manifest,
                                                         GCancellable               *cancellable,
                                                         GAsyncReadyCallback         callback,
                                                         gpointer                    user_data);
gboolean         hashiya_corpus_import_manifest_finish  (HashiyaCorpus              *self,
                                                         GAsyncResult               *result,
                                                         guint                      *n_changed,
                                                         GPtrArray                 **problems,
                                                         GError                    **error);

G_END_DECLS
