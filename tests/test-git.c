/* test-git.c — two annotators sharing documents through real git: a bare
 * repository as the remote, a clone each, the merge driver, sync through
 * the core and hashiya-cli, and what goes wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "hashiya-core.h"
#include "hashiya-test-cli.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

typedef struct
{
  char  *dir;
  char  *remote;
  char  *layla;
  char  *omar;
  GFile *layla_file;
  GFile *omar_file;
} Fixture;

/* Runs git in @dir and returns what it printed; it must succeed. */
static char *
git (const char *dir,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  va_start (args, dir);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (process) != 0)
    g_error ("git %s failed: %s", (const char *) argv->pdata[1], err);
  return out;
}

static HashiyaDocument *
load (const char *dir,
      const char *name,
      const char *author)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document = hashiya_document_load_file (path, &error);

  g_assert_no_error (error);
  if (author != NULL)
    hashiya_document_set_author (document, author);
  return document;
}

static void
save (HashiyaDocument *document,
      const char      *dir,
      const char      *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  hashiya_document_save_file (document, path, &error);
  g_assert_no_error (error);
}

/* A remote with the gold article in two documents, pushed by Layla; and
 * Omar's clone of it. Each clone has the merge driver set up. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HashiyaDocument) gold = hashiya_test_gold_version (0, "Base");
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaGitSyncResult) result = NULL;
  g_autofree char *out = NULL;

  fixture->dir = hashiya_test_make_tmpdir ();
  fixture->remote = g_build_filename (fixture->dir, "remote.git", NULL);
  fixture->layla = g_build_filename (fixture->dir, "layla", NULL);
  fixture->omar = g_build_filename (fixture->dir, "omar", NULL);
  fixture->layla_file = g_file_new_for_path (fixture->layla);
  fixture->omar_file = g_file_new_for_path (fixture->omar);

  g_free (git (fixture->dir, "init", "-q", "--bare", "-b", "main", "remote.git", NULL));
  g_free (git (fixture->dir, "clone", "-q", "remote.git", "layla", NULL));
  save (gold, fixture->layla, "doc.hashiya");
  save (gold, fixture->layla, "other.hashiya");
  g_assert_true (hashiya_git_setup_merge_driver (fixture->layla_file, &error));
  g_assert_no_error (error);
  {
    g_autofree char *committed = hashiya_git_commit (fixture->layla_file, "The gold article, twice", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (committed, ==, "The gold article, twice");
  }
  g_free (git (fixture->layla, "push", "-q", "-u", "origin", "main", NULL));
  g_free (git (fixture->dir, "clone", "-q", "remote.git", "omar", NULL));
  g_assert_true (hashiya_git_setup_merge_driver (fixture->omar_file, &error));
  g_assert_no_error (error);
  out = git (fixture->omar, "config", "merge.hashiya.driver", NULL);
  g_assert_cmpstr (out, ==, "hashiya-cli merge-driver %O %A %B --path %P\n");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hashiya_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->remote);
  g_free (fixture->layla);
  g_free (fixture->omar);
  g_object_unref (fixture->layla_file);
  g_object_unref (fixture->omar_file);
}

#define run_in(fixture, ...) \
  hashiya_test_run_cli_full ((fixture)->dir, NULL, FALSE, (const char * const[]) { __VA_ARGS__, NULL })

/* The @n-th word of the text (split at spaces) that no mention touches. */
static void
free_word (HashiyaDocument *document,
           guint            n,
           guint           *start,
           guint           *end)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint length = hashiya_text_get_length (text);
  g_autofree char *content = hashiya_text_slice (text, 0, length);
  g_autofree gboolean *taken = g_new0 (gboolean, length + 1);
  const char *p = content;
  guint word_start = 0, found = 0;
  gboolean in_word = FALSE;

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      for (guint j = hashiya_mention_get_start (mention); j < hashiya_mention_get_end (mention); j++)
        taken[j] = TRUE;
    }
  for (guint offset = 0; offset <= length; offset++, p = *p != '\0' ? g_utf8_next_char (p) : p)
    {
      gboolean space = offset == length || g_unichar_isspace (g_utf8_get_char (p));
      gboolean free = TRUE;

      if (!space && !in_word)
        word_start = offset;
      if (!space || !in_word)
        {
          in_word = !space;
          continue;
        }
      in_word = FALSE;
      for (guint j = word_start; j < offset; j++)
        free = free && !taken[j];
      if (free && found++ == n)
        {
          *start = word_start;
          *end = offset;
          return;
        }
    }
  g_assert_not_reached ();
}

