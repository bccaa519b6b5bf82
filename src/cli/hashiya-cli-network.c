/* hashiya-cli-network.c — hashiya-cli network and stats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   hashiya-cli network DOC…|CORPUS --edges relations|comentions [--types T,…] [--min N]
 *       [--from DATE --to DATE] --format gexf|graphml|csv|svg|png|pdf -o OUT
 *   hashiya-cli stats DOC…|CORPUS [--json] [--chart CHART --format svg|png|pdf -o OUT]
 *
 * Both read a corpus, or one document or several, and take the same
 * filters.
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include <math.h>
#include <string.h>

#include "hashiya-cli-common.h"
#include "hashiya-cli-network.h"
#include "hashiya-network-bar-chart.h"
#include "hashiya-network-corpus.h"
#include "hashiya-network-counts.h"
#include "hashiya-network-export.h"
#include "hashiya-network-layout.h"
#include "hashiya-network-measures.h"
#include "hashiya-network-timeline-chart.h"

/* The options both commands take. */
typedef struct
{
  char  *edges;
  char **types;
  char **quad_classes;
  char **kinds;
  char **sources;
  char  *min;
  char  *from;
  char  *to;
  char  *format;
  char  *style;
  char  *labels;
  char  *title;
  char  *output;
  char  *positions;
  char  *seed;
  char  *period;
  char  *chart;
  int    width;
  int    height;
  gboolean confirmed_only;
  gboolean with_negated;
  gboolean connected_only;
  gboolean json;
} Arguments;

static void
arguments_clear (Arguments *arguments)
{
  g_free (arguments->edges);
  g_strfreev (arguments->types);
  g_strfreev (arguments->quad_classes);
  g_strfreev (arguments->kinds);
  g_strfreev (arguments->sources);
  g_free (arguments->min);
  g_free (arguments->from);
  g_free (arguments->to);
  g_free (arguments->format);
  g_free (arguments->style);
  g_free (arguments->labels);
  g_free (arguments->title);
  g_free (arguments->output);
  g_free (arguments->positions);
  g_free (arguments->seed);
  g_free (arguments->period);
  g_free (arguments->chart);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Arguments, arguments_clear)

#define FILTER_ENTRIES(a) \
  { "edges", 0, 0, G_OPTION_ARG_STRING, &(a).edges, N_("relations (default) or comentions: actors in one sentence"), "EDGES" }, \
  { "types", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(a).types, N_("Only these relation types, such as consult,accuse"), "TYPE,…" }, \
  { "quad", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(a).quad_classes, \
    N_("Only these quad classes: verbal-cooperation, material-cooperation, verbal-conflict, material-conflict"), "CLASS,…" }, \
  { "kinds", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(a).kinds, N_("Only actors of these kinds, such as state,person"), "KIND,…" }, \
  { "min", 0, 0, G_OPTION_ARG_STRING, &(a).min, N_("Leave out links made fewer times"), "N" }, \
  { "from", 0, 0, G_OPTION_ARG_STRING, &(a).from, N_("Only documents of this day or after"), "YYYY-MM-DD" }, \
  { "to", 0, 0, G_OPTION_ARG_STRING, &(a).to, N_("Only documents of this day or before"), "YYYY-MM-DD" }, \
  { "sources", 0, 0, G_OPTION_ARG_STRING_ARRAY, &(a).sources, N_("Only documents of these sources"), "SOURCE,…" }, \
  { "confirmed-only", 0, 0, G_OPTION_ARG_NONE, &(a).confirmed_only, N_("Leave out suggestions not yet reviewed"), NULL }, \
  { "with-negated", 0, 0, G_OPTION_ARG_NONE, &(a).with_negated, N_("Take relations the text says did not happen"), NULL }

#define PICTURE_ENTRIES(a) \
  { "style", 0, 0, G_OPTION_ARG_STRING, &(a).style, N_("light (default), dark or high-contrast"), "STYLE" }, \
  { "labels", 0, 0, G_OPTION_ARG_STRING, &(a).labels, N_("Names in ar (default) or en"), "LANGUAGE" }, \
  { "width", 0, 0, G_OPTION_ARG_INT, &(a).width, N_("Width of a picture (default 1200)"), "W" }, \
  { "height", 0, 0, G_OPTION_ARG_INT, &(a).height, N_("Height of a picture (default 900)"), "H" }, \
  { "title", 0, 0, G_OPTION_ARG_STRING, &(a).title, N_("The picture's title"), "TEXT" }, \
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &(a).output, N_("Where to write it (a folder for csv)"), "OUT" }

