/* hashiya-print-layout.h — a document laid out on pages, for print and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "hashiya-document.h"
#include "hashiya-export-util.h"

G_BEGIN_DECLS

/* A4, in points, and its margins. */
#define HASHIYA_PAGE_WIDTH  595.276
#define HASHIYA_PAGE_HEIGHT 841.890
#define HASHIYA_PAGE_MARGIN 56.0

typedef struct _HashiyaPrintLayout HashiyaPrintLayout;

HashiyaPrintLayout *hashiya_print_layout_new       (HashiyaDocument            *document,
                                                    const HashiyaExportOptions *options,
                                                    PangoContext               *context,
                                                    double                      width,
                                                    double                      height);
void                hashiya_print_layout_free      (HashiyaPrintLayout         *self);
guint               hashiya_print_layout_get_n_pages (HashiyaPrintLayout       *self);
void                hashiya_print_layout_draw_page (HashiyaPrintLayout         *self,
                                                    cairo_t                    *cr,
                                                    guint                       page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaPrintLayout, hashiya_print_layout_free)

G_END_DECLS
