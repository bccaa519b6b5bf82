/* hashiya-core-data.h — the data built into libhashiya-core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where the built-in data lives among the resources. */
#define HASHIYA_CORE_RESOURCE_PATH "/io/github/hashiya/Hashiya/core"

void hashiya_core_ensure_resources (void);

G_END_DECLS
