/* hashiya-corpus-agreement.h — how far the annotators of a corpus agree:
 * each document with versions, all of them pooled, and the figures kept
 * in the corpus folder (agreement.json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-agreement.h"
#include "hashiya-corpus.h"

G_BEGIN_DECLS

/* The file in a corpus folder that keeps the figures. */
#define HASHIYA_CORPUS_AGREEMENT_FILE_NAME "agreement.json"

/**
 * HashiyaCorpusAgreementDocument:
 * @path: the document, relative to the corpus folder (the curated file's
 *   path, whether or not there is one)
 * @versions: its annotators' versions (annotators/NAME/DOC.hashiya),
 *   relative to the folder, in order of the annotators' names
 * @sha256: (array zero-terminated=1): each version file's SHA-256, when
 *   it could be read
 * @agreement: (nullable): how far they agree, when measured
 * @problem: (nullable): why it was not: one version only, a file that
 *   cannot be read, versions of different texts
 */
typedef struct
{
  char             *path;
  GStrv             versions;
  GStrv             sha256;
  HashiyaAgreement *agreement;
  char             *problem;
} HashiyaCorpusAgreementDocument;

#define HASHIYA_TYPE_CORPUS_AGREEMENT (hashiya_corpus_agreement_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusAgreement, hashiya_corpus_agreement, HASHIYA, CORPUS_AGREEMENT, GObject)

char                   *hashiya_corpus_agreement_document_of     (const char              *path) G_GNUC_WARN_UNUSED_RESULT;
GHashTable             *hashiya_corpus_agreement_find_versions   (HashiyaCorpus           *corpus);
HashiyaCorpusAgreement *hashiya_corpus_agreement_compute         (HashiyaCorpus           *corpus,
                                                                  GCancellable            *cancellable,
                                                                  GError                 **error);
GPtrArray              *hashiya_corpus_agreement_get_documents   (HashiyaCorpusAgreement  *self);
HashiyaAgreement       *hashiya_corpus_agreement_get_overall     (HashiyaCorpusAgreement  *self);
guint                   hashiya_corpus_agreement_get_n_measured  (HashiyaCorpusAgreement  *self);
guint                   hashiya_corpus_agreement_get_n_single    (HashiyaCorpusAgreement  *self);
guint                   hashiya_corpus_agreement_get_n_refused   (HashiyaCorpusAgreement  *self);
char                   *hashiya_corpus_agreement_to_json         (HashiyaCorpusAgreement  *self,
                                                                  HashiyaAgreementBy       by,
                                                                  gboolean                 broken_down) G_GNUC_WARN_UNUSED_RESULT;
gboolean                hashiya_corpus_agreement_save            (HashiyaCorpusAgreement  *self,
                                                                  HashiyaCorpus           *corpus,
                                                                  GError                 **error);
gboolean                hashiya_corpus_agreement_store_document  (HashiyaCorpus           *corpus,
                                                                  const char              *path,
                                                                  GCancellable            *cancellable,
                                                                  GError                 **error);
gboolean                hashiya_corpus_agreement_can_keep        (const char * const      *paths);
void                    hashiya_corpus_agreement_keep_async      (const char              *path,
                                                                  GCancellable            *cancellable,
                                                                  GAsyncReadyCallback      callback,
                                                                  gpointer                 user_data);
gboolean                hashiya_corpus_agreement_keep_finish     (GAsyncResult            *result,
                                                                  GError                 **error);

/**
 * HashiyaStoredAgreement:
 * @path: the document, relative to the corpus folder
 * @versions: the versions measured, relative to the folder
 * @sha256: each one's SHA-256 then
 * @problem: (nullable): why the document was not measured
 * @strict_f1, @lenient_f1, @kappa, @alpha: the overall figures of its
 *   versions (NAN when undefined or not measured)
 *
 * A document's figures as agreement.json keeps them.
 */
typedef struct
{
  char   *path;
  GStrv   versions;
  GStrv   sha256;
  char   *problem;
  double  strict_f1;
  double  lenient_f1;
  double  kappa;
  double  alpha;
} HashiyaStoredAgreement;

GHashTable *hashiya_stored_agreement_read       (HashiyaCorpus                *corpus,
                                                 GError                      **error);
gboolean    hashiya_stored_agreement_is_current (const HashiyaStoredAgreement *stored,
                                                 HashiyaCorpus                *corpus,
                                                 const char * const           *versions);

G_END_DECLS
