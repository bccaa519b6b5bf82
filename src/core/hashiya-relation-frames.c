/* hashiya-relation-frames.c — who is the source and who the target of a
 * trigger, in one sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A trigger found in a sentence (hashiya-relation-matcher.c) is read in
 * the first of these frames that fits:
 *
 * - participation: "بمشاركة X وY وZ" (and "وممثلين عن W"): each
 *   participant consults the forum of the sentence (a mention of kind
 *   forum), or, without one, the others;
 * - an accusative after a comma ("، مطالبا طهران بـ…", "، احتجاجا على
 *   تصريحات مسؤولين فرنسيين"): the subject of the clause before, with the
 *   party after it;
 * - a verb right after a relative pronoun whose pronoun is the antecedent
 *   ("القمة العربية التي استضافتها الرياض"), or whose antecedent is "بين X
 *   وY" ("المفاوضات بين إسرائيل وحماس، التي تتوسط فيها الدوحة"): its
 *   subject after it with the antecedent;
 * - between: "… بين X وY" a few words after the trigger: X and Y, both
 *   ways for a directed type, and the subject of a verb with each
 *   ("تستضيف تركيا محادثات بين روسيا وأوكرانيا"); a mediator with each
 *   and no more ("عرضت أنقرة التوسط بين موسكو وكييف"); after another
 *   trigger, بين is that one's, and X and Y are not each other's other
 *   party ("أبدت تركيا استعدادها للتوسط بين روسيا وأوكرانيا"); "بينهما" (a
 *   pronoun) names no mention, and gives nothing;
 * - a verb or a noun with its parties. The source is the subject: the
 *   nearest party before the trigger in its clause that follows no
 *   preposition (SVO, and a nominal sentence: "باكو اتهمت يريفان",
 *   "قدمت تركيا الدعم لباكو"), else the one right after it (VSO: "اتهمت
 *   باكو يريفان"; the person a title names: "الأمين العام لحزب الله حسن
 *   نصر الله"; a party after a noun and من: "مسلحون من حركة الشباب"; after
 *   a noun, its genitive: "زيارة أردوغان إلى موسكو", "هجمات الحوثيين على
 *   السفن", or a state's adjective: "القصف الإسرائيلي على الأردن"), else
 *   the one after the verb's object ("وصل إلى الكويت وزير الخارجية
 *   الإيراني"). A noun's agent may be the subject of a relative clause
 *   after it ("الهجوم الذي شنته إسرائيل على …"). A subject between the
 *   words of a trigger ("استعادت باكو السيطرة") is the source; a relative
 *   clause with none of its own is said of its antecedent ("واشنطن، التي
 *   تقدم دعما لكييف"); "أنها" after a verb of saying is the subject of
 *   that verb ("أعلنت بكين أنها ستقدم قرضا"); a verb after "، و" with none
 *   shares the subject before it, and so does a noun of purpose or one
 *   with the subject's pronoun ("للمشاركة", "زيارة رسمية له"); parties
 *   alone before a colon that opens the sentence ("قطر والسعودية: …") say
 *   what follows. The target is the next party after the source and the
 *   trigger that is not the source again, whatever preposition it
 *   follows, but not a place or a time (في، خلال، قبل …, "بمدينة")
 *   unless it is a forum, an organization or a state's embassy; a noun
 *   with the article where a verb's object stands is the object, and no
 *   party ("دعا مجلس التعاون المجتمع الدولي إلى الضغط على إسرائيل"); after
 *   a relative clause on what the trigger is about, its subject ("أدانت
 *   مصر الهجمات التي تشنها جماعة الحوثي"). A pronoun in the other party's
 *   place ("لا تقيم تركيا معها علاقات", "اتهمها") names no mention, and
 *   gives nothing. A trigger that another one is about (a complement:
 *   "هدد الحوثيون باستهداف السفن") takes no subject from before it, and
 *   one after أي ("أي اعتداء") is no event;
 * - for a mutual type: "مع X" in a relative clause on the trigger
 *   ("مناورات …، التي ننفذها مع أذربيجان") or in a clause without a subject
 *   ("…، بالتنسيق مع مصر"), with the subject of the sentence as the other
 *   party; and coordinated subjects right before the trigger with no other
 *   party ("أبدت أذربيجان وأرمينيا استعدادهما لتوقيع اتفاق"), or before
 *   what they agreed on ("وقعت سورية وإيران في دمشق مذكرة تفاهم
 *   للتعاون"), each pair; mediators are not each other's other party. A
 *   cooperation that a verb stops reads as the type that reduces
 *   relations, each pair of coordinated subjects both ways ("وعلقتا
 *   التبادل التجاري").
 *
 * Coordinated parties ("أرمينيا وأذربيجان وروسيا") are each a party;
 * clauses end at a comma, a full stop, a conjunction (أن، لكن، كما) or a
 * relative pronoun, and a parenthetical ("، التي …،", "، مؤخرا،", "، في
 * بيانات منفصلة،", "، في الرياض،") is read over. Every scan is bounded by
 * a few tokens, and a group by a dozen parties: the work per trigger does
 * not grow with the sentence.
 */


