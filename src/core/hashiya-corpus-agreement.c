/* hashiya-corpus-agreement.c — how far the annotators of a corpus agree:
 * each document with versions, all of them pooled, and the figures kept
 * in the corpus folder (agreement.json)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document's versions are its annotators' files,
 * annotators/NAME/DOC.hashiya beside the curated DOC.hashiya (the
 * corpus lists them among its documents). Each document with two or
 * more is measured on its own; the overall figures pool the units of
 * every document measured (HashiyaAgreement with a text for each
 * document: an annotator without a version of a document has missing
 * values there). The figures are written to agreement.json with each
 * version's SHA-256, so that a figure whose versions changed since is
 * known to be out of date. The format: docs/AGREEMENT.md.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "hashiya-corpus-agreement.h"
#include "hashiya-corpus-private.h"
#include "hashiya-document-load.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-format.h"
#include "hashiya-versions.h"

#define FILE_VERSION 1

struct _HashiyaCorpusAgreement
{
  GObject           parent_instance;

  GPtrArray        *documents;  /* HashiyaCorpusAgreementDocument */
  HashiyaAgreement *overall;
  guint             n_measured;
  guint             n_single;
  guint             n_refused;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusAgreement, hashiya_corpus_agreement, G_TYPE_OBJECT)

static void
document_free (HashiyaCorpusAgreementDocument *document)
{
  g_free (document->path);
  g_strfreev (document->versions);
  g_strfreev (document->sha256);
  g_clear_object (&document->agreement);
  g_free (document->problem);
  g_free (document);
}

static void
hashiya_corpus_agreement_finalize (GObject *object)
{
  HashiyaCorpusAgreement *self = (HashiyaCorpusAgreement *) object;

  g_ptr_array_unref (self->documents);
  g_clear_object (&self->overall);
  G_OBJECT_CLASS (hashiya_corpus_agreement_parent_class)->finalize (object);
}

static void
hashiya_corpus_agreement_class_init (HashiyaCorpusAgreementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_corpus_agreement_finalize;
}

static void
hashiya_corpus_agreement_init (HashiyaCorpusAgreement *self)
{
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) document_free);
}

/**
 * hashiya_corpus_agreement_document_of:
 * @path: a document of a corpus, relative to its folder
 *
 * Returns: (transfer full): the document @path is a version of, DOC for
 *   annotators/NAME/DOC, else @path itself
 */
char *
hashiya_corpus_agreement_document_of (const char *path)
{
  g_autofree char *absolute = NULL;
  g_autofree char *curated = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  absolute = g_build_filename ("/", path, NULL);
  curated = hashiya_versions_curated_path (absolute);
  return g_strdup (curated + 1);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * hashiya_corpus_agreement_find_versions:
 *
 * The versions of each document of @corpus, from the documents it lists
 * (no file is read).
 *
 * Returns: (transfer full) (element-type utf8 GStrv): each document that
 *   has one or more annotators' versions (its path relative to the
 *   folder) → their paths, in order
 */
GHashTable *
hashiya_corpus_agreement_find_versions (HashiyaCorpus *corpus)
{
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  GHashTable *versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  GListModel *documents;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), versions);

  documents = hashiya_corpus_get_documents (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (documents, i);
      const char *path = hashiya_corpus_document_get_path (document);
      g_autofree char *absolute = g_build_filename ("/", path, NULL);
      g_autofree char *owner = hashiya_versions_owner (absolute);
      g_autofree char *curated = NULL;
      GPtrArray *paths;

      if (owner == NULL || !g_str_has_suffix (path, ".hashiya"))
        continue;
      curated = hashiya_corpus_agreement_document_of (path);
      paths = g_hash_table_lookup (found, curated);
      if (paths == NULL)
        {
          paths = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (found, g_steal_pointer (&curated), paths);
        }
      g_ptr_array_add (paths, g_strdup (path));
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *paths = value;

      g_ptr_array_sort (paths, compare_strings);
      g_ptr_array_add (paths, NULL);
      g_hash_table_insert (versions, g_strdup (key), g_ptr_array_steal (paths, NULL));
    }
  return versions;
}

