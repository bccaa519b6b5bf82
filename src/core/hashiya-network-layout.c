/* hashiya-network-layout.c — placing the actors of a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Force-directed, with igraph's Fruchterman–Reingold: linked actors pull
 * together (the more links, the stronger, as 1 + log2 of their count),
 * all actors push apart. Fruchterman–Reingold rather than Kamada–Kawai
 * because it takes actors that are not linked at all (Kamada–Kawai needs
 * the distances of a connected graph), costs far less on a thousand
 * actors (with igraph's grid beyond 500), and keeps each actor within
 * bounds of its own, which is how positions stay:
 *
 *   - with no positions, every actor starts at a random place drawn from
 *     igraph's random numbers, seeded with the positions' seed on a
 *     generator of our own: the same seed gives the same picture;
 *   - with positions (a filter changed, or another session), the actors
 *     that had one start there and move by at most 2% of the picture's
 *     width, pinned ones not at all; new ones start among their linked
 *     neighbours and move freely, with more rounds (10 to 500) the more
 *     new actors there are to place;
 *   - when every actor has a place (a filter that only leaves some out,
 *     or the same network again), no actor moves at all: nothing is
 *     computed, and the picture of a filter change is only a redraw.
 *
 * The result is written back to the nodes and to the positions.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hashiya-network-igraph.h"
#include "hashiya-network-layout.h"
#include "hashiya-network-edge-private.h"

/* How far an actor that stays may move, as a share of the picture. */
#define KEPT_MOVE 0.02

typedef enum
{
  PLACE_NEW,
  PLACE_KEPT,
  PLACE_PINNED,
} Place;

typedef struct
{
  guint                    n;
  GArray                  *pairs;
  double                  *x;
  double                  *y;
  guint8                  *place;
  guint32                  seed;
  HashiyaNetworkPositions *positions;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->pairs, g_array_unref);
  g_free (job->x);
  g_free (job->y);
  g_free (job->place);
  g_clear_object (&job->positions);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (HashiyaNetwork          *network,
         HashiyaNetworkPositions *positions)
{
  Job *job = g_new0 (Job, 1);

  job->n = hashiya_network_get_n_nodes (network);
  job->pairs = hashiya_network_pairs (network);
  job->x = g_new0 (double, MAX (job->n, 1));
  job->y = g_new0 (double, MAX (job->n, 1));
  job->place = g_new0 (guint8, MAX (job->n, 1));
  job->seed = hashiya_network_positions_get_seed (positions);
  job->positions = g_object_ref (positions);
  for (guint i = 0; i < job->n; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
      gboolean pinned = FALSE;

      if (hashiya_network_positions_lookup (positions, hashiya_network_node_get_id (node),
                                            &job->x[i], &job->y[i], &pinned))
        job->place[i] = pinned ? PLACE_PINNED : PLACE_KEPT;
    }
  return job;
}

/* New actors start at the middle of their placed neighbours, a little
 * apart; an actor without one somewhere in the picture. */
static void
place_new_actors (Job    *job,
                  double  min_x,
                  double  min_y,
                  double  extent)
{
  g_autofree double *sum_x = g_new0 (double, job->n);
  g_autofree double *sum_y = g_new0 (double, job->n);
  g_autofree guint *count = g_new0 (guint, job->n);
  g_autofree gboolean *placed = g_new0 (gboolean, job->n);

  for (guint i = 0; i < job->n; i++)
    placed[i] = job->place[i] != PLACE_NEW;
  for (guint i = 0; i < job->pairs->len; i++)
    {
      HashiyaNetworkPair *pair = &g_array_index (job->pairs, HashiyaNetworkPair, i);

      if (placed[pair->a] && !placed[pair->b])
        sum_x[pair->b] += job->x[pair->a], sum_y[pair->b] += job->y[pair->a], count[pair->b]++;
      if (placed[pair->b] && !placed[pair->a])
        sum_x[pair->a] += job->x[pair->b], sum_y[pair->a] += job->y[pair->b], count[pair->a]++;
    }
  for (guint i = 0; i < job->n; i++)
    {
      if (placed[i])
        continue;
      if (count[i] > 0)
        {
          job->x[i] = sum_x[i] / count[i] + RNG_UNIF (-0.05, 0.05) * extent;
          job->y[i] = sum_y[i] / count[i] + RNG_UNIF (-0.05, 0.05) * extent;
        }
      else
        {
          job->x[i] = min_x + RNG_UNIF (0, 1) * extent;
          job->y[i] = min_y + RNG_UNIF (0, 1) * extent;
        }
    }
}

