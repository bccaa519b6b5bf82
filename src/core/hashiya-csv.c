/* hashiya-csv.c — one row a mention, or one a relation, RFC 4180
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

static void
append_number (GString *out,
               guint    number)
{
  g_string_append_printf (out, "%u,", number);
}

/* A relation's end: mention, actor, actor's English name, text, start,
 * end. */
static void
append_end (GString         *out,
            HashiyaDocument *document,
            const char      *mention_id)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, mention_id);
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));
  g_autofree char *covered = hashiya_text_slice (hashiya_document_get_text (document),
                                                 hashiya_mention_get_start (mention),
                                                 hashiya_mention_get_end (mention));

  hashiya_csv_append_field (out, mention_id, FALSE);
  hashiya_csv_append_field (out, hashiya_mention_get_actor (mention), FALSE);
  hashiya_csv_append_field (out, actor != NULL ? hashiya_actor_get_name_en (actor) : NULL, FALSE);
  hashiya_csv_append_field (out, covered, FALSE);
  append_number (out, hashiya_mention_get_start (mention));
  append_number (out, hashiya_mention_get_end (mention));
}

static void
append_relation_row (GString         *out,
                     HashiyaDocument *document,
                     HashiyaRelation *relation)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));
  g_autofree char *sentence = NULL;
  guint start, end;

  hashiya_csv_append_field (out, hashiya_relation_get_id (relation), FALSE);
  hashiya_csv_append_field (out, hashiya_relation_type_get_id (type), FALSE);
  hashiya_csv_append_field (out, hashiya_relation_type_get_name_ar (type), FALSE);
  hashiya_csv_append_field (out, hashiya_relation_type_get_name_en (type), FALSE);
  hashiya_csv_append_field (out, hashiya_relation_type_get_cameo (type), FALSE);
  hashiya_csv_append_field (out, hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, hashiya_relation_type_get_quad_class (type)), FALSE);
  append_end (out, document, hashiya_relation_get_source (relation));
  append_end (out, document, hashiya_relation_get_target (relation));
  if (hashiya_relation_get_trigger (relation, &start, &end))
    {
      g_autofree char *covered = hashiya_text_slice (text, start, end);

      hashiya_csv_append_field (out, covered, FALSE);
      append_number (out, start);
      append_number (out, end);
    }
  else
    g_string_append (out, ",,,");
  hashiya_csv_append_field (out, hashiya_relation_get_mode (relation), FALSE);
  hashiya_csv_append_field (out, hashiya_relation_get_negated (relation) ? "true" : "false", FALSE);
  hashiya_csv_append_field (out, hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY, hashiya_relation_get_modality (relation)), FALSE);
  hashiya_csv_append_field (out, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS, hashiya_relation_get_status (relation)), FALSE);
  hashiya_csv_append_field (out, hashiya_relation_get_note (relation), FALSE);
  hashiya_export_relation_sentence (document, relation, &start, &end);
  sentence = hashiya_text_slice (text, start, end);
  hashiya_csv_append_field (out, sentence, TRUE);
}

/* The relations table: one row a relation, its two ends, its trigger
 * and its sentence side by side, for a data frame or a graph. */
static void
append_relations (GString                    *out,
                  HashiyaDocument            *document,
                  const HashiyaExportOptions *options)
{
  g_autoptr(GPtrArray) mentions = hashiya_export_mentions (document, options);
  g_autoptr(GPtrArray) relations = hashiya_export_relations (document, mentions, options->skip_suggestions);

  g_string_append (out, "id,type,type_ar,type_en,cameo,quad_class,"
                   "source_mention,source_actor,source_name_en,source_text,source_start,source_end,"
                   "target_mention,target_actor,target_name_en,target_text,target_start,target_end,"
                   "trigger_text,trigger_start,trigger_end,mode,negated,modality,status,note,sentence\r\n");
  for (guint i = 0; i < relations->len; i++)
    append_relation_row (out, document, g_ptr_array_index (relations, i));
}

GBytes *
hashiya_csv_write (HashiyaDocument            *document,
                   const HashiyaExportOptions *options)
{
  g_autoptr(GPtrArray) mentions = NULL;
  GString *out = g_string_new (options->csv_bom ? "\xEF\xBB\xBF" : "");

  /* start and end count Unicode code points. */
  if (options->csv_relations)
    {
      append_relations (out, document, options);
      return g_string_free_to_bytes (out);
    }
  mentions = hashiya_export_mentions (document, options);
  g_string_append (out, "id,start,end,text,actor,name_en,kind,mention_type,status,note\r\n");
  for (guint i = 0; i < mentions->len; i++)
    append_row (out, document, g_ptr_array_index (mentions, i));
  return g_string_free_to_bytes (out);
}
