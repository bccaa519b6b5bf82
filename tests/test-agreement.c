/* test-agreement.c — annotators' agreement: the measures, the alignment of
 * units, the scores of versions, and hashiya-cli agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "hashiya-test-cli.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

#define TEXT "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll"

/* Measures */

static void
test_kappa (void)
{
  const guint a[] = { 0, 0, 1, 1 }, b[] = { 0, 1, 1, 1 };
  const guint same[] = { 2, 2, 2 };

  /* Ao = 3/4; Ae = 1/2 · 1/4 + 1/2 · 3/4 = 1/2: κ = 1/2. */
  g_assert_cmpfloat_with_epsilon (hashiya_cohen_kappa (a, b, 4, 2), 0.5, 1e-12);
  /* One label for both everywhere: perfect. */
  g_assert_cmpfloat (hashiya_cohen_kappa (same, same, 3, 3), ==, 1.0);
  g_assert_true (isnan (hashiya_cohen_kappa (a, b, 0, 2)));
}

static void
test_alpha (void)
{
#define M HASHIYA_AGREEMENT_MISSING
  /* Krippendorff's own example ("Computing Krippendorff's
   * Alpha-Reliability", 2011): 4 observers, 12 units, missing values;
   * nominal α = 0.743. Here unit after unit, the values 1–5 as 0–4. */
  const guint values[] = {
    0, 0, M, 0,   1, 1, 2, 1,   2, 2, 2, 2,   2, 2, 2, 2,
    1, 1, 1, 1,   0, 1, 2, 3,   3, 3, 3, 3,   0, 0, 1, 0,
    1, 1, 1, 1,   M, 4, 4, 4,   M, M, 0, 0,   M, M, 2, M,
  };
  const guint one[] = { 3, 3, M, 3 };
  const guint alone[] = { 1, M, 2, M };

  g_assert_cmpfloat_with_epsilon (hashiya_krippendorff_alpha (values, 12, 4, 5), 0.743, 5e-4);
  g_assert_cmpfloat (hashiya_krippendorff_alpha (one, 2, 2, 4), ==, 1.0);
  /* No unit with two values. */
  g_assert_true (isnan (hashiya_krippendorff_alpha (alone, 2, 2, 3)));
#undef M
}

static GArray *
spans (const guint *pairs,
       guint        n)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (HashiyaSpan));

  for (guint i = 0; i < n; i++)
    {
      HashiyaSpan span = { pairs[2 * i], pairs[2 * i + 1] };

      g_array_append_val (out, span);
    }
  return out;
}

