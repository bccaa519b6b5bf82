/* hashiya-dialogs.h — the questions and reports a window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

void       hashiya_show_error                (GtkWindow                   *parent,
                                              const char                  *heading,
                                              const char                  *message);
GtkWidget *hashiya_save_changes_dialog_new   (GtkWindow                   *parent);
GtkWidget *hashiya_overwrite_dialog_new      (GtkWindow                   *parent,
                                              const char                  *message);
GtkWidget *hashiya_remove_actor_dialog_new   (GtkWindow                   *parent,
                                              HashiyaDocument             *document,
                                              HashiyaActor                *actor);
GtkWidget *hashiya_remove_mention_dialog_new (GtkWindow                   *parent,
                                              HashiyaMention              *mention,
                                              guint                        n_relations);
void       hashiya_show_reanchor_report      (GtkWindow                   *parent,
                                              const HashiyaReanchorReport *report,
                                              gboolean                     replaced,
                                              gboolean                     imported);
void       hashiya_show_import_problems      (GtkWindow                   *parent,
                                              GPtrArray                   *problems,
                                              const char                  *path);

G_END_DECLS
