/* bench-network.c — the actor network of a generated corpus: 1,000
 * actors, 10,000 edges; layout and first frame, a filter change, pan and
 * zoom frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark, not a test: it prints figures ("bench: NAME VALUE ms")
 * and never fails on them. Ten documents of 2,000 mentions and 1,000
 * relations each, between 1,000 actors of every kind
 * (hashiya_test_network_document (), a fixed seed: the same corpus every
 * run), are read from .hashiya bytes as a corpus would be. Times are
 * given as measured and, for the main ones, as processor time (what they
 * take on a machine no other work shares).
 * Frames are drawn on a cairo image surface of 1280 × 800, as GTK's cairo
 * renderer draws them.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <time.h>

#include "hashiya-core.h"
#include "hashiya-network.h"
#include "hashiya-network-export.h"
#include "hashiya-network-layout.h"
#include "hashiya-network-measures.h"
#include "hashiya-network-scene.h"
#include "hashiya-test-network.h"

#define N_ACTORS     1000
#define N_DOCUMENTS  10
#define N_RELATIONS  1000   /* a document */
#define WIDTH        1280
#define HEIGHT       800
#define N_FRAMES     60

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The processor time of this process: on a machine shared with other
 * work, what it would take alone. */
static double
cpu_ms (void)
{
  struct timespec time;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &time);
  return time.tv_sec * 1000.0 + time.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  share)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN ((guint) (share * values->len), values->len - 1));
}

/* A frame: the whole picture drawn on the surface, anew or as a preview
 * of the last one under the view now. Returns its time, and adds its
 * processor time to CPU. */
