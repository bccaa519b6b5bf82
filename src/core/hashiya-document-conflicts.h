/* hashiya-document-conflicts.h — a document's merge conflicts, settling
 * them, and which annotators each curated mention and relation came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-conflict.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

GListModel         *hashiya_document_get_conflicts       (HashiyaDocument            *self);
HashiyaConflict    *hashiya_document_lookup_conflict     (HashiyaDocument            *self,
                                                          HashiyaConflictKind         kind,
                                                          const char                 *id);
gboolean            hashiya_document_resolve_conflict    (HashiyaDocument            *self,
                                                          HashiyaConflict            *conflict,
                                                          HashiyaConflictResolution   resolution,
                                                          GObject                    *by_hand,
                                                          GError                    **error);

const char * const *hashiya_document_get_curated_from    (HashiyaDocument            *self,
                                                          GObject                    *item);
void                hashiya_document_set_curated_from    (HashiyaDocument            *self,
                                                          GObject                    *item,
                                                          const char * const         *annotators);
const char * const *hashiya_document_get_curation_annotators (HashiyaDocument        *self);
void                hashiya_document_set_curation_annotators (HashiyaDocument        *self,
                                                              const char * const     *annotators);

/* For the file reader and the merge: no undo step. */
void                _hashiya_document_add_conflict        (HashiyaDocument            *self,
                                                          HashiyaConflict            *conflict);
void                _hashiya_document_set_curated_from    (HashiyaDocument            *self,
                                                          HashiyaConflictKind         kind,
                                                          const char                 *id,
                                                          const char * const         *annotators);
const char * const *_hashiya_document_lookup_curated_from (HashiyaDocument           *self,
                                                          HashiyaConflictKind         kind,
                                                          const char                 *id);
void                _hashiya_document_set_curation_annotators (HashiyaDocument        *self,
                                                               const char * const     *annotators);
gboolean            _hashiya_document_has_curation        (HashiyaDocument            *self);

G_END_DECLS
