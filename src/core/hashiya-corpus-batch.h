/* hashiya-corpus-batch.h — work on many documents of a corpus at once:
 * suggestions, and edits of the corpus catalogue carried into every
 * document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-corpus.h"

G_BEGIN_DECLS

/**
 * HashiyaCorpusSuggestFlags:
 * @HASHIYA_CORPUS_SUGGEST_DEFAULT: suggest actors, as suggestions to review
 * @HASHIYA_CORPUS_SUGGEST_RELATIONS: then the relations between the mentions
 * @HASHIYA_CORPUS_SUGGEST_ACCEPT: add them accepted, not as suggestions
 */
typedef enum
{
  HASHIYA_CORPUS_SUGGEST_DEFAULT = 0,
  HASHIYA_CORPUS_SUGGEST_RELATIONS = 1 << 0,
  HASHIYA_CORPUS_SUGGEST_ACCEPT = 1 << 1,
} HashiyaCorpusSuggestFlags;

/**
 * HashiyaCorpusEditKind:
 * @HASHIYA_CORPUS_EDIT_RENAME: give an actor new names
 * @HASHIYA_CORPUS_EDIT_ADD_ALIAS: give an actor one more alias
 * @HASHIYA_CORPUS_EDIT_MERGE: fold an actor into another: its mentions
 *   become the other's, its names and aliases the other's aliases
 * @HASHIYA_CORPUS_EDIT_COLOR: give an actor a new colour
 */
typedef enum
{
  HASHIYA_CORPUS_EDIT_RENAME,
  HASHIYA_CORPUS_EDIT_ADD_ALIAS,
  HASHIYA_CORPUS_EDIT_MERGE,
  HASHIYA_CORPUS_EDIT_COLOR,
} HashiyaCorpusEditKind;

typedef struct _HashiyaCorpusEdit HashiyaCorpusEdit;

#define HASHIYA_TYPE_CORPUS_EDIT (hashiya_corpus_edit_get_type ())

GType              hashiya_corpus_edit_get_type      (void) G_GNUC_CONST;
HashiyaCorpusEdit *hashiya_corpus_edit_new_rename    (const char              *actor_id,
                                                      const char              *name_ar,
                                                      const char              *name_en);
HashiyaCorpusEdit *hashiya_corpus_edit_new_alias     (const char              *actor_id,
                                                      const char              *alias);
HashiyaCorpusEdit *hashiya_corpus_edit_new_merge     (const char              *actor_id,
                                                      const char              *into_id);
HashiyaCorpusEdit *hashiya_corpus_edit_new_color     (const char              *actor_id,
                                                      const char              *color);
HashiyaCorpusEdit *hashiya_corpus_edit_copy          (const HashiyaCorpusEdit *self);
void               hashiya_corpus_edit_free          (HashiyaCorpusEdit       *self);
HashiyaCorpusEditKind
                   hashiya_corpus_edit_get_kind      (const HashiyaCorpusEdit *self);

/**
 * HashiyaCorpusSummary:
 * @n_documents: documents worked on
 * @n_changed: documents written again
 * @n_mentions: mentions added (suggest) or changed (catalogue edit)
 * @n_relations: relations added (suggest)
 * @n_failed: documents that could not be read or written
 * @failures: one message per failed document, "PATH: why"
 * @cancelled: the operation was cancelled before it went through all
 */
typedef struct
{
  guint      n_documents;
  guint      n_changed;
  guint      n_mentions;
  guint      n_relations;
  guint      n_failed;
  GPtrArray *failures;
  gboolean   cancelled;
} HashiyaCorpusSummary;

#define HASHIYA_TYPE_CORPUS_SUMMARY (hashiya_corpus_summary_get_type ())

GType                 hashiya_corpus_summary_get_type (void) G_GNUC_CONST;
HashiyaCorpusSummary *hashiya_corpus_summary_copy     (const HashiyaCorpusSummary *self);
void                  hashiya_corpus_summary_free     (HashiyaCorpusSummary       *self);

/* Suggest in @documents (HashiyaCorpusDocument, or NULL for all), each
 * document written atomically; its suggestions stay reviewable in it. */
HashiyaCorpusSummary *hashiya_corpus_suggest         (HashiyaCorpus              *self,
                                                      GPtrArray                  *documents,
                                                      HashiyaCorpusSuggestFlags   flags,
                                                      HashiyaCorpusProgressFunc   progress,
                                                      gpointer                    progress_data,
                                                      GCancellable               *cancellable,
                                                      GError                    **error);
void                  hashiya_corpus_suggest_async   (HashiyaCorpus              *self,
                                                      GPtrArray                  *documents,
                                                      HashiyaCorpusSuggestFlags   flags,
                                                      HashiyaCorpusProgressFunc   progress,
                                                      gpointer                    progress_data,
                                                      GDestroyNotify              progress_data_free,
                                                      GCancellable               *cancellable,
                                                      GAsyncReadyCallback         callback,
                                                      gpointer                    user_data);
HashiyaCorpusSummary *hashiya_corpus_suggest_finish  (HashiyaCorpus              *self,
                                                      GAsyncResult               *result,
                                                      GError                    **error);

/* Change the corpus catalogue (corpus.json) and every document with it;
 * each file is written atomically, so that each is either as it was or
 * as it is to be. */
HashiyaCorpusSummary *hashiya_corpus_edit_catalog    (HashiyaCorpus              *self,
                                                      const HashiyaCorpusEdit    *edit,
                                                      HashiyaCorpusProgressFunc   progress,
                                                      gpointer                    progress_data,
                                                      GCancellable               *cancellable,
                                                      GError                    **error);
void                  hashiya_corpus_edit_catalog_async (HashiyaCorpus           *self,
                                                      const HashiyaCorpusEdit    *edit,
                                                      HashiyaCorpusProgressFunc   progress,
                                                      gpointer                    progress_data,
                                                      GDestroyNotify              progress_data_free,
                                                      GCancellable               *cancellable,
                                                      GAsyncReadyCallback         callback,
                                                      gpointer                    user_data);
HashiyaCorpusSummary *hashiya_corpus_edit_catalog_finish (HashiyaCorpus          *self,
                                                      GAsyncResult               *result,
                                                      GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusEdit, hashiya_corpus_edit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusSummary, hashiya_corpus_summary_free)

G_END_DECLS
