/* hashiya-pictures-actions.h — what the window does with its Pictures
 * page: showing it, opening a sentence in the text, writing its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-page.h"
#include "hashiya-pictures-page.h"

G_BEGIN_DECLS

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

void     hashiya_pictures_actions_add   (GtkWidget             *window,
                                         GtkStack              *stack,
                                         HashiyaPage           *page,
                                         HashiyaPicturesPage   *pictures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaPicturesExport, hashiya_pictures_export_free)

G_END_DECLS
