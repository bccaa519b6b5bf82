/* hashiya-relation-list.h — the relations of a document, to find, review
 * and edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"
#include "hashiya-relation-editor.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION_LIST (hashiya_relation_list_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationList, hashiya_relation_list, HASHIYA, RELATION_LIST, GtkWidget)

void                   hashiya_relation_list_set_document  (HashiyaRelationList *self,
                                                            HashiyaDocument     *document);
void                   hashiya_relation_list_set_text_view (HashiyaRelationList *self,
                                                            HashiyaTextView     *view);
GListModel            *hashiya_relation_list_get_shown     (HashiyaRelationList *self);
void                   hashiya_relation_list_edit          (HashiyaRelationList *self,
                                                            HashiyaRelation     *relation);
HashiyaRelationEditor *hashiya_relation_list_get_editor    (HashiyaRelationList *self);

G_END_DECLS
