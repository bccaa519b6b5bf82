/* hashiya-test-network.h — documents of many actors and relations, made
 * up, for the network's tests and benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-core.h"

G_BEGIN_DECLS

GBytes *hashiya_test_network_document (GRand *random,
                                       guint  n_actors,
                                       guint  n_relations);

G_END_DECLS
