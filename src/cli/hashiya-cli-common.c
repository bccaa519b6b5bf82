/* hashiya-cli-common.c — what every command of hashiya-cli shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Errors go to stderr as "hashiya-cli: FILE:LINE:COLUMN: what is wrong" or
 * "hashiya-cli: FILE: mention 12: what is wrong". Every output is written
 * whole, atomically, or not at all.
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "hashiya-cli-common.h"

int
hashiya_cli_fail (const GError *error)
{
  g_printerr ("hashiya-cli: %s\n", error->message);
  return HASHIYA_CLI_BAD_INPUT;
}

int
hashiya_cli_usage_error (const char *command,
                         const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("hashiya-cli: %s%s%s\n", command != NULL ? command : "", command != NULL ? ": " : "", message);
  g_printerr (_("Try “hashiya-cli %s%s--help” for more.\n"), command != NULL ? command : "", command != NULL ? " " : "");
  return HASHIYA_CLI_USAGE;
}

static const char *
example_for (const char *command)
{
  static const struct { const char *command, *example; } examples[] = {
    { "new", "hashiya-cli new article.txt -o article.hashiya" },
    { "info", "hashiya-cli info article.hashiya --json" },
    { "validate", "hashiya-cli validate article.hashiya data/catalogues/3plus3.json" },
    { "annotate", "hashiya-cli annotate article.hashiya --actor azerbaijan --span 79:87 --type name -o article.hashiya" },
    { "suggest", "hashiya-cli suggest article.hashiya -o article.hashiya" },
    { "find", "hashiya-cli find article.hashiya اذربيجان" },
    { "reanchor", "hashiya-cli reanchor article.hashiya article-corrected.txt -o article.hashiya" },
    { "export", "hashiya-cli export article.hashiya --format conll --tags actor -o article.conll" },
    { "import", "hashiya-cli import article-brat/article.ann -o article.hashiya" },
    { "relate", "hashiya-cli relate article.hashiya --type consult --source m3 --target m4 --mode host -o article.hashiya" },
    { "relations", "hashiya-cli relations article.hashiya --json" },
    { "network", "hashiya-cli network article.hashiya --edges relations --format gexf -o article.gexf" },
    { "stats", "hashiya-cli stats article.hashiya --json" },
    { "agree", "hashiya-cli agree layla/article.hashiya omar/article.hashiya --by actor --units units.csv" },
    { "corpus init", "hashiya-cli corpus init news --catalog data/catalogues/3plus3.json" },
    { "corpus add", "hashiya-cli corpus add news article.txt --title \"مناورات مصطفى كمال أتاتورك\" --date 2023-10-23 --source \"Anadolu\"" },
    { "corpus import", "hashiya-cli corpus import news --manifest manifest.csv" },
    { "corpus stats", "hashiya-cli corpus stats news --csv actors -o actors.csv" },
    { "corpus suggest", "hashiya-cli corpus suggest news --relations" },
    { "corpus actor", "hashiya-cli corpus actor news azerbaijan --alias \"جمهورية أذربيجان\"" },
    { "corpus export", "hashiya-cli corpus export news --format jsonl -o news.jsonl" },
    { "corpus validate", "hashiya-cli corpus validate news" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_str_equal (examples[i].command, command))
      return examples[i].example;
  return NULL;
}

/* Parses a subcommand's options. Returns -1 to go on, or an exit code. */
int
hashiya_cli_parse_options (const char    *command,
                           const char    *parameter,
                           const char    *summary,
                           GOptionEntry  *entries,
                           int           *argc,
                           char        ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefixed = g_strdup_printf ("%s %s", command, parameter);
  g_autofree char *description = g_strdup_printf (_("Example:\n  %s\n\n"
                                                    "Offsets are Unicode code points, END excluded. Outputs are\n"
                                                    "written whole or not at all.\n"
                                                    "Exit status: 0 success, 1 bad input or data, 2 wrong usage."),
                                                  example_for (command));

  context = g_option_context_new (prefixed);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(summary));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, &error))
    return hashiya_cli_usage_error (command, "%s", error->message);

  return -1;
}

gboolean
hashiya_cli_parse_uint (const char *text,
                        guint      *value)
{
  guint64 number = 0;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT32, &number, NULL))
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

gboolean
hashiya_cli_parse_span (const char *text,
                        guint      *start,
                        guint      *end)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, ":", -1);
  return g_strv_length (parts) == 2 && hashiya_cli_parse_uint (parts[0], start) && hashiya_cli_parse_uint (parts[1], end);
}

/* Documents are opened and saved through a HashiyaDocumentFile, as the
 * window does. @by_extension: a text or another tool's file too, by its
 * name; else @path is read as a .hashiya whatever its name. */
HashiyaDocument *
hashiya_cli_open_document (const char  *path,
                           gboolean     by_extension,
                           GError     **error)
{
  g_autoptr(HashiyaDocumentFile) file = g_object_new (HASHIYA_TYPE_DOCUMENT_FILE, NULL);
  gboolean opened = by_extension ? hashiya_document_file_load (file, path, NULL, NULL, error)
                                 : hashiya_document_file_read (file, path, error);

  return opened ? g_object_ref (hashiya_document_file_get_document (file)) : NULL;
}

/* Whatever is at @output is replaced (or written through: a link, a
 * pipe): the command line says so. */
int
hashiya_cli_save (HashiyaDocument *document,
                  const char      *output)
{
  g_autoptr(HashiyaDocumentFile) file = hashiya_document_file_new (document, NULL);
  g_autoptr(GError) error = NULL;

  if (!hashiya_document_file_save (file, output, HASHIYA_SAVE_OVERWRITE, &error))
    return hashiya_cli_fail (error);

  return HASHIYA_CLI_OK;
}

/* The annotator whose name new mentions and relations record: @author
 * (from --author), else git's user.name, else the account's real name.
 * Returns -1 to go on, or the exit status of a name that cannot be an
 * annotator's (it names a folder of a corpus). */
int
hashiya_cli_set_author (const char *command,
                        const char *author)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (author == NULL)
    name = hashiya_author_dup_default ();
  else if (!hashiya_author_check_name (author, &error))
    return hashiya_cli_usage_error (command, "--author: %s", error->message);
  hashiya_author_set_current (name != NULL ? name : author);
  return -1;
}

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

  return hashiya_corpus_open_full (file, hashiya_cli_corpus_progress, NULL, NULL, error);
}

/* Long runs say how far they are on a terminal, on one line, at most ten
 * times a second. */
void
hashiya_cli_corpus_progress (guint       done,
                             guint       total,
                             const char *path,
                             gpointer    user_data)
{
  static gint64 last;
  gint64 now;

  if (!isatty (STDERR_FILENO))
    return;
  if (done == total)
    {
      g_printerr ("\r\033[K");
      last = 0;
      return;
    }
  now = g_get_monotonic_time ();
  if (now - last < G_USEC_PER_SEC / 10)
    return;
  last = now;
  g_printerr ("\r\033[K%u/%u %s", done, total, path != NULL ? path : "");
}
