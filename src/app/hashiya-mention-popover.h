/* hashiya-mention-popover.h — a mention's details, each one editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_MENTION_POPOVER (hashiya_mention_popover_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaMentionPopover, hashiya_mention_popover, HASHIYA, MENTION_POPOVER, GtkPopover)

GtkWidget      *hashiya_mention_popover_new         (void);
void            hashiya_mention_popover_set_mention (HashiyaMentionPopover *self,
                                                     HashiyaDocument       *document,
                                                     HashiyaMention        *mention);
HashiyaMention *hashiya_mention_popover_get_mention (HashiyaMentionPopover *self);

G_END_DECLS
