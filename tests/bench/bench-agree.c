/* bench-agree.c — agreement over 1,000 documents with three versions each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures and never fails on them.
 * The documents are made in memory from the bundled article with every
 * actor the catalogue finds in it (about 75 mentions): the first version
 * of each as it is, the two others each with about one mention in
 * twenty given another actor and one in twenty removed, differently in
 * each document. Timed: adding the 3,000 versions, aligning and scoring
 * them (hashiya_agreement_compute ()), the break-down by actor, and the
 * units file. Prints "bench: KEY VALUE" lines, and the peak resident set.
 */

#include "config.h"

#include <string.h>

#include "hashiya-core.h"

#define N_DOCUMENTS 1000
#define N_VERSIONS 3

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* VmHWM of /proc/self/status, in MB. */
static double
peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return 0.0;
  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

/* Version @version of document @document: the article's matches, some
 * removed or given another actor. */
static HashiyaDocument *
make_version (HashiyaText    *text,
              HashiyaCatalog *catalog,
              GArray         *base,
              guint           document,
              guint           version)
{
  HashiyaDocument *out = hashiya_document_new (text, catalog);
  g_autoptr(GArray) matches = g_array_sized_new (FALSE, FALSE, sizeof (HashiyaMatch), base->len);
  guint n_actors = hashiya_catalog_get_n_actors (catalog);

  hashiya_document_set_author (out, version == 0 ? "Layla" : version == 1 ? "Omar" : "Sara");
  for (guint j = 0; j < base->len; j++)
    {
      HashiyaMatch match = g_array_index (base, HashiyaMatch, j);
      guint h = (document * 31 + version * 17 + j * 7) % 20;

      if (version > 0 && h == 0)
        continue;
      if (version > 0 && h == 1)
        match.actor = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, (document + j) % n_actors));
      g_array_append_val (matches, match);
    }
  hashiya_document_add_matches (out, matches, HASHIYA_MENTION_STATUS_ACCEPTED);
  return out;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GBytes) sample = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaMatcher) matcher = NULL;
  g_autoptr(GArray) base = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HashiyaAgreement) agreement = hashiya_agreement_new ();
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GBytes) units = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double generate, add, compute, break_down, write, total;
  guint n_mentions = 0;

  hashiya_core_init ();
  sample = hashiya_core_get_sample ();
  text = hashiya_text_new_from_bytes (sample, &error);
  g_assert_no_error (error);
  catalog = hashiya_catalog_new_default ();
  matcher = hashiya_matcher_new (catalog);
  base = hashiya_matcher_match (matcher, text, NULL);

  start = g_get_monotonic_time ();
  for (guint d = 0; d < N_DOCUMENTS; d++)
    for (guint v = 0; v < N_VERSIONS; v++)
      {
        HashiyaDocument *document = make_version (text, catalog, base, d, v);

        n_mentions += hashiya_document_get_n_mentions (document);
        g_ptr_array_add (documents, document);
      }
  generate = seconds_since (start);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < documents->len; i++)
    {
      g_autofree char *source = g_strdup_printf ("%s/doc-%04u.hashiya", i % N_VERSIONS == 0 ? "layla"
                                                 : i % N_VERSIONS == 1 ? "omar" : "sara", i / N_VERSIONS);
      g_autofree char *name = g_strdup_printf ("doc-%04u", i / N_VERSIONS);

      if (!hashiya_agreement_add_version (agreement, g_ptr_array_index (documents, i), source, name, NULL, &error))
        g_error ("%s", error->message);
    }
  add = seconds_since (start);
  start = g_get_monotonic_time ();
  if (!hashiya_agreement_compute (agreement, &error))
    g_error ("%s", error->message);
  compute = seconds_since (start);
  start = g_get_monotonic_time ();
  categories = hashiya_agreement_break_down (agreement, HASHIYA_AGREEMENT_BY_ACTOR);
  break_down = seconds_since (start);
  start = g_get_monotonic_time ();
  units = hashiya_agreement_write_units (agreement);
  write = seconds_since (start);
  total = add + compute + break_down + write;

  g_print ("Agreement of %u documents, %u versions each (%u mentions), %u units, %u actors\n",
           N_DOCUMENTS, N_VERSIONS, n_mentions,
           g_list_model_get_n_items (hashiya_agreement_get_units (agreement)), categories->len);
  g_print ("  overall: strict F1 %.3f, lenient F1 %.3f, kappa %.3f, alpha %.3f\n",
           hashiya_agreement_get_overall (agreement)->strict_f1, hashiya_agreement_get_overall (agreement)->lenient_f1,
           hashiya_agreement_get_overall (agreement)->kappa, hashiya_agreement_get_overall (agreement)->alpha);
  g_print ("bench: agree-generate-seconds %.3f\n", generate);
  g_print ("bench: agree-add-seconds %.3f\n", add);
  g_print ("bench: agree-compute-seconds %.3f\n", compute);
  g_print ("bench: agree-by-actor-seconds %.3f\n", break_down);
  g_print ("bench: agree-units-seconds %.3f (%zu bytes)\n", write, g_bytes_get_size (units));
  g_print ("bench: agree-seconds %.3f\n", total);
  g_print ("bench: agree-peak-rss-mb %.1f\n", peak_rss_mb ());
  return 0;
}
