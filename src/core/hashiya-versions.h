/* hashiya-versions.h — the annotators' versions of a document in a corpus
 * (annotators/NAME/DOC.hashiya), and how far they agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-agreement.h"

G_BEGIN_DECLS

char             *hashiya_versions_owner       (const char          *path) G_GNUC_WARN_UNUSED_RESULT;
char             *hashiya_versions_curated_path (const char         *path) G_GNUC_WARN_UNUSED_RESULT;
GStrv             hashiya_versions_find        (const char          *path);
HashiyaAgreement *hashiya_versions_agree       (const char * const  *paths,
                                                GCancellable        *cancellable,
                                                GError             **error);
void              hashiya_versions_agree_async (const char * const  *paths,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
HashiyaAgreement *hashiya_versions_agree_finish (GAsyncResult       *result,
                                                 GError            **error);

G_END_DECLS
