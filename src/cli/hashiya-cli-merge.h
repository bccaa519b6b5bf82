/* hashiya-cli-merge.h — hashiya-cli merge-driver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-cli-common.h"

G_BEGIN_DECLS

int hashiya_cli_merge_driver (int    argc,
                              char **argv);

G_END_DECLS
