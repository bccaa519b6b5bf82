/* hashiya-pictures-export.c — writing a picture or a network file of
 * the Pictures page on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pictures and network files are made and written on a worker thread by
 * the core's writers, atomically: a failure leaves what was there.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include "hashiya-file.h"
#include "hashiya-network-bar-chart.h"
#include "hashiya-network-scene.h"
#include "hashiya-network-timeline-chart.h"
#include "hashiya-pictures-export.h"

void
hashiya_pictures_export_free (HashiyaPicturesExport *job)
{
  if (job == NULL)
    return;
  g_clear_object (&job->network);
  g_clear_object (&job->counts);
  g_clear_object (&job->timeline);
  g_free (job->counts_title);
  g_clear_pointer (&job->options, hashiya_picture_options_free);
  g_free (job->path);
  g_free (job);
}

static GBytes *
render_picture (HashiyaPicturesExport *job,
                GError               **error)
{
  switch (job->view)
    {
    case HASHIYA_PICTURES_NETWORK:
      {
        g_autoptr(HashiyaNetworkScene) scene = hashiya_network_scene_new (job->network, job->options,
                                                                          job->width, job->height);

        hashiya_network_scene_fit (scene);
        return hashiya_network_scene_render (scene, job->picture_format, error);
      }
    case HASHIYA_PICTURES_COUNTS:
      {
        g_autoptr(HashiyaNetworkBarChart) chart = hashiya_network_bar_chart_new (job->counts, job->counts_title, NULL,
                                                                                 job->options, job->width, job->height);

        return hashiya_network_bar_chart_render (chart, job->picture_format, error);
      }
    case HASHIYA_PICTURES_TIMELINE:
    default:
      {
        g_autoptr(HashiyaNetworkTimelineChart) chart =
          hashiya_network_timeline_chart_new (job->timeline, job->timeline_kind, job->options, job->width, job->height);

        return hashiya_network_timeline_chart_render (chart, job->picture_format, error);
      }
    }
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  HashiyaPicturesExport *job = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (!job->picture)
    {
      if (hashiya_network_export (job->network, job->network_format, job->options, job->width, job->height,
                                  job->path, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }
  if (!hashiya_picture_check_size (job->width, job->height, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  bytes = render_picture (job, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  if (hashiya_file_write_atomic (job->path, bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_pictures_export_async:
 * @job: (transfer full): what to write where
 *
 * Writes @job's picture or network file on a worker thread.
 */
void
hashiya_pictures_export_async (HashiyaPicturesExport *job,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (job != NULL && job->path != NULL);
  g_return_if_fail (job->network != NULL || job->picture);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_pictures_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify) hashiya_pictures_export_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
hashiya_pictures_export_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

