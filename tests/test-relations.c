/* test-relations.c — relations between mentions: edits and undo, the
 * file (new and old versions), re-anchoring, and every bad input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

/* The bundled article with its gold mentions: m3 is «طهران» (Iran, the
 * host), m4 «صيغة 3 + 3» (the forum), m5 to m9 the participants. */
static HashiyaDocument *
gold_document (void)
{
  HashiyaDocument *document = hashiya_test_import_gold ();

  g_assert_cmpstr (hashiya_mention_get_quote_exact (hashiya_document_lookup_mention (document, "m3")), ==, "طهران");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, "m4")), ==,
                   "format-3plus3");
  return document;
}

static guint
n_relations (HashiyaDocument *document)
{
  return g_list_model_get_n_items (hashiya_document_get_relations (document));
}

static void
test_relate_undo_redo (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  g_autoptr(HashiyaRelation) edit = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaRelation *relation;
  guint start, end;

  relation = hashiya_document_relate (document, "consult", "m3", "m4", &error);
  g_assert_no_error (error);
  g_assert_nonnull (relation);
  g_assert_cmpstr (hashiya_relation_get_id (relation), ==, "r1");
  g_assert_nonnull (hashiya_relation_get_created (relation));
  g_assert_cmpuint (n_relations (document), ==, 1);
  g_assert_cmpstr (hashiya_undo_stack_get_undo_label (undo), ==, "Add relation");

  /* Undo removes it, redo brings it back. */
  hashiya_undo_stack_undo (undo);
  g_assert_cmpuint (n_relations (document), ==, 0);
  hashiya_undo_stack_redo (undo);
  g_assert_cmpuint (n_relations (document), ==, 1);
  g_assert_true (hashiya_document_lookup_relation (document, "r1") == relation);

  /* An edit: mode, trigger, direction; one undo step. */
  edit = hashiya_relation_copy (relation);
  hashiya_relation_set_mode (edit, "host");
  hashiya_relation_set_trigger (edit, 159, 166);
  hashiya_relation_set_ends (edit, "m4", "m3");
  g_assert_true (hashiya_document_update_relation (document, relation, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, "host");
  g_assert_cmpstr (hashiya_relation_get_source (relation), ==, "m4");
  g_assert_true (hashiya_relation_get_trigger (relation, &start, &end));
  g_assert_cmpuint (start, ==, 159);
  g_assert_cmpuint (end, ==, 166);
  hashiya_undo_stack_undo (undo);
  g_assert_null (hashiya_relation_get_mode (relation));
  g_assert_cmpstr (hashiya_relation_get_source (relation), ==, "m3");
  g_assert_false (hashiya_relation_get_trigger (relation, NULL, NULL));
  hashiya_undo_stack_redo (undo);
  g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, "host");

  /* Removing it, undone. */
  hashiya_document_remove_relation (document, relation);
  g_assert_cmpuint (n_relations (document), ==, 0);
  hashiya_undo_stack_undo (undo);
  g_assert_cmpuint (n_relations (document), ==, 1);
}

/* A mention goes with the relations it is an end of, in one undo step. */
static void
test_remove_mention_with_relations (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  g_autoptr(GPtrArray) of_m4 = NULL;
  guint n_mentions;

  for (guint i = 5; i <= 9; i++)
    {
      g_autofree char *participant = g_strdup_printf ("m%u", i);

      g_assert_nonnull (hashiya_document_relate (document, "consult", participant, "m4", NULL));
    }
  g_assert_nonnull (hashiya_document_relate (document, "cooperate", "m1", "m2", NULL));
  of_m4 = hashiya_document_get_mention_relations (document, "m4");
  g_assert_cmpuint (of_m4->len, ==, 5);

  n_mentions = hashiya_document_get_n_mentions (document);
  hashiya_document_remove_mention (document, hashiya_document_lookup_mention (document, "m4"));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, n_mentions - 1);
  g_assert_cmpuint (n_relations (document), ==, 1);
  g_assert_cmpstr (hashiya_undo_stack_get_undo_label (undo), ==, "Remove mention");
  hashiya_undo_stack_undo (undo);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, n_mentions);
  g_assert_cmpuint (n_relations (document), ==, 6);

  /* An actor goes with its mentions and their relations. */
  g_assert_true (hashiya_document_remove_actor (document,
                                                hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                                        "format-3plus3"), NULL));
  g_assert_cmpuint (n_relations (document), ==, 1);
  hashiya_undo_stack_undo (undo);
  g_assert_cmpuint (n_relations (document), ==, 6);
}

