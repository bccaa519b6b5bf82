/* hashiya-network-count.c — one bar of a chart: a thing and how many
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An actor and its mentions, a type of mention, a type of relation or a
 * quad class and its relations: its key (an id or a nick), its name in
 * Arabic and English, the group it is shown under (an actor's kind, a
 * relation type's quad class), a colour and the count. The window's
 * table binds its properties; the bar chart draws it.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-network-count.h"

struct _HashiyaNetworkCount
{
  GObject  parent_instance;

  char    *key;
  char    *label_ar;
  char    *label_en;
  char    *group;
  char    *group_label;
  char    *color;
  guint    value;
};

G_DEFINE_FINAL_TYPE (HashiyaNetworkCount, hashiya_network_count, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KEY,
  PROP_LABEL_AR,
  PROP_LABEL_EN,
  PROP_GROUP,
  PROP_GROUP_LABEL,
  PROP_COLOR,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_network_count_finalize (GObject *object)
{
  HashiyaNetworkCount *self = HASHIYA_NETWORK_COUNT (object);

  g_free (self->key);
  g_free (self->label_ar);
  g_free (self->label_en);
  g_free (self->group);
  g_free (self->group_label);
  g_free (self->color);

  G_OBJECT_CLASS (hashiya_network_count_parent_class)->finalize (object);
}

static void
hashiya_network_count_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HashiyaNetworkCount *self = HASHIYA_NETWORK_COUNT (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_LABEL_AR:
      g_value_set_string (value, self->label_ar);
      break;
    case PROP_LABEL_EN:
      g_value_set_string (value, self->label_en);
      break;
    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;
    case PROP_GROUP_LABEL:
      g_value_set_string (value, self->group_label);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_VALUE:
      g_value_set_uint (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_network_count_class_init (HashiyaNetworkCountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_network_count_finalize;
  object_class->get_property = hashiya_network_count_get_property;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties[PROP_LABEL_AR] = g_param_spec_string ("label-ar", NULL, NULL, NULL, flags);
  properties[PROP_LABEL_EN] = g_param_spec_string ("label-en", NULL, NULL, NULL, flags);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_GROUP_LABEL] = g_param_spec_string ("group-label", NULL, NULL, NULL, flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_uint ("value", NULL, NULL, 0, G_MAXUINT, 0, flags | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_network_count_init (HashiyaNetworkCount *self)
{
}

/**
 * hashiya_network_count_new:
 * @label_ar: (nullable): its Arabic name
 * @label_en: (nullable): its English name
 * @group: (nullable): the key of the group it is shown under
 * @group_label: (nullable): that group's name
 * @color: (nullable): "#rrggbb"
 *
 * Returns: (transfer full): the count
 */
HashiyaNetworkCount *
hashiya_network_count_new (const char *key,
                           const char *label_ar,
                           const char *label_en,
                           const char *group,
                           const char *group_label,
                           const char *color,
                           guint       value)
{
  HashiyaNetworkCount *self;

  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_NETWORK_COUNT, NULL);
  self->key = g_strdup (key);
  self->label_ar = g_strdup (label_ar != NULL && *label_ar != '\0' ? label_ar : NULL);
  self->label_en = g_strdup (label_en != NULL && *label_en != '\0' ? label_en : NULL);
  self->group = g_strdup (group);
  self->group_label = g_strdup (group_label);
  self->color = g_strdup (color);
  self->value = value;
  return self;
}

const char *
hashiya_network_count_get_key (HashiyaNetworkCount *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_COUNT (self), NULL);
  return self->key;
}

/**
 * hashiya_network_count_get_label:
 * @arabic: whether the Arabic name is wanted
 *
 * Returns: that name, else the other, else the key
 */
const char *
hashiya_network_count_get_label (HashiyaNetworkCount *self,
                                 gboolean             arabic)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_COUNT (self), NULL);

  if (arabic)
    return self->label_ar ?: self->label_en ?: self->key;
  return self->label_en ?: self->label_ar ?: self->key;
}

const char *
hashiya_network_count_get_group (HashiyaNetworkCount *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_COUNT (self), NULL);
  return self->group;
}

const char *
hashiya_network_count_get_group_label (HashiyaNetworkCount *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_COUNT (self), NULL);
  return self->group_label;
}

const char *
hashiya_network_count_get_color (HashiyaNetworkCount *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_COUNT (self), NULL);
  return self->color;
}

guint
hashiya_network_count_get_value (HashiyaNetworkCount *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_COUNT (self), 0);
  return self->value;
}

void
hashiya_network_count_add (HashiyaNetworkCount *self,
                           guint                value)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_COUNT (self));

  if (value == 0)
    return;
  self->value += value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
