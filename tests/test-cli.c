/* test-cli.c — hashiya-cli as a user runs it: results, exit codes, messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hashiya-test-cli.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

typedef struct
{
  char *dir;
  char *sample;
} Fixture;

/* The shared runner under the names these tests use. */
typedef HashiyaTestRun Result;
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, hashiya_test_run_clear)

#define run_cli(...) hashiya_test_run_cli_full (NULL, NULL, FALSE, (const char * const[]) { __VA_ARGS__, NULL })
#define run_cli_nobody(...) hashiya_test_run_cli_full (NULL, NULL, TRUE, (const char * const[]) { __VA_ARGS__, NULL })
#define assert_refused hashiya_test_assert_refused

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();

  fixture->dir = hashiya_test_make_tmpdir ();
  /* Open to the unprivileged user of the permission cases. */
  g_chmod (fixture->dir, 0777);
  fixture->sample = hashiya_test_write_file (fixture->dir, "article.txt",
                                             g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hashiya_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->sample);
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
new_document (Fixture *fixture)
{
  char *doc = path_in (fixture, "doc.hashiya");
  g_auto(Result) r = run_cli ("new", fixture->sample, "-o", doc);

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  return doc;
}

static JsonObject *
parse_object (const char *json,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_cli_new_info_annotate_export (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *annotated = path_in (fixture, "annotated.hashiya");
  g_autofree char *exported = path_in (fixture, "exported.hashiya");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize la = 0, lb = 0;
  JsonObject *info;

  {
    g_auto(Result) r = run_cli ("info", doc, "--json");

    g_assert_cmpint (r.status, ==, 0);
    info = parse_object (r.out, parser);
    g_assert_cmpint (json_object_get_int_member (info, "characters"), ==, 2849);
    g_assert_cmpint (json_object_get_int_member (info, "mentions"), ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (info, "actors")), ==, 24);
    g_assert_cmpstr (json_object_get_string_member (info, "sha256"), ==,
                     "d22bcf865a908da7b5859ab1d3f78f731f1eec789d6a19c1f97b2577af153dd8");
  }

  {
    g_auto(Result) r = run_cli ("annotate", doc, "--actor", "azerbaijan", "--span", "79:87",
                                "--note", "\"quoted\", and, commas", "-o", annotated);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }

  {
    g_auto(Result) r = run_cli ("export", annotated, "--format", "hashiya", "-o", exported);

    g_assert_cmpint (r.status, ==, 0);
    a = hashiya_test_read_file (annotated, &la);
    b = hashiya_test_read_file (exported, &lb);
    g_assert_cmpmem (a, la, b, lb);
  }

  {
    g_auto(Result) r = run_cli ("info", exported);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "Characters:  2849\n"));
    g_assert_nonnull (strstr (r.out, "Mentions:    1\n"));
    g_assert_true (g_regex_match_simple ("azerbaijan +1  أذربيجان", r.out, 0, 0));
  }

  {
    g_auto(Result) r = run_cli ("validate", doc, exported);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "valid document, 2849 characters, 1 mentions"));
  }
}

static void
test_cli_bad_text (Fixture       *fixture,
                   gconstpointer  data)
{
  struct {
    const char *name;
    const char *contents;
    gsize       length;
    const char *problem;
  } cases[] = {
    { "latin1.txt", "caf\xE9 \xD8\xA8", 7, "not valid UTF-8 at byte offset 3 (byte 0xE9): save the text as UTF-8 first" },
    { "empty.txt", "", 0, "the text is empty" },
    { "binary.txt", "\x7F" "ELF\x02\x01\x01\0\0\0", 10, "a NUL byte at byte offset 7: this is binary data, not text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *input = hashiya_test_write_file (fixture->dir, cases[i].name,
                                                        cases[i].contents, cases[i].length);
      g_autofree char *output = path_in (fixture, "out.hashiya");
      g_autofree char *message = g_strdup_printf ("%s: %s", input, cases[i].problem);
      g_auto(Result) r = run_cli ("new", input, "-o", output);

      assert_refused (&r, message, output);
    }
}

static void
test_cli_bad_documents (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *valid = NULL;
  g_autofree char *annotated = path_in (fixture, "one.hashiya");
  g_autofree char *output = path_in (fixture, "out.hashiya");
  struct {
    const char *from;
    const char *to;
    const char *problem;
  } cases[] = {
    { "\"end\": 87", "\"end\": \"87\"", "mention 1: \"end\" must be a whole number, not a string" },
    { "\"actor\": \"azerbaijan\", \"type\"", "\"actor\": \"atlantis\", \"type\"",
      "mention 1: actor \"atlantis\" is not in the catalogue" },
    { "\"start\": 79", "\"start\": 88", "mention 1: start 88 is after end 87" },
    { "\"end\": 87", "\"end\": 3000", "mention 1: end 3000 is past the end of the text (2849 characters)" },
    { "\"version\": 1", "\"version\": 9",
      "version 9 was written by a newer Hashiya; this one reads up to version 6. Update Hashiya to open it." },
  };

  {
    g_auto(Result) r = run_cli ("annotate", doc, "--actor", "azerbaijan", "--span", "79:87", "-o", annotated);
    g_assert_cmpint (r.status, ==, 0);
  }
  valid = hashiya_test_read_file (annotated, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *bad = hashiya_test_replace (valid, cases[i].from, cases[i].to);
      g_autofree char *input = hashiya_test_write_file (fixture->dir, "bad.hashiya", bad, -1);
      g_autofree char *message = g_strdup_printf ("%s: %s", input, cases[i].problem);
      g_auto(Result) info = run_cli ("info", input);
      g_auto(Result) validate = run_cli ("validate", input);
      g_auto(Result) export = run_cli ("export", input, "--format", "hashiya", "-o", output);

      assert_refused (&info, message, NULL);
      assert_refused (&validate, message, NULL);
      assert_refused (&export, message, output);
    }

  /* Truncated: the error gives the line and column. */
  {
    g_autofree char *input = hashiya_test_write_file (fixture->dir, "cut.hashiya", valid, strlen (valid) - 40);
    g_auto(Result) r = run_cli ("export", input, "--format", "hashiya", "-o", output);
    g_autofree char *escaped = g_regex_escape_string (input, -1);
    g_autofree char *pattern = g_strdup_printf ("^hashiya-cli: %s:[0-9]+:[0-9]+: Parse error: ", escaped);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_true (g_regex_match_simple (pattern, r.err, 0, 0));
    g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  }

  /* Annotating a span and actor that are already there is refused. */
  {
    g_auto(Result) r = run_cli ("annotate", annotated, "--actor", "azerbaijan", "--span", "79:87", "-o", output);
    g_autofree char *message = g_strdup_printf ("%s: 79:87 is already a mention of \"azerbaijan\" (m1); "
                                                "the same span and actor cannot be annotated twice", annotated);

    assert_refused (&r, message, output);
  }

  /* A meaning error in annotate names the file too. */
  {
    g_auto(Result) r = run_cli ("annotate", annotated, "--actor", "azerbaijan", "--span", "79:3000", "-o", output);
    g_autofree char *message = g_strdup_printf ("%s: end 3000 is past the end of the text (2849 characters)",
                                                annotated);

    assert_refused (&r, message, output);
  }
}

