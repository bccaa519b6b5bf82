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
#include "hashiya-cli-agree.h"
#include "hashiya-cli-corpus-search.h"

typedef int (*CorpusCommandFunc) (int argc, char **argv);

typedef struct
{
  const char        *name;
  const char        *args;
  const char        *summary;
  CorpusCommandFunc  run;
} CorpusCommand;

/* hashiya-cli corpus init DIR [--catalog FILE] [--relations FILE] [--name NAME] [--git] */
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
  gboolean git = FALSE;
  GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("The corpus's actor catalogue (default: the built-in one)"), "FILE" },
    { "relations", 0, 0, G_OPTION_ARG_FILENAME, &relations_path,
      N_("The corpus's relation catalogue (default: the built-in one)"), "FILE" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The corpus's name (default: the folder's)"), "NAME" },
    { "git", 0, 0, G_OPTION_ARG_NONE, &git,
      N_("Share it through git: make the folder a git work tree if it is not in one, and have git merge its "
         ".hashiya files with “hashiya-cli merge-driver”"), NULL },
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

  if (git && !hashiya_git_check_installed (&error))
    return hashiya_cli_fail (error);
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
  if (git)
    {
      gboolean created = FALSE;

      if (!hashiya_git_init (folder, &created, &error) || !hashiya_git_setup_merge_driver (folder, &error))
        return hashiya_cli_fail (error);
      if (created)
        g_print (_("%s: a new git repository\n"), argv[1]);
      g_print (_("%s: git now merges .hashiya files with “hashiya-cli merge-driver” (.gitattributes: “*.hashiya "
                 "merge=hashiya”; git config merge.hashiya.driver)\n"), argv[1]);
    }
  return HASHIYA_CLI_OK;
}

/* --date and --url checked before anything is written. */
static int
check_metadata (const char            *command,
                const HashiyaMetadata *metadata)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_metadata_check (metadata, &error))
    return hashiya_cli_usage_error (command, "%s", error->message);
  return -1;
}

static void
say_same_text (HashiyaCorpusDocument *document)
{
  if (hashiya_corpus_document_get_same_text_as (document) != NULL)
    g_print (_("%s: the same text as %s\n"), hashiya_corpus_document_get_path (document),
             hashiya_corpus_document_get_same_text_as (document));
}

/* hashiya-cli corpus add DIR FILE… [--title T] [--date D] [--source S] [--url U] [--tag TAG…] */
static int
command_add (int    argc,
             char **argv)
{
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &metadata->title, N_("The article's title (with one file)"), "T" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &metadata->date, N_("Its date of publication, YYYY-MM-DD"), "D" },
    { "source", 0, 0, G_OPTION_ARG_STRING, &metadata->source, N_("The outlet that published it"), "S" },
    { "url", 0, 0, G_OPTION_ARG_STRING, &metadata->url, N_("Where it was published (with one file)"), "U" },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("A tag (the option may be given again)"), "TAG" },
    { NULL }
  };
  int result = HASHIYA_CLI_OK;
  int status;

  status = hashiya_cli_parse_options ("corpus add", "DIR FILE…",
                                      N_("Adds texts (.txt, UTF-8) and documents (.hashiya) to a corpus: each becomes "
                                         "a .hashiya with the corpus's catalogues and the metadata given. Files from "
                                         "elsewhere go to the folder's root; a text of the folder becomes the "
                                         ".hashiya beside it."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 3)
    return hashiya_cli_usage_error ("corpus add", _("give a corpus folder and at least one file"));
  if (argc > 3 && (metadata->title != NULL || metadata->url != NULL))
    return hashiya_cli_usage_error ("corpus add", _("--title and --url describe one article: give one file with them"));
  if (tags != NULL)
    {
      g_strfreev (metadata->tags);
      metadata->tags = g_steal_pointer (&tags);
    }
  if ((status = check_metadata ("corpus add", metadata)) >= 0)
    return status;

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) local_error = NULL;
      HashiyaCorpusDocument *document = hashiya_corpus_add_file (corpus, file, metadata, &local_error);

      if (document == NULL)
        {
          result = hashiya_cli_fail (local_error);
          continue;
        }
      g_print (_("%s: added as %s, %u characters\n"), argv[i], hashiya_corpus_document_get_path (document),
               hashiya_corpus_document_get_n_characters (document));
      say_same_text (document);
    }
  return result;
}

