/* hashiya-cli-agree.c — hashiya-cli agree and corpus agree: how far the versions
 * of one text, or of each document of a corpus, agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hashiya-cli-agree.h"

/* "0.930", or "n/a" when there is nothing to compare. */
static char *
format_score (double value)
{
  if (isnan (value))
    return g_strdup (_("n/a"));
  return g_strdup_printf ("%.3f", value);
}

static void
print_scores (const HashiyaAgreementScores *scores)
{
  g_autofree char *strict = format_score (scores->strict_f1);
  g_autofree char *lenient = format_score (scores->lenient_f1);
  g_autofree char *kappa = format_score (scores->kappa);
  g_autofree char *alpha = format_score (scores->alpha);
  g_autofree char *relations = format_score (scores->relations_f1);

  g_print (_("  span F1, strict (same start and end):   %s\n"), strict);
  g_print (_("  span F1, lenient (overlapping spans):   %s\n"), lenient);
  g_print (_("  Cohen's κ on the actors of the units:   %s\n"), kappa);
  g_print (_("  Krippendorff's α, nominal:              %s\n"), alpha);
  g_print (_("  relations F1:                           %s\n"), relations);
}

static const char *
origin_text (HashiyaAgreement *agreement,
             guint             annotator)
{
  const char *origin = hashiya_agreement_get_annotator_origin (agreement, annotator);

  if (g_strcmp0 (origin, "author") == 0)
    return _("the author of its mentions");
  return _("its file's name: its mentions have no one author");
}

static void
print_break_down (HashiyaAgreement   *agreement,
                  HashiyaAgreementBy  by)
{
  g_autoptr(GPtrArray) categories = hashiya_agreement_break_down (agreement, by);
  guint n = hashiya_agreement_get_n_annotators (agreement);
  const char *titles[] = { N_("By actor"), N_("By mention type"), N_("By actor kind") };

  g_print ("\n%s (", _(titles[by]));
  for (guint a = 0; a < n; a++)
    g_print ("%s%s", a > 0 ? ", " : "", hashiya_agreement_get_annotator (agreement, a));
  g_print (_(": mentions; strict F1, lenient F1, κ, α):\n"));
  for (guint i = 0; i < categories->len; i++)
    {
      HashiyaAgreementCategory *category = g_ptr_array_index (categories, i);
      g_autofree char *strict = format_score (category->scores.strict_f1);
      g_autofree char *lenient = format_score (category->scores.lenient_f1);
      g_autofree char *kappa = format_score (category->scores.kappa);
      g_autofree char *alpha = format_score (category->scores.alpha);
      g_autoptr(GString) counts = g_string_new (NULL);

      for (guint a = 0; a < n; a++)
        g_string_append_printf (counts, "%s%u", a > 0 ? " " : "", category->n_mentions[a]);
      g_print ("  %-24s %-12s %-6s %-6s %-6s %s\n", category->value, counts->str, strict, lenient, kappa, alpha);
    }
}

/* Each pair's scores, and all annotators' when there are more than two. */
static void
print_pairs (HashiyaAgreement *agreement)
{
  guint n = hashiya_agreement_get_n_annotators (agreement);

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        g_print (_("\n%s and %s:\n"), hashiya_agreement_get_annotator (agreement, a),
                 hashiya_agreement_get_annotator (agreement, b));
        print_scores (hashiya_agreement_get_pair (agreement, a, b));
      }
  if (n > 2)
    {
      g_print (_("\nAll %u annotators (F1 and κ: the mean of the pairs):\n"), n);
      print_scores (hashiya_agreement_get_overall (agreement));
    }
}

static void
print_text (HashiyaAgreement   *agreement,
            gboolean            broken_down,
            HashiyaAgreementBy  by)
{
  guint n_units = g_list_model_get_n_items (hashiya_agreement_get_units (agreement));

  for (guint v = 0; v < hashiya_agreement_get_n_versions (agreement); v++)
    {
      const char *source = NULL;
      guint a = 0;

      hashiya_agreement_get_version (agreement, v, &source, &a);
      g_print (_("%s: annotator %s (%s), %u mentions, %u relations\n"), source,
               hashiya_agreement_get_annotator (agreement, a), origin_text (agreement, a),
               hashiya_agreement_get_n_mentions (agreement, a), hashiya_agreement_get_n_relations (agreement, a));
    }
  g_print (_("%u units: the spans at least one annotator marked, aligned across the versions\n"), n_units);

  print_pairs (agreement);
  if (broken_down)
    print_break_down (agreement, by);
}

