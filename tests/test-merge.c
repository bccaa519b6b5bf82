/* test-merge.c — the three-way merge of .hashiya files, hashiya-cli
 * merge-driver, the conflicts in the file and settling them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "hashiya-core.h"
#include "hashiya-test-cli.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

/* The bundled article with its gold mentions and relations (the common
 * version), and two copies of it: ours and theirs. */
typedef struct
{
  char *dir;
  char *base;
  char *ours;
  char *theirs;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "Base");
  g_autoptr(GError) error = NULL;

  fixture->dir = hashiya_test_make_tmpdir ();
  fixture->base = g_build_filename (fixture->dir, "base.hashiya", NULL);
  fixture->ours = g_build_filename (fixture->dir, "ours.hashiya", NULL);
  fixture->theirs = g_build_filename (fixture->dir, "theirs.hashiya", NULL);
  for (guint i = 0; i < 3; i++)
    {
      hashiya_document_save_file (document, i == 0 ? fixture->base : i == 1 ? fixture->ours : fixture->theirs, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hashiya_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->base);
  g_free (fixture->ours);
  g_free (fixture->theirs);
}

#define run_in(fixture, ...) \
  hashiya_test_run_cli_full ((fixture)->dir, NULL, FALSE, (const char * const[]) { __VA_ARGS__, NULL })

static HashiyaDocument *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document = hashiya_document_load_file (path, &error);

  g_assert_no_error (error);
  return document;
}

static void
save (HashiyaDocument *document,
      const char      *path)
{
  g_autoptr(GError) error = NULL;

  hashiya_document_save_file (document, path, &error);
  g_assert_no_error (error);
}

/* The @n-th word of the text (split at spaces) that no mention touches. */
static void
free_word (HashiyaDocument *document,
           guint            n,
           guint           *start,
           guint           *end)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint length = hashiya_text_get_length (text);
  g_autofree char *content = hashiya_text_slice (text, 0, length);
  g_autofree gboolean *taken = g_new0 (gboolean, length + 1);
  const char *p = content;
  guint offset = 0, word_start = 0, found = 0;
  gboolean in_word = FALSE;

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      for (guint j = hashiya_mention_get_start (mention); j < hashiya_mention_get_end (mention); j++)
        taken[j] = TRUE;
    }
  for (; offset <= length; offset++, p = *p != '\0' ? g_utf8_next_char (p) : p)
    {
      gboolean space = offset == length || g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word)
        {
          in_word = TRUE;
          word_start = offset;
        }
      else if (space && in_word)
        {
          gboolean free = TRUE;

          in_word = FALSE;
          for (guint j = word_start; j < offset; j++)
            free = free && !taken[j];
          if (free && found++ == n)
            {
              *start = word_start;
              *end = offset;
              return;
            }
        }
    }
  g_assert_not_reached ();
}

static HashiyaMention *
annotate (HashiyaDocument *document,
          guint            word,
          const char      *actor)
{
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention;
  guint start, end;

  free_word (document, word, &start, &end);
  mention = hashiya_document_annotate (document, start, end, actor, HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
  return mention;
}

static void
set_actor (HashiyaDocument *document,
           const char      *id,
           const char      *actor)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, id);
  g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);
  g_autoptr(GError) error = NULL;

  hashiya_mention_set_actor (state, actor);
  hashiya_mention_set_author (state, hashiya_document_get_author (document));
  hashiya_document_update_mention (document, mention, state, &error);
  g_assert_no_error (error);
}

static void
set_note (HashiyaDocument *document,
          const char      *id,
          const char      *note)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, id);
  g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);
  g_autoptr(GError) error = NULL;

  hashiya_mention_set_note (state, note);
  hashiya_mention_set_author (state, hashiya_document_get_author (document));
  hashiya_document_update_mention (document, mention, state, &error);
  g_assert_no_error (error);
}

static void
add_actor (HashiyaDocument *document,
           const char      *id,
           const char      *name_en,
           const char      *color)
{
  g_autoptr(HashiyaActor) actor = hashiya_actor_new (id, HASHIYA_ACTOR_KIND_ORGANIZATION, NULL, name_en);
  g_autoptr(GError) error = NULL;

  hashiya_actor_set_color (actor, color);
  hashiya_document_add_actor (document, actor, &error);
  g_assert_no_error (error);
}

