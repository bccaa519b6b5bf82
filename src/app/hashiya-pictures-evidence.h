/* hashiya-pictures-evidence.h — the rows of the sentences of an actor or
 * a link under the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-network-evidence.h"

G_BEGIN_DECLS

GtkListItemFactory *hashiya_pictures_evidence_factory_new (const gboolean *with_titles);

G_END_DECLS
