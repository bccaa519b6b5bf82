/* hashiya-relation-suggest.h — a document's relations suggested on a
 * worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

void     hashiya_relation_suggest_async  (HashiyaDocument      *document,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean hashiya_relation_suggest_finish (HashiyaDocument      *document,
                                          GAsyncResult         *result,
                                          guint                *added,
                                          GError              **error);

G_END_DECLS
