/* hashiya-test-window.h — what the window tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-application.h"
#include "hashiya-actor-chooser.h"
#include "hashiya-mention-popover.h"
#include "hashiya-sidebar.h"
#include "hashiya-window.h"

G_BEGIN_DECLS

void hashiya_test_init_window_tests (int *argc, char ***argv);

HashiyaPage *hashiya_test_page_of (HashiyaWindow *window);
GtkWidget *hashiya_test_page_child (HashiyaWindow *window, const char *name);
GtkWidget *hashiya_test_find_bar_child (HashiyaWindow *window, const char *name);
GtkWidget *hashiya_test_operation_bar_child (HashiyaWindow *window, const char *name);
GtkWidget *hashiya_test_first_of_type (GtkWidget *root, GType type);
gboolean hashiya_test_timeout_cb (gpointer data);
void hashiya_test_wait_for_frames (GtkWidget *widget, int n);
void hashiya_test_wait_until (gboolean *done);
HashiyaApplication *hashiya_test_registered_application (void);
HashiyaWindow *hashiya_test_open_window_in (HashiyaApplication *application, HashiyaDocument *document);
void hashiya_test_wait_while (gboolean (*busy) (gpointer), gpointer data);
void hashiya_test_wait_idle (HashiyaWindow *window);
void hashiya_test_wait_operation_done (HashiyaWindow *window);
HashiyaWindow *hashiya_test_open_window (HashiyaDocument *document);
void hashiya_test_close_window (HashiyaWindow *window);
void hashiya_test_run_xdotool (const char * const *argv);
gboolean hashiya_test_have_x11 (void);
void hashiya_test_focus_window (HashiyaWindow *window);
void hashiya_test_focus_gtk_window (GtkWindow *window);
void hashiya_test_press_until_added (HashiyaWindow *window, guint start, guint end, const char *key, gboolean *added);
void hashiya_test_mention_added_cb (HashiyaDocument *document, HashiyaMention *mention, gboolean *done);
GArray *hashiya_test_paragraph_glyphs (GtkTextView *view, int line, gboolean with_tags);
void hashiya_test_assert_colour_only (GtkTextTag *tag, gpointer data);
GtkWidget *hashiya_test_find_widget (GtkWidget *root, GType type, guint index);
GtkWidget *hashiya_test_find_label (GtkWidget *root, const char *text);

/* Waits and real input that may need another try on a busy machine. */
typedef gboolean (*HashiyaTestReadyFunc) (gpointer data);
gboolean hashiya_test_flag_is_set (gpointer data);
gboolean hashiya_test_wait_ready (HashiyaTestReadyFunc ready, gpointer data, guint seconds);
void hashiya_test_press_until_ready (HashiyaWindow *window, const char *key, HashiyaTestReadyFunc ready, gpointer data);
void hashiya_test_press_until (HashiyaWindow *window, const char *key, gboolean *done);
void hashiya_test_click_native (GtkNative *native, double x, double y, const char *button);
void hashiya_test_click_widget (GtkWidget *widget, const char *button);
void hashiya_test_click_text_until_ready (HashiyaWindow *window, guint offset, const char *button,
                                          HashiyaTestReadyFunc ready, gpointer data);
void hashiya_test_screenshot (HashiyaWindow *window, const char *name);
GtkFileChooser *hashiya_test_find_file_chooser (void);
AdwMessageDialog *hashiya_test_find_message_dialog (void);
void hashiya_test_type_until_ready (HashiyaWindow *window, const char *text, const char *clear,
                                    HashiyaTestReadyFunc ready, gpointer data);

/* The window's parts. */
#define window_sidebar(w) HASHIYA_SIDEBAR (hashiya_test_page_child ((w), "sidebar"))
#define window_search_entry(w) GTK_SEARCH_ENTRY (hashiya_test_find_bar_child ((w), "search_entry"))
#define window_search_bar(w) GTK_SEARCH_BAR (hashiya_test_find_bar_child ((w), "search_bar"))
#define window_match_label(w) GTK_LABEL (hashiya_test_find_bar_child ((w), "match_label"))
#define window_changed_bar(w) GTK_INFO_BAR (hashiya_test_page_child ((w), "changed_bar"))
#define window_changed_label(w) GTK_LABEL (hashiya_test_page_child ((w), "changed_label"))
#define window_progress_revealer(w) GTK_REVEALER (hashiya_test_operation_bar_child ((w), "revealer"))
#define window_progress_label(w) GTK_LABEL (hashiya_test_operation_bar_child ((w), "label"))
#define window_progress_bar(w) GTK_PROGRESS_BAR (hashiya_test_operation_bar_child ((w), "progress_bar"))
#define window_actor_chooser(w) \
  HASHIYA_ACTOR_CHOOSER (hashiya_test_first_of_type (GTK_WIDGET (hashiya_window_get_text_view (w)), HASHIYA_TYPE_ACTOR_CHOOSER))
#define window_all_matches_chooser(w) \
  HASHIYA_ACTOR_CHOOSER (hashiya_test_first_of_type (GTK_WIDGET (hashiya_page_get_find_bar (hashiya_test_page_of (w))), \
                                        HASHIYA_TYPE_ACTOR_CHOOSER))
#define window_mention_popover(w) \
  HASHIYA_MENTION_POPOVER (hashiya_test_first_of_type (GTK_WIDGET (hashiya_window_get_text_view (w)), \
                                          HASHIYA_TYPE_MENTION_POPOVER))
#define window_busy(w) hashiya_document_file_get_busy (hashiya_window_get_document_file (w))
#define window_operation(w) hashiya_operation_bar_get_active (hashiya_page_get_operation_bar (hashiya_test_page_of (w)))
#define window_zoom(w) hashiya_page_get_zoom (hashiya_test_page_of (w))
#define window_path(w) hashiya_document_file_get_path (hashiya_window_get_document_file (w))
#define window_operations(w) hashiya_window_get_operations (w)

/* Runs the main loop until @condition holds, failing after twenty
 * seconds; @condition is read again at each turn of the loop. */
#define WAIT_UNTIL(condition) \
  G_STMT_START \
    { \
      gboolean timed_out_ = FALSE; \
      guint id_ = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out_); \
      while (!(condition) && !timed_out_) \
        g_main_context_iteration (NULL, TRUE); \
      g_assert_true (condition); \
      if (!timed_out_) \
        g_source_remove (id_); \
    } \
  G_STMT_END

G_END_DECLS