static HashiyaDocument *
open_side (const char *path,
           const char *author)
{
  HashiyaDocument *document = load (path);

  hashiya_document_set_author (document, author);
  return document;
}

/* Runs the driver as git does, in the fixture's folder. */
static HashiyaTestRun
merge (Fixture *fixture)
{
  return run_in (fixture, "merge-driver", "base.hashiya", "ours.hashiya", "theirs.hashiya", "--path", "doc.hashiya");
}

static HashiyaConflict *
conflict_at (HashiyaDocument *document,
             guint            position)
{
  GListModel *conflicts = hashiya_document_get_conflicts (document);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (conflicts));
  return g_list_model_get_item (conflicts, position);
}

static void
test_different_mentions (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autofree char *ours_id = NULL;
  g_autofree char *theirs_id = NULL;

  /* Both give out the same next id, m72, for different mentions. */
  ours_id = g_strdup (hashiya_mention_get_id (annotate (ours, 0, "turkey")));
  theirs_id = g_strdup (hashiya_mention_get_id (annotate (theirs, 3, "iran")));
  g_assert_cmpstr (ours_id, ==, theirs_id);
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  merged = load (fixture->ours);
  g_assert_cmpuint (hashiya_document_get_n_mentions (merged), ==, 73);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_conflicts (merged)), ==, 0);
  /* Ours keeps its id; theirs gets the next free number. */
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, ours_id)), ==, "turkey");
  g_assert_cmpstr (hashiya_mention_get_author (hashiya_document_lookup_mention (merged, ours_id)), ==, "Layla");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m73")), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_author (hashiya_document_lookup_mention (merged, "m73")), ==, "Omar");
}

/* Both annotate the same word with the same actor: one mention. */
static void
test_both_add_same (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  HashiyaMention *mention;

  annotate (ours, 1, "iran");
  annotate (theirs, 0, "turkey");
  annotate (theirs, 0, "iran");
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  merged = load (fixture->ours);
  g_assert_cmpuint (hashiya_document_get_n_mentions (merged), ==, 73);
  /* Ours' m72; theirs' m72 (turkey) renumbered, theirs' m73 is ours' m72. */
  mention = hashiya_document_lookup_mention (merged, "m72");
  g_assert_cmpstr (hashiya_mention_get_actor (mention), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m73")), ==, "turkey");
  g_assert_null (hashiya_document_lookup_mention (merged, "m74"));
}

/* One side gave the document a new version of its text: the other's
 * mentions are found again in it, and merged. */
static void
test_new_text (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) moved = NULL;
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;
  HashiyaText *old_text = hashiya_document_get_text (ours);

  content = g_strconcat ("عاجل: ", hashiya_text_get_data (old_text, NULL), NULL);
  text = hashiya_text_new (content, strlen (content), &error);
  g_assert_no_error (error);
  moved = hashiya_document_reanchor (ours, text);
  save (moved, fixture->ours);
  set_actor (theirs, "m1", "turkey");
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  merged = load (fixture->ours);
  g_assert_cmpstr (hashiya_text_get_sha256 (hashiya_document_get_text (merged)), ==, hashiya_text_get_sha256 (text));
  /* m1 moved by the six characters of "عاجل: ", with theirs' actor. */
  g_assert_cmpuint (hashiya_mention_get_start (hashiya_document_lookup_mention (merged, "m1")), ==, 79 + 6);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m1")), ==, "turkey");
  g_assert_cmpuint (hashiya_document_get_n_mentions (merged), ==, 71);
}

