/* hashiya-operation-bar.h — long work under way: what, how far, Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_OPERATION_BAR (hashiya_operation_bar_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaOperationBar, hashiya_operation_bar, HASHIYA, OPERATION_BAR, GtkWidget)

GCancellable *hashiya_operation_bar_begin      (HashiyaOperationBar *self,
                                                const char          *label,
                                                gboolean             can_cancel);
void          hashiya_operation_bar_end        (HashiyaOperationBar *self,
                                                GCancellable        *operation);
gboolean      hashiya_operation_bar_get_active (HashiyaOperationBar *self);

G_END_DECLS
