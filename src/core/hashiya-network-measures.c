/* hashiya-network-measures.c — how central each actor of a network is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measured on the links whatever their type or direction, each pair of
 * actors once and loops left out, as igraph computes them:
 *
 *   - degree: how many other actors it is linked to;
 *   - strength: how many times, the counts of all its edges added up
 *     (a loop counts once);
 *   - betweenness: on how many shortest paths between two other actors
 *     it lies (igraph_betweenness(), each path one step a link, not
 *     normalised; a path shared by several shortest ones counts as its
 *     share).
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-network-igraph.h"
#include "hashiya-network-measures.h"
#include "hashiya-network-edge-private.h"

typedef struct
{
  guint   n;
  GArray *pairs;
  guint  *degree;
  guint  *strength;
  double *betweenness;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->pairs, g_array_unref);
  g_free (job->degree);
  g_free (job->strength);
  g_free (job->betweenness);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static Job *
job_new (HashiyaNetwork *network)
{
  Job *job = g_new0 (Job, 1);
  guint n_edges = hashiya_network_get_n_edges (network);

  job->n = hashiya_network_get_n_nodes (network);
  job->pairs = hashiya_network_pairs (network);
  job->degree = g_new0 (guint, MAX (job->n, 1));
  job->strength = g_new0 (guint, MAX (job->n, 1));
  job->betweenness = g_new0 (double, MAX (job->n, 1));
  for (guint i = 0; i < n_edges; i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);

      job->strength[edge->source->position] += edge->count;
      if (edge->target != edge->source)
        job->strength[edge->target->position] += edge->count;
    }
  for (guint i = 0; i < job->pairs->len; i++)
    {
      HashiyaNetworkPair *pair = &g_array_index (job->pairs, HashiyaNetworkPair, i);

      job->degree[pair->a]++;
      job->degree[pair->b]++;
    }
  return job;
}

static gboolean
job_run (Job           *job,
         GCancellable  *cancellable,
         GError       **error)
{
  igraph_t graph;
  igraph_vector_t result;
  igraph_error_t status;

  if (job->n == 0 || job->pairs->len == 0)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  hashiya_igraph_lock (cancellable);
  if (!hashiya_igraph_make (&graph, job->n, job->pairs))
    status = IGRAPH_ENOMEM;
  else
    {
      status = igraph_vector_init (&result, job->n);
      if (status == IGRAPH_SUCCESS)
        {
          status = igraph_betweenness (&graph, &result, igraph_vss_all (), IGRAPH_UNDIRECTED, NULL);
          if (status == IGRAPH_SUCCESS)
            for (guint i = 0; i < job->n; i++)
              job->betweenness[i] = VECTOR (result)[i];
          igraph_vector_destroy (&result);
        }
      igraph_destroy (&graph);
    }
  hashiya_igraph_unlock ();
  return hashiya_igraph_check (status, cancellable, error);
}

static void
job_apply (Job            *job,
           HashiyaNetwork *network)
{
  for (guint i = 0; i < job->n; i++)
    _hashiya_network_node_set_measures (hashiya_network_get_node (network, i), job->degree[i], job->strength[i],
                                        job->betweenness[i]);
}

/**
 * hashiya_network_measure:
 * @cancellable: (nullable): stops it
 *
 * Gives each node of @network its degree, strength and betweenness, on
 * this thread (see hashiya_network_measure_async()).
 *
 * Returns: whether they were measured
 */
gboolean
hashiya_network_measure (HashiyaNetwork  *network,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (HASHIYA_IS_NETWORK (network), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = job_new (network);
  if (!job_run (job, cancellable, error))
    return FALSE;
  job_apply (job, network);
  return TRUE;
}

static void
measure_thread (GTask        *task,
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
 * hashiya_network_measure_async:
 *
 * Measures on a worker thread; the nodes change (and notify) in
 * hashiya_network_measure_finish(), on this thread.
 */
void
hashiya_network_measure_async (HashiyaNetwork      *network,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HASHIYA_IS_NETWORK (network));

  task = g_task_new (network, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_network_measure_async);
  g_task_set_task_data (task, job_new (network), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, measure_thread);
}

gboolean
hashiya_network_measure_finish (HashiyaNetwork  *network,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, network), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hashiya_network_measure_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job_apply (g_task_get_task_data (G_TASK (result)), network);
  return TRUE;
}
