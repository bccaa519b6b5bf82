/* hashiya-network-igraph.c — a network as igraph reads it, and the lock
 * every call of igraph takes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Debian's igraph 0.10 is built without thread-local state: its error
 * handlers, its default random number generator and its "finally" stack
 * are shared by the whole process. Every use of igraph in the core takes
 * one lock, which also installs handlers that return errors instead of
 * aborting, keeps igraph's warnings off standard error, and lets a
 * GCancellable interrupt a long layout.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-error.h"
#include "hashiya-network-igraph.h"
#include "hashiya-network-edge-private.h"

G_LOCK_DEFINE_STATIC (igraph);
static GCancellable *current_cancellable;

static void
ignore_warning (const char *reason,
                const char *file,
                int         line)
{
  g_debug ("igraph: %s (%s:%d)", reason, file, line);
}

static igraph_error_t
check_interruption (void *data)
{
  return current_cancellable != NULL && g_cancellable_is_cancelled (current_cancellable)
         ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

/* Takes the lock; a cancelled @cancellable stops igraph's loops. */
void
hashiya_igraph_lock (GCancellable *cancellable)
{
  static gsize initialized;

  G_LOCK (igraph);
  if (g_once_init_enter (&initialized))
    {
      igraph_set_error_handler (igraph_error_handler_ignore);
      igraph_set_warning_handler (ignore_warning);
      igraph_set_interruption_handler (check_interruption);
      g_once_init_leave (&initialized, 1);
    }
  current_cancellable = cancellable;
}

void
hashiya_igraph_unlock (void)
{
  current_cancellable = NULL;
  G_UNLOCK (igraph);
}

/* Translates igraph's answer into a GError. */
gboolean
hashiya_igraph_check (igraph_error_t   status,
                      GCancellable    *cancellable,
                      GError         **error)
{
  if (status == IGRAPH_SUCCESS)
    return TRUE;
  if (status == IGRAPH_INTERRUPTED || g_cancellable_is_cancelled (cancellable))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Operation was cancelled"));
  else
    g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("igraph could not lay out the network: %s"),
                 igraph_strerror (status));
  return FALSE;
}

static guint
pair_hash (gconstpointer key)
{
  const HashiyaNetworkPair *pair = key;

  return pair->a * 2654435761u ^ pair->b;
}

static gboolean
pair_equal (gconstpointer a,
            gconstpointer b)
{
  const HashiyaNetworkPair *x = a, *y = b;

  return x->a == y->a && x->b == y->b;
}

/**
 * hashiya_network_pairs:
 *
 * Returns: (transfer full) (element-type HashiyaNetworkPair): the pairs
 *   of linked actors (by their positions among the nodes), in the order
 *   of their first edges
 */
GArray *
hashiya_network_pairs (HashiyaNetwork *network)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (HashiyaNetworkPair));
  g_autoptr(GHashTable) index = g_hash_table_new_full (pair_hash, pair_equal, g_free, NULL);
  guint n = hashiya_network_get_n_edges (network);

  for (guint i = 0; i < n; i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      HashiyaNetworkPair pair = { MIN (edge->source->position, edge->target->position),
                                  MAX (edge->source->position, edge->target->position), edge->count };
      gpointer found;

      if (pair.a == pair.b)
        continue;
      if (g_hash_table_lookup_extended (index, &pair, NULL, &found))
        {
          g_array_index (pairs, HashiyaNetworkPair, GPOINTER_TO_UINT (found)).count += edge->count;
          continue;
        }
      g_array_append_val (pairs, pair);
      /* The array's data moves as it grows: the keys are copies. */
      g_hash_table_insert (index, g_memdup2 (&pair, sizeof pair), GUINT_TO_POINTER (pairs->len - 1));
    }
  return pairs;
}

/* An undirected igraph graph of N_NODES vertices and PAIRS; under the
 * lock. */
gboolean
hashiya_igraph_make (igraph_t *graph,
                     guint     n_nodes,
                     GArray   *pairs)
{
  igraph_vector_int_t ends;
  igraph_error_t status;

  if (igraph_vector_int_init (&ends, 2 * (igraph_integer_t) pairs->len) != IGRAPH_SUCCESS)
    return FALSE;
  for (guint i = 0; i < pairs->len; i++)
    {
      HashiyaNetworkPair *pair = &g_array_index (pairs, HashiyaNetworkPair, i);

      VECTOR (ends)[2 * i] = pair->a;
      VECTOR (ends)[2 * i + 1] = pair->b;
    }
  status = igraph_create (graph, &ends, n_nodes, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy (&ends);
  return status == IGRAPH_SUCCESS;
}
