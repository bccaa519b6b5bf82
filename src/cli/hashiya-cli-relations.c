/* hashiya-cli-relations.c — hashiya-cli relate and relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "hashiya-cli-relations.h"

/* hashiya-cli relate DOC --type TYPE --source M --target M [--trigger S:E]
 * [--mode M] [--negated] [--modality M] [--note T] [--status S] -o OUT */
int
hashiya_cli_relate (int    argc,
                    char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *type = NULL;
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  g_autofree char *trigger = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *modality_nick = NULL;
  g_autofree char *status_nick = NULL;
  g_autofree char *note = NULL;
  g_autofree char *author = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaRelation) relation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = NULL;
  gboolean negated = FALSE;
  guint start = 0, end = 0;
  int modality = HASHIYA_MODALITY_ASSERTED;
  int relation_status = HASHIYA_MENTION_STATUS_ACCEPTED;
  GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type, N_("A type of the relation catalogue, such as consult"), "TYPE" },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("The id of the mention of the actor who acts"), "MENTION" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target, N_("The id of the mention of the other party"), "MENTION" },
    { "trigger", 0, 0, G_OPTION_ARG_STRING, &trigger, N_("The words that state it, in code points"), "START:END" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode, N_("How it happened: host, multilateral, military …"), "MODE" },
    { "negated", 0, 0, G_OPTION_ARG_NONE, &negated, N_("The text says it did not happen"), NULL },
    { "modality", 0, 0, G_OPTION_ARG_STRING, &modality_nick, N_("asserted (default), future or hypothetical"),
      "MODALITY" },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_nick, N_("accepted (default) or suggested"), "STATUS" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the relation"), "TEXT" },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author,
      N_("Who made the relation (default: git config user.name, else your real name)"), "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the result"), "OUT" },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("relate", "DOC",
                                      N_("Adds one relation, from a source mention to a target mention."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("relate", _("give one document"));
  if (type == NULL)
    return hashiya_cli_usage_error ("relate", _("say which type with --type TYPE"));
  if (source == NULL || target == NULL)
    return hashiya_cli_usage_error ("relate", _("say which mentions with --source MENTION and --target MENTION"));
  if (trigger != NULL && !hashiya_cli_parse_span (trigger, &start, &end))
    return hashiya_cli_usage_error ("relate", _("--trigger must be START:END in code points, such as 186:193"));
  if (modality_nick != NULL && !hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, modality_nick, &modality))
    return hashiya_cli_usage_error ("relate", _("--modality must be asserted, future or hypothetical"));
  if (status_nick != NULL && !hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_STATUS, status_nick, &relation_status))
    return hashiya_cli_usage_error ("relate", _("--status must be accepted or suggested"));
  if (output == NULL)
    return hashiya_cli_usage_error ("relate", _("say where to write the result with -o OUT"));
  if ((status = hashiya_cli_set_author ("relate", author)) >= 0)
    return status;

  document = hashiya_cli_open_document (argv[1], FALSE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  id = hashiya_document_new_relation_id (document);
  now = hashiya_timestamp_now ();
  relation = hashiya_relation_new (id, type, source, target);
  /* An empty trigger is refused, not taken for none. */
  if (trigger != NULL && start >= end)
    {
      g_printerr (_("hashiya-cli: %s: relation %s: the trigger %u:%u is empty or backwards\n"), argv[1], id, start,
                  end);
      return HASHIYA_CLI_BAD_INPUT;
    }
  hashiya_relation_set_trigger (relation, start, end);
  hashiya_relation_set_mode (relation, mode);
  hashiya_relation_set_negated (relation, negated);
  hashiya_relation_set_modality (relation, modality);
  hashiya_relation_set_status (relation, relation_status);
  hashiya_relation_set_note (relation, note);
  hashiya_relation_set_author (relation, hashiya_document_get_author (document));
  hashiya_relation_set_created (relation, now);
  hashiya_relation_set_modified (relation, now);
  if (!hashiya_document_add_relation (document, relation, &error))
    {
      g_prefix_error (&error, "%s: relation %s: ", argv[1], id);
      return hashiya_cli_fail (error);
    }

  status = hashiya_cli_save (document, output);
  if (status == HASHIYA_CLI_OK)
    g_printerr (_("%s: relation %s added\n"), output, id);
  return status;
}

/* What the mention or orphan of @id is: its actor, span and text. */
static HashiyaMention *
find_end (HashiyaDocument *document,
          const char      *id)
{
  GListModel *orphans = hashiya_document_get_orphans (document);
  HashiyaMention *mention = hashiya_document_lookup_mention (document, id);

  for (guint i = 0; mention == NULL && i < g_list_model_get_n_items (orphans); i++)
    {
      g_autoptr(HashiyaMention) orphan = g_list_model_get_item (orphans, i);

      if (g_strcmp0 (hashiya_mention_get_id (orphan), id) == 0)
        mention = orphan;
    }
  return mention;
}

