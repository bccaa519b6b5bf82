/* test-brat.c — brat standoff export and import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"
#include "hashiya-document-private.h"

static HashiyaDocument *
export_and_import (HashiyaDocument *document,
                   const char      *dir)
{
  g_autofree char *ann = g_build_filename (dir, "doc.ann", NULL);
  g_autofree char *txt = g_build_filename (dir, "doc.txt", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaDocument *copy;

  g_assert_true (hashiya_brat_export (document, dir, "doc", &error));
  g_assert_no_error (error);
  copy = hashiya_brat_import (ann, txt, hashiya_document_get_catalog (document), &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return copy;
}

/* The gold standoff reads without a problem and matches the gold list. */
static void
test_brat_import_gold (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold ();

  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, gold->len);
  for (guint i = 0; i < gold->len; i++)
    {
      HashiyaGoldMention *g = g_ptr_array_index (gold, i);
      guint found = G_MAXUINT;

      for (guint j = 0; j < hashiya_document_get_n_mentions (document); j++)
        {
          HashiyaMention *m = hashiya_document_get_mention (document, j);

          if (hashiya_mention_get_start (m) == g->start && hashiya_mention_get_end (m) == g->end &&
              g_strcmp0 (hashiya_mention_get_actor (m), g->actor) == 0 &&
              (int) hashiya_mention_get_mention_type (m) == g->type)
            found = j;
        }
      g_assert_cmpuint (found, !=, G_MAXUINT);
    }
}

/* The export of the gold mentions is byte for byte the committed one. */
static void
test_brat_export_golden (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GError) error = NULL;
  const char *names[] = { "000_b41194bbb65cbdc7.ann", "000_b41194bbb65cbdc7.txt",
                          "annotation.conf", "visual.conf", "tools.conf" };

  g_assert_true (hashiya_brat_export (document, dir, "000_b41194bbb65cbdc7", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *written_path = g_build_filename (dir, names[i], NULL);
      g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", "brat-golden", names[i], NULL);
      g_autofree char *written = hashiya_test_read_file (written_path, NULL);
      g_autofree char *golden = NULL;

      /* The text is the sample's, byte for byte. */
      if (g_str_has_suffix (names[i], ".txt"))
        {
          g_clear_pointer (&golden_path, g_free);
          golden_path = hashiya_test_sample_path ();
        }
      golden = hashiya_test_read_file (golden_path, NULL);
      g_assert_cmpstr (written, ==, golden);
    }
  hashiya_test_remove_tree (dir);
}

/* Every T line's covered text is the text at its offsets. */
static void
test_brat_offsets_consistent (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *ann_path = g_build_filename (dir, "doc.ann", NULL);
  g_autofree char *ann = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n_entities = 0;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_true (hashiya_brat_export (document, dir, "doc", &error));
  ann = hashiya_test_read_file (ann_path, NULL);
  lines = g_strsplit (ann, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_auto(GStrv) words = NULL;
      g_autofree char *slice = NULL;

      if (lines[i][0] != 'T')
        continue;
      words = g_strsplit (fields[1], " ", -1);
      slice = hashiya_text_slice (hashiya_document_get_text (document),
                                  (guint) g_ascii_strtoull (words[1], NULL, 10),
                                  (guint) g_ascii_strtoull (words[2], NULL, 10));
      g_assert_cmpstr (slice, ==, fields[2]);
      n_entities++;
    }
  g_assert_cmpuint (n_entities, ==, hashiya_document_get_n_mentions (document));
  g_assert_cmpuint (n_entities, >, 50);
  hashiya_test_remove_tree (dir);
}

/* CRLF line ends, an emoji before the names, a span across a line break,
 * a suggestion, a note with a tab and a newline, and a relation. */
