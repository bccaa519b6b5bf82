/* hashiya-relation-parties.c — the parties of a trigger in its sentence:
 * its subject, the other party, "بين X وY", "بمشاركة X وY" and the forum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The finders that hashiya-relation-frames.c reads each frame with. A
 * clause ends at a comma, a full stop, a conjunction or a relative
 * pronoun; a parenthetical ("، التي …،", "، مؤخرا،", "، في الرياض،") is
 * read over, and a headline's parties before a colon say what follows.
 * Each scan is bounded by a few tokens.
 */

#define G_LOG_DOMAIN "hashiya-relation-frames"

#include "config.h"

#include "hashiya-relation-parties.h"

#include <string.h>

#define SOURCE_REACH      12   /* tokens back to the subject before a trigger */
#define TARGET_REACH      10   /* tokens on to the other party */
#define BETWEEN_REACH      3   /* words on to بين, quotations left out */
#define PARTIES_REACH      8   /* tokens within the parties after بين */
#define PARTICIPANT_REACH  4   /* tokens on to the first participant */
#define PRONOUN_REACH      2   /* a pronoun this close takes the other party's place */
#define SHORT_SEGMENT      2   /* "، مؤخرا،" is read over */
#define ASIDE_PHRASE       5   /* and "، في بيانات منفصلة،", a phrase after a preposition */
#define TITLE_REACH        5   /* tokens of a title before the name of who holds it */
#define RELATIVE_REACH     6   /* tokens on to a relative clause on the trigger */
#define WITH_REACH         4   /* tokens into it to مع */
#define ASIDE_REACH       24   /* tokens of a parenthetical read over */
#define FORUM_REACH       40   /* tokens to the forum of بمشاركة */

/* Whether the tokens from @from to @to, between two commas, are an aside
 * that names no party but a place: a word or two ("، مؤخرا،"), or a
 * phrase after a preposition ("، في بيانات منفصلة،", "، في الرياض،"). */
static gboolean
aside (const RelationSentence *s,
       guint                   from,
       guint                   to)
{
  gboolean place = to - from <= ASIDE_PHRASE && (classes (s, from) & W (VENUE)) && !(classes (s, from) & W (PRONOUN));

  if (from >= to)
    return FALSE;
  /* "، في الرياض،": a place may be named in it. */
  for (guint t = from; t < to; t++)
    if (s->tokens[t].arg >= 0 && !(place && (arg_at (s, s->tokens[t].arg)->governor & W (VENUE))))
      return FALSE;
  if (to - from <= SHORT_SEGMENT)
    return TRUE;
  return to - from <= ASIDE_PHRASE && (classes (s, from) & W (PREPOSITION)) && !(classes (s, from) & W (PRONOUN));
}

/* Whether the comma at @t opens a parenthetical that a clause reads over:
 * a relative clause ("، التي …،") or a short aside ("، مؤخرا،"). Sets
 * @close to the comma that closes it. */
static gboolean
parenthetical_after (const RelationSentence *s,
                     guint                   t,
                     guint                  *close)
{
  guint e = t + 1;

  while (e < s->end && e <= t + ASIDE_REACH && !(classes (s, e) & (W (COMMA) | W (SENTENCE_END))))
    e++;
  if (e >= s->end || !(classes (s, e) & W (COMMA)))
    return FALSE;
  *close = e;
  if (t + 1 < e && (classes (s, t + 1) & W (RELATIVE)))
    return TRUE;
  return aside (s, t + 1, e);
}

/* The same, reading backwards: whether the comma at @t closes one, and
 * where it opens. */
static gboolean
parenthetical_before (const RelationSentence *s,
                      guint                   t,
                      guint                  *open)
{
  int b = (int) t - 1;

  while (b >= (int) s->start && b + ASIDE_REACH >= (int) t && !(classes (s, b) & (W (COMMA) | W (SENTENCE_END))))
    b--;
  if (b < (int) s->start || !(classes (s, b) & W (COMMA)))
    return FALSE;
  *open = (guint) b;
  if ((guint) b + 1 < t && (classes (s, b + 1) & W (RELATIVE)))
    return TRUE;
  return aside (s, (guint) b + 1, t);
}

