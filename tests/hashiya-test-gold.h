/* hashiya-test-gold.h — the gold mentions of the bundled article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-core.h"

G_BEGIN_DECLS

typedef struct
{
  guint               start;
  guint               end;
  char               *actor;
  HashiyaMentionType  type;
  char               *text;
} HashiyaGoldMention;

/* A gold relation: its type, the indexes of its two mentions among the
 * gold mentions, and its notes. */
typedef struct
{
  guint  id;
  char  *type;
  guint  source;
  guint  target;
  char  *mode;
  char  *modality;
} HashiyaGoldRelation;

GPtrArray       *hashiya_test_load_gold            (void);
GPtrArray       *hashiya_test_load_gold_relations  (GPtrArray **mentions);
char            *hashiya_test_sample_path          (void);
HashiyaDocument *hashiya_test_import_gold          (void);
void             hashiya_test_assert_same_mentions (HashiyaDocument *a,
                                                    HashiyaDocument *b);
HashiyaDocument *hashiya_test_gold_version         (guint            variant,
                                                    const char      *author);
void             hashiya_test_sign                 (HashiyaDocument *document,
                                                    const char      *author);
HashiyaDocument *hashiya_test_gold_with_relations  (void);
void             hashiya_test_assert_same_relations (HashiyaDocument *a,
                                                     HashiyaDocument *b);

G_END_DECLS
