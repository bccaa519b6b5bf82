/* test-relation-catalog.c — the relation types, their catalogue and its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-util.h"

/* The guide's table: id, CAMEO root codes, quad class, mutual. */
static const struct
{
  const char       *id;
  const char       *cameo;
  HashiyaQuadClass  quad_class;
  gboolean          mutual;
} guide[] = {
  { "agree", "03", HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, TRUE },
  { "consult", "04", HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, TRUE },
  { "support", "05", HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE },
  { "concede", "08", HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE },
  { "cooperate", "06", HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION, TRUE },
  { "aid", "07", HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION, FALSE },
  { "retreat", "08", HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION, FALSE },
  { "request", "02, 10", HASHIYA_QUAD_CLASS_VERBAL_CONFLICT, FALSE },
  { "accuse", "11", HASHIYA_QUAD_CLASS_VERBAL_CONFLICT, FALSE },
  { "reject", "12", HASHIYA_QUAD_CLASS_VERBAL_CONFLICT, FALSE },
  { "threaten", "13", HASHIYA_QUAD_CLASS_VERBAL_CONFLICT, FALSE },
  { "protest", "14", HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, FALSE },
  { "sanction", "16", HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, FALSE },
  { "mobilize", "15", HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, FALSE },
  { "coerce", "17", HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, FALSE },
  { "assault", "18, 19, 20", HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, FALSE },
};

static void
test_default (void)
{
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationType) first = NULL;

  g_assert_cmpstr (hashiya_relation_catalog_get_name (catalog), ==, "PLOVER relations");
  g_assert_cmpuint (hashiya_relation_catalog_get_n_types (catalog), ==, G_N_ELEMENTS (guide));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalog)) == HASHIYA_TYPE_RELATION_TYPE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, G_N_ELEMENTS (guide));
  first = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
  g_assert_cmpstr (hashiya_relation_type_get_id (first), ==, "agree");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (catalog), G_N_ELEMENTS (guide)));

  for (guint i = 0; i < G_N_ELEMENTS (guide); i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (catalog, i);
      const char * const *triggers = hashiya_relation_type_get_triggers (type);

      g_assert_cmpstr (hashiya_relation_type_get_id (type), ==, guide[i].id);
      g_assert_true (hashiya_relation_catalog_lookup (catalog, guide[i].id) == type);
      g_assert_cmpstr (hashiya_relation_type_get_cameo (type), ==, guide[i].cameo);
      g_assert_cmpint (hashiya_relation_type_get_quad_class (type), ==, guide[i].quad_class);
      g_assert_cmpint (hashiya_relation_type_get_mutual (type), ==, guide[i].mutual);
      g_assert_nonnull (hashiya_relation_type_get_name_ar (type));
      g_assert_nonnull (hashiya_relation_type_get_name_en (type));
      /* Rich: verbs and nouns, every one valid. */
      g_assert_cmpuint (g_strv_length ((char **) triggers), >=, 10);
      for (guint j = 0; triggers[j] != NULL; j++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_true (hashiya_relation_trigger_check (triggers[j], &error));
          g_assert_no_error (error);
        }
    }
  g_assert_null (hashiya_relation_catalog_lookup (catalog, "hosts"));
  g_assert_null (hashiya_relation_catalog_lookup (catalog, NULL));

  for (guint q = HASHIYA_QUAD_CLASS_VERBAL_COOPERATION; q <= HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT; q++)
    g_assert_true (hashiya_color_is_valid (hashiya_relation_catalog_get_quad_color (catalog, q)));

  /* Each call gives a catalogue of its own. */
  {
    g_autoptr(HashiyaRelationCatalog) other = hashiya_relation_catalog_new_default ();

    g_assert_true (hashiya_relation_catalog_get_relation_type (other, 0) !=
                   hashiya_relation_catalog_get_relation_type (catalog, 0));
  }
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  GString *log = user_data;

  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

