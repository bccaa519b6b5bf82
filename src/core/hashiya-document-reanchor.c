/* hashiya-document-reanchor.c — a document's mentions found again in another text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of HashiyaDocument: a document for a new version of its text, and
 * the re-anchoring the file reader and the importers use for mentions
 * made on another version (see hashiya_reanchor_mention()).
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include "hashiya-document-private.h"

/* Tries to re-attach @mention (from another text) here. */
static gboolean
try_anchor (HashiyaDocument        *self,
            HashiyaMention         *mention,
            gboolean                strict,
            HashiyaReanchorReport  *report,
            gint64                 *shift)
{
  g_autoptr(HashiyaMention) copy = hashiya_mention_copy (mention);
  gint64 expected = MAX (0, (gint64) hashiya_mention_get_start (mention) + *shift);
  guint start = 0, end = 0;
  HashiyaAnchor anchor = hashiya_reanchor_mention (hashiya_document_get_text (self), mention,
                                                   (guint) MIN (expected, G_MAXUINT32), strict, &start, &end);

  if (anchor == HASHIYA_ANCHOR_ORPHANED)
    return FALSE;

  hashiya_mention_set_span (copy, start, end);
  hashiya_document_fill_quote (self, copy);
  /* Two mentions of one actor never land on one span. */
  if (!hashiya_document_check_mention (self, copy, NULL))
    return FALSE;

  _hashiya_document_insert_mention (self, copy);
  if (anchor != HASHIYA_ANCHOR_FUZZY)
    *shift = (gint64) start - hashiya_mention_get_start (mention);
  switch (anchor)
    {
    case HASHIYA_ANCHOR_KEPT:
      report->kept++;
      break;
    case HASHIYA_ANCHOR_MOVED:
      report->moved++;
      break;
    case HASHIYA_ANCHOR_FUZZY:
      report->fuzzy++;
      break;
    case HASHIYA_ANCHOR_ORPHANED:
    default:
      break;
    }
  return TRUE;
}

/**
 * _hashiya_document_reanchor_all:
 * @mentions: mentions (and orphans) made for another version of the text,
 *   in text order
 *
 * Re-attaches them in two passes: first every mention found where the
 * evidence is strong, then the rest, which so cannot take another's
 * place. What is not found stays an orphan.
 */
void
_hashiya_document_reanchor_all (HashiyaDocument       *self,
                                GPtrArray             *mentions,
                                HashiyaReanchorReport *report)
{
  g_autofree gboolean *placed = g_new0 (gboolean, mentions->len + 1);
  gint64 shift = 0;

  for (guint i = 0; i < mentions->len; i++)
    placed[i] = try_anchor (self, g_ptr_array_index (mentions, i), TRUE, report, &shift);

  shift = 0;
  for (guint i = 0; i < mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (mentions, i);

      if (placed[i])
        {
          /* Follow the shift of the text through the placed mentions. */
          HashiyaMention *here = hashiya_document_lookup_mention (self, hashiya_mention_get_id (mention));

          if (here != NULL)
            shift = (gint64) hashiya_mention_get_start (here) - hashiya_mention_get_start (mention);
          continue;
        }
      if (!try_anchor (self, mention, FALSE, report, &shift))
        {
          g_autoptr(HashiyaMention) orphan = hashiya_mention_copy (mention);

          _hashiya_document_add_orphan (self, orphan);
          report->orphaned++;
        }
    }
}

/**
 * hashiya_document_reanchor:
 * @text: a new version of the text
 *
 * A new document for @text with this one's catalogue, relations and
 * mentions, each found again (see hashiya_reanchor_mention()). Orphans,
 * old and new, are kept. The result is modified, with its report.
 *
 * Returns: (transfer full): the new document
 */
HashiyaDocument *
hashiya_document_reanchor (HashiyaDocument *self,
                           HashiyaText     *text)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *orphans, *relations;
  HashiyaDocument *result;
  HashiyaReanchorReport report = { 0 };

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  catalog = hashiya_catalog_copy (hashiya_document_get_catalog (self));
  result = hashiya_document_new (text, catalog);
  hashiya_document_set_author (result, hashiya_document_get_author (self));

  /* Each mention takes the context it has in this text along: the new
   * text has another. */
  for (guint i = 0; i < hashiya_document_get_n_mentions (self); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (self, i);
      HashiyaMention *quoted = hashiya_mention_copy (mention);
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;

      hashiya_document_dup_quote_context (self, mention, &prefix, &suffix);
      hashiya_mention_set_quote (quoted, hashiya_mention_get_quote_exact (mention), prefix, suffix);
      g_ptr_array_add (mentions, quoted);
    }
  orphans = hashiya_document_get_orphans (self);
  for (guint i = 0; i < g_list_model_get_n_items (orphans); i++)
    g_ptr_array_add (mentions, g_list_model_get_item (orphans, i));
  _hashiya_document_reanchor_all (result, mentions, &report);
  relations = hashiya_document_get_relations (self);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      g_autoptr(HashiyaRelation) copy = hashiya_relation_copy (relation);

      /* Kept with its ends' ids: an end that became an orphan is found
       * again with it. */
      _hashiya_document_insert_relation (result, copy);
    }

  _hashiya_document_set_relation_catalog (result, hashiya_document_get_relation_catalog (self));
  {
    HashiyaMetadata *metadata = hashiya_metadata_copy (hashiya_document_get_metadata (self));

    _hashiya_document_swap_metadata (result, &metadata);
    hashiya_metadata_free (metadata);
  }
  if (hashiya_document_get_unanchored_relations (self) != NULL)
    for (guint i = 0; i < hashiya_document_get_unanchored_relations (self)->len; i++)
      _hashiya_document_add_unanchored_relation (result,
                                                 g_ptr_array_index (hashiya_document_get_unanchored_relations (self), i));
  _hashiya_document_set_report (result, &report);
  hashiya_document_mark_unsaved (result);
  return result;
}
