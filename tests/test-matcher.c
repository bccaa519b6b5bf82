/* test-matcher.c — folding, tokens, proclitics, the matcher, and its score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

static char *
folded_utf8 (const HashiyaFolded *folded)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < folded->length; i++)
    g_string_append_unichar (out, folded->chars[i]);
  return g_string_free (out, FALSE);
}

static void
test_fold (void)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold ("لأذربيجانُ ٢٠٢٣ مدينةٌ کرمانشاه إيران آمن ى", -1);
  g_autofree char *text = folded_utf8 (folded);
  g_autofree char *query = hashiya_fold_string ("الأذربيجانيَّة");
  guint start, end;

  g_assert_cmpstr (text, ==, "لاذربيجان 2023 مدينه كرمانشاه ايران امن ي");
  g_assert_cmpstr (query, ==, "الاذربيجانيه");

  /* The damma after ن is dropped; the span of the folded name keeps it. */
  g_assert_cmpuint (folded->origin[10], ==, 11);
  hashiya_folded_to_source (folded, 1, 9, &start, &end);
  g_assert_cmpuint (start, ==, 1);
  g_assert_cmpuint (end, ==, 10);
  g_assert_cmpuint (folded->source_length, ==, (guint) g_utf8_strlen ("لأذربيجانُ ٢٠٢٣ مدينةٌ کرمانشاه إيران آمن ى", -1));
}

static void
test_tokenize (void)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold ("بصيغة 3 + 3، و20 «نعم»", -1);
  g_autoptr(GArray) tokens = hashiya_tokenize (folded);
  const char *expected[] = { "بصيغه", "3", "+", "3", "،", "و", "20", "«", "نعم", "»" };

  g_assert_cmpuint (tokens->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < tokens->len; i++)
    {
      HashiyaToken *token = &g_array_index (tokens, HashiyaToken, i);
      GString *word = g_string_new (NULL);

      for (guint j = token->start; j < token->end; j++)
        g_string_append_unichar (word, folded->chars[j]);
      g_assert_cmpstr (word->str, ==, expected[i]);
      g_string_free (word, TRUE);
    }
}

static void
test_proclitics (void)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold ("وللاذربيجانيه", -1);
  HashiyaClitic readings[HASHIYA_MAX_CLITIC_READINGS];
  guint n = hashiya_proclitic_readings (folded->chars, folded->length, readings);
  gboolean li_al = FALSE, wa_li = FALSE, wa = FALSE;

  for (guint i = 0; i < n; i++)
    {
      wa |= readings[i].skip == 1 && !readings[i].add_alef;
      wa_li |= readings[i].skip == 2 && !readings[i].add_alef;
      li_al |= readings[i].skip == 2 && readings[i].add_alef;
    }
  g_assert_true (wa && wa_li && li_al);
  g_assert_cmpuint (readings[0].skip, ==, 0);

  /* Never fewer than two letters of stem. */
  g_clear_pointer (&folded, hashiya_folded_free);
  folded = hashiya_fold ("وبه", -1);
  n = hashiya_proclitic_readings (folded->chars, folded->length, readings);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (folded->length - readings[i].skip, >=, 2);
}

static char *
describe_matches (const char *text,
                  GArray     *matches)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *m = &g_array_index (matches, HashiyaMatch, i);
      g_autofree char *start = g_utf8_substring (text, m->start, m->end);

      g_string_append_printf (out, "%s=%s/%s;", start, m->actor,
                              hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE, m->type));
    }
  return g_string_free (out, FALSE);
}

static void
assert_matches (HashiyaMatcher *matcher,
                const char     *text,
                const char     *expected)
{
  g_autoptr(HashiyaText) source = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(GArray) matches = hashiya_matcher_match (matcher, source, NULL);
  g_autofree char *found = describe_matches (text, matches);

  g_assert_cmpstr (found, ==, expected);
}

