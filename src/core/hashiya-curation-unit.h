/* hashiya-curation-unit.h — settling one aligned unit of the versions in a
 * curated document: one annotator's version of it, or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-agreement.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

/* Takes no annotator's version: the unit's span is left unmarked. */
#define HASHIYA_CURATION_TAKE_NONE G_MAXUINT

gboolean hashiya_curation_take_unit (HashiyaDocument       *curated,
                                     HashiyaAgreement      *agreement,
                                     HashiyaAgreementUnit  *unit,
                                     guint                  annotator,
                                     GError               **error);

G_END_DECLS
