/* hashiya-corpus-row.h — what the document list knows of one file of a
 * corpus, and how it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"
#include "hashiya-metadata.h"

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
  GHashTable      *actor_counts;   /* actor id (interned) → guint count */
  GError          *error;
} HashiyaCorpusRow;

HashiyaCorpusRow *_hashiya_corpus_row_new        (void);
HashiyaCorpusRow *_hashiya_corpus_row_copy       (const HashiyaCorpusRow  *row);
void              _hashiya_corpus_row_free       (HashiyaCorpusRow        *row);
void              _hashiya_corpus_row_fill       (HashiyaCorpusRow        *row,
                                                  HashiyaDocument         *document);
void              _hashiya_corpus_row_set_file   (HashiyaCorpusRow        *row,
                                                  GFile                   *file,
                                                  GBytes                  *bytes);
char             *_hashiya_corpus_catalog_sha256 (HashiyaCatalog          *catalog,
                                                  HashiyaRelationCatalog  *relation_catalog) G_GNUC_WARN_UNUSED_RESULT;
HashiyaCorpusRow *_hashiya_corpus_read_row       (GFile                   *file,
                                                  const char              *path,
                                                  HashiyaCatalog          *catalog,
                                                  HashiyaRelationCatalog  *relation_catalog,
                                                  HashiyaDocument        **document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusRow, _hashiya_corpus_row_free)

G_END_DECLS
