/* hashiya-versions.c — the annotators' versions of a document in a corpus
 * (annotators/NAME/DOC.hashiya), and how far they agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-versions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-load.h"
#include "hashiya-versions.h"

/* A corpus keeps each annotator's version of a document in
 * ROOT/annotators/NAME/DOC.hashiya and the curated one in ROOT/DOC.hashiya. */
#define ANNOTATORS_FOLDER "annotators"

/**
 * hashiya_versions_owner:
 * @path: a document's file
 *
 * Returns: (nullable): the annotator whose version @path is, when it lies
 *   in annotators/NAME/ of a corpus, else %NULL
 */
char *
hashiya_versions_owner (const char *path)
{
  g_autofree char *folder = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *parent_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  parent = g_path_get_dirname (folder);
  parent_name = g_path_get_basename (parent);
  if (g_strcmp0 (parent_name, ANNOTATORS_FOLDER) != 0 || g_str_equal (parent, folder))
    return NULL;
  return g_path_get_basename (folder);
}

/**
 * hashiya_versions_curated_path:
 * @path: a document's file: an annotator's version or the curated one
 *
 * Returns: the curated document of the corpus @path belongs to: @path
 *   itself when it is no annotator's version
 */
char *
hashiya_versions_curated_path (const char *path)
{
  g_autofree char *owner = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *annotators = NULL;
  g_autofree char *root = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  owner = hashiya_versions_owner (path);
  if (owner == NULL)
    return g_strdup (path);
  folder = g_path_get_dirname (path);
  annotators = g_path_get_dirname (folder);
  root = g_path_get_dirname (annotators);
  name = g_path_get_basename (path);
  return g_build_filename (root, name, NULL);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * hashiya_versions_find:
 * @path: a document's file: an annotator's version or the curated one
 *
 * Returns: (transfer full): the files of every annotator's version of the
 *   document, ROOT/annotators/ * /DOC, by the annotators' names; empty when
 *   there are none
 */
GStrv
hashiya_versions_find (const char *path)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *curated = NULL;
  g_autofree char *root = NULL;
  g_autofree char *name = NULL;
  g_autofree char *annotators = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_return_val_if_fail (path != NULL, NULL);

  curated = hashiya_versions_curated_path (path);
  root = g_path_get_dirname (curated);
  name = g_path_get_basename (curated);
  annotators = g_build_filename (root, ANNOTATORS_FOLDER, NULL);
  dir = g_dir_open (annotators, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *version = g_build_filename (annotators, entry, name, NULL);

      if (g_file_test (version, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (found, g_steal_pointer (&version));
    }
  g_ptr_array_sort (found, compare_strings);
  g_ptr_array_add (found, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
}

/**
 * hashiya_versions_agree:
 * @paths: two or more versions of one text
 *
 * Reads @paths and measures how far they agree; a version in
 * annotators/NAME/ is NAME's.
 *
 * Returns: (transfer full): the agreement, computed; %NULL with @error set
 *   when a file cannot be read or the versions are not of one text
 */
HashiyaAgreement *
hashiya_versions_agree (const char * const  *paths,
                        GCancellable        *cancellable,
                        GError             **error)
{
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();

  g_return_val_if_fail (paths != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(HashiyaDocument) document = NULL;
      g_autofree char *owner = hashiya_versions_owner (paths[i]);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      document = hashiya_document_load_file (paths[i], error);
      if (document == NULL ||
          !hashiya_agreement_add_version (agreement, document, paths[i], NULL, owner, error))
        return NULL;
    }
  if (!hashiya_agreement_compute (agreement, error))
    return NULL;
  return g_steal_pointer (&agreement);
}

static void
agree_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  HashiyaAgreement *agreement = hashiya_versions_agree (task_data, cancellable, &error);

  if (agreement == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, agreement, g_object_unref);
}

/**
 * hashiya_versions_agree_async:
 *
 * hashiya_versions_agree() on a worker thread.
 */
void
hashiya_versions_agree_async (const char * const  *paths,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (paths != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_versions_agree_async);
  g_task_set_task_data (task, g_strdupv ((GStrv) paths), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, agree_thread);
}

HashiyaAgreement *
hashiya_versions_agree_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
