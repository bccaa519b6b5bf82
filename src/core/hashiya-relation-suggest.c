/* hashiya-relation-suggest.c — a document's relations suggested on a
 * worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The relation matcher reads copies of the mentions on a worker thread,
 * so that the document may change meanwhile; the matches are added to
 * the document as it is then, if it still has the text they were found
 * in.
 */

#define G_LOG_DOMAIN "hashiya-relation-suggest"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-relation-matcher.h"
#include "hashiya-relation-suggest.h"

typedef struct
{
  HashiyaRelationMatcher *matcher;
  HashiyaText            *text;
  GPtrArray              *mentions;
} SuggestRelations;

static void
suggest_relations_free (SuggestRelations *suggest)
{
  hashiya_relation_matcher_unref (suggest->matcher);
  hashiya_text_unref (suggest->text);
  g_ptr_array_unref (suggest->mentions);
  g_free (suggest);
}

static void
suggest_relations_thread (GTask        *task,
                          gpointer      source_object,
                          gpointer      task_data,
                          GCancellable *cancellable)
{
  SuggestRelations *suggest = task_data;
  GArray *matches = hashiya_relation_matcher_match (suggest->matcher, suggest->text,
                                                    (HashiyaMention * const *) suggest->mentions->pdata,
                                                    suggest->mentions->len, cancellable);

  if (matches == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
  else
    g_task_return_pointer (task, matches, (GDestroyNotify) g_array_unref);
}

/**
 * hashiya_relation_suggest_async:
 * @document: a document with mentions
 * @cancellable: (nullable): stops the matcher
 *
 * Finds the relations the text of @document states between its mentions
 * (as hashiya_document_suggest_relations() does), on a worker thread.
 */
void
hashiya_relation_suggest_async (HashiyaDocument     *document,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  SuggestRelations *suggest;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  suggest = g_new0 (SuggestRelations, 1);
  suggest->matcher = hashiya_document_get_relation_matcher (document);
  suggest->text = hashiya_text_ref (hashiya_document_get_text (document));
  suggest->mentions = g_ptr_array_new_full (hashiya_document_get_n_mentions (document), g_object_unref);
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    g_ptr_array_add (suggest->mentions, hashiya_mention_copy (hashiya_document_get_mention (document, i)));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_relation_suggest_async);
  g_task_set_task_data (task, suggest, (GDestroyNotify) suggest_relations_free);
  g_task_run_in_thread (task, suggest_relations_thread);
}

/**
 * hashiya_relation_suggest_finish:
 * @document: (nullable): the document to add the relations to: the one
 *   shown now, which may be another than the one read
 * @added: (out): how many relations were added
 *
 * Adds the relations found that @document lacks as suggestions, in one
 * undo step, when @document still has the text they were found in.
 *
 * Returns: whether they were added; %FALSE with @error set when
 *   cancelled, %FALSE alone when @document is none or has another text
 */
gboolean
hashiya_relation_suggest_finish (HashiyaDocument  *document,
                                 GAsyncResult     *result,
                                 guint            *added,
                                 GError          **error)
{
  SuggestRelations *suggest;
  g_autoptr(GArray) matches = NULL;

  g_return_val_if_fail (document == NULL || HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (added != NULL, FALSE);

  *added = 0;
  suggest = g_task_get_task_data (G_TASK (result));
  if ((matches = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return FALSE;
  if (document == NULL || hashiya_document_get_text (document) != suggest->text)
    return FALSE;

  *added = hashiya_document_add_relation_matches (document, matches, suggest->mentions,
                                                  HASHIYA_MENTION_STATUS_SUGGESTED);
  return TRUE;
}
