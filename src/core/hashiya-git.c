/* hashiya-git.c — a work tree shared through git: the merge driver's
 * setup, its status, and sync (commit, pull, push) through the git program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-git"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-document-load.h"
#include "hashiya-format.h"
#include "hashiya-git.h"
#include "hashiya-merge.h"

/* Everything goes through the git program, as a person would run it in
 * the folder: git's own configuration, remotes and credentials, and its
 * own words when it fails. It never asks on a terminal (there is none):
 * a remote that wants a password fails with git's message. Each call
 * blocks; the _async ones run it on a worker thread. */

G_DEFINE_QUARK (hashiya-git-error-quark, hashiya_git_error)

/* The line git writes in .gitattributes, and the driver it runs. */
#define ATTRIBUTES_LINE "*.hashiya merge=hashiya"
#define DRIVER_COMMAND "hashiya-cli merge-driver %O %A %B --path %P"

void
hashiya_git_status_free (HashiyaGitStatus *status)
{
  if (status == NULL)
    return;
  g_free (status->branch);
  g_free (status->upstream);
  g_strfreev (status->conflicts);
  g_free (status);
}

void
hashiya_git_sync_result_free (HashiyaGitSyncResult *result)
{
  if (result == NULL)
    return;
  g_free (result->committed);
  g_strfreev (result->conflicts);
  g_free (result);
}

/* What a run of git gave. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
set_not_installed (GError **error)
{
  g_set_error_literal (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_NOT_INSTALLED,
                       _("The git program is not installed (it is not in PATH): install git to share "
                         "annotations through it"));
}

/**
 * hashiya_git_check_installed:
 *
 * Returns: whether the git program is there to run, for a caller to
 *   refuse before it writes anything
 */
gboolean
hashiya_git_check_installed (GError **error)
{
  g_autofree char *path = g_find_program_in_path ("git");

  if (path != NULL)
    return TRUE;
  set_not_installed (error);
  return FALSE;
}

/* Runs git with @args in @dir. Fails only when git cannot be run at all;
 * its exit status and output are the caller's to read. */
static gboolean
git_run (GFile               *dir,
         GCancellable        *cancellable,
         Run                 *run,
         GError             **error,
         const char * const  *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = g_file_get_path (dir);

  /* A Run may be used for several commands: only the last one's words. */
  run_clear (run);
  g_ptr_array_add (argv, (gpointer) "git");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Standard input is /dev/null: git has nothing to read there. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, path);
  g_subprocess_launcher_setenv (launcher, "GIT_TERMINAL_PROMPT", "0", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_MERGE_AUTOEDIT", "no", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &local_error);
  if (process == NULL)
    {
      if (g_error_matches (local_error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT))
        set_not_installed (error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!g_subprocess_communicate_utf8 (process, NULL, cancellable, &run->out, &run->err, &local_error))
    {
      /* Cancelled: git stops too, as after Ctrl+C in a terminal. */
      g_subprocess_force_exit (process);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  return TRUE;
}

#define GIT(dir, cancellable, run, error, ...) \
  git_run ((dir), (cancellable), (run), (error), (const char * const[]) { __VA_ARGS__, NULL })

/* git's words on standard error, without the trailing line break; its
 * standard output when it said nothing there. */
static char *
git_words (Run *run)
{
  const char *words = run->err != NULL && run->err[0] != '\0' ? run->err : run->out;

  return g_strchomp (g_strdup (words != NULL ? words : ""));
}

/* A failed run as an error: "git push: ! [rejected] …". */
static gboolean
git_failed (Run         *run,
            const char  *what,
            GError     **error)
{
  g_autofree char *words = git_words (run);

  g_set_error (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_FAILED, "git %s: %s", what, words);
  return FALSE;
}

/* Runs git and fails with its words when it fails. */
static gboolean
git_check (GFile               *dir,
           GCancellable        *cancellable,
           Run                 *run,
           GError             **error,
           const char * const  *args)
{
  if (!git_run (dir, cancellable, run, error, args))
    return FALSE;
  if (run->status != 0)
    return git_failed (run, args[0], error);
  return TRUE;
}

#define GIT_CHECK(dir, cancellable, run, error, ...) \
  git_check ((dir), (cancellable), (run), (error), (const char * const[]) { __VA_ARGS__, NULL })

/* That @dir is a folder in a git work tree. */
static gboolean
check_work_tree (GFile         *dir,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_auto(Run) run = { 0 };
  g_autofree char *name = g_file_get_parse_name (dir);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, cancellable) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_NOT_WORK_TREE, _("%s: there is no such folder"), name);
      return FALSE;
    }
  if (!GIT (dir, cancellable, &run, error, "rev-parse", "--is-inside-work-tree"))
    return FALSE;
  if (run.status != 0 || g_strcmp0 (g_strstrip (run.out), "true") != 0)
    {
      g_autofree char *words = git_words (&run);

      g_set_error (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_NOT_WORK_TREE,
                   _("%s is not in a git work tree (git says: %s)"), name,
                   words[0] != '\0' ? words : _("not inside a work tree"));
      return FALSE;
    }
  return TRUE;
}

