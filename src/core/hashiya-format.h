/* hashiya-format.h — the .hashiya file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

/* The newest version this program writes and the newest it reads. */
/* Version 1 files are written as version 1 while they have no orphans,
 * so that they still read back byte for byte. */
#define HASHIYA_FORMAT_VERSION 6

HashiyaDocument *hashiya_format_read           (GBytes               *bytes,
                                                const char           *display_name,
                                                GError              **error);
HashiyaDocument *hashiya_format_read_take      (GBytes              **bytes,
                                                const char           *display_name,
                                                GError              **error);
GBytes          *hashiya_format_write          (HashiyaDocument      *document);

typedef struct _HashiyaFormatWriter HashiyaFormatWriter;

HashiyaFormatWriter *hashiya_format_writer_new    (HashiyaDocument     *document);
gboolean             hashiya_format_writer_step   (HashiyaFormatWriter *self,
                                                   guint                n_items);
GBytes              *hashiya_format_writer_finish (HashiyaFormatWriter *self);
void                 hashiya_format_writer_free   (HashiyaFormatWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaFormatWriter, hashiya_format_writer_free)

HashiyaDocument *hashiya_format_read_preview   (GBytes               *bytes,
                                                guint                 before);

G_END_DECLS
