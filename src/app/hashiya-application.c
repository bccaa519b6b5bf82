/* hashiya-application.c — the application: windows, actions, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-application.h"
#include "hashiya-core.h"
#include "hashiya-resources.h"
#include "hashiya-window.h"

struct _HashiyaApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (HashiyaApplication, hashiya_application, ADW_TYPE_APPLICATION)

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static HashiyaWindow *
open_window (HashiyaApplication *self,
             HashiyaDocument    *document,
             const char         *title)
{
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (self));

  hashiya_window_set_document (window, document, title);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* With no file: the bundled article as a new, untitled document. */
static void
hashiya_application_activate (GApplication *application)
{
  HashiyaApplication *self = HASHIYA_APPLICATION (application);
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (sample, NULL);
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  g_autoptr(HashiyaDocument) document = hashiya_document_new (text, catalog);

  open_window (self, document, _("Untitled Document"));
}

static HashiyaDocument *
load_any (GFile   *file,
          GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be opened"), g_file_peek_path (file));
      return NULL;
    }
  if (g_str_has_suffix (path, ".hashiya"))
    return hashiya_document_load_file (path, error);
  return hashiya_document_new_from_text_file (path, NULL, error);
}

static void
hashiya_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  HashiyaApplication *self = HASHIYA_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaDocument) document = load_any (files[i], &error);
      g_autofree char *name = g_file_get_basename (files[i]);

      if (document != NULL)
        open_window (self, document, name);
      else
        show_error (gtk_application_get_active_window (GTK_APPLICATION (self)),
                    _("Could Not Open the File"), error->message);
    }
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
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "quit", quit_action_cb },
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
  const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (hashiya_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
hashiya_application_class_init (HashiyaApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = hashiya_application_activate;
  app_class->open = hashiya_application_open;
  app_class->startup = hashiya_application_startup;
  app_class->handle_local_options = hashiya_application_handle_local_options;
}

/**
 * hashiya_app_init:
 *
 * Registers the application's resources (templates, style.css). Explicit,
 * because a static library's constructors are dropped when nothing refers
 * to them; safe to call more than once.
 */
void
hashiya_app_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      hashiya_core_init ();
      hashiya_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}

static void
hashiya_application_init (HashiyaApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  hashiya_app_init ();
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