static void
test_span_f1 (void)
{
  const guint a_spans[] = { 0, 5, 10, 15, 20, 25, 0, 5 };
  const guint b_spans[] = { 0, 5, 11, 15, 30, 35 };
  g_autoptr(GArray) a = spans (a_spans, 4);
  g_autoptr(GArray) b = spans (b_spans, 3);
  g_autoptr(GArray) none = spans (NULL, 0);
  HashiyaSpanCounts counts = { 0 }, empty = { 0 };

  /* A span given twice counts once: 3 and 3 spans, 1 the same; 2 of
   * each side overlap one of the other's. */
  hashiya_span_counts_add (&counts, a, b);
  g_assert_cmpuint (counts.n_a, ==, 3);
  g_assert_cmpuint (counts.same, ==, 1);
  g_assert_cmpfloat_with_epsilon (hashiya_span_counts_strict_f1 (&counts), 2.0 / 6.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (hashiya_span_counts_lenient_f1 (&counts), 2.0 / 3.0, 1e-12);

  hashiya_span_counts_add (&empty, none, none);
  g_assert_true (isnan (hashiya_span_counts_strict_f1 (&empty)));
  hashiya_span_counts_add (&empty, a, none);
  g_assert_cmpfloat (hashiya_span_counts_lenient_f1 (&empty), ==, 0.0);
}

/* Alignment */

static HashiyaDocument *
small_document (const char *author)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (TEXT, strlen (TEXT));
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (bytes, NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  HashiyaDocument *document = hashiya_document_new (text, catalog);

  hashiya_document_set_author (document, author);
  return document;
}

static void
annotate (HashiyaDocument *document,
          guint            start,
          guint            end,
          const char      *actor)
{
  g_autoptr(GError) error = NULL;

  hashiya_document_annotate (document, start, end, actor, HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
}

static HashiyaAgreement *
agree (HashiyaDocument *a,
       HashiyaDocument *b)
{
  HashiyaAgreement *agreement = hashiya_agreement_new ();
  g_autoptr(GError) error = NULL;

  hashiya_agreement_add_version (agreement, a, "a.hashiya", NULL, NULL, &error);
  g_assert_no_error (error);
  hashiya_agreement_add_version (agreement, b, "b.hashiya", NULL, NULL, &error);
  g_assert_no_error (error);
  hashiya_agreement_compute (agreement, &error);
  g_assert_no_error (error);
  return agreement;
}

static HashiyaAgreementUnit *
unit_at (HashiyaAgreement *agreement,
         guint             position)
{
  HashiyaAgreementUnit *unit = g_list_model_get_item (hashiya_agreement_get_units (agreement), position);

  g_object_unref (unit);
  return unit;
}

static void
assert_unit (HashiyaAgreement       *agreement,
             guint                   position,
             const char             *item,
             const char             *label_a,
             const char             *label_b,
             HashiyaUnitDifferences  differences)
{
  HashiyaAgreementUnit *unit = unit_at (agreement, position);

  g_assert_cmpstr (hashiya_agreement_unit_get_item (unit), ==, item);
  g_assert_cmpstr (hashiya_agreement_unit_get_label (unit, 0), ==, label_a);
  g_assert_cmpstr (hashiya_agreement_unit_get_label (unit, 1), ==, label_b);
  g_assert_cmpint (hashiya_agreement_unit_get_differences (unit), ==, differences);
}

static void
test_align (void)
{
  g_autoptr(HashiyaDocument) a = small_document ("Layla");
  g_autoptr(HashiyaDocument) b = small_document ("Omar");
  g_autoptr(HashiyaAgreement) agreement = NULL;
  g_autoptr(GBytes) csv = NULL;

  /* Nested: A's outer and inner mentions, B's outer one only. */
  annotate (a, 0, 9, "turkey-mod");
  annotate (a, 5, 9, "turkey");
  annotate (b, 0, 9, "turkey-mod");
  /* One span, two actors for A, one of them for B. */
  annotate (a, 10, 14, "russia");
  annotate (a, 10, 14, "armenia");
  annotate (b, 10, 14, "armenia");
  /* Overlapping, not the same. */
  annotate (a, 15, 19, "iran");
  annotate (b, 16, 19, "iran");
  /* A chain: B's mention overlaps two of A's; it goes with the one that
   * shares more of their extent (2 of 11 against 1 of 9). */
  annotate (a, 20, 24, "georgia");
  annotate (b, 23, 29, "georgia");
  annotate (a, 27, 34, "georgia");
  /* The same span, another actor. */
  annotate (a, 35, 39, "russia");
  annotate (b, 35, 39, "turkey");
  /* Only B. */
  annotate (b, 50, 54, "karabakh");

  agreement = agree (a, b);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_agreement_get_units (agreement)), ==, 9);
  assert_unit (agreement, 0, "0:9", "turkey-mod", "turkey-mod", 0);
  assert_unit (agreement, 1, "5:9", "turkey", "none", HASHIYA_UNIT_NOT_ALL_MARKED);
  assert_unit (agreement, 2, "10:14", "armenia", "armenia", 0);
  assert_unit (agreement, 3, "10:14/2", "russia", "none", HASHIYA_UNIT_NOT_ALL_MARKED);
  assert_unit (agreement, 4, "15:19", "iran", "iran", HASHIYA_UNIT_DIFFERENT_SPANS);
  assert_unit (agreement, 5, "20:24", "georgia", "none", HASHIYA_UNIT_NOT_ALL_MARKED);
  assert_unit (agreement, 6, "23:34", "georgia", "georgia", HASHIYA_UNIT_DIFFERENT_SPANS);
  assert_unit (agreement, 7, "35:39", "russia", "turkey", HASHIYA_UNIT_DIFFERENT_ACTORS);
  assert_unit (agreement, 8, "50:54", "none", "karabakh", HASHIYA_UNIT_NOT_ALL_MARKED);
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_agreement_unit_get_mention (unit_at (agreement, 6), 0)), ==, 27);
  g_assert_null (hashiya_agreement_unit_get_mention (unit_at (agreement, 8), 0));

  csv = hashiya_agreement_write_units (agreement);
  g_assert_cmpmem (g_bytes_get_data (csv, NULL), 74,
                   "coder,item,label\r\nLayla,0:9,turkey-mod\r\nOmar,0:9,turkey-mod\r\nLayla,5:9,turkey\r\n", 74);

  /* Strict: A has 7 distinct spans (10:14 counts once), B 6; 3 are the
   * same (0:9, 10:14, 35:39): 2 · 3 / 13. */
  g_assert_cmpfloat_with_epsilon (hashiya_agreement_get_pair (agreement, 0, 1)->strict_f1, 6.0 / 13.0, 1e-12);
  g_assert_cmpuint (hashiya_agreement_get_pair (agreement, 1, 0)->n_units, ==, 9);
}

