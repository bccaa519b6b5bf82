/* hashiya-curation-panel.h — curating the versions of a document, or
 * settling the conflicts a merge left in it: every difference listed and
 * marked in the text, settled one by one or all at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-curation-marks.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CURATION_PANEL (hashiya_curation_panel_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCurationPanel, hashiya_curation_panel, HASHIYA, CURATION_PANEL, GtkWidget)

void        hashiya_curation_panel_set_view          (HashiyaCurationPanel *self,
                                                      HashiyaTextView      *view,
                                                      HashiyaDocumentFile  *file);
void        hashiya_curation_panel_curate_versions   (HashiyaCurationPanel *self,
                                                      const char * const   *paths);
void        hashiya_curation_panel_settle_conflicts  (HashiyaCurationPanel *self);
void        hashiya_curation_panel_stop              (HashiyaCurationPanel *self);
gboolean    hashiya_curation_panel_get_active        (HashiyaCurationPanel *self);
gboolean    hashiya_curation_panel_get_computing     (HashiyaCurationPanel *self);
const char * const *hashiya_curation_panel_get_paths (HashiyaCurationPanel *self);
guint       hashiya_curation_panel_get_n_differences (HashiyaCurationPanel *self);
int         hashiya_curation_panel_get_current       (HashiyaCurationPanel *self);
GObject    *hashiya_curation_panel_get_difference    (HashiyaCurationPanel *self,
                                                      guint                 position);
gboolean    hashiya_curation_panel_step              (HashiyaCurationPanel *self,
                                                      int                   direction);
const char *hashiya_curation_panel_get_error         (HashiyaCurationPanel *self);
GtkWidget  *hashiya_curation_panel_get_choices       (HashiyaCurationPanel *self);

G_END_DECLS
