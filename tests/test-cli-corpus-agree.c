/* test-cli-corpus-agree.c — hashiya-cli corpus agree as a user runs it:
 * the figures of each document with versions and of all pooled, the
 * agreement.json it keeps, and what it refuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "hashiya-test-cli.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

typedef struct
{
  char *dir;      /* the test's folder, open to the unprivileged user */
  char *corpus;   /* DIR/news: article.hashiya, Layla's and Omar's versions of it, Sara's of other.hashiya */
} Fixture;

static void
save (HashiyaDocument *document,
      const char      *folder,
      const char      *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (parent, 0755);
  hashiya_document_save_file (document, path, &error);
  g_assert_no_error (error);
}

static void
save_version (Fixture    *fixture,
              guint       variant,
              const char *author,
              const char *name)
{
  g_autoptr(HashiyaDocument) version = hashiya_test_gold_version (variant, author);

  save (version, fixture->corpus, name);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = hashiya_test_make_tmpdir ();
  g_chmod (fixture->dir, 0777);
  fixture->corpus = g_build_filename (fixture->dir, "news", NULL);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "init", fixture->corpus);

    g_assert_cmpint (r.status, ==, 0);
  }
  save_version (fixture, 0, "Layla", "article.hashiya");
  save_version (fixture, 0, "Layla", "annotators/layla/article.hashiya");
  save_version (fixture, 1, "Omar", "annotators/omar/article.hashiya");
  save_version (fixture, 2, "Sara", "annotators/sara/other.hashiya");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "hashiya", NULL);

  hashiya_test_remove_tree (fixture->dir);
  hashiya_test_remove_tree (cache);
  g_free (fixture->dir);
  g_free (fixture->corpus);
}

static char *
in_corpus (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->corpus, name, NULL);
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonObject *
document_entry (JsonObject *result,
                const char *path)
{
  JsonArray *documents = json_object_get_array_member (result, "documents");

  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonObject *document = json_array_get_object_element (documents, i);

      if (g_strcmp0 (json_object_get_string_member (document, "path"), path) == 0)
        return document;
    }
  g_assert_not_reached ();
}

static double
kappa_of (JsonObject *object)
{
  return json_object_get_double_member (json_object_get_object_member (object, "overall"), "kappa");
}

/* The figures: each document's as hashiya-cli agree gives them for its
 * versions, the one-version document said, the file kept with each
 * version's SHA-256, --json the same figures. */
static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *layla = in_corpus (fixture, "annotators/layla/article.hashiya");
  g_autofree char *omar = in_corpus (fixture, "annotators/omar/article.hashiya");
  g_autofree char *kept = in_corpus (fixture, "agreement.json");
  g_autofree char *units = g_build_filename (fixture->dir, "units.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *layla_sha = NULL;
  g_autofree char *units_text = NULL;
  g_autoptr(JsonObject) alone = NULL;
  g_autoptr(JsonObject) file = NULL;
  g_autoptr(JsonObject) printed = NULL;
  JsonObject *article, *other;
  double kappa;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("agree", layla, omar, "--json");

    g_assert_cmpint (r.status, ==, 0);
    alone = parse_object (r.out);
    kappa = kappa_of (alone);
    g_assert_cmpfloat (kappa, >, 0.5);
    g_assert_cmpfloat (kappa, <, 1.0);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "agree", fixture->corpus, "--units", units);
    g_autofree char *head = g_strdup_printf ("%s: 2 documents with annotators' versions: 1 measured, "
                                             "1 with one version only, 0 refused\n", fixture->corpus);
    g_autofree char *kappa_line = g_strdup_printf ("  Cohen's κ on the actors of the units:   %.3f\n", kappa);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, head));
    g_assert_nonnull (strstr (r.out, "\narticle.hashiya (layla, omar): "));
    g_assert_nonnull (strstr (r.out, "\nother.hashiya (sara): not measured: one version only: nothing to compare it with\n"));
    g_assert_nonnull (strstr (r.out, "\nAll documents: the "));
    g_assert_nonnull (strstr (r.out, kappa_line));
  }

  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  file = parse_object (contents);
  g_assert_cmpint (json_object_get_int_member (file, "version"), ==, 1);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (file, "computed"), "Z"));
  g_assert_cmpint (json_object_get_int_member (file, "documents_measured"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (file, "documents_one_version"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (file, "documents_refused"), ==, 0);
  g_assert_cmpfloat_with_epsilon (kappa_of (file), kappa, 1e-12);
  article = document_entry (file, "article.hashiya");
  g_assert_cmpfloat_with_epsilon (kappa_of (article), kappa, 1e-12);
  g_assert_cmpint (json_object_get_int_member (article, "units"), ==, json_object_get_int_member (alone, "units"));
  {
    JsonObject *version = json_array_get_object_element (json_object_get_array_member (article, "versions"), 0);
    g_autofree char *bytes = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (layla, &bytes, &length, NULL));
    layla_sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) bytes, length);
    g_assert_cmpstr (json_object_get_string_member (version, "file"), ==, "annotators/layla/article.hashiya");
    g_assert_cmpstr (json_object_get_string_member (version, "annotator"), ==, "layla");
    g_assert_cmpstr (json_object_get_string_member (version, "sha256"), ==, layla_sha);
  }
  other = document_entry (file, "other.hashiya");
  g_assert_cmpstr (json_object_get_string_member (other, "problem"), ==, "one version only: nothing to compare it with");

  g_assert_true (g_file_get_contents (units, &units_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (units_text, "coder,item,label\r\nlayla,"));

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "agree", fixture->corpus, "--json", "--by", "actor");

    g_assert_cmpint (r.status, ==, 0);
    printed = parse_object (r.out);
    g_assert_cmpfloat_with_epsilon (kappa_of (printed), kappa, 1e-12);
    g_assert_cmpstr (json_object_get_string_member (printed, "by"), ==, "actor");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (printed, "categories")), >, 5);
  }
}