static void
annotate (HashiyaDocument *document,
          guint            word,
          const char      *actor)
{
  g_autoptr(GError) error = NULL;
  guint start, end;

  free_word (document, word, &start, &end);
  hashiya_document_annotate (document, start, end, actor, HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
}

static void
edit_mention (HashiyaDocument *document,
              const char      *id,
              const char      *actor,
              const char      *note)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, id);
  g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);
  g_autoptr(GError) error = NULL;

  if (actor != NULL)
    hashiya_mention_set_actor (state, actor);
  if (note != NULL)
    hashiya_mention_set_note (state, note);
  hashiya_mention_set_author (state, hashiya_document_get_author (document));
  hashiya_document_update_mention (document, mention, state, &error);
  g_assert_no_error (error);
}

static void
add_actor (HashiyaDocument *document,
           const char      *id,
           const char      *name_en)
{
  g_autoptr(HashiyaActor) actor = hashiya_actor_new (id, HASHIYA_ACTOR_KIND_ORGANIZATION, NULL, name_en);
  g_autoptr(GError) error = NULL;

  hashiya_document_add_actor (document, actor, &error);
  g_assert_no_error (error);
}

/* Layla and Omar annotate both documents at the same time. */
static void
annotate_both (Fixture *fixture)
{
  const char *names[] = { "doc.hashiya", "other.hashiya" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HashiyaDocument) layla = load (fixture->layla, names[i], "Layla");
      g_autoptr(HashiyaDocument) omar = load (fixture->omar, names[i], "Omar");

      /* Different mentions. */
      annotate (layla, 0, "turkey");
      annotate (omar, 3, "iran");
      if (i == 0)
        {
          /* The same mention with different actors. */
          edit_mention (layla, "m1", "turkey", NULL);
          edit_mention (omar, "m1", "iran", NULL);
          /* One deletes what the other changes. */
          edit_mention (layla, "m3", NULL, "Tehran stands for Iran");
          hashiya_document_remove_mention (omar, hashiya_document_lookup_mention (omar, "m3"));
          /* Both add an actor to the catalogue. */
          add_actor (layla, "caspian-forum", "Caspian Forum");
          add_actor (omar, "black-sea-council", "Black Sea Council");
        }
      save (layla, fixture->layla, names[i]);
      save (omar, fixture->omar, names[i]);
    }
}

static void
assert_no_markers (const char *dir,
                   const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *bytes = hashiya_test_read_file (path, NULL);

  g_assert_null (strstr (bytes, "<<<<<<<"));
  g_assert_null (strstr (bytes, "======="));
  g_assert_null (strstr (bytes, ">>>>>>>"));
}

