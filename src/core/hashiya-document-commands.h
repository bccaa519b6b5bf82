/* hashiya-document-commands.h — the undoable changes of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-document.h"

G_BEGIN_DECLS

HashiyaCommand *_hashiya_command_add_mention_new      (HashiyaMention  *mention);
HashiyaCommand *_hashiya_command_remove_mention_new   (HashiyaMention  *mention);
HashiyaCommand *_hashiya_command_change_mention_new   (HashiyaMention  *mention,
                                                       HashiyaMention  *new_state);
HashiyaCommand *_hashiya_command_add_relation_new     (HashiyaRelation *relation);
HashiyaCommand *_hashiya_command_remove_relation_new  (HashiyaRelation *relation);
HashiyaCommand *_hashiya_command_change_relation_new  (HashiyaRelation *relation,
                                                       HashiyaRelation *new_state);
HashiyaCommand *_hashiya_command_add_actor_new        (HashiyaActor    *actor,
                                                       guint            position);
HashiyaCommand *_hashiya_command_remove_actor_new     (HashiyaActor    *actor,
                                                       guint            position);
HashiyaCommand *_hashiya_command_change_actor_new     (HashiyaActor    *actor,
                                                       HashiyaActor    *new_state);
HashiyaCommand *_hashiya_command_replace_catalog_new  (HashiyaCatalog  *catalog);
HashiyaCommand *_hashiya_command_change_metadata_new  (HashiyaDocument       *document,
                                                       const HashiyaMetadata *metadata);

G_END_DECLS
