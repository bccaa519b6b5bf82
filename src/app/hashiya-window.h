/* hashiya-window.h — the reading window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_WINDOW (hashiya_window_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaWindow, hashiya_window, HASHIYA, WINDOW, AdwApplicationWindow)

HashiyaWindow   *hashiya_window_new           (GtkApplication  *application);
void             hashiya_window_set_document  (HashiyaWindow   *self,
                                               HashiyaDocument *document,
                                               const char      *title);
HashiyaDocument *hashiya_window_get_document  (HashiyaWindow   *self);
GtkTextView     *hashiya_window_get_text_view (HashiyaWindow   *self);

G_END_DECLS