static void
test_same_mention_two_actors (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(HashiyaConflict) conflict = NULL;
  g_autofree char *bytes = NULL;

  set_actor (ours, "m1", "turkey");
  set_actor (theirs, "m1", "iran");
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "doc.hashiya: 1 conflict, kept in the file to settle in the window:\n"
                                "  mention m1: Layla / Omar\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  bytes = hashiya_test_read_file (fixture->ours, NULL);
  g_assert_null (strstr (bytes, "<<<<<<<"));
  g_assert_null (strstr (bytes, ">>>>>>>"));
  g_assert_nonnull (strstr (bytes, "\n  \"version\": 6,\n"));
  g_assert_nonnull (strstr (bytes, "\n  \"conflicts\": [\n    {\"kind\": \"mention\", \"id\": \"m1\", \"base\": {\"id\": \"m1\", "
                                   "\"start\": 79, \"end\": 87, \"actor\": \"azerbaijan\""));
  merged = load (fixture->ours);
  g_assert_cmpuint (hashiya_document_get_n_mentions (merged), ==, 71);
  /* The document keeps ours until the conflict is settled. */
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m1")), ==, "turkey");
  conflict = conflict_at (merged, 0);
  g_assert_cmpint (hashiya_conflict_get_kind (conflict), ==, HASHIYA_CONFLICT_MENTION);
  g_assert_cmpstr (hashiya_conflict_get_id (conflict), ==, "m1");
  g_assert_cmpstr (hashiya_conflict_get_author (conflict, HASHIYA_CONFLICT_SIDE_A), ==, "Layla");
  g_assert_cmpstr (hashiya_conflict_get_author (conflict, HASHIYA_CONFLICT_SIDE_B), ==, "Omar");
  g_assert_cmpstr (hashiya_mention_get_actor (HASHIYA_MENTION (hashiya_conflict_get_base (conflict))), ==, "azerbaijan");
  g_assert_cmpstr (hashiya_mention_get_actor (HASHIYA_MENTION (hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_A))),
                   ==, "turkey");
  g_assert_cmpstr (hashiya_mention_get_actor (HASHIYA_MENTION (hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_B))),
                   ==, "iran");
}

static void
test_delete_and_change (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(HashiyaConflict) conflict = NULL;

  /* Ours removes m3 and m5; theirs changes m3 and leaves m5. */
  hashiya_document_remove_mention (ours, hashiya_document_lookup_mention (ours, "m3"));
  hashiya_document_remove_mention (ours, hashiya_document_lookup_mention (ours, "m5"));
  set_note (theirs, "m3", "the capital stands for the state");
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "doc.hashiya: 1 conflict, kept in the file to settle in the window:\n"
                                "  mention m3: removed / Omar\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  merged = load (fixture->ours);
  /* m5 goes; m3 is kept, changed, until the conflict is settled. */
  g_assert_null (hashiya_document_lookup_mention (merged, "m5"));
  g_assert_cmpstr (hashiya_mention_get_note (hashiya_document_lookup_mention (merged, "m3")), ==,
                   "the capital stands for the state");
  g_assert_cmpuint (hashiya_document_get_n_mentions (merged), ==, 70);
  conflict = conflict_at (merged, 0);
  g_assert_null (hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_A));
  g_assert_nonnull (hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_B));
}

static void
test_one_side (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;

  /* Changed on one side only, the same change on both, removed on one. */
  set_actor (theirs, "m2", "russia");
  set_note (ours, "m4", "both");
  set_note (theirs, "m4", "both");
  hashiya_document_remove_mention (theirs, hashiya_document_lookup_mention (theirs, "m6"));
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "");
    g_assert_cmpint (r.status, ==, 0);
  }
  merged = load (fixture->ours);
  g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m2")), ==, "russia");
  g_assert_cmpstr (hashiya_mention_get_note (hashiya_document_lookup_mention (merged, "m4")), ==, "both");
  g_assert_null (hashiya_document_lookup_mention (merged, "m6"));
  g_assert_cmpuint (hashiya_document_get_n_mentions (merged), ==, 70);
}