/* "a,b" "c" → a, b, c */
static char **
split_list (char **values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (values == NULL)
    return NULL;
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        {
          g_strstrip (parts[k]);
          if (*parts[k] != '\0')
            g_strv_builder_add (builder, parts[k]);
        }
    }
  return g_strv_builder_end (builder);
}

/* NICKS of ENUM_TYPE into a mask; -1 on a wrong one, said. */
static gboolean
parse_mask (const char  *command,
            const char  *option,
            char       **values,
            GType        enum_type,
            guint       *mask)
{
  g_auto(GStrv) list = split_list (values);

  if (list == NULL)
    return TRUE;
  *mask = 0;
  for (guint i = 0; list[i] != NULL; i++)
    {
      int value;

      if (!hashiya_enum_from_nick (enum_type, list[i], &value))
        {
          g_autofree char *nicks = hashiya_enum_list_nicks (enum_type);

          hashiya_cli_usage_error (command, _("%s: “%s” is none of %s"), option, list[i], nicks);
          return FALSE;
        }
      *mask |= 1u << value;
    }
  return TRUE;
}

/* The documents to read: one corpus (a folder with a corpus.json), or
 * one document or more. Each a HashiyaNetworkDocument named by its path,
 * with its metadata; a document of the corpus that cannot be read is said
 * (N_FAILED counts them) and left out. */
static GPtrArray *
open_documents (int             argc,
                char          **argv,
                HashiyaCorpus **corpus,
                guint          *n_failed,
                GError        **error)
{
  g_autoptr(GPtrArray) documents = NULL;

  *n_failed = 0;
  if (argc == 2 && g_file_test (argv[1], G_FILE_TEST_IS_DIR))
    {
      g_autofree char *corpus_json = g_build_filename (argv[1], "corpus.json", NULL);
      g_autoptr(GFile) folder = g_file_new_for_path (argv[1]);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

      if (!g_file_test (corpus_json, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       _("%s: a folder without corpus.json: give a corpus or documents"), argv[1]);
          return NULL;
        }
      *corpus = hashiya_corpus_open (folder, NULL, error);
      if (*corpus == NULL)
        return NULL;
      documents = hashiya_network_documents_from_corpus (*corpus, problems, NULL, error);
      for (guint i = 0; documents != NULL && i < problems->len; i++)
        g_printerr ("hashiya-cli: %s\n", (char *) g_ptr_array_index (problems, i));
      *n_failed = problems->len;
      return g_steal_pointer (&documents);
    }

  documents = hashiya_network_documents_new ();
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(HashiyaDocument) document = NULL;

      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       _("%s: a folder: give one corpus alone, or documents"), argv[i]);
          return NULL;
        }
      document = hashiya_cli_open_document (argv[i], FALSE, error);
      if (document == NULL)
        return NULL;
      g_ptr_array_add (documents, hashiya_network_document_new_for_document (document, argv[i]));
    }
  return g_steal_pointer (&documents);
}