static void
test_cli_bad_paths (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *missing = path_in (fixture, "missing.hashiya");
  g_autofree char *folder = path_in (fixture, "folder");
  g_autofree char *locked = path_in (fixture, "locked.hashiya");
  g_autofree char *output = path_in (fixture, "out.hashiya");
  g_autofree char *message = NULL;

  {
    g_auto(Result) r = run_cli ("info", missing);

    message = g_strdup_printf ("%s: cannot read: no such file or folder", missing);
    assert_refused (&r, message, NULL);
    g_clear_pointer (&message, g_free);
  }

  g_mkdir (folder, 0755);
  {
    g_auto(Result) r = run_cli ("export", folder, "--format", "hashiya", "-o", output);

    message = g_strdup_printf ("%s: cannot read: it is a folder, not a file", folder);
    assert_refused (&r, message, output);
    g_clear_pointer (&message, g_free);
  }

  g_assert_cmpint (g_rename (doc, locked), ==, 0);
  g_chmod (locked, 0000);
  {
    g_auto(Result) r = run_cli_nobody ("export", locked, "--format", "hashiya", "-o", output);

    message = g_strdup_printf ("%s: cannot read: permission denied", locked);
    assert_refused (&r, message, output);
    g_clear_pointer (&message, g_free);
  }
}

/* A text too large is refused before it is read (a sparse file: 200 MiB
 * that costs nothing). */
static void
test_cli_too_large (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *huge = path_in (fixture, "huge.txt");
  g_autofree char *output = path_in (fixture, "huge.hashiya");
  g_autofree char *message = NULL;
  FILE *file = fopen (huge, "w");
  gint64 start;

  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), (off_t) 200 * 1024 * 1024), ==, 0);
  fclose (file);

  start = g_get_monotonic_time ();
  {
    g_auto(Result) r = run_cli ("new", huge, "-o", output);

    message = g_strdup_printf ("%s: the file is 200 MiB; Hashiya reads files of up to 128 MiB", huge);
    assert_refused (&r, message, output);
  }
  /* Early: far quicker than reading 200 MiB would be. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_cli_unwritable_output (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *readonly = path_in (fixture, "readonly");
  g_autofree char *old = g_build_filename (readonly, "old.hashiya", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_chmod (doc, 0644);
  g_mkdir (readonly, 0755);
  before = hashiya_test_read_file (doc, NULL);
  g_file_set_contents (old, "the old version", -1, NULL);
  g_chmod (old, 0666);
  g_chmod (readonly, 0555);

  {
    g_auto(Result) r = run_cli_nobody ("annotate", doc, "--actor", "iran", "--span", "157:162", "-o", old);

    message = g_strdup_printf ("%s: cannot write: permission denied", old);
    assert_refused (&r, message, NULL);
  }

  /* The old file is intact and no temporary file was left behind. */
  after = hashiya_test_read_file (old, NULL);
  g_assert_cmpstr (after, ==, "the old version");
  listing = g_dir_open (readonly, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_cli_suggest_and_find (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *suggested = path_in (fixture, "suggested.hashiya");
  g_autofree char *accepted = path_in (fixture, "accepted.hashiya");
  g_autoptr(HashiyaDocument) result = NULL;
  g_autoptr(HashiyaMention) first = NULL;

  {
    g_auto(Result) r = run_cli ("suggest", doc, "-o", suggested);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_suffix (r.err, "suggested mentions added (0 were there)\n"));
  }
  result = hashiya_document_load_file (suggested, NULL);
  g_assert_cmpuint (hashiya_document_get_n_mentions (result), >=, 71);
  first = g_list_model_get_item (hashiya_document_get_mentions (result), 0);
  g_assert_cmpuint (hashiya_mention_get_start (first), ==, 79);
  g_assert_cmpint (hashiya_mention_get_status (first), ==, HASHIYA_MENTION_STATUS_SUGGESTED);

  /* --accept adds accepted mentions; the suggestions already there stay. */
  {
    g_auto(Result) r = run_cli ("suggest", doc, "--accept", "-o", accepted);
    g_autoptr(HashiyaDocument) again = hashiya_document_load_file (accepted, NULL);
    g_autoptr(HashiyaMention) m = g_list_model_get_item (hashiya_document_get_mentions (again), 0);
    g_autofree char *message = g_strdup_printf ("%s: %u accepted mentions added (0 were there)\n", accepted,
                                                hashiya_document_get_n_mentions (result));

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, message);
    g_assert_cmpint (hashiya_mention_get_status (m), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
  }
  {
    g_auto(Result) r = run_cli ("suggest", suggested, "-o", accepted);
    g_autofree char *message = g_strdup_printf ("%s: 0 suggested mentions added (%u were there)\n", accepted,
                                                hashiya_document_get_n_mentions (result));

    g_assert_cmpstr (r.err, ==, message);
  }

  /* find prints start, end and the text as written, folded or not. */
  {
    g_auto(Result) r = run_cli ("find", fixture->sample, "الاذربيجانية");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "275\t287\tالأذربيجانية\n"));
  }
  {
    g_auto(Result) r = run_cli ("find", doc, "لاذربيجان");

    /* Whole words only: not the letters inside «الأذربيجانية». */
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.out, ==, "78\t87\tلأذربيجان\n");
  }
  {
    g_auto(Result) r = run_cli ("find", doc, "اذربيجان");
    g_auto(GStrv) lines = g_strsplit (r.out, "\n", -1);

    /* The name after its proclitic, never inside the adjective. */
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (lines[0], ==, "79\t87\tأذربيجان");
    g_assert_cmpuint (g_strv_length (lines), ==, 17);
  }
  {
    g_auto(Result) r = run_cli ("find", doc, "\"وزراء الخارجيه\"");

    g_assert_cmpstr (r.out, ==, "2575\t2589\tوزراء الخارجية\n");
  }
  {
    g_auto(Result) r = run_cli ("find", doc, "اذربيجاني*");
    g_auto(GStrv) lines = g_strsplit (r.out, "\n", -1);

    g_assert_cmpstr (lines[0], ==, "275\t287\tالأذربيجانية");
    g_assert_cmpuint (g_strv_length (lines), ==, 6);
  }
  /* A query that cannot be read says why. */
  {
    const char *queries[][2] = {
      { "", "hashiya-cli: the query is empty\n" },
      { "«،»", "hashiya-cli: the query has no word to search for, only punctuation\n" },
      { "\"تركيا واذربيجان", "hashiya-cli: a quotation mark in the query is not closed\n" },
      { "*", "hashiya-cli: a “*” goes right after the beginning of a word, as in “اذربيج*”\n" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        g_auto(Result) r = run_cli ("find", doc, queries[i][0]);

        g_assert_cmpint (r.status, ==, 1);
        g_assert_cmpstr (r.out, ==, "");
        g_assert_cmpstr (r.err, ==, queries[i][1]);
      }
  }
  {
    g_auto(Result) r = run_cli ("find", doc);

    g_assert_cmpint (r.status, ==, 2);
  }
}