/* "قطر والسعودية: دعم كامل لـ…": parties alone before a colon that opens
 * the sentence say what follows. */
static Group
headline_speaker (const RelationSentence *s,
                  guint                   colon)
{
  int first = -1;

  if (s->folded->chars[s->tokens[colon].start] != ':')
    return no_group;
  for (guint t = s->start; t < colon; t++)
    {
      int a = s->tokens[t].arg;

      if (a >= 0 && first < 0)
        first = a;
      else if (a < 0 && !(classes (s, t) & (W (AND) | W (QUOTE))))
        return no_group;
    }
  if (first < 0 || arg_at (s, first)->governor != 0)
    return no_group;
  return group_forward (s, first);
}

/* The first argument of the first party before @from in its clause that
 * follows no preposition, or -1; a parenthetical is read over, and so is
 * an aside that opens with a preposition when @over_asides. @said (when
 * not %NULL) tells whether a verb of saying stands between. */
static int
first_subject_before (const RelationSentence *s,
                      guint                   from,
                      gboolean                over_asides,
                      gboolean               *said)
{
  int first = -1;
  guint seen = 0;

  for (int t = (int) from - 1; t >= (int) s->start && seen < SOURCE_REACH; t--, seen++)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;
      guint open;

      if (a >= 0)
        {
          if (arg_at (s, a)->governor == 0)
            first = group_backward (s, a).first;
          t = (int) arg_at (s, a)->first;
          continue;
        }
      if ((c & W (COMMA)) && parenthetical_before (s, (guint) t, &open))
        {
          t = (int) open;
          continue;
        }
      if (over_asides && (c & W (COMMA)) && (guint) t + 1 < s->end && (classes (s, t + 1) & W (PREPOSITION)) &&
          !(classes (s, t + 1) & W (PRONOUN)))
        continue;
      if (c & (STOP | W (COMMA)))
        break;
      if (said != NULL)
        *said |= (c & W (SAY)) != 0;
    }
  return first;
}

/* "أعلنت بكين أنها ستقدم …": the subject of what is said is a pronoun
 * on أن, the subject of the clause that says it: its first party that
 * follows no preposition, before @clause. */
static Group
said_subject (const RelationSentence *s,
              guint                   clause)
{
  gboolean said = FALSE;
  int first = first_subject_before (s, clause, FALSE, &said);

  /* "واصفا إياها بأنها …": the pronoun of a clause that no verb of
   * saying governs is not the subject's. "وقالت إنها …": the subject of
   * the verb of saying is the one before. */
  if (!said)
    return no_group;
  if (first >= 0)
    return group_forward (s, first);
  return (Group) { s->last_source_first, s->last_source_last };
}

/* The subject of the clause of a noun with a pronoun ("أكدت السعودية
 * رفضها", "أبلغت مصر إسرائيل رفضها", "أكد السيسي، خلال لقائه …"): its
 * first party that follows no preposition, before @from, an aside that
 * opens with a preposition read over; else the last subject. */
Group
hashiya_relation_clause_subject (const RelationSentence *s,
                                 guint                   from)
{
  int first = first_subject_before (s, from, TRUE, NULL);

  if (first >= 0)
    return group_forward (s, first);
  return (Group) { s->last_source_first, s->last_source_last };
}

/* The subject before @from in its clause: the nearest party that follows
 * no preposition, with those coordinated with it. @pronoun: a pronoun
 * with a preposition stands right before @from ("تركيا معها علاقات").
 * @antecedent: when the clause is a relative one, the party it is said
 * of ("واشنطن، التي تقدم دعما عسكريا لكييف"), or -1. */
