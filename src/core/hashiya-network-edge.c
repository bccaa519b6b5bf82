/* hashiya-network-edge.c — a link between two actors of a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With relations, one edge is one type of relation from one actor to
 * another (either way for a mutual type, which is not directed); its
 * count is how many relations of that type the documents state between
 * them. With co-mentions, an edge joins two actors named in the same
 * sentence; its count is how many sentences name both. Each keeps its
 * evidence: the sentences, and the relations.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-enum-types.h"
#include "hashiya-network-document.h"
#include "hashiya-network-evidence.h"
#include "hashiya-network-edge-private.h"

G_DEFINE_FINAL_TYPE (HashiyaNetworkEdge, hashiya_network_edge, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_RELATION_TYPE,
  PROP_QUAD_CLASS,
  PROP_DIRECTED,
  PROP_COUNT,
  PROP_DOCUMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_network_edge_finalize (GObject *object)
{
  HashiyaNetworkEdge *self = HASHIYA_NETWORK_EDGE (object);

  g_free (self->id);
  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_object (&self->type);
  g_clear_pointer (&self->days, g_array_unref);
  for (guint i = 0; i < self->evidence->len; i++)
    {
      HashiyaEdgeEvidence *item = &g_array_index (self->evidence, HashiyaEdgeEvidence, i);

      g_clear_object (&item->relation);
      g_clear_object (&item->a);
      g_clear_object (&item->b);
    }
  g_clear_pointer (&self->evidence, g_array_unref);
  g_clear_pointer (&self->modes, g_ptr_array_unref);
  g_clear_pointer (&self->network_documents, g_ptr_array_unref);
  g_free (self->first_date);
  g_free (self->last_date);

  G_OBJECT_CLASS (hashiya_network_edge_parent_class)->finalize (object);
}

static void
hashiya_network_edge_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HashiyaNetworkEdge *self = HASHIYA_NETWORK_EDGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    case PROP_RELATION_TYPE:
      g_value_set_object (value, self->type);
      break;
    case PROP_QUAD_CLASS:
      g_value_set_enum (value, self->quad_class);
      break;
    case PROP_DIRECTED:
      g_value_set_boolean (value, self->directed);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    case PROP_DOCUMENTS:
      g_value_set_uint (value, self->documents);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_network_edge_class_init (HashiyaNetworkEdgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_network_edge_finalize;
  object_class->get_property = hashiya_network_edge_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_object ("source", NULL, NULL, HASHIYA_TYPE_NETWORK_NODE, flags);
  properties[PROP_TARGET] = g_param_spec_object ("target", NULL, NULL, HASHIYA_TYPE_NETWORK_NODE, flags);
  properties[PROP_RELATION_TYPE] = g_param_spec_object ("relation-type", NULL, NULL,
                                                        HASHIYA_TYPE_RELATION_TYPE, flags);
  properties[PROP_QUAD_CLASS] = g_param_spec_enum ("quad-class", NULL, NULL, HASHIYA_TYPE_QUAD_CLASS,
                                                   HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, flags);
  properties[PROP_DIRECTED] = g_param_spec_boolean ("directed", NULL, NULL, FALSE, flags);
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DOCUMENTS] = g_param_spec_uint ("documents", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_network_edge_init (HashiyaNetworkEdge *self)
{
  self->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->evidence = g_array_new (FALSE, FALSE, sizeof (HashiyaEdgeEvidence));
  self->modes = g_ptr_array_new ();
}

/* @type: (nullable): the relation type; %NULL for co-mentions */
HashiyaNetworkEdge *
_hashiya_network_edge_new (const char          *id,
                           HashiyaNetworkNode  *source,
                           HashiyaNetworkNode  *target,
                           HashiyaRelationType *type,
                           GPtrArray           *documents)
{
  HashiyaNetworkEdge *self = g_object_new (HASHIYA_TYPE_NETWORK_EDGE, NULL);

  self->id = g_strdup (id);
  self->source = g_object_ref (source);
  self->target = g_object_ref (target);
  self->type = type != NULL ? g_object_ref (type) : NULL;
  self->quad_class = type != NULL ? hashiya_relation_type_get_quad_class (type) : HASHIYA_QUAD_CLASS_VERBAL_COOPERATION;
  self->directed = type != NULL && !hashiya_relation_type_get_mutual (type);
  self->network_documents = g_ptr_array_ref (documents);
  return self;
}

