/* hashiya-swatch.h — a small round patch of an actor's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_SWATCH (hashiya_swatch_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaSwatch, hashiya_swatch, HASHIYA, SWATCH, GtkWidget)

GtkWidget *hashiya_swatch_new       (void);
void       hashiya_swatch_set_color (HashiyaSwatch *self,
                                     const char    *color);
const GdkRGBA *hashiya_swatch_get_color (HashiyaSwatch *self);

G_END_DECLS
