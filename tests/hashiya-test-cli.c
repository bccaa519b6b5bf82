/* hashiya-test-cli.c — running hashiya-cli as a user runs it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "hashiya-test-cli.h"

void
hashiya_cli_result_clear (HashiyaCliResult *result)
{
  g_free (result->out);
  g_free (result->err);
}

static void
drop_privileges (gpointer user_data)
{
  if (setgid (HASHIYA_TEST_NOBODY) != 0 || setuid (HASHIYA_TEST_NOBODY) != 0)
    _exit (126);
}

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
 * hashiya_test_run_cli:
 * @as_nobody: run as the unprivileged user (when the tests run as root)
 *
 * Runs $HASHIYA_CLI with @args to its end.
 *
 * Returns: its exit status and what it wrote on each stream
 */
HashiyaCliResult
hashiya_test_run_cli (gboolean            as_nobody,
                      const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = cli_argv (args);
  g_autoptr(GError) error = NULL;
  HashiyaCliResult result = { 0 };

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
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
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result.out, &result.err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result.status = g_subprocess_get_exit_status (process);
  g_assert_cmpint (result.status, !=, 126);
  return result;
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
