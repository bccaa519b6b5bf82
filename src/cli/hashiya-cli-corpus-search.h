/* hashiya-cli-corpus-search.h — hashiya-cli corpus index and corpus search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-cli-common.h"

G_BEGIN_DECLS

int hashiya_cli_corpus_index  (int    argc,
                               char **argv);
int hashiya_cli_corpus_search (int    argc,
                               char **argv);

G_END_DECLS
