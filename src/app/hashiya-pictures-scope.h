/* hashiya-pictures-scope.h — which documents of a set the pictures take:
 * a date range, sources, the documents themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_PICTURES_SCOPE (hashiya_pictures_scope_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPicturesScope, hashiya_pictures_scope, HASHIYA, PICTURES_SCOPE, GtkWidget)

void        hashiya_pictures_scope_set_documents (HashiyaPicturesScope *self,
                                                  GPtrArray            *documents);
void        hashiya_pictures_scope_apply         (HashiyaPicturesScope *self,
                                                  HashiyaNetworkFilter *filter);
void        hashiya_pictures_scope_set_dates     (HashiyaPicturesScope *self,
                                                  const char           *from,
                                                  const char           *to);
const char *hashiya_pictures_scope_get_from      (HashiyaPicturesScope *self);
const char *hashiya_pictures_scope_get_to        (HashiyaPicturesScope *self);
void        hashiya_pictures_scope_show_result   (HashiyaPicturesScope *self,
                                                  HashiyaNetwork       *network);

G_END_DECLS
