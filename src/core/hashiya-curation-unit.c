/* hashiya-curation-unit.c — settling one aligned unit of the versions in a
 * curated document: one annotator's version of it, or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-curation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-curation-unit.h"
#include "hashiya-document-conflicts.h"

/* The curated document's mentions that overlap [start, end). */
static GPtrArray *
overlapping (HashiyaDocument *curated,
             guint            start,
             guint            end)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < hashiya_document_get_n_mentions (curated); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (curated, i);

      if (hashiya_mention_get_start (mention) < end && hashiya_mention_get_end (mention) > start)
        g_ptr_array_add (found, g_object_ref (mention));
    }
  return found;
}

static gboolean
same_mark (HashiyaMention *a,
           HashiyaMention *b)
{
  return hashiya_mention_get_start (a) == hashiya_mention_get_start (b) &&
         hashiya_mention_get_end (a) == hashiya_mention_get_end (b) &&
         g_strcmp0 (hashiya_mention_get_actor (a), hashiya_mention_get_actor (b)) == 0;
}

/* Copies @mention of @version into @curated (its actor too when the
 * curated catalogue lacks it). */
static HashiyaMention *
copy_mention (HashiyaDocument  *curated,
              HashiyaDocument  *version,
              HashiyaMention   *mention,
              GError          **error)
{
  const char *actor_id = hashiya_mention_get_actor (mention);
  g_autofree char *id = hashiya_document_new_mention_id (curated);
  g_autoptr(HashiyaMention) copy = hashiya_mention_new (id, hashiya_mention_get_start (mention),
                                                        hashiya_mention_get_end (mention), actor_id);

  if (hashiya_catalog_lookup (hashiya_document_get_catalog (curated), actor_id) == NULL)
    {
      HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (version), actor_id);
      g_autoptr(HashiyaActor) actor_copy = NULL;

      if (actor == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The actor “%s” is in no catalogue of the versions"), actor_id);
          return NULL;
        }
      actor_copy = hashiya_actor_copy (actor);
      if (!hashiya_document_add_actor (curated, actor_copy, error))
        return NULL;
    }
  hashiya_mention_set_mention_type (copy, hashiya_mention_get_mention_type (mention));
  hashiya_mention_set_label (copy, hashiya_mention_get_label (mention));
  hashiya_mention_set_note (copy, hashiya_mention_get_note (mention));
  hashiya_mention_set_author (copy, hashiya_document_get_author (curated));
  if (!hashiya_document_add_mention (curated, copy, error))
    return NULL;
  return hashiya_document_lookup_mention (curated, id);
}

/**
 * hashiya_curation_take_unit:
 * @curated: the curated document, of the versions' text
 * @agreement: the computed agreement of the versions
 * @unit: one of @agreement's units
 * @annotator: whose version to take, or %HASHIYA_CURATION_TAKE_NONE
 *
 * Settles @unit in @curated as one undo step: the curated mentions that
 * overlap it go, and @annotator's mention there comes in, recording the
 * annotators whose versions marked the same span with the same actor
 * (curated_from). With %HASHIYA_CURATION_TAKE_NONE the span is left
 * unmarked.
 *
 * Returns: %FALSE, with @error set and nothing changed, when the mention
 *   cannot be taken (its actor is in no catalogue)
 */
gboolean
hashiya_curation_take_unit (HashiyaDocument       *curated,
                            HashiyaAgreement      *agreement,
                            HashiyaAgreementUnit  *unit,
                            guint                  annotator,
                            GError               **error)
{
  HashiyaUndoStack *undo_stack;
  HashiyaMention *mention = NULL;
  HashiyaDocument *version = NULL;
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) agreed = NULL;
  guint start, end;
  guint64 position;
  gboolean ok = TRUE;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (curated), FALSE);
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  start = hashiya_agreement_unit_get_start (unit);
  end = hashiya_agreement_unit_get_end (unit);
  if (annotator != HASHIYA_CURATION_TAKE_NONE)
    {
      g_return_val_if_fail (annotator < hashiya_agreement_unit_get_n_annotators (unit), FALSE);
      mention = hashiya_agreement_unit_get_mention (unit, annotator);
      g_return_val_if_fail (mention != NULL, FALSE);
      for (guint v = 0; v < hashiya_agreement_get_n_versions (agreement) && version == NULL; v++)
        {
          guint of = 0;
          HashiyaDocument *document = hashiya_agreement_get_version (agreement, v, NULL, &of);

          if (of == annotator)
            version = document;
        }
      g_return_val_if_fail (version != NULL, FALSE);
      start = MIN (start, hashiya_mention_get_start (mention));
      end = MAX (end, hashiya_mention_get_end (mention));
    }

  undo_stack = hashiya_document_get_undo_stack (curated);
  position = hashiya_undo_stack_get_position (undo_stack);
  hashiya_undo_stack_begin_group (undo_stack, mention != NULL ? _("Take an annotator’s version")
                                                              : _("Take no version"));
  old = overlapping (curated, start, end);
  for (guint i = 0; i < old->len; i++)
    hashiya_document_remove_mention (curated, g_ptr_array_index (old, i));
  if (mention != NULL)
    {
      HashiyaMention *taken = copy_mention (curated, version, mention, error);

      ok = taken != NULL;
      if (ok)
        {
          agreed = g_ptr_array_new ();
          for (guint a = 0; a < hashiya_agreement_unit_get_n_annotators (unit); a++)
            {
              HashiyaMention *other = hashiya_agreement_unit_get_mention (unit, a);

              if (other != NULL && same_mark (other, mention))
                g_ptr_array_add (agreed, (gpointer) hashiya_agreement_get_annotator (agreement, a));
            }
          g_ptr_array_add (agreed, NULL);
          hashiya_document_set_curated_from (curated, G_OBJECT (taken), (const char * const *) agreed->pdata);
        }
    }
  if (ok)
    {
      const char * const *before = hashiya_document_get_curation_annotators (curated);

      if (before == NULL || before[0] == NULL)
        {
          g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
          g_auto(GStrv) annotators = NULL;

          for (guint a = 0; a < hashiya_agreement_get_n_annotators (agreement); a++)
            g_strv_builder_add (names, hashiya_agreement_get_annotator (agreement, a));
          annotators = g_strv_builder_end (names);
          hashiya_document_set_curation_annotators (curated, (const char * const *) annotators);
        }
    }
  hashiya_undo_stack_end_group (undo_stack);
  if (!ok && hashiya_undo_stack_get_position (undo_stack) != position)
    hashiya_undo_stack_undo (undo_stack);
  return ok;
}
