/* hashiya-corpus-cache.h — the document list of a corpus, kept between
 * runs in the corpus's cache folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-corpus-row.h"

G_BEGIN_DECLS

GHashTable *_hashiya_corpus_cache_read  (GFile      *cache_dir);
void        _hashiya_corpus_cache_write (GFile      *cache_dir,
                                         GPtrArray  *paths,
                                         GPtrArray  *rows);

G_END_DECLS
