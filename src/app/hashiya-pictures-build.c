/* hashiya-pictures-build.c — what the Pictures page computes on worker
 * threads: the numbers of its pictures, its positions read and kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <errno.h>

#include "hashiya-file.h"
#include "hashiya-network-counts.h"
#include "hashiya-pictures-build.h"

void
hashiya_pictures_build_free (HashiyaPicturesBuild *build)
{
  if (build == NULL)
    return;
  g_clear_pointer (&build->documents, g_ptr_array_unref);
  g_clear_pointer (&build->filter, hashiya_network_filter_free);
  g_clear_object (&build->network);
  g_clear_object (&build->counts);
  g_clear_object (&build->timeline);
  g_clear_object (&build->span);
  g_free (build);
}

/**
 * hashiya_pictures_count:
 * @kind: 0 mentions by actor, 1 by kind of actor, 2 by type of mention,
 *   3 relations by type, 4 by quad class
 *
 * Returns: (transfer full): the counts the page's list chooses
 */
GListModel *
hashiya_pictures_count (GPtrArray                  *documents,
                        const HashiyaNetworkFilter *filter,
                        guint                       kind)
{
  switch (kind)
    {
    case 1:
      return hashiya_network_count_mentions_by_kind (documents, filter);
    case 2:
      return hashiya_network_count_mentions_by_type (documents, filter);
    case 3:
      return hashiya_network_count_relations_by_type (documents, filter);
    case 4:
      return hashiya_network_count_relations_by_quad_class (documents, filter);
    case 0:
    default:
      return hashiya_network_count_mentions_by_actor (documents, filter);
    }
}

/* The network, the counts, the timeline and the timeline of every date
 * of @build's documents, on the thread that calls it. */
void
hashiya_pictures_build_run (HashiyaPicturesBuild *build)
{
  build->network = hashiya_network_new (build->documents, build->filter);
  build->counts = hashiya_pictures_count (build->documents, build->filter, build->counts_kind);
  build->timeline = hashiya_network_timeline_new (build->documents, build->filter, build->period, NULL);
  /* The periods offered as a range: those of every date. */
  if (build->filter->from != NULL || build->filter->to != NULL)
    {
      g_autoptr(HashiyaNetworkFilter) every_date = hashiya_network_filter_copy (build->filter);

      g_clear_pointer (&every_date->from, g_free);
      g_clear_pointer (&every_date->to, g_free);
      build->span = hashiya_network_timeline_new (build->documents, every_date, build->period, NULL);
    }
  else
    build->span = g_object_ref (build->timeline);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  hashiya_pictures_build_run (task_data);
  g_task_return_boolean (task, TRUE);
}

/* Runs @build (taken) in @task's worker thread; its task data. */
void
hashiya_pictures_build_in_thread (GTask                *task,
                                  HashiyaPicturesBuild *build)
{
  g_task_set_task_data (task, build, (GDestroyNotify) hashiya_pictures_build_free);
  g_task_run_in_thread (task, build_thread);
}

static void
load_positions_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  GError *error = NULL;
  HashiyaNetworkPositions *positions = hashiya_network_positions_load_or_new (task_data, &error);

  if (positions == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, positions, g_object_unref);
}

/* Reads the positions kept at @path in @task's worker thread; the task
 * returns them, or an error. */
void
hashiya_pictures_positions_load_in_thread (GTask      *task,
                                           const char *path)
{
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, load_positions_thread);
}

/* What a worker thread writes: the positions' bytes, and where. */
typedef struct
{
  GBytes *bytes;
  char   *path;
} PositionsSave;

static void
positions_save_free (PositionsSave *save)
{
  g_bytes_unref (save->bytes);
  g_free (save->path);
  g_free (save);
}

static void
save_positions_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  PositionsSave *save = task_data;
  const char *path = save->path;
  g_autofree char *folder = g_path_get_dirname (path);
  GError *error = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved), "%s: %s", folder, g_strerror (saved));
      return;
    }
  if (hashiya_file_write_atomic (path, save->bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Writes @positions to @path in @task's worker thread, its folder made
 * first. */
void
hashiya_pictures_positions_save_in_thread (GTask                   *task,
                                           HashiyaNetworkPositions *positions,
                                           const char              *path)
{
  PositionsSave *save = g_new0 (PositionsSave, 1);

  save->bytes = hashiya_network_positions_to_bytes (positions);
  save->path = g_strdup (path);
  g_task_set_task_data (task, save, (GDestroyNotify) positions_save_free);
  g_task_run_in_thread (task, save_positions_thread);
}
