/* hashiya-text.h — immutable UTF-8 text addressed by code point offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_TEXT (hashiya_text_get_type ())

/* Offsets everywhere in Hashiya are Unicode code points into the text as
 * stored: no normalisation, and "\r\n" counts as two. */
typedef struct _HashiyaText HashiyaText;

/* A stretch of a text: START–END in code points, END excluded. */
typedef struct
{
  guint start;
  guint end;
} HashiyaSpan;

/* The largest text Hashiya takes, in MiB of UTF-8. */
#define HASHIYA_TEXT_MAX_MIB 128u

GType        hashiya_text_get_type          (void) G_GNUC_CONST;

gboolean     hashiya_utf8_check             (const char   *data,
                                             gsize         n_bytes,
                                             GError      **error);
HashiyaText *hashiya_text_new               (const char   *data,
                                             gsize         n_bytes,
                                             GError      **error);
HashiyaText *hashiya_text_new_take          (char         *data,
                                             gsize         n_bytes,
                                             GError      **error);
HashiyaText *hashiya_text_new_from_bytes    (GBytes       *bytes,
                                             GError      **error);
HashiyaText *hashiya_text_ref               (HashiyaText  *self);
void         hashiya_text_unref             (HashiyaText  *self);

const char  *hashiya_text_get_data          (HashiyaText  *self,
                                             gsize        *n_bytes);
guint        hashiya_text_get_length        (HashiyaText  *self);
guint        hashiya_text_get_n_lines       (HashiyaText  *self);
guint        hashiya_text_get_longest_line  (HashiyaText  *self);
gboolean     hashiya_text_get_has_bom       (HashiyaText  *self);
void         hashiya_text_set_has_bom       (HashiyaText  *self,
                                             gboolean      has_bom);
const char  *hashiya_text_get_sha256        (HashiyaText  *self);
GBytes      *hashiya_text_to_bytes          (HashiyaText  *self,
                                             gboolean      with_bom);

gsize        hashiya_text_offset_to_byte    (HashiyaText  *self,
                                             guint         offset);
gunichar     hashiya_text_get_char          (HashiyaText  *self,
                                             guint         offset);
char        *hashiya_text_slice             (HashiyaText  *self,
                                             guint         start,
                                             guint         end) G_GNUC_WARN_UNUSED_RESULT;
gboolean     hashiya_text_range_equals      (HashiyaText  *self,
                                             guint         start,
                                             guint         end,
                                             const char   *utf8);
void         hashiya_text_offset_to_line    (HashiyaText  *self,
                                             guint         offset,
                                             guint        *line,
                                             guint        *column);
guint        hashiya_text_line_to_offset    (HashiyaText  *self,
                                             guint         line);

gboolean     hashiya_text_is_boundary       (HashiyaText  *self,
                                             guint         offset);
guint        hashiya_text_snap_backward     (HashiyaText  *self,
                                             guint         offset);
guint        hashiya_text_snap_forward      (HashiyaText  *self,
                                             guint         offset);
gboolean     hashiya_text_tidy_span         (HashiyaText  *self,
                                             guint        *start,
                                             guint        *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaText, hashiya_text_unref)

G_END_DECLS
