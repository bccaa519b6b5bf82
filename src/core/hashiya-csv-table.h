/* hashiya-csv-table.h — reading and writing RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * HashiyaCsvRow:
 * @line: the line the row starts on, from 1
 * @fields: its fields, unquoted
 */
typedef struct
{
  guint   line;
  char  **fields;
} HashiyaCsvRow;

void       hashiya_csv_row_free     (HashiyaCsvRow *row);
GPtrArray *hashiya_csv_read         (GBytes        *bytes,
                                     const char    *display_name,
                                     GError       **error);
void       hashiya_csv_append_field (GString       *out,
                                     const char    *value,
                                     gboolean       last);

G_END_DECLS
