/* hashiya-annotator.h — the annotator's name, from the preferences to the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void hashiya_annotator_follow_settings (GSettings *settings);

G_END_DECLS