/* NUL-separated paths, as git's -z prints them. */
static GStrv
split_paths (const char *out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (const char *p = out; p != NULL && *p != '\0'; p += strlen (p) + 1)
    g_strv_builder_add (builder, p);
  return g_strv_builder_end (builder);
}

/**
 * hashiya_git_setup_merge_driver:
 * @worktree: a folder in a git work tree
 *
 * Makes git merge .hashiya files with hashiya-cli merge-driver in this
 * work tree: adds "*.hashiya merge=hashiya" to the .gitattributes at its
 * top (once), and sets merge.hashiya.driver (and .name) in its
 * configuration. What was there already is kept.
 */
gboolean
hashiya_git_setup_merge_driver (GFile   *worktree,
                                GError **error)
{
  g_auto(Run) top = { 0 };
  g_auto(Run) run = { 0 };
  g_autofree char *attributes_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean present = FALSE;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (worktree), FALSE);

  if (!check_work_tree (worktree, NULL, error) ||
      !GIT_CHECK (worktree, NULL, &top, error, "rev-parse", "--show-toplevel"))
    return FALSE;
  attributes_path = g_build_filename (g_strchomp (top.out), ".gitattributes", NULL);
  if (!g_file_get_contents (attributes_path, &contents, &length, &local_error) &&
      !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  lines = g_strsplit (contents != NULL ? contents : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL && !present; i++)
    present = strcmp (g_strstrip (lines[i]), ATTRIBUTES_LINE) == 0;
  if (!present)
    {
      g_autofree char *updated = g_strdup_printf ("%s%s%s\n", contents != NULL ? contents : "",
                                                  length > 0 && contents[length - 1] != '\n' ? "\n" : "",
                                                  ATTRIBUTES_LINE);

      if (!g_file_set_contents (attributes_path, updated, -1, error))
        return FALSE;
    }
  return GIT_CHECK (worktree, NULL, &run, error, "config", "merge.hashiya.name", "Hashiya annotations") &&
         GIT_CHECK (worktree, NULL, &run, error, "config", "merge.hashiya.driver", DRIVER_COMMAND);
}

/**
 * hashiya_git_init:
 * @folder: a folder
 * @created: (out) (optional): whether a repository was made
 *
 * Makes @folder a git work tree (git init) unless it is in one already.
 */
gboolean
hashiya_git_init (GFile     *folder,
                  gboolean  *created,
                  GError   **error)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (created != NULL)
    *created = FALSE;
  if (check_work_tree (folder, NULL, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_NOT_WORK_TREE) ||
      g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!GIT_CHECK (folder, NULL, &run, error, "init", "--quiet"))
    return FALSE;
  if (created != NULL)
    *created = TRUE;
  return TRUE;
}

static GStrv
unmerged_paths (GFile         *worktree,
                GCancellable  *cancellable,
                GError       **error)
{
  g_auto(Run) run = { 0 };

  if (!GIT_CHECK (worktree, cancellable, &run, error, "diff", "--name-only", "--diff-filter=U", "--relative", "-z"))
    return NULL;
  return split_paths (run.out);
}

/**
 * hashiya_git_get_status:
 * @worktree: a folder in a git work tree
 * @fetch: whether to fetch from the remote first, for @behind to be new
 *
 * Returns: (transfer full): the branch, whether there is something to
 *   commit, what there is to push and pull, and the files still unmerged
 */
