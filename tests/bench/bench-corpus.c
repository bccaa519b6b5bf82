/* bench-corpus.c — the corpus index on 10,000 documents: building it,
 * keeping it in step, searching it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-corpus generate DIR TEXTS N BYTES   a corpus of N documents of
 *                                             about BYTES bytes of text, and
 *                                             their texts as plain files
 *   bench-corpus index DIR                    the index made from nothing
 *   bench-corpus update DIR                   the index brought in step:
 *                                             nothing changed, then one
 *                                             document changed
 *   bench-corpus query DIR QUERY…             each query, warm, five times
 *   bench-corpus unicode61 DIR QUERY…         the hits FTS5's unicode61
 *                                             tokenizer finds of each query
 *                                             as written
 *
 * A benchmark, not a test: it prints "bench: KEY VALUE" lines for
 * tests/bench/run-benchmarks.py, which measures each run's memory and
 * compares it with grep, and never fails on a figure. The caches are
 * kept under XDG_CACHE_HOME, as the application keeps them.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hashiya-core.h"
#include "hashiya-fts5-tokenizer.h"
#include "hashiya-test-corpus.h"

#define QUERY_RUNS 5
#define QUERY_LIMIT 100

static void
report (const char *key,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
report (const char *key,
        const char *format,
        ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);
  g_print ("bench: %s %s\n", key, value);
}

static double
seconds_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

/* The processor time of this program so far, every thread, in seconds. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static HashiyaCorpus *
open_corpus (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_open (folder, NULL, &error);

  if (corpus == NULL)
    g_error ("%s", error->message);
  return corpus;
}

static int
generate (const char *dir,
          const char *texts,
          guint       n_documents,
          gsize       bytes)
{
  g_autoptr(GPtrArray) paths = NULL;
  guint64 n_mentions = 0, n_bytes = 0;
  gint64 start = g_get_monotonic_time ();

  paths = hashiya_test_generate_corpus (dir, n_documents, bytes, 2023);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *full = g_build_filename (dir, path, NULL);
      g_autofree char *stem = g_strndup (path, strrchr (path, '.') - path);
      g_autofree char *text_path = g_strdup_printf ("%s/%s.txt", texts, stem);
      g_autofree char *text_dir = g_path_get_dirname (text_path);
      g_autoptr(HashiyaText) text = NULL;
      g_autoptr(GError) error = NULL;
      gsize n = 0;
      const char *data;

      if (g_str_has_suffix (path, ".hashiya"))
        {
          g_autoptr(HashiyaDocument) document = hashiya_document_load_file (full, &error);

          if (document == NULL)
            g_error ("%s", error->message);
          text = hashiya_text_ref (hashiya_document_get_text (document));
          n_mentions += hashiya_document_get_n_mentions (document);
        }
      else
        {
          g_autofree char *contents = NULL;
          gsize length = 0;

          if (!g_file_get_contents (full, &contents, &length, &error) ||
              (text = hashiya_text_new (contents, length, &error)) == NULL)
            g_error ("%s", error->message);
        }
      data = hashiya_text_get_data (text, &n);
      n_bytes += n;
      g_mkdir_with_parents (text_dir, 0755);
      if (!g_file_set_contents (text_path, data, (gssize) n, &error))
        g_error ("%s", error->message);
    }

  report ("generate-seconds", "%.1f", seconds_since (start));
  report ("documents", "%u", paths->len);
  report ("text-mb", "%.1f", (double) n_bytes / 1e6);
  report ("mentions", "%" G_GUINT64_FORMAT, n_mentions);
  return 0;
}

static guint64
count_rows (HashiyaCorpusIndex *index,
            const char         *sql)
{
  g_autofree char *path = g_file_get_path (hashiya_corpus_index_get_file (index));
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  guint64 n = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) == SQLITE_OK && sqlite3_step (statement) == SQLITE_ROW)
    n = (guint64) sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return n;
}

static void
delete_cache (HashiyaCorpusIndex *index)
{
  g_autofree char *path = g_file_get_path (hashiya_corpus_index_get_file (index));
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
update (HashiyaCorpusIndex        *index,
        GPtrArray                 *paths,
        HashiyaCorpusIndexSummary *summary)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_corpus_index_update (index, paths, NULL, NULL, NULL, summary, &error))
    g_error ("%s", error->message);
}

static int
index_cold (const char *dir)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = NULL;
  HashiyaCorpusIndexSummary summary = { 0 };
  g_autofree char *cache = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu;
  GStatBuf buf;

  corpus = open_corpus (dir);
  report ("open-seconds", "%.3f", seconds_since (start));
  index = hashiya_corpus_index_new_for_corpus (corpus);
  delete_cache (index);

  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  update (index, NULL, &summary);
  report ("index-seconds", "%.2f", seconds_since (start));
  report ("index-cpu-seconds", "%.2f", cpu_seconds () - cpu);
  report ("index-documents", "%u", summary.n_documents);
  report ("index-text-mb", "%.1f",
          (double) count_rows (index, "SELECT sum (length (CAST (c0 AS BLOB))) FROM texts_content") / 1e6);
  report ("index-mentions", "%" G_GUINT64_FORMAT, count_rows (index, "SELECT count (*) FROM mentions"));
  cache = g_file_get_path (hashiya_corpus_index_get_file (index));
  if (g_stat (cache, &buf) == 0)
    report ("cache-mb", "%.1f", (double) buf.st_size / 1e6);
  return 0;
}

static void
count_changed_cb (guint *n_changed)
{
  (*n_changed)++;
}

static int
index_update (const char *dir)
{
  g_autoptr(HashiyaCorpus) corpus = open_corpus (dir);
  g_autoptr(HashiyaCorpusIndex) index = hashiya_corpus_index_new_for_corpus (corpus);
  g_autoptr(HashiyaCorpusDocument) listed = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaCorpusIndexSummary summary = { 0 };
  GListModel *documents = hashiya_corpus_get_documents (corpus);
  g_autofree char *title = NULL;
  g_autofree char *full = NULL;
  guint n_changed = 0;
  gint64 start, saved;

  start = g_get_monotonic_time ();
  update (index, NULL, &summary);
  report ("update-none-seconds", "%.3f", seconds_since (start));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* One document changed behind the corpus's back (another program, a
   * git pull): the whole folder looked at, as when it opens. */
  for (guint i = 0; listed == NULL; i++)
    {
      g_autoptr(HashiyaCorpusDocument) candidate = g_list_model_get_item (documents, i);

      if (g_str_has_suffix (hashiya_corpus_document_get_path (candidate), ".hashiya"))
        listed = g_steal_pointer (&candidate);
    }
  document = hashiya_corpus_load_document (corpus, listed, NULL, &error);
  if (document == NULL)
    g_error ("%s", error->message);
  title = g_strdup_printf ("%s (%" G_GINT64_FORMAT ")", hashiya_document_get_metadata (document)->title,
                           g_get_real_time ());
  full = g_file_get_path (hashiya_corpus_document_get_file (listed));
  if (!hashiya_document_set_title (document, title, &error) || !hashiya_document_save_file (document, full, &error))
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  update (index, NULL, &summary);
  report ("update-one-seconds", "%.3f", seconds_since (start));
  report ("update-one-updated", "%u", summary.n_updated);

  /* Saved again through the corpus: the index reads the document again
   * on a worker thread, told by ::document-changed, as in the window. */
  g_clear_object (&document);
  document = hashiya_corpus_load_document (corpus, listed, NULL, &error);
  if (document == NULL || !hashiya_document_set_title (document, "عنوان آخر", &error))
    g_error ("%s", error->message);
  g_signal_connect_swapped (index, "changed", G_CALLBACK (count_changed_cb), &n_changed);
  start = g_get_monotonic_time ();
  if (!hashiya_corpus_save_document (corpus, listed, document, &error))
    g_error ("%s", error->message);
  saved = g_get_monotonic_time ();
  while (n_changed == 0 || hashiya_corpus_index_get_n_pending (index) > 0)
    g_main_context_iteration (NULL, TRUE);
  report ("save-seconds", "%.3f", (double) (saved - start) / G_USEC_PER_SEC);
  report ("refresh-one-seconds", "%.3f", seconds_since (saved));
  return 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static int
