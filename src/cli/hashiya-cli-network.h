/* hashiya-cli-network.h — hashiya-cli network and stats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hashiya_cli_network (int    argc,
                         char **argv);
int hashiya_cli_stats   (int    argc,
                         char **argv);

G_END_DECLS