/* Each bad relation refused with the reason; nothing changes. */
static void
test_bad_relations (void)
{
  static const struct {
    const char *type, *source, *target;
    guint trigger_start, trigger_end;
    const char *message;
  } cases[] = {
    { "consult", "m99", "m4", 0, 0, "the source \"m99\" is not a mention of the document" },
    { "consult", "m3", "m98", 0, 0, "the target \"m98\" is not a mention of the document" },
    { "visits", "m3", "m4", 0, 0, "type \"visits\" is not in the relation catalogue" },
    { "consult", "m3", "m3", 0, 0, "its source and its target are the same mention, m3" },
    { "consult", "m3", "m4", 2840, 2900, "the trigger 2840:2900 is past the end of the text (2849 characters)" },
    { "consult", "m3", "m4", 14, 20, "the trigger 14:20 splits a letter from its marks" },
    { "consult", "m4", "m3", 0, 0, "it is the same relation as r1 (consult from m3 to m4)" },
  };
  g_autoptr(HashiyaDocument) document = gold_document ();
  HashiyaText *text = hashiya_document_get_text (document);

  g_assert_nonnull (hashiya_document_relate (document, "consult", "m3", "m4", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HashiyaRelation) relation = hashiya_relation_new ("r9", cases[i].type, cases[i].source,
                                                                  cases[i].target);
      g_autoptr(GError) error = NULL;
      guint start = cases[i].trigger_start, end = cases[i].trigger_end;

      /* The marks case: an offset between a letter and its mark. */
      if (g_str_has_suffix (cases[i].message, "splits a letter from its marks"))
        {
          for (start = 1; start < hashiya_text_get_length (text) && hashiya_text_is_boundary (text, start); start++)
            ;
          end = start + 3;
        }
      hashiya_relation_set_trigger (relation, start, end);
      g_assert_false (hashiya_document_add_relation (document, relation, &error));
      g_assert_nonnull (error);
      if (g_str_has_suffix (cases[i].message, "splits a letter from its marks"))
        {
          g_autofree char *expected = g_strdup_printf ("the trigger %u:%u splits a letter from its marks", start, end);

          g_assert_cmpstr (error->message, ==, expected);
        }
      else
        g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (n_relations (document), ==, 1);
    }
}

static char *
written (HashiyaDocument *document)
{
  g_autoptr(GBytes) bytes = hashiya_format_write (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Version 4: every member of a relation, one a line, read back byte for
 * byte; a document without relations keeps its older version. */
static void
test_file_round_trip (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaDocument) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GBytes) bytes = NULL;
  HashiyaRelation *relation;

  first = written (document);
  g_assert_nonnull (strstr (first, "\"version\": 1,"));
  g_assert_null (strstr (first, "relation_catalog"));
  g_clear_pointer (&first, g_free);

  relation = hashiya_document_relate (document, "consult", "m3", "m4", NULL);
  {
    g_autoptr(HashiyaRelation) edit = hashiya_relation_copy (relation);

    hashiya_relation_set_trigger (edit, 159, 166);
    hashiya_relation_set_mode (edit, "host");
    hashiya_relation_set_note (edit, "«تستضيف» \"host\"");
    hashiya_relation_set_author (edit, "Layla");
    g_assert_true (hashiya_document_update_relation (document, relation, edit, NULL));
  }
  relation = hashiya_document_relate (document, "agree", "m39", "m40", NULL);
  {
    g_autoptr(HashiyaRelation) edit = hashiya_relation_copy (relation);

    hashiya_relation_set_modality (edit, HASHIYA_MODALITY_FUTURE);
    hashiya_relation_set_negated (edit, TRUE);
    hashiya_relation_set_status (edit, HASHIYA_MENTION_STATUS_SUGGESTED);
    g_assert_true (hashiya_document_update_relation (document, relation, edit, NULL));
  }

  first = written (document);
  g_assert_nonnull (strstr (first, "\"version\": 4,"));
  g_assert_nonnull (strstr (first, "\n  \"relation_catalog\": {"));
  g_assert_nonnull (strstr (first, "\"source\": \"m3\", \"target\": \"m4\", \"trigger\": {\"start\": 159, \"end\": 166}, "
                                   "\"mode\": \"host\""));
  g_assert_nonnull (strstr (first, "\"negated\": true, \"modality\": \"future\", \"status\": \"suggested\""));
  bytes = g_bytes_new (first, strlen (first));
  reread = hashiya_format_read (bytes, "doc.hashiya", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_relations (reread), ==, 2);
  g_assert_cmpstr (hashiya_relation_get_note (hashiya_document_lookup_relation (reread, "r1")), ==,
                   "«تستضيف» \"host\"");
  g_assert_cmpint (hashiya_relation_get_modality (hashiya_document_lookup_relation (reread, "r2")), ==,
                   HASHIYA_MODALITY_FUTURE);
  second = written (reread);
  g_assert_cmpstr (second, ==, first);
}

