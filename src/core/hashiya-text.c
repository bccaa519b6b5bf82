/* hashiya-text.c — immutable UTF-8 text addressed by code point offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-error.h"
#include "hashiya-grapheme.h"
#include "hashiya-text.h"

/* Every CHECKPOINT_STEP-th code point has its byte offset stored, so that
 * turning an offset into a byte position walks at most that many chars. */
#define CHECKPOINT_STEP 64

/* Offsets are guint and byte positions guint32: keep well inside both,
 * and inside what a desktop can index and show. */
#define HASHIYA_TEXT_MAX_BYTES (HASHIYA_TEXT_MAX_MIB * 1024u * 1024u)

struct _HashiyaText
{
  gatomicrefcount  ref_count;
  char            *data;
  gsize            n_bytes;
  guint            length;
  gboolean         has_bom;
  guint32         *checkpoints;
  guint           *line_starts;
  guint            n_line_starts;
  guint            n_lines;
  guint            longest_line;
  char            *sha256;
};

G_DEFINE_BOXED_TYPE (HashiyaText, hashiya_text, hashiya_text_ref, hashiya_text_unref)

static const guchar utf8_bom[] = { 0xEF, 0xBB, 0xBF };

/**
 * hashiya_utf8_check:
 *
 * Checks that @data is text Hashiya can work on: valid UTF-8 without NUL
 * bytes. The error names the byte offset of the first bad byte.
 */
gboolean
hashiya_utf8_check (const char  *data,
                    gsize        n_bytes,
                    GError     **error)
{
  const char *nul;
  const char *end = NULL;

  g_return_val_if_fail (data != NULL || n_bytes == 0, FALSE);

  if (n_bytes >= 2 &&
      (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
       ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING,
                           _("the text is UTF-16, not UTF-8: save it as UTF-8 first"));
      return FALSE;
    }

  nul = memchr (data, '\0', n_bytes);
  if (nul != NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_BINARY,
                   _("a NUL byte at byte offset %lu: this is binary data, not text"),
                   (gulong) (nul - data));
      return FALSE;
    }

  if (!g_utf8_validate_len (data, n_bytes, &end))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING,
                   _("not valid UTF-8 at byte offset %lu (byte 0x%02X): save the text as UTF-8 first"),
                   (gulong) (end - data), (guchar) *end);
      return FALSE;
    }

  return TRUE;
}

static void
index_text (HashiyaText *self)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_checkpoints = 0;
  guint offset = 0;
  guint zero = 0;
  const char *p = self->data;
  const char *end = self->data + self->n_bytes;

  self->length = (guint) g_utf8_strlen (self->data, self->n_bytes);
  self->checkpoints = g_new (guint32, self->length / CHECKPOINT_STEP + 1);
  g_array_append_val (lines, zero);

  for (; p < end; p = g_utf8_next_char (p), offset++)
    {
      if (offset % CHECKPOINT_STEP == 0)
        self->checkpoints[n_checkpoints++] = (guint32) (p - self->data);

      /* "\r\n", "\r" and "\n" each end a line. */
      if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
        {
          guint next = offset + 1;
          g_array_append_val (lines, next);
        }
    }

  self->n_line_starts = lines->len;
  for (guint i = 0; i < lines->len; i++)
    {
      guint next = i + 1 < lines->len ? g_array_index (lines, guint, i + 1) : self->length;
      self->longest_line = MAX (self->longest_line, next - g_array_index (lines, guint, i));
    }
  /* A final line break ends the last line rather than starting an empty one. */
  self->n_lines = lines->len;
  if (self->length > 0 && g_array_index (lines, guint, lines->len - 1) == self->length)
    self->n_lines--;
  self->line_starts = (guint *) (void *) g_array_free (g_steal_pointer (&lines), FALSE);
}

/* Refuses what hashiya_text_new() refuses, on the text after its byte
 * order mark (*SKIP bytes, 0 or 3). */
static gboolean
check_text (const char  *data,
            gsize        n_bytes,
            gsize       *skip,
            GError     **error)
{
  *skip = n_bytes >= sizeof utf8_bom && memcmp (data, utf8_bom, sizeof utf8_bom) == 0 ? sizeof utf8_bom : 0;
  data += *skip;
  n_bytes -= *skip;

  if (n_bytes == 0)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("the text is empty"));
      return FALSE;
    }

  if (n_bytes > HASHIYA_TEXT_MAX_BYTES)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                   _("the text is %lu MiB; Hashiya handles up to %u MiB"),
                   (gulong) (n_bytes / (1024 * 1024)), HASHIYA_TEXT_MAX_MIB);
      return FALSE;
    }

  return hashiya_utf8_check (data, n_bytes, error);
}

