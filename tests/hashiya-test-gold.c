/* hashiya-test-gold.c — reads the gold brat standoff of the bundled article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-gold.h"

static void
gold_mention_free (HashiyaGoldMention *gold)
{
  g_free (gold->actor);
  g_free (gold->text);
  g_free (gold);
}

static void
gold_relation_free (HashiyaGoldRelation *gold)
{
  g_free (gold->type);
  g_free (gold->mode);
  g_free (gold->modality);
  g_free (gold);
}

/* Reads a brat file of the bundled article's gold: T lines give the
 * span, N lines the actor ("hashiya:<id>"), A lines the mention type; R
 * lines a relation between two T, and AnnotatorNotes on an R its mode
 * and modality ("mode=host modality=asserted"). */
static void
read_gold (const char *name,
           GPtrArray  *mentions,
           GPtrArray  *relations)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gold", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) index_of = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_auto(GStrv) words = NULL;
      HashiyaGoldMention *gold;

      if (g_strv_length (fields) < 2)
        continue;
      words = g_strsplit (fields[1], " ", -1);

      if (fields[0][0] == 'T')
        {
          gold = g_new0 (HashiyaGoldMention, 1);
          gold->start = (guint) g_ascii_strtoull (words[1], NULL, 10);
          gold->end = (guint) g_ascii_strtoull (words[2], NULL, 10);
          gold->text = g_strdup (fields[2]);
          g_hash_table_insert (index_of, gold, GUINT_TO_POINTER (mentions->len));
          g_ptr_array_add (mentions, gold);
          g_hash_table_insert (by_id, g_strdup (fields[0]), gold);
        }
      else if (fields[0][0] == 'N')
        {
          gold = g_hash_table_lookup (by_id, words[1]);
          g_assert_nonnull (gold);
          g_assert_true (g_str_has_prefix (words[2], "hashiya:"));
          gold->actor = g_strdup (words[2] + strlen ("hashiya:"));
        }
      else if (fields[0][0] == 'A')
        {
          int type = 0;

          gold = g_hash_table_lookup (by_id, words[1]);
          g_assert_nonnull (gold);
          g_assert_true (hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, words[2], &type));
          gold->type = type;
        }
      else if (fields[0][0] == 'R' && relations != NULL)
        {
          HashiyaGoldRelation *relation = g_new0 (HashiyaGoldRelation, 1);

          g_assert_cmpuint (g_strv_length (words), ==, 3);
          g_assert_true (g_str_has_prefix (words[1], "Arg1:") && g_str_has_prefix (words[2], "Arg2:"));
          relation->id = (guint) g_ascii_strtoull (fields[0] + 1, NULL, 10);
          relation->type = g_strdup (words[0]);
          gold = g_hash_table_lookup (by_id, words[1] + strlen ("Arg1:"));
          g_assert_nonnull (gold);
          relation->source = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, gold));
          gold = g_hash_table_lookup (by_id, words[2] + strlen ("Arg2:"));
          g_assert_nonnull (gold);
          relation->target = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, gold));
          relation->modality = g_strdup ("asserted");
          g_ptr_array_add (relations, relation);
        }
      else if (fields[0][0] == '#' && relations != NULL && g_str_has_prefix (words[1], "R"))
        {
          guint id = (guint) g_ascii_strtoull (words[1] + 1, NULL, 10);
          g_auto(GStrv) notes = g_strsplit (fields[2], " ", -1);
          HashiyaGoldRelation *relation = NULL;

          for (guint r = 0; r < relations->len && relation == NULL; r++)
            if (((HashiyaGoldRelation *) g_ptr_array_index (relations, r))->id == id)
              relation = g_ptr_array_index (relations, r);
          g_assert_nonnull (relation);
          for (guint n = 0; notes[n] != NULL; n++)
            {
              if (g_str_has_prefix (notes[n], "mode="))
                {
                  g_free (relation->mode);
                  relation->mode = g_strdup (notes[n] + strlen ("mode="));
                }
              else if (g_str_has_prefix (notes[n], "modality="))
                {
                  g_free (relation->modality);
                  relation->modality = g_strdup (notes[n] + strlen ("modality="));
                }
            }
        }
    }
}

