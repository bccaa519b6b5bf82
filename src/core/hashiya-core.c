/* hashiya-core.c — setting up libhashiya-core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-core"

#include "config.h"

#include "hashiya-core.h"
#include "hashiya-core-resources.h"

/**
 * hashiya_core_init:
 *
 * Registers the built-in data (the default catalogue and the bundled
 * article). Safe to call more than once. Registration is explicit because
 * a static library's constructors are dropped when nothing refers to them.
 */
void
hashiya_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      hashiya_core_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}

/**
 * hashiya_core_get_sample:
 *
 * Returns: (transfer full): the bytes of the bundled article, unchanged
 */
GBytes *
hashiya_core_get_sample (void)
{
  hashiya_core_init ();

  return g_resources_lookup_data ("/io/github/hashiya/Hashiya/core/samples/" HASHIYA_SAMPLE_NAME,
                                  0, NULL);
}