HashiyaGitStatus *
hashiya_git_get_status (GFile         *worktree,
                        gboolean       fetch,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(HashiyaGitStatus) status = g_new0 (HashiyaGitStatus, 1);
  g_auto(Run) branch = { 0 };
  g_auto(Run) upstream = { 0 };
  g_auto(Run) changes = { 0 };

  g_return_val_if_fail (G_IS_FILE (worktree), NULL);

  if (!check_work_tree (worktree, cancellable, error) ||
      !GIT (worktree, cancellable, &branch, error, "symbolic-ref", "--short", "-q", "HEAD") ||
      !GIT (worktree, cancellable, &upstream, error, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}") ||
      !GIT_CHECK (worktree, cancellable, &changes, error, "status", "--porcelain", "-z", "--", "."))
    return NULL;
  if (branch.status == 0)
    status->branch = g_strdup (g_strstrip (branch.out));
  if (upstream.status == 0)
    status->upstream = g_strdup (g_strstrip (upstream.out));
  status->has_changes = changes.out[0] != '\0';

  if (status->upstream != NULL)
    {
      g_auto(Run) fetched = { 0 };
      g_auto(Run) counts = { 0 };
      g_auto(GStrv) numbers = NULL;

      if (fetch && !GIT_CHECK (worktree, cancellable, &fetched, error, "fetch", "--quiet"))
        return NULL;
      if (!GIT_CHECK (worktree, cancellable, &counts, error, "rev-list", "--left-right", "--count", "HEAD...@{upstream}"))
        return NULL;
      numbers = g_strsplit_set (g_strstrip (counts.out), " \t", -1);
      if (g_strv_length (numbers) == 2)
        {
          status->ahead = (guint) g_ascii_strtoull (numbers[0], NULL, 10);
          status->behind = (guint) g_ascii_strtoull (numbers[1], NULL, 10);
        }
    }
  if ((status->conflicts = unmerged_paths (worktree, cancellable, error)) == NULL)
    return NULL;
  return g_steal_pointer (&status);
}

static gboolean
has_head (GFile        *worktree,
          GCancellable *cancellable)
{
  g_auto(Run) run = { 0 };

  return GIT (worktree, cancellable, &run, NULL, "rev-parse", "-q", "--verify", "HEAD") && run.status == 0;
}

/* A .hashiya as the last commit had it; %NULL when it had none (or one
 * that does not load: then it is counted as new). */
static HashiyaDocument *
read_committed (GFile        *worktree,
                const char   *path,
                GCancellable *cancellable)
{
  g_autofree char *spec = g_strdup_printf ("HEAD:./%s", path);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autofree char *dir = g_file_get_path (worktree);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  process = g_subprocess_launcher_spawn (launcher, NULL, "git", "show", spec, NULL);
  if (process == NULL || !g_subprocess_communicate (process, NULL, cancellable, &out, NULL, NULL) ||
      !g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    return NULL;
  return hashiya_format_read (out, path, NULL);
}

static void
append_count (GString    *out,
              const char *what,
              guint       added,
              guint       removed,
              guint       changed)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (added > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("%u added"), added));
  if (removed > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("%u removed"), removed));
  if (changed > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("%u changed"), changed));
  if (parts->len == 0)
    return;
  g_ptr_array_add (parts, NULL);
  if (out->len > 0)
    g_string_append (out, "; ");
  g_string_append_printf (out, "%s: ", what);
  {
    g_autofree char *joined = g_strjoinv (", ", (char **) parts->pdata);

    g_string_append (out, joined);
  }
}

