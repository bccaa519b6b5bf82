/* test-corpus-index.c — the search index of a corpus: updates, search,
 * the same hits as find, and the faults it comes through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "hashiya-test-cli.h"
#include "hashiya-test-corpus.h"
#include "hashiya-test-util.h"

#define N_DOCUMENTS 52
#define DOCUMENT_BYTES 2500

typedef struct
{
  char      *dir;
  GPtrArray *paths;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = hashiya_test_make_tmpdir ();
  fixture->paths = hashiya_test_generate_corpus (fixture->dir, GPOINTER_TO_UINT (data), DOCUMENT_BYTES, 7);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hashiya_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->paths);
}

static HashiyaCorpusIndex *
open_index (Fixture        *fixture,
            HashiyaCorpus **corpus)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GError) error = NULL;

  *corpus = hashiya_corpus_open (folder, NULL, &error);
  g_assert_no_error (error);
  return hashiya_corpus_index_new_for_corpus (*corpus);
}

static HashiyaCorpusIndexSummary
update (HashiyaCorpusIndex *index,
        GPtrArray          *paths)
{
  HashiyaCorpusIndexSummary summary = { 0 };
  g_autoptr(GError) error = NULL;

  gboolean ok = hashiya_corpus_index_update (index, paths, NULL, NULL, NULL, &summary, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  return summary;
}

static HashiyaText *
read_text (const char *folder,
           const char *path)
{
  g_autofree char *full = g_build_filename (folder, path, NULL);
  g_autoptr(GError) error = NULL;

  if (g_str_has_suffix (path, ".hashiya"))
    {
      g_autoptr(HashiyaDocument) document = hashiya_document_load_file (full, &error);

      g_assert_no_error (error);
      return hashiya_text_ref (hashiya_document_get_text (document));
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length = 0;
      HashiyaText *text;

      g_assert_true (g_file_get_contents (full, &contents, &length, &error));
      text = hashiya_text_new (contents, length, &error);
      g_assert_no_error (error);
      return text;
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
join_sorted (GPtrArray *lines)
{
  GString *out = g_string_new (NULL);

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

/* What find finds in each document: "path start end text" a line, sorted. */
static char *
found_by_find (const char *folder,
               GPtrArray  *paths,
               const char *query)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(HashiyaText) text = read_text (folder, path);
      g_autoptr(GArray) found = hashiya_find (text, query);

      for (guint j = 0; j < found->len; j += 2)
        {
          guint start = g_array_index (found, guint, j);
          guint end = g_array_index (found, guint, j + 1);
          g_autofree char *word = hashiya_text_slice (text, start, end);

          g_ptr_array_add (lines, g_strdup_printf ("%s %u %u %s", path, start, end, word));
        }
    }
  return join_sorted (lines);
}

/* The hits of a search, the same way. */
static char *
found_by_index (HashiyaSearchResults *results)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (results));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_ptr_array_add (lines, g_strdup_printf ("%s %u %u %s", hashiya_search_hit_get_path (hit),
                                               hashiya_search_hit_get_start (hit), hashiya_search_hit_get_end (hit),
                                               hashiya_search_hit_get_text (hit)));
    }
  return join_sorted (lines);
}

