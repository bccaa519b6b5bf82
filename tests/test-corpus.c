/* test-corpus.c — a corpus folder: its list, corpus.json, adding, batches,
 * catalogue edits, statistics, export, the cache
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "hashiya-test-util.h"

/* Short news sentences that name actors of the default catalogue. */
static const char * const texts[] = {
  "اتهمت أذربيجان أرمينيا بخرق وقف إطلاق النار قرب الحدود.\n",
  "استضافت طهران اجتماعا لوزراء خارجية روسيا وتركيا وإيران.\n",
  "قال الرئيس إلهام علييف إن باكو مستعدة لتوقيع اتفاق سلام مع يريفان.\n",
  "بحث وزير الخارجية التركي هاكان فيدان مع نظيره الروسي سيرغي لافروف الوضع في جنوب القوقاز.\n",
  "أعلنت وزارة الدفاع الأذربيجانية انتهاء المناورات في ناخيتشيوان.\n",
};

typedef struct
{
  char  *dir;
  GFile *folder;
} Fixture;

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
write_in (Fixture    *fixture,
          const char *name,
          const char *contents,
          gssize      length)
{
  g_autofree char *path = path_in (fixture, name);
  g_autofree char *parent = g_path_get_dirname (path);

  g_mkdir_with_parents (parent, 0755);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_steal_pointer (&path);
}

/* A .hashiya of @text, with the default catalogue, at @name. */
static void
write_document (Fixture    *fixture,
                const char *name,
                const char *text,
                gboolean    suggest)
{
  g_autoptr(HashiyaText) content = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (content, catalog);
  g_autofree char *path = path_in (fixture, name);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (suggest)
    hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_mkdir_with_parents (parent, 0755);
  g_assert_true (hashiya_document_save_file (document, path, &error));
  g_assert_no_error (error);
}

static HashiyaCorpus *
create_corpus (Fixture *fixture)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(GError) error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_create (fixture->folder, "news", catalog, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (corpus);
  return corpus;
}

static HashiyaCorpus *
open_corpus (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  HashiyaCorpus *corpus = hashiya_corpus_open (fixture->folder, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (corpus);
  return corpus;
}

/* Five documents: a.hashiya, b.hashiya, sub/c.hashiya, sub/deeper/d.hashiya
 * and e.txt (a text not yet a document). */
static HashiyaCorpus *
make_corpus (Fixture *fixture)
{
  write_document (fixture, "a.hashiya", texts[0], TRUE);
  write_document (fixture, "b.hashiya", texts[1], FALSE);
  write_document (fixture, "sub/c.hashiya", texts[2], TRUE);
  write_document (fixture, "sub/deeper/d.hashiya", texts[3], FALSE);
  g_free (write_in (fixture, "e.txt", texts[4], -1));
  return create_corpus (fixture);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *folder = NULL;

  fixture->dir = hashiya_test_make_tmpdir ();
  folder = g_build_filename (fixture->dir, "news", NULL);
  fixture->folder = g_file_new_for_path (folder);
  g_free (fixture->dir);
  fixture->dir = g_steal_pointer (&folder);
  g_mkdir (fixture->dir, 0755);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *parent = g_path_get_dirname (fixture->dir);
  g_autoptr(GFile) cache = hashiya_corpus_cache_dir_for_folder (fixture->folder);
  g_autofree char *cache_path = g_file_get_path (cache);

  hashiya_test_remove_tree (cache_path);
  hashiya_test_remove_tree (parent);
  g_free (fixture->dir);
  g_clear_object (&fixture->folder);
}

static HashiyaCorpusDocument *
document_at (HashiyaCorpus *corpus,
             guint          position)
{
  g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (hashiya_corpus_get_documents (corpus), position);

  return document;
}

static char *
list_paths (HashiyaCorpus *corpus)
{
  GListModel *documents = hashiya_corpus_get_documents (corpus);
  GString *paths = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    g_string_append_printf (paths, "%s%s", i > 0 ? " " : "",
                            hashiya_corpus_document_get_path (document_at (corpus, i)));
  return g_string_free (paths, FALSE);
}

/* The list: every .hashiya under the folder, a text without its
 * .hashiya, sorted by path; hidden folders and other files left out. */
static void
test_corpus_list (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autofree char *paths = NULL;
  HashiyaCorpusDocument *a, *e;

  write_document (fixture, ".git/x.hashiya", texts[0], FALSE);
  g_free (write_in (fixture, "notes.md", "notes", -1));
  g_free (write_in (fixture, "sub/c.txt", texts[2], -1));
  corpus = make_corpus (fixture);

  paths = list_paths (corpus);
  g_assert_cmpstr (paths, ==, "a.hashiya b.hashiya e.txt sub/c.hashiya sub/deeper/d.hashiya");
  g_assert_cmpstr (hashiya_corpus_get_name (corpus), ==, "news");
  g_assert_false (hashiya_corpus_is_read_only (corpus));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (hashiya_corpus_get_catalog (corpus)), ==, 24);

  a = hashiya_corpus_lookup_document (corpus, "a.hashiya");
  g_assert_cmpint (hashiya_corpus_document_get_state (a), ==, HASHIYA_CORPUS_DOCUMENT_REVIEWED);
  g_assert_cmpuint (hashiya_corpus_document_get_n_characters (a), ==, g_utf8_strlen (texts[0], -1));
  g_assert_cmpuint (hashiya_corpus_document_count_mentions (a, "azerbaijan"), ==, 1);
  g_assert_cmpuint (hashiya_corpus_document_count_mentions (a, "armenia"), ==, 1);
  g_assert_cmpstr (hashiya_corpus_document_get_actor_ids (a)[0], ==, "armenia");
  g_assert_cmpstr (hashiya_corpus_document_get_display_name (a), ==, "a");
  g_assert_cmpuint (strlen (hashiya_corpus_document_get_sha256 (a)), ==, 64);
  g_assert_null (hashiya_corpus_document_get_error (a));
  g_assert_cmpint (hashiya_corpus_document_get_state (hashiya_corpus_lookup_document (corpus, "b.hashiya")), ==,
                   HASHIYA_CORPUS_DOCUMENT_NEW);
  e = hashiya_corpus_lookup_document (corpus, "e.txt");
  g_assert_cmpint (hashiya_corpus_document_get_state (e), ==, HASHIYA_CORPUS_DOCUMENT_NEW);
  g_assert_false (hashiya_corpus_document_get_catalog_differs (e));
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  HashiyaCorpus **corpus = user_data;
  g_autoptr(GError) error = NULL;

  *corpus = hashiya_corpus_open_finish (result, &error);
  g_assert_no_error (error);
}

/* Opening on a worker thread gives the same list; a folder without a
 * corpus.json is refused with the reason. */
