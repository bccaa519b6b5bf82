/* hashiya-network.c — the actors of one document or many, and their links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A network is built from documents (each a HashiyaNetworkDocument: the
 * document with its id, title, date and source) and a filter. Its nodes
 * are the actors with at least one mention the filter takes, in the
 * order of the catalogue of the first document that names them; actors
 * of the catalogue without such a mention are left out. Its edges are,
 * as the filter says, relations (one edge a type of relation between two
 * actors, directed unless the type is mutual) or co-mentions (two actors
 * named in the same sentence: hashiya_text_split_sentences()); a
 * relation between two mentions of one actor is a loop. A relation whose
 * end is an orphan (a mention lost when the text changed) is left out,
 * as is one with an end the filter does not take.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-network.h"
#include "hashiya-network-edge-private.h"
#include "hashiya-sentences.h"

struct _HashiyaNetwork
{
  GObject               parent_instance;

  HashiyaNetworkFilter *filter;
  GPtrArray            *documents;   /* HashiyaNetworkDocument, all given */
  GListStore           *nodes;
  GListStore           *edges;
  GHashTable           *nodes_by_id;
  HashiyaRelationCatalog *relation_catalog;
  gboolean              directed;
  guint                 n_taken;
  guint                 n_undated;
  guint                 n_without_date;
  guint                 n_links;
  char                 *first_date;
  char                 *last_date;
};

G_DEFINE_FINAL_TYPE (HashiyaNetwork, hashiya_network, G_TYPE_OBJECT)

static void
hashiya_network_finalize (GObject *object)
{
  HashiyaNetwork *self = HASHIYA_NETWORK (object);

  g_clear_pointer (&self->filter, hashiya_network_filter_free);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_object (&self->nodes);
  g_clear_object (&self->edges);
  g_clear_pointer (&self->nodes_by_id, g_hash_table_unref);
  g_clear_object (&self->relation_catalog);
  g_free (self->first_date);
  g_free (self->last_date);

  G_OBJECT_CLASS (hashiya_network_parent_class)->finalize (object);
}

static void
hashiya_network_class_init (HashiyaNetworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_network_finalize;
}

