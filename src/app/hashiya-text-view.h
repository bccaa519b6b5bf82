/* hashiya-text-view.h — the annotated Arabic text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"
#include "hashiya-relation-arcs.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_TEXT_VIEW (hashiya_text_view_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaTextView, hashiya_text_view, HASHIYA, TEXT_VIEW, GtkTextView)

GtkWidget       *hashiya_text_view_new                  (void);
HashiyaDocument *hashiya_text_view_get_document         (HashiyaTextView *self);
void             hashiya_text_view_show_preview         (HashiyaTextView *self,
                                                         HashiyaDocument *preview);
void             hashiya_text_view_set_document         (HashiyaTextView *self,
                                                         HashiyaDocument *document);
gboolean         hashiya_text_view_get_selection_span   (HashiyaTextView *self,
                                                         guint           *start,
                                                         guint           *end);
void             hashiya_text_view_select_range         (HashiyaTextView *self,
                                                         guint            start,
                                                         guint            end);
HashiyaMention  *hashiya_text_view_get_selected_mention (HashiyaTextView *self);
void             hashiya_text_view_select_mention       (HashiyaTextView *self,
                                                         HashiyaMention  *mention);
HashiyaMention  *hashiya_text_view_mention_at           (HashiyaTextView *self,
                                                         guint            offset);
HashiyaMention  *hashiya_text_view_annotate             (HashiyaTextView *self,
                                                         HashiyaActor    *actor,
                                                         GError         **error);
void             hashiya_text_view_set_style            (HashiyaTextView *self,
                                                         gboolean         dark,
                                                         gboolean         high_contrast);
void             hashiya_text_view_set_font             (HashiyaTextView *self,
                                                         const char      *font,
                                                         double           zoom,
                                                         double           line_spacing);
GdkRectangle     hashiya_text_view_get_range_rect       (HashiyaTextView *self,
                                                         guint            start,
                                                         guint            end);
void             hashiya_text_view_mark_matches         (HashiyaTextView *self,
                                                         GArray          *matches);
void             hashiya_text_view_mark_current_match   (HashiyaTextView *self,
                                                         guint            start,
                                                         guint            end);

/* Relations.
 *
 * hashiya_text_view_select_relation (view, relation) selects a relation
 * of the document (or none, with NULL): its arc is drawn highlighted,
 * whatever show-all-relations says, its trigger is marked, and the view
 * scrolls so that the arc is in view (both ends when they fit, else its
 * source). Delete then removes it, Enter accepts it when it is a
 * suggestion (else emits ::relation-activated), Escape unselects it; a
 * click on an arc selects its relation too. Selecting a mention
 * unselects it, and so does its removal.
 *
 * Properties: "selected-relation" (HashiyaRelation, nullable, read and
 * write, notifies) and "show-all-relations" (gboolean: every relation of
 * the document is drawn, not only those of the selected mention and the
 * selected relation). Signal: "relation-activated" (HashiyaRelation).
 *
 * hashiya_text_view_relate () starts a relation from the selected mention,
 * as R does; hashiya_text_view_get_relation_arcs () returns the arcs as
 * drawn (HashiyaRelationArc, widget coordinates). */
HashiyaRelation *hashiya_text_view_get_selected_relation (HashiyaTextView *self);
void             hashiya_text_view_select_relation      (HashiyaTextView *self,
                                                         HashiyaRelation *relation);
gboolean         hashiya_text_view_get_show_all_relations (HashiyaTextView *self);
void             hashiya_text_view_set_show_all_relations (HashiyaTextView *self,
                                                           gboolean         show_all);
GArray          *hashiya_text_view_get_relation_arcs    (HashiyaTextView *self);
gboolean         hashiya_text_view_relate               (HashiyaTextView *self);

G_END_DECLS