/* The aligned units into @path, when given; the remarks on standard
 * error. */
static gboolean
write_units (HashiyaAgreement  *agreement,
             const char        *path,
             GError           **error)
{
  if (path != NULL)
    {
      g_autoptr(GBytes) units = hashiya_agreement_write_units (agreement);

      if (!hashiya_file_write_atomic (path, units, error))
        return FALSE;
    }
  for (guint i = 0; i < hashiya_agreement_get_remarks (agreement)->len; i++)
    g_printerr ("hashiya-cli: %s\n", (const char *) g_ptr_array_index (hashiya_agreement_get_remarks (agreement), i));
  return TRUE;
}

/* The options agree and corpus agree share. */
typedef struct
{
  gboolean  as_json;
  char     *by_nick;
  char     *units_path;
  int       by;
} AgreeOptions;

static void
agree_options_clear (AgreeOptions *options)
{
  g_clear_pointer (&options->by_nick, g_free);
  g_clear_pointer (&options->units_path, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AgreeOptions, agree_options_clear)

/* Parses @options, and checks that there are @min_args to @max_args
 * arguments after the command's name (else @count_message). Returns -1
 * to go on, else the exit status. */
static int
parse_agree_options (const char    *command,
                     const char    *parameters,
                     const char    *summary,
                     int            min_args,
                     int            max_args,
                     const char    *count_message,
                     AgreeOptions  *options,
                     int           *argc,
                     char        ***argv)
{
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->as_json, N_("Print a JSON object"), NULL },
    { "by", 0, 0, G_OPTION_ARG_STRING, &options->by_nick,
      N_("Break the scores down by actor, mention type or actor kind"), "actor|type|kind" },
    { "units", 0, 0, G_OPTION_ARG_FILENAME, &options->units_path,
      N_("Write the aligned units as CSV (coder, item, label), for other tools"), "FILE.csv" },
    { NULL }
  };
  int status;

  options->by = HASHIYA_AGREEMENT_BY_ACTOR;
  status = hashiya_cli_parse_options (command, parameters, summary, entries, argc, argv);
  if (status >= 0)
    return status;
  if (*argc - 1 < min_args || *argc - 1 > max_args)
    return hashiya_cli_usage_error (command, "%s", count_message);
  if (options->by_nick != NULL && !hashiya_enum_from_nick (HASHIYA_TYPE_AGREEMENT_BY, options->by_nick, &options->by))
    return hashiya_cli_usage_error (command, _("--by is “actor”, “type” or “kind”, not “%s”"), options->by_nick);
  return -1;
}

/* hashiya-cli agree FILE_A FILE_B [FILE_C …] [--json] [--by actor|type|kind] [--units FILE.csv] */
int
hashiya_cli_agree (int    argc,
                   char **argv)
{
  g_auto(AgreeOptions) options = { 0 };
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(GError) error = NULL;
  int status;

  status = parse_agree_options ("agree", "FILE_A FILE_B [FILE_C…]",
                                N_("Measures how far annotators agree on versions of the same text: span F1 "
                                   "(strict and lenient), Cohen's κ and Krippendorff's α on the actors of the "
                                   "aligned units, and relations F1, for each pair and overall."),
                                2, G_MAXINT, _("give two or more versions of one text"), &options, &argc, &argv);
  if (status >= 0)
    return status;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(HashiyaDocument) document = hashiya_cli_open_document (argv[i], FALSE, &error);

      if (document == NULL)
        return hashiya_cli_fail (error);
      if (!hashiya_agreement_add_version (agreement, document, argv[i], NULL, NULL, &error))
        return hashiya_cli_fail (error);
    }
  if (!hashiya_agreement_compute (agreement, &error))
    return hashiya_cli_fail (error);

  if (!write_units (agreement, options.units_path, &error))
    return hashiya_cli_fail (error);

  if (options.as_json)
    {
      g_autofree char *json = hashiya_agreement_to_json (agreement, options.by, options.by_nick != NULL);

      g_print ("%s\n", json);
    }
  else
    print_text (agreement, options.by_nick != NULL, options.by);
  return HASHIYA_CLI_OK;
}

