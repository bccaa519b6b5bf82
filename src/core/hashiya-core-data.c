/* hashiya-core-data.c — the data built into libhashiya-core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-core"

#include "config.h"

#include "hashiya-core-data.h"
#include "hashiya-core-resources.h"

/**
 * hashiya_core_ensure_resources:
 *
 * Registers the built-in data (the default catalogue and the bundled
 * article) with GResource, once. Whatever looks one up calls this first:
 * registration is explicit because a static library's constructors are
 * dropped when nothing refers to them.
 */
void
hashiya_core_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      hashiya_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
