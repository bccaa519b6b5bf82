/* hashiya-cli.c — the headless command-line tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "hashiya-cli.h"
#include "hashiya-cli-agree.h"
#include "hashiya-cli-common.h"
#include "hashiya-cli-git.h"
#include "hashiya-cli-merge.h"
#include "hashiya-cli-network.h"
#include "hashiya-cli-corpus.h"
#include "hashiya-cli-relations.h"

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  run;
} Command;

static int
command_new (int    argc,
             char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *catalog_path = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the new document"), "DOC" },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Start from this actor catalogue instead of the default one"), "CATALOG" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("new", "TEXT", N_("Makes a new document, with no mentions, from a UTF-8 text file."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("new", _("give one text file"));
  if (output == NULL)
    return hashiya_cli_usage_error ("new", _("say where to write the document with -o DOC"));

  if (catalog_path != NULL && (catalog = hashiya_catalog_load_file (catalog_path, &error)) == NULL)
    return hashiya_cli_fail (error);

  document = hashiya_document_new_from_text_file (argv[1], catalog, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  return hashiya_cli_save (document, output);
}

static void
print_info_text (const char      *path,
                 HashiyaDocument *document)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  guint n_actors = hashiya_catalog_get_n_actors (catalog);

  g_print (_("File:        %s\n"), path);
  g_print (_("Characters:  %u\n"), hashiya_text_get_length (text));
  g_print (_("Lines:       %u\n"), hashiya_text_get_n_lines (text));
  g_print (_("SHA-256:     %s\n"), hashiya_text_get_sha256 (text));
  g_print (_("Actors:      %u (%s)\n"), n_actors, hashiya_catalog_get_name (catalog) ?: _("unnamed catalogue"));
  g_print (_("Mentions:    %u\n"), hashiya_document_get_n_mentions (document));

  for (guint i = 0; i < n_actors; i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      guint count = hashiya_document_count_mentions (document, hashiya_actor_get_id (actor));

      if (count > 0)
        g_print ("  %-28s %5u  %s\n", hashiya_actor_get_id (actor), count,
                 hashiya_actor_get_name_ar (actor) ?: hashiya_actor_get_name_en (actor));
    }
}

static void
print_info_json (const char      *path,
                 HashiyaDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  guint n_actors = hashiya_catalog_get_n_actors (catalog);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "characters");
  json_builder_add_int_value (builder, hashiya_text_get_length (text));
  json_builder_set_member_name (builder, "lines");
  json_builder_add_int_value (builder, hashiya_text_get_n_lines (text));
  json_builder_set_member_name (builder, "sha256");
  json_builder_add_string_value (builder, hashiya_text_get_sha256 (text));
  json_builder_set_member_name (builder, "offset_unit");
  json_builder_add_string_value (builder, "codepoint");
  json_builder_set_member_name (builder, "mentions");
  json_builder_add_int_value (builder, hashiya_document_get_n_mentions (document));
  json_builder_set_member_name (builder, "relations");
  json_builder_add_int_value (builder, g_list_model_get_n_items (hashiya_document_get_relations (document)));

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_actors; i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, hashiya_actor_get_id (actor));
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND,
                                                                    hashiya_actor_get_kind (actor)));
      json_builder_set_member_name (builder, "name_ar");
      json_builder_add_string_value (builder, hashiya_actor_get_name_ar (actor));
      json_builder_set_member_name (builder, "name_en");
      json_builder_add_string_value (builder, hashiya_actor_get_name_en (actor));
      json_builder_set_member_name (builder, "mentions");
      json_builder_add_int_value (builder, hashiya_document_count_mentions (document, hashiya_actor_get_id (actor)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "mentions_by_actor");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_actors; i++)
    {
      const char *id = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, i));
      guint count = hashiya_document_count_mentions (document, id);

      if (count == 0)
        continue;
      json_builder_set_member_name (builder, id);
      json_builder_add_int_value (builder, count);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  g_print ("%s\n", json);
}

/* hashiya-cli info DOC [--json] */
static int
command_info (int    argc,
              char **argv)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean as_json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print a JSON object"), NULL },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("info", "DOC",
                                      _("Prints the characters, lines, text SHA-256, actors and mentions by actor of a document."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("info", _("give one document"));

  document = hashiya_cli_open_document (argv[1], FALSE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  if (as_json)
    print_info_json (argv[1], document);
  else
    print_info_text (argv[1], document);

  return HASHIYA_CLI_OK;
}

/* A catalogue says so in its "format"; anything else is read as a
 * document, so that its errors are the document reader's. */
static gboolean
looks_like_catalog (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonObject *object;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;

  object = json_node_get_object (root);
  return g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL),
                    "hashiya-catalog") == 0;
}