Group
hashiya_relation_find_source_before (const RelationSentence *s,
                                     guint                   from,
                                     gboolean               *pronoun,
                                     int                    *antecedent)
{
  int t = (int) from - 1;
  guint seen = 0;

  *pronoun = FALSE;
  *antecedent = -1;
  while (t >= (int) s->start && seen < SOURCE_REACH)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;
      guint open;

      if (c & W (QUOTE))
        {
          t--;
          continue;
        }
      if (a >= 0)
        {
          Group g = group_backward (s, a);
          guint32 governor = arg_at (s, g.first)->governor;

          if (governor == 0)
            return (Group) { g.first, a };
          /* A place or a time is read over; a party after another
           * preposition is the nearest noun, and no subject. */
          if (!(governor & W (VENUE)))
            break;
          t = (int) arg_at (s, g.first)->first - 1;
          seen++;
          continue;
        }
      if (c & W (COMMA))
        {
          if (parenthetical_before (s, (guint) t, &open))
            {
              t = (int) open - 1;
              continue;
            }
          return headline_speaker (s, (guint) t);
        }
      if (c & W (RELATIVE))
        {
          int before = t - 1;

          if (before >= (int) s->start && (classes (s, before) & W (COMMA)))
            before--;
          if (before >= (int) s->start)
            *antecedent = s->tokens[before].arg;
        }
      if (c & STOP)
        return (c & W (SAID_SUBJECT)) ? said_subject (s, (guint) t) : no_group;
      if ((c & W (PRONOUN)) && !(c & W (VENUE)) && seen < PRONOUN_REACH)
        *pronoun = TRUE;
      t--;
      seen++;
    }
  return no_group;
}

static gboolean
has_article_at (const RelationSentence *s,
                guint                   t)
{
  const gunichar *w = s->folded->chars + s->tokens[t].start;
  guint n = s->tokens[t].end - s->tokens[t].start;

  if (n >= 5 && (w[0] == 0x0648 || w[0] == 0x0641))
    w++, n--;
  return n >= 4 && w[0] == 0x0627 && w[1] == 0x0644;
}

/* The person named at @from or after a title that is no party, parties
 * of the title read over: "الرئيس بشار الأسد", "وزير الخارجية والمغتربين
 * فيصل المقداد", "الأمين العام لحزب الله حسن نصر الله", "قائد الجيش
 * السوداني الفريق أول عبد الفتاح البرهان". Returns -1 when none. */
static int
person_after_title (const RelationSentence *s,
                    guint                   from)
{
  guint seen = 0;

  for (guint t = from; t < s->end && seen <= TITLE_REACH; t++)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;

      if (a >= 0)
        {
          const RelationArg *arg = arg_at (s, a);

          if (arg->kind == HASHIYA_ACTOR_KIND_PERSON && arg->governor == 0 && !arg->adjective)
            return a;
          t = arg->last;
          seen++;
          continue;
        }
      if ((c & (STOP | W (COMMA) | W (AND) | W (QUOTE) | RELATION_TOKEN_TRIGGER)) ||
          ((c & W (PREPOSITION)) && !(c & W (PRONOUN))))
        return -1;
      seen++;
    }
  return -1;
}

/* The subject right after a verb, or the genitive after a noun: a party
 * that follows no preposition, a few tokens on at most; the person a
 * title names; a party after a noun and من or عن ("مسلحون من حركة
 * الشباب"). */
