/* hashiya-network-node.c — an actor in a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A node counts its actor's mentions in the documents a network takes,
 * and the documents they are in; the layout gives it a place (x and y
 * in the layout's units, pinned when the user put it there), the
 * measures its degree (how many other actors it is linked to), strength
 * (how many times, all links together) and betweenness.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-enum-types.h"
#include "hashiya-network-document.h"
#include "hashiya-network-evidence.h"
#include "hashiya-network-node-private.h"
#include "hashiya-sentences.h"

G_DEFINE_FINAL_TYPE (HashiyaNetworkNode, hashiya_network_node, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME_AR,
  PROP_NAME_EN,
  PROP_KIND,
  PROP_COLOR,
  PROP_MENTIONS,
  PROP_DOCUMENTS,
  PROP_DEGREE,
  PROP_STRENGTH,
  PROP_BETWEENNESS,
  PROP_X,
  PROP_Y,
  PROP_PINNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_network_node_finalize (GObject *object)
{
  HashiyaNetworkNode *self = HASHIYA_NETWORK_NODE (object);

  g_clear_object (&self->actor);
  g_clear_pointer (&self->days, g_array_unref);
  if (self->mention_list != NULL)
    {
      for (guint i = 0; i < self->mention_list->len; i++)
        g_object_unref (g_array_index (self->mention_list, HashiyaNodeMention, i).mention);
      g_array_unref (self->mention_list);
    }
  g_clear_pointer (&self->network_documents, g_ptr_array_unref);
  g_free (self->first_date);
  g_free (self->last_date);

  G_OBJECT_CLASS (hashiya_network_node_parent_class)->finalize (object);
}

static void
hashiya_network_node_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HashiyaNetworkNode *self = HASHIYA_NETWORK_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, hashiya_network_node_get_id (self));
      break;
    case PROP_NAME_AR:
      g_value_set_string (value, hashiya_network_node_get_name_ar (self));
      break;
    case PROP_NAME_EN:
      g_value_set_string (value, hashiya_network_node_get_name_en (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, hashiya_network_node_get_kind (self));
      break;
    case PROP_COLOR:
      g_value_set_string (value, hashiya_network_node_get_color (self));
      break;
    case PROP_MENTIONS:
      g_value_set_uint (value, self->mentions);
      break;
    case PROP_DOCUMENTS:
      g_value_set_uint (value, self->documents);
      break;
    case PROP_DEGREE:
      g_value_set_uint (value, self->degree);
      break;
    case PROP_STRENGTH:
      g_value_set_uint (value, self->strength);
      break;
    case PROP_BETWEENNESS:
      g_value_set_double (value, self->betweenness);
      break;
    case PROP_X:
      g_value_set_double (value, self->x);
      break;
    case PROP_Y:
      g_value_set_double (value, self->y);
      break;
    case PROP_PINNED:
      g_value_set_boolean (value, self->pinned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_network_node_class_init (HashiyaNetworkNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_network_node_finalize;
  object_class->get_property = hashiya_network_node_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME_AR] = g_param_spec_string ("name-ar", NULL, NULL, NULL, flags);
  properties[PROP_NAME_EN] = g_param_spec_string ("name-en", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, HASHIYA_TYPE_ACTOR_KIND,
                                             HASHIYA_ACTOR_KIND_OTHER, flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_MENTIONS] = g_param_spec_uint ("mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DOCUMENTS] = g_param_spec_uint ("documents", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DEGREE] = g_param_spec_uint ("degree", NULL, NULL, 0, G_MAXUINT, 0,
                                               flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STRENGTH] = g_param_spec_uint ("strength", NULL, NULL, 0, G_MAXUINT, 0,
                                                 flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BETWEENNESS] = g_param_spec_double ("betweenness", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                      flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_X] = g_param_spec_double ("x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                            flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_Y] = g_param_spec_double ("y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                            flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PINNED] = g_param_spec_boolean ("pinned", NULL, NULL, FALSE, flags | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_network_node_init (HashiyaNetworkNode *self)
{
  self->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->mention_list = g_array_new (FALSE, FALSE, sizeof (HashiyaNodeMention));
}

HashiyaNetworkNode *
_hashiya_network_node_new (HashiyaActor *actor,
                           guint         position,
                           GPtrArray    *documents)
{
  HashiyaNetworkNode *self = g_object_new (HASHIYA_TYPE_NETWORK_NODE, NULL);

  self->actor = g_object_ref (actor);
  self->position = position;
  self->network_documents = g_ptr_array_ref (documents);
  return self;
}

/* Keeps DAYS sorted, each day once. */
void
_hashiya_days_add (GArray  *days,
                   guint32  day)
{
  guint low = 0, high = days->len;

  if (day == 0)
    return;
  if (days->len > 0 && g_array_index (days, guint32, days->len - 1) < day)
    {
      g_array_append_val (days, day);
      return;
    }
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (days, guint32, middle) < day)
        low = middle + 1;
      else
        high = middle;
    }
  if (low < days->len && g_array_index (days, guint32, low) == day)
    return;
  g_array_insert_val (days, low, day);
}

void
_hashiya_network_node_add_mention (HashiyaNetworkNode *self,
                                   guint               document,
                                   guint32             day,
                                   HashiyaMention     *mention)
{
  HashiyaNodeMention item = { document, g_object_ref (mention) };

  self->mentions++;
  if (self->last_document != document + 1)
    {
      self->documents++;
      self->last_document = document + 1;
    }
  _hashiya_days_add (self->days, day);
  g_array_append_val (self->mention_list, item);
}

