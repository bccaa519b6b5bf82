/* hashiya-swatch.c — a small round patch of an actor's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-swatch"

#include "config.h"

#include "hashiya-swatch.h"

#define SIZE 14

struct _HashiyaSwatch
{
  GtkWidget parent_instance;

  GdkRGBA   color;
};

G_DEFINE_FINAL_TYPE (HashiyaSwatch, hashiya_swatch, GTK_TYPE_WIDGET)

static void
hashiya_swatch_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  HashiyaSwatch *self = HASHIYA_SWATCH (widget);
  GskRoundedRect circle;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT ((width - SIZE) / 2.0f, (height - SIZE) / 2.0f, SIZE, SIZE);

  gsk_rounded_rect_init_from_rect (&circle, &bounds, SIZE / 2.0f);
  gtk_snapshot_push_rounded_clip (snapshot, &circle);
  gtk_snapshot_append_color (snapshot, &self->color, &bounds);
  gtk_snapshot_pop (snapshot);
}

static void
hashiya_swatch_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = *natural = SIZE;
}

static void
hashiya_swatch_class_init (HashiyaSwatchClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = hashiya_swatch_snapshot;
  widget_class->measure = hashiya_swatch_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
hashiya_swatch_init (HashiyaSwatch *self)
{
  self->color = (GdkRGBA) { 0.6, 0.6, 0.6, 1.0 };
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
hashiya_swatch_new (void)
{
  return g_object_new (HASHIYA_TYPE_SWATCH, NULL);
}

void
hashiya_swatch_set_color (HashiyaSwatch *self,
                          const char    *color)
{
  g_return_if_fail (HASHIYA_IS_SWATCH (self));

  if (color == NULL || !gdk_rgba_parse (&self->color, color))
    self->color = (GdkRGBA) { 0.6, 0.6, 0.6, 1.0 };
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: (transfer none): the colour shown */
const GdkRGBA *
hashiya_swatch_get_color (HashiyaSwatch *self)
{
  g_return_val_if_fail (HASHIYA_IS_SWATCH (self), NULL);
  return &self->color;
}