static void
test_brat_round_trip_crlf_emoji (void)
{
  const char *data = "🇦🇿 وزير خارجية أذربيجان\r\nالتقى 😀 نظيره التركي في طهران\r\nتركيا\r\nوأرمينيا";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaDocument) copy = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *ann_path = g_build_filename (dir, "doc.ann", NULL);
  g_autofree char *conf_path = g_build_filename (dir, "annotation.conf", NULL);
  g_autofree char *ann = NULL;
  g_autofree char *conf = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention, *across;
  GListModel *relations;
  guint n_before;

  hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  n_before = hashiya_document_get_n_mentions (document);
  g_assert_cmpuint (n_before, >=, 4);
  mention = hashiya_document_get_mention (document, 0);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "azerbaijan");
  g_assert_cmpuint (hashiya_mention_get_start (mention), ==, 15);  /* code points */
  hashiya_mention_set_note (mention, "a note\twith a tab");
  hashiya_mention_set_status (hashiya_document_get_mention (document, 1), HASHIYA_MENTION_STATUS_SUGGESTED);
  /* "تركيا\r\nوأرمينيا": one span over the line break */
  across = hashiya_document_annotate (document, 56, 71, "turkey", HASHIYA_MENTION_TYPE_OTHER, &error);
  g_assert_no_error (error);
  g_assert_nonnull (across);
  /* A relation from the first mention to the one over the line break. */
  g_assert_nonnull (hashiya_document_relate (document, "consult", hashiya_mention_get_id (mention),
                                             hashiya_mention_get_id (across), &error));
  g_assert_no_error (error);

  copy = export_and_import (document, dir);
  ann = hashiya_test_read_file (ann_path, NULL);
  conf = hashiya_test_read_file (conf_path, NULL);
  g_assert_nonnull (strstr (ann, "\tState 56 61;63 71\tتركيا وأرمينيا\n"));
  g_assert_nonnull (strstr (ann, "\tAnnotatorNotes T1\ta note with a tab\n"));
  g_assert_nonnull (strstr (conf, "# Newlines: CRLF, kept as in the text."));
  g_assert_nonnull (strstr (conf, "\nconsult\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));

  hashiya_mention_set_note (mention, "a note with a tab");
  hashiya_test_assert_same_mentions (document, copy);
  relations = hashiya_document_get_relations (copy);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 1);
  {
    g_autoptr(HashiyaRelation) read = g_list_model_get_item (relations, 0);

    g_assert_cmpstr (hashiya_relation_get_relation_type (read), ==, "consult");
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (copy,
                                                                                 hashiya_relation_get_source (read))),
                     ==, "azerbaijan");
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (copy,
                                                                                 hashiya_relation_get_target (read))),
                     ==, "turkey");
  }
  hashiya_test_remove_tree (dir);
}

/* Problems name the .ann as it was given; DIR is where it lies. */
static const char *
problem_in (GPtrArray  *problems,
            guint       i,
            const char *dir)
{
  const char *problem = g_ptr_array_index (problems, i);

  g_assert_true (g_str_has_prefix (problem, dir));
  return problem + strlen (dir) + 1;
}

static HashiyaDocument *
import_written (const char  *dir,
                const char  *ann,
                const char  *txt,
                GPtrArray  **problems,
                GError     **error)
{
  g_autofree char *ann_path = hashiya_test_write_file (dir, "doc.ann", ann, -1);
  g_autofree char *txt_path = hashiya_test_write_file (dir, "doc.txt", txt, -1);

  return hashiya_brat_import (ann_path, txt_path, NULL, problems, error);
}

/* A text file that starts with a byte order mark: brat counts it as the
 * first character, so every offset in the .ann is one more than
 * Hashiya's, both ways. */
static void
test_brat_round_trip_bom (void)
{
  const char *data = "\xEF\xBB\xBFزار نيكول باشينيان أرمينيا أمس";
  g_autoptr(HashiyaText) text = hashiya_text_new (data, strlen (data), NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);
  g_autoptr(HashiyaDocument) copy = NULL;
  g_autoptr(HashiyaDocument) by_hand = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *ann_path = g_build_filename (dir, "doc.ann", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "doc.txt", NULL);
  g_autofree char *ann = NULL;
  g_autofree char *txt = NULL;
  g_autofree char *other = g_build_filename (dir, "hand", NULL);

  g_assert_true (hashiya_text_get_has_bom (text));
  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED), ==, 2);
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_get_mention (document, 1)), ==, 19);

  copy = export_and_import (document, dir);
  txt = hashiya_test_read_file (txt_path, NULL);
  ann = hashiya_test_read_file (ann_path, NULL);
  g_assert_cmpstr (txt, ==, data);
  g_assert_true (g_str_has_prefix (ann, "T1\tPerson 5 19\tنيكول باشينيان\n"));
  g_assert_nonnull (strstr (ann, "\nT2\tState 20 27\tأرمينيا\n"));
  hashiya_test_assert_same_mentions (document, copy);
  g_assert_true (hashiya_text_get_has_bom (hashiya_document_get_text (copy)));

  /* A .ann that brat made on that text reads at Hashiya's offsets, with
   * no remark that it was made on another version. */
  g_assert_cmpint (g_mkdir_with_parents (other, 0700), ==, 0);
  by_hand = import_written (other, "T1\tCountry 20 27\tأرمينيا\n", data, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_null (hashiya_document_get_reanchor_report (by_hand));
  g_assert_cmpuint (hashiya_document_get_n_mentions (by_hand), ==, 1);
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_get_mention (by_hand, 0)), ==, 19);
  g_assert_cmpuint (hashiya_mention_get_end (hashiya_document_get_mention (by_hand, 0)), ==, 26);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (by_hand, 0)), ==, "armenia");
  hashiya_test_remove_tree (dir);
}