static void
test_matcher_clitics_and_words (void)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);

  /* Proclitic chains are left out of the span. */
  assert_matches (matcher, "وتركيا بطهران فلروسيا وبأنقرة", "تركيا=turkey/name;طهران=iran/capital;"
                                                          "روسيا=russia/name;أنقرة=turkey/capital;");
  /* The article stays inside; for لل only the first lam is left out. */
  assert_matches (matcher, "والأذربيجانية للأذربيجانية بالإيراني",
                  "الأذربيجانية=azerbaijan/adjective;لأذربيجانية=azerbaijan/adjective;الإيراني=iran/adjective;");
  /* Never inside a word, never with an enclitic. */
  assert_matches (matcher, "الأذربيجانيين تركياها مروسيا أرمينيات", "");
  /* Hamza, tashkeel, tatweel and ى/ة variants. */
  assert_matches (matcher, "اذربيجان أَذْرَبِيجَان إيـــران الايرانيه", "اذربيجان=azerbaijan/name;"
                  "أَذْرَبِيجَان=azerbaijan/name;إيـــران=iran/name;الايرانيه=iran/adjective;");
  /* Digits in any script; spacing of "3+3" does not matter. */
  assert_matches (matcher, "صيغة ٣ + ٣ ومنصة 3+3", "صيغة ٣ + ٣=format-3plus3/name;منصة 3+3=format-3plus3/name;");
  /* Never across a line break (found by fuzzing): a paragraph ending in
   * "صيغة 3" and the next starting "+ 3" name no format. */
  assert_matches (matcher, "صيغة 3\n\n+ 3 ومنصة\r\n3+3", "");
  /* Quotation marks inside a name are taken in whole, never half. */
  assert_matches (matcher, "تدعم صيغة \"3+3\". وصيغة «3 + 3»", "صيغة \"3+3\"=format-3plus3/name;"
                  "صيغة «3 + 3»=format-3plus3/name;");
}

static void
test_matcher_multiword_and_nesting (void)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);

  /* Rule 3: the title and the state inside it, and the name after. */
  assert_matches (matcher, "وقال رئيس وزراء أرمينيا نيكول باشينيان",
                  "رئيس وزراء أرمينيا=nikol-pashinyan/title;أرمينيا=armenia/name;"
                  "نيكول باشينيان=nikol-pashinyan/name;");
  /* The ministry and the adjective inside it. */
  assert_matches (matcher, "ونشرت وزارة الدفاع التركية",
                  "وزارة الدفاع التركية=turkey-mod/name;التركية=turkey/adjective;");
  /* One actor's shorter alias inside its longer one is not a second mention. */
  assert_matches (matcher, "سيرغي لافروف ثم لافروف", "سيرغي لافروف=sergey-lavrov/name;لافروف=sergey-lavrov/name;");
  /* An edge never falls inside a grapheme cluster (found by fuzzing): an
   * Arabic number sign glued to a name joins it (UAX #29 GB9b), so it is
   * inside the span; a joiner ends the cluster before it (GB9), so the
   * span starts after it. */
  assert_matches (matcher, "\u200Dإيران ؀إيران", "إيران=iran/name;؀إيران=iran/name;");
  /* "رئيسي" alone also means "main": never a mention of Raisi. */
  assert_matches (matcher, "الهدف الرئيسي", "");
}

static void
test_matcher_follows_catalog (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaActor *georgia = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "georgia");
  g_autoptr(HashiyaActor) edit = hashiya_actor_copy (georgia);
  g_autoptr(HashiyaMatcher) before = hashiya_document_get_matcher (document);
  g_autoptr(HashiyaMatcher) after = NULL;
  const char *aliases[] = { "الجورجية", "الجورجي", "تبليسي", "الشقيقة", NULL };
  guint n_before = hashiya_matcher_get_n_aliases (before);

  /* An alias added to an actor is matched from then on. */
  hashiya_actor_set_aliases (edit, aliases);
  g_assert_true (hashiya_document_update_actor (document, georgia, edit, NULL));
  after = hashiya_document_get_matcher (document);
  g_assert_true (after != before);
  g_assert_cmpuint (hashiya_matcher_get_n_aliases (after), ==, n_before + 1);
  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED), >, 60);
  g_assert_cmpuint (hashiya_document_count_mentions (document, "georgia"), ==, 1);
}

static void
test_suggest_undo_review (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  guint n = hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED);
  g_autoptr(HashiyaMention) first = NULL;

  g_assert_cmpuint (n, ==, hashiya_document_get_n_mentions (document));
  first = g_list_model_get_item (hashiya_document_get_mentions (document), 0);
  g_assert_cmpint (hashiya_mention_get_status (first), ==, HASHIYA_MENTION_STATUS_SUGGESTED);

  /* Suggesting again adds nothing: every match is a mention already. */
  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED), ==, 0);

  /* One undo step takes all suggestions back. */
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  g_assert_true (hashiya_undo_stack_redo (undo));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, n);

  g_assert_cmpuint (hashiya_document_review_suggestions (document, TRUE), ==, n);
  g_assert_cmpint (hashiya_mention_get_status (first), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_cmpint (hashiya_mention_get_status (first), ==, HASHIYA_MENTION_STATUS_SUGGESTED);
  g_assert_cmpuint (hashiya_document_review_suggestions (document, FALSE), ==, n);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
}

static char *
find_text (const char *text,
           const char *query)
{
  g_autoptr(HashiyaText) source = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(GArray) found = hashiya_find (source, query);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i += 2)
    {
      g_autofree char *match = g_utf8_substring (text, g_array_index (found, guint, i),
                                                 g_array_index (found, guint, i + 1));

      g_string_append_printf (out, "%s[%s]", i > 0 ? " " : "", match);
    }
  return g_string_free (out, FALSE);
}