static HashiyaSearchResults *
search (HashiyaCorpusIndex *index,
        const char         *query,
        guint               limit)
{
  g_autoptr(GError) error = NULL;
  HashiyaSearchResults *results = hashiya_corpus_index_search (index, query, limit, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

/* The index finds what find finds, document by document. */
static void
assert_same_as_find (HashiyaCorpusIndex *index,
                     const char         *folder,
                     GPtrArray          *paths,
                     const char         *query)
{
  g_autoptr(HashiyaSearchResults) results = search (index, query, 0);
  g_autofree char *expected = found_by_find (folder, paths, query);
  g_autofree char *got = found_by_index (results);

  g_assert_cmpstr (got, ==, expected);
  g_assert_true (hashiya_search_results_is_complete (results));
  g_assert_cmpuint (hashiya_search_results_get_n_hits (results), ==, g_list_model_get_n_items (G_LIST_MODEL (results)));
}

static void
rewrite_document (const char *folder,
                  const char *path,
                  const char *extra)
{
  g_autofree char *full = g_build_filename (folder, path, NULL);
  g_autoptr(HashiyaText) old = read_text (folder, path);
  g_autofree char *contents = g_strconcat (hashiya_text_get_data (old, NULL), "\n", extra, "\n", NULL);
  g_autoptr(GError) error = NULL;

  if (g_str_has_suffix (path, ".hashiya"))
    {
      g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
      g_autoptr(HashiyaText) text = hashiya_text_new (contents, strlen (contents), &error);
      g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);

      g_assert_true (hashiya_document_save_file (document, full, &error));
    }
  else
    g_assert_true (g_file_set_contents (full, contents, -1, &error));
  g_assert_no_error (error);
}

/* Each file's size, time and bytes, as the index has them and as the
 * folder has them: the same for every document, and nothing else. */
static void
assert_in_step (HashiyaCorpusIndex *index,
                const char         *folder,
                GPtrArray          *paths)
{
  g_autofree char *db_path = g_file_get_path (hashiya_corpus_index_get_file (index));
  g_autoptr(GHashTable) indexed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  guint n_present = 0;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT path, size, mtime, sha256 FROM documents", -1, &statement, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_hash_table_insert (indexed, g_strdup ((const char *) sqlite3_column_text (statement, 0)),
                         g_strdup_printf ("%lld %lld %s", (long long) sqlite3_column_int64 (statement, 1),
                                          (long long) sqlite3_column_int64 (statement, 2),
                                          (const char *) sqlite3_column_text (statement, 3)));
  sqlite3_finalize (statement);
  sqlite3_close (db);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *full = g_build_filename (folder, path, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *sha256 = NULL;
      g_autofree char *expected = NULL;
      gsize length = 0;
      GStatBuf buf;

      if (g_stat (full, &buf) != 0)
        {
          g_assert_false (g_hash_table_contains (indexed, path));
          continue;
        }
      n_present++;
      g_assert_true (g_file_get_contents (full, &contents, &length, NULL));
      sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      expected = g_strdup_printf ("%lld %lld %s", (long long) buf.st_size,
                                  (long long) buf.st_mtim.tv_sec * G_USEC_PER_SEC + buf.st_mtim.tv_nsec / 1000, sha256);
      g_assert_cmpstr (g_hash_table_lookup (indexed, path), ==, expected);
    }
  g_assert_cmpuint (g_hash_table_size (indexed), ==, n_present);
}

static GPtrArray *
copy_paths (GPtrArray *paths)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < paths->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (paths, i)));
  return copy;
}

/* The first update reads every document; the next ones only what
 * changed: a new time alone is no change, new bytes are; a document gone
 * is forgotten, a new one read. */