static void
print_corpus (const char             *folder,
              HashiyaCorpusAgreement *corpus_agreement,
              gboolean                broken_down,
              HashiyaAgreementBy      by)
{
  GPtrArray *documents = hashiya_corpus_agreement_get_documents (corpus_agreement);
  HashiyaAgreement *overall = hashiya_corpus_agreement_get_overall (corpus_agreement);
  guint n_measured = hashiya_corpus_agreement_get_n_measured (corpus_agreement);

  g_print (_("%s: %u documents with annotators' versions: %u measured, %u with one version only, %u refused\n"),
           folder, documents->len, n_measured, hashiya_corpus_agreement_get_n_single (corpus_agreement),
           hashiya_corpus_agreement_get_n_refused (corpus_agreement));
  for (guint d = 0; d < documents->len; d++)
    {
      HashiyaCorpusAgreementDocument *document = g_ptr_array_index (documents, d);
      g_autofree char *names = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) owners = NULL;

      for (guint v = 0; document->versions[v] != NULL; v++)
        {
          g_autofree char *owner = hashiya_versions_owner (document->versions[v]);

          g_strv_builder_add (builder, owner);
        }
      owners = g_strv_builder_end (builder);
      names = g_strjoinv (", ", owners);
      if (document->agreement == NULL)
        {
          /* Translators: a document, its annotators, and why their versions were not compared. */
          g_print (_("\n%s (%s): not measured: %s\n"), document->path, names, document->problem);
          continue;
        }
      g_print (_("\n%s (%s): %u units\n"), document->path, names,
               g_list_model_get_n_items (hashiya_agreement_get_units (document->agreement)));
      print_pairs (document->agreement);
    }

  g_print (ngettext ("\nAll documents: the %u units of the %u document measured, pooled, each annotator one coder "
                     "across them\n",
                     "\nAll documents: the %u units of the %u documents measured, pooled, each annotator one coder "
                     "across them\n", n_measured),
           g_list_model_get_n_items (hashiya_agreement_get_units (overall)), n_measured);
  for (guint a = 0; a < hashiya_agreement_get_n_annotators (overall); a++)
    g_print (_("%s: %u mentions, %u relations\n"), hashiya_agreement_get_annotator (overall, a),
             hashiya_agreement_get_n_mentions (overall, a), hashiya_agreement_get_n_relations (overall, a));
  print_pairs (overall);
  if (broken_down)
    print_break_down (overall, by);
}

/* hashiya-cli corpus agree DIR [--json] [--by actor|type|kind] [--units FILE.csv] */
int
hashiya_cli_corpus_agree (int    argc,
                          char **argv)
{
  g_auto(AgreeOptions) options = { 0 };
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = parse_agree_options ("corpus agree", "DIR",
                                N_("Measures how far the annotators of a corpus agree: each document that has "
                                   "the versions of two or more annotators (annotators/NAME/DOC.hashiya), and "
                                   "all of them pooled; writes the figures to the corpus's agreement.json."),
                                1, 1, _("give one corpus folder"), &options, &argc, &argv);
  if (status >= 0)
    return status;

  if ((corpus = hashiya_cli_corpus_open (argv[1], &error)) == NULL)
    return hashiya_cli_fail (error);
  if ((agreement = hashiya_corpus_agreement_compute (corpus, NULL, &error)) == NULL)
    return hashiya_cli_fail (error);
  if (!hashiya_corpus_agreement_save (agreement, corpus, &error) ||
      !write_units (hashiya_corpus_agreement_get_overall (agreement), options.units_path, &error))
    return hashiya_cli_fail (error);

  if (options.as_json)
    {
      g_autofree char *json = hashiya_corpus_agreement_to_json (agreement, options.by, options.by_nick != NULL);

      g_print ("%s\n", json);
    }
  else
    print_corpus (argv[1], agreement, options.by_nick != NULL, options.by);
  return hashiya_corpus_agreement_get_n_refused (agreement) > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
}