static double
draw_frame (HashiyaNetworkScene *scene,
            cairo_surface_t     *surface,
            gboolean             preview,
            GArray              *cpu)
{
  double start = now_ms (), start_cpu = cpu_ms (), spent;
  cairo_t *cr = cairo_create (surface);

  if (preview)
    hashiya_network_scene_draw_preview (scene, cr);
  else
    hashiya_network_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  spent = cpu_ms () - start_cpu;
  if (cpu != NULL)
    g_array_append_val (cpu, spent);
  return now_ms () - start;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GRand) random = g_rand_new_with_seed (20231023);
  g_autoptr(GPtrArray) documents = hashiya_network_documents_new ();
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetwork) network = NULL;
  g_autoptr(HashiyaNetworkScene) scene = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redraws = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frames_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redraws_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) changes_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double start, start_cpu, built, laid, drawn, read_ms = 0;

  hashiya_core_init ();

  for (guint d = 0; d < N_DOCUMENTS; d++)
    {
      g_autoptr(GBytes) bytes = hashiya_test_network_document (random, N_ACTORS, N_RELATIONS);
      g_autoptr(HashiyaDocument) document = NULL;
      g_autofree char *id = g_strdup_printf ("doc-%02u.hashiya", d);
      g_autofree char *date = g_strdup_printf ("2023-%02u-15", d + 1);

      start = now_ms ();
      document = hashiya_format_read (bytes, id, &error);
      g_assert_no_error (error);
      read_ms += now_ms () - start;
      g_ptr_array_add (documents, hashiya_network_document_new (document, id, id, date, d % 2 ? "paper" : "agency", NULL));
    }
  g_print ("Corpus: %u documents, %u actors, %u relations, read in %.0f ms\n", N_DOCUMENTS, N_ACTORS,
           N_DOCUMENTS * N_RELATIONS, read_ms);

  /* Layout and first frame, from the documents. */
  start = now_ms ();
  start_cpu = cpu_ms ();
  network = hashiya_network_new (documents, NULL);
  built = now_ms ();
  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  laid = now_ms ();
  scene = hashiya_network_scene_new (network, NULL, WIDTH, HEIGHT);
  draw_frame (scene, surface, FALSE, NULL);
  drawn = now_ms ();
  g_print ("bench: first-total-cpu %.1f ms\n", cpu_ms () - start_cpu);
  g_print ("Network: %u nodes, %u edges\n", hashiya_network_get_n_nodes (network), hashiya_network_get_n_edges (network));
  g_print ("bench: nodes %u\nbench: edges %u\n", hashiya_network_get_n_nodes (network), hashiya_network_get_n_edges (network));
  g_print ("bench: first-build %.1f ms\nbench: first-layout %.1f ms\nbench: first-frame %.1f ms\n"
           "bench: first-total %.1f ms\n", built - start, laid - built, drawn - laid, drawn - start);

  /* Pan and zoom: the frames of the gesture, previews of the last
   * picture under each view; then the picture drawn anew at the end of
   * a gesture, at as many views. */
  for (guint i = 0; i < N_FRAMES; i++)
    {
      double zoom = 1.0 + (i % 20) * 0.15, angle = i * 0.3;
      double ms;

      hashiya_network_scene_set_view (scene, zoom, 120 * cos (angle), 80 * sin (angle));
      ms = draw_frame (scene, surface, TRUE, frames_cpu);
      g_array_append_val (frames, ms);
    }
  g_print ("bench: frame-p50 %.1f ms\nbench: frame-p95 %.1f ms\nbench: frame-max %.1f ms\n"
           "bench: frame-cpu-p95 %.1f ms\n", percentile (frames, 0.5), percentile (frames, 0.95),
           percentile (frames, 1.0), percentile (frames_cpu, 0.95));
  for (guint i = 0; i < N_FRAMES / 4; i++)
    {
      double zoom = 1.0 + (i % 20) * 0.6, angle = i * 1.3;
      double ms;

      hashiya_network_scene_set_view (scene, zoom, 120 * cos (angle), 80 * sin (angle));
      ms = draw_frame (scene, surface, FALSE, redraws_cpu);
      g_array_append_val (redraws, ms);
    }
  g_print ("bench: redraw-p50 %.1f ms\nbench: redraw-p95 %.1f ms\nbench: redraw-cpu-p95 %.1f ms\n",
           percentile (redraws, 0.5), percentile (redraws, 0.95), percentile (redraws_cpu, 0.95));

  /* Filter changes: built, laid out from the positions, drawn. The view
   * of the gestures above is put back to the fitted one first. */
  hashiya_network_scene_set_view (scene, 1, 0, 0);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
      g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
      g_autoptr(HashiyaNetwork) changed = NULL;
      g_autoptr(HashiyaNetworkScene) changed_scene = NULL;
      double step[3], ms;

      /* One quad class less each time, the agency's or the paper's
       * documents only, or every document but the first unchecked (the
       * list of ids the corpus page gives). */
      if (i < 4)
        filter->quad_classes = HASHIYA_NETWORK_ALL_QUAD_CLASSES & ~(1u << i);
      else if (i < 6)
        filter->sources = g_strsplit (i == 4 ? "agency" : "paper", ",", -1);
      else
        {
          for (guint d = 1; d < documents->len; d++)
            g_strv_builder_add (ids, hashiya_network_document_get_id (g_ptr_array_index (documents, d)));
          hashiya_network_filter_set_documents (filter, g_strv_builder_end (ids));
        }
      start = now_ms ();
      start_cpu = cpu_ms ();
      changed = hashiya_network_new (documents, filter);
      step[0] = now_ms ();
      g_assert_true (hashiya_network_layout (changed, positions, NULL, &error));
      step[1] = now_ms ();
      /* As the window does: in the last picture's place, its labels kept. */
      changed_scene = hashiya_network_scene_new_after (scene, changed, NULL);
      step[2] = now_ms ();
      draw_frame (changed_scene, surface, FALSE, NULL);
      ms = now_ms () - start;
      g_print ("Filter change %u: built %.1f ms, laid out %.1f ms, scene %.1f ms, drawn %.1f ms\n", i,
               step[0] - start, step[1] - step[0], step[2] - step[1], now_ms () - step[2]);
      g_array_append_val (changes, ms);
      ms = cpu_ms () - start_cpu;
      g_array_append_val (changes_cpu, ms);
    }
  g_print ("bench: filter-p50 %.1f ms\nbench: filter-max %.1f ms\nbench: filter-cpu-p50 %.1f ms\n",
           percentile (changes, 0.5), percentile (changes, 1.0), percentile (changes_cpu, 0.5));

  /* What the window does after the frame, on a worker thread, and the
   * files. */
  start = now_ms ();
  g_assert_true (hashiya_network_measure (network, NULL, &error));
  g_print ("bench: measures %.1f ms\n", now_ms () - start);
  for (int format = HASHIYA_NETWORK_FORMAT_GEXF; format <= HASHIYA_NETWORK_FORMAT_PDF; format++)
    {
      static const char * const names[] = { "gexf", "graphml", "csv", "svg", "png", "pdf" };
      g_autoptr(GBytes) bytes = NULL;

      if (format == HASHIYA_NETWORK_FORMAT_CSV)
        continue;
      start = now_ms ();
      bytes = hashiya_network_to_bytes (network, format, NULL, WIDTH, HEIGHT, &error);
      g_assert_no_error (error);
      g_print ("bench: write-%s %.1f ms\n", names[format], now_ms () - start);
    }

  cairo_surface_destroy (surface);
  return 0;
}
