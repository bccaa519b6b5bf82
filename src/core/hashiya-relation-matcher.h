/* hashiya-relation-matcher.h — relations suggested from Arabic wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-mention.h"
#include "hashiya-relation-catalog.h"
#include "hashiya-text.h"

G_BEGIN_DECLS

/**
 * HashiyaRelationMatch:
 * @type: the relation type's id (owned by the relation catalogue)
 * @source: the index of the source mention among those given
 * @target: the index of the target mention
 * @trigger_start: where the words that state it start, in code points
 * @trigger_end: where they end; equal to @trigger_start when none
 * @mode: (nullable): how it happened ("host", "multilateral",
 *   "military" …), a static string
 * @modality: asserted, future or hypothetical
 * @negated: the text says it did not happen
 */
typedef struct
{
  const char      *type;
  guint            source;
  guint            target;
  guint            trigger_start;
  guint            trigger_end;
  const char      *mode;
  HashiyaModality  modality;
  gboolean         negated;
} HashiyaRelationMatch;

typedef struct _HashiyaRelationMatcher HashiyaRelationMatcher;

HashiyaRelationMatcher *hashiya_relation_matcher_new   (HashiyaRelationCatalog  *relations,
                                                        HashiyaCatalog          *actors);
HashiyaRelationMatcher *hashiya_relation_matcher_ref   (HashiyaRelationMatcher  *self);
void                    hashiya_relation_matcher_unref (HashiyaRelationMatcher  *self);
GArray                 *hashiya_relation_matcher_match (HashiyaRelationMatcher  *self,
                                                        HashiyaText             *text,
                                                        HashiyaMention * const  *mentions,
                                                        guint                    n_mentions,
                                                        GCancellable            *cancellable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaRelationMatcher, hashiya_relation_matcher_unref)

G_END_DECLS
