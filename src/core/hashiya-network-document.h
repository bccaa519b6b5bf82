/* hashiya-network-document.h — a document of a network, with its title,
 * date and source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_NETWORK_DOCUMENT (hashiya_network_document_get_type ())

typedef struct _HashiyaNetworkDocument HashiyaNetworkDocument;

GType                   hashiya_network_document_get_type     (void) G_GNUC_CONST;
HashiyaNetworkDocument *hashiya_network_document_new          (HashiyaDocument        *document,
                                                               const char             *id,
                                                               const char             *title,
                                                               const char             *date,
                                                               const char             *source,
                                                               GError                **error);
HashiyaNetworkDocument *hashiya_network_document_new_for_document (HashiyaDocument  *document,
                                                                   const char       *id);
HashiyaNetworkDocument *hashiya_network_document_ref          (HashiyaNetworkDocument *self);
void                    hashiya_network_document_unref        (HashiyaNetworkDocument *self);
HashiyaDocument        *hashiya_network_document_get_document (HashiyaNetworkDocument *self);
const char             *hashiya_network_document_get_id       (HashiyaNetworkDocument *self);
const char             *hashiya_network_document_get_title    (HashiyaNetworkDocument *self);
const char             *hashiya_network_document_get_date     (HashiyaNetworkDocument *self);
guint32                 hashiya_network_document_get_day      (HashiyaNetworkDocument *self);
const char             *hashiya_network_document_get_source   (HashiyaNetworkDocument *self);
GArray                 *hashiya_network_document_get_sentences (HashiyaNetworkDocument *self);

GPtrArray              *hashiya_network_documents_new         (void);

gboolean                hashiya_network_parse_date            (const char             *text,
                                                               guint32                *day);
char                   *hashiya_network_format_date           (guint32                 day) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaNetworkDocument, hashiya_network_document_unref)

G_END_DECLS
