/* hashiya-curation.h — a curated document from annotators' versions: what
 * all agree on, or what most chose, taken in one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-agreement.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

/**
 * HashiyaCurationRule:
 * @HASHIYA_CURATION_ALL_AGREE: what every annotator marked the same way
 * @HASHIYA_CURATION_MAJORITY: what more than half of the annotators marked
 *   the same way
 */
typedef enum
{
  HASHIYA_CURATION_ALL_AGREE,
  HASHIYA_CURATION_MAJORITY,
} HashiyaCurationRule;

/* hashiya_curation_take_unit()'s annotator when the unit is to go. */
#define HASHIYA_CURATION_NONE G_MAXUINT

guint    hashiya_curation_accept    (HashiyaDocument       *curated,
                                     HashiyaAgreement      *agreement,
                                     const char            *text_name,
                                     HashiyaCurationRule    rule,
                                     GError               **error);
gboolean hashiya_curation_take_unit (HashiyaDocument       *curated,
                                     HashiyaAgreement      *agreement,
                                     HashiyaAgreementUnit  *unit,
                                     guint                  annotator,
                                     GError               **error);

G_END_DECLS
