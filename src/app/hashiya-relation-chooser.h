/* hashiya-relation-chooser.h — the target, the type and the mode of a new
 * relation, picked by typing or with the mouse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_RELATION_CHOOSER (hashiya_relation_chooser_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaRelationChooser, hashiya_relation_chooser, HASHIYA, RELATION_CHOOSER, GtkPopover)

/**
 * HashiyaRelationChooserStep:
 * @HASHIYA_RELATION_CHOOSER_STEP_TARGET: picking the target mention
 * @HASHIYA_RELATION_CHOOSER_STEP_TYPE: picking the type
 * @HASHIYA_RELATION_CHOOSER_STEP_MODE: picking the mode
 */
typedef enum
{
  HASHIYA_RELATION_CHOOSER_STEP_TARGET,
  HASHIYA_RELATION_CHOOSER_STEP_TYPE,
  HASHIYA_RELATION_CHOOSER_STEP_MODE,
} HashiyaRelationChooserStep;

GtkWidget                 *hashiya_relation_chooser_new             (void);
void                       hashiya_relation_chooser_start           (HashiyaRelationChooser *self,
                                                                     HashiyaDocument        *document,
                                                                     HashiyaMention         *source,
                                                                     GPtrArray              *targets);
void                       hashiya_relation_chooser_set_target      (HashiyaRelationChooser *self,
                                                                     HashiyaMention         *target);
HashiyaMention            *hashiya_relation_chooser_get_source      (HashiyaRelationChooser *self);
HashiyaMention            *hashiya_relation_chooser_get_target      (HashiyaRelationChooser *self);
HashiyaRelationChooserStep hashiya_relation_chooser_get_step        (HashiyaRelationChooser *self);
gboolean                   hashiya_relation_chooser_handle_key      (HashiyaRelationChooser *self,
                                                                     GtkEventControllerKey  *controller,
                                                                     guint                   keyval,
                                                                     GdkModifierType         state);
void                       hashiya_relation_chooser_show_error      (HashiyaRelationChooser *self,
                                                                     const char             *message);
void                       hashiya_relation_chooser_cancel          (HashiyaRelationChooser *self);

G_END_DECLS
