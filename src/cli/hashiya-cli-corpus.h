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

G_END_DECLS
