/* hashiya-brat-write.h — brat standoff export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

gboolean         hashiya_brat_export        (HashiyaDocument     *document,
                                             const char          *directory,
                                             const char          *name,
                                             GError             **error);
void             hashiya_brat_export_async  (HashiyaDocument     *document,
                                             const char          *directory,
                                             const char          *name,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean         hashiya_brat_export_finish (HashiyaDocument     *document,
                                             GAsyncResult        *result,
                                             GError             **error);

GBytes          *hashiya_brat_write_ann     (HashiyaDocument     *document);

G_END_DECLS