static void
test_two_annotators (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HashiyaGitSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  annotate_both (fixture);

  /* Layla syncs first, through the core: her work is on the remote. */
  result = hashiya_git_sync (fixture->layla_file, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result->committed, ==,
                   "2 documents: mentions: 2 added, 2 changed; actors: 1 added\n"
                   "doc.hashiya: mentions: 1 added, 2 changed; actors: 1 added\n"
                   "other.hashiya: mentions: 1 added");
  g_assert_cmpstr (result->conflicts[0], ==, NULL);
  g_assert_true (result->pushed);

  /* Omar syncs through hashiya-cli: his pull merges other.hashiya, and
   * leaves doc.hashiya with its conflicts, unpushed. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "sync", "omar");

    g_assert_cmpstr (r.out, ==,
                     "Committed: 2 documents: mentions: 2 added, 1 removed, 1 changed; relations: 1 removed; actors: 1 added\n"
                     "Pulled, with conflicts in:\n"
                     "  doc.hashiya\n"
                     "Settle them (a .hashiya in the window), then sync again to push.\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  assert_no_markers (fixture->omar, "doc.hashiya");
  assert_no_markers (fixture->omar, "other.hashiya");
  {
    g_autoptr(HashiyaDocument) other = load (fixture->omar, "other.hashiya", NULL);
    g_autoptr(HashiyaDocument) doc = load (fixture->omar, "doc.hashiya", "Omar");
    GListModel *conflicts = hashiya_document_get_conflicts (doc);
    HashiyaCatalog *catalog = hashiya_document_get_catalog (doc);
    g_autoptr(HashiyaConflict) first = NULL;
    g_autoptr(HashiyaConflict) second = NULL;

    /* Nothing lost: both annotators' new mentions, and both actors. */
    g_assert_cmpuint (hashiya_document_get_n_mentions (other), ==, 73);
    g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_conflicts (other)), ==, 0);
    g_assert_cmpuint (hashiya_document_get_n_mentions (doc), ==, 73);
    g_assert_nonnull (hashiya_catalog_lookup (catalog, "caspian-forum"));
    g_assert_nonnull (hashiya_catalog_lookup (catalog, "black-sea-council"));

    /* The conflicts listed: m1's two actors, m3 removed and changed. */
    g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
    first = g_list_model_get_item (conflicts, 0);
    second = g_list_model_get_item (conflicts, 1);
    g_assert_cmpstr (hashiya_conflict_get_id (first), ==, "m1");
    g_assert_cmpstr (hashiya_conflict_get_author (first, HASHIYA_CONFLICT_SIDE_A), ==, "Omar");
    g_assert_cmpstr (hashiya_conflict_get_author (first, HASHIYA_CONFLICT_SIDE_B), ==, "Layla");
    g_assert_cmpstr (hashiya_conflict_get_id (second), ==, "m3");
    g_assert_null (hashiya_conflict_get_version (second, HASHIYA_CONFLICT_SIDE_A));

    /* Curation: Omar's actor for m1 (A), Layla's note on m3 (B). */
    g_assert_true (hashiya_document_resolve_conflict (doc, first, HASHIYA_CONFLICT_TAKE_A, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (hashiya_document_resolve_conflict (doc, second, HASHIYA_CONFLICT_TAKE_B, NULL, &error));
    g_assert_no_error (error);
    save (doc, fixture->omar, "doc.hashiya");
  }
  {
    g_autoptr(HashiyaDocument) doc = load (fixture->omar, "doc.hashiya", NULL);
    g_autofree char *path = g_build_filename (fixture->omar, "doc.hashiya", NULL);
    g_autofree char *bytes = hashiya_test_read_file (path, NULL);

    /* The expected file: settled, version 4 again. */
    g_assert_null (strstr (bytes, "\"conflicts\""));
    g_assert_nonnull (strstr (bytes, "\n  \"version\": 4,\n"));
    g_assert_cmpuint (hashiya_document_get_n_mentions (doc), ==, 73);
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (doc, "m1")), ==, "iran");
    g_assert_cmpstr (hashiya_mention_get_note (hashiya_document_lookup_mention (doc, "m3")), ==, "Tehran stands for Iran");
    g_assert_cmpstr (hashiya_mention_get_author (hashiya_document_lookup_mention (doc, "m3")), ==, "Layla");
  }

  /* Omar syncs again: the merge is committed and pushed. */
  {
    g_autoptr(HashiyaGitSyncResult) again = hashiya_git_sync (fixture->omar_file, NULL, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (again->committed);
    g_assert_cmpstr (again->conflicts[0], ==, NULL);
    g_assert_true (again->pushed);
  }
  /* Layla pulls it: the two clones hold the same files. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "sync", "layla");
    const char *names[] = { "doc.hashiya", "other.hashiya" };

    g_assert_cmpstr (r.out, ==, "Nothing to commit\nPulled and pushed\n");
    g_assert_cmpint (r.status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *a = g_build_filename (fixture->layla, names[i], NULL);
        g_autofree char *b = g_build_filename (fixture->omar, names[i], NULL);
        g_autofree char *x = hashiya_test_read_file (a, NULL);
        g_autofree char *y = hashiya_test_read_file (b, NULL);

        g_assert_cmpstr (x, ==, y);
      }
  }

  /* git log -p of the merged file: the merge commit, against Omar's own
   * commit, only adds Layla's lines and changes lines in place; no line
   * of his is taken out. */
  {
    g_autofree char *log = git (fixture->layla, "log", "-p", "-1", "-m", "--first-parent", "--format=commit %H",
                                "--", "doc.hashiya", NULL);
    g_auto(GStrv) lines = g_strsplit (log, "\n", -1);
    guint added = 0, removed = 0, changed = 0;
    g_autoptr(GHashTable) plus = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GPtrArray) minus = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        const char *line = lines[i];
        const char *id = strstr (line, "{\"id\": \"");
        g_autofree char *key = NULL;

        if (g_str_has_prefix (line, "+++") || g_str_has_prefix (line, "---") || id == NULL)
          continue;
        key = g_strndup (id, strchr (id + 8, '"') - id);
        if (line[0] == '+')
          g_hash_table_add (plus, g_steal_pointer (&key));
        else if (line[0] == '-')
          g_ptr_array_add (minus, g_steal_pointer (&key));
      }
    for (guint i = 0; i < minus->len; i++)
      {
        /* Every line taken out is a mention or actor changed: its new
         * line is there. */
        g_assert_true (g_hash_table_contains (plus, g_ptr_array_index (minus, i)));
        changed++;
      }
    added = g_hash_table_size (plus) - changed;
    removed = minus->len - changed;
    g_test_message ("%s", log);
    g_assert_cmpuint (removed, ==, 0);
    /* Layla's mention, her actor, and m3 (her version) added. */
    g_assert_cmpuint (added, ==, 3);
    g_assert_cmpuint (changed, ==, 1);
  }
}

