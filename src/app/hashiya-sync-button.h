/* hashiya-sync-button.h — whose version the window shows, and, in a git
 * work tree, its branch, what there is to commit, pull and push, and Sync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_SYNC_BUTTON (hashiya_sync_button_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaSyncButton, hashiya_sync_button, HASHIYA, SYNC_BUTTON, GtkWidget)

void        hashiya_sync_button_set_document_file (HashiyaSyncButton   *self,
                                                   HashiyaDocumentFile *file);
void        hashiya_sync_button_refresh           (HashiyaSyncButton   *self,
                                                   gboolean             fetch);
void        hashiya_sync_button_popup             (HashiyaSyncButton   *self);
gboolean    hashiya_sync_button_get_in_work_tree  (HashiyaSyncButton   *self);
gboolean    hashiya_sync_button_get_checking      (HashiyaSyncButton   *self);
gboolean    hashiya_sync_button_get_syncing       (HashiyaSyncButton   *self);
const char *hashiya_sync_button_get_state_text    (HashiyaSyncButton   *self);
const char *hashiya_sync_button_get_result_text   (HashiyaSyncButton   *self);

G_END_DECLS