/* A relation of the file at fault is named with its file and line, and
 * nothing is read. */
static void
test_bad_file (void)
{
  static const struct {
    const char *from, *to, *message;
  } cases[] = {
    { "\"source\": \"m3\"", "\"source\": \"m99\"",
      "relation 2 (r2): the source \"m99\" is not a mention of the document" },
    { "\"type\": \"consult\"", "\"type\": \"visits\"",
      "relation 2 (r2): type \"visits\" is not in the relation catalogue" },
    { "\"target\": \"m4\"", "\"target\": \"m3\"",
      "relation 2 (r2): its source and its target are the same mention, m3" },
    { "{\"start\": 159, \"end\": 166}", "{\"start\": 2840, \"end\": 2900}",
      "relation 2 (r2): the trigger 2840:2900 is past the end of the text (2849 characters)" },
    { "\"id\": \"r2\"", "\"id\": \"r1\"", "relation 2 (r1): id \"r1\" is used twice" },
    { "{\"start\": 159, \"end\": 166}", "{\"start\": 166, \"end\": 159}",
      "relation 2 (r2): trigger: start 166 is not before end 159" },
  };
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autofree char *good = NULL;
  g_autoptr(HashiyaRelation) relation = NULL;
  guint line = 1;
  const char *second;

  g_assert_nonnull (hashiya_document_relate (document, "cooperate", "m1", "m2", NULL));
  relation = g_object_ref (hashiya_document_relate (document, "consult", "m3", "m4", NULL));
  {
    g_autoptr(HashiyaRelation) edit = hashiya_relation_copy (relation);

    hashiya_relation_set_trigger (edit, 159, 166);
    g_assert_true (hashiya_document_update_relation (document, relation, edit, NULL));
  }
  good = written (document);
  second = strstr (good, "{\"id\": \"r2\"");
  g_assert_nonnull (second);
  for (const char *p = good; p < second; p++)
    line += *p == '\n';

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *head = g_strndup (good, second - good);
      g_autofree char *tail = hashiya_test_replace (second, cases[i].from, cases[i].to);
      g_autofree char *bad = g_strconcat (head, tail, NULL);
      g_autofree char *expected = g_strdup_printf ("doc.hashiya:%u: %s", line, cases[i].message);
      g_autoptr(GBytes) bytes = g_bytes_new (bad, strlen (bad));
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaDocument) read = hashiya_format_read (bytes, "doc.hashiya", &error);

      g_assert_null (read);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* Relations of a version 1 file link actors: they become relations of
 * mentions where the file allows, else they are kept as they were. */