/* The file is the same bytes for the same versions, when it was made. */
static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *kept = in_corpus (fixture, "agreement.json");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_auto(HashiyaTestRun) r = hashiya_test_run_cli_full (NULL, (const char * const[]) { "SOURCE_DATE_EPOCH=1700000000", NULL },
                                                            FALSE,
                                                            (const char * const[]) { "corpus", "agree", fixture->corpus, NULL });

      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_file_get_contents (kept, i == 0 ? &first : &second, NULL, NULL));
    }
  g_assert_nonnull (strstr (first, "\"computed\" : \"2023-11-14T22:13:20Z\""));
  g_assert_cmpstr (first, ==, second);
}

/* A corpus without two versions of any document: the exact error, and
 * nothing written. */
static void
test_no_versions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *omar = in_corpus (fixture, "annotators/omar/article.hashiya");
  g_autofree char *kept = in_corpus (fixture, "agreement.json");
  g_autofree char *units = g_build_filename (fixture->dir, "units.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: no document has the versions of two annotators "
                                               "(annotators/NAME/DOC.hashiya)\n", fixture->corpus);
  g_auto(HashiyaTestRun) r = { 0 };

  g_assert_cmpint (g_unlink (omar), ==, 0);
  r = hashiya_test_run_cli ("corpus", "agree", fixture->corpus, "--units", units);
  g_assert_cmpstr (r.err, ==, expected);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpint (r.status, ==, 1);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (units, G_FILE_TEST_EXISTS));
}

/* Versions of another text: that document listed with the reason, the
 * others still measured, exit status 1. */
static void
test_other_text (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *kept = in_corpus (fixture, "agreement.json");
  g_autofree char *contents = NULL;
  g_autoptr(JsonObject) file = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("نص آخر لا علاقة له بالمقال.\n", strlen ("نص آخر لا علاقة له بالمقال.\n"));
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (bytes, &error);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) another = hashiya_document_new (text, catalog);
  const char *problem;

  g_assert_no_error (error);
  save (another, fixture->corpus, "annotators/omar/other.hashiya");
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "agree", fixture->corpus);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_nonnull (strstr (r.out, ": 2 documents with annotators' versions: 1 measured, 0 with one version only, "
                                     "1 refused\n"));
    g_assert_nonnull (strstr (r.out, "\nother.hashiya (omar, sara): not measured: annotators/omar/other.hashiya and "
                                     "annotators/sara/other.hashiya are not versions of the same text: their texts "
                                     "differ (SHA-256 "));
    g_assert_nonnull (strstr (r.out, "\narticle.hashiya (layla, omar): "));
  }
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  file = parse_object (contents);
  g_assert_cmpint (json_object_get_int_member (file, "documents_refused"), ==, 1);
  problem = json_object_get_string_member (document_entry (file, "other.hashiya"), "problem");
  g_assert_true (g_str_has_prefix (problem, "annotators/omar/other.hashiya and annotators/sara/other.hashiya are not "
                                            "versions of the same text"));
  g_assert_true (json_object_has_member (document_entry (file, "article.hashiya"), "pairs"));
}

