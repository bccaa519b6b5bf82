/* hashiya-relation-editor.h — a relation's details, each one editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION_EDITOR (hashiya_relation_editor_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationEditor, hashiya_relation_editor, HASHIYA, RELATION_EDITOR, GtkPopover)

GtkWidget       *hashiya_relation_editor_new           (void);
void             hashiya_relation_editor_set_relation  (HashiyaRelationEditor *self,
                                                        HashiyaDocument       *document,
                                                        HashiyaRelation       *relation);
HashiyaRelation *hashiya_relation_editor_get_relation  (HashiyaRelationEditor *self);
void             hashiya_relation_editor_set_text_view (HashiyaRelationEditor *self,
                                                        HashiyaTextView       *view);
const char      *hashiya_relation_editor_get_error     (HashiyaRelationEditor *self);

G_END_DECLS
