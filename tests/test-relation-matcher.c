/* test-relation-matcher.c — the relation catalogue, its file, and the
 * relations suggested from Arabic wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

/* Scoring */

/* "paragraph|type|source|target", the two actors in order for a mutual
 * type: what scores count, once per paragraph. */
static char *
triple_key (HashiyaRelationCatalog *relations,
            guint                   paragraph,
            const char             *type,
            const char             *source,
            const char             *target)
{
  HashiyaRelationType *relation_type = hashiya_relation_catalog_lookup (relations, type);

  g_assert_nonnull (relation_type);
  if (hashiya_relation_type_get_mutual (relation_type) && strcmp (source, target) > 0)
    {
      const char *swap = source;

      source = target;
      target = swap;
    }
  return g_strdup_printf ("%u|%s|%s|%s", paragraph, type, source, target);
}

static guint
paragraph_of (HashiyaText *text,
              guint        offset)
{
  guint line = 0, column = 0;

  hashiya_text_offset_to_line (text, offset, &line, &column);
  return line;
}


/* Sentences of news the matcher has never seen, with the actors of
 * tests/data/news-catalog.json, and the relations a reader finds in
 * them: "type source>target", then "future", "hypothetical", "negated"
 * or "mode=…" when the relation must say so. A mutual type's two ends
 * may come either way round. */
