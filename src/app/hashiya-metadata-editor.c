/* hashiya-metadata-editor.c — a document's title, source, date, address
 * and tags, edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dialog over the window with the document's metadata. Apply (or Enter
 * in a row) sets it on the document as one undo step, checked as the
 * file format wants it (a date of the form YYYY-MM-DD, an address that is
 * a URL); a wrong value is said under the rows and nothing changes. The
 * document is saved with its metadata as with any other change.
 */

#define G_LOG_DOMAIN "hashiya-metadata-editor"

#include "config.h"


#include "hashiya-metadata-editor.h"

struct _HashiyaMetadataEditor
{
  AdwWindow        parent_instance;

  HashiyaDocument *document;

  AdwEntryRow     *title_row;
  AdwEntryRow     *source_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *url_row;
  AdwEntryRow     *tags_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (HashiyaMetadataEditor, hashiya_metadata_editor, ADW_TYPE_WINDOW)

static char *
row_value (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_row (AdwEntryRow *row,
         const char  *value)
{
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
}

/**
 * hashiya_metadata_editor_apply:
 *
 * Sets the rows' values on the document, as one undo step.
 *
 * Returns: %FALSE, with @error set and the document as it was, when a
 *   value is wrong
 */
gboolean
hashiya_metadata_editor_apply (HashiyaMetadataEditor  *self,
                               GError                **error)
{
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autofree char *tags = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (HASHIYA_IS_METADATA_EDITOR (self), FALSE);

  metadata->title = row_value (self->title_row);
  metadata->source = row_value (self->source_row);
  metadata->date = row_value (self->date_row);
  metadata->url = row_value (self->url_row);
  tags = row_value (self->tags_row);
  if (tags != NULL)
    {
      g_auto(GStrv) parts = g_strsplit_set (tags, ",،", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *tag = g_strstrip (parts[i]);

          if (tag[0] != '\0')
            g_ptr_array_add (list, g_strdup (tag));
        }
    }
  g_ptr_array_add (list, NULL);
  g_strfreev (metadata->tags);
  metadata->tags = (char **) g_ptr_array_steal (list, NULL);
  if (hashiya_metadata_equal (metadata, hashiya_document_get_metadata (self->document)))
    return TRUE;
  return hashiya_document_set_metadata (self->document, metadata, error);
}

static void
apply_clicked_cb (HashiyaMetadataEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_metadata_editor_apply (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
hashiya_metadata_editor_dispose (GObject *object)
{
  HashiyaMetadataEditor *self = HASHIYA_METADATA_EDITOR (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_METADATA_EDITOR);

  G_OBJECT_CLASS (hashiya_metadata_editor_parent_class)->dispose (object);
}

static void
hashiya_metadata_editor_class_init (HashiyaMetadataEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_metadata_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-metadata-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaMetadataEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMetadataEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMetadataEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMetadataEditor, url_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMetadataEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMetadataEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hashiya_metadata_editor_init (HashiyaMetadataEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HashiyaMetadataEditor *
hashiya_metadata_editor_new (GtkWindow       *parent,
                             HashiyaDocument *document)
{
  HashiyaMetadataEditor *self;
  const HashiyaMetadata *metadata;
  g_autofree char *tags = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  self = g_object_new (HASHIYA_TYPE_METADATA_EDITOR, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  metadata = hashiya_document_get_metadata (document);
  set_row (self->title_row, metadata->title);
  set_row (self->source_row, metadata->source);
  set_row (self->date_row, metadata->date);
  set_row (self->url_row, metadata->url);
  tags = g_strjoinv (", ", metadata->tags);
  set_row (self->tags_row, tags);
  return self;
}
