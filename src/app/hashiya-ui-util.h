/* hashiya-ui-util.h — small helpers the widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

void          hashiya_popover_return_focus   (GtkPopover     *popover);
char         *hashiya_isolate                (const char     *text) G_GNUC_WARN_UNUSED_RESULT;
void          hashiya_entry_steps_list       (GtkWidget      *entry,
                                              GtkListView    *list_view);

const char   *hashiya_actor_get_display_name (HashiyaActor   *actor);
gboolean      hashiya_actor_matches          (HashiyaActor   *actor,
                                              const char     *query);
const char   *hashiya_actor_pick_color       (HashiyaCatalog *catalog);
HashiyaActor *hashiya_actor_new_named        (HashiyaCatalog *catalog,
                                              const char     *name) G_GNUC_WARN_UNUSED_RESULT;

const char   *hashiya_relation_type_get_display_name (HashiyaRelationType *type);
char        **hashiya_relation_modes                 (void) G_GNUC_WARN_UNUSED_RESULT;
const char   *hashiya_relation_mode_get_display_name (const char          *mode);
const char   *hashiya_modality_get_display_name       (HashiyaModality      modality);
gboolean      hashiya_relation_type_matches          (HashiyaRelationType *type,
                                                      const char          *folded_query);

char         *hashiya_fold_for_search        (const char     *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean      hashiya_folded_contains        (const char     *text,
                                              const char     *folded_query);

G_END_DECLS
