/* hashiya-relation-matcher.c — relations suggested from Arabic wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The relation catalogue's triggers are folded and indexed by the first
 * letters of their first word. The text is folded and tokenized once,
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

#define ALEF 0x0627
#define LAM  0x0644
#define WAW  0x0648
#define FEH  0x0641
#define BEH  0x0628
#define KAF  0x0643
#define SEEN 0x0633
#define TEH  0x062A
#define HEH  0x0647
#define NOON 0x0646
#define YEH  0x064A
#define MEEM 0x0645
#define HAMZA 0x0621

#define MAX_GAP      6    /* words a gap (…) of a trigger may stand for */
#define MAX_WORDS    8    /* words of a trigger, gaps left out */
#define MAX_STEM    64    /* longer words are no trigger */
#define COMPLEMENT_REACH 3 /* words besides parties between a trigger and its complement */
#define HALT_REACH  12    /* tokens of the subject between a verb that stops and what it stops */
#define SHORT_ASIDE  3    /* words of an aside between commas ("، في بيان،") */
#define BLOOM_BITS  (1u << 16)

typedef struct
{
  HashiyaTriggerPart  part;
  gunichar           *chars;
  guint               length;
} Element;

typedef struct
{
  const char *type;
  guint       type_flags;
  guint32     classes;
  const char *mode;
  gboolean    noun;
  gboolean    article;
  gboolean    reciprocal;
  Element    *elements;
  guint       n_elements;
  guint       order;
} Trigger;

struct _HashiyaRelationMatcher
{
  gatomicrefcount          ref_count;
  HashiyaRelationCatalog  *relations;   /* holds the types whose ids the matches give */
  GHashTable              *kinds;       /* actor id → kind + 1 */
  GPtrArray               *triggers;
  GHashTable              *index;       /* key of a first word's first letters → GPtrArray of Trigger */
  const char              *reduce;      /* the type that reduces relations (CAMEO 16), or NULL */
  guint                    reduce_flags;
  guint64                  bloom[BLOOM_BITS / 64];
};

static void
trigger_free (Trigger *trigger)
{
  for (guint i = 0; i < trigger->n_elements; i++)
    g_free (trigger->elements[i].chars);
  g_free (trigger->elements);
  g_free (trigger);
}

/* A key of the first @n (2 or 3) letters of a word. */
static inline guint32
key_of (const gunichar *chars,
        guint           n)
{
  guint32 h = 2166136261u ^ n;

  for (guint i = 0; i < n; i++)
    h = (h ^ chars[i]) * 16777619u;
  return h;
}

static inline guint
key_length (guint length)
{
  return length >= 3 ? 3 : length;
}

static gboolean
has_article (const gunichar *word,
             guint           length)
{
  return length >= 4 && word[0] == ALEF && word[1] == LAM;
}

/* A verbal noun by its pattern, where no verb has the same letters:
 * انفعال and افتعال (انسحاب، اعتقال، اجتماع), استفعال (استهداف،
 * استقبال), إفعال (إرسال، إطلاق; not افتال, a past verb: اجتاح) and
 * تفعيل (تهديد، تأييد، تقديم). */
static gboolean
looks_like_masdar (const gunichar *w,
                   guint           n)
{
  if (n == 7)
    return w[0] == ALEF && w[1] == SEEN && w[2] == TEH && w[5] == ALEF;
  if (n == 6)
    return w[0] == ALEF && w[4] == ALEF && (w[1] == NOON || w[2] == TEH);
  if (n == 5)
    return (w[0] == ALEF && w[3] == ALEF && w[2] != TEH) || (w[0] == TEH && w[3] == YEH);
  return FALSE;
}

/* التقى، التقت، التقيا، التقوا: a verb (form VIII of لقي) that looks as
 * if it had the article. */
static gboolean
is_met (const gunichar *w,
        guint           n)
{
  if (n < 5 || w[0] != ALEF || w[1] != LAM || w[2] != TEH || w[3] != 0x0642)
    return FALSE;
  if (n == 5)
    return w[4] == 0x0649 || w[4] == YEH || w[4] == TEH;
  return n == 6 && w[5] == ALEF && (w[4] == YEH || w[4] == WAW || w[4] == TEH);
}

