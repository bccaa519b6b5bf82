/* hashiya-agreement-measures.h — Cohen's κ, Krippendorff's α and span F1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "hashiya-text.h"

G_BEGIN_DECLS

/**
 * HashiyaAgreementScores:
 * @strict_f1: span F1, the same start and end
 * @lenient_f1: span F1, overlapping spans
 * @kappa: Cohen's κ on the actor label of the aligned units
 * @alpha: Krippendorff's α, nominal, on the same labels
 * @relations_f1: F1 on (source actor, type, target actor) per paragraph,
 *   mutual types unordered
 * @n_units: the units counted
 *
 * Each value is NAN when it is undefined (nothing to compare). Overall,
 * F1 and κ are the mean of the pairs' values; α takes every annotator at
 * once.
 */
typedef struct
{
  double strict_f1;
  double lenient_f1;
  double kappa;
  double alpha;
  double relations_f1;
  guint  n_units;
} HashiyaAgreementScores;

/* A coder who did not see a unit at all: a missing value, for α. */
#define HASHIYA_AGREEMENT_MISSING G_MAXUINT

/* What span F1 is counted from, added up over texts: each side's
 * distinct spans, the spans both have (strict), and each side's spans
 * that overlap one of the other's (lenient). */
typedef struct
{
  guint64 n_a;
  guint64 n_b;
  guint64 same;
  guint64 a_overlapping;
  guint64 b_overlapping;
} HashiyaSpanCounts;

double hashiya_cohen_kappa          (const guint        *a,
                                     const guint        *b,
                                     gsize               n_units,
                                     guint               n_labels);
double hashiya_krippendorff_alpha   (const guint        *values,
                                     gsize               n_units,
                                     guint               n_coders,
                                     guint               n_labels);
void   hashiya_span_counts_add      (HashiyaSpanCounts  *counts,
                                     GArray             *a,
                                     GArray             *b);
double hashiya_span_counts_strict_f1  (const HashiyaSpanCounts *counts);
double hashiya_span_counts_lenient_f1 (const HashiyaSpanCounts *counts);
double hashiya_f1_of_counts         (guint64             same,
                                     guint64             n_a,
                                     guint64             n_b);
double hashiya_agreement_mean       (const double       *values,
                                     gsize               n);

G_END_DECLS