/* Find means whole words, folded, after their proclitics, as suggestions
 * match: never a word inside a longer one. */
static void
test_find (void)
{
  const char *text = "المسلحة لأذربيجان و«الأذربيجانيَّة» أذربيجانُ وأذربيجانية فأذربيجان وربيجان";
  const char *pair = "وترفع تركيا وأذربيجان شعار شعب واحد";
  const struct {
    const char *text;
    const char *query;
    const char *found;
  } cases[] = {
    /* The name, the ل of «لأذربيجان» left out; nothing inside «الأذربيجانيَّة». */
    { text, "اذربيجان", "[أذربيجان] [أذربيجانُ] [أذربيجان]" },
    { text, "  اذربيجان ", "[أذربيجان] [أذربيجانُ] [أذربيجان]" },
    { text, "الاذربيجانية", "[الأذربيجانيَّة]" },
    /* Without the article: the article stays in the hit. */
    { text, "اذربيجانية", "[الأذربيجانيَّة] [أذربيجانية]" },
    { text, "اذربيج*", "[أذربيجان] [الأذربيجانيَّة] [أذربيجانُ] [أذربيجانية] [أذربيجان]" },
    /* و is a proclitic: "وربيجان" is ربيجان after it. */
    { text, "ربيجان", "[ربيجان]" },
    { text, "روسيا", "" },
    { text, "   ", "" },
    { pair, "تركيا واذربيجان", "[تركيا وأذربيجان]" },
    { pair, "تركيا اذربيجان", "[تركيا وأذربيجان]" },
    { pair, "تركيا واذربي", "" },
    { pair, "تركيا واذربي*", "[تركيا وأذربيجان]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = find_text (cases[i].text, cases[i].query);

      g_assert_cmpstr (found, ==, cases[i].found);
    }
}

/* A span chosen by hand loses its proclitics when the rest is the actor's
 * name or alias, as a suggestion would. */
static void
test_trim_proclitics (void)
{
  const char *text = "لأذربيجان باكو لِباكو والأذربيجانية للدول الغربية وزارة الدفاع الأذربيجانية";
  g_autoptr(HashiyaText) source = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaMatcher) matcher = hashiya_matcher_new (catalog);
  const struct {
    const char *span;
    const char *actor;
    const char *kept;
  } cases[] = {
    { "لأذربيجان", "azerbaijan", "أذربيجان" },
    { "لأذربيجان", "turkey", "لأذربيجان" },
    { "باكو", "azerbaijan", "باكو" },
    { "لِباكو", "azerbaijan", "باكو" },
    { "والأذربيجانية", "azerbaijan", "الأذربيجانية" },
    { "للدول الغربية", "western-states", "لدول الغربية" },
    { "وزارة الدفاع الأذربيجانية", "azerbaijan", "وزارة الدفاع الأذربيجانية" },
    { "وزارة الدفاع الأذربيجانية", "azerbaijan-mod", "وزارة الدفاع الأذربيجانية" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *at = strstr (text, cases[i].span);
      guint start = (guint) g_utf8_pointer_to_offset (text, at);
      guint end = start + (guint) g_utf8_strlen (cases[i].span, -1);
      gboolean trimmed = hashiya_matcher_trim_proclitics (matcher, source, cases[i].actor, &start, end);
      g_autofree char *kept = g_utf8_substring (text, start, end);

      g_assert_cmpstr (kept, ==, cases[i].kept);
      g_assert_cmpint (trimmed, ==, strcmp (cases[i].span, cases[i].kept) != 0);
    }
}

typedef struct
{
  double precision, recall, f1;
} Score;

static gboolean
is_place (HashiyaCatalog *catalog,
          const char     *actor)
{
  HashiyaActor *a = hashiya_catalog_lookup (catalog, actor);

  return a != NULL && hashiya_actor_get_kind (a) == HASHIYA_ACTOR_KIND_PLACE;
}

/* Places are not actors (the guide): they count on neither side. */
static Score
score (HashiyaCatalog *catalog,
       GArray         *matches,
       GPtrArray      *gold,
       gboolean        lenient)
{
  guint n_found = 0, n_gold = 0, found_right = 0, gold_found = 0;
  Score s;

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *m = &g_array_index (matches, HashiyaMatch, i);

      if (is_place (catalog, m->actor))
        continue;
      n_found++;
      for (guint j = 0; j < gold->len; j++)
        {
          HashiyaGoldMention *g = g_ptr_array_index (gold, j);
          gboolean same = lenient ? (m->start < g->end && g->start < m->end)
                                  : (m->start == g->start && m->end == g->end);

          if (same && g_str_equal (m->actor, g->actor))
            {
              found_right++;
              break;
            }
        }
    }

  for (guint j = 0; j < gold->len; j++)
    {
      HashiyaGoldMention *g = g_ptr_array_index (gold, j);

      n_gold++;
      for (guint i = 0; i < matches->len; i++)
        {
          HashiyaMatch *m = &g_array_index (matches, HashiyaMatch, i);
          gboolean same = lenient ? (m->start < g->end && g->start < m->end)
                                  : (m->start == g->start && m->end == g->end);

          if (same && g_str_equal (m->actor, g->actor))
            {
              gold_found++;
              break;
            }
        }
    }

  s.precision = n_found > 0 ? (double) found_right / n_found : 0;
  s.recall = n_gold > 0 ? (double) gold_found / n_gold : 0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

static void
test_gold_score (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold ();
  g_autoptr(HashiyaMatcher) matcher = hashiya_document_get_matcher (document);
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GArray) matches = hashiya_matcher_match (matcher, text, NULL);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  Score strict = score (catalog, matches, gold, FALSE);
  Score lenient = score (catalog, matches, gold, TRUE);

  g_printerr ("# gold: strict P=%.3f R=%.3f F1=%.3f; lenient P=%.3f R=%.3f F1=%.3f\n",
              strict.precision, strict.recall, strict.f1, lenient.precision, lenient.recall, lenient.f1);
  g_test_message ("strict P=%.3f R=%.3f F1=%.3f; lenient P=%.3f R=%.3f F1=%.3f",
                  strict.precision, strict.recall, strict.f1, lenient.precision, lenient.recall, lenient.f1);

  /* Misses and extras, to read when the score drops. */
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *m = &g_array_index (matches, HashiyaMatch, i);
      gboolean in_gold = FALSE;

      for (guint j = 0; j < gold->len && !in_gold; j++)
        {
          HashiyaGoldMention *g = g_ptr_array_index (gold, j);
          in_gold = g->start == m->start && g->end == m->end && g_str_equal (g->actor, m->actor);
        }
      if (!in_gold && !is_place (catalog, m->actor))
        g_test_message ("extra: %u:%u %s", m->start, m->end, m->actor);
    }

  g_assert_cmpfloat (strict.f1, >=, 0.95);
  g_assert_cmpfloat (lenient.f1, >=, strict.f1);
}

