/* hashiya-file.h — reading and atomically writing whole files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest .hashiya file Hashiya reads, in MiB. */
#define HASHIYA_DOCUMENT_MAX_MIB 512u

GBytes   *hashiya_file_read         (const char    *path,
                                     GError       **error);
GBytes   *hashiya_file_read_limited (const char    *path,
                                     guint64        max_bytes,
                                     GError       **error);
gboolean  hashiya_file_write_atomic (const char    *path,
                                     GBytes        *contents,
                                     GError       **error);
void      hashiya_file_write_atomic_in_task (GTask      *task,
                                            const char *path,
                                            GBytes     *bytes);
char     *hashiya_file_stem         (const char    *path) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
