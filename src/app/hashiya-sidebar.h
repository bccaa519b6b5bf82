/* hashiya-sidebar.h — the actors of the catalogue, the mentions in order
 * and the relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"
#include "hashiya-relation-list.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_SIDEBAR (hashiya_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaSidebar, hashiya_sidebar, HASHIYA, SIDEBAR, GtkBox)

void          hashiya_sidebar_set_document       (HashiyaSidebar  *self,
                                                  HashiyaDocument *document);
HashiyaActor *hashiya_sidebar_get_selected_actor (HashiyaSidebar  *self);
gboolean      hashiya_sidebar_get_shows_orphans  (HashiyaSidebar  *self);
void          hashiya_sidebar_set_text_view      (HashiyaSidebar  *self,
                                                  HashiyaTextView *view);
HashiyaRelationList *
              hashiya_sidebar_get_relation_list  (HashiyaSidebar  *self);
const char   *hashiya_actor_kind_icon_name       (HashiyaActorKind kind);
char         *hashiya_mention_describe_markup    (HashiyaDocument *document,
                                                  HashiyaMention  *mention,
                                                  const char      *color) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
