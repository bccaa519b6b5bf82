/* hashiya-merge-state.h — what a three-way merge keeps while it works:
 * the three versions, the result so far, the ids given out, the conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-conflict.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

/* The three versions: the one both came from, ours (the file git merges
 * into, %A) and theirs (%B). */
enum { HASHIYA_MERGE_BASE, HASHIYA_MERGE_OURS, HASHIYA_MERGE_THEIRS };

typedef struct
{
  HashiyaDocument *docs[3];
  /* Whether the result may hold the very mentions of the versions (they
   * are the merge's own), rather than copies. */
  gboolean         reuse;
  /* Mentions and orphans: each side's id → the result's id (both the
   * mentions' own strings). */
  GHashTable      *maps[3];
  GHashTable      *used_mention_ids;
  GPtrArray       *made_ids;         /* the ids given out, which used_mention_ids holds */
  guint            next_mention;
  GPtrArray       *mentions;
  GPtrArray       *orphans;
  /* Relations */
  GHashTable      *used_relation_ids;
  guint            next_relation;
  GPtrArray       *relations;
  GHashTable      *relation_keys;    /* type and ends → HashiyaRelation */
  GHashTable      *relation_keys_by_id; /* id → HashiyaRelation */
  HashiyaRelationCatalog *relation_catalog;
  HashiyaMetadata *metadata;
  /* Actors */
  HashiyaCatalog  *catalog;
  GPtrArray       *removed_actors;   /* HashiyaConflict: an actor removed on one side */
  /* Conflicts, in the order they were found. */
  GPtrArray       *conflicts;
  GHashTable      *conflicted;       /* "kind:id" */
} HashiyaMerge;

void      _hashiya_merge_clear             (HashiyaMerge        *self);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HashiyaMerge, _hashiya_merge_clear)

/* Conflicts */
char     *_hashiya_merge_conflict_key      (HashiyaConflictKind  kind,
                                            const char          *id);
gboolean  _hashiya_merge_is_conflicted     (HashiyaMerge        *self,
                                            HashiyaConflictKind  kind,
                                            const char          *id);
void      _hashiya_merge_add_conflict      (HashiyaMerge        *self,
                                            HashiyaConflictKind  kind,
                                            const char          *id,
                                            gpointer             base,
                                            gpointer             a,
                                            gpointer             b);

/* Ids */
guint     _hashiya_merge_id_number         (const char          *id,
                                            char                 prefix);
char     *_hashiya_merge_claim_mention_id  (HashiyaMerge        *self,
                                            const char          *wanted);
char     *_hashiya_merge_claim_relation_id (HashiyaMerge        *self,
                                            const char          *wanted);
void      _hashiya_merge_note_used         (GHashTable          *used,
                                            guint               *next,
                                            char                 prefix,
                                            const char          *id);
void      _hashiya_merge_map_id            (HashiyaMerge        *self,
                                            int                  side,
                                            const char          *id,
                                            const char          *result_id);

G_END_DECLS
