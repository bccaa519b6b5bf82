/* hashiya-evidence-pane.h — the sentences of an actor or a link, beside
 * the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-evidence.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_EVIDENCE_PANE (hashiya_evidence_pane_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaEvidencePane, hashiya_evidence_pane, HASHIYA, EVIDENCE_PANE, GtkWidget)

void         hashiya_evidence_pane_show            (HashiyaEvidencePane *self,
                                                    const char          *title,
                                                    GListModel          *evidence);
void         hashiya_evidence_pane_focus           (HashiyaEvidencePane *self);
void         hashiya_evidence_pane_set_with_titles (HashiyaEvidencePane *self,
                                                    gboolean             with_titles);
GtkListView *hashiya_evidence_pane_get_list        (HashiyaEvidencePane *self);

G_END_DECLS