/* A noun by its shape: with the article, ending in ـة or ـات, or a
 * verbal noun's pattern, with or without the accusative's alef
 * (احتجاجا). */
static gboolean
looks_like_noun (const gunichar *word,
                 guint           length)
{
  return (has_article (word, length) && !is_met (word, length)) ||
         (length >= 3 && word[length - 1] == HEH) ||
         (length >= 4 && word[length - 2] == ALEF && word[length - 1] == TEH) ||
         looks_like_masdar (word, length) ||
         (length >= 6 && word[length - 1] == ALEF && looks_like_masdar (word, length - 1));
}

static guint
type_flags (HashiyaRelationType *type)
{
  const char *cameo = hashiya_relation_type_get_cameo (type);
  guint flags = 0;

  if (hashiya_relation_type_get_mutual (type))
    flags |= RELATION_TYPE_MUTUAL;
  if (cameo != NULL && strstr (cameo, "04") != NULL)
    flags |= RELATION_TYPE_CONSULT;
  if (cameo != NULL && (strstr (cameo, "06") != NULL || strstr (cameo, "07") != NULL))
    flags |= RELATION_TYPE_SECTOR;
  if (cameo != NULL && strstr (cameo, "03") != NULL)
    flags |= RELATION_TYPE_INTENT;
  if (cameo != NULL && (strstr (cameo, "02") != NULL || strstr (cameo, "10") != NULL || strstr (cameo, "13") != NULL))
    flags |= RELATION_TYPE_WISH;
  if (cameo != NULL && (strstr (cameo, "03") != NULL || strstr (cameo, "04") != NULL || strstr (cameo, "05") != NULL ||
                        strstr (cameo, "06") != NULL || strstr (cameo, "07") != NULL))
    flags |= RELATION_TYPE_HALTS;
  if (cameo != NULL && strstr (cameo, "16") != NULL)
    flags |= RELATION_TYPE_REDUCE;
  if (cameo != NULL && strstr (cameo, "08") != NULL)
    flags |= RELATION_TYPE_YIELD;
  if (cameo != NULL && strstr (cameo, "19") != NULL)
    flags |= RELATION_TYPE_FIGHT;
  if (cameo != NULL && strstr (cameo, "15") != NULL)
    flags |= RELATION_TYPE_POSTURE;
  if (cameo != NULL && strstr (cameo, "12") != NULL)
    flags |= RELATION_TYPE_REFUSE;
  if (hashiya_relation_type_get_quad_class (type) == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT ||
      hashiya_relation_type_get_quad_class (type) == HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT)
    flags |= RELATION_TYPE_CONFLICT;
  return flags;
}

static void
add_element (GArray             *elements,
             HashiyaTriggerPart  part,
             const gunichar     *chars,
             guint               length)
{
  Element element = { part, g_memdup2 (chars, length * sizeof (gunichar)), length };

  g_array_append_val (elements, element);
}

/* The trigger's words, folded; NULL if it is not valid. */
static Trigger *
compile_trigger (HashiyaRelationType *type,
                 const char          *text,
                 guint                order)
{
  g_autoptr(GArray) elements = g_array_new (FALSE, FALSE, sizeof (Element));
  g_auto(GStrv) words = NULL;
  HashiyaWordInfo info;
  Trigger *trigger;
  Element *first;
  guint n_words = 0;

  if (!hashiya_relation_trigger_check (text, NULL))
    return NULL;

  words = g_strsplit_set (text, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      HashiyaTriggerPart part;
      g_autoptr(HashiyaFolded) folded = NULL;
      g_autoptr(GArray) tokens = NULL;

      if (words[i][0] == '\0')
        continue;
      part = hashiya_relation_trigger_part (words[i]);
      if (part == HASHIYA_TRIGGER_PART_GAP)
        {
          add_element (elements, part, NULL, 0);
          continue;
        }
      folded = hashiya_fold (words[i], -1);
      if (part == HASHIYA_TRIGGER_PART_PROCLITIC)
        {
          add_element (elements, part, folded->chars, folded->length);
          continue;
        }
      tokens = hashiya_tokenize (folded);
      for (guint j = 0; j < tokens->len; j++)
        {
          HashiyaToken *token = &g_array_index (tokens, HashiyaToken, j);

          add_element (elements, part, folded->chars + token->start, token->end - token->start);
          n_words++;
        }
    }

  first = &g_array_index (elements, Element, 0);
  if (n_words == 0 || n_words > MAX_WORDS || first->part != HASHIYA_TRIGGER_PART_WORD || first->length > MAX_STEM)
    {
      for (guint i = 0; i < elements->len; i++)
        g_free (g_array_index (elements, Element, i).chars);
      return NULL;
    }

  trigger = g_new0 (Trigger, 1);
  trigger->type = hashiya_relation_type_get_id (type);
  trigger->type_flags = type_flags (type);
  trigger->noun = looks_like_noun (first->chars, first->length);
  /* تبادل، تبادلت: exchanging is done to each other. */
  trigger->reciprocal = first->length >= 5 && first->chars[0] == TEH && first->chars[1] == BEH &&
                        first->chars[2] == ALEF && first->chars[3] == 0x062F && first->chars[4] == LAM;
  trigger->article = has_article (first->chars, first->length);
  trigger->order = order;
  hashiya_relation_words_classify (first->chars, first->length, &info);
  trigger->classes = info.classes;
  trigger->mode = info.mode;
  trigger->n_elements = elements->len;
  trigger->elements = (Element *) (void *) g_array_free (g_steal_pointer (&elements), FALSE);
  return trigger;
}