/* "mentions: 3 added, 1 changed; relations: 1 added", or "" */
static char *
describe_changes (const HashiyaChanges *changes)
{
  GString *out = g_string_new (NULL);

  append_count (out, _("mentions"), changes->mentions.added, changes->mentions.removed, changes->mentions.changed);
  append_count (out, _("relations"), changes->relations.added, changes->relations.removed, changes->relations.changed);
  append_count (out, _("actors"), changes->actors.added, changes->actors.removed, changes->actors.changed);
  return g_string_free (out, FALSE);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * hashiya_git_summarize_changes:
 * @worktree: a folder in a git work tree
 *
 * What the work tree changed since the last commit, for a commit
 * message: a first line with the mentions, relations and actors added,
 * removed and changed in its .hashiya files, then a line for each of
 * them: "doc.hashiya: mentions: 3 added, 1 changed".
 *
 * Returns: (transfer full): the summary; empty when nothing changed
 */
char *
hashiya_git_summarize_changes (GFile         *worktree,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_auto(Run) tracked = { 0 };
  g_auto(Run) untracked = { 0 };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *total = NULL;
  HashiyaChanges all = { { 0 } };
  guint n_documents = 0;
  gboolean head;

  g_return_val_if_fail (G_IS_FILE (worktree), NULL);

  if (!check_work_tree (worktree, cancellable, error))
    return NULL;
  head = has_head (worktree, cancellable);
  if ((head && !GIT_CHECK (worktree, cancellable, &tracked, error, "diff", "HEAD", "--name-only", "--relative", "-z")) ||
      !GIT_CHECK (worktree, cancellable, &untracked, error, "ls-files", "--others", "--exclude-standard", "-z"))
    return NULL;
  {
    g_auto(GStrv) a = split_paths (tracked.out);
    g_auto(GStrv) b = split_paths (untracked.out);

    for (guint i = 0; a[i] != NULL; i++)
      g_ptr_array_add (paths, g_strdup (a[i]));
    for (guint i = 0; b[i] != NULL; i++)
      g_ptr_array_add (paths, g_strdup (b[i]));
  }
  if (paths->len == 0)
    return g_strdup ("");
  g_ptr_array_sort (paths, compare_paths);

  dir = g_file_get_path (worktree);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *full = g_build_filename (dir, path, NULL);
      g_autoptr(HashiyaDocument) before = NULL;
      g_autoptr(HashiyaDocument) after = NULL;
      g_autofree char *described = NULL;
      HashiyaChanges changes = { { 0 } };

      if (!g_str_has_suffix (path, ".hashiya"))
        continue;
      n_documents++;
      before = head ? read_committed (worktree, path, cancellable) : NULL;
      after = hashiya_document_load_file (full, NULL);
      if (after == NULL)
        {
          g_string_append_printf (body, "\n%s: %s", path, before != NULL ? _("removed") : _("changed"));
          continue;
        }
      hashiya_merge_count_changes (before, after, &changes);
      described = describe_changes (&changes);
      g_string_append_printf (body, "\n%s: %s", path, described[0] != '\0' ? described : _("changed"));
      for (guint k = 0; k < 3; k++)
        {
          HashiyaChangeCount *from = k == 0 ? &changes.mentions : k == 1 ? &changes.relations : &changes.actors;
          HashiyaChangeCount *to = k == 0 ? &all.mentions : k == 1 ? &all.relations : &all.actors;

          to->added += from->added;
          to->removed += from->removed;
          to->changed += from->changed;
        }
    }

  total = describe_changes (&all);
  if (n_documents == 0)
    return g_strdup_printf (ngettext ("%u file changed", "%u files changed", paths->len),
                            paths->len);
  if (n_documents == 1)
    return g_strdup (body->str + 1);
  return g_strdup_printf (ngettext ("%u document: %s%s", "%u documents: %s%s", n_documents),
                          n_documents, total[0] != '\0' ? total : _("changed"), body->str);
}

/**
 * hashiya_git_commit:
 * @worktree: a folder in a git work tree
 * @message: (nullable): the commit message; %NULL for a summary of what
 *   changed (hashiya_git_summarize_changes())
 *
 * Commits everything saved in @worktree (new, changed and removed files),
 * and concludes a merge that a pull left open. A file other than a
 * .hashiya that git could not merge must be settled first.
 *
 * Returns: (transfer full) (nullable): the message of the commit made;
 *   %NULL without an error when there was nothing to commit
 */
