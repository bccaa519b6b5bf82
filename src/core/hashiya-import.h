/* hashiya-import.h — making a document from another tool's annotations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-catalog.h"
#include "hashiya-document.h"

G_BEGIN_DECLS

/* For the importers: what they share. */
typedef struct _HashiyaImport HashiyaImport;

/* The name of the place NUMBER of a file, e.g. "annotation 3". */
typedef char *(*HashiyaImportPlaceFunc) (guint number);

HashiyaImport   *hashiya_import_new           (HashiyaDocument  *document,
                                               const char       *display_name);
void             hashiya_import_free          (HashiyaImport    *self);
HashiyaDocument *hashiya_import_get_document  (HashiyaImport    *self);
void             hashiya_import_set_place_func (HashiyaImport          *self,
                                                HashiyaImportPlaceFunc  place_name);
void             hashiya_import_report        (HashiyaImport    *self,
                                               guint             line,
                                               const char       *format,
                                               ...) G_GNUC_PRINTF (3, 4);
const char      *hashiya_import_resolve_actor (HashiyaImport    *self,
                                               guint             line,
                                               const char       *actor_id,
                                               const char       *label,
                                               const char       *name,
                                               const char       *covered);
void             hashiya_import_narrow        (HashiyaImport    *self,
                                               const char       *actor_id,
                                               guint            *start,
                                               guint            *end);
void             hashiya_import_keep_label    (HashiyaImport    *self,
                                               HashiyaMention   *mention,
                                               const char       *label);
void             hashiya_import_add_mention   (HashiyaImport    *self,
                                               guint             line,
                                               const char       *name,
                                               HashiyaMention   *mention);
void             hashiya_import_place         (HashiyaImport    *self);
gboolean         hashiya_import_was_imported  (HashiyaImport    *self,
                                               const char       *id);
const char      *hashiya_import_resolve_relation_type (HashiyaImport *self,
                                                       guint          line,
                                                       const char    *name,
                                                       const char    *label);
gboolean         hashiya_import_add_relation  (HashiyaImport    *self,
                                               guint             line,
                                               const char       *name,
                                               HashiyaRelation  *relation);
GPtrArray       *hashiya_import_finish        (HashiyaImport    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaImport, hashiya_import_free)

G_END_DECLS