static void
index_key (HashiyaRelationMatcher *self,
           Trigger                *trigger,
           guint32                 key)
{
  GPtrArray *bucket = g_hash_table_lookup (self->index, GUINT_TO_POINTER (key));

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->index, GUINT_TO_POINTER (key), bucket);
    }
  g_ptr_array_add (bucket, trigger);
  self->bloom[(key % BLOOM_BITS) / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
}

/* A first word with the article is found without it too, with a pronoun
 * after it ("علاقاتها الدبلوماسية"). */
static void
index_trigger (HashiyaRelationMatcher *self,
               Trigger                *trigger)
{
  const Element *first = &trigger->elements[0];

  index_key (self, trigger, key_of (first->chars, key_length (first->length)));
  if (has_article (first->chars, first->length))
    index_key (self, trigger, key_of (first->chars + 2, key_length (first->length - 2)));
  g_ptr_array_add (self->triggers, trigger);
}

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
  guint order = 0;

  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (relations), NULL);
  g_return_val_if_fail (HASHIYA_IS_CATALOG (actors), NULL);

  self = g_new0 (HashiyaRelationMatcher, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->relations = g_object_ref (relations);
  self->kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->triggers = g_ptr_array_new_with_free_func ((GDestroyNotify) trigger_free);
  self->index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < hashiya_catalog_get_n_actors (actors); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (actors, i);

      g_hash_table_insert (self->kinds, g_strdup (hashiya_actor_get_id (actor)),
                           GUINT_TO_POINTER (hashiya_actor_get_kind (actor) + 1));
    }

  for (guint i = 0; i < hashiya_relation_catalog_get_n_types (relations); i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (relations, i);
      const char * const *triggers = hashiya_relation_type_get_triggers (type);

      if (self->reduce == NULL && (type_flags (type) & RELATION_TYPE_REDUCE))
        {
          self->reduce = hashiya_relation_type_get_id (type);
          self->reduce_flags = type_flags (type);
        }

      for (guint j = 0; triggers[j] != NULL; j++)
        {
          Trigger *trigger = compile_trigger (type, triggers[j], order++);

          if (trigger != NULL)
            index_trigger (self, trigger);
        }
    }

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

  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->triggers);
  g_hash_table_unref (self->kinds);
  g_object_unref (self->relations);
  g_free (self);
}

/* Matching a trigger */

