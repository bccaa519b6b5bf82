/* hashiya-picture-export-dialog.c — choosing how a picture or a network
 * file is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For a picture: PNG, SVG or PDF, its size and title; for a network: GEXF,
 * GraphML or Gephi's CSV pair (a folder). Then where, in a file chooser;
 * the dialog says it with "export" and the page writes.
 */

#define G_LOG_DOMAIN "hashiya-picture-export"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-network-export.h"
#include "hashiya-picture-export-dialog.h"

struct _HashiyaPictureExportDialog
{
  AdwWindow       parent_instance;

  gboolean        network;
  char           *stem;
  GFile          *folder;

  AdwComboRow    *format_row;
  AdwActionRow   *width_row;
  AdwActionRow   *height_row;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
  AdwEntryRow    *title_row;
};

G_DEFINE_FINAL_TYPE (HashiyaPictureExportDialog, hashiya_picture_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The formats offered, in their enums' order. */
static const char * const picture_extensions[] = { "png", "svg", "pdf" };
static const char * const network_extensions[] = { "gexf", "graphml", "" };

static guint
get_format (HashiyaPictureExportDialog *self)
{
  return adw_combo_row_get_selected (self->format_row);
}

/**
 * hashiya_picture_export_dialog_export_to:
 * @path: the file to write, or the folder of the CSV pair
 *
 * Says "export" with what was chosen and @path, and closes.
 */
void
hashiya_picture_export_dialog_export_to (HashiyaPictureExportDialog *self,
                                         const char                 *path)
{
  g_return_if_fail (HASHIYA_IS_PICTURE_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  g_signal_emit (self, signals[EXPORT], 0, (int) get_format (self),
                 gtk_spin_button_get_value_as_int (self->width_spin),
                 gtk_spin_button_get_value_as_int (self->height_spin),
                 gtk_editable_get_text (GTK_EDITABLE (self->title_row)), path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
chooser_response_cb (GtkNativeDialog            *chooser,
                     int                         response,
                     HashiyaPictureExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        hashiya_picture_export_dialog_export_to (self, path);
    }
  g_object_unref (chooser);
}

static void
export_clicked_cb (HashiyaPictureExportDialog *self)
{
  guint format = get_format (self);
  const char *extension = self->network ? network_extensions[MIN (format, 2)] : picture_extensions[MIN (format, 2)];
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->folder, NULL);
  /* The CSV pair is a folder of that name. */
  name = *extension != '\0' ? g_strdup_printf ("%s.%s", self->stem, extension) : g_strdup_printf ("%s-csv", self->stem);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
hashiya_picture_export_dialog_finalize (GObject *object)
{
  HashiyaPictureExportDialog *self = HASHIYA_PICTURE_EXPORT_DIALOG (object);

  g_free (self->stem);
  g_clear_object (&self->folder);
  G_OBJECT_CLASS (hashiya_picture_export_dialog_parent_class)->finalize (object);
}

static void
hashiya_picture_export_dialog_class_init (HashiyaPictureExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hashiya_picture_export_dialog_finalize;

  /**
   * HashiyaPictureExportDialog::export:
   * @format: a #HashiyaPictureFormat, or a #HashiyaNetworkFormat for a network
   * @width: the picture's width
   * @height: its height
   * @title: its title; "" for its own
   * @path: the file to write
   */
  signals[EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 5, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-picture-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPictureExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPictureExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPictureExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPictureExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPictureExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPictureExportDialog, title_row);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hashiya_picture_export_dialog_init (HashiyaPictureExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hashiya_picture_export_dialog_new:
 * @network: a network file rather than a picture
 * @stem: the file's name, without its extension
 * @folder: (nullable): where the chooser starts
 */
HashiyaPictureExportDialog *
hashiya_picture_export_dialog_new (GtkWindow  *parent,
                                   gboolean    network,
                                   const char *stem,
                                   GFile      *folder)
{
  HashiyaPictureExportDialog *self;
  g_autoptr(GtkStringList) formats = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (stem != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_PICTURE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->network = network;
  self->stem = g_strdup (stem);
  self->folder = folder != NULL ? g_object_ref (folder) : NULL;
  if (network)
    {
      const char * const names[] = { _("GEXF 1.3 (Gephi, networkx)"), _("GraphML (Gephi, networkx, igraph, yEd)"),
                                     _("CSV Pair for Gephi (a folder)"), NULL };

      formats = gtk_string_list_new (names);
      gtk_window_set_title (GTK_WINDOW (self), _("Export Network"));
      gtk_widget_set_visible (GTK_WIDGET (self->width_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->height_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->title_row), FALSE);
    }
  else
    {
      const char * const names[] = { _("PNG Image"), _("SVG Drawing"), _("PDF Document"), NULL };

      formats = gtk_string_list_new (names);
    }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  return self;
}

gboolean
hashiya_picture_export_dialog_get_network (HashiyaPictureExportDialog *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURE_EXPORT_DIALOG (self), FALSE);
  return self->network;
}
