/* hashiya-relation-words.c — the small words that shape an Arabic clause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The relation matcher reads a clause by its small words: where a clause
 * starts (أن، الذي، لكن), which preposition governs a name (في is where,
 * على and لـ are whom), what negates (لا، لم، لن), what puts off (سوف،
 * مستعدة، تعتزم) or doubts (قد، ربما، تأمل), and the words that tell how
 * two parties met or worked together (تستضيف، هاتفيا، العسكري). The words
 * are written here as a reader writes them and folded once, as the text
 * is; a word is looked up as it is, without و or ف in front, and without
 * the article.
 */

#define G_LOG_DOMAIN "hashiya-relation-words"

#include "config.h"

#include <string.h>

#include "hashiya-arabic.h"
#include "hashiya-relation-words.h"

#define ALEF 0x0627
#define LAM  0x0644
#define WAW  0x0648
#define FEH  0x0641

typedef struct
{
  guint32     classes;
  const char *mode;
  const char *words;    /* separated by spaces */
} WordList;

/* Prepositions that take a pronoun (معها، لها، عليه …) and what they are. */
static const struct
{
  const char *stem;
  guint32     classes;
} pronoun_stems[] = {
  { "مع", HASHIYA_WORD_WITH }, { "ل", 0 }, { "علي", 0 }, { "الي", 0 }, { "من", 0 }, { "عن", 0 },
  { "ب", 0 }, { "بين", HASHIYA_WORD_BETWEEN }, { "ضد", 0 }, { "تجاه", 0 }, { "لدي", 0 },
  { "حول", 0 }, { "في", HASHIYA_WORD_VENUE }, { "عند", HASHIYA_WORD_VENUE },
  { "خلال", HASHIYA_WORD_VENUE | HASHIYA_WORD_TIME },
};

static const char * const pronoun_suffixes[] = { "ه", "ها", "هما", "هم", "هن", "كم", "كما", "نا", "ك", "ي" };