/* hashiya-cli corpus import DIR --manifest CSV */
static int
command_import (int    argc,
                char **argv)
{
  g_autofree char *manifest = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "manifest", 0, 0, G_OPTION_ARG_FILENAME, &manifest,
      N_("A CSV of path,title,date,source,url, one row a document"), "CSV" },
    { NULL }
  };
  guint n_changed = 0;
  int status;

  status = hashiya_cli_parse_options ("corpus import", "DIR --manifest CSV",
                                      N_("Gives documents of a corpus the metadata of a manifest: a CSV (RFC 4180, "
                                         "UTF-8) of path,title,date,source,url, paths relative to the folder. An "
                                         "empty field leaves the value as it is. Bad rows are listed with their "
                                         "line; the others are taken."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus import", _("give one corpus folder"));
  if (manifest == NULL)
    return hashiya_cli_usage_error ("corpus import", _("say which manifest with --manifest CSV"));

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);
  file = g_file_new_for_commandline_arg (manifest);
  if (!hashiya_corpus_import_manifest (corpus, file, &n_changed, &problems, &error))
    return hashiya_cli_fail (error);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("hashiya-cli: %s\n", (const char *) g_ptr_array_index (problems, i));
  g_print (ngettext ("%s: the metadata of %u document changed\n", "%s: the metadata of %u documents changed\n",
                     n_changed), argv[1], n_changed);
  return problems->len > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
}

static void
print_stats_text (const char               *folder,
                  const HashiyaCorpusStats *stats)
{
  guint unmentioned = 0;

  g_print (_("Corpus:      %s\n"), folder);
  g_print (_("Documents:   %u (%u cannot be read)\n"), stats->n_documents, stats->n_broken);
  g_print (_("Characters:  %llu\n"), (unsigned long long) stats->n_characters);
  g_print (_("Mentions:    %llu\n"), (unsigned long long) stats->n_mentions);
  g_print (_("Relations:   %llu\n"), (unsigned long long) stats->n_relations);
  if (stats->first_date != NULL)
    g_print (_("Dates:       %s to %s\n"), stats->first_date, stats->last_date);

  g_print ("\n%-24s %9s %9s  %-10s  %-10s  %s\n", _("Actor"), _("Documents"), _("Mentions"), _("First"),
           _("Last"), _("Name"));
  for (guint i = 0; i < stats->actors->len; i++)
    {
      HashiyaCorpusActorStats *row = g_ptr_array_index (stats->actors, i);

      if (row->n_mentions == 0)
        {
          unmentioned++;
          continue;
        }
      g_print ("%-24s %9u %9u  %-10s  %-10s  %s\n", row->actor_id, row->n_documents, row->n_mentions,
               row->first_date ?: "-", row->last_date ?: "-", row->name ?: "");
    }
  if (unmentioned > 0)
    g_print (ngettext ("(%u actor of the catalogue is not mentioned)\n",
                       "(%u actors of the catalogue are not mentioned)\n", unmentioned), unmentioned);

  g_print ("\n%-24s %9s %9s %9s  %-10s  %s\n", _("Source"), _("Documents"), _("Mentions"), _("Relations"),
           _("First"), _("Last"));
  for (guint i = 0; i < stats->sources->len; i++)
    {
      HashiyaCorpusSourceStats *row = g_ptr_array_index (stats->sources, i);

      g_print ("%-24s %9u %9u %9u  %-10s  %s\n", row->source ?: _("(no source)"), row->n_documents,
               row->n_mentions, row->n_relations, row->first_date ?: "-", row->last_date ?: "-");
    }
}

/* hashiya-cli corpus stats DIR [--json] [--csv actors|sources [-o OUT] [--bom]] */
static int
command_stats (int    argc,
               char **argv)
{
  g_autofree char *table = NULL;
  g_autofree char *output = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  gboolean as_json = FALSE, bom = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print one JSON object"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_STRING, &table, N_("Print one table as CSV: actors or sources"), "TABLE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("With --csv: write the table to a file"), "OUT" },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, N_("With --csv: start with a byte-order mark, for spreadsheet programs"),
      NULL },
    { NULL }
  };
  HashiyaCorpusStatsTable which = HASHIYA_CORPUS_STATS_ACTORS;
  int status;

  status = hashiya_cli_parse_options ("corpus stats", "DIR",
                                      N_("Prints the numbers of a corpus: documents, characters, mentions and "
                                         "relations; per actor, the documents and mentions and the first and last "
                                         "date; per source, the same."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus stats", _("give one corpus folder"));
  if (table != NULL && g_strcmp0 (table, "actors") != 0 && g_strcmp0 (table, "sources") != 0)
    return hashiya_cli_usage_error ("corpus stats", _("--csv is “actors” or “sources”, not “%s”"), table);
  if (table != NULL && as_json)
    return hashiya_cli_usage_error ("corpus stats", _("--csv and --json cannot go together"));
  if (table == NULL && (output != NULL || bom))
    return hashiya_cli_usage_error ("corpus stats", _("-o and --bom go with --csv"));
  if (g_strcmp0 (table, "sources") == 0)
    which = HASHIYA_CORPUS_STATS_SOURCES;

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);
  stats = hashiya_corpus_compute_stats (corpus);

  if (table != NULL)
    {
      g_autoptr(GBytes) csv = hashiya_corpus_stats_to_csv (stats, which, bom);

      if (output != NULL)
        {
          if (!hashiya_file_write_atomic (output, csv, &error))
            return hashiya_cli_fail (error);
        }
      else
        fwrite (g_bytes_get_data (csv, NULL), 1, g_bytes_get_size (csv), stdout);
    }
  else if (as_json)
    {
      g_autofree char *json = hashiya_corpus_stats_to_json (stats);

      g_print ("%s\n", json);
    }
  else
    print_stats_text (argv[1], stats);
  return HASHIYA_CLI_OK;
}