static gboolean
validate_one (const char  *path,
              GError     **error)
{
  g_autoptr(GBytes) bytes = hashiya_file_read (path, error);

  if (bytes == NULL)
    return FALSE;
  if (looks_like_catalog (bytes))
    {
      g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_read (bytes, path, error);

      if (catalog == NULL)
        return FALSE;
      g_print (_("%s: valid catalogue, %u actors\n"), path, hashiya_catalog_get_n_actors (catalog));
    }
  else
    {
      g_autoptr(HashiyaDocument) document = hashiya_format_read_take (&bytes, path, error);
      const HashiyaReanchorReport *report;

      if (document == NULL)
        return FALSE;
      report = hashiya_document_get_reanchor_report (document);
      g_print (_("%s: valid document, %u characters, %u mentions\n"), path,
               hashiya_text_get_length (hashiya_document_get_text (document)),
               hashiya_document_get_n_mentions (document));
      /* The text was edited by hand: say how the mentions were found. */
      if (report != NULL)
        {
          g_print (_("%s: the text was changed outside Hashiya; mentions re-anchored: "), path);
          g_print (_("%u kept, %u moved, %u fuzzy, %u orphaned\n"), report->kept, report->moved, report->fuzzy,
                   report->orphaned);
        }
    }

  return TRUE;
}

/* hashiya-cli validate FILE… */
static int
command_validate (int    argc,
                  char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  int status;
  int result = HASHIYA_CLI_OK;

  status = hashiya_cli_parse_options ("validate", "FILE…",
                                      _("Checks .hashiya documents and actor catalogues; exits 0 when every file is valid."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2)
    return hashiya_cli_usage_error ("validate", _("give at least one file"));

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!validate_one (argv[i], &error))
        result = hashiya_cli_fail (error);
    }

  return result;
}

/* Spaces and punctuation at the edges of a span are left out, as the
 * window leaves them out of a selection; a span of nothing else, or one
 * that splits a letter from its tashkeel, is refused (with the document's
 * own message for the latter). */
static gboolean
tidy_span (const char      *path,
           HashiyaDocument *document,
           guint           *start,
           guint           *end)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint s = *start, e = *end;

  if (s >= e || e > hashiya_text_get_length (text) ||
      !hashiya_text_is_boundary (text, s) || !hashiya_text_is_boundary (text, e))
    return TRUE;
  if (!hashiya_text_tidy_span (text, &s, &e))
    {
      g_printerr (_("hashiya-cli: %s: the span %u:%u holds only spaces and punctuation\n"), path, *start, *end);
      return FALSE;
    }
  if (s != *start || e != *end)
    g_printerr (_("hashiya-cli: %s: span %u:%u trimmed to %u:%u (spaces and punctuation at its edges are left out)\n"),
                path, *start, *end, s, e);
  *start = s;
  *end = e;
  return TRUE;
}

