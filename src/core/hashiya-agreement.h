/* hashiya-agreement.h — how far annotators agree: versions of the same texts,
 * their aligned units, span F1, Cohen's κ, Krippendorff's α, relations F1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "hashiya-agreement-measures.h"
#include "hashiya-agreement-unit.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

/**
 * HashiyaAgreementCategory:
 * @value: the actor's id, the mention type or the actor kind
 * @n_mentions: (array): each annotator's mentions of that value
 * @scores: span F1 on those mentions only; κ and α on the units' labels
 *   as the value or not; no relations F1
 */
typedef struct
{
  char                   *value;
  guint                  *n_mentions;
  HashiyaAgreementScores  scores;
} HashiyaAgreementCategory;

void hashiya_agreement_category_free (HashiyaAgreementCategory *category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaAgreementCategory, hashiya_agreement_category_free)

#define HASHIYA_TYPE_AGREEMENT (hashiya_agreement_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaAgreement, hashiya_agreement, HASHIYA, AGREEMENT, GObject)

HashiyaAgreement             *hashiya_agreement_new                 (void);
gboolean                      hashiya_agreement_add_version         (HashiyaAgreement   *self,
                                                                     HashiyaDocument    *document,
                                                                     const char         *source,
                                                                     const char         *text_name,
                                                                     const char         *annotator,
                                                                     GError            **error);
gboolean                      hashiya_agreement_compute             (HashiyaAgreement   *self,
                                                                     GError            **error);

guint                         hashiya_agreement_get_n_versions      (HashiyaAgreement   *self);
HashiyaDocument              *hashiya_agreement_get_version         (HashiyaAgreement   *self,
                                                                     guint               version,
                                                                     const char        **source,
                                                                     guint              *annotator);
guint                         hashiya_agreement_get_n_annotators    (HashiyaAgreement   *self);
const char                   *hashiya_agreement_get_annotator       (HashiyaAgreement   *self,
                                                                     guint               annotator);
const char                   *hashiya_agreement_get_annotator_origin (HashiyaAgreement  *self,
                                                                     guint               annotator);
guint                         hashiya_agreement_get_n_mentions      (HashiyaAgreement   *self,
                                                                     guint               annotator);
guint                         hashiya_agreement_get_n_relations     (HashiyaAgreement   *self,
                                                                     guint               annotator);
GListModel                   *hashiya_agreement_get_units           (HashiyaAgreement   *self);
const HashiyaAgreementScores *hashiya_agreement_get_pair            (HashiyaAgreement   *self,
                                                                     guint               a,
                                                                     guint               b);
const HashiyaAgreementScores *hashiya_agreement_get_overall         (HashiyaAgreement   *self);
GPtrArray                    *hashiya_agreement_break_down          (HashiyaAgreement   *self,
                                                                     HashiyaAgreementBy  by);
GPtrArray                    *hashiya_agreement_get_remarks         (HashiyaAgreement   *self);

GBytes                       *hashiya_agreement_write_units         (HashiyaAgreement   *self);
char                         *hashiya_agreement_to_json             (HashiyaAgreement   *self,
                                                                     HashiyaAgreementBy  by,
                                                                     gboolean            broken_down) G_GNUC_WARN_UNUSED_RESULT;
void                          hashiya_agreement_add_json_scores     (HashiyaAgreement   *self,
                                                                     JsonBuilder        *builder);
void                          hashiya_agreement_add_json_break_down (HashiyaAgreement   *self,
                                                                     JsonBuilder        *builder,
                                                                     HashiyaAgreementBy  by);

G_END_DECLS
