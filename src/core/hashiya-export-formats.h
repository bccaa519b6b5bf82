/* hashiya-export-formats.h — the writers and readers of each format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used through hashiya-export.h and hashiya-open.h; the tests and the
 * fuzzers call them directly.
 */

#pragma once

#include "hashiya-export-util.h"

G_BEGIN_DECLS

GBytes          *hashiya_w3c_write   (HashiyaDocument            *document,
                                      const HashiyaExportOptions *options);
gboolean         hashiya_w3c_read    (HashiyaDocument            *document,
                                      GBytes                     *bytes,
                                      const char                 *display_name,
                                      GPtrArray                 **problems,
                                      GError                    **error);

GBytes          *hashiya_jsonl_write (HashiyaDocument            *document,
                                      const HashiyaExportOptions *options);
HashiyaDocument *hashiya_jsonl_read  (GBytes                     *bytes,
                                      const char                 *display_name,
                                      HashiyaCatalog             *catalog,
                                      GPtrArray                 **problems,
                                      GError                    **error);

GBytes          *hashiya_conll_write (HashiyaDocument            *document,
                                      const HashiyaExportOptions *options);
GArray          *hashiya_conll_tokenize (HashiyaText            *text);
HashiyaDocument *hashiya_conll_read  (GBytes                     *bytes,
                                      const char                 *display_name,
                                      HashiyaCatalog             *catalog,
                                      GPtrArray                 **problems,
                                      GError                    **error);

GBytes          *hashiya_html_write  (HashiyaDocument            *document,
                                      const HashiyaExportOptions *options);
GBytes          *hashiya_csv_write   (HashiyaDocument            *document,
                                      const HashiyaExportOptions *options);
GBytes          *hashiya_pdf_write   (HashiyaDocument            *document,
                                      const HashiyaExportOptions *options,
                                      GError                    **error);

G_END_DECLS
