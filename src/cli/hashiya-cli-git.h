/* hashiya-cli-git.h — hashiya-cli git-setup and sync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-cli-common.h"

G_BEGIN_DECLS

int hashiya_cli_git_setup (int    argc,
                           char **argv);
int hashiya_cli_sync      (int    argc,
                           char **argv);

G_END_DECLS
