/* hashiya-cli-relations.h — hashiya-cli relate and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-cli-common.h"

G_BEGIN_DECLS

int hashiya_cli_relate    (int    argc,
                           char **argv);
int hashiya_cli_relations (int    argc,
                           char **argv);

G_END_DECLS
