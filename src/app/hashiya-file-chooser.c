/* hashiya-file-chooser.c — choosing the files a window reads and writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-file-chooser.h"

typedef struct
{
  HashiyaFileChoice      choice;
  HashiyaFileChosenFunc  func;
  GObject               *object;
} Chooser;

static void
chooser_free (Chooser *chooser)
{
  g_object_unref (chooser->object);
  g_free (chooser);
}

static GtkFileFilter *
make_filter (const char *name,
             ...) G_GNUC_NULL_TERMINATED;

/* A filter of the NULL-terminated glob patterns after NAME. */
static GtkFileFilter *
make_filter (const char *name,
             ...)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  const char *pattern;
  va_list args;

  gtk_file_filter_set_name (filter, name);
  va_start (args, name);
  while ((pattern = va_arg (args, const char *)) != NULL)
    gtk_file_filter_add_pattern (filter, pattern);
  va_end (args);
  return filter;
}

static void
add_filters (GtkFileChooser    *dialog,
             HashiyaFileChoice  choice)
{
  switch (choice)
    {
    case HASHIYA_CHOOSE_OPEN:
      gtk_file_chooser_add_filter (dialog, make_filter (_("All Readable Files"), "*.hashiya", "*.txt", "*.ann",
                                                        "*.jsonld", "*.jsonl", "*.conll", "*.bio", "*.iob", NULL));
      gtk_file_chooser_add_filter (dialog, make_filter (_("Hashiya Documents"), "*.hashiya", NULL));
      gtk_file_chooser_add_filter (dialog, make_filter (_("Plain Texts"), "*.txt", NULL));
      gtk_file_chooser_add_filter (dialog, make_filter (_("brat Standoff Annotations"), "*.ann", NULL));
      gtk_file_chooser_add_filter (dialog, make_filter (_("W3C Web Annotations"), "*.jsonld", NULL));
      gtk_file_chooser_add_filter (dialog, make_filter (_("CoNLL/BIO Tokens"), "*.conll", "*.bio", "*.iob", NULL));
      gtk_file_chooser_add_filter (dialog, make_filter (_("JSON Lines"), "*.jsonl", NULL));
      break;
    case HASHIYA_CHOOSE_SAVE_AS:
      gtk_file_chooser_add_filter (dialog, make_filter (_("Hashiya Documents"), "*.hashiya", NULL));
      break;
    case HASHIYA_CHOOSE_NEW_TEXT:
      gtk_file_chooser_add_filter (dialog, make_filter (_("Plain Texts"), "*.txt", NULL));
      break;
    case HASHIYA_CHOOSE_LOAD_CATALOG:
    case HASHIYA_CHOOSE_SAVE_CATALOG:
    default:
      gtk_file_chooser_add_filter (dialog, make_filter (_("Catalogues"), "*.json", NULL));
      break;
    }
}

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             Chooser         *chooser)
{
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      path = file != NULL ? g_file_get_path (file) : NULL;
      /* A document is saved as a .hashiya, whatever name was typed. */
      if (path != NULL && chooser->choice == HASHIYA_CHOOSE_SAVE_AS && !g_str_has_suffix (path, ".hashiya"))
        {
          char *with_suffix = g_strconcat (path, ".hashiya", NULL);

          g_free (path);
          path = with_suffix;
        }
    }
  chooser->func (chooser->object, path);
  chooser_free (chooser);
  g_object_unref (dialog);
}

/**
 * hashiya_choose_file:
 * @folder: (nullable): where the chooser starts
 * @name: (nullable): the name a save suggests
 * @func: called once, with the file chosen or %NULL
 * @object: passed to @func, and kept until then
 *
 * Shows the file chooser for @choice, with its title, button and filters.
 */
void
hashiya_choose_file (GtkWindow             *parent,
                     HashiyaFileChoice      choice,
                     GFile                 *folder,
                     const char            *name,
                     HashiyaFileChosenFunc  func,
                     GObject               *object)
{
  static const struct {
    const char           *title;
    const char           *accept;
    GtkFileChooserAction  action;
  } choices[] = {
    [HASHIYA_CHOOSE_OPEN] = { N_("Open"), N_("_Open"), GTK_FILE_CHOOSER_ACTION_OPEN },
    [HASHIYA_CHOOSE_SAVE_AS] = { N_("Save As"), N_("_Save"), GTK_FILE_CHOOSER_ACTION_SAVE },
    [HASHIYA_CHOOSE_NEW_TEXT] = { N_("Replace the Text"), N_("_Replace"), GTK_FILE_CHOOSER_ACTION_OPEN },
    [HASHIYA_CHOOSE_LOAD_CATALOG] = { N_("Load Catalogue"), N_("_Load"), GTK_FILE_CHOOSER_ACTION_OPEN },
    [HASHIYA_CHOOSE_SAVE_CATALOG] = { N_("Save Catalogue As"), N_("_Save"), GTK_FILE_CHOOSER_ACTION_SAVE },
  };
  GtkFileChooserNative *dialog;
  Chooser *chooser;

  g_return_if_fail (choice < G_N_ELEMENTS (choices));
  g_return_if_fail (func != NULL);
  g_return_if_fail (G_IS_OBJECT (object));

  dialog = gtk_file_chooser_native_new (_(choices[choice].title), parent, choices[choice].action,
                                        _(choices[choice].accept), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog), choice);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  chooser = g_new0 (Chooser, 1);
  chooser->choice = choice;
  chooser->func = func;
  chooser->object = g_object_ref (object);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