/* Types named that no document's relation catalogue has. */
static gboolean
check_types (const char  *command,
             GPtrArray   *documents,
             char       **types)
{
  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint k = 0; k < documents->len && !known; k++)
        {
          HashiyaDocument *document = hashiya_network_document_get_document (g_ptr_array_index (documents, k));

          known = hashiya_relation_catalog_lookup (hashiya_document_get_relation_catalog (document), types[i]) != NULL;
        }
      if (!known)
        {
          hashiya_cli_usage_error (command, _("--types: “%s” is not a type of the relation catalogue"), types[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads the filter's options; FALSE when one is wrong (said). */
static gboolean
make_filter (const char            *command,
             Arguments             *arguments,
             HashiyaNetworkFilter **filter)
{
  g_autoptr(HashiyaNetworkFilter) made = hashiya_network_filter_new ();
  g_autoptr(GError) error = NULL;
  int value;

  if (arguments->edges != NULL)
    {
      if (!hashiya_enum_from_nick (HASHIYA_TYPE_NETWORK_EDGES, arguments->edges, &value))
        {
          hashiya_cli_usage_error (command, _("--edges must be relations or comentions"));
          return FALSE;
        }
      made->edges = value;
    }
  made->types = split_list (arguments->types);
  if (!parse_mask (command, "--quad", arguments->quad_classes, HASHIYA_TYPE_QUAD_CLASS, &made->quad_classes) ||
      !parse_mask (command, "--kinds", arguments->kinds, HASHIYA_TYPE_ACTOR_KIND, &made->actor_kinds))
    return FALSE;
  if (arguments->min != NULL && (!hashiya_cli_parse_uint (arguments->min, &made->min_count) || made->min_count == 0))
    {
      hashiya_cli_usage_error (command, _("--min must be a whole number, 1 or more"));
      return FALSE;
    }
  if (!hashiya_network_filter_set_dates (made, arguments->from, arguments->to, &error))
    {
      hashiya_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }
  made->sources = split_list (arguments->sources);
  made->confirmed_only = arguments->confirmed_only;
  made->include_negated = arguments->with_negated;
  made->connected_only = arguments->connected_only;
  *filter = g_steal_pointer (&made);
  return TRUE;
}

/* Reads the picture's options; FALSE when one is wrong (said). */
static gboolean
make_picture_options (const char             *command,
                      Arguments              *arguments,
                      HashiyaPictureOptions **options)
{
  g_autoptr(HashiyaPictureOptions) made = hashiya_picture_options_new ();
  g_autoptr(GError) error = NULL;
  int value;

  if (arguments->style != NULL)
    {
      if (!hashiya_enum_from_nick (HASHIYA_TYPE_PICTURE_STYLE, arguments->style, &value))
        {
          hashiya_cli_usage_error (command, _("--style must be light, dark or high-contrast"));
          return FALSE;
        }
      made->style = value;
    }
  if (arguments->labels != NULL && g_strcmp0 (arguments->labels, "ar") != 0 && g_strcmp0 (arguments->labels, "en") != 0)
    {
      hashiya_cli_usage_error (command, _("--labels must be ar or en"));
      return FALSE;
    }
  made->arabic = g_strcmp0 (arguments->labels, "en") != 0;
  if (arguments->width == 0)
    arguments->width = HASHIYA_NETWORK_PICTURE_WIDTH;
  if (arguments->height == 0)
    arguments->height = HASHIYA_NETWORK_PICTURE_HEIGHT;
  if (!hashiya_picture_check_size (arguments->width, arguments->height, &error))
    {
      hashiya_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }
  made->scale = hashiya_picture_scale_for_size (arguments->width, arguments->height);
  made->title = g_strdup (arguments->title);
  *options = g_steal_pointer (&made);
  return TRUE;
}

/* Where the layout starts: --positions, a fresh one from --seed, or the
 * document's or the corpus's own positions (as the window keeps them)
 * when they are there. The CLI never writes them. */
static HashiyaNetworkPositions *
load_positions (const char     *command,
                Arguments      *arguments,
                HashiyaCorpus  *corpus,
                GPtrArray      *documents,
                int            *status)
{
  g_autoptr(HashiyaNetworkPositions) positions = NULL;
  g_autoptr(GError) error = NULL;
  guint seed = 1;

  if (arguments->seed != NULL && !hashiya_cli_parse_uint (arguments->seed, &seed))
    {
      *status = hashiya_cli_usage_error (command, _("--seed must be a whole number"));
      return NULL;
    }
  if (arguments->positions != NULL)
    {
      positions = hashiya_network_positions_load (arguments->positions, &error);
      if (positions == NULL)
        {
          *status = hashiya_cli_fail (error);
          return NULL;
        }
      return g_steal_pointer (&positions);
    }
  if (arguments->seed == NULL && (corpus != NULL || documents->len == 1))
    {
      g_autofree char *path = NULL;

      if (corpus != NULL)
        path = hashiya_network_positions_path_for_corpus (corpus);
      else
        path = hashiya_network_positions_path_for_document (hashiya_network_document_get_document (g_ptr_array_index (documents, 0)));

      positions = hashiya_network_positions_load_or_new (path, &error);
      if (positions == NULL)
        g_printerr (_("hashiya-cli: %s; laid out afresh\n"), error->message);
    }
  if (positions == NULL)
    positions = hashiya_network_positions_new ();
  hashiya_network_positions_set_seed (positions, seed);
  return g_steal_pointer (&positions);
}

static gboolean
format_from_output (const char *output,
                    int        *format)
{
  const char *dot = output != NULL ? strrchr (output, '.') : NULL;

  return dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL &&
         hashiya_enum_from_nick (HASHIYA_TYPE_NETWORK_FORMAT, dot + 1, format);
}

/* hashiya-cli network DOC… --format FORMAT -o OUT */
int
hashiya_cli_network (int    argc,
                     char **argv)
{
  g_auto(Arguments) arguments = { 0 };
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(HashiyaNetworkFilter) filter = NULL;
  g_autoptr(HashiyaPictureOptions) options = NULL;
  g_autoptr(HashiyaNetworkPositions) positions = NULL;
  g_autoptr(HashiyaNetwork) network = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  guint n_failed = 0;
  GOptionEntry entries[] = {
    FILTER_ENTRIES (arguments),
    { "connected-only", 0, 0, G_OPTION_ARG_NONE, &arguments.connected_only, N_("Leave out actors without a link"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &arguments.format, N_("gexf, graphml, csv, svg, png or pdf"), "FORMAT" },
    PICTURE_ENTRIES (arguments),
    { "seed", 0, 0, G_OPTION_ARG_STRING, &arguments.seed, N_("Lay out afresh from this seed"), "N" },
    { "positions", 0, 0, G_OPTION_ARG_FILENAME, &arguments.positions,
      N_("Start the layout from these positions"), "FILE" },
    { NULL }
  };
  int format, status;

  status = hashiya_cli_parse_options ("network", "DOC…|CORPUS",
                                      N_("Writes the network of the actors of one document or several: GEXF, "
                                         "GraphML or Gephi's CSV pair for the network tools, or a picture."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2)
    return hashiya_cli_usage_error ("network", _("give a corpus, or one document or more"));
  if (arguments.output == NULL)
    return hashiya_cli_usage_error ("network", _("say where to write it with -o OUT"));
  if (arguments.format != NULL ? !hashiya_enum_from_nick (HASHIYA_TYPE_NETWORK_FORMAT, arguments.format, &format)
                               : !format_from_output (arguments.output, &format))
    return hashiya_cli_usage_error ("network", _("--format must be gexf, graphml, csv, svg, png or pdf"));
  if (!make_filter ("network", &arguments, &filter) || !make_picture_options ("network", &arguments, &options))
    return HASHIYA_CLI_USAGE;

  documents = open_documents (argc, argv, &corpus, &n_failed, &error);
  if (documents == NULL)
    return hashiya_cli_fail (error);
  if (!check_types ("network", documents, filter->types))
    return HASHIYA_CLI_USAGE;
  status = HASHIYA_CLI_OK;
  positions = load_positions ("network", &arguments, corpus, documents, &status);
  if (positions == NULL)
    return status;

  network = hashiya_network_new (documents, filter);
  if (!hashiya_network_layout (network, positions, NULL, &error) ||
      !hashiya_network_measure (network, NULL, &error) ||
      !hashiya_network_export (network, format, options, arguments.width, arguments.height, arguments.output, &error))
    return hashiya_cli_fail (error);
  if (hashiya_network_get_n_undated (network) > 0)
    g_printerr (ngettext ("hashiya-cli: %u document without a date left out by --from/--to\n",
                          "hashiya-cli: %u documents without a date left out by --from/--to\n",
                          hashiya_network_get_n_undated (network)),
                hashiya_network_get_n_undated (network));
  return n_failed > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
}

static void
add_counts (JsonBuilder *builder,
            const char  *member,
            GListModel  *counts)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (counts, i);

      json_builder_set_member_name (builder, hashiya_network_count_get_key (count));
      json_builder_add_int_value (builder, hashiya_network_count_get_value (count));
    }
  json_builder_end_object (builder);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_series (JsonBuilder *builder,
            const char  *member,
            GListModel  *series)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(HashiyaNetworkSeries) line = g_list_model_get_item (series, i);

      json_builder_set_member_name (builder, hashiya_network_series_get_key (line));
      json_builder_begin_array (builder);
      for (guint p = 0; p < hashiya_network_series_get_n_values (line); p++)
        json_builder_add_int_value (builder, hashiya_network_series_get_value (line, p));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static guint
total_of (GListModel *counts)
{
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    {
      g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (counts, i);

      total += hashiya_network_count_get_value (count);
    }
  return total;
}

static void
print_stats_json (HashiyaNetwork         *network,
                  GPtrArray              *documents,
                  HashiyaNetworkFilter   *filter,
                  HashiyaNetworkTimeline *timeline)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GListModel) by_kind = hashiya_network_count_mentions_by_kind (documents, filter);
  g_autoptr(GListModel) by_type = hashiya_network_count_mentions_by_type (documents, filter);
  g_autoptr(GListModel) by_relation = hashiya_network_count_relations_by_type (documents, filter);
  g_autoptr(GListModel) by_quad = hashiya_network_count_relations_by_quad_class (documents, filter);
  g_autofree char *json = NULL;
  guint n_nodes = hashiya_network_get_n_nodes (network);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "documents");
  json_builder_add_int_value (builder, hashiya_network_get_n_taken (network));
  json_builder_set_member_name (builder, "undated");
  json_builder_add_int_value (builder, hashiya_network_timeline_get_n_undated (timeline));
  add_string_or_null (builder, "first_date", hashiya_network_get_first_date (network));
  add_string_or_null (builder, "last_date", hashiya_network_get_last_date (network));
  json_builder_set_member_name (builder, "mentions");
  json_builder_add_int_value (builder, total_of (by_kind));
  json_builder_set_member_name (builder, "relations");
  json_builder_add_int_value (builder, total_of (by_quad));

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, hashiya_network_node_get_id (node));
      add_string_or_null (builder, "name_ar", hashiya_network_node_get_name_ar (node));
      add_string_or_null (builder, "name_en", hashiya_network_node_get_name_en (node));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, hashiya_network_node_get_kind (node)));
      json_builder_set_member_name (builder, "mentions");
      json_builder_add_int_value (builder, hashiya_network_node_get_mentions (node));
      json_builder_set_member_name (builder, "documents");
      json_builder_add_int_value (builder, hashiya_network_node_get_documents (node));
      json_builder_set_member_name (builder, "degree");
      json_builder_add_int_value (builder, hashiya_network_node_get_degree (node));
      json_builder_set_member_name (builder, "strength");
      json_builder_add_int_value (builder, hashiya_network_node_get_strength (node));
      json_builder_set_member_name (builder, "betweenness");
      json_builder_add_double_value (builder, hashiya_network_node_get_betweenness (node));
      add_string_or_null (builder, "first_date", hashiya_network_node_get_first_date (node));
      add_string_or_null (builder, "last_date", hashiya_network_node_get_last_date (node));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_counts (builder, "mentions_by_kind", by_kind);
  add_counts (builder, "mentions_by_type", by_type);
  add_counts (builder, "relations_by_type", by_relation);
  add_counts (builder, "relations_by_quad_class", by_quad);

  json_builder_set_member_name (builder, "timeline");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "period");
  json_builder_add_string_value (builder, hashiya_enum_to_nick (HASHIYA_TYPE_TIMELINE_PERIOD,
                                                                hashiya_network_timeline_get_period (timeline)));
  json_builder_set_member_name (builder, "periods");
  json_builder_begin_array (builder);
  for (guint p = 0; p < hashiya_network_timeline_get_n_periods (timeline); p++)
    json_builder_add_string_value (builder, hashiya_network_timeline_get_period_label (timeline, p));
  json_builder_end_array (builder);
  add_series (builder, "mentions", hashiya_network_timeline_get_mentions (timeline));
  add_series (builder, "relations", hashiya_network_timeline_get_relations (timeline));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  g_print ("%s\n", json);
}

