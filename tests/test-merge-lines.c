/* test-merge-lines.c — the merge driver's quick way (only the lines that
 * differ read) gives what the merge of the whole documents gives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>

#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#endif

#include "hashiya-core.h"
#include "hashiya-merge-private.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

/* Fewer under valgrind, which runs them some fifty times slower. */
#define N_CASES (RUNNING_ON_VALGRIND ? 12u : 120u)

static HashiyaMention *
random_mention (HashiyaDocument *document,
                GRand           *rand)
{
  guint n = hashiya_document_get_n_mentions (document);
  guint i;

  if (n == 0)
    return NULL;
  /* Half the time one of the first ten: both sides then meet there. */
  i = g_rand_boolean (rand) ? (guint) g_rand_int_range (rand, 0, MIN (n, 10)) : (guint) g_rand_int_range (rand, 0, n);
  return hashiya_document_get_mention (document, i);
}

static const char *
random_actor (HashiyaDocument *document,
              GRand           *rand)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  guint n = MIN (6, hashiya_catalog_get_n_actors (catalog));

  return hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, g_rand_int_range (rand, 0, n)));
}

static HashiyaRelation *
random_relation (HashiyaDocument *document,
                 GRand           *rand)
{
  GListModel *relations = hashiya_document_get_relations (document);
  guint n = g_list_model_get_n_items (relations);
  g_autoptr(HashiyaRelation) relation = NULL;

  if (n == 0)
    return NULL;
  relation = g_list_model_get_item (relations, g_rand_int_range (rand, 0, MIN (n, 4)));
  return hashiya_document_lookup_relation (document, hashiya_relation_get_id (relation));
}

/* One change of one side: another actor, a note, a status, a mention
 * removed or added, a relation added, changed or removed, the title, an
 * actor added. Refused changes (a duplicate) are no change. */
static void
change_once (HashiyaDocument *document,
             GRand           *rand,
             gboolean         theirs)
{
  HashiyaMention *mention = random_mention (document, rand);
  g_autoptr(HashiyaMention) state = mention != NULL ? hashiya_mention_copy (mention) : NULL;
  g_autoptr(GError) error = NULL;

  if (mention == NULL)
    return;
  switch (g_rand_int_range (rand, 0, 11))
    {
    case 0:
      hashiya_mention_set_actor (state, random_actor (document, rand));
      hashiya_document_update_mention (document, mention, state, &error);
      break;
    case 1:
      hashiya_mention_set_note (state, g_rand_boolean (rand) ? "checked" : theirs ? "theirs" : "ours");
      hashiya_document_update_mention (document, mention, state, &error);
      break;
    case 2:
      hashiya_mention_set_status (state, HASHIYA_MENTION_STATUS_SUGGESTED);
      hashiya_document_update_mention (document, mention, state, &error);
      break;
    case 3:
      hashiya_document_remove_mention (document, mention);
      break;
    case 4:
      hashiya_document_annotate (document, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                                 random_actor (document, rand), HASHIYA_MENTION_TYPE_NAME, &error);
      break;
    case 5:
      {
        HashiyaMention *other = random_mention (document, rand);

        if (other != mention)
          hashiya_document_relate (document, g_rand_boolean (rand) ? "accuse" : "consult",
                                   hashiya_mention_get_id (mention), hashiya_mention_get_id (other), &error);
      }
      break;
    case 6:
    case 7:
      {
        HashiyaRelation *relation = random_relation (document, rand);

        if (relation == NULL)
          break;
        if (g_rand_boolean (rand))
          {
            g_autoptr(HashiyaRelation) changed = hashiya_relation_copy (relation);

            hashiya_relation_set_negated (changed, !hashiya_relation_get_negated (relation));
            hashiya_relation_set_note (changed, theirs ? "theirs" : "ours");
            hashiya_document_update_relation (document, relation, changed, &error);
          }
        else
          hashiya_document_remove_relation (document, relation);
      }
      break;
    case 8:
      hashiya_document_set_title (document,
                                  g_rand_boolean (rand) ? "مناورات" : theirs ? "مناورات مشتركة" : "مناورات 3+3",
                                  &error);
      break;
    case 9:
      {
        const char *id = g_rand_boolean (rand) ? "caspian-forum" : "black-sea-council";
        g_autoptr(HashiyaActor) actor = hashiya_actor_new (id, HASHIYA_ACTOR_KIND_FORUM, NULL, "Forum");

        hashiya_actor_set_color (actor, theirs ? "#123456" : "#654321");
        hashiya_document_add_actor (document, actor, &error);
      }
      break;
    case 10:
    default:
      hashiya_mention_set_actor (state, random_actor (document, rand));
      hashiya_mention_set_note (state, "both");
      hashiya_document_update_mention (document, mention, state, &error);
      break;
    }
}