static void
test_index_updates (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = open_index (fixture, &corpus);
  g_autoptr(GPtrArray) paths = copy_paths (fixture->paths);
  g_autofree char *cache = g_file_get_path (hashiya_corpus_index_get_file (index));
  g_autofree char *touched = g_build_filename (fixture->dir, g_ptr_array_index (paths, 2), NULL);
  g_autofree char *gone = g_build_filename (fixture->dir, g_ptr_array_index (paths, 9), NULL);
  HashiyaCorpusIndexSummary summary;

  /* The cache is under the user's cache folder, never in the corpus. */
  g_assert_true (g_str_has_prefix (cache, g_get_user_cache_dir ()));
  g_assert_false (g_str_has_prefix (cache, fixture->dir));

  summary = update (index, NULL);
  g_assert_cmpuint (summary.n_added, ==, N_DOCUMENTS);
  g_assert_cmpuint (summary.n_documents, ==, N_DOCUMENTS);
  g_assert_cmpuint (summary.n_unreadable, ==, 0);
  g_assert_false (summary.rebuilt);
  assert_in_step (index, fixture->dir, paths);
  assert_same_as_find (index, fixture->dir, paths, "اذربيجان");

  summary = update (index, NULL);
  g_assert_cmpuint (summary.n_unchanged, ==, N_DOCUMENTS);
  g_assert_cmpuint (summary.n_added + summary.n_updated + summary.n_removed, ==, 0);

  /* A new time, the same bytes: read, found the same, not parsed again. */
  {
    struct timespec times[2] = { { 1700000000, 0 }, { 1700000000, 0 } };

    g_assert_cmpint (utimensat (AT_FDCWD, touched, times, 0), ==, 0);
  }
  summary = update (index, paths);
  g_assert_cmpuint (summary.n_unchanged, ==, N_DOCUMENTS);
  g_assert_cmpuint (summary.n_updated, ==, 0);
  assert_in_step (index, fixture->dir, paths);

  /* New bytes; a document gone; a new one. */
  rewrite_document (fixture->dir, g_ptr_array_index (paths, 4), "وأعلنت زيمبابوي حيادها.");
  g_assert_cmpint (g_unlink (gone), ==, 0);
  g_ptr_array_remove_index (paths, 9);
  g_free (hashiya_test_write_file (fixture->dir, "new.txt", "زيمبابوي وأذربيجان.\n", -1));
  g_ptr_array_add (paths, g_strdup ("new.txt"));
  summary = update (index, paths);
  g_assert_cmpuint (summary.n_updated, ==, 1);
  g_assert_cmpuint (summary.n_removed, ==, 1);
  g_assert_cmpuint (summary.n_added, ==, 1);
  g_assert_cmpuint (summary.n_unchanged, ==, N_DOCUMENTS - 2);
  g_assert_cmpuint (summary.n_documents, ==, N_DOCUMENTS);
  assert_in_step (index, fixture->dir, paths);
  {
    g_autoptr(HashiyaSearchResults) results = search (index, "زيمبابوي", 0);
    g_autofree char *got = found_by_index (results);
    g_autofree char *expected = found_by_find (fixture->dir, paths, "زيمبابوي");

    g_assert_cmpuint (hashiya_search_results_get_n_documents (results), ==, 2);
    g_assert_cmpuint (hashiya_search_results_get_n_hits (results), ==, 2);
    g_assert_cmpstr (got, ==, expected);
  }
  assert_same_as_find (index, fixture->dir, paths, "اذربيجان");

  /* A limit lists the first hits, in path order, and counts them all. */
  {
    g_autoptr(HashiyaSearchResults) all = search (index, "تركيا", 0);
    g_autoptr(HashiyaSearchResults) some = search (index, "تركيا", 5);
    g_autoptr(HashiyaSearchHit) first = g_list_model_get_item (G_LIST_MODEL (all), 0);
    g_autoptr(HashiyaSearchHit) also_first = g_list_model_get_item (G_LIST_MODEL (some), 0);
    guint n_counted = 0;

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (some)), ==, 5);
    g_assert_cmpuint (hashiya_search_results_get_n_hits (some), ==, hashiya_search_results_get_n_hits (all));
    g_assert_cmpuint (hashiya_search_results_get_n_hits (all), >, 100);
    g_assert_false (hashiya_search_results_is_complete (some));
    g_assert_cmpstr (hashiya_search_hit_get_path (first), ==, hashiya_search_hit_get_path (also_first));
    g_assert_cmpuint (hashiya_search_hit_get_start (first), ==, hashiya_search_hit_get_start (also_first));
    for (guint i = 0; i < hashiya_search_results_get_n_documents (all); i++)
      {
        n_counted += hashiya_search_results_get_document_n_hits (all, i);
        if (i > 0)
          g_assert_cmpstr (hashiya_search_results_get_document_path (all, i - 1), <,
                           hashiya_search_results_get_document_path (all, i));
      }
    g_assert_cmpuint (n_counted, ==, hashiya_search_results_get_n_hits (all));
  }
}

#define run_cli hashiya_test_run_cli

/* What `corpus search --json` finds, as found_by_find () lists it; and
 * each hit's context holds the hit. */
