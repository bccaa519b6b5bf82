/* hashiya-network-corpus.c — the documents of a corpus, for its network,
 * counts and timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every document of the corpus that can be read, by its path in the
 * folder, with its metadata: title, date and source. One that cannot is
 * left out and said, as the corpus's other commands say it.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-corpus-private.h"
#include "hashiya-network-corpus.h"
#include "hashiya-network-positions.h"

/**
 * hashiya_network_documents_from_corpus:
 * @problems: (nullable) (element-type utf8): receives "PATH: why" for
 *   each document that cannot be read
 * @cancellable: (nullable): stops it, between two documents
 *
 * Reads the documents of @corpus (on this thread; the window calls it
 * from a GTask).
 *
 * Returns: (transfer full) (nullable) (element-type HashiyaNetworkDocument):
 *   the documents in the corpus's order; %NULL when cancelled
 */
GPtrArray *
hashiya_network_documents_from_corpus (HashiyaCorpus  *corpus,
                                       GPtrArray      *problems,
                                       GCancellable   *cancellable,
                                       GError        **error)
{
  g_autoptr(GPtrArray) documents = hashiya_network_documents_new ();
  GListModel *list;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = hashiya_corpus_get_documents (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HashiyaCorpusDocument) item = g_list_model_get_item (list, i);
      g_autoptr(HashiyaDocument) document = NULL;
      g_autoptr(GError) local_error = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      document = hashiya_corpus_load_document (corpus, item, cancellable, &local_error);
      if (document == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (problems != NULL)
            g_ptr_array_add (problems, g_strdup_printf ("%s: %s", hashiya_corpus_document_get_path (item),
                                                        local_error->message));
          continue;
        }
      g_ptr_array_add (documents,
                       hashiya_network_document_new_for_document (document, hashiya_corpus_document_get_path (item)));
    }
  return g_steal_pointer (&documents);
}

/* The corpus's documents read off its thread: what the worker needs is
 * taken from the corpus first, and the rows it read are given back to the
 * corpus's list on the caller's thread, as hashiya-corpus-async.c does. */

typedef struct
{
  HashiyaCorpusDocument *item;
  GFile                 *file;
  char                  *path;
  gboolean               is_text;
  HashiyaCorpusRow      *row;
} Entry;

typedef struct
{
  Entry             *entries;
  guint              n_entries;
  HashiyaCorpusFile *corpus_file;
  GPtrArray         *documents;
} ReadAll;

static void
read_all_free (ReadAll *data)
{
  for (guint i = 0; i < data->n_entries; i++)
    {
      g_clear_object (&data->entries[i].item);
      g_clear_object (&data->entries[i].file);
      g_free (data->entries[i].path);
      g_clear_pointer (&data->entries[i].row, _hashiya_corpus_row_free);
    }
  g_free (data->entries);
  g_clear_pointer (&data->corpus_file, hashiya_corpus_file_free);
  g_clear_pointer (&data->documents, g_ptr_array_unref);
  g_free (data);
}

static void
read_all_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ReadAll *data = task_data;

  for (guint i = 0; i < data->n_entries; i++)
    {
      Entry *entry = &data->entries[i];
      g_autoptr(HashiyaDocument) read = NULL;

      if (g_task_return_error_if_cancelled (task))
        return;
      entry->row = _hashiya_corpus_read_row (entry->file, entry->path, data->corpus_file->catalog,
                                             data->corpus_file->relation_catalog, &read);
      if (read == NULL)
        continue;
      if (entry->is_text)
        _hashiya_corpus_start_text (read, data->corpus_file->defaults);
      g_ptr_array_add (data->documents, hashiya_network_document_new_for_document (read, entry->path));
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * hashiya_network_documents_from_corpus_async:
 *
 * Reads the documents of @corpus as hashiya_network_documents_from_corpus ()
 * does, on a worker thread; the corpus itself is only touched on the
 * caller's thread.
 */
void
hashiya_network_documents_from_corpus_async (HashiyaCorpus       *corpus,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GListModel *list;
  ReadAll *data;

  g_return_if_fail (HASHIYA_IS_CORPUS (corpus));

  list = hashiya_corpus_get_documents (corpus);
  data = g_new0 (ReadAll, 1);
  data->n_entries = g_list_model_get_n_items (list);
  data->entries = g_new0 (Entry, data->n_entries);
  for (guint i = 0; i < data->n_entries; i++)
    {
      Entry *entry = &data->entries[i];

      entry->item = g_list_model_get_item (list, i);
      entry->file = g_object_ref (hashiya_corpus_document_get_file (entry->item));
      entry->path = g_strdup (hashiya_corpus_document_get_path (entry->item));
      entry->is_text = _hashiya_corpus_document_is_text (entry->item);
    }
  data->corpus_file = hashiya_corpus_file_copy (_hashiya_corpus_get_file (corpus));
  data->documents = hashiya_network_documents_new ();
  task = g_task_new (corpus, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_network_documents_from_corpus_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_all_free);
  g_task_run_in_thread (task, read_all_thread);
}

/**
 * hashiya_network_documents_from_corpus_finish:
 * @problems: (nullable) (element-type utf8): receives "PATH: why" for
 *   each document that could not be read
 *
 * Returns: (transfer full) (nullable) (element-type HashiyaNetworkDocument):
 *   the documents in the corpus's order, or %NULL with @error set
 */
GPtrArray *
hashiya_network_documents_from_corpus_finish (HashiyaCorpus  *corpus,
                                              GAsyncResult   *result,
                                              GPtrArray      *problems,
                                              GError        **error)
{
  ReadAll *data;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (g_task_is_valid (result, corpus), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  data = g_task_get_task_data (G_TASK (result));
  for (guint i = 0; i < data->n_entries; i++)
    {
      Entry *entry = &data->entries[i];

      if (entry->row->error != NULL && problems != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s: %s", entry->path, entry->row->error->message));
      _hashiya_corpus_take_read_row (corpus, entry->item, g_steal_pointer (&entry->row));
    }
  return g_ptr_array_ref (data->documents);
}

/**
 * hashiya_network_positions_path_for_corpus:
 *
 * Returns: (transfer full): where the positions of the corpus's network
 *   are kept: network-positions.json in its folder
 */
char *
hashiya_network_positions_path_for_corpus (HashiyaCorpus *corpus)
{
  g_autofree char *folder = NULL;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), NULL);

  folder = g_file_get_path (hashiya_corpus_get_folder (corpus));
  return hashiya_network_positions_path_for_folder (folder);
}
