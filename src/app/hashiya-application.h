/* hashiya-application.h — the application: windows, actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_APPLICATION (hashiya_application_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaApplication, hashiya_application, HASHIYA, APPLICATION, AdwApplication)

HashiyaApplication *hashiya_application_new    (void);
void                hashiya_apply_color_scheme (GSettings *settings);
gboolean            hashiya_choose_renderer    (void);

G_END_DECLS