static void
test_cli_reanchor (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *annotated = path_in (fixture, "annotated.hashiya");
  g_autofree char *result = path_in (fixture, "result.hashiya");
  g_autofree char *article = hashiya_test_read_file (fixture->sample, NULL);
  g_autofree char *dated = g_strconcat ("طهران - وكالات: ", article, NULL);
  g_autofree char *edited = hashiya_test_replace (dated, "وترفع تركيا وأذربيجان شعار", "وترفع البلدان شعار");
  g_autofree char *new_text = hashiya_test_write_file (fixture->dir, "new.txt", edited, -1);
  g_autofree char *expected = NULL;
  g_autoptr(HashiyaDocument) before = NULL;

  {
    g_auto(Result) r = run_cli ("suggest", doc, "--accept", "-o", annotated);
    g_assert_cmpint (r.status, ==, 0);
  }
  before = hashiya_document_load_file (annotated, NULL);

  {
    g_auto(Result) r = run_cli ("reanchor", annotated, new_text, "-o", result);

    g_assert_cmpint (r.status, ==, 0);
    expected = g_strdup_printf ("%s: 0 kept, %u moved, 0 fuzzy, 2 orphaned\n", result,
                                hashiya_document_get_n_mentions (before) - 2);
    g_assert_cmpstr (r.out, ==, expected);
  }
  {
    g_auto(Result) r = run_cli ("validate", result);
    g_assert_cmpint (r.status, ==, 0);
  }

  /* A file whose text was edited by hand loads, and validate says so. */
  {
    g_autofree char *json = hashiya_test_read_file (annotated, NULL);
    g_autofree char *hand = hashiya_test_replace (json, "\"content\": \"انطلقت", "\"content\": \"أمس انطلقت");
    g_autofree char *path = hashiya_test_write_file (fixture->dir, "hand.hashiya", hand, -1);
    g_auto(Result) r = run_cli ("validate", path);
    g_autofree char *line = g_strdup_printf ("%s: the text was changed outside Hashiya; mentions re-anchored: "
                                             "0 kept, %u moved, 0 fuzzy, 0 orphaned\n", path,
                                             hashiya_document_get_n_mentions (before));

    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, line));
  }

  /* A new text that is not UTF-8 is refused, and nothing is written. */
  {
    g_autofree char *bad = hashiya_test_write_file (fixture->dir, "bad.txt", "caf\xE9", 4);
    g_autofree char *out = path_in (fixture, "never.hashiya");
    g_auto(Result) r = run_cli ("reanchor", annotated, bad, "-o", out);
    g_autofree char *message = g_strdup_printf ("%s: not valid UTF-8 at byte offset 3 (byte 0xE9): "
                                                "save the text as UTF-8 first", bad);

    assert_refused (&r, message, out);
  }
}

static void
test_cli_usage (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);

  {
    g_auto(Result) r = run_cli ("frobnicate");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: unknown command “frobnicate”\n"));
  }
  {
    g_auto(Result) r = run_cli ("annotate", doc, "--actor", "iran", "--span", "79-87", "-o", "x");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: annotate: --span must be START:END in code points, such as 79:87\n"));
    g_assert_false (g_file_test ("x", G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "docx", "-o", "x");
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: export: unknown format “docx”; known formats: hashiya, brat, w3c, conll, jsonl, html, csv, pdf\n"));
  }
  {
    g_auto(Result) r = run_cli ("--help");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "annotate"));
    g_assert_nonnull (strstr (r.out, "Exit status: 0 success, 1 bad input or data, 2 wrong usage."));
  }
  {
    g_auto(Result) r = run_cli ("info", "--help");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.out, "--json"));
  }
}

/* export --format brat, then import it back: the same mentions; a .ann
 * that is not UTF-8 is refused and nothing is written. */