query (const char  *dir,
       char       **queries,
       guint        n_queries)
{
  g_autoptr(HashiyaCorpus) corpus = open_corpus (dir);
  g_autoptr(HashiyaCorpusIndex) index = hashiya_corpus_index_new_for_corpus (corpus);
  HashiyaCorpusIndexSummary summary = { 0 };

  /* In step, as the window is before anyone searches. */
  update (index, NULL, &summary);
  for (guint q = 0; q < n_queries; q++)
    {
      double times[QUERY_RUNS], cpu_times[QUERY_RUNS];
      guint n_hits = 0, n_documents = 0;

      for (guint run = 0; run < QUERY_RUNS; run++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(HashiyaSearchResults) results = NULL;
          gint64 start = g_get_monotonic_time ();
          double cpu = cpu_seconds ();

          results = hashiya_corpus_index_search (index, queries[q], QUERY_LIMIT, NULL, &error);
          times[run] = seconds_since (start) * 1000;
          cpu_times[run] = (cpu_seconds () - cpu) * 1000;
          if (results == NULL)
            g_error ("%s", error->message);
          n_hits = hashiya_search_results_get_n_hits (results);
          n_documents = hashiya_search_results_get_n_documents (results);
        }
      qsort (times, QUERY_RUNS, sizeof (double), compare_doubles);
      qsort (cpu_times, QUERY_RUNS, sizeof (double), compare_doubles);
      g_print ("bench: query-%u-ms %.2f\n", q, times[QUERY_RUNS / 2]);
      g_print ("bench: query-%u-cpu-ms %.2f\n", q, cpu_times[QUERY_RUNS / 2]);
      g_print ("bench: query-%u-hits %u\n", q, n_hits);
      g_print ("bench: query-%u-documents %u\n", q, n_documents);
    }
  return 0;
}

