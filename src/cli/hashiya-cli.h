/* hashiya-cli.h — the headless command-line tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes: success, bad input or data, wrong usage. */
typedef enum
{
  HASHIYA_CLI_OK = 0,
  HASHIYA_CLI_BAD_INPUT = 1,
  HASHIYA_CLI_USAGE = 2,
} HashiyaCliStatus;

int hashiya_cli_run (int    argc,
                     char **argv);

G_END_DECLS
