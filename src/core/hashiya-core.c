/* hashiya-core.c — setting up libhashiya-core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-core"

#include "config.h"

#include "hashiya-core.h"
#include "hashiya-core-data.h"

/**
 * hashiya_core_init:
 *
 * Sets up the core: registers its built-in data (see
 * hashiya_core_ensure_resources()). Safe to call more than once.
 */
void
hashiya_core_init (void)
{
  hashiya_core_ensure_resources ();
}

/**
 * hashiya_core_get_sample:
 *
 * Returns: (transfer full): the bytes of the bundled article, unchanged
 */
GBytes *
hashiya_core_get_sample (void)
{
  hashiya_core_ensure_resources ();

  return g_resources_lookup_data (HASHIYA_CORE_RESOURCE_PATH "/samples/" HASHIYA_SAMPLE_NAME,
                                  0, NULL);
}
