/* bench-merge.c — the merge driver on a big document with 1,000 changes
 * on each side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-merge BASE.hashiya HASHIYA_CLI [KEEP_DIR]
 *
 * A benchmark, not a test: it prints figures and never fails on them.
 * From BASE (bench-generate's 5 MB, 100,000-mention document) it makes
 * two sides, each with 1,000 changes spread over the document: a quarter
 * of them a mention given another actor, a quarter a note, a quarter a
 * mention removed and a quarter a mention added (another actor on a
 * marked span). The first 50 mentions each side changes are the same
 * ones, changed differently: conflicts. Then it runs "HASHIYA_CLI
 * merge-driver BASE OURS THEIRS" as git would, three times, and prints
 * "bench: KEY VALUE" lines: the best time, its processor time (user and
 * system) and its peak resident set.
 * With KEEP_DIR, the three files are made and kept there, for a
 * profiler.
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "hashiya-core.h"

#define N_CHANGES 1000
#define N_SAME 50
#define RUNS 3

static HashiyaDocument *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document = hashiya_document_load_file (path, &error);

  if (document == NULL)
    g_error ("%s", error->message);
  return document;
}

/* Side @side's 1,000 changes. */
static void
change (HashiyaDocument *document,
        guint            side)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  guint n = hashiya_document_get_n_mentions (document);
  guint n_actors = hashiya_catalog_get_n_actors (catalog);
  guint step = n / (2 * N_CHANGES);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  hashiya_document_set_author (document, side == 0 ? "Layla" : "Omar");
  /* The same mentions for the first N_SAME changes, then each side its own. */
  for (guint k = 0; k < N_CHANGES; k++)
    {
      guint slot = k < N_SAME ? 2 * k : 2 * k + side;

      g_ptr_array_add (ids, g_strdup (hashiya_mention_get_id (hashiya_document_get_mention (document, slot * step))));
    }
  for (guint k = 0; k < N_CHANGES; k++)
    {
      HashiyaMention *mention = hashiya_document_lookup_mention (document, g_ptr_array_index (ids, k));
      g_autoptr(HashiyaMention) state = hashiya_mention_copy (mention);
      g_autoptr(GError) error = NULL;
      guint actor = (k + side + 1) % n_actors;
      const char *actor_id = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, actor));

      switch (k % 4)
        {
        case 0:
          if (g_strcmp0 (actor_id, hashiya_mention_get_actor (mention)) == 0)
            actor_id = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, (actor + 1) % n_actors));
          hashiya_mention_set_actor (state, actor_id);
          hashiya_document_update_mention (document, mention, state, &error);
          break;
        case 1:
          hashiya_mention_set_note (state, side == 0 ? "checked by Layla" : "checked by Omar");
          hashiya_document_update_mention (document, mention, state, &error);
          break;
        case 2:
          hashiya_document_remove_mention (document, mention);
          break;
        case 3:
        default:
          if (g_strcmp0 (actor_id, hashiya_mention_get_actor (mention)) == 0)
            actor_id = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, (actor + 1) % n_actors));
          hashiya_document_annotate (document, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                                     actor_id, HASHIYA_MENTION_TYPE_NAME, &error);
          break;
        }
      if (error != NULL && !g_error_matches (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE))
        g_error ("%s", error->message);
    }
}

static void
save (HashiyaDocument *document,
      const char      *path)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_document_save_file (document, path, &error))
    g_error ("%s", error->message);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *base_path = NULL;
  g_autofree char *ours_path = NULL;
  g_autofree char *theirs_path = NULL;
  g_autofree char *ours_bytes = NULL;
  g_autoptr(GError) error = NULL;
  double best = G_MAXDOUBLE, best_rss = 0.0, best_cpu = 0.0;
  gsize ours_size = 0;
  int status = -1;

  if (argc != 3 && argc != 4)
    {
      g_printerr ("usage: bench-merge BASE.hashiya HASHIYA_CLI [KEEP_DIR]\n");
      return 2;
    }
  hashiya_core_init ();

  dir = argc == 4 ? g_strdup (argv[3]) : g_dir_make_tmp ("hashiya-bench-merge-XXXXXX", &error);
  g_assert_no_error (error);
  base_path = g_build_filename (dir, "base.hashiya", NULL);
  ours_path = g_build_filename (dir, "ours.hashiya", NULL);
  theirs_path = g_build_filename (dir, "theirs.hashiya", NULL);
  {
    g_autoptr(HashiyaDocument) base = load (argv[1]);
    g_autoptr(HashiyaDocument) ours = load (argv[1]);
    g_autoptr(HashiyaDocument) theirs = load (argv[1]);

    g_print ("bench: merge-mentions %u\n", hashiya_document_get_n_mentions (base));
    save (base, base_path);
    change (ours, 0);
    change (theirs, 1);
    save (ours, ours_path);
    save (theirs, theirs_path);
  }
  g_file_get_contents (ours_path, &ours_bytes, &ours_size, &error);
  g_assert_no_error (error);

  for (guint run = 0; run < RUNS; run++)
    {
      const char *child_argv[] = { argv[2], "merge-driver", base_path, ours_path, theirs_path, "--path", "doc.hashiya", NULL };
      struct rusage usage;
      GPid pid;
      gint64 start;
      double seconds;

      g_file_set_contents (ours_path, ours_bytes, ours_size, &error);
      g_assert_no_error (error);
      start = g_get_monotonic_time ();
      g_spawn_async (NULL, (char **) child_argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      if (wait4 (pid, &status, 0, &usage) != pid)
        g_error ("wait4 failed");
      seconds = (g_get_monotonic_time () - start) / 1e6;
      if (!WIFEXITED (status) || WEXITSTATUS (status) > 1)
        g_error ("merge-driver failed: %d", status);
      if (seconds < best)
        {
          best = seconds;
          best_rss = usage.ru_maxrss / 1024.0;
          best_cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                     usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
        }
    }
  {
    g_autoptr(HashiyaDocument) merged = load (ours_path);

    g_print ("bench: merge-result-mentions %u\n", hashiya_document_get_n_mentions (merged));
    g_print ("bench: merge-conflicts %u\n", g_list_model_get_n_items (hashiya_document_get_conflicts (merged)));
  }
  g_print ("bench: merge-seconds %.3f\n", best);
  g_print ("bench: merge-cpu-seconds %.3f\n", best_cpu);
  g_print ("bench: merge-peak-rss-mb %.0f\n", best_rss);

  if (argc == 4)
    return 0;
  g_unlink (base_path);
  g_unlink (ours_path);
  g_unlink (theirs_path);
  g_rmdir (dir);
  return 0;
}
