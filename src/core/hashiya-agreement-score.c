/* hashiya-agreement-score.c — the scores of aligned units: each pair of
 * annotators' and all together, of every mention or of one category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include <math.h>

#include "hashiya-agreement-score.h"
#include "hashiya-enum-types.h"

/* A mention's value for the break-down, in its own version. */
const char *
_hashiya_agreement_category_of (HashiyaMention     *mention,
                                HashiyaDocument    *document,
                                HashiyaAgreementBy  by)
{
  HashiyaActor *actor;

  switch (by)
    {
    case HASHIYA_AGREEMENT_BY_ACTOR:
      return hashiya_mention_get_actor (mention);
    case HASHIYA_AGREEMENT_BY_TYPE:
      return hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE, hashiya_mention_get_mention_type (mention));
    case HASHIYA_AGREEMENT_BY_KIND:
      actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), hashiya_mention_get_actor (mention));
      return hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND,
                                   actor != NULL ? hashiya_actor_get_kind (actor) : HASHIYA_ACTOR_KIND_OTHER);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The spans of a version's mentions, all or those of @value. */
static GArray *
spans_of (HashiyaAgreementVersion *version,
          HashiyaAgreementBy       by,
          const char              *value)
{
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (HashiyaSpan), version->mentions->len);

  for (guint m = 0; m < version->mentions->len; m++)
    {
      HashiyaMention *mention = g_ptr_array_index (version->mentions, m);
      HashiyaSpan span = { hashiya_mention_get_start (mention), hashiya_mention_get_end (mention) };

      if (value == NULL || g_strcmp0 (_hashiya_agreement_category_of (mention, version->document, by), value) == 0)
        g_array_append_val (spans, span);
    }
  return spans;
}

/* Label codes: the interned label of each annotator for each unit. */
typedef struct
{
  GHashTable *codes;
  guint       n;
} LabelCodes;

static guint
code_of (LabelCodes *codes,
         const char *label)
{
  gpointer code;

  if (g_hash_table_lookup_extended (codes->codes, label, NULL, &code))
    return GPOINTER_TO_UINT (code);
  g_hash_table_insert (codes->codes, (gpointer) label, GUINT_TO_POINTER (codes->n));
  return codes->n++;
}

/* Each unit's label for each annotator, coded: 0 for "none", a code
 * for each actor, or when @value is given, 1 for a mention of that
 * value and 0 for anything else. Missing values are
 * HASHIYA_AGREEMENT_MISSING. */
static guint *
code_labels (const HashiyaAgreementTable *table,
             HashiyaAgreementBy           by,
             const char                  *value,
             guint                       *n_labels)
{
  guint n_units = g_list_model_get_n_items (table->units);
  guint n_annotators = table->n_annotators;
  guint *values = g_new (guint, (gsize) n_units * n_annotators);
  LabelCodes codes = { g_hash_table_new (g_str_hash, g_str_equal), 0 };

  code_of (&codes, HASHIYA_AGREEMENT_NONE);
  for (guint u = 0; u < n_units; u++)
    {
      g_autoptr(HashiyaAgreementUnit) unit = g_list_model_get_item (table->units, u);
      HashiyaAgreementText *text = g_ptr_array_index (table->texts, g_array_index (table->unit_text, guint, u));

      for (guint a = 0; a < n_annotators; a++)
        {
          HashiyaMention *mention = hashiya_agreement_unit_get_mention (unit, a);
          guint *slot = &values[(gsize) u * n_annotators + a];

          if (text->version_of[a] == G_MAXUINT)
            *slot = HASHIYA_AGREEMENT_MISSING;
          else if (mention == NULL)
            *slot = 0;
          else if (value == NULL)
            *slot = code_of (&codes, hashiya_mention_get_actor (mention));
          else
            {
              HashiyaAgreementVersion *version = g_ptr_array_index (table->versions, text->version_of[a]);

              *slot = g_strcmp0 (_hashiya_agreement_category_of (mention, version->document, by), value) == 0;
            }
        }
    }
  *n_labels = value == NULL ? codes.n : 2;
  g_hash_table_unref (codes.codes);
  return values;
}

/* κ and α of the pair @a, @b and span F1 (of @value's mentions, or
 * all), relations F1 when @value is NULL. */
