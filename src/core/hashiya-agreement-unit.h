/* hashiya-agreement-unit.h — one aligned unit of versions of a text: a span
 * that at least one annotator marked, and what each marked there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-mention.h"

G_BEGIN_DECLS

/* The label of a unit an annotator did not mark. */
#define HASHIYA_AGREEMENT_NONE "none"

#define HASHIYA_TYPE_AGREEMENT_UNIT (hashiya_agreement_unit_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaAgreementUnit, hashiya_agreement_unit, HASHIYA, AGREEMENT_UNIT, GObject)

const char             *hashiya_agreement_unit_get_item          (HashiyaAgreementUnit *self);
const char             *hashiya_agreement_unit_get_text_name     (HashiyaAgreementUnit *self);
guint                   hashiya_agreement_unit_get_start         (HashiyaAgreementUnit *self);
guint                   hashiya_agreement_unit_get_end           (HashiyaAgreementUnit *self);
guint                   hashiya_agreement_unit_get_n_annotators  (HashiyaAgreementUnit *self);
HashiyaMention         *hashiya_agreement_unit_get_mention       (HashiyaAgreementUnit *self,
                                                                  guint                 annotator);
const char             *hashiya_agreement_unit_get_label         (HashiyaAgreementUnit *self,
                                                                  guint                 annotator);
HashiyaUnitDifferences  hashiya_agreement_unit_get_differences   (HashiyaAgreementUnit *self);

/* For HashiyaAgreement, which makes the units. */
HashiyaAgreementUnit   *_hashiya_agreement_unit_new              (const char           *text_name,
                                                                  guint                 n_annotators);
void                    _hashiya_agreement_unit_set_missing      (HashiyaAgreementUnit *self,
                                                                  guint                 annotator);
void                    _hashiya_agreement_unit_set_mention      (HashiyaAgreementUnit *self,
                                                                  guint                 annotator,
                                                                  HashiyaMention       *mention);
void                    _hashiya_agreement_unit_finish           (HashiyaAgreementUnit *self,
                                                                  const char           *item);

G_END_DECLS
