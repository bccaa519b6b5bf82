/* hashiya-preferences-window.h — the settings a reader changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_PREFERENCES_WINDOW (hashiya_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaPreferencesWindow, hashiya_preferences_window, HASHIYA, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *hashiya_preferences_window_new (GtkWindow *parent,
                                           GSettings *settings);

G_END_DECLS