Group
hashiya_relation_find_subject_after (const RelationSentence *s,
                                     guint                   from)
{
  guint seen = 0;
  int definite = -1;

  for (guint t = from; t < s->end; t++)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;

      if (c & W (QUOTE))
        continue;
      if (a >= 0)
        {
          const RelationArg *arg = arg_at (s, a);
          int person;

          /* A noun with the article ends its phrase: "وتتهم الدول الغربية
           * روسيا" has a subject of its own, "العاصمة الإيرانية طهران" is
           * the capital of a state; but a person's name stands after
           * their title. */
          if (arg->governor != 0 || (definite >= 0 && !(arg->adjective && definite == (int) t - 1)))
            {
              person = person_after_title (s, t);
              return person >= 0 ? group_forward (s, person) : no_group;
            }
          /* A party after a word is the genitive of a title when a name
           * follows it. */
          if (seen > 0 && arg->kind != HASHIYA_ACTOR_KIND_PERSON &&
              (person = person_after_title (s, arg_at (s, group_forward (s, a).last)->last + 1)) >= 0)
            return group_forward (s, person);
          return group_forward (s, a);
        }
      /* "مسلحون من حركة الشباب", "آلاف من أنصار حركة حماس". */
      if (seen > 0 && (c & W (PARTITIVE)) && !(c & W (PRONOUN)) && t + 1 < s->end)
        {
          if (s->tokens[t + 1].arg >= 0)
            return group_forward (s, s->tokens[t + 1].arg);
          if (t + 2 < s->end && s->tokens[t + 2].arg >= 0 && !(classes (s, t + 1) & (STOP | W (COMMA) | W (PREPOSITION) | W (AND) | RELATION_TOKEN_TRIGGER)))
            return group_forward (s, s->tokens[t + 2].arg);
        }
      /* "حيث التقى نظيره المصري": the counterpart is the object. */
      if (c & W (COUNTERPART))
        break;
      if ((c & (STOP | W (COMMA) | W (AND))) || ((c & W (PREPOSITION)) && !(c & W (PRONOUN))))
        break;
      if (++seen > SUBJECT_REACH)
        break;
      if (!(c & W (PRONOUN)) && has_article_at (s, t))
        definite = (int) t;
    }
  return no_group;
}

/* The other party: the next one after @from in the clause, but not a
 * place or a time, nor a neighbour across a border for a mutual type,
 * nor one of @sources again ("ولي العهد السعودي الأمير محمد بن سلمان").
 * @object: @from is where a verb's object stands, and a noun with the
 * article there that no party's adjective follows is the object, which
 * is no party ("دعا مجلس التعاون المجتمع الدولي إلى الضغط على إسرائيل").
 * @pronoun: a pronoun with a preposition takes its place. */
