/* hashiya-relation-frames.c — who is the source and who the target of a
 * trigger, in one sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trigger found in a sentence (hashiya-relation-matcher.c) is read in
 * the first of these frames that fits:
 *
 * - participation: "بمشاركة X وY وZ": each participant consults the forum
 *   of the sentence (a mention of kind forum), or, without one, the
 *   others;
 * - between: "… بين X وY" a few words after the trigger: X and Y, both
 *   ways for a directed type, and the subject of a verb with each
 *   ("تستضيف تركيا محادثات بين روسيا وأوكرانيا"); a mediator with each
 *   and no more ("عرضت أنقرة التوسط بين موسكو وكييف"); "بينهما" (a
 *   pronoun) names no mention, and gives nothing;
 * - a verb or a noun with its parties. The source is the subject: the
 *   nearest party before the trigger in its clause that follows no
 *   preposition (SVO, and a nominal sentence: "باكو اتهمت يريفان",
 *   "قدمت تركيا الدعم لباكو"), else the one right after it (VSO: "اتهمت
 *   باكو يريفان"; after a noun, its genitive: "زيارة أردوغان إلى موسكو",
 *   or a state's adjective: "القصف الإسرائيلي على الأردن"). A subject
 *   between the words of a trigger ("استعادت باكو السيطرة") is the source;
 *   a relative clause with none of its own is said of its antecedent
 *   ("واشنطن، التي تقدم دعما لكييف"); a verb after "، و" with none shares
 *   the subject before it; parties alone before a colon that opens the
 *   sentence ("قطر والسعودية: …") say what follows. The target is the next
 *   party after the source and the trigger, whatever preposition it
 *   follows, but not a place or a time (في، خلال، قبل …) unless it is a
 *   forum or an organization; after a relative clause on what the trigger
 *   is about, its subject ("أدانت مصر الهجمات التي تشنها جماعة الحوثي").
 *   A pronoun in the other party's place ("لا تقيم تركيا معها علاقات",
 *   "اتهمها") names no mention, and gives nothing. A trigger that another
 *   one is about (a complement: "هدد الحوثيون باستهداف السفن") takes no
 *   subject from before it;
 * - for a mutual type: "مع X" in a relative clause on the trigger
 *   ("مناورات …، التي ننفذها مع أذربيجان") or in a clause without a subject
 *   ("…، بالتنسيق مع مصر"), with the subject of the sentence as the other
 *   party; and coordinated subjects right before the trigger with no other
 *   party ("أبدت أذربيجان وأرمينيا استعدادهما لتوقيع اتفاق"), each pair.
 *
 * Coordinated parties ("أرمينيا وأذربيجان وروسيا") are each a party;
 * clauses end at a comma, a full stop, a conjunction (أن، لكن، كما) or a
 * relative pronoun, and a parenthetical ("، التي …،", "، مؤخرا،") is read
 * over. Every scan is bounded by a few tokens, and a group by a dozen
 * parties: the work per trigger does not grow with the sentence.
 */

#define G_LOG_DOMAIN "hashiya-relation-frames"

#include "config.h"

#include "hashiya-relation-frames.h"

#define SUBJECT_REACH      3   /* tokens between a verb and its subject */
#define SOURCE_REACH      12   /* tokens back to the subject before a trigger */
#define TARGET_REACH      10   /* tokens on to the other party */
#define BETWEEN_REACH      3   /* words on to بين, quotations left out */
#define PARTIES_REACH      8   /* tokens within the parties after بين */
#define PARTICIPANT_REACH  4   /* tokens on to the first participant */
#define PRONOUN_REACH      2   /* a pronoun this close takes the other party's place */
#define SHORT_SEGMENT      2   /* "، مؤخرا،" is read over */
#define MODALITY_REACH     6   /* tokens back to سوف، قد، تأمل … */
#define RELATIVE_REACH     6   /* tokens on to a relative clause on the trigger */
#define WITH_REACH         4   /* tokens into it to مع */
#define ASIDE_REACH       24   /* tokens of a parenthetical read over */
#define FORUM_REACH       40   /* tokens to the forum of بمشاركة */
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

static Group
group_forward (const RelationSentence *s,
               int                     a)
{
  Group g = { a, a };

  while ((guint) g.last + 1 < s->end_arg && s->args[g.last + 1].joined && g.last - g.first + 1 < GROUP_MAX)
    g.last++;
  return g;
}

