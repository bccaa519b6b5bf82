/* hashiya-relation-matcher.c — relations suggested from Arabic wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The relation catalogue's triggers are folded and indexed by the first
 * letters of their first word (hashiya-relation-triggers.c). The text is folded and tokenized once,
 * as the actor matcher does, and cut into paragraphs (lines) and
 * sentences; the mentions become the parties a relation may link (the
 * outer mention of nested ones; places are no parties). Only a sentence
 * with parties of two actors or more is read: its words are classified
 * (hashiya-relation-words.c), its triggers found at every token after
 * each reading of its proclitics (وتتهم، فاستضافت، للتعاون), with the
 * article or not (التعاون for تعاون), and with a pronoun after them
 * (استعدادهما، زيارته) or the accusative's alef (حظرا); where two
 * triggers share a word, the longer stays. A trigger is a noun by its
 * shape (the article, ـة، ـات, a verbal noun's pattern: انسحاب، استهداف،
 * تهديد) or its place (after a preposition: "عن إدانتها"); a last ه that
 * was ة is no pronoun (وزارة is no و + زار + ـه). Each trigger is then read
 * in its frame (hashiya-relation-frames.c), which finds its source and
 * target; what a stopping verb governs (أوقفت، علقت) reduces relations,
 * and what a trigger right after another is about is its complement.
 * Each step looks a few tokens around a trigger, or back to the trigger
 * before it: the work is linear in the text.
 *
 * The matcher is immutable once built, so worker threads can use it.
 */

#define G_LOG_DOMAIN "hashiya-relation-matcher"

#include "config.h"

#include <string.h>

#include "hashiya-arabic.h"
#include "hashiya-relation-frames.h"
#include "hashiya-relation-matcher.h"
#include "hashiya-relation-text.h"
#include "hashiya-relation-triggers.h"

#define ALEF 0x0627
#define WAW  0x0648
#define FEH  0x0641
#define SEEN 0x0633
#define TEH  0x062A
#define HEH  0x0647
#define MEEM 0x0645

#define MAX_GAP      6    /* words a gap (…) of a trigger may stand for */
#define MAX_STEM     RELATION_TRIGGER_MAX_STEM
#define COMPLEMENT_REACH 3 /* words besides parties between a trigger and its complement */
#define HALT_REACH  12    /* tokens of the subject between a verb that stops and what it stops */
#define SHORT_ASIDE  3    /* words of an aside between commas ("، في بيان،") */

struct _HashiyaRelationMatcher
{
  gatomicrefcount          ref_count;
  HashiyaRelationCatalog  *relations;   /* holds the types whose ids the matches give */
  GHashTable              *kinds;       /* actor id → kind + 1 */
  const char              *reduce;      /* the type that reduces relations (CAMEO 16), or NULL */
  guint                    reduce_flags;
  RelationTriggerIndex     triggers;
};

/**
 * hashiya_relation_matcher_new:
 * @relations: the relation types and their triggers
 * @actors: the actors the mentions are of, for their kinds
 *
 * Builds the index of every type's triggers. The matcher holds
 * @relations, whose type ids its matches give, and keeps the kinds of
 * @actors: build a new one when either changes.
 *
 * Returns: (transfer full): the matcher
 */
HashiyaRelationMatcher *
hashiya_relation_matcher_new (HashiyaRelationCatalog *relations,
                              HashiyaCatalog         *actors)
{
  HashiyaRelationMatcher *self;

  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (relations), NULL);
  g_return_val_if_fail (HASHIYA_IS_CATALOG (actors), NULL);

  self = g_new0 (HashiyaRelationMatcher, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->relations = g_object_ref (relations);
  self->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < hashiya_catalog_get_n_actors (actors); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (actors, i);

      g_hash_table_insert (self->kinds, g_strdup (hashiya_actor_get_id (actor)),
                           GUINT_TO_POINTER (hashiya_actor_get_kind (actor) + 1));
    }

  for (guint i = 0; self->reduce == NULL && i < hashiya_relation_catalog_get_n_types (relations); i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (relations, i);

      if (hashiya_relation_type_flags (type) & RELATION_TYPE_REDUCE)
        {
          self->reduce = hashiya_relation_type_get_id (type);
          self->reduce_flags = hashiya_relation_type_flags (type);
        }
    }
  hashiya_relation_trigger_index_init (&self->triggers, relations);

  return self;
}

