/* hashiya-relation-text.h — a text as the relation matcher reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "hashiya-arabic.h"
#include "hashiya-mention.h"
#include "hashiya-relation-sentence.h"

G_BEGIN_DECLS

typedef struct
{
  const HashiyaFolded *folded;
  RelationToken       *tokens;
  guint8              *kinds;      /* the HashiyaTokenKind of each token */
  guint                n_tokens;
} RelationText;

void    hashiya_relation_text_prepare        (RelationText           *text,
                                              const HashiyaFolded    *folded);
void    hashiya_relation_text_clear          (RelationText           *text);
void    hashiya_relation_text_classify       (RelationText           *text,
                                              guint                   start,
                                              guint                   end);
GArray *hashiya_relation_text_read_args      (RelationText           *text,
                                              GHashTable             *kinds,
                                              HashiyaMention * const *mentions,
                                              guint                   n_mentions);
void    hashiya_relation_text_read_governors (const RelationText     *text,
                                              RelationArg            *args,
                                              guint                   first_arg,
                                              guint                   end_arg,
                                              guint                   start);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RelationText, hashiya_relation_text_clear)

G_END_DECLS