static int
report_summary (const HashiyaCorpusSummary *summary)
{
  for (guint i = 0; i < summary->failures->len; i++)
    g_printerr ("hashiya-cli: %s\n", (const char *) g_ptr_array_index (summary->failures, i));
  return summary->n_failed > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
}

/* hashiya-cli corpus suggest DIR [--accept] [--relations] */
static int
command_suggest (int    argc,
                 char **argv)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  gboolean accept = FALSE, relations = FALSE;
  GOptionEntry entries[] = {
    { "accept", 0, 0, G_OPTION_ARG_NONE, &accept, N_("Add the matches as accepted mentions, not suggestions"), NULL },
    { "relations", 0, 0, G_OPTION_ARG_NONE, &relations,
      N_("Then the relations the text states between the mentions"), NULL },
    { NULL }
  };
  HashiyaCorpusSuggestFlags flags = HASHIYA_CORPUS_SUGGEST_DEFAULT;
  int status;

  status = hashiya_cli_parse_options ("corpus suggest", "DIR",
                                      N_("Finds the catalogue's actors (and with --relations the relations between "
                                         "them) in every document of a corpus and writes each document that got "
                                         "any, as suggestions to review (or accepted with --accept)."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus suggest", _("give one corpus folder"));
  if (accept)
    flags |= HASHIYA_CORPUS_SUGGEST_ACCEPT;
  if (relations)
    flags |= HASHIYA_CORPUS_SUGGEST_RELATIONS;

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);
  summary = hashiya_corpus_suggest (corpus, NULL, flags, hashiya_cli_corpus_progress, NULL, NULL, &error);
  if (summary == NULL)
    return hashiya_cli_fail (error);

  status = report_summary (summary);
  g_print (accept ? _("%s: %u documents, %u written, %u accepted mentions and %u accepted relations added, %u failed\n")
                  : _("%s: %u documents, %u written, %u suggested mentions and %u suggested relations added, %u failed\n"),
           argv[1], summary->n_documents, summary->n_changed, summary->n_mentions, summary->n_relations,
           summary->n_failed);
  return status;
}

/* hashiya-cli corpus actor DIR ID [--name-ar N] [--name-en N] | --alias A | --color C | --merge-into ID */
static int
command_actor (int    argc,
               char **argv)
{
  g_autofree char *name_ar = NULL;
  g_autofree char *name_en = NULL;
  g_autofree char *alias = NULL;
  g_autofree char *color = NULL;
  g_autofree char *into = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusEdit) edit = NULL;
  g_autoptr(HashiyaCorpusSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "name-ar", 0, 0, G_OPTION_ARG_STRING, &name_ar, N_("Rename: the new Arabic name"), "NAME" },
    { "name-en", 0, 0, G_OPTION_ARG_STRING, &name_en, N_("Rename: the new English name"), "NAME" },
    { "alias", 0, 0, G_OPTION_ARG_STRING, &alias, N_("Give the actor one more alias"), "ALIAS" },
    { "color", 0, 0, G_OPTION_ARG_STRING, &color, N_("Give the actor a new colour, #rrggbb"), "COLOR" },
    { "merge-into", 0, 0, G_OPTION_ARG_STRING, &into,
      N_("Merge the actor into another: its mentions become the other's"), "ID" },
    { NULL }
  };
  guint n_kinds;
  int status;

  status = hashiya_cli_parse_options ("corpus actor", "DIR ID",
                                      N_("Changes an actor of the corpus catalogue and of every document with it: "
                                         "its names, one more alias, its colour, or a merge into another actor. "
                                         "Each file is written atomically; prints how many documents and "
                                         "mentions changed."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return hashiya_cli_usage_error ("corpus actor", _("give a corpus folder and an actor id"));
  n_kinds = (name_ar != NULL || name_en != NULL) + (alias != NULL) + (color != NULL) + (into != NULL);
  if (n_kinds != 1)
    return hashiya_cli_usage_error ("corpus actor",
                                    _("say one change: --name-ar and --name-en, --alias, --color or --merge-into"));
  if (name_ar != NULL || name_en != NULL)
    edit = hashiya_corpus_edit_new_rename (argv[2], name_ar, name_en);
  else if (alias != NULL)
    edit = hashiya_corpus_edit_new_alias (argv[2], alias);
  else if (color != NULL)
    edit = hashiya_corpus_edit_new_color (argv[2], color);
  else
    edit = hashiya_corpus_edit_new_merge (argv[2], into);

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);
  summary = hashiya_corpus_edit_catalog (corpus, edit, hashiya_cli_corpus_progress, NULL, NULL, &error);
  if (summary == NULL)
    return hashiya_cli_fail (error);

  status = report_summary (summary);
  g_print (_("%s: %u documents, %u written, %u mentions of “%s” changed, %u failed\n"), argv[1],
           summary->n_documents, summary->n_changed, summary->n_mentions, argv[2], summary->n_failed);
  return status;
}

