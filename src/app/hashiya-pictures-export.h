/* hashiya-pictures-export.h — writing a picture or a network file of
 * the Pictures page on a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-network.h"
#include "hashiya-network-export.h"
#include "hashiya-network-timeline.h"

G_BEGIN_DECLS

/* What the Pictures page shows, as its view stack names them. */
typedef enum
{
  HASHIYA_PICTURES_NETWORK,
  HASHIYA_PICTURES_COUNTS,
  HASHIYA_PICTURES_TIMELINE,
} HashiyaPicturesView;

/* A picture or a network file to write, as the page shows it. */
typedef struct
{
  HashiyaPicturesView      view;
  gboolean                 picture;        /* a picture; else a network file */
  HashiyaPictureFormat     picture_format;
  HashiyaNetworkFormat     network_format;
  HashiyaNetwork          *network;
  GListModel              *counts;
  char                    *counts_title;
  HashiyaNetworkTimeline  *timeline;
  int                      timeline_kind;  /* a HashiyaTimelineChartKind */
  HashiyaPictureOptions   *options;
  double                   width;
  double                   height;
  char                    *path;
} HashiyaPicturesExport;

void     hashiya_pictures_export_free   (HashiyaPicturesExport *job);
void     hashiya_pictures_export_async  (HashiyaPicturesExport *job,
                                         GCancellable          *cancellable,
                                         GAsyncReadyCallback    callback,
                                         gpointer               user_data);
gboolean hashiya_pictures_export_finish (GAsyncResult          *result,
                                         GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaPicturesExport, hashiya_pictures_export_free)

G_END_DECLS