/* Spans outside the text or disagreeing with it are listed, not taken. */
static void
test_brat_import_bad_spans (void)
{
  const char *txt = "وزير خارجية أذربيجان وتركيا";
  const char *ann = "T1\tState 5 900\tx\n"
                    "N1\tReference T1 hashiya:azerbaijan\tAzerbaijan\n"
                    "T2\tState 22 27\tتركيا\n"
                    "T3\tState 12 20\tأذربيجان\r\n"
                    "N3\tReference T3 hashiya:azerbaijan\tAzerbaijan\r\n"
                    "A1\tMentionType T3 capitol\n"
                    "T4\tState 12 x\tأذربيجان\n"
                    "garbage\n"
                    "T5\tState \tأذربيجان\n";
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = import_written (dir, ann, txt, &problems, &error);
  const char *expected[] = {
    "doc.ann:1: T1: “x” (5:900) was not found in the text; kept as an orphan",
    "doc.ann:6: A1: unknown mention type “capitol”; kept as “name”",
    "doc.ann:7: T4: cannot read the span “12 x”; skipped",
    "doc.ann:8: cannot read this line; skipped",
    "doc.ann:9: T5: cannot read the span “”; skipped",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (problem_in (problems, i, dir), ==, expected[i]);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_get_mention (document, 0)), ==, 12);
  /* T2 names no actor: its text does. */
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 1)), ==, "turkey");
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (document)), ==, 1);
  hashiya_test_remove_tree (dir);
}

/* The gold standoff on an edited article: a dateline before it (all
 * move) and one sentence gone (its two mentions are orphans). */
static void
test_brat_import_edited_text (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7.ann", NULL);
  g_autoptr(HashiyaText) original = hashiya_test_sample_text ();
  g_autofree char *dated = g_strconcat ("طهران - وكالات: ", hashiya_text_get_data (original, NULL), NULL);
  g_autofree char *edited = hashiya_test_replace (dated, "وترفع تركيا وأذربيجان شعار شعب واحد في بلدين ليكون رمزا "
                                                         "للعلاقات الوثيقة بينهما.", "");
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *txt = hashiya_test_write_file (dir, "edited.txt", edited, -1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  const HashiyaReanchorReport *report;
  HashiyaText *text;

  g_assert_no_error (error);
  report = hashiya_document_get_reanchor_report (document);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->kept, ==, 0);
  g_assert_cmpuint (report->moved, ==, gold->len - 2);
  g_assert_cmpuint (report->fuzzy, ==, 0);
  g_assert_cmpuint (report->orphaned, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (document)), ==, 2);
  /* One line a mention: where it went, or that it is an orphan. */
  g_assert_cmpuint (problems->len, ==, gold->len);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (problems, 0), ":1: T1: “أذربيجان” was not at 79:87; found at 95:103"));

  text = hashiya_document_get_text (document);
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *m = hashiya_document_get_mention (document, i);

      g_assert_true (hashiya_text_range_equals (text, hashiya_mention_get_start (m), hashiya_mention_get_end (m),
                                                hashiya_mention_get_quote_exact (m)));
    }
  hashiya_test_remove_tree (dir);
}

/* A file brat itself wrote: its entities have no Hashiya actor, so each
 * finds one by its text or makes one from its type and text; every line
 * Hashiya cannot take is named. */
