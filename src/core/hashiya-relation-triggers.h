/* hashiya-relation-triggers.h — the relation catalogue's triggers, folded
 * and indexed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "hashiya-relation-catalog.h"

G_BEGIN_DECLS

#define RELATION_TRIGGER_MAX_STEM 64        /* longer words are no trigger */
#define RELATION_TRIGGER_BLOOM_BITS (1u << 16)

/* One word of a trigger, a gap (…) or a proclitic, folded. */
typedef struct
{
  HashiyaTriggerPart  part;
  gunichar           *chars;
  guint               length;
} RelationTriggerElement;

typedef struct
{
  const char              *type;
  guint                    type_flags;
  guint32                  classes;
  const char              *mode;
  gboolean                 noun;
  gboolean                 article;
  gboolean                 reciprocal;
  RelationTriggerElement  *elements;
  guint                    n_elements;
  guint                    order;
} RelationTrigger;

/* Every type's triggers, by the first letters of their first word. */
typedef struct
{
  GPtrArray  *triggers;
  GHashTable *index;       /* key of a first word's first letters → GPtrArray of RelationTrigger */
  guint64     bloom[RELATION_TRIGGER_BLOOM_BITS / 64];
} RelationTriggerIndex;

/* A key of the first @n (2 or 3) letters of a word. */
static inline guint32
hashiya_relation_trigger_key (const gunichar *chars,
                              guint           n)
{
  guint32 h = 2166136261u ^ n;

  for (guint i = 0; i < n; i++)
    h = (h ^ chars[i]) * 16777619u;
  return h;
}

static inline guint
hashiya_relation_trigger_key_length (guint length)
{
  return length >= 3 ? 3 : length;
}

static inline gboolean
hashiya_relation_has_article (const gunichar *word,
                              guint           length)
{
  return length >= 4 && word[0] == 0x0627 && word[1] == 0x0644;
}

/* The triggers whose first word starts with the @n (2 or 3) letters of
 * @stem, or NULL. */
static inline GPtrArray *
hashiya_relation_trigger_index_lookup (const RelationTriggerIndex *self,
                                       const gunichar             *stem,
                                       guint                       n)
{
  guint32 key = hashiya_relation_trigger_key (stem, n);

  if (!(self->bloom[(key % RELATION_TRIGGER_BLOOM_BITS) / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))))
    return NULL;
  return g_hash_table_lookup (self->index, GUINT_TO_POINTER (key));
}

void     hashiya_relation_trigger_index_init    (RelationTriggerIndex         *self,
                                                 HashiyaRelationCatalog       *relations);
void     hashiya_relation_trigger_index_clear   (RelationTriggerIndex         *self);
gboolean hashiya_relation_trigger_word_matches  (const RelationTriggerElement *element,
                                                 const gunichar               *text,
                                                 guint                         length,
                                                 gboolean                     *enclitic);
guint    hashiya_relation_type_flags            (HashiyaRelationType          *type);
gboolean hashiya_relation_looks_like_masdar     (const gunichar               *w,
                                                 guint                         n);

G_END_DECLS
