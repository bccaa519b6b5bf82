/* hashiya-actor.h — someone who acts in the story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-types.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_ACTOR (hashiya_actor_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaActor, hashiya_actor, HASHIYA, ACTOR, GObject)

HashiyaActor       *hashiya_actor_new             (const char          *id,
                                                   HashiyaActorKind     kind,
                                                   const char          *name_ar,
                                                   const char          *name_en);
HashiyaActor       *hashiya_actor_copy            (HashiyaActor        *self);
gboolean            hashiya_actor_is_valid_id     (const char          *id);

const char         *hashiya_actor_get_id          (HashiyaActor        *self);
HashiyaActorKind    hashiya_actor_get_kind        (HashiyaActor        *self);
void                hashiya_actor_set_kind        (HashiyaActor        *self,
                                                   HashiyaActorKind     kind);
const char         *hashiya_actor_get_name_ar     (HashiyaActor        *self);
void                hashiya_actor_set_name_ar     (HashiyaActor        *self,
                                                   const char          *name_ar);
const char         *hashiya_actor_get_name_en     (HashiyaActor        *self);
void                hashiya_actor_set_name_en     (HashiyaActor        *self,
                                                   const char          *name_en);
const char         *hashiya_actor_get_color       (HashiyaActor        *self);
void                hashiya_actor_set_color       (HashiyaActor        *self,
                                                   const char          *color);
const char * const *hashiya_actor_get_aliases     (HashiyaActor        *self);
void                hashiya_actor_set_aliases     (HashiyaActor        *self,
                                                   const char * const  *aliases);
const char         *hashiya_actor_get_alias_type  (HashiyaActor        *self,
                                                   const char          *alias);
void                hashiya_actor_set_alias_types (HashiyaActor        *self,
                                                   const char * const  *types);
const char         *hashiya_actor_get_description (HashiyaActor        *self);
void                hashiya_actor_set_description (HashiyaActor        *self,
                                                   const char          *description);
const char         *hashiya_actor_get_wikidata    (HashiyaActor        *self);
void                hashiya_actor_set_wikidata    (HashiyaActor        *self,
                                                   const char          *wikidata);

gboolean            hashiya_color_is_valid        (const char          *color);

G_END_DECLS
