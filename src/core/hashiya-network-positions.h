/* hashiya-network-positions.h — where the actors of a network stand, and
 * the ones the user put in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

#define HASHIYA_NETWORK_POSITIONS_FORMAT_VERSION 1

#define HASHIYA_TYPE_NETWORK_POSITIONS (hashiya_network_positions_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaNetworkPositions, hashiya_network_positions, HASHIYA, NETWORK_POSITIONS, GObject)

HashiyaNetworkPositions *hashiya_network_positions_new       (void);
HashiyaNetworkPositions *hashiya_network_positions_load      (const char              *path,
                                                              GError                 **error);
HashiyaNetworkPositions *hashiya_network_positions_load_or_new (const char            *path,
                                                                GError               **error);
gboolean                 hashiya_network_positions_save      (HashiyaNetworkPositions *self,
                                                              const char              *path,
                                                              GError                 **error);
GBytes                  *hashiya_network_positions_to_bytes  (HashiyaNetworkPositions *self);
guint32                  hashiya_network_positions_get_seed  (HashiyaNetworkPositions *self);
void                     hashiya_network_positions_set_seed  (HashiyaNetworkPositions *self,
                                                              guint32                  seed);
guint                    hashiya_network_positions_get_size  (HashiyaNetworkPositions *self);
gboolean                 hashiya_network_positions_lookup    (HashiyaNetworkPositions *self,
                                                              const char              *actor_id,
                                                              double                  *x,
                                                              double                  *y,
                                                              gboolean                *pinned);
void                     hashiya_network_positions_set       (HashiyaNetworkPositions *self,
                                                              const char              *actor_id,
                                                              double                   x,
                                                              double                   y,
                                                              gboolean                 pinned);
void                     hashiya_network_positions_unpin     (HashiyaNetworkPositions *self,
                                                              const char              *actor_id);
void                     hashiya_network_positions_clear     (HashiyaNetworkPositions *self);

char                    *hashiya_network_positions_path_for_document (HashiyaDocument *document) G_GNUC_WARN_UNUSED_RESULT;
char                    *hashiya_network_positions_path_for_folder   (const char      *folder) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
