/* hashiya-corpus-export.c — a whole corpus in another tool's format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file for the whole corpus, each document as its own export says it,
 * in the order of their paths:
 *
 * - csv: one header, then every document's rows, each with the
 *   document's path in a first column "document";
 * - jsonl: one line a document, its "meta" with "document" (its path) and
 *   its metadata;
 * - conll: every document after its own -DOCSTART- line;
 * - w3c: one AnnotationCollection of every document's annotations, each
 *   with "hashiya:document", its document's path;
 * - brat: a folder, PATH.txt and PATH.ann for each document (subfolders
 *   as in the corpus), with brat's configuration files.
 *
 * Documents that cannot be read are left out and listed.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "hashiya-brat.h"
#include "hashiya-corpus-export.h"
#include "hashiya-corpus-private.h"
#include "hashiya-csv-table.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-export.h"
#include "hashiya-file.h"

gboolean
hashiya_corpus_export_format_is_supported (HashiyaExportFormat format)
{
  return format == HASHIYA_EXPORT_CSV || format == HASHIYA_EXPORT_JSONL || format == HASHIYA_EXPORT_CONLL ||
         format == HASHIYA_EXPORT_BRAT || format == HASHIYA_EXPORT_W3C;
}

typedef struct
{
  HashiyaExportFormat  format;
  GString             *out;
  JsonArray           *items;      /* w3c */
  GHashTable          *ids;        /* w3c: the ids given out */
  gboolean             has_header; /* csv */
} Export;

static gboolean
add_csv (Export           *export,
         const char       *path,
         GBytes           *bytes,
         GError          **error)
{
  g_autoptr(GPtrArray) rows = hashiya_csv_read (bytes, path, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      HashiyaCsvRow *row = g_ptr_array_index (rows, i);

      if (i == 0 && export->has_header)
        continue;
      hashiya_csv_append_field (export->out, i == 0 ? "document" : path, FALSE);
      for (guint j = 0; row->fields[j] != NULL; j++)
        hashiya_csv_append_field (export->out, row->fields[j], row->fields[j + 1] == NULL);
    }
  export->has_header = TRUE;
  return TRUE;
}

static void
set_string_or_skip (JsonObject *object,
                    const char *name,
                    const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

static gboolean
add_jsonl (Export           *export,
           const char       *path,
           HashiyaDocument  *document,
           GBytes           *bytes,
           GError          **error)
{
  const HashiyaMetadata *metadata = hashiya_document_get_metadata (document);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *line = NULL;
  JsonObject *object, *meta;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), error))
    return FALSE;
  object = json_node_get_object (json_parser_get_root (parser));
  meta = json_object_get_object_member (object, "meta");
  json_object_set_string_member (meta, "document", path);
  set_string_or_skip (meta, "title", metadata->title);
  set_string_or_skip (meta, "source", metadata->source);
  set_string_or_skip (meta, "date", metadata->date);
  set_string_or_skip (meta, "url", metadata->url);
  json_generator_set_root (generator, json_parser_get_root (parser));
  line = json_generator_to_data (generator, NULL);
  g_string_append (export->out, line);
  g_string_append_c (export->out, '\n');
  return TRUE;
}

static gboolean
add_w3c (Export      *export,
         const char  *path,
         GBytes      *bytes,
         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *collection, *page;
  JsonArray *items;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), error))
    return FALSE;
  collection = json_node_get_object (json_parser_get_root (parser));
  page = json_object_get_object_member (collection, "first");
  items = page != NULL ? json_object_get_array_member (page, "items") : NULL;
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_dup_element (items, i);
      JsonObject *item = json_node_get_object (node);
      const char *id = json_object_get_string_member_with_default (item, "id", "");

      /* Two documents of the same text would give the same ids. */
      if (!g_hash_table_add (export->ids, g_strdup (id)))
        {
          g_autofree char *unique = g_strdup_printf ("%s:%s", id, path);

          json_object_set_string_member (item, "id", unique);
          g_hash_table_add (export->ids, g_steal_pointer (&unique));
        }
      json_object_set_string_member (item, "hashiya:document", path);
      json_array_add_element (export->items, node);
    }
  return TRUE;
}

static GBytes *
finish_w3c (Export        *export,
            HashiyaCorpus *corpus)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, hashiya_corpus_get_name (corpus), -1);
  g_autofree char *id = g_strdup_printf ("urn:hashiya:corpus:%s", key);
  g_autofree char *page_id = g_strdup_printf ("%s:page1", id);
  JsonObject *page;
  char *json;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "http://www.w3.org/ns/anno.jsonld");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "hashiya");
  json_builder_add_string_value (builder, "https://github.com/hashiya/hashiya/ns#");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "AnnotationCollection");
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, hashiya_corpus_get_name (corpus));
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, json_array_get_length (export->items));
  json_builder_set_member_name (builder, "hashiya:offsets");
  json_builder_add_string_value (builder, "Unicode code points");
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  page = json_object_new ();
  json_object_set_string_member (page, "id", page_id);
  json_object_set_string_member (page, "type", "AnnotationPage");
  json_object_set_int_member (page, "startIndex", 0);
  json_object_set_array_member (page, "items", json_array_ref (export->items));
  json_object_set_object_member (json_node_get_object (root), "first", page);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  return g_bytes_new_take (json, strlen (json));
}

