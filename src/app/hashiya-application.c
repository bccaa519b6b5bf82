/* hashiya-application.c — the application: windows, actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-application"

#include "config.h"

#include <epoxy/gl.h>
#include <glib/gi18n.h>
#include <string.h>

#include "hashiya-application.h"
#include "hashiya-annotator.h"
#include "hashiya-core.h"
#include "hashiya-preferences-window.h"
#include "hashiya-session.h"
#include "hashiya-window.h"

struct _HashiyaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  HashiyaSession *session;
  gboolean        restored;
};

G_DEFINE_FINAL_TYPE (HashiyaApplication, hashiya_application, ADW_TYPE_APPLICATION)

/**
 * hashiya_choose_renderer:
 *
 * GTK 4.8 draws with GL even on Mesa's software rasterizers, which then
 * paint the whole window on the CPU for every frame: an edit's frame took
 * 21 ms there, against 9 with cairo, which redraws only what changed.
 * GTK itself stopped using them in 4.14; the same choice here, unless
 * GSK_RENDERER says otherwise. Call it after gtk_init() and before any
 * window is shown.
 *
 * Returns: %TRUE when it chose cairo
 */
gboolean
hashiya_choose_renderer (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkGLContext) context = NULL;
  const char *renderer;
  gboolean software;

  if (display == NULL || g_getenv ("GSK_RENDERER") != NULL || gtk_get_minor_version () >= 14)
    return FALSE;
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return FALSE;
  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  software = renderer != NULL && (strstr (renderer, "llvmpipe") != NULL || strstr (renderer, "softpipe") != NULL ||
                                  strstr (renderer, "swrast") != NULL);
  gdk_gl_context_clear_current ();
  if (software)
    g_setenv ("GSK_RENDERER", "cairo", FALSE);
  return software;
}

/* A window closed: its document's draft goes. */
static void
window_destroyed_cb (HashiyaApplication *self,
                     HashiyaWindow      *window)
{
  hashiya_session_remove_file (self->session, hashiya_window_get_document_file (window));
}

/* A window for @file (a new one if %NULL), whose drafts the session
 * keeps. */
static HashiyaWindow *
new_window (HashiyaApplication  *self,
            HashiyaDocumentFile *file,
            gboolean             present)
{
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (self), file);

  if (file == NULL)
    hashiya_session_add_file (self->session, hashiya_window_get_document_file (window));
  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroyed_cb), self, G_CONNECT_SWAPPED);
  if (present)
    gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Once, at start: the documents a crash left unsaved come back, each in
 * a window. */
static guint
restore_session (HashiyaApplication *self)
{
  g_autoptr(GPtrArray) files = NULL;

  if (self->restored)
    return 0;
  self->restored = TRUE;
  files = hashiya_session_restore (self->session);
  for (guint i = 0; i < files->len; i++)
    new_window (self, g_ptr_array_index (files, i), TRUE);
  return files->len;
}

static void
hashiya_application_activate (GApplication *application)
{
  HashiyaApplication *self = HASHIYA_APPLICATION (application);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (restore_session (self) > 0)
    return;
  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }

  hashiya_file_operations_show_sample (hashiya_window_get_operations (new_window (self, NULL, TRUE)));
}

/* Each file opens in a window of its own, or in the active window when
 * that shows an untouched untitled document. */
static void
hashiya_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  HashiyaApplication *self = HASHIYA_APPLICATION (application);

  restore_session (self);
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
      HashiyaWindow *window;

      if (HASHIYA_IS_WINDOW (active) && hashiya_window_is_pristine (HASHIYA_WINDOW (active)))
        window = HASHIYA_WINDOW (active);
      else
        window = new_window (self, NULL, FALSE);
      /* The file (or a corpus folder) is read while the window is shown. */
      hashiya_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
