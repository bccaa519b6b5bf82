/* hashiya-document-load.c — a document loaded from a path, and saved to one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading and saving a .hashiya, and a new document from a text file.
 * What a user opens by name, whatever its format, is dispatched above
 * the importers (see hashiya_document_open_file()).
 */

#define G_LOG_DOMAIN "hashiya-document-load"

#include "config.h"

#include "hashiya-catalog-file.h"
#include "hashiya-document-load.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"

/**
 * hashiya_document_new_from_text_file:
 * @catalog: (nullable): the catalogue to start from (copied), or %NULL for
 *   the default one
 *
 * A new document with no mentions, from a UTF-8 text file.
 */
HashiyaDocument *
hashiya_document_new_from_text_file (const char      *path,
                                     HashiyaCatalog  *catalog,
                                     GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) copy = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if ((bytes = hashiya_file_read_limited (path, (guint64) HASHIYA_TEXT_MAX_MIB * 1024 * 1024 + 3, error)) == NULL)
    return NULL;

  text = hashiya_text_new_from_bytes (bytes, &local_error);
  if (text == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", path, local_error->message);
      return NULL;
    }

  copy = catalog != NULL ? hashiya_catalog_copy (catalog) : hashiya_catalog_new_default ();
  return hashiya_document_new (text, copy);
}

HashiyaDocument *
hashiya_document_load_file (const char  *path,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if ((bytes = hashiya_file_read_limited (path, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, error)) == NULL)
    return NULL;

  return hashiya_format_read_take (&bytes, path, error);
}

/**
 * hashiya_document_save_file:
 *
 * Writes the document to @path atomically (see
 * hashiya_file_write_atomic()) and marks it saved.
 */
gboolean
hashiya_document_save_file (HashiyaDocument  *document,
                            const char       *path,
                            GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = hashiya_format_write (document);
  if (!hashiya_file_write_atomic (path, bytes, error))
    return FALSE;

  hashiya_document_mark_saved (document);
  return TRUE;
}