static void
add_end (JsonBuilder     *builder,
         HashiyaDocument *document,
         const char      *member,
         const char      *id)
{
  HashiyaMention *mention = find_end (document, id);

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mention");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "actor");
  json_builder_add_string_value (builder, mention != NULL ? hashiya_mention_get_actor (mention) : NULL);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, mention != NULL ? hashiya_mention_get_start (mention) : 0);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, mention != NULL ? hashiya_mention_get_end (mention) : 0);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, mention != NULL ? hashiya_mention_get_quote_exact (mention) : NULL);
  /* An end lost in a new version of the text is an orphan. */
  json_builder_set_member_name (builder, "orphan");
  json_builder_add_boolean_value (builder, mention != NULL && hashiya_document_lookup_mention (document, id) == NULL);
  json_builder_end_object (builder);
}

static void
add_optional_string (JsonBuilder *builder,
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
print_json (HashiyaDocument *document)
{
  GListModel *relations = hashiya_document_get_relations (document);
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      guint start, end;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, hashiya_relation_get_id (relation));
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, hashiya_relation_get_relation_type (relation));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                                    hashiya_relation_get_status (relation)));
      add_optional_string (builder, "mode", hashiya_relation_get_mode (relation));
      json_builder_set_member_name (builder, "negated");
      json_builder_add_boolean_value (builder, hashiya_relation_get_negated (relation));
      json_builder_set_member_name (builder, "modality");
      json_builder_add_string_value (builder, hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY,
                                                                    hashiya_relation_get_modality (relation)));
      add_end (builder, document, "source", hashiya_relation_get_source (relation));
      add_end (builder, document, "target", hashiya_relation_get_target (relation));
      json_builder_set_member_name (builder, "trigger");
      if (hashiya_relation_get_trigger (relation, &start, &end))
        {
          g_autofree char *words = hashiya_text_slice (text, start, end);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, end);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, words);
          json_builder_end_object (builder);
        }
      else
        json_builder_add_null_value (builder);
      add_optional_string (builder, "note", hashiya_relation_get_note (relation));
      add_optional_string (builder, "author", hashiya_relation_get_author (relation));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, NULL);
  g_print ("%s\n", data);
}

/* "r2 consult (host): m3 طهران (iran) → m4 صيغة 3 + 3 (format-3plus3)
 * «تستضيف»", and what else the relation says. */
static void
print_text (HashiyaDocument *document)
{
  GListModel *relations = hashiya_document_get_relations (document);
  HashiyaText *text = hashiya_document_get_text (document);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      HashiyaMention *source = find_end (document, hashiya_relation_get_source (relation));
      HashiyaMention *target = find_end (document, hashiya_relation_get_target (relation));
      g_autoptr(GString) line = g_string_new (NULL);
      guint start, end;

      g_string_append_printf (line, "%s\t%s", hashiya_relation_get_id (relation),
                              hashiya_relation_get_relation_type (relation));
      if (hashiya_relation_get_mode (relation) != NULL)
        g_string_append_printf (line, " (%s)", hashiya_relation_get_mode (relation));
      g_string_append_printf (line, "\t%s %s (%s)\t→\t%s %s (%s)", hashiya_relation_get_source (relation),
                              source != NULL ? hashiya_mention_get_quote_exact (source) : "?",
                              source != NULL ? hashiya_mention_get_actor (source) : "?",
                              hashiya_relation_get_target (relation),
                              target != NULL ? hashiya_mention_get_quote_exact (target) : "?",
                              target != NULL ? hashiya_mention_get_actor (target) : "?");
      if (hashiya_relation_get_trigger (relation, &start, &end))
        {
          g_autofree char *words = hashiya_text_slice (text, start, end);

          g_string_append_printf (line, "\t«%s» %u:%u", words, start, end);
        }
      if (hashiya_relation_get_negated (relation))
        g_string_append (line, _("\tnegated"));
      if (hashiya_relation_get_modality (relation) != HASHIYA_MODALITY_ASSERTED)
        g_string_append_printf (line, "\t%s", hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY,
                                                                    hashiya_relation_get_modality (relation)));
      if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
        g_string_append (line, _("\tsuggested"));
      g_print ("%s\n", line->str);
    }
}

/* hashiya-cli relations DOC [--json] */
int
hashiya_cli_relations (int    argc,
                       char **argv)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gboolean as_json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print a JSON list of objects"), NULL },
    { NULL }
  };
  int status;

  status = hashiya_cli_parse_options ("relations", "DOC", N_("Prints the relations of a document, one a line."),
                                      entries, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return hashiya_cli_usage_error ("relations", _("give one document"));

  document = hashiya_cli_open_document (argv[1], FALSE, &error);
  if (document == NULL)
    return hashiya_cli_fail (error);

  if (as_json)
    print_json (document);
  else
    print_text (document);
  return HASHIYA_CLI_OK;
}