static void
print_stats_text (HashiyaNetwork         *network,
                  GPtrArray              *documents,
                  HashiyaNetworkFilter   *filter,
                  HashiyaNetworkTimeline *timeline)
{
  g_autoptr(GListModel) by_relation = hashiya_network_count_relations_by_type (documents, filter);
  g_autoptr(GListModel) by_quad = hashiya_network_count_relations_by_quad_class (documents, filter);
  guint n_nodes = hashiya_network_get_n_nodes (network);

  g_print (_("Documents:   %u (%u without a date)\n"), hashiya_network_get_n_taken (network),
           hashiya_network_timeline_get_n_undated (timeline));
  if (hashiya_network_get_first_date (network) != NULL)
    g_print (_("Dates:       %s – %s\n"), hashiya_network_get_first_date (network), hashiya_network_get_last_date (network));
  g_print (_("Actors:      %u\n"), n_nodes);
  g_print (_("Relations:   %u\n"), total_of (by_quad));
  g_print ("\n%-28s %8s %9s %6s %8s %11s\n", _("actor"), _("mentions"), _("documents"), _("degree"), _("strength"),
           _("betweenness"));
  for (guint i = 0; i < n_nodes; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

      g_print ("%-28s %8u %9u %6u %8u %11.2f  %s\n", hashiya_network_node_get_id (node),
               hashiya_network_node_get_mentions (node), hashiya_network_node_get_documents (node),
               hashiya_network_node_get_degree (node), hashiya_network_node_get_strength (node),
               hashiya_network_node_get_betweenness (node), hashiya_network_node_get_label (node, TRUE));
    }
  g_print ("\n");
  for (guint i = 0; i < g_list_model_get_n_items (by_quad); i++)
    {
      g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (by_quad, i);

      g_print ("%-28s %8u\n", hashiya_network_count_get_key (count), hashiya_network_count_get_value (count));
    }
  g_print ("\n");
  for (guint i = 0; i < g_list_model_get_n_items (by_relation); i++)
    {
      g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (by_relation, i);

      g_print ("%-28s %8u  %s\n", hashiya_network_count_get_key (count), hashiya_network_count_get_value (count),
               hashiya_network_count_get_group (count));
    }
}

