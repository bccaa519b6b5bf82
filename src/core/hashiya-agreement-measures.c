/* hashiya-agreement-measures.c — Cohen's κ, Krippendorff's α and span F1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The formulas of docs/AGREEMENT.md, on labels coded as small integers
 * (0 … n_labels - 1). An undefined value is NAN: κ of no unit, α of no
 * unit with two values, F1 of two sides with nothing.
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include <math.h>

#include "hashiya-agreement-measures.h"

/**
 * hashiya_cohen_kappa:
 * @a: the first coder's label of each unit
 * @b: the second coder's, for the same units (no missing value)
 *
 * Cohen's κ = (Ao − Ae) / (1 − Ae): Ao the share of units with the same
 * label, Ae = Σ_k (n_ak / n)(n_bk / n), each coder's own label
 * frequencies. When both give every unit the one same label (Ae = 1),
 * κ is 1.
 *
 * Returns: κ, or NAN when there is no unit
 */
double
hashiya_cohen_kappa (const guint *a,
                     const guint *b,
                     gsize        n_units,
                     guint        n_labels)
{
  g_autofree guint64 *count_a = NULL;
  g_autofree guint64 *count_b = NULL;
  guint64 same = 0;
  double n = (double) n_units;
  double observed, expected = 0.0;

  if (n_units == 0)
    return NAN;

  count_a = g_new0 (guint64, n_labels);
  count_b = g_new0 (guint64, n_labels);
  for (gsize u = 0; u < n_units; u++)
    {
      g_assert (a[u] < n_labels && b[u] < n_labels);
      count_a[a[u]]++;
      count_b[b[u]]++;
      same += a[u] == b[u];
    }

  observed = (double) same / n;
  for (guint k = 0; k < n_labels; k++)
    expected += ((double) count_a[k] / n) * ((double) count_b[k] / n);
  if (expected >= 1.0)
    return 1.0;
  return (observed - expected) / (1.0 - expected);
}

/**
 * hashiya_krippendorff_alpha:
 * @values: (array): n_units × n_coders labels, a unit's row after row;
 *   %HASHIYA_AGREEMENT_MISSING where a coder gave none
 *
 * Krippendorff's α for nominal data, missing values allowed:
 * α = 1 − Do / De over the pairable values (units with two or more),
 * Do = (1/n) Σ_u (m_u² − Σ_k n_uk²) / (m_u − 1),
 * De = (n² − Σ_k n_k²) / (n (n − 1)).
 * When all the values given are one label, α is 1.
 *
 * Returns: α, or NAN when no unit has two values, or they vary only
 *   outside them
 */
double
hashiya_krippendorff_alpha (const guint *values,
                            gsize        n_units,
                            guint        n_coders,
                            guint        n_labels)
{
  g_autofree guint64 *unit_count = g_new0 (guint64, n_labels);
  g_autofree guint64 *total = g_new0 (guint64, n_labels);
  g_autofree gboolean *seen = g_new0 (gboolean, n_labels);
  guint n_seen = 0;
  double observed = 0.0, n = 0.0, squares = 0.0, expected;

  for (gsize u = 0; u < n_units; u++)
    {
      const guint *row = values + u * n_coders;
      guint64 m = 0, unit_squares = 0;

      for (guint c = 0; c < n_coders; c++)
        if (row[c] != HASHIYA_AGREEMENT_MISSING)
          {
            g_assert (row[c] < n_labels);
            if (!seen[row[c]])
              {
                seen[row[c]] = TRUE;
                n_seen++;
              }
            unit_count[row[c]]++;
            m++;
          }
      for (guint c = 0; c < n_coders; c++)
        if (row[c] != HASHIYA_AGREEMENT_MISSING && unit_count[row[c]] > 0)
          {
            guint64 k = unit_count[row[c]];

            unit_squares += k * k;
            if (m >= 2)
              total[row[c]] += k;
            unit_count[row[c]] = 0;
          }
      if (m < 2)
        continue;
      observed += (double) (m * m - unit_squares) / (double) (m - 1);
      n += (double) m;
    }

  if (n_seen == 1)
    return 1.0;
  if (n < 2.0)
    return NAN;
  for (guint k = 0; k < n_labels; k++)
    squares += (double) total[k] * (double) total[k];
  expected = (n * n - squares) / (n * (n - 1.0));
  if (expected <= 0.0)
    return NAN;
  observed /= n;
  return 1.0 - observed / expected;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const HashiyaSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

/* Sorts and removes repeats. */
static GArray *
sorted_distinct (GArray *spans)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (HashiyaSpan), spans->len);
  guint kept = 0;

  g_array_append_vals (out, spans->data, spans->len);
  g_array_sort (out, compare_spans);
  for (guint i = 0; i < out->len; i++)
    if (kept == 0 || compare_spans (&g_array_index (out, HashiyaSpan, kept - 1),
                                    &g_array_index (out, HashiyaSpan, i)) != 0)
      g_array_index (out, HashiyaSpan, kept++) = g_array_index (out, HashiyaSpan, i);
  g_array_set_size (out, kept);
  return out;
}

