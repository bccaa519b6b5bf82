/* hashiya-window.c — the reading window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-application.h"
#include "hashiya-window.h"

struct _HashiyaWindow
{
  AdwApplicationWindow  parent_instance;

  HashiyaDocument      *document;

  AdwWindowTitle       *window_title;
  GtkTextView          *text_view;
};

G_DEFINE_FINAL_TYPE (HashiyaWindow, hashiya_window, ADW_TYPE_APPLICATION_WINDOW)

static void
hashiya_window_dispose (GObject *object)
{
  HashiyaWindow *self = (HashiyaWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_WINDOW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hashiya_window_parent_class)->dispose (object);
}

static void
hashiya_window_class_init (HashiyaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_window_dispose;

  hashiya_app_init ();

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, text_view);
}

static void
hashiya_window_init (HashiyaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Arabic reads right to left whatever the language of the interface. */
  gtk_widget_set_direction (GTK_WIDGET (self->text_view), GTK_TEXT_DIR_RTL);
}

HashiyaWindow *
hashiya_window_new (GtkApplication *application)
{
  return g_object_new (HASHIYA_TYPE_WINDOW, "application", application, NULL);
}

/**
 * hashiya_window_set_document:
 * @title: the document's name, shown in the header bar
 */
void
hashiya_window_set_document (HashiyaWindow   *self,
                             HashiyaDocument *document,
                             const char      *title)
{
  HashiyaText *text;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  gsize n_bytes = 0;
  const char *data;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  g_set_object (&self->document, document);

  text = hashiya_document_get_text (document);
  data = hashiya_text_get_data (text, &n_bytes);
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, data, (int) n_bytes);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 hashiya_catalog_get_name (hashiya_document_get_catalog (document)));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

HashiyaDocument *
hashiya_window_get_document (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->document;
}

GtkTextView *
hashiya_window_get_text_view (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->text_view;
}
