/* hashiya-corpus-export.h — a whole corpus in another tool's format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-corpus.h"
#include "hashiya-export-util.h"

G_BEGIN_DECLS

gboolean hashiya_corpus_export_format_is_supported (HashiyaExportFormat          format);
gboolean hashiya_corpus_export                     (HashiyaCorpus               *self,
                                                    HashiyaExportFormat          format,
                                                    const HashiyaExportOptions  *options,
                                                    const char                  *path,
                                                    HashiyaCorpusProgressFunc    progress,
                                                    gpointer                     progress_data,
                                                    GPtrArray                  **problems,
                                                    GCancellable                *cancellable,
                                                    GError                     **error);

G_END_DECLS