static void
keep_result_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The steps of a sync, as a window is told them. */
static void
record_step_cb (HashiyaGitStep step,
                gpointer       user_data)
{
  g_string_append_c (user_data, "cup"[step]);
}

static void
test_status (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(HashiyaGitStatus) status = hashiya_git_get_status (fixture->omar_file, FALSE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (status->branch, ==, "main");
    g_assert_cmpstr (status->upstream, ==, "origin/main");
    g_assert_false (status->has_changes);
    g_assert_cmpuint (status->ahead, ==, 0);
    g_assert_cmpuint (status->behind, ==, 0);
  }
  annotate_both (fixture);
  {
    g_autoptr(GString) steps = g_string_new (NULL);
    g_autoptr(HashiyaGitSyncResult) result = hashiya_git_sync (fixture->layla_file, "Layla's work", record_step_cb,
                                                               steps, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (result->committed, ==, "Layla's work");
    /* Commit, pull, push. */
    g_assert_cmpstr (steps->str, ==, "cup");
  }
  g_free (hashiya_git_commit (fixture->omar_file, "Omar's work", NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(HashiyaGitStatus) status = hashiya_git_get_status (fixture->omar_file, FALSE, NULL, &error);

    g_assert_no_error (error);
    g_assert_false (status->has_changes);
    g_assert_cmpuint (status->ahead, ==, 1);
    g_assert_cmpuint (status->behind, ==, 0);
  }
  /* On a worker thread, with a fetch: one to pull. */
  {
    g_autoptr(GAsyncResult) async_result = NULL;
    g_autoptr(HashiyaGitStatus) status = NULL;
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    hashiya_git_get_status_async (fixture->omar_file, TRUE, NULL, keep_result_cb, &async_result);
    hashiya_test_wait_for (hashiya_test_pointer_set, &async_result,
                           (guint) MAX (1, (deadline - g_get_monotonic_time ()) / G_USEC_PER_SEC));
    g_assert_nonnull (async_result);
    status = hashiya_git_get_status_finish (async_result, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (status->ahead, ==, 1);
    g_assert_cmpuint (status->behind, ==, 1);
  }
  /* Sync on a worker thread: the pull leaves doc.hashiya's conflicts,
   * and the push waits for them. */
  {
    g_autoptr(GAsyncResult) async_result = NULL;
    g_autoptr(HashiyaGitSyncResult) result = NULL;
    gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    g_autoptr(GString) steps = g_string_new (NULL);

    hashiya_git_sync_async (fixture->omar_file, NULL, record_step_cb, steps, NULL, keep_result_cb, &async_result);
    hashiya_test_wait_for (hashiya_test_pointer_set, &async_result,
                           (guint) MAX (1, (deadline - g_get_monotonic_time ()) / G_USEC_PER_SEC));
    g_assert_nonnull (async_result);
    result = hashiya_git_sync_finish (async_result, &error);
    g_assert_no_error (error);
    /* Told in this thread: commit and pull, no push. */
    g_assert_cmpstr (steps->str, ==, "cu");
    g_assert_null (result->committed);
    g_assert_cmpstr (result->conflicts[0], ==, "doc.hashiya");
    g_assert_cmpstr (result->conflicts[1], ==, NULL);
    g_assert_false (result->pushed);
  }
  {
    g_autoptr(HashiyaGitStatus) status = hashiya_git_get_status (fixture->omar_file, FALSE, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (status->conflicts[0], ==, "doc.hashiya");
  }
}

/* The remote moved on: git's words, and nothing lost. */
static void
test_push_rejected (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *log = NULL;
  g_autofree char *path = g_build_filename (fixture->omar, "doc.hashiya", NULL);

  annotate_both (fixture);
  g_free (hashiya_git_commit (fixture->layla_file, "Layla's work", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hashiya_git_push (fixture->layla_file, NULL, &error));
  g_assert_no_error (error);
  g_free (hashiya_git_commit (fixture->omar_file, "Omar's work", NULL, &error));
  g_assert_no_error (error);
  before = hashiya_test_read_file (path, NULL);

  g_assert_false (hashiya_git_push (fixture->omar_file, NULL, &error));
  g_assert_error (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "git push: To "));
  g_assert_nonnull (strstr (error->message, "! [rejected]        main -> main (fetch first)"));
  g_assert_nonnull (strstr (error->message, "error: failed to push some refs to "));

  after = hashiya_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
  log = git (fixture->omar, "log", "-1", "--format=%s", NULL);
  g_assert_cmpstr (log, ==, "Omar's work\n");
}

/* A sync cancelled (the window closed) stops with "cancelled", and
 * what was saved stays as it was, to sync next time. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) async_result = NULL;
  g_autoptr(HashiyaGitSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->omar, "doc.hashiya", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *log = NULL;
  g_autofree char *changes = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  annotate_both (fixture);
  before = hashiya_test_read_file (path, NULL);
  g_cancellable_cancel (cancellable);
  hashiya_git_sync_async (fixture->omar_file, NULL, NULL, NULL, cancellable, keep_result_cb, &async_result);
  hashiya_test_wait_for (hashiya_test_pointer_set, &async_result,
                         (guint) MAX (1, (deadline - g_get_monotonic_time ()) / G_USEC_PER_SEC));
  g_assert_nonnull (async_result);
  result = hashiya_git_sync_finish (async_result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (result);

  after = hashiya_test_read_file (path, NULL);
  g_assert_cmpstr (after, ==, before);
  log = git (fixture->omar, "log", "--format=%s", NULL);
  g_assert_cmpstr (log, ==, "The gold article, twice\n");
  changes = git (fixture->omar, "status", "--porcelain", NULL);
  g_assert_nonnull (strstr (changes, " M doc.hashiya\n"));
}

/* hashiya-cli corpus init --git: a new folder becomes a git repository
 * whose .hashiya files git merges with the driver; a corpus in a clone
 * uses the clone's repository; without git, nothing is written. */
static void
test_corpus_init (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *news = g_build_filename (fixture->dir, "news", NULL);
  g_autofree char *attributes_path = g_build_filename (news, ".gitattributes", NULL);
  g_autofree char *omar_attributes_path = g_build_filename (fixture->omar, ".gitattributes", NULL);
  g_autofree char *nowhere = g_build_filename (fixture->dir, "nowhere", NULL);

  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "corpus", "init", "news", "--git");
    g_autofree char *attributes = hashiya_test_read_file (attributes_path, NULL);
    g_autofree char *driver = git (news, "config", "merge.hashiya.driver", NULL);
    g_autofree char *top = git (news, "rev-parse", "--show-toplevel", NULL);
    g_autofree char *expected_top = g_strdup_printf ("%s\n", news);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (r.out, "news: corpus “news”, "));
    g_assert_nonnull (strstr (r.out, "\nnews: a new git repository\n"
                                     "news: git now merges .hashiya files with “hashiya-cli merge-driver” "
                                     "(.gitattributes: “*.hashiya merge=hashiya”; git config merge.hashiya.driver)\n"));
    g_assert_cmpstr (attributes, ==, "*.hashiya merge=hashiya\n");
    g_assert_cmpstr (driver, ==, "hashiya-cli merge-driver %O %A %B --path %P\n");
    g_assert_cmpstr (top, ==, expected_top);
  }
  /* In a clone: its repository, its .gitattributes at the top. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "corpus", "init", "omar/corpus", "--git");
    g_autofree char *attributes = hashiya_test_read_file (omar_attributes_path, NULL);
    g_autofree char *inner = g_build_filename (fixture->omar, "corpus", ".git", NULL);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
    g_assert_null (strstr (r.out, "a new git repository"));
    g_assert_cmpstr (attributes, ==, "*.hashiya merge=hashiya\n");
    g_assert_false (g_file_test (inner, G_FILE_TEST_EXISTS));
  }
  /* git missing: said before anything is written. */
  {
    const char *env[] = { "PATH=/nonexistent", NULL };
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_full (fixture->dir, env, FALSE,
                                                          (const char * const[]) { "corpus", "init", "nowhere", "--git",
                                                                                   NULL });

    g_assert_cmpstr (r.err, ==, "hashiya-cli: The git program is not installed (it is not in PATH): install git to "
                                "share annotations through it\n");
    g_assert_cmpstr (r.out, ==, "");
    g_assert_cmpint (r.status, ==, 1);
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }
}

/* Cancelled while git runs (a pull that hangs on the network): the git
 * process is stopped, and the sync says it was cancelled. A stand-in
 * for git answers that the folder is a work tree, then waits. */
static void
test_cancelled_midway (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *bin = g_build_filename (fixture->dir, "bin", NULL);
  g_autofree char *script = g_build_filename (bin, "git", NULL);
  g_autofree char *pid_file = g_build_filename (fixture->dir, "git.pid", NULL);
  g_autofree char *contents = g_strdup_printf ("#!/bin/sh\n"
                                               "if [ \"$1\" = rev-parse ]; then echo true; exit 0; fi\n"
                                               "echo $$ > '%s'\n"
                                               "exec sleep 120\n", pid_file);
  g_autofree char *saved_path = g_strdup (g_getenv ("PATH"));
  g_autofree char *path = g_strdup_printf ("%s:%s", bin, saved_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) async_result = NULL;
  g_autoptr(HashiyaGitSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pid_text = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  GPid pid;

  g_assert_cmpint (g_mkdir (bin, 0755), ==, 0);
  g_assert_true (g_file_set_contents (script, contents, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);
  g_setenv ("PATH", path, TRUE);
  hashiya_git_sync_async (fixture->omar_file, "Omar's work", NULL, NULL, cancellable, keep_result_cb, &async_result);
  while (!g_file_get_contents (pid_file, &pid_text, NULL, NULL) || strchr (pid_text, '\n') == NULL)
    {
      g_clear_pointer (&pid_text, g_free);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  pid = (GPid) g_ascii_strtoll (pid_text, NULL, 10);
  g_assert_cmpint (kill (pid, 0), ==, 0);
  g_cancellable_cancel (cancellable);
  hashiya_test_wait_for (hashiya_test_pointer_set, &async_result,
                         (guint) MAX (1, (deadline - g_get_monotonic_time ()) / G_USEC_PER_SEC));
  g_setenv ("PATH", saved_path, TRUE);
  g_assert_nonnull (async_result);
  result = hashiya_git_sync_finish (async_result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* The stand-in was stopped, not left waiting. */
  while (kill (pid, 0) == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (10000);
    }
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *plain = g_build_filename (fixture->dir, "plain", NULL);
  g_autofree char *not_work_tree = g_strdup_printf ("hashiya-cli: %s is not in a git work tree (git says: fatal: not a "
                                                    "git repository (or any of the parent directories): .git)\n", plain);
  g_autofree char *no_folder = g_strdup_printf ("hashiya-cli: %s/nowhere: there is no such folder\n", fixture->dir);

  g_assert_cmpint (g_mkdir (plain, 0755), ==, 0);
  /* Not a work tree. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "sync", "plain");

    g_assert_cmpstr (r.err, ==, not_work_tree);
    g_assert_cmpint (r.status, ==, 1);
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "git-setup", "plain");
    g_autofree char *attributes = g_build_filename (plain, ".gitattributes", NULL);

    g_assert_cmpstr (r.err, ==, not_work_tree);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_false (g_file_test (attributes, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "sync", "nowhere");

    g_assert_cmpstr (r.err, ==, no_folder);
    g_assert_cmpint (r.status, ==, 1);
  }
  /* git missing: a PATH without it. */
  {
    const char *env[] = { "PATH=/nonexistent", NULL };
    g_auto(HashiyaTestRun) r = hashiya_test_run_cli_full (fixture->dir, env, FALSE,
                                                          (const char * const[]) { "sync", "omar", NULL });

    g_assert_cmpstr (r.err, ==, "hashiya-cli: The git program is not installed (it is not in PATH): install git to "
                                "share annotations through it\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  /* git-setup twice writes the attributes line once. */
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "git-setup", "omar");
    g_autofree char *path = g_build_filename (fixture->omar, ".gitattributes", NULL);
    g_autofree char *attributes = hashiya_test_read_file (path, NULL);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpstr (attributes, ==, "*.hashiya merge=hashiya\n");
  }
  /* Nothing to commit is no error. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *message = hashiya_git_commit (fixture->omar_file, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_null (message);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *cli_dir = g_path_get_dirname (g_getenv ("HASHIYA_CLI"));
  g_autofree char *path = g_strdup_printf ("%s:%s", cli_dir, g_getenv ("PATH"));
  g_autofree char *home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  /* git runs the merge driver by name; no configuration of the machine's
   * user counts; git speaks English (C.UTF-8: hashiya-cli's own words
   * keep their letters); the committer is a test's. */
  home = hashiya_test_make_tmpdir ();
  g_setenv ("PATH", path, TRUE);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  g_setenv ("GIT_CEILING_DIRECTORIES", g_get_tmp_dir (), TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("GIT_AUTHOR_NAME", "Test", TRUE);
  g_setenv ("GIT_AUTHOR_EMAIL", "test@example.org", TRUE);
  g_setenv ("GIT_COMMITTER_NAME", "Test", TRUE);
  g_setenv ("GIT_COMMITTER_EMAIL", "test@example.org", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/git/two-annotators", test_two_annotators);
  ADD ("/git/status", test_status);
  ADD ("/git/push-rejected", test_push_rejected);
  ADD ("/git/errors", test_errors);
  ADD ("/git/cancelled", test_cancelled);
  ADD ("/git/cancelled-midway", test_cancelled_midway);
  ADD ("/git/corpus-init", test_corpus_init);
#undef ADD

  status = g_test_run ();
  hashiya_test_remove_tree (home);
  return status;
}
