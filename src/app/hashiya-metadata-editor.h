/* hashiya-metadata-editor.h — a document's title, source, date, address
 * and tags, edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_METADATA_EDITOR (hashiya_metadata_editor_get_type ())

G_DECLARE_FINAL_TYPE (HashiyaMetadataEditor, hashiya_metadata_editor, HASHIYA, METADATA_EDITOR, AdwWindow)

HashiyaMetadataEditor *hashiya_metadata_editor_new   (GtkWindow             *parent,
                                                      HashiyaDocument       *document);
gboolean               hashiya_metadata_editor_apply (HashiyaMetadataEditor *self,
                                                      GError               **error);

G_END_DECLS