static const WordList lists[] = {
  { HASHIYA_WORD_SENTENCE_END, NULL, ". ؟ ? ! ؛ ; |" },
  { HASHIYA_WORD_COMMA, NULL, "، , : ( ) [ ] – —" },
  { HASHIYA_WORD_QUOTE, NULL, "« » \" ' “ ” ‘ ’ „" },
  { HASHIYA_WORD_CLAUSE, NULL,
    "أن إن بأن لأن كأن كي لكي حيث بينما عندما حينما حين لكن كما إذ ما مما فيما بعدما كلما ثم "
    "إلا" },
  { HASHIYA_WORD_CLAUSE | HASHIYA_WORD_SAID_SUBJECT, NULL,
    "أنه إنه أنها إنها أنهم إنهم أنهما إنهما بأنه بأنها بأنهم لأنه لأنها لكنه لكنها لكنهم" },
  { HASHIYA_WORD_CLAUSE | HASHIYA_WORD_RELATIVE, NULL,
    "الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي" },
  { HASHIYA_WORD_PREPOSITION, NULL,
    "على إلى ضد نحو تجاه حول بشأن إزاء حيال بحق لصالح لدى ضمن" },
  { HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_PARTITIVE, NULL, "من عن" },
  { HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_WITH, NULL, "مع" },
  { HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_BETWEEN, NULL, "بين" },
  { HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_VENUE, NULL,
    "في عبر قرب داخل خارج أمام وسط عند حتى لمدة وفق وفقا بحسب حسب طبقا" },
  { HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_VENUE | HASHIYA_WORD_TIME, NULL,
    "خلال منذ بعد قبل أثناء إبان طوال عقب إثر هامش" },
  /* In a city or a building: "بمدينة رام الله", "بالعاصمة الإيرانية طهران". */
  { HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_VENUE | HASHIYA_WORD_PLACE, NULL,
    "بمدينة بالعاصمة بعاصمة بمقر بقصر ببلدة بمحافظة بولاية بمنطقة بإقليم" },
  { HASHIYA_WORD_AND, NULL, "و أو" },
  { HASHIYA_WORD_NEGATION, NULL, "لا لم ليس ليست ليسوا لسنا غير عدم بعدم دون بدون" },
  { HASHIYA_WORD_NEGATION | HASHIYA_WORD_FUTURE, NULL, "لن" },
  { HASHIYA_WORD_FUTURE, NULL,
    "سوف مستعد مستعدة مستعدون مستعدين مستعدان مستعدتان استعداد استعداده استعدادها استعدادهما "
    "استعدادهم استعدادنا تعتزم يعتزم نعتزم يعتزمان تعتزمان يعتزمون تنوي ينوي ننوي نية نيتها نيته "
    "تخطط يخطط نخطط تسعى يسعى نسعى يسعيان تسعيان المقرر المزمع المرتقب المرتقبة المتوقع يتوقع سيتم ستتم ستعمل سيعمل سنعمل "
    "ستواصل سيواصل سنواصل ستبدأ سيبدأ ستقوم سيقوم سنقوم ستسعى سيسعى عازمة عازم عازمون تستعد "
    "يستعد تعهد تعهدت يتعهد تتعهد تعهدا وعد وعدت يعد بصدد" },
  { HASHIYA_WORD_FUTURE_AFTER, NULL,
    "المقبل المقبلة القادم القادمة المقبلين لاحقا قريبا مرتقب مرتقبة المرتقب المرتقبة" },
  { HASHIYA_WORD_HYPOTHETICAL, NULL,
    "ربما ربّما يمكن يمكنها يمكنه يمكنهم يمكنهما ممكن بالإمكان تأمل يأمل نأمل آمل يأملان "
    "تأملان أمل أملها أمله احتمال احتمالات محتمل يحتمل لعل لعله لعلها لو إذا تريد يريد نريد "
    "ترغب يرغب نرغب تدرس يدرس يرجح مرجح اقتراح مقترح اقترح اقترحت يقترح تقترح عرض عرضت يعرض تعرض تحاول يحاول نحاول محاولة" },
  { HASHIYA_WORD_MAY, NULL, "قد" },
  { HASHIYA_WORD_ANY, NULL, "أي أية" },
  { HASHIYA_WORD_SAY, NULL,
    "قال قالت قالا قالوا يقول تقول أعلن أعلنت يعلن تعلن أكد أكدت أكدا يؤكد تؤكد أوضح أوضحت ذكر ذكرت "
    "أفاد أفادت شدد شددت أشار أشارت نفى نفت ينفي تنفي أضاف أضافت اعتبر اعتبرت يعتبر تعتبر رأى رأت "
    "أبلغ أبلغت كشف كشفت صرح صرحت مؤكدا مؤكدة مشيرا مشيرة موضحا موضحة معتبرا معتبرة مضيفا مضيفة" },
  { HASHIYA_WORD_COUNTERPART, NULL, "نظيره نظيرها نظيرته نظيرتها نظيريه نظيريها نظراءه نظرائه نظراءها نظرائها" },
  { HASHIYA_WORD_ADVERB, NULL,
    "اليوم أمس غدا الليلة الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء فجر ظهر "
    "مجددا أيضا كذلك رسميا فورا بشدة" },
  { HASHIYA_WORD_MISSION, NULL, "سفارة سفارات قنصلية بعثة" },
  { HASHIYA_WORD_HALT, NULL,
    "علق علقت علقا علقتا يعلق تعلق تعليق بتعليق أوقف أوقفت أوقفا يوقف إيقاف بإيقاف وقف بوقف "
    "جمد جمدت جمدا يجمد تجمد تجميد بتجميد قطع قطعت قطعا يقطع تقطع بقطع" },
  { HASHIYA_WORD_PARTICIPANTS | HASHIYA_WORD_MEETING_MODE, "multilateral", "بمشاركة بحضور" },
  { HASHIYA_WORD_MEETING_MODE, "multilateral",
    "مشاركة حضور شارك شاركت شاركا شاركتا شاركوا يشارك تشارك يشاركان تشاركان يشاركون مشاركين" },
  { HASHIYA_WORD_MEETING_MODE, "host",
    "استضاف استضافت استضافا استضافتا يستضيف تستضيف استضافة باستضافة ضيافة استقبل استقبلت "
    "استقبلا يستقبل تستقبل استقبال مضيف مضيفة" },
  { HASHIYA_WORD_MEETING_MODE, "visit",
    "زار زارت زارا زاروا يزور تزور يزوران زيارة زيارات بزيارة وصل وصلت يصل تصل" },
  { HASHIYA_WORD_MEETING_MODE, "phone",
    "هاتفي هاتفيا هاتفية هاتفيًا هاتف هاتفت مكالمة مكالمات" },
  { HASHIYA_WORD_MEETING_MODE, "third-party",
    "وساطة بوساطة توسط توسطت يتوسط تتوسط وسيط رعاية برعاية" },
  { HASHIYA_WORD_SECTOR_MODE, "military",
    "عسكري عسكرية عسكريا عسكريين جيش جيشي جيشا جيوش قوات حربي حربية دفاعي دفاعية أمني أمنية "
    "أسلحة سلاح مناورات مناورة تدريبات تمرين تمارين دفاع" },
  { HASHIYA_WORD_SECTOR_MODE, "economic",
    "اقتصادي اقتصادية اقتصاديا تجاري تجارية تجاريا تجارة استثمار استثمارات استثماري استثمارية "
    "مالية ماليا طاقة" },
  { HASHIYA_WORD_SECTOR_MODE, "diplomatic",
    "دبلوماسي دبلوماسية دبلوماسيا سياسي سياسية سياسيا سفارة سفارات سفراء سفير قنصلية" },
  { HASHIYA_WORD_SECTOR_MODE, "humanitarian",
    "إنساني إنسانية إنسانيا إغاثة إغاثي إغاثية إغاثيا غذائية غذائي طبية طبي" },
  { HASHIYA_WORD_BORDER, NULL,
    "حدود حدودها حدوده حدودي حدودية متاخمة متاخم بالتزامن تزامنا بالتوازي مقارنة بالمقارنة "
    "جنبا" },
};

