/* test-curation.c — a curated document from three annotators' versions:
 * what all agree on, the majority, who agreed, one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "hashiya-core.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

static const char * const names[] = { "Layla", "Omar", "Sami" };

/* The gold article and two variants of it (10 mentions with another
 * actor, 5 removed, 5 added each), by three annotators. */
static HashiyaAgreement *
three_versions (void)
{
  HashiyaAgreement *agreement = hashiya_agreement_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HashiyaDocument) version = hashiya_test_gold_version (i, names[i]);
      g_autofree char *source = g_strdup_printf ("%s.hashiya", names[i]);

      hashiya_agreement_add_version (agreement, version, source, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  hashiya_agreement_compute (agreement, &error);
  g_assert_no_error (error);
  return agreement;
}

static HashiyaDocument *
empty_curated (HashiyaAgreement *agreement)
{
  HashiyaDocument *version = hashiya_agreement_get_version (agreement, 0, NULL, NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new ("curated");
  HashiyaDocument *curated = hashiya_document_new (hashiya_document_get_text (version), catalog);

  hashiya_document_set_author (curated, "Curator");
  return curated;
}

static void
assert_names (const char * const *got,
              const char * const *expected)
{
  g_assert_nonnull (got);
  g_assert_true (g_strv_equal (got, expected));
}

static void
test_all_agree (void)
{
  g_autoptr(HashiyaAgreement) agreement = three_versions ();
  g_autoptr(HashiyaDocument) curated = empty_curated (agreement);
  g_autoptr(GError) error = NULL;
  GListModel *units = hashiya_agreement_get_units (agreement);
  GListModel *relations = hashiya_document_get_relations (curated);
  HashiyaUndoStack *undo_stack = hashiya_document_get_undo_stack (curated);
  guint expected = 0, taken;

  /* The units where all three marked the same span with the same actor. */
  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(HashiyaAgreementUnit) unit = g_list_model_get_item (units, u);

      expected += hashiya_agreement_unit_get_differences (unit) == 0;
    }
  g_assert_cmpuint (expected, >, 40);

  taken = hashiya_curation_accept (curated, agreement, NULL, HASHIYA_CURATION_ALL_AGREE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (curated), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (relations), >, 0);
  g_assert_cmpuint (taken, ==, expected + g_list_model_get_n_items (relations));
  for (guint i = 0; i < hashiya_document_get_n_mentions (curated); i++)
    assert_names (hashiya_document_get_curated_from (curated, G_OBJECT (hashiya_document_get_mention (curated, i))),
                  names);
  {
    g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, 0);

    assert_names (hashiya_document_get_curated_from (curated, G_OBJECT (relation)), names);
    g_assert_cmpstr (hashiya_relation_get_author (relation), ==, "Curator");
  }
  assert_names (hashiya_document_get_curation_annotators (curated), names);
  /* The actors came with the mentions. */
  g_assert_cmpuint (hashiya_catalog_get_n_actors (hashiya_document_get_catalog (curated)), >, 0);

  /* One undo step takes it all back, and one redo brings it again. */
  g_assert_true (hashiya_undo_stack_undo (undo_stack));
  g_assert_cmpuint (hashiya_document_get_n_mentions (curated), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
  g_assert_null (hashiya_document_get_curation_annotators (curated));
  g_assert_false (hashiya_undo_stack_get_can_undo (undo_stack));
  g_assert_true (hashiya_undo_stack_redo (undo_stack));
  g_assert_cmpuint (hashiya_document_get_n_mentions (curated), ==, expected);

  /* Written and read back: who agreed is in the file (version 6). */
  {
    g_autoptr(GBytes) bytes = hashiya_format_write (curated);
    g_autoptr(HashiyaDocument) again = hashiya_format_read (bytes, "curated.hashiya", &error);
    g_autoptr(GBytes) rewritten = NULL;
    const char *data = g_bytes_get_data (bytes, NULL);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (data, "\n  \"version\": 6,\n"));
    g_assert_nonnull (strstr (data, "\n  \"curated_from\": {\"annotators\": [\"Layla\", \"Omar\", \"Sami\"],\n"
                                    "    \"mentions\": [\n      {\"id\": \"m1\", \"annotators\": [\"Layla\", \"Omar\", \"Sami\"]},\n"));
    assert_names (hashiya_document_get_curated_from (again, G_OBJECT (hashiya_document_get_mention (again, 0))), names);
    assert_names (hashiya_document_get_curation_annotators (again), names);
    rewritten = hashiya_format_write (again);
    g_assert_true (g_bytes_equal (bytes, rewritten));
  }

  /* Again: nothing new, the record stays. */
  taken = hashiya_curation_accept (curated, agreement, NULL, HASHIYA_CURATION_ALL_AGREE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (curated), ==, expected);
}