/* The gold mentions, in file order. */
GPtrArray *
hashiya_test_load_gold (void)
{
  GPtrArray *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) gold_mention_free);

  read_gold ("000_b41194bbb65cbdc7.ann", mentions, NULL);
  g_assert_cmpuint (mentions->len, ==, 71);
  return mentions;
}

/**
 * hashiya_test_load_gold_relations:
 * @mentions: (out): the gold mentions the relations' indexes refer to
 *
 * Returns: the gold relations of the bundled article, in file order
 */
GPtrArray *
hashiya_test_load_gold_relations (GPtrArray **mentions)
{
  GPtrArray *relations = g_ptr_array_new_with_free_func ((GDestroyNotify) gold_relation_free);

  *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) gold_mention_free);
  read_gold ("000_b41194bbb65cbdc7-relations.ann", *mentions, relations);
  g_assert_cmpuint ((*mentions)->len, ==, 71);
  g_assert_cmpuint (relations->len, ==, 22);
  return relations;
}

/* The bundled article. */
char *
hashiya_test_sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "000_b41194bbb65cbdc7.txt", NULL);
}

/* The article with the gold mentions, through the brat importer. */
HashiyaDocument *
hashiya_test_import_gold (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document;

  document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return document;
}

/* Same spans, actors, types, statuses and notes, in the same order. */
void
hashiya_test_assert_same_mentions (HashiyaDocument *a,
                                   HashiyaDocument *b)
{
  guint n = hashiya_document_get_n_mentions (a);

  g_assert_cmpuint (hashiya_document_get_n_mentions (b), ==, n);
  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *x = hashiya_document_get_mention (a, i);
      HashiyaMention *y = hashiya_document_get_mention (b, i);

      g_assert_cmpuint (hashiya_mention_get_start (x), ==, hashiya_mention_get_start (y));
      g_assert_cmpuint (hashiya_mention_get_end (x), ==, hashiya_mention_get_end (y));
      g_assert_cmpstr (hashiya_mention_get_actor (x), ==, hashiya_mention_get_actor (y));
      g_assert_cmpint (hashiya_mention_get_mention_type (x), ==, hashiya_mention_get_mention_type (y));
      g_assert_cmpint (hashiya_mention_get_status (x), ==, hashiya_mention_get_status (y));
      g_assert_cmpstr (hashiya_mention_get_note (x), ==, hashiya_mention_get_note (y));
    }
}

/* Every mention and relation of @document is @author's. */
void
hashiya_test_sign (HashiyaDocument *document,
                   const char      *author)
{
  GListModel *relations = hashiya_document_get_relations (document);

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    hashiya_mention_set_author (hashiya_document_get_mention (document, i), author);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      hashiya_relation_set_author (relation, author);
    }
}

/* The words (letters and their marks) of @text that no mention of
 * @document touches, as start, end pairs. */
static GArray *
free_words (HashiyaDocument *document)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autofree char *content = hashiya_text_slice (text, 0, hashiya_text_get_length (text));
  g_autofree gboolean *taken = g_new0 (gboolean, hashiya_text_get_length (text) + 1);
  GArray *words = g_array_new (FALSE, FALSE, sizeof (guint));
  guint offset = 0, start = 0;
  gboolean in_word = FALSE;

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      for (guint c = hashiya_mention_get_start (mention); c < hashiya_mention_get_end (mention); c++)
        taken[c] = TRUE;
    }
  for (const char *p = content;; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = c != 0 && (g_unichar_isalpha (c) || g_unichar_ismark (c));

      if (letter && !in_word)
        start = offset;
      if (!letter && in_word)
        {
          gboolean free = TRUE;

          for (guint k = start; k < offset; k++)
            free = free && !taken[k];
          if (free && offset - start >= 3)
            {
              g_array_append_val (words, start);
              g_array_append_val (words, offset);
            }
        }
      in_word = letter;
      if (c == 0)
        break;
    }
  return words;
}

