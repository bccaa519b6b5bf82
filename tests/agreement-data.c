/* agreement-data.c — versions of texts by several annotators, for the
 * outside checks of agreement (tests/checkers/run-checkers.sh)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * agreement-data DIR writes into DIR:
 * - layla.hashiya, omar.hashiya, sara.hashiya: the bundled article with
 *   its gold mentions and relations (Layla's), and two other versions
 *   (Omar's and Sara's),
 *   each with 10 mentions given another actor, 5 removed and 5 added;
 * - corpus-units.csv and corpus.json: the units and the scores of two
 *   texts, the article (all three) and a short one that Sara has no
 *   version of (her values there are missing).
 */

#include "config.h"

#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"

#define SHORT_TEXT "زار وزير خارجية إيران باكو أمس، والتقى نظيره الأذربيجاني، ثم توجه إلى يريفان وموسكو.\n" \
                   "وقالت أنقرة إن تركيا تدعم صيغة 3+3.\n"

static void
save (HashiyaDocument *document,
      const char      *dir,
      const char      *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  hashiya_document_save_file (document, path, &error);
  g_assert_no_error (error);
}

/* The short text with every actor the catalogue finds in it; the
 * second version gives its first mention another actor and has no last
 * one. */
static HashiyaDocument *
short_version (gboolean    other,
               const char *author)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (SHORT_TEXT, sizeof SHORT_TEXT - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (bytes, &error);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  HashiyaDocument *document;

  g_assert_no_error (error);
  document = hashiya_document_new (text, catalog);
  g_assert_cmpuint (hashiya_document_suggest (document, HASHIYA_MENTION_STATUS_ACCEPTED), >=, 6);
  if (other)
    {
      HashiyaMention *first = hashiya_document_get_mention (document, 0);
      g_autoptr(HashiyaMention) state = hashiya_mention_copy (first);

      hashiya_mention_set_actor (state, "russia");
      hashiya_document_update_mention (document, first, state, &error);
      g_assert_no_error (error);
      hashiya_document_remove_mention (document, hashiya_document_get_mention (document,
                                                                               hashiya_document_get_n_mentions (document) - 1));
    }
  hashiya_test_sign (document, author);
  return document;
}

int
main (int    argc,
      char **argv)
{
  const char *names[] = { "layla", "omar", "sara" };
  const char *authors[] = { "Layla", "Omar", "Sara" };
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(GBytes) units = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *units_path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *json = NULL;

  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();
  if (argc != 2)
    {
      g_printerr ("Usage: agreement-data DIR\n");
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HashiyaDocument) article = hashiya_test_gold_version (i, authors[i]);
      g_autofree char *file = g_strconcat (names[i], ".hashiya", NULL);

      save (article, argv[1], file);
      hashiya_agreement_add_version (agreement, article, file, "article", NULL, &error);
      g_assert_no_error (error);
      if (i < 2)
        {
          g_autoptr(HashiyaDocument) other = short_version (i == 1, authors[i]);
          g_autofree char *short_file = g_strconcat (names[i], "-short.hashiya", NULL);

          save (other, argv[1], short_file);
          hashiya_agreement_add_version (agreement, other, short_file, "short", NULL, &error);
          g_assert_no_error (error);
        }
    }
  hashiya_agreement_compute (agreement, &error);
  g_assert_no_error (error);

  units = hashiya_agreement_write_units (agreement);
  units_path = g_build_filename (argv[1], "corpus-units.csv", NULL);
  hashiya_file_write_atomic (units_path, units, &error);
  g_assert_no_error (error);
  json = hashiya_agreement_to_json (agreement, HASHIYA_AGREEMENT_BY_ACTOR, FALSE);
  json_path = g_build_filename (argv[1], "corpus.json", NULL);
  g_file_set_contents (json_path, json, -1, &error);
  g_assert_no_error (error);
  return 0;
}