/* κ and α again, from the units' labels, the plain way. */
static void
assert_scores_from_units (HashiyaAgreement *agreement)
{
  GListModel *units = hashiya_agreement_get_units (agreement);
  guint n = g_list_model_get_n_items (units);
  g_autoptr(GHashTable) a_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) b_counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  double same = 0, expected = 0, disagreeing = 0, squares = 0;

  for (guint u = 0; u < n; u++)
    {
      HashiyaAgreementUnit *unit = unit_at (agreement, u);
      const char *x = hashiya_agreement_unit_get_label (unit, 0), *y = hashiya_agreement_unit_get_label (unit, 1);

      same += strcmp (x, y) == 0;
      disagreeing += strcmp (x, y) != 0;
      g_hash_table_insert (a_counts, (gpointer) x, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (a_counts, x)) + 1));
      g_hash_table_insert (b_counts, (gpointer) y, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (b_counts, y)) + 1));
      g_hash_table_insert (all, (gpointer) x, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (all, x)) + 1));
      g_hash_table_insert (all, (gpointer) y, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (all, y)) + 1));
    }
  g_hash_table_iter_init (&iter, a_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    expected += (GPOINTER_TO_UINT (value) / (double) n) * (GPOINTER_TO_UINT (g_hash_table_lookup (b_counts, key)) / (double) n);
  g_assert_cmpfloat_with_epsilon (hashiya_agreement_get_pair (agreement, 0, 1)->kappa,
                                  (same / n - expected) / (1 - expected), 1e-12);

  /* Two coders, no missing value: Do = 2 · disagreeing / 2n, De = (4n² − Σ n_k²) / (2n (2n − 1)). */
  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, &value))
    squares += (double) GPOINTER_TO_UINT (value) * GPOINTER_TO_UINT (value);
  g_assert_cmpfloat_with_epsilon (hashiya_agreement_get_overall (agreement)->alpha,
                                  1 - (2 * disagreeing / (2 * n)) / ((4.0 * n * n - squares) / (2.0 * n * (2 * n - 1))),
                                  1e-12);
}

/* The bundled article: the gold, and a version with 10 mentions given
 * another actor, 5 removed and 5 added. */
static void
test_gold (void)
{
  g_autoptr(HashiyaDocument) gold = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) other = hashiya_test_gold_version (1, "Omar");
  g_autoptr(HashiyaAgreement) agreement = agree (gold, other);
  const HashiyaAgreementScores *pair = hashiya_agreement_get_pair (agreement, 0, 1);
  guint differences[8] = { 0 };

  g_assert_cmpstr (hashiya_agreement_get_annotator (agreement, 0), ==, "Layla");
  g_assert_cmpstr (hashiya_agreement_get_annotator_origin (agreement, 1), ==, "author");
  /* 71 spans each, 66 of them the same: the 5 removed and the 5 added
   * are units of one annotator each. */
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_agreement_get_units (agreement)), ==, 76);
  g_assert_cmpfloat_with_epsilon (pair->strict_f1, 132.0 / 142.0, 1e-12);
  g_assert_cmpfloat (pair->lenient_f1, >=, pair->strict_f1);
  for (guint u = 0; u < 76; u++)
    {
      HashiyaUnitDifferences d = hashiya_agreement_unit_get_differences (unit_at (agreement, u));

      differences[d]++;
    }
  g_assert_cmpuint (differences[HASHIYA_UNIT_DIFFERENT_ACTORS], ==, 10);
  g_assert_cmpuint (differences[HASHIYA_UNIT_NOT_ALL_MARKED], ==, 10);
  g_assert_cmpuint (differences[0], ==, 56);
  assert_scores_from_units (agreement);
  /* The same version twice agrees perfectly. */
  {
    g_autoptr(HashiyaDocument) again = hashiya_test_gold_version (0, "Sara");
    g_autoptr(HashiyaAgreement) perfect = agree (gold, again);
    const HashiyaAgreementScores *scores = hashiya_agreement_get_overall (perfect);

    g_assert_cmpfloat (scores->strict_f1, ==, 1.0);
    g_assert_cmpfloat (scores->lenient_f1, ==, 1.0);
    g_assert_cmpfloat (scores->kappa, ==, 1.0);
    g_assert_cmpfloat (scores->alpha, ==, 1.0);
    g_assert_cmpfloat (scores->relations_f1, ==, 1.0);
  }
}

