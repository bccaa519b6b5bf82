/* hashiya-network-timeline.h — mentions and relations over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network-filter.h"
#include "hashiya-network-series.h"

G_BEGIN_DECLS

/* The nicks ("week", "month") are the CLI's --period values. */
typedef enum
{
  HASHIYA_TIMELINE_WEEK,
  HASHIYA_TIMELINE_MONTH,
} HashiyaTimelinePeriod;

/* How many actors a timeline follows when none are named. */
#define HASHIYA_TIMELINE_ACTORS 6

#define HASHIYA_TYPE_NETWORK_TIMELINE (hashiya_network_timeline_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkTimeline, hashiya_network_timeline, HASHIYA, NETWORK_TIMELINE, GObject)

HashiyaNetworkTimeline *hashiya_network_timeline_new               (GPtrArray                  *documents,
                                                                    const HashiyaNetworkFilter *filter,
                                                                    HashiyaTimelinePeriod       period,
                                                                    const char * const         *actors);
HashiyaTimelinePeriod   hashiya_network_timeline_get_period        (HashiyaNetworkTimeline     *self);
const HashiyaNetworkFilter *hashiya_network_timeline_get_filter    (HashiyaNetworkTimeline     *self);
guint                   hashiya_network_timeline_get_n_periods     (HashiyaNetworkTimeline     *self);
const char             *hashiya_network_timeline_get_period_start  (HashiyaNetworkTimeline     *self,
                                                                    guint                       period);
const char             *hashiya_network_timeline_get_period_label  (HashiyaNetworkTimeline     *self,
                                                                    guint                       period);
GListModel             *hashiya_network_timeline_get_mentions      (HashiyaNetworkTimeline     *self);
GListModel             *hashiya_network_timeline_get_relations     (HashiyaNetworkTimeline     *self);
guint                   hashiya_network_timeline_get_n_documents   (HashiyaNetworkTimeline     *self);
guint                   hashiya_network_timeline_get_n_undated     (HashiyaNetworkTimeline     *self);

G_END_DECLS
