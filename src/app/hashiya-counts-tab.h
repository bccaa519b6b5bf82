/* hashiya-counts-tab.h — the Counts tab of the Pictures page: what
 * to count, its bars and its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-picture.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_COUNTS_TAB (hashiya_counts_tab_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCountsTab, hashiya_counts_tab, HASHIYA, COUNTS_TAB, GtkWidget)

guint          hashiya_counts_tab_get_kind  (HashiyaCountsTab            *self);
const char    *hashiya_counts_tab_get_title (HashiyaCountsTab            *self);
GtkColumnView *hashiya_counts_tab_get_table (HashiyaCountsTab            *self);
void           hashiya_counts_tab_show      (HashiyaCountsTab            *self,
                                             GListModel                  *counts,
                                             const HashiyaPictureOptions *options);

G_END_DECLS
