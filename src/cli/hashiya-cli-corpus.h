/* hashiya-cli-corpus.h — hashiya-cli corpus: the subcommands that work on
 * a corpus folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-cli-common.h"

G_BEGIN_DECLS

int            hashiya_cli_corpus           (int             argc,
                                             char          **argv);

/* What the subcommands share. */
HashiyaCorpus *hashiya_cli_corpus_open      (const char     *folder,
                                             GError        **error);
void           hashiya_cli_corpus_progress  (guint           done,
                                             guint           total,
                                             const char     *path,
                                             gpointer        user_data);

G_END_DECLS