static void
test_brat_import_foreign (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "brat-examples", "000-introduction.ann", NULL);
  g_autofree char *txt = g_test_build_filename (G_TEST_DIST, "data", "brat-examples", "000-introduction.txt", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  g_autofree char *dir = g_path_get_dirname (ann);
  HashiyaCatalog *catalog;
  HashiyaActor *actor;
  HashiyaMention *mention;

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 6);
  g_assert_cmpuint (problems->len, ==, 17);
  g_assert_cmpstr (problem_in (problems, 0, dir), ==,
                   "000-introduction.ann:1: the actor “citibank” (Citibank) was not in the catalogue; added");
  g_assert_cmpstr (problem_in (problems, 1, dir), ==,
                   "000-introduction.ann:2: “Money” is not an actor kind; the actor is of kind “other”");
  g_assert_cmpstr (problem_in (problems, 3, dir), ==,
                   "000-introduction.ann:3: T3 (Transfer-money “moving”) is the trigger of the event E1, not an actor; skipped");
  g_assert_cmpstr (problem_in (problems, 4, dir), ==,
                   "000-introduction.ann:4: E1: an event of 4 arguments is not a relation between two mentions; skipped");
  /* The N line of another database names the actor. */
  g_assert_cmpstr (problem_in (problems, 6, dir), ==,
                   "000-introduction.ann:6: the actor “carlos-salinas-de-gortari” (former Mexican president) "
                   "was not in the catalogue; added");
  /* Relations of types the relation catalogue does not have: the types
   * are added, so that the colleague's work is kept. */
  g_assert_cmpstr (problem_in (problems, 9, dir), ==,
                   "000-introduction.ann:9: R2: the relation type “Origin” was not in the relation catalogue; "
                   "added as “origin”, of the quad class verbal cooperation");
  g_assert_cmpstr (problem_in (problems, 10, dir), ==,
                   "000-introduction.ann:11: R1: the relation type “Family” was not in the relation catalogue; "
                   "added as “family”, of the quad class verbal cooperation");
  g_assert_cmpstr (problem_in (problems, 16, dir), ==,
                   "000-introduction.ann:17: N1: “Wikipedia:64488” is not a Hashiya actor (hashiya:ID); "
                   "T5 finds its actor by its text");

  catalog = hashiya_document_get_catalog (document);
  actor = hashiya_catalog_lookup (catalog, "raul-salinas-de-gortari");
  g_assert_nonnull (actor);
  g_assert_cmpint (hashiya_actor_get_kind (actor), ==, HASHIYA_ACTOR_KIND_PERSON);
  g_assert_cmpint (hashiya_actor_get_kind (hashiya_catalog_lookup (catalog, "switzerland")), ==, HASHIYA_ACTOR_KIND_STATE);
  /* GPE says more than "State": the label stays on the mention. */
  mention = hashiya_document_get_mention (document, 5);
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "switzerland");
  g_assert_cmpstr (hashiya_mention_get_label (mention), ==, "GPE");
  g_assert_null (hashiya_mention_get_label (hashiya_document_get_mention (document, 2)));
  /* Family and Origin are types of the relation catalogue now, named as
   * the file names them; each relation links its two mentions. */
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, 2);
  {
    HashiyaRelationCatalog *types = hashiya_document_get_relation_catalog (document);
    HashiyaRelationType *family = hashiya_relation_catalog_lookup (types, "family");
    HashiyaRelation *origin = hashiya_document_lookup_relation (document, "r1");
    HashiyaRelation *kin = hashiya_document_lookup_relation (document, "r2");

    g_assert_nonnull (family);
    g_assert_cmpstr (hashiya_relation_type_get_name_en (family), ==, "Family");
    g_assert_cmpint (hashiya_relation_type_get_quad_class (family), ==, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
    g_assert_false (hashiya_relation_type_get_mutual (family));
    g_assert_nonnull (hashiya_relation_catalog_lookup (types, "origin"));
    g_assert_cmpstr (hashiya_relation_get_relation_type (origin), ==, "origin");
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_source (origin))),
                     ==, "banks");
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_target (origin))),
                     ==, "switzerland");
    g_assert_cmpstr (hashiya_relation_get_relation_type (kin), ==, "family");
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_source (kin))),
                     ==, "raul-salinas-de-gortari");
  }
}

/* The relation gold: its 22 relations, each between the gold mentions
 * the gold says, with the mode and the modality of its AnnotatorNotes
 * ("mode=host modality=asserted"). */