static const struct
{
  const char *text;
  const char *expected;
} news[] = {
  /* VSO, a proclitic on the verb. */
  { "وتتهم إسرائيل حركة حماس بخرق الهدنة.", "accuse israel>hamas" },
  { "وتتهم كييف موسكو بشن هجمات على المدنيين.", "accuse ukraine>russia" },
  /* A verb with a pronoun object names no second party. */
  { "واتهمها الرئيس الأوكراني بالكذب.", "" },
  /* Hosting, talks between two others. */
  { "فاستضافت الدوحة محادثات بين الولايات المتحدة وحركة حماس.",
    "consult qatar>usa mode=host; consult qatar>hamas mode=host; consult usa>hamas" },
  { "استضافت القاهرة، الأحد، اجتماعا لوزراء خارجية الأردن والسعودية وقطر.",
    "consult egypt>jordan mode=host; consult egypt>saudi-arabia mode=host; consult egypt>qatar mode=host" },
  /* سـ on the verb: future. */
  { "ستستضيف الرياض قمة مجموعة العشرين العام المقبل.", "consult saudi-arabia>g20 future mode=host" },
  /* Negation, participation in a forum. */
  { "لم تشارك فرنسا في قمة مجموعة بريكس.", "consult france>brics negated mode=multilateral" },
  /* قد before a present verb: hypothetical; a gap between verb and object. */
  { "وقد تفرض الولايات المتحدة عقوبات جديدة على إيران.", "sanction usa>iran hypothetical" },
  { "فرض الاتحاد الأوروبي عقوبات جديدة على روسيا بسبب الحرب في أوكرانيا.", "sanction eu>russia" },
  /* و + ل + the article on a trigger, the genitive after a noun as its source. */
  { "وللدعم العسكري الأمريكي لأوكرانيا دور حاسم في صمودها.", "aid usa>ukraine mode=military" },
  /* A title with the name after it is one party; the call is the request. */
  { "دعا الرئيس الفرنسي إيمانويل ماكرون إسرائيل إلى وقف إطلاق النار في غزة.", "request macron>israel" },
  { "رفضت حماس المقترح الإسرائيلي لتبادل الأسرى.", "reject hamas>israel" },
  /* What a threat is about did not happen. */
  { "هدد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.", "threaten houthis>usa" },
  { "واستدعت وزارة الخارجية المصرية السفير الإسرائيلي في القاهرة احتجاجا على الغارات.",
    "protest egypt-mfa>israel" },
  { "حشدت روسيا قواتها على الحدود مع أوكرانيا.", "mobilize russia>ukraine" },
  { "اعتقلت السلطات الإيرانية مواطنة فرنسية بتهمة التجسس.", "coerce iran>france" },
  /* VSO and SVO attacks. */
  { "قصفت روسيا منشآت الطاقة الأوكرانية ليلة الأحد.", "assault russia>ukraine" },
  { "الجيش الإسرائيلي يقصف مواقع لحركة حماس في غزة.", "assault israeli-army>hamas" },
  { "أفرجت إيران عن مواطنة فرنسية بعد أشهر من الاحتجاز.", "retreat iran>france" },
  { "وافقت حماس على المقترح المصري لوقف إطلاق النار.", "concede hamas>egypt" },
  { "أشاد وزير الخارجية الأمريكي بالدور القطري في الوساطة.", "support blinken>qatar" },
  /* A nominal sentence, with مستعدة: future. */
  { "تركيا مستعدة للتعاون مع أوكرانيا في مجال الطاقة.", "cooperate turkey>ukraine future" },
  { "وبحث الرئيس المصري هاتفيا مع نظيره الفرنسي تطورات الأوضاع.", "consult sisi>france mode=phone" },
  /* A noun's genitive is its subject when a preposition names the other party. */
  { "أعلنت مصر عن زيارة الرئيس الفرنسي المرتقبة إلى القاهرة.", "consult macron>egypt future mode=visit" },
  { "وسوف يزور وزير الخارجية الروسي سيرغي لافروف أنقرة الأسبوع المقبل.",
    "consult lavrov>turkey future mode=visit" },
  /* Coordinated parties, each pair. */
  { "توصلت إسرائيل وحماس إلى اتفاق لوقف إطلاق النار بوساطة قطرية.", "agree israel>hamas" },
  { "واتفقت روسيا والصين على تعزيز التعاون العسكري بينهما.", "agree russia>china" },
  { "أجرت القوات المصرية والسعودية مناورات مشتركة في البحر الأحمر.",
    "cooperate egypt>saudi-arabia mode=military" },
  { "وأجرى الرئيسان الروسي والصيني محادثات استمرت ساعتين.", "consult russia>china" },
  /* A negated relation. */
  { "ولا تقيم السعودية علاقات دبلوماسية مع إسرائيل.", "cooperate saudi-arabia>israel negated mode=diplomatic" },
  /* Hoping: hypothetical, across أن. */
  { "وتأمل فرنسا أن تستضيف محادثات بين روسيا وأوكرانيا.", "consult russia>ukraine hypothetical" },
  /* A relative clause is said of its antecedent; the main verb's subject
   * is found across it. */
  { "واشنطن، التي تقدم دعما عسكريا لكييف، حذرت موسكو من التصعيد.",
    "aid usa>ukraine mode=military; threaten usa>russia" },
  /* بمشاركة without a forum: the participants with each other. */
  { "وعقد في الرياض اجتماع بمشاركة مصر والأردن وقطر.",
    "consult egypt>jordan mode=multilateral; consult egypt>qatar mode=multilateral; "
    "consult jordan>qatar mode=multilateral" },
  { "التقى وزير الخارجية الأمريكي أنتوني بلينكن مع ولي العهد السعودي في الرياض.",
    "consult blinken>saudi-arabia" },
  { "وتنوي فرنسا إرسال مساعدات إلى أوكرانيا.", "aid france>ukraine future" },
  { "ويمكن أن تشارك الصين في قمة مجموعة العشرين.", "consult china>g20 hypothetical mode=multilateral" },
  /* A name is no trigger: مجلس التعاون الخليجي. */
  { "ورحب مجلس التعاون الخليجي بالاتفاق بين السعودية وإيران.",
    "support gcc>saudi-arabia; support gcc>iran; agree saudi-arabia>iran" },
  /* Who condemns the attacks of whom: the subject of a relative clause. */
  { "وأدانت الخارجية المصرية الهجمات التي تشنها جماعة الحوثي على السفن.", "accuse egypt>houthis" },
  /* A clause after "، و" with no subject of its own shares the one before. */
  { "ولم تعترف الولايات المتحدة بالنتائج، وهددت بفرض عقوبات على طهران.", "threaten usa>iran" },
  { "انتقدت حماس الموقف الأمريكي، واتهمت واشنطن بالانحياز لإسرائيل.", "accuse hamas>usa" },
  /* A subject that is no mention ("الدول الغربية") is no reason to take
   * the object for it; what an accusation is about did not happen. */
  { "وتتهم الدول الغربية روسيا بشن حرب عدوانية على أوكرانيا، في حين تتهم موسكو حلف شمال الأطلسي بالتوسع.",
    "accuse russia>nato" },
  /* A mediator with each party; an offer is hypothetical. */
  { "وكانت أنقرة قد عرضت التوسط بين موسكو وكييف.",
    "consult turkey>russia hypothetical mode=third-party; consult turkey>ukraine hypothetical mode=third-party" },
  { "وتلعب قطر دورا محوريا في الوساطة بين إسرائيل وحماس، بالتنسيق مع مصر.",
    "consult qatar>israel mode=third-party; consult qatar>hamas mode=third-party; cooperate qatar>egypt" },
  /* A state's adjective after a noun is its subject. */
  { "وتسبب القصف الإسرائيلي على الأردن في سقوط ضحايا.", "assault israel>jordan" },
  { "وأدانت مصر الهجوم الإسرائيلي على غزة.", "accuse egypt>israel" },
  /* The participants come when the summit does. */
  { "وتستعد الصين لاستضافة قمة مجموعة بريكس في العام المقبل، بمشاركة روسيا وإيران.",
    "consult china>brics future mode=host; consult russia>brics future mode=multilateral; "
    "consult iran>brics future mode=multilateral" },
  /* A headline's speaker before a colon. */
  { "قطر والسعودية: دعم كامل للشعب السوداني وللمبادرة الفرنسية.",
    "support qatar>sudan; support qatar>france; support saudi-arabia>sudan; support saudi-arabia>france" },
  /* What a mediation is about may come; what a pledge is about is to
   * come, from who pledges. */
  { "وتحاول مصر التوسط لوقف إطلاق النار بين إسرائيل وحماس.",
    "consult egypt>israel hypothetical mode=third-party; consult egypt>hamas hypothetical mode=third-party; "
    "concede israel>hamas hypothetical; concede hamas>israel hypothetical" },
  { "وتعهدت فرنسا بتقديم الدعم العسكري لأوكرانيا.", "agree france>ukraine; aid france>ukraine future mode=military" },
  /* Sentences that state no relation between two actors. */
  { "زار ملايين السياح مصر العام الماضي.", "" },
  { "وتراجعت أسعار النفط بعد قرار السعودية زيادة الإنتاج.", "" },
  { "وبعد انتهاء الاجتماع، غادر الوفد الروسي القاهرة متوجها إلى الرياض.", "" },
  { "ودعت السعودية والولايات المتحدة طرفي النزاع في السودان إلى العودة إلى المفاوضات في جدة.", "" },
};

