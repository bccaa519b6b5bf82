/* hashiya-relation-modality.h — a trigger's modality, negation and mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-relation-parties.h"

G_BEGIN_DECLS

HashiyaModality
hashiya_relation_find_modality (const RelationSentence   *s,
                                const RelationOccurrence *o);

gboolean
hashiya_relation_find_negation (const RelationSentence   *s,
                                const RelationOccurrence *o);

const char *
hashiya_relation_find_mode (const RelationSentence   *s,
                            const RelationOccurrence *o);

G_END_DECLS