/* Adding checks the type; the message says what is wrong. */
static void
test_add (void)
{
  static const struct
  {
    const char *id;
    const char *name_en;
    const char *cameo;
    const char *triggers[3];
    const char *message;
  } bad[] = {
    { "Agree", "agree", NULL, { NULL },
      "relation type id \"Agree\" is not valid: use lower-case ASCII words joined by single hyphens, "
      "like \"negotiate-with\"" },
    { "agree-2", "agree", NULL, { NULL },
      "relation type id \"agree-2\" is not valid: use lower-case ASCII words joined by single hyphens, "
      "like \"negotiate-with\"" },
    { "agree--with", "agree", NULL, { NULL },
      "relation type id \"agree--with\" is not valid: use lower-case ASCII words joined by single hyphens, "
      "like \"negotiate-with\"" },
    { "consult", "meet", NULL, { NULL }, "relation type \"consult\" is in the catalogue twice" },
    { "agree", NULL, NULL, { NULL }, "relation type \"agree\" has no name" },
    { "agree", "agree", "3", { NULL },
      "relation type \"agree\": CAMEO codes \"3\" are not valid: give root codes 01 to 20 in order, like \"02, 10\"" },
    { "agree", "agree", "21", { NULL },
      "relation type \"agree\": CAMEO codes \"21\" are not valid: give root codes 01 to 20 in order, like \"02, 10\"" },
    { "agree", "agree", "10, 02", { NULL },
      "relation type \"agree\": CAMEO codes \"10, 02\" are not valid: give root codes 01 to 20 in order, like \"02, 10\"" },
    { "agree", "agree", "02,10", { NULL },
      "relation type \"agree\": CAMEO codes \"02,10\" are not valid: give root codes 01 to 20 in order, like \"02, 10\"" },
    { "agree", "agree", NULL, { "اتفق", "", NULL }, "relation type \"agree\": trigger 2: a trigger is empty" },
    { "agree", "agree", NULL, { "… اتفق", NULL },
      "relation type \"agree\": trigger 1: “… اتفق”: a gap (…) stands between two words" },
    { "agree", "agree", NULL, { "وقع …", NULL },
      "relation type \"agree\": trigger 1: “وقع …”: a gap (…) stands between two words" },
    { "agree", "agree", NULL, { "وقع … … اتفاق", NULL },
      "relation type \"agree\": trigger 1: “وقع … … اتفاق”: a gap (…) stands between two words" },
    { "agree", "agree", NULL, { "بـ اتفاق", NULL },
      "relation type \"agree\": trigger 1: “بـ اتفاق”: a proclitic (بـ) comes last, after a word" },
    { "agree", "agree", NULL, { "قبل بـ اتفاق", NULL },
      "relation type \"agree\": trigger 1: “قبل بـ اتفاق”: a proclitic (بـ) comes last, after a word" },
    { "agree", "agree", NULL, { "اتفق ؟", NULL }, "relation type \"agree\": trigger 1: “اتفق ؟”: “؟” has no letter" },
    { "agree", "agree", NULL, { "اتفق", "اتفق", NULL },
      "relation type \"agree\": trigger 2: “اتفق” is trigger 1 already" },
  };
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new ("test");
  g_autoptr(HashiyaRelationType) consult = hashiya_relation_type_new ("consult", "تشاور", "consult",
                                                                      HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, TRUE);
  g_autoptr(HashiyaRelationType) good = hashiya_relation_type_new ("negotiate-with", NULL, "negotiate with",
                                                                   HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, TRUE);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *triggers[] = { "فاوض", "استعاد … السيطرة", "قبل بـ", NULL };

  g_signal_connect (catalog, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_assert_true (hashiya_relation_catalog_add (catalog, consult, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(HashiyaRelationType) type = hashiya_relation_type_new (bad[i].id, NULL, bad[i].name_en,
                                                                       HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE);

      hashiya_relation_type_set_cameo (type, bad[i].cameo);
      hashiya_relation_type_set_triggers (type, bad[i].triggers);
      g_assert_false (hashiya_relation_catalog_add (catalog, type, &error));
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_clear_error (&error);
    }
  g_assert_cmpuint (hashiya_relation_catalog_get_n_types (catalog), ==, 1);
  g_assert_cmpstr (log->str, ==, "0-0+1;");

  hashiya_relation_type_set_cameo (good, "04");
  hashiya_relation_type_set_triggers (good, triggers);
  g_assert_true (hashiya_relation_catalog_add (catalog, good, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "0-0+1;1-0+1;");
  g_assert_true (hashiya_relation_catalog_lookup (catalog, "negotiate-with") == good);
  g_assert_cmpint (hashiya_relation_trigger_part ("…"), ==, HASHIYA_TRIGGER_PART_GAP);
  g_assert_cmpint (hashiya_relation_trigger_part ("..."), ==, HASHIYA_TRIGGER_PART_GAP);
  g_assert_cmpint (hashiya_relation_trigger_part ("بـ"), ==, HASHIYA_TRIGGER_PART_PROCLITIC);
  g_assert_cmpint (hashiya_relation_trigger_part ("ـ"), ==, HASHIYA_TRIGGER_PART_WORD);
  g_assert_cmpint (hashiya_relation_trigger_part ("اتفق"), ==, HASHIYA_TRIGGER_PART_WORD);
}

/* A copy shares nothing with its original. */
static void
test_copy (void)
{
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new_default ();
  g_autoptr(HashiyaRelationCatalog) copy = hashiya_relation_catalog_copy (catalog);
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  const char *one[] = { "تشاور", NULL };
  HashiyaRelationType *consult;

  a = hashiya_relation_catalog_write (catalog);
  b = hashiya_relation_catalog_write (copy);
  g_assert_true (g_bytes_equal (a, b));

  consult = hashiya_relation_catalog_lookup (copy, "consult");
  hashiya_relation_type_set_triggers (consult, one);
  hashiya_relation_type_set_cameo (consult, NULL);
  hashiya_relation_catalog_set_quad_color (copy, HASHIYA_QUAD_CLASS_VERBAL_CONFLICT, "#123456");
  g_assert_cmpuint (g_strv_length ((char **) hashiya_relation_type_get_triggers (consult)), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) hashiya_relation_type_get_triggers (
                      hashiya_relation_catalog_lookup (catalog, "consult"))), >, 1);
  g_assert_cmpstr (hashiya_relation_type_get_cameo (hashiya_relation_catalog_lookup (catalog, "consult")), ==, "04");
  g_assert_cmpstr (hashiya_relation_catalog_get_quad_color (catalog, HASHIYA_QUAD_CLASS_VERBAL_CONFLICT), !=, "#123456");
}

/* The built-in file reads and writes back byte for byte, alone and
 * inside a .hashiya's member. */
static void
test_round_trip (void)
{
  g_autoptr(GBytes) builtin = NULL;
  g_autoptr(HashiyaRelationCatalog) catalog = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) again = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(HashiyaRelationCatalog) embedded = NULL;

  hashiya_core_ensure_resources ();
  builtin = g_resources_lookup_data (HASHIYA_DEFAULT_RELATION_CATALOG_RESOURCE, 0, &error);
  g_assert_no_error (error);
  catalog = hashiya_relation_catalog_read (builtin, "relations.json", &error);
  g_assert_no_error (error);
  written = hashiya_relation_catalog_write (catalog);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin));

  hashiya_relation_catalog_append_json (catalog, json);
  g_assert_true (g_str_has_prefix (json->str, "{\"name\": \"PLOVER relations\", \"quad_colors\": {\"verbal-cooperation\": "));
  g_assert_true (strstr (json->str, "},\n    \"types\": [\n      {\"id\": \"agree\", ") != NULL);
  g_assert_true (g_str_has_suffix (json->str, "]}\n    ]}"));
  json_parser_load_from_data (parser, json->str, -1, &error);
  g_assert_no_error (error);
  embedded = hashiya_relation_catalog_from_json (json_node_get_object (json_parser_get_root (parser)),
                                                 "doc.hashiya: relation_catalog", &error);
  g_assert_no_error (error);
  hashiya_relation_catalog_append_json (embedded, again);
  g_assert_cmpstr (again->str, ==, json->str);
}