static HashiyaCatalog *
news_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "news-catalog.json", NULL);
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog = hashiya_catalog_load_file (path, &error);

  g_assert_no_error (error);
  return catalog;
}

/* The actor matcher's suggestions on @text, as mentions. */
static GPtrArray *
suggest_mentions (HashiyaCatalog *catalog,
                  HashiyaText    *text)
{
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);
  g_autoptr(GArray) matches = hashiya_matcher_match (matcher, text, NULL);
  GPtrArray *mentions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
      g_autofree char *id = g_strdup_printf ("m%u", i + 1);
      HashiyaMention *mention = hashiya_mention_new (id, match->start, match->end, match->actor);

      hashiya_mention_set_mention_type (mention, match->type);
      g_ptr_array_add (mentions, mention);
    }
  return mentions;
}

/* "type source>target" for each match, mutual ones in order, with the
 * rest of what the match says in @details. */
static GPtrArray *
describe_matches (HashiyaRelationCatalog *relations,
                  GArray                 *matches,
                  GPtrArray              *mentions,
                  GHashTable             *details)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      const char *source = hashiya_mention_get_actor (g_ptr_array_index (mentions, match->source));
      const char *target = hashiya_mention_get_actor (g_ptr_array_index (mentions, match->target));
      g_autofree char *key = triple_key (relations, 0, match->type, source, target);
      GString *detail = g_string_new (NULL);

      if (match->modality != HASHIYA_MODALITY_ASSERTED)
        g_string_append_printf (detail, " %s", hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, match->modality));
      if (match->negated)
        g_string_append (detail, " negated");
      if (match->mode != NULL)
        g_string_append_printf (detail, " mode=%s", match->mode);
      g_hash_table_insert (details, g_strdup (key + strlen ("0|")), g_string_free (detail, FALSE));
      g_ptr_array_add (found, g_strdup (key + strlen ("0|")));
    }
  return found;
}