static guint64
count_in (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *statement = NULL;
  guint64 n = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) == SQLITE_OK && sqlite3_step (statement) == SQLITE_ROW)
    n = (guint64) sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return n;
}

/* FTS5 with its unicode61 tokenizer over the same texts: how many of each
 * query's hits it finds, the query as written. */
static int
unicode61 (const char  *dir,
           char       **queries,
           guint        n_queries)
{
  g_autoptr(HashiyaCorpus) corpus = open_corpus (dir);
  g_autoptr(HashiyaCorpusIndex) index = hashiya_corpus_index_new_for_corpus (corpus);
  g_autofree char *cache = g_file_get_path (hashiya_corpus_index_get_file (index));
  g_autofree char *tmp = NULL;
  char *attach;
  g_autoptr(GError) error = NULL;
  HashiyaCorpusIndexSummary summary = { 0 };
  sqlite3 *db = NULL;
  gint64 start;
  int fd;

  update (index, NULL, &summary);
  fd = g_file_open_tmp ("bench-unicode61-XXXXXX.sqlite", &tmp, &error);
  if (fd < 0)
    g_error ("%s", error->message);
  close (fd);
  if (sqlite3_open (tmp, &db) != SQLITE_OK || !hashiya_fts5_register (db, &error))
    g_error ("%s", error != NULL ? error->message : sqlite3_errmsg (db));
  attach = sqlite3_mprintf ("ATTACH %Q AS cache", cache);
  start = g_get_monotonic_time ();
  if (sqlite3_exec (db, attach, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "CREATE VIRTUAL TABLE u USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');"
                        "INSERT INTO u (rowid, text) SELECT rowid, text FROM cache.texts;", NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_free (attach);
  report ("unicode61-build-seconds", "%.2f", seconds_since (start));
  report ("unicode61-documents", "%" G_GUINT64_FORMAT, count_in (db, "SELECT count (*) FROM u"));

  for (guint q = 0; q < n_queries; q++)
    {
      g_autoptr(GString) expression = g_string_new (NULL);
      g_auto(GStrv) words = g_strsplit (queries[q], " ", -1);
      sqlite3_stmt *statement = NULL;
      guint64 n = 0;
      int rc;

      /* The query as written: its words a phrase, a "*" a prefix. */
      for (guint i = 0; words[i] != NULL; i++)
        {
          gboolean prefix = g_str_has_suffix (words[i], "*");

          if (prefix)
            words[i][strlen (words[i]) - 1] = '\0';
          g_string_append_printf (expression, "%s\"%s\"%s", i > 0 ? " + " : "", words[i], prefix ? "*" : "");
        }
      if (sqlite3_prepare_v2 (db, "SELECT hashiya_count (u) FROM u WHERE u MATCH ?1", -1, &statement, NULL) != SQLITE_OK)
        g_error ("%s", sqlite3_errmsg (db));
      sqlite3_bind_text (statement, 1, expression->str, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
        n += (guint64) sqlite3_column_int64 (statement, 0);
      if (rc != SQLITE_DONE)
        g_error ("%s", sqlite3_errmsg (db));
      sqlite3_finalize (statement);
      g_print ("bench: query-%u-unicode61-hits %" G_GUINT64_FORMAT "\n", q, n);
    }
  sqlite3_close (db);
  g_unlink (tmp);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  hashiya_core_init ();

  if (argc == 6 && g_str_equal (argv[1], "generate"))
    return generate (argv[2], argv[3], (guint) atoi (argv[4]), (gsize) atol (argv[5]));
  if (argc == 3 && g_str_equal (argv[1], "index"))
    return index_cold (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "update"))
    return index_update (argv[2]);
  if (argc >= 4 && g_str_equal (argv[1], "query"))
    return query (argv[2], argv + 3, (guint) (argc - 3));
  if (argc >= 4 && g_str_equal (argv[1], "unicode61"))
    return unicode61 (argv[2], argv + 3, (guint) (argc - 3));

  g_printerr ("usage: bench-corpus generate DIR TEXTS N BYTES | index DIR | update DIR | "
              "query DIR QUERY… | unicode61 DIR QUERY…\n");
  return 2;
}