/* The layout of a small catalogue, whole: one type a line, in a fixed
 * order of members; no CAMEO codes when there are none. */
static void
test_layout (void)
{
  g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_new (NULL);
  g_autoptr(HashiyaRelationCatalog) empty = hashiya_relation_catalog_new ("empty");
  g_autoptr(HashiyaRelationType) hosts = hashiya_relation_type_new ("hosts", "يستضيف", NULL,
                                                                    HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE);
  g_autoptr(HashiyaRelationType) fights = hashiya_relation_type_new ("fights", NULL, "fights \"hard\"",
                                                                     HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, TRUE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) json = g_string_new (NULL);
  const char *triggers[] = { "استضاف", "قبل بـ", NULL };

  hashiya_relation_type_set_triggers (hosts, triggers);
  hashiya_relation_type_set_cameo (fights, "18, 19");
  g_assert_true (hashiya_relation_catalog_add (catalog, hosts, NULL));
  g_assert_true (hashiya_relation_catalog_add (catalog, fights, NULL));
  hashiya_relation_catalog_set_quad_color (catalog, HASHIYA_QUAD_CLASS_VERBAL_CONFLICT, "#AA0000");

  bytes = hashiya_relation_catalog_write (catalog);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==,
                   "{\n"
                   "  \"format\": \"hashiya-relations\",\n"
                   "  \"version\": 1,\n"
                   "  \"name\": \"\",\n"
                   "  \"quad_colors\": {\"verbal-cooperation\": \"#2a7fd4\", \"material-cooperation\": \"#2d8f4e\", "
                   "\"verbal-conflict\": \"#AA0000\", \"material-conflict\": \"#d62839\"},\n"
                   "  \"types\": [\n"
                   "    {\"id\": \"hosts\", \"name\": {\"ar\": \"يستضيف\"}, \"quad_class\": \"verbal-cooperation\", "
                   "\"mutual\": false, \"triggers\": [\"استضاف\", \"قبل بـ\"]},\n"
                   "    {\"id\": \"fights\", \"name\": {\"en\": \"fights \\\"hard\\\"\"}, \"cameo\": \"18, 19\", "
                   "\"quad_class\": \"material-conflict\", \"mutual\": true, \"triggers\": []}\n"
                   "  ]\n"
                   "}\n");

  hashiya_relation_catalog_append_json (empty, json);
  g_assert_cmpstr (json->str, ==,
                   "{\"name\": \"empty\", \"quad_colors\": {\"verbal-cooperation\": \"#2a7fd4\", "
                   "\"material-cooperation\": \"#2d8f4e\", \"verbal-conflict\": \"#c87800\", "
                   "\"material-conflict\": \"#d62839\"},\n    \"types\": []}");
}