static void
test_break_down (void)
{
  g_autoptr(HashiyaDocument) gold = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) other = hashiya_test_gold_version (2, "Omar");
  g_autoptr(HashiyaAgreement) agreement = agree (gold, other);
  g_autoptr(GPtrArray) actors = hashiya_agreement_break_down (agreement, HASHIYA_AGREEMENT_BY_ACTOR);
  g_autoptr(GPtrArray) kinds = hashiya_agreement_break_down (agreement, HASHIYA_AGREEMENT_BY_KIND);
  g_autoptr(GPtrArray) types = hashiya_agreement_break_down (agreement, HASHIYA_AGREEMENT_BY_TYPE);
  GPtrArray *all[] = { actors, kinds, types };

  for (guint b = 0; b < G_N_ELEMENTS (all); b++)
    {
      guint total[2] = { 0, 0 };

      for (guint i = 0; i < all[b]->len; i++)
        {
          HashiyaAgreementCategory *category = g_ptr_array_index (all[b], i);

          total[0] += category->n_mentions[0];
          total[1] += category->n_mentions[1];
          if (i > 0)
            g_assert_cmpstr (((HashiyaAgreementCategory *) g_ptr_array_index (all[b], i - 1))->value, <, category->value);
          g_assert_true (isnan (category->scores.relations_f1));
        }
      g_assert_cmpuint (total[0], ==, 71);
      g_assert_cmpuint (total[1], ==, 71);
    }
  g_assert_cmpstr (((HashiyaAgreementCategory *) g_ptr_array_index (kinds, 0))->value, ==, "forum");
  /* The added mentions are of type "other": none of the gold's. */
  {
    HashiyaAgreementCategory *other_type = g_ptr_array_index (types, types->len - 2);

    g_assert_cmpstr (other_type->value, ==, "other");
    g_assert_cmpuint (other_type->n_mentions[0], ==, 0);
    g_assert_cmpuint (other_type->n_mentions[1], ==, 5);
    g_assert_cmpfloat (other_type->scores.strict_f1, ==, 0.0);
  }
}

/* Relations: per paragraph, on (source actor, type, target actor);
 * mutual types either way round. */
static void
test_relations (void)
{
  g_autoptr(HashiyaDocument) gold = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) turned = hashiya_test_gold_version (0, "Omar");
  GListModel *relations = hashiya_document_get_relations (turned);
  g_autoptr(GError) error = NULL;
  guint directed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      g_autoptr(HashiyaRelation) state = hashiya_relation_copy (relation);
      const char *type = hashiya_relation_get_relation_type (relation);

      if (strcmp (type, "cooperate") != 0 && strcmp (type, "consult") != 0 && strcmp (type, "agree") != 0)
        {
          directed++;
          continue;
        }
      hashiya_relation_set_ends (state, hashiya_relation_get_target (relation), hashiya_relation_get_source (relation));
      hashiya_document_update_relation (turned, relation, state, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (directed, ==, 3);

  {
    g_autoptr(HashiyaAgreement) agreement = agree (gold, turned);

    g_assert_cmpfloat (hashiya_agreement_get_overall (agreement)->relations_f1, ==, 1.0);
  }

  /* A directed relation turned round is another relation. */
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      g_autoptr(HashiyaRelation) state = hashiya_relation_copy (relation);

      if (strcmp (hashiya_relation_get_relation_type (relation), "accuse") != 0)
        continue;
      hashiya_relation_set_ends (state, hashiya_relation_get_target (relation), hashiya_relation_get_source (relation));
      hashiya_document_update_relation (turned, relation, state, &error);
      g_assert_no_error (error);
    }
  {
    g_autoptr(HashiyaAgreement) agreement = agree (gold, turned);

    /* 20 distinct triples each (22 relations), 19 the same. */
    g_assert_cmpfloat_with_epsilon (hashiya_agreement_get_overall (agreement)->relations_f1, 38.0 / 40.0, 1e-12);
  }
}