static void
test_majority (void)
{
  g_autoptr(HashiyaAgreement) agreement = three_versions ();
  g_autoptr(HashiyaDocument) all = empty_curated (agreement);
  g_autoptr(HashiyaDocument) curated = empty_curated (agreement);
  g_autoptr(GError) error = NULL;
  GListModel *units = hashiya_agreement_get_units (agreement);
  guint checked = 0;

  hashiya_curation_accept (all, agreement, NULL, HASHIYA_CURATION_ALL_AGREE, &error);
  g_assert_no_error (error);
  hashiya_curation_accept (curated, agreement, NULL, HASHIYA_CURATION_MAJORITY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (curated), >, hashiya_document_get_n_mentions (all));

  /* Where two of the three chose one actor, on one span, it is theirs,
   * and the file says whose. */
  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(HashiyaAgreementUnit) unit = g_list_model_get_item (units, u);
      const char *labels[3];

      for (guint a = 0; a < 3; a++)
        labels[a] = hashiya_agreement_unit_get_label (unit, a);
      for (guint a = 0; a < 3; a++)
        {
          guint b = (a + 1) % 3, c = (a + 2) % 3;
          HashiyaMention *x = hashiya_agreement_unit_get_mention (unit, b);
          HashiyaMention *y = hashiya_agreement_unit_get_mention (unit, c);
          HashiyaMention *found = NULL;
          const char *expected[3] = { names[MIN (b, c)], names[MAX (b, c)], NULL };

          if (strcmp (labels[b], labels[c]) != 0 || strcmp (labels[a], labels[b]) == 0 ||
              strcmp (labels[b], HASHIYA_AGREEMENT_NONE) == 0 ||
              hashiya_mention_get_start (x) != hashiya_mention_get_start (y) ||
              hashiya_mention_get_end (x) != hashiya_mention_get_end (y))
            continue;
          for (guint i = 0; i < hashiya_document_get_n_mentions (curated) && found == NULL; i++)
            {
              HashiyaMention *m = hashiya_document_get_mention (curated, i);

              if (hashiya_mention_get_start (m) == hashiya_mention_get_start (x) &&
                  hashiya_mention_get_end (m) == hashiya_mention_get_end (x) &&
                  g_strcmp0 (hashiya_mention_get_actor (m), labels[b]) == 0)
                found = m;
            }
          g_assert_nonnull (found);
          assert_names (hashiya_document_get_curated_from (curated, G_OBJECT (found)), expected);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 10);
}

static void
test_other_text (void)
{
  g_autoptr(HashiyaAgreement) agreement = three_versions ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new ("نص آخر", strlen ("نص آخر"), &error);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new (NULL);
  g_autoptr(HashiyaDocument) other = hashiya_document_new (text, catalog);

  g_assert_cmpuint (hashiya_curation_accept (other, agreement, NULL, HASHIYA_CURATION_MAJORITY, &error), ==, 0);
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "None of the versions is of the curated document’s text");
  g_assert_false (hashiya_undo_stack_get_can_undo (hashiya_document_get_undo_stack (other)));
}

/* The curated mention of that span and actor, or NULL. */
static HashiyaMention *
find_mention (HashiyaDocument *document,
              HashiyaMention  *like)
{
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *m = hashiya_document_get_mention (document, i);

      if (hashiya_mention_get_start (m) == hashiya_mention_get_start (like) &&
          hashiya_mention_get_end (m) == hashiya_mention_get_end (like) &&
          g_strcmp0 (hashiya_mention_get_actor (m), hashiya_mention_get_actor (like)) == 0)
        return m;
    }
  return NULL;
}

/* One unit settled at a time: an annotator's version, another's, none,
 * each one undo step; the mention keeps its id and records who agreed. */
