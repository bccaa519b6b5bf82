/* hashiya-corpus-chooser.h — choosing a corpus folder, files to add to
 * it, a manifest, and where a table goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * HashiyaCorpusChoice:
 * @HASHIYA_CORPUS_CHOOSE_FOLDER: a corpus folder to open
 * @HASHIYA_CORPUS_CHOOSE_ADD: texts and documents to add (several)
 * @HASHIYA_CORPUS_CHOOSE_MANIFEST: a manifest CSV to import
 * @HASHIYA_CORPUS_CHOOSE_SAVE_CSV: where to write a CSV table
 */
typedef enum
{
  HASHIYA_CORPUS_CHOOSE_FOLDER,
  HASHIYA_CORPUS_CHOOSE_ADD,
  HASHIYA_CORPUS_CHOOSE_MANIFEST,
  HASHIYA_CORPUS_CHOOSE_SAVE_CSV,
} HashiyaCorpusChoice;

/**
 * HashiyaCorpusChosenFunc:
 * @files: (element-type GFile) (nullable): the files chosen, or %NULL
 *   when the chooser was cancelled
 */
typedef void (*HashiyaCorpusChosenFunc) (GObject   *object,
                                         GPtrArray *files);

void hashiya_corpus_choose (GtkWindow               *parent,
                            HashiyaCorpusChoice      choice,
                            GFile                   *folder,
                            const char              *name,
                            HashiyaCorpusChosenFunc  func,
                            GObject                 *object);

G_END_DECLS
