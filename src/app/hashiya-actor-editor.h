/* hashiya-actor-editor.h — add or edit an actor of the catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_ACTOR_EDITOR (hashiya_actor_editor_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaActorEditor, hashiya_actor_editor, HASHIYA, ACTOR_EDITOR, AdwWindow)

HashiyaActorEditor *hashiya_actor_editor_new  (GtkWindow          *parent,
                                               HashiyaDocument    *document,
                                               HashiyaActor       *actor);
gboolean            hashiya_actor_editor_save (HashiyaActorEditor *self,
                                               GError            **error);
void                hashiya_actor_editor_fill (HashiyaActorEditor *self,
                                               const char         *id,
                                               const char         *name_ar,
                                               const char         *name_en,
                                               HashiyaActorKind    kind,
                                               const char         *aliases);

char              **hashiya_split_aliases     (const char         *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
