/* hashiya-format-text.c — a .hashiya's text, read straight from its line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-format-text.h"
#include "hashiya-json.h"

/* The writer puts the whole text on one line of its own:
 *
 *   "text": {"sha256": "…", "length": N, "bom": B, "content": "…"},
 *
 * Read from there, a text of megabytes goes from the file's bytes to its
 * own string once, instead of through a JSON parser's buffers and tree.
 * Anything else — another layout, an escaped NUL (json-glib ends the
 * string there), a control character, half a surrogate pair, bytes that
 * are not UTF-8 — is left to the general reader, so that what is read
 * and every error stay its own. */

#define LINE_START "\n  \"text\": {\"sha256\": \""

/* The string's end: its closing quote, from P just after the opening one. */
static const char *
string_end (const char *p,
            const char *end)
{
  for (; p < end; p++)
    {
      if (*p == '"')
        return p;
      if ((guchar) *p < 0x20)
        return NULL;
      if (*p == '\\' && ++p == end)
        return NULL;
    }
  return NULL;
}

/* Decodes the string from P to CLOSE (its closing quote) into OUT, which
 * has room for as many bytes: an escape is never shorter than what it
 * stands for. */
static gboolean
decode_string (const char *p,
               const char *close,
               char       *out,
               gsize      *n_bytes)
{
  char *w = out;

  while (p < close)
    {
      const char *escape = memchr (p, '\\', close - p);
      gsize run = (escape != NULL ? escape : close) - p;
      gunichar c;

      memcpy (w, p, run);
      w += run;
      p += run;
      if (p == close)
        break;

      p++;
      if (!hashiya_json_read_escape (&p, close, &c))
        return FALSE;
      w += g_unichar_to_utf8 (c, w);
    }

  *w = '\0';
  *n_bytes = (gsize) (w - out);
  return TRUE;
}

/*
 * _hashiya_read_text_line:
 * @data: the file
 * @limit: where to stop looking (the text comes before the mentions)
 *
 * Finds the text's line, laid out as the writer lays it out, in @data and
 * decodes its content into @line. %FALSE when there is no such line or
 * its string is one for the general reader (see above).
 */
gboolean
_hashiya_read_text_line (const char      *data,
                         gsize            limit,
                         HashiyaTextLine *line)
{
  const char *end = data + limit;
  const char *p, *digits, *close;
  guint64 length = 0;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (line != NULL, FALSE);

  memset (line, 0, sizeof *line);
  if ((p = g_strstr_len (data, limit, LINE_START)) == NULL)
    return FALSE;
  p += strlen (LINE_START);

  if (end - p < 64)
    return FALSE;
  for (int i = 0; i < 64; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;
  memcpy (line->sha256, p, 64);
  p += 64;

  if (!hashiya_json_skip_literal (&p, end, "\", \"length\": "))
    return FALSE;
  for (digits = p; p < end && g_ascii_isdigit (*p) && p - digits < 10; p++)
    length = length * 10 + (guint64) (*p - '0');
  if (p == digits || (*digits == '0' && p - digits > 1) || length > G_MAXUINT)
    return FALSE;
  line->length = (guint) length;

  if (!hashiya_json_skip_literal (&p, end, ", \"bom\": ") ||
      !(hashiya_json_skip_literal (&p, end, "true") || hashiya_json_skip_literal (&p, end, "false")) ||
      !hashiya_json_skip_literal (&p, end, ", \"content\": \""))
    return FALSE;

  line->start = (gsize) (p - 1 - data);
  if ((close = string_end (p, end)) == NULL || !g_utf8_validate (p, close - p, NULL))
    return FALSE;
  line->end = (gsize) (close + 1 - data);
  p = close + 1;
  if (!hashiya_json_skip_literal (&p, end, "},\n"))
    return FALSE;

  line->content = g_malloc (close - (data + line->start));
  if (!decode_string (data + line->start + 1, close, line->content, &line->n_bytes))
    {
      _hashiya_text_line_clear (line);
      return FALSE;
    }
  return TRUE;
}

void
_hashiya_text_line_clear (HashiyaTextLine *line)
{
  g_clear_pointer (&line->content, g_free);
}
