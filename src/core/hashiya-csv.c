/* hashiya-csv.c — one row a mention, RFC 4180
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields that hold a comma, a quote or a line break are quoted, quotes
 * doubled; records end in CRLF. UTF-8, with a byte-order mark when asked
 * for: spreadsheet programs take a file without one for a legacy code
 * page and garble the Arabic.
 */

#define G_LOG_DOMAIN "hashiya-csv"

#include "config.h"

#include <string.h>

#include "hashiya-csv-table.h"
#include "hashiya-enum-types.h"
#include "hashiya-export-formats.h"

static void
append_row (GString         *out,
            HashiyaDocument *document,
            HashiyaMention  *mention)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));
  guint start = hashiya_mention_get_start (mention);
  guint end = hashiya_mention_get_end (mention);
  g_autofree char *start_s = g_strdup_printf ("%u", start);
  g_autofree char *end_s = g_strdup_printf ("%u", end);
  g_autofree char *covered = hashiya_text_slice (hashiya_document_get_text (document), start, end);

  hashiya_csv_append_field (out, hashiya_mention_get_id (mention), FALSE);
  hashiya_csv_append_field (out, start_s, FALSE);
  hashiya_csv_append_field (out, end_s, FALSE);
  hashiya_csv_append_field (out, covered, FALSE);
  hashiya_csv_append_field (out, hashiya_mention_get_actor (mention), FALSE);
  hashiya_csv_append_field (out, actor != NULL ? hashiya_actor_get_name_en (actor) : NULL, FALSE);
  hashiya_csv_append_field (out, actor != NULL ? hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, hashiya_actor_get_kind (actor)) : NULL, FALSE);
  hashiya_csv_append_field (out, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE, hashiya_mention_get_mention_type (mention)), FALSE);
  hashiya_csv_append_field (out, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS, hashiya_mention_get_status (mention)), FALSE);
  hashiya_csv_append_field (out, hashiya_mention_get_note (mention), TRUE);
}

GBytes *
hashiya_csv_write (HashiyaDocument            *document,
                   const HashiyaExportOptions *options)
{
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  GString *out = g_string_new (options->csv_bom ? "\xEF\xBB\xBF" : "");

  /* start and end count Unicode code points. */
  g_string_append (out, "id,start,end,text,actor,name_en,kind,mention_type,status,note\r\n");
  for (guint i = 0; i < mentions->len; i++)
    append_row (out, document, g_ptr_array_index (mentions, i));
  return g_string_free_to_bytes (out);
}
