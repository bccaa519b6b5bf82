/* hashiya-network-timeline.c — mentions and relations over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From the documents a filter takes that have a date: the periods (ISO
 * weeks, Monday to Sunday, or calendar months) from the filter's first
 * day, or the first document's, to its last, each one there even when
 * no document falls in it; the mentions of the chosen actors (or of the
 * six most mentioned) in each period; and the relations of each quad
 * class in each period, cooperation against conflict. Documents without
 * a date are left out and counted.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-enum-types.h"
#include "hashiya-network-picture.h"
#include "hashiya-network-timeline.h"

struct _HashiyaNetworkTimeline
{
  GObject                parent_instance;

  HashiyaNetworkFilter  *filter;
  HashiyaTimelinePeriod  period;
  guint32                first;       /* Julian day the first period starts */
  guint                  n_periods;
  GPtrArray             *starts;      /* "YYYY-MM-DD" */
  GPtrArray             *labels;      /* "2023-10", "2023-W43" */
  GListStore            *mentions;
  GListStore            *relations;
  guint                  n_documents;
  guint                  n_undated;
};

G_DEFINE_FINAL_TYPE (HashiyaNetworkTimeline, hashiya_network_timeline, G_TYPE_OBJECT)

static void
hashiya_network_timeline_finalize (GObject *object)
{
  HashiyaNetworkTimeline *self = HASHIYA_NETWORK_TIMELINE (object);

  g_clear_pointer (&self->filter, hashiya_network_filter_free);
  g_clear_pointer (&self->starts, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_object (&self->mentions);
  g_clear_object (&self->relations);

  G_OBJECT_CLASS (hashiya_network_timeline_parent_class)->finalize (object);
}

static void
hashiya_network_timeline_class_init (HashiyaNetworkTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_network_timeline_finalize;
}

static void
hashiya_network_timeline_init (HashiyaNetworkTimeline *self)
{
  self->starts = g_ptr_array_new_with_free_func (g_free);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->mentions = g_list_store_new (HASHIYA_TYPE_NETWORK_SERIES);
  self->relations = g_list_store_new (HASHIYA_TYPE_NETWORK_SERIES);
}

/* The first day of the period DAY is in. */
static guint32
period_start (HashiyaTimelinePeriod period,
              guint32               day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (period == HASHIYA_TIMELINE_MONTH)
    {
      g_date_set_day (&date, 1);
      return g_date_get_julian (&date);
    }
  return day - (g_date_get_weekday (&date) - G_DATE_MONDAY);
}

static guint32
next_period (HashiyaTimelinePeriod period,
             guint32               start)
{
  GDate date;

  if (period == HASHIYA_TIMELINE_WEEK)
    return start + 7;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, start);
  g_date_add_months (&date, 1);
  return g_date_get_julian (&date);
}

static guint
period_of (HashiyaNetworkTimeline *self,
           guint32                 day)
{
  GDate date, first;

  if (self->period == HASHIYA_TIMELINE_WEEK)
    return (period_start (self->period, day) - self->first) / 7;
  g_date_clear (&date, 1);
  g_date_clear (&first, 1);
  g_date_set_julian (&date, day);
  g_date_set_julian (&first, self->first);
  return (g_date_get_year (&date) - g_date_get_year (&first)) * 12 + g_date_get_month (&date) - g_date_get_month (&first);
}

static char *
period_label (HashiyaTimelinePeriod period,
              guint32               start)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, start);
  if (period == HASHIYA_TIMELINE_MONTH)
    return g_strdup_printf ("%04u-%02u", g_date_get_year (&date), g_date_get_month (&date));
  /* The ISO year is the year of the week's Thursday. */
  g_date_add_days (&date, 3);
  return g_strdup_printf ("%04u-W%02u", g_date_get_year (&date), g_date_get_iso8601_week_of_year (&date));
}

typedef struct
{
  HashiyaNetworkTimeline *timeline;
  GHashTable             *series;   /* actor id → HashiyaNetworkSeries */
  GPtrArray              *order;    /* the series, as first met */
} Reading;

