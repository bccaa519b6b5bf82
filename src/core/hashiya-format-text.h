/* hashiya-format-text.h — a .hashiya's text, read straight from its line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text's content found on its line and decoded: the string's bytes
 * in the file (quotes included), and what it says. */
typedef struct
{
  gsize  start;
  gsize  end;
  char  *content;
  gsize  n_bytes;
  char   sha256[65];
  guint  length;
} HashiyaTextLine;

gboolean _hashiya_read_text_line  (const char      *data,
                                   gsize            limit,
                                   HashiyaTextLine *line);
void     _hashiya_text_line_clear (HashiyaTextLine *line);

G_END_DECLS
