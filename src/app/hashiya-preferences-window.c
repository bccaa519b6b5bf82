/* hashiya-preferences-window.c — the settings a reader changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-application.h"
#include "hashiya-preferences-window.h"

struct _HashiyaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkFontButton        *font_button;
  AdwComboRow          *scheme_row;
  AdwEntryRow          *author_row;
};

G_DEFINE_FINAL_TYPE (HashiyaPreferencesWindow, hashiya_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
hashiya_preferences_window_class_init (HashiyaPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  hashiya_app_init ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, author_row);
}

static void
hashiya_preferences_window_init (HashiyaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static gboolean
scheme_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  g_value_set_uint (value, g_str_equal (nick, "light") ? 1 : g_str_equal (nick, "dark") ? 2 : 0);
  return TRUE;
}

static GVariant *
scheme_set_mapping (const GValue       *value,
                    const GVariantType *type,
                    gpointer            user_data)
{
  const char *nicks[] = { "default", "light", "dark" };

  return g_variant_new_string (nicks[MIN (g_value_get_uint (value), 2)]);
}

GtkWidget *
hashiya_preferences_window_new (GtkWindow *parent,
                                GSettings *settings)
{
  HashiyaPreferencesWindow *self = g_object_new (HASHIYA_TYPE_PREFERENCES_WINDOW,
                                                 "transient-for", parent,
                                                 NULL);

  g_settings_bind (settings, "font", self->font_button, "font", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "author", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "color-scheme", self->scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scheme_get_mapping, scheme_set_mapping, NULL, NULL);

  return GTK_WIDGET (self);
}