new_window_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  HashiyaWindow *window = new_window (HASHIYA_APPLICATION (user_data), NULL, TRUE);

  hashiya_file_operations_show_sample (hashiya_window_get_operations (window));
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(HashiyaApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(HashiyaText) text = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  HashiyaWindow *window;

  /* No text, or only spaces, is nothing to paste. */
  if (data != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (data));

      if (stripped[0] != '\0')
        text = hashiya_text_new (data, strlen (data), &error);
      else
        g_clear_pointer (&data, g_free);
    }
  if (text == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (active, _("Nothing to Paste"),
                                                  data == NULL ? _("The clipboard holds no text.") : error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (HASHIYA_IS_WINDOW (active) && hashiya_window_is_pristine (HASHIYA_WINDOW (active)))
    window = HASHIYA_WINDOW (active);
  else
    window = new_window (self, NULL, TRUE);
  hashiya_file_operations_show_text (hashiya_window_get_operations (window), text);
}

/* New From Clipboard: the clipboard's text as a new document. */
static void
new_from_clipboard_action_cb (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());

  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_text_cb, g_object_ref (user_data));
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  HashiyaApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (hashiya_preferences_window_new (parent, self->settings)));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = user_data;
  const char *developers[] = { "The Hashiya developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Hashiya"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Read Arabic news and annotate the actors in it"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *application = user_data;
  GList *windows = gtk_application_get_windows (application);

  /* Close each window as its close button does: unsaved work is asked
   * about first. */
  for (GList *l = g_list_copy (windows), *w = l; w != NULL; w = w->next)
    {
      gtk_window_close (w->data);
      if (w->next == NULL)
        g_list_free (l);
    }
}

/**
 * hashiya_apply_color_scheme:
 *
 * Sets the style (follow the system, light or dark) from @settings.
 */
void
hashiya_apply_color_scheme (GSettings *settings)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme value = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    value = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    value = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), value);
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action_cb },
  { "new-from-clipboard", new_from_clipboard_action_cb },
  { "preferences", preferences_action_cb },
  { "about", about_action_cb },
  { "quit", quit_action_cb },
};

static const struct {
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "app.new-from-clipboard", { "<Control><Shift>v", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.export", { "<Control><Shift>e", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.find-next", { "<Control>g", NULL } },
  { "win.find-previous", { "<Control><Shift>g", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "win.zoom-out", { "<Control>minus", NULL } },
  { "win.zoom-reset", { "<Control>0", NULL } },
  { "win.show-sidebar", { "F9", NULL } },
  { "win.suggest", { "<Control>m", NULL } },
  { "win.show-pictures", { "<Control><Shift>p", NULL } },
  { "win.open-folder", { "<Control><Shift>o", NULL } },
  { "win.corpus-back", { "<Alt>Left", NULL } },
  { "win.corpus-search", { "<Control><Shift>f", NULL } },
  { "team.sync", { "<Control><Shift>y", NULL } },
  { "win.suggest-relations", { "<Control><Shift>m", NULL } },
  { "win.show-all-relations", { "<Control><Shift>r", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

static int
hashiya_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hashiya %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
hashiya_application_startup (GApplication *application)
{
  HashiyaApplication *self = HASHIYA_APPLICATION (application);

  G_APPLICATION_CLASS (hashiya_application_parent_class)->startup (application);

  self->settings = g_settings_new (SCHEMA_ID);
  hashiya_annotator_follow_settings (self->settings);
  self->session = hashiya_session_new (self->settings, NULL);
  g_signal_connect (self->settings, "changed::color-scheme", G_CALLBACK (hashiya_apply_color_scheme), NULL);
  hashiya_apply_color_scheme (self->settings);

  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accelerators[i].action,
                                           accelerators[i].accels);
}

static void
hashiya_application_dispose (GObject *object)
{
  HashiyaApplication *self = HASHIYA_APPLICATION (object);

  g_clear_object (&self->session);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hashiya_application_parent_class)->dispose (object);
}

static void
hashiya_application_class_init (HashiyaApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hashiya_application_dispose;
  app_class->activate = hashiya_application_activate;
  app_class->open = hashiya_application_open;
  app_class->startup = hashiya_application_startup;
  app_class->handle_local_options = hashiya_application_handle_local_options;
}

static void
hashiya_application_init (HashiyaApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

HashiyaApplication *
hashiya_application_new (void)
{
  return g_object_new (HASHIYA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/hashiya/Hashiya",
                       NULL);
}
