/* hashiya-object-util.h — small GObject helpers shared by the model classes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean hashiya_set_shared_string (GObject     *object,
                                    char       **field,
                                    const char  *value,
                                    GParamSpec  *pspec);
void     hashiya_clear_shared_string (char     **field);
char    *hashiya_share_string       (const char  *shared);
gboolean hashiya_set_string          (GObject     *object,
                                      char       **field,
                                      const char  *value,
                                      GParamSpec  *pspec);
void     hashiya_object_swap_state   (GObject     *live,
                                      GObject     *snapshot);
gboolean hashiya_object_state_equal  (GObject     *a,
                                      GObject     *b);

G_END_DECLS
