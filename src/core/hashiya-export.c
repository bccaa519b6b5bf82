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

#include <string.h>

#include "hashiya-brat.h"
#include "hashiya-enum-types.h"
#include "hashiya-export.h"
#include "hashiya-export-formats.h"
#include "hashiya-file.h"

HashiyaExportOptions *
hashiya_export_options_new (const char *title)
{
  HashiyaExportOptions *options = g_new0 (HashiyaExportOptions, 1);

  options->title = g_strdup (title != NULL && *title != '\0' ? title : "document");
  return options;
}

HashiyaExportOptions *
hashiya_export_options_copy (const HashiyaExportOptions *options)
{
  HashiyaExportOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  copy->title = g_strdup (options->title);
  return copy;
}

void
hashiya_export_options_free (HashiyaExportOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->title);
  g_free (options);
}

/**
 * hashiya_export_format_extension:
 *
 * Returns: the file name extension of @format, without the dot; "" for
 *   brat, which writes a folder
 */
const char *
hashiya_export_format_extension (HashiyaExportFormat format)
{
  static const char * const extensions[] = {
    [HASHIYA_EXPORT_BRAT] = "",
    [HASHIYA_EXPORT_W3C] = "jsonld",
    [HASHIYA_EXPORT_CONLL] = "conll",
    [HASHIYA_EXPORT_JSONL] = "jsonl",
    [HASHIYA_EXPORT_HTML] = "html",
    [HASHIYA_EXPORT_CSV] = "csv",
    [HASHIYA_EXPORT_PDF] = "pdf",
  };

  g_return_val_if_fail (format <= HASHIYA_EXPORT_PDF, "");
  return extensions[format];
}

/**
 * hashiya_export_mentions:
 *
 * Returns: (transfer container) (element-type HashiyaMention): the
 *   mentions to export, in text order
 */
GPtrArray *
hashiya_export_mentions (HashiyaDocument            *document,
                         const HashiyaExportOptions *options)
{
  guint n = hashiya_document_get_n_mentions (document);
  GPtrArray *mentions = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (options->skip_suggestions &&
          hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        continue;
      g_ptr_array_add (mentions, mention);
    }
  return mentions;
}

/* "state" → "State", the label NER tools show. */
char *
hashiya_export_kind_label (HashiyaActorKind kind)
{
  char *label = g_strdup (hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, kind));

  label[0] = g_ascii_toupper (label[0]);
  return label;
}

/**
 * hashiya_export_newline_name:
 *
 * Returns: "CRLF", "LF" or "none": how the lines of @text end
 */
const char *
hashiya_export_newline_name (HashiyaText *text)
{
  const char *data = hashiya_text_get_data (text, NULL);

  if (strstr (data, "\r\n") != NULL)
    return "CRLF";
  if (strchr (data, '\n') != NULL)
    return "LF";
  return "none";
}

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
