/* hashiya-test-cli.h — running hashiya-cli as a user does, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HashiyaTestRun, hashiya_test_run_clear)

/* $HASHIYA_CLI with these arguments, here, in the test's environment. */
#define hashiya_test_run_cli(...) \
  hashiya_test_run_cli_full (NULL, NULL, FALSE, (const char * const[]) { __VA_ARGS__, NULL })

G_END_DECLS
