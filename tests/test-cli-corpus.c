/* test-cli-corpus.c — hashiya-cli corpus as a user runs it: results, exit
 * codes, messages, and two programs writing one corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "hashiya-test-cli.h"
#include "hashiya-test-util.h"

static const char * const texts[] = {
  "اتهمت أذربيجان أرمينيا بخرق وقف إطلاق النار قرب الحدود.\n",
  "استضافت طهران اجتماعا لوزراء خارجية روسيا وتركيا وإيران.\n",
  "قال الرئيس إلهام علييف إن باكو مستعدة لتوقيع اتفاق سلام مع يريفان.\n",
};

typedef struct
{
  char *dir;      /* the test's folder, open to the unprivileged user */
  char *corpus;   /* DIR/news, a corpus of a.hashiya, b.hashiya, sub/c.hashiya */
} Fixture;

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
corpus_path (Fixture    *fixture,
             const char *name)
{
  return g_build_filename (fixture->corpus, name, NULL);
}

static char *
write_text (Fixture    *fixture,
            const char *name,
            const char *text)
{
  char *path = path_in (fixture, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *sub = NULL;
  g_autofree char *c = NULL;

  fixture->dir = hashiya_test_make_tmpdir ();
  g_chmod (fixture->dir, 0777);
  fixture->corpus = path_in (fixture, "news");
  a = write_text (fixture, "a.txt", texts[0]);
  b = write_text (fixture, "b.txt", texts[1]);
  c = write_text (fixture, "c.txt", texts[2]);

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "init", fixture->corpus);
    g_autofree char *expected = g_strdup_printf ("%s: corpus “news”, 24 actors, 0 documents\n", fixture->corpus);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, a, b, "--source", "Anadolu");

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  sub = corpus_path (fixture, "sub");
  g_mkdir (sub, 0755);
  {
    g_autofree char *inside = g_build_filename (sub, "c.txt", NULL);

    g_assert_true (g_rename (c, inside) == 0);
    {
      g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, inside, "--date", "2023-10-23");

      g_assert_cmpstr (r.err, ==, "");
      g_assert_cmpint (r.status, ==, 0);
    }
  }
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

/* Bad input: exit 1, the message, nothing on standard output. */
static void
assert_refused (HashiyaTestRun *r,
                const char       *message)
{
  g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s\n", message);

  g_assert_cmpstr (r->err, ==, expected);
  g_assert_cmpint (r->status, ==, 1);
  g_assert_cmpstr (r->out, ==, "");
}

/* Wrong usage: exit 2, the message and where to look. */
static void
assert_usage (HashiyaTestRun *r,
              const char       *subcommand,
              const char       *message)
{
  g_autofree char *expected = g_strdup_printf ("hashiya-cli: corpus %s: %s\nTry “hashiya-cli corpus %s --help” for more.\n",
                                               subcommand, message, subcommand);

  g_assert_cmpstr (r->err, ==, expected);
  g_assert_cmpint (r->status, ==, 2);
  g_assert_cmpstr (r->out, ==, "");
}

static HashiyaDocument *
load (Fixture    *fixture,
      const char *name)
{
  g_autofree char *path = corpus_path (fixture, name);
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document = hashiya_document_load_file (path, &error);

  g_assert_no_error (error);
  return document;
}

/* A snapshot of every file of the corpus, to tell that nothing was
 * written. */
static char *
snapshot (Fixture *fixture)
{
  const char *names[] = { "corpus.json", "a.hashiya", "b.hashiya", "sub/c.hashiya" };
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = corpus_path (fixture, names[i]);
      g_autofree char *contents = hashiya_test_read_file (path, NULL);

      g_string_append (all, contents);
    }
  return g_string_free (all, FALSE);
}