/* Reads and compares @document's versions; says why not, in ->problem,
 * when they cannot be. */
static void
measure_document (HashiyaCorpusAgreementDocument *document,
                  const char                     *root,
                  GCancellable                   *cancellable)
{
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(GStrvBuilder) hashes = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  guint n = g_strv_length (document->versions);

  for (guint i = 0; i < n && error == NULL; i++)
    {
      const char *version = document->versions[i];
      g_autofree char *path = g_build_filename (root, version, NULL);
      g_autofree char *owner = hashiya_versions_owner (path);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(HashiyaDocument) contents = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        break;
      bytes = hashiya_file_read_limited (path, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, &error);
      if (bytes == NULL)
        break;
      {
        g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

        g_strv_builder_add (hashes, sha256);
      }
      if ((contents = hashiya_format_read (bytes, version, &error)) == NULL)
        break;
      if (n >= 2)
        hashiya_agreement_add_version (agreement, contents, version, NULL, owner, &error);
    }
  document->sha256 = g_strv_builder_end (hashes);
  if (error == NULL && n < 2)
    document->problem = g_strdup (_("one version only: nothing to compare it with"));
  else if (error != NULL || !hashiya_agreement_compute (agreement, &error))
    document->problem = g_strdup (error->message);
  else
    document->agreement = g_steal_pointer (&agreement);
}

static HashiyaCorpusAgreementDocument *
document_new (const char         *path,
              const char * const *versions)
{
  HashiyaCorpusAgreementDocument *document = g_new0 (HashiyaCorpusAgreementDocument, 1);

  document->path = g_strdup (path);
  document->versions = g_strdupv ((char **) versions);
  return document;
}

/* Every measured document's versions, as the texts of one agreement. */
static gboolean
pool (HashiyaCorpusAgreement  *self,
      GError                 **error)
{
  g_autoptr(HashiyaAgreement) overall = hashiya_agreement_new ();

  for (guint d = 0; d < self->documents->len; d++)
    {
      HashiyaCorpusAgreementDocument *document = g_ptr_array_index (self->documents, d);
      HashiyaAgreement *agreement = document->agreement;

      if (agreement == NULL)
        continue;
      for (guint v = 0; v < hashiya_agreement_get_n_versions (agreement); v++)
        {
          const char *source = NULL;
          guint annotator = 0;
          HashiyaDocument *version = hashiya_agreement_get_version (agreement, v, &source, &annotator);

          if (!hashiya_agreement_add_version (overall, version, source, document->path,
                                              hashiya_agreement_get_annotator (agreement, annotator), error))
            return FALSE;
        }
    }
  if (!hashiya_agreement_compute (overall, error))
    return FALSE;
  self->overall = g_steal_pointer (&overall);
  return TRUE;
}

/**
 * hashiya_corpus_agreement_compute:
 *
 * Measures the agreement of every document of @corpus that has
 * annotators' versions (those with one only are listed, not measured;
 * those whose versions cannot be compared are listed with the reason),
 * and of all the measured ones pooled.
 *
 * Returns: (transfer full): the agreement, or %NULL with @error set when
 *   no document has two versions, or none of them could be compared
 */
