/* hashiya-corpus-row.c — what the document list knows of one file of a
 * corpus, and how it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <string.h>

#include "hashiya-catalog-file.h"
#include "hashiya-corpus-row.h"
#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"
#include "hashiya-relation-catalog-file.h"

#define ATTRIBUTES G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," \
                   G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC

HashiyaCorpusRow *
_hashiya_corpus_row_new (void)
{
  HashiyaCorpusRow *row = g_new0 (HashiyaCorpusRow, 1);

  row->metadata = hashiya_metadata_new ();
  /* Actor ids are few, and interned: no copy a row. */
  row->actor_counts = g_hash_table_new (g_str_hash, g_str_equal);
  return row;
}

void
_hashiya_corpus_row_free (HashiyaCorpusRow *row)
{
  if (row == NULL)
    return;
  g_free (row->sha256);
  g_free (row->text_sha256);
  g_free (row->catalog_sha256);
  hashiya_metadata_free (row->metadata);
  g_hash_table_unref (row->actor_counts);
  g_clear_error (&row->error);
  g_free (row);
}

/**
 * _hashiya_corpus_catalog_sha256:
 *
 * What two documents' catalogues are compared by: the SHA-256 of both
 * catalogues as the .hashiya file writes them.
 */
char *
_hashiya_corpus_catalog_sha256 (HashiyaCatalog         *catalog,
                                HashiyaRelationCatalog *relation_catalog)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GBytes) actors = hashiya_catalog_write (catalog);
  g_autoptr(GString) relations = g_string_new (NULL);

  hashiya_relation_catalog_append_json (relation_catalog, relations);
  g_checksum_update (checksum, g_bytes_get_data (actors, NULL), (gssize) g_bytes_get_size (actors));
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) relations->str, (gssize) relations->len);
  return g_strdup (g_checksum_get_string (checksum));
}

/* The counts, metadata and fingerprints of @document. */
void
_hashiya_corpus_row_fill (HashiyaCorpusRow *row,
                          HashiyaDocument  *document)
{
  GListModel *mentions = hashiya_document_get_mentions (document);
  GListModel *relations = hashiya_document_get_relations (document);
  HashiyaText *text = hashiya_document_get_text (document);
  guint n_mentions = g_list_model_get_n_items (mentions);
  guint n_relations = g_list_model_get_n_items (relations);

  g_free (row->text_sha256);
  row->text_sha256 = g_strdup (hashiya_text_get_sha256 (text));
  g_free (row->catalog_sha256);
  row->catalog_sha256 = _hashiya_corpus_catalog_sha256 (hashiya_document_get_catalog (document),
                                                         hashiya_document_get_relation_catalog (document));
  hashiya_metadata_free (row->metadata);
  row->metadata = hashiya_metadata_copy (hashiya_document_get_metadata (document));
  row->n_characters = hashiya_text_get_length (text);
  row->n_mentions = n_mentions;
  row->n_relations = n_relations;
  row->n_suggestions = 0;
  g_hash_table_remove_all (row->actor_counts);
  for (guint i = 0; i < n_mentions; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);
      const char *actor = hashiya_mention_get_actor (mention);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (row->actor_counts, actor));

      if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        row->n_suggestions++;
      g_hash_table_insert (row->actor_counts, (gpointer) g_intern_string (actor), GUINT_TO_POINTER (count + 1));
    }
  for (guint i = 0; i < n_relations; i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
        row->n_suggestions++;
    }
}

HashiyaCorpusRow *
_hashiya_corpus_row_copy (const HashiyaCorpusRow *row)
{
  HashiyaCorpusRow *copy = _hashiya_corpus_row_new ();
  GHashTableIter iter;
  gpointer key, value;

  copy->size = row->size;
  copy->mtime = row->mtime;
  copy->sha256 = g_strdup (row->sha256);
  copy->text_sha256 = g_strdup (row->text_sha256);
  copy->catalog_sha256 = g_strdup (row->catalog_sha256);
  hashiya_metadata_free (copy->metadata);
  copy->metadata = hashiya_metadata_copy (row->metadata);
  copy->n_characters = row->n_characters;
  copy->n_mentions = row->n_mentions;
  copy->n_suggestions = row->n_suggestions;
  copy->n_relations = row->n_relations;
  g_hash_table_iter_init (&iter, row->actor_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->actor_counts, key, value);
  copy->error = row->error != NULL ? g_error_copy (row->error) : NULL;
  return copy;
}

