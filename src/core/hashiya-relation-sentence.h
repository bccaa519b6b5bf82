/* hashiya-relation-sentence.h — a sentence as the relation matcher reads
 * it: its tokens, the parties its mentions make, the triggers found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside the core: the types that the trigger index, the matcher and the
 * frames share.
 */

#pragma once

#include <glib.h>

#include "hashiya-arabic.h"
#include "hashiya-relation-words.h"
#include "hashiya-types.h"

G_BEGIN_DECLS

/* A token of the text, in folded indices, with what it does. */
typedef struct
{
  guint        start;
  guint        end;
  guint32      classes;     /* HashiyaWordClass flags, and RELATION_TOKEN_TRIGGER */
  guint32      marks;       /* RelationTokenMark flags */
  const char  *mode;        /* the mode its word suggests, or NULL */
  int          arg;         /* the argument it is part of, or -1 */
} RelationToken;

/* The token is a word of a trigger; it starts a paragraph. */
#define RELATION_TOKEN_TRIGGER    (1u << 31)
#define RELATION_TOKEN_PARAGRAPH  (1u << 30)

/* What the trigger that starts at a token is. */
typedef enum
{
  RELATION_MARK_MEDIATION = 1 << 0,   /* التوسط، بوساطة، برعاية */
  RELATION_MARK_ADVERBIAL = 1 << 1,   /* an accusative that says why or how: احتجاجا، مطالبا */
} RelationTokenMark;

/* A party a relation may link: one mention, or several side by side that
 * stand for one actor ("الرئيس الأذربيجاني، إلهام علييف"). */
typedef struct
{
  guint             first;      /* its first token */
  guint             last;       /* its last token */
  guint             mention;    /* the index of its mention among the matcher's input */
  const char       *actor;      /* the actor's id, shared by every argument of the actor */
  HashiyaActorKind  kind;
  guint32           governor;   /* the preposition it follows: 0, or PREPOSITION flags */
  gboolean          waw;        /* its first token has و in front of the name */
  gboolean          joined;     /* coordinated with the argument before it */
  gboolean          adjective;  /* a state's adjective (الإسرائيلي), which stands after a noun */
} RelationArg;

#define RELATION_GOVERNOR_BORDER (1u << 30)

/* What a relation type is, for the frames. */
typedef enum
{
  RELATION_TYPE_MUTUAL  = 1 << 0,   /* cooperate, consult, agree */
  RELATION_TYPE_CONSULT = 1 << 1,   /* CAMEO 04: meets, hosts, visits */
  RELATION_TYPE_SECTOR  = 1 << 2,   /* CAMEO 06 and 07: military, economic … */
  RELATION_TYPE_INTENT  = 1 << 3,   /* CAMEO 03: what it is about is to come */
  RELATION_TYPE_WISH    = 1 << 4,   /* CAMEO 02, 10 and 13: what it is about may come */
  RELATION_TYPE_HALTS   = 1 << 5,   /* CAMEO 03 to 07: stopped, it reduces relations */
  RELATION_TYPE_REDUCE  = 1 << 6,   /* CAMEO 16: reduces relations */
  RELATION_TYPE_YIELD   = 1 << 7,   /* CAMEO 08: من and عن after it say from what */
  RELATION_TYPE_FIGHT   = 1 << 8,   /* CAMEO 19: with مع, both fight */
  RELATION_TYPE_CONFLICT = 1 << 9,  /* a conflict's quad class */
  RELATION_TYPE_POSTURE = 1 << 10,  /* CAMEO 15: against whom a purpose after it says */
  RELATION_TYPE_REFUSE  = 1 << 11,  /* CAMEO 12: what it is about may be addressed to its subject */
} RelationTypeFlags;

/* One place a trigger was found. */
typedef struct
{
  const char  *type;          /* the relation type's id */
  guint        type_flags;    /* RelationTypeFlags */
  guint32      classes;       /* the classes of the trigger's first word */
  const char  *mode;          /* the mode its words say, or NULL */
  gboolean     noun;          /* its first word reads as a noun (ال، ـة، ـات, a verbal noun's
                                 pattern, or after a preposition) */
  gboolean     adverbial;     /* an accusative after a comma (مطالبا، احتجاجا) */
  gboolean     loose;         /* a word matched without the article its trigger has, or
                                 its first word with the accusative's alef */
  gboolean     accusative;    /* its first word has the accusative's alef (طلبا): a noun */
  gboolean     reciprocal;    /* تبادل: coordinated subjects do it to each other */
  gboolean     hostile;       /* a pledge whose complement is a conflict: no agreement */
  gboolean     in_phrase;     /* a noun right after a preposition: "على هامش قمة" */
  gboolean     addressed;     /* a call or a warning that the trigger before rejects or yields
                                 to: addressed to that one's subject */
  gboolean     halted;        /* a cooperation that is stopped ("وعلقتا التبادل التجاري"):
                                 it reads as the type that reduces relations */
  gboolean     enclitic;      /* its first word carries a pronoun (اتهمها) */
  guint        length;        /* the letters of its first word, without the pronoun */
  gboolean     future;        /* read after سـ (ستستضيف) */
  guint        skip;          /* folded letters of proclitics before it */
  guint        first;         /* its first token */
  guint        first_end;     /* the token after its first run of words */
  guint        last;          /* the token after its last word */
  guint        n_words;
  guint        words[8];      /* the tokens of its words */
  guint        order;         /* its place among the triggers, for ties */
  gboolean     complement;    /* what the trigger before it is about */
  HashiyaModality complement_modality;  /* so its modality, when it says none */
  gboolean     shares_subject;  /* a complement whose subject is the trigger's before it */
} RelationOccurrence;

typedef struct _RelationSentence RelationSentence;

/* Gives one relation that a trigger states. */
typedef void (*RelationEmitFunc) (RelationSentence         *sentence,
                                  const RelationOccurrence *occurrence,
                                  const RelationArg        *source,
                                  const RelationArg        *target,
                                  const char               *mode,
                                  HashiyaModality           modality,
                                  gboolean                  negated);

/* A sentence and what was found in it. */
struct _RelationSentence
{
  const HashiyaFolded *folded;
  const RelationToken *tokens;
  const RelationArg   *args;
  guint                start;       /* its first token */
  guint                end;         /* the token after its last */
  guint                first_arg;   /* its arguments */
  guint                end_arg;
  gboolean            *targeted;    /* for each argument: the other party of a relation */
  int                  last_source_first;  /* the last source found in it, or -1 */
  int                  last_source_last;
  HashiyaModality      last_modality;      /* the modality of its last trigger */
  RelationEmitFunc     emit;
  gpointer             data;        /* for @emit */
  gboolean             has_last;    /* the parties of the last relations given: */
  int                  last_a_first;        /* its sources, or the group of its pairs */
  int                  last_a_last;
  int                  last_b_first;        /* its targets, or -1 */
  int                  last_b_last;
  gboolean             dual;        /* they were the "two" of a dual verb (اتفقا) */
  int                  near_first;  /* the last source found, in a relative clause too */
  int                  near_last;
};

G_END_DECLS