static void
test_brat_import_relation_gold (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7-relations.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(GPtrArray) gold_mentions = NULL;
  g_autoptr(GPtrArray) gold = hashiya_test_load_gold_relations (&gold_mentions);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  GListModel *relations;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  relations = hashiya_document_get_relations (document);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 22);
  for (guint i = 0; i < gold->len; i++)
    {
      HashiyaGoldRelation *expected = g_ptr_array_index (gold, i);
      HashiyaGoldMention *source = g_ptr_array_index (gold_mentions, expected->source);
      HashiyaGoldMention *target = g_ptr_array_index (gold_mentions, expected->target);
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      HashiyaMention *from = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
      HashiyaMention *to = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
      int modality;

      g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, expected->type);
      g_assert_cmpuint (hashiya_mention_get_start (from), ==, source->start);
      g_assert_cmpuint (hashiya_mention_get_end (from), ==, source->end);
      g_assert_cmpuint (hashiya_mention_get_start (to), ==, target->start);
      g_assert_cmpuint (hashiya_mention_get_end (to), ==, target->end);
      g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, expected->mode);
      g_assert_true (hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, expected->modality, &modality));
      g_assert_cmpint (hashiya_relation_get_modality (relation), ==, modality);
      g_assert_false (hashiya_relation_get_negated (relation));
      g_assert_null (hashiya_relation_get_note (relation));
    }
  /* Not all asserted, not all without a mode: the notes were read. */
  {
    g_autoptr(HashiyaRelation) agree = g_list_model_get_item (relations, 12);
    g_autoptr(HashiyaRelation) host = g_list_model_get_item (relations, 1);

    g_assert_cmpint (hashiya_relation_get_modality (agree), ==, HASHIYA_MODALITY_FUTURE);
    g_assert_cmpstr (hashiya_relation_get_mode (host), ==, "host");
  }
}

/* What a relation says goes to brat and comes back: an R line each, an
 * event (E) for each trigger, one T for two relations of one trigger,
 * and the rest in the note in the relation gold's notation; read back,
 * the event and its R line are one relation. */
static void
test_brat_round_trip_relations (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_with_relations ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *ann_path = g_build_filename (dir, "doc.ann", NULL);
  g_autoptr(HashiyaDocument) copy = export_and_import (document, dir);
  g_autofree char *ann = hashiya_test_read_file (ann_path, NULL);
  g_auto(GStrv) lines = g_strsplit (ann, "\n", -1);
  guint n_r = 0, n_e = 0, n_triggers = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      n_r += lines[i][0] == 'R';
      n_e += lines[i][0] == 'E';
      n_triggers += g_str_has_prefix (lines[i], "T") && strstr (lines[i], "\tconsult ") != NULL;
    }
  g_assert_cmpuint (n_r, ==, 6);
  g_assert_cmpuint (n_e, ==, 5);
  g_assert_cmpuint (n_triggers, ==, 2);
  g_assert_nonnull (strstr (ann, "\nR1\tconsult Arg1:T3 Arg2:T4\t\n#1\tAnnotatorNotes R1\tmode=host modality=asserted\n"));
  g_assert_nonnull (strstr (ann, "\nT72\tconsult 146 152\tتستضيف\n"));
  g_assert_nonnull (strstr (ann, "\nE2\tconsult:T73 Source:T5 Target:T4\nE3\tconsult:T73 Source:T6 Target:T4\n"));
  g_assert_nonnull (strstr (ann, "\tAnnotatorNotes R4\tmodality=asserted negated=true "
                                 "note=said \"twice\", mode=fake — ملاحظة\n"));
  g_assert_nonnull (strstr (ann, "\tAnnotatorNotes R5\tmode=\"by \\\"phone\\\"\" modality=future\n"));
  g_assert_nonnull (strstr (ann, "\tAnnotatorNotes R6\tmodality=hypothetical status=suggested\n"));

  hashiya_test_assert_same_mentions (document, copy);
  hashiya_test_assert_same_relations (document, copy);
  hashiya_test_remove_tree (dir);
}

/* annotation.conf lets every type of the relation catalogue be added in
 * brat, as a relation and as an event; visual.conf names and colours
 * them. */