HashiyaCorpusAgreement *
hashiya_corpus_agreement_compute (HashiyaCorpus  *corpus,
                                  GCancellable   *cancellable,
                                  GError        **error)
{
  g_autoptr(HashiyaCorpusAgreement) self = NULL;
  g_autoptr(GHashTable) found = NULL;
  g_autofree char *root = NULL;
  g_autofree const char **paths = NULL;
  guint n_paths = 0;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_CORPUS_AGREEMENT, NULL);
  root = g_file_get_path (hashiya_corpus_get_folder (corpus));
  found = hashiya_corpus_agreement_find_versions (corpus);
  paths = (const char **) g_hash_table_get_keys_as_array (found, &n_paths);
  qsort (paths, n_paths, sizeof (char *), compare_strings);

  for (guint i = 0; i < n_paths; i++)
    {
      HashiyaCorpusAgreementDocument *document = document_new (paths[i], g_hash_table_lookup (found, paths[i]));

      g_ptr_array_add (self->documents, document);
      measure_document (document, root, cancellable);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (g_strv_length (document->versions) < 2)
        self->n_single++;
      else if (document->agreement != NULL)
        self->n_measured++;
      else
        self->n_refused++;
    }

  if (self->n_measured + self->n_refused == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("%s: no document has the versions of two annotators (annotators/NAME/DOC.hashiya)"), root);
      return NULL;
    }
  if (self->n_measured == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   ngettext ("%s: the versions of the %u document that has them cannot be compared",
                             "%s: the versions of none of the %u documents that have them can be compared",
                             self->n_refused), root, self->n_refused);
      return NULL;
    }
  if (!pool (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * hashiya_corpus_agreement_get_documents:
 *
 * Returns: (transfer none) (element-type HashiyaCorpusAgreementDocument):
 *   the documents with versions, in order of their paths
 */
GPtrArray *
hashiya_corpus_agreement_get_documents (HashiyaCorpusAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), NULL);
  return self->documents;
}

/**
 * hashiya_corpus_agreement_get_overall:
 *
 * Returns: (transfer none): the units of every measured document pooled:
 *   each document is a text, each annotator one coder across them
 */
HashiyaAgreement *
hashiya_corpus_agreement_get_overall (HashiyaCorpusAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), NULL);
  return self->overall;
}

guint
hashiya_corpus_agreement_get_n_measured (HashiyaCorpusAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), 0);
  return self->n_measured;
}

guint
hashiya_corpus_agreement_get_n_single (HashiyaCorpusAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), 0);
  return self->n_single;
}

guint
hashiya_corpus_agreement_get_n_refused (HashiyaCorpusAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), 0);
  return self->n_refused;
}

static void
add_document (JsonBuilder                    *builder,
              HashiyaCorpusAgreementDocument *document)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, document->path);
  json_builder_set_member_name (builder, "versions");
  json_builder_begin_array (builder);
  for (guint v = 0; document->versions[v] != NULL; v++)
    {
      g_autofree char *owner = hashiya_versions_owner (document->versions[v]);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, document->versions[v]);
      json_builder_set_member_name (builder, "annotator");
      json_builder_add_string_value (builder, owner);
      json_builder_set_member_name (builder, "sha256");
      if (v < g_strv_length (document->sha256))
        json_builder_add_string_value (builder, document->sha256[v]);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (document->agreement != NULL)
    hashiya_agreement_add_json_scores (document->agreement, builder);
  else
    {
      json_builder_set_member_name (builder, "problem");
      json_builder_add_string_value (builder, document->problem);
    }
  json_builder_end_object (builder);
}

/* When the figures were computed: now, or SOURCE_DATE_EPOCH when it is
 * set (for reproducible files). */
static char *
computed_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    now = g_date_time_new_from_unix_utc ((gint64) seconds);
  else
    now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/**
 * hashiya_corpus_agreement_to_json:
 *
 * Returns: (transfer full): the figures as agreement.json keeps them
 *   (docs/AGREEMENT.md): when, how many documents, the annotators, the
 *   pooled units, pairs and overall figures, and each document's
 *   versions (file, annotator, SHA-256) with its figures or its problem;
 *   with @broken_down, the pooled figures by @by too
 */
char *
hashiya_corpus_agreement_to_json (HashiyaCorpusAgreement *self,
                                  HashiyaAgreementBy      by,
                                  gboolean                broken_down)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *computed = computed_now ();

  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FILE_VERSION);
  json_builder_set_member_name (builder, "computed");
  json_builder_add_string_value (builder, computed);
  json_builder_set_member_name (builder, "documents_measured");
  json_builder_add_int_value (builder, self->n_measured);
  json_builder_set_member_name (builder, "documents_one_version");
  json_builder_add_int_value (builder, self->n_single);
  json_builder_set_member_name (builder, "documents_refused");
  json_builder_add_int_value (builder, self->n_refused);
  json_builder_set_member_name (builder, "annotators");
  json_builder_begin_array (builder);
  for (guint a = 0; a < hashiya_agreement_get_n_annotators (self->overall); a++)
    json_builder_add_string_value (builder, hashiya_agreement_get_annotator (self->overall, a));
  json_builder_end_array (builder);
  hashiya_agreement_add_json_scores (self->overall, builder);
  if (broken_down)
    hashiya_agreement_add_json_break_down (self->overall, builder, by);
  json_builder_set_member_name (builder, "documents");
  json_builder_begin_array (builder);
  for (guint d = 0; d < self->documents->len; d++)
    add_document (builder, g_ptr_array_index (self->documents, d));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return generate (root);
}