/**
 * hashiya_test_gold_version:
 * @variant: 0 for the gold itself; 1 to 7 for another annotator's version
 * @author: whose version it is: the author of every mention and relation
 *
 * The bundled article with its gold mentions and relations; a variant
 * has, made the same way every time, 10 mentions with another actor
 * (the next one of the catalogue), 5 removed (with their relations) and
 * 5 added on words no gold mention touches.
 */
HashiyaDocument *
hashiya_test_gold_version (guint       variant,
                           const char *author)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7-relations.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) originals = g_ptr_array_new ();
  g_autoptr(GArray) words = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document;
  HashiyaCatalog *catalog;
  guint n_actors;

  g_assert_cmpuint (variant, <=, 7);
  document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 71);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, 22);
  if (variant == 0)
    {
      hashiya_test_sign (document, author);
      return document;
    }

  catalog = hashiya_document_get_catalog (document);
  n_actors = hashiya_catalog_get_n_actors (catalog);
  words = free_words (document);
  g_assert_cmpuint (words->len / 2, >=, variant + 11 * 4 + 1);
  for (guint i = 0; i < 71; i++)
    g_ptr_array_add (originals, hashiya_document_get_mention (document, i));

  for (guint j = 0; j < 10; j++)
    {
      HashiyaMention *mention = g_ptr_array_index (originals, variant + 7 * j);
      g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);
      guint actor = 0;

      while (g_strcmp0 (hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, actor)),
                        hashiya_mention_get_actor (mention)) != 0)
        actor++;
      hashiya_mention_set_actor (state, hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, (actor + 1) % n_actors)));
      hashiya_document_update_mention (document, mention, state, &error);
      g_assert_no_error (error);
    }
  for (guint j = 0; j < 5; j++)
    hashiya_document_remove_mention (document, g_ptr_array_index (originals, variant + 3 + 14 * j));
  for (guint j = 0; j < 5; j++)
    {
      guint w = variant + 11 * j;
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, (j + variant) % n_actors);

      hashiya_document_annotate (document, g_array_index (words, guint, 2 * w), g_array_index (words, guint, 2 * w + 1),
                                 hashiya_actor_get_id (actor), HASHIYA_MENTION_TYPE_OTHER, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 71);
  hashiya_test_sign (document, author);
  return document;
}
/* Adds a relation from @source to @target of @document. */
static HashiyaRelation *
add_relation (HashiyaDocument *document,
              const char      *type,
              const char      *source,
              const char      *target,
              guint            trigger_start,
              guint            trigger_end)
{
  g_autofree char *id = hashiya_document_new_relation_id (document);
  g_autoptr(HashiyaRelation) relation = hashiya_relation_new (id, type, source, target);
  g_autoptr(GError) error = NULL;

  if (trigger_end > trigger_start)
    hashiya_relation_set_trigger (relation, trigger_start, trigger_end);
  g_assert_true (hashiya_document_add_relation (document, relation, &error));
  g_assert_no_error (error);
  return relation;
}

/**
 * hashiya_test_gold_with_relations:
 *
 * The article with the gold mentions and six relations that say
 * everything a relation can: triggers (two relations on one), a mode,
 * one with a space and quotes, negation, each modality, a suggestion, a
 * note with quotes and what looks like a mode in it, an author and
 * times.
 */
