/* hashiya-network-evidence.h — a sentence that shows a node or a link of
 * a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network-document.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_EVIDENCE (hashiya_network_evidence_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkEvidence, hashiya_network_evidence, HASHIYA, NETWORK_EVIDENCE, GObject)

HashiyaNetworkEvidence *hashiya_network_evidence_new            (HashiyaNetworkDocument *document,
                                                                 guint                   start,
                                                                 guint                   end);
void                    hashiya_network_evidence_add_highlight  (HashiyaNetworkEvidence *self,
                                                                 guint                   start,
                                                                 guint                   end);
void                    hashiya_network_evidence_set_mention    (HashiyaNetworkEvidence *self,
                                                                 HashiyaMention         *mention);
void                    hashiya_network_evidence_set_relation   (HashiyaNetworkEvidence *self,
                                                                 HashiyaRelation        *relation);
HashiyaNetworkDocument *hashiya_network_evidence_get_document   (HashiyaNetworkEvidence *self);
HashiyaMention         *hashiya_network_evidence_get_mention    (HashiyaNetworkEvidence *self);
HashiyaRelation        *hashiya_network_evidence_get_relation   (HashiyaNetworkEvidence *self);
guint                   hashiya_network_evidence_get_start      (HashiyaNetworkEvidence *self);
guint                   hashiya_network_evidence_get_end        (HashiyaNetworkEvidence *self);
char                   *hashiya_network_evidence_dup_text       (HashiyaNetworkEvidence *self) G_GNUC_WARN_UNUSED_RESULT;
guint                   hashiya_network_evidence_get_n_highlights (HashiyaNetworkEvidence *self);
void                    hashiya_network_evidence_get_highlight  (HashiyaNetworkEvidence *self,
                                                                 guint                   position,
                                                                 guint                  *start,
                                                                 guint                  *end);

G_END_DECLS
