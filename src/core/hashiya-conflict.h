/* hashiya-conflict.h — one thing two versions of a document changed
 * differently: the two versions, and what they came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * HashiyaConflictKind:
 * @HASHIYA_CONFLICT_MENTION: its versions are #HashiyaMention
 * @HASHIYA_CONFLICT_RELATION: its versions are #HashiyaRelation
 * @HASHIYA_CONFLICT_ACTOR: its versions are #HashiyaActor
 * @HASHIYA_CONFLICT_METADATA: one field of the document's metadata (its id
 *   is `title`, `source`, `date` or `url`); its versions are strings
 *   (hashiya_conflict_get_value()), hashiya_conflict_get_version() is
 *   %NULL
 */
typedef enum
{
  HASHIYA_CONFLICT_MENTION,
  HASHIYA_CONFLICT_RELATION,
  HASHIYA_CONFLICT_ACTOR,
  HASHIYA_CONFLICT_METADATA,
} HashiyaConflictKind;

/**
 * HashiyaConflictSide:
 * @HASHIYA_CONFLICT_SIDE_A: the first version (git's "ours")
 * @HASHIYA_CONFLICT_SIDE_B: the second version (git's "theirs")
 */
typedef enum
{
  HASHIYA_CONFLICT_SIDE_A,
  HASHIYA_CONFLICT_SIDE_B,
} HashiyaConflictSide;

/**
 * HashiyaConflictResolution:
 * @HASHIYA_CONFLICT_TAKE_A: keep the first version
 * @HASHIYA_CONFLICT_TAKE_B: keep the second version
 * @HASHIYA_CONFLICT_TAKE_NONE: keep neither: the mention, relation or actor goes
 *   (the metadata field is left empty)
 * @HASHIYA_CONFLICT_BY_HAND: keep a version edited by hand (for a metadata
 *   field: the value the document has now)
 */
typedef enum
{
  HASHIYA_CONFLICT_TAKE_A,
  HASHIYA_CONFLICT_TAKE_B,
  HASHIYA_CONFLICT_TAKE_NONE,
  HASHIYA_CONFLICT_BY_HAND,
} HashiyaConflictResolution;

#define HASHIYA_TYPE_CONFLICT (hashiya_conflict_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaConflict, hashiya_conflict, HASHIYA, CONFLICT, GObject)

HashiyaConflict     *hashiya_conflict_new           (HashiyaConflictKind  kind,
                                                     const char          *id,
                                                     GObject             *base,
                                                     GObject             *a,
                                                     GObject             *b,
                                                     const char          *a_author,
                                                     const char          *b_author);
HashiyaConflict     *hashiya_conflict_new_metadata  (const char          *field,
                                                     const char          *base,
                                                     const char          *a,
                                                     const char          *b);
HashiyaConflictKind  hashiya_conflict_get_kind      (HashiyaConflict     *self);
const char          *hashiya_conflict_get_id        (HashiyaConflict     *self);
GObject             *hashiya_conflict_get_base      (HashiyaConflict     *self);
GObject             *hashiya_conflict_get_version   (HashiyaConflict     *self,
                                                     HashiyaConflictSide  side);
const char          *hashiya_conflict_get_author    (HashiyaConflict     *self,
                                                     HashiyaConflictSide  side);
const char          *hashiya_conflict_get_base_value (HashiyaConflict    *self);
const char          *hashiya_conflict_get_value     (HashiyaConflict     *self,
                                                     HashiyaConflictSide  side);
gboolean             hashiya_conflict_is_metadata_field (const char      *field);
const char          *hashiya_conflict_kind_to_nick  (HashiyaConflictKind  kind);
gboolean             hashiya_conflict_kind_from_nick (const char          *nick,
                                                      HashiyaConflictKind *kind);

G_END_DECLS
