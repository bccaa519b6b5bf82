/* hashiya-corpus-chooser.c — choosing a corpus folder, files to add to
 * it, a manifest, and where a table goes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-corpus-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-chooser.h"

typedef struct
{
  HashiyaCorpusChosenFunc  func;
  GObject                 *object;
} Chooser;

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             Chooser         *chooser)
{
  g_autoptr(GPtrArray) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
    }
  chooser->func (chooser->object, files);
  g_object_unref (chooser->object);
  g_free (chooser);
  g_object_unref (dialog);
}

static void
add_filter (GtkFileChooser *dialog,
            const char     *name,
            const char     *pattern,
            const char     *other)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (other != NULL)
    gtk_file_filter_add_pattern (filter, other);
  gtk_file_chooser_add_filter (dialog, filter);
  g_object_unref (filter);
}

/**
 * hashiya_corpus_choose:
 * @folder: (nullable): where the chooser starts
 * @name: (nullable): the name it proposes (saving)
 * @func: told what was chosen, with @object
 *
 * Shows a file chooser for @choice over @parent.
 */
void
hashiya_corpus_choose (GtkWindow               *parent,
                       HashiyaCorpusChoice      choice,
                       GFile                   *folder,
                       const char              *name,
                       HashiyaCorpusChosenFunc  func,
                       GObject                 *object)
{
  GtkFileChooserNative *dialog;
  Chooser *chooser;

  g_return_if_fail (func != NULL);
  g_return_if_fail (G_IS_OBJECT (object));

  switch (choice)
    {
    case HASHIYA_CORPUS_CHOOSE_FOLDER:
      dialog = gtk_file_chooser_native_new (_("Open a Corpus Folder"), parent, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                            _("_Open"), _("_Cancel"));
      break;
    case HASHIYA_CORPUS_CHOOSE_ADD:
      dialog = gtk_file_chooser_native_new (_("Add to the Corpus"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                            _("_Add"), _("_Cancel"));
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
      add_filter (GTK_FILE_CHOOSER (dialog), _("Texts and Hashiya Documents"), "*.txt", "*.hashiya");
      break;
    case HASHIYA_CORPUS_CHOOSE_MANIFEST:
      dialog = gtk_file_chooser_native_new (_("Import a Manifest"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                            _("_Import"), _("_Cancel"));
      add_filter (GTK_FILE_CHOOSER (dialog), _("CSV Tables"), "*.csv", NULL);
      break;
    case HASHIYA_CORPUS_CHOOSE_SAVE_CSV:
    default:
      dialog = gtk_file_chooser_native_new (_("Export the Table"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                            _("_Export"), _("_Cancel"));
      add_filter (GTK_FILE_CHOOSER (dialog), _("CSV Tables"), "*.csv", NULL);
      break;
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  chooser = g_new0 (Chooser, 1);
  chooser->func = func;
  chooser->object = g_object_ref (object);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}
