/* hashiya-open.c — opening what a user may open, by its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the .hashiya codec and every importer: a file's name says which
 * of them reads it.
 */

#define G_LOG_DOMAIN "hashiya-open"

#include "config.h"

#include "hashiya-brat-read.h"
#include "hashiya-document-load.h"
#include "hashiya-export-formats.h"
#include "hashiya-file.h"
#include "hashiya-open.h"

/**
 * hashiya_import_format_from_path:
 *
 * Guesses the format of a file from its extension: .ann (brat),
 * .jsonld (W3C), .jsonl (JSONL), .conll, .bio, .iob (CoNLL/BIO).
 */
gboolean
hashiya_import_format_from_path (const char          *path,
                                 HashiyaExportFormat *format)
{
  static const struct { const char *suffix; HashiyaExportFormat format; } suffixes[] = {
    { ".ann", HASHIYA_EXPORT_BRAT }, { ".jsonld", HASHIYA_EXPORT_W3C },
    { ".jsonl", HASHIYA_EXPORT_JSONL }, { ".conll", HASHIYA_EXPORT_CONLL },
    { ".bio", HASHIYA_EXPORT_CONLL }, { ".iob", HASHIYA_EXPORT_CONLL },
  };
  g_autofree char *lower = g_utf8_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *format = suffixes[i].format;
        return TRUE;
      }
  return FALSE;
}

gboolean
hashiya_import_format_is_supported (HashiyaExportFormat format)
{
  return format == HASHIYA_EXPORT_BRAT || format == HASHIYA_EXPORT_W3C ||
         format == HASHIYA_EXPORT_JSONL || format == HASHIYA_EXPORT_CONLL;
}

/* W3C and brat files do not hold their text: it is given, or it is
 * the .txt beside them. */
static char *
text_path_for (const char *path,
               const char *text_path)
{
  g_autofree char *stem = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;

  if (text_path != NULL)
    return g_strdup (text_path);
  stem = hashiya_file_stem (path);
  dir = g_path_get_dirname (path);
  name = g_strconcat (stem, ".txt", NULL);
  return g_build_filename (dir, name, NULL);
}

/**
 * hashiya_import_file:
 * @text_path: (nullable): the text, for brat and W3C; the .txt beside
 *   @path when %NULL
 * @catalog: (nullable): the actors; the default catalogue when %NULL
 * @problems: (out): the remarks, "PATH:LINE: message"
 *
 * Makes a document from a file in another tool's format.
 */
HashiyaDocument *
hashiya_import_file (HashiyaExportFormat   format,
                     const char           *path,
                     const char           *text_path,
                     HashiyaCatalog       *catalog,
                     GPtrArray           **problems,
                     GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *txt = NULL;
  g_autoptr(HashiyaDocument) document = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (hashiya_import_format_is_supported (format), NULL);

  if (format == HASHIYA_EXPORT_BRAT)
    {
      txt = text_path != NULL ? g_strdup (text_path) : hashiya_brat_text_path (path);
      return hashiya_brat_import (path, txt, catalog, problems, error);
    }

  if ((bytes = hashiya_file_read_limited (path, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, error)) == NULL)
    return NULL;

  switch (format)
    {
    case HASHIYA_EXPORT_W3C:
      txt = text_path_for (path, text_path);
      if ((document = hashiya_document_new_from_text_file (txt, catalog, error)) == NULL)
        return NULL;
      return hashiya_w3c_read (document, bytes, path, problems, error) ? g_steal_pointer (&document) : NULL;
    case HASHIYA_EXPORT_JSONL:
      return hashiya_jsonl_read (bytes, path, catalog, problems, error);
    case HASHIYA_EXPORT_CONLL:
      return hashiya_conll_read (bytes, path, catalog, problems, error);
    case HASHIYA_EXPORT_BRAT:
    case HASHIYA_EXPORT_HTML:
    case HASHIYA_EXPORT_CSV:
    case HASHIYA_EXPORT_PDF:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * hashiya_document_open_file:
 *
 * @catalog: (nullable): what a text starts from (copied), or %NULL for the
 *   built-in catalogue
 *
 * Opens what a user may open: a .hashiya document, another tool's
 * annotations (see hashiya_import_format_from_path()), or else a UTF-8
 * text, which becomes a new document.
 */
HashiyaDocument *
hashiya_document_open_file (const char      *path,
                            HashiyaCatalog  *catalog,
                            GError         **error)
{
  HashiyaExportFormat format;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_has_suffix (path, ".hashiya"))
    return hashiya_document_load_file (path, error);
  if (hashiya_import_format_from_path (path, &format))
    {
      /* Another tool's annotations (brat and W3C with the .txt beside
       * them). What the import could not take stays on the document, for
       * the window to show. */
      g_autoptr(GPtrArray) problems = NULL;

      return hashiya_import_file (format, path, NULL, catalog, &problems, error);
    }
  return hashiya_document_new_from_text_file (path, catalog, error);
}