/* What the driver says of the conflicts, as one string. */
static char *
describe (GListModel *conflicts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(HashiyaConflict) conflict = g_list_model_get_item (conflicts, i);

      g_string_append_printf (out, "%d %s %s %s %s %s\n", hashiya_conflict_get_kind (conflict),
                              hashiya_conflict_get_id (conflict),
                              hashiya_conflict_get_author (conflict, HASHIYA_CONFLICT_SIDE_A) ?: "-",
                              hashiya_conflict_get_author (conflict, HASHIYA_CONFLICT_SIDE_B) ?: "-",
                              hashiya_conflict_get_value (conflict, HASHIYA_CONFLICT_SIDE_A) ?: "-",
                              hashiya_conflict_get_value (conflict, HASHIYA_CONFLICT_SIDE_B) ?: "-");
    }
  return g_string_free (out, FALSE);
}

/* Both ways over the same three files, each in a folder of its own. */
static gboolean
assert_same_merge (const char *dir,
                   guint       n)
{
  g_autofree char *whole_dir = g_build_filename (dir, "whole", NULL);
  g_autofree char *lines_dir = g_build_filename (dir, "lines", NULL);
  g_autofree char *whole_ours = g_build_filename (whole_dir, "ours.hashiya", NULL);
  g_autofree char *lines_ours = g_build_filename (lines_dir, "ours.hashiya", NULL);
  g_autofree char *base = g_build_filename (whole_dir, "base.hashiya", NULL);
  g_autofree char *theirs = g_build_filename (whole_dir, "theirs.hashiya", NULL);
  g_autofree char *whole_bytes = NULL;
  g_autofree char *lines_bytes = NULL;
  g_autofree char *whole_conflicts = NULL;
  g_autofree char *lines_conflicts = NULL;
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(GError) whole_error = NULL;
  g_autoptr(GError) lines_error = NULL;
  gboolean quick = FALSE;

  merged = hashiya_merge_files (base, whole_ours, theirs, "doc.hashiya", &whole_error);
  conflicts = _hashiya_merge_driver_full (base, lines_ours, theirs, "doc.hashiya", &quick, &lines_error);
  g_test_message ("case %u: %s", n, quick ? "lines" : "whole documents");
  whole_bytes = hashiya_test_read_file (whole_ours, NULL);
  lines_bytes = hashiya_test_read_file (lines_ours, NULL);
  g_assert_cmpstr (lines_bytes, ==, whole_bytes);
  g_assert_true ((merged == NULL) == (conflicts == NULL));
  if (merged == NULL)
    {
      g_assert_cmpstr (lines_error->message, ==, whole_error->message);
      return quick;
    }
  /* The driver's status is 1 with conflicts: the same conflicts. */
  whole_conflicts = describe (hashiya_document_get_conflicts (merged));
  lines_conflicts = describe (conflicts);
  g_assert_cmpstr (lines_conflicts, ==, whole_conflicts);
  return quick;
}

static void
write_file (const char *dir,
            const char *which,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, which, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Three files in both folders; @edit, when set, changes theirs' bytes.
 * With @high_id, m70 is m9000 in all three: ids given out then follow
 * the highest number of ours, which may be a line the sides share. */
static void
make_case (const char      *dir,
           HashiyaDocument *base,
           HashiyaDocument *ours,
           HashiyaDocument *theirs,
           char *         (*edit) (const char *theirs_bytes),
           gboolean         high_id)
{
  HashiyaDocument *documents[] = { base, ours, theirs };
  const char *names[] = { "base.hashiya", "ours.hashiya", "theirs.hashiya" };

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GBytes) bytes = hashiya_format_write (documents[i]);
      g_autofree char *contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      if (high_id)
        {
          g_auto(GStrv) parts = g_strsplit (contents, "\"m70\"", -1);

          g_free (contents);
          contents = g_strjoinv ("\"m9000\"", parts);
        }
      if (i == 2 && edit != NULL)
        {
          char *edited = edit (contents);

          g_free (contents);
          contents = edited;
        }
      write_file (dir, "whole", names[i], contents);
      write_file (dir, "lines", names[i], contents);
    }
}

