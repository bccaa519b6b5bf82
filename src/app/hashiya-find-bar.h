/* hashiya-find-bar.h — find in the text, folded, and annotate every match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_FIND_BAR (hashiya_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaFindBar, hashiya_find_bar, HASHIYA, FIND_BAR, GtkWidget)

void     hashiya_find_bar_set_view      (HashiyaFindBar  *self,
                                         HashiyaTextView *view);
void     hashiya_find_bar_refresh       (HashiyaFindBar  *self);
void     hashiya_find_bar_start         (HashiyaFindBar  *self);
void     hashiya_find_bar_step          (HashiyaFindBar  *self,
                                         int              direction);
guint    hashiya_find_bar_get_n_matches (HashiyaFindBar  *self);

G_END_DECLS