Group
hashiya_relation_find_target (const RelationSentence *s,
                              guint                   from,
                              Group                   sources,
                              gboolean                mutual,
                              gboolean                object,
                              gboolean               *pronoun)
{
  guint seen = 0;
  guint t = from;
  gboolean other_trigger = FALSE;

  while (t < s->end && seen < TARGET_REACH)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;
      guint close;

      if (c & W (QUOTE))
        {
          t++;
          continue;
        }
      /* "اتفق بوتين وشي على تعميق الشراكة بين موسكو وبكين": when the
       * parties of a mutual type are before it, بين after another
       * trigger is that one's (not so after a mediation of one party:
       * "التوسط لوقف إطلاق النار بين إسرائيل وحماس"). */
      if ((c & W (BETWEEN)) && other_trigger)
        break;
      other_trigger |= mutual && sources.last > sources.first && t > from && (c & RELATION_TOKEN_TRIGGER);
      if (a >= 0)
        {
          const RelationArg *arg = arg_at (s, a);

          if (((arg->governor & W (VENUE)) && arg->kind != HASHIYA_ACTOR_KIND_FORUM &&
               arg->kind != HASHIYA_ACTOR_KIND_ORGANIZATION) ||
              (mutual && (arg->governor & RELATION_GOVERNOR_BORDER)) || in_group (s, sources, arg->actor))
            {
              t = arg->last + 1;
              seen++;
              object = FALSE;
              continue;
            }
          return group_forward (s, a);
        }
      if (object && !(c & (W (ADVERB) | W (COMMA))))
        {
          object = FALSE;
          /* A title before a name is not the object: "استقبل ولي العهد
           * السعودي الأمير محمد بن سلمان … الرئيس الأوكراني". */
          if (!(c & (W (PREPOSITION) | RELATION_TOKEN_TRIGGER)) && has_article_at (s, t) &&
              person_after_title (s, t) < 0)
            {
              if (t + 1 < s->end && s->tokens[t + 1].arg >= 0 && arg_at (s, s->tokens[t + 1].arg)->adjective)
                return group_forward (s, s->tokens[t + 1].arg);
              /* "انتقد غوتيريش القيود التي تفرضها إسرائيل": the subject
               * of a relative clause on the object. */
              for (guint u = t + 1; u < s->end && u <= t + 2; u++)
                if (classes (s, u) & W (RELATIVE))
                  {
                    for (guint v = u + 2; v < s->end && v <= u + 3; v++)
                      if (s->tokens[v].arg >= 0)
                        return arg_at (s, s->tokens[v].arg)->governor == 0 ? group_forward (s, s->tokens[v].arg) : no_group;
                    break;
                  }
              return no_group;
            }
        }
      if (c & W (COMMA))
        {
          if (!parenthetical_after (s, t, &close))
            break;
          t = close + 1;
          continue;
        }
      /* "أدانت مصر الهجمات التي تشنها جماعة الحوثي": the subject of a
       * relative clause on what the trigger is about. */
      if (c & W (RELATIVE))
        {
          for (guint u = t + 2; u < s->end && u <= t + 3; u++)
            if (s->tokens[u].arg >= 0)
              return arg_at (s, s->tokens[u].arg)->governor == 0 ? group_forward (s, s->tokens[u].arg) : no_group;
          break;
        }
      /* The parties after بمشاركة are its own, so are those of a
       * mediation ("بوساطة إماراتية"), of an accusative that says why
       * ("احتجاجا على …"), and of an event after a preposition of time or
       * place ("خلال زيارة محمد بن زايد إلى الرباط"). */
      if ((c & (STOP | W (PARTICIPANTS))) ||
          (t >= from && (s->tokens[t].marks & (RELATION_MARK_MEDIATION | RELATION_MARK_ADVERBIAL))))
        break;
      if ((c & W (TIME)) && !(c & W (PRONOUN)) && t + 1 < s->end && (classes (s, t + 1) & RELATION_TOKEN_TRIGGER))
        break;
      if ((c & W (PRONOUN)) && !(c & W (VENUE)) && seen < PRONOUN_REACH)
        {
          *pronoun = TRUE;
          break;
        }
      t++;
      seen++;
    }
  return no_group;
}

/* The parties of "بين X وY" (and "بين X وبين Y") after @b. */
static Group
between_parties (const RelationSentence *s,
                 guint                   b)
{
  Group g = no_group;
  guint seen = 0;
  guint t = b + 1;

  while (t < s->end && seen < PARTIES_REACH)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;

      if (a >= 0)
        {
          if (g.first < 0)
            g.first = a;
          else if (!arg_at (s, a)->joined || a - g.first + 1 > GROUP_MAX)
            break;
          g.last = a;
          t = arg_at (s, a)->last + 1;
          continue;
        }
      if (c & (STOP | W (COMMA)))
        break;
      if ((c & W (PREPOSITION)) && !(c & W (BETWEEN)) && g.first >= 0)
        break;
      t++;
      seen++;
    }
  return g;
}

/* "… بين X وY" a few words after @from, before any other party; the
 * words of a quotation ("مناورات «مصطفى كمال أتاتورك 2023» المشتركة بين")
 * do not count. @other_trigger: a mediation stands before بين, outside
 * any parenthetical, and بين is its ("أبدى استعداده للتوسط بين موسكو
 * وكييف"). */
