/* hashiya-cli-corpus.c — hashiya-cli corpus SUBCOMMAND DIR …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "hashiya-cli-corpus.h"
#include "hashiya-cli-corpus-search.h"

typedef int (*CorpusCommandFunc) (int argc, char **argv);

typedef struct
{
  const char        *name;
  const char        *args;
  const char        *summary;
  CorpusCommandFunc  run;
} CorpusCommand;

/**
 * hashiya_cli_corpus_open:
 *
 * Opens the corpus in @folder, with progress on standard error when it is
 * a terminal.
 */
HashiyaCorpus *
hashiya_cli_corpus_open (const char  *folder,
                         GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (folder);

  return hashiya_corpus_open (file, NULL, error);
}

/* Long runs say how far they are on a terminal, on one line. */
void
hashiya_cli_corpus_progress (guint       done,
                             guint       total,
                             const char *path,
                             gpointer    user_data)
{
  if (!isatty (STDERR_FILENO))
    return;
  g_printerr ("\r\033[K%u/%u %s", done, total, done < total && path != NULL ? path : "");
  if (done == total)
    g_printerr ("\r\033[K");
}

/* hashiya-cli corpus init DIR [--catalog FILE] [--relations FILE] [--name NAME] */
static int
command_init (int    argc,
              char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autofree char *relations_path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaRelationCatalog) relation_catalog = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *documents;
  GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("The corpus's actor catalogue (default: the built-in one)"), "FILE" },
    { "relations", 0, 0, G_OPTION_ARG_FILENAME, &relations_path,
      N_("The corpus's relation catalogue (default: the built-in one)"), "FILE" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The corpus's name (default: the folder's)"), "NAME" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("corpus init", "DIR",
                                      N_("Makes a folder a corpus: writes its corpus.json with the actor and "
                                         "relation catalogues its documents share. The folder is made when it "
                                         "is not there; documents already in it are listed."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus init", _("give one folder"));

  if (catalog_path != NULL && (catalog = hashiya_catalog_load_file (catalog_path, &error)) == NULL)
    return hashiya_cli_fail (error);
  if (catalog == NULL)
    catalog = hashiya_catalog_new_default ();
  if (relations_path != NULL &&
      (relation_catalog = hashiya_relation_catalog_load_file (relations_path, &error)) == NULL)
    return hashiya_cli_fail (error);

  folder = g_file_new_for_commandline_arg (argv[1]);
  if (name == NULL)
    name = g_file_get_basename (folder);
  corpus = hashiya_corpus_create (folder, name, catalog, relation_catalog, &error);
  if (corpus == NULL)
    return hashiya_cli_fail (error);

  documents = hashiya_corpus_get_documents (corpus);
  g_print (_("%s: corpus “%s”, %u actors, %u documents\n"), argv[1], hashiya_corpus_get_name (corpus),
           hashiya_catalog_get_n_actors (hashiya_corpus_get_catalog (corpus)),
           g_list_model_get_n_items (documents));
  return HASHIYA_CLI_OK;
}

/* hashiya-cli corpus validate DIR */
static int
command_validate (int    argc,
                  char **argv)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = { { NULL } };
  GListModel *documents;
  guint n, n_broken = 0, n_same = 0, n_differ = 0;
  int status;

  status = hashiya_cli_parse_options ("corpus validate", "DIR",
                                      N_("Reads every document of a corpus. Prints the documents that cannot be "
                                         "read (with the reason), those with the same text as another, and those "
                                         "whose catalogue is not the corpus's; exits 0 when every document can be read."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus validate", _("give one corpus folder"));

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);

  documents = hashiya_corpus_get_documents (corpus);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (documents, i);
      const char *path = hashiya_corpus_document_get_path (document);

      if (hashiya_corpus_document_get_error (document) != NULL)
        {
          hashiya_cli_fail (hashiya_corpus_document_get_error (document));
          n_broken++;
          continue;
        }
      if (hashiya_corpus_document_get_same_text_as (document) != NULL)
        {
          g_print (_("%s: the same text as %s\n"), path, hashiya_corpus_document_get_same_text_as (document));
          n_same++;
        }
      if (hashiya_corpus_document_get_catalog_differs (document))
        {
          g_print (_("%s: its catalogue is not the corpus's\n"), path);
          n_differ++;
        }
    }
  if (hashiya_corpus_is_read_only (corpus))
    g_print (_("%s: read-only: nothing can be saved in it\n"), argv[1]);
  g_print (_("%s: %u documents, %u cannot be read, %u with the same text as another, "
             "%u with another catalogue\n"), argv[1], n, n_broken, n_same, n_differ);
  return n_broken > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
}

static const CorpusCommand corpus_commands[] = {
  { "init", "DIR [--catalog FILE] [--relations FILE] [--name NAME]",
    N_("make a folder a corpus (its corpus.json)"), command_init },
  { "index", "DIR", N_("bring the search index in step with the folder"), hashiya_cli_corpus_index },
  { "search", "DIR QUERY [--json] [--limit N]", N_("search every document: a line a hit, with its context"),
    hashiya_cli_corpus_search },
  { "validate", "DIR", N_("read every document; list those that cannot be read, the same texts and other catalogues"),
    command_validate },
};

static void
print_corpus_help (FILE *stream)
{
  fprintf (stream, "%s", _("Usage: hashiya-cli corpus SUBCOMMAND DIR [OPTION…]\n\n"
                           "Work on a corpus: a folder of .hashiya documents that share one catalogue.\n\n"
                           "Subcommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (corpus_commands); i++)
    fprintf (stream, "  %-9s %s\n  %-9s   %s\n", corpus_commands[i].name, corpus_commands[i].args, "",
             _(corpus_commands[i].summary));
  fprintf (stream, "%s", _("\n“hashiya-cli corpus SUBCOMMAND --help” describes a subcommand’s options.\n"));
}

/* hashiya-cli corpus SUBCOMMAND … */
int
hashiya_cli_corpus (int    argc,
                    char **argv)
{
  const char *name;

  if (argc < 2)
    {
      print_corpus_help (stderr);
      return HASHIYA_CLI_USAGE;
    }
  name = argv[1];
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      print_corpus_help (stdout);
      return HASHIYA_CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (corpus_commands); i++)
    if (strcmp (name, corpus_commands[i].name) == 0)
      return corpus_commands[i].run (argc - 1, argv + 1);

  return hashiya_cli_usage_error ("corpus", _("unknown subcommand “%s”"), name);
}
