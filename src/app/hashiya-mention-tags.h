/* hashiya-mention-tags.h — the highlights of a text buffer: mentions,
 * the selected mention and the matches of a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

typedef struct _HashiyaMentionTags HashiyaMentionTags;

HashiyaMentionTags *hashiya_mention_tags_new                (GtkTextBuffer      *buffer);
void                hashiya_mention_tags_free               (HashiyaMentionTags *self);
void                hashiya_mention_tags_set_style          (HashiyaMentionTags *self,
                                                             gboolean            dark,
                                                             gboolean            high_contrast,
                                                             HashiyaCatalog     *catalog);
void                hashiya_mention_tags_style_actor        (HashiyaMentionTags *self,
                                                             HashiyaActor       *actor);
void                hashiya_mention_tags_add_actors         (HashiyaMentionTags *self,
                                                             HashiyaCatalog     *catalog,
                                                             guint               position,
                                                             guint               n);
void                hashiya_mention_tags_tag_text           (HashiyaMentionTags *self,
                                                             HashiyaDocument    *document,
                                                             guint               from);
void                hashiya_mention_tags_retag              (HashiyaMentionTags *self,
                                                             HashiyaDocument    *document,
                                                             guint               start,
                                                             guint               end);
HashiyaMention     *hashiya_mention_tags_mention_at         (HashiyaMentionTags *self,
                                                             HashiyaDocument    *document,
                                                             guint               offset);
void                hashiya_mention_tags_mark_selected      (HashiyaMentionTags *self,
                                                             HashiyaMention     *mention);
void                hashiya_mention_tags_mark_trigger       (HashiyaMentionTags *self,
                                                             guint               start,
                                                             guint               end,
                                                             const GdkRGBA      *color);
void                hashiya_mention_tags_mark_matches       (HashiyaMentionTags *self,
                                                             GArray             *matches);
void                hashiya_mention_tags_mark_current_match (HashiyaMentionTags *self,
                                                             guint               start,
                                                             guint               end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaMentionTags, hashiya_mention_tags_free)

G_END_DECLS
