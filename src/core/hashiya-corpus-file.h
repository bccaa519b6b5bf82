/* hashiya-corpus-file.h — corpus.json: a corpus's name, its catalogues
 * (or the paths of their files) and the defaults of new documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-metadata.h"
#include "hashiya-relation-catalog.h"

G_BEGIN_DECLS

/* The file at the root of a corpus folder. */
#define HASHIYA_CORPUS_FILE_NAME "corpus.json"
/* The newest corpus.json version this program writes and reads. */
#define HASHIYA_CORPUS_FORMAT_VERSION 1

/**
 * HashiyaCorpusFile:
 * @name: the corpus's name
 * @catalog: the actor catalogue
 * @catalog_path: when the catalogue is a file of its own, its path as
 *   corpus.json gives it (relative to the folder), else %NULL
 * @relation_catalog: the relation catalogue
 * @relation_catalog_path: as @catalog_path, for the relation catalogue
 * @has_relation_catalog: whether corpus.json names a relation catalogue
 *   (else the built-in one)
 * @defaults: the source and tags that added documents start with
 */
typedef struct
{
  char                   *name;
  HashiyaCatalog         *catalog;
  char                   *catalog_path;
  HashiyaRelationCatalog *relation_catalog;
  char                   *relation_catalog_path;
  gboolean                has_relation_catalog;
  HashiyaMetadata        *defaults;
} HashiyaCorpusFile;

HashiyaCorpusFile *hashiya_corpus_file_new   (const char              *name,
                                              HashiyaCatalog          *catalog,
                                              HashiyaRelationCatalog  *relation_catalog);
HashiyaCorpusFile *hashiya_corpus_file_copy  (const HashiyaCorpusFile *self);
void               hashiya_corpus_file_free  (HashiyaCorpusFile       *self);
HashiyaCorpusFile *hashiya_corpus_file_read  (GFile                   *folder,
                                              GError                 **error);
/* Writes corpus.json, and the catalogue files it names, each atomically. */
gboolean           hashiya_corpus_file_write (const HashiyaCorpusFile *self,
                                              GFile                   *folder,
                                              GError                 **error);
GBytes            *hashiya_corpus_file_to_bytes (const HashiyaCorpusFile *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaCorpusFile, hashiya_corpus_file_free)

G_END_DECLS