/* Bad files: the exact message, naming the file, the type and the member. */
static void
test_errors (void)
{
#define HEAD "{\"format\": \"hashiya-relations\", \"version\": 1, "
#define TYPE(rest) HEAD "\"types\": [{\"id\": \"agree\", \"name\": {\"en\": \"agree\"}, " rest "}]}"
#define QUADS "it must be one of verbal-cooperation, material-cooperation, verbal-conflict, material-conflict"
  static const struct
  {
    const char *json;
    const char *message;
  } bad[] = {
    { "", "x.json: the file is empty" },
    { "{\"format\": ", "x.json:1:11: Parse error: unexpected end of file, expected character `}'" },
    { "[]", "x.json: must be an object, not a list" },
    { "{\"format\": \"hashiya-catalog\", \"version\": 1, \"types\": []}",
      "x.json: not a hashiya-relations file: \"format\" is \"hashiya-catalog\"" },
    { "{\"format\": \"hashiya-relations\", \"version\": 2, \"types\": []}",
      "x.json: version 2 was written by a newer Hashiya; this one reads up to version 1. Update Hashiya to open it." },
    { HEAD "\"types\": [], \"colour\": 1}", "x.json: unknown member \"colour\"" },
    { HEAD "\"name\": \"n\"}", "x.json: \"types\" is missing" },
    { HEAD "\"types\": {}}", "x.json: \"types\" must be a list, not an object" },
    { HEAD "\"types\": [1]}", "x.json: type 1: must be an object, not a whole number" },
    { TYPE ("\"quad_class\": \"verbal-cooperation\", \"trigers\": []"), "x.json: type 1: unknown member \"trigers\"" },
    { TYPE ("\"mutual\": true"), "x.json: type 1: \"quad_class\" is missing" },
    { TYPE ("\"quad_class\": \"verbal\""), "x.json: type 1: \"quad_class\" is \"verbal\"; " QUADS },
    { TYPE ("\"quad_class\": \"verbal-conflict\", \"mutual\": \"yes\""),
      "x.json: type 1: \"mutual\" must be true or false, not a string" },
    { TYPE ("\"quad_class\": \"verbal-conflict\", \"cameo\": 4"),
      "x.json: type 1: \"cameo\" must be a string, not a whole number" },
    { TYPE ("\"quad_class\": \"verbal-conflict\", \"cameo\": \"4\""),
      "x.json: type 1: relation type \"agree\": CAMEO codes \"4\" are not valid: give root codes 01 to 20 in order, "
      "like \"02, 10\"" },
    { TYPE ("\"quad_class\": \"verbal-conflict\", \"triggers\": [\"اتفق\", 3]"),
      "x.json: type 1: trigger 2 must be a string" },
    { TYPE ("\"quad_class\": \"verbal-conflict\", \"triggers\": \"اتفق\""),
      "x.json: type 1: \"triggers\" must be a list, not a string" },
    { TYPE ("\"quad_class\": \"verbal-conflict\", \"triggers\": [\"اتفق …\"]"),
      "x.json: type 1: relation type \"agree\": trigger 1: “اتفق …”: a gap (…) stands between two words" },
    { HEAD "\"types\": [{\"id\": \"agree\", \"name\": {}, \"quad_class\": \"verbal-conflict\"}]}",
      "x.json: type 1: relation type \"agree\" has no name" },
    { HEAD "\"types\": [{\"id\": \"agree\", \"name\": {\"fr\": \"accord\"}, \"quad_class\": \"verbal-conflict\"}]}",
      "x.json: type 1: name: unknown member \"fr\"" },
    { HEAD "\"types\": [{\"id\": \"Agree\", \"name\": {\"en\": \"a\"}, \"quad_class\": \"verbal-conflict\"}]}",
      "x.json: type 1: relation type id \"Agree\" is not valid: use lower-case ASCII words joined by single "
      "hyphens, like \"negotiate-with\"" },
    { HEAD "\"types\": [{\"id\": \"agree\", \"name\": {\"en\": \"a\"}, \"quad_class\": \"verbal-conflict\"}, "
      "{\"id\": \"consult\", \"name\": {\"en\": \"c\"}, \"quad_class\": \"verbal-conflict\"}, "
      "{\"id\": \"agree\", \"name\": {\"en\": \"b\"}, \"quad_class\": \"verbal-conflict\"}]}",
      "x.json: type 3: relation type \"agree\" is in the catalogue twice" },
    { HEAD "\"quad_colors\": {\"verbal-cooperation\": \"blue\"}, \"types\": []}",
      "x.json: quad_colors: \"verbal-cooperation\" is \"blue\", not a colour of the form #rrggbb" },
    { HEAD "\"quad_colors\": {\"verbal\": \"#000000\"}, \"types\": []}",
      "x.json: quad_colors: unknown quad class \"verbal\"; " QUADS },
    { HEAD "\"quad_colors\": {\"verbal-conflict\": 3}, \"types\": []}",
      "x.json: quad_colors: \"verbal-conflict\" must be a string, not a whole number" },
    { HEAD "\"quad_colors\": [], \"types\": []}", "x.json: \"quad_colors\" must be an object, not a list" },
  };
#undef HEAD
#undef TYPE
#undef QUADS

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i].json, strlen (bad[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaRelationCatalog) catalog = hashiya_relation_catalog_read (bytes, "x.json", &error);

      g_test_message ("%s", bad[i].json);
      g_assert_null (catalog);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, bad[i].message);
    }
}

