/* hashiya-export-util.c — what every export format shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options of an export, and the helpers the writers call; the
 * dispatch to the writers is hashiya-export.c, above them.
 */

#define G_LOG_DOMAIN "hashiya-export"

#include "config.h"

#include <string.h>

#include "hashiya-enum-types.h"
#include "hashiya-export-util.h"

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
