/* hashiya-format-conflicts.h — a .hashiya's merge conflicts and who its
 * curated mentions and relations came from (version 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "hashiya-document-conflicts.h"

G_BEGIN_DECLS

/* The first version that holds "conflicts" and "curated_from". */
#define HASHIYA_FORMAT_CONFLICTS_VERSION 6

gboolean _hashiya_format_needs_conflicts_version (HashiyaDocument  *document);
void     _hashiya_format_append_curation         (GString          *out,
                                                  HashiyaDocument  *document);
void     _hashiya_append_conflict_line           (GString          *out,
                                                  HashiyaDocument  *document,
                                                  HashiyaConflict  *conflict);
gboolean _hashiya_format_read_conflicts          (JsonObject       *root,
                                                  guint             version,
                                                  HashiyaDocument  *document,
                                                  const char       *display_name,
                                                  GError          **error);

G_END_DECLS