static void
test_catalog (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(HashiyaConflict) conflict = NULL;
  HashiyaCatalog *catalog;
  guint n_base;

  {
    g_autoptr(HashiyaDocument) base = load (fixture->base);

    n_base = hashiya_catalog_get_n_actors (hashiya_document_get_catalog (base));
  }
  /* Both add an actor; both change one actor's colour, differently. */
  add_actor (ours, "caspian-forum", "Caspian Forum", "#123456");
  add_actor (theirs, "black-sea-council", "Black Sea Council", "#654321");
  {
    HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (ours), "iran");
    g_autoptr(HashiyaActor) state = hashiya_actor_copy (actor);
    g_autoptr(GError) error = NULL;

    hashiya_actor_set_color (state, "#010101");
    hashiya_document_update_actor (ours, actor, state, &error);
    g_assert_no_error (error);
  }
  {
    HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (theirs), "iran");
    g_autoptr(HashiyaActor) state = hashiya_actor_copy (actor);
    g_autoptr(GError) error = NULL;

    hashiya_actor_set_color (state, "#020202");
    hashiya_document_update_actor (theirs, actor, state, &error);
    g_assert_no_error (error);
  }
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "doc.hashiya: 1 conflict, kept in the file to settle in the window:\n"
                                "  actor iran: changed / changed\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  merged = load (fixture->ours);
  catalog = hashiya_document_get_catalog (merged);
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, n_base + 2);
  g_assert_nonnull (hashiya_catalog_lookup (catalog, "caspian-forum"));
  g_assert_nonnull (hashiya_catalog_lookup (catalog, "black-sea-council"));
  /* Ours' additions in ours' order, then theirs'. */
  g_assert_cmpstr (hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, n_base)), ==, "caspian-forum");
  g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (catalog, "iran")), ==, "#010101");
  conflict = conflict_at (merged, 0);
  g_assert_cmpint (hashiya_conflict_get_kind (conflict), ==, HASHIYA_CONFLICT_ACTOR);
  g_assert_cmpstr (hashiya_actor_get_color (HASHIYA_ACTOR (hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_B))),
                   ==, "#020202");
}

static void
test_relations (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaRelation *r1;
  HashiyaRelation *added;
  g_autofree char *added_id = NULL;

  /* Theirs relates m1 to a mention of its own; ours removes m1 (and
   * r1 with it): m1 comes back, with a conflict on it. Ours changes r2. */
  r1 = hashiya_document_lookup_relation (ours, "r1");
  g_assert_nonnull (r1);
  hashiya_document_remove_mention (ours, hashiya_document_lookup_mention (ours, "m1"));
  g_assert_null (hashiya_document_lookup_relation (ours, "r1"));
  {
    HashiyaRelation *r2 = hashiya_document_lookup_relation (ours, "r2");
    g_autoptr(HashiyaRelation) state = hashiya_relation_copy (r2);

    hashiya_relation_set_negated (state, TRUE);
    hashiya_document_update_relation (ours, r2, state, &error);
    g_assert_no_error (error);
  }
  {
    HashiyaMention *mention = annotate (theirs, 2, "iran");

    added = hashiya_document_relate (theirs, "accuse", "m1", hashiya_mention_get_id (mention), &error);
    g_assert_no_error (error);
    added_id = g_strdup (hashiya_relation_get_id (added));
  }
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "doc.hashiya: 1 conflict, kept in the file to settle in the window:\n"
                                "  mention m1: removed / Base\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  merged = load (fixture->ours);
  g_assert_nonnull (hashiya_document_lookup_mention (merged, "m1"));
  /* r1 went with m1 on ours and was not changed on theirs: it goes. */
  g_assert_null (hashiya_document_lookup_relation (merged, "r1"));
  g_assert_true (hashiya_relation_get_negated (hashiya_document_lookup_relation (merged, "r2")));
  added = hashiya_document_lookup_relation (merged, added_id);
  g_assert_nonnull (added);
  g_assert_cmpstr (hashiya_relation_get_source (added), ==, "m1");
  g_assert_cmpstr (hashiya_relation_get_relation_type (added), ==, "accuse");
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autofree char *saved_ours = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize size = 0;

  annotate (ours, 0, "turkey");
  annotate (ours, 5, "russia");
  annotate (theirs, 1, "iran");
  annotate (theirs, 5, "armenia");
  set_actor (ours, "m7", "turkey");
  set_actor (theirs, "m7", "iran");
  hashiya_document_remove_mention (theirs, hashiya_document_lookup_mention (theirs, "m9"));
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  saved_ours = hashiya_test_read_file (fixture->ours, &size);
  for (guint i = 0; i < 2; i++)
    {
      g_auto(HashiyaTestRun) r = merge (fixture);
      char **result = i == 0 ? &first : &second;

      g_assert_cmpint (r.status, ==, 1);
      *result = hashiya_test_read_file (fixture->ours, NULL);
      g_assert_true (g_file_set_contents (fixture->ours, saved_ours, size, NULL));
    }
  g_assert_cmpstr (first, ==, second);
  /* It loads, and saves to the same bytes. */
  {
    g_autoptr(HashiyaDocument) merged = NULL;
    g_autofree char *again = NULL;

    g_assert_true (g_file_set_contents (fixture->ours, first, -1, NULL));
    merged = load (fixture->ours);
    save (merged, fixture->ours);
    again = hashiya_test_read_file (fixture->ours, NULL);
    g_assert_cmpstr (again, ==, first);
  }
}

