/* hashiya-agreement-score.h — the scores of aligned units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-agreement-measures.h"
#include "hashiya-agreement-unit.h"
#include "hashiya-agreement-version.h"

G_BEGIN_DECLS

/* What the scores are counted from: the versions and texts, and the
 * units with the text of each (an index into @texts). */
typedef struct
{
  GPtrArray  *versions;
  GPtrArray  *texts;
  GListModel *units;
  GArray     *unit_text;
  guint       n_annotators;
} HashiyaAgreementTable;

const char *_hashiya_agreement_category_of (HashiyaMention              *mention,
                                            HashiyaDocument             *document,
                                            HashiyaAgreementBy           by);
void        _hashiya_agreement_score_all   (const HashiyaAgreementTable *table,
                                            HashiyaAgreementBy           by,
                                            const char                  *value,
                                            HashiyaAgreementScores      *pairs,
                                            HashiyaAgreementScores      *overall);

G_END_DECLS