char *
hashiya_git_commit (GFile         *worktree,
                    const char    *message,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *summary = NULL;
  g_auto(GStrv) unmerged = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) staged = { 0 };
  g_auto(Run) merging = { 0 };

  g_return_val_if_fail (G_IS_FILE (worktree), NULL);

  if (!check_work_tree (worktree, cancellable, error) ||
      (unmerged = unmerged_paths (worktree, cancellable, error)) == NULL)
    return NULL;
  for (guint i = 0; unmerged[i] != NULL; i++)
    if (!g_str_has_suffix (unmerged[i], ".hashiya"))
      {
        g_set_error (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_FAILED,
                     _("%s has conflicts that git could not merge: settle them, then sync again"), unmerged[i]);
        return NULL;
      }
  if (message == NULL && (summary = hashiya_git_summarize_changes (worktree, cancellable, error)) == NULL)
    return NULL;
  if (!GIT_CHECK (worktree, cancellable, &run, error, "add", "-A", "--", ".") ||
      !GIT (worktree, cancellable, &staged, error, "diff", "--cached", "--quiet") ||
      !GIT (worktree, cancellable, &merging, error, "rev-parse", "-q", "--verify", "MERGE_HEAD"))
    return NULL;
  /* diff --quiet: 0 when nothing is staged (1 with changes); a merge
   * left open is committed even when it changed nothing here. */
  if (staged.status == 0 && merging.status != 0 && has_head (worktree, cancellable))
    return NULL;
  if (message == NULL && summary[0] == '\0')
    summary = (g_free (summary), g_strdup (_("Merge the annotations")));
  if (!GIT_CHECK (worktree, cancellable, &run, error, "commit", "-q", "-m", message != NULL ? message : summary))
    return NULL;
  return g_strdup (message != NULL ? message : summary);
}

/**
 * hashiya_git_pull:
 * @worktree: a folder in a git work tree
 *
 * Pulls from the upstream branch with a merge (the merge driver merges
 * .hashiya files). When files are left with conflicts, the merge stays
 * open for them to be settled, and they are returned: git's own
 * conflict is no error.
 *
 * Returns: (transfer full): the files with conflicts, empty when the
 *   pull merged all; %NULL with @error on a failure (git's words)
 */
GStrv
hashiya_git_pull (GFile         *worktree,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) conflicts = NULL;

  g_return_val_if_fail (G_IS_FILE (worktree), NULL);

  if (!check_work_tree (worktree, cancellable, error) ||
      !GIT (worktree, cancellable, &run, error, "pull", "--no-rebase", "--no-edit", "--quiet"))
    return NULL;
  if ((conflicts = unmerged_paths (worktree, cancellable, error)) == NULL)
    return NULL;
  if (run.status != 0 && conflicts[0] == NULL)
    {
      git_failed (&run, "pull", error);
      return NULL;
    }
  return g_steal_pointer (&conflicts);
}

/**
 * hashiya_git_push:
 * @worktree: a folder in a git work tree
 *
 * Pushes to the upstream branch. A push the remote refuses (it moved
 * on, or wants a password) fails with git's words; nothing is lost.
 */
gboolean
hashiya_git_push (GFile         *worktree,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_auto(Run) run = { 0 };

  g_return_val_if_fail (G_IS_FILE (worktree), FALSE);

  return check_work_tree (worktree, cancellable, error) &&
         GIT_CHECK (worktree, cancellable, &run, error, "push", "--quiet");
}

/**
 * hashiya_git_sync:
 * @worktree: a folder in a git work tree
 * @message: (nullable): the commit message; %NULL for a summary
 * @progress: (nullable) (scope call): called as each step begins
 * @progress_data: data for @progress
 *
 * Commits what is saved, pulls, and pushes when the pull left no
 * conflicts. Stops at the first failure, with git's words: what was
 * done before it stays done (a commit stays, to push next time).
 * Cancelled, it stops git where it is, as a Ctrl+C would.
 *
 * Returns: (transfer full): what was done
 */
HashiyaGitSyncResult *
hashiya_git_sync (GFile                  *worktree,
                  const char             *message,
                  HashiyaGitProgressFunc  progress,
                  gpointer                progress_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_autoptr(HashiyaGitSyncResult) result = g_new0 (HashiyaGitSyncResult, 1);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (worktree), NULL);

  if (progress != NULL)
    progress (HASHIYA_GIT_STEP_COMMIT, progress_data);
  result->committed = hashiya_git_commit (worktree, message, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (progress != NULL)
    progress (HASHIYA_GIT_STEP_PULL, progress_data);
  if ((result->conflicts = hashiya_git_pull (worktree, cancellable, error)) == NULL)
    return NULL;
  if (result->conflicts[0] != NULL)
    return g_steal_pointer (&result);
  if (progress != NULL)
    progress (HASHIYA_GIT_STEP_PUSH, progress_data);
  if (!hashiya_git_push (worktree, cancellable, error))
    return NULL;
  result->pushed = TRUE;
  return g_steal_pointer (&result);
}

