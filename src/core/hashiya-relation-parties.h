/* hashiya-relation-parties.h — the parties of a trigger in its sentence,
 * and groups of coordinated parties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside the core, for the relation frames (hashiya-relation-frames.c,
 * hashiya-relation-modality.c); not part of hashiya-core.h.
 */

#pragma once

#include "hashiya-relation-sentence.h"

G_BEGIN_DECLS

#define SUBJECT_REACH      3   /* tokens between a verb and its subject */
#define GROUP_MAX         12   /* coordinated parties taken together */

#define W(name) HASHIYA_WORD_##name
#define STOP (W (SENTENCE_END) | W (CLAUSE))

#define TEH 0x062A
#define YEH 0x064A
#define NOON 0x0646

typedef struct
{
  int first;   /* argument indexes, inclusive; -1 when none */
  int last;
} Group;

static const Group no_group = { -1, -1 };

static inline guint32
classes (const RelationSentence *s,
         guint                   t)
{
  return s->tokens[t].classes;
}

static inline const RelationArg *
arg_at (const RelationSentence *s,
        int                     a)
{
  return &s->args[a];
}

static inline Group
group_forward (const RelationSentence *s,
               int                     a)
{
  Group g = { a, a };

  while ((guint) g.last + 1 < s->end_arg && s->args[g.last + 1].joined && g.last - g.first + 1 < GROUP_MAX)
    g.last++;
  return g;
}

static inline Group
group_backward (const RelationSentence *s,
                int                     a)
{
  Group g = { a, a };

  while ((guint) g.first > s->first_arg && s->args[g.first].joined && g.last - g.first + 1 < GROUP_MAX)
    g.first--;
  return g;
}


static inline gboolean
in_group (const RelationSentence *s,
          Group                   g,
          const char             *actor)
{
  for (int i = g.first; i >= 0 && i <= g.last; i++)
    if (g_str_equal (arg_at (s, i)->actor, actor))
      return TRUE;
  return FALSE;
}

typedef enum
{
  BETWEEN_NONE,
  BETWEEN_FOUND,
  BETWEEN_PRONOUN,
} BetweenResult;

Group
hashiya_relation_clause_subject (const RelationSentence *s,
                                 guint                   from);

Group
hashiya_relation_find_source_before (const RelationSentence *s,
                                     guint                   from,
                                     gboolean               *pronoun,
                                     int                    *antecedent);

Group
hashiya_relation_find_subject_after (const RelationSentence *s,
                                     guint                   from);

Group
hashiya_relation_find_target (const RelationSentence *s,
                              guint                   from,
                              Group                   sources,
                              gboolean                mutual,
                              gboolean                object,
                              gboolean               *pronoun);

BetweenResult
hashiya_relation_find_between (const RelationSentence *s,
                               guint                   from,
                               Group                  *parties,
                               gboolean               *other_trigger);

Group
hashiya_relation_find_with_in_relative (const RelationSentence *s,
                                        guint                   from);

Group
hashiya_relation_sentence_subject (const RelationSentence *s);

Group
hashiya_relation_find_participants (const RelationSentence *s,
                                    guint                   from);

int
hashiya_relation_find_forum (const RelationSentence *s,
                             guint                   before,
                             guint                   after);

G_END_DECLS