static void
hashiya_network_init (HashiyaNetwork *self)
{
  self->nodes = g_list_store_new (HASHIYA_TYPE_NETWORK_NODE);
  self->edges = g_list_store_new (HASHIYA_TYPE_NETWORK_EDGE);
  self->nodes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* What the build keeps while it reads the documents. */
typedef struct
{
  HashiyaNetwork *network;
  GHashTable     *nodes;       /* actor id → HashiyaNetworkNode */
  GHashTable     *order;       /* HashiyaNetworkNode → its place in the catalogues, + 1 */
  GPtrArray      *node_list;   /* in the order they were made */
  GHashTable     *edges;       /* EdgeKey → HashiyaNetworkEdge */
  GPtrArray      *edge_list;
  guint           n_catalogue_places;
} Build;

static void
build_clear (Build *build)
{
  g_clear_pointer (&build->nodes, g_hash_table_unref);
  g_clear_pointer (&build->order, g_hash_table_unref);
  g_clear_pointer (&build->node_list, g_ptr_array_unref);
  g_clear_pointer (&build->edges, g_hash_table_unref);
  g_clear_pointer (&build->edge_list, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Build, build_clear)

/* The node of a mention's actor, made when first met; NULL when the
 * filter does not take the mention or its actor. */
static HashiyaNetworkNode *
node_for (Build          *build,
          HashiyaCatalog *catalog,
          GHashTable     *seen,
          HashiyaMention *mention)
{
  const char *actor_id = hashiya_mention_get_actor (mention);
  HashiyaNetworkNode *node;
  HashiyaActor *actor;
  guint position = 0;

  if (!hashiya_network_filter_takes_mention (build->network->filter, mention))
    return NULL;
  if (g_hash_table_lookup_extended (seen, actor_id, NULL, (gpointer *) &node))
    return node;

  node = g_hash_table_lookup (build->nodes, actor_id);
  if (node == NULL)
    {
      actor = hashiya_catalog_lookup (catalog, actor_id);
      if (hashiya_network_filter_takes_actor (build->network->filter, actor))
        {
          node = _hashiya_network_node_new (actor, 0, build->network->documents);
          g_hash_table_insert (build->nodes, (gpointer) hashiya_network_node_get_id (node), node);
          g_ptr_array_add (build->node_list, node);
          hashiya_catalog_find (catalog, actor, &position);
          g_hash_table_insert (build->order, node,
                               GUINT_TO_POINTER (build->n_catalogue_places + position + 1));
        }
    }
  g_hash_table_insert (seen, (gpointer) actor_id, node);
  return node;
}

static void
read_mentions (Build                  *build,
               guint                   index,
               HashiyaNetworkDocument *document)
{
  HashiyaDocument *doc = hashiya_network_document_get_document (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (doc);
  guint32 day = hashiya_network_document_get_day (document);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = hashiya_document_get_n_mentions (doc);

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (doc, i);
      HashiyaNetworkNode *node = node_for (build, catalog, seen, mention);

      if (node != NULL)
        _hashiya_network_node_add_mention (node, index, day, mention);
    }
  build->n_catalogue_places += hashiya_catalog_get_n_actors (catalog);
}

/* An edge's key: its type (the catalogue's name of it; NULL for
 * co-mentions) and its ends. */
typedef struct
{
  const char         *type;
  HashiyaNetworkNode *source;
  HashiyaNetworkNode *target;
} EdgeKey;

static guint
edge_key_hash (gconstpointer key)
{
  const EdgeKey *k = key;

  return g_direct_hash (k->type) ^ g_direct_hash (k->source) * 31 ^ g_direct_hash (k->target) * 1009;
}

static gboolean
edge_key_equal (gconstpointer a,
                gconstpointer b)
{
  const EdgeKey *x = a, *y = b;

  /* Type names are interned: one pointer a name. */
  return x->source == y->source && x->target == y->target && x->type == y->type;
}

/* The edge of a relation of TYPE from SOURCE to TARGET (or between them
 * either way, for a mutual type or co-mentions: the one met first). */
static HashiyaNetworkEdge *
edge_for (Build               *build,
          HashiyaNetworkNode  *source,
          HashiyaNetworkNode  *target,
          HashiyaRelationType *type)
{
  EdgeKey key = { type != NULL ? g_intern_string (hashiya_relation_type_get_id (type)) : NULL, source, target };
  HashiyaNetworkEdge *edge = g_hash_table_lookup (build->edges, &key);

  if (edge == NULL && (type == NULL || hashiya_relation_type_get_mutual (type)))
    {
      EdgeKey reverse = { key.type, target, source };

      edge = g_hash_table_lookup (build->edges, &reverse);
    }
  if (edge == NULL)
    {
      edge = _hashiya_network_edge_new (NULL, source, target, type, build->network->documents);
      g_hash_table_insert (build->edges, g_memdup2 (&key, sizeof key), edge);
      g_ptr_array_add (build->edge_list, edge);
    }
  return edge;
}

static void
read_relations (Build                  *build,
                guint                   index,
                HashiyaNetworkDocument *document)
{
  const HashiyaNetworkFilter *filter = build->network->filter;
  HashiyaDocument *doc = hashiya_network_document_get_document (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (doc);
  HashiyaRelationCatalog *types = hashiya_document_get_relation_catalog (doc);
  GListModel *relations = hashiya_document_get_relations (doc);
  GArray *sentences = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint32 day = hashiya_network_document_get_day (document);
  guint n = g_list_model_get_n_items (relations);

  if (build->network->relation_catalog == NULL)
    build->network->relation_catalog = g_object_ref (types);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      HashiyaRelationType *type = hashiya_relation_catalog_lookup (types, hashiya_relation_get_relation_type (relation));
      HashiyaMention *a, *b;
      HashiyaNetworkNode *source, *target;
      HashiyaEdgeEvidence evidence = { index, 0, 0, NULL, NULL, NULL };
      HashiyaSpan sentence;
      guint start, end;

      if (!hashiya_network_filter_takes_type (filter, type) || !hashiya_network_filter_takes_relation (filter, relation))
        continue;
      a = hashiya_document_lookup_mention (doc, hashiya_relation_get_source (relation));
      b = hashiya_document_lookup_mention (doc, hashiya_relation_get_target (relation));
      if (a == NULL || b == NULL)
        continue;  /* an orphan end */
      source = node_for (build, catalog, seen, a);
      target = node_for (build, catalog, seen, b);
      if (source == NULL || target == NULL)
        continue;

      if (sentences == NULL)
        sentences = hashiya_network_document_get_sentences (document);
      start = MIN (hashiya_mention_get_start (a), hashiya_mention_get_start (b));
      end = MAX (hashiya_mention_get_end (a), hashiya_mention_get_end (b));
      sentence = hashiya_sentences_cover (sentences, start, end);
      evidence.start = sentence.start;
      evidence.end = sentence.end;
      evidence.relation = g_object_ref (relation);
      evidence.a = g_object_ref (a);
      evidence.b = g_object_ref (b);
      _hashiya_network_edge_add (edge_for (build, source, target, type), day, &evidence);
    }
}

/* Each pair of actors named in one sentence, once a sentence. */
static void
read_comentions (Build                  *build,
                 guint                   index,
                 HashiyaNetworkDocument *document)
{
  HashiyaDocument *doc = hashiya_network_document_get_document (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (doc);
  GArray *sentences = hashiya_network_document_get_sentences (document);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();      /* of the sentence, each once */
  g_autoptr(GPtrArray) mentions = g_ptr_array_new ();   /* the first of each */
  guint32 day = hashiya_network_document_get_day (document);
  guint n = hashiya_document_get_n_mentions (doc);
  guint current = G_MAXUINT;

  for (guint i = 0; i <= n; i++)
    {
      HashiyaMention *mention = i < n ? hashiya_document_get_mention (doc, i) : NULL;
      guint sentence = mention != NULL ? hashiya_sentences_find (sentences, hashiya_mention_get_start (mention)) : G_MAXUINT;
      HashiyaNetworkNode *node;

      if (sentence != current)
        {
          for (guint j = 0; j < nodes->len; j++)
            for (guint k = j + 1; k < nodes->len; k++)
              {
                HashiyaNetworkNode *x = g_ptr_array_index (nodes, j), *y = g_ptr_array_index (nodes, k);
                HashiyaEdgeEvidence evidence = { index, 0, 0, NULL, NULL, NULL };

                if (current < sentences->len)
                  {
                    evidence.start = g_array_index (sentences, HashiyaSpan, current).start;
                    evidence.end = g_array_index (sentences, HashiyaSpan, current).end;
                  }
                evidence.a = g_object_ref (g_ptr_array_index (mentions, j));
                evidence.b = g_object_ref (g_ptr_array_index (mentions, k));
                _hashiya_network_edge_add (edge_for (build, x, y, NULL), day, &evidence);
              }
          g_ptr_array_set_size (nodes, 0);
          g_ptr_array_set_size (mentions, 0);
          current = sentence;
        }
      if (mention == NULL || (node = node_for (build, catalog, seen, mention)) == NULL)
        continue;
      if (!g_ptr_array_find (nodes, node, NULL))
        {
          g_ptr_array_add (nodes, node);
          g_ptr_array_add (mentions, mention);
        }
    }
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GHashTable *order = user_data;
  guint oa = GPOINTER_TO_UINT (g_hash_table_lookup (order, *(gpointer *) a));
  guint ob = GPOINTER_TO_UINT (g_hash_table_lookup (order, *(gpointer *) b));

  return oa < ob ? -1 : oa > ob;
}

static void
build_network (HashiyaNetwork *self)
{
  g_auto(Build) build = { 0 };
  g_autoptr(GHashTable) linked = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) kept_edges = g_ptr_array_new ();
  guint32 first = 0, last = 0;
  guint position = 0;

  build.network = self;
  build.nodes = g_hash_table_new (g_str_hash, g_str_equal);
  build.order = g_hash_table_new (NULL, NULL);
  build.node_list = g_ptr_array_new_with_free_func (g_object_unref);
  build.edges = g_hash_table_new_full (edge_key_hash, edge_key_equal, g_free, NULL);
  build.edge_list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->documents->len; i++)
    {
      HashiyaNetworkDocument *document = g_ptr_array_index (self->documents, i);
      HashiyaNetworkTake take = hashiya_network_filter_take_document (self->filter, document);
      guint32 day = hashiya_network_document_get_day (document);

      if (take == HASHIYA_NETWORK_UNDATED)
        self->n_undated++;
      if (take != HASHIYA_NETWORK_TAKEN)
        continue;
      self->n_taken++;
      if (day == 0)
        self->n_without_date++;
      else
        {
          first = first == 0 ? day : MIN (first, day);
          last = MAX (last, day);
        }
      read_mentions (&build, i, document);
      if (self->filter->edges == HASHIYA_NETWORK_EDGES_RELATIONS)
        read_relations (&build, i, document);
      else
        read_comentions (&build, i, document);
    }
  if (first != 0)
    {
      self->first_date = hashiya_network_format_date (first);
      self->last_date = hashiya_network_format_date (last);
    }

  /* Links made too few times go; then, if asked, actors left alone. */
  for (guint i = 0; i < build.edge_list->len; i++)
    {
      HashiyaNetworkEdge *edge = g_ptr_array_index (build.edge_list, i);

      if (edge->count < MAX (self->filter->min_count, 1))
        continue;
      g_ptr_array_add (kept_edges, edge);
      g_hash_table_add (linked, edge->source);
      g_hash_table_add (linked, edge->target);
    }

  g_ptr_array_sort_with_data (build.node_list, compare_order, build.order);
  for (guint i = 0; i < build.node_list->len; i++)
    {
      HashiyaNetworkNode *node = g_ptr_array_index (build.node_list, i);

      if (node->mentions == 0 || (self->filter->connected_only && !g_hash_table_contains (linked, node)))
        continue;
      node->position = position++;
      _hashiya_network_node_finish (node);
      g_list_store_append (self->nodes, node);
      g_hash_table_insert (self->nodes_by_id, (gpointer) hashiya_network_node_get_id (node), node);
    }

  for (guint i = 0; i < kept_edges->len; i++)
    {
      HashiyaNetworkEdge *edge = g_ptr_array_index (kept_edges, i);

      edge->id = g_strdup_printf ("e%u", i + 1);
      _hashiya_network_edge_finish (edge);
      self->directed |= edge->directed;
      self->n_links += edge->count;
      g_list_store_append (self->edges, edge);
    }
}

/**
 * hashiya_network_new:
 * @documents: (element-type HashiyaNetworkDocument): the documents
 * @filter: (nullable): what to take from them; everything when %NULL
 *
 * Builds the network of @documents. It keeps @documents (and so the
 * documents): build a new one when they change.
 *
 * Returns: (transfer full): the network, its nodes not yet placed
 */
HashiyaNetwork *
hashiya_network_new (GPtrArray                  *documents,
                     const HashiyaNetworkFilter *filter)
{
  HashiyaNetwork *self;

  g_return_val_if_fail (documents != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_NETWORK, NULL);
  self->documents = g_ptr_array_ref (documents);
  self->filter = filter != NULL ? hashiya_network_filter_copy (filter) : hashiya_network_filter_new ();
  build_network (self);
  if (self->relation_catalog == NULL)
    {
      for (guint i = 0; i < documents->len && self->relation_catalog == NULL; i++)
        {
          HashiyaDocument *document = hashiya_network_document_get_document (g_ptr_array_index (documents, i));

          self->relation_catalog = g_object_ref (hashiya_document_get_relation_catalog (document));
        }
      if (self->relation_catalog == NULL)
        self->relation_catalog = hashiya_relation_catalog_new_default ();
    }
  return self;
}

/**
 * hashiya_network_new_for_document:
 * @title: its id, and its title when its metadata has none
 * @filter: (nullable): what to take from it
 *
 * Returns: (transfer full): the network of one document, with its
 *   metadata's date and source
 */
HashiyaNetwork *
hashiya_network_new_for_document (HashiyaDocument            *document,
                                  const char                 *title,
                                  const HashiyaNetworkFilter *filter)
{
  g_autoptr(GPtrArray) documents = hashiya_network_documents_new ();

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  g_ptr_array_add (documents, hashiya_network_document_new_for_document (document, title));
  return hashiya_network_new (documents, filter);
}

const HashiyaNetworkFilter *
hashiya_network_get_filter (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return self->filter;
}

/**
 * hashiya_network_get_documents:
 *
 * Returns: (transfer none) (element-type HashiyaNetworkDocument): every
 *   document it was given, taken or not
 */
GPtrArray *
hashiya_network_get_documents (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return self->documents;
}

/**
 * hashiya_network_get_nodes:
 *
 * Returns: (transfer none): its nodes, #HashiyaNetworkNode
 */
GListModel *
hashiya_network_get_nodes (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return G_LIST_MODEL (self->nodes);
}

/**
 * hashiya_network_get_edges:
 *
 * Returns: (transfer none): its edges, #HashiyaNetworkEdge
 */
GListModel *
hashiya_network_get_edges (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return G_LIST_MODEL (self->edges);
}

guint
hashiya_network_get_n_nodes (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->nodes));
}