/* Under the lock, with our random numbers. */
static igraph_error_t
run_layout (Job *job)
{
  igraph_t graph;
  igraph_matrix_t result;
  igraph_vector_t weights, min_x, max_x, min_y, max_y;
  igraph_error_t status;
  gboolean use_seed = FALSE;
  guint n_new = 0;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double extent, temperature;
  int rounds;

  for (guint i = 0; i < job->n; i++)
    {
      if (job->place[i] == PLACE_NEW)
        {
          n_new++;
          continue;
        }
      x0 = MIN (x0, job->x[i]), x1 = MAX (x1, job->x[i]);
      y0 = MIN (y0, job->y[i]), y1 = MAX (y1, job->y[i]);
    }

  /* igraph's "finally" stack is left to igraph: it empties it on an
   * error, and our own objects are freed below either way. */
  if (!hashiya_igraph_make (&graph, job->n, job->pairs))
    return IGRAPH_ENOMEM;
  if ((status = igraph_matrix_init (&result, job->n, 2)) != IGRAPH_SUCCESS)
    {
      igraph_destroy (&graph);
      return status;
    }
  if ((status = igraph_vector_init (&weights, job->pairs->len)) != IGRAPH_SUCCESS)
    {
      igraph_matrix_destroy (&result);
      igraph_destroy (&graph);
      return status;
    }
  if ((status = igraph_vector_init (&min_x, job->n)) != IGRAPH_SUCCESS ||
      (status = igraph_vector_init (&max_x, job->n)) != IGRAPH_SUCCESS ||
      (status = igraph_vector_init (&min_y, job->n)) != IGRAPH_SUCCESS ||
      (status = igraph_vector_init (&max_y, job->n)) != IGRAPH_SUCCESS)
    g_error ("igraph: %s", igraph_strerror (status));  /* out of memory: as g_malloc () */

  for (guint i = 0; i < job->pairs->len; i++)
    VECTOR (weights)[i] = 1.0 + log2 (g_array_index (job->pairs, HashiyaNetworkPair, i).count);

  if (n_new == job->n)
    {
      /* From nothing: igraph's own random start, from our seed, in a
       * square that keeps actors without links near the others. */
      double half = MAX (1.0, 0.6 * sqrt (job->n));

      for (guint i = 0; i < job->n; i++)
        {
          VECTOR (min_x)[i] = VECTOR (min_y)[i] = -half;
          VECTOR (max_x)[i] = VECTOR (max_y)[i] = half;
        }
      rounds = 500;
      temperature = sqrt (job->n) / 10.0;
    }
  else
    {
      double move;

      extent = MAX (MAX (x1 - x0, y1 - y0), 1.0);
      move = KEPT_MOVE * extent;
      place_new_actors (job, x0, y0, extent);
      for (guint i = 0; i < job->n; i++)
        {
          double reach = job->place[i] == PLACE_PINNED ? 0 : job->place[i] == PLACE_KEPT ? move : G_MAXDOUBLE;

          MATRIX (result, i, 0) = job->x[i];
          MATRIX (result, i, 1) = job->y[i];
          VECTOR (min_x)[i] = reach == G_MAXDOUBLE ? x0 - extent : job->x[i] - reach;
          VECTOR (max_x)[i] = reach == G_MAXDOUBLE ? x1 + extent : job->x[i] + reach;
          VECTOR (min_y)[i] = reach == G_MAXDOUBLE ? y0 - extent : job->y[i] - reach;
          VECTOR (max_y)[i] = reach == G_MAXDOUBLE ? y1 + extent : job->y[i] + reach;
        }
      use_seed = TRUE;
      rounds = 10 + (int) (490.0 * n_new / job->n);
      temperature = extent * (0.02 + 0.1 * n_new / job->n);
    }

  status = igraph_layout_fruchterman_reingold (&graph, &result, use_seed, rounds, temperature,
                                               job->n > 500 ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID,
                                               job->pairs->len > 0 ? &weights : NULL,
                                               &min_x, &max_x, &min_y, &max_y);
  if (status == IGRAPH_SUCCESS)
    for (guint i = 0; i < job->n; i++)
      {
        if (job->place[i] == PLACE_PINNED)
          continue;  /* exactly where the user put it */
        job->x[i] = MATRIX (result, i, 0);
        job->y[i] = MATRIX (result, i, 1);
      }

  igraph_vector_destroy (&max_y);
  igraph_vector_destroy (&min_y);
  igraph_vector_destroy (&max_x);
  igraph_vector_destroy (&min_x);
  igraph_vector_destroy (&weights);
  igraph_matrix_destroy (&result);
  igraph_destroy (&graph);
  return status;
}

static gboolean
job_run (Job           *job,
         GCancellable  *cancellable,
         GError       **error)
{
  igraph_rng_t rng, *previous;
  igraph_error_t status;

  if (job->n == 0)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (memchr (job->place, PLACE_NEW, job->n) == NULL)
    return TRUE;  /* every actor where it was */

  hashiya_igraph_lock (cancellable);
  status = igraph_rng_init (&rng, &igraph_rngtype_pcg32);
  if (status == IGRAPH_SUCCESS)
    {
      previous = igraph_rng_default ();
      igraph_rng_seed (&rng, job->seed);
      igraph_rng_set_default (&rng);
      status = run_layout (job);
      igraph_rng_set_default (previous);
      igraph_rng_destroy (&rng);
    }
  hashiya_igraph_unlock ();
  return hashiya_igraph_check (status, cancellable, error);
}