static HashiyaText *
text_new_take (char     *data,
               gsize     n_bytes,
               gboolean  has_bom)
{
  HashiyaText *self = g_new0 (HashiyaText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->data = data;
  self->n_bytes = n_bytes;
  self->has_bom = has_bom;
  index_text (self);

  return self;
}

/**
 * hashiya_text_new:
 *
 * Makes a text from UTF-8 bytes. A leading byte order mark is removed and
 * remembered (see hashiya_text_to_bytes()). Empty text, NUL bytes and
 * invalid UTF-8 are refused.
 */
HashiyaText *
hashiya_text_new (const char  *data,
                  gsize        n_bytes,
                  GError     **error)
{
  gsize skip;

  g_return_val_if_fail (data != NULL || n_bytes == 0, NULL);

  if (!check_text (data, n_bytes, &skip, error))
    return NULL;
  return text_new_take (g_strndup (data + skip, n_bytes - skip), n_bytes - skip, skip > 0);
}

/**
 * hashiya_text_new_take:
 * @data: (transfer full): UTF-8 bytes, with a NUL after them
 * @n_bytes: how many bytes @data has before its NUL
 * @error: where to say why @data is refused
 *
 * Makes a text as hashiya_text_new() does, from bytes it takes over
 * instead of copying: a big text is never twice in memory. Refused bytes
 * are freed.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with @error set
 */
HashiyaText *
hashiya_text_new_take (char    *data,
                       gsize    n_bytes,
                       GError **error)
{
  gsize skip;

  g_return_val_if_fail (data != NULL, NULL);

  if (G_UNLIKELY (data[n_bytes] != '\0'))
    {
      g_free (data);
      g_return_val_if_reached (NULL);
    }
  if (!check_text (data, n_bytes, &skip, error))
    {
      g_free (data);
      return NULL;
    }
  if (skip > 0)
    memmove (data, data + skip, n_bytes - skip + 1);
  return text_new_take (data, n_bytes - skip, skip > 0);
}

HashiyaText *
hashiya_text_new_from_bytes (GBytes  *bytes,
                             GError **error)
{
  gsize n_bytes = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &n_bytes);
  return hashiya_text_new (data, n_bytes, error);
}

HashiyaText *
hashiya_text_ref (HashiyaText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hashiya_text_unref (HashiyaText *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->data);
  g_free (self->checkpoints);
  g_free (self->line_starts);
  g_free (self->sha256);
  g_free (self);
}

const char *
hashiya_text_get_data (HashiyaText *self,
                       gsize       *n_bytes)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_bytes != NULL)
    *n_bytes = self->n_bytes;
  return self->data;
}

guint
hashiya_text_get_length (HashiyaText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->length;
}

/**
 * hashiya_text_get_n_lines:
 *
 * The number of lines: every line break ends a line, and text after the
 * last break is one more line.
 */
guint
hashiya_text_get_n_lines (HashiyaText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_lines;
}

/* The length of the longest line, in code points (line break included). */
guint
hashiya_text_get_longest_line (HashiyaText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->longest_line;
}

gboolean
hashiya_text_get_has_bom (HashiyaText *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_bom;
}

void
hashiya_text_set_has_bom (HashiyaText *self,
                          gboolean     has_bom)
{
  g_return_if_fail (self != NULL);

  self->has_bom = !!has_bom;
}

/**
 * hashiya_text_get_sha256:
 *
 * The SHA-256 of the text's UTF-8 bytes, without a byte order mark.
 */
const char *
hashiya_text_get_sha256 (HashiyaText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (g_once_init_enter (&self->sha256))
    {
      char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                               (const guchar *) self->data,
                                               self->n_bytes);
      g_once_init_leave (&self->sha256, sum);
    }

  return self->sha256;
}

/**
 * hashiya_text_to_bytes:
 * @with_bom: whether to put back the byte order mark the text came with
 */
GBytes *
hashiya_text_to_bytes (HashiyaText *self,
                       gboolean     with_bom)
{
  GByteArray *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_byte_array_sized_new (self->n_bytes + sizeof utf8_bom);
  if (with_bom && self->has_bom)
    g_byte_array_append (out, utf8_bom, sizeof utf8_bom);
  g_byte_array_append (out, (const guint8 *) self->data, self->n_bytes);

  return g_byte_array_free_to_bytes (out);
}

gsize
hashiya_text_offset_to_byte (HashiyaText *self,
                             guint        offset)
{
  const char *p;
  guint at;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (offset <= self->length, self->n_bytes);

  if (offset == self->length)
    return self->n_bytes;

  at = offset - offset % CHECKPOINT_STEP;
  p = self->data + self->checkpoints[at / CHECKPOINT_STEP];
  for (; at < offset; at++)
    p = g_utf8_next_char (p);

  return (gsize) (p - self->data);
}