guint
hashiya_network_get_n_edges (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->edges));
}

/**
 * hashiya_network_get_node:
 *
 * Returns: (transfer none): the node at @position
 */
HashiyaNetworkNode *
hashiya_network_get_node (HashiyaNetwork *self,
                          guint           position)
{
  HashiyaNetworkNode *node;

  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);

  node = g_list_model_get_item (G_LIST_MODEL (self->nodes), position);
  if (node != NULL)
    g_object_unref (node);  /* the store keeps it */
  return node;
}

/**
 * hashiya_network_get_edge:
 *
 * Returns: (transfer none): the edge at @position
 */
HashiyaNetworkEdge *
hashiya_network_get_edge (HashiyaNetwork *self,
                          guint           position)
{
  HashiyaNetworkEdge *edge;

  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);

  edge = g_list_model_get_item (G_LIST_MODEL (self->edges), position);
  if (edge != NULL)
    g_object_unref (edge);
  return edge;
}

/**
 * hashiya_network_lookup_node:
 *
 * Returns: (transfer none) (nullable): the node of the actor @actor_id
 */
HashiyaNetworkNode *
hashiya_network_lookup_node (HashiyaNetwork *self,
                             const char     *actor_id)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);

  if (actor_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->nodes_by_id, actor_id);
}