/* Bad input: a clear message, a status that is not 0, OURS as it was. */
static void
assert_refused (Fixture    *fixture,
                const char *which,
                const char *contents,
                const char *message)
{
  g_autofree char *path = g_build_filename (fixture->dir, which, NULL);
  g_autofree char *ours_before = NULL;
  g_autofree char *ours_after = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  ours_before = hashiya_test_read_file (fixture->ours, NULL);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, message);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_cmpstr (r.out, ==, "");
  }
  ours_after = hashiya_test_read_file (fixture->ours, NULL);
  g_assert_cmpstr (ours_after, ==, ours_before);
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *newer = NULL;
  g_autofree char *text = hashiya_test_read_file (fixture->base, NULL);

  assert_refused (fixture, "theirs.hashiya", "انطلقت مناورات\n",
                  "hashiya-cli: doc.hashiya (theirs): not a .hashiya file: it is not a JSON object\n"
                  "hashiya-cli: nothing was merged; doc.hashiya is as it was\n");
  assert_refused (fixture, "theirs.hashiya", "{\"format\": \"brat\", \"version\": 1}\n",
                  "hashiya-cli: doc.hashiya (theirs): not a hashiya file: \"format\" is \"brat\"\n"
                  "hashiya-cli: nothing was merged; doc.hashiya is as it was\n");
  newer = hashiya_test_replace (text, "\"version\": 4,", "\"version\": 7,");
  assert_refused (fixture, "base.hashiya", newer,
                  "hashiya-cli: doc.hashiya (the common version): version 7 was written by a newer Hashiya; "
                  "this one reads up to version 6. Update Hashiya to open it.\n"
                  "hashiya-cli: nothing was merged; doc.hashiya is as it was\n");
  g_assert_true (g_file_set_contents (fixture->base, text, -1, NULL));
  assert_refused (fixture, "theirs.hashiya", "{\"format\": \"hashiya\", \"version\": 1, \"text\": ",
                  "hashiya-cli: doc.hashiya (theirs):1:44: Parse error: unexpected end of file, expected character `}'\n"
                  "hashiya-cli: nothing was merged; doc.hashiya is as it was\n");
  {
    g_auto(HashiyaTestRun) r = run_in (fixture, "merge-driver", "base.hashiya", "ours.hashiya");

    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "give three files: BASE OURS THEIRS"));
  }
}

