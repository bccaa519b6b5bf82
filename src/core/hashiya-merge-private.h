/* hashiya-merge-private.h — what the parts of the merge share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document-conflicts.h"
#include "hashiya-merge.h"

G_BEGIN_DECLS

/* The three versions: the one both came from, ours (git's %A), theirs (%B). */
enum { BASE, OURS, THEIRS };

/* A merge under way (see hashiya-merge.c). */
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

char            *_hashiya_merge_conflict_key    (HashiyaConflictKind  kind,
                                                 const char          *id);
gboolean         _hashiya_merge_is_conflicted   (HashiyaMerge        *self,
                                                 HashiyaConflictKind  kind,
                                                 const char          *id);
void             _hashiya_merge_add_conflict    (HashiyaMerge        *self,
                                                 HashiyaConflictKind  kind,
                                                 const char          *id,
                                                 gpointer             base,
                                                 gpointer             a,
                                                 gpointer             b);
guint            _hashiya_merge_id_number       (const char          *id,
                                                 char                 prefix);
void             _hashiya_merge_note_used       (GHashTable          *used,
                                                 guint               *next,
                                                 char                 prefix,
                                                 const char          *id);
char            *_hashiya_merge_claim_relation_id (HashiyaMerge      *self,
                                                   const char        *wanted);
const char      *_hashiya_merge_bring_back_mention (HashiyaMerge     *self,
                                                    int               side,
                                                    const char       *side_id);

gboolean         _hashiya_merge_same_mention    (HashiyaMention      *x,
                                                 HashiyaMention      *y);
void             _hashiya_merge_mention_list    (HashiyaMerge        *self,
                                                 gboolean             orphans);

/* hashiya-merge-relations.c */
gboolean         _hashiya_merge_same_relation_fields (HashiyaRelation *x,
                                                      HashiyaRelation *y,
                                                      gboolean         with_author);
void             _hashiya_merge_relations         (HashiyaMerge      *self);
void             _hashiya_merge_relation_catalog  (HashiyaMerge      *self);

/* hashiya-merge-catalog.c */
gboolean         _hashiya_merge_same_actor        (HashiyaActor      *x,
                                                   HashiyaActor      *y);
void             _hashiya_merge_catalog           (HashiyaMerge      *self);
void             _hashiya_merge_restore_actors    (HashiyaMerge      *self);
void             _hashiya_merge_metadata          (HashiyaMerge      *self);

/* hashiya-merge-documents.c */
HashiyaDocument *_hashiya_merge_documents_from (HashiyaDocument  *base,
                                                HashiyaDocument  *ours,
                                                HashiyaDocument  *theirs,
                                                guint             next_mention,
                                                GError          **error);
/* hashiya-merge-files.c */
GListModel      *_hashiya_merge_driver_full    (const char       *base_path,
                                                const char       *ours_path,
                                                const char       *theirs_path,
                                                const char       *name,
                                                gboolean         *lines,
                                                GError          **error);
/* hashiya-merge-lines.c */
GBytes          *_hashiya_merge_lines          (GBytes           *contents[3],
                                                const char       *names[3],
                                                GListModel      **conflicts);

G_END_DECLS
