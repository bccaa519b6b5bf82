/* hashiya-test-cli.h — running hashiya-cli as a user runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Root reads and writes past any permission: permission cases run the
 * CLI as this unprivileged user instead. */
#define HASHIYA_TEST_NOBODY 65534

typedef struct
{
  int   status;
  char *out;
  char *err;
} HashiyaCliResult;

void             hashiya_cli_result_clear (HashiyaCliResult   *result);
HashiyaCliResult hashiya_test_run_cli     (gboolean            as_nobody,
                                           const char * const *args);
GSubprocess     *hashiya_test_spawn_cli   (const char * const *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HashiyaCliResult, hashiya_cli_result_clear)

#define hashiya_run_cli(...) hashiya_test_run_cli (FALSE, (const char * const[]) { __VA_ARGS__, NULL })
#define hashiya_run_cli_nobody(...) hashiya_test_run_cli (TRUE, (const char * const[]) { __VA_ARGS__, NULL })

G_END_DECLS
