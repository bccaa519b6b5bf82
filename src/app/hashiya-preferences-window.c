/* hashiya-preferences-window.c — the settings a reader changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-core.h"
#include "hashiya-preferences-window.h"

struct _HashiyaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkFontButton        *font_button;
  GtkSpinButton        *spacing_button;
  GtkSpinButton        *autosave_button;
  AdwComboRow          *scheme_row;
  AdwEntryRow          *annotator_row;
  AdwActionRow         *catalog_row;
};

G_DEFINE_FINAL_TYPE (HashiyaPreferencesWindow, hashiya_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_catalog_row (HashiyaPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "default-catalog");

  adw_action_row_set_subtitle (self->catalog_row,
                               path[0] != '\0' ? path : _("The built-in catalogue of the 3+3 talks"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.reset-catalog", path[0] != '\0');
}

static void
catalog_response_cb (GtkNativeDialog          *dialog,
                     int                       response,
                     HashiyaPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaCatalog) catalog = path != NULL ? hashiya_catalog_load_file (path, &error) : NULL;

      /* Only a catalogue that loads becomes the default. */
      if (catalog != NULL)
        g_settings_set_string (self->settings, "default-catalog", path);
      else
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                          adw_toast_new (error != NULL ? error->message : _("Only local files can be used")));
    }
  g_object_unref (dialog);
}

static void
choose_catalog_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Actor Catalogues"));
  gtk_file_filter_add_pattern (filter, "*.json");
  dialog = gtk_file_chooser_native_new (_("Default Catalogue"), GTK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Choose"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (catalog_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
reset_catalog_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  g_settings_reset (HASHIYA_PREFERENCES_WINDOW (widget)->settings, "default-catalog");
}

static void
update_annotator_row (HashiyaPreferencesWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "annotator");

  gtk_editable_set_text (GTK_EDITABLE (self->annotator_row), name);
  gtk_widget_remove_css_class (GTK_WIDGET (self->annotator_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->annotator_row), NULL);
}

/* The annotator's name names their folder in a corpus: a name that
 * cannot is refused, and the row says so. */
static void
annotator_apply_cb (AdwEntryRow              *row,
                    HashiyaPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (!hashiya_author_check_name (name, &error))
    {
      /* The toast is short; the row's tooltip says it all. */
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (name[0] != '\0' ? _("Not a name for a folder: no “/”, “\\”, “..” or leading dot")
                                                                       : _("The annotator's name cannot be empty")));
      return;
    }
  g_settings_set_string (self->settings, "annotator", name);
}

static void
annotator_edited_cb (GtkEditable              *editable,
                     HashiyaPreferencesWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (editable), NULL);
}

static void
hashiya_preferences_window_dispose (GObject *object)
{
  HashiyaPreferencesWindow *self = (HashiyaPreferencesWindow *) object;

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (hashiya_preferences_window_parent_class)->dispose (object);
}

static void
hashiya_preferences_window_class_init (HashiyaPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hashiya_preferences_window_dispose;
  gtk_widget_class_install_action (widget_class, "preferences.choose-catalog", NULL, choose_catalog_action);
  gtk_widget_class_install_action (widget_class, "preferences.reset-catalog", NULL, reset_catalog_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, spacing_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, autosave_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, catalog_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPreferencesWindow, annotator_row);
  gtk_widget_class_bind_template_callback (widget_class, annotator_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, annotator_edited_cb);
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

  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "font", self->font_button, "font", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "line-spacing", gtk_spin_button_get_adjustment (self->spacing_button), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "autosave-delay", gtk_spin_button_get_adjustment (self->autosave_button), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed::default-catalog", G_CALLBACK (update_catalog_row), self,
                           G_CONNECT_SWAPPED);
  update_catalog_row (self);
  g_signal_connect_object (settings, "changed::annotator", G_CALLBACK (update_annotator_row), self,
                           G_CONNECT_SWAPPED);
  update_annotator_row (self);
  g_settings_bind_with_mapping (settings, "color-scheme", self->scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, scheme_get_mapping, scheme_set_mapping, NULL, NULL);

  return GTK_WIDGET (self);
}
