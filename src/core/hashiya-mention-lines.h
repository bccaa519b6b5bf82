/* hashiya-mention-lines.h — the fast way through a .hashiya's mentions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *_hashiya_read_mention_lines (const char *data,
                                        gsize       size,
                                        guint       before,
                                        gsize      *array_start,
                                        gsize      *array_end);

G_END_DECLS