static void
test_old_version (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autofree char *v1 = written (document);
  g_autofree char *with_relations = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) read = NULL;
  g_autoptr(HashiyaDocument) reread = NULL;
  GPtrArray *remarks, *unanchored;
  HashiyaRelation *hosts;

  g_assert_nonnull (strstr (v1, "\"version\": 1,"));
  with_relations = hashiya_test_replace (v1, "\"relations\": []",
                                         "\"relations\": [\n"
                                         "    {\"id\": \"r1\", \"type\": \"hosts\", \"source\": \"iran\", "
                                         "\"target\": \"format-3plus3\", \"evidence\": \"m3\", \"note\": \"Tehran\"},\n"
                                         "    {\"id\": \"r2\", \"type\": \"supports\", \"source\": \"turkey\", "
                                         "\"target\": \"azerbaijan\"},\n"
                                         "    {\"id\": \"r3\", \"type\": \"marries\", \"source\": \"iran\", "
                                         "\"target\": \"russia\"}\n  ]");
  bytes = g_bytes_new (with_relations, strlen (with_relations));
  read = hashiya_format_read (bytes, "old.hashiya", &error);
  g_assert_no_error (error);

  /* r1: the evidence «طهران» and the forum in its paragraph. */
  hosts = hashiya_document_lookup_relation (read, "r1");
  g_assert_nonnull (hosts);
  g_assert_cmpstr (hashiya_relation_get_relation_type (hosts), ==, "consult");
  g_assert_cmpstr (hashiya_relation_get_mode (hosts), ==, "host");
  g_assert_cmpstr (hashiya_relation_get_source (hosts), ==, "m3");
  g_assert_cmpstr (hashiya_relation_get_target (hosts), ==, "m4");
  g_assert_cmpstr (hashiya_relation_get_note (hosts), ==, "Tehran");
  /* r2: the first paragraph that names both. */
  g_assert_cmpstr (hashiya_relation_get_relation_type (hashiya_document_lookup_relation (read, "r2")), ==, "support");
  /* r3: no such type: kept as it was. */
  g_assert_null (hashiya_document_lookup_relation (read, "r3"));
  unanchored = hashiya_document_get_unanchored_relations (read);
  g_assert_nonnull (unanchored);
  g_assert_cmpuint (unanchored->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (unanchored, 0), "\"marries\""));
  remarks = hashiya_document_get_import_problems (read);
  g_assert_nonnull (remarks);
  g_assert_cmpuint (remarks->len, ==, 3);
  {
    g_autofree char *expected = NULL;
    guint line = 1;

    /* Named by the line the relation starts on. */
    for (const char *p = with_relations; p < strstr (with_relations, "{\"id\": \"r1\""); p++)
      line += *p == '\n';
    expected = g_strdup_printf ("old.hashiya:%u: relation 1 (r1): “hosts” between the actors iran and "
                                "format-3plus3 is now a consult relation between the mentions m3 and m4", line);
    g_assert_cmpstr (g_ptr_array_index (remarks, 0), ==, expected);
  }
  g_assert_true (g_str_has_suffix (g_ptr_array_index (remarks, 2),
                                   "relation 3 (r3): “marries” is no type of the relation catalogue: kept as it was, "
                                   "unanchored"));

  /* Written as version 4, and read back the same. */
  again = written (read);
  g_assert_nonnull (strstr (again, "\"version\": 4,"));
  g_assert_nonnull (strstr (again, "\"unanchored_relations\": [\n    {"));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (again, strlen (again));
  reread = hashiya_format_read (bytes, "new.hashiya", &error);
  g_assert_no_error (error);
  {
    g_autofree char *third = written (reread);

    g_assert_cmpstr (third, ==, again);
  }
}

/* A new version of the text: relations keep their mentions, and one
 * whose end is lost stays, with the orphan. */
static void
test_reanchor_keeps_relations (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaDocument) moved = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autofree char *dated = NULL;
  g_autofree char *cut = NULL;
  GListModel *orphans;

  g_assert_nonnull (hashiya_document_relate (document, "consult", "m3", "m4", NULL));
  g_assert_nonnull (hashiya_document_relate (document, "accuse", "m43", "m44", NULL));
  dated = g_strconcat ("طهران - وكالات: ", hashiya_text_get_data (hashiya_document_get_text (document), NULL), NULL);
  /* «يريفان» (m44) goes from the text. */
  cut = hashiya_test_replace (dated, "اتهمت يريفان", "اتهمت جارتها");
  text = hashiya_text_new (cut, strlen (cut), NULL);
  moved = hashiya_document_reanchor (document, text);

  g_assert_cmpuint (n_relations (moved), ==, 2);
  g_assert_nonnull (hashiya_document_lookup_mention (moved, "m3"));
  orphans = hashiya_document_get_orphans (moved);
  g_assert_cmpuint (g_list_model_get_n_items (orphans), ==, 1);
  {
    g_autoptr(HashiyaMention) orphan = g_list_model_get_item (orphans, 0);

    g_assert_cmpstr (hashiya_mention_get_id (orphan), ==, "m44");
  }
  /* It is written and read back with its orphan end. */
  {
    g_autofree char *file = written (moved);
    g_autoptr(GBytes) bytes = g_bytes_new (file, strlen (file));
    g_autoptr(GError) error = NULL;
    g_autoptr(HashiyaDocument) reread = hashiya_format_read (bytes, "moved.hashiya", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (n_relations (reread), ==, 2);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/relations/relate-undo-redo", test_relate_undo_redo);
  g_test_add_func ("/relations/remove-mention-with-relations", test_remove_mention_with_relations);
  g_test_add_func ("/relations/bad-relations", test_bad_relations);
  g_test_add_func ("/relations/file-round-trip", test_file_round_trip);
  g_test_add_func ("/relations/bad-file", test_bad_file);
  g_test_add_func ("/relations/old-version", test_old_version);
  g_test_add_func ("/relations/reanchor-keeps-relations", test_reanchor_keeps_relations);

  return g_test_run ();
}
