/* hashiya-file-chooser.h — choosing the files a window reads and writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * HashiyaFileChoice:
 * @HASHIYA_CHOOSE_OPEN: a document, a text or another tool's file to open
 * @HASHIYA_CHOOSE_SAVE_AS: where to save a .hashiya
 * @HASHIYA_CHOOSE_NEW_TEXT: a new version of the text
 * @HASHIYA_CHOOSE_LOAD_CATALOG: a catalogue file to load
 * @HASHIYA_CHOOSE_SAVE_CATALOG: where to save a catalogue file
 */
typedef enum
{
  HASHIYA_CHOOSE_OPEN,
  HASHIYA_CHOOSE_SAVE_AS,
  HASHIYA_CHOOSE_NEW_TEXT,
  HASHIYA_CHOOSE_LOAD_CATALOG,
  HASHIYA_CHOOSE_SAVE_CATALOG,
} HashiyaFileChoice;

/**
 * HashiyaFileChosenFunc:
 * @path: (nullable): the local file chosen, or %NULL when the chooser was
 *   cancelled
 */
typedef void (*HashiyaFileChosenFunc) (GObject    *object,
                                       const char *path);

void hashiya_choose_file (GtkWindow             *parent,
                          HashiyaFileChoice      choice,
                          GFile                 *folder,
                          const char            *name,
                          HashiyaFileChosenFunc  func,
                          GObject               *object);

G_END_DECLS