static const char * const charts[] = {
  "mentions-by-actor", "mentions-by-kind", "mentions-by-type", "relations-by-type", "relations-by-quad-class",
  "mentions-over-time", "relations-over-time", NULL
};

static GBytes *
render_chart (guint                   chart,
              GPtrArray              *documents,
              HashiyaNetworkFilter   *filter,
              HashiyaNetworkTimeline *timeline,
              HashiyaNetwork         *network,
              HashiyaPictureOptions  *options,
              Arguments              *arguments,
              HashiyaPictureFormat    format,
              GError                **error)
{
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(HashiyaNetworkBarChart) bars = NULL;
  g_autoptr(HashiyaNetworkTimelineChart) lines = NULL;
  g_autofree char *subtitle = NULL;
  const char *title = NULL;
  guint n = hashiya_network_get_n_taken (network);

  if (chart >= 5)
    {
      lines = hashiya_network_timeline_chart_new (timeline, chart == 5 ? HASHIYA_TIMELINE_CHART_MENTIONS
                                                                       : HASHIYA_TIMELINE_CHART_RELATIONS,
                                                  options, arguments->width, arguments->height);
      return hashiya_network_timeline_chart_render (lines, format, error);
    }
  switch (chart)
    {
    case 0:
      counts = hashiya_network_count_mentions_by_actor (documents, filter);
      title = _("Mentions by actor");
      break;
    case 1:
      counts = hashiya_network_count_mentions_by_kind (documents, filter);
      title = _("Mentions by kind of actor");
      break;
    case 2:
      counts = hashiya_network_count_mentions_by_type (documents, filter);
      title = _("Mentions by type");
      break;
    case 3:
      counts = hashiya_network_count_relations_by_type (documents, filter);
      title = _("Relations by type");
      break;
    case 4:
    default:
      counts = hashiya_network_count_relations_by_quad_class (documents, filter);
      title = _("Relations by quad class");
      break;
    }
  if (documents->len == 1 && n == 1)
    subtitle = g_strdup (hashiya_network_document_get_title (g_ptr_array_index (documents, 0)));
  else
    subtitle = g_strdup_printf (ngettext ("%u document", "%u documents", n), n);
  bars = hashiya_network_bar_chart_new (counts, title, subtitle, options, arguments->width, arguments->height);
  return hashiya_network_bar_chart_render (bars, format, error);
}