static void
test_corpus_open_async (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) made = make_corpus (fixture);
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GFile) empty = g_file_get_child (fixture->folder, "sub");
  g_autoptr(GError) error = NULL;
  g_autofree char *paths = NULL;
  g_autofree char *expected = NULL;

  g_assert_nonnull (made);
  hashiya_corpus_open_async (fixture->folder, NULL, opened_cb, &corpus);
  hashiya_test_wait_for (hashiya_test_pointer_set, &corpus, 60);
  paths = list_paths (corpus);
  g_assert_cmpstr (paths, ==, "a.hashiya b.hashiya e.txt sub/c.hashiya sub/deeper/d.hashiya");

  g_assert_null (hashiya_corpus_open (empty, NULL, &error));
  expected = g_strdup_printf ("%s/sub/corpus.json: cannot read: no such file or folder", fixture->dir);
  g_assert_cmpstr (error->message, ==, expected);
}

/* corpus.json reads back byte for byte; the catalogue may be a file of
 * its own; wrong files are refused with the place and reason. */
static void
test_corpus_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = create_corpus (fixture);
  g_autofree char *json = path_in (fixture, "corpus.json");
  g_autofree char *written = hashiya_test_read_file (json, NULL);
  g_autoptr(HashiyaCorpusFile) file = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  struct {
    const char *from;
    const char *to;
    const char *message;
  } cases[] = {
    { "\"version\": 1", "\"version\": 2",
      "corpus.json: version 2 was written by a newer Hashiya; this one reads up to version 1. Update Hashiya to open it." },
    { "\"format\": \"hashiya-corpus\"", "\"format\": \"hashiya\"",
      "corpus.json: not a hashiya-corpus file: \"format\" is \"hashiya\"" },
    { "\"name\": \"news\"", "\"name\": \"news\", \"owner\": \"x\"", "corpus.json: unknown member \"owner\"" },
    { "\"name\": \"news\"", "\"name\": \"news\", \"defaults\": {\"source\": \"\"}",
      "corpus.json: defaults: the source is empty; leave it out instead" },
    { "\"catalog\": {", "\"catalog\": true, \"relation_catalog\": {",
      "corpus.json: \"catalog\" must be an object or the path of a file" },
    { "\"catalog\": {", "\"kept\": {", "corpus.json: unknown member \"kept\"" },
    { "\"catalog\": {", "\"relation_catalog\": \"missing.json\", \"catalog\": {",
      "missing.json: cannot read: no such file or folder" },
  };

  g_assert_true (g_str_has_prefix (written, "{\n  \"format\": \"hashiya-corpus\",\n  \"version\": 1,\n"
                                             "  \"name\": \"news\",\n  \"catalog\": {\"name\": \"3+3 South Caucasus talks\",\n"
                                             "    \"actors\": [\n      {\"id\": \"azerbaijan\""));
  file = hashiya_corpus_file_read (fixture->folder, &error);
  g_assert_no_error (error);
  again = hashiya_corpus_file_to_bytes (file);
  g_assert_cmpmem (g_bytes_get_data (again, NULL), g_bytes_get_size (again), written, strlen (written));

  /* The catalogue as a file of its own, and defaults. */
  {
    g_autoptr(GBytes) catalog = hashiya_catalog_write (hashiya_corpus_get_catalog (corpus));
    g_autofree char *catalog_path = path_in (fixture, "catalog.json");
    g_autoptr(HashiyaCorpus) reopened = NULL;
    g_autofree char *own = g_strdup_printf ("{\n  \"format\": \"hashiya-corpus\",\n  \"version\": 1,\n"
                                            "  \"name\": \"news\",\n  \"catalog\": \"catalog.json\",\n"
                                            "  \"defaults\": {\"source\": \"Anadolu\", \"tags\": [\"3+3\"]}\n}\n");
    g_autoptr(HashiyaCorpusFile) own_file = NULL;
    g_autoptr(GBytes) own_again = NULL;

    g_assert_true (g_file_set_contents (catalog_path, g_bytes_get_data (catalog, NULL),
                                        (gssize) g_bytes_get_size (catalog), NULL));
    g_assert_true (g_file_set_contents (json, own, -1, NULL));
    reopened = open_corpus (fixture);
    g_assert_cmpuint (hashiya_catalog_get_n_actors (hashiya_corpus_get_catalog (reopened)), ==, 24);
    g_assert_cmpstr (hashiya_corpus_get_defaults (reopened)->source, ==, "Anadolu");
    g_assert_cmpstr (hashiya_corpus_get_defaults (reopened)->tags[0], ==, "3+3");
    own_file = hashiya_corpus_file_read (fixture->folder, &error);
    g_assert_no_error (error);
    own_again = hashiya_corpus_file_to_bytes (own_file);
    g_assert_cmpmem (g_bytes_get_data (own_again, NULL), g_bytes_get_size (own_again), own, strlen (own));
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *broken = hashiya_test_replace (written, cases[i].from, cases[i].to);
      g_autofree char *expected = g_strdup_printf ("%s/%s", fixture->dir, cases[i].message);
      g_autoptr(GError) local_error = NULL;

      g_test_message ("case %u: %s", i, cases[i].to);
      g_assert_true (g_file_set_contents (json, broken, -1, NULL));
      g_assert_null (hashiya_corpus_open (fixture->folder, NULL, &local_error));
      g_assert_cmpstr (local_error->message, ==, expected);
    }

  /* A corpus is never made over another. */
  {
    g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
    g_autofree char *expected = g_strdup_printf ("%s: there is a corpus here already", json);
    g_autofree char *before = hashiya_test_read_file (json, NULL);
    g_autofree char *after = NULL;

    g_clear_error (&error);
    g_assert_null (hashiya_corpus_create (fixture->folder, "again", catalog, NULL, &error));
    g_assert_cmpstr (error->message, ==, expected);
    after = hashiya_test_read_file (json, NULL);
    g_assert_cmpstr (after, ==, before);
  }
}

/* A corrupt .hashiya, a text that is not UTF-8: listed with the reason,
 * and every other document works. */
static void
test_corpus_bad_files (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaCorpusDocument *broken, *latin, *good;

  g_free (write_in (fixture, "broken.hashiya", "{\"format\": \"hashiya\", \"version\": 1,", -1));
  g_free (write_in (fixture, "latin1.txt", "caf\xe9 \xe0 Bakou\n", -1));
  corpus = make_corpus (fixture);

  broken = hashiya_corpus_lookup_document (corpus, "broken.hashiya");
  g_assert_cmpint (hashiya_corpus_document_get_state (broken), ==, HASHIYA_CORPUS_DOCUMENT_BROKEN);
  g_assert_cmpstr (hashiya_corpus_document_get_error (broken)->message, ==,
                   "broken.hashiya:1:35: Parse error: unexpected character `,', expected string constant");
  latin = hashiya_corpus_lookup_document (corpus, "latin1.txt");
  g_assert_cmpint (hashiya_corpus_document_get_state (latin), ==, HASHIYA_CORPUS_DOCUMENT_BROKEN);
  g_assert_cmpstr (hashiya_corpus_document_get_error (latin)->message, ==,
                   "latin1.txt: not valid UTF-8 at byte offset 3 (byte 0xE9): save the text as UTF-8 first");

  g_assert_null (hashiya_corpus_load_document (corpus, broken, NULL, &error));
  g_assert_cmpstr (error->message, ==, "broken.hashiya:1:35: Parse error: unexpected character `,', expected string constant");

  good = hashiya_corpus_lookup_document (corpus, "a.hashiya");
  document = hashiya_corpus_load_document (corpus, good, NULL, &error);
  g_assert_nonnull (document);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_corpus_get_documents (corpus)), ==, 7);
}