/* Inside a .hashiya: the object without its format and version, named
 * as the file's reader names it. */
static void
test_from_json (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaRelationCatalog) catalog = NULL;

  json_parser_load_from_data (parser, "{\"format\": \"hashiya-relations\", \"types\": []}", -1, &error);
  g_assert_no_error (error);
  catalog = hashiya_relation_catalog_from_json (json_node_get_object (json_parser_get_root (parser)),
                                                "doc.hashiya: relation_catalog", &error);
  g_assert_null (catalog);
  g_assert_cmpstr (error->message, ==, "doc.hashiya: relation_catalog: unknown member \"format\"");
  g_clear_error (&error);

  json_parser_load_from_data (parser, "{\"types\": [{\"id\": \"x\", \"name\": {\"en\": \"x\"}, "
                              "\"quad_class\": \"nope\"}]}", -1, &error);
  g_assert_no_error (error);
  catalog = hashiya_relation_catalog_from_json (json_node_get_object (json_parser_get_root (parser)),
                                                "doc.hashiya: relation_catalog", &error);
  g_assert_null (catalog);
  g_assert_cmpstr (error->message, ==, "doc.hashiya: relation_catalog: type 1: \"quad_class\" is \"nope\"; it must "
                   "be one of verbal-cooperation, material-cooperation, verbal-conflict, material-conflict");
  g_clear_error (&error);

  json_parser_load_from_data (parser, "{\"types\": []}", -1, &error);
  catalog = hashiya_relation_catalog_from_json (json_node_get_object (json_parser_get_root (parser)),
                                                "doc.hashiya: relation_catalog", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_relation_catalog_get_n_types (catalog), ==, 0);
  g_assert_null (hashiya_relation_catalog_get_name (catalog));
  g_assert_cmpstr (hashiya_relation_catalog_get_quad_color (catalog, HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT), ==, "#d62839");
}