/* Settling conflicts: take A, take B, none, by hand; each one undo step. */
static void
test_resolve (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HashiyaDocument) ours = open_side (fixture->ours, "Layla");
  g_autoptr(HashiyaDocument) theirs = open_side (fixture->theirs, "Omar");
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaUndoStack *undo_stack;
  GListModel *conflicts;

  set_actor (ours, "m1", "turkey");
  set_actor (theirs, "m1", "iran");
  set_actor (ours, "m2", "russia");
  set_actor (theirs, "m2", "iran");
  set_note (ours, "m3", "ours");
  hashiya_document_remove_mention (theirs, hashiya_document_lookup_mention (theirs, "m3"));
  set_note (ours, "m4", "ours");
  set_note (theirs, "m4", "theirs");
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpint (r.status, ==, 1);
  }
  merged = load (fixture->ours);
  hashiya_document_set_author (merged, "Curator");
  undo_stack = hashiya_document_get_undo_stack (merged);
  conflicts = hashiya_document_get_conflicts (merged);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 4);

  {
    g_autoptr(HashiyaConflict) c = g_object_ref (hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_MENTION, "m1"));

    g_assert_true (hashiya_document_resolve_conflict (merged, c, HASHIYA_CONFLICT_TAKE_B, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m1")), ==, "iran");
    g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 3);
    g_assert_true (hashiya_document_get_modified (merged));
    /* One undo step brings back the actor and the conflict. */
    g_assert_true (hashiya_undo_stack_undo (undo_stack));
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m1")), ==, "turkey");
    g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 4);
    g_assert_true (hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_MENTION, "m1") == c);
    g_assert_true (hashiya_undo_stack_redo (undo_stack));
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m1")), ==, "iran");
  }
  {
    HashiyaConflict *c = hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_MENTION, "m2");

    g_assert_true (hashiya_document_resolve_conflict (merged, c, HASHIYA_CONFLICT_TAKE_A, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (hashiya_mention_get_actor (hashiya_document_lookup_mention (merged, "m2")), ==, "russia");
  }
  {
    HashiyaConflict *c = hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_MENTION, "m3");

    g_assert_null (hashiya_conflict_get_version (c, HASHIYA_CONFLICT_SIDE_B));
    g_assert_true (hashiya_document_resolve_conflict (merged, c, HASHIYA_CONFLICT_TAKE_NONE, NULL, &error));
    g_assert_no_error (error);
    g_assert_null (hashiya_document_lookup_mention (merged, "m3"));
  }
  {
    HashiyaConflict *c = hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_MENTION, "m4");
    g_autoptr(HashiyaMention) by_hand =
      hashiya_mention_copy (HASHIYA_MENTION (hashiya_conflict_get_version (c, HASHIYA_CONFLICT_SIDE_A)));

    hashiya_mention_set_note (by_hand, "ours and theirs");
    g_assert_true (hashiya_document_resolve_conflict (merged, c, HASHIYA_CONFLICT_BY_HAND, G_OBJECT (by_hand), &error));
    g_assert_no_error (error);
    g_assert_cmpstr (hashiya_mention_get_note (hashiya_document_lookup_mention (merged, "m4")), ==, "ours and theirs");
  }
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);
  /* Settled, the file is a version 4 file again, with no conflicts. */
  save (merged, fixture->ours);
  {
    g_autofree char *bytes = hashiya_test_read_file (fixture->ours, NULL);

    g_assert_null (strstr (bytes, "\"conflicts\""));
    g_assert_nonnull (strstr (bytes, "\n  \"version\": 4,\n"));
  }
}

static void
set_metadata (HashiyaDocument *document,
              const char      *title,
              const char      *source,
              const char      *date,
              const char * const *tags)
{
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_copy (hashiya_document_get_metadata (document));
  g_autoptr(GError) error = NULL;

  g_free (metadata->title);
  metadata->title = g_strdup (title);
  g_free (metadata->source);
  metadata->source = g_strdup (source);
  g_free (metadata->date);
  metadata->date = g_strdup (date);
  g_strfreev (metadata->tags);
  metadata->tags = g_strdupv ((char **) tags);
  hashiya_document_set_metadata (document, metadata, &error);
  g_assert_no_error (error);
}

/* The metadata merges field by field, the tags as a set; a field both
 * sides changed differently is a conflict, settled as the others are. */
