/* hashiya-document.h — a text with its catalogue, mentions and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-actor.h"
#include "hashiya-catalog.h"
#include "hashiya-matcher.h"
#include "hashiya-reanchor.h"
#include "hashiya-mention.h"
#include "hashiya-metadata.h"
#include "hashiya-relation.h"
#include "hashiya-relation-catalog.h"
#include "hashiya-relation-matcher.h"
#include "hashiya-text.h"
#include "hashiya-undo-stack.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_DOCUMENT (hashiya_document_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaDocument, hashiya_document, HASHIYA, DOCUMENT, GObject)

HashiyaDocument  *hashiya_document_new                (HashiyaText      *text,
                                                       HashiyaCatalog   *catalog);

HashiyaText      *hashiya_document_get_text           (HashiyaDocument  *self);
HashiyaCatalog   *hashiya_document_get_catalog        (HashiyaDocument  *self);
GListModel       *hashiya_document_get_mentions       (HashiyaDocument  *self);
GListModel       *hashiya_document_get_relations      (HashiyaDocument  *self);
HashiyaUndoStack *hashiya_document_get_undo_stack     (HashiyaDocument  *self);
gboolean          hashiya_document_get_modified       (HashiyaDocument  *self);
void              hashiya_document_mark_saved         (HashiyaDocument  *self);
void              hashiya_document_mark_unsaved       (HashiyaDocument  *self);
const char       *hashiya_document_get_author         (HashiyaDocument  *self);
void              hashiya_document_set_author         (HashiyaDocument  *self,
                                                       const char       *author);

guint             hashiya_document_get_n_mentions     (HashiyaDocument  *self);
HashiyaMention   *hashiya_document_get_mention        (HashiyaDocument  *self,
                                                       guint             position);
HashiyaMention   *hashiya_document_lookup_mention     (HashiyaDocument  *self,
                                                       const char       *id);
guint             hashiya_document_count_mentions     (HashiyaDocument  *self,
                                                       const char       *actor_id);
guint             hashiya_document_find_first_at      (HashiyaDocument  *self,
                                                       guint             offset);

gboolean          hashiya_document_check_span         (HashiyaDocument  *self,
                                                       guint             start,
                                                       guint             end,
                                                       GError          **error);
gboolean          hashiya_document_check_mention      (HashiyaDocument  *self,
                                                       HashiyaMention   *mention,
                                                       GError          **error);

HashiyaMatcher   *hashiya_document_get_matcher        (HashiyaDocument  *self);

/* Edits (hashiya-document-edit.c): each is one undo step on the
 * document's undo stack. */
HashiyaMention   *hashiya_document_annotate           (HashiyaDocument     *self,
                                                       guint                start,
                                                       guint                end,
                                                       const char          *actor_id,
                                                       HashiyaMentionType   type,
                                                       GError             **error);
gboolean          hashiya_document_add_mention        (HashiyaDocument  *self,
                                                       HashiyaMention   *mention,
                                                       GError          **error);
void              hashiya_document_remove_mention     (HashiyaDocument  *self,
                                                       HashiyaMention   *mention);
gboolean          hashiya_document_update_mention     (HashiyaDocument  *self,
                                                       HashiyaMention   *mention,
                                                       HashiyaMention   *new_state,
                                                       GError          **error);
gboolean          hashiya_document_add_actor          (HashiyaDocument  *self,
                                                       HashiyaActor     *actor,
                                                       GError          **error);
gboolean          hashiya_document_update_actor       (HashiyaDocument  *self,
                                                       HashiyaActor     *actor,
                                                       HashiyaActor     *new_state,
                                                       GError          **error);
gboolean          hashiya_document_remove_actor       (HashiyaDocument  *self,
                                                       HashiyaActor     *actor,
                                                       GError          **error);
char            **hashiya_document_replace_catalog    (HashiyaDocument  *self,
                                                       HashiyaCatalog   *catalog) G_GNUC_WARN_UNUSED_RESULT;

guint             hashiya_document_add_matches        (HashiyaDocument      *self,
                                                       GArray               *matches,
                                                       HashiyaMentionStatus  status);
