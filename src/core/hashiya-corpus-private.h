/* hashiya-corpus-private.h — what the parts of the corpus share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-corpus.h"
#include "hashiya-corpus-file.h"

G_BEGIN_DECLS

/* What the list knows of one file, read from it (or from the cache). */
typedef struct
{
  guint64          size;
  gint64           mtime;
  char            *sha256;
  char            *text_sha256;
  char            *catalog_sha256;
  HashiyaMetadata *metadata;
  guint            n_characters;
  guint            n_mentions;
  guint            n_suggestions;
  guint            n_relations;
  GHashTable      *actor_counts;   /* actor id → guint count */
  GError          *error;
} HashiyaCorpusRow;

HashiyaCorpusRow      *_hashiya_corpus_row_new           (void);
void                   _hashiya_corpus_row_free          (HashiyaCorpusRow      *row);
void                   _hashiya_corpus_row_fill          (HashiyaCorpusRow      *row,
                                                          HashiyaDocument       *document);
char                  *_hashiya_corpus_catalog_sha256    (HashiyaCatalog        *catalog,
                                                          HashiyaRelationCatalog *relation_catalog) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusRow, _hashiya_corpus_row_free)

HashiyaCorpusDocument *_hashiya_corpus_document_new       (GFile                 *folder,
                                                          const char            *path);
/* Takes @row. */
void                   _hashiya_corpus_document_set_row  (HashiyaCorpusDocument *self,
                                                          HashiyaCorpusRow      *row);
const HashiyaCorpusRow *
                       _hashiya_corpus_document_get_row  (HashiyaCorpusDocument *self);
void                   _hashiya_corpus_document_set_same_text_as (HashiyaCorpusDocument *self,
                                                          const char            *path);
void                   _hashiya_corpus_document_set_catalog_differs (HashiyaCorpusDocument *self,
                                                          gboolean               differs);
gboolean               _hashiya_corpus_document_is_text  (HashiyaCorpusDocument *self);

/* hashiya-corpus-scan.c: the folder's files, and what each says. */
typedef struct
{
  char    *path;     /* relative to the folder, with "/" */
  guint64  size;
  gint64   mtime;
  GError  *error;    /* a subfolder that cannot be read */
} HashiyaCorpusEntry;

void                   _hashiya_corpus_entry_free        (HashiyaCorpusEntry    *entry);
GPtrArray             *_hashiya_corpus_list_files        (GFile                 *folder,
                                                          GCancellable          *cancellable,
                                                          GError               **error);
gboolean               _hashiya_corpus_is_document_name  (const char            *name);
HashiyaCorpusRow      *_hashiya_corpus_read_row          (GFile                 *file,
                                                          const char            *path,
                                                          HashiyaCatalog        *catalog,
                                                          HashiyaRelationCatalog *relation_catalog,
                                                          HashiyaDocument      **document);
void                   _hashiya_corpus_row_set_file      (HashiyaCorpusRow      *row,
                                                          GFile                 *file,
                                                          GBytes                *bytes);

/* hashiya-corpus.c: writes to the folder, one process at a time. */
int                    _hashiya_corpus_lock              (GFile                 *folder,
                                                          GError               **error);
void                   _hashiya_corpus_unlock            (int                    fd);
gboolean               _hashiya_corpus_check_writable    (HashiyaCorpus         *self,
                                                          GError               **error);
void                   _hashiya_corpus_set_row           (HashiyaCorpus         *self,
                                                          const char            *path,
                                                          HashiyaCorpusRow      *row);
GPtrArray             *_hashiya_corpus_dup_paths         (HashiyaCorpus         *self,
                                                          GPtrArray             *documents);
char                  *_hashiya_corpus_dup_local_path    (HashiyaCorpus         *self,
                                                          const char            *path) G_GNUC_WARN_UNUSED_RESULT;
const char            *_hashiya_corpus_get_catalog_sha256 (HashiyaCorpus        *self);
/* Takes @file. */
void                   _hashiya_corpus_set_file          (HashiyaCorpus         *self,
                                                          HashiyaCorpusFile     *file);
const HashiyaCorpusFile *
                       _hashiya_corpus_get_file          (HashiyaCorpus         *self);

G_END_DECLS
