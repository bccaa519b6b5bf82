/* hashiya-types.h — enumerations shared by the core, the CLI and the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks of these values ("state", "name", "accepted" …) are what the
 * .hashiya format stores; keep them stable. */

typedef enum
{
  HASHIYA_ACTOR_KIND_STATE,
  HASHIYA_ACTOR_KIND_PERSON,
  HASHIYA_ACTOR_KIND_ORGANIZATION,
  HASHIYA_ACTOR_KIND_GROUP,
  HASHIYA_ACTOR_KIND_FORUM,
  HASHIYA_ACTOR_KIND_PLACE,
  HASHIYA_ACTOR_KIND_OTHER,
} HashiyaActorKind;

typedef enum
{
  HASHIYA_MENTION_TYPE_NAME,
  HASHIYA_MENTION_TYPE_ADJECTIVE,
  HASHIYA_MENTION_TYPE_CAPITAL,
  HASHIYA_MENTION_TYPE_TITLE,
  HASHIYA_MENTION_TYPE_PRONOUN,
  HASHIYA_MENTION_TYPE_OTHER,
} HashiyaMentionType;

typedef enum
{
  HASHIYA_MENTION_STATUS_ACCEPTED,
  HASHIYA_MENTION_STATUS_SUGGESTED,
} HashiyaMentionStatus;

/* The four quad classes of political event data (CAMEO, PLOVER). */
typedef enum
{
  HASHIYA_QUAD_CLASS_VERBAL_COOPERATION,
  HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION,
  HASHIYA_QUAD_CLASS_VERBAL_CONFLICT,
  HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT,
} HashiyaQuadClass;

/* Whether the text says a relation happened, will, or might. */
typedef enum
{
  HASHIYA_MODALITY_ASSERTED,
  HASHIYA_MODALITY_FUTURE,
  HASHIYA_MODALITY_HYPOTHETICAL,
} HashiyaModality;

/* What the agreement of versions is broken down by: the actor of each
 * mention, its mention type, or its actor's kind. */
typedef enum
{
  HASHIYA_AGREEMENT_BY_ACTOR,
  HASHIYA_AGREEMENT_BY_TYPE,
  HASHIYA_AGREEMENT_BY_KIND,
} HashiyaAgreementBy;

/* How the versions differ on one aligned unit; none: all agree. */
typedef enum /*< flags >*/
{
  HASHIYA_UNIT_DIFFERENT_ACTORS = 1 << 0,
  HASHIYA_UNIT_DIFFERENT_SPANS  = 1 << 1,
  HASHIYA_UNIT_NOT_ALL_MARKED   = 1 << 2,
} HashiyaUnitDifferences;

typedef struct _HashiyaActor      HashiyaActor;
typedef struct _HashiyaCatalog    HashiyaCatalog;
typedef struct _HashiyaDocument   HashiyaDocument;
typedef struct _HashiyaMention    HashiyaMention;
typedef struct _HashiyaRelation   HashiyaRelation;
typedef struct _HashiyaRelationCatalog HashiyaRelationCatalog;
typedef struct _HashiyaRelationType HashiyaRelationType;
typedef struct _HashiyaUndoStack  HashiyaUndoStack;

const char *hashiya_enum_to_nick   (GType        enum_type,
                                    int          value);
gboolean    hashiya_enum_from_nick (GType        enum_type,
                                    const char  *nick,
                                    int         *value);
char       *hashiya_enum_list_nicks (GType       enum_type) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