static void
test_brat_export_relation_conf (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_with_relations ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *conf_path = g_build_filename (dir, "annotation.conf", NULL);
  g_autofree char *visual_path = g_build_filename (dir, "visual.conf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *conf = NULL;
  g_autofree char *visual = NULL;

  g_assert_true (hashiya_brat_export (document, dir, "doc", &error));
  g_assert_no_error (error);
  conf = hashiya_test_read_file (conf_path, NULL);
  visual = hashiya_test_read_file (visual_path, NULL);
  g_assert_nonnull (strstr (conf, "\n[relations]\nagree\tArg1:<ENTITY>, Arg2:<ENTITY>\nconsult\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
  g_assert_nonnull (strstr (conf, "\nassault\tArg1:<ENTITY>, Arg2:<ENTITY>\n<OVERLAP>\t"));
  g_assert_nonnull (strstr (conf, "\n[events]\nagree\tSource:<ENTITY>, Target:<ENTITY>\n"));
  g_assert_nonnull (strstr (visual, "\nconsult | consult, meet, host | consult\n"));
  g_assert_nonnull (strstr (visual, "\nconsult\tbgColor:#2a7fd4, fgColor:white, color:#2a7fd4, dashArray:3-3\n"));
  g_assert_nonnull (strstr (visual, "\nassault\tbgColor:#d62839, fgColor:white, color:#d62839\n"));
  hashiya_test_remove_tree (dir);
}

/* An R line that cannot be a relation is named, and the rest of the
 * file imported: a missing argument, an argument that names no entity
 * or an event, a notation it cannot read in its note. An event of two
 * entities is a relation, its trigger the relation's. */
static void
test_brat_import_bad_relations (void)
{
  const char *txt = "اتهمت باكو يريفان وتركيا";
  const char *ann = "T1\tState 6 10\tباكو\n"
                    "T2\tState 11 17\tيريفان\n"
                    "T3\tState 19 24\tتركيا\n"
                    "R1\taccuse Arg1:T1\t\n"
                    "R2\taccuse Arg1:T1 Arg2:T99\t\n"
                    "R3\taccuse Arg1:T1 Arg2:E1\t\n"
                    "R4\taccuse Arg1:T1 Arg2:T2\t\n"
                    "#1\tAnnotatorNotes R4\tmodality=maybe negated=yes status=done ready to sign\n"
                    "T4\tAccuse 0 5\tاتهمت\n"
                    "E1\tAccuse:T4 Target:T3 Source:T1\n"
                    "R5\taccuse Arg1:T4 Arg2:T2\t\n"
                    "#2\tAnnotatorNotes E1\tmode=\"in public\" note=twice\n"
                    "R6\taccuse Arg1:T1 Arg2:T3\t\n";
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = import_written (dir, ann, txt, &problems, &error);
  const char *expected[] = {
    "doc.ann:4: R1: a relation needs a type and two arguments (TYPE Arg1:T1 Arg2:T2); skipped",
    "doc.ann:5: R2: its Arg2 “T99” names no entity of the file; skipped",
    "doc.ann:6: R3: its Arg2 “E1” is not an entity; skipped",
    "doc.ann:8: #1: unknown modality “maybe” (asserted, future or hypothetical); kept as “asserted”",
    "doc.ann:8: #1: “negated=yes” is neither true nor false; kept as false",
    "doc.ann:8: #1: unknown status “done” (accepted or suggested); kept as “accepted”",
    "doc.ann:11: R5: its Arg1 “T4” is the trigger of the event E1, not a mention; skipped",
  };
  GListModel *relations;
  HashiyaRelation *relation;
  guint start, end;

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (problem_in (problems, i, dir), ==, expected[i]);

  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 3);
  relations = hashiya_document_get_relations (document);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  /* R4, its note the words that are no notation */
  relation = hashiya_document_lookup_relation (document, "r1");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation))),
                   ==, "armenia");
  g_assert_cmpint (hashiya_relation_get_modality (relation), ==, HASHIYA_MODALITY_ASSERTED);
  g_assert_cmpstr (hashiya_relation_get_note (relation), ==, "ready to sign");
  g_assert_false (hashiya_relation_get_trigger (relation, NULL, NULL));
  /* R6 and E1 are one relation: E1 gives it its trigger, and its note as
   * R6 has none; E1 names its Source and Target in the other order. */
  relation = hashiya_document_lookup_relation (document, "r2");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation))),
                   ==, "azerbaijan");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation))),
                   ==, "turkey");
  g_assert_true (hashiya_relation_get_trigger (relation, &start, &end));
  g_assert_cmpuint (start, ==, 0);
  g_assert_cmpuint (end, ==, 5);
  g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, "in public");
  g_assert_cmpstr (hashiya_relation_get_note (relation), ==, "twice");
  hashiya_test_remove_tree (dir);
}

/* Events of brat's tutorial: one of two organisations is a relation,
 * whose type is added to the relation catalogue; one whose argument is
 * another event is not. */