/* Two documents of the same text: each names the other. */
static void
test_corpus_same_text (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;

  write_document (fixture, "z/copy.hashiya", texts[0], FALSE);
  corpus = make_corpus (fixture);
  g_assert_cmpstr (hashiya_corpus_document_get_same_text_as (hashiya_corpus_lookup_document (corpus, "a.hashiya")),
                   ==, "z/copy.hashiya");
  g_assert_cmpstr (hashiya_corpus_document_get_same_text_as (hashiya_corpus_lookup_document (corpus, "z/copy.hashiya")),
                   ==, "a.hashiya");
  g_assert_null (hashiya_corpus_document_get_same_text_as (hashiya_corpus_lookup_document (corpus, "b.hashiya")));
}

/* A document whose catalogue is not the corpus's is said. */
static void
test_corpus_catalog_differs (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new (texts[0], strlen (texts[0]), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = NULL;
  g_autofree char *path = path_in (fixture, "other.hashiya");

  hashiya_actor_set_color (hashiya_catalog_lookup (catalog, "iran"), "#000000");
  document = hashiya_document_new (text, catalog);
  g_assert_true (hashiya_document_save_file (document, path, NULL));
  corpus = make_corpus (fixture);
  g_assert_true (hashiya_corpus_document_get_catalog_differs (hashiya_corpus_lookup_document (corpus, "other.hashiya")));
  g_assert_false (hashiya_corpus_document_get_catalog_differs (hashiya_corpus_lookup_document (corpus, "a.hashiya")));
}

static void
document_changed_cb (HashiyaCorpus         *corpus,
                     HashiyaCorpusDocument *document,
                     GPtrArray             *changed)
{
  g_ptr_array_add (changed, g_strdup (hashiya_corpus_document_get_path (document)));
}

/* Saving through the corpus: the list follows and says so; a version
 * another program wrote meanwhile is never replaced; a text of the folder
 * becomes the .hashiya beside it. */
static void
test_corpus_save_document (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(HashiyaCorpus) other = open_corpus (fixture);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaDocument) mine = NULL;
  g_autoptr(HashiyaDocument) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *b_path = path_in (fixture, "b.hashiya");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *paths = NULL;
  HashiyaCorpusDocument *b = hashiya_corpus_lookup_document (corpus, "b.hashiya");

  g_signal_connect (corpus, "document-changed", G_CALLBACK (document_changed_cb), changed);
  document = hashiya_corpus_load_document (corpus, b, NULL, &error);
  g_assert_no_error (error);
  mine = hashiya_corpus_load_document (other, hashiya_corpus_lookup_document (other, "b.hashiya"), NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_SUGGESTED), ==, 4);
  g_assert_true (hashiya_document_set_title (document, "اجتماع طهران", NULL));
  g_assert_true (hashiya_corpus_save_document (corpus, b, document, &error));
  g_assert_no_error (error);
  g_assert_false (hashiya_document_get_modified (document));
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "b.hashiya");
  g_assert_cmpint (hashiya_corpus_document_get_state (b), ==, HASHIYA_CORPUS_DOCUMENT_SUGGESTED);
  g_assert_cmpuint (hashiya_corpus_document_get_n_mentions (b), ==, 4);
  g_assert_cmpstr (hashiya_corpus_document_get_title (b), ==, "اجتماع طهران");
  g_assert_cmpstr (hashiya_corpus_document_get_display_name (b), ==, "اجتماع طهران");

  /* The other corpus read b before that save: its save is refused. */
  before = hashiya_test_read_file (b_path, NULL);
  g_assert_true (hashiya_document_set_date (mine, "2023-01-01", NULL));
  g_assert_false (hashiya_corpus_save_document (other, hashiya_corpus_lookup_document (other, "b.hashiya"), mine,
                                                &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_cmpstr (error->message, ==, "b.hashiya: another program changed the document since it was opened; "
                                       "open it again to see its changes (nothing was written)");
  after = hashiya_test_read_file (b_path, NULL);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  /* Read again, it is saved. */
  g_clear_object (&mine);
  mine = hashiya_corpus_load_document (other, hashiya_corpus_lookup_document (other, "b.hashiya"), NULL, &error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (mine), ==, 4);
  g_assert_true (hashiya_document_set_date (mine, "2023-01-01", NULL));
  g_assert_true (hashiya_corpus_save_document (other, hashiya_corpus_lookup_document (other, "b.hashiya"), mine,
                                               &error));
  g_assert_no_error (error);

  /* A text: a new document with the corpus's catalogues, saved beside. */
  text = hashiya_corpus_load_document (corpus, hashiya_corpus_lookup_document (corpus, "e.txt"), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hashiya_document_get_modified (text));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (hashiya_document_get_catalog (text)), ==, 24);
  hashiya_document_suggest (text, HASHIYA_MENTION_STATUS_SUGGESTED);
  g_assert_true (hashiya_corpus_save_document (corpus, hashiya_corpus_lookup_document (corpus, "e.txt"), text, &error));
  g_assert_no_error (error);
  paths = list_paths (corpus);
  g_assert_cmpstr (paths, ==, "a.hashiya b.hashiya e.hashiya sub/c.hashiya sub/deeper/d.hashiya");
  g_assert_cmpstr (g_ptr_array_index (changed, changed->len - 1), ==, "e.hashiya");
}

/* Adding a text and a .hashiya: the corpus's catalogues and defaults, the
 * metadata given; never over another document; nothing else taken. */