static void
test_cli_brat (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *folder = path_in (fixture, "brat");
  g_autofree char *ann = g_build_filename (folder, "doc.ann", NULL);
  g_autofree char *back = path_in (fixture, "back.hashiya");
  g_autofree char *bad_ann = hashiya_test_write_file (fixture->dir, "article.ann", "T1\tState 79 87\t\xd8\n", -1);
  g_autofree char *never = path_in (fixture, "never.hashiya");
  g_autoptr(HashiyaDocument) before = NULL;
  g_autoptr(HashiyaDocument) after = NULL;

  {
    g_auto(Result) r = run_cli ("suggest", doc, "--accept", "-o", doc);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "brat", "-o", folder);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
  }
  {
    g_auto(Result) r = run_cli ("import", "--format", "brat", ann, "-o", back);
    g_autofree char *expected = NULL;

    before = hashiya_document_load_file (doc, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    expected = g_strdup_printf ("%s: %u mentions and 0 relations imported, 0 remarks on standard error\n", back,
                                hashiya_document_get_n_mentions (before));
    g_assert_cmpstr (r.out, ==, expected);
  }
  after = hashiya_document_load_file (back, NULL);
  g_assert_cmpuint (hashiya_document_get_n_mentions (after), ==, hashiya_document_get_n_mentions (before));
  g_assert_cmpstr (hashiya_text_get_sha256 (hashiya_document_get_text (after)), ==,
                   hashiya_text_get_sha256 (hashiya_document_get_text (before)));

  {
    g_auto(Result) r = run_cli ("import", "--format", "brat", bad_ann, "-o", never);
    g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: not valid UTF-8 at byte offset 15 (byte 0xD8): "
                                                 "save the text as UTF-8 first\n", bad_ann);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected);
    g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  }
}

/* Relations suggested in the article go to brat and come back, counted;
 * --relations makes the CSV a table of them, and is refused with any
 * other format. */
static void
test_cli_relations (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *folder = path_in (fixture, "brat");
  g_autofree char *ann = g_build_filename (folder, "doc.ann", NULL);
  g_autofree char *back = path_in (fixture, "back.hashiya");
  g_autofree char *csv = path_in (fixture, "relations.csv");
  g_autofree char *never = path_in (fixture, "never.html");
  g_autoptr(HashiyaDocument) before = NULL;
  g_autoptr(HashiyaDocument) after = NULL;
  guint n_relations;

  {
    g_auto(Result) r = run_cli ("suggest", doc, "--relations", "--accept", "-o", doc);
    g_assert_cmpint (r.status, ==, 0);
  }
  before = hashiya_document_load_file (doc, NULL);
  n_relations = g_list_model_get_n_items (hashiya_document_get_relations (before));
  g_assert_cmpuint (n_relations, >=, 15);
  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "brat", "-o", folder);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Result) r = run_cli ("import", ann, "-o", back);
    g_autofree char *expected = g_strdup_printf ("%s: %u mentions and %u relations imported, 0 remarks on standard error\n",
                                                 back, hashiya_document_get_n_mentions (before), n_relations);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
  }
  after = hashiya_document_load_file (back, NULL);
  hashiya_test_assert_same_relations (before, after);

  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "csv", "--relations", "-o", csv);
    g_autofree char *table = hashiya_test_read_file (csv, NULL);
    g_auto(GStrv) rows = g_strsplit (table, "\r\n", -1);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (table, "id,type,type_ar,type_en,cameo,quad_class,source_mention,"));
    /* A header, a row a relation, and nothing after the last CRLF (no
     * field here holds a line break). */
    g_assert_cmpuint (g_strv_length (rows), ==, n_relations + 2);
    g_assert_true (g_str_has_prefix (rows[1], "r1,cooperate,تعاون,cooperate,06,material-cooperation,m"));
  }
  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "html", "--relations", "-o", never);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: export: --relations is for csv only, not html: "
                                            "the other formats hold the relations with the mentions\n"));
    g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  }
}

/* Mentions not inside another: what CoNLL keeps. */
static guint
count_outer (HashiyaDocument *document)
{
  guint n = 0, last_end = 0;

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (n == 0 || hashiya_mention_get_start (mention) >= last_end)
        n++, last_end = hashiya_mention_get_end (mention);
    }
  return n;
}

/* Every export format; the three with importers come back, found by
 * their extension; bad files and bad options are refused by name. */
static void
test_cli_formats (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const formats[] = { "w3c", "conll", "jsonl", "html", "csv", "pdf" };
  static const char * const extensions[] = { "jsonld", "conll", "jsonl", "html", "csv", "pdf" };
  g_autofree char *doc = new_document (fixture);
  g_autofree char *bad = hashiya_test_write_file (fixture->dir, "bad.jsonld", "{\"type\": 3}", -1);
  g_autofree char *never = path_in (fixture, "never.hashiya");
  g_autoptr(HashiyaDocument) before = NULL;

  {
    g_auto(Result) r = run_cli ("suggest", doc, "--accept", "-o", doc);
    g_assert_cmpint (r.status, ==, 0);
  }
  before = hashiya_document_load_file (doc, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strconcat ("doc.", extensions[i], NULL);
      g_autofree char *out = path_in (fixture, name);
      g_autofree char *back = path_in (fixture, "back.hashiya");
      g_autofree char *expected = NULL;
      g_autoptr(HashiyaDocument) after = NULL;

      {
        g_auto(Result) r = run_cli ("export", doc, "--format", formats[i], "--tags", "actor", "-o", out);
        g_assert_cmpint (r.status, ==, 0);
        g_assert_cmpstr (r.err, ==, "");
        g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
      }
      if (i == 1)
        {
          g_autofree char *conll = hashiya_test_read_file (out, NULL);

          g_assert_cmpuint (hashiya_test_assert_iob2 (conll), ==, count_outer (before));
        }
      if (i >= 3)
        continue;
      if (i == 0)  /* the W3C text is the .txt beside the file */
        {
          g_autofree char *txt = path_in (fixture, "doc.txt");

          g_assert_true (g_file_set_contents (txt, hashiya_text_get_data (hashiya_document_get_text (before), NULL),
                                              -1, NULL));
        }
      {
        g_auto(Result) r = run_cli ("import", out, "-o", back);

        g_assert_cmpint (r.status, ==, 0);
        g_assert_cmpstr (r.err, ==, "");
        expected = g_strdup_printf ("%s: %u mentions and 0 relations imported, 0 remarks on standard error\n", back,
                                    i == 1 ? count_outer (before) : hashiya_document_get_n_mentions (before));
        g_assert_cmpstr (r.out, ==, expected);
      }
      after = hashiya_document_load_file (back, NULL);
      if (i != 1)
        hashiya_test_assert_same_mentions (before, after);
    }

  {
    g_auto(Result) r = run_cli ("import", bad, "--text", doc, "-o", never);
    g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: neither an Annotation, nor an AnnotationCollection "
                                                 "or AnnotationPage with “items”\n", bad);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected);
    g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Result) r = run_cli ("import", "--format", "jsonl", "--text", doc, bad, "-o", never);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: import: --text is for brat and w3c; jsonl files hold their text\n"));
  }
  {
    g_auto(Result) r = run_cli ("import", "--format", "html", bad, "-o", never);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: import: unknown format “html”; known formats: brat, w3c, conll, jsonl\n"));
  }
  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "conll", "--tags", "colour", "-o", never);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_true (g_str_has_prefix (r.err, "hashiya-cli: export: --tags is “kind”, “actor” or “label”, not “colour”\n"));
  }
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
}