/* On a worker thread */

typedef struct
{
  GFile                  *worktree;
  char                   *message;
  gboolean                fetch;
  HashiyaGitProgressFunc  progress;
  gpointer                progress_data;
  GMainContext           *context;       /* the caller's, for @progress */
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_object_unref (data->worktree);
  g_free (data->message);
  g_clear_pointer (&data->context, g_main_context_unref);
  g_free (data);
}

/* A step, told in the caller's main context. */
typedef struct
{
  GTask          *task;
  HashiyaGitStep  step;
} StepData;

static gboolean
step_idle_cb (gpointer user_data)
{
  StepData *step = user_data;
  TaskData *data = g_task_get_task_data (step->task);

  /* Never after the callback, which may free the progress's data. */
  if (!g_task_get_completed (step->task))
    data->progress (step->step, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
step_data_free (gpointer user_data)
{
  StepData *step = user_data;

  g_object_unref (step->task);
  g_free (step);
}

static void
thread_progress_cb (HashiyaGitStep step,
                    gpointer       user_data)
{
  GTask *task = user_data;
  TaskData *data = g_task_get_task_data (task);
  StepData *step_data = g_new0 (StepData, 1);

  step_data->task = g_object_ref (task);
  step_data->step = step;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, step_idle_cb, step_data, step_data_free);
}

static void
status_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  HashiyaGitStatus *status = hashiya_git_get_status (data->worktree, data->fetch, cancellable, &error);

  if (status == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, status, (GDestroyNotify) hashiya_git_status_free);
}

static void
sync_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  HashiyaGitSyncResult *result = hashiya_git_sync (data->worktree, data->message,
                                                   data->progress != NULL ? thread_progress_cb : NULL, task,
                                                   cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) hashiya_git_sync_result_free);
}

static void
run_in_thread (GFile                  *worktree,
               const char             *message,
               gboolean                fetch,
               HashiyaGitProgressFunc  progress,
               gpointer                progress_data,
               GTaskThreadFunc         func,
               gpointer                source_tag,
               GCancellable           *cancellable,
               GAsyncReadyCallback     callback,
               gpointer                user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  TaskData *data = g_new0 (TaskData, 1);

  data->worktree = g_object_ref (worktree);
  data->message = g_strdup (message);
  data->fetch = fetch;
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, func);
}

void
hashiya_git_get_status_async (GFile               *worktree,
                              gboolean             fetch,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (G_IS_FILE (worktree));

  run_in_thread (worktree, NULL, fetch, NULL, NULL, status_thread, hashiya_git_get_status_async, cancellable, callback,
                 user_data);
}

/**
 * hashiya_git_get_status_finish:
 *
 * Returns: (transfer full): as hashiya_git_get_status()
 */
HashiyaGitStatus *
hashiya_git_get_status_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hashiya_git_get_status_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * hashiya_git_sync_async:
 * @message: (nullable): the commit message; %NULL for a summary
 * @progress: (nullable): called in the caller's thread-default main
 *   context as each step begins, until @callback runs
 * @progress_data: data for @progress, valid until @callback runs
 *
 * hashiya_git_sync() on a worker thread.
 */
void
hashiya_git_sync_async (GFile                  *worktree,
                        const char             *message,
                        HashiyaGitProgressFunc  progress,
                        gpointer                progress_data,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  g_return_if_fail (G_IS_FILE (worktree));

  run_in_thread (worktree, message, FALSE, progress, progress_data, sync_thread, hashiya_git_sync_async, cancellable,
                 callback, user_data);
}

/**
 * hashiya_git_sync_finish:
 *
 * Returns: (transfer full): as hashiya_git_sync()
 */
HashiyaGitSyncResult *
hashiya_git_sync_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hashiya_git_sync_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
