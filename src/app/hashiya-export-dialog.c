/* hashiya-export-dialog.c — format, options and destination of an export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options shown are those of the chosen format; "Export…" asks where
 * (a folder for brat, a file otherwise, named after the document), and
 * ::export asks for it to be written while the dialog closes.
 */

#define G_LOG_DOMAIN "hashiya-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-export-dialog.h"

struct _HashiyaExportDialog
{
  AdwWindow      parent_instance;

  HashiyaDocumentFile *file;

  AdwComboRow   *format_row;
  GtkSwitch     *reviewed_switch;
  AdwComboRow   *tags_row;
  AdwComboRow   *nested_row;
  AdwActionRow  *bom_row;
  GtkSwitch     *bom_switch;
  AdwActionRow  *relations_row;
  GtkSwitch     *relations_switch;
};

G_DEFINE_FINAL_TYPE (HashiyaExportDialog, hashiya_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

HashiyaExportFormat
hashiya_export_dialog_get_format (HashiyaExportDialog *self)
{
  g_return_val_if_fail (HASHIYA_IS_EXPORT_DIALOG (self), HASHIYA_EXPORT_BRAT);
  return (HashiyaExportFormat) adw_combo_row_get_selected (self->format_row);
}

void
hashiya_export_dialog_set_format (HashiyaExportDialog *self,
                                  HashiyaExportFormat  format)
{
  g_return_if_fail (HASHIYA_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, format);
}

static void
format_changed_cb (HashiyaExportDialog *self)
{
  HashiyaExportFormat format = hashiya_export_dialog_get_format (self);

  gtk_widget_set_visible (GTK_WIDGET (self->tags_row), format == HASHIYA_EXPORT_CONLL);
  gtk_widget_set_visible (GTK_WIDGET (self->nested_row), format == HASHIYA_EXPORT_CONLL);
  gtk_widget_set_visible (GTK_WIDGET (self->bom_row), format == HASHIYA_EXPORT_CSV);
  gtk_widget_set_visible (GTK_WIDGET (self->relations_row), format == HASHIYA_EXPORT_CSV);
}

static gboolean
format_is_csv (HashiyaExportDialog *self)
{
  return hashiya_export_dialog_get_format (self) == HASHIYA_EXPORT_CSV;
}

static char *
document_stem (HashiyaExportDialog *self)
{
  return hashiya_document_file_dup_name (self->file);
}

/**
 * hashiya_export_dialog_get_options:
 *
 * Returns: (transfer full): the options as the dialog shows them
 */
HashiyaExportOptions *
hashiya_export_dialog_get_options (HashiyaExportDialog *self)
{
  g_autofree char *stem = NULL;
  HashiyaExportOptions *options;

  g_return_val_if_fail (HASHIYA_IS_EXPORT_DIALOG (self), NULL);

  stem = document_stem (self);
  options = hashiya_export_options_new (stem);
  options->skip_suggestions = gtk_switch_get_active (self->reviewed_switch);
  options->conll_tags = adw_combo_row_get_selected (self->tags_row);
  options->conll_nested = adw_combo_row_get_selected (self->nested_row);
  options->csv_bom = gtk_switch_get_active (self->bom_switch);
  options->csv_relations = format_is_csv (self) && gtk_switch_get_active (self->relations_switch);
  return options;
}

/**
 * hashiya_export_dialog_export_to:
 * @path: the file, or for brat the folder
 *
 * Asks for the export (::export) and closes the dialog.
 */
void
hashiya_export_dialog_export_to (HashiyaExportDialog *self,
                                 const char          *path)
{
  g_autoptr(HashiyaExportOptions) options = NULL;

  g_return_if_fail (HASHIYA_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  options = hashiya_export_dialog_get_options (self);
  g_signal_emit (self, signals[EXPORT], 0, hashiya_export_dialog_get_format (self), options, path);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
chooser_response_cb (GtkNativeDialog     *chooser,
                     int                  response,
                     HashiyaExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        hashiya_export_dialog_export_to (self, path);
    }
  g_object_unref (chooser);
}

/**
 * hashiya_export_dialog_dup_file_name:
 *
 * Returns: (transfer full) (nullable): the name the file chooser
 *   suggests: the document's, with the format's extension; for the table
 *   of relations, NAME-relations.csv, beside the mentions' table; %NULL
 *   for brat, which writes a folder
 */
char *
hashiya_export_dialog_dup_file_name (HashiyaExportDialog *self)
{
  HashiyaExportFormat format;
  g_autofree char *stem = NULL;

  g_return_val_if_fail (HASHIYA_IS_EXPORT_DIALOG (self), NULL);

  format = hashiya_export_dialog_get_format (self);
  if (format == HASHIYA_EXPORT_BRAT)
    return NULL;
  stem = document_stem (self);
  return g_strdup_printf ("%s%s.%s", stem,
                          format_is_csv (self) && gtk_switch_get_active (self->relations_switch) ? "-relations" : "",
                          hashiya_export_format_extension (format));
}

static void
export_clicked_cb (HashiyaExportDialog *self)
{
  HashiyaExportFormat format = hashiya_export_dialog_get_format (self);
  gboolean folder = format == HASHIYA_EXPORT_BRAT;
  g_autofree char *name = hashiya_export_dialog_dup_file_name (self);
  g_autoptr(GFile) start = hashiya_document_file_dup_folder (self->file);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), start, NULL);
  if (!folder)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
hashiya_export_dialog_dispose (GObject *object)
{
  HashiyaExportDialog *self = HASHIYA_EXPORT_DIALOG (object);

  g_clear_object (&self->file);
  G_OBJECT_CLASS (hashiya_export_dialog_parent_class)->dispose (object);
}

static void
hashiya_export_dialog_class_init (HashiyaExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_export_dialog_dispose;

  /**
   * HashiyaExportDialog::export:
   * @format: a #HashiyaExportFormat
   * @options: (type gpointer): the #HashiyaExportOptions chosen
   * @path: the file to write, or the folder for brat
   *
   * The user chose what to export and where.
   */
  signals[EXPORT] = g_signal_new ("export", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_POINTER, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, reviewed_switch);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, tags_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, nested_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, bom_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, bom_switch);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, relations_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaExportDialog, relations_switch);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The list of formats shows each name whole, wrapped if need be (the
 * default rows cut long names off). */
static void
setup_format_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_list_item_set_child (item, label);
}

static void
bind_format_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
hashiya_export_dialog_init (HashiyaExportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_format_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_format_cb), NULL);
  adw_combo_row_set_list_factory (self->format_row, factory);
  format_changed_cb (self);
}

HashiyaExportDialog *
hashiya_export_dialog_new (GtkWindow           *parent,
                           HashiyaDocumentFile *file)
{
  HashiyaExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT_FILE (file), NULL);

  self = g_object_new (HASHIYA_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->file = g_object_ref (file);
  return self;
}
