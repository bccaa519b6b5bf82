/* hashiya-team-actions.h — what a window does for a team of annotators:
 * agreement, curation, conflicts, Sync, and whose version it saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-curation-panel.h"
#include "hashiya-file-operations.h"
#include "hashiya-page.h"
#include "hashiya-sync-button.h"

G_BEGIN_DECLS

void                  hashiya_team_actions_install   (GtkWindow             *window,
                                                      HashiyaDocumentFile   *file,
                                                      HashiyaFileOperations *operations,
                                                      HashiyaPage           *page,
                                                      GtkBox                *document_box,
                                                      HashiyaSyncButton     *sync_button);
HashiyaCurationPanel *hashiya_team_actions_get_panel (GtkWindow             *window);
void                  hashiya_team_save              (GtkWindow             *window);

G_END_DECLS
