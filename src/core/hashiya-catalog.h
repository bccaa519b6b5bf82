/* hashiya-catalog.h — the actors a document knows, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-actor.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_CATALOG (hashiya_catalog_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaCatalog, hashiya_catalog, HASHIYA, CATALOG, GObject)

HashiyaCatalog *hashiya_catalog_new         (const char      *name);
HashiyaCatalog *hashiya_catalog_copy        (HashiyaCatalog  *self);
const char     *hashiya_catalog_get_name    (HashiyaCatalog  *self);
guint           hashiya_catalog_get_n_actors (HashiyaCatalog *self);
HashiyaActor   *hashiya_catalog_get_actor   (HashiyaCatalog  *self,
                                             guint            position);
HashiyaActor   *hashiya_catalog_lookup      (HashiyaCatalog  *self,
                                             const char      *id);
gboolean        hashiya_catalog_find        (HashiyaCatalog  *self,
                                             HashiyaActor    *actor,
                                             guint           *position);
gboolean        hashiya_catalog_insert      (HashiyaCatalog  *self,
                                             guint            position,
                                             HashiyaActor    *actor,
                                             GError         **error);
void            hashiya_catalog_remove      (HashiyaCatalog  *self,
                                             HashiyaActor    *actor);
void            hashiya_catalog_swap        (HashiyaCatalog  *self,
                                             HashiyaCatalog  *other);
char           *hashiya_catalog_make_id     (HashiyaCatalog  *self,
                                             const char      *name_en,
                                             const char      *name_ar) G_GNUC_WARN_UNUSED_RESULT;
gboolean        hashiya_catalog_check_actor (HashiyaCatalog  *self,
                                             HashiyaActor    *actor,
                                             gboolean         is_new,
                                             GError         **error);

G_END_DECLS
