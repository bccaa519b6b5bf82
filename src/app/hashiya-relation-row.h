/* hashiya-relation-row.h — one relation in the Relations list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION_ROW (hashiya_relation_row_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationRow, hashiya_relation_row, HASHIYA, RELATION_ROW, GtkWidget)

GtkWidget       *hashiya_relation_row_new          (void);
void             hashiya_relation_row_bind         (HashiyaRelationRow *self,
                                                    HashiyaDocument    *document,
                                                    HashiyaRelation    *relation);
void             hashiya_relation_row_unbind       (HashiyaRelationRow *self);
HashiyaRelation *hashiya_relation_row_get_relation (HashiyaRelationRow *self);

char            *hashiya_relation_describe         (HashiyaDocument    *document,
                                                    HashiyaRelation    *relation,
                                                    GtkTextDirection    direction) G_GNUC_WARN_UNUSED_RESULT;
char            *hashiya_relation_describe_ends    (HashiyaDocument    *document,
                                                    HashiyaRelation    *relation,
                                                    GtkTextDirection    direction) G_GNUC_WARN_UNUSED_RESULT;
char            *hashiya_relation_sentence_markup  (HashiyaDocument    *document,
                                                    HashiyaRelation    *relation) G_GNUC_WARN_UNUSED_RESULT;
const char      *hashiya_relation_end_name         (HashiyaDocument    *document,
                                                    const char         *mention_id);

G_END_DECLS
