/* hashiya-actor-chooser.h — pick an actor by typing part of its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_ACTOR_CHOOSER (hashiya_actor_chooser_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaActorChooser, hashiya_actor_chooser, HASHIYA, ACTOR_CHOOSER, GtkPopover)

GtkWidget *hashiya_actor_chooser_new         (void);
void       hashiya_actor_chooser_set_catalog (HashiyaActorChooser *self,
                                              HashiyaCatalog      *catalog);
void       hashiya_actor_chooser_set_query   (HashiyaActorChooser *self,
                                              const char          *query);
gboolean   hashiya_actor_chooser_choose      (HashiyaActorChooser *self);
gboolean   hashiya_actor_chooser_choose_new  (HashiyaActorChooser *self);
gboolean   hashiya_actor_chooser_add_new     (HashiyaActorChooser  *self,
                                              HashiyaDocument      *document,
                                              const char           *name,
                                              GError              **error);

G_END_DECLS
