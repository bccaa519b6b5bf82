/* hashiya-agreement-align.c — the mentions of several annotators aligned
 * into units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a unit is and how spans are aligned: docs/AGREEMENT.md.
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include <string.h>

#include "hashiya-agreement-align.h"

/* One mention in the alignment. */
typedef struct
{
  HashiyaMention *mention;
  guint           start;
  guint           end;
  guint           annotator;
  const char     *actor;
} Node;

typedef struct
{
  guint first;
  guint second;
  gboolean exact;
  gboolean same_actor;
  guint overlap;
  guint extent;
} Link;

static int
compare_nodes (gconstpointer a,
               gconstpointer b)
{
  const Node *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  if (x->annotator != y->annotator)
    return x->annotator < y->annotator ? -1 : 1;
  return strcmp (x->actor, y->actor);
}

/* Best first: the same span, then the same actor, then the larger share
 * of the two spans' extent in common; then text order. */
static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  const Link *x = a, *y = b;
  guint64 share_x, share_y;

  if (x->exact != y->exact)
    return x->exact ? -1 : 1;
  if (x->same_actor != y->same_actor)
    return x->same_actor ? -1 : 1;
  share_x = (guint64) x->overlap * y->extent;
  share_y = (guint64) y->overlap * x->extent;
  if (share_x != share_y)
    return share_x > share_y ? -1 : 1;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return x->second < y->second ? -1 : x->second > y->second;
}

static gboolean
overlap (const Node *a,
         const Node *b)
{
  return a->start < b->end && b->start < a->end;
}

static guint
find_root (guint *parent,
           guint  node)
{
  while (parent[node] != node)
    {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
  return node;
}

/* Two groups of mentions become one unit when no annotator is in both
 * and every mention of the one overlaps every mention of the other. */
static gboolean
can_merge (GArray *nodes,
           GArray *x,
           GArray *y)
{
  for (guint i = 0; i < x->len; i++)
    for (guint j = 0; j < y->len; j++)
      {
        const Node *a = &g_array_index (nodes, Node, g_array_index (x, guint, i));
        const Node *b = &g_array_index (nodes, Node, g_array_index (y, guint, j));

        if (a->annotator == b->annotator || !overlap (a, b))
          return FALSE;
      }
  return TRUE;
}

typedef struct
{
  HashiyaAgreementUnit *unit;
  guint                 first_node;
} PendingUnit;

static int
compare_pending_units (gconstpointer a,
                       gconstpointer b)
{
  const PendingUnit *x = a, *y = b;
  guint xs = hashiya_agreement_unit_get_start (x->unit), ys = hashiya_agreement_unit_get_start (y->unit);
  guint xe = hashiya_agreement_unit_get_end (x->unit), ye = hashiya_agreement_unit_get_end (y->unit);

  if (xs != ys)
    return xs < ys ? -1 : 1;
  if (xe != ye)
    return xe < ye ? -1 : 1;
  return x->first_node < y->first_node ? -1 : x->first_node > y->first_node;
}
/* The units of one text: every mention of every version, grouped best
 * match first (see compare_links() and can_merge()); a mention left
 * alone is a unit of its own. VERSION_OF[a] is G_MAXUINT where annotator
 * a has no version of the text: a missing value in every unit.
 *
 * Returns: (transfer full): the units, in text order, not yet finished
 *   (_hashiya_agreement_unit_finish()) */
GPtrArray *
_hashiya_agreement_align (const char                *text_name,
                          const HashiyaAlignVersion *versions,
                          guint                      n_versions,
                          const guint               *version_of,
                          guint                      n_annotators)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (PendingUnit));
  g_autofree guint *parent = NULL;
  GPtrArray *units;

  for (guint i = 0; i < n_versions; i++)
    {
      const HashiyaAlignVersion *version = &versions[i];

      for (guint m = 0; m < version->mentions->len; m++)
        {
          HashiyaMention *mention = g_ptr_array_index (version->mentions, m);
          Node node = { mention, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                        version->annotator, hashiya_mention_get_actor (mention) };

          g_array_append_val (nodes, node);
        }
    }
  g_array_sort (nodes, compare_nodes);

  for (guint i = 0; i < nodes->len; i++)
    {
      const Node *a = &g_array_index (nodes, Node, i);

      for (guint j = i + 1; j < nodes->len && g_array_index (nodes, Node, j).start < a->end; j++)
        {
          const Node *b = &g_array_index (nodes, Node, j);
          Link link = { i, j, a->start == b->start && a->end == b->end, strcmp (a->actor, b->actor) == 0,
                        MIN (a->end, b->end) - MAX (a->start, b->start), MAX (a->end, b->end) - MIN (a->start, b->start) };

          if (a->annotator != b->annotator)
            g_array_append_val (links, link);
        }
    }
  g_array_sort (links, compare_links);

  parent = g_new (guint, nodes->len);
  groups = g_ptr_array_new_full (nodes->len, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < nodes->len; i++)
    {
      GArray *group = g_array_sized_new (FALSE, FALSE, sizeof (guint), 2);

      g_array_append_val (group, i);
      g_ptr_array_add (groups, group);
      parent[i] = i;
    }
  for (guint l = 0; l < links->len; l++)
    {
      const Link *link = &g_array_index (links, Link, l);
      guint x = find_root (parent, link->first), y = find_root (parent, link->second);
      GArray *gx, *gy;

      if (x == y)
        continue;
      gx = g_ptr_array_index (groups, x);
      gy = g_ptr_array_index (groups, y);
      if (!can_merge (nodes, gx, gy))
        continue;
      if (gx->len < gy->len)
        {
          guint swap = x;

          x = y;
          y = swap;
          gx = g_ptr_array_index (groups, x);
          gy = g_ptr_array_index (groups, y);
        }
      g_array_append_vals (gx, gy->data, gy->len);
      g_array_set_size (gy, 0);
      parent[y] = x;
    }

  for (guint i = 0; i < nodes->len; i++)
    {
      GArray *group = g_ptr_array_index (groups, i);
      PendingUnit unit;

      if (find_root (parent, i) != i)
        continue;
      unit.unit = _hashiya_agreement_unit_new (text_name, n_annotators);
      unit.first_node = i;
      for (guint a = 0; a < n_annotators; a++)
        if (version_of[a] == G_MAXUINT)
          _hashiya_agreement_unit_set_missing (unit.unit, a);
      for (guint m = 0; m < group->len; m++)
        {
          const Node *node = &g_array_index (nodes, Node, g_array_index (group, guint, m));

          _hashiya_agreement_unit_set_mention (unit.unit, node->annotator, node->mention);
        }
      g_array_append_val (pending, unit);
    }
  g_array_sort (pending, compare_pending_units);

  units = g_ptr_array_new_full (pending->len, g_object_unref);
  for (guint i = 0; i < pending->len; i++)
    g_ptr_array_add (units, g_array_index (pending, PendingUnit, i).unit);
  return units;
}
