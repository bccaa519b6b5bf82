/* hashiya-corpus-actor-row.h — a row of a corpus's actor list: the
 * actor's colour, its Arabic name, and its documents and mentions across
 * the corpus; the first row, "All Documents", the corpus's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

void hashiya_corpus_actor_row_setup (GtkListItem              *item);
void hashiya_corpus_actor_row_bind  (GtkListItem              *item,
                                     HashiyaCorpus            *corpus,
                                     const HashiyaCorpusStats *corpus_stats,
                                     GHashTable               *actor_stats);

G_END_DECLS
