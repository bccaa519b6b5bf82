/* hashiya-test-cli.c — running hashiya-cli as a user does, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "hashiya-test-cli.h"

void
hashiya_test_run_clear (HashiyaTestRun *run)
{
  g_free (run->out);
  g_free (run->err);
}

static void
drop_privileges (gpointer user_data)
{
  if (setgid (HASHIYA_TEST_NOBODY) != 0 || setuid (HASHIYA_TEST_NOBODY) != 0)
    _exit (126);
}

/* $HASHIYA_CLI and @args, as a %NULL-terminated array. */
static GPtrArray *
cli_argv (const char * const *args)
{
  GPtrArray *argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) g_getenv ("HASHIYA_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  return argv;
}

/**
 * hashiya_test_run_cli_full:
 * @cwd: (nullable): the folder to run in; the test's when %NULL
 * @env: (nullable): "NAME=VALUE" to set, "NAME" to unset, in the test's
 *   environment
 * @as_nobody: run as an unprivileged user when the test runs as root
 * @args: the arguments after $HASHIYA_CLI
 */
HashiyaTestRun
hashiya_test_run_cli_full (const char         *cwd,
                           const char * const *env,
                           gboolean            as_nobody,
                           const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = cli_argv (args);
  g_autoptr(GError) error = NULL;
  HashiyaTestRun run = { 0 };

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      if (pair[1] != NULL)
        g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
      else
        g_subprocess_launcher_unsetenv (launcher, pair[0]);
    }
  if (as_nobody && geteuid () == 0)
    {
      /* A cache folder of its own, as another user has. */
      g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "nobody", NULL);

      g_mkdir_with_parents (cache, 0777);
      g_chmod (cache, 0777);
      g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache, TRUE);
      g_subprocess_launcher_set_child_setup (launcher, drop_privileges, NULL, NULL);
    }
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run.out, &run.err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run.status = g_subprocess_get_exit_status (process);
  g_assert_cmpint (run.status, !=, 126);

  return run;
}

/* The bad input exits 1, says what is wrong and writes nothing. */
void
hashiya_test_assert_refused (HashiyaTestRun *run,
                             const char     *message,
                             const char     *output)
{
  g_autofree char *expected = g_strdup_printf ("hashiya-cli: %s\n", message);

  g_assert_cmpstr (run->err, ==, expected);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  if (output != NULL)
    g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

/**
 * hashiya_test_spawn_cli:
 *
 * Starts $HASHIYA_CLI with @args and returns at once; its output is
 * thrown away.
 */
GSubprocess *
hashiya_test_spawn_cli (const char * const *args)
{
  g_autoptr(GPtrArray) argv = cli_argv (args);
  g_autoptr(GError) error = NULL;
  GSubprocess *process = g_subprocess_newv ((const char * const *) argv->pdata,
                                            G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                            &error);

  g_assert_no_error (error);
  return process;
}
