/* hashiya-pictures-actions.h — what the window does with its Pictures
 * page: showing it, opening a sentence in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-page.h"
#include "hashiya-pictures-page.h"

G_BEGIN_DECLS

void     hashiya_pictures_actions_add   (GtkWidget             *window,
                                         GtkStack              *stack,
                                         HashiyaPage           *page,
                                         HashiyaPicturesPage   *pictures);

G_END_DECLS
