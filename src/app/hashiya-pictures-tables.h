/* hashiya-pictures-tables.h — the tables under the pictures: the same
 * numbers in column views, for the keyboard and screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-timeline.h"

G_BEGIN_DECLS

void hashiya_pictures_tables_set_model     (GtkColumnView          *view,
                                            GListModel             *model);
void hashiya_pictures_tables_add_columns   (GtkColumnView          *nodes,
                                            GtkColumnView          *edges,
                                            GtkColumnView          *counts,
                                            GtkCheckButton         *english);
void hashiya_pictures_tables_fill_timeline (GtkColumnView          *table,
                                            HashiyaNetworkTimeline *timeline,
                                            gboolean                relations,
                                            GtkCheckButton         *english);

G_END_DECLS