void
_hashiya_network_node_finish (HashiyaNetworkNode *self)
{
  if (self->days->len == 0)
    return;
  self->first_date = hashiya_network_format_date (g_array_index (self->days, guint32, 0));
  self->last_date = hashiya_network_format_date (g_array_index (self->days, guint32, self->days->len - 1));
}

void
_hashiya_network_node_set_place (HashiyaNetworkNode *self,
                                 double              x,
                                 double              y,
                                 gboolean            pinned)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->x != x)
    {
      self->x = x;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_X]);
    }
  if (self->y != y)
    {
      self->y = y;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_Y]);
    }
  if (self->pinned != pinned)
    {
      self->pinned = pinned;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PINNED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
_hashiya_network_node_set_measures (HashiyaNetworkNode *self,
                                    guint               degree,
                                    guint               strength,
                                    double              betweenness)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->degree != degree)
    {
      self->degree = degree;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEGREE]);
    }
  if (self->strength != strength)
    {
      self->strength = strength;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTH]);
    }
  if (self->betweenness != betweenness)
    {
      self->betweenness = betweenness;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BETWEENNESS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

HashiyaActor *
hashiya_network_node_get_actor (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return self->actor;
}

const char *
hashiya_network_node_get_id (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return hashiya_actor_get_id (self->actor);
}

const char *
hashiya_network_node_get_name_ar (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return hashiya_actor_get_name_ar (self->actor);
}

const char *
hashiya_network_node_get_name_en (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return hashiya_actor_get_name_en (self->actor);
}

/**
 * hashiya_network_node_get_label:
 * @arabic: whether the Arabic name is wanted, else the English one
 *
 * Returns: the name asked for, or the other when the actor has only
 *   one, or its id when it has none
 */
const char *
hashiya_network_node_get_label (HashiyaNetworkNode *self,
                                gboolean            arabic)
{
  const char *ar, *en;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);

  ar = hashiya_actor_get_name_ar (self->actor);
  en = hashiya_actor_get_name_en (self->actor);
  if (ar != NULL && *ar == '\0')
    ar = NULL;
  if (en != NULL && *en == '\0')
    en = NULL;
  if (arabic)
    return ar ?: en ?: hashiya_actor_get_id (self->actor);
  return en ?: ar ?: hashiya_actor_get_id (self->actor);
}

HashiyaActorKind
hashiya_network_node_get_kind (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), HASHIYA_ACTOR_KIND_OTHER);
  return hashiya_actor_get_kind (self->actor);
}

const char *
hashiya_network_node_get_color (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return hashiya_actor_get_color (self->actor);
}

/**
 * hashiya_network_node_get_position:
 *
 * Returns: where the node is in the network's list of nodes
 */
guint
hashiya_network_node_get_position (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->position;
}

guint
hashiya_network_node_get_mentions (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->mentions;
}

guint
hashiya_network_node_get_documents (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->documents;
}

guint
hashiya_network_node_get_degree (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->degree;
}

guint
hashiya_network_node_get_strength (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->strength;
}

double
hashiya_network_node_get_betweenness (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->betweenness;
}

double
hashiya_network_node_get_x (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->x;
}

double
hashiya_network_node_get_y (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), 0);
  return self->y;
}

gboolean
hashiya_network_node_get_pinned (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), FALSE);
  return self->pinned;
}

/**
 * hashiya_network_node_get_first_date:
 *
 * Returns: (nullable): the first day of a document with a mention of
 *   the actor, "YYYY-MM-DD"; %NULL when none has a date
 */
const char *
hashiya_network_node_get_first_date (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return self->first_date;
}

/**
 * hashiya_network_node_get_last_date:
 *
 * Returns: (nullable): the last such day
 */
const char *
hashiya_network_node_get_last_date (HashiyaNetworkNode *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);
  return self->last_date;
}

/**
 * hashiya_network_node_list_mentions:
 *
 * Returns: (transfer full): the actor's mentions, each a
 *   #HashiyaNetworkEvidence: its sentence with the mention highlighted,
 *   documents in order and each in text order
 */
GListModel *
hashiya_network_node_list_mentions (HashiyaNetworkNode *self)
{
  GListStore *store;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_NODE (self), NULL);

  store = g_list_store_new (HASHIYA_TYPE_NETWORK_EVIDENCE);
  for (guint i = 0; i < self->mention_list->len; i++)
    {
      HashiyaNodeMention *item = &g_array_index (self->mention_list, HashiyaNodeMention, i);
      HashiyaNetworkDocument *document = g_ptr_array_index (self->network_documents, item->document);
      GArray *sentences = hashiya_network_document_get_sentences (document);
      guint start = hashiya_mention_get_start (item->mention);
      guint end = hashiya_mention_get_end (item->mention);
      HashiyaSpan sentence = hashiya_sentences_cover (sentences, start, end);
      g_autoptr(HashiyaNetworkEvidence) evidence = NULL;

      evidence = hashiya_network_evidence_new (document, sentence.start, sentence.end);
      hashiya_network_evidence_set_mention (evidence, item->mention);
      hashiya_network_evidence_add_highlight (evidence, start, end);
      g_list_store_append (store, evidence);
    }
  return G_LIST_MODEL (store);
}