static void
read_mention (guint                   index,
              HashiyaNetworkDocument *document,
              HashiyaMention         *mention,
              HashiyaActor           *actor,
              gpointer                user_data)
{
  Reading *reading = user_data;
  guint32 day = hashiya_network_document_get_day (document);
  HashiyaNetworkSeries *series;

  if (day == 0)
    return;
  series = g_hash_table_lookup (reading->series, hashiya_actor_get_id (actor));
  if (series == NULL)
    {
      series = hashiya_network_series_new (hashiya_actor_get_id (actor), hashiya_actor_get_name_ar (actor),
                                           hashiya_actor_get_name_en (actor), hashiya_actor_get_color (actor),
                                           reading->timeline->n_periods);
      g_hash_table_insert (reading->series, (gpointer) hashiya_network_series_get_key (series), series);
      g_ptr_array_add (reading->order, series);
    }
  hashiya_network_series_add (series, period_of (reading->timeline, day), 1);
}

static void
read_relation (guint                   index,
               HashiyaNetworkDocument *document,
               HashiyaRelation        *relation,
               HashiyaRelationType    *type,
               HashiyaActor           *source,
               HashiyaActor           *target,
               gpointer                user_data)
{
  Reading *reading = user_data;
  guint32 day = hashiya_network_document_get_day (document);
  g_autoptr(HashiyaNetworkSeries) series = NULL;

  if (day == 0)
    return;
  series = g_list_model_get_item (G_LIST_MODEL (reading->timeline->relations), hashiya_relation_type_get_quad_class (type));
  hashiya_network_series_add (series, period_of (reading->timeline, day), 1);
}

static int
compare_totals (gconstpointer a,
                gconstpointer b)
{
  HashiyaNetworkSeries *x = *(HashiyaNetworkSeries **) a, *y = *(HashiyaNetworkSeries **) b;
  guint tx = hashiya_network_series_get_total (x), ty = hashiya_network_series_get_total (y);

  return tx != ty ? (tx > ty ? -1 : 1) : 0;
}

/**
 * hashiya_network_timeline_new:
 * @documents: (element-type HashiyaNetworkDocument): the documents
 * @filter: (nullable): what to take; everything when %NULL
 * @actors: (nullable) (array zero-terminated=1): the ids of the actors to
 *   follow; %NULL for the six most mentioned
 *
 * Returns: (transfer full): the timeline
 */
HashiyaNetworkTimeline *
hashiya_network_timeline_new (GPtrArray                  *documents,
                              const HashiyaNetworkFilter *filter,
                              HashiyaTimelinePeriod       period,
                              const char * const         *actors)
{
  HashiyaNetworkTimeline *self;
  g_autoptr(GHashTable) series = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HashiyaRelationCatalog) defaults = NULL;
  HashiyaRelationCatalog *catalog = NULL;
  Reading reading = { NULL, series, order };
  guint32 first = 0, last = 0, from = 0, to = 0;

  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (period <= HASHIYA_TIMELINE_MONTH, NULL);

  self = g_object_new (HASHIYA_TYPE_NETWORK_TIMELINE, NULL);
  self->filter = filter != NULL ? hashiya_network_filter_copy (filter) : hashiya_network_filter_new ();
  self->period = period;
  reading.timeline = self;

  for (guint i = 0; i < documents->len; i++)
    {
      HashiyaNetworkDocument *document = g_ptr_array_index (documents, i);
      HashiyaNetworkTake take = hashiya_network_filter_take_document (self->filter, document);
      guint32 day = hashiya_network_document_get_day (document);

      if (catalog == NULL)
        catalog = hashiya_document_get_relation_catalog (hashiya_network_document_get_document (document));
      if (take == HASHIYA_NETWORK_UNDATED || (take == HASHIYA_NETWORK_TAKEN && day == 0))
        self->n_undated++;
      if (take != HASHIYA_NETWORK_TAKEN || day == 0)
        continue;
      self->n_documents++;
      first = first == 0 ? day : MIN (first, day);
      last = MAX (last, day);
    }
  if (self->filter->from != NULL)
    hashiya_network_parse_date (self->filter->from, &from);
  if (self->filter->to != NULL)
    hashiya_network_parse_date (self->filter->to, &to);
  first = from != 0 ? from : first;
  last = to != 0 ? to : last;

  if (first != 0)
    {
      self->first = period_start (period, first);
      for (guint32 start = self->first; start <= last; start = next_period (period, start))
        {
          g_ptr_array_add (self->starts, hashiya_network_format_date (start));
          g_ptr_array_add (self->labels, period_label (period, start));
        }
      self->n_periods = self->starts->len;
    }

  if (catalog == NULL)
    catalog = defaults = hashiya_relation_catalog_new_default ();
  for (int quad = 0; quad < 4; quad++)
    {
      g_autoptr(HashiyaNetworkSeries) quad_series = NULL;

      quad_series = hashiya_network_series_new (hashiya_enum_to_nick (HASHIYA_TYPE_QUAD_CLASS, quad),
                                                hashiya_picture_quad_name (quad), hashiya_picture_quad_name (quad),
                                                hashiya_relation_catalog_get_quad_color (catalog, quad), self->n_periods);
      g_list_store_append (self->relations, quad_series);
    }
  if (self->n_periods == 0)
    return self;

  hashiya_network_filter_each (self->filter, documents, read_mention, read_relation, &reading);
  if (actors != NULL)
    {
      for (guint i = 0; actors[i] != NULL; i++)
        {
          HashiyaNetworkSeries *found = g_hash_table_lookup (series, actors[i]);
          g_autoptr(HashiyaNetworkSeries) none = NULL;

          if (found == NULL)
            found = none = hashiya_network_series_new (actors[i], NULL, NULL, NULL, self->n_periods);
          g_list_store_append (self->mentions, found);
        }
      return self;
    }
  g_ptr_array_sort (order, compare_totals);
  for (guint i = 0; i < MIN (order->len, HASHIYA_TIMELINE_ACTORS); i++)
    g_list_store_append (self->mentions, g_ptr_array_index (order, i));
  return self;
}