static char *
file_path (HashiyaCorpus *corpus)
{
  g_autofree char *root = g_file_get_path (hashiya_corpus_get_folder (corpus));

  return g_build_filename (root, HASHIYA_CORPUS_AGREEMENT_FILE_NAME, NULL);
}

static gboolean
write_file (HashiyaCorpus  *corpus,
            const char     *json,
            GError        **error)
{
  g_autofree char *path = file_path (corpus);
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_strconcat (json, "\n", NULL), strlen (json) + 1);

  return hashiya_file_write_atomic (path, bytes, error);
}

/**
 * hashiya_corpus_agreement_save:
 *
 * Writes the figures to @corpus's agreement.json, in one rename.
 *
 * Returns: %FALSE, with @error set and nothing written, when the corpus
 *   is read-only or the file cannot be written
 */
gboolean
hashiya_corpus_agreement_save (HashiyaCorpusAgreement  *self,
                               HashiyaCorpus           *corpus,
                               GError                 **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (HASHIYA_IS_CORPUS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), FALSE);

  if (!_hashiya_corpus_check_writable (corpus, error))
    return FALSE;
  json = hashiya_corpus_agreement_to_json (self, HASHIYA_AGREEMENT_BY_ACTOR, FALSE);
  return write_file (corpus, json, error);
}

/* agreement.json's root object, or %NULL: no file (not an error), or
 * @error set. */
static JsonObject *
read_file (HashiyaCorpus  *corpus,
           GError        **error)
{
  g_autofree char *path = file_path (corpus);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  JsonNode *root;
  gint64 version;

  if (!json_parser_load_from_mapped_file (parser, path, &local))
    {
      if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return NULL;
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX, "%s: %s", path, local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "documents") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "documents")))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: not the agreement figures of a corpus"), path);
      return NULL;
    }
  version = json_object_get_int_member_with_default (json_node_get_object (root), "version", 0);
  if (version > FILE_VERSION)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_VERSION,
                   _("%s: written by a newer Hashiya (version %d)"), path, (int) version);
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

/* @documents with @entry (the document @path's) in its place by path. */
static JsonArray *
insert_by_path (JsonArray  *documents,
                JsonNode   *entry,
                const char *path)
{
  JsonArray *sorted = json_array_new ();
  gboolean added = FALSE;

  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonNode *element = json_array_get_element (documents, i);
      const char *other = JSON_NODE_HOLDS_OBJECT (element)
                          ? json_object_get_string_member_with_default (json_node_get_object (element), "path", "")
                          : "";

      if (!added && g_strcmp0 (path, other) < 0)
        {
          json_array_add_element (sorted, json_node_ref (entry));
          added = TRUE;
        }
      json_array_add_element (sorted, json_node_ref (element));
    }
  if (!added)
    json_array_add_element (sorted, json_node_ref (entry));
  json_node_unref (entry);
  return sorted;
}

/**
 * hashiya_corpus_agreement_store_document:
 * @path: a document of @corpus, relative to its folder: the curated one
 *   or one of its versions
 *
 * Measures the agreement of @path's versions again and puts it into
 * agreement.json in place of what it kept for @path (the pooled
 * figures stay those of the last computation of the whole corpus).
 *
 * Returns: %FALSE, with @error set and nothing written, when the
 *   versions cannot be compared, agreement.json cannot be read, or the
 *   corpus is read-only
 */