/**
 * hashiya_network_get_relation_catalog:
 *
 * Returns: (transfer none): the relation catalogue of its first document
 *   (its types' names, the colours of the quad classes)
 */
HashiyaRelationCatalog *
hashiya_network_get_relation_catalog (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return self->relation_catalog;
}

/**
 * hashiya_network_get_directed:
 *
 * Returns: whether one of its edges at least is directed
 */
gboolean
hashiya_network_get_directed (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), FALSE);
  return self->directed;
}

/**
 * hashiya_network_get_n_taken:
 *
 * Returns: how many documents the filter took
 */
guint
hashiya_network_get_n_taken (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), 0);
  return self->n_taken;
}

/**
 * hashiya_network_get_n_undated:
 *
 * Returns: how many documents were left out for having no date when
 *   the filter has a date range
 */
guint
hashiya_network_get_n_undated (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), 0);
  return self->n_undated;
}

/**
 * hashiya_network_get_n_without_date:
 *
 * Returns: how many of the documents taken have no date
 */
guint
hashiya_network_get_n_without_date (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), 0);
  return self->n_without_date;
}

/**
 * hashiya_network_get_n_links:
 *
 * Returns: the counts of its edges added up: how many relations (or
 *   sentences with two actors) it shows
 */
guint
hashiya_network_get_n_links (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), 0);
  return self->n_links;
}

/**
 * hashiya_network_get_first_date:
 *
 * Returns: (nullable): the first day of a document taken
 */
const char *
hashiya_network_get_first_date (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return self->first_date;
}

/**
 * hashiya_network_get_last_date:
 *
 * Returns: (nullable): the last day of a document taken
 */
const char *
hashiya_network_get_last_date (HashiyaNetwork *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK (self), NULL);
  return self->last_date;
}