HashiyaTimelinePeriod
hashiya_network_timeline_get_period (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), HASHIYA_TIMELINE_MONTH);
  return self->period;
}

const HashiyaNetworkFilter *
hashiya_network_timeline_get_filter (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), NULL);
  return self->filter;
}

/**
 * hashiya_network_timeline_get_n_periods:
 *
 * Returns: how many weeks or months; 0 when no document taken has a date
 */
guint
hashiya_network_timeline_get_n_periods (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), 0);
  return self->n_periods;
}

/**
 * hashiya_network_timeline_get_period_start:
 *
 * Returns: the first day of @period, "YYYY-MM-DD"
 */
const char *
hashiya_network_timeline_get_period_start (HashiyaNetworkTimeline *self,
                                           guint                   period)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), NULL);
  g_return_val_if_fail (period < self->n_periods, NULL);
  return g_ptr_array_index (self->starts, period);
}

/**
 * hashiya_network_timeline_get_period_label:
 *
 * Returns: @period's name: "2023-10" for a month, "2023-W43" for an ISO
 *   week
 */
const char *
hashiya_network_timeline_get_period_label (HashiyaNetworkTimeline *self,
                                           guint                   period)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), NULL);
  g_return_val_if_fail (period < self->n_periods, NULL);
  return g_ptr_array_index (self->labels, period);
}

/**
 * hashiya_network_timeline_get_mentions:
 *
 * Returns: (transfer none): a #HashiyaNetworkSeries an actor followed:
 *   its mentions a period
 */
GListModel *
hashiya_network_timeline_get_mentions (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), NULL);
  return G_LIST_MODEL (self->mentions);
}

/**
 * hashiya_network_timeline_get_relations:
 *
 * Returns: (transfer none): four #HashiyaNetworkSeries, one a quad class
 *   in their order: its relations a period
 */
GListModel *
hashiya_network_timeline_get_relations (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), NULL);
  return G_LIST_MODEL (self->relations);
}

/**
 * hashiya_network_timeline_get_n_documents:
 *
 * Returns: how many documents it counts: taken, with a date
 */
guint
hashiya_network_timeline_get_n_documents (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), 0);
  return self->n_documents;
}

/**
 * hashiya_network_timeline_get_n_undated:
 *
 * Returns: how many documents it left out for having no date
 */
guint
hashiya_network_timeline_get_n_undated (HashiyaNetworkTimeline *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_TIMELINE (self), 0);
  return self->n_undated;
}