static void
test_metadata (Fixture       *fixture,
               gconstpointer  data)
{
  const char * const base_tags[] = { "3+3", "مناورات", "قديم", NULL };
  const char * const ours_tags[] = { "3+3", "مناورات", "قديم", "تركيا", NULL };
  const char * const theirs_tags[] = { "3+3", "مناورات", "أذربيجان", NULL };
  const char * const merged_tags[] = { "3+3", "مناورات", "تركيا", "أذربيجان", NULL };
  g_autoptr(HashiyaDocument) base = open_side (fixture->base, "Base");
  g_autoptr(HashiyaDocument) ours = NULL;
  g_autoptr(HashiyaDocument) theirs = NULL;
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GError) error = NULL;
  const HashiyaMetadata *metadata;
  HashiyaUndoStack *undo_stack;
  HashiyaConflict *conflict;

  set_metadata (base, "مناورات", "Anadolu", "2023-10-23", base_tags);
  save (base, fixture->base);
  save (base, fixture->ours);
  save (base, fixture->theirs);
  ours = open_side (fixture->ours, "Layla");
  theirs = open_side (fixture->theirs, "Omar");
  /* The title: both, differently; the source: theirs only; the date:
   * ours only. */
  set_metadata (ours, "مناورات «مصطفى كمال أتاتورك 2023»", "Anadolu", "2023-10-24", ours_tags);
  set_metadata (theirs, "مناورات مشتركة", "الأناضول", "2023-10-23", theirs_tags);
  save (ours, fixture->ours);
  save (theirs, fixture->theirs);
  {
    g_auto(HashiyaTestRun) r = merge (fixture);

    g_assert_cmpstr (r.err, ==, "doc.hashiya: 1 conflict, kept in the file to settle in the window:\n"
                                "  metadata title: مناورات «مصطفى كمال أتاتورك 2023» / مناورات مشتركة\n");
    g_assert_cmpint (r.status, ==, 1);
  }
  {
    g_autofree char *bytes = hashiya_test_read_file (fixture->ours, NULL);

    g_assert_nonnull (strstr (bytes, "\n  \"version\": 6,\n"));
    g_assert_nonnull (strstr (bytes, "\n  \"conflicts\": [\n    {\"kind\": \"metadata\", \"id\": \"title\", "
                                     "\"base\": \"مناورات\", \"a\": \"مناورات «مصطفى كمال أتاتورك 2023»\", "
                                     "\"b\": \"مناورات مشتركة\"}\n  ]\n}\n"));
  }
  merged = load (fixture->ours);
  metadata = hashiya_document_get_metadata (merged);
  g_assert_cmpstr (metadata->title, ==, "مناورات «مصطفى كمال أتاتورك 2023»");
  g_assert_cmpstr (metadata->source, ==, "الأناضول");
  g_assert_cmpstr (metadata->date, ==, "2023-10-24");
  g_assert_cmpstrv (metadata->tags, merged_tags);

  conflict = hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_METADATA, "title");
  g_assert_nonnull (conflict);
  g_assert_null (hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_A));
  g_assert_cmpstr (hashiya_conflict_get_base_value (conflict), ==, "مناورات");
  g_assert_cmpstr (hashiya_conflict_get_value (conflict, HASHIYA_CONFLICT_SIDE_B), ==, "مناورات مشتركة");
  undo_stack = hashiya_document_get_undo_stack (merged);
  g_assert_true (hashiya_document_resolve_conflict (merged, conflict, HASHIYA_CONFLICT_TAKE_B, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_document_get_metadata (merged)->title, ==, "مناورات مشتركة");
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_conflicts (merged)), ==, 0);
  /* One undo step brings back ours and the conflict. */
  g_assert_true (hashiya_undo_stack_undo (undo_stack));
  g_assert_cmpstr (hashiya_document_get_metadata (merged)->title, ==, "مناورات «مصطفى كمال أتاتورك 2023»");
  conflict = hashiya_document_lookup_conflict (merged, HASHIYA_CONFLICT_METADATA, "title");
  g_assert_nonnull (conflict);
  /* By hand: the title as the curator edited it. */
  g_assert_true (hashiya_document_set_title (merged, "مناورات 3+3", &error));
  g_assert_true (hashiya_document_resolve_conflict (merged, conflict, HASHIYA_CONFLICT_BY_HAND, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hashiya_document_get_metadata (merged)->title, ==, "مناورات 3+3");
  save (merged, fixture->ours);
  {
    g_autofree char *bytes = hashiya_test_read_file (fixture->ours, NULL);

    /* Settled: metadata alone, version 5. */
    g_assert_null (strstr (bytes, "\"conflicts\""));
    g_assert_nonnull (strstr (bytes, "\n  \"version\": 5,\n"));
  }
}

/* A file of each version reads back byte for byte: 4 (relations), 5
 * (metadata), 6 (metadata, conflicts and curation together). */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char * const tags[] = { "3+3", NULL };
  const char * const annotators[] = { "Layla", "Omar", NULL };
  g_autoptr(HashiyaDocument) document = load (fixture->base);
  g_autoptr(GError) error = NULL;

  for (guint version = 4; version <= 6; version++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) again = NULL;
      g_autoptr(HashiyaDocument) read = NULL;
      g_autofree char *expected = g_strdup_printf ("\n  \"version\": %u,\n", version);

      if (version == 5)
        set_metadata (document, "مناورات", "Anadolu", "2023-10-23", tags);
      if (version == 6)
        {
          g_autoptr(HashiyaConflict) conflict = hashiya_conflict_new_metadata ("source", "Anadolu", NULL, "الأناضول");

          hashiya_document_set_curation_annotators (document, annotators);
          hashiya_document_set_curated_from (document, G_OBJECT (hashiya_document_get_mention (document, 0)), annotators);
          _hashiya_document_add_conflict (document, conflict);
        }
      bytes = hashiya_format_write (document);
      g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), expected));
      read = hashiya_format_read (bytes, "x.hashiya", &error);
      g_assert_no_error (error);
      again = hashiya_format_write (read);
      g_assert_true (g_bytes_equal (bytes, again));
    }
}

