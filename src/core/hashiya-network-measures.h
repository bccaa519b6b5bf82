/* hashiya-network-measures.h — how central each actor of a network is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network.h"

G_BEGIN_DECLS

gboolean hashiya_network_measure        (HashiyaNetwork       *network,
                                         GCancellable         *cancellable,
                                         GError              **error);
void     hashiya_network_measure_async  (HashiyaNetwork       *network,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean hashiya_network_measure_finish (HashiyaNetwork       *network,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
