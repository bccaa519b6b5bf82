/* hashiya-session.h — drafts of unsaved work, and recovery after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_SESSION (hashiya_session_get_type ())

#define HASHIYA_SESSION_VERSION 1

G_DECLARE_FINAL_TYPE (HashiyaSession, hashiya_session, HASHIYA, SESSION, GObject)

HashiyaSession *hashiya_session_new            (GSettings      *settings,
                                                const char     *directory);
void            hashiya_session_add_file       (HashiyaSession      *self,
                                                HashiyaDocumentFile *file);
void            hashiya_session_remove_file    (HashiyaSession      *self,
                                                HashiyaDocumentFile *file);
void            hashiya_session_save_now       (HashiyaSession *self);
gboolean        hashiya_session_get_busy       (HashiyaSession *self);
GPtrArray      *hashiya_session_restore        (HashiyaSession *self);

G_END_DECLS