BetweenResult
hashiya_relation_find_between (const RelationSentence *s,
                               guint                   from,
                               Group                  *parties,
                               gboolean               *other_trigger)
{
  gboolean quoted = FALSE;
  guint seen = 0;
  guint t = from;

  while (t < s->end && seen < BETWEEN_REACH)
    {
      guint32 c = classes (s, t);
      guint close;

      if (c & W (QUOTE))
        {
          quoted = !quoted;
          t++;
          continue;
        }

      if (s->tokens[t].arg >= 0)
        return BETWEEN_NONE;
      if (c & W (BETWEEN))
        {
          if (c & W (PRONOUN))
            return BETWEEN_PRONOUN;
          *parties = between_parties (s, t);
          return BETWEEN_FOUND;
        }
      if (c & W (COMMA))
        {
          if (!parenthetical_after (s, t, &close))
            return BETWEEN_NONE;
          t = close + 1;
          continue;
        }
      if (c & STOP)
        return BETWEEN_NONE;
      *other_trigger |= (s->tokens[t].marks & RELATION_MARK_MEDIATION) != 0;
      t++;
      if (!quoted)
        seen++;
    }
  return BETWEEN_NONE;
}

/* "مع X" in a relative clause on the trigger ("مناورات …، التي ننفذها مع
 * دولة أذربيجان"). */
Group
hashiya_relation_find_with_in_relative (const RelationSentence *s,
                                        guint                   from)
{
  guint t = from;
  guint seen = 0;

  while (t < s->end && !(classes (s, t) & W (RELATIVE)))
    {
      guint32 c = classes (s, t);

      if ((c & W (COMMA)) && t + 1 < s->end && (classes (s, t + 1) & W (RELATIVE)))
        {
          t++;
          break;
        }
      if ((c & (STOP | W (COMMA))) || s->tokens[t].arg >= 0 || ++seen > RELATIVE_REACH)
        return no_group;
      t++;
    }
  if (t >= s->end)
    return no_group;

  for (guint u = t + 1, n = 0; u < s->end && n < WITH_REACH; u++, n++)
    {
      guint32 c = classes (s, u);

      if (c & (STOP | W (COMMA)))
        break;
      if ((c & W (WITH)) && !(c & W (PRONOUN)) && !(classes (s, u - 1) & W (BORDER)))
        {
          for (guint v = u + 1; v < s->end && v <= u + 2; v++)
            if (s->tokens[v].arg >= 0)
              return group_forward (s, s->tokens[v].arg);
          break;
        }
    }
  return no_group;
}

/* The subject of the sentence: a party among its first tokens, after no
 * preposition ("ونشرت وزارة الدفاع التركية …"). */
Group
hashiya_relation_sentence_subject (const RelationSentence *s)
{
  for (guint a = s->first_arg; a < s->end_arg; a++)
    {
      const RelationArg *arg = arg_at (s, (int) a);

      if (arg->first > s->start + SUBJECT_REACH)
        break;
      if (arg->governor == 0)
        return group_forward (s, (int) a);
    }
  return no_group;
}

/* "بمشاركة X وY": the participants, a few tokens on. */
Group
hashiya_relation_find_participants (const RelationSentence *s,
                                    guint                   from)
{
  guint seen = 0;

  for (guint t = from; t < s->end && seen <= PARTICIPANT_REACH; t++)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;

      if (a >= 0)
        return (arg_at (s, a)->governor & W (VENUE)) ? no_group : group_forward (s, a);
      if (c & (STOP | W (COMMA)))
        break;
      if (!(c & W (QUOTE)))
        seen++;
    }
  return no_group;
}

/* The forum the sentence speaks of: the nearest before @before, else the
 * first after @after, some tokens away at most. */
int
hashiya_relation_find_forum (const RelationSentence *s,
                             guint                   before,
                             guint                   after)
{
  for (int t = (int) before - 1; t >= (int) s->start && t + FORUM_REACH >= (int) before; t--)
    {
      int a = s->tokens[t].arg;

      if (a >= 0 && arg_at (s, a)->kind == HASHIYA_ACTOR_KIND_FORUM)
        return a;
    }
  for (guint t = after; t < s->end && t <= after + FORUM_REACH; t++)
    {
      int a = s->tokens[t].arg;

      if (a >= 0 && arg_at (s, a)->kind == HASHIYA_ACTOR_KIND_FORUM)
        return a;
    }
  return -1;
}
