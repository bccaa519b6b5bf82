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
 * (استعدادهما، زيارته); where two triggers share a word, the longer
 * stays. Each trigger is then read in its frame (hashiya-relation-
 * frames.c), which finds its source and target.
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

#define MAX_GAP      6    /* words a gap (…) of a trigger may stand for */
#define MAX_WORDS    8    /* words of a trigger, gaps left out */
#define MAX_STEM    64    /* longer words are no trigger */
#define COMPLEMENT_REACH 3 /* words besides parties between a trigger and its complement */
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

/* A noun by its shape: with the article, or ending in ـة or ـات. */
static gboolean
looks_like_noun (const gunichar *word,
                 guint           length)
{
  return has_article (word, length) ||
         (length >= 3 && word[length - 1] == HEH) ||
         (length >= 4 && word[length - 2] == ALEF && word[length - 1] == TEH);
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
index_trigger (HashiyaRelationMatcher *self,
               Trigger                *trigger)
{
  const Element *first = &trigger->elements[0];
  guint32 key = key_of (first->chars, key_length (first->length));
  GPtrArray *bucket = g_hash_table_lookup (self->index, GUINT_TO_POINTER (key));

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->index, GUINT_TO_POINTER (key), bucket);
    }
  g_ptr_array_add (bucket, trigger);
  self->bloom[(key % BLOOM_BITS) / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
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

/* Whether @text is the element's word, or the word with a pronoun after
 * it (ـة written ـت before it: زيارته). */
static gboolean
word_matches (const Element  *element,
              const gunichar *text,
              guint           length,
              gboolean       *enclitic)
{
  guint n = element->length;

  *enclitic = FALSE;
  if (length == n)
    return memcmp (text, element->chars, n * sizeof (gunichar)) == 0;
  if (length <= n || length - n > 3 || n < 2 || !is_enclitic (text + n, length - n) ||
      memcmp (text, element->chars, (n - 1) * sizeof (gunichar)) != 0)
    return FALSE;
  if (text[n - 1] != element->chars[n - 1] && !(element->chars[n - 1] == HEH && text[n - 1] == TEH))
    return FALSE;
  *enclitic = TRUE;
  return TRUE;
}

typedef struct
{
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

  for (guint k = 1; k < trigger->n_elements; k++)
    {
      const Element *element = &trigger->elements[k];

      switch (element->part)
        {
        case HASHIYA_TRIGGER_PART_WORD:
          if (pos >= scan->end || scan->tokens[pos].arg >= 0 || !token_matches (scan, element, pos, &enclitic))
            return FALSE;
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
                if (scan->kinds[pos] != HASHIYA_TOKEN_PUNCT)
                  words++;
              }
            if (!found)
              return FALSE;
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
            gboolean                      article_dropped)
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
              !match_rest (scan, trigger, i, &o))
            continue;

          o.type = trigger->type;
          o.type_flags = trigger->type_flags;
          o.classes = trigger->classes;
          o.mode = trigger->mode;
          o.noun = trigger->noun || article_dropped;
          o.enclitic = enclitic;
          o.length = trigger->elements[0].length;
          o.future = future;
          o.skip = skip;
          o.order = trigger->order;
          o.complement = FALSE;
          o.complement_modality = HASHIYA_MODALITY_ASSERTED;
          o.shares_subject = FALSE;
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
      match_stem (self, scan, i, stem, n, readings[r].skip, future, FALSE);
      if (has_article (stem, n))
        match_stem (self, scan, i, stem + 2, n - 2, readings[r].skip, future, TRUE);
    }
}

/* Where two triggers share a word, the one of more words stays; then the
 * one that starts first ("لا تقيم السعودية علاقات دبلوماسية": the verb's),
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
      g_array_index (found, RelationOccurrence, kept++) = *o;
    }
  g_array_set_size (found, kept);
  g_array_sort (found, compare_position);
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
      const RelationOccurrence *before = &g_array_index (found, RelationOccurrence, i - 1);
      guint words = 0;

      o->complement = FALSE;
      o->complement_modality = HASHIYA_MODALITY_ASSERTED;
      o->shares_subject = FALSE;
      if (g_str_equal (before->type, o->type) || before->last > o->first)
        continue;
      for (guint t = before->last; t < o->first && words <= COMPLEMENT_REACH; t++)
        {
          guint32 c = tokens[t].classes;

          if (c & (HASHIYA_WORD_SENTENCE_END | HASHIYA_WORD_COMMA | HASHIYA_WORD_CLAUSE))
            words = COMPLEMENT_REACH + 1;
          else if (tokens[t].arg < 0 && kinds[t] != HASHIYA_TOKEN_PUNCT &&
                   !((c & HASHIYA_WORD_PREPOSITION) && !(c & HASHIYA_WORD_PRONOUN)))
            words++;
        }
      o->complement = words <= COMPLEMENT_REACH;
      /* What a call or a threat is about may come; what an agreement is
       * about is to come. */
      /* "تعهدت فرنسا بتقديم الدعم لأوكرانيا": who pledges gives. */
      o->shares_subject = o->complement && (before->type_flags & RELATION_TYPE_INTENT);
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
  Scan scan = { text->folded, text->tokens, text->kinds, end, found };
  RelationSentence sentence = { text->folded, text->tokens, args, start, end, first_arg, end_arg,
                                targeted, -1, -1, HASHIYA_MODALITY_ASSERTED, emit, output };

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
      read_sentence (self, &prepared, (RelationArg *) (void *) args->data, first_arg, a, t, end, found, targeted,
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