static void
test_corpus_add (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autofree char *outside = hashiya_test_make_tmpdir ();
  g_autofree char *text_path = g_build_filename (outside, "report.txt", NULL);
  g_autofree char *pdf_path = g_build_filename (outside, "report.pdf", NULL);
  g_autoptr(GFile) text = g_file_new_for_path (text_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) inside = g_file_get_child (fixture->folder, "e.txt");
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *paths = NULL;
  HashiyaCorpusDocument *added;

  g_assert_true (g_file_set_contents (text_path, texts[1], -1, NULL));
  metadata->title = g_strdup ("اجتماع طهران");
  metadata->date = g_strdup ("2023-10-23");
  metadata->source = g_strdup ("IRNA");
  added = hashiya_corpus_add_file (corpus, text, metadata, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_corpus_document_get_path (added), ==, "report.hashiya");
  g_assert_cmpstr (hashiya_corpus_document_get_date (added), ==, "2023-10-23");
  g_assert_cmpstr (hashiya_corpus_document_get_same_text_as (added), ==, "b.hashiya");
  reread = hashiya_document_load_file (g_file_peek_path (hashiya_corpus_document_get_file (added)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_document_get_metadata (reread)->source, ==, "IRNA");
  g_assert_false (hashiya_corpus_document_get_catalog_differs (added));

  /* Again: a document of that name is there. */
  g_assert_null (hashiya_corpus_add_file (corpus, text, NULL, &error));
  expected = g_strdup_printf ("%s: the corpus has a document of that name already (report.hashiya); nothing was added",
                              text_path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_true (g_file_set_contents (pdf_path, "%PDF", -1, NULL));
  g_assert_null (hashiya_corpus_add_file (corpus, pdf, NULL, &error));
  expected = g_strdup_printf ("%s: only texts (.txt) and documents (.hashiya) can be added to a corpus", pdf_path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* A text of the folder becomes the .hashiya beside it. */
  added = hashiya_corpus_add_file (corpus, inside, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_corpus_document_get_path (added), ==, "e.hashiya");
  paths = list_paths (corpus);
  g_assert_cmpstr (paths, ==, "a.hashiya b.hashiya e.hashiya report.hashiya sub/c.hashiya sub/deeper/d.hashiya");

  hashiya_test_remove_tree (outside);
}

/* A manifest: quoted fields, a BOM, CRLF, a header; bad rows listed with
 * their lines and the others taken; a file that is not UTF-8 is refused
 * whole. */
static void
test_corpus_manifest (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autofree char *manifest_path = path_in (fixture, "manifest.csv");
  g_autoptr(GFile) manifest = g_file_new_for_path (manifest_path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *a_before = NULL;
  g_autofree char *a_after = NULL;
  g_autofree char *a_path = path_in (fixture, "a.hashiya");
  HashiyaCorpusDocument *a, *c;
  guint n_changed = 0;

  g_free (write_in (fixture, "manifest.csv",
                    "\xEF\xBB\xBFpath,title,date,source,url\r\n"
                    "a.hashiya,\"اتهام، وقف النار\",2023-09-20,\"Al Jazeera, Arabic\",https://example.com/a\r\n"
                    "sub/c.hashiya,\"a \"\"quoted\"\"\nsecond line\",,,\r\n"
                    "missing.hashiya,x,,,\r\n"
                    "b.hashiya,x,2023-02-30,,\r\n"
                    "b.hashiya,only three,fields\r\n"
                    "e.txt,النص,2023-09-21,,\r\n"
                    "\r\n"
                    "sub/deeper/d.hashiya,,,TASS,not a url\r\n", -1));
  g_assert_true (hashiya_corpus_import_manifest (corpus, manifest, &n_changed, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (problems->len, ==, 5);
  expected = g_strdup_printf ("%s:3: the title “a \"quoted\"\nsecond line” is more than one line", manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s:5: “missing.hashiya” is not a document of the corpus", manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s:6: the date “2023-02-30” is not a date of the form YYYY-MM-DD, such as 2024-03-07",
                              manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s:7: 3 fields; each row is path,title,date,source,url", manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 3), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s:10: the address “not a url” is not a URL such as https://example.com/article",
                              manifest_path);
  g_assert_cmpstr (g_ptr_array_index (problems, 4), ==, expected);
  g_clear_pointer (&expected, g_free);

  a = hashiya_corpus_lookup_document (corpus, "a.hashiya");
  g_assert_cmpstr (hashiya_corpus_document_get_title (a), ==, "اتهام، وقف النار");
  g_assert_cmpstr (hashiya_corpus_document_get_source (a), ==, "Al Jazeera, Arabic");
  g_assert_cmpstr (hashiya_corpus_document_get_url (a), ==, "https://example.com/a");
  c = hashiya_corpus_lookup_document (corpus, "sub/c.hashiya");
  g_assert_null (hashiya_corpus_document_get_title (c));
  /* A text of the folder takes its metadata as it becomes a document. */
  g_assert_cmpstr (hashiya_corpus_document_get_title (hashiya_corpus_lookup_document (corpus, "e.hashiya")), ==, "النص");

  /* Not UTF-8: refused whole, nothing written. */
  a_before = hashiya_test_read_file (a_path, NULL);
  g_free (write_in (fixture, "manifest.csv", "path,title,date,source,url\na.hashiya,caf\xe9,,,\n", -1));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_false (hashiya_corpus_import_manifest (corpus, manifest, &n_changed, &problems, &error));
  expected = g_strdup_printf ("%s: not valid UTF-8 at byte offset 40 (byte 0xE9): save the file as UTF-8 first", manifest_path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);
  a_after = hashiya_test_read_file (a_path, NULL);
  g_assert_cmpstr (a_after, ==, a_before);

  /* An unclosed quote. */
  g_free (write_in (fixture, "manifest.csv", "a.hashiya,\"title,,,\n", -1));
  g_assert_false (hashiya_corpus_import_manifest (corpus, manifest, NULL, NULL, &error));
  expected = g_strdup_printf ("%s:1: a quoted field is never closed", manifest_path);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
progress_cb (guint       done,
             guint       total,
             const char *path,
             gpointer    user_data)
{
  GPtrArray *seen = user_data;

  g_ptr_array_add (seen, g_strdup_printf ("%u/%u %s", done, total, path));
}

/* Suggest in every document: the counts, each document written with its
 * suggestions to review, a text become a document. */
static void
test_corpus_suggest (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(HashiyaCorpusSummary) summary = NULL;
  g_autoptr(HashiyaCorpusSummary) again = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *paths = NULL;
  HashiyaCorpusDocument *b;

  summary = hashiya_corpus_suggest (corpus, NULL, HASHIYA_CORPUS_SUGGEST_DEFAULT, progress_cb, seen, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_documents, ==, 5);
  /* a and c had theirs accepted already. */
  g_assert_cmpuint (summary->n_changed, ==, 3);
  g_assert_cmpuint (summary->n_failed, ==, 0);
  g_assert_false (summary->cancelled);
  g_assert_cmpuint (summary->n_mentions, ==,
                    hashiya_corpus_document_get_n_mentions (hashiya_corpus_lookup_document (corpus, "b.hashiya")) +
                    hashiya_corpus_document_get_n_mentions (hashiya_corpus_lookup_document (corpus, "e.hashiya")) +
                    hashiya_corpus_document_get_n_mentions (hashiya_corpus_lookup_document (corpus, "sub/deeper/d.hashiya")));
  g_assert_cmpuint (hashiya_corpus_document_get_n_mentions (hashiya_corpus_lookup_document (corpus, "b.hashiya")), ==, 4);
  g_assert_cmpuint (summary->n_relations, ==, 0);
  g_assert_cmpuint (seen->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "1/5 a.hashiya");
  g_assert_cmpstr (g_ptr_array_index (seen, 4), ==, "5/5 sub/deeper/d.hashiya");

  b = hashiya_corpus_lookup_document (corpus, "b.hashiya");
  g_assert_cmpint (hashiya_corpus_document_get_state (b), ==, HASHIYA_CORPUS_DOCUMENT_SUGGESTED);
  g_assert_cmpuint (hashiya_corpus_document_get_n_suggestions (b), >=, 4);
  paths = list_paths (corpus);
  g_assert_cmpstr (paths, ==, "a.hashiya b.hashiya e.hashiya sub/c.hashiya sub/deeper/d.hashiya");

  /* A second run finds no new actor, and writes nothing. */
  again = hashiya_corpus_suggest (corpus, NULL, HASHIYA_CORPUS_SUGGEST_DEFAULT, NULL, NULL, NULL, &error);
  g_assert_cmpuint (again->n_changed, ==, 0);
  g_assert_cmpuint (again->n_mentions, ==, 0);
  g_clear_pointer (&again, hashiya_corpus_summary_free);

  /* The relations: «اتهمت أذربيجان أرمينيا» in a, among others. */
  again = hashiya_corpus_suggest (corpus, NULL, HASHIYA_CORPUS_SUGGEST_RELATIONS, NULL, NULL, NULL, &error);
  g_assert_cmpuint (again->n_mentions, ==, 0);
  g_assert_cmpuint (again->n_relations, >, 0);
  g_assert_cmpuint (hashiya_corpus_document_get_n_relations (hashiya_corpus_lookup_document (corpus, "a.hashiya")), ==, 1);
  g_assert_cmpint (hashiya_corpus_document_get_state (hashiya_corpus_lookup_document (corpus, "a.hashiya")), ==,
                   HASHIYA_CORPUS_DOCUMENT_SUGGESTED);
}

typedef struct
{
  GCancellable         *cancellable;
  GPtrArray            *seen;
  HashiyaCorpusSummary *summary;
  gboolean              done;
} AsyncRun;

static void
cancel_after_first_cb (guint       done,
                       guint       total,
                       const char *path,
                       gpointer    user_data)
{
  AsyncRun *run = user_data;

  progress_cb (done, total, path, run->seen);
  g_cancellable_cancel (run->cancellable);
}

static void
suggested_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncRun *run = user_data;
  g_autoptr(GError) error = NULL;

  run->summary = hashiya_corpus_suggest_finish (HASHIYA_CORPUS (source), result, &error);
  g_assert_no_error (error);
  run->done = TRUE;
}

/* On a worker thread: progress and ::document-changed in this thread,
 * cancelling stops between documents, each file whole. */
static void
test_corpus_suggest_async (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(HashiyaCorpus) reopened = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  AsyncRun run = { cancellable, g_ptr_array_new_with_free_func (g_free), NULL, FALSE };
  GListModel *documents;

  /* The second document long enough that this thread, however late,
   * cancels while the worker is still on it. */
  while (long_text->len < 1024 * 1024)
    g_string_append (long_text, texts[1]);
  g_free (write_in (fixture, "long.txt", long_text->str, (gssize) long_text->len));
  corpus = make_corpus (fixture);
  g_signal_connect (corpus, "document-changed", G_CALLBACK (document_changed_cb), changed);
  g_ptr_array_add (selected, hashiya_corpus_lookup_document (corpus, "b.hashiya"));
  g_ptr_array_add (selected, hashiya_corpus_lookup_document (corpus, "long.txt"));
  g_ptr_array_add (selected, hashiya_corpus_lookup_document (corpus, "sub/deeper/d.hashiya"));
  hashiya_corpus_suggest_async (corpus, selected, HASHIYA_CORPUS_SUGGEST_DEFAULT, cancel_after_first_cb, &run, NULL,
                                cancellable, suggested_cb, &run);
  hashiya_test_wait_for (hashiya_test_flag_set, &run.done, 60);

  /* The first done, then stopped (the second may have been under way). */
  g_assert_true (run.summary->cancelled);
  g_assert_cmpuint (run.summary->n_documents, <, 3);
  g_assert_cmpstr (g_ptr_array_index (run.seen, 0), ==, "1/3 b.hashiya");
  g_assert_cmpstr (g_ptr_array_index (changed, 0), ==, "b.hashiya");
  g_assert_cmpint (hashiya_corpus_document_get_state (hashiya_corpus_lookup_document (corpus, "b.hashiya")), ==,
                   HASHIYA_CORPUS_DOCUMENT_SUGGESTED);
  g_assert_cmpuint (hashiya_corpus_document_get_n_mentions (hashiya_corpus_lookup_document (corpus, "sub/deeper/d.hashiya")),
                    ==, 0);

  /* Every file reads. */
  reopened = open_corpus (fixture);
  documents = hashiya_corpus_get_documents (reopened);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    g_assert_null (hashiya_corpus_document_get_error (document_at (reopened, i)));
  hashiya_corpus_summary_free (run.summary);
  g_ptr_array_unref (run.seen);
}

static HashiyaDocument *
load_at (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document = hashiya_document_load_file (path, &error);

  g_assert_no_error (error);
  return document;
}

/* Rename, new alias, colour, merge: corpus.json and every document, and
 * the count of what changed. */
static void
test_corpus_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(HashiyaCorpusSummary) summary = NULL;
  g_autoptr(HashiyaCorpusEdit) rename = hashiya_corpus_edit_new_rename ("azerbaijan", NULL, "Republic of Azerbaijan");
  g_autoptr(HashiyaCorpusEdit) alias = hashiya_corpus_edit_new_alias ("armenia", "جمهورية أرمينيا");
  g_autoptr(HashiyaCorpusEdit) color = hashiya_corpus_edit_new_color ("iran", "#123456");
  g_autoptr(HashiyaCorpusEdit) merge = hashiya_corpus_edit_new_merge ("ilham-aliyev", "azerbaijan");
  g_autoptr(HashiyaCorpusEdit) unknown = hashiya_corpus_edit_new_color ("atlantis", "#123456");
  g_autoptr(HashiyaCorpusEdit) bad_color = hashiya_corpus_edit_new_color ("iran", "blue");
  g_autoptr(HashiyaCorpusEdit) self_merge = hashiya_corpus_edit_new_merge ("iran", "iran");
  g_autoptr(HashiyaCorpusFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = path_in (fixture, "corpus.json");
  g_autofree char *json_before = NULL;
  g_autofree char *json_after = NULL;

  summary = hashiya_corpus_edit_catalog (corpus, rename, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_documents, ==, 5);
  /* Every .hashiya has the actor; the text is no document yet. */
  g_assert_cmpuint (summary->n_changed, ==, 4);
  g_assert_cmpuint (summary->n_mentions, ==, 1 + 1);
  g_assert_cmpstr (hashiya_actor_get_name_en (hashiya_catalog_lookup (hashiya_corpus_get_catalog (corpus), "azerbaijan")),
                   ==, "Republic of Azerbaijan");
  {
    g_autoptr(HashiyaDocument) d = load_at (fixture, "sub/deeper/d.hashiya");

    g_assert_cmpstr (hashiya_actor_get_name_en (hashiya_catalog_lookup (hashiya_document_get_catalog (d), "azerbaijan")),
                     ==, "Republic of Azerbaijan");
  }
  file = hashiya_corpus_file_read (fixture->folder, &error);
  g_assert_cmpstr (hashiya_actor_get_name_en (hashiya_catalog_lookup (file->catalog, "azerbaijan")), ==,
                   "Republic of Azerbaijan");
  g_clear_pointer (&summary, hashiya_corpus_summary_free);

  summary = hashiya_corpus_edit_catalog (corpus, alias, NULL, NULL, NULL, &error);
  g_assert_cmpuint (summary->n_changed, ==, 4);
  g_clear_pointer (&summary, hashiya_corpus_summary_free);
  summary = hashiya_corpus_edit_catalog (corpus, color, NULL, NULL, NULL, &error);
  g_assert_cmpuint (summary->n_changed, ==, 4);
  g_clear_pointer (&summary, hashiya_corpus_summary_free);
  {
    g_autoptr(HashiyaDocument) a = load_at (fixture, "a.hashiya");
    HashiyaActor *armenia = hashiya_catalog_lookup (hashiya_document_get_catalog (a), "armenia");
    const char * const *aliases = hashiya_actor_get_aliases (armenia);

    g_assert_cmpstr (aliases[g_strv_length ((char **) aliases) - 1], ==, "جمهورية أرمينيا");
    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (hashiya_document_get_catalog (a), "iran")), ==,
                     "#123456");
  }
  /* The same edit again changes nothing. */
  summary = hashiya_corpus_edit_catalog (corpus, color, NULL, NULL, NULL, &error);
  g_assert_cmpuint (summary->n_changed, ==, 0);
  g_clear_pointer (&summary, hashiya_corpus_summary_free);

  /* Merge: c's mentions of Aliyev are Azerbaijan's. */
  summary = hashiya_corpus_edit_catalog (corpus, merge, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_mentions, ==, 1);
  g_assert_null (hashiya_catalog_lookup (hashiya_corpus_get_catalog (corpus), "ilham-aliyev"));
  g_assert_true (g_strv_contains (hashiya_actor_get_aliases (hashiya_catalog_lookup (hashiya_corpus_get_catalog (corpus),
                                                                                     "azerbaijan")), "إلهام علييف"));
  {
    g_autoptr(HashiyaDocument) c = load_at (fixture, "sub/c.hashiya");

    g_assert_cmpuint (hashiya_document_count_mentions (c, "ilham-aliyev"), ==, 0);
    g_assert_cmpuint (hashiya_document_count_mentions (c, "azerbaijan"), ==, 2);
    g_assert_null (hashiya_catalog_lookup (hashiya_document_get_catalog (c), "ilham-aliyev"));
  }
  g_assert_cmpuint (hashiya_corpus_document_count_mentions (hashiya_corpus_lookup_document (corpus, "sub/c.hashiya"),
                                                            "azerbaijan"), ==, 2);

  /* Wrong edits: refused before anything is written. */
  json_before = hashiya_test_read_file (json, NULL);
  g_assert_null (hashiya_corpus_edit_catalog (corpus, unknown, NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "actor “atlantis” is not in the corpus's catalogue");
  g_clear_error (&error);
  g_assert_null (hashiya_corpus_edit_catalog (corpus, bad_color, NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "actor \"iran\": colour \"blue\" is not of the form #rrggbb");
  g_clear_error (&error);
  g_assert_null (hashiya_corpus_edit_catalog (corpus, self_merge, NULL, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "actor “iran” cannot be merged into itself");
  json_after = hashiya_test_read_file (json, NULL);
  g_assert_cmpstr (json_after, ==, json_before);
}

/* A document that cannot be written midway: the others are written, it
 * is left as it was and said; run again, the edit brings it in step. */
static void
test_corpus_edit_failure (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(HashiyaCorpusEdit) color = hashiya_corpus_edit_new_color ("azerbaijan", "#654321");
  g_autoptr(HashiyaCorpusSummary) summary = NULL;
  g_autoptr(HashiyaCorpusSummary) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *b_path = path_in (fixture, "b.hashiya");
  g_autofree char *moved = path_in (fixture, "b.saved");

  /* b becomes a folder after the list was read. */
  g_assert_cmpint (g_rename (b_path, moved), ==, 0);
  g_assert_cmpint (g_mkdir (b_path, 0755), ==, 0);
  summary = hashiya_corpus_edit_catalog (corpus, color, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_documents, ==, 5);
  g_assert_cmpuint (summary->n_changed, ==, 3);
  g_assert_cmpuint (summary->n_failed, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (summary->failures, 0), ==, "b.hashiya: cannot read: it is a folder, not a file");
  {
    g_autoptr(HashiyaDocument) a = load_at (fixture, "a.hashiya");

    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (hashiya_document_get_catalog (a), "azerbaijan")),
                     ==, "#654321");
  }

  g_assert_cmpint (g_rmdir (b_path), ==, 0);
  g_assert_cmpint (g_rename (moved, b_path), ==, 0);
  again = hashiya_corpus_edit_catalog (corpus, color, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->n_changed, ==, 1);
  g_assert_cmpuint (again->n_failed, ==, 0);
  {
    g_autoptr(HashiyaDocument) b = load_at (fixture, "b.hashiya");

    g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (hashiya_document_get_catalog (b), "azerbaijan")),
                     ==, "#654321");
  }
}

static void
edited_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncRun *run = user_data;
  g_autoptr(GError) error = NULL;

  run->summary = hashiya_corpus_edit_catalog_finish (HASHIYA_CORPUS (source), result, &error);
  g_assert_no_error (error);
  run->done = TRUE;
}

static void
count_catalog_cb (HashiyaCorpus *corpus,
                  guint         *count)
{
  (*count)++;
}

/* The edit on a worker thread: ::catalog-changed and the progress here. */
static void
test_corpus_edit_async (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(HashiyaCorpusEdit) rename = hashiya_corpus_edit_new_rename ("iran", "الجمهورية الإسلامية", NULL);
  AsyncRun run = { NULL, g_ptr_array_new_with_free_func (g_free), NULL, FALSE };
  guint catalog_changed = 0;

  g_signal_connect (corpus, "catalog-changed", G_CALLBACK (count_catalog_cb), &catalog_changed);
  hashiya_corpus_edit_catalog_async (corpus, rename, progress_cb, run.seen, NULL, NULL, edited_cb, &run);
  hashiya_test_wait_for (hashiya_test_flag_set, &run.done, 60);
  g_assert_cmpuint (catalog_changed, ==, 1);
  g_assert_cmpuint (run.seen->len, ==, 5);
  g_assert_cmpuint (run.summary->n_changed, ==, 4);
  g_assert_cmpstr (hashiya_actor_get_name_ar (hashiya_catalog_lookup (hashiya_corpus_get_catalog (corpus), "iran")), ==,
                   "الجمهورية الإسلامية");
  hashiya_corpus_summary_free (run.summary);
  g_ptr_array_unref (run.seen);
}

/* The list comes from the cache when files are unchanged; a garbled or
 * truncated cache is read from the files again. */
static void
test_corpus_cache (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(GFile) cache_dir = hashiya_corpus_dup_cache_dir (corpus);
  g_autofree char *cache_path = g_build_filename (g_file_peek_path (cache_dir), "documents.gvariant", NULL);
  g_autofree char *a_path = path_in (fixture, "a.hashiya");
  g_autofree char *a = hashiya_test_read_file (a_path, NULL);
  g_autofree char *swapped = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *cache_dir_path = g_file_get_path (cache_dir);
  g_autofree char *folder_path = g_file_get_path (fixture->folder);
  struct stat st;
  gsize cache_size;

  /* Under the user's cache folder, never in the corpus. */
  g_assert_true (g_str_has_prefix (cache_dir_path, g_get_user_cache_dir ()));
  g_assert_false (g_str_has_prefix (cache_dir_path, folder_path));
  g_assert_true (g_file_test (cache_path, G_FILE_TEST_IS_REGULAR));

  /* The same size and time, other counts: the cache is believed. */
  g_assert_cmpint (stat (a_path, &st), ==, 0);
  swapped = hashiya_test_replace (a, "\"actor\": \"armenia\"", "\"actor\": \"georgia\"");
  g_assert_cmpuint (strlen (swapped), ==, strlen (a));
  g_assert_true (g_file_set_contents (a_path, swapped, -1, NULL));
  {
    g_autoptr(HashiyaCorpus) reopened = NULL;

    struct timespec times[2] = { st.st_atim, st.st_mtim };

    g_assert_cmpint (utimensat (AT_FDCWD, a_path, times, 0), ==, 0);
    reopened = open_corpus (fixture);
    g_assert_cmpuint (hashiya_corpus_document_count_mentions (hashiya_corpus_lookup_document (reopened, "a.hashiya"),
                                                              "armenia"), ==, 1);
  }

  /* Garbled, then truncated: every file read again. */
  cache = hashiya_test_read_file (cache_path, &cache_size);
  for (guint i = 0; i < cache_size; i += 7)
    cache[i] ^= 0x5a;
  g_assert_true (g_file_set_contents (cache_path, cache, (gssize) cache_size, NULL));
  {
    g_autoptr(HashiyaCorpus) reopened = open_corpus (fixture);

    g_assert_cmpuint (hashiya_corpus_document_count_mentions (hashiya_corpus_lookup_document (reopened, "a.hashiya"),
                                                              "georgia"), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (hashiya_corpus_get_documents (reopened)), ==, 5);
  }
  g_assert_true (g_file_set_contents (cache_path, cache, (gssize) cache_size / 3, NULL));
  {
    g_autoptr(HashiyaCorpus) reopened = open_corpus (fixture);

    g_assert_cmpuint (hashiya_corpus_document_count_mentions (hashiya_corpus_lookup_document (reopened, "sub/c.hashiya"),
                                                              "ilham-aliyev"), ==, 1);
  }
  /* Deleted: the same. */
  g_assert_cmpint (g_unlink (cache_path), ==, 0);
  {
    g_autoptr(HashiyaCorpus) reopened = open_corpus (fixture);

    g_assert_cmpuint (g_list_model_get_n_items (hashiya_corpus_get_documents (reopened)), ==, 5);
  }
}

/* The numbers: per actor, per source, totals, dates; as CSV and JSON. */
static void
test_corpus_stats (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = make_corpus (fixture);
  g_autoptr(HashiyaCorpusStats) stats = NULL;
  g_autoptr(GBytes) actors = NULL;
  g_autoptr(GBytes) sources = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autofree char *manifest_path = NULL;
  g_autoptr(GFile) manifest = NULL;
  g_autofree char *actors_csv = NULL;
  HashiyaCorpusActorStats *azerbaijan;

  manifest_path = write_in (fixture, "m.csv",
                            "a.hashiya,,2023-03-01,Anadolu,\n"
                            "sub/c.hashiya,,2023-01-15,Anadolu,\n"
                            "b.hashiya,,2023-02-01,IRNA,\n", -1);
  manifest = g_file_new_for_path (manifest_path);
  g_assert_true (hashiya_corpus_import_manifest (corpus, manifest, NULL, NULL, NULL));
  g_free (write_in (fixture, "broken.hashiya", "{", -1));
  g_assert_true (hashiya_corpus_rescan (corpus, NULL, NULL));

  stats = hashiya_corpus_compute_stats (corpus);
  g_assert_cmpuint (stats->n_documents, ==, 5);
  g_assert_cmpuint (stats->n_broken, ==, 1);
  g_assert_cmpuint (stats->n_mentions, ==, 2 + 3);
  g_assert_cmpstr (stats->first_date, ==, "2023-01-15");
  g_assert_cmpstr (stats->last_date, ==, "2023-03-01");
  g_assert_cmpuint (stats->actors->len, ==, 24);
  azerbaijan = g_ptr_array_index (stats->actors, 1);
  g_assert_cmpstr (azerbaijan->actor_id, ==, "azerbaijan");
  g_assert_cmpuint (azerbaijan->n_documents, ==, 2);
  g_assert_cmpuint (azerbaijan->n_mentions, ==, 2);
  g_assert_cmpstr (azerbaijan->first_date, ==, "2023-01-15");
  g_assert_cmpstr (azerbaijan->last_date, ==, "2023-03-01");

  actors = hashiya_corpus_stats_to_csv (stats, HASHIYA_CORPUS_STATS_ACTORS, FALSE);
  actors_csv = g_strndup (g_bytes_get_data (actors, NULL), g_bytes_get_size (actors));
  /* Most mentioned first, then by id. */
  g_assert_true (g_str_has_prefix (actors_csv, "actor,name,documents,mentions,first_date,last_date\r\n"
                                               "armenia,أرمينيا,2,2,2023-01-15,2023-03-01\r\n"
                                               "azerbaijan,أذربيجان,2,2,2023-01-15,2023-03-01\r\n"
                                               "ilham-aliyev,إلهام علييف,1,1,2023-01-15,2023-01-15\r\n"
                                               "ararat-mirzoyan,أرارات ميرزويان,0,0,,\r\n"));
  sources = hashiya_corpus_stats_to_csv (stats, HASHIYA_CORPUS_STATS_SOURCES, TRUE);
  g_assert_cmpmem (g_bytes_get_data (sources, NULL), g_bytes_get_size (sources),
                   "\xEF\xBB\xBFsource,documents,mentions,relations,first_date,last_date\r\n"
                   "Anadolu,2,5,0,2023-01-15,2023-03-01\r\n"
                   ",2,0,0,,\r\n"
                   "IRNA,1,0,0,2023-02-01,2023-02-01\r\n",
                   strlen ("\xEF\xBB\xBFsource,documents,mentions,relations,first_date,last_date\r\n"
                           "Anadolu,2,5,0,2023-01-15,2023-03-01\r\n"
                           ",2,0,0,,\r\n"
                           "IRNA,1,0,0,2023-02-01,2023-02-01\r\n"));

  json = hashiya_corpus_stats_to_json (stats);
  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  {
    JsonObject *root = json_node_get_object (json_parser_get_root (parser));
    JsonObject *first = json_array_get_object_element (json_object_get_array_member (root, "actors"), 0);

    g_assert_cmpint (json_object_get_int_member (root, "documents"), ==, 5);
    g_assert_cmpint (json_object_get_int_member (root, "unreadable"), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "armenia");
    g_assert_cmpint (json_object_get_int_member (first, "documents"), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (first, "last_date"), ==, "2023-03-01");
  }
}

/* One file for the corpus (or brat's folder), each document named. */
static void
test_corpus_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaExportOptions) options = hashiya_export_options_new (NULL);
  g_autofree char *out = hashiya_test_make_tmpdir ();
  g_autofree char *csv_path = g_build_filename (out, "news.csv", NULL);
  g_autofree char *jsonl_path = g_build_filename (out, "news.jsonl", NULL);
  g_autofree char *conll_path = g_build_filename (out, "news.conll", NULL);
  g_autofree char *w3c_path = g_build_filename (out, "news.jsonld", NULL);
  g_autofree char *brat_path = g_build_filename (out, "brat", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *jsonl = NULL;
  g_autofree char *conll = NULL;
  g_autofree char *w3c = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  g_free (write_in (fixture, "broken.hashiya", "{", -1));
  corpus = make_corpus (fixture);

  g_assert_true (hashiya_corpus_export (corpus, HASHIYA_EXPORT_CSV, options, csv_path, NULL, NULL, &problems, NULL,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "broken.hashiya:1:1: Parse error: unexpected character `{', expected string constant");
  csv = hashiya_test_read_file (csv_path, NULL);
  g_assert_true (g_str_has_prefix (csv, "document,id,start,end,text,actor,name_en,kind,mention_type,status,note\r\n"
                                        "a.hashiya,m1,6,14,أذربيجان,azerbaijan,Azerbaijan,state,name,accepted,\r\n"
                                        "a.hashiya,m2,15,22,أرمينيا,armenia,Armenia,state,name,accepted,\r\n"
                                        "sub/c.hashiya,"));

  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_true (hashiya_corpus_export (corpus, HASHIYA_EXPORT_JSONL, options, jsonl_path, NULL, NULL, &problems,
                                        NULL, &error));
  jsonl = hashiya_test_read_file (jsonl_path, NULL);
  lines = g_strsplit (jsonl, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_nonnull (strstr (lines[2], "\"document\":\"e.txt\""));
  g_assert_nonnull (strstr (lines[4], "\"document\":\"sub/deeper/d.hashiya\""));

  g_assert_true (hashiya_corpus_export (corpus, HASHIYA_EXPORT_CONLL, options, conll_path, NULL, NULL, NULL, NULL,
                                        &error));
  conll = hashiya_test_read_file (conll_path, NULL);
  {
    guint n = 0;

    for (const char *p = conll; (p = strstr (p, "-DOCSTART-")) != NULL; p++)
      n++;
    g_assert_cmpuint (n, ==, 5);
  }

  g_assert_true (hashiya_corpus_export (corpus, HASHIYA_EXPORT_W3C, options, w3c_path, NULL, NULL, NULL, NULL, &error));
  w3c = hashiya_test_read_file (w3c_path, NULL);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *root;
    JsonArray *items;

    g_assert_true (json_parser_load_from_data (parser, w3c, -1, NULL));
    root = json_node_get_object (json_parser_get_root (parser));
    items = json_object_get_array_member (json_object_get_object_member (root, "first"), "items");
    g_assert_cmpint (json_object_get_int_member (root, "total"), ==, 5);
    g_assert_cmpuint (json_array_get_length (items), ==, 5);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 4), "hashiya:document"), ==,
                     "sub/c.hashiya");
  }

  g_assert_true (hashiya_corpus_export (corpus, HASHIYA_EXPORT_BRAT, options, brat_path, NULL, NULL, NULL, NULL,
                                        &error));
  {
    g_autofree char *ann = g_build_filename (brat_path, "sub", "deeper", "d.ann", NULL);
    g_autofree char *txt = g_build_filename (brat_path, "sub", "deeper", "d.txt", NULL);
    g_autofree char *e = g_build_filename (brat_path, "e.txt", NULL);
    g_autofree char *content = NULL;

    g_assert_true (g_file_test (ann, G_FILE_TEST_IS_REGULAR));
    content = hashiya_test_read_file (txt, NULL);
    g_assert_cmpstr (content, ==, texts[3]);
    g_assert_true (g_file_test (e, G_FILE_TEST_IS_REGULAR));
  }

  g_assert_false (hashiya_corpus_export (corpus, HASHIYA_EXPORT_HTML, options, csv_path, NULL, NULL, NULL, NULL,
                                         &error));
  g_assert_cmpstr (error->message, ==, "a corpus is exported as csv, jsonl, conll, brat or w3c, not html");
  hashiya_test_remove_tree (out);
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
  ADD ("/corpus/list", test_corpus_list);
  ADD ("/corpus/open-async", test_corpus_open_async);
  ADD ("/corpus/corpus-json", test_corpus_json);
  ADD ("/corpus/bad-files", test_corpus_bad_files);
  ADD ("/corpus/same-text", test_corpus_same_text);
  ADD ("/corpus/catalog-differs", test_corpus_catalog_differs);
  ADD ("/corpus/save-document", test_corpus_save_document);
  ADD ("/corpus/add", test_corpus_add);
  ADD ("/corpus/manifest", test_corpus_manifest);
  ADD ("/corpus/suggest", test_corpus_suggest);
  ADD ("/corpus/suggest-async", test_corpus_suggest_async);
  ADD ("/corpus/edit", test_corpus_edit);
  ADD ("/corpus/edit-failure", test_corpus_edit_failure);
  ADD ("/corpus/edit-async", test_corpus_edit_async);
  ADD ("/corpus/cache", test_corpus_cache);
  ADD ("/corpus/stats", test_corpus_stats);
  ADD ("/corpus/export", test_corpus_export);
#undef ADD

  status = g_test_run ();
  hashiya_test_remove_tree (cache);
  return status;
}
