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
