/* hashiya-agreement-version.h — one annotator's version of a text, as an
 * agreement compares it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document.h"

G_BEGIN_DECLS

/* One version: a document by one annotator. */
typedef struct
{
  HashiyaDocument *document;
  char            *source;
  char            *given;
  char            *name;
  const char      *origin;
  guint            text;
  guint            annotator;
  GPtrArray       *mentions;
  GHashTable      *relations;
  guint            n_relations;
} HashiyaAgreementVersion;

/* One text and its versions; version_of[annotator]: the index of the
 * annotator's version, or G_MAXUINT when they have none. */
typedef struct
{
  char   *name;
  char   *sha256;
  GArray *versions;
  guint  *version_of;
} HashiyaAgreementText;


HashiyaAgreementVersion *_hashiya_agreement_version_new  (HashiyaDocument         *document,
                                                          const char              *source,
                                                          const char              *given);
void                     _hashiya_agreement_version_free (HashiyaAgreementVersion *version);
HashiyaAgreementText    *_hashiya_agreement_text_new     (const char              *name,
                                                          const char              *sha256);
void                     _hashiya_agreement_text_free    (HashiyaAgreementText    *text);

G_END_DECLS
