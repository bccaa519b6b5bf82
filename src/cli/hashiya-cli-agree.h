/* hashiya-cli-agree.h — hashiya-cli agree and corpus agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-cli-common.h"

G_BEGIN_DECLS

int hashiya_cli_agree        (int    argc,
                              char **argv);
int hashiya_cli_corpus_agree (int    argc,
                              char **argv);

G_END_DECLS