static void
test_brat_import_events (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "brat-examples", "090-event_structures.ann", NULL);
  g_autofree char *txt = g_test_build_filename (G_TEST_DIST, "data", "brat-examples", "090-event_structures.txt", NULL);
  g_autofree char *dir = g_path_get_dirname (ann);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  GListModel *relations;
  g_autoptr(HashiyaRelation) merge = NULL;
  g_autofree char *trigger = NULL;
  gboolean found_remark = FALSE;
  guint start, end;

  g_assert_no_error (error);
  relations = hashiya_document_get_relations (document);
  /* E1 and E6: Merge-org of two organisations each */
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 2);
  merge = g_list_model_get_item (relations, 0);
  g_assert_cmpstr (hashiya_relation_get_relation_type (merge), ==, "merge-org");
  g_assert_true (hashiya_relation_get_trigger (merge, &start, &end));
  trigger = hashiya_text_slice (hashiya_document_get_text (document), start, end);
  g_assert_cmpstr (trigger, ==, "merged");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_source (merge))),
                   ==, "google");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (document, hashiya_relation_get_target (merge))),
                   ==, "youtube");
  for (guint i = 0; i < problems->len; i++)
    found_remark |= g_strcmp0 (problem_in (problems, i, dir),
                               "090-event_structures.ann:7: E2: its Event-Arg “E1” is not an entity; skipped") == 0;
  g_assert_true (found_remark);
}

/* The nine annotated documents of brat's news tutorial: every entity is
 * a mention, an actor named twice is one actor, no event trigger is. */
static void
test_brat_import_tutorial (void)
{
  static const struct { const char *name; guint n_mentions; } documents[] = {
    { "000-introduction", 6 }, { "040-text_span_annotation", 4 }, { "050-editing_text_span_annotations", 6 },
    { "060-relation_annotation", 10 }, { "070-editing_relation_annotations", 9 },
    { "080-event-annotation", 17 }, { "090-event_structures", 16 }, { "100-attribute_annotation", 16 },
    { "110-note_annotation", 12 },
  };
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *ann_name = g_strconcat (documents[i].name, ".ann", NULL);
      g_autofree char *txt_name = g_strconcat (documents[i].name, ".txt", NULL);
      g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "brat-examples", ann_name, NULL);
      g_autofree char *txt = g_test_build_filename (G_TEST_DIST, "data", "brat-examples", txt_name, NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaDocument) document = hashiya_brat_import (ann, txt, NULL, &problems, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, documents[i].n_mentions);
      g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_orphans (document)), ==, 0);
      for (guint j = 0; j < problems->len; j++)
        g_assert_null (strstr (g_ptr_array_index (problems, j), "names no Hashiya actor"));
      if (i == 1)
        {
          HashiyaCatalog *catalog = hashiya_document_get_catalog (document);

          /* Google, Larry Page, Sergey Brin, California */
          g_assert_cmpint (hashiya_actor_get_kind (hashiya_catalog_lookup (catalog, "google")), ==,
                           HASHIYA_ACTOR_KIND_ORGANIZATION);
          g_assert_cmpint (hashiya_actor_get_kind (hashiya_catalog_lookup (catalog, "larry-page")), ==,
                           HASHIYA_ACTOR_KIND_PERSON);
          g_assert_cmpstr (hashiya_actor_get_name_en (hashiya_catalog_lookup (catalog, "sergey-brin")), ==, "Sergey Brin");
          g_assert_cmpint (hashiya_actor_get_kind (hashiya_catalog_lookup (catalog, "california")), ==,
                           HASHIYA_ACTOR_KIND_STATE);
        }
      if (i == 7)
        {
          /* Google twice, Google again: one actor. */
          g_assert_cmpuint (hashiya_document_count_mentions (document, "google"), >=, 2);
          g_assert_null (hashiya_catalog_lookup (hashiya_document_get_catalog (document), "google-2"));
        }
      total += hashiya_document_get_n_mentions (document);
    }
  g_assert_cmpuint (total, ==, 96);
}

/* A plain brat file on Arabic text, no N lines: the catalogue's actors
 * are found by their text (with its proclitics and folding), a name the
 * catalogue lacks becomes a new actor of the entity's type. */
static void
test_brat_import_plain (void)
{
  const char *txt = "زار نيكول باشينيان أرمينيا ولقي سفير مالطا";
  const char *ann = "T1\tPerson 4 18\tنيكول باشينيان\n"
                    "T2\tCountry 19 26\tأرمينيا\n"
                    "T3\tCountry 37 42\tمالطا\n"
                    "T4\tPerson 4 18\tنيكول باشينيان\n";
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = import_written (dir, ann, txt, &problems, &error);
  HashiyaCatalog *catalog;
  HashiyaActor *actor;

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 3);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 0)), ==, "nikol-pashinyan");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 1)), ==, "armenia");
  g_assert_cmpstr (hashiya_mention_get_label (hashiya_document_get_mention (document, 1)), ==, "Country");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_get_mention (document, 2)), ==, "state-1");
  /* The same span and actor twice: the second is not imported. */
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (problem_in (problems, 0, dir), ==,
                   "doc.ann:3: the actor “state-1” (مالطا) was not in the catalogue; added");
  g_assert_true (g_str_has_prefix (problem_in (problems, 1, dir), "doc.ann:4: T4: "));
  catalog = hashiya_document_get_catalog (document);
  actor = hashiya_catalog_lookup (catalog, "state-1");
  g_assert_cmpint (hashiya_actor_get_kind (actor), ==, HASHIYA_ACTOR_KIND_STATE);
  g_assert_cmpstr (hashiya_actor_get_name_ar (actor), ==, "مالطا");
  hashiya_test_remove_tree (dir);
}