static HashiyaDocument *
reread (HashiyaDocument *document,
        const char      *author)
{
  g_autoptr(GBytes) bytes = hashiya_format_write (document);
  g_autoptr(GError) error = NULL;
  HashiyaDocument *copy = hashiya_format_read (bytes, "x.hashiya", &error);

  g_assert_no_error (error);
  hashiya_document_set_author (copy, author);
  return copy;
}

/* Theirs' second mention line given the id of the first: refused. */
static char *
repeat_id (const char *contents)
{
  const char *first = strstr (contents, "\n    {\"id\": \"");
  const char *second = first != NULL ? strstr (first + 1, "\n    {\"id\": \"") : NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;

  if (second == NULL)
    return g_strdup (contents);
  first_id = g_strndup (first + 13, strchr (first + 13, '"') - (first + 13));
  second_id = g_strndup (second + 13, strchr (second + 13, '"') - (second + 13));
  {
    g_autofree char *with = g_strdup_printf ("{\"id\": \"%s\", ", first_id);
    g_autofree char *was = g_strdup_printf ("{\"id\": \"%s\", ", second_id);
    g_autofree char *head = g_strndup (contents, second - contents);
    g_autofree char *rest = hashiya_test_replace (second, was, with);

    return g_strconcat (head, rest, NULL);
  }
}

/* Theirs made by hand: the same bytes in another layout. */
static char *
relayout (const char *contents)
{
  return hashiya_test_replace (contents, "\"start\": ", "\"start\":");
}

/* Many three-way cases, made at random from the gold article (with and
 * without relations, with metadata, new actors, another text on one side,
 * and a few bad files): the quick way writes the same bytes, fails with
 * the same message, and finds the same conflicts as the whole merge. */
static void
test_same_as_whole (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *whole_dir = g_build_filename (dir, "whole", NULL);
  g_autofree char *lines_dir = g_build_filename (dir, "lines", NULL);
  g_autoptr(HashiyaDocument) article = hashiya_test_gold_version (0, "Base");
  guint quick = 0;

  g_assert_cmpint (g_mkdir (whole_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (lines_dir, 0700), ==, 0);
  for (guint n = 0; n < N_CASES; n++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (n);
      g_autoptr(HashiyaDocument) gold = reread (article, "Base");
      g_autoptr(HashiyaDocument) base = NULL;
      g_autoptr(HashiyaDocument) ours = NULL;
      g_autoptr(HashiyaDocument) theirs = NULL;
      char *(*edit) (const char *) = NULL;

      /* A third without relations, a fifth with metadata in the base. */
      if (n % 3 == 1)
        while (g_list_model_get_n_items (hashiya_document_get_relations (gold)) > 0)
          {
            g_autoptr(HashiyaRelation) relation = g_list_model_get_item (hashiya_document_get_relations (gold), 0);

            const char *id = hashiya_relation_get_id (relation);

            hashiya_document_remove_relation (gold, hashiya_document_lookup_relation (gold, id));
          }
      if (n % 5 == 2)
        hashiya_document_set_title (gold, "مناورات", NULL);
      /* A label (version 3) on a mention that no side changes. */
      if (n % 4 == 1)
        {
          HashiyaMention *mention = hashiya_document_lookup_mention (gold, "m30");
          g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);

          hashiya_mention_set_label (state, "Country");
          hashiya_document_update_mention (gold, mention, state, NULL);
        }
      base = reread (gold, "Base");
      ours = reread (base, "Layla");
      theirs = reread (base, "Omar");
      for (guint k = g_rand_int_range (rand, 0, 8); k > 0; k--)
        change_once (ours, rand, FALSE);
      for (guint k = g_rand_int_range (rand, 0, 8); k > 0; k--)
        change_once (theirs, rand, TRUE);
      if (n % 17 == 5)
        {
          HashiyaText *old_text = hashiya_document_get_text (ours);
          g_autofree char *content = g_strconcat ("عاجل: ", hashiya_text_get_data (old_text, NULL), NULL);
          g_autoptr(HashiyaText) text = hashiya_text_new (content, strlen (content), NULL);
          HashiyaDocument *moved = hashiya_document_reanchor (ours, text);

          g_object_unref (ours);
          ours = moved;
        }
      if (n % 19 == 7)
        edit = repeat_id;
      else if (n % 23 == 11)
        edit = relayout;
      make_case (dir, base, ours, theirs, edit, n % 7 == 3);
      if (assert_same_merge (dir, n))
        quick++;
    }
  /* Most cases went the quick way: the test compares the two. */
  g_test_message ("%u of %u cases the quick way", quick, N_CASES);
  g_assert_cmpuint (quick, >=, N_CASES * 2 / 3);
  hashiya_test_remove_tree (dir);
}