/* Three annotators over two texts; the third has no version of the
 * second: missing values there, no row in the units file. */
static void
test_missing (void)
{
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Layla", "Omar", "Sara" };
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *rows = NULL;
  guint n_units, missing = 0;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HashiyaDocument) article = hashiya_test_gold_version (i, names[i]);

      hashiya_agreement_add_version (agreement, article, names[i], "article", NULL, &error);
      g_assert_no_error (error);
      if (i < 2)
        {
          g_autoptr(HashiyaDocument) small = small_document (names[i]);
          g_autofree char *source = g_strconcat (names[i], "-small", NULL);

          annotate (small, 0, 4, "iran");
          annotate (small, 5, 9, i == 0 ? "iran" : "russia");
          hashiya_agreement_add_version (agreement, small, source, "small", NULL, &error);
          g_assert_no_error (error);
        }
    }
  hashiya_agreement_compute (agreement, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_agreement_get_n_annotators (agreement), ==, 3);

  n_units = g_list_model_get_n_items (hashiya_agreement_get_units (agreement));
  for (guint u = 0; u < n_units; u++)
    {
      HashiyaAgreementUnit *unit = unit_at (agreement, u);

      if (g_strcmp0 (hashiya_agreement_unit_get_text_name (unit), "small") != 0)
        continue;
      g_assert_null (hashiya_agreement_unit_get_label (unit, 2));
      g_assert_true (g_str_has_prefix (hashiya_agreement_unit_get_item (unit), "small:"));
      missing++;
    }
  g_assert_cmpuint (missing, ==, 2);

  csv = hashiya_agreement_write_units (agreement);
  rows = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_assert_nonnull (strstr (rows, "Layla,small:0:4,iran\r\nOmar,small:0:4,iran\r\nLayla,small:5:9,iran\r\n"
                                  "Omar,small:5:9,russia\r\n"));
  g_assert_null (strstr (rows, "Sara,small"));
  /* Sara and Omar share only the article; Layla and Omar both texts. */
  g_assert_cmpuint (hashiya_agreement_get_pair (agreement, 1, 2)->n_units, ==, n_units - 2);
  g_assert_cmpuint (hashiya_agreement_get_pair (agreement, 0, 1)->n_units, ==, n_units);
  g_assert_false (isnan (hashiya_agreement_get_overall (agreement)->alpha));
}

static void
test_names (void)
{
  g_autoptr(HashiyaDocument) layla = small_document ("Layla");
  g_autoptr(HashiyaDocument) mixed = small_document ("Omar");
  g_autoptr(HashiyaDocument) layla_again = small_document ("Layla");
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(GError) error = NULL;

  annotate (layla, 0, 4, "iran");
  annotate (layla_again, 0, 4, "iran");
  annotate (mixed, 0, 4, "iran");
  hashiya_document_set_author (mixed, "Sara");
  annotate (mixed, 5, 9, "iran");

  /* Two versions by the same author: each is named by its file, the
   * path as given when their names are alike. A version whose mentions
   * have several authors: by its file too. */
  hashiya_agreement_add_version (agreement, layla, "one/layla.hashiya", NULL, NULL, &error);
  g_assert_no_error (error);
  hashiya_agreement_add_version (agreement, layla_again, "two/layla.hashiya", NULL, NULL, &error);
  g_assert_no_error (error);
  hashiya_agreement_add_version (agreement, mixed, "mixed.hashiya", NULL, NULL, &error);
  g_assert_no_error (error);
  hashiya_agreement_compute (agreement, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_agreement_get_annotator (agreement, 0), ==, "one/layla.hashiya");
  g_assert_cmpstr (hashiya_agreement_get_annotator (agreement, 1), ==, "two/layla.hashiya");
  g_assert_cmpstr (hashiya_agreement_get_annotator (agreement, 2), ==, "mixed.hashiya");
  g_assert_cmpstr (hashiya_agreement_get_annotator_origin (agreement, 2), ==, "file");
}