static char *
found_by_cli_search (const char *folder,
                     const char *query)
{
  g_auto(HashiyaTestRun) run = run_cli ("corpus", "search", folder, query, "--json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  JsonArray *hits;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  hits = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "hits");
  for (guint i = 0; i < json_array_get_length (hits); i++)
    {
      JsonObject *hit = json_array_get_object_element (hits, i);
      const char *text = json_object_get_string_member (hit, "text");

      g_assert_nonnull (strstr (json_object_get_string_member (hit, "context"), text));
      g_assert_cmpuint (json_object_get_size (hit), ==, 5);
      g_ptr_array_add (lines, g_strdup_printf ("%s %u %u %s", json_object_get_string_member (hit, "document"),
                                               (guint) json_object_get_int_member (hit, "start"),
                                               (guint) json_object_get_int_member (hit, "end"), text));
    }
  return join_sorted (lines);
}

/* What `hashiya-cli find` finds, document by document. */
static char *
found_by_cli_find (const char *folder,
                   GPtrArray  *paths,
                   const char *query)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *full = g_build_filename (folder, path, NULL);
      g_auto(HashiyaTestRun) run = run_cli ("find", full, query);
      g_auto(GStrv) found = NULL;

      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      found = g_strsplit (run.out, "\n", -1);
      for (guint j = 0; found[j] != NULL && found[j][0] != '\0'; j++)
        {
          g_auto(GStrv) fields = g_strsplit (found[j], "\t", 3);

          g_ptr_array_add (lines, g_strdup_printf ("%s %s %s %s", path, fields[0], fields[1], fields[2]));
        }
    }
  return join_sorted (lines);
}

/* On a corpus of 52 documents (CRLF, byte order marks, emoji and flags
 * among them; .hashiya and plain texts), `corpus search` finds exactly
 * what `hashiya-cli find` finds in each document, at the same offsets,
 * for queries written with and without hamza, tashkeel, tatweel, ى, ة,
 * proclitics, as prefixes and as phrases. */
static void
test_index_cli_equals_find (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *queries[] = {
    "اذربيجان", "أذربيجان", "آذَرْبيجان", "أذربيـــجان", "ايران", "إيران", "مستشفى", "مستشفي", "الدعوى",
    "وزارة الخارجية", "وزاره الخارجيه", "لاذربيجان", "الاذربيجانيه", "اذربيج*", "ترك*", "تركيا واذربيجان",
    "3 3", "قره باغ", "الرئيس الروسي",
  };
  guint n_hits = 0;

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autofree char *searched = found_by_cli_search (fixture->dir, queries[q]);
      g_autofree char *found = found_by_cli_find (fixture->dir, fixture->paths, queries[q]);

      g_assert_cmpstr (searched, ==, found);
      g_assert_cmpstr (searched, !=, "");
      for (const char *p = searched; *p != '\0'; p++)
        n_hits += *p == '\n';
    }
  g_assert_cmpuint (n_hits, >, 2000);
}

/* The problems the index keeps, "path: problem" a line. */
static char *
indexed_problems (HashiyaCorpusIndex *index)
{
  g_autofree char *db_path = g_file_get_path (hashiya_corpus_index_get_file (index));
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT path, problem FROM documents WHERE problem IS NOT NULL ORDER BY path",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_string_append_printf (out, "%s: %s\n", sqlite3_column_text (statement, 0), sqlite3_column_text (statement, 1));
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* A damaged .hashiya and a text that is not UTF-8: in the index with the
 * reason, and every other document is found. */
static void
test_index_bad_files (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = NULL;
  g_autoptr(GPtrArray) paths = copy_paths (fixture->paths);
  g_autofree char *problems = NULL;
  HashiyaCorpusIndexSummary summary;

  g_free (hashiya_test_write_file (fixture->dir, "broken.hashiya", "{\"format\": \"hashiya\", \"version\": 4,", -1));
  g_free (hashiya_test_write_file (fixture->dir, "latin1.txt", "caf\xe9 \xff", -1));
  g_ptr_array_add (paths, g_strdup ("broken.hashiya"));
  g_ptr_array_add (paths, g_strdup ("latin1.txt"));
  index = open_index (fixture, &corpus);

  summary = update (index, paths);
  g_assert_cmpuint (summary.n_unreadable, ==, 2);
  g_assert_cmpuint (summary.n_added, ==, 5);
  g_assert_cmpuint (summary.n_documents, ==, 7);
  problems = indexed_problems (index);
  g_assert_cmpstr (problems, ==,
                   "broken.hashiya: broken.hashiya:1:35: Parse error: unexpected character `,', expected string constant\n"
                   "latin1.txt: not valid UTF-8 at byte offset 3 (byte 0xE9): save the text as UTF-8 first\n");
  assert_in_step (index, fixture->dir, paths);
  g_ptr_array_set_size (paths, 5);
  assert_same_as_find (index, fixture->dir, paths, "تركيا");

  {
    g_auto(HashiyaTestRun) run = run_cli ("corpus", "index", fixture->dir);
    g_autofree char *expected = g_strdup_printf ("%s: 7 documents in the index: 0 added, 0 updated, 7 unchanged, "
                                                 "0 removed, 0 cannot be read\n", fixture->dir);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, expected));
  }
}

