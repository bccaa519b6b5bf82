/* hashiya-network-series.c — one line of a timeline: a count a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An actor's mentions, or a quad class's relations, in each period of a
 * timeline (hashiya_network_timeline_get_period_start()).
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-network-series.h"

struct _HashiyaNetworkSeries
{
  GObject  parent_instance;

  char    *key;
  char    *label_ar;
  char    *label_en;
  char    *color;
  guint   *values;
  guint    n_values;
};

G_DEFINE_FINAL_TYPE (HashiyaNetworkSeries, hashiya_network_series, G_TYPE_OBJECT)

static void
hashiya_network_series_finalize (GObject *object)
{
  HashiyaNetworkSeries *self = HASHIYA_NETWORK_SERIES (object);

  g_free (self->key);
  g_free (self->label_ar);
  g_free (self->label_en);
  g_free (self->color);
  g_free (self->values);

  G_OBJECT_CLASS (hashiya_network_series_parent_class)->finalize (object);
}

static void
hashiya_network_series_class_init (HashiyaNetworkSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_network_series_finalize;
}

static void
hashiya_network_series_init (HashiyaNetworkSeries *self)
{
}

/**
 * hashiya_network_series_new:
 * @color: (nullable): "#rrggbb"
 * @n_values: how many periods
 *
 * Returns: (transfer full): a series of zeros
 */
HashiyaNetworkSeries *
hashiya_network_series_new (const char *key,
                            const char *label_ar,
                            const char *label_en,
                            const char *color,
                            guint       n_values)
{
  HashiyaNetworkSeries *self;

  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_NETWORK_SERIES, NULL);
  self->key = g_strdup (key);
  self->label_ar = g_strdup (label_ar != NULL && *label_ar != '\0' ? label_ar : NULL);
  self->label_en = g_strdup (label_en != NULL && *label_en != '\0' ? label_en : NULL);
  self->color = g_strdup (color);
  self->values = g_new0 (guint, MAX (n_values, 1));
  self->n_values = n_values;
  return self;
}

const char *
hashiya_network_series_get_key (HashiyaNetworkSeries *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), NULL);
  return self->key;
}

/**
 * hashiya_network_series_get_label:
 * @arabic: whether the Arabic name is wanted
 *
 * Returns: that name, else the other, else the key
 */
const char *
hashiya_network_series_get_label (HashiyaNetworkSeries *self,
                                  gboolean              arabic)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), NULL);

  if (arabic)
    return self->label_ar ?: self->label_en ?: self->key;
  return self->label_en ?: self->label_ar ?: self->key;
}

const char *
hashiya_network_series_get_color (HashiyaNetworkSeries *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), NULL);
  return self->color;
}

guint
hashiya_network_series_get_n_values (HashiyaNetworkSeries *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), 0);
  return self->n_values;
}

guint
hashiya_network_series_get_value (HashiyaNetworkSeries *self,
                                  guint                 period)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), 0);
  g_return_val_if_fail (period < self->n_values, 0);
  return self->values[period];
}

guint
hashiya_network_series_get_total (HashiyaNetworkSeries *self)
{
  guint total = 0;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), 0);

  for (guint i = 0; i < self->n_values; i++)
    total += self->values[i];
  return total;
}

guint
hashiya_network_series_get_max (HashiyaNetworkSeries *self)
{
  guint most = 0;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_SERIES (self), 0);

  for (guint i = 0; i < self->n_values; i++)
    most = MAX (most, self->values[i]);
  return most;
}

void
hashiya_network_series_add (HashiyaNetworkSeries *self,
                            guint                 period,
                            guint                 value)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_SERIES (self));
  g_return_if_fail (period < self->n_values);

  self->values[period] += value;
}