static gint64
info_mtime (GFileInfo *info)
{
  return (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

/* The size, time and SHA-256 of the file as @bytes were read from it. */
void
_hashiya_corpus_row_set_file (HashiyaCorpusRow *row,
                              GFile            *file,
                              GBytes           *bytes)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    {
      row->size = (guint64) g_file_info_get_size (info);
      row->mtime = info_mtime (info);
    }
  g_free (row->sha256);
  row->sha256 = bytes != NULL ? g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes) : NULL;
}

/**
 * _hashiya_corpus_read_row:
 * @catalog: (nullable): for a text, the catalogue of the document made
 *   of it
 * @document: (out) (optional): the document read, or made of the text
 *
 * Reads one file of the corpus. Never fails: a file that cannot be read
 * gets a row that says why ("PATH: …").
 */
HashiyaCorpusRow *
_hashiya_corpus_read_row (GFile                   *file,
                          const char              *path,
                          HashiyaCatalog          *catalog,
                          HashiyaRelationCatalog  *relation_catalog,
                          HashiyaDocument        **document)
{
  g_autoptr(HashiyaCorpusRow) row = _hashiya_corpus_row_new ();
  g_autoptr(HashiyaDocument) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *local = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (document != NULL)
    *document = NULL;

  /* The time first: a change while the file is read shows as a newer
   * time at the next look. */
  _hashiya_corpus_row_set_file (row, file, NULL);
  if (g_str_has_suffix (path, ".txt"))
    {
      g_autoptr(HashiyaText) text = NULL;

      bytes = hashiya_file_read_limited (local, (guint64) HASHIYA_TEXT_MAX_MIB * 1024 * 1024 + 3, &error);
      if (bytes != NULL && (text = hashiya_text_new_from_bytes (bytes, &error)) == NULL)
        g_prefix_error (&error, "%s: ", path);
      if (text != NULL)
        {
          g_autoptr(HashiyaCatalog) copy = catalog != NULL ? hashiya_catalog_copy (catalog) : hashiya_catalog_new (NULL);

          read = hashiya_document_new (text, copy);
          if (relation_catalog != NULL)
            {
              g_autoptr(HashiyaRelationCatalog) relations = hashiya_relation_catalog_copy (relation_catalog);

              _hashiya_document_set_relation_catalog (read, relations);
            }
        }
    }
  else
    {
      bytes = hashiya_file_read_limited (local, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, &error);
      if (bytes != NULL)
        read = hashiya_format_read (bytes, path, &error);
    }

  if (bytes != NULL)
    row->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  if (read == NULL)
    {
      /* I/O errors name the full path; the list names the file by its
       * path in the corpus. */
      if (bytes == NULL)
        {
          g_autoptr(GError) named = g_error_new_literal (error->domain, error->code,
                                                         error->message);

          if (g_str_has_prefix (named->message, local))
            {
              g_autofree char *message = g_strconcat (path, named->message + strlen (local), NULL);

              g_free (named->message);
              named->message = g_steal_pointer (&message);
            }
          g_clear_error (&error);
          error = g_steal_pointer (&named);
        }
      row->error = g_steal_pointer (&error);
      return g_steal_pointer (&row);
    }

  _hashiya_corpus_row_fill (row, read);
  if (g_str_has_suffix (path, ".txt"))
    g_clear_pointer (&row->catalog_sha256, g_free);
  if (document != NULL)
    *document = g_steal_pointer (&read);
  return g_steal_pointer (&row);
}