#define G_LOG_DOMAIN "hashiya-relation-frames"

#include "config.h"

#include "hashiya-relation-frames.h"
#include "hashiya-relation-modality.h"
#include "hashiya-relation-parties.h"

#include <string.h>

#define PURPOSE_REACH     10   /* tokens on to تحسبا، استعدادا، لمواجهة … */
#define PURPOSE_PARTY      4   /* tokens after it to the party it names */

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

/* Keeps the parties of the relations just given, for a dual verb or a
 * mediation after them. */
static void
remember (Found *found,
          Group  a,
          Group  b)
{
  RelationSentence *s = found->sentence;

  /* "على هامش قمة …", "خلال زيارة …": what a phrase after a preposition
   * names is not what the sentence is about. */
  if (found->occurrence->in_phrase && s->has_last)
    return;
  s->has_last = TRUE;
  s->last_a_first = a.first;
  s->last_a_last = a.last;
  s->last_b_first = b.first;
  s->last_b_last = b.last;
  s->dual = FALSE;
}

/* Every pair of a group: mutual once, directed both ways. */
static void
emit_pairs (Found      *found,
            Group       g,
            const char *mode)
{
  gboolean mutual = found->occurrence->type_flags & RELATION_TYPE_MUTUAL;

  remember (found, g, no_group);
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
  remember (found, sources, targets);
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
  Group participants = hashiya_relation_find_participants (s, o->last);
  int forum;

  if (participants.first < 0)
    return;
  forum = hashiya_relation_find_forum (s, o->first, arg_at (s, participants.last)->last + 1);
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

/* "القمة العربية التي استضافتها الرياض": a verb right after a relative
 * pronoun, whose own pronoun is the antecedent. Returns the antecedent's
 * party, or -1. */
static int
relative_antecedent (const RelationSentence   *s,
                     const RelationOccurrence *o)
{
  int t = (int) o->first - 1;

  if (t <= (int) s->start || !(classes (s, t) & W (RELATIVE)))
    return -1;
  t--;
  if (t > (int) s->start && (classes (s, t) & W (COMMA)))
    t--;
  return s->tokens[t].arg;
}

/* "الهجوم الذي شنته إسرائيل على …", "الاتفاق الذي أبرمته بغداد
 * وواشنطن": the subject of a relative clause right after a noun (an
 * adjective between at most) is who did what the noun names. */
static Group
relative_subject (const RelationSentence *s,
                  guint                   from)
{
  for (guint t = from; t < s->end && t <= from + 2; t++)
    {
      guint32 c = classes (s, t);

      if (c & W (RELATIVE))
        {
          for (guint u = t + 2; u < s->end && u <= t + 3; u++)
            if (s->tokens[u].arg >= 0)
              return arg_at (s, s->tokens[u].arg)->governor == 0 ? group_forward (s, s->tokens[u].arg) : no_group;
          return no_group;
        }
      if (s->tokens[t].arg >= 0 || (c & (STOP | W (COMMA) | W (PREPOSITION) | RELATION_TOKEN_TRIGGER)))
        return no_group;
    }
  return no_group;
}

/* "وصل إلى الكويت اليوم وزير الخارجية الإيراني": after a verb, its
 * object after a preposition, then its subject. Sets @object to the
 * object's party. */
static Group
subject_after_object (const RelationSentence *s,
                      guint                   from,
                      int                    *object)
{
  guint seen = 0;
  int first = -1;

  for (guint t = from; t < s->end && seen <= SUBJECT_REACH; t++)
    {
      guint32 c = classes (s, t);
      int a = s->tokens[t].arg;

      if (a >= 0)
        {
          const RelationArg *arg = arg_at (s, a);

          if (first < 0)
            {
              if (!(arg->governor & W (PREPOSITION)) || (arg->governor & W (VENUE)))
                return no_group;
              first = a;
              t = arg_at (s, group_forward (s, a).last)->last;
              continue;
            }
          if (arg->governor != 0)
            return no_group;
          *object = first;
          return group_forward (s, a);
        }
      if (c & (STOP | W (COMMA) | W (AND) | RELATION_TOKEN_TRIGGER))
        return no_group;
      if (first >= 0 && ((c & W (PREPOSITION)) && !(c & W (PRONOUN))))
        return no_group;
      if (first >= 0 && !(c & W (ADVERB)))
        seen++;
    }
  return no_group;
}

/* Whether a noun is the subject's own: after لـ of purpose ("للمشاركة"),
 * with a pronoun on it ("زيارته"), or with له or لها a word or two after
 * it ("زيارة رسمية له"). */
static gboolean
own_of_subject (const RelationSentence   *s,
                const RelationOccurrence *o)
{
  const gunichar *w = s->folded->chars + s->tokens[o->first].start;

  if (o->enclitic || (o->skip > 0 && w[o->skip - 1] == 0x0644))
    return TRUE;
  for (guint t = o->last; t < s->end && t < o->last + 2; t++)
    {
      const gunichar *u = s->folded->chars + s->tokens[t].start;
      guint n = s->tokens[t].end - s->tokens[t].start;

      if (s->tokens[t].arg >= 0 || (classes (s, t) & (STOP | W (COMMA))))
        return FALSE;
      if ((classes (s, t) & W (PRONOUN)) && u[0] == 0x0644 && n <= 3)
        return TRUE;
    }
  return FALSE;
}

/* Whether the trigger's word is three letters that end in none of
 * ا، ت، ي: دعم، رفض, which may be a verbal noun as well as a verb. */
static gboolean
bare_root (const RelationSentence   *s,
           const RelationOccurrence *o)
{
  const RelationToken *token = &s->tokens[o->first];
  gunichar last;

  if (token->end - token->start < o->skip + 3)
    return FALSE;
  last = s->folded->chars[token->start + o->skip + 2];
  return last != 0x0627 && last != TEH && last != YEH;
}

/* "التقى نظيره المصري سامح شكري" right after a verb: the counterpart, its
 * object; -1 when none. */
static int
counterpart_after (const RelationSentence *s,
                   guint                   from)
{
  if (from + 1 < s->end && (classes (s, from) & W (COUNTERPART)) && s->tokens[from + 1].arg >= 0)
    return s->tokens[from + 1].arg;
  return -1;
}

/* "لهجوم من حزب الله": the party after a noun and من is its agent. */
static Group
agent_after_from (const RelationSentence *s,
                  guint                   from)
{
  if (from + 1 < s->end && (classes (s, from) & W (PARTITIVE)) && !(classes (s, from) & W (PRONOUN)) &&
      s->tokens[from + 1].arg >= 0)
    return group_forward (s, s->tokens[from + 1].arg);
  return no_group;
}

/* A verb in the dual: اتفقا، بحثا، التقيا. */
static gboolean
is_dual (const RelationSentence   *s,
         const RelationOccurrence *o)
{
  const RelationToken *token = &s->tokens[o->first];
  guint n = token->end - token->start - o->skip;

  return !o->noun && n >= 4 && s->folded->chars[token->end - 1] == 0x0627;
}

/* Whether the token before the first of @g is ضد: "بمواصلة عملياته ضد
 * المواقع الإسرائيلية" is pledged against it. */
static gboolean
against (const RelationSentence *s,
         Group                   g)
{
  guint t = arg_at (s, g.first)->first;
  const gunichar *w;

  if (t == 0)
    return FALSE;
  w = s->folded->chars + s->tokens[t - 1].start;
  return s->tokens[t - 1].end - s->tokens[t - 1].start == 2 && w[0] == 0x0636 && w[1] == 0x062F;
}

/* Whether the token at @t is a word of purpose that names whom a force
 * is readied against (تحسبا، استعدادا، لمواجهة، ردع، ضد); with
 * @readiness, only one that says what is readied for has not happened
 * (تحسبا، استعدادا). */
static gboolean
is_purpose (const RelationSentence *s,
            guint                   t,
            gboolean                readiness)
{
  static const struct
  {
    guint    length;
    gboolean readiness;
    gunichar chars[8];
  } words[] = {
    { 5, TRUE, { 0x062A, 0x062D, 0x0633, 0x0628, 0x0627 } },                          /* تحسبا */
    { 8, TRUE, { 0x0627, 0x0633, 0x062A, 0x0639, 0x062F, 0x0627, 0x062F, 0x0627 } },  /* استعدادا */
    { 6, FALSE, { 0x0645, 0x0648, 0x0627, 0x062C, 0x0647, 0x0647 } },                 /* مواجهة */
    { 7, FALSE, { 0x0644, 0x0645, 0x0648, 0x0627, 0x062C, 0x0647, 0x0647 } },         /* لمواجهة */
    { 3, FALSE, { 0x0631, 0x062F, 0x0639 } },                                         /* ردع */
    { 4, FALSE, { 0x0644, 0x0631, 0x062F, 0x0639 } },                                 /* لردع */
    { 2, FALSE, { 0x0636, 0x062F } },                                                 /* ضد */
  };
  const gunichar *w = s->folded->chars + s->tokens[t].start;
  guint n = s->tokens[t].end - s->tokens[t].start;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (n == words[i].length && (words[i].readiness || !readiness) &&
        memcmp (w, words[i].chars, n * sizeof (gunichar)) == 0)
      return TRUE;
  return FALSE;
}

/* "دفع الجيش بتعزيزات نحو الفاشر، استعدادا لهجوم على قوات الدعم
 * السريع", "في رسالة ردع إلى إيران": the party a word of purpose after
 * @from names, in the sentence; none when there is none. */
static Group
purpose_target (const RelationSentence *s,
                guint                   from,
                Group                   sources)
{
  for (guint t = from; t < s->end && t < from + PURPOSE_REACH; t++)
    {
      if (classes (s, t) & W (SENTENCE_END))
        break;
      if (s->tokens[t].arg >= 0)
        {
          t = arg_at (s, s->tokens[t].arg)->last;
          continue;
        }
      if (!is_purpose (s, t, FALSE))
        continue;
      for (guint u = t + 1; u < s->end && u <= t + PURPOSE_PARTY; u++)
        {
          int a = s->tokens[u].arg;

          if (a >= 0)
            return in_group (s, sources, arg_at (s, a)->actor) ? no_group : group_forward (s, a);
          if (classes (s, u) & (STOP | W (COMMA)))
            break;
        }
      break;
    }
  return no_group;
}

/* Whether a preposition follows the party @g: "هجمات الحوثيين على السفن". */
static gboolean
preposition_after (const RelationSentence *s,
                   Group                   g)
{
  guint t = arg_at (s, g.last)->last + 1;

  return t < s->end && (classes (s, t) & W (PREPOSITION)) && !(classes (s, t) & (W (PRONOUN) | W (VENUE)));
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
  /* A verb of one word has its object right after its subject; a word
   * of three letters (دعم، رفض) may also be a verbal noun. */
  gboolean object = !o->noun && o->n_words == 1 && !(o->length == 3 && bare_root (s, o));
  gboolean pronoun = FALSE;
  gboolean pronoun_before = FALSE;
  gboolean in_gap, mediation;
  Found found = { s, o, NULL, HASHIYA_MODALITY_ASSERTED, FALSE };
  Group sources = no_group, targets = no_group, before, after, parties = no_group, agent = no_group;
  Group previous = { s->last_source_first, s->last_source_last };
  gboolean other_trigger = FALSE, in_relative = FALSE, from_agent = FALSE;
  int antecedent, object_arg = -1;

  found.mode = hashiya_relation_find_mode (s, o);
  found.modality = hashiya_relation_find_modality (s, o);
  if (found.modality == HASHIYA_MODALITY_ASSERTED)
    found.modality = o->complement_modality;
  found.negated = hashiya_relation_find_negation (s, o);

  /* "أي اعتداء": any, no event that happened; "استعدادا لهجوم",
   * "تحسبا لهجوم": what a force is readied for has not happened. */
  if (o->first > s->start && ((classes (s, o->first - 1) & W (ANY)) || is_purpose (s, o->first - 1, TRUE)))
    return;

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
  mediation = (o->classes & W (MEETING_MODE)) && g_strcmp0 (o->mode, "third-party") == 0;

  /* "، مطالبا طهران بالاستجابة", "، احتجاجا على تصريحات مسؤولين
   * فرنسيين": an accusative after a comma is said of the subject of
   * the clause before. */
  if (o->adverbial)
    {
      sources = previous.first >= 0 ? previous : hashiya_relation_sentence_subject (s);
      if (sources.first < 0)
        return;
      targets = hashiya_relation_find_target (s, o->last, sources, mutual, TRUE, &pronoun);
      if (!pronoun && targets.first >= 0)
        emit_all (&found, sources, targets, found.mode);
      return;
    }

  before = hashiya_relation_find_source_before (s, o->first, &pronoun_before, &antecedent);
  after = hashiya_relation_find_subject_after (s, o->first_end);
  /* What a complement is about has its own parties, if any; what a
   * pledge is about, the pledger. */
  if (o->complement)
    before = o->shares_subject ? previous : no_group, antecedent = -1;
  /* "بوساطة إماراتية", "برعاية الصين": the mediator is after the noun. */
  if (mediation && o->noun && o->skip > 0 &&
      s->folded->chars[s->tokens[o->first].start + o->skip - 1] == 0x0628)
    before = no_group, antecedent = -1;

  /* "القمة العربية التي استضافتها الرياض": the verb's pronoun is the
   * antecedent, and its subject follows it; "المفاوضات بين إسرائيل
   * وحماس، التي تتوسط فيها الدوحة": the parties of the antecedent are
   * the verb's. */
  if (!o->noun && (object_arg = relative_antecedent (s, o)) >= 0 &&
      (o->enclitic || (arg_at (s, object_arg)->governor & W (BETWEEN))))
    {
      Group antecedent_group = group_backward (s, object_arg);

      antecedent_group.last = object_arg;
      if (after.first >= 0 && !in_group (s, after, arg_at (s, object_arg)->actor))
        emit_all (&found, after, antecedent_group, found.mode);
      return;
    }

  /* A relative clause with no subject of its own is said of its
   * antecedent; so is one whose verb has no pronoun for it: in
   * "العدوان الإسرائيلي الذي استهدف السفارة الإيرانية", الذي is the
   * subject, and the party after the verb its object. */
  if (antecedent >= 0 && !o->noun && !o->enclitic && (object_arg = relative_antecedent (s, o)) >= 0)
    {
      before = group_backward (s, object_arg), before.last = object_arg, in_relative = TRUE;
      after = no_group;
    }
  else if (before.first < 0 && after.first < 0 && antecedent >= 0)
    before = group_backward (s, antecedent), before.last = antecedent, in_relative = TRUE;
  /* The subject between the words: "استعادت باكو السيطرة". */
  in_gap = o->first_end < o->last && after.first >= 0 && arg_at (s, after.first)->first < o->last;

  switch (hashiya_relation_find_between (s, o->last, &parties, &other_trigger))
    {
    case BETWEEN_PRONOUN:
      return;
    case BETWEEN_FOUND:
      if (parties.first < 0)
        return;
      /* "تستضيف تركيا محادثات بين روسيا وأوكرانيا": the subject of a
       * verb with each of them, and they with each other through it;
       * "عرضت أنقرة التوسط بين موسكو وكييف": the mediator with each;
       * "أبدى الجانب التركي استعداده للتوسط بين موسكو وكييف": the
       * mediation's parties are the pledge's, but not each other's
       * through it. */
      if ((!o->noun || mediation) && !pronoun_before)
        {
          Group subject = in_gap || before.first < 0 ? after : before;

          if (subject.first >= 0)
            {
              if (!o->complement)
                {
                  s->last_source_first = subject.first;
                  s->last_source_last = subject.last;
                }
              if (!mediation && !other_trigger)
                emit_pairs (&found, parties, (o->type_flags & RELATION_TYPE_CONSULT) ? "third-party" : found.mode);
              emit_all (&found, subject, parties, found.mode);
              return;
            }
        }
      if (!other_trigger)
        emit_pairs (&found, parties, found.mode);
      return;
    case BETWEEN_NONE:
    default:
      break;
    }

  if (mutual && !mediation && !o->noun && previous.first >= 0 && after.first >= 0 && o->last + 1 < s->end &&
      o->first > s->start && !(classes (s, o->first - 1) & W (RELATIVE)) &&
      (classes (s, o->last) & W (VENUE)) && (classes (s, o->last) & W (PRONOUN)) &&
      arg_at (s, after.first)->first == o->last + 1 && !in_group (s, previous, arg_at (s, after.first)->actor))
    {
      /* "وصل آبي أحمد إلى الخرطوم في زيارة يلتقي خلالها البرهان": who
       * meets in the event named before (no relative pronoun) is its
       * subject, the party after the pronoun the other. */
      sources = previous;
      targets = after;
    }
  else if (o->noun && (agent = relative_subject (s, o->last)).first >= 0)
    {
      /* "نددت الأمم المتحدة بالهجوم الذي شنته إسرائيل على مدرسة". */
      from_agent = TRUE;
      sources = agent;
      targets = hashiya_relation_find_target (s, arg_at (s, agent.last)->last + 1, sources, mutual, FALSE, &pronoun);
    }
  else if (o->noun && !(o->type_flags & RELATION_TYPE_YIELD) && (agent = agent_after_from (s, o->last)).first >= 0)
    {
      /* "تحسبا لهجوم من حزب الله", "مساعدات من قطر إلى غزة". */
      sources = agent;
      targets = hashiya_relation_find_target (s, arg_at (s, agent.last)->last + 1, sources, mutual, FALSE, &pronoun);
    }
  else if (o->noun && o->enclitic && !o->complement && !mediation)
    {
      /* "أبلغت مصر إسرائيل رفضها", "أكد السيسي، خلال لقائه العاهل
       * الأردني": the pronoun on the noun is the clause's subject, and
       * the party after it the noun's object. */
      sources = hashiya_relation_clause_subject (s, o->first);
      targets = hashiya_relation_find_target (s, o->last, sources, mutual, FALSE, &pronoun);
    }
  else if (in_gap)
    {
      sources = after;
      targets = hashiya_relation_find_target (s, arg_at (s, after.last)->last + 1, sources, mutual, FALSE, &pronoun);
      /* "، وحملت الولايات المتحدة مسؤولية …": after "، و", the party
       * between the words is the object of the subject before. */
      if (targets.first < 0 && !o->noun && previous.first >= 0 && continues_clause (s, o))
        sources = previous, targets = after;
    }
  else if ((o->noun || o->accusative) && after.first >= 0 && arg_at (s, after.first)->first == o->last &&
           arg_at (s, after.first)->adjective)
    {
      /* A state's adjective after a noun is its subject: "الهجوم
       * الإسرائيلي على …", "التعاون التركي الأذربيجاني". */
      sources = after;
      targets = hashiya_relation_find_target (s, arg_at (s, after.last)->last + 1, sources, mutual, FALSE, &pronoun);
    }
  else if (before.first >= 0)
    {
      if (pronoun_before)
        return;
      sources = before;
      targets = hashiya_relation_find_target (s, o->last, sources, mutual, object, &pronoun);
      /* After a noun, its genitive is its subject when a preposition
       * then names the other party: "أعلنت مصر زيارة أردوغان إلى
       * القاهرة", or when one follows it with no party: "هجمات
       * الحوثيين على السفن". */
      if (o->noun && after.first >= 0 && arg_at (s, after.first)->first == o->last)
        {
          gboolean next_pronoun = FALSE;
          Group next = hashiya_relation_find_target (s, arg_at (s, after.last)->last + 1, after, mutual, FALSE, &next_pronoun);

          if (next.first >= 0 && (arg_at (s, next.first)->governor & W (PREPOSITION)))
            sources = after, targets = next, pronoun = next_pronoun;
          else if (next.first < 0 && preposition_after (s, after))
            sources = after, targets = no_group;
        }
    }
  else if (after.first >= 0)
    {
      sources = after;
      targets = hashiya_relation_find_target (s, arg_at (s, after.last)->last + 1, sources, mutual, object, &pronoun);
      /* "انتقدت حماس الموقف الأمريكي، واتهمت واشنطن بالانحياز
       * لإسرائيل": a verb after "، و" shares the subject before it when
       * no second party follows its own; the party after it is its
       * object. */
      if (!o->noun && previous.first >= 0 && continues_clause (s, o) &&
          (targets.first < 0 || arg_at (s, targets.first)->governor != 0))
        sources = previous, targets = after, pronoun = FALSE;
    }
  else if (!o->noun && !o->complement && (sources = subject_after_object (s, o->last, &object_arg)).first >= 0)
    {
      /* "وصل إلى الكويت وزير الخارجية الإيراني". */
      targets = group_forward (s, object_arg);
    }
  else if (!o->noun && (object_arg = counterpart_after (s, o->first_end)) >= 0 &&
           (sources = previous.first >= 0 ? previous : hashiya_relation_sentence_subject (s)).first >= 0)
    {
      /* "زار فيدان القاهرة، حيث التقى نظيره المصري سامح شكري". */
      targets = group_forward (s, object_arg);
    }
  else if (mutual && is_dual (s, o) && continues_clause (s, o) && s->has_last && s->last_b_first >= 0)
    {
      /* "التقى شي نظيره البرازيلي …، واتفقا على …": the two are the
       * parties of what came before. */
      Group a = { s->last_a_first, s->last_a_last }, b = { s->last_b_first, s->last_b_last };

      emit_all (&found, a, b, found.mode);
      s->dual = TRUE;
      return;
    }
  else if (!o->noun && previous.first >= 0 && continues_clause (s, o))
    {
      /* "ولم تعترف واشنطن بالنتائج، وهددت بفرض عقوبات على طهران". */
      sources = previous;
      targets = hashiya_relation_find_target (s, o->last, sources, mutual, object, &pronoun);
    }
  else if (o->noun && s->near_first >= 0 && !o->complement && own_of_subject (s, o))
    {
      /* "وصل زيلينسكي إلى المملكة للمشاركة في أعمال القمة", "في أول
       * زيارة رسمية له إلى واشنطن": a noun of purpose, or one whose
       * pronoun is the subject's, is the subject's doing. */
      sources = (Group) { s->near_first, s->near_last };
      targets = hashiya_relation_find_target (s, o->last, sources, mutual, FALSE, &pronoun);
    }
  else if (mutual && (!o->complement || o->shares_subject))
    {
      /* No subject in the clause: "أكد وزير الخارجية السعودي أن المملكة
       * تسعى إلى تعزيز التعاون مع إيران", "…، بالتنسيق مع مصر": the other
       * party after مع, and the last subject of the sentence, or its
       * first. A complement takes none from before it ("لوّح الاتحاد
       * الأوروبي بتعليق اتفاقية الشراكة مع إسرائيل"). */
      targets = hashiya_relation_find_target (s, o->last, no_group, mutual, FALSE, &pronoun);
      if (targets.first >= 0 && (arg_at (s, targets.first)->governor & W (WITH)))
        sources = previous.first >= 0 ? previous : hashiya_relation_sentence_subject (s);
      else
        targets = no_group;
    }

  /* "أعلنت المملكة المتحدة أنها ستقدم لأوكرانيا حزمة مساعدات": the
   * other party between the words of the trigger. */
  if (targets.first < 0 && sources.first >= 0 && !in_gap && o->first_end < o->last)
    {
      targets = hashiya_relation_find_target (s, o->first_end, sources, mutual, FALSE, &pronoun);
      if (targets.first >= 0 && arg_at (s, targets.first)->first >= o->last)
        targets = no_group;
    }

  /* The subject of a complement is not the clause's, nor is a noun's
   * after the clause has one ("أعرب الاتحاد الأوروبي عن ترحيبه بقرار
   * الحكومة السودانية المشاركة في مفاوضات جدة، ودعا …"), nor the
   * antecedent of a relative clause ("أدانت سورية العدوان الإسرائيلي
   * الذي استهدف …، وحملت …"). */
  if (sources.first >= 0 && !o->complement && !in_relative && (!o->noun || s->last_source_first < 0))
    {
      s->last_source_first = sources.first;
      s->last_source_last = sources.last;
    }
  if (sources.first >= 0 && !o->complement)
    {
      s->near_first = sources.first;
      s->near_last = sources.last;
    }

  /* The other party is a pronoun: "اتهمها"، "تقيم معها". A word of
   * three letters may also be a noun, whose pronoun is its subject's:
   * "أكدت السعودية رفضها لـ…". A pledge of a conflict ("تعهد الحوثيون
   * باستهداف السفن") is no agreement: its complement says what it is. */
  if (pronoun || (o->enclitic && !o->noun && (o->length > 3 || before.first < 0)) ||
      ((o->type_flags & RELATION_TYPE_INTENT) && o->hostile))
    return;

  /* "رفض نتنياهو دعوة الرئيس الأمريكي إلى …": a call one rejects or
   * yields to was addressed to the one who does; a party after it is
   * what it calls for ("لمطالب الولايات المتحدة بطرد قادة حماس"). */
  if (o->addressed && sources.first >= 0 && previous.first >= 0 &&
      !in_group (s, sources, arg_at (s, previous.first)->actor))
    targets = previous;

  /* "نشرت الولايات المتحدة مدمرتين لمواجهة هجمات الحوثيين": whom a
   * force is readied against. */
  if (targets.first < 0 && sources.first >= 0 && (o->type_flags & RELATION_TYPE_POSTURE))
    targets = purpose_target (s, o->last, sources);

  if (targets.first < 0 && mutual)
    {
      targets = hashiya_relation_find_with_in_relative (s, o->last);
      if (targets.first >= 0 && sources.first < 0)
        sources = hashiya_relation_sentence_subject (s);
    }
  if (targets.first < 0)
    {
      Group a = { s->last_a_first, s->last_a_last }, b = { s->last_b_first, s->last_b_last };

      /* "…، بوساطة إماراتية", "في صفقة توسطت فيها قطر": the mediator
       * with the parties of what came before. */
      if (mediation && !o->in_phrase && !in_relative && sources.first >= 0 && s->has_last)
        {
          emit_all (&found, sources, a, found.mode);
          if (b.first >= 0)
            emit_all (&found, sources, b, found.mode);
          return;
        }
      /* What the two of a dual verb agreed on is between them. */
      if (mutual && o->complement && o->shares_subject && s->dual && s->has_last && b.first >= 0)
        {
          emit_all (&found, a, b, found.mode);
          s->dual = TRUE;
          return;
        }
      /* "أبدت أذربيجان وأرمينيا استعدادهما لتوقيع اتفاق": each pair of
       * the subjects, unless they are the other party of a trigger
       * before ("زيارة موسكو وكييف … الوساطة"); "وقعت سورية وإيران في
       * دمشق مذكرة تفاهم للتعاون": what they agreed on, between them;
       * what they stopped, or exchanged, each to the other. Mediators
       * are not each other's other party ("التي تتوسط فيها الدوحة
       * والقاهرة وواشنطن"). */
      if ((mutual || o->halted || o->reciprocal) && !mediation && sources.first >= 0 && sources.last > sources.first &&
          (from_agent || (!any_targeted (s, sources) && ((o->complement && o->shares_subject) || close_before (s, sources, o)))))
        emit_pairs (&found, sources, found.mode);
      return;
    }
  if (sources.first < 0)
    return;
  /* "بمواصلة عملياته ضد المواقع الإسرائيلية": a pledge against a party
   * is no agreement with it. */
  if ((o->type_flags & RELATION_TYPE_INTENT) && against (s, targets))
    return;

  emit_all (&found, sources, targets, found.mode);
  /* "معارك مع الجيش السوداني": both fight. */
  if ((o->type_flags & RELATION_TYPE_FIGHT) && (arg_at (s, targets.first)->governor & W (WITH)))
    emit_all (&found, targets, sources, found.mode);
}