typedef struct
{
  gunichar        *chars;
  guint            length;
  HashiyaWordInfo  info;
} Entry;

static GHashTable *table;   /* hash of the folded word → GPtrArray of Entry */

static guint32
hash_word (const gunichar *word,
           guint           length)
{
  guint32 h = 2166136261u;

  for (guint i = 0; i < length; i++)
    h = (h ^ word[i]) * 16777619u;
  return h;
}

static void
add_word (const char  *utf8,
          guint32      classes,
          const char  *mode)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold (utf8, -1);
  GPtrArray *bucket;
  guint32 key;

  if (folded->length == 0)
    return;

  key = hash_word (folded->chars, folded->length);
  bucket = g_hash_table_lookup (table, GUINT_TO_POINTER (key));
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table, GUINT_TO_POINTER (key), bucket);
    }

  /* A word in two lists is both. */
  for (guint i = 0; i < bucket->len; i++)
    {
      Entry *entry = g_ptr_array_index (bucket, i);

      if (entry->length == folded->length &&
          memcmp (entry->chars, folded->chars, folded->length * sizeof (gunichar)) == 0)
        {
          entry->info.classes |= classes;
          if (entry->info.mode == NULL)
            entry->info.mode = mode;
          return;
        }
    }

  {
    Entry *entry = g_new0 (Entry, 1);

    entry->chars = g_memdup2 (folded->chars, folded->length * sizeof (gunichar));
    entry->length = folded->length;
    entry->info.classes = classes;
    entry->info.mode = mode;
    g_ptr_array_add (bucket, entry);
  }
}

static void
build_table (void)
{
  table = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_auto(GStrv) words = g_strsplit (lists[i].words, " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        if (words[j][0] != '\0')
          add_word (words[j], lists[i].classes, lists[i].mode);
    }

  for (guint i = 0; i < G_N_ELEMENTS (pronoun_stems); i++)
    for (guint j = 0; j < G_N_ELEMENTS (pronoun_suffixes); j++)
      {
        g_autofree char *word = g_strconcat (pronoun_stems[i].stem, pronoun_suffixes[j], NULL);

        add_word (word, HASHIYA_WORD_PRONOUN | pronoun_stems[i].classes, NULL);
      }
}

static const HashiyaWordInfo *
lookup (const gunichar *word,
        guint           length)
{
  GPtrArray *bucket = g_hash_table_lookup (table, GUINT_TO_POINTER (hash_word (word, length)));

  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    {
      const Entry *entry = g_ptr_array_index (bucket, i);

      if (entry->length == length && memcmp (entry->chars, word, length * sizeof (gunichar)) == 0)
        return &entry->info;
    }
  return NULL;
}

/**
 * hashiya_relation_words_classify:
 * @word: a folded word, or one punctuation mark
 * @info: (out): what it does; all zero for a word of no class
 *
 * Looks @word up as it is, then without و or ف in front, then without the
 * article: the first that is known gives its classes.
 */
void
hashiya_relation_words_classify (const gunichar  *word,
                                 guint            length,
                                 HashiyaWordInfo *info)
{
  static gsize initialized;
  const HashiyaWordInfo *found = NULL;

  if (g_once_init_enter (&initialized))
    {
      build_table ();
      g_once_init_leave (&initialized, 1);
    }

  info->classes = 0;
  info->mode = NULL;
  if (length == 0)
    return;

  for (guint conjunction = 0; conjunction <= 1 && found == NULL; conjunction++)
    {
      const gunichar *w = word;
      guint n = length;

      if (conjunction == 1)
        {
          if (n < 3 || (w[0] != WAW && w[0] != FEH))
            break;
          w++, n--;
        }
      found = lookup (w, n);
      if (found == NULL && n >= 4 && w[0] == ALEF && w[1] == LAM)
        found = lookup (w + 2, n - 2);
      /* "ولي" is a word (ولي العهد) more often than و + لي. */
      if (found != NULL && conjunction == 1 && n == 2 && found->classes == HASHIYA_WORD_PRONOUN)
        found = NULL;
    }

  if (found != NULL)
    *info = *found;
}
