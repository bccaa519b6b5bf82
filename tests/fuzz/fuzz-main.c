/* fuzz-main.c — the libFuzzer entry point; FUZZ_TARGET names the target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "hashiya-core.h"
#include "hashiya-fuzz-targets.h"

int LLVMFuzzerTestOneInput (const guint8 *data, gsize size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  hashiya_core_init ();
  return FUZZ_TARGET (data, size);
}
