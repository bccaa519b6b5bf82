/* hashiya-relation-triggers.c — the relation catalogue's triggers, folded
 * and indexed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each trigger of each relation type is cut into its words, gaps (…) and
 * proclitics, folded as the text is, and indexed by the first two or
 * three letters of its first word (with and without the article), behind
 * a bloom filter that most words of a text do not pass. What a trigger's
 * first word looks like (a noun, a verbal noun, reciprocal) is read once
 * here. A word of the text matches a trigger's word as written, with the
 * accusative's alef, or with a pronoun after it.
 */

#define G_LOG_DOMAIN "hashiya-relation-matcher"

#include "config.h"

#include <string.h>

#include "hashiya-arabic.h"
#include "hashiya-relation-sentence.h"
#include "hashiya-relation-triggers.h"

#define ALEF 0x0627
#define LAM  0x0644
#define WAW  0x0648
#define BEH  0x0628
#define KAF  0x0643
#define SEEN 0x0633
#define TEH  0x062A
#define HEH  0x0647
#define NOON 0x0646
#define YEH  0x064A
#define HAMZA 0x0621

#define MAX_WORDS    8    /* words of a trigger, gaps left out */
#define MAX_STEM     RELATION_TRIGGER_MAX_STEM
#define BLOOM_BITS   RELATION_TRIGGER_BLOOM_BITS


static void
trigger_free (RelationTrigger *trigger)
{
  for (guint i = 0; i < trigger->n_elements; i++)
    g_free (trigger->elements[i].chars);
  g_free (trigger->elements);
  g_free (trigger);
}

/* A verbal noun by its pattern, where no verb has the same letters:
 * انفعال and افتعال (انسحاب، اعتقال، اجتماع), استفعال (استهداف،
 * استقبال), إفعال (إرسال، إطلاق; not افتال, a past verb: اجتاح) and
 * تفعيل (تهديد، تأييد، تقديم). */
gboolean
hashiya_relation_looks_like_masdar (const gunichar *w,
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
  return (hashiya_relation_has_article (word, length) && !is_met (word, length)) ||
         (length >= 3 && word[length - 1] == HEH) ||
         (length >= 4 && word[length - 2] == ALEF && word[length - 1] == TEH) ||
         hashiya_relation_looks_like_masdar (word, length) ||
         (length >= 6 && word[length - 1] == ALEF && hashiya_relation_looks_like_masdar (word, length - 1));
}

guint
hashiya_relation_type_flags (HashiyaRelationType *type)
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
  RelationTriggerElement element = { part, g_memdup2 (chars, length * sizeof (gunichar)), length };

  g_array_append_val (elements, element);
}

/* The trigger's words, folded; NULL if it is not valid. */
static RelationTrigger *
compile_trigger (HashiyaRelationType *type,
                 const char          *text,
                 guint                order)
{
  g_autoptr(GArray) elements = g_array_new (FALSE, FALSE, sizeof (RelationTriggerElement));
  g_auto(GStrv) words = NULL;
  HashiyaWordInfo info;
  RelationTrigger *trigger;
  RelationTriggerElement *first;
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

  first = &g_array_index (elements, RelationTriggerElement, 0);
  if (n_words == 0 || n_words > MAX_WORDS || first->part != HASHIYA_TRIGGER_PART_WORD || first->length > MAX_STEM)
    {
      for (guint i = 0; i < elements->len; i++)
        g_free (g_array_index (elements, RelationTriggerElement, i).chars);
      return NULL;
    }

  trigger = g_new0 (RelationTrigger, 1);
  trigger->type = hashiya_relation_type_get_id (type);
  trigger->type_flags = hashiya_relation_type_flags (type);
  trigger->noun = looks_like_noun (first->chars, first->length);
  /* تبادل، تبادلت: exchanging is done to each other. */
  trigger->reciprocal = first->length >= 5 && first->chars[0] == TEH && first->chars[1] == BEH &&
                        first->chars[2] == ALEF && first->chars[3] == 0x062F && first->chars[4] == LAM;
  trigger->article = hashiya_relation_has_article (first->chars, first->length);
  trigger->order = order;
  hashiya_relation_words_classify (first->chars, first->length, &info);
  trigger->classes = info.classes;
  trigger->mode = info.mode;
  trigger->n_elements = elements->len;
  trigger->elements = (RelationTriggerElement *) (void *) g_array_free (g_steal_pointer (&elements), FALSE);
  return trigger;
}

static void
index_key (RelationTriggerIndex *self,
           RelationTrigger      *trigger,
           guint32               key)
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
index_trigger (RelationTriggerIndex *self,
               RelationTrigger      *trigger)
{
  const RelationTriggerElement *first = &trigger->elements[0];

  index_key (self, trigger, hashiya_relation_trigger_key (first->chars, hashiya_relation_trigger_key_length (first->length)));
  if (hashiya_relation_has_article (first->chars, first->length))
    index_key (self, trigger, hashiya_relation_trigger_key (first->chars + 2, hashiya_relation_trigger_key_length (first->length - 2)));
  g_ptr_array_add (self->triggers, trigger);
}

/**
 * hashiya_relation_trigger_index_init:
 * @self: the index to fill, zeroed
 * @relations: the relation types and their triggers
 *
 * Compiles and indexes every valid trigger of every type, in the
 * catalogue's order.
 */
void
hashiya_relation_trigger_index_init (RelationTriggerIndex   *self,
                                     HashiyaRelationCatalog *relations)
{
  guint order = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_RELATION_CATALOG (relations));

  self->triggers = g_ptr_array_new_with_free_func ((GDestroyNotify) trigger_free);
  self->index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < hashiya_relation_catalog_get_n_types (relations); i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (relations, i);
      const char * const *triggers = hashiya_relation_type_get_triggers (type);

      for (guint j = 0; triggers[j] != NULL; j++)
        {
          RelationTrigger *trigger = compile_trigger (type, triggers[j], order++);

          if (trigger != NULL)
            index_trigger (self, trigger);
        }
    }
}

void
hashiya_relation_trigger_index_clear (RelationTriggerIndex *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->triggers, g_ptr_array_unref);
}

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
gboolean
hashiya_relation_trigger_word_matches (const RelationTriggerElement *element,
                                       const gunichar               *text,
                                       guint                         length,
                                       gboolean                     *enclitic)
{
  guint n = element->length;

  *enclitic = FALSE;
  /* A noun with a pronoun has no article: "قطعت علاقاتها" for "قطع …
   * العلاقات". */
  if (hashiya_relation_has_article (element->chars, n) && !hashiya_relation_has_article (text, length))
    {
      RelationTriggerElement bare = { element->part, element->chars + 2, n - 2 };

      return hashiya_relation_trigger_word_matches (&bare, text, length, enclitic) && *enclitic;
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
