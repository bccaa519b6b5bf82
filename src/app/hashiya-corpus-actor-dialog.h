/* hashiya-corpus-actor-dialog.h — an edit of an actor of the corpus
 * catalogue, to be made in every document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CORPUS_ACTOR_DIALOG (hashiya_corpus_actor_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCorpusActorDialog, hashiya_corpus_actor_dialog, HASHIYA, CORPUS_ACTOR_DIALOG, AdwWindow)

HashiyaCorpusActorDialog *hashiya_corpus_actor_dialog_new       (GtkWindow                *parent,
                                                                 HashiyaCatalog           *catalog,
                                                                 const char               *actor_id);
GPtrArray                *hashiya_corpus_actor_dialog_dup_edits (HashiyaCorpusActorDialog *self,
                                                                 GError                  **error);

G_END_DECLS
