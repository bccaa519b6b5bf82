/* fuzz-main.c — the libFuzzer entry point; FUZZ_TARGET names the target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hashiya-core.h"
#include "hashiya-fuzz-targets.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, gsize size);

/* A critical or a warning is a broken promise too: abort, so that the
 * fuzzer keeps the input. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  hashiya_core_init ();
  return FUZZ_TARGET (data, size);
}
