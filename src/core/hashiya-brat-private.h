/* hashiya-brat-private.h — what the brat reader and writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What ends a line of a brat text: a span's fragments stop at it, and
 * no .ann field may hold one. */
static inline gboolean
_hashiya_brat_is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85 || c == 0x0b || c == 0x0c;
}

G_END_DECLS
