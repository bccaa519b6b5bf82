/* hashiya-document-private.h — what the commands, the edits and the readers reach
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document.h"

G_BEGIN_DECLS

/* Lookups and checks (hashiya-document-checks.c), for the edits. */
HashiyaMention *_hashiya_document_find_duplicate       (HashiyaDocument  *self,
                                                        guint             start,
                                                        guint             end,
                                                        const char       *actor_id,
                                                        HashiyaMention   *except);
gboolean        _hashiya_document_check_mention_except (HashiyaDocument  *self,
                                                        HashiyaMention   *mention,
                                                        HashiyaMention   *except,
                                                        GError          **error);

/* Raw changes: no checks and no undo step, but every signal. */
void            _hashiya_document_insert_mention      (HashiyaDocument *self,
                                                       HashiyaMention  *mention);
void            _hashiya_document_remove_mention      (HashiyaDocument *self,
                                                       HashiyaMention  *mention);
void            _hashiya_document_swap_mention        (HashiyaDocument *self,
                                                       HashiyaMention  *mention,
                                                       HashiyaMention  *snapshot);
void            _hashiya_document_insert_actor        (HashiyaDocument *self,
                                                       HashiyaActor    *actor,
                                                       guint            position);
void            _hashiya_document_remove_actor        (HashiyaDocument *self,
                                                       HashiyaActor    *actor);
void            _hashiya_document_swap_actor          (HashiyaDocument *self,
                                                       HashiyaActor    *actor,
                                                       HashiyaActor    *snapshot);
void            _hashiya_document_swap_catalog        (HashiyaDocument *self,
                                                       HashiyaCatalog  *other);
void            _hashiya_document_swap_metadata       (HashiyaDocument  *self,
                                                       HashiyaMetadata **metadata);

/* For the file reader: mentions already checked, sorted by
 * hashiya_mention_compare(), added in one go. */
void            _hashiya_document_take_mentions       (HashiyaDocument *self,
                                                       GPtrArray       *sorted);
void            _hashiya_document_insert_relation     (HashiyaDocument *self,
                                                       HashiyaRelation *relation);
void            _hashiya_document_remove_relation     (HashiyaDocument *self,
                                                       HashiyaRelation *relation);
void            _hashiya_document_swap_relation       (HashiyaDocument *self,
                                                       HashiyaRelation *relation,
                                                       HashiyaRelation *snapshot);
void            _hashiya_document_set_relation_catalog (HashiyaDocument        *self,
                                                        HashiyaRelationCatalog *catalog);
void            _hashiya_document_add_unanchored_relation (HashiyaDocument *self,
                                                           const char      *json);

void            _hashiya_document_set_report          (HashiyaDocument             *self,
                                                       const HashiyaReanchorReport *report);
void            _hashiya_document_set_import_problems (HashiyaDocument *self,
                                                       GPtrArray       *problems);
void            _hashiya_document_add_orphan          (HashiyaDocument *self,
                                                       HashiyaMention  *mention);

/* hashiya-document-reanchor.c */
void            _hashiya_document_reanchor_all        (HashiyaDocument       *self,
                                                       GPtrArray             *mentions,
                                                       HashiyaReanchorReport *report);

G_END_DECLS
