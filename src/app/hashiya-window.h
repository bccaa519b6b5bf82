/* hashiya-window.h — the reading and annotating window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"
#include "hashiya-text-view.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_WINDOW (hashiya_window_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaWindow, hashiya_window, HASHIYA, WINDOW, AdwApplicationWindow)

HashiyaWindow   *hashiya_window_new           (GtkApplication  *application);
void             hashiya_window_set_document  (HashiyaWindow   *self,
                                               HashiyaDocument *document,
                                               const char      *path);
HashiyaDocument *hashiya_window_get_document  (HashiyaWindow   *self);
const char      *hashiya_window_get_path      (HashiyaWindow   *self);
HashiyaTextView *hashiya_window_get_text_view (HashiyaWindow   *self);
gboolean         hashiya_window_is_pristine   (HashiyaWindow   *self);
const char      *hashiya_window_get_draft_id  (HashiyaWindow   *self);
void             hashiya_window_set_draft_id  (HashiyaWindow   *self,
                                               const char      *draft_id);
HashiyaCatalog  *hashiya_window_get_default_catalog (HashiyaWindow *self);
void             hashiya_window_load_file     (HashiyaWindow   *self,
                                               GFile           *file);
void             hashiya_window_save_to       (HashiyaWindow   *self,
                                               const char      *path);
void             hashiya_window_export        (HashiyaWindow              *self,
                                               HashiyaExportFormat         format,
                                               const HashiyaExportOptions *options,
                                               const char                 *path);
void             hashiya_window_export_brat   (HashiyaWindow   *self,
                                               const char      *folder);
void             hashiya_window_replace_text  (HashiyaWindow   *self,
                                               HashiyaText     *text);
void             hashiya_window_show_sample   (HashiyaWindow   *self);
void             hashiya_window_set_untitled_name (HashiyaWindow *self,
                                                   const char    *name);
char            *hashiya_window_dup_name      (HashiyaWindow   *self) G_GNUC_WARN_UNUSED_RESULT;
GFile           *hashiya_window_dup_folder    (HashiyaWindow   *self) G_GNUC_WARN_UNUSED_RESULT;
gboolean         hashiya_window_load_catalog  (HashiyaWindow   *self,
                                               const char      *path,
                                               GError         **error);
gboolean         hashiya_window_save_catalog  (HashiyaWindow   *self,
                                               const char      *path,
                                               GError         **error);
void             hashiya_window_show_text     (HashiyaWindow   *self,
                                               HashiyaText     *text);

G_END_DECLS