static void
test_errors (void)
{
  g_autoptr(HashiyaDocument) a = small_document (NULL);
  g_autoptr(HashiyaDocument) article = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(HashiyaAgreement) alone = hashiya_agreement_new ();
  g_autoptr(HashiyaAgreement) with_none = hashiya_agreement_new ();
  g_autoptr(HashiyaActor) none = hashiya_actor_new ("none", HASHIYA_ACTOR_KIND_OTHER, "لا أحد", "None");
  g_autoptr(GError) error = NULL;

  g_assert_true (hashiya_agreement_add_version (agreement, a, "a.hashiya", NULL, NULL, &error));
  g_assert_false (hashiya_agreement_add_version (agreement, article, "article.hashiya", NULL, NULL, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "a.hashiya and article.hashiya are not versions of the same text: their texts "
                                       "differ (SHA-256 8d244c10d812… and d22bcf865a90…)");
  g_clear_error (&error);
  g_assert_false (hashiya_agreement_add_version (agreement, a, "a.hashiya", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "a.hashiya is given twice");
  g_clear_error (&error);
  g_assert_false (hashiya_agreement_add_version (agreement, a, "b.hashiya", NULL, "../x", &error));
  g_assert_cmpstr (error->message, ==, "“../x” cannot be an annotator's name: it names a folder, so it may not start "
                                       "with a dot or hold “/”, “\\”, “..” or control characters");
  g_clear_error (&error);

  /* One annotator is no agreement. */
  g_assert_true (hashiya_agreement_add_version (alone, a, "a.hashiya", NULL, NULL, &error));
  g_assert_false (hashiya_agreement_compute (alone, &error));
  g_assert_cmpstr (error->message, ==, "agreement needs the versions of at least two annotators");
  g_clear_error (&error);

  /* "none" is the label of no mention. */
  hashiya_document_add_actor (a, none, &error);
  g_assert_no_error (error);
  annotate (a, 0, 4, "none");
  g_assert_true (hashiya_agreement_add_version (with_none, a, "a.hashiya", NULL, NULL, &error));
  g_assert_true (hashiya_agreement_add_version (with_none, a, "b.hashiya", NULL, NULL, &error));
  g_assert_false (hashiya_agreement_compute (with_none, &error));
  g_assert_cmpstr (error->message, ==, "a.hashiya: the actor “none” cannot be compared: “none” is the label of a unit "
                                       "an annotator did not mark");
}


/* The current annotator */

static void
test_author (void)
{
  g_autoptr(HashiyaDocument) document = small_document (NULL);
  g_autoptr(HashiyaDocument) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;
  HashiyaMention *mention;

  /* New mentions and relations record the current annotator, unless
   * the document names its own author. */
  hashiya_author_set_current ("Layla");
  mention = hashiya_document_annotate (document, 0, 4, "iran", HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_mention_get_author (mention), ==, "Layla");
  hashiya_document_set_author (document, "Omar");
  mention = hashiya_document_annotate (document, 5, 9, "iran", HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_cmpstr (hashiya_mention_get_author (mention), ==, "Omar");
  hashiya_document_set_author (document, NULL);
  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED), ==, 0);

  /* An import gives what its file names no author for to the annotator. */
  imported = hashiya_test_import_gold ();
  for (guint i = 0; i < hashiya_document_get_n_mentions (imported); i++)
    g_assert_cmpstr (hashiya_mention_get_author (hashiya_document_get_mention (imported, i)), ==, "Layla");
  hashiya_author_set_current (NULL);
  g_assert_null (hashiya_author_get_current ());

  /* A name becomes a folder's. */
  g_assert_true (hashiya_author_check_name ("ليلى حداد", NULL));
  g_assert_true (hashiya_author_check_name ("J. R. Smith", NULL));
  g_assert_false (hashiya_author_check_name ("a/b", &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hashiya_author_check_name ("  ", &error));
  g_assert_cmpstr (error->message, ==, "an annotator's name cannot be empty");
  g_clear_error (&error);
  for (guint i = 0; i < 5; i++)
    {
      const char *bad[] = { "..", "a..b", ".git", "a\\b", "a\tb" };

      g_assert_false (hashiya_author_check_name (bad[i], NULL));
    }
  made = hashiya_author_make_valid (" ../AC/DC\t..x ");
  g_assert_cmpstr (made, ==, "-AC-DC-.x");
  g_assert_true (hashiya_author_check_name (made, NULL));
  g_free (made);
  made = hashiya_author_make_valid ("...");
  g_assert_cmpstr (made, ==, "annotator");
}

/* hashiya-cli agree */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HashiyaDocument) layla = hashiya_test_gold_version (0, "Layla");
  g_autoptr(HashiyaDocument) omar = hashiya_test_gold_version (1, "Omar");
  g_autoptr(HashiyaDocument) sara = hashiya_test_gold_version (2, "Sara");
  HashiyaDocument *versions[] = { layla, omar, sara };
  const char *names[] = { "layla.hashiya", "omar.hashiya", "sara.hashiya" };

  fixture->dir = hashiya_test_make_tmpdir ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);
      g_autoptr(GError) error = NULL;

      hashiya_document_save_file (versions[i], path, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hashiya_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

#define run_in(fixture, ...) \
  hashiya_test_run_cli_full ((fixture)->dir, NULL, FALSE, (const char * const[]) { __VA_ARGS__, NULL })

static const char gold_output[] =
  "layla.hashiya: annotator Layla (the author of its mentions), 71 mentions, 22 relations\n"
  "omar.hashiya: annotator Omar (the author of its mentions), 71 mentions, 20 relations\n"
  "76 units: the spans at least one annotator marked, aligned across the versions\n"
  "\n"
  "Layla and Omar:\n"
  "  span F1, strict (same start and end):   0.930\n"
  "  span F1, lenient (overlapping spans):   0.937\n"
  "  Cohen's κ on the actors of the units:   0.687\n"
  "  Krippendorff's α, nominal:              0.689\n"
  "  relations F1:                           0.700\n";

/* The bundled article's gold and a version with 10 mentions given
 * another actor, 5 removed and 5 added. */
static void
test_cli_gold (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *units = g_build_filename (fixture->dir, "units.csv", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *pair;

  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "omar.hashiya", "--units", "units.csv");

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, gold_output);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_autofree char *csv = hashiya_test_read_file (units, NULL);
    g_auto(GStrv) rows = g_strsplit (csv, "\r\n", -1);

    /* A header, two rows a unit, and the empty string after the last
     * CRLF. */
    g_assert_cmpuint (g_strv_length (rows), ==, 1 + 2 * 76 + 1);
    g_assert_cmpstr (rows[0], ==, "coder,item,label");
    /* Omar's first added mention comes first, Layla marked nothing there. */
    g_assert_cmpstr (rows[1], ==, "Layla,7:14,none");
    g_assert_true (g_str_has_prefix (rows[2], "Omar,7:14,"));
    g_assert_cmpstr (rows[3], ==, "Layla,79:87,azerbaijan");
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "omar.hashiya", "--json");

    g_assert_cmpint (r.status, ==, 0);
    json_parser_load_from_data (parser, r.out, -1, &error);
    g_assert_no_error (error);
    pair = json_array_get_object_element (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                        "pairs"), 0);
    g_assert_cmpstr (json_object_get_string_member (pair, "a"), ==, "Layla");
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (pair, "strict_f1"), 132.0 / 142.0, 1e-15);
    g_assert_cmpint (json_object_get_int_member (pair, "units"), ==, 76);
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "omar.hashiya", "sara.hashiya", "--by", "kind");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "\nAll 3 annotators (F1 and κ: the mean of the pairs):\n"));
    g_assert_nonnull (strstr (r.out, "\nBy actor kind (Layla, Omar, Sara: mentions; strict F1, lenient F1, κ, α):\n"));
    g_assert_true (g_regex_match_simple ("\n  state +\\d+ \\d+ \\d+ +0\\.\\d{3}  ", r.out, 0, 0));
  }
}