gunichar
hashiya_text_get_char (HashiyaText *self,
                       guint        offset)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (offset < self->length, 0);

  return g_utf8_get_char (self->data + hashiya_text_offset_to_byte (self, offset));
}

/**
 * hashiya_text_slice:
 *
 * Returns: (transfer full): the text between @start and @end, clamped to
 *   the text.
 */
char *
hashiya_text_slice (HashiyaText *self,
                    guint        start,
                    guint        end)
{
  gsize from, to;

  g_return_val_if_fail (self != NULL, NULL);

  end = MIN (end, self->length);
  start = MIN (start, end);
  from = hashiya_text_offset_to_byte (self, start);
  to = hashiya_text_offset_to_byte (self, end);

  return g_strndup (self->data + from, to - from);
}

gboolean
hashiya_text_range_equals (HashiyaText *self,
                           guint        start,
                           guint        end,
                           const char  *utf8)
{
  gsize from, to, len;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (utf8 != NULL, FALSE);

  if (start > end || end > self->length)
    return FALSE;

  from = hashiya_text_offset_to_byte (self, start);
  to = hashiya_text_offset_to_byte (self, end);
  len = strlen (utf8);

  return len == to - from && memcmp (self->data + from, utf8, len) == 0;
}

/**
 * hashiya_text_offset_to_line:
 * @line: (out) (optional): the 1-based line
 * @column: (out) (optional): the 1-based column, in code points
 */