static void
test_news (void)
{
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  gboolean failed = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (news); i++)
    {
      g_autoptr(HashiyaText) text = hashiya_text_new (news[i].text, strlen (news[i].text), NULL);
      g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
      g_autoptr(GArray) matches = NULL;
      g_autoptr(GHashTable) details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(GPtrArray) found = NULL;
      g_auto(GStrv) expected = g_strsplit (news[i].expected, ";", -1);
      gboolean wrong = FALSE;
      guint n_expected = 0;

      matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                                mentions->len, NULL);
      found = describe_matches (relations, matches, mentions, details);

      for (guint j = 0; expected[j] != NULL; j++)
        {
          g_auto(GStrv) words = g_strsplit (g_strstrip (expected[j]), " ", -1);
          g_auto(GStrv) ends = NULL;
          g_autofree char *key = NULL;
          const char *detail;

          if (words[0] == NULL || words[0][0] == '\0')
            continue;
          n_expected++;
          ends = g_strsplit (words[1], ">", 2);
          key = triple_key (relations, 0, words[0], ends[0], ends[1]);
          detail = g_hash_table_lookup (details, key + strlen ("0|"));
          if (detail == NULL)
            {
              g_test_message ("%s\n  missed: %s", news[i].text, expected[j]);
              wrong = TRUE;
              continue;
            }
          for (guint k = 2; words[k] != NULL; k++)
            if (strstr (detail, words[k]) == NULL)
              {
                g_test_message ("%s\n  %s: says%s, not %s", news[i].text, key + strlen ("0|"), detail, words[k]);
                wrong = TRUE;
              }
          if (strstr (detail, "negated") != NULL && !g_strv_contains ((const char * const *) words, "negated"))
            {
              g_test_message ("%s\n  %s: negated", news[i].text, key + strlen ("0|"));
              wrong = TRUE;
            }
        }
      if (wrong || found->len != n_expected)
        {
          for (guint j = 0; j < found->len; j++)
            g_test_message ("%s\n  found: %s%s", news[i].text, (char *) g_ptr_array_index (found, j),
                            (char *) g_hash_table_lookup (details, g_ptr_array_index (found, j)));
          failed = TRUE;
        }
    }
  g_assert_false (failed);
}

/* The outer mention of nested ones is linked, the trigger's span leaves
 * its proclitics out, and no relation crosses a line. */
static void
test_structure (void)
{
  const char *utf8 = "اتهم وزير الخارجية الروسي أوكرانيا بقصف المدنيين.\n"
                     "وتتهم روسيا\nأوكرانيا بالتصعيد. وتتهم روسيا أوكرانيا بالتصعيد.";
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  g_autoptr(HashiyaText) text = hashiya_text_new (utf8, strlen (utf8), NULL);
  g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
  g_autoptr(GArray) matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                                              mentions->len, NULL);
  const char *expected[][4] = {
    { "accuse", "lavrov", "ukraine", "اتهم" },
    { "accuse", "russia", "ukraine", "تتهم" },
  };

  /* وزير الخارجية الروسي (Lavrov) holds الروسي (Russia). */
  g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, 0)), ==, "lavrov");
  g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, 1)), ==, "russia");
  g_assert_cmpuint (matches->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      g_autofree char *trigger = hashiya_text_slice (text, match->trigger_start, match->trigger_end);
      guint line = 0, column = 0;

      g_assert_cmpstr (match->type, ==, expected[i][0]);
      g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->source)), ==, expected[i][1]);
      g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->target)), ==, expected[i][2]);
      g_assert_cmpstr (trigger, ==, expected[i][3]);
      g_assert_cmpint (match->modality, ==, HASHIYA_MODALITY_ASSERTED);
      g_assert_false (match->negated);
      g_assert_null (match->mode);
      hashiya_text_offset_to_line (text, match->trigger_start, &line, &column);
      g_assert_cmpuint (line, ==, i == 0 ? 1 : 3);
    }
  g_assert_cmpuint (g_array_index (matches, HashiyaRelationMatch, 0).source, ==, 0);
}