/* A span with a space at its edge is trimmed as the window trims a
 * selection, and said so; the CoNLL export then opens the chunk with B-.
 * A span of nothing but spaces and punctuation is refused, and nothing
 * is written. */
static void
test_cli_annotate_trims (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *txt = hashiya_test_write_file (fixture->dir, "visit.txt", "زار أرمينيا أمس", -1);
  g_autofree char *doc = path_in (fixture, "visit.hashiya");
  g_autofree char *out = path_in (fixture, "out.hashiya");
  g_autofree char *never = path_in (fixture, "never.hashiya");
  g_autofree char *conll_path = path_in (fixture, "visit.conll");
  g_autofree char *conll = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  HashiyaMention *mention;

  {
    g_auto(Result) r = run_cli ("new", txt, "-o", doc);
    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Result) r = run_cli ("annotate", doc, "--actor", "armenia", "--span", "3:11", "-o", out);
    g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: span 3:11 trimmed to 4:11 "
                                                 "(spaces and punctuation at its edges are left out)\n", doc);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, expected);
  }
  document = hashiya_document_load_file (out, NULL);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 4);
  g_assert_cmpuint (hashiya_mention_get_end (mention), ==, 11);
  {
    g_auto(Result) r = run_cli ("export", out, "--format", "conll", "-o", conll_path);
    g_assert_cmpint (r.status, ==, 0);
  }
  conll = hashiya_test_read_file (conll_path, NULL);
  g_assert_cmpstr (conll, ==, "-DOCSTART- O\n\nزار O\nأرمينيا B-State\nأمس O\n\n");
  hashiya_test_assert_iob2 (conll);

  {
    g_auto(Result) r = run_cli ("annotate", doc, "--actor", "armenia", "--span", "3:4", "-o", never);
    g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: the span 3:4 holds only spaces and punctuation\n", doc);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.err, ==, expected);
    g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  }
}

/* A CoNLL file with a byte order mark and fine labels: the mention is
 * the name, not the name shifted by one; --tags label gives the labels
 * back. */
static void
test_cli_conll_labels (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *file = hashiya_test_write_file (fixture->dir, "x.conll",
                                                   "\xef\xbb\xbfزار\tO\r\nأرمينيا\tB-Country\r\nأمس\tO\r\n", -1);
  g_autofree char *doc = path_in (fixture, "x.hashiya");
  g_autofree char *conll_path = path_in (fixture, "back.conll");
  g_autofree char *saved = NULL;
  g_autofree char *conll = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  HashiyaMention *mention;

  {
    g_auto(Result) r = run_cli ("import", "--format", "conll", file, "-o", doc);
    g_autofree char *expected = g_strdup_printf ("%s: 1 mentions and 0 relations imported, 0 remarks on standard error\n", doc);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpstr (r.out, ==, expected);
  }
  document = hashiya_document_load_file (doc, NULL);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 4);
  g_assert_cmpuint (hashiya_mention_get_end (mention), ==, 11);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "armenia");
  saved = hashiya_test_read_file (doc, NULL);
  g_assert_nonnull (strstr (saved, "\"version\": 3,"));
  g_assert_nonnull (strstr (saved, "\"exact\": \"أرمينيا\", \"prefix\": \"زار \", \"suffix\": \" أمس\"}, \"label\": \"Country\""));
  {
    g_auto(Result) r = run_cli ("export", doc, "--format", "conll", "--tags", "label", "-o", conll_path);
    g_assert_cmpint (r.status, ==, 0);
  }
  conll = hashiya_test_read_file (conll_path, NULL);
  g_assert_cmpstr (conll, ==, "-DOCSTART- O\n\nزار O\nأرمينيا B-Country\nأمس O\n\n");
}

/* Every mention and relation of the document at @path is @author's. */
static void
assert_authored (const char *path,
                 const char *author,
                 guint       min_mentions)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_document_load_file (path, &error);
  GListModel *relations;

  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), >=, min_mentions);
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    g_assert_cmpstr (hashiya_mention_get_author (hashiya_document_get_mention (document, i)), ==, author);
  relations = hashiya_document_get_relations (document);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      g_assert_cmpstr (hashiya_relation_get_author (relation), ==, author);
    }
}

/* Who annotates: --author on every command that adds mentions or
 * relations, else git's user.name, else the account's real name; a name
 * that cannot be a folder's is refused. */