static void
test_init (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *json = corpus_path (fixture, "corpus.json");
  g_autofree char *other = path_in (fixture, "other");
  g_autofree char *missing = path_in (fixture, "missing.json");
  g_autofree char *message = NULL;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "init", fixture->corpus);

    message = g_strdup_printf ("%s: there is a corpus here already", json);
    assert_refused (&r, message);
    g_clear_pointer (&message, g_free);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "init", other, "--catalog", missing);

    message = g_strdup_printf ("%s: cannot read: no such file or folder", missing);
    assert_refused (&r, message);
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "init");

    assert_usage (&r, "init", "give one folder");
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "frobnicate", fixture->corpus);

    g_assert_cmpstr (r.err, ==, "hashiya-cli: corpus: unknown subcommand “frobnicate”\n"
                                "Try “hashiya-cli corpus --help” for more.\n");
    g_assert_cmpint (r.status, ==, 2);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "--help");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "  stats     DIR [--json]"));
  }
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *d = write_text (fixture, "d.txt", texts[0]);
  g_autofree char *a = path_in (fixture, "a.txt");
  g_autofree char *before = snapshot (fixture);
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autoptr(HashiyaDocument) added = NULL;
  g_autofree char *added_path = corpus_path (fixture, "d.hashiya");

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, d, "--date", "2023-02-30");

    assert_usage (&r, "add", "the date “2023-02-30” is not a date of the form YYYY-MM-DD, such as 2024-03-07");
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, d, a, "--title", "x");

    assert_usage (&r, "add", "--title and --url describe one article: give one file with them");
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, a);

    message = g_strdup_printf ("%s: the corpus has a document of that name already (a.hashiya); nothing was added", a);
    assert_refused (&r, message);
  }
  g_assert_false (g_file_test (added_path, G_FILE_TEST_EXISTS));
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, d, "--title", "اتهام",
                                                  "--date", "2023-09-20", "--url", "https://example.com/d",
                                                  "--tag", "ceasefire", "--tag", "border");
    g_autofree char *expected = g_strdup_printf ("%s: added as d.hashiya, 56 characters\n"
                                                 "d.hashiya: the same text as a.hashiya\n", d);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 0);
  }
  added = load (fixture, "d.hashiya");
  g_assert_cmpstr (hashiya_document_get_metadata (added)->title, ==, "اتهام");
  g_assert_cmpstr (hashiya_document_get_metadata (added)->url, ==, "https://example.com/d");
  g_assert_cmpstr (hashiya_document_get_metadata (added)->tags[1], ==, "border");
  g_assert_cmpuint (hashiya_catalog_get_n_actors (hashiya_document_get_catalog (added)), ==, 24);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *manifest = write_text (fixture, "manifest.csv",
                                          "path,title,date,source,url\n"
                                          "a.hashiya,\"Baku, Yerevan\",2023-09-19,,\n"
                                          "nope.hashiya,x,,,\n"
                                          "b.hashiya,x,2023-9-1,,\n");
  g_autofree char *expected = NULL;
  g_autoptr(HashiyaDocument) a = NULL;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "import", fixture->corpus, "--manifest", manifest);
    g_autofree char *out = g_strdup_printf ("%s: the metadata of 1 document changed\n", fixture->corpus);

    expected = g_strdup_printf ("hashiya-cli: %s:3: “nope.hashiya” is not a document of the corpus\n"
                                "hashiya-cli: %s:4: the date “2023-9-1” is not a date of the form YYYY-MM-DD, "
                                "such as 2024-03-07\n", manifest, manifest);
    g_assert_cmpstr (r.err, ==, expected);
    g_assert_cmpstr (r.out, ==, out);
    g_assert_cmpint (r.status, ==, 1);
  }
  a = load (fixture, "a.hashiya");
  g_assert_cmpstr (hashiya_document_get_metadata (a)->title, ==, "Baku, Yerevan");
  g_assert_cmpstr (hashiya_document_get_metadata (a)->source, ==, "Anadolu");
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "import", fixture->corpus);

    assert_usage (&r, "import", "say which manifest with --manifest CSV");
  }
}

