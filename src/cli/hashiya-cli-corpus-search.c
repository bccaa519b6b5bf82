/* hashiya-cli-corpus-search.c — hashiya-cli corpus index and corpus search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "hashiya-cli-corpus-search.h"

/* The corpus in @folder and its index, brought in step with the folder. */
static HashiyaCorpusIndex *
open_index (const char                 *folder,
            HashiyaCorpus             **corpus,
            HashiyaCorpusIndexSummary  *summary,
            GError                    **error)
{
  g_autoptr(HashiyaCorpusIndex) index = NULL;

  *corpus = hashiya_cli_corpus_open (folder, error);
  if (*corpus == NULL)
    return NULL;
  index = hashiya_corpus_index_new_for_corpus (*corpus);
  if (!hashiya_corpus_index_update (index, NULL, NULL, hashiya_cli_corpus_progress, NULL, summary, error))
    return NULL;
  return g_steal_pointer (&index);
}

/* hashiya-cli corpus index DIR */
int
hashiya_cli_corpus_index (int    argc,
                          char **argv)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cache = NULL;
  HashiyaCorpusIndexSummary summary = { 0 };
  GOptionEntry entries[] = { { NULL } };
  int status;

  status = hashiya_cli_parse_options ("corpus index", "DIR",
                                      N_("Brings the search index of a corpus in step with its folder: reads each "
                                         "document whose size, time or bytes changed since, and forgets those that "
                                         "are gone. The index is a cache under the user's cache folder; a damaged "
                                         "or missing one is made again."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("corpus index", _("give one corpus folder"));

  index = open_index (argv[1], &corpus, &summary, &error);
  if (index == NULL)
    return hashiya_cli_fail (error);

  cache = g_file_get_path (hashiya_corpus_index_get_file (index));
  if (summary.rebuilt)
    g_print (_("%s: the index was damaged or of another version, and was made again\n"), argv[1]);
  g_print (_("%s: %u documents in the index: %u added, %u updated, %u unchanged, %u removed, "
             "%u cannot be read\n"), argv[1], summary.n_documents, summary.n_added, summary.n_updated,
           summary.n_unchanged, summary.n_removed, summary.n_unreadable);
  g_print (_("%s: index %s\n"), argv[1], cache);
  return HASHIYA_CLI_OK;
}

static void
print_hits_json (HashiyaSearchResults *results)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (results));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "hits");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autofree char *context = hashiya_search_hit_dup_context (hit);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "document");
      json_builder_add_string_value (builder, hashiya_search_hit_get_path (hit));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, hashiya_search_hit_get_start (hit));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, hashiya_search_hit_get_end (hit));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, hashiya_search_hit_get_text (hit));
      json_builder_set_member_name (builder, "context");
      json_builder_add_string_value (builder, context);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  g_print ("%s\n", json);
}

/* One line a hit: PATH, START, END and the words around it; on a
 * terminal, the hit in colour (never bold: Arabic letters stay joined). */
static void
print_hits_text (HashiyaSearchResults *results)
{
  gboolean colour = isatty (STDOUT_FILENO);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (results));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_print ("%s\t%u\t%u\t%s%s%s%s%s\n", hashiya_search_hit_get_path (hit), hashiya_search_hit_get_start (hit),
               hashiya_search_hit_get_end (hit), hashiya_search_hit_get_before (hit), colour ? "\033[30;43m" : "",
               hashiya_search_hit_get_text (hit), colour ? "\033[0m" : "", hashiya_search_hit_get_after (hit));
    }
}

/* hashiya-cli corpus search DIR QUERY [--json] [--limit N] */
int
hashiya_cli_corpus_search (int    argc,
                           char **argv)
{
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaCorpusIndex) index = NULL;
  g_autoptr(HashiyaSearchQuery) query = NULL;
  g_autoptr(HashiyaSearchResults) results = NULL;
  g_autoptr(GError) error = NULL;
  gboolean as_json = FALSE;
  int limit = 0;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print a JSON object"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Print at most N hits (default: all of them)"), "N" },
    { NULL }
  };
  guint n_listed;
  int status;

  status = hashiya_cli_parse_options ("corpus search", "DIR QUERY",
                                      N_("Searches every document of a corpus, as “hashiya-cli find” searches one: "
                                         "whole words, folded, after their proclitics; several words one after "
                                         "another; a word ending in * for the words that begin with it. Prints a "
                                         "line a hit: the document, START, END and the words around the hit."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return hashiya_cli_usage_error ("corpus search", _("give a corpus folder and a query"));
  if (limit < 0)
    return hashiya_cli_usage_error ("corpus search", _("--limit must be 0 or more"));

  query = hashiya_search_query_new (argv[2], &error);
  if (query == NULL)
    return hashiya_cli_fail (error);
  index = open_index (argv[1], &corpus, NULL, &error);
  if (index == NULL)
    return hashiya_cli_fail (error);
  results = hashiya_corpus_index_search (index, argv[2], (guint) limit, NULL, &error);
  if (results == NULL)
    return hashiya_cli_fail (error);

  if (as_json)
    print_hits_json (results);
  else
    print_hits_text (results);

  n_listed = g_list_model_get_n_items (G_LIST_MODEL (results));
  if (!as_json)
    {
      guint n_hits = hashiya_search_results_get_n_hits (results);
      guint n_documents = hashiya_search_results_get_n_documents (results);

      /* Translators: "3 hits in 2 documents" */
      g_printerr (ngettext ("%u hit", "%u hits", n_hits), n_hits);
      g_printerr (ngettext (" in %u document", " in %u documents", n_documents), n_documents);
      if (n_listed < n_hits)
        g_printerr (_("; the first %u shown"), n_listed);
      g_printerr ("\n");
    }
  return HASHIYA_CLI_OK;
}
