/* hashiya-test-cli.h — running hashiya-cli as a user does, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Root reads and writes past any permission: permission cases run the
 * CLI as this unprivileged user instead. */
#define HASHIYA_TEST_NOBODY 65534

/* What a run of hashiya-cli gave: its exit status and its two outputs. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} HashiyaTestRun;

void           hashiya_test_run_clear      (HashiyaTestRun      *run);
HashiyaTestRun hashiya_test_run_cli_full   (const char          *cwd,
                                            const char * const  *env,
                                            gboolean             as_nobody,
                                            const char * const  *args);
void           hashiya_test_assert_refused (HashiyaTestRun      *run,
                                            const char          *message,
                                            const char          *output);
GSubprocess   *hashiya_test_spawn_cli      (const char * const  *args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HashiyaTestRun, hashiya_test_run_clear)

/* $HASHIYA_CLI with these arguments, here, in the test's environment. */
#define hashiya_test_run_cli(...) \
  hashiya_test_run_cli_full (NULL, NULL, FALSE, (const char * const[]) { __VA_ARGS__, NULL })
/* The same, as an unprivileged user when the test runs as root. */
#define hashiya_test_run_cli_nobody(...) \
  hashiya_test_run_cli_full (NULL, NULL, TRUE, (const char * const[]) { __VA_ARGS__, NULL })

G_END_DECLS