/* An actor the catalogue lacks is added, with its kind and names. */
static void
test_brat_import_new_actor (void)
{
  const char *txt = "قال الأمين العام للأمم المتحدة";
  const char *ann = "T1\tOrganization 23 30\tالمتحدة\n"
                    "N1\tReference T1 hashiya:united-nations\tUnited Nations\n";
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = import_written (dir, ann, txt, &problems, &error);
  HashiyaActor *actor;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (problem_in (problems, 0, dir), ==,
                   "doc.ann:1: the actor “united-nations” (المتحدة) was not in the catalogue; added");
  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), "united-nations");
  g_assert_nonnull (actor);
  g_assert_cmpint (hashiya_actor_get_kind (actor), ==, HASHIYA_ACTOR_KIND_ORGANIZATION);
  g_assert_cmpstr (hashiya_actor_get_name_en (actor), ==, "United Nations");
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  hashiya_test_remove_tree (dir);
}

static void
test_brat_import_bad_encoding (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *ann_path = hashiya_test_write_file (dir, "doc.ann", "T1\tState 0 4\t\xff\xfe\n", -1);
  g_autofree char *txt_path = hashiya_test_write_file (dir, "doc.txt", "طهران", -1);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: not valid UTF-8 at byte offset 13 (byte 0xFF): "
                                               "save the text as UTF-8 first", ann_path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (hashiya_brat_import (ann_path, txt_path, NULL, &problems, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (problems);
  g_clear_error (&error);

  g_assert_null (hashiya_brat_import (ann_path, missing, NULL, &problems, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%s: cannot read: no such file or folder", missing);
  g_assert_cmpstr (error->message, ==, expected);
  hashiya_test_remove_tree (dir);
}

/* A destination that cannot be a folder: a clear error, nothing written. */
static void
test_brat_export_unwritable (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *file = hashiya_test_write_file (dir, "plain-file", "x", -1);
  g_autofree char *target = g_build_filename (file, "brat", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: cannot make the folder: Not a directory", target);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hashiya_brat_export (document, target, "doc", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_cmpstr (error->message, ==, expected);
  contents = hashiya_test_read_file (file, NULL);
  g_assert_cmpstr (contents, ==, "x");
  hashiya_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/brat/import/gold", test_brat_import_gold);
  g_test_add_func ("/brat/import/bad-spans", test_brat_import_bad_spans);
  g_test_add_func ("/brat/import/foreign", test_brat_import_foreign);
  g_test_add_func ("/brat/import/relation-gold", test_brat_import_relation_gold);
  g_test_add_func ("/brat/import/bad-relations", test_brat_import_bad_relations);
  g_test_add_func ("/brat/import/events", test_brat_import_events);
  g_test_add_func ("/brat/import/tutorial", test_brat_import_tutorial);
  g_test_add_func ("/brat/import/plain", test_brat_import_plain);
  g_test_add_func ("/brat/import/edited-text", test_brat_import_edited_text);
  g_test_add_func ("/brat/import/new-actor", test_brat_import_new_actor);
  g_test_add_func ("/brat/import/bad-encoding", test_brat_import_bad_encoding);
  g_test_add_func ("/brat/export/golden", test_brat_export_golden);
  g_test_add_func ("/brat/export/offsets", test_brat_offsets_consistent);
  g_test_add_func ("/brat/export/unwritable", test_brat_export_unwritable);
  g_test_add_func ("/brat/round-trip/crlf-emoji", test_brat_round_trip_crlf_emoji);
  g_test_add_func ("/brat/round-trip/bom", test_brat_round_trip_bom);
  g_test_add_func ("/brat/round-trip/relations", test_brat_round_trip_relations);
  g_test_add_func ("/brat/export/relation-conf", test_brat_export_relation_conf);

  return g_test_run ();
}
