/* hashiya-corpus-document.h — one document of a corpus, as the corpus
 * lists it: where it is, what it says about itself, and its counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-metadata.h"

G_BEGIN_DECLS

/**
 * HashiyaCorpusDocumentState:
 * @HASHIYA_CORPUS_DOCUMENT_NEW: no mentions yet
 * @HASHIYA_CORPUS_DOCUMENT_SUGGESTED: suggestions wait for review
 * @HASHIYA_CORPUS_DOCUMENT_REVIEWED: mentions, and no suggestion left
 * @HASHIYA_CORPUS_DOCUMENT_BROKEN: the file cannot be read (see
 *   hashiya_corpus_document_get_error ())
 */
typedef enum
{
  HASHIYA_CORPUS_DOCUMENT_NEW,
  HASHIYA_CORPUS_DOCUMENT_SUGGESTED,
  HASHIYA_CORPUS_DOCUMENT_REVIEWED,
  HASHIYA_CORPUS_DOCUMENT_BROKEN,
} HashiyaCorpusDocumentState;

#define HASHIYA_TYPE_CORPUS_DOCUMENT (hashiya_corpus_document_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusDocument, hashiya_corpus_document, HASHIYA, CORPUS_DOCUMENT, GObject)

/* Where it is: the path relative to the corpus folder, with "/". */
const char      *hashiya_corpus_document_get_path         (HashiyaCorpusDocument *self);
GFile           *hashiya_corpus_document_get_file         (HashiyaCorpusDocument *self);
/* The file as last read: its size in bytes, its modification time in
 * microseconds since the epoch, and the SHA-256 of its bytes. */
guint64          hashiya_corpus_document_get_size         (HashiyaCorpusDocument *self);
gint64           hashiya_corpus_document_get_mtime        (HashiyaCorpusDocument *self);
const char      *hashiya_corpus_document_get_sha256       (HashiyaCorpusDocument *self);
/* The SHA-256 of its text (text.sha256 of the file), to tell two
 * documents of the same text. */
const char      *hashiya_corpus_document_get_text_sha256  (HashiyaCorpusDocument *self);

const HashiyaMetadata *
                 hashiya_corpus_document_get_metadata     (HashiyaCorpusDocument *self);
const char      *hashiya_corpus_document_get_title        (HashiyaCorpusDocument *self);
const char      *hashiya_corpus_document_get_source       (HashiyaCorpusDocument *self);
const char      *hashiya_corpus_document_get_date         (HashiyaCorpusDocument *self);
const char      *hashiya_corpus_document_get_url          (HashiyaCorpusDocument *self);
const char * const *
                 hashiya_corpus_document_get_tags         (HashiyaCorpusDocument *self);
/* The title, else the file's name without its extension. */
const char      *hashiya_corpus_document_get_display_name (HashiyaCorpusDocument *self);

guint            hashiya_corpus_document_get_n_characters (HashiyaCorpusDocument *self);
guint            hashiya_corpus_document_get_n_mentions   (HashiyaCorpusDocument *self);
guint            hashiya_corpus_document_get_n_suggestions (HashiyaCorpusDocument *self);
guint            hashiya_corpus_document_get_n_relations  (HashiyaCorpusDocument *self);
HashiyaCorpusDocumentState
                 hashiya_corpus_document_get_state        (HashiyaCorpusDocument *self);
/* Why the file cannot be read, or NULL. */
const GError    *hashiya_corpus_document_get_error        (HashiyaCorpusDocument *self);
/* The path of the first document (in path order) with the same text, or
 * NULL. */
const char      *hashiya_corpus_document_get_same_text_as (HashiyaCorpusDocument *self);
/* Whether its actor or relation catalogue differs from the corpus's. */
gboolean         hashiya_corpus_document_get_catalog_differs (HashiyaCorpusDocument *self);
/* The ids of the actors it mentions (accepted or suggested), sorted,
 * and how many mentions each has. */
const char * const *
                 hashiya_corpus_document_get_actor_ids    (HashiyaCorpusDocument *self);
guint            hashiya_corpus_document_count_mentions   (HashiyaCorpusDocument *self,
                                                           const char            *actor_id);

G_END_DECLS