static void
test_cli_author (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *doc = new_document (fixture);
  g_autofree char *out = path_in (fixture, "out.hashiya");
  g_autofree char *related = path_in (fixture, "related.hashiya");
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7-relations.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autofree char *gitconfig = hashiya_test_write_file (fixture->dir, "gitconfig", "[user]\n\tname = Layla Haddad\n", -1);
  g_autofree char *git_env = g_strconcat ("GIT_CONFIG_GLOBAL=", gitconfig, NULL);
  const char *with_git[] = { git_env, "GIT_CONFIG_NOSYSTEM=1", NULL };
  const char *without_git[] = { "PATH=/nonexistent", NULL };
  const char *real = g_get_real_name ();
  g_autofree char *account = g_strdup (g_strcmp0 (real, "Unknown") != 0 && real[0] != '\0' ? real : g_get_user_name ());
  const char *bad[] = { "a/b", "..", "../x", ".hidden" };
  const char *commands[][9] = {
    { "annotate", doc, "--actor", "iran", "--span", "0:6", "-o", out, NULL },
    { "suggest", doc, "--accept", "-o", out, NULL },
    { "import", ann, "--text", txt, "-o", out, NULL },
    { "relate", related, "--type", "consult", "--source", "m3", "--target", "m4", NULL },
  };

  /* A name that cannot be a folder's: wrong usage, nothing written. */
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
      {
        g_autoptr(GPtrArray) args = g_ptr_array_new ();
        g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: --author: “%s” cannot be an annotator's name: it "
                                                     "names a folder, so it may not start with a dot or hold “/”, “\\”, "
                                                     "“..” or control characters\n"
                                                     "Try “hashiya-cli %s --help” for more.\n",
                                                     commands[c][0], bad[b], commands[c][0]);

        for (guint i = 0; commands[c][i] != NULL; i++)
          g_ptr_array_add (args, (gpointer) commands[c][i]);
        g_ptr_array_add (args, (gpointer) "--author");
        g_ptr_array_add (args, (gpointer) bad[b]);
        if (c == 3)
          {
            g_ptr_array_add (args, (gpointer) "-o");
            g_ptr_array_add (args, out);
          }
        g_ptr_array_add (args, NULL);
        {
          g_auto(Result) r = hashiya_test_run_cli_full (NULL, NULL, FALSE, (const char * const *) args->pdata);

          g_assert_cmpstr (r.err, ==, expected);
          g_assert_cmpint (r.status, ==, 2);
          g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        }
      }

  /* --author names whoever adds. */
  {
    g_auto(Result) r = run_cli ("suggest", doc, "--accept", "--author", "عمر", "-o", out);

    g_assert_cmpint (r.status, ==, 0);
    assert_authored (out, "عمر", 71);
  }
  {
    g_auto(Result) r = run_cli ("import", ann, "--text", txt, "--author", "Omar", "-o", related);

    g_assert_cmpint (r.status, ==, 0);
    assert_authored (related, "Omar", 71);
  }
  {
    g_auto(Result) r = run_cli ("relate", related, "--type", "consult", "--source", "m3", "--target", "m9",
                                "--author", "Omar", "-o", related);

    g_assert_cmpint (r.status, ==, 0);
    assert_authored (related, "Omar", 71);
  }

  /* Without --author: git's user.name (here, in a folder of no
   * repository), else the account's real name. */
  for (guint c = 0; c < 3; c++)
    {
      g_auto(Result) r = hashiya_test_run_cli_full (fixture->dir, with_git, FALSE, commands[c]);

      g_assert_cmpint (r.status, ==, 0);
      assert_authored (out, "Layla Haddad", 1);
      g_remove (out);
    }
  {
    g_auto(Result) r = hashiya_test_run_cli_full (fixture->dir, with_git, FALSE,
                                                  (const char * const[]) { "relate", related, "--type", "agree",
                                                                           "--source", "m3", "--target", "m9",
                                                                           "-o", out, NULL });
    g_autoptr(HashiyaDocument) document = hashiya_document_load_file (out, NULL);
    g_autoptr(HashiyaRelation) relation = NULL;
    GListModel *relations = hashiya_document_get_relations (document);

    g_assert_cmpint (r.status, ==, 0);
    relation = g_list_model_get_item (relations, g_list_model_get_n_items (relations) - 1);
    g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "agree");
    g_assert_cmpstr (hashiya_relation_get_author (relation), ==, "Layla Haddad");
    g_remove (out);
  }
  {
    g_auto(Result) r = hashiya_test_run_cli_full (fixture->dir, without_git, FALSE, commands[0]);

    g_assert_cmpint (r.status, ==, 0);
    assert_authored (out, account, 1);
  }
}

/* The bundled article with its gold mentions and relations; positions of
 * networks kept in the fixture, never in the user's state folder. */
static char *
gold_relations_document (Fixture *fixture)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7-relations.ann", NULL);
  g_autofree char *state = path_in (fixture, "state");
  char *doc = path_in (fixture, "gold.hashiya");
  g_auto(Result) r = run_cli ("import", ann, "--text", fixture->sample, "-o", doc);

  g_assert_cmpint (r.status, ==, 0);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  return doc;
}

/* The usage error: exit 2, the message, the hint, nothing written. */
static void
assert_usage (Result     *r,
              const char *command,
              const char *message,
              const char *output)
{
  g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s: %s\nTry “hashiya-cli %s --help” for more.\n",
                                               command, message, command);

  g_assert_cmpstr (r->err, ==, expected);
  g_assert_cmpint (r->status, ==, 2);
  g_assert_cmpstr (r->out, ==, "");
  if (output != NULL)
    g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static void
test_cli_network (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *doc = gold_relations_document (fixture);
  g_autofree char *gexf = path_in (fixture, "net.gexf");
  g_autofree char *graphml = path_in (fixture, "net.graphml");
  g_autofree char *csv = path_in (fixture, "gephi");
  g_autofree char *nodes = g_build_filename (csv, "nodes.csv", NULL);
  g_autofree char *edges = g_build_filename (csv, "edges.csv", NULL);
  g_autofree char *text = NULL;
  static const char * const pictures[] = { "net.svg", "net.png", "net.pdf" };

  {
    g_auto(Result) r = run_cli ("network", doc, "--edges", "relations", "--format", "gexf", "-o", gexf);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    text = hashiya_test_read_file (gexf, NULL);
    g_assert_nonnull (strstr (text, "<nodes count=\"12\">"));
    g_assert_nonnull (strstr (text, "<edges count=\"12\">"));
    g_assert_nonnull (strstr (text, "source=\"azerbaijan\" target=\"armenia\" type=\"directed\" weight=\"1\" label=\"assault\""));
    g_clear_pointer (&text, g_free);
  }
  {
    /* The format from the name; co-mentions, only links made twice or more. */
    g_auto(Result) r = run_cli ("network", doc, "--edges", "comentions", "--min", "2", "-o", graphml);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    text = hashiya_test_read_file (graphml, NULL);
    g_assert_nonnull (strstr (text, "<graph id=\"network\" edgedefault=\"undirected\">"));
    g_clear_pointer (&text, g_free);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--types", "consult,accuse", "--format", "csv", "-o", csv);

    g_assert_cmpint (r.status, ==, 0);
    text = hashiya_test_read_file (edges, NULL);
    g_assert_true (g_str_has_prefix (text, "Id,Source,Target,Type,Weight,Label,"));
    g_assert_nonnull (strstr (text, ",azerbaijan,armenia,Directed,1,اتهام,accuse,"));
    g_assert_null (strstr (text, "cooperate"));
    g_assert_true (g_file_test (nodes, G_FILE_TEST_IS_REGULAR));
    g_clear_pointer (&text, g_free);
  }
  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_autofree char *picture = path_in (fixture, pictures[i]);
      g_auto(Result) r = run_cli ("network", doc, "--style", "dark", "--labels", "en", "--width", "800",
                                  "--height", "600", "-o", picture);
      gsize length = 0;

      g_assert_cmpstr (r.err, ==, "");
      g_assert_cmpint (r.status, ==, 0);
      text = hashiya_test_read_file (picture, &length);
      g_assert_cmpuint (length, >, 2000);
      g_clear_pointer (&text, g_free);
    }
}

