/* hashiya-pictures-filters.h — the filters of the Pictures page's
 * toolbar: edges, relation type, quad classes, kinds of actor, least
 * count, the names' language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_PICTURES_FILTERS (hashiya_pictures_filters_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPicturesFilters, hashiya_pictures_filters, HASHIYA, PICTURES_FILTERS, GtkWidget)

void            hashiya_pictures_filters_set_catalog       (HashiyaPicturesFilters *self,
                                                            HashiyaRelationCatalog *catalog);
void            hashiya_pictures_filters_apply             (HashiyaPicturesFilters *self,
                                                            HashiyaNetworkFilter   *filter);
gboolean        hashiya_pictures_filters_get_arabic        (HashiyaPicturesFilters *self);
GtkCheckButton *hashiya_pictures_filters_get_english_check (HashiyaPicturesFilters *self);
void            hashiya_pictures_filters_set_network_shown (HashiyaPicturesFilters *self,
                                                            gboolean                shown);

G_END_DECLS