/* The stem brat's files of @path get: its path without ".hashiya". */
static char *
brat_stem (const char *path)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, '/');

  if (dot != NULL && (slash == NULL || dot > slash))
    return g_strndup (path, (gsize) (dot - path));
  return g_strdup (path);
}

/**
 * hashiya_corpus_export:
 * @format: csv, jsonl, conll, w3c (one file) or brat (a folder)
 * @path: the file to write, or brat's folder
 * @problems: (out) (optional) (element-type utf8): the documents left
 *   out, each "PATH: why"
 *
 * Writes the whole corpus in @format (see the top of this file for how
 * each format holds many documents). A file is written atomically; brat's
 * folder is made and each of its files written atomically.
 */
gboolean
hashiya_corpus_export (HashiyaCorpus               *self,
                       HashiyaExportFormat          format,
                       const HashiyaExportOptions  *options,
                       const char                  *path,
                       HashiyaCorpusProgressFunc    progress,
                       gpointer                     progress_data,
                       GPtrArray                  **problems,
                       GCancellable                *cancellable,
                       GError                     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonArray) items = json_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  GListModel *documents;
  Export export = { format, out, items, ids, FALSE };
  guint n;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (problems != NULL)
    *problems = NULL;
  if (!hashiya_corpus_export_format_is_supported (format))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("a corpus is exported as csv, jsonl, conll, brat or w3c, not %s"),
                   hashiya_enum_to_nick (HASHIYA_TYPE_EXPORT_FORMAT, format));
      return FALSE;
    }
  if (format == HASHIYA_EXPORT_CSV && options->csv_bom)
    g_string_append (out, "\xEF\xBB\xBF");

  documents = hashiya_corpus_get_documents (self);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaCorpusDocument) item = g_list_model_get_item (documents, i);
      g_autoptr(HashiyaDocument) document = NULL;
      g_autoptr(HashiyaCorpusRow) row = NULL;
      g_autoptr(HashiyaExportOptions) own = hashiya_export_options_copy (options);
      g_autoptr(GBytes) part = NULL;
      g_autoptr(GError) local_error = NULL;
      const char *document_path = hashiya_corpus_document_get_path (item);
      gboolean added;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      row = _hashiya_corpus_read_row (hashiya_corpus_document_get_file (item), document_path,
                                      hashiya_corpus_get_catalog (self), hashiya_corpus_get_relation_catalog (self),
                                      &document);
      if (document == NULL)
        {
          g_ptr_array_add (found, g_strdup (row->error->message));
          continue;
        }
      g_free (own->title);
      own->title = g_strdup (hashiya_corpus_document_get_display_name (item));
      /* The corpus's file has the BOM, not each document's part. */
      own->csv_bom = FALSE;

      if (format == HASHIYA_EXPORT_BRAT)
        {
          g_autofree char *stem = brat_stem (document_path);
          g_autofree char *full = g_build_filename (path, stem, NULL);
          g_autofree char *directory = g_path_get_dirname (full);
          g_autofree char *name = g_path_get_basename (full);

          if (!hashiya_brat_export (document, directory, name, error))
            return FALSE;
          if (progress != NULL)
            progress (i + 1, n, document_path, progress_data);
          continue;
        }

      if ((part = hashiya_export_to_bytes (document, format, own, &local_error)) == NULL)
        {
          g_ptr_array_add (found, g_strdup_printf ("%s: %s", document_path, local_error->message));
          continue;
        }
      switch (format)
        {
        case HASHIYA_EXPORT_CSV:
          added = add_csv (&export, document_path, part, &local_error);
          break;
        case HASHIYA_EXPORT_JSONL:
          added = add_jsonl (&export, document_path, document, part, &local_error);
          break;
        case HASHIYA_EXPORT_W3C:
          added = add_w3c (&export, document_path, part, &local_error);
          break;
        case HASHIYA_EXPORT_CONLL:
        case HASHIYA_EXPORT_BRAT:
        case HASHIYA_EXPORT_HTML:
        case HASHIYA_EXPORT_PDF:
        default:
          g_string_append_len (out, g_bytes_get_data (part, NULL), (gssize) g_bytes_get_size (part));
          added = TRUE;
          break;
        }
      if (!added)
        g_ptr_array_add (found, g_strdup_printf ("%s: %s", document_path, local_error->message));
      if (progress != NULL)
        progress (i + 1, n, document_path, progress_data);
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);
  if (format == HASHIYA_EXPORT_BRAT)
    return TRUE;
  bytes = format == HASHIYA_EXPORT_W3C ? finish_w3c (&export, self) : g_string_free_to_bytes (g_steal_pointer (&out));
  return hashiya_file_write_atomic (path, bytes, error);
}
