/* hashiya-network-picture.c — how a picture of a network, its counts or
 * its timeline is drawn, and written to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options every picture takes, the sizes it may have, and the names
 * its legends give the kinds of actors and the quad classes.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-error.h"
#include "hashiya-network-picture.h"

/**
 * hashiya_picture_options_new:
 *
 * Returns: (transfer full): light, in Arabic, the picture's own title
 */
HashiyaPictureOptions *
hashiya_picture_options_new (void)
{
  HashiyaPictureOptions *options = g_new0 (HashiyaPictureOptions, 1);

  options->style = HASHIYA_PICTURE_STYLE_LIGHT;
  options->arabic = TRUE;
  options->scale = 1;
  return options;
}

HashiyaPictureOptions *
hashiya_picture_options_copy (const HashiyaPictureOptions *options)
{
  HashiyaPictureOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  copy->title = g_strdup (options->title);
  copy->subtitle = g_strdup (options->subtitle);
  copy->font = g_strdup (options->font);
  return copy;
}

void
hashiya_picture_options_free (HashiyaPictureOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->title);
  g_free (options->subtitle);
  g_free (options->font);
  g_free (options);
}

/**
 * hashiya_picture_scale_for_size:
 *
 * Returns: the scale of text and lines that suits a file of @width ×
 *   @height: 1 up to 1000 × 1000, more beyond
 */
double
hashiya_picture_scale_for_size (double width,
                                double height)
{
  return MAX (1.0, MIN (width, height) / 1000.0);
}

/**
 * hashiya_picture_check_size:
 *
 * Returns: whether a picture may be @width × @height
 */
gboolean
hashiya_picture_check_size (double   width,
                            double   height,
                            GError **error)
{
  if (width < HASHIYA_PICTURE_MIN_SIZE || height < HASHIYA_PICTURE_MIN_SIZE ||
      width > HASHIYA_PICTURE_MAX_SIZE || height > HASHIYA_PICTURE_MAX_SIZE)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("a picture of %g × %g: each side must be from %d to %d"),
                   width, height, HASHIYA_PICTURE_MIN_SIZE, HASHIYA_PICTURE_MAX_SIZE);
      return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_picture_format_extension:
 *
 * Returns: "png", "svg" or "pdf"
 */
const char *
hashiya_picture_format_extension (HashiyaPictureFormat format)
{
  static const char * const extensions[] = { "png", "svg", "pdf" };

  g_return_val_if_fail (format <= HASHIYA_PICTURE_FORMAT_PDF, "");
  return extensions[format];
}

/**
 * hashiya_picture_kind_name:
 * @kind: a #HashiyaActorKind
 *
 * Returns: its name, translated: "State", "Person" …
 */
const char *
hashiya_picture_kind_name (int kind)
{
  static const char * const names[] = {
    N_("State"), N_("Person"), N_("Organization"), N_("Group"), N_("Forum"), N_("Place"), N_("Other"),
  };

  g_return_val_if_fail (kind >= 0 && kind < (int) G_N_ELEMENTS (names), "");
  return _(names[kind]);
}

/**
 * hashiya_picture_quad_name:
 * @quad_class: a #HashiyaQuadClass
 *
 * Returns: its name, translated: "Verbal cooperation" …
 */
const char *
hashiya_picture_quad_name (int quad_class)
{
  static const char * const names[] = {
    N_("Verbal cooperation"), N_("Material cooperation"), N_("Verbal conflict"), N_("Material conflict"),
  };

  g_return_val_if_fail (quad_class >= 0 && quad_class < (int) G_N_ELEMENTS (names), "");
  return _(names[quad_class]);
}
