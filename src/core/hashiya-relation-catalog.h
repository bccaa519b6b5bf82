/* hashiya-relation-catalog.h — the types of relation a document knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-types.h"

G_BEGIN_DECLS

#define HASHIYA_RELATION_CATALOG_FORMAT_VERSION 1

/**
 * HashiyaTriggerPart:
 * @HASHIYA_TRIGGER_PART_WORD: a word of the text
 * @HASHIYA_TRIGGER_PART_GAP: "…": a few words of the text, such as the
 *   subject between a verb and its object
 * @HASHIYA_TRIGGER_PART_PROCLITIC: a word ending in a tatweel ("بـ"): a
 *   proclitic that the next word of the text begins with
 *
 * What one word of a trigger stands for.
 */
typedef enum
{
  HASHIYA_TRIGGER_PART_WORD,
  HASHIYA_TRIGGER_PART_GAP,
  HASHIYA_TRIGGER_PART_PROCLITIC,
} HashiyaTriggerPart;

#define HASHIYA_TYPE_RELATION_TYPE (hashiya_relation_type_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationType, hashiya_relation_type, HASHIYA, RELATION_TYPE, GObject)

HashiyaRelationType *hashiya_relation_type_new            (const char           *id,
                                                           const char           *name_ar,
                                                           const char           *name_en,
                                                           HashiyaQuadClass      quad_class,
                                                           gboolean              mutual);
HashiyaRelationType *hashiya_relation_type_copy           (HashiyaRelationType  *self);
const char          *hashiya_relation_type_get_id         (HashiyaRelationType  *self);
const char          *hashiya_relation_type_get_name_ar    (HashiyaRelationType  *self);
const char          *hashiya_relation_type_get_name_en    (HashiyaRelationType  *self);
const char          *hashiya_relation_type_get_cameo      (HashiyaRelationType  *self);
void                 hashiya_relation_type_set_cameo      (HashiyaRelationType  *self,
                                                           const char           *cameo);
HashiyaQuadClass     hashiya_relation_type_get_quad_class (HashiyaRelationType  *self);
gboolean             hashiya_relation_type_get_mutual     (HashiyaRelationType  *self);
const char * const  *hashiya_relation_type_get_triggers   (HashiyaRelationType  *self);
void                 hashiya_relation_type_set_triggers   (HashiyaRelationType  *self,
                                                           const char * const   *triggers);

HashiyaTriggerPart   hashiya_relation_trigger_part        (const char           *word);
gboolean             hashiya_relation_trigger_check       (const char           *trigger,
                                                           GError              **error);

#define HASHIYA_TYPE_RELATION_CATALOG (hashiya_relation_catalog_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationCatalog, hashiya_relation_catalog, HASHIYA, RELATION_CATALOG, GObject)

HashiyaRelationCatalog *hashiya_relation_catalog_new            (const char             *name);
HashiyaRelationCatalog *hashiya_relation_catalog_new_default    (void);
HashiyaRelationCatalog *hashiya_relation_catalog_copy           (HashiyaRelationCatalog *self);
const char             *hashiya_relation_catalog_get_name       (HashiyaRelationCatalog *self);
guint                   hashiya_relation_catalog_get_n_types    (HashiyaRelationCatalog *self);
HashiyaRelationType    *hashiya_relation_catalog_get_relation_type (HashiyaRelationCatalog *self,
                                                                 guint                   position);
HashiyaRelationType    *hashiya_relation_catalog_lookup         (HashiyaRelationCatalog *self,
                                                                 const char             *id);
gboolean                hashiya_relation_catalog_check_type (HashiyaRelationCatalog *self,
                                                                 HashiyaRelationType    *type,
                                                                 gboolean                is_new,
                                                                 GError                **error);
gboolean                hashiya_relation_catalog_add            (HashiyaRelationCatalog *self,
                                                                 HashiyaRelationType    *type,
                                                                 GError                **error);
const char             *hashiya_relation_catalog_get_quad_color (HashiyaRelationCatalog *self,
                                                                 HashiyaQuadClass        quad_class);
void                    hashiya_relation_catalog_set_quad_color (HashiyaRelationCatalog *self,
                                                                 HashiyaQuadClass        quad_class,
                                                                 const char             *color);

G_END_DECLS