static Group
group_backward (const RelationSentence *s,
                int                     a)
{
  Group g = { a, a };

  while ((guint) g.first > s->first_arg && s->args[g.first].joined && g.last - g.first + 1 < GROUP_MAX)
    g.first--;
  return g;
}

static gboolean
has_arg_between (const RelationSentence *s,
                 guint                   from,
                 guint                   to)
{
  for (guint t = from; t < to; t++)
    if (s->tokens[t].arg >= 0)
      return TRUE;
  return FALSE;
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
  return e - t - 1 <= SHORT_SEGMENT && !has_arg_between (s, t + 1, e);
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
  return t - b - 1 <= SHORT_SEGMENT && !has_arg_between (s, b + 1, t);
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

/* The subject before @from in its clause: the nearest party that follows
 * no preposition, with those coordinated with it. @pronoun: a pronoun
 * with a preposition stands right before @from ("تركيا معها علاقات").
 * @antecedent: when the clause is a relative one, the party it is said
 * of ("واشنطن، التي تقدم دعما عسكريا لكييف"), or -1. */
static Group
find_source_before (const RelationSentence *s,
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
        break;
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

/* The subject right after a verb, or the genitive after a noun: a party
 * that follows no preposition, a few tokens on at most. */
static Group
find_subject_after (const RelationSentence *s,
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

          /* A noun with the article ends its phrase: "وتتهم الدول الغربية
           * روسيا" has a subject of its own, "العاصمة الإيرانية طهران" is
           * the capital of a state. */
          if (arg->governor != 0 || (definite >= 0 && !(arg->adjective && definite == (int) t - 1)))
            return no_group;
          return group_forward (s, a);
        }
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
 * place or a time, nor a neighbour across a border for a mutual type.
 * @pronoun: a pronoun with a preposition takes its place. */
static Group
find_target (const RelationSentence *s,
             guint                   from,
             gboolean                mutual,
             gboolean               *pronoun)
{
  guint seen = 0;
  guint t = from;

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
      if (a >= 0)
        {
          const RelationArg *arg = arg_at (s, a);

          if (((arg->governor & W (VENUE)) && arg->kind != HASHIYA_ACTOR_KIND_FORUM &&
               arg->kind != HASHIYA_ACTOR_KIND_ORGANIZATION) ||
              (mutual && (arg->governor & RELATION_GOVERNOR_BORDER)))
            {
              t = arg->last + 1;
              seen++;
              continue;
            }
          return group_forward (s, a);
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
      /* The parties after بمشاركة are its own. */
      if (c & (STOP | W (PARTICIPANTS)))
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

typedef enum
{
  BETWEEN_NONE,
  BETWEEN_FOUND,
  BETWEEN_PRONOUN,
} BetweenResult;

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
 * do not count. */
static BetweenResult
find_between (const RelationSentence *s,
              guint                   from,
              Group                  *parties)
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
      t++;
      if (!quoted)
        seen++;
    }
  return BETWEEN_NONE;
}

/* "مع X" in a relative clause on the trigger ("مناورات …، التي ننفذها مع
 * دولة أذربيجان"). */
static Group
find_with_in_relative (const RelationSentence *s,
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
static Group
sentence_subject (const RelationSentence *s)
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
static Group
find_participants (const RelationSentence *s,
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
static int
find_forum (const RelationSentence *s,
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

/* Modality, negation and mode */

/* A present verb after قد ("قد تستضيف"): قد then means "may". */
static gboolean
is_present_verb (const RelationSentence *s,
                 guint                   t)
{
  const gunichar *w = s->folded->chars + s->tokens[t].start;
  guint n = s->tokens[t].end - s->tokens[t].start;

  if (n < 3)
    return FALSE;
  return w[0] == YEH || w[0] == NOON || (w[0] == TEH && w[n - 1] != TEH);
}

static HashiyaModality
find_modality (const RelationSentence   *s,
               const RelationOccurrence *o)
{
  gboolean future = o->future;
  gboolean hypothetical = FALSE;
  int t = (int) o->first - 1;

  for (guint n = 0; t >= (int) s->start && n < MODALITY_REACH; t--, n++)
    {
      guint32 c = classes (s, t);

      if (c & (W (SENTENCE_END) | W (COMMA)))
        break;
      future |= (c & W (FUTURE)) != 0;
      hypothetical |= (c & W (HYPOTHETICAL)) != 0;
      if ((c & W (MAY)) && (guint) t + 1 < s->end)
        hypothetical |= is_present_verb (s, (guint) t + 1);
    }
  /* "أبدت … استعدادهما": the words after the first say it too. */
  for (guint i = 1; i < o->n_words; i++)
    {
      guint32 c = classes (s, o->words[i]);

      future |= (c & W (FUTURE)) != 0;
      hypothetical |= (c & W (HYPOTHETICAL)) != 0;
    }
  for (guint u = o->last, n = 0; u < s->end && n < 4; u++, n++)
    {
      guint32 c = classes (s, u);

      if (c & (W (SENTENCE_END) | W (COMMA)))
        break;
      future |= (c & W (FUTURE_AFTER)) != 0;
    }

  if (hypothetical)
    return HASHIYA_MODALITY_HYPOTHETICAL;
  return future ? HASHIYA_MODALITY_FUTURE : HASHIYA_MODALITY_ASSERTED;
}

/* لا، لم، لن، ليس، غير، عدم right before the trigger. */
static gboolean
find_negation (const RelationSentence   *s,
               const RelationOccurrence *o)
{
  int t = (int) o->first - 1;

  while (t >= (int) s->start && (classes (s, t) & W (QUOTE)))
    t--;
  return t >= (int) s->start && (classes (s, t) & W (NEGATION));
}

/* How: for consulting, the trigger's own word (تستضيف: host) or one near
 * it (هاتفيا: phone); for cooperating and aid, the first of military,
 * economic or diplomatic near it. */
static const char *
find_mode (const RelationSentence   *s,
           const RelationOccurrence *o)
{
  guint32 wanted;
  guint from, to;

  if (o->type_flags & RELATION_TYPE_CONSULT)
    {
      if ((o->classes & W (MEETING_MODE)) && o->mode != NULL)
        return o->mode;
      wanted = W (MEETING_MODE);
    }
  else if (o->type_flags & RELATION_TYPE_SECTOR)
    wanted = W (SECTOR_MODE);
  else
    return NULL;

  from = o->first > s->start + 2 ? o->first - 2 : s->start;
  to = MIN (s->end, o->last + 4);
  for (guint t = from; t < to; t++)
    if ((classes (s, t) & wanted) && s->tokens[t].mode != NULL)
      return s->tokens[t].mode;
  return NULL;
}

/* Emitting */

typedef struct
{
  RelationSentence         *sentence;
  const RelationOccurrence *occurrence;
  const char               *mode;
  HashiyaModality           modality;
  gboolean                  negated;
} Found;

static void
emit (Found      *found,
      int         source,
      int         target,
      const char *mode)
{
  RelationSentence *s = found->sentence;

  s->emit (s, found->occurrence, arg_at (s, source), arg_at (s, target), mode, found->modality, found->negated);
}

/* Every pair of a group: mutual once, directed both ways. */
static void
emit_pairs (Found      *found,
            Group       g,
            const char *mode)
{
  gboolean mutual = found->occurrence->type_flags & RELATION_TYPE_MUTUAL;

  for (int i = g.first; i <= g.last; i++)
    for (int j = i + 1; j <= g.last; j++)
      {
        emit (found, i, j, mode);
        if (!mutual)
          emit (found, j, i, mode);
      }
}

static void
emit_all (Found      *found,
          Group       sources,
          Group       targets,
          const char *mode)
{
  for (int j = targets.first; j <= targets.last; j++)
    found->sentence->targeted[j] = TRUE;
  for (int i = sources.first; i <= sources.last; i++)
    for (int j = targets.first; j <= targets.last; j++)
      emit (found, i, j, mode);
}

static void
apply_participation (Found *found)
{
  RelationSentence *s = found->sentence;
  const RelationOccurrence *o = found->occurrence;
  Group participants = find_participants (s, o->last);
  int forum;

  if (participants.first < 0)
    return;
  forum = find_forum (s, o->first, arg_at (s, participants.last)->last + 1);
  if (forum < 0)
    {
      emit_pairs (found, participants, "multilateral");
      return;
    }
  for (int i = participants.first; i <= participants.last; i++)
    emit (found, i, forum, "multilateral");
}

/* Whether the trigger opens a clause joined to the one before it: "،
 * واتهمت …". */
static gboolean
continues_clause (const RelationSentence   *s,
                  const RelationOccurrence *o)
{
  int t = (int) o->first - 1;

  if (o->skip == 0 || s->folded->chars[s->tokens[o->first].start] != 0x0648)
    return FALSE;
  while (t >= (int) s->start && (classes (s, t) & W (QUOTE)))
    t--;
  return t >= (int) s->start && (classes (s, t) & W (COMMA));
}

/* Whether @g stands right before the trigger or inside it, a few words
 * at most between: a group further back is the subject of another verb
 * ("دعت السعودية والولايات المتحدة طرفي النزاع إلى العودة إلى
 * المفاوضات"). */
static gboolean
close_before (const RelationSentence   *s,
              Group                     g,
              const RelationOccurrence *o)
{
  guint words = 0;

  for (guint t = arg_at (s, g.last)->last + 1; t < o->first; t++)
    if (!(classes (s, t) & W (QUOTE)) && ++words > SUBJECT_REACH)
      return FALSE;
  return TRUE;
}

/* Whether a party of @g is already the other party of a relation. */
static gboolean
any_targeted (const RelationSentence *s,
              Group                   g)
{
  for (int i = g.first; i <= g.last; i++)
    if (s->targeted[i])
      return TRUE;
  return FALSE;
}

/**
 * hashiya_relation_frames_apply:
 *
 * Finds the parties of @occurrence in @sentence and appends a match for
 * each relation that the paragraph has not had yet.
 */
void
hashiya_relation_frames_apply (RelationSentence         *sentence,
                               const RelationOccurrence *occurrence)
{
  const RelationOccurrence *o = occurrence;
  RelationSentence *s = sentence;
  gboolean mutual = o->type_flags & RELATION_TYPE_MUTUAL;
  gboolean pronoun = FALSE;
  gboolean pronoun_before = FALSE;
  gboolean in_gap, mediation;
  Found found = { s, o, NULL, HASHIYA_MODALITY_ASSERTED, FALSE };
  Group sources = no_group, targets = no_group, before, after, parties = no_group;
  Group previous = { s->last_source_first, s->last_source_last };
  int antecedent;

  found.mode = find_mode (s, o);
  found.modality = find_modality (s, o);
  if (found.modality == HASHIYA_MODALITY_ASSERTED)
    found.modality = o->complement_modality;
  found.negated = find_negation (s, o);

  if (o->classes & W (PARTICIPANTS))
    {
      /* "تستعد الصين لاستضافة القمة، بمشاركة روسيا وإيران": the
       * participants come when the summit does. */
      if (found.modality == HASHIYA_MODALITY_ASSERTED)
        found.modality = s->last_modality;
      apply_participation (&found);
      return;
    }
  s->last_modality = found.modality;

  before = find_source_before (s, o->first, &pronoun_before, &antecedent);
  after = find_subject_after (s, o->first_end);
  /* What a complement is about has its own parties, if any; what a
   * pledge is about, the pledger. */
  if (o->complement)
    before = o->shares_subject ? previous : no_group, antecedent = -1;
  /* A relative clause with no subject of its own is said of its
   * antecedent. */
  if (before.first < 0 && after.first < 0 && antecedent >= 0)
    before = group_backward (s, antecedent), before.last = antecedent;
  /* The subject between the words: "استعادت باكو السيطرة". */
  in_gap = o->first_end < o->last && after.first >= 0 && arg_at (s, after.first)->first < o->last;
  mediation = (o->classes & W (MEETING_MODE)) && g_strcmp0 (o->mode, "third-party") == 0;

  switch (find_between (s, o->last, &parties))
    {
    case BETWEEN_PRONOUN:
      return;
    case BETWEEN_FOUND:
      if (parties.first < 0)
        return;
      /* "تستضيف تركيا محادثات بين روسيا وأوكرانيا": the subject of a
       * verb with each of them, and they with each other through it;
       * "عرضت أنقرة التوسط بين موسكو وكييف": the mediator with each. */
      if ((!o->noun || mediation) && !pronoun_before)
        {
          Group subject = in_gap || before.first < 0 ? after : before;

          if (subject.first >= 0)
            {
              s->last_source_first = subject.first;
              s->last_source_last = subject.last;
              if (!mediation)
                emit_pairs (&found, parties, (o->type_flags & RELATION_TYPE_CONSULT) ? "third-party" : found.mode);
              emit_all (&found, subject, parties, found.mode);
              return;
            }
        }
      emit_pairs (&found, parties, found.mode);
      return;
    case BETWEEN_NONE:
    default:
      break;
    }

  if (in_gap)
    {
      sources = after;
      targets = find_target (s, arg_at (s, after.last)->last + 1, mutual, &pronoun);
    }
  else if (o->noun && after.first >= 0 && arg_at (s, after.first)->first == o->last &&
           arg_at (s, after.first)->adjective)
    {
      /* A state's adjective after a noun is its subject: "الهجوم
       * الإسرائيلي على …", "التعاون التركي الأذربيجاني". */
      sources = after;
      targets = find_target (s, arg_at (s, after.last)->last + 1, mutual, &pronoun);
    }
  else if (before.first >= 0)
    {
      if (pronoun_before)
        return;
      sources = before;
      targets = find_target (s, o->last, mutual, &pronoun);
      /* After a noun, its genitive is its subject when a preposition
       * then names the other party: "أعلنت مصر زيارة أردوغان إلى
       * القاهرة". */
      if (o->noun && after.first >= 0 && arg_at (s, after.first)->first == o->last)
        {
          gboolean next_pronoun = FALSE;
          Group next = find_target (s, arg_at (s, after.last)->last + 1, mutual, &next_pronoun);

          if (next.first >= 0 && (arg_at (s, next.first)->governor & W (PREPOSITION)))
            sources = after, targets = next, pronoun = next_pronoun;
        }
    }
  else if (after.first >= 0)
    {
      sources = after;
      targets = find_target (s, arg_at (s, after.last)->last + 1, mutual, &pronoun);
      /* "انتقدت حماس الموقف الأمريكي، واتهمت واشنطن بالانحياز
       * لإسرائيل": a verb after "، و" shares the subject before it when
       * no second party follows its own; the party after it is its
       * object. */
      if (!o->noun && previous.first >= 0 && continues_clause (s, o) &&
          (targets.first < 0 || arg_at (s, targets.first)->governor != 0))
        sources = previous, targets = after, pronoun = FALSE;
    }
  else if (!o->noun && previous.first >= 0 && continues_clause (s, o))
    {
      /* "ولم تعترف واشنطن بالنتائج، وهددت بفرض عقوبات على طهران". */
      sources = previous;
      targets = find_target (s, o->last, mutual, &pronoun);
    }
  else if (mutual)
    {
      /* No subject in the clause: "أكد وزير الخارجية السعودي أن المملكة
       * تسعى إلى تعزيز التعاون مع إيران", "…، بالتنسيق مع مصر": the other
       * party after مع, and the last subject of the sentence, or its
       * first. */
      targets = find_target (s, o->last, mutual, &pronoun);
      if (targets.first >= 0 && (arg_at (s, targets.first)->governor & W (WITH)))
        sources = previous.first >= 0 ? previous : sentence_subject (s);
      else
        targets = no_group;
    }

  if (sources.first >= 0)
    {
      s->last_source_first = sources.first;
      s->last_source_last = sources.last;
    }

  /* The other party is a pronoun: "اتهمها"، "تقيم معها". A word of
   * three letters may also be a noun, whose pronoun is its subject's:
   * "أكدت السعودية رفضها لـ…". */
  if (pronoun || (o->enclitic && !o->noun && (o->length > 3 || before.first < 0)))
    return;

  if (targets.first < 0 && mutual)
    {
      targets = find_with_in_relative (s, o->last);
      if (targets.first >= 0 && sources.first < 0)
        sources = sentence_subject (s);
    }
  if (targets.first < 0)
    {
      /* "أبدت أذربيجان وأرمينيا استعدادهما لتوقيع اتفاق": each pair of
       * the subjects, unless they are the other party of a trigger
       * before ("زيارة موسكو وكييف … الوساطة"). */
      if (mutual && sources.first >= 0 && sources.last > sources.first && !any_targeted (s, sources) &&
          close_before (s, sources, o))
        emit_pairs (&found, sources, found.mode);
      return;
    }
  if (sources.first < 0)
    return;

  emit_all (&found, sources, targets, found.mode);
}