static void
test_load_file (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaRelationCatalog) catalog = NULL;
  g_autoptr(HashiyaRelationCatalog) builtin = hashiya_relation_catalog_new_default ();
  g_autoptr(GBytes) bytes = hashiya_relation_catalog_write (builtin);

  catalog = hashiya_relation_catalog_load_file (missing, &error);
  g_assert_null (catalog);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  path = hashiya_test_write_file (dir, "relations.json", g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  catalog = hashiya_relation_catalog_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_relation_catalog_get_n_types (catalog), ==, 16);

  {
    g_autofree char *broken = hashiya_test_write_file (dir, "broken.json", "{\"types\": []}", -1);
    g_autoptr(HashiyaRelationCatalog) none = hashiya_relation_catalog_load_file (broken, &error);
    g_autofree char *expected = g_strdup_printf ("%s: not a hashiya-relations file: \"format\": \"hashiya-relations\" "
                                                 "is missing", broken);

    g_assert_null (none);
    g_assert_cmpstr (error->message, ==, expected);
  }
  hashiya_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/relation-catalog/default", test_default);
  g_test_add_func ("/relation-catalog/add", test_add);
  g_test_add_func ("/relation-catalog/copy", test_copy);
  g_test_add_func ("/relation-catalog/round-trip", test_round_trip);
  g_test_add_func ("/relation-catalog/layout", test_layout);
  g_test_add_func ("/relation-catalog/errors", test_errors);
  g_test_add_func ("/relation-catalog/from-json", test_from_json);
  g_test_add_func ("/relation-catalog/load-file", test_load_file);

  return g_test_run ();
}
