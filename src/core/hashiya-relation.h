/* hashiya-relation.h — a typed link between two actors, with its evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-types.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION (hashiya_relation_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelation, hashiya_relation, HASHIYA, RELATION, GObject)

HashiyaRelation *hashiya_relation_new              (const char       *id,
                                                    const char       *type,
                                                    const char       *source,
                                                    const char       *target);
gboolean         hashiya_relation_is_valid_type    (const char       *type);

const char      *hashiya_relation_get_id           (HashiyaRelation  *self);
const char      *hashiya_relation_get_relation_type (HashiyaRelation *self);
const char      *hashiya_relation_get_source       (HashiyaRelation  *self);
const char      *hashiya_relation_get_target       (HashiyaRelation  *self);
const char      *hashiya_relation_get_evidence     (HashiyaRelation  *self);
void             hashiya_relation_set_evidence     (HashiyaRelation  *self,
                                                    const char       *mention_id);
const char      *hashiya_relation_get_note         (HashiyaRelation  *self);
void             hashiya_relation_set_note         (HashiyaRelation  *self,
                                                    const char       *note);

G_END_DECLS
