/* hashiya-git.h — a work tree shared through git: the merge driver's
 * setup, its status, and sync (commit, pull, push) through the git program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define HASHIYA_GIT_ERROR (hashiya_git_error_quark ())

/**
 * HashiyaGitError:
 * @HASHIYA_GIT_ERROR_NOT_INSTALLED: the git program is not in PATH
 * @HASHIYA_GIT_ERROR_NOT_WORK_TREE: the folder is not in a git work tree
 * @HASHIYA_GIT_ERROR_FAILED: git failed; the message is git's own text
 */
typedef enum
{
  HASHIYA_GIT_ERROR_NOT_INSTALLED,
  HASHIYA_GIT_ERROR_NOT_WORK_TREE,
  HASHIYA_GIT_ERROR_FAILED,
} HashiyaGitError;

GQuark hashiya_git_error_quark (void);

/**
 * HashiyaGitStatus:
 * @branch: the branch checked out, %NULL when none is (a detached head)
 * @upstream: (nullable): the branch it follows, such as "origin/main"
 * @has_changes: whether something is there to commit
 * @ahead: commits to push
 * @behind: commits to pull (as of the last fetch)
 * @conflicts: the files git has not merged yet, relative to the work tree
 */
typedef struct
{
  char     *branch;
  char     *upstream;
  gboolean  has_changes;
  guint     ahead;
  guint     behind;
  GStrv     conflicts;
} HashiyaGitStatus;

void hashiya_git_status_free (HashiyaGitStatus *status);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaGitStatus, hashiya_git_status_free)

/**
 * HashiyaGitSyncResult:
 * @committed: (nullable): the message of the commit made, %NULL when
 *   there was nothing to commit
 * @conflicts: the files the pull left with conflicts (each .hashiya holds
 *   its own, to settle in the window); empty when the pull merged all
 * @pushed: whether the push was done (not after conflicts)
 */
typedef struct
{
  char     *committed;
  GStrv     conflicts;
  gboolean  pushed;
} HashiyaGitSyncResult;

void hashiya_git_sync_result_free (HashiyaGitSyncResult *result);

/**
 * HashiyaGitStep:
 * @HASHIYA_GIT_STEP_COMMIT: committing what is saved
 * @HASHIYA_GIT_STEP_PULL: pulling (and merging)
 * @HASHIYA_GIT_STEP_PUSH: pushing
 *
 * The step of a sync that begins, for a window to say how far it is.
 */
typedef enum
{
  HASHIYA_GIT_STEP_COMMIT,
  HASHIYA_GIT_STEP_PULL,
  HASHIYA_GIT_STEP_PUSH,
} HashiyaGitStep;

/**
 * HashiyaGitProgressFunc:
 * @step: the step that begins
 * @user_data: the data given with the function
 *
 * Called as each step of a sync begins: on the calling thread for
 * hashiya_git_sync(), in the thread-default main context of the caller
 * for hashiya_git_sync_async().
 */
typedef void (*HashiyaGitProgressFunc) (HashiyaGitStep step,
                                        gpointer       user_data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaGitSyncResult, hashiya_git_sync_result_free)

gboolean              hashiya_git_setup_merge_driver (GFile                *worktree,
                                                      GError              **error);
gboolean              hashiya_git_check_installed    (GError              **error);
gboolean              hashiya_git_init               (GFile                *folder,
                                                      gboolean             *created,
                                                      GError              **error);

HashiyaGitStatus     *hashiya_git_get_status         (GFile                *worktree,
                                                      gboolean              fetch,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
char                 *hashiya_git_summarize_changes  (GFile                *worktree,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
char                 *hashiya_git_commit             (GFile                *worktree,
                                                      const char           *message,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
GStrv                 hashiya_git_pull               (GFile                *worktree,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
gboolean              hashiya_git_push               (GFile                *worktree,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
HashiyaGitSyncResult *hashiya_git_sync               (GFile                *worktree,
                                                      const char           *message,
                                                      HashiyaGitProgressFunc progress,
                                                      gpointer              progress_data,
                                                      GCancellable         *cancellable,
                                                      GError              **error);

/* The same on a worker thread, for the window. */
void                  hashiya_git_get_status_async   (GFile                *worktree,
                                                      gboolean              fetch,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
HashiyaGitStatus     *hashiya_git_get_status_finish  (GAsyncResult         *result,
                                                      GError              **error);
void                  hashiya_git_sync_async         (GFile                *worktree,
                                                      const char           *message,
                                                      HashiyaGitProgressFunc progress,
                                                      gpointer              progress_data,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
HashiyaGitSyncResult *hashiya_git_sync_finish        (GAsyncResult         *result,
                                                      GError              **error);

G_END_DECLS