/* One more relation or sentence; takes its references. */
void
_hashiya_network_edge_add (HashiyaNetworkEdge        *self,
                           guint32                    day,
                           const HashiyaEdgeEvidence *evidence)
{
  self->count++;
  if (self->last_document != evidence->document + 1)
    {
      self->documents++;
      self->last_document = evidence->document + 1;
    }
  _hashiya_days_add (self->days, day);
  g_array_append_vals (self->evidence, evidence, 1);
  if (evidence->relation != NULL && hashiya_relation_get_mode (evidence->relation) != NULL)
    {
      const char *mode = hashiya_relation_get_mode (evidence->relation);
      gboolean seen = FALSE;

      for (guint i = 0; i < self->modes->len && !seen; i++)
        seen = g_strcmp0 (g_ptr_array_index (self->modes, i), mode) == 0;
      if (!seen)
        g_ptr_array_add (self->modes, (gpointer) g_intern_string (mode));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

void
_hashiya_network_edge_finish (HashiyaNetworkEdge *self)
{
  g_ptr_array_sort (self->modes, compare_strings);
  g_ptr_array_add (self->modes, NULL);
  if (self->days->len == 0)
    return;
  self->first_date = hashiya_network_format_date (g_array_index (self->days, guint32, 0));
  self->last_date = hashiya_network_format_date (g_array_index (self->days, guint32, self->days->len - 1));
}

const char *
hashiya_network_edge_get_id (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return self->id;
}

/**
 * hashiya_network_edge_get_source:
 *
 * Returns: (transfer none): the actor who acts (for a mutual type or
 *   co-mentions, the one of the first relation or sentence)
 */
HashiyaNetworkNode *
hashiya_network_edge_get_source (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return self->source;
}

/**
 * hashiya_network_edge_get_target:
 *
 * Returns: (transfer none): the other party
 */
HashiyaNetworkNode *
hashiya_network_edge_get_target (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return self->target;
}

/**
 * hashiya_network_edge_get_relation_type:
 *
 * Returns: (transfer none) (nullable): the type of its relations; %NULL
 *   for co-mentions
 */
HashiyaRelationType *
hashiya_network_edge_get_relation_type (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return self->type;
}

/**
 * hashiya_network_edge_get_quad_class:
 *
 * Returns: the quad class of its type; meaningless for co-mentions
 */
HashiyaQuadClass
hashiya_network_edge_get_quad_class (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  return self->quad_class;
}

/**
 * hashiya_network_edge_get_directed:
 *
 * Returns: whether it goes from its source to its target: a relation of
 *   a type that is not mutual
 */
gboolean
hashiya_network_edge_get_directed (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), FALSE);
  return self->directed;
}

guint
hashiya_network_edge_get_count (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), 0);
  return self->count;
}

guint
hashiya_network_edge_get_documents (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), 0);
  return self->documents;
}

/**
 * hashiya_network_edge_get_modes:
 *
 * Returns: (transfer none): the modes of its relations (host, military
 *   …), sorted, each once
 */
const char * const *
hashiya_network_edge_get_modes (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return (const char * const *) self->modes->pdata;
}

/**
 * hashiya_network_edge_get_first_date:
 *
 * Returns: (nullable): the first day of a document that shows it
 */
const char *
hashiya_network_edge_get_first_date (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return self->first_date;
}

/**
 * hashiya_network_edge_get_last_date:
 *
 * Returns: (nullable): the last such day
 */
const char *
hashiya_network_edge_get_last_date (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);
  return self->last_date;
}

/**
 * hashiya_network_edge_is_loop:
 *
 * Returns: whether it joins an actor to itself
 */
gboolean
hashiya_network_edge_is_loop (HashiyaNetworkEdge *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), FALSE);
  return self->source == self->target;
}

/**
 * hashiya_network_edge_list_evidence:
 *
 * Returns: (transfer full): its evidence, each a #HashiyaNetworkEvidence:
 *   the sentence with both mentions (and the relation's trigger)
 *   highlighted, in the order of the documents and the text
 */
GListModel *
hashiya_network_edge_list_evidence (HashiyaNetworkEdge *self)
{
  GListStore *store;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_EDGE (self), NULL);

  store = g_list_store_new (HASHIYA_TYPE_NETWORK_EVIDENCE);
  for (guint i = 0; i < self->evidence->len; i++)
    {
      HashiyaEdgeEvidence *item = &g_array_index (self->evidence, HashiyaEdgeEvidence, i);
      HashiyaNetworkDocument *document = g_ptr_array_index (self->network_documents, item->document);
      g_autoptr(HashiyaNetworkEvidence) evidence = hashiya_network_evidence_new (document, item->start, item->end);
      guint start, end;

      if (item->relation != NULL)
        hashiya_network_evidence_set_relation (evidence, item->relation);
      if (item->a != NULL)
        hashiya_network_evidence_add_highlight (evidence, hashiya_mention_get_start (item->a),
                                                hashiya_mention_get_end (item->a));
      if (item->b != NULL)
        hashiya_network_evidence_add_highlight (evidence, hashiya_mention_get_start (item->b),
                                                hashiya_mention_get_end (item->b));
      if (item->relation != NULL && hashiya_relation_get_trigger (item->relation, &start, &end))
        hashiya_network_evidence_add_highlight (evidence, start, end);
      g_list_store_append (store, evidence);
    }
  return G_LIST_MODEL (store);
}
