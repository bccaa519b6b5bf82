/* hashiya-corpus-page-private.h — what the parts of HashiyaCorpusPage
 * share: the list and its filters (hashiya-corpus-page.c) and its long
 * work (hashiya-corpus-page-batch.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-corpus-columns.h"
#include "hashiya-corpus-page.h"
#include "hashiya-corpus-search-pane.h"
#include "hashiya-corpus-stats-view.h"

G_BEGIN_DECLS

struct _HashiyaCorpusPage
{
  GtkWidget               parent_instance;

  HashiyaCorpus          *corpus;
  HashiyaCorpusColumns   *columns;
  GtkCustomFilter        *filter;
  GtkFilterListModel     *filter_model;
  GtkSortListModel       *sort_model;
  GtkMultiSelection      *selection;
  GtkStringList          *actor_ids;
  GtkSingleSelection     *actor_selection;
  HashiyaCorpusStats     *stats;
  GHashTable             *actor_stats;   /* id → HashiyaCorpusActorStats of stats */
  char                   *actor_filter;
  char                   *text_filter;   /* folded */
  GCancellable           *operation;
  GPtrArray              *pending_edits;
  HashiyaCorpusSummary   *edit_total;
  guint                   actors_id;
  gboolean                setting_actors;

  AdwToastOverlay        *toast_overlay;
  GtkSearchEntry         *filter_entry;
  GtkRevealer            *read_only_revealer;
  GtkRevealer            *progress_revealer;
  GtkLabel               *progress_label;
  GtkProgressBar         *progress_bar;
  GtkListView            *actors_list;
  GtkStack               *view_stack;
  GtkColumnView          *column_view;
  GtkLabel               *status_label;
  HashiyaCorpusStatsView *stats_view;
  HashiyaCorpusSearchPane *search_pane;
};

void _hashiya_corpus_page_update_actions    (HashiyaCorpusPage *self);
void _hashiya_corpus_page_notify_busy       (HashiyaCorpusPage *self);
void _hashiya_corpus_page_cancel_clicked_cb (HashiyaCorpusPage *self);

G_END_DECLS
