/* hashiya-relation-type-chooser.h — pick a type of relation by typing part
 * of its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION_TYPE_CHOOSER (hashiya_relation_type_chooser_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationTypeChooser, hashiya_relation_type_chooser, HASHIYA, RELATION_TYPE_CHOOSER,
                      GtkPopover)

GtkWidget *hashiya_relation_type_chooser_new         (void);
void       hashiya_relation_type_chooser_set_catalog (HashiyaRelationTypeChooser *self,
                                                      HashiyaRelationCatalog     *catalog);
void       hashiya_relation_type_chooser_set_current (HashiyaRelationTypeChooser *self,
                                                      const char                 *type_id);
void       hashiya_relation_type_chooser_set_query   (HashiyaRelationTypeChooser *self,
                                                      const char                 *query);
gboolean   hashiya_relation_type_chooser_choose      (HashiyaRelationTypeChooser *self);

G_END_DECLS
