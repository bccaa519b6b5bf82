/* hashiya-cli-merge.c — hashiya-cli merge-driver: git's three-way merge of
 * a .hashiya file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-cli-merge.h"

static const char *
kind_text (HashiyaConflictKind kind)
{
  switch (kind)
    {
    case HASHIYA_CONFLICT_MENTION:
      return _("mention");
    case HASHIYA_CONFLICT_RELATION:
      return _("relation");
    case HASHIYA_CONFLICT_METADATA:
      return _("metadata");
    case HASHIYA_CONFLICT_ACTOR:
    default:
      return _("actor");
    }
}

static const char *
side_text (HashiyaConflict     *conflict,
           HashiyaConflictSide  side)
{
  if (hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_METADATA)
    return hashiya_conflict_get_value (conflict, side) ?: _("removed");
  if (hashiya_conflict_get_version (conflict, side) == NULL)
    return _("removed");
  return hashiya_conflict_get_author (conflict, side) ?: _("changed");
}

/* hashiya-cli merge-driver BASE OURS THEIRS [--path P]: git runs it as
 * "hashiya-cli merge-driver %O %A %B --path %P". */
int
hashiya_cli_merge_driver (int    argc,
                          char **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "path", 0, 0, G_OPTION_ARG_FILENAME, &path, N_("The file’s path in the work tree, for messages (git’s %P)"),
      "P" },
    { NULL }
  };
  guint n;
  int status;

  status = hashiya_cli_parse_options ("merge-driver", "BASE OURS THEIRS",
                                      N_("Merges two versions of a .hashiya file with the version both came from, "
                                         "mention by mention, and writes the result over OURS: git’s merge driver "
                                         "for *.hashiya. What both sides changed differently is kept in the file "
                                         "as a conflict, to settle in the window; the exit status is then 1."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 4)
    return hashiya_cli_usage_error ("merge-driver", _("give three files: BASE OURS THEIRS"));

  conflicts = hashiya_merge_driver (argv[1], argv[2], argv[3], path, &error);
  if (conflicts == NULL)
    {
      g_printerr (_("hashiya-cli: %s\nhashiya-cli: nothing was merged; %s is as it was\n"), error->message,
                  path != NULL ? path : argv[2]);
      return HASHIYA_CLI_BAD_INPUT;
    }

  n = g_list_model_get_n_items (conflicts);
  if (n == 0)
    return HASHIYA_CLI_OK;
  g_printerr (ngettext ("%s: %u conflict, kept in the file to settle in the window:\n",
                           "%s: %u conflicts, kept in the file to settle in the window:\n", n),
              path != NULL ? path : argv[2], n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaConflict) conflict = g_list_model_get_item (conflicts, i);

      g_printerr ("  %s %s: %s / %s\n", kind_text (hashiya_conflict_get_kind (conflict)),
                  hashiya_conflict_get_id (conflict), side_text (conflict, HASHIYA_CONFLICT_SIDE_A),
                  side_text (conflict, HASHIYA_CONFLICT_SIDE_B));
    }
  return HASHIYA_CLI_BAD_INPUT;
}