/* How many spans of @a (sorted, distinct) overlap a span of @b (sorted,
 * distinct): the spans of @b that start before a span's end, and the
 * furthest any of them reaches. */
static guint64
count_overlapping (GArray *a,
                   GArray *b)
{
  g_autofree guint *reach = g_new (guint, b->len + 1);
  guint64 count = 0;

  reach[0] = 0;
  for (guint i = 0; i < b->len; i++)
    reach[i + 1] = MAX (reach[i], g_array_index (b, HashiyaSpan, i).end);

  for (guint i = 0; i < a->len; i++)
    {
      const HashiyaSpan *span = &g_array_index (a, HashiyaSpan, i);
      guint low = 0, high = b->len;

      /* The number of spans of @b that start before span->end. */
      while (low < high)
        {
          guint mid = low + (high - low) / 2;

          if (g_array_index (b, HashiyaSpan, mid).start < span->end)
            low = mid + 1;
          else
            high = mid;
        }
      count += reach[low] > span->start;
    }
  return count;
}

/**
 * hashiya_span_counts_add:
 * @a: (element-type HashiyaSpan): one side's spans in one text
 * @b: (element-type HashiyaSpan): the other side's, in the same text
 *
 * Adds what strict and lenient span F1 count: repeated spans count once.
 */
void
hashiya_span_counts_add (HashiyaSpanCounts *counts,
                         GArray            *a,
                         GArray            *b)
{
  g_autoptr(GArray) x = sorted_distinct (a);
  g_autoptr(GArray) y = sorted_distinct (b);
  guint i = 0, j = 0;

  counts->n_a += x->len;
  counts->n_b += y->len;
  while (i < x->len && j < y->len)
    {
      int order = compare_spans (&g_array_index (x, HashiyaSpan, i), &g_array_index (y, HashiyaSpan, j));

      if (order == 0)
        counts->same++;
      i += order <= 0;
      j += order >= 0;
    }
  counts->a_overlapping += count_overlapping (x, y);
  counts->b_overlapping += count_overlapping (y, x);
}

/* F1 = 2 · same / (n_a + n_b): precision and recall with either side as
 * the reference. NAN when neither side has anything. */
double
hashiya_f1_of_counts (guint64 same,
                      guint64 n_a,
                      guint64 n_b)
{
  if (n_a + n_b == 0)
    return NAN;
  return 2.0 * (double) same / (double) (n_a + n_b);
}

/* Strict: the spans with the same start and end. */
double
hashiya_span_counts_strict_f1 (const HashiyaSpanCounts *counts)
{
  return hashiya_f1_of_counts (counts->same, counts->n_a, counts->n_b);
}

/* Lenient, with the first side as the reference: precision is the
 * share of the second side's spans that overlap one of the first's,
 * recall the share of the first's that overlap one of the second's. */
double
hashiya_span_counts_lenient_f1 (const HashiyaSpanCounts *counts)
{
  double precision, recall;

  if (counts->n_a + counts->n_b == 0)
    return NAN;
  if (counts->n_a == 0 || counts->n_b == 0)
    return 0.0;
  precision = (double) counts->b_overlapping / (double) counts->n_b;
  recall = (double) counts->a_overlapping / (double) counts->n_a;
  if (precision + recall == 0.0)
    return 0.0;
  return 2.0 * precision * recall / (precision + recall);
}

/* The mean of the values that are defined; NAN when none is. */
double
hashiya_agreement_mean (const double *values,
                        gsize         n)
{
  double sum = 0.0;
  gsize defined = 0;

  for (gsize i = 0; i < n; i++)
    if (!isnan (values[i]))
      {
        sum += values[i];
        defined++;
      }
  return defined > 0 ? sum / (double) defined : NAN;
}
