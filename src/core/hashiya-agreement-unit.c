/* hashiya-agreement-unit.c — one aligned unit of versions of a text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A unit is a span that at least one annotator marked. For each
 * annotator it holds the mention aligned to it (or none: the label
 * "none"), or that the annotator has no version of the text (a missing
 * value). See docs/AGREEMENT.md.
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include "hashiya-agreement-unit.h"

struct _HashiyaAgreementUnit
{
  GObject                 parent_instance;

  char                   *item;
  char                   *text_name;
  guint                   start;
  guint                   end;
  guint                   n_annotators;
  HashiyaMention        **mentions;
  gboolean               *missing;
  HashiyaUnitDifferences  differences;
};

G_DEFINE_FINAL_TYPE (HashiyaAgreementUnit, hashiya_agreement_unit, G_TYPE_OBJECT)

static void
hashiya_agreement_unit_finalize (GObject *object)
{
  HashiyaAgreementUnit *self = (HashiyaAgreementUnit *) object;

  for (guint i = 0; i < self->n_annotators; i++)
    g_clear_object (&self->mentions[i]);
  g_free (self->mentions);
  g_free (self->missing);
  g_free (self->item);
  g_free (self->text_name);
  G_OBJECT_CLASS (hashiya_agreement_unit_parent_class)->finalize (object);
}

static void
hashiya_agreement_unit_class_init (HashiyaAgreementUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_agreement_unit_finalize;
}

static void
hashiya_agreement_unit_init (HashiyaAgreementUnit *self)
{
}

HashiyaAgreementUnit *
_hashiya_agreement_unit_new (const char *text_name,
                             guint       n_annotators)
{
  HashiyaAgreementUnit *self = g_object_new (HASHIYA_TYPE_AGREEMENT_UNIT, NULL);

  self->text_name = g_strdup (text_name);
  self->n_annotators = n_annotators;
  self->mentions = g_new0 (HashiyaMention *, n_annotators);
  self->missing = g_new0 (gboolean, n_annotators);
  self->start = G_MAXUINT;
  return self;
}

/* @annotator has no version of the unit's text. */
void
_hashiya_agreement_unit_set_missing (HashiyaAgreementUnit *self,
                                     guint                 annotator)
{
  g_assert (annotator < self->n_annotators);
  self->missing[annotator] = TRUE;
}

void
_hashiya_agreement_unit_set_mention (HashiyaAgreementUnit *self,
                                     guint                 annotator,
                                     HashiyaMention       *mention)
{
  g_assert (annotator < self->n_annotators && self->mentions[annotator] == NULL);
  self->mentions[annotator] = g_object_ref (mention);
  self->start = MIN (self->start, hashiya_mention_get_start (mention));
  self->end = MAX (self->end, hashiya_mention_get_end (mention));
}

/* Names the unit and says how its versions differ. */
void
_hashiya_agreement_unit_finish (HashiyaAgreementUnit *self,
                                const char           *item)
{
  HashiyaMention *first = NULL;

  self->item = g_strdup (item);
  self->differences = 0;
  for (guint i = 0; i < self->n_annotators; i++)
    {
      HashiyaMention *mention = self->mentions[i];

      if (self->missing[i])
        continue;
      if (mention == NULL)
        {
          self->differences |= HASHIYA_UNIT_NOT_ALL_MARKED;
          continue;
        }
      if (first == NULL)
        {
          first = mention;
          continue;
        }
      if (g_strcmp0 (hashiya_mention_get_actor (first), hashiya_mention_get_actor (mention)) != 0)
        self->differences |= HASHIYA_UNIT_DIFFERENT_ACTORS;
      if (hashiya_mention_get_start (first) != hashiya_mention_get_start (mention) ||
          hashiya_mention_get_end (first) != hashiya_mention_get_end (mention))
        self->differences |= HASHIYA_UNIT_DIFFERENT_SPANS;
    }
}

/**
 * hashiya_agreement_unit_get_item:
 *
 * Returns: the unit's name in the units file: "START:END", the span
 *   from the first start to the last end of its mentions, after the
 *   text's name when there are several texts ("NAME:START:END"), with
 *   "/2", "/3" … when another unit has the same span
 */
const char *
hashiya_agreement_unit_get_item (HashiyaAgreementUnit *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), NULL);
  return self->item;
}

/* Returns: (nullable): the name of the unit's text, when one was given */
const char *
hashiya_agreement_unit_get_text_name (HashiyaAgreementUnit *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), NULL);
  return self->text_name;
}

/* The first start of the unit's mentions. */
guint
hashiya_agreement_unit_get_start (HashiyaAgreementUnit *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), 0);
  return self->start;
}

/* The last end of the unit's mentions. */
guint
hashiya_agreement_unit_get_end (HashiyaAgreementUnit *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), 0);
  return self->end;
}

guint
hashiya_agreement_unit_get_n_annotators (HashiyaAgreementUnit *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), 0);
  return self->n_annotators;
}

/**
 * hashiya_agreement_unit_get_mention:
 *
 * Returns: (transfer none) (nullable): @annotator's mention in the unit,
 *   or %NULL when they marked nothing there or have no version of its text
 */
HashiyaMention *
hashiya_agreement_unit_get_mention (HashiyaAgreementUnit *self,
                                    guint                 annotator)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), NULL);
  g_return_val_if_fail (annotator < self->n_annotators, NULL);
  return self->mentions[annotator];
}

/**
 * hashiya_agreement_unit_get_label:
 *
 * Returns: (nullable): the actor of @annotator's mention in the unit,
 *   %HASHIYA_AGREEMENT_NONE when they marked nothing there, or %NULL (a
 *   missing value) when they have no version of its text
 */
const char *
hashiya_agreement_unit_get_label (HashiyaAgreementUnit *self,
                                  guint                 annotator)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), NULL);
  g_return_val_if_fail (annotator < self->n_annotators, NULL);
  if (self->missing[annotator])
    return NULL;
  if (self->mentions[annotator] == NULL)
    return HASHIYA_AGREEMENT_NONE;
  return hashiya_mention_get_actor (self->mentions[annotator]);
}

/* How the versions that have the unit's text differ there: 0 when they
 * all marked the same span with the same actor. */
HashiyaUnitDifferences
hashiya_agreement_unit_get_differences (HashiyaAgreementUnit *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (self), 0);
  return self->differences;
}
