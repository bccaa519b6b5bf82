/* hashiya-matcher.h — find the actors of a catalogue in Arabic text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-text.h"

G_BEGIN_DECLS

/**
 * HashiyaMatch:
 * @start: code point offset of the match
 * @end: its end
 * @actor: the actor's id; in the matches of hashiya_matcher_match(), a
 *   #GRefString held by the array, the same pointer for the same id
 * @type: the mention type the alias stands for
 */
typedef struct
{
  guint               start;
  guint               end;
  const char         *actor;
  HashiyaMentionType  type;
} HashiyaMatch;

typedef struct _HashiyaMatcher HashiyaMatcher;

HashiyaMatcher     *hashiya_matcher_new             (HashiyaCatalog   *catalog);
HashiyaMatcher     *hashiya_matcher_ref             (HashiyaMatcher   *self);
void                hashiya_matcher_unref           (HashiyaMatcher   *self);
guint               hashiya_matcher_get_n_aliases   (HashiyaMatcher   *self);
void                hashiya_matcher_add_alias       (HashiyaMatcher   *self,
                                                     HashiyaActor     *actor,
                                                     const char       *alias);
gboolean            hashiya_matcher_lookup          (HashiyaMatcher   *self,
                                                     const char       *utf8,
                                                     const char       *actor,
                                                     HashiyaMatch     *match);
GArray             *hashiya_matcher_match           (HashiyaMatcher   *self,
                                                     HashiyaText      *text,
                                                     GCancellable     *cancellable);
gboolean            hashiya_matcher_trim_proclitics (HashiyaMatcher   *self,
                                                     HashiyaText      *text,
                                                     const char       *actor,
                                                     guint            *start,
                                                     guint             end);

HashiyaMentionType  hashiya_alias_type              (HashiyaActor     *actor,
                                                     const char       *alias);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaMatcher, hashiya_matcher_unref)

G_END_DECLS
