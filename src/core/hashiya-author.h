/* hashiya-author.h — who is annotating: the name new mentions and relations record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *hashiya_author_get_current  (void);
void        hashiya_author_set_current  (const char  *name);
char       *hashiya_author_dup_default  (void) G_GNUC_WARN_UNUSED_RESULT;
gboolean    hashiya_author_check_name   (const char  *name,
                                         GError     **error);
char       *hashiya_author_make_valid   (const char  *name) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