/* A read-only corpus: the exact error, nothing written. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *kept = in_corpus (fixture, "agreement.json");
  g_autofree char *units = g_build_filename (fixture->dir, "units.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: the corpus is read-only: its folder or corpus.json "
                                               "cannot be written\n", fixture->corpus);

  g_chmod (fixture->corpus, 0555);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "agree", fixture->corpus, "--units", units);

    g_assert_cmpstr (r.err, ==, expected);
    g_assert_cmpstr (r.out, ==, "");
    g_assert_cmpint (r.status, ==, 1);
  }
  g_chmod (fixture->corpus, 0755);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (units, G_FILE_TEST_EXISTS));
}

/* Wrong usage: exit 2, the message, nothing written. */
static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *kept = in_corpus (fixture, "agreement.json");

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "agree");

    g_assert_cmpstr (r.err, ==, "hashiya-cli: corpus agree: give one corpus folder\n"
                                "Try “hashiya-cli corpus agree --help” for more.\n");
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "agree", fixture->corpus, "--by", "colour");

    g_assert_cmpstr (r.err, ==, "hashiya-cli: corpus agree: --by is “actor”, “type” or “kind”, not “colour”\n"
                                "Try “hashiya-cli corpus agree --help” for more.\n");
    g_assert_cmpint (r.status, ==, 2);
  }
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
}

/* The stored figures, as the window reads them: current, then out of
 * date once a version changes. */
static void
test_stored (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->corpus);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(GHashTable) versions = NULL;
  const HashiyaStoredAgreement *article;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "agree", fixture->corpus);

    g_assert_cmpint (r.status, ==, 0);
  }
  corpus = hashiya_corpus_open (folder, NULL, &error);
  g_assert_no_error (error);
  stored = hashiya_stored_agreement_read (corpus, &error);
  g_assert_no_error (error);
  versions = hashiya_corpus_agreement_find_versions (corpus);
  g_assert_cmpuint (g_hash_table_size (versions), ==, 2);
  article = g_hash_table_lookup (stored, "article.hashiya");
  g_assert_nonnull (article);
  g_assert_cmpuint (g_strv_length (article->versions), ==, 2);
  g_assert_true (hashiya_stored_agreement_is_current (article, corpus, g_hash_table_lookup (versions, "article.hashiya")));
  g_assert_nonnull (((HashiyaStoredAgreement *) g_hash_table_lookup (stored, "other.hashiya"))->problem);

  g_clear_object (&corpus);
  save_version (fixture, 2, "Omar", "annotators/omar/article.hashiya");
  corpus = hashiya_corpus_open (folder, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hashiya_stored_agreement_is_current (article, corpus, g_hash_table_lookup (versions, "article.hashiya")));

  /* One document stored again, as the window's dialog does: current
   * again, the others kept. */
  g_assert_true (hashiya_corpus_agreement_store_document (corpus, "annotators/omar/article.hashiya", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_hash_table_unref);
  stored = hashiya_stored_agreement_read (corpus, &error);
  g_assert_no_error (error);
  article = g_hash_table_lookup (stored, "article.hashiya");
  g_assert_true (hashiya_stored_agreement_is_current (article, corpus, g_hash_table_lookup (versions, "article.hashiya")));
  g_assert_nonnull (g_hash_table_lookup (stored, "other.hashiya"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache = hashiya_test_own_cache ();
  int status;

  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-corpus-agree/figures", test_figures);
  ADD ("/cli-corpus-agree/deterministic", test_deterministic);
  ADD ("/cli-corpus-agree/no-versions", test_no_versions);
  ADD ("/cli-corpus-agree/other-text", test_other_text);
  ADD ("/cli-corpus-agree/read-only", test_read_only);
  ADD ("/cli-corpus-agree/usage", test_usage);
  ADD ("/cli-corpus-agree/stored", test_stored);
#undef ADD

  status = g_test_run ();
  hashiya_test_remove_tree (cache);
  return status;
}
