/* hashiya-network-corpus.h — the documents of a corpus, for its network,
 * counts and timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-corpus.h"
#include "hashiya-network-document.h"

G_BEGIN_DECLS

GPtrArray *hashiya_network_documents_from_corpus      (HashiyaCorpus  *corpus,
                                                       GPtrArray      *problems,
                                                       GCancellable   *cancellable,
                                                       GError        **error);
void       hashiya_network_documents_from_corpus_async  (HashiyaCorpus       *corpus,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
GPtrArray *hashiya_network_documents_from_corpus_finish (HashiyaCorpus       *corpus,
                                                         GAsyncResult        *result,
                                                         GPtrArray           *problems,
                                                         GError             **error);
char      *hashiya_network_positions_path_for_corpus  (HashiyaCorpus  *corpus) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