static void
test_suggest_stats (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *csv_path = path_in (fixture, "sources.csv");
  g_autofree char *csv = NULL;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "suggest", fixture->corpus);
    g_autofree char *expected = g_strdup_printf ("%s: 3 documents, 3 written, 9 suggested mentions and "
                                                 "0 suggested relations added, 0 failed\n", fixture->corpus);

    /* No terminal: no progress. */
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "suggest", fixture->corpus, "--relations", "--accept");
    g_autofree char *expected = g_strdup_printf ("%s: 3 documents, 3 written, 0 accepted mentions and "
                                                 "4 accepted relations added, 0 failed\n", fixture->corpus);

    g_assert_cmpstr (r.out, ==, expected);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "stats", fixture->corpus);
    g_autofree char *head = g_strdup_printf ("Corpus:      %s\n"
                                             "Documents:   3 (0 cannot be read)\n"
                                             "Characters:  180\n"
                                             "Mentions:    9\n"
                                             "Relations:   4\n"
                                             "Dates:       2023-10-23 to 2023-10-23\n\n", fixture->corpus);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, head));
    g_assert_nonnull (strstr (r.out, "\nazerbaijan                       2         2  2023-10-23  2023-10-23  أذربيجان\n"));
    g_assert_nonnull (strstr (r.out, "\n(18 actors of the catalogue are not mentioned)\n"));
    g_assert_nonnull (strstr (r.out, "\nAnadolu                          2         6         3  -           -\n"));
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "stats", fixture->corpus, "--json");
    JsonObject *root;

    g_assert_true (json_parser_load_from_data (parser, r.out, -1, NULL));
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpint (json_object_get_int_member (root, "mentions"), ==, 9);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "actors")), ==, 24);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "stats", fixture->corpus, "--csv", "sources", "-o",
                                                  csv_path);

    g_assert_cmpstr (r.out, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    csv = hashiya_test_read_file (csv_path, NULL);
    g_assert_cmpstr (csv, ==, "source,documents,mentions,relations,first_date,last_date\r\n"
                              "Anadolu,2,6,3,,\r\n"
                              ",1,3,1,2023-10-23,2023-10-23\r\n");
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "stats", fixture->corpus, "--csv", "people");

    assert_usage (&r, "stats", "--csv is “actors” or “sources”, not “people”");
  }
}

static void
test_actor (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(HashiyaDocument) c = NULL;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "suggest", fixture->corpus, "--accept");

    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "actor", fixture->corpus, "ilham-aliyev", "--merge-into",
                                                  "azerbaijan");
    g_autofree char *expected = g_strdup_printf ("%s: 3 documents, 3 written, 1 mentions of “ilham-aliyev” changed, "
                                                 "0 failed\n", fixture->corpus);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 0);
  }
  c = load (fixture, "sub/c.hashiya");
  g_assert_cmpuint (hashiya_document_count_mentions (c, "azerbaijan"), ==, 2);

  before = snapshot (fixture);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "actor", fixture->corpus, "atlantis", "--color", "#000000");

    assert_refused (&r, "actor “atlantis” is not in the corpus's catalogue");
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "actor", fixture->corpus, "iran", "--color", "#000000",
                                                  "--alias", "x");

    assert_usage (&r, "actor", "say one change: --name-ar and --name-en, --alias, --color or --merge-into");
  }
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_export_validate (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = path_in (fixture, "news.csv");
  g_autofree char *broken = corpus_path (fixture, "broken.hashiya");
  g_autofree char *copy = corpus_path (fixture, "copy.hashiya");
  g_autofree char *a = corpus_path (fixture, "a.hashiya");
  g_autofree char *a_contents = hashiya_test_read_file (a, NULL);
  g_autofree char *csv = NULL;

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "validate", fixture->corpus);
    g_autofree char *expected = g_strdup_printf ("%s: 3 documents, 0 cannot be read, 0 with the same text as another, "
                                                 "0 with another catalogue\n", fixture->corpus);

    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_true (g_file_set_contents (broken, "{", -1, NULL));
  g_assert_true (g_file_set_contents (copy, a_contents, -1, NULL));
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "validate", fixture->corpus);
    g_autofree char *expected = g_strdup_printf ("a.hashiya: the same text as copy.hashiya\n"
                                                 "copy.hashiya: the same text as a.hashiya\n"
                                                 "%s: 5 documents, 1 cannot be read, 2 with the same text as another, "
                                                 "0 with another catalogue\n", fixture->corpus);

    g_assert_cmpstr (r.err, ==, "hashiya-cli: broken.hashiya:1:1: Parse error: unexpected character `{', "
                                "expected string constant\n");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 1);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "export", fixture->corpus, "--format", "csv", "-o", out);
    g_autofree char *expected = g_strdup_printf ("%s: 4 documents exported, 1 left out\n", out);

    g_assert_cmpstr (r.err, ==, "hashiya-cli: broken.hashiya:1:1: Parse error: unexpected character `{', "
                                "expected string constant\n");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 1);
  }
  csv = hashiya_test_read_file (out, NULL);
  g_assert_true (g_str_has_prefix (csv, "document,id,start,end,text,actor,name_en,kind,mention_type,status,note\r\n"));
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "export", fixture->corpus, "--format", "pdf", "-o", out);

    assert_usage (&r, "export", "unknown format “pdf”; a corpus is exported as csv, jsonl, conll, brat or w3c");
  }
}