/* hashiya-cli stats DOC… [--json] [--chart CHART --format F -o OUT] */
int
hashiya_cli_stats (int    argc,
                   char **argv)
{
  g_auto(Arguments) arguments = { 0 };
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(HashiyaNetworkFilter) filter = NULL;
  g_autoptr(HashiyaPictureOptions) options = NULL;
  g_autoptr(HashiyaNetwork) network = NULL;
  g_autoptr(HashiyaNetworkTimeline) timeline = NULL;
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_failed = 0;
  GOptionEntry entries[] = {
    FILTER_ENTRIES (arguments),
    { "json", 0, 0, G_OPTION_ARG_NONE, &arguments.json, N_("Print JSON"), NULL },
    { "period", 0, 0, G_OPTION_ARG_STRING, &arguments.period, N_("The timeline's periods: month (default) or week"),
      "PERIOD" },
    { "chart", 0, 0, G_OPTION_ARG_STRING, &arguments.chart,
      N_("Draw a chart instead: mentions-by-actor, mentions-by-kind, mentions-by-type, relations-by-type, "
         "relations-by-quad-class, mentions-over-time or relations-over-time"), "CHART" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &arguments.format, N_("The chart's format: svg, png or pdf"), "FORMAT" },
    PICTURE_ENTRIES (arguments),
    { NULL }
  };
  int period = HASHIYA_TIMELINE_MONTH, format = -1, status;
  guint chart = 0;

  status = hashiya_cli_parse_options ("stats", "DOC…|CORPUS",
                                      N_("Counts the mentions and relations of one document or several: by actor, "
                                         "kind, type and quad class, and over time; or draws them."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2)
    return hashiya_cli_usage_error ("stats", _("give a corpus, or one document or more"));
  if (arguments.period != NULL && !hashiya_enum_from_nick (HASHIYA_TYPE_TIMELINE_PERIOD, arguments.period, &period))
    return hashiya_cli_usage_error ("stats", _("--period must be month or week"));
  if (arguments.chart != NULL)
    {
      while (charts[chart] != NULL && g_strcmp0 (charts[chart], arguments.chart) != 0)
        chart++;
      if (charts[chart] == NULL)
        return hashiya_cli_usage_error ("stats", _("--chart must be one of %s"), "mentions-by-actor, mentions-by-kind, "
                                        "mentions-by-type, relations-by-type, relations-by-quad-class, "
                                        "mentions-over-time, relations-over-time");
      if (arguments.output == NULL)
        return hashiya_cli_usage_error ("stats", _("say where to write the chart with -o OUT"));
      if (arguments.format != NULL ? !hashiya_enum_from_nick (HASHIYA_TYPE_PICTURE_FORMAT, arguments.format, &format)
                                   : !(strrchr (arguments.output, '.') != NULL &&
                                       hashiya_enum_from_nick (HASHIYA_TYPE_PICTURE_FORMAT, strrchr (arguments.output, '.') + 1,
                                                               &format)))
        return hashiya_cli_usage_error ("stats", _("--format must be svg, png or pdf"));
      if (arguments.json)
        return hashiya_cli_usage_error ("stats", _("--json prints the numbers, --chart draws them: choose one"));
    }
  else if (arguments.output != NULL || arguments.format != NULL)
    return hashiya_cli_usage_error ("stats", _("-o and --format write a chart: say which with --chart CHART"));
  if (!make_filter ("stats", &arguments, &filter) || !make_picture_options ("stats", &arguments, &options))
    return HASHIYA_CLI_USAGE;

  documents = open_documents (argc, argv, &corpus, &n_failed, &error);
  if (documents == NULL)
    return hashiya_cli_fail (error);
  if (!check_types ("stats", documents, filter->types))
    return HASHIYA_CLI_USAGE;

  network = hashiya_network_new (documents, filter);
  if (!hashiya_network_measure (network, NULL, &error))
    return hashiya_cli_fail (error);
  timeline = hashiya_network_timeline_new (documents, filter, period, NULL);

  if (arguments.chart == NULL)
    {
      if (arguments.json)
        print_stats_json (network, documents, filter, timeline);
      else
        print_stats_text (network, documents, filter, timeline);
      return n_failed > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
    }
  bytes = render_chart (chart, documents, filter, timeline, network, options, &arguments, format, &error);
  if (bytes == NULL || !hashiya_file_write_atomic (arguments.output, bytes, &error))
    return hashiya_cli_fail (error);
  return n_failed > 0 ? HASHIYA_CLI_BAD_INPUT : HASHIYA_CLI_OK;
}
