/* hashiya-file.h — reading and atomically writing whole files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes   *hashiya_file_read         (const char    *path,
                                     GError       **error);
gboolean  hashiya_file_write_atomic (const char    *path,
                                     GBytes        *contents,
                                     GError       **error);

G_END_DECLS