/* The quick way on a document with orphans, labels and conflicts kept
 * from an earlier merge: the same as the whole merge. */
static void
test_earlier_conflicts (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *whole_dir = g_build_filename (dir, "whole", NULL);
  g_autofree char *lines_dir = g_build_filename (dir, "lines", NULL);
  g_autoptr(HashiyaDocument) gold = hashiya_test_gold_version (0, "Base");
  g_autoptr(HashiyaDocument) base = NULL;
  g_autoptr(HashiyaDocument) ours = NULL;
  g_autoptr(HashiyaDocument) theirs = NULL;
  g_autoptr(HashiyaConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (whole_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (lines_dir, 0700), ==, 0);
  base = reread (gold, "Base");
  ours = reread (base, "Layla");
  theirs = reread (base, "Omar");
  {
    HashiyaMention *mention = hashiya_document_lookup_mention (theirs, "m9");
    g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);

    hashiya_mention_set_label (state, "Country");
    hashiya_document_update_mention (theirs, mention, state, &error);
    g_assert_no_error (error);
  }
  conflict = hashiya_conflict_new (HASHIYA_CONFLICT_MENTION, "m12",
                                   G_OBJECT (hashiya_document_lookup_mention (theirs, "m12")), NULL,
                                   G_OBJECT (hashiya_document_lookup_mention (theirs, "m12")), NULL, "Omar");
  _hashiya_document_add_conflict (theirs, conflict);
  make_case (dir, base, ours, theirs, NULL, FALSE);
  g_assert_true (assert_same_merge (dir, 0));
  hashiya_test_remove_tree (dir);
}

static void
annotate_over (HashiyaDocument *document,
               const char      *id,
               const char      *actor)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, id);
  g_autoptr(GError) error = NULL;

  hashiya_document_annotate (document, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention), actor,
                             HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
}

/* Both sides add a mention under the same id while a mention none of them
 * changed has the highest number: theirs' gets the number after it. */
static void
test_high_ids (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *whole_dir = g_build_filename (dir, "whole", NULL);
  g_autofree char *lines_dir = g_build_filename (dir, "lines", NULL);
  g_autofree char *merged_path = g_build_filename (lines_dir, "ours.hashiya", NULL);
  g_autofree char *merged = NULL;
  g_autoptr(HashiyaDocument) base = hashiya_test_gold_version (0, "Base");
  g_autoptr(HashiyaDocument) ours = reread (base, "Layla");
  g_autoptr(HashiyaDocument) theirs = reread (base, "Omar");

  g_assert_cmpint (g_mkdir (whole_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (lines_dir, 0700), ==, 0);
  annotate_over (ours, "m1", "iran");
  annotate_over (theirs, "m2", "russia");
  make_case (dir, base, ours, theirs, NULL, TRUE);
  g_assert_true (assert_same_merge (dir, 0));
  merged = hashiya_test_read_file (merged_path, NULL);
  g_assert_nonnull (strstr (merged, "{\"id\": \"m9001\", "));
  hashiya_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/merge-lines/same-as-whole", test_same_as_whole);
  g_test_add_func ("/merge-lines/earlier-conflicts", test_earlier_conflicts);
  g_test_add_func ("/merge-lines/high-ids", test_high_ids);

  return g_test_run ();
}