static void
test_cli_bad_input (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *units = g_build_filename (fixture->dir, "units.csv", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.hashiya", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.hashiya", NULL);
  g_autofree char *omar = g_build_filename (fixture->dir, "omar.hashiya", NULL);
  g_autofree char *contents = hashiya_test_read_file (omar, NULL);
  /* Whatever version it was written as: the oldest its contents allow. */
  g_autoptr(GRegex) version = g_regex_new ("\"version\": [0-9]+,", 0, 0, NULL);
  g_autofree char *newer_contents = g_regex_replace_literal (version, contents, -1, 0, "\"version\": 99,", 0, NULL);
  g_autofree char *newer_message = g_strdup_printf ("newer.hashiya: version 99 was written by a newer Hashiya; this one "
                                                    "reads up to version %d. Update Hashiya to open it.",
                                                    HASHIYA_FORMAT_VERSION);
  g_autofree char *other_text = NULL;

  g_file_set_contents (newer, newer_contents, -1, NULL);
  other_text = hashiya_test_write_file (fixture->dir, "other.txt", "زار وزير خارجية إيران باكو أمس.", -1);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("new", other_text, "-o", other);

    g_assert_cmpint (r.status, ==, 0);
  }

  /* Versions of different texts. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "other.hashiya", "--units", "units.csv");

    hashiya_test_assert_refused (&r, "layla.hashiya and other.hashiya are not versions of the same text: their texts "
                                     "differ (SHA-256 d22bcf865a90… and 4a7afabec921…)", units);
  }
  /* A file of a newer format version. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "newer.hashiya", "--units", "units.csv");

    hashiya_test_assert_refused (&r, newer_message, units);
  }
  /* A file given twice; a file that is not there. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "layla.hashiya", "--units", "units.csv");

    hashiya_test_assert_refused (&r, "layla.hashiya is given twice", units);
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "missing.hashiya", "--units", "units.csv");

    g_assert_cmpint (r.status, ==, 1);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: missing.hashiya: "));
    g_assert_false (g_file_test (units, G_FILE_TEST_EXISTS));
  }
  /* Fewer than two files, and an unknown --by: wrong usage. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "--units", "units.csv");

    g_assert_cmpstr (r.err, ==, "hashiya-cli: agree: give two or more versions of one text\n"
                                "Try “hashiya-cli agree --help” for more.\n");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_false (g_file_test (units, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "omar.hashiya", "--by", "colour");

    g_assert_cmpstr (r.err, ==, "hashiya-cli: agree: --by is “actor”, “type” or “kind”, not “colour”\n"
                                "Try “hashiya-cli agree --help” for more.\n");
    g_assert_cmpint (r.status, ==, 2);
  }
  /* An actor only one catalogue has: compared by its id, and said. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "annotate", "omar.hashiya", "--span", "0:6", "--actor", "iran",
                                       "-o", "omar.hashiya");

    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_autoptr(HashiyaDocument) document = hashiya_document_load_file (omar, NULL);
    g_autoptr(HashiyaActor) actor = hashiya_actor_new ("caspian-forum", HASHIYA_ACTOR_KIND_FORUM, "منتدى بحر قزوين",
                                                       "Caspian Forum");
    g_autoptr(GError) error = NULL;

    hashiya_document_add_actor (document, actor, &error);
    g_assert_no_error (error);
    hashiya_document_set_author (document, "Omar");
    annotate (document, 7, 13, "caspian-forum");
    hashiya_document_save_file (document, omar, &error);
    g_assert_no_error (error);
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "agree", "layla.hashiya", "omar.hashiya", "--units", "units.csv");

    g_assert_cmpstr (r.err, ==, "hashiya-cli: omar.hashiya: not in the catalogue of layla.hashiya: “caspian-forum”; "
                                "actors are compared by their ids\n");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "omar.hashiya: annotator omar.hashiya (its file's name: its mentions have no one "
                                     "author), 73 mentions, 20 relations\n"));
    g_assert_true (g_file_test (units, G_FILE_TEST_EXISTS));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/agreement/measures/kappa", test_kappa);
  g_test_add_func ("/agreement/measures/alpha", test_alpha);
  g_test_add_func ("/agreement/measures/span-f1", test_span_f1);
  g_test_add_func ("/agreement/align", test_align);
  g_test_add_func ("/agreement/gold", test_gold);
  g_test_add_func ("/agreement/break-down", test_break_down);
  g_test_add_func ("/agreement/relations", test_relations);
  g_test_add_func ("/agreement/missing", test_missing);
  g_test_add_func ("/agreement/names", test_names);
  g_test_add_func ("/agreement/errors", test_errors);
  g_test_add_func ("/agreement/author", test_author);
  g_test_add ("/agreement/cli/gold", Fixture, NULL, fixture_set_up, test_cli_gold, fixture_tear_down);
  g_test_add ("/agreement/cli/bad-input", Fixture, NULL, fixture_set_up, test_cli_bad_input, fixture_tear_down);

  return g_test_run ();
}