/* The triggers are the catalogue's: a type of one's own is found, with a
 * proclitic the next word must begin with. */
static void
test_own_catalogue (void)
{
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new ("own");
  g_autoptr(HashiyaRelationType) welcome = hashiya_relation_type_new ("welcome", "ترحيب", "welcome",
                                                                      HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE);
  g_autoptr(HashiyaRelationMatcher) matcher = NULL;
  const char *triggers[] = { "ترحب بـ", NULL };
  const struct
  {
    const char *text;
    guint       n_matches;
  } cases[] = {
    { "مصر ترحب بالاقتراح الفرنسي.", 1 },
    { "مصر ترحب الاقتراح الفرنسي.", 0 },
    { "مصر تدين الاقتراح الفرنسي.", 0 },
  };

  hashiya_relation_type_set_triggers (welcome, triggers);
  g_assert_true (hashiya_relation_catalog_add (relations, welcome, NULL));
  matcher = hashiya_relation_matcher_new (relations, catalog);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HashiyaText) text = hashiya_text_new (cases[i].text, strlen (cases[i].text), NULL);
      g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
      g_autoptr(GArray) matches = hashiya_relation_matcher_match (matcher, text,
                                                                  (HashiyaMention * const *) mentions->pdata,
                                                                  mentions->len, NULL);

      g_assert_cmpuint (matches->len, ==, cases[i].n_matches);
      if (matches->len > 0)
        {
          HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, 0);

          g_assert_cmpstr (match->type, ==, "welcome");
          g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->source)), ==, "egypt");
          g_assert_cmpstr (hashiya_mention_get_actor (g_ptr_array_index (mentions, match->target)), ==, "france");
        }
    }
}

/* No mention, no word, a cancelled call. */
static void
test_edges (void)
{
  g_autoptr(HashiyaCatalog) catalog = news_catalog ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, catalog);
  g_autoptr(HashiyaRelationMatcher) again = hashiya_relation_matcher_ref (matcher);
  const char *utf8 = "وتتهم إسرائيل حركة حماس بخرق الهدنة.";
  g_autoptr(HashiyaText) text = hashiya_text_new (utf8, strlen (utf8), NULL);
  g_autoptr(HashiyaText) empty = hashiya_text_new ("\n.\n", 3, NULL);
  g_autoptr(GPtrArray) mentions = suggest_mentions (catalog, text);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) none = hashiya_relation_matcher_match (matcher, text, NULL, 0, NULL);
  g_autoptr(GArray) nothing = hashiya_relation_matcher_match (again, empty, NULL, 0, NULL);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_cancellable_cancel (cancellable);
  g_assert_null (hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                                 mentions->len, cancellable));
}

/* The relations suggested between @mentions of the bundled article,
 * scored against the gold: per paragraph, on distinct (source actor,
 * type, target actor) triples, mutual types unordered. What was wrong
 * and what was missed are test messages. A triple of the gold has the
 * modes and modalities of its relations in @notes. Returns F1. */