/* hashiya-cli corpus export DIR --format csv|jsonl|conll|brat|w3c -o OUT */
static int
command_export (int    argc,
                char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaExportOptions) options = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean confirmed_only = FALSE, bom = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("csv, jsonl, conll, w3c (one file) or brat (a folder)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the export (a folder for brat)"), "OUT" },
    { "confirmed-only", 0, 0, G_OPTION_ARG_NONE, &confirmed_only, N_("Leave out suggestions not yet reviewed"), NULL },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, N_("CSV: start with a byte-order mark, for spreadsheet programs"), NULL },
    { NULL }
  };
  int format;
  int status;

  status = hashiya_cli_parse_options ("corpus export", "DIR",
                                      N_("Writes a whole corpus in another tool's format: one file for csv, jsonl, "
                                         "conll and w3c (each document named by its path), a folder for brat. "
                                         "Documents that cannot be read are left out and listed."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus export", _("give one corpus folder"));
  if (format_name == NULL)
    return hashiya_cli_usage_error ("corpus export", _("say which format with --format FORMAT"));
  if (!hashiya_enum_from_nick (HASHIYA_TYPE_EXPORT_FORMAT, format_name, &format) ||
      !hashiya_corpus_export_format_is_supported (format))
    return hashiya_cli_usage_error ("corpus export",
                                    _("unknown format “%s”; a corpus is exported as csv, jsonl, conll, brat or w3c"),
                                    format_name);
  if (output == NULL)
    return hashiya_cli_usage_error ("corpus export", _("say where to write the export with -o OUT"));

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);
  options = hashiya_export_options_new (NULL);
  options->skip_suggestions = confirmed_only;
  options->csv_bom = bom;
  if (!hashiya_corpus_export (corpus, format, options, output, hashiya_cli_corpus_progress, NULL, &problems,
                              NULL, &error))
    return hashiya_cli_fail (error);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("hashiya-cli: %s\n", (const char *) g_ptr_array_index (problems, i));
  g_print (_("%s: %u documents exported, %u left out\n"), output,
           g_list_model_get_n_items (hashiya_corpus_get_documents (corpus)) - problems->len, problems->len);
  return problems->len > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
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
  { "init", "DIR [--catalog FILE] [--relations FILE] [--name NAME] [--git]",
    N_("make a folder a corpus (its corpus.json)"), command_init },
  { "add", "DIR FILE… [--title T] [--date D] [--source S] [--url U] [--tag TAG]",
    N_("add texts and documents, with their metadata"), command_add },
  { "import", "DIR --manifest CSV", N_("take the metadata of a manifest (path,title,date,source,url)"),
    command_import },
  /* The index and search: hashiya-cli-corpus-search.c. */
  { "index", "DIR", N_("bring the search index in step with the folder"), hashiya_cli_corpus_index },
  { "search", "DIR QUERY [--json] [--limit N]", N_("search every document: a line a hit, with its context"),
    hashiya_cli_corpus_search },
  { "stats", "DIR [--json] [--csv actors|sources [-o OUT] [--bom]]",
    N_("documents and mentions per actor and per source, first and last dates"), command_stats },
  { "suggest", "DIR [--accept] [--relations]", N_("suggest the catalogue's actors (and relations) in every document"),
    command_suggest },
  { "actor", "DIR ID --name-ar N --name-en N | --alias A | --color C | --merge-into ID",
    N_("change an actor in the corpus catalogue and every document"), command_actor },
  { "export", "DIR --format csv|jsonl|conll|brat|w3c -o OUT", N_("write the whole corpus in another format"),
    command_export },
  /* Agreement: hashiya-cli-agree.c. */
  { "agree", "DIR [--json] [--by actor|type|kind] [--units FILE.csv]",
    N_("how far the annotators' versions of each document agree, and all pooled; keeps it in agreement.json"),
    hashiya_cli_corpus_agree },
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