HashiyaDocument *
hashiya_test_gold_with_relations (void)
{
  HashiyaDocument *document = hashiya_test_import_gold ();
  HashiyaRelation *relation;

  /* «تستضيف فيه طهران … صيغة 3 + 3» */
  relation = add_relation (document, "consult", "m3", "m4", 146, 152);
  hashiya_relation_set_mode (relation, "host");
  hashiya_relation_set_author (relation, "Layla");
  hashiya_relation_set_created (relation, "2026-11-26T00:41:02Z");
  hashiya_relation_set_modified (relation, "2026-11-27T10:00:00Z");
  /* «بمشاركة … أرمينيا وأذربيجان»: two relations, one trigger */
  relation = add_relation (document, "consult", "m5", "m4", 195, 202);
  hashiya_relation_set_mode (relation, "multilateral");
  relation = add_relation (document, "consult", "m6", "m4", 195, 202);
  hashiya_relation_set_mode (relation, "multilateral");
  /* «لكن باكو اتهمت يريفان» */
  relation = add_relation (document, "accuse", "m43", "m44", 1779, 1784);
  hashiya_relation_set_negated (relation, TRUE);
  hashiya_relation_set_note (relation, "said \"twice\", mode=fake — ملاحظة");
  /* «أبدت أذربيجان وأرمينيا مؤخرا استعدادهما» */
  relation = add_relation (document, "agree", "m39", "m40", 1580, 1619);
  hashiya_relation_set_modality (relation, HASHIYA_MODALITY_FUTURE);
  hashiya_relation_set_mode (relation, "by \"phone\"");
  relation = add_relation (document, "aid", "m32", "m34", 0, 0);
  hashiya_relation_set_modality (relation, HASHIYA_MODALITY_HYPOTHETICAL);
  hashiya_relation_set_status (relation, HASHIYA_MENTION_STATUS_SUGGESTED);
  return document;
}

/* The relations of @a and @b in the same order, of the same type, between
 * mentions at the same places, with the same trigger, mode, negation,
 * modality, status and note. */
void
hashiya_test_assert_same_relations (HashiyaDocument *a,
                                    HashiyaDocument *b)
{
  GListModel *x = hashiya_document_get_relations (a);
  GListModel *y = hashiya_document_get_relations (b);

  g_assert_cmpuint (g_list_model_get_n_items (y), ==, g_list_model_get_n_items (x));
  for (guint i = 0; i < g_list_model_get_n_items (x); i++)
    {
      g_autoptr(HashiyaRelation) r = g_list_model_get_item (x, i);
      g_autoptr(HashiyaRelation) s = g_list_model_get_item (y, i);
      const char *ends_r[] = { hashiya_relation_get_source (r), hashiya_relation_get_target (r) };
      const char *ends_s[] = { hashiya_relation_get_source (s), hashiya_relation_get_target (s) };
      guint start_r, end_r, start_s, end_s;

      g_assert_cmpstr (hashiya_relation_get_relation_type (s), ==, hashiya_relation_get_relation_type (r));
      for (guint e = 0; e < 2; e++)
        {
          HashiyaMention *m = hashiya_document_lookup_mention (a, ends_r[e]);
          HashiyaMention *n = hashiya_document_lookup_mention (b, ends_s[e]);

          g_assert_nonnull (m);
          g_assert_nonnull (n);
          g_assert_cmpuint (hashiya_mention_get_start (n), ==, hashiya_mention_get_start (m));
          g_assert_cmpuint (hashiya_mention_get_end (n), ==, hashiya_mention_get_end (m));
          g_assert_cmpstr (hashiya_mention_get_actor (n), ==, hashiya_mention_get_actor (m));
        }
      g_assert_cmpint (hashiya_relation_get_trigger (s, &start_s, &end_s), ==,
                       hashiya_relation_get_trigger (r, &start_r, &end_r));
      g_assert_cmpuint (start_s, ==, start_r);
      g_assert_cmpuint (end_s, ==, end_r);
      g_assert_cmpstr (hashiya_relation_get_mode (s), ==, hashiya_relation_get_mode (r));
      g_assert_cmpint (hashiya_relation_get_negated (s), ==, hashiya_relation_get_negated (r));
      g_assert_cmpint (hashiya_relation_get_modality (s), ==, hashiya_relation_get_modality (r));
      g_assert_cmpint (hashiya_relation_get_status (s), ==, hashiya_relation_get_status (r));
      g_assert_cmpstr (hashiya_relation_get_note (s), ==, hashiya_relation_get_note (r));
    }
}