/* A folder the user cannot write: opened, said read-only; nothing is
 * written and the message says why. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture);
  g_autofree char *after = NULL;
  g_autofree char *d = write_text (fixture, "d.txt", texts[0]);
  g_autofree char *message = g_strdup_printf ("%s: the corpus is read-only: its folder or corpus.json cannot be written",
                                              fixture->corpus);

  g_chmod (fixture->corpus, 0555);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "validate", fixture->corpus);
    g_autofree char *expected = g_strdup_printf ("%s: read-only: nothing can be saved in it\n"
                                                 "%s: 3 documents, 0 cannot be read, 0 with the same text as another, "
                                                 "0 with another catalogue\n", fixture->corpus, fixture->corpus);

    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "add", fixture->corpus, d);

    assert_refused (&r, message);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "suggest", fixture->corpus);

    assert_refused (&r, message);
  }
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "actor", fixture->corpus, "iran", "--color", "#000000");

    assert_refused (&r, message);
  }
  g_chmod (fixture->corpus, 0755);
  after = snapshot (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* A document that cannot be written midway through a catalogue edit:
 * the others are new, it is old, the message says which; once it can be
 * written, the same edit brings it in step. */
static void
test_edit_failure_midway (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *sub = corpus_path (fixture, "sub");
  g_autofree char *c_path = corpus_path (fixture, "sub/c.hashiya");
  g_autofree char *c_before = hashiya_test_read_file (c_path, NULL);
  g_autofree char *c_after = NULL;
  g_autofree char *json = corpus_path (fixture, "corpus.json");
  g_autofree char *a_path = corpus_path (fixture, "a.hashiya");
  g_autofree char *b_path = corpus_path (fixture, "b.hashiya");

  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "suggest", fixture->corpus, "--accept");

    g_assert_cmpint (r.status, ==, 0);
  }
  g_free (c_before);
  c_before = hashiya_test_read_file (c_path, NULL);
  /* The unprivileged user may write the corpus, but not its subfolder. */
  g_chmod (fixture->corpus, 0777);
  g_chmod (json, 0666);
  g_chmod (a_path, 0666);
  g_chmod (b_path, 0666);
  g_chmod (sub, 0555);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "actor", fixture->corpus, "azerbaijan",
                                                         "--color", "#010203");
    g_autofree char *expected = g_strdup_printf ("%s: 3 documents, 2 written, 1 mentions of “azerbaijan” changed, "
                                                 "1 failed\n", fixture->corpus);

    g_assert_cmpstr (r.err, ==, "hashiya-cli: sub/c.hashiya: cannot write: permission denied\n");
    g_assert_cmpstr (r.out, ==, expected);
    g_assert_cmpint (r.status, ==, 1);
  }
  /* Each file old or new, never half. */
  c_after = hashiya_test_read_file (c_path, NULL);
  g_assert_cmpstr (c_after, ==, c_before);
  {
    g_autoptr(HashiyaDocument) a = load (fixture, "a.hashiya");
    g_autoptr(HashiyaDocument) b = load (fixture, "b.hashiya");
    g_autoptr(GFile) folder = g_file_new_for_path (fixture->corpus);
    g_autoptr(HashiyaCorpusFile) file = hashiya_corpus_file_read (folder, NULL);

    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (file->catalog, "azerbaijan")), ==, "#010203");
    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (hashiya_document_get_catalog (a), "azerbaijan")),
                     ==, "#010203");
    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (hashiya_document_get_catalog (b), "azerbaijan")),
                     ==, "#010203");
  }
  {
    g_autoptr(GDir) listing = g_dir_open (sub, 0, NULL);
    const char *name;
    guint n = 0;

    /* No temporary file left behind: the text and its document. */
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_assert_true (g_str_equal (name, "c.txt") || g_str_equal (name, "c.hashiya"));
        n++;
      }
    g_assert_cmpuint (n, ==, 2);
  }

  g_chmod (sub, 0777);
  g_chmod (c_path, 0666);
  {
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_nobody ("corpus", "actor", fixture->corpus, "azerbaijan",
                                                         "--color", "#010203");
    g_autofree char *expected = g_strdup_printf ("%s: 3 documents, 1 written, 1 mentions of “azerbaijan” changed, "
                                                 "0 failed\n", fixture->corpus);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
  }
  {
    g_autoptr(HashiyaDocument) c = load (fixture, "sub/c.hashiya");

    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (hashiya_document_get_catalog (c), "azerbaijan")),
                     ==, "#010203");
  }
}