/* hashiya-cli annotate DOC --actor ID --span START:END [--type TYPE] [--note TEXT] -o OUT */
static int
command_annotate (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *actor_id = NULL;
  g_autofree char *span = NULL;
  g_autofree char *type_nick = NULL;
  g_autofree char *status_nick = NULL;
  g_autofree char *note = NULL;
  g_autofree char *author = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention;
  guint start = 0, end = 0;
  int type = HASHIYA_MENTION_TYPE_NAME;
  int mention_status = HASHIYA_MENTION_STATUS_ACCEPTED;
  GOptionEntry entries[] = {
    { "actor", 0, 0, G_OPTION_ARG_STRING, &actor_id, N_("The actor's id in the catalogue"), "ID" },
    { "span", 0, 0, G_OPTION_ARG_STRING, &span, N_("Code point offsets, end excluded"), "START:END" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_nick,
      N_("name (default), adjective, capital, title, pronoun or other"), "TYPE" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_nick, N_("accepted (default) or suggested"), "STATUS" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the mention"), "TEXT" },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author,
      N_("Who made the mention (default: git config user.name, else your real name)"), "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the result"), "OUT" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("annotate", "DOC", N_("Adds one mention of an actor to a document."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("annotate", _("give one document"));
  if (actor_id == NULL)
    return hashiya_cli_usage_error ("annotate", _("say which actor with --actor ID"));
  if (!hashiya_cli_parse_span (span, &start, &end))
                               return hashiya_cli_usage_error ("annotate", _("--span must be START:END in code points, such as 79:87"));
  if (type_nick != NULL && !hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, type_nick, &type))
    {
      g_autofree char *allowed = hashiya_enum_list_nicks (HASHIYA_TYPE_MENTION_TYPE);
      return hashiya_cli_usage_error ("annotate", _("--type must be one of %s"), allowed);
    }
  if (status_nick != NULL &&
      !hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_STATUS, status_nick, &mention_status))
    return hashiya_cli_usage_error ("annotate", _("--status must be accepted or suggested"));
  if (output == NULL)
    return hashiya_cli_usage_error ("annotate", _("say where to write the result with -o OUT"));
  if ((status = hashiya_cli_set_author ("annotate", author)) >= 0)
    return status;

  document = hashiya_cli_open_document (argv[1], FALSE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  if (!tidy_span (argv[1], document, &start, &end))
    return HASHIYA_CLI_BAD_INPUT;
  mention = hashiya_document_annotate (document, start, end, actor_id, type, &error);
  if (mention == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return hashiya_cli_fail (error);
    }
  hashiya_mention_set_note (mention, note);
  hashiya_mention_set_status (mention, mention_status);

  return hashiya_cli_save (document, output);
}

/* hashiya-cli suggest DOC -o OUT [--accept] */
static int
command_suggest (int    argc,
                 char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *author = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean accept = FALSE;
  gboolean relations = FALSE;
  GOptionEntry entries[] = {
    { "accept", 0, 0, G_OPTION_ARG_NONE, &accept, N_("Add the matches as accepted mentions, not suggestions"), NULL },
    { "relations", 0, 0, G_OPTION_ARG_NONE, &relations,
      N_("Then the relations the text states between the mentions (after the actors)"), NULL },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author,
      N_("Who adds them (default: git config user.name, else your real name)"), "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the result"), "OUT" },
    { NULL }
  };
  guint before, added, related = 0;
  HashiyaMentionStatus added_status;
  int status;

  status = hashiya_cli_parse_options ("suggest", "DOC",
                                      _("Finds the catalogue's actors in the text (Arabic folding, proclitics, multi-word aliases) "
                                      "and adds them as suggested mentions."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("suggest", _("give one document"));
  if (output == NULL)
    return hashiya_cli_usage_error ("suggest", _("say where to write the result with -o OUT"));
  if ((status = hashiya_cli_set_author ("suggest", author)) >= 0)
    return status;

  document = hashiya_cli_open_document (argv[1], TRUE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  before = hashiya_document_get_n_mentions (document);
  added_status = accept ? HASHIYA_MENTION_STATUS_ACCEPTED : HASHIYA_MENTION_STATUS_SUGGESTED;
  added = hashiya_document_suggest (document, added_status);
  if (relations)
    related = hashiya_document_suggest_relations (document, added_status);
  status = hashiya_cli_save (document, output);
  if (status != HASHIYA_CLI_OK)
    return status;
  g_printerr (accept ? _("%s: %u accepted mentions added (%u were there)\n")
                     : _("%s: %u suggested mentions added (%u were there)\n"), output, added, before);
  if (relations)
    g_printerr (accept ? _("%s: %u accepted relations added\n") : _("%s: %u suggested relations added\n"), output,
                related);
  return status;
}

/* hashiya-cli find DOC QUERY */
static int
command_find (int    argc,
              char **argv)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaSearchQuery) query = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = { { NULL } };
  HashiyaText *text;
  int status;

  status = hashiya_cli_parse_options ("find", "DOC QUERY",
                                      _("Prints START, END and the text of every match of QUERY, one per line. "
                                        "QUERY is found as whole words, ignoring tashkeel, tatweel, the forms of "
                                        "alef, ya and ta marbuta, and the proclitics and article before a word; "
                                        "several words are found one after another, and a word ending in * finds "
                                        "the words that begin with it."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return hashiya_cli_usage_error ("find", _("give a document and a query"));

  query = hashiya_search_query_new (argv[2], &error);
  if (query == NULL)
    return hashiya_cli_fail (error);
  document = hashiya_cli_open_document (argv[1], TRUE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  text = hashiya_document_get_text (document);
  found = hashiya_search_query_find (query, text);
  for (guint i = 0; i + 1 < found->len; i += 2)
    {
      guint start = g_array_index (found, guint, i);
      guint end = g_array_index (found, guint, i + 1);
      g_autofree char *match = hashiya_text_slice (text, start, end);

      g_print ("%u\t%u\t%s\n", start, end, match);
    }

  return HASHIYA_CLI_OK;
}

static void
print_report (const char                  *path,
              const HashiyaReanchorReport *report)
{
  g_print (_("%s: %u kept, %u moved, %u fuzzy, %u orphaned\n"), path,
           report->kept, report->moved, report->fuzzy, report->orphaned);
}

/* hashiya-cli reanchor DOC NEWTEXT -o OUT */
static int
command_reanchor (int    argc,
                  char **argv)
{
  g_autofree char *output = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaDocument) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the result"), "OUT" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("reanchor", "DOC NEWTEXT",
                                      _("Moves a document's mentions onto a new version of its text: each stays where it was, "
                                      "moves with its quote, is found again with small changes (fuzzy), or is kept as an orphan. "
                                      "Prints the four counts."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return hashiya_cli_usage_error ("reanchor", _("give a document and the new text"));
  if (output == NULL)
    return hashiya_cli_usage_error ("reanchor", _("say where to write the result with -o OUT"));

  document = hashiya_cli_open_document (argv[1], FALSE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);
  if ((bytes = hashiya_file_read (argv[2], &error)) == NULL)
    return hashiya_cli_fail (error);
  text = hashiya_text_new_from_bytes (bytes, &error);
  if (text == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[2]);
      return hashiya_cli_fail (error);
    }

  result = hashiya_document_reanchor (document, text);
  status = hashiya_cli_save (result, output);
  if (status == HASHIYA_CLI_OK)
    print_report (output, hashiya_document_get_reanchor_report (result));
  return status;
}

/* "brat, w3c, …": the formats that pass FILTER. */
static char *
format_names (gboolean (*filter) (HashiyaExportFormat format))
{
  GString *names = g_string_new (NULL);

  for (int format = HASHIYA_EXPORT_BRAT; format <= HASHIYA_EXPORT_PDF; format++)
    if (filter == NULL || filter (format))
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              hashiya_enum_to_nick (HASHIYA_TYPE_EXPORT_FORMAT, format));
  return g_string_free (names, FALSE);
}

static gboolean
parse_export_options (HashiyaExportOptions *options,
                      const char           *tags,
                      const char           *nested)
{
  int value;

  if (tags != NULL)
    {
      if (!hashiya_enum_from_nick (HASHIYA_TYPE_CONLL_TAGS, tags, &value))
        return hashiya_cli_usage_error ("export", _("--tags is “kind”, “actor” or “label”, not “%s”"), tags), FALSE;
      options->conll_tags = value;
    }
  if (nested != NULL)
    {
      if (!hashiya_enum_from_nick (HASHIYA_TYPE_CONLL_NESTED, nested, &value))
        return hashiya_cli_usage_error ("export", _("--nested is “outer” or “inner”, not “%s”"), nested), FALSE;
      options->conll_nested = value;
    }
  return TRUE;
}

/* hashiya-cli export DOC --format FORMAT -o OUT */
static int
command_export (int    argc,
                char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *nested = NULL;
  g_autofree char *title = NULL;
  g_autofree char *known = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaExportOptions) options = NULL;
  g_autoptr(GError) error = NULL;
  gboolean bom = FALSE, confirmed_only = FALSE, relations = FALSE;
  int format;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("hashiya, brat (a folder), w3c, conll, jsonl, html, csv or pdf"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write the export (a folder for brat)"), "OUT" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The title HTML and PDF show, and the name of brat's files (default: the document's name)"), "TITLE" },
    { "confirmed-only", 0, 0, G_OPTION_ARG_NONE, &confirmed_only,
      N_("Leave out suggestions not yet reviewed"), NULL },
    { "tags", 0, 0, G_OPTION_ARG_STRING, &tags,
      N_("CoNLL: tag with the actor's kind (default), its id, or the label the mention was imported with"),
      "kind|actor|label" },
    { "nested", 0, 0, G_OPTION_ARG_STRING, &nested,
      N_("CoNLL: where mentions nest, tag the outer (default) or the inner one"), "outer|inner" },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("CSV: start with a byte-order mark, for spreadsheet programs"), NULL },
    { "relations", 0, 0, G_OPTION_ARG_NONE, &relations,
      N_("CSV: one row a relation (its type, its two ends, its trigger, its sentence) instead of one a mention"),
      NULL },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("export", "DOC", N_("Writes a document in another format. "
                                      "Offsets count Unicode code points."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("export", _("give one document"));
  if (format_name == NULL)
    return hashiya_cli_usage_error ("export", _("say which format with --format FORMAT"));
  known = format_names (NULL);
  if (g_strcmp0 (format_name, "hashiya") != 0 &&
      !hashiya_enum_from_nick (HASHIYA_TYPE_EXPORT_FORMAT, format_name, &format))
    return hashiya_cli_usage_error ("export", _("unknown format “%s”; known formats: hashiya, %s"), format_name, known);
  if (output == NULL)
    return hashiya_cli_usage_error ("export", _("say where to write the export with -o OUT"));
  if (relations && (g_strcmp0 (format_name, "hashiya") == 0 || format != HASHIYA_EXPORT_CSV))
    return hashiya_cli_usage_error ("export", _("--relations is for csv only, not %s: the other formats hold the "
                                                "relations with the mentions"), format_name);

  options = hashiya_export_options_new (NULL);
  g_free (options->title);
  options->title = title != NULL ? g_strdup (title) : hashiya_file_stem (argv[1]);
  options->skip_suggestions = confirmed_only;
  options->csv_bom = bom;
  options->csv_relations = relations;
  if (!parse_export_options (options, tags, nested))
    return HASHIYA_CLI_USAGE;

  document = hashiya_cli_open_document (argv[1], FALSE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  if (g_strcmp0 (format_name, "hashiya") == 0)
    return hashiya_cli_save (document, output);
  if (!hashiya_export_file (document, format, options, output, &error))
    return hashiya_cli_fail (error);
  return HASHIYA_CLI_OK;
}

/* hashiya-cli import --format FORMAT [--text TEXT] FILE -o DOC */
static int
command_import (int    argc,
                char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *text_path = NULL;
  g_autofree char *catalog_path = NULL;
  g_autofree char *known = NULL;
  g_autofree char *author = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const HashiyaReanchorReport *report;
  int format;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("brat (.ann), w3c (JSON-LD), conll (CoNLL/BIO, ANERcorp) or jsonl (default: from the extension)"),
      "FORMAT" },
    { "text", 0, 0, G_OPTION_ARG_FILENAME, &text_path,
      N_("brat and w3c: the text the annotations are on (default: the .txt beside FILE)"), "TEXT" },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Resolve actors in this catalogue instead of the default one"), "CATALOG" },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author,
      N_("Whose the annotations that name no author are (default: git config user.name, else your real name)"),
      "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the document"), "DOC" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("import", "FILE", N_("Makes a document from another tool's annotations. "
                                      "What cannot be read is listed, never dropped silently."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("import", _("give one file"));
  known = format_names (hashiya_import_format_is_supported);
  if (format_name == NULL && !hashiya_import_format_from_path (argv[1], (HashiyaExportFormat *) &format))
    return hashiya_cli_usage_error ("import", _("say which format with --format FORMAT (%s)"), known);
  if (format_name != NULL &&
      (!hashiya_enum_from_nick (HASHIYA_TYPE_EXPORT_FORMAT, format_name, &format) ||
       !hashiya_import_format_is_supported (format)))
    return hashiya_cli_usage_error ("import", _("unknown format “%s”; known formats: %s"), format_name, known);
  if (text_path != NULL && format != HASHIYA_EXPORT_BRAT && format != HASHIYA_EXPORT_W3C)
    return hashiya_cli_usage_error ("import", _("--text is for brat and w3c; %s files hold their text"),
                                    hashiya_enum_to_nick (HASHIYA_TYPE_EXPORT_FORMAT, format));
  if (output == NULL)
    return hashiya_cli_usage_error ("import", _("say where to write the document with -o DOC"));
  if ((status = hashiya_cli_set_author ("import", author)) >= 0)
    return status;

  if (catalog_path != NULL && (catalog = hashiya_catalog_load_file (catalog_path, &error)) == NULL)
    return hashiya_cli_fail (error);

  document = hashiya_import_file (format, argv[1], text_path, catalog, &problems, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));
  status = hashiya_cli_save (document, output);
  if (status != HASHIYA_CLI_OK)
    return status;

  report = hashiya_document_get_reanchor_report (document);
  if (report != NULL)
    g_print (_("%s: the annotations were made on another version of the text; re-anchored: "
               "%u kept, %u moved, %u fuzzy, %u orphaned\n"), output,
             report->kept, report->moved, report->fuzzy, report->orphaned);
  g_print (_("%s: %u mentions and %u relations imported, %u remarks on standard error\n"), output,
           hashiya_document_get_n_mentions (document),
           g_list_model_get_n_items (hashiya_document_get_relations (document)), problems->len);
  return status;
}

static const Command commands[] = {
  { "new", "TEXT -o DOC [--catalog CATALOG]", N_("make a new document from a UTF-8 text"), command_new },
  { "info", "DOC [--json]", N_("characters, lines, actors, mentions by actor, SHA-256"), command_info },
  { "validate", "FILE…", N_("check documents and catalogues"), command_validate },
  { "annotate", "DOC --actor ID --span START:END [--type TYPE] [--note TEXT] -o OUT",
    N_("add one mention"), command_annotate },
  { "suggest", "DOC -o OUT [--relations] [--accept]",
    N_("add the catalogue's actors found in the text, and the relations it states"), command_suggest },
  { "find", "DOC QUERY", N_("print start, end and text of each match"), command_find },
  { "reanchor", "DOC NEWTEXT -o OUT", N_("move the mentions onto a new version of the text"), command_reanchor },
  { "export", "DOC --format hashiya|brat|w3c|conll|jsonl|html|csv|pdf -o OUT",
    N_("write a document in another format"), command_export },
  { "import", "[--format brat|w3c|conll|jsonl] [--text TEXT] FILE -o DOC",
    N_("make a document from another tool's annotations"),
    command_import },
  { "relate", "DOC --type TYPE --source MENTION --target MENTION [--trigger START:END] [--mode M] -o OUT",
    N_("add one relation between two mentions"), hashiya_cli_relate },
  { "relations", "DOC [--json]", N_("print the relations, one a line"), hashiya_cli_relations },
  { "network", "DOC…|CORPUS --edges relations|comentions [--types T,…] [--min N] [--from DATE --to DATE] "
    "--format gexf|graphml|csv|svg|png|pdf -o OUT",
    N_("write the network of the actors, for Gephi and networkx, or as a picture"), hashiya_cli_network },
  { "stats", "DOC…|CORPUS [--json] [--chart CHART -o OUT]", N_("count mentions and relations by actor, type and time"),
    hashiya_cli_stats },
  { "agree", "FILE_A FILE_B [FILE_C…] [--json] [--by actor|type|kind] [--units FILE.csv]",
    N_("how far annotators agree on versions of one text"), hashiya_cli_agree },
  { "merge-driver", "BASE OURS THEIRS [--path P]",
    N_("git's three-way merge of a .hashiya file, written over OURS"), hashiya_cli_merge_driver },
  { "git-setup", "[DIR]", N_("make git merge the work tree's .hashiya files with merge-driver"), hashiya_cli_git_setup },
  { "sync", "DIR [-m MESSAGE]", N_("commit what is saved, pull and push, through git"), hashiya_cli_sync },
  { "corpus", "SUBCOMMAND DIR …", N_("work on a corpus folder (“hashiya-cli corpus --help” lists the subcommands)"),
    hashiya_cli_corpus },
};

static void
print_help (FILE *stream)
{
  fprintf (stream, "%s", _("Usage: hashiya-cli COMMAND [OPTION…]\n\n"
                           "Annotate the actors of Arabic texts, without a window.\n"
                           "Offsets are Unicode code points; END is excluded.\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n  %-10s   %s\n", commands[i].name, commands[i].args, "", _(commands[i].summary));
  fprintf (stream, "%s", _("\n“hashiya-cli COMMAND --help” describes a command’s options.\n"
                           "Exit status: 0 success, 1 bad input or data, 2 wrong usage.\n"));
}

int
hashiya_cli_run (int    argc,
                 char **argv)
{
  const char *name;

  g_set_prgname ("hashiya-cli");
  hashiya_core_init ();

  if (argc < 2)
    {
      print_help (stderr);
      return HASHIYA_CLI_USAGE;
    }

  name = argv[1];
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      print_help (stdout);
      return HASHIYA_CLI_OK;
    }
  if (strcmp (name, "--version") == 0)
    {
      g_print ("hashiya-cli %s\n", PACKAGE_VERSION);
      return HASHIYA_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (name, commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  return hashiya_cli_usage_error (NULL, _("unknown command “%s”"), name);
}