gboolean
hashiya_corpus_agreement_store_document (HashiyaCorpus  *corpus,
                                         const char     *path,
                                         GCancellable   *cancellable,
                                         GError        **error)
{
  g_autoptr(GHashTable) found = NULL;
  g_autofree char *curated = NULL;
  g_autofree char *root = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) entry = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *computed = computed_now ();
  HashiyaCorpusAgreementDocument *document;
  const char * const *versions;
  JsonArray *documents;
  guint i;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!_hashiya_corpus_check_writable (corpus, error))
    return FALSE;
  curated = hashiya_corpus_agreement_document_of (path);
  found = hashiya_corpus_agreement_find_versions (corpus);
  versions = g_hash_table_lookup (found, curated);
  if (versions == NULL || g_strv_length ((char **) versions) < 2)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("%s: the corpus has no two annotators' versions of it"), curated);
      return FALSE;
    }
  root = g_file_get_path (hashiya_corpus_get_folder (corpus));
  document = document_new (curated, versions);
  measure_document (document, root, cancellable);
  if (document->agreement == NULL)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, document->problem);
      document_free (document);
      return FALSE;
    }
  add_document (builder, document);
  document_free (document);
  entry = json_builder_get_root (builder);

  object = read_file (corpus, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (object == NULL)
    {
      object = json_object_new ();
      json_object_set_int_member (object, "version", FILE_VERSION);
      json_object_set_array_member (object, "documents", json_array_new ());
    }
  json_object_set_string_member (object, "computed", computed);
  documents = json_object_get_array_member (object, "documents");
  for (i = 0; i < json_array_get_length (documents); i++)
    {
      JsonNode *element = json_array_get_element (documents, i);

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (element), "path", NULL),
                     curated) == 0)
        break;
    }
  if (i < json_array_get_length (documents))
    json_array_remove_element (documents, i);
  json_object_set_array_member (object, "documents", insert_by_path (documents, g_steal_pointer (&entry), curated));

  node = json_node_init_object (json_node_alloc (), object);
  json = generate (node);
  return write_file (corpus, json, error);
}

static void
keep_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autofree char *curated = hashiya_versions_curated_path (path);
  g_autofree char *root = g_path_get_dirname (curated);
  g_autoptr(GFile) folder = g_file_new_for_path (root);
  g_autoptr(GFile) file = g_file_new_for_path (curated);
  g_autofree char *relative = g_file_get_relative_path (folder, file);
  g_autoptr(HashiyaCorpus) corpus = NULL;
  GError *error = NULL;

  if ((corpus = hashiya_corpus_open (folder, cancellable, &error)) == NULL ||
      !hashiya_corpus_agreement_store_document (corpus, relative, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * hashiya_corpus_agreement_keep_async:
 * @path: a document's file: the curated one of a corpus, or one of its
 *   annotators' versions
 *
 * hashiya_corpus_agreement_store_document() of the corpus whose folder
 * holds the curated document, on a worker thread.
 */
void
hashiya_corpus_agreement_keep_async (const char          *path,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_corpus_agreement_keep_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, keep_thread);
}

gboolean
hashiya_corpus_agreement_keep_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * hashiya_corpus_agreement_can_keep:
 * @paths: the versions of one document
 *
 * Returns: whether @paths are annotators' versions (annotators/NAME/) in
 *   a corpus folder, whose agreement.json can keep their figures
 */
gboolean
hashiya_corpus_agreement_can_keep (const char * const *paths)
{
  g_autofree char *curated = NULL;
  g_autofree char *root = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (paths != NULL, FALSE);

  if (paths[0] == NULL)
    return FALSE;
  curated = hashiya_versions_curated_path (paths[0]);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *owner = hashiya_versions_owner (paths[i]);
      g_autofree char *other = hashiya_versions_curated_path (paths[i]);

      if (owner == NULL || g_strcmp0 (other, curated) != 0)
        return FALSE;
    }
  root = g_path_get_dirname (curated);
  description = g_build_filename (root, HASHIYA_CORPUS_FILE_NAME, NULL);
  return g_file_test (description, G_FILE_TEST_IS_REGULAR);
}

