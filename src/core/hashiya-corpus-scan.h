/* hashiya-corpus-scan.h — the files of a corpus folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char    *path;     /* relative to the folder, with "/" */
  guint64  size;
  gint64   mtime;
  GError  *error;    /* a subfolder that cannot be read */
} HashiyaCorpusEntry;

void       _hashiya_corpus_entry_free       (HashiyaCorpusEntry  *entry);
GPtrArray *_hashiya_corpus_list_files       (GFile               *folder,
                                             GCancellable        *cancellable,
                                             GError             **error);
gboolean   _hashiya_corpus_is_document_name (const char          *name);

G_END_DECLS