void
hashiya_text_offset_to_line (HashiyaText *self,
                             guint        offset,
                             guint       *line,
                             guint       *column)
{
  guint lo = 0;
  guint hi;

  g_return_if_fail (self != NULL);

  offset = MIN (offset, self->length);
  hi = self->n_line_starts;

  /* The last line start at or before offset. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->line_starts[mid] <= offset)
        lo = mid;
      else
        hi = mid;
    }

  if (line != NULL)
    *line = lo + 1;
  if (column != NULL)
    *column = offset - self->line_starts[lo] + 1;
}

guint
hashiya_text_line_to_offset (HashiyaText *self,
                             guint        line)
{
  g_return_val_if_fail (self != NULL, 0);

  if (line == 0)
    return 0;
  if (line > self->n_line_starts)
    return self->length;
  return self->line_starts[line - 1];
}

/* Whether a grapheme cluster may end between @before and @after, the
 * code points before and at @offset: the rules of UAX #29 (GB3 to GB999),
 * on the classes of the Unicode Character Database. */
static gboolean
is_cluster_break (HashiyaText *self,
                  guint        offset,
                  gunichar     before,
                  gunichar     after)
{
  HashiyaGcb left = hashiya_grapheme_class (before);
  HashiyaGcb right = hashiya_grapheme_class (after);

  switch (left)
    {
    case HASHIYA_GCB_CR:
      return right != HASHIYA_GCB_LF;                                     /* GB3, GB4 */
    case HASHIYA_GCB_LF:
    case HASHIYA_GCB_CONTROL:
      return TRUE;                                                        /* GB4 */
    case HASHIYA_GCB_OTHER:
    case HASHIYA_GCB_EXTEND:
    case HASHIYA_GCB_ZWJ:
    case HASHIYA_GCB_REGIONAL_INDICATOR:
    case HASHIYA_GCB_PREPEND:
    case HASHIYA_GCB_SPACING_MARK:
    case HASHIYA_GCB_L:
    case HASHIYA_GCB_V:
    case HASHIYA_GCB_T:
    case HASHIYA_GCB_LV:
    case HASHIYA_GCB_LVT:
    case HASHIYA_GCB_EXTENDED_PICTOGRAPHIC:
    default:
      break;
    }

  switch (right)
    {
    case HASHIYA_GCB_CR:
    case HASHIYA_GCB_LF:
    case HASHIYA_GCB_CONTROL:
      return TRUE;                                                        /* GB5 */
    case HASHIYA_GCB_EXTEND:
    case HASHIYA_GCB_ZWJ:
    case HASHIYA_GCB_SPACING_MARK:
      return FALSE;                                                       /* GB9, GB9a */
    case HASHIYA_GCB_OTHER:
    case HASHIYA_GCB_REGIONAL_INDICATOR:
    case HASHIYA_GCB_PREPEND:
    case HASHIYA_GCB_L:
    case HASHIYA_GCB_V:
    case HASHIYA_GCB_T:
    case HASHIYA_GCB_LV:
    case HASHIYA_GCB_LVT:
    case HASHIYA_GCB_EXTENDED_PICTOGRAPHIC:
    default:
      break;
    }

  /* GB6 to GB8: Hangul syllable sequences. */
  if (left == HASHIYA_GCB_L &&
      (right == HASHIYA_GCB_L || right == HASHIYA_GCB_V || right == HASHIYA_GCB_LV || right == HASHIYA_GCB_LVT))
    return FALSE;
  if ((left == HASHIYA_GCB_LV || left == HASHIYA_GCB_V) && (right == HASHIYA_GCB_V || right == HASHIYA_GCB_T))
    return FALSE;
  if ((left == HASHIYA_GCB_LVT || left == HASHIYA_GCB_T) && right == HASHIYA_GCB_T)
    return FALSE;

  /* GB9b: the Arabic number signs join what follows. */
  if (left == HASHIYA_GCB_PREPEND)
    return FALSE;

  /* GB11: an emoji ZWJ sequence stays whole. */
  if (left == HASHIYA_GCB_ZWJ && right == HASHIYA_GCB_EXTENDED_PICTOGRAPHIC)
    {
      guint i = offset - 1;

      while (i > 0 && hashiya_grapheme_class (hashiya_text_get_char (self, i - 1)) == HASHIYA_GCB_EXTEND)
        i--;
      return !(i > 0 && hashiya_grapheme_class (hashiya_text_get_char (self, i - 1)) ==
                        HASHIYA_GCB_EXTENDED_PICTOGRAPHIC);
    }

  /* GB12, GB13: regional indicators pair up into flags. */
  if (left == HASHIYA_GCB_REGIONAL_INDICATOR && right == HASHIYA_GCB_REGIONAL_INDICATOR)
    {
      guint n_ri = 0;

      while (offset > 0 && hashiya_grapheme_class (hashiya_text_get_char (self, offset - 1)) ==
                           HASHIYA_GCB_REGIONAL_INDICATOR)
        {
          offset--;
          n_ri++;
        }
      return n_ri % 2 == 0;
    }

  return TRUE;                                                            /* GB999 */
}

/**
 * hashiya_text_is_boundary:
 *
 * Whether @offset falls between two grapheme clusters, so that a span may
 * start or end there without splitting a letter from its tashkeel.
 */
gboolean
hashiya_text_is_boundary (HashiyaText *self,
                          guint        offset)
{
  gsize at;
  const char *p;

  g_return_val_if_fail (self != NULL, FALSE);

  if (offset == 0 || offset >= self->length)
    return offset <= self->length;

  at = hashiya_text_offset_to_byte (self, offset);
  p = self->data + at;

  return is_cluster_break (self, offset,
                           g_utf8_get_char (g_utf8_prev_char (p)),
                           g_utf8_get_char (p));
}

guint
hashiya_text_snap_backward (HashiyaText *self,
                            guint        offset)
{
  g_return_val_if_fail (self != NULL, 0);

  offset = MIN (offset, self->length);
  while (!hashiya_text_is_boundary (self, offset))
    offset--;

  return offset;
}

guint
hashiya_text_snap_forward (HashiyaText *self,
                           guint        offset)
{
  g_return_val_if_fail (self != NULL, 0);

  offset = MIN (offset, self->length);
  while (!hashiya_text_is_boundary (self, offset))
    offset++;

  return offset;
}

/* Spaces, punctuation, tatweel and invisible format characters (bidi
 * marks, joiners) are never the edge of a mention. */
static gboolean
is_edge_junk (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_ispunct (c) || c == 0x0640 ||
         g_unichar_type (c) == G_UNICODE_FORMAT;
}

/**
 * hashiya_text_tidy_span:
 * @start: (inout): the start of a selection
 * @end: (inout): its end
 *
 * Turns a selection into a mention span: the edges are widened to whole
 * grapheme clusters (tashkeel stays with its letter), then spaces and
 * punctuation (and invisible format characters) at either end are
 * trimmed.
 *
 * Returns: %FALSE when nothing but spaces and punctuation was selected
 */
gboolean
hashiya_text_tidy_span (HashiyaText *self,
                        guint       *start,
                        guint       *end)
{
  guint s, e;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  s = MIN (MIN (*start, *end), self->length);
  e = MIN (MAX (*start, *end), self->length);
  s = hashiya_text_snap_backward (self, s);
  e = hashiya_text_snap_forward (self, e);

  while (s < e && is_edge_junk (hashiya_text_get_char (self, s)))
    s = hashiya_text_snap_forward (self, s + 1);
  while (e > s && is_edge_junk (hashiya_text_get_char (self, hashiya_text_snap_backward (self, e - 1))))
    e = hashiya_text_snap_backward (self, e - 1);

  *start = s;
  *end = e;
  return s < e;
}