static void
wait_for (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
}

/* Two programs write the same documents at once, each many times: every
 * write of each is in the files at the end. */
static void
test_two_processes (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) names = g_string_new (NULL);
  const guint n_documents = 40;
  const guint n_rounds = 4;

  /* More documents, for the two to meet on. */
  for (guint i = 0; i < n_documents; i++)
    {
      g_autofree char *name = g_strdup_printf ("more%02u.txt", i);
      g_autofree char *path = write_text (fixture, name, texts[i % G_N_ELEMENTS (texts)]);
      g_auto(HashiyaTestRun) r = hashiya_test_run_cli ("corpus", "add", fixture->corpus, path);

      g_assert_cmpint (r.status, ==, 0);
    }

  for (guint round = 0; round < n_rounds; round++)
    {
      g_autoptr(GString) manifest = g_string_new ("path,title,date,source,url\n");
      g_autofree char *manifest_path = NULL;
      g_autofree char *alias = g_strdup_printf ("اسم%u", round);
      g_autoptr(GSubprocess) importer = NULL;
      g_autoptr(GSubprocess) editor = NULL;

      for (guint i = 0; i < n_documents; i++)
        g_string_append_printf (manifest, "more%02u.hashiya,title %u,,,\n", i, round);
      manifest_path = write_text (fixture, "manifest.csv", manifest->str);
      importer = hashiya_test_spawn_cli ((const char * const[]) { "corpus", "import", fixture->corpus,
                                                                   "--manifest", manifest_path, NULL });
      editor = hashiya_test_spawn_cli ((const char * const[]) { "corpus", "actor", fixture->corpus, "iran",
                                                                 "--alias", alias, NULL });
      wait_for (importer);
      wait_for (editor);

      /* Both writes of this round are in every document. */
      for (guint i = 0; i < n_documents; i++)
        {
          g_autofree char *name = g_strdup_printf ("more%02u.hashiya", i);
          g_autofree char *title = g_strdup_printf ("title %u", round);
          g_autoptr(HashiyaDocument) document = load (fixture, name);
          HashiyaActor *iran = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "iran");

          g_assert_cmpstr (hashiya_document_get_metadata (document)->title, ==, title);
          for (guint k = 0; k <= round; k++)
            {
              g_autofree char *earlier = g_strdup_printf ("اسم%u", k);

              g_assert_true (g_strv_contains (hashiya_actor_get_aliases (iran), earlier));
            }
        }
    }
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
  ADD ("/cli-corpus/init", test_init);
  ADD ("/cli-corpus/add", test_add);
  ADD ("/cli-corpus/import", test_import);
  ADD ("/cli-corpus/suggest-stats", test_suggest_stats);
  ADD ("/cli-corpus/actor", test_actor);
  ADD ("/cli-corpus/export-validate", test_export_validate);
  ADD ("/cli-corpus/read-only", test_read_only);
  ADD ("/cli-corpus/edit-failure-midway", test_edit_failure_midway);
  ADD ("/cli-corpus/two-processes", test_two_processes);
#undef ADD

  status = g_test_run ();
  hashiya_test_remove_tree (cache);
  return status;
}