/* Matches keep their actors' ids after the matcher is gone, and the ids
 * of a catalogue read once are not kept for the life of the process
 * (GLib's quark table never gives memory back). */
static void
test_matcher_ids_not_kept (void)
{
  const char *id = "matcher-test-actor-seen-once";
  const char *aliases[] = { "نارنيا", NULL };
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new ("test");
  g_autoptr(HashiyaActor) actor = hashiya_actor_new (id, HASHIYA_ACTOR_KIND_STATE, "نارنيا", "Narnia");
  const char *source = "زار وفد من نارنيا ولنارنيا علم.";
  g_autoptr(HashiyaText) text = hashiya_text_new (source, strlen (source), NULL);
  g_autoptr(GArray) matches = NULL;
  HashiyaMatcher *matcher;

  hashiya_actor_set_aliases (actor, aliases);
  g_assert_true (hashiya_catalog_insert (catalog, 0, actor, NULL));
  matcher = hashiya_matcher_new (catalog);
  matches = hashiya_matcher_match (matcher, text, NULL);
  hashiya_matcher_unref (matcher);
  g_clear_object (&catalog);

  g_assert_cmpuint (matches->len, ==, 2);
  for (guint i = 0; i < matches->len; i++)
    g_assert_cmpstr (g_array_index (matches, HashiyaMatch, i).actor, ==, id);
  /* The same id is the same string, as the nesting rules need. */
  g_assert_true (g_array_index (matches, HashiyaMatch, 0).actor == g_array_index (matches, HashiyaMatch, 1).actor);
  g_assert_cmpuint (g_array_index (matches, HashiyaMatch, 1).start, ==, 20);   /* after the ل */
  g_assert_cmpuint (g_quark_try_string (id), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matcher/fold", test_fold);
  g_test_add_func ("/matcher/tokenize", test_tokenize);
  g_test_add_func ("/matcher/proclitics", test_proclitics);
  g_test_add_func ("/matcher/clitics-and-words", test_matcher_clitics_and_words);
  g_test_add_func ("/matcher/multiword-and-nesting", test_matcher_multiword_and_nesting);
  g_test_add_func ("/matcher/follows-catalog", test_matcher_follows_catalog);
  g_test_add_func ("/matcher/suggest-undo-review", test_suggest_undo_review);
  g_test_add_func ("/matcher/find", test_find);
  g_test_add_func ("/matcher/trim-proclitics", test_trim_proclitics);
  g_test_add_func ("/matcher/ids-not-kept", test_matcher_ids_not_kept);
  g_test_add_func ("/matcher/gold-score", test_gold_score);

  return g_test_run ();
}
