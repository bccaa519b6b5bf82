/* hashiya-print-operation.h — printing, and PDF export, through GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

GtkPrintOperation *hashiya_print_operation_new (HashiyaDocument            *document,
                                                const HashiyaExportOptions *options);

G_END_DECLS