/* The window's positions of a document are the CLI's too. */
static void
test_cli_network_positions (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *doc = gold_relations_document (fixture);
  g_autofree char *folder = path_in (fixture, "state/hashiya/networks");
  g_autofree char *kept = g_build_filename (folder, "d22bcf865a908da7b5859ab1d3f78f731f1eec789d6a19c1f97b2577af153dd8.json",
                                            NULL);
  g_autofree char *gexf = path_in (fixture, "net.gexf");
  g_autofree char *text = NULL;

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (kept, "{\"format\": \"hashiya-network-positions\", \"version\": 1, \"positions\": "
                                            "[{\"actor\": \"iran\", \"x\": 7.5, \"y\": -2, \"pinned\": true}]}", -1, NULL));
  {
    g_auto(Result) r = run_cli ("network", doc, "--format", "gexf", "-o", gexf);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    text = hashiya_test_read_file (gexf, NULL);
    g_assert_nonnull (strstr (text, "<attvalue for=\"x\" value=\"7.5\"/>\n          <attvalue for=\"y\" value=\"-2\"/>\n"
                                    "          <attvalue for=\"pinned\" value=\"true\"/>"));
  }
  /* A broken positions file: said, and laid out afresh. */
  g_assert_true (g_file_set_contents (kept, "{", -1, NULL));
  {
    g_auto(Result) r = run_cli ("network", doc, "--format", "gexf", "-o", gexf);
    g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s:1:1: Parse error: unexpected character `{', "
                                                 "expected string constant; laid out afresh\n", kept);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (r.err, ==, expected);
  }
}

static void
test_cli_network_bad (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *doc = gold_relations_document (fixture);
  g_autofree char *out = path_in (fixture, "out.gexf");
  g_autofree char *missing = path_in (fixture, "missing.hashiya");
  g_autofree char *message = NULL;

  {
    g_auto(Result) r = run_cli ("network", doc, "--format", "dot", "-o", out);

    assert_usage (&r, "network", "--format must be gexf, graphml, csv, svg, png or pdf", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--edges", "friends", "-o", out);

    assert_usage (&r, "network", "--edges must be relations or comentions", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--min", "0", "-o", out);

    assert_usage (&r, "network", "--min must be a whole number, 1 or more", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--from", "2023-13-01", "-o", out);

    assert_usage (&r, "network", "the date “2023-13-01” is not a day written YYYY-MM-DD", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--from", "2023-11-01", "--to", "2023-10-01", "-o", out);

    assert_usage (&r, "network", "the range starts on 2023-11-01, after its end on 2023-10-01", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--types", "consult,befriend", "-o", out);

    assert_usage (&r, "network", "--types: “befriend” is not a type of the relation catalogue", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--kinds", "state,nation", "-o", out);

    assert_usage (&r, "network", "--kinds: “nation” is none of state, person, organization, group, forum, place, other",
                  out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--width", "50", "--format", "png", "-o", out);

    assert_usage (&r, "network", "a picture of 50 × 900: each side must be from 200 to 10000", out);
  }
  {
    g_auto(Result) r = run_cli ("network", doc, "--format", "gexf");

    assert_usage (&r, "network", "say where to write it with -o OUT", NULL);
  }
  {
    g_auto(Result) r = run_cli ("network", missing, "-o", out);

    message = g_strdup_printf ("%s: cannot read: no such file or folder", missing);
    assert_refused (&r, message, out);
    g_clear_pointer (&message, g_free);
  }
  {
    g_auto(Result) r = run_cli ("network", fixture->dir, "-o", out);

    message = g_strdup_printf ("%s: a folder without corpus.json: give a corpus or documents", fixture->dir);
    assert_refused (&r, message, out);
    g_clear_pointer (&message, g_free);
  }
}

static void
test_cli_network_unwritable (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *doc = gold_relations_document (fixture);
  g_autofree char *readonly = path_in (fixture, "readonly");
  g_autofree char *old = g_build_filename (readonly, "old.gexf", NULL);
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_chmod (doc, 0644);
  g_mkdir (readonly, 0755);
  g_file_set_contents (old, "the old version", -1, NULL);
  g_chmod (old, 0666);
  g_chmod (readonly, 0555);
  {
    g_auto(Result) r = run_cli_nobody ("network", doc, "--format", "gexf", "-o", old);

    message = g_strdup_printf ("%s: cannot write: permission denied", old);
    assert_refused (&r, message, NULL);
  }
  after = hashiya_test_read_file (old, NULL);
  g_assert_cmpstr (after, ==, "the old version");
  listing = g_dir_open (readonly, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

static void
test_cli_stats (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *doc = gold_relations_document (fixture);
  g_autofree char *chart = path_in (fixture, "actors.svg");
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *quads, *timeline, *first;

  {
    g_auto(Result) r = run_cli ("stats", doc, "--json");

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    root = parse_object (r.out, parser);
    g_assert_cmpint (json_object_get_int_member (root, "documents"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (root, "undated"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (root, "mentions"), ==, 71);
    g_assert_cmpint (json_object_get_int_member (root, "relations"), ==, 22);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "actors")), ==, 12);
    first = json_array_get_object_element (json_object_get_array_member (root, "actors"), 0);
    g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "azerbaijan");
    g_assert_cmpint (json_object_get_int_member (first, "mentions"), ==, 26);
    g_assert_cmpint (json_object_get_int_member (first, "degree"), ==, 4);
    g_assert_cmpfloat (json_object_get_double_member (first, "betweenness"), ==, 5.5);
    quads = json_object_get_object_member (root, "relations_by_quad_class");
    g_assert_cmpint (json_object_get_int_member (quads, "verbal-cooperation"), ==, 14);
    g_assert_cmpint (json_object_get_int_member (quads, "material-conflict"), ==, 1);
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "relations_by_type"), "consult"), ==, 13);
    timeline = json_object_get_object_member (root, "timeline");
    g_assert_cmpstr (json_object_get_string_member (timeline, "period"), ==, "month");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (timeline, "periods")), ==, 0);
  }
  {
    g_auto(Result) r = run_cli ("stats", doc, "--kinds", "state");

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "Documents:   1 (1 without a date)\nActors:      5\nRelations:   9\n"));
  }
  {
    g_auto(Result) r = run_cli ("stats", doc, "--chart", "mentions-by-actor", "-o", chart);
    g_autofree char *svg = NULL;

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    svg = hashiya_test_read_file (chart, NULL);
    g_assert_nonnull (strstr (svg, ">أذربيجان</text>"));
  }
  g_unlink (chart);
  {
    g_auto(Result) r = run_cli ("stats", doc, "--chart", "pie", "-o", chart);

    assert_usage (&r, "stats", "--chart must be one of mentions-by-actor, mentions-by-kind, mentions-by-type, "
                               "relations-by-type, relations-by-quad-class, mentions-over-time, relations-over-time", chart);
  }
  {
    g_auto(Result) r = run_cli ("stats", doc, "--chart", "mentions-by-actor", "--json", "-o", chart);

    assert_usage (&r, "stats", "--json prints the numbers, --chart draws them: choose one", chart);
  }
  {
    g_auto(Result) r = run_cli ("stats", doc, "-o", chart);

    assert_usage (&r, "stats", "-o and --format write a chart: say which with --chart CHART", chart);
  }
}

/* A corpus: its documents' dates make the timeline and the spells. */
static void
test_cli_network_corpus (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *doc = gold_relations_document (fixture);
  g_autofree char *corpus = path_in (fixture, "news");
  g_autofree char *copy = path_in (fixture, "copy.hashiya");
  g_autofree char *gexf = path_in (fixture, "news.gexf");
  g_autofree char *kept = g_build_filename (corpus, "network-positions.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *timeline;

  {
    g_auto(Result) r = run_cli ("corpus", "init", corpus);

    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Result) r = run_cli ("corpus", "add", corpus, doc, "--date", "2023-10-23", "--source", "Anadolu");

    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_autofree char *contents = hashiya_test_read_file (doc, NULL);

    g_assert_true (g_file_set_contents (copy, contents, -1, NULL));
  }
  {
    g_auto(Result) r = run_cli ("corpus", "add", corpus, copy, "--date", "2023-11-02", "--source", "TASS");

    g_assert_cmpint (r.status, ==, 0);
  }
  {
    g_auto(Result) r = run_cli ("stats", corpus, "--json");

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    root = parse_object (r.out, parser);
    g_assert_cmpint (json_object_get_int_member (root, "documents"), ==, 2);
    g_assert_cmpint (json_object_get_int_member (root, "relations"), ==, 44);
    g_assert_cmpstr (json_object_get_string_member (root, "first_date"), ==, "2023-10-23");
    timeline = json_object_get_object_member (root, "timeline");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (timeline, "periods")), ==, 2);
    g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (
                       json_object_get_object_member (timeline, "relations"), "verbal-cooperation"), 1), ==, 14);
  }
  /* The corpus's positions, in its folder, are where the layout starts. */
  g_assert_true (g_file_set_contents (kept, "{\"format\": \"hashiya-network-positions\", \"version\": 1, \"positions\": "
                                            "[{\"actor\": \"iran\", \"x\": 7.5, \"y\": -2, \"pinned\": true}]}", -1, NULL));
  {
    g_auto(Result) r = run_cli ("network", corpus, "--sources", "TASS", "--format", "gexf", "-o", gexf);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    text = hashiya_test_read_file (gexf, NULL);
    g_assert_nonnull (strstr (text, "mode=\"dynamic\" timeformat=\"date\" start=\"2023-11-02\" end=\"2023-11-02\""));
    g_assert_nonnull (strstr (text, "<attvalue for=\"x\" value=\"7.5\"/>"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("HASHIYA_CLI"));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/new-info-annotate-export", test_cli_new_info_annotate_export);
  ADD ("/cli/bad-text", test_cli_bad_text);
  ADD ("/cli/bad-documents", test_cli_bad_documents);
  ADD ("/cli/bad-paths", test_cli_bad_paths);
  ADD ("/cli/unwritable-output", test_cli_unwritable_output);
  ADD ("/cli/too-large", test_cli_too_large);
  ADD ("/cli/suggest-and-find", test_cli_suggest_and_find);
  ADD ("/cli/reanchor", test_cli_reanchor);
  ADD ("/cli/brat", test_cli_brat);
  ADD ("/cli/formats", test_cli_formats);
  ADD ("/cli/relations", test_cli_relations);
  ADD ("/cli/annotate-trims", test_cli_annotate_trims);
  ADD ("/cli/conll-labels", test_cli_conll_labels);
  ADD ("/cli/usage", test_cli_usage);
  ADD ("/cli/author", test_cli_author);
  ADD ("/cli/network", test_cli_network);
  ADD ("/cli/network-positions", test_cli_network_positions);
  ADD ("/cli/network-bad", test_cli_network_bad);
  ADD ("/cli/network-unwritable", test_cli_network_unwritable);
  ADD ("/cli/stats", test_cli_stats);
  ADD ("/cli/network-corpus", test_cli_network_corpus);
#undef ADD

  return g_test_run ();
}