static void
test_take_unit (void)
{
  g_autoptr(HashiyaAgreement) agreement = three_versions ();
  g_autoptr(HashiyaDocument) curated = empty_curated (agreement);
  g_autoptr(HashiyaAgreementUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *units = hashiya_agreement_get_units (agreement);
  HashiyaUndoStack *undo_stack = hashiya_document_get_undo_stack (curated);
  HashiyaMention *mention;
  g_autofree char *id = NULL;
  guint odd = 0, missing = G_MAXUINT;

  hashiya_curation_accept (curated, agreement, NULL, HASHIYA_CURATION_MAJORITY, &error);
  g_assert_no_error (error);
  /* A unit where two chose one actor on one span and the third another. */
  for (guint u = 0; u < g_list_model_get_n_items (units) && unit == NULL; u++)
    {
      g_autoptr(HashiyaAgreementUnit) candidate = g_list_model_get_item (units, u);

      if (hashiya_agreement_unit_get_differences (candidate) != HASHIYA_UNIT_DIFFERENT_ACTORS)
        continue;
      for (guint a = 0; a < 3; a++)
        if (strcmp (hashiya_agreement_unit_get_label (candidate, a), hashiya_agreement_unit_get_label (candidate, (a + 1) % 3)) != 0 &&
            strcmp (hashiya_agreement_unit_get_label (candidate, a), hashiya_agreement_unit_get_label (candidate, (a + 2) % 3)) != 0 &&
            strcmp (hashiya_agreement_unit_get_label (candidate, (a + 1) % 3), hashiya_agreement_unit_get_label (candidate, (a + 2) % 3)) == 0)
          {
            odd = a;
            unit = g_object_ref (candidate);
          }
    }
  g_assert_nonnull (unit);
  mention = find_mention (curated, hashiya_agreement_unit_get_mention (unit, (odd + 1) % 3));
  g_assert_nonnull (mention);
  id = g_strdup (hashiya_mention_get_id (mention));

  /* The odd one's: the same mention, its actor, its annotator alone. */
  g_assert_true (hashiya_curation_take_unit (curated, agreement, unit, odd, &error));
  g_assert_no_error (error);
  g_assert_null (find_mention (curated, hashiya_agreement_unit_get_mention (unit, (odd + 1) % 3)));
  mention = hashiya_document_lookup_mention (curated, id);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, hashiya_agreement_unit_get_label (unit, odd));
  {
    const char *expected[] = { names[odd], NULL };

    assert_names (hashiya_document_get_curated_from (curated, G_OBJECT (mention)), expected);
  }
  /* One undo step: the majority's again. */
  g_assert_true (hashiya_undo_stack_undo (undo_stack));
  mention = hashiya_document_lookup_mention (curated, id);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, hashiya_agreement_unit_get_label (unit, (odd + 1) % 3));
  g_assert_cmpuint (g_strv_length ((char **) hashiya_document_get_curated_from (curated, G_OBJECT (mention))), ==, 2);

  /* None: the mention goes. */
  g_assert_true (hashiya_curation_take_unit (curated, agreement, unit, HASHIYA_CURATION_NONE, &error));
  g_assert_no_error (error);
  g_assert_null (hashiya_document_lookup_mention (curated, id));
  /* And back from nothing: added, as the majority had it. */
  g_assert_true (hashiya_curation_take_unit (curated, agreement, unit, (odd + 2) % 3, &error));
  g_assert_no_error (error);
  mention = find_mention (curated, hashiya_agreement_unit_get_mention (unit, (odd + 1) % 3));
  g_assert_nonnull (mention);
  g_assert_cmpstr (hashiya_mention_get_author (mention), ==, "Curator");
  {
    const char *expected[] = { names[MIN ((odd + 1) % 3, (odd + 2) % 3)], names[MAX ((odd + 1) % 3, (odd + 2) % 3)],
                               NULL };

    assert_names (hashiya_document_get_curated_from (curated, G_OBJECT (mention)), expected);
  }

  /* An annotator who marked nothing in a unit: said, nothing changed. */
  g_clear_object (&unit);
  for (guint u = 0; u < g_list_model_get_n_items (units) && unit == NULL; u++)
    {
      g_autoptr(HashiyaAgreementUnit) candidate = g_list_model_get_item (units, u);

      for (guint a = 0; a < 3 && unit == NULL; a++)
        if (hashiya_agreement_unit_get_mention (candidate, a) == NULL)
          {
            missing = a;
            unit = g_object_ref (candidate);
          }
    }
  g_assert_nonnull (unit);
  {
    guint64 position = hashiya_undo_stack_get_position (undo_stack);
    g_autofree char *message = g_strdup_printf ("%s marked nothing here: take none instead", names[missing]);

    g_assert_false (hashiya_curation_take_unit (curated, agreement, unit, missing, &error));
    g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, message);
    g_assert_cmpuint (hashiya_undo_stack_get_position (undo_stack), ==, position);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/curation/all-agree", test_all_agree);
  g_test_add_func ("/curation/majority", test_majority);
  g_test_add_func ("/curation/other-text", test_other_text);
  g_test_add_func ("/curation/take-unit", test_take_unit);

  return g_test_run ();
}