static void
score_pair (const HashiyaAgreementTable *table,
            const guint                 *values,
            guint                        n_labels,
            HashiyaAgreementBy           by,
            const char                  *value,
            guint                        a,
            guint                        b,
            HashiyaAgreementScores      *scores)
{
  guint n_units = g_list_model_get_n_items (table->units);
  guint n_annotators = table->n_annotators;
  g_autofree guint *la = g_new (guint, n_units + 1);
  g_autofree guint *lb = g_new (guint, n_units + 1);
  g_autofree guint *both = g_new (guint, (gsize) n_units * 2 + 1);
  HashiyaSpanCounts spans = { 0 };
  guint64 same_relations = 0, n_relations_a = 0, n_relations_b = 0;
  guint n = 0;

  for (guint u = 0; u < n_units; u++)
    {
      guint x = values[(gsize) u * n_annotators + a], y = values[(gsize) u * n_annotators + b];

      both[u * 2] = x;
      both[u * 2 + 1] = y;
      if (x == HASHIYA_AGREEMENT_MISSING || y == HASHIYA_AGREEMENT_MISSING)
        continue;
      la[n] = x;
      lb[n] = y;
      n++;
    }

  for (guint t = 0; t < table->texts->len; t++)
    {
      HashiyaAgreementText *text = g_ptr_array_index (table->texts, t);
      HashiyaAgreementVersion *va, *vb;
      g_autoptr(GArray) sa = NULL;
      g_autoptr(GArray) sb = NULL;
      GHashTableIter iter;
      gpointer key;

      if (text->version_of[a] == G_MAXUINT || text->version_of[b] == G_MAXUINT)
        continue;
      va = g_ptr_array_index (table->versions, text->version_of[a]);
      vb = g_ptr_array_index (table->versions, text->version_of[b]);
      sa = spans_of (va, by, value);
      sb = spans_of (vb, by, value);
      hashiya_span_counts_add (&spans, sa, sb);

      n_relations_a += g_hash_table_size (va->relations);
      n_relations_b += g_hash_table_size (vb->relations);
      g_hash_table_iter_init (&iter, va->relations);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        same_relations += g_hash_table_contains (vb->relations, key);
    }

  scores->strict_f1 = hashiya_span_counts_strict_f1 (&spans);
  scores->lenient_f1 = hashiya_span_counts_lenient_f1 (&spans);
  scores->kappa = hashiya_cohen_kappa (la, lb, n, n_labels);
  scores->alpha = hashiya_krippendorff_alpha (both, n_units, 2, n_labels);
  scores->relations_f1 = value == NULL ? hashiya_f1_of_counts (same_relations, n_relations_a, n_relations_b) : NAN;
  scores->n_units = n;
}

/* Each pair's scores into @pairs (n × n, both orders), and the overall
 * ones: the mean of the pairs', α of all annotators. */
void
_hashiya_agreement_score_all (const HashiyaAgreementTable *table,
                              HashiyaAgreementBy           by,
                              const char                  *value,
                              HashiyaAgreementScores      *pairs,
                              HashiyaAgreementScores      *overall)
{
  guint n_annotators = table->n_annotators;
  guint n_units = g_list_model_get_n_items (table->units);
  guint n_pairs = n_annotators * (n_annotators - 1) / 2, p = 0, n_labels = 0;
  g_autofree guint *values = code_labels (table, by, value, &n_labels);
  g_autofree double *strict = g_new (double, n_pairs + 1);
  g_autofree double *lenient = g_new (double, n_pairs + 1);
  g_autofree double *kappa = g_new (double, n_pairs + 1);
  g_autofree double *relations = g_new (double, n_pairs + 1);

  for (guint a = 0; a < n_annotators; a++)
    for (guint b = a + 1; b < n_annotators; b++)
      {
        HashiyaAgreementScores scores;

        score_pair (table, values, n_labels, by, value, a, b, &scores);
        if (pairs != NULL)
          pairs[a * n_annotators + b] = pairs[b * n_annotators + a] = scores;
        strict[p] = scores.strict_f1;
        lenient[p] = scores.lenient_f1;
        kappa[p] = scores.kappa;
        relations[p] = scores.relations_f1;
        p++;
      }

  overall->strict_f1 = hashiya_agreement_mean (strict, n_pairs);
  overall->lenient_f1 = hashiya_agreement_mean (lenient, n_pairs);
  overall->kappa = hashiya_agreement_mean (kappa, n_pairs);
  overall->relations_f1 = hashiya_agreement_mean (relations, n_pairs);
  overall->alpha = hashiya_krippendorff_alpha (values, n_units, n_annotators, n_labels);
  overall->n_units = n_units;
}
