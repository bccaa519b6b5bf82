/* hashiya-network-picture.h — how a picture of a network, its counts or
 * its timeline is drawn, and written to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The nicks ("light", "dark", "high-contrast") are the CLI's --style. */
typedef enum
{
  HASHIYA_PICTURE_STYLE_LIGHT,
  HASHIYA_PICTURE_STYLE_DARK,
  HASHIYA_PICTURE_STYLE_HIGH_CONTRAST,
} HashiyaPictureStyle;

/* The nicks are the extensions. */
typedef enum
{
  HASHIYA_PICTURE_FORMAT_PNG,
  HASHIYA_PICTURE_FORMAT_SVG,
  HASHIYA_PICTURE_FORMAT_PDF,
} HashiyaPictureFormat;

typedef struct
{
  HashiyaPictureStyle  style;
  gboolean             arabic;    /* Arabic names and words, right to left; else English */
  char                *title;     /* NULL: the picture's own */
  char                *subtitle;  /* NULL: what it shows: documents, dates, counts */
  double               scale;     /* of text and lines; 1 for the window */
  char                *font;      /* a Pango family list; NULL: Noto Sans Arabic, Noto Sans */
} HashiyaPictureOptions;

#define HASHIYA_PICTURE_FONT "Noto Sans Arabic, Noto Sans"

/* The sizes a picture may have, in its units (pixels of a PNG, points
 * of a PDF). */
#define HASHIYA_PICTURE_MIN_SIZE 200
#define HASHIYA_PICTURE_MAX_SIZE 10000

HashiyaPictureOptions *hashiya_picture_options_new  (void);
HashiyaPictureOptions *hashiya_picture_options_copy (const HashiyaPictureOptions *options);
void                   hashiya_picture_options_free (HashiyaPictureOptions       *options);
double                 hashiya_picture_scale_for_size (double                     width,
                                                       double                     height);
gboolean               hashiya_picture_check_size   (double                       width,
                                                     double                       height,
                                                     GError                     **error);
const char            *hashiya_picture_format_extension (HashiyaPictureFormat      format);
const char            *hashiya_picture_kind_name    (int                          kind);
const char            *hashiya_picture_quad_name    (int                          quad_class);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaPictureOptions, hashiya_picture_options_free)

G_END_DECLS
