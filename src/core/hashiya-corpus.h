/* hashiya-corpus.h — a folder of .hashiya documents that share one actor
 * catalogue and one relation catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-corpus-document.h"
#include "hashiya-corpus-file.h"
#include "hashiya-document.h"
#include "hashiya-metadata.h"
#include "hashiya-relation-catalog.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CORPUS (hashiya_corpus_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpus, hashiya_corpus, HASHIYA, CORPUS, GObject)

/**
 * HashiyaCorpusProgressFunc:
 * @done: how many of @total are done
 * @total: how many there are
 * @path: the path (relative to the folder) of the document being done,
 *   or %NULL
 * @user_data: the data given with the function
 *
 * Told of the progress of a long operation, in the thread-default main
 * context of the caller of the operation (for a `_async` one), or in the
 * calling thread (for a synchronous one).
 */
typedef void (*HashiyaCorpusProgressFunc) (guint       done,
                                           guint       total,
                                           const char *path,
                                           gpointer    user_data);

/* Making and opening (hashiya-corpus.c). */
HashiyaCorpus   *hashiya_corpus_create               (GFile                   *folder,
                                                      const char              *name,
                                                      HashiyaCatalog          *catalog,
                                                      HashiyaRelationCatalog  *relation_catalog,
                                                      GError                 **error);
HashiyaCorpus   *hashiya_corpus_open                 (GFile                   *folder,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);
HashiyaCorpus   *hashiya_corpus_open_full            (GFile                   *folder,
                                                      HashiyaCorpusProgressFunc progress,
                                                      gpointer                 progress_data,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);
void             hashiya_corpus_open_async           (GFile                   *folder,
                                                      GCancellable            *cancellable,
                                                      GAsyncReadyCallback      callback,
                                                      gpointer                 user_data);
HashiyaCorpus   *hashiya_corpus_open_finish          (GAsyncResult            *result,
                                                      GError                 **error);
gboolean         hashiya_corpus_rescan               (HashiyaCorpus           *self,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);

GFile           *hashiya_corpus_get_folder           (HashiyaCorpus           *self);
const char      *hashiya_corpus_get_name             (HashiyaCorpus           *self);
/* A GListModel of HashiyaCorpusDocument, sorted by path. */
GListModel      *hashiya_corpus_get_documents        (HashiyaCorpus           *self);
HashiyaCorpusDocument *
                 hashiya_corpus_lookup_document      (HashiyaCorpus           *self,
                                                      const char              *path);
HashiyaCatalog  *hashiya_corpus_get_catalog          (HashiyaCorpus           *self);
HashiyaRelationCatalog *
                 hashiya_corpus_get_relation_catalog (HashiyaCorpus           *self);
/* The metadata that documents added to the corpus start with. */
const HashiyaMetadata *
                 hashiya_corpus_get_defaults         (HashiyaCorpus           *self);
/* The folder (or corpus.json) cannot be written: nothing is saved. */
gboolean         hashiya_corpus_is_read_only         (HashiyaCorpus           *self);

/* The cache of a corpus folder: under g_get_user_cache_dir (), keyed by
 * the folder's absolute path; never inside the folder. */
GFile           *hashiya_corpus_dup_cache_dir        (HashiyaCorpus           *self) G_GNUC_WARN_UNUSED_RESULT;
GFile           *hashiya_corpus_cache_dir_for_folder (GFile                   *folder) G_GNUC_WARN_UNUSED_RESULT;

/* One document, read whole, and saved back through the corpus: each save
 * is atomic, refuses to replace a version another program wrote since the
 * document was read, and emits ::document-changed. */
HashiyaDocument *hashiya_corpus_load_document        (HashiyaCorpus           *self,
                                                      HashiyaCorpusDocument   *document,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);
gboolean         hashiya_corpus_save_document        (HashiyaCorpus           *self,
                                                      HashiyaCorpusDocument   *document,
                                                      HashiyaDocument         *contents,
                                                      GError                 **error);

/* Adding documents (hashiya-corpus-add.c): a .txt becomes a new .hashiya
 * with the corpus's catalogues; a .hashiya is copied in and given them. */
HashiyaCorpusDocument *
                 hashiya_corpus_add_file             (HashiyaCorpus           *self,
                                                      GFile                   *file,
                                                      const HashiyaMetadata   *metadata,
                                                      GError                 **error);
/* A CSV of path,title,date,source,url (RFC 4180, UTF-8, with or without
 * a BOM): the metadata of documents of the corpus. Bad rows are listed
 * in @problems with their line; returns how many documents changed. */
gboolean         hashiya_corpus_import_manifest      (HashiyaCorpus           *self,
                                                      GFile                   *manifest,
                                                      guint                   *n_changed,
                                                      GPtrArray              **problems,
                                                      GError                 **error);

G_END_DECLS
