/* hashiya-agreement-dialog.h — how far the versions of the open document
 * agree: per annotator pair and by actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_AGREEMENT_DIALOG (hashiya_agreement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaAgreementDialog, hashiya_agreement_dialog, HASHIYA, AGREEMENT_DIALOG, AdwWindow)

HashiyaAgreementDialog *hashiya_agreement_dialog_new         (GtkWindow              *parent,
                                                              const char * const     *paths);
gboolean                hashiya_agreement_dialog_get_done    (HashiyaAgreementDialog *self);
GtkColumnView          *hashiya_agreement_dialog_get_pairs   (HashiyaAgreementDialog *self);
GtkColumnView          *hashiya_agreement_dialog_get_actors  (HashiyaAgreementDialog *self);
const char             *hashiya_agreement_dialog_get_cell    (HashiyaAgreementDialog *self,
                                                              gboolean                actors,
                                                              guint                   row,
                                                              guint                   column);

G_END_DECLS