typedef struct
{
  HashiyaCorpusIndex *index;
  guint               n_changed;
} ChangeWait;

static void
count_changed_cb (HashiyaCorpusIndex *index,
                  ChangeWait         *wait)
{
  wait->n_changed++;
}

static gboolean
index_settled (gpointer data)
{
  ChangeWait *wait = data;

  return wait->n_changed > 0 && hashiya_corpus_index_get_n_pending (wait->index) == 0;
}

/* A document saved through the corpus is read again at once, on a worker
 * thread; ::changed says so. */
static void
test_index_document_changed (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = open_index (fixture, &corpus);
  g_autoptr(HashiyaCorpusDocument) listed = g_list_model_get_item (hashiya_corpus_get_documents (corpus), 0);
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  ChangeWait wait = { index, 0 };

  update (index, NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_connect (index, "changed", G_CALLBACK (count_changed_cb), &wait);

  document = hashiya_corpus_load_document (corpus, listed, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hashiya_document_set_title (document, "عنوان جديد", &error));
  g_assert_true (hashiya_corpus_save_document (corpus, listed, document, &error));
  g_assert_no_error (error);

  hashiya_test_wait_for (index_settled, &wait, 20);

  {
    g_autoptr(HashiyaSearchResults) results = search (index, "تركيا", 0);
    gboolean seen = FALSE;

    for (guint i = 0; i < hashiya_search_results_get_n_documents (results); i++)
      if (g_strcmp0 (hashiya_search_results_get_document_path (results, i),
                     hashiya_corpus_document_get_path (listed)) == 0)
        {
          g_assert_cmpstr (hashiya_search_results_get_document_title (results, i), ==, "عنوان جديد");
          seen = TRUE;
        }
    g_assert_true (seen);
  }
  assert_in_step (index, fixture->dir, fixture->paths);
}

typedef struct
{
  Fixture *fixture;
  guint    n_calls;
} Meddler;

/* While the index reads the folder: a document not yet read is changed,
 * another deleted, one already read changed again. */
static void
meddle_cb (guint       done,
           guint       total,
           const char *path,
           gpointer    user_data)
{
  Meddler *meddler = user_data;
  GPtrArray *paths = meddler->fixture->paths;

  meddler->n_calls++;
  if (done == 10 && total == N_DOCUMENTS)
    {
      g_autofree char *gone = g_build_filename (meddler->fixture->dir, g_ptr_array_index (paths, 30), NULL);

      rewrite_document (meddler->fixture->dir, g_ptr_array_index (paths, 20), "ظهرت كلمة موريتانيا.");
      g_assert_cmpint (g_unlink (gone), ==, 0);
    }
  if (done == 40 && total == N_DOCUMENTS)
    rewrite_document (meddler->fixture->dir, g_ptr_array_index (paths, 5), "ثم موريتانيا مرة أخرى.");
}

/* Files changed and deleted while they are being indexed: the index
 * ends in step with the folder. */
static void
test_index_changed_while_indexing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = open_index (fixture, &corpus);
  g_autoptr(GError) error = NULL;
  Meddler meddler = { fixture, 0 };
  HashiyaCorpusIndexSummary summary = { 0 };

  /* Progress comes for every file read here: none is held back. */
  g_assert_true (hashiya_corpus_index_update (index, fixture->paths, NULL, meddle_cb, &meddler, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (meddler.n_calls, >=, 2);
  g_assert_cmpuint (summary.n_documents, ==, N_DOCUMENTS - 1);
  assert_in_step (index, fixture->dir, fixture->paths);
  g_ptr_array_remove_index (fixture->paths, 30);
  assert_same_as_find (index, fixture->dir, fixture->paths, "موريتانيا");
  {
    g_autoptr(HashiyaSearchResults) results = search (index, "موريتانيا", 0);

    g_assert_cmpuint (hashiya_search_results_get_n_documents (results), ==, 2);
  }
}

static void
truncate_file (const char *path,
               goffset     size)
{
  g_assert_cmpint (truncate (path, size), ==, 0);
}

static void
set_user_version (const char *path,
                  int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
delete_cache (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The cache deleted, cut short, filled with garbage or of another
 * version, while the index is open or before it opens: made again from
 * the folder, never an error, and it finds what it found before. */
static void
test_index_cache_faults (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = open_index (fixture, &corpus);
  g_autofree char *cache = g_file_get_path (hashiya_corpus_index_get_file (index));
  g_autoptr(HashiyaSearchResults) before = NULL;
  g_autofree char *expected = NULL;
  HashiyaCorpusIndexSummary summary;
  GStatBuf buf;

  update (index, NULL);
  before = search (index, "اذربيجان", 0);
  expected = found_by_index (before);
  g_assert_cmpstr (expected, !=, "");

  /* Deleted while open: the next search makes it again. */
  delete_cache (cache);
  {
    g_autoptr(HashiyaSearchResults) results = search (index, "اذربيجان", 0);
    g_autofree char *got = found_by_index (results);

    g_assert_cmpstr (got, ==, expected);
    g_assert_true (g_file_test (cache, G_FILE_TEST_IS_REGULAR));
  }

  /* Cut to half its size while open. */
  g_assert_cmpint (g_stat (cache, &buf), ==, 0);
  truncate_file (cache, buf.st_size / 2);
  {
    g_autoptr(HashiyaSearchResults) results = search (index, "اذربيجان", 0);
    g_autofree char *got = found_by_index (results);

    g_assert_cmpstr (got, ==, expected);
  }

  /* Cut to nothing, then an update. */
  truncate_file (cache, 0);
  summary = update (index, NULL);
  g_assert_true (summary.rebuilt);
  g_assert_cmpuint (summary.n_added, ==, N_DOCUMENTS);
  assert_in_step (index, fixture->dir, fixture->paths);

  /* Garbage, and another version, before an index opens it. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HashiyaCorpusIndex) other = hashiya_corpus_index_new_for_corpus (corpus);

      if (i == 0)
        {
          g_autoptr(GError) error = NULL;

          delete_cache (cache);
          g_assert_true (g_file_set_contents (cache, "not a database, only words", -1, &error));
        }
      else
        set_user_version (cache, 9999);
      summary = update (other, NULL);
      g_assert_true (summary.rebuilt);
      g_assert_cmpuint (summary.n_added, ==, N_DOCUMENTS);
      assert_in_step (other, fixture->dir, fixture->paths);
      {
        g_autoptr(HashiyaSearchResults) results = search (other, "اذربيجان", 0);
        g_autofree char *got = found_by_index (results);

        g_assert_cmpstr (got, ==, expected);
      }
    }

  /* The CLI too: garbage in the cache is no error. */
  delete_cache (cache);
  {
    g_autoptr(GError) error = NULL;
    g_auto(HashiyaTestRun) run = { 0 };

    g_assert_true (g_file_set_contents (cache, "SQLite format 3\0garbage", 24, &error));
    run = run_cli ("corpus", "index", fixture->dir);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (strstr (run.out, "the index was damaged or of another version, and was made again\n") != NULL);
  }
}

/* Three programs and this one index the same corpus at once: each waits
 * its turn (SQLite's busy handling), none fails, and the index ends in
 * step with the folder. */
static void
test_index_concurrent (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = open_index (fixture, &corpus);
  GSubprocess *processes[4];

  for (guint i = 0; i < 3; i++)
    processes[i] = hashiya_test_spawn_cli ((const char * const[]) { "corpus", "index", fixture->dir, NULL });
  processes[3] = hashiya_test_spawn_cli ((const char * const[]) { "corpus", "search", fixture->dir, "اذربيجان", NULL });
  update (index, NULL);
  rewrite_document (fixture->dir, g_ptr_array_index (fixture->paths, 3), "وأخيرًا بوتسوانا.");
  update (index, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (processes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_subprocess_communicate_utf8 (processes[i], NULL, NULL, &out, &err, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_subprocess_get_exit_status (processes[i]), ==, 0);
      if (i < 3)
        g_assert_cmpstr (err, ==, "");
      else
        g_assert_true (g_str_has_suffix (err, " documents\n"));
      g_object_unref (processes[i]);
    }
  update (index, NULL);
  assert_in_step (index, fixture->dir, fixture->paths);
  assert_same_as_find (index, fixture->dir, fixture->paths, "بوتسوانا");
  assert_same_as_find (index, fixture->dir, fixture->paths, "اذربيجان");
}

typedef struct
{
  GThread                   *main_thread;
  guint                      n_progress;
  guint                      last_done;
  guint                      total;
  gboolean                   done;
  gboolean                   ok;
  HashiyaCorpusIndexSummary  summary;
  HashiyaSearchResults      *results;
  GError                    *error;
} AsyncWait;

static void
async_progress_cb (guint       done,
                   guint       total,
                   const char *path,
                   gpointer    user_data)
{
  AsyncWait *wait = user_data;

  /* Told in the caller's main context, in order. */
  g_assert_true (g_thread_self () == wait->main_thread);
  g_assert_cmpuint (done, >=, wait->last_done);
  wait->n_progress++;
  wait->last_done = done;
  wait->total = total;
}

static void
update_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->ok = hashiya_corpus_index_update_finish (HASHIYA_CORPUS_INDEX (source), result, &wait->summary, &wait->error);
  wait->done = TRUE;
}

static void
search_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->results = hashiya_corpus_index_search_finish (HASHIYA_CORPUS_INDEX (source), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
async_done (gpointer data)
{
  return ((AsyncWait *) data)->done;
}

/* The window's way: an update and searches on worker threads, progress
 * in the main context, a query that cannot be read refused at once, and a
 * search cancelled. */
static void
test_index_async (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = open_index (fixture, &corpus);
  AsyncWait wait = { g_thread_self () };

  hashiya_corpus_index_update_async (index, NULL, NULL, async_progress_cb, &wait, NULL, update_done_cb, &wait);
  hashiya_test_wait_for (async_done, &wait, 60);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_cmpuint (wait.summary.n_added, ==, N_DOCUMENTS);
  g_assert_cmpuint (wait.n_progress, >=, 2);
  g_assert_cmpuint (wait.last_done, ==, N_DOCUMENTS);
  g_assert_cmpuint (wait.total, ==, N_DOCUMENTS);

  wait.done = FALSE;
  hashiya_corpus_index_search_async (index, "تركيا واذربيجان", 0, NULL, search_done_cb, &wait);
  hashiya_test_wait_for (async_done, &wait, 20);
  g_assert_no_error (wait.error);
  {
    g_autofree char *got = found_by_index (wait.results);
    g_autofree char *expected = found_by_find (fixture->dir, fixture->paths, "تركيا واذربيجان");

    g_assert_cmpstr (got, ==, expected);
    g_clear_object (&wait.results);
  }

  wait.done = FALSE;
  hashiya_corpus_index_search_async (index, "\"تركيا", 0, NULL, search_done_cb, &wait);
  hashiya_test_wait_for (async_done, &wait, 20);
  g_assert_error (wait.error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX);
  g_assert_cmpstr (wait.error->message, ==, "a quotation mark in the query is not closed");
  g_assert_null (wait.results);
  g_clear_error (&wait.error);

  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    wait.done = FALSE;
    hashiya_corpus_index_search_async (index, "تركيا", 0, cancellable, search_done_cb, &wait);
    hashiya_test_wait_for (async_done, &wait, 20);
    g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&wait.error);
  }
}

/* The CLI: what `corpus index` says, a line a hit from `corpus search`,
 * --limit, and queries that cannot be read (status 1, the reason,
 * nothing written, not even the cache). */
static void
test_index_cli (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GFile) cache = hashiya_corpus_cache_dir_for_folder (folder);
  g_autofree char *cache_dir = g_file_get_path (cache);
  const char *bad[][2] = {
    { "", "hashiya-cli: the query is empty\n" },
    { "،؛!", "hashiya-cli: the query has no word to search for, only punctuation\n" },
    { "\"تركيا واذربيجان", "hashiya-cli: a quotation mark in the query is not closed\n" },
    { "*", "hashiya-cli: a “*” goes right after the beginning of a word, as in “اذربيج*”\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(HashiyaTestRun) run = run_cli ("corpus", "search", fixture->dir, bad[i][0]);

      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, bad[i][1]);
      g_assert_false (g_file_test (cache_dir, G_FILE_TEST_EXISTS));
    }
  {
    g_auto(HashiyaTestRun) run = run_cli ("corpus", "search", fixture->dir, "تركيا", "--limit", "-1");

    g_assert_cmpint (run.status, ==, 2);
    g_assert_false (g_file_test (cache_dir, G_FILE_TEST_EXISTS));
  }

  /* No cache folder can be made: the search works all the same. */
  {
    g_auto(HashiyaTestRun) run = hashiya_test_run_cli_full (NULL, (const char * const[]) { "XDG_CACHE_HOME=/dev/null", NULL },
                                                            FALSE, (const char * const[]) {
                                                              "corpus", "search", fixture->dir, "تركيا", "--limit", "1", NULL
                                                            });

    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_suffix (run.err, "; the first 1 shown\n"));
    g_assert_false (g_file_test (cache_dir, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(HashiyaTestRun) run = run_cli ("corpus", "index", fixture->dir);
    g_autofree char *expected = g_strdup_printf ("%s: 5 documents in the index: 5 added, 0 updated, 0 unchanged, "
                                                 "0 removed, 0 cannot be read\n%s: index %s/hashiya/corpora/",
                                                 fixture->dir, fixture->dir, g_get_user_cache_dir ());

    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, expected));
    g_assert_true (g_str_has_suffix (run.out, "/index.sqlite\n"));
  }
  {
    g_auto(HashiyaTestRun) run = run_cli ("corpus", "search", fixture->dir, "تركيا");
    g_auto(HashiyaTestRun) limited = run_cli ("corpus", "search", fixture->dir, "تركيا", "--limit", "2");
    g_autofree char *expected = found_by_find (fixture->dir, fixture->paths, "تركيا");
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);
    g_auto(GStrv) limited_lines = g_strsplit (limited.out, "\n", -1);
    guint n = g_strv_length (lines) - 1;
    g_autofree char *summary = NULL;

    g_assert_cmpint (run.status, ==, 0);
    for (guint i = 0; i < n; i++)
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
        g_autofree char *line = g_strdup_printf ("%s %s %s ", fields[0], fields[1], fields[2]);

        g_assert_cmpuint (g_strv_length (fields), ==, 4);
        g_assert_nonnull (strstr (expected, line));
      }
    g_assert_cmpuint (n, >, 10);
    summary = g_strdup_printf ("%u hits in 5 documents\n", n);
    g_assert_cmpstr (run.err, ==, summary);

    g_assert_cmpint (limited.status, ==, 0);
    g_assert_cmpuint (g_strv_length (limited_lines), ==, 3);
    g_assert_cmpstr (limited_lines[0], ==, lines[0]);
    g_assert_cmpstr (limited_lines[1], ==, lines[1]);
    g_free (summary);
    summary = g_strdup_printf ("%u hits in 5 documents; the first 2 shown\n", n);
    g_assert_cmpstr (limited.err, ==, summary);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cache_home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();
  /* The caches of this run, and of the hashiya-cli it runs, apart from the
   * user's: each test's corpus is a folder of its own, with a cache of
   * its own in there. */
  cache_home = hashiya_test_own_cache ();
  g_assert_cmpstr (g_get_user_cache_dir (), ==, cache_home);

#define ADD(path, func, n) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)
  ADD ("/corpus-index/updates", test_index_updates, N_DOCUMENTS);
  ADD ("/corpus-index/cli-equals-find", test_index_cli_equals_find, N_DOCUMENTS);
  ADD ("/corpus-index/bad-files", test_index_bad_files, 5);
  ADD ("/corpus-index/document-changed", test_index_document_changed, 5);
  ADD ("/corpus-index/changed-while-indexing", test_index_changed_while_indexing, N_DOCUMENTS);
  ADD ("/corpus-index/cache-faults", test_index_cache_faults, N_DOCUMENTS);
  ADD ("/corpus-index/concurrent", test_index_concurrent, N_DOCUMENTS);
  ADD ("/corpus-index/async", test_index_async, N_DOCUMENTS);
  ADD ("/corpus-index/cli", test_index_cli, 5);
#undef ADD

  status = g_test_run ();
  hashiya_test_remove_tree (cache_home);
  return status;
}
