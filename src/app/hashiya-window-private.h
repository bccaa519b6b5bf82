/* hashiya-window-private.h — what the window's action file reaches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-actor-chooser.h"
#include "hashiya-mention-popover.h"
#include "hashiya-sidebar.h"
#include "hashiya-window.h"

G_BEGIN_DECLS

struct _HashiyaWindow
{
  AdwApplicationWindow   parent_instance;

  HashiyaDocument       *document;
  char                  *path;
  char                  *saving_path;
  char                  *draft_id;
  GSettings             *settings;
  GCancellable          *cancellable;
  double                 zoom;
  gboolean               busy;
  gboolean               close_after_save;
  GArray                *matches;
  guint                  current_match;
  gboolean               suggesting;
  gboolean               replacing;
  GFileMonitor          *monitor;
  GCancellable          *operation;
  guint                  progress_delay_id;
  guint                  progress_pulse_id;
  char                  *etag;

  AdwToastOverlay       *toast_overlay;
  AdwWindowTitle        *window_title;
  AdwSplitButton        *open_button;
  GtkToggleButton       *find_button;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  GtkLabel              *match_label;
  GtkInfoBar            *changed_bar;
  GtkRevealer           *progress_revealer;
  GtkLabel              *progress_label;
  GtkProgressBar        *progress_bar;
  GtkButton             *progress_cancel_button;
  GtkLabel              *changed_label;
  GtkButton             *annotate_all_button;
  HashiyaActorChooser   *all_matches_chooser;
  AdwFlap               *flap;
  HashiyaSidebar        *sidebar;
  HashiyaTextView       *text_view;
  HashiyaActorChooser   *actor_chooser;
  HashiyaMentionPopover *mention_popover;
  GMenu                 *recent_menu;
  char                  *untitled_name;
};

void _hashiya_window_class_actions_init (GtkWidgetClass *widget_class);
void _hashiya_window_update_actions     (HashiyaWindow  *self);
void _hashiya_window_apply_font         (HashiyaWindow  *self);
void _hashiya_window_show_error         (HashiyaWindow  *self,
                                         const char     *heading,
                                         const char     *message);
void _hashiya_window_find               (HashiyaWindow  *self,
                                         int             direction);
void _hashiya_window_save_as            (HashiyaWindow  *self);
void _hashiya_window_rebuild_recent     (HashiyaWindow  *self);
void _hashiya_window_suggest            (HashiyaWindow  *self);
GCancellable *_hashiya_window_begin_operation (HashiyaWindow *self,
                                               const char    *label);
void _hashiya_window_end_operation      (HashiyaWindow  *self);
void _hashiya_window_bench_document_shown (HashiyaWindow *self);
void _hashiya_window_show_report        (HashiyaWindow               *self,
                                         const HashiyaReanchorReport *report,
                                         gboolean                     replaced);

G_END_DECLS
