/* hashiya-recent-menu.h — the files Hashiya opened or saved lately
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GMenuModel *hashiya_recent_menu_new (void);

G_END_DECLS
