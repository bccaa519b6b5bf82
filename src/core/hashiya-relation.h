/* hashiya-relation.h — who does what to whom: a typed link between two
 * mentions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-types.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION (hashiya_relation_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelation, hashiya_relation, HASHIYA, RELATION, GObject)

HashiyaRelation      *hashiya_relation_new               (const char           *id,
                                                          const char           *type,
                                                          const char           *source,
                                                          const char           *target);
HashiyaRelation      *hashiya_relation_copy              (HashiyaRelation      *self);
gboolean              hashiya_relation_is_valid_type     (const char           *type);

const char           *hashiya_relation_get_id            (HashiyaRelation      *self);
const char           *hashiya_relation_get_relation_type (HashiyaRelation      *self);
void                  hashiya_relation_set_relation_type (HashiyaRelation      *self,
                                                          const char           *type);
const char           *hashiya_relation_get_source        (HashiyaRelation      *self);
const char           *hashiya_relation_get_target        (HashiyaRelation      *self);
void                  hashiya_relation_set_ends          (HashiyaRelation      *self,
                                                          const char           *source,
                                                          const char           *target);
gboolean              hashiya_relation_get_trigger       (HashiyaRelation      *self,
                                                          guint                *start,
                                                          guint                *end);
void                  hashiya_relation_set_trigger       (HashiyaRelation      *self,
                                                          guint                 start,
                                                          guint                 end);
const char           *hashiya_relation_get_mode          (HashiyaRelation      *self);
void                  hashiya_relation_set_mode          (HashiyaRelation      *self,
                                                          const char           *mode);
gboolean              hashiya_relation_get_negated       (HashiyaRelation      *self);
void                  hashiya_relation_set_negated       (HashiyaRelation      *self,
                                                          gboolean              negated);
HashiyaModality       hashiya_relation_get_modality      (HashiyaRelation      *self);
void                  hashiya_relation_set_modality      (HashiyaRelation      *self,
                                                          HashiyaModality       modality);
HashiyaMentionStatus  hashiya_relation_get_status        (HashiyaRelation      *self);
void                  hashiya_relation_set_status        (HashiyaRelation      *self,
                                                          HashiyaMentionStatus  status);
const char           *hashiya_relation_get_note          (HashiyaRelation      *self);
void                  hashiya_relation_set_note          (HashiyaRelation      *self,
                                                          const char           *note);
const char           *hashiya_relation_get_author        (HashiyaRelation      *self);
void                  hashiya_relation_set_author        (HashiyaRelation      *self,
                                                          const char           *author);
const char           *hashiya_relation_get_created       (HashiyaRelation      *self);
void                  hashiya_relation_set_created       (HashiyaRelation      *self,
                                                          const char           *created);
const char           *hashiya_relation_get_modified      (HashiyaRelation      *self);
void                  hashiya_relation_set_modified      (HashiyaRelation      *self,
                                                          const char           *modified);

G_END_DECLS
