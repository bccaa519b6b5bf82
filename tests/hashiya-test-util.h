/* hashiya-test-util.h — helpers shared by the test programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-core.h"

G_BEGIN_DECLS

HashiyaText     *hashiya_test_sample_text      (void);
HashiyaDocument *hashiya_test_sample_document  (void);
HashiyaDocument *hashiya_test_big_document     (gsize                min_bytes,
                                                HashiyaMentionStatus status);
char            *hashiya_test_make_tmpdir      (void);
char            *hashiya_test_own_cache        (void);
void             hashiya_test_own_xdg_folders  (const char *root);
void             hashiya_test_remove_tree      (const char *path);
char            *hashiya_test_write_file       (const char *dir,
                                                const char *name,
                                                const char *contents,
                                                gssize      length);
char            *hashiya_test_read_file        (const char *path,
                                                gsize      *length);
char            *hashiya_test_replace          (const char *haystack,
                                                const char *from,
                                                const char *to);
guint            hashiya_test_assert_iob2      (const char *conll);
void             hashiya_test_wait_for         (gboolean  (*ready) (gpointer data),
                                                gpointer    data,
                                                guint       seconds);
gboolean         hashiya_test_flag_set         (gpointer    flag);
gboolean         hashiya_test_pointer_set      (gpointer    location);

G_END_DECLS
