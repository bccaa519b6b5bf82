/* hashiya-pictures-exporter.c — the exports of the Pictures page: the
 * dialog that asks where, the files written, the toasts that tell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page makes a job of what it shows (hashiya-pictures-export.h);
 * the exporter writes it as a picture (PNG, SVG, PDF) or a network file
 * (GEXF, GraphML, the CSV pair) on a worker thread, and says in a toast
 * of the page how it went: a failure at once and until dismissed.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-picture-export-dialog.h"
#include "hashiya-pictures-exporter.h"

struct _HashiyaPicturesExporter
{
  GObject          parent_instance;

  AdwToastOverlay *toasts;
  GCancellable    *cancellable;
  guint            exporting;
};

G_DEFINE_FINAL_TYPE (HashiyaPicturesExporter, hashiya_pictures_exporter, G_TYPE_OBJECT)

static void
hashiya_pictures_exporter_dispose (GObject *object)
{
  HashiyaPicturesExporter *self = HASHIYA_PICTURES_EXPORTER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->toasts);

  G_OBJECT_CLASS (hashiya_pictures_exporter_parent_class)->dispose (object);
}

static void
hashiya_pictures_exporter_finalize (GObject *object)
{
  HashiyaPicturesExporter *self = HASHIYA_PICTURES_EXPORTER (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hashiya_pictures_exporter_parent_class)->finalize (object);
}

static void
hashiya_pictures_exporter_class_init (HashiyaPicturesExporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hashiya_pictures_exporter_dispose;
  object_class->finalize = hashiya_pictures_exporter_finalize;
}

static void
hashiya_pictures_exporter_init (HashiyaPicturesExporter *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * hashiya_pictures_exporter_new:
 * @toasts: where to say how an export went
 *
 * Returns: (transfer full): an exporter
 */
HashiyaPicturesExporter *
hashiya_pictures_exporter_new (AdwToastOverlay *toasts)
{
  HashiyaPicturesExporter *self;

  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (HASHIYA_TYPE_PICTURES_EXPORTER, NULL);
  self->toasts = g_object_ref (toasts);
  return self;
}

static void
add_toast (HashiyaPicturesExporter *self,
           AdwToast                *toast)
{
  if (self->toasts != NULL)
    adw_toast_overlay_add_toast (self->toasts, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/**
 * hashiya_pictures_exporter_fail:
 * @reason: why, as the end of a sentence
 *
 * Says that @path could not be exported, before the news of what went
 * well, until dismissed.
 */
void
hashiya_pictures_exporter_fail (HashiyaPicturesExporter *self,
                                const char              *path,
                                const char              *reason)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_if_fail (HASHIYA_IS_PICTURES_EXPORTER (self));
  g_return_if_fail (path != NULL && reason != NULL);

  name = g_filename_display_basename (path);
  message = g_strdup_printf (_("Could not export “%s”: %s"), name, reason);
  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  add_toast (self, toast);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HashiyaPicturesExporter) self = data;
  g_autoptr(GError) error = NULL;
  HashiyaPicturesExport *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *message = NULL;
  AdwToast *toast;

  self->exporting--;
  if (!hashiya_pictures_export_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        hashiya_pictures_exporter_fail (self, job->path, error->message);
      return;
    }
  message = g_strdup_printf (_("Exported “%s”"), name);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 3);
  add_toast (self, toast);
}

static void
run (HashiyaPicturesExporter *self,
     HashiyaPicturesExport   *job)
{
  self->exporting++;
  hashiya_pictures_export_async (job, self->cancellable, exported_cb, g_object_ref (self));
}

/**
 * hashiya_pictures_exporter_export_picture:
 * @job: (transfer full): what the page shows, to be written to its path
 * @title: (nullable): the picture's title; %NULL or "" for its own
 *
 * Writes the picture of @job's view, @width × @height, on a worker
 * thread; a toast says how it went.
 */
void
hashiya_pictures_exporter_export_picture (HashiyaPicturesExporter *self,
                                          HashiyaPicturesExport   *job,
                                          HashiyaPictureFormat     format,
                                          int                      width,
                                          int                      height,
                                          const char              *title)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_EXPORTER (self));
  g_return_if_fail (job != NULL);

  job->picture = TRUE;
  job->picture_format = format;
  job->width = width, job->height = height;
  job->options->scale = hashiya_picture_scale_for_size (width, height);
  if (title != NULL && *title != '\0')
    job->options->title = g_strdup (title);
  if ((job->view == HASHIYA_PICTURES_COUNTS && job->counts == NULL) ||
      (job->view == HASHIYA_PICTURES_TIMELINE && job->timeline == NULL))
    {
      hashiya_pictures_exporter_fail (self, job->path, _("there is nothing to draw."));
      hashiya_pictures_export_free (job);
      return;
    }
  run (self, job);
}

/**
 * hashiya_pictures_exporter_export_network:
 * @job: (transfer full): what the page shows, to be written to its path
 *
 * Writes @job's network as GEXF, GraphML or the CSV pair on a worker
 * thread; a toast says how it went.
 */
void
hashiya_pictures_exporter_export_network (HashiyaPicturesExporter *self,
                                          HashiyaPicturesExport   *job,
                                          HashiyaNetworkFormat     format)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_EXPORTER (self));
  g_return_if_fail (job != NULL);

  job->picture = FALSE;
  job->network_format = format;
  job->width = HASHIYA_NETWORK_PICTURE_WIDTH, job->height = HASHIYA_NETWORK_PICTURE_HEIGHT;
  run (self, job);
}

/**
 * hashiya_pictures_exporter_choose:
 * @network: a network file; else a picture
 * @file: (nullable): the document shown, whose name and folder are offered
 * @chosen: a handler of #HashiyaPictureExportDialog::export, given
 *   @instance first
 *
 * Asks where and how to export.
 */
void
hashiya_pictures_exporter_choose (HashiyaPicturesExporter *self,
                                  GtkWindow               *parent,
                                  gboolean                 network,
                                  HashiyaDocumentFile     *file,
                                  GCallback                chosen,
                                  gpointer                 instance)
{
  g_autofree char *stem = NULL;
  g_autoptr(GFile) folder = NULL;
  HashiyaPictureExportDialog *dialog;

  g_return_if_fail (HASHIYA_IS_PICTURES_EXPORTER (self));
  g_return_if_fail (file == NULL || HASHIYA_IS_DOCUMENT_FILE (file));

  if (file != NULL)
    {
      g_autofree char *title = hashiya_document_file_dup_title (file);

      stem = hashiya_file_stem (title);
      folder = hashiya_document_file_dup_folder (file);
    }
  dialog = hashiya_picture_export_dialog_new (parent, network, stem != NULL ? stem : "network", folder);
  g_signal_connect_object (dialog, "export", chosen, instance, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Stops the exports under way. */
void
hashiya_pictures_exporter_cancel (HashiyaPicturesExporter *self)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_EXPORTER (self));
  g_cancellable_cancel (self->cancellable);
}

/* Whether an export is under way. */
gboolean
hashiya_pictures_exporter_get_exporting (HashiyaPicturesExporter *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_EXPORTER (self), FALSE);
  return self->exporting > 0;
}