static void
stored_free (HashiyaStoredAgreement *stored)
{
  g_free (stored->path);
  g_strfreev (stored->versions);
  g_strfreev (stored->sha256);
  g_free (stored->problem);
  g_free (stored);
}

static double
score_member (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE || json_node_get_value_type (node) == G_TYPE_STRING)
    return NAN;
  return json_node_get_double (node);
}

static HashiyaStoredAgreement *
stored_new (JsonObject *object)
{
  HashiyaStoredAgreement *stored;
  JsonArray *versions = NULL;
  JsonNode *overall = json_object_get_member (object, "overall");
  JsonObject *scores = overall != NULL && JSON_NODE_HOLDS_OBJECT (overall) ? json_node_get_object (overall) : NULL;
  g_autoptr(GStrvBuilder) files = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) hashes = g_strv_builder_new ();
  const char *path = json_object_get_string_member_with_default (object, "path", NULL);

  if (path == NULL)
    return NULL;
  if (json_object_has_member (object, "versions") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "versions")))
    versions = json_object_get_array_member (object, "versions");
  for (guint v = 0; versions != NULL && v < json_array_get_length (versions); v++)
    {
      JsonNode *node = json_array_get_element (versions, v);
      JsonObject *version = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (version == NULL)
        continue;
      g_strv_builder_add (files, json_object_get_string_member_with_default (version, "file", ""));
      g_strv_builder_add (hashes, json_object_get_string_member_with_default (version, "sha256", ""));
    }
  stored = g_new0 (HashiyaStoredAgreement, 1);
  stored->path = g_strdup (path);
  stored->versions = g_strv_builder_end (files);
  stored->sha256 = g_strv_builder_end (hashes);
  stored->problem = g_strdup (json_object_get_string_member_with_default (object, "problem", NULL));
  stored->strict_f1 = score_member (scores, "strict_f1");
  stored->lenient_f1 = score_member (scores, "lenient_f1");
  stored->kappa = score_member (scores, "kappa");
  stored->alpha = score_member (scores, "alpha");
  return stored;
}

/**
 * hashiya_stored_agreement_read:
 *
 * Reads @corpus's agreement.json.
 *
 * Returns: (transfer full) (element-type utf8 HashiyaStoredAgreement):
 *   each document's figures by its path, empty when there is no file;
 *   %NULL, with @error set, when the file cannot be read
 */
GHashTable *
hashiya_stored_agreement_read (HashiyaCorpus  *corpus,
                               GError        **error)
{
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) stored_free);
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GError) local = NULL;
  JsonArray *documents;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), NULL);

  object = read_file (corpus, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (object == NULL)
    return g_steal_pointer (&stored);
  documents = json_object_get_array_member (object, "documents");
  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonNode *node = json_array_get_element (documents, i);
      HashiyaStoredAgreement *document = JSON_NODE_HOLDS_OBJECT (node) ? stored_new (json_node_get_object (node)) : NULL;

      if (document != NULL)
        g_hash_table_replace (stored, document->path, document);
    }
  return g_steal_pointer (&stored);
}

/**
 * hashiya_stored_agreement_is_current:
 * @versions: the document's versions now
 *   (hashiya_corpus_agreement_find_versions())
 *
 * Returns: whether @stored was measured on @versions as @corpus has them
 *   now: the same files, with the same SHA-256
 */
gboolean
hashiya_stored_agreement_is_current (const HashiyaStoredAgreement *stored,
                                     HashiyaCorpus                *corpus,
                                     const char * const           *versions)
{
  g_return_val_if_fail (stored != NULL, FALSE);
  g_return_val_if_fail (HASHIYA_IS_CORPUS (corpus), FALSE);

  if (versions == NULL || !g_strv_equal ((const char * const *) stored->versions, versions))
    return FALSE;
  for (guint v = 0; versions[v] != NULL; v++)
    {
      HashiyaCorpusDocument *document = hashiya_corpus_lookup_document (corpus, versions[v]);

      if (document == NULL || g_strcmp0 (hashiya_corpus_document_get_sha256 (document), stored->sha256[v]) != 0)
        return FALSE;
    }
  return TRUE;
}
