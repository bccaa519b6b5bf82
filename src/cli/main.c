/* main.c — hashiya-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "hashiya-cli.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  return hashiya_cli_run (argc, argv);
}