HashiyaRelationMatcher *
hashiya_relation_matcher_ref (HashiyaRelationMatcher *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hashiya_relation_matcher_unref (HashiyaRelationMatcher *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  hashiya_relation_trigger_index_clear (&self->triggers);
  g_hash_table_unref (self->kinds);
  g_object_unref (self->relations);
  g_free (self);
}

/* Matching a trigger */

typedef struct
{
  HashiyaText         *text;      /* the source, for what folding hides */
  const HashiyaFolded *folded;
  const RelationToken *tokens;
  const guint8        *kinds;     /* HashiyaTokenKind of each token */
  guint                end;       /* the sentence's end */
  GArray              *found;     /* RelationOccurrence */
} Scan;

static inline gboolean
token_matches (const Scan    *scan,
               const RelationTriggerElement *element,
               guint          t,
               gboolean      *enclitic)
{
  const RelationToken *token = &scan->tokens[t];

  return hashiya_relation_trigger_word_matches (element, scan->folded->chars + token->start, token->end - token->start, enclitic);
}

/* Whether the word at token @t matched @element without the article
 * the element has ("سفيره" for "السفير"): a reading that an exact one
 * goes before. */
static gboolean
loose_match (const Scan    *scan,
             const RelationTriggerElement *element,
             guint          t)
{
  const RelationToken *token = &scan->tokens[t];

  return hashiya_relation_has_article (element->chars, element->length) &&
         !hashiya_relation_has_article (scan->folded->chars + token->start, token->end - token->start);
}

/* The rest of @trigger, after its first word at token @i. */
static gboolean
match_rest (const Scan         *scan,
            const RelationTrigger      *trigger,
            guint               i,
            RelationOccurrence *o)
{
  guint pos = i + 1;
  gboolean enclitic;

  o->first = i;
  o->first_end = 0;
  o->n_words = 1;
  o->words[0] = i;
  o->loose = FALSE;

  for (guint k = 1; k < trigger->n_elements; k++)
    {
      const RelationTriggerElement *element = &trigger->elements[k];

      switch (element->part)
        {
        case HASHIYA_TRIGGER_PART_WORD:
          if (pos >= scan->end || scan->tokens[pos].arg >= 0 || !token_matches (scan, element, pos, &enclitic))
            return FALSE;
          o->loose |= loose_match (scan, element, pos);
          o->words[o->n_words++] = pos++;
          break;

        case HASHIYA_TRIGGER_PART_GAP:
          {
            const RelationTriggerElement *next = &trigger->elements[++k];
            guint words = 0;
            gboolean found = FALSE;

            if (o->first_end == 0)
              o->first_end = pos;
            for (; pos < scan->end && words <= MAX_GAP; pos++)
              {
                if (scan->tokens[pos].classes & HASHIYA_WORD_SENTENCE_END)
                  break;
                if (scan->tokens[pos].arg < 0 && token_matches (scan, next, pos, &enclitic))
                  {
                    found = TRUE;
                    break;
                  }
                /* A party's name is one word of the gap, however long:
                 * "بحث وزير الخارجية الإيراني حسين أمير عبد اللهيان مع". */
                if (scan->kinds[pos] != HASHIYA_TOKEN_PUNCT &&
                    (scan->tokens[pos].arg < 0 || pos == 0 || scan->tokens[pos - 1].arg != scan->tokens[pos].arg))
                  words++;
              }
            if (!found)
              return FALSE;
            o->loose |= loose_match (scan, next, pos);
            o->words[o->n_words++] = pos++;
          }
          break;

        case HASHIYA_TRIGGER_PART_PROCLITIC:
          {
            const RelationToken *token;

            if (pos >= scan->end)
              return FALSE;
            token = &scan->tokens[pos];
            if (token->end - token->start < element->length + 2 ||
                memcmp (scan->folded->chars + token->start, element->chars, element->length * sizeof (gunichar)) != 0)
              return FALSE;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  o->last = o->words[o->n_words - 1] + 1;
  if (o->first_end == 0)
    o->first_end = o->last;
  return TRUE;
}

/* Whether the word at @i ends in a ه that was ة, which is no pronoun:
 * وزارة is no و + زار + ـه. */
static gboolean
ends_in_marbuta (const Scan *scan,
                 guint       i)
{
  const RelationToken *token = &scan->tokens[i];

  return scan->folded->chars[token->end - 1] == HEH &&
         hashiya_text_get_char (scan->text, scan->folded->origin[token->end - 1]) == 0x0629;
}

/* Whether the token before @i, quotation marks left out, is a comma that
 * ends a clause, not one that closes a short aside ("، الأحد،"). */
static gboolean
preceded_by_comma (const Scan *scan,
                   guint       i)
{
  int t = (int) i - 1;

  while (t >= 0 && (scan->tokens[t].classes & HASHIYA_WORD_QUOTE))
    t--;
  if (t < 0 || !(scan->tokens[t].classes & HASHIYA_WORD_COMMA))
    return FALSE;
  for (int u = t - 1; u >= 0 && u >= t - 3; u--)
    if (scan->tokens[u].classes & (HASHIYA_WORD_COMMA | HASHIYA_WORD_SENTENCE_END))
      return FALSE;
  return TRUE;
}

/* Whether the word at @i stands where only a noun can: right after a
 * preposition ("أعربت عن إدانتها": her condemnation, not "she condemned
 * it"). */
static gboolean
noun_by_place (const Scan *scan,
               guint       i)
{
  guint32 c;

  if (i == 0)
    return FALSE;
  c = scan->tokens[i - 1].classes;
  return (c & HASHIYA_WORD_PREPOSITION) && !(c & HASHIYA_WORD_PRONOUN) && scan->tokens[i - 1].arg < 0;
}

/* Every trigger whose first word is @stem, the word at token @i read
 * after @skip letters of proclitics. */
static void
match_stem (const HashiyaRelationMatcher *self,
            const Scan                   *scan,
            guint                         i,
            const gunichar               *stem,
            guint                         length,
            guint                         skip,
            gboolean                      future,
            gboolean                      article_dropped,
            gboolean                      noun_context)
{
  GPtrArray *bucket;

  for (guint n = 3; n >= 2; n--)
    {
      if (length < n)
        continue;
      bucket = hashiya_relation_trigger_index_lookup (&self->triggers, stem, n);
      for (guint b = 0; bucket != NULL && b < bucket->len; b++)
        {
          const RelationTrigger *trigger = g_ptr_array_index (bucket, b);
          RelationOccurrence o;
          gboolean enclitic;

          if (hashiya_relation_trigger_key_length (trigger->elements[0].length) != n || (article_dropped && trigger->article) ||
              !hashiya_relation_trigger_word_matches (&trigger->elements[0], stem, length, &enclitic) ||
              (enclitic && length == trigger->elements[0].length + 1 && ends_in_marbuta (scan, i)) ||
              !match_rest (scan, trigger, i, &o))
            continue;

          o.type = trigger->type;
          o.type_flags = trigger->type_flags;
          o.classes = trigger->classes;
          o.mode = trigger->mode;
          o.accusative = !enclitic && length == trigger->elements[0].length + 1;
          o.loose |= o.accusative ||
                     (hashiya_relation_has_article (trigger->elements[0].chars, trigger->elements[0].length) && !hashiya_relation_has_article (stem, length));
          o.reciprocal = trigger->reciprocal;
          o.hostile = FALSE;
          o.addressed = FALSE;
          o.noun = trigger->noun || article_dropped || noun_context;
          o.in_phrase = noun_by_place (scan, i);
          /* An accusative after a comma says how or why the subject
           * before did what it did: "، مطالبا طهران …" (a participle),
           * "، احتجاجا على …" (a verbal noun); so does a verbal noun's
           * accusative right after a party ("وسط مدينة رام الله احتجاجا
           * على …"). */
          o.adverbial = stem[length - 1] == ALEF && length >= 4 && (stem[0] == MEEM || o.noun) &&
                        (preceded_by_comma (scan, i) ||
                         (length >= 6 && hashiya_relation_looks_like_masdar (stem, length - 1) && i > 0 && scan->tokens[i - 1].arg >= 0));
          o.enclitic = enclitic;
          o.length = trigger->elements[0].length;
          o.future = future;
          o.skip = skip;
          o.order = trigger->order;
          o.complement = FALSE;
          o.complement_modality = HASHIYA_MODALITY_ASSERTED;
          o.shares_subject = FALSE;
          o.halted = FALSE;
          g_array_append_val (scan->found, o);
        }
    }
}

static void
match_token (const HashiyaRelationMatcher *self,
             const Scan                   *scan,
             guint                         i)
{
  const RelationToken *token = &scan->tokens[i];
  const gunichar *word = scan->folded->chars + token->start;
  guint length = token->end - token->start;
  HashiyaClitic readings[HASHIYA_MAX_CLITIC_READINGS];
  gunichar buffer[MAX_STEM + 1];
  guint n_readings;

  /* A name is no trigger: مجلس التعاون الخليجي، قوات الدعم السريع. */
  if (scan->kinds[i] == HASHIYA_TOKEN_PUNCT || length > MAX_STEM + 4 || token->arg >= 0)
    return;
  n_readings = scan->kinds[i] == HASHIYA_TOKEN_WORD ? hashiya_proclitic_readings (word, length, readings) : 1;
  if (n_readings == 1)
    readings[0] = (HashiyaClitic) { 0, FALSE };

  for (guint r = 0; r < n_readings; r++)
    {
      const gunichar *stem = word + readings[r].skip;
      guint n = length - readings[r].skip;
      gboolean future = readings[r].skip > 0 && !readings[r].add_alef && word[readings[r].skip - 1] == SEEN;
      gboolean preposition = readings[r].skip > 0 && word[readings[r].skip - 1] != WAW &&
                             word[readings[r].skip - 1] != FEH;
      gboolean noun_context;

      /* A trigger after ب، ل، ك has three letters or more (بحث is no
       * ب + حث); سـ stands before a present verb (ستستضيف). */
      if (n > MAX_STEM || (preposition && n < 3) ||
          (future && stem[0] != 0x064A && stem[0] != TEH && stem[0] != 0x0646 && stem[0] != ALEF))
        continue;
      if (readings[r].add_alef)
        {
          buffer[0] = ALEF;
          memcpy (buffer + 1, stem, n * sizeof (gunichar));
          stem = buffer;
          n++;
        }
      /* After ب، ل، ك or a preposition, a noun: "لاستهداف", "عن إدانتها". */
      noun_context = (preposition && !future) || noun_by_place (scan, i);
      match_stem (self, scan, i, stem, n, readings[r].skip, future, FALSE, noun_context);
      if (hashiya_relation_has_article (stem, n))
        match_stem (self, scan, i, stem + 2, n - 2, readings[r].skip, future, TRUE, noun_context);
    }
}

/* Where two triggers share a word, the one of more words stays; then the
 * one that starts first ("لا تقيم السعودية علاقات دبلوماسية": the verb's),
 * the one whose words are as written (سفيره: "استدعت … سفيرها", not
 * "استدعت … السفير"),
 * the one with fewer proclitics read off (بمشاركة over مشاركة), the
 * one read without a pronoun after it (استضافة, not استضاف + ـه), and
 * the first in the catalogue. */
static int
compare_priority (gconstpointer a,
                  gconstpointer b)
{
  const RelationOccurrence *x = a;
  const RelationOccurrence *y = b;

  if (x->n_words != y->n_words)
    return x->n_words > y->n_words ? -1 : 1;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->loose != y->loose)
    return x->loose ? 1 : -1;
  if (x->skip != y->skip)
    return x->skip < y->skip ? -1 : 1;
  if (x->enclitic != y->enclitic)
    return x->enclitic ? 1 : -1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  const RelationOccurrence *x = a;
  const RelationOccurrence *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Keeps the occurrences that share no word with one before them in
 * priority, in text order, and marks their words. */
static void
resolve_overlaps (GArray        *found,
                  RelationToken *tokens)
{
  guint kept = 0;

  g_array_sort (found, compare_priority);
  for (guint i = 0; i < found->len; i++)
    {
      RelationOccurrence *o = &g_array_index (found, RelationOccurrence, i);
      gboolean available = TRUE;

      for (guint w = 0; w < o->n_words && available; w++)
        available = !(tokens[o->words[w]].classes & RELATION_TOKEN_TRIGGER);
      if (!available)
        continue;
      for (guint w = 0; w < o->n_words; w++)
        tokens[o->words[w]].classes |= RELATION_TOKEN_TRIGGER;
      if ((o->classes & HASHIYA_WORD_MEETING_MODE) && g_strcmp0 (o->mode, "third-party") == 0)
        tokens[o->first].marks |= RELATION_MARK_MEDIATION;
      if (o->adverbial)
        tokens[o->first].marks |= RELATION_MARK_ADVERBIAL;
      g_array_index (found, RelationOccurrence, kept++) = *o;
    }
  g_array_set_size (found, kept);
  g_array_sort (found, compare_position);
}

/* جميع، كل، كافة: "وقف جميع المعاملات التجارية". */
static gboolean
is_quantifier (const HashiyaFolded *folded,
               const RelationToken *token)
{
  static const struct
  {
    guint    length;
    gunichar chars[4];
  } words[] = {
    { 4, { 0x062C, 0x0645, 0x064A, 0x0639 } }, { 2, { 0x0643, 0x0644 } }, { 4, { 0x0643, ALEF, 0x0641, HEH } },
  };
  const gunichar *w = folded->chars + token->start;
  guint n = token->end - token->start;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (n == words[i].length && memcmp (w, words[i].chars, n * sizeof (gunichar)) == 0)
      return TRUE;
  return FALSE;
}

/* "وعلقتا التبادل التجاري", "أوقفت الولايات المتحدة المساعدات": a
 * cooperation, aid or talks that a verb stops (its subject between at
 * most, and a quantifier) reduce relations, as the catalogue's type of
 * CAMEO 16 does. */
static void
mark_halted (const HashiyaRelationMatcher *self,
             const HashiyaFolded          *folded,
             GArray                       *found,
             const RelationToken          *tokens,
             guint                         start)
{
  if (self->reduce == NULL)
    return;
  for (guint i = 0; i < found->len; i++)
    {
      RelationOccurrence *o = &g_array_index (found, RelationOccurrence, i);
      int t = (int) o->first - 1;

      while (t >= (int) start && (int) o->first - t <= HALT_REACH &&
             (tokens[t].arg >= 0 || (tokens[t].classes & HASHIYA_WORD_QUOTE) || is_quantifier (folded, &tokens[t])))
        t--;
      if (!(o->type_flags & RELATION_TYPE_HALTS) || t < (int) start || !(tokens[t].classes & HASHIYA_WORD_HALT))
        continue;
      o->type = self->reduce;
      o->type_flags = self->reduce_flags;
      o->mode = NULL;
      o->halted = TRUE;
    }
}

/* The comma that closes a short aside opened by the comma at @t (a few
 * words and no party), before @end; or @t when there is none. */
static guint
short_aside (const RelationToken *tokens,
             guint                t,
             guint                end)
{
  for (guint u = t + 1; u < end && u <= t + SHORT_ASIDE + 1; u++)
    {
      if (tokens[u].arg >= 0 || (tokens[u].classes & (HASHIYA_WORD_SENTENCE_END | RELATION_TOKEN_TRIGGER)))
        return t;
      if (tokens[u].classes & HASHIYA_WORD_COMMA)
        return u > t + 1 ? u : t;
    }
  return t;
}

/* A trigger of another type right after a trigger and its parties is
 * what the first one is about: "هدد الحوثيون باستهداف السفن", "اتهمت
 * روسيا أوكرانيا بقصف …", "اتفاقية للتعاون": the threat, the accusation
 * and the agreement happened, the attack and the cooperation are their
 * content. Such a complement takes no subject from before it. */
static void
mark_complements (GArray              *found,
                  const RelationToken *tokens,
                  const guint8        *kinds)
{
  for (guint i = 1; i < found->len; i++)
    {
      RelationOccurrence *o = &g_array_index (found, RelationOccurrence, i);
      RelationOccurrence *before = &g_array_index (found, RelationOccurrence, i - 1);
      guint words = 0, aside_end;

      o->complement = FALSE;
      o->complement_modality = HASHIYA_MODALITY_ASSERTED;
      o->shares_subject = FALSE;
      o->addressed = FALSE;
      if (g_str_equal (before->type, o->type) || before->last > o->first)
        continue;
      /* Words are counted after the trigger's parties: "توعد الأمين العام
       * لحزب الله حسن نصر الله إسرائيل برد حتمي على اغتيال …". */
      for (guint t = before->last; t < o->first; t++)
        {
          guint32 c = tokens[t].classes;

          /* "وتعهد حزب الله، في بيان، بمواصلة عملياته ضد …": a short
           * aside between two commas is read over. */
          if ((c & HASHIYA_WORD_COMMA) && (aside_end = short_aside (tokens, t, o->first)) > t)
            {
              t = aside_end;
              continue;
            }
          if (c & (HASHIYA_WORD_SENTENCE_END | HASHIYA_WORD_COMMA | HASHIYA_WORD_CLAUSE))
            {
              words = COMPLEMENT_REACH + 1;
              break;
            }
          if (tokens[t].arg >= 0)
            words = 0;
          else if (kinds[t] != HASHIYA_TOKEN_PUNCT && !((c & HASHIYA_WORD_PREPOSITION) && !(c & HASHIYA_WORD_PRONOUN)))
            words++;
        }
      o->complement = words <= COMPLEMENT_REACH;
      /* What a call or a threat is about may come; what an agreement is
       * about is to come. */
      /* "تعهدت فرنسا بتقديم الدعم لأوكرانيا": who pledges gives. */
      o->shares_subject = o->complement && (before->type_flags & RELATION_TYPE_INTENT);
      /* "رفض نتنياهو دعوة الرئيس الأمريكي", "استجابت باكستان لمطالب
       * الصين": a call or a warning one rejects or yields to was
       * addressed to them. */
      o->addressed = o->complement && (o->type_flags & RELATION_TYPE_WISH) &&
                     (before->type_flags & (RELATION_TYPE_REFUSE | RELATION_TYPE_YIELD));
      /* "تعهد الحوثيون باستهداف السفن": a pledge of a conflict is no
       * agreement. */
      before->hostile |= o->shares_subject && (o->type_flags & RELATION_TYPE_CONFLICT);
      o->complement_modality = !o->complement ? HASHIYA_MODALITY_ASSERTED :
                               (before->type_flags & RELATION_TYPE_WISH) ? HASHIYA_MODALITY_HYPOTHETICAL :
                               (before->type_flags & RELATION_TYPE_INTENT) ? HASHIYA_MODALITY_FUTURE :
                               HASHIYA_MODALITY_ASSERTED;
    }
}


/* Whether the parties of a sentence are of two actors or more. */
static gboolean
has_two_actors (const RelationArg *args,
                guint              first_arg,
                guint              end_arg)
{
  for (guint a = first_arg + 1; a < end_arg; a++)
    if (!g_str_equal (args[a].actor, args[first_arg].actor))
      return TRUE;
  return FALSE;
}

/* What the matches of one call share. */
typedef struct
{
  GArray     *matches;   /* HashiyaRelationMatch */
  GHashTable *seen;      /* the paragraph's triples so far */
} Output;

/* One relation per (source actor, type, target actor) per paragraph; for
 * a mutual type, either way round. */
static void
emit (RelationSentence         *s,
      const RelationOccurrence *o,
      const RelationArg        *source,
      const RelationArg        *target,
      const char               *mode,
      HashiyaModality           modality,
      gboolean                  negated)
{
  Output *output = s->data;
  const char *a = source->actor, *b = target->actor;
  HashiyaRelationMatch match;
  guint start, end;

  if (g_str_equal (a, b))
    return;
  if ((o->type_flags & RELATION_TYPE_MUTUAL) && g_strcmp0 (a, b) > 0)
    a = target->actor, b = source->actor;
  if (!g_hash_table_add (output->seen, g_strconcat (o->type, "\x1f", a, "\x1f", b, NULL)))
    return;

  hashiya_folded_to_source (s->folded, s->tokens[o->first].start + o->skip,
                            s->tokens[o->words[o->n_words - 1]].end, &start, &end);
  match.type = o->type;
  match.source = source->mention;
  match.target = target->mention;
  match.trigger_start = start;
  match.trigger_end = end;
  match.mode = mode;
  match.modality = modality;
  match.negated = negated;
  g_array_append_val (output->matches, match);
}

static void
read_sentence (const HashiyaRelationMatcher *self,
               HashiyaText                  *source,
               RelationText                 *text,
               RelationArg                  *args,
               guint                         first_arg,
               guint                         end_arg,
               guint                         start,
               guint                         end,
               GArray                       *found,
               gboolean                     *targeted,
               Output                       *output)
{
  Scan scan = { source, text->folded, text->tokens, text->kinds, end, found };
  RelationSentence sentence = { text->folded, text->tokens, args, start, end, first_arg, end_arg,
                                targeted, -1, -1, HASHIYA_MODALITY_ASSERTED, emit, output,
                                FALSE, -1, -1, -1, -1, FALSE, -1, -1 };

  if (end_arg < first_arg + 2 || !has_two_actors (args, first_arg, end_arg))
    return;

  hashiya_relation_text_classify (text, start, end);
  g_array_set_size (found, 0);
  for (guint t = start; t < end; t++)
    match_token (self, &scan, t);
  if (found->len == 0)
    return;

  resolve_overlaps (found, text->tokens);
  hashiya_relation_text_read_governors (text, args, first_arg, end_arg, start);
  mark_halted (self, text->folded, found, text->tokens, start);
  mark_complements (found, text->tokens, text->kinds);
  for (guint i = 0; i < found->len; i++)
    hashiya_relation_frames_apply (&sentence, &g_array_index (found, RelationOccurrence, i));
}

/**
 * hashiya_relation_matcher_match:
 * @mentions: (array length=n_mentions): the mentions of @text, nested
 *   ones included
 *
 * Finds the relations that the text states between the actors of
 * @mentions: each links the outer mention of nested ones, within a
 * paragraph, and one relation is given per (source actor, type, target
 * actor) and paragraph.
 *
 * Returns: (transfer full) (element-type HashiyaRelationMatch): the
 *   matches in text order, their trigger spans on whole grapheme
 *   clusters, or %NULL if @cancellable was cancelled. Their type ids
 *   belong to the matcher's relation catalogue: keep the matcher while
 *   reading them.
 */
GArray *
hashiya_relation_matcher_match (HashiyaRelationMatcher *self,
                                HashiyaText            *text,
                                HashiyaMention * const *mentions,
                                guint                   n_mentions,
                                GCancellable           *cancellable)
{
  g_autoptr(HashiyaFolded) folded = NULL;
  g_autoptr(GArray) args = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree gboolean *targeted = NULL;
  g_auto(RelationText) prepared = { 0 };
  Output output;
  gsize n_bytes = 0;
  const char *utf8;
  guint a = 0;
  guint n_sentences = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (mentions != NULL || n_mentions == 0, NULL);

  utf8 = hashiya_text_get_data (text, &n_bytes);
  folded = hashiya_fold (utf8, (gssize) n_bytes);
  hashiya_relation_text_prepare (&prepared, folded);
  args = hashiya_relation_text_read_args (&prepared, self->kinds, mentions, n_mentions);
  found = g_array_new (FALSE, FALSE, sizeof (RelationOccurrence));
  matches = g_array_new (FALSE, FALSE, sizeof (HashiyaRelationMatch));
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  targeted = g_new0 (gboolean, args->len + 1);
  output.matches = matches;
  output.seen = seen;

  for (guint t = 0; t < prepared.n_tokens;)
    {
      guint end = t + 1;
      guint first_arg = a;

      if (n_sentences++ % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;
      if (prepared.tokens[t].classes & RELATION_TOKEN_PARAGRAPH)
        g_hash_table_remove_all (seen);

      /* A sentence ends after . ؟ ! ؛ and where a paragraph ends. */
      if (!(prepared.tokens[t].classes & HASHIYA_WORD_SENTENCE_END))
        while (end < prepared.n_tokens && !(prepared.tokens[end].classes & RELATION_TOKEN_PARAGRAPH))
          if (prepared.tokens[end++].classes & HASHIYA_WORD_SENTENCE_END)
            break;

      while (a < args->len && g_array_index (args, RelationArg, a).first < end)
        a++;
      read_sentence (self, text, &prepared, (RelationArg *) (void *) args->data, first_arg, a, t, end, found, targeted,
                     &output);
      t = end;
    }

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);

      match->trigger_start = hashiya_text_snap_backward (text, match->trigger_start);
      match->trigger_end = hashiya_text_snap_forward (text, match->trigger_end);
    }
  return g_steal_pointer (&matches);
}