/* On the thread of the network: the nodes and the positions. An actor
 * pinned while the layout ran stays where it was put. */
static void
job_apply (Job            *job,
           HashiyaNetwork *network)
{
  for (guint i = 0; i < job->n; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
      const char *id = hashiya_network_node_get_id (node);
      gboolean pinned = FALSE;
      double x = job->x[i], y = job->y[i];

      if (hashiya_network_positions_lookup (job->positions, id, &x, &y, &pinned) && pinned)
        ;
      else
        {
          x = job->x[i], y = job->y[i];
          hashiya_network_positions_set (job->positions, id, x, y, FALSE);
        }
      _hashiya_network_node_set_place (node, x, y, pinned);
    }
}

/**
 * hashiya_network_layout:
 * @positions: where to start from, and where the result is kept
 * @cancellable: (nullable): stops it
 *
 * Places the nodes of @network, on this thread (see
 * hashiya_network_layout_async()).
 *
 * Returns: whether they were placed
 */
gboolean
hashiya_network_layout (HashiyaNetwork           *network,
                        HashiyaNetworkPositions  *positions,
                        GCancellable             *cancellable,
                        GError                  **error)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (HASHIYA_IS_NETWORK (network), FALSE);
  g_return_val_if_fail (HASHIYA_IS_NETWORK_POSITIONS (positions), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = job_new (network, positions);
  if (!job_run (job, cancellable, error))
    return FALSE;
  job_apply (job, network);
  return TRUE;
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (job_run (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_network_layout_async:
 * @positions: where to start from, and where the result is kept
 *
 * Places the nodes of @network on a worker thread; the nodes and
 * @positions change in hashiya_network_layout_finish(), on this thread.
 * igraph takes one layout at a time.
 */
void
hashiya_network_layout_async (HashiyaNetwork          *network,
                              HashiyaNetworkPositions *positions,
                              GCancellable            *cancellable,
                              GAsyncReadyCallback      callback,
                              gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HASHIYA_IS_NETWORK (network));
  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (positions));

  task = g_task_new (network, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_network_layout_async);
  g_task_set_task_data (task, job_new (network, positions), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, layout_thread);
}

/**
 * hashiya_network_layout_finish:
 *
 * Returns: whether the nodes were placed; %G_IO_ERROR_CANCELLED when the
 *   layout was cancelled, and nothing changed
 */
gboolean
hashiya_network_layout_finish (HashiyaNetwork  *network,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, network), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hashiya_network_layout_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job_apply (g_task_get_task_data (G_TASK (result)), network);
  return TRUE;
}

/**
 * hashiya_network_get_extent:
 * @min_x: (out): the smallest x of a node
 *
 * The box of the nodes' places, in the layout's units; all 0 when it
 * has no node.
 */
void
hashiya_network_get_extent (HashiyaNetwork *network,
                            double         *min_x,
                            double         *min_y,
                            double         *max_x,
                            double         *max_y)
{
  guint n;

  g_return_if_fail (HASHIYA_IS_NETWORK (network));

  n = hashiya_network_get_n_nodes (network);
  *min_x = *min_y = *max_x = *max_y = 0;
  for (guint i = 0; i < n; i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

      *min_x = i == 0 ? node->x : MIN (*min_x, node->x);
      *max_x = i == 0 ? node->x : MAX (*max_x, node->x);
      *min_y = i == 0 ? node->y : MIN (*min_y, node->y);
      *max_y = i == 0 ? node->y : MAX (*max_y, node->y);
    }
}

/**
 * hashiya_network_pin_node:
 * @x: where the user put it, in the layout's units
 *
 * Puts @node at @x, @y and keeps it there: in @positions (to save), and
 * for every layout after, until hashiya_network_unpin_node().
 */
void
hashiya_network_pin_node (HashiyaNetwork          *network,
                          HashiyaNetworkNode      *node,
                          HashiyaNetworkPositions *positions,
                          double                   x,
                          double                   y)
{
  g_return_if_fail (HASHIYA_IS_NETWORK (network));
  g_return_if_fail (HASHIYA_IS_NETWORK_NODE (node));
  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (positions));
  g_return_if_fail (hashiya_network_lookup_node (network, hashiya_network_node_get_id (node)) == node);

  hashiya_network_positions_set (positions, hashiya_network_node_get_id (node), x, y, TRUE);
  _hashiya_network_node_set_place (node, x, y, TRUE);
}

/**
 * hashiya_network_unpin_node:
 *
 * Lets layouts move @node again; it stays where it is until then.
 */
void
hashiya_network_unpin_node (HashiyaNetwork          *network,
                            HashiyaNetworkNode      *node,
                            HashiyaNetworkPositions *positions)
{
  g_return_if_fail (HASHIYA_IS_NETWORK (network));
  g_return_if_fail (HASHIYA_IS_NETWORK_NODE (node));
  g_return_if_fail (HASHIYA_IS_NETWORK_POSITIONS (positions));

  hashiya_network_positions_unpin (positions, hashiya_network_node_get_id (node));
  _hashiya_network_node_set_place (node, node->x, node->y, FALSE);
}