static double
score (const char             *what,
       HashiyaRelationCatalog *relations,
       HashiyaCatalog         *actors,
       HashiyaText            *text,
       GPtrArray              *mentions,
       GHashTable             *expected,
       GHashTable             *notes)
{
  g_autoptr(HashiyaRelationMatcher) matcher = hashiya_relation_matcher_new (relations, actors);
  g_autoptr(GHashTable) suggested = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GArray) matches = NULL;
  GHashTableIter iter;
  const char *key, *detail;
  guint right = 0, same_mode = 0, same_modality = 0;
  double precision, recall, f1;

  matches = hashiya_relation_matcher_match (matcher, text, (HashiyaMention * const *) mentions->pdata,
                                            mentions->len, NULL);
  g_assert_nonnull (matches);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaRelationMatch *match = &g_array_index (matches, HashiyaRelationMatch, i);
      HashiyaMention *source = g_ptr_array_index (mentions, match->source);
      HashiyaMention *target = g_ptr_array_index (mentions, match->target);
      g_autofree char *trigger = hashiya_text_slice (text, match->trigger_start, match->trigger_end);
      guint paragraph = paragraph_of (text, hashiya_mention_get_start (source));
      const char *modality = hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, match->modality);

      g_assert_cmpuint (paragraph, ==, paragraph_of (text, hashiya_mention_get_start (target)));
      g_test_message ("%s: line %u: %s %s → %s («%s», %s, %s%s)", what, paragraph, match->type,
                      hashiya_mention_get_actor (source), hashiya_mention_get_actor (target), trigger,
                      match->mode ? match->mode : "no mode", modality, match->negated ? ", negated" : "");
      g_hash_table_insert (suggested, triple_key (relations, paragraph, match->type, hashiya_mention_get_actor (source),
                                                  hashiya_mention_get_actor (target)),
                           g_strdup_printf (" mode=%s modality=%s ", match->mode ? match->mode : "", modality));
    }

  g_hash_table_iter_init (&iter, suggested);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &detail))
    {
      const char *gold = g_hash_table_lookup (notes, key);

      if (!g_hash_table_contains (expected, key))
        {
          g_test_message ("%s: wrong: %s", what, key);
          continue;
        }
      right++;
      /* The suggestion's mode and modality, each among those of the gold. */
      if (strstr (gold, detail) != NULL)
        same_mode++, same_modality++;
      else
        {
          same_modality += strstr (gold, strstr (detail, "modality=")) != NULL;
          g_test_message ("%s: %s: suggested%s, the gold says%s", what, key, detail, gold);
        }
    }
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (!g_hash_table_contains (suggested, key))
      g_test_message ("%s: missed: %s", what, key);

  precision = g_hash_table_size (suggested) > 0 ? (double) right / g_hash_table_size (suggested) : 0;
  recall = (double) right / g_hash_table_size (expected);
  f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  g_printerr ("# relations%s: P=%.3f R=%.3f F1=%.3f (%u right of %u suggested, %u in the gold; mode as the gold's "
              "in %u, modality in %u)\n", what[0] == 'g' ? "" : " between suggested mentions",
              precision, recall, f1, right, g_hash_table_size (suggested), g_hash_table_size (expected),
              same_mode, same_modality);
  return f1;
}

/* Scores the suggestions on the bundled article, between its gold
 * mentions (F1 ≥ 0.80 wanted), and between the actor matcher's
 * suggestions (printed only: that is the actor matcher's score too). */
static void
test_gold_score (void)
{
  g_autoptr(GPtrArray) gold_mentions = NULL;
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold_relations (&gold_mentions);
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_new_default ();
  HashiyaCatalog *actors = hashiya_document_get_catalog (document);
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) suggested = suggest_mentions (actors, text);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    g_ptr_array_add (mentions, g_object_ref (hashiya_document_get_mention (document, i)));

  for (guint i = 0; i < gold->len; i++)
    {
      HashiyaGoldRelation *relation = g_ptr_array_index (gold, i);
      HashiyaGoldMention *source = g_ptr_array_index (gold_mentions, relation->source);
      HashiyaGoldMention *target = g_ptr_array_index (gold_mentions, relation->target);
      char *key = triple_key (relations, paragraph_of (text, source->start), relation->type,
                              source->actor, target->actor);
      const char *before = g_hash_table_lookup (notes, key);

      g_assert_cmpuint (paragraph_of (text, source->start), ==, paragraph_of (text, target->start));
      g_hash_table_add (expected, g_strdup (key));
      g_hash_table_insert (notes, key, g_strdup_printf ("%s mode=%s modality=%s ", before ? before : "",
                                                        relation->mode ? relation->mode : "", relation->modality));
    }

  g_assert_cmpfloat (score ("gold mentions", relations, actors, text, mentions, expected, notes), >=, 0.80);
  score ("suggested mentions", relations, actors, text, suggested, expected, notes);
}

int
main (int    argc,
      char **argv)
{
  /* The messages name triggers in Arabic. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/relation-matcher/gold-score", test_gold_score);
  g_test_add_func ("/relation-matcher/news", test_news);
  g_test_add_func ("/relation-matcher/structure", test_structure);
  g_test_add_func ("/relation-matcher/own-catalogue", test_own_catalogue);
  g_test_add_func ("/relation-matcher/edges", test_edges);

  return g_test_run ();
}
