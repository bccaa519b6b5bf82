/* hashiya-cli-git.c — hashiya-cli git-setup and sync: a team's work shared
 * through git
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-cli-git.h"

/* hashiya-cli git-setup [DIR] */
int
hashiya_cli_git_setup (int    argc,
                       char **argv)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = { { NULL } };
  int status;

  status = hashiya_cli_parse_options ("git-setup", "[DIR]",
                                      N_("Makes git merge the .hashiya files of the work tree DIR (by default the "
                                         "current folder) with “hashiya-cli merge-driver”: a line in its "
                                         ".gitattributes, and the driver in its git configuration."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 2)
    return hashiya_cli_usage_error ("git-setup", _("give at most one folder"));

  dir = g_file_new_for_commandline_arg (argc == 2 ? argv[1] : ".");
  if (!hashiya_git_setup_merge_driver (dir, &error))
    return hashiya_cli_fail (error);
  g_print (_("%s: git now merges .hashiya files with “hashiya-cli merge-driver” (.gitattributes: “*.hashiya "
             "merge=hashiya”; git config merge.hashiya.driver)\n"), argc == 2 ? argv[1] : ".");
  return HASHIYA_CLI_OK;
}

/* hashiya-cli sync DIR [-m MESSAGE] */
int
hashiya_cli_sync (int    argc,
                  char **argv)
{
  g_autofree char *message = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(HashiyaGitSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "message", 'm', 0, G_OPTION_ARG_STRING, &message,
      N_("The commit message; by default a summary of the mentions, relations and actors that changed"), "MESSAGE" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("sync", "DIR",
                                      N_("Shares the work tree DIR through git: commits what is saved there, pulls "
                                         "(the merge driver merges .hashiya files) and pushes. Conflicts are listed, "
                                         "and the push waits until they are settled; the exit status is then 1."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("sync", _("give one folder"));

  dir = g_file_new_for_commandline_arg (argv[1]);
  result = hashiya_git_sync (dir, message, NULL, NULL, NULL, &error);
  if (result == NULL)
    return hashiya_cli_fail (error);

  if (result->committed != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (result->committed, "\n", 2);

      g_print (_("Committed: %s\n"), lines[0]);
    }
  else
    g_print ("%s\n", _("Nothing to commit"));
  if (result->conflicts[0] != NULL)
    {
      g_print ("%s\n", _("Pulled, with conflicts in:"));
      for (guint i = 0; result->conflicts[i] != NULL; i++)
        g_print ("  %s\n", result->conflicts[i]);
      g_print ("%s\n", _("Settle them (a .hashiya in the window), then sync again to push."));
      return HASHIYA_CLI_BAD_INPUT;
    }
  g_print ("%s\n", _("Pulled and pushed"));
  return HASHIYA_CLI_OK;
}