guint             hashiya_document_suggest            (HashiyaDocument      *self,
                                                       HashiyaMentionStatus  status);
guint             hashiya_document_review_suggestions (HashiyaDocument  *self,
                                                       gboolean          accept);

/* Relations (hashiya-document-relations.c): each edit one undo step. */
HashiyaRelationCatalog *
                  hashiya_document_get_relation_catalog (HashiyaDocument *self);
HashiyaRelation  *hashiya_document_lookup_relation    (HashiyaDocument  *self,
                                                       const char       *id);
char             *hashiya_document_new_relation_id    (HashiyaDocument  *self) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray        *hashiya_document_get_unanchored_relations (HashiyaDocument *self);
GPtrArray        *hashiya_document_get_mention_relations (HashiyaDocument *self,
                                                          const char      *mention_id);
gboolean          hashiya_document_check_relation     (HashiyaDocument  *self,
                                                       HashiyaRelation  *relation,
                                                       GError          **error);
HashiyaRelation  *hashiya_document_relate             (HashiyaDocument  *self,
                                                       const char       *type,
                                                       const char       *source,
                                                       const char       *target,
                                                       GError          **error);
gboolean          hashiya_document_add_relation       (HashiyaDocument  *self,
                                                       HashiyaRelation  *relation,
                                                       GError          **error);
void              hashiya_document_remove_relation    (HashiyaDocument  *self,
                                                       HashiyaRelation  *relation);
gboolean          hashiya_document_update_relation    (HashiyaDocument  *self,
                                                       HashiyaRelation  *relation,
                                                       HashiyaRelation  *new_state,
                                                       GError          **error);
guint             hashiya_document_add_relation_matches (HashiyaDocument      *self,
                                                         GArray               *matches,
                                                         GPtrArray            *mentions,
                                                         HashiyaMentionStatus  status);
guint             hashiya_document_suggest_relations  (HashiyaDocument      *self,
                                                       HashiyaMentionStatus  status);
guint             hashiya_document_review_relation_suggestions (HashiyaDocument *self,
                                                                gboolean         accept);
HashiyaRelationMatcher *
                  hashiya_document_get_relation_matcher (HashiyaDocument *self);

GListModel       *hashiya_document_get_orphans        (HashiyaDocument  *self);
const HashiyaReanchorReport *
                  hashiya_document_get_reanchor_report (HashiyaDocument *self);
GPtrArray        *hashiya_document_get_import_problems (HashiyaDocument *self);

/* Metadata (hashiya-document-metadata.c): each edit one undo step, each
 * checked as hashiya_metadata_check () does. */
const HashiyaMetadata *
                  hashiya_document_get_metadata       (HashiyaDocument       *self);
gboolean          hashiya_document_set_metadata       (HashiyaDocument       *self,
                                                       const HashiyaMetadata *metadata,
                                                       GError               **error);
gboolean          hashiya_document_set_title          (HashiyaDocument       *self,
                                                       const char            *title,
                                                       GError               **error);
gboolean          hashiya_document_set_source         (HashiyaDocument       *self,
                                                       const char            *source,
                                                       GError               **error);
gboolean          hashiya_document_set_date           (HashiyaDocument       *self,
                                                       const char            *date,
                                                       GError               **error);
gboolean          hashiya_document_set_url            (HashiyaDocument       *self,
                                                       const char            *url,
                                                       GError               **error);
gboolean          hashiya_document_set_tags           (HashiyaDocument       *self,
                                                       const char * const    *tags,
                                                       GError               **error);

/* hashiya-document-reanchor.c */
HashiyaDocument  *hashiya_document_reanchor           (HashiyaDocument  *self,
                                                       HashiyaText      *text);

char             *hashiya_document_new_mention_id     (HashiyaDocument  *self) G_GNUC_WARN_UNUSED_RESULT;
void              hashiya_document_fill_quote         (HashiyaDocument  *self,
                                                       HashiyaMention   *mention);
void              hashiya_document_dup_quote_context  (HashiyaDocument  *self,
                                                       HashiyaMention   *mention,
                                                       char            **prefix,
                                                       char            **suffix);

G_END_DECLS