/* A pronoun after a word: ـه ـها ـهما ـهم ـهن ـكم ـكما ـنا. */
static gboolean
is_enclitic (const gunichar *suffix,
             guint           length)
{
  static const gunichar enclitics[][3] = {
    { HEH }, { HEH, ALEF }, { HEH, 0x0645, ALEF }, { HEH, 0x0645 }, { HEH, 0x0646 },
    { KAF, 0x0645 }, { KAF, 0x0645, ALEF }, { 0x0646, ALEF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (enclitics); i++)
    {
      guint n = enclitics[i][2] != 0 ? 3 : enclitics[i][1] != 0 ? 2 : 1;

      if (n == length && memcmp (enclitics[i], suffix, n * sizeof (gunichar)) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a word may take the accusative's alef (حظرا، هجوما): not after
 * ـة, a long vowel or an alef already. */
static inline gboolean
takes_accusative_alef (gunichar last)
{
  return last != ALEF && last != HEH && last != YEH && last != WAW && last != 0x0649;
}

/* Whether @text is the element's word, the word with the accusative's
 * alef, or the word with a pronoun after it (ـة written ـت before it:
 * زيارته; ء written ئ or ؤ: لقائه). */
static gboolean
word_matches (const Element  *element,
              const gunichar *text,
              guint           length,
              gboolean       *enclitic)
{
  guint n = element->length;

  *enclitic = FALSE;
  /* A noun with a pronoun has no article: "قطعت علاقاتها" for "قطع …
   * العلاقات". */
  if (has_article (element->chars, n) && !has_article (text, length))
    {
      Element bare = { element->part, element->chars + 2, n - 2 };

      return word_matches (&bare, text, length, enclitic) && *enclitic;
    }
  if (length == n)
    return memcmp (text, element->chars, n * sizeof (gunichar)) == 0;
  if (length == n + 1 && n >= 3 && text[n] == ALEF && takes_accusative_alef (element->chars[n - 1]))
    return memcmp (text, element->chars, n * sizeof (gunichar)) == 0;
  if (length <= n || length - n > 3 || n < 2 || !is_enclitic (text + n, length - n) ||
      memcmp (text, element->chars, (n - 1) * sizeof (gunichar)) != 0)
    return FALSE;
  /* The hamza changes its seat before a pronoun: لقاء، لقائه، لقاؤه. */
  if (text[n - 1] != element->chars[n - 1] && !(element->chars[n - 1] == HEH && text[n - 1] == TEH) &&
      !(element->chars[n - 1] == HAMZA && (text[n - 1] == YEH || text[n - 1] == WAW)))
    return FALSE;
  *enclitic = TRUE;
  return TRUE;
}

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
               const Element *element,
               guint          t,
               gboolean      *enclitic)
{
  const RelationToken *token = &scan->tokens[t];

  return word_matches (element, scan->folded->chars + token->start, token->end - token->start, enclitic);
}

/* Whether the word at token @t matched @element without the article
 * the element has ("سفيره" for "السفير"): a reading that an exact one
 * goes before. */
static gboolean
loose_match (const Scan    *scan,
             const Element *element,
             guint          t)
{
  const RelationToken *token = &scan->tokens[t];

  return has_article (element->chars, element->length) &&
         !has_article (scan->folded->chars + token->start, token->end - token->start);
}

/* The rest of @trigger, after its first word at token @i. */
static gboolean
match_rest (const Scan         *scan,
            const Trigger      *trigger,
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
      const Element *element = &trigger->elements[k];

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
            const Element *next = &trigger->elements[++k];
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
  guint32 key;
  GPtrArray *bucket;

  for (guint n = 3; n >= 2; n--)
    {
      if (length < n)
        continue;
      key = key_of (stem, n);
      if (!(self->bloom[(key % BLOOM_BITS) / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))))
        continue;
      bucket = g_hash_table_lookup (self->index, GUINT_TO_POINTER (key));
      for (guint b = 0; bucket != NULL && b < bucket->len; b++)
        {
          const Trigger *trigger = g_ptr_array_index (bucket, b);
          RelationOccurrence o;
          gboolean enclitic;

          if (key_length (trigger->elements[0].length) != n || (article_dropped && trigger->article) ||
              !word_matches (&trigger->elements[0], stem, length, &enclitic) ||
              (enclitic && length == trigger->elements[0].length + 1 && ends_in_marbuta (scan, i)) ||
              !match_rest (scan, trigger, i, &o))
            continue;

          o.type = trigger->type;
          o.type_flags = trigger->type_flags;
          o.classes = trigger->classes;
          o.mode = trigger->mode;
          o.accusative = !enclitic && length == trigger->elements[0].length + 1;
          o.loose |= o.accusative ||
                     (has_article (trigger->elements[0].chars, trigger->elements[0].length) && !has_article (stem, length));
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
                         (length >= 6 && looks_like_masdar (stem, length - 1) && i > 0 && scan->tokens[i - 1].arg >= 0));
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
      if (has_article (stem, n))
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
