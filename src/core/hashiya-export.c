/* hashiya-export.c — every export format, behind one entry point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each format builds its whole file in memory from the document; the
 * file is then replaced atomically, so that a failed export never leaves
 * half a file. brat is the exception: it writes a folder.
 */

#define G_LOG_DOMAIN "hashiya-export"

#include "config.h"

#include "hashiya-brat-write.h"
#include "hashiya-export.h"
#include "hashiya-export-formats.h"
#include "hashiya-file.h"

/**
 * hashiya_export_to_bytes:
 *
 * Builds the file @format writes; for brat, the .ann.
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
hashiya_export_to_bytes (HashiyaDocument            *document,
                         HashiyaExportFormat         format,
                         const HashiyaExportOptions *options,
                         GError                    **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  switch (format)
    {
    case HASHIYA_EXPORT_BRAT:
      return hashiya_brat_write_ann (document);
    case HASHIYA_EXPORT_W3C:
      return hashiya_w3c_write (document, options);
    case HASHIYA_EXPORT_CONLL:
      return hashiya_conll_write (document, options);
    case HASHIYA_EXPORT_JSONL:
      return hashiya_jsonl_write (document, options);
    case HASHIYA_EXPORT_HTML:
      return hashiya_html_write (document, options);
    case HASHIYA_EXPORT_CSV:
      return hashiya_csv_write (document, options);
    case HASHIYA_EXPORT_PDF:
      return hashiya_pdf_write (document, options, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * hashiya_export_file:
 * @path: the file to write; for brat, the folder
 *
 * Writes @document in @format. The file is replaced atomically: on
 * failure, whatever was at @path is left as it was.
 */
gboolean
hashiya_export_file (HashiyaDocument            *document,
                     HashiyaExportFormat         format,
                     const HashiyaExportOptions *options,
                     const char                 *path,
                     GError                    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (format == HASHIYA_EXPORT_BRAT)
    return hashiya_brat_export (document, path, options->title, error);
  if ((bytes = hashiya_export_to_bytes (document, format, options, error)) == NULL)
    return FALSE;
  return hashiya_file_write_atomic (path, bytes, error);
}

static void
brat_exported_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (hashiya_brat_export_finish (HASHIYA_DOCUMENT (object), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_export_file_async:
 *
 * Exports like hashiya_export_file(). The file is built here, from the
 * document as it is now, and written by a worker thread.
 */
void
hashiya_export_file_async (HashiyaDocument            *document,
                           HashiyaExportFormat         format,
                           const HashiyaExportOptions *options,
                           const char                 *path,
                           GCancellable               *cancellable,
                           GAsyncReadyCallback         callback,
                           gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (options != NULL);
  g_return_if_fail (path != NULL);

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_export_file_async);

  if (format == HASHIYA_EXPORT_BRAT)
    {
      hashiya_brat_export_async (document, path, options->title, cancellable,
                                 brat_exported_cb, g_steal_pointer (&task));
      return;
    }

  if ((bytes = hashiya_export_to_bytes (document, format, options, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  hashiya_file_write_atomic_in_task (task, path, bytes);
}

gboolean
hashiya_export_file_finish (HashiyaDocument  *document,
                            GAsyncResult     *result,
                            GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, document), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
