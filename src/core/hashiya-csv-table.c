/* hashiya-csv-table.c — reading and writing RFC 4180 CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields are separated by commas; a field in double quotes may hold
 * commas, line breaks and quotes (doubled). Records end in CRLF or LF.
 * The text is UTF-8, with or without a byte-order mark.
 */

#define G_LOG_DOMAIN "hashiya-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-csv-table.h"
#include "hashiya-error.h"

void
hashiya_csv_row_free (HashiyaCsvRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->fields);
  g_free (row);
}

/**
 * hashiya_csv_append_field:
 * @last: whether it ends the record
 *
 * Appends one field, quoted when it holds a comma, a quote or a line
 * break, and a comma after it or, for the last, CRLF.
 */
void
hashiya_csv_append_field (GString    *out,
                          const char *value,
                          gboolean    last)
{
  g_return_if_fail (out != NULL);

  if (value == NULL)
    value = "";
  /* A field that starts with a byte order mark is quoted: at the start of a
   * file, readers take the mark for the encoding's and drop it. */
  if (strpbrk (value, ",\"\r\n") == NULL && !g_str_has_prefix (value, "\xef\xbb\xbf"))
    g_string_append (out, value);
  else
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  g_string_append (out, last ? "\r\n" : ",");
}

/**
 * hashiya_csv_read:
 * @display_name: how errors name the file
 *
 * Reads a whole CSV file. Empty lines are skipped. Errors: the text is not
 * UTF-8 ("NAME: …"), or a quote is never closed ("NAME:LINE: …", the line
 * the field starts on).
 *
 * Returns: (transfer full) (element-type HashiyaCsvRow): the rows
 */
GPtrArray *
hashiya_csv_read (GBytes      *bytes,
                  const char  *display_name,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_csv_row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *end = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *p;
  guint line = 1, row_line = 1;
  gboolean quoted = FALSE, was_quoted = FALSE, any = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (data == NULL)
    data = "";
  if (!g_utf8_validate_len (data, size, &end))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING,
                   _("%s: not valid UTF-8 at byte offset %lu (byte 0x%02X): save the file as UTF-8 first"),
                   display_name, (gulong) (end - data), (guint) (guchar) *end);
      return NULL;
    }
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  for (p = data; p <= data + size; p++)
    {
      gboolean at_end = p == data + size;
      char c = at_end ? '\n' : *p;

      if (quoted)
        {
          if (at_end)
            {
              g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX,
                           _("%s:%u: a quoted field is never closed"), display_name, row_line);
              return NULL;
            }
          if (c == '"' && p + 1 < data + size && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = any = TRUE;
          continue;
        }
      if (c == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          any = TRUE;
          continue;
        }
      if (c == '\r' && (at_end || p + 1 == data + size || p[1] == '\n'))
        continue;
      if (c == '\n')
        {
          if (any || field->len > 0)
            {
              HashiyaCsvRow *row = g_new0 (HashiyaCsvRow, 1);

              g_ptr_array_add (fields, g_strdup (field->str));
              g_ptr_array_add (fields, NULL);
              row->line = row_line;
              row->fields = (char **) g_ptr_array_steal (fields, NULL);
              g_ptr_array_add (rows, row);
              g_string_truncate (field, 0);
            }
          was_quoted = any = FALSE;
          line++;
          row_line = line;
          continue;
        }
      g_string_append_c (field, c);
      any = TRUE;
    }

  return g_steal_pointer (&rows);
}
