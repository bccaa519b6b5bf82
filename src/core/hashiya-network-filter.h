/* hashiya-network-filter.h — what a network, its counts and its timeline
 * take from the documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-network-document.h"

G_BEGIN_DECLS

/* The nicks ("relations", "comentions") are the CLI's --edges values. */
typedef enum
{
  HASHIYA_NETWORK_EDGES_RELATIONS,
  HASHIYA_NETWORK_EDGES_COMENTIONS,
} HashiyaNetworkEdges;

#define HASHIYA_NETWORK_ALL_QUAD_CLASSES 0xfu
#define HASHIYA_NETWORK_ALL_ACTOR_KINDS  0x7fu

typedef struct
{
  HashiyaNetworkEdges  edges;
  char               **types;            /* relation type ids; NULL: every type */
  guint                quad_classes;     /* bits 1 << HashiyaQuadClass */
  guint                actor_kinds;      /* bits 1 << HashiyaActorKind */
  guint                min_count;        /* links made fewer times are left out */
  char                *from;             /* "YYYY-MM-DD", included; NULL: open */
  char                *to;               /* "YYYY-MM-DD", included; NULL: open */
  char               **sources;          /* NULL: every source */
  char               **documents;        /* document ids; NULL: every document */
  GHashTable          *document_ids;     /* the same as a set, made by
                                          * hashiya_network_filter_set_documents () */
  gboolean             confirmed_only;   /* leave out suggestions not reviewed */
  gboolean             include_negated;  /* relations the text says did not happen */
  gboolean             connected_only;   /* leave out actors without a link */
} HashiyaNetworkFilter;

typedef enum
{
  HASHIYA_NETWORK_TAKEN,
  HASHIYA_NETWORK_LEFT_OUT,    /* by its date, source or id */
  HASHIYA_NETWORK_UNDATED,     /* a date range is set and it has no date */
} HashiyaNetworkTake;

HashiyaNetworkFilter *hashiya_network_filter_new           (void);
HashiyaNetworkFilter *hashiya_network_filter_copy          (const HashiyaNetworkFilter *filter);
void                  hashiya_network_filter_free          (HashiyaNetworkFilter       *filter);
gboolean              hashiya_network_filter_set_dates     (HashiyaNetworkFilter       *filter,
                                                            const char                 *from,
                                                            const char                 *to,
                                                            GError                    **error);
void                  hashiya_network_filter_set_documents (HashiyaNetworkFilter       *filter,
                                                            char                      **ids);
HashiyaNetworkTake    hashiya_network_filter_take_document (const HashiyaNetworkFilter *filter,
                                                            HashiyaNetworkDocument     *document);
gboolean              hashiya_network_filter_takes_mention (const HashiyaNetworkFilter *filter,
                                                            HashiyaMention             *mention);
gboolean              hashiya_network_filter_takes_actor   (const HashiyaNetworkFilter *filter,
                                                            HashiyaActor               *actor);
gboolean              hashiya_network_filter_takes_type    (const HashiyaNetworkFilter *filter,
                                                            HashiyaRelationType        *type);
gboolean              hashiya_network_filter_takes_relation (const HashiyaNetworkFilter *filter,
                                                             HashiyaRelation            *relation);
/* What a filter takes, one at a time: the document's index among the
 * documents, the document, and the mention with its actor or the
 * relation with its type and its ends' actors. */
typedef void (*HashiyaNetworkMentionFunc)  (guint                   index,
                                            HashiyaNetworkDocument *document,
                                            HashiyaMention         *mention,
                                            HashiyaActor           *actor,
                                            gpointer                user_data);
typedef void (*HashiyaNetworkRelationFunc) (guint                   index,
                                            HashiyaNetworkDocument *document,
                                            HashiyaRelation        *relation,
                                            HashiyaRelationType    *type,
                                            HashiyaActor           *source,
                                            HashiyaActor           *target,
                                            gpointer                user_data);

guint                 hashiya_network_filter_each          (const HashiyaNetworkFilter *filter,
                                                            GPtrArray                  *documents,
                                                            HashiyaNetworkMentionFunc   mention_func,
                                                            HashiyaNetworkRelationFunc  relation_func,
                                                            gpointer                    user_data);
char                 *hashiya_network_filter_describe_dates (const HashiyaNetworkFilter *filter) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaNetworkFilter, hashiya_network_filter_free)

G_END_DECLS