/* "conflicts" and "curated_from" are members of version 6: refused in an
 * older file (version 5 is the metadata's), with what is wrong in them named. */
static void
test_format (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *text = hashiya_test_read_file (fixture->base, NULL);
  const struct {
    const char *from;
    const char *to;
    const char *message;
  } cases[] = {
    { "\n  \"mentions\": [", "\n  \"conflicts\": [],\n  \"mentions\": [",
      "x.hashiya: \"conflicts\" is a member of version 6 and later; this file says version 4" },
    { "\"version\": 4,\n", "\"version\": 5,\n  \"curated_from\": {\"annotators\": [], \"mentions\": [], \"relations\": []},\n",
      "x.hashiya: \"curated_from\" is a member of version 6 and later; this file says version 5" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"conflicts\": [{\"kind\": \"mention\", \"id\": \"m1\", \"a\": null, \"b\": null}],\n",
      "x.hashiya: conflict 1: both versions are null; a conflict keeps at least one" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"conflicts\": [{\"kind\": \"span\", \"id\": \"m1\", \"a\": null, \"b\": null}],\n",
      "x.hashiya: conflict 1: \"kind\" is \"span\"; a conflict is on a \"mention\", a \"relation\", an \"actor\" "
      "or the \"metadata\"" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"conflicts\": [{\"kind\": \"metadata\", \"id\": \"tags\", \"a\": \"x\", \"b\": null}],\n",
      "x.hashiya: conflict 1: \"id\" is \"tags\"; a conflict on the metadata is on its \"title\", \"source\", "
      "\"date\" or \"url\"" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"conflicts\": [{\"kind\": \"metadata\", \"id\": \"date\", \"a\": \"2023-02-30\", \"b\": null}],\n",
      "x.hashiya: conflict 1: a: the date “2023-02-30” is not a date of the form YYYY-MM-DD, such as 2024-03-07" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"conflicts\": [{\"kind\": \"metadata\", \"id\": \"title\", \"a\": \"x\"}],\n",
      "x.hashiya: conflict 1: \"b\" is missing" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"conflicts\": [{\"kind\": \"mention\", \"id\": \"m1\", \"b\": null}],\n",
      "x.hashiya: conflict 1: \"a\" is missing" },
    { "\"version\": 4,\n", "\"version\": 6,\n  \"curated_from\": {\"annotators\": [], \"mentions\": [{\"id\": \"m999\", "
      "\"annotators\": [\"Layla\"]}], \"relations\": []},\n",
      "x.hashiya: curated_from: mentions 1: \"m999\" is not a mention of the document" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *changed = hashiya_test_replace (text, cases[i].from, cases[i].to);
      g_autoptr(GBytes) bytes = g_bytes_new (changed, strlen (changed));
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaDocument) document = hashiya_format_read (bytes, "x.hashiya", &error);

      g_assert_null (document);
      g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/merge/different-mentions", test_different_mentions);
  ADD ("/merge/both-add-same", test_both_add_same);
  ADD ("/merge/new-text", test_new_text);
  ADD ("/merge/same-mention-two-actors", test_same_mention_two_actors);
  ADD ("/merge/delete-and-change", test_delete_and_change);
  ADD ("/merge/one-side", test_one_side);
  ADD ("/merge/catalog", test_catalog);
  ADD ("/merge/relations", test_relations);
  ADD ("/merge/deterministic", test_deterministic);
  ADD ("/merge/bad-input", test_bad_input);
  ADD ("/merge/resolve", test_resolve);
  ADD ("/merge/format", test_format);
  ADD ("/merge/metadata", test_metadata);
  ADD ("/merge/round-trip", test_round_trip);
#undef ADD

  return g_test_run ();
}
