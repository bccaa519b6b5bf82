/* hashiya-window.c — the reading and annotating window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hashiya-bench.h"
#include "hashiya-print-operation.h"
#include "hashiya-ui-util.h"
#include "hashiya-window-private.h"

G_DEFINE_FINAL_TYPE (HashiyaWindow, hashiya_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (HashiyaWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *folder = NULL;

  if (self->document == NULL)
    return;

  name = self->path != NULL ? g_path_get_basename (self->path)
       : g_strdup (self->untitled_name != NULL ? self->untitled_name : _("Untitled Document"));
  title = hashiya_document_get_modified (self->document) ? g_strdup_printf ("• %s", name) : g_strdup (name);
  if (self->path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);
      folder = g_filename_display_name (dir);
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 folder != NULL ? folder
                                                : hashiya_catalog_get_name (hashiya_document_get_catalog (self->document)));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
_hashiya_window_show_error (HashiyaWindow *self,
                            const char    *heading,
                            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_hashiya_window_apply_font (HashiyaWindow *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "font");

  hashiya_text_view_set_font (self->text_view, font, self->zoom,
                              g_settings_get_double (self->settings, "line-spacing"));
}

static void
style_changed_cb (HashiyaWindow   *self,
                  GParamSpec      *pspec,
                  AdwStyleManager *manager)
{
  hashiya_text_view_set_style (self->text_view, adw_style_manager_get_dark (manager),
                               adw_style_manager_get_high_contrast (manager));
}

static void
settings_changed_cb (HashiyaWindow *self,
                     const char    *key)
{
  if (g_str_equal (key, "font") || g_str_equal (key, "line-spacing"))
    _hashiya_window_apply_font (self);
  else if (g_str_equal (key, "author") && self->document != NULL)
    {
      g_autofree char *author = g_settings_get_string (self->settings, "author");
      hashiya_document_set_author (self->document, author);
    }
}

static guint document_changed_signal;

static void
document_state_cb (HashiyaWindow *self)
{
  update_title (self);
  _hashiya_window_update_actions (self);
  g_signal_emit (self, document_changed_signal, 0);
}

/* Annotating with the chooser: Enter (or the context menu key) on a
 * selection opens it at the selection. */
static void
annotate_requested_cb (HashiyaWindow *self,
                       guint          start,
                       guint          end)
{
  GdkRectangle rect = hashiya_text_view_get_range_rect (self->text_view, start, end);

  hashiya_actor_chooser_set_catalog (self->actor_chooser, hashiya_document_get_catalog (self->document));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->actor_chooser), &rect);
  gtk_popover_popup (GTK_POPOVER (self->actor_chooser));
}

static void
actor_chosen_cb (HashiyaWindow *self,
                 HashiyaActor  *actor)
{
  g_autoptr(GError) error = NULL;

  if (hashiya_text_view_annotate (self->text_view, actor, &error) == NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* "New Actor “…”" in a chooser: the typed name becomes an actor, and
 * what the chooser was for is done with it, all in one undo step. */
static void
new_actor_cb (HashiyaWindow       *self,
              const char          *name,
              HashiyaActorChooser *chooser)
{
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (self->document);
  g_autoptr(HashiyaActor) actor = hashiya_actor_new_named (hashiya_document_get_catalog (self->document), name);
  g_autoptr(GError) error = NULL;

  hashiya_undo_stack_begin_group (undo, "New actor");
  if (hashiya_document_add_actor (self->document, actor, &error))
    g_signal_emit_by_name (chooser, "actor-chosen", actor);
  hashiya_undo_stack_end_group (undo);
  if (error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static guint
n_matches (HashiyaWindow *self)
{
  return self->matches->len / 2;
}

/* "Annotate All As…": every match of the find bar that is a whole word,
 * as suggestions are (never "أذربيجان" inside "الأذربيجانية"), becomes a
 * mention of the chosen actor, in one undo step. */
static void
all_matches_chosen_cb (HashiyaWindow *self,
                       HashiyaActor  *actor)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (HashiyaMatch));
  g_autoptr(GArray) words = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  guint added, inside;

  words = hashiya_find_words (hashiya_document_get_text (self->document),
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  for (guint i = 0; i < words->len; i += 2)
    {
      HashiyaMatch match = {
        .start = g_array_index (words, guint, i),
        .end = g_array_index (words, guint, i + 1),
        .actor = hashiya_actor_get_id (actor),
        .type = HASHIYA_MENTION_TYPE_NAME,
      };
      g_array_append_val (matches, match);
    }

  added = hashiya_document_add_matches (self->document, matches, HASHIYA_MENTION_STATUS_ACCEPTED);
  added_text = g_strdup_printf (ngettext ("%u mention added", "%u mentions added", added), added);
  inside = n_matches (self) > matches->len ? n_matches (self) - matches->len : 0;
  if (inside > 0)
    /* Translators: the first %s is "N mentions added" */
    message = g_strdup_printf (ngettext ("%s; %u match inside a longer word left out",
                                         "%s; %u matches inside longer words left out", inside),
                               added_text, inside);
  else
    message = g_steal_pointer (&added_text);
  toast = adw_toast_new (message);
  if (added > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
mention_activated_cb (HashiyaWindow  *self,
                      HashiyaMention *mention)
{
  GdkRectangle rect = hashiya_text_view_get_range_rect (self->text_view,
                                                        hashiya_mention_get_start (mention),
                                                        hashiya_mention_get_end (mention));

  hashiya_mention_popover_set_mention (self->mention_popover, self->document, mention);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->mention_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->mention_popover));
}

static void
mention_deleted_cb (HashiyaWindow  *self,
                    HashiyaMention *mention)
{
  g_autofree char *title = g_strdup_printf (_("Mention “%s” removed"), hashiya_mention_get_quote_exact (mention));
  AdwToast *toast = adw_toast_new (title);

  gtk_popover_popdown (GTK_POPOVER (self->mention_popover));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A span chosen by hand lost its proclitics, as the span rules want:
 * say which. */
static void
proclitics_left_out_cb (HashiyaWindow *self,
                        const char    *proclitics)
{
  g_autofree char *message = NULL;
  guint n_letters = 0;

  for (const char *p = proclitics; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      n_letters++;
  message = g_strdup_printf (ngettext ("Left out the proclitic «%s»", "Left out the proclitics «%s»", n_letters),
                             proclitics);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Clicking an actor again and again steps through its mentions. */
static void
sidebar_actor_activated_cb (HashiyaWindow *self,
                            HashiyaActor  *actor)
{
  GListModel *mentions = hashiya_document_get_mentions (self->document);
  HashiyaMention *current = hashiya_text_view_get_selected_mention (self->text_view);
  guint n = g_list_model_get_n_items (mentions);
  guint from = 0;

  if (current != NULL)
    from = hashiya_document_find_first_at (self->document, hashiya_mention_get_start (current) + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, (from + i) % n);

      if (g_strcmp0 (hashiya_mention_get_actor (mention), hashiya_actor_get_id (actor)) == 0 &&
          mention != current)
        {
          hashiya_text_view_select_mention (self->text_view, mention);
          return;
        }
    }

  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
sidebar_mention_activated_cb (HashiyaWindow  *self,
                              HashiyaMention *mention)
{
  hashiya_text_view_select_mention (self->text_view, mention);
}

/* Find: every match of the query, folded as the matcher folds (so that
 * "اذربيجان" finds "لأذربيجان"), the current one selected. The matches
 * are start and end offsets, in pairs. */
static void
find_all (HashiyaWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GArray) found = NULL;

  g_array_set_size (self->matches, 0);
  self->current_match = 0;
  if (self->document == NULL || query[0] == '\0')
    return;

  found = hashiya_find (hashiya_document_get_text (self->document), query);
  g_array_append_vals (self->matches, found->data, found->len);
}

/* While the find bar is open, every match is marked, the current one
 * clearly; closed, none is. */
static void
mark_matches (HashiyaWindow *self)
{
  gboolean open = gtk_search_bar_get_search_mode (self->search_bar) && n_matches (self) > 0;

  hashiya_text_view_mark_matches (self->text_view, open ? self->matches : NULL);
  if (!open)
    hashiya_text_view_mark_current_match (self->text_view, 0, 0);
  else
    hashiya_text_view_mark_current_match (self->text_view,
                                          g_array_index (self->matches, guint, 2 * self->current_match),
                                          g_array_index (self->matches, guint, 2 * self->current_match + 1));
}

static void
search_mode_cb (HashiyaWindow *self)
{
  /* Also while the window is disposed. */
  if (self->text_view != NULL && self->matches != NULL)
    mark_matches (self);
}

static void
show_match (HashiyaWindow *self)
{
  g_autofree char *label = NULL;
  guint start, end;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.annotate-all-matches", n_matches (self) > 0);
  if (n_matches (self) == 0)
    {
      gboolean empty = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0';

      gtk_label_set_label (self->match_label, empty ? "" : _("No matches"));
      return;
    }

  start = g_array_index (self->matches, guint, 2 * self->current_match);
  end = g_array_index (self->matches, guint, 2 * self->current_match + 1);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    hashiya_text_view_mark_current_match (self->text_view, start, end);
  hashiya_text_view_select_range (self->text_view, start, end);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->text_view),
                                gtk_text_buffer_get_insert (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view))),
                                0.2, FALSE, 0, 0);
  /* Translators: the current match and the number of matches */
  label = g_strdup_printf (_("%u of %u"), self->current_match + 1, n_matches (self));
  gtk_label_set_label (self->match_label, label);
}

void
_hashiya_window_find (HashiyaWindow *self,
                      int            direction)
{
  if (n_matches (self) == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  self->current_match = (self->current_match + n_matches (self) + direction) % n_matches (self);
  show_match (self);
}

static void
search_changed_cb (HashiyaWindow *self)
{
  find_all (self);
  mark_matches (self);
  show_match (self);
}

static void
search_next_cb (HashiyaWindow *self)
{
  _hashiya_window_find (self, +1);
}

static void
search_previous_cb (HashiyaWindow *self)
{
  _hashiya_window_find (self, -1);
}

static void
search_stop_cb (HashiyaWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static gboolean
drop_cb (HashiyaWindow *self,
         const GValue  *value,
         double         x,
         double         y)
{
  GSList *files = g_value_get_boxed (value);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (l == files && hashiya_window_is_pristine (self))
        hashiya_window_load_file (self, l->data);
      else if (application != NULL)
        g_application_open (G_APPLICATION (application), (GFile **) &l->data, 1, "");
    }

  return files != NULL;
}

/* Long work (opening, matching) shows a progress bar with Cancel when it
 * takes longer than this. */
#define PROGRESS_DELAY_MS 200

/* What the window shows without freezing; the CLI handles more. */
#define WINDOW_MAX_LINE 2000000
#define WINDOW_MAX_MENTIONS 500000
#define WINDOW_SLOW_LINE 50000

static gboolean
pulse_cb (gpointer user_data)
{
  HashiyaWindow *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  HashiyaWindow *self = user_data;

  self->progress_delay_id = 0;
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_pulse_id = g_timeout_add (100, pulse_cb, self);
  return G_SOURCE_REMOVE;
}

/**
 * _hashiya_window_begin_operation:
 * @label: what is being done, shown beside the progress bar
 *
 * Returns: (transfer none): the cancellable the operation must honour;
 *   Cancel and closing the window cancel it
 */
GCancellable *
_hashiya_window_begin_operation (HashiyaWindow *self,
                                 const char    *label)
{
  _hashiya_window_end_operation (self);
  self->operation = g_cancellable_new ();
  g_signal_connect_object (self->cancellable, "cancelled", G_CALLBACK (g_cancellable_cancel), self->operation,
                           G_CONNECT_SWAPPED);
  gtk_label_set_label (self->progress_label, label);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_cancel_button), TRUE);
  self->progress_delay_id = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);
  return self->operation;
}

void
_hashiya_window_end_operation (HashiyaWindow *self)
{
  g_clear_handle_id (&self->progress_delay_id, g_source_remove);
  g_clear_handle_id (&self->progress_pulse_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  g_clear_object (&self->operation);
}

static void
progress_cancel_cb (HashiyaWindow *self)
{
  if (self->operation != NULL)
    g_cancellable_cancel (self->operation);
}

/* Refuses, with the reason, what the window could not show without
 * freezing. */
static gboolean
check_window_limits (HashiyaDocument  *document,
                     GError          **error)
{
  HashiyaText *text = hashiya_document_get_text (document);

  /* %'u: the big numbers grouped as the reader's locale writes them. */
  if (hashiya_text_get_longest_line (text) > WINDOW_MAX_LINE)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                   _("One paragraph is %'u characters long; the window shows paragraphs of up to %'u characters. "
                     "Split the text into paragraphs, or work on it with hashiya-cli."),
                   hashiya_text_get_longest_line (text), WINDOW_MAX_LINE);
      return FALSE;
    }
  if (hashiya_document_get_n_mentions (document) > WINDOW_MAX_MENTIONS)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                   _("The document has %'u mentions; the window shows up to %'u. Work on it with hashiya-cli."),
                   hashiya_document_get_n_mentions (document), WINDOW_MAX_MENTIONS);
      return FALSE;
    }
  return TRUE;
}

/* Outside changes: the file's etag when we last read or wrote it tells
 * our own writes from someone else's. */
static char *
query_etag (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

static gboolean
changed_on_disk (HashiyaWindow *self)
{
  g_autofree char *etag = NULL;

  if (self->path == NULL || self->etag == NULL)
    return FALSE;
  etag = query_etag (self->path);
  return g_strcmp0 (etag, self->etag) != 0;
}

static void
file_changed_cb (HashiyaWindow     *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (self->busy || !changed_on_disk (self))
    return;

  name = g_path_get_basename (self->path);
  message = g_strdup_printf (_("“%s” was changed on disk by another program. Reload it, and lose the changes "
                               "made here, or keep this version?"), name);
  gtk_label_set_label (self->changed_label, message);
  gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

/* Watches the document's own file (a .hashiya; a text it came from is
 * never written, so never watched). */
static void
watch_file (HashiyaWindow *self)
{
  g_autoptr(GFile) file = NULL;

  g_clear_object (&self->monitor);
  g_clear_pointer (&self->etag, g_free);
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  if (self->path == NULL || !g_str_has_suffix (self->path, ".hashiya"))
    return;

  file = g_file_new_for_path (self->path);
  self->etag = query_etag (self->path);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
changed_bar_response_cb (HashiyaWindow *self,
                         int            response)
{
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  if (response == 1 && self->path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (self->path);

      hashiya_document_mark_saved (self->document);
      hashiya_window_load_file (self, file);
    }
  else
    {
      /* Keep mine: the next save asks before it replaces theirs. */
    }
}

static void
close_response_cb (HashiyaWindow   *self,
                   const char      *response,
                   AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      hashiya_document_mark_saved (self->document);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      if (self->path != NULL && g_str_has_suffix (self->path, ".hashiya"))
        hashiya_window_save_to (self, self->path);
      else
        _hashiya_window_save_as (self);
    }
}

static gboolean
hashiya_window_close_request (GtkWindow *window)
{
  HashiyaWindow *self = HASHIYA_WINDOW (window);
  GtkWidget *dialog;

  if (self->document == NULL || !hashiya_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (hashiya_window_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Save Changes?"),
                                   _("The document has unsaved mentions. Changes that are not saved are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (close_response_cb), self);
  /* The window outlives its question. Discard destroys the window from
   * inside the dialog's response, after the dialog was destroyed but
   * while it is still held: GTK 4.8 then never forgets the dialog's
   * transient parent, and the dialog, finalized last, would disconnect
   * from a window already freed. */
  g_object_set_data_full (G_OBJECT (dialog), "hashiya-window", g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
hashiya_window_dispose (GObject *object)
{
  HashiyaWindow *self = (HashiyaWindow *) object;

  g_cancellable_cancel (self->cancellable);
  _hashiya_window_end_operation (self);
  /* Let a focused entry see its focus go before it is disposed. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  if (self->actor_chooser != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->actor_chooser)));
  if (self->mention_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->mention_popover)));
  if (self->all_matches_chooser != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->all_matches_chooser)));
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->recent_menu);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->saving_path, g_free);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->untitled_name, g_free);

  G_OBJECT_CLASS (hashiya_window_parent_class)->dispose (object);
}

static void
hashiya_window_class_init (HashiyaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hashiya_window_dispose;
  window_class->close_request = hashiya_window_close_request;

  /**
   * HashiyaWindow::document-changed:
   *
   * The document was edited, saved, or replaced by another one.
   */
  document_changed_signal =
    g_signal_new ("document-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HashiyaWindow::suggested:
   * @added: how many suggestions were added
   */
  g_signal_new ("suggested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (HASHIYA_TYPE_SIDEBAR);
  g_type_ensure (HASHIYA_TYPE_TEXT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, find_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, changed_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, progress_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, changed_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, annotate_all_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, text_view);
  gtk_widget_class_bind_template_callback (widget_class, annotate_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, proclitics_left_out_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_actor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_mention_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_cancel_cb);

  _hashiya_window_class_actions_init (widget_class);
}

static void
hashiya_window_init (HashiyaWindow *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_autoptr(GAction) sidebar_action = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  if (hashiya_bench_enabled ())
    hashiya_bench_watch (GTK_WIDGET (self), GTK_WIDGET (self->text_view));

  self->zoom = 1.0;
  self->draft_id = g_uuid_string_random ();
  self->cancellable = g_cancellable_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->settings = g_settings_new (SCHEMA_ID);

  self->actor_chooser = HASHIYA_ACTOR_CHOOSER (hashiya_actor_chooser_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->actor_chooser), GTK_WIDGET (self->text_view));
  g_signal_connect_swapped (self->actor_chooser, "actor-chosen", G_CALLBACK (actor_chosen_cb), self);
  self->mention_popover = HASHIYA_MENTION_POPOVER (hashiya_mention_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->mention_popover), GTK_WIDGET (self->text_view));
  self->all_matches_chooser = HASHIYA_ACTOR_CHOOSER (hashiya_actor_chooser_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->all_matches_chooser), GTK_WIDGET (self->annotate_all_button));
  g_signal_connect_swapped (self->all_matches_chooser, "actor-chosen", G_CALLBACK (all_matches_chosen_cb), self);
  g_signal_connect_swapped (self->actor_chooser, "new-actor", G_CALLBACK (new_actor_cb), self);
  g_signal_connect_swapped (self->all_matches_chooser, "new-actor", G_CALLBACK (new_actor_cb), self);

  g_settings_bind (self->settings, "show-sidebar", self->flap, "reveal-flap", G_SETTINGS_BIND_DEFAULT);
  sidebar_action = g_settings_create_action (self->settings, "show-sidebar");
  g_action_map_add_action (G_ACTION_MAP (self), sidebar_action);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_bind_property (self->find_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self, NULL, style);
  _hashiya_window_apply_font (self);

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->recent_menu = g_menu_new ();
  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_hashiya_window_rebuild_recent), self, G_CONNECT_SWAPPED);
  _hashiya_window_rebuild_recent (self);
  _hashiya_window_update_actions (self);
}

HashiyaWindow *
hashiya_window_new (GtkApplication *application)
{
  return g_object_new (HASHIYA_TYPE_WINDOW, "application", application, NULL);
}

/**
 * hashiya_window_set_document:
 * @path: (nullable): where the document lives: a .hashiya file, a text it
 *   was made from, or %NULL for a new one
 */
void
hashiya_window_set_document (HashiyaWindow   *self,
                             HashiyaDocument *document,
                             const char      *path)
{
  g_autofree char *author = NULL;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (hashiya_document_get_undo_stack (self->document), self);
    }

  g_set_object (&self->document, document);
  g_free (self->path);
  self->path = g_strdup (path);

  author = g_settings_get_string (self->settings, "author");
  hashiya_document_set_author (document, author);
  hashiya_text_view_set_document (self->text_view, document);
  if (hashiya_bench_enabled ())
    hashiya_bench_report ("text-view-filled", "%.1f", hashiya_bench_now_ms ());
  hashiya_sidebar_set_document (self->sidebar, document);
  if (hashiya_bench_enabled ())
    hashiya_bench_report ("sidebar-filled", "%.1f", hashiya_bench_now_ms ());

  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (document_state_cb), self);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_state_cb), self);
  g_signal_connect_swapped (hashiya_document_get_undo_stack (document), "notify",
                            G_CALLBACK (document_state_cb), self);
  find_all (self);
  mark_matches (self);
  show_match (self);
  watch_file (self);
  document_state_cb (self);
  if (hashiya_document_get_reanchor_report (document) != NULL)
    _hashiya_window_show_report (self, hashiya_document_get_reanchor_report (document), self->replacing);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/**
 * hashiya_window_set_untitled_name:
 * @name: (nullable): what to call the document while it has no file of
 *   its own, or %NULL for "Untitled Document"
 *
 * Names the title, and the file that saving or exporting suggests.
 */
void
hashiya_window_set_untitled_name (HashiyaWindow *self,
                                  const char    *name)
{
  g_return_if_fail (HASHIYA_IS_WINDOW (self));

  g_free (self->untitled_name);
  self->untitled_name = g_strdup (name);
  update_title (self);
}

/**
 * hashiya_window_dup_name:
 *
 * Returns: (transfer full): the document's file name without its
 *   extension, its untitled name, or "Untitled"; for files made from it
 */
char *
hashiya_window_dup_name (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);

  if (self->path != NULL)
    return hashiya_file_stem (self->path);
  if (self->untitled_name != NULL)
    return g_strdelimit (g_strdup (self->untitled_name), G_DIR_SEPARATOR_S, '-');
  return g_strdup (_("Untitled"));
}

/**
 * hashiya_window_dup_folder:
 *
 * Where a file chooser for this document starts: the folder of its file
 * (or of the text it was made from); for a document of no file, the
 * user's Documents folder, or home.
 *
 * Returns: (transfer full): the folder
 */
GFile *
hashiya_window_dup_folder (HashiyaWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);

  if (self->path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self->path);

      if (g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_file_new_for_path (dir);
    }
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

/**
 * hashiya_window_show_sample:
 *
 * Shows the bundled article as a new document, with the window's default
 * catalogue, titled "Sample Article".
 */
void
hashiya_window_show_sample (HashiyaWindow *self)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autoptr(HashiyaText) text = hashiya_text_new_from_bytes (sample, NULL);
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaDocument) document = NULL;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));

  catalog = hashiya_window_get_default_catalog (self);
  document = hashiya_document_new (text, catalog);
  g_free (self->untitled_name);
  self->untitled_name = g_strdup (_("Sample Article"));
  hashiya_window_set_document (self, document, NULL);
}

/* The first words of the first line that has any, to name a text that
 * has no file. */
#define NAME_MAX_CHARS 40

static char *
first_words (HashiyaText *text)
{
  g_auto(GStrv) lines = g_strsplit_set (hashiya_text_get_data (text, NULL), "\r\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      g_autofree char *cut = NULL;
      char *space;

      if (line[0] == '\0')
        continue;
      if (g_utf8_strlen (line, -1) <= NAME_MAX_CHARS)
        return g_strdup (line);
      cut = g_utf8_substring (line, 0, NAME_MAX_CHARS);
      space = strrchr (cut, ' ');
      if (space != NULL && space > cut)
        *space = '\0';
      return g_strconcat (g_strchomp (cut), "…", NULL);
    }
  return NULL;
}

/**
 * hashiya_window_show_text:
 *
 * Shows @text (pasted, say) as a new document with the window's default
 * catalogue, named by its first words. It counts as unsaved work: closing
 * asks, and a draft is kept.
 */
void
hashiya_window_show_text (HashiyaWindow *self,
                          HashiyaText   *text)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaDocument) document = NULL;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  catalog = hashiya_window_get_default_catalog (self);
  document = hashiya_document_new (text, catalog);
  hashiya_document_mark_unsaved (document);
  g_free (self->untitled_name);
  self->untitled_name = first_words (text);
  hashiya_window_set_document (self, document, NULL);
}

HashiyaDocument *
hashiya_window_get_document (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->document;
}

const char *
hashiya_window_get_path (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->path;
}

HashiyaTextView *
hashiya_window_get_text_view (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->text_view;
}

/* The name of the window's draft in the session (a UUID). */
const char *
hashiya_window_get_draft_id (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->draft_id;
}

void
hashiya_window_set_draft_id (HashiyaWindow *self,
                             const char    *draft_id)
{
  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (g_uuid_string_is_valid (draft_id));

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
}

/* An untitled document nobody has touched: opening a file replaces it
 * rather than opening another window. */
gboolean
hashiya_window_is_pristine (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), FALSE);

  return self->document == NULL ||
         (self->path == NULL && !hashiya_document_get_modified (self->document) &&
          !hashiya_undo_stack_get_can_undo (hashiya_document_get_undo_stack (self->document)));
}

static void
add_recent (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/**
 * hashiya_window_get_default_catalog:
 *
 * The catalogue new documents start from: the one chosen in Preferences,
 * or the built-in one (also when the chosen file cannot be read, which a
 * toast then explains).
 *
 * Returns: (transfer full): a catalogue of the window's own
 */
HashiyaCatalog *
hashiya_window_get_default_catalog (HashiyaWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "default-catalog");
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog;

  if (path[0] == '\0')
    return hashiya_catalog_new_default ();

  catalog = hashiya_catalog_load_file (path, &error);
  if (catalog == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The default catalogue could not be read (%s); "
                                                    "the built-in one is used"), error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      catalog = hashiya_catalog_new_default ();
    }
  return catalog;
}

/* An import lists what it could not take: say how much, and show the
 * list on request. */
static void
announce_import_problems (HashiyaWindow *self)
{
  GPtrArray *problems = hashiya_document_get_import_problems (self->document);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (problems == NULL || problems->len == 0)
    return;

  message = g_strdup_printf (ngettext ("The import left %u remark", "The import left %u remarks", problems->len),
                             problems->len);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-import-problems");
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaWindow) self = user_data;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = g_task_get_task_data (G_TASK (result));
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), display);

  self->busy = FALSE;
  _hashiya_window_end_operation (self);
  document = hashiya_document_open_file_finish (result, &error);
  if (hashiya_bench_enabled ())
    hashiya_bench_report ("document-read", "%.1f", hashiya_bench_now_ms ());
  if (document != NULL && !check_window_limits (document, &error))
    g_clear_object (&document);
  if (document == NULL)
    {
      /* A preview of what could not be read goes; what was shown returns. */
      if (self->document != NULL)
        hashiya_text_view_set_document (self->text_view, self->document);
      else
        hashiya_text_view_show_preview (self->text_view, NULL);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _hashiya_window_show_error (self, heading, error->message);
      _hashiya_window_update_actions (self);
      return;
    }
  if (hashiya_text_get_longest_line (hashiya_document_get_text (document)) > WINDOW_SLOW_LINE)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("This text has very long paragraphs: annotating in them is slower")));

  add_recent (path);
  /* A text becomes a new document: saving asks where to put the .hashiya. */
  hashiya_window_set_document (self, document, path);
  announce_import_problems (self);
  if (hashiya_bench_enabled ())
    _hashiya_window_bench_document_shown (self);
}

/* A big document shows its start while the rest is read: read-only,
 * since the window is busy until then. */
static void
preview_cb (HashiyaDocument *preview,
            gpointer         user_data)
{
  HashiyaWindow *self = user_data;

  if (!self->busy || !check_window_limits (preview, NULL))
    return;
  hashiya_text_view_show_preview (self->text_view, preview);
  if (hashiya_bench_enabled ())
    hashiya_bench_first_content (GTK_WIDGET (self->text_view));
}

/**
 * hashiya_window_load_file:
 *
 * Opens a .hashiya document or a UTF-8 text in this window, off the main
 * thread. On failure the window keeps what it showed and says why.
 */
void
hashiya_window_load_file (HashiyaWindow *self,
                          GFile         *file)
{
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      _hashiya_window_show_error (self, _("Could Not Open the File"), _("Only local files can be opened."));
      return;
    }

  self->busy = TRUE;
  _hashiya_window_update_actions (self);
  if (hashiya_bench_enabled ())
    hashiya_bench_report ("document-asked", "%.1f", hashiya_bench_now_ms ());
  catalog = hashiya_window_get_default_catalog (self);
  {
    g_autofree char *name = g_filename_display_basename (path);
    g_autofree char *label = g_strdup_printf (_("Opening “%s”…"), name);

    hashiya_document_open_file_async (path, catalog, preview_cb, _hashiya_window_begin_operation (self, label),
                                      load_done_cb, g_object_ref (self));
  }
}

typedef struct
{
  HashiyaWindow *self;
  char          *path;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->self);
  g_free (export->path);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
report_export (HashiyaWindow *self,
               const char    *path,
               GError        *error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *message = NULL;

  if (error != NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Export to “%s”"), display);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _hashiya_window_show_error (self, heading, error->message);
      return;
    }
  message = g_strdup_printf (_("Exported to “%s”"), display);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GError) error = NULL;

  _hashiya_window_end_operation (export->self);
  hashiya_export_file_finish (HASHIYA_DOCUMENT (source), result, &error);
  report_export (export->self, export->path, error);
}

/* A PDF goes through the print system, as printing does. */
static void
export_pdf (HashiyaWindow              *self,
            const HashiyaExportOptions *options,
            const char                 *path)
{
  g_autoptr(GtkPrintOperation) operation = hashiya_print_operation_new (self->document, options);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    report_export (self, path, error);
  else
    report_export (self, path, NULL);
}

/**
 * hashiya_window_export:
 * @options: the export's options; its title names brat's files
 * @path: the file to write, or the folder for brat (made when missing)
 *
 * Exports the document: the file is built from the document as it is
 * now and written off the main thread, with progress when it is slow.
 */
void
hashiya_window_export (HashiyaWindow              *self,
                       HashiyaExportFormat         format,
                       const HashiyaExportOptions *options,
                       const char                 *path)
{
  g_autofree char *display = NULL;
  g_autofree char *label = NULL;
  GCancellable *cancellable;
  Export *export;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (options != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->document != NULL);

  if (format == HASHIYA_EXPORT_PDF)
    {
      export_pdf (self, options, path);
      return;
    }

  display = g_filename_display_basename (path);
  label = g_strdup_printf (_("Exporting to “%s”…"), display);
  cancellable = _hashiya_window_begin_operation (self, label);
  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->path = g_strdup (path);
  hashiya_export_file_async (self->document, format, options, path, cancellable, export_done_cb, export);
}

/**
 * hashiya_window_export_brat:
 * @folder: where the brat files go; made when missing
 *
 * Exports as brat standoff, the files named after the document's file.
 */
void
hashiya_window_export_brat (HashiyaWindow *self,
                            const char    *folder)
{
  g_autoptr(HashiyaExportOptions) options = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (HASHIYA_IS_WINDOW (self));

  name = self->path != NULL ? hashiya_file_stem (self->path) : NULL;
  options = hashiya_export_options_new (name);
  hashiya_window_export (self, HASHIYA_EXPORT_BRAT, options, folder);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_steal_pointer (&self->saving_path);

  self->busy = FALSE;
  _hashiya_window_end_operation (self);
  if (!hashiya_document_save_file_finish (HASHIYA_DOCUMENT (source), result, &error))
    {
      self->close_after_save = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _hashiya_window_show_error (self, _("Could Not Save"), error->message);
      _hashiya_window_update_actions (self);
      return;
    }

  g_free (self->path);
  self->path = g_steal_pointer (&path);
  add_recent (self->path);
  watch_file (self);
  document_state_cb (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));

  if (self->close_after_save)
    gtk_window_destroy (GTK_WINDOW (self));
}

typedef struct
{
  HashiyaMatcher *matcher;
  HashiyaText    *text;
} SuggestData;

static void
suggest_data_free (SuggestData *data)
{
  hashiya_matcher_unref (data->matcher);
  hashiya_text_unref (data->text);
  g_free (data);
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SuggestData *data = task_data;
  GArray *matches = hashiya_matcher_match (data->matcher, data->text, cancellable);

  if (matches == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  else
    g_task_return_pointer (task, matches, (GDestroyNotify) g_array_unref);
}

static void
suggest_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  HashiyaWindow *self = HASHIYA_WINDOW (source);
  SuggestData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GArray) matches = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  guint added;

  self->suggesting = FALSE;
  _hashiya_window_end_operation (self);
  _hashiya_window_update_actions (self);
  matches = g_task_propagate_pointer (G_TASK (result), NULL);
  /* The window may show another text by now. */
  if (matches == NULL || self->document == NULL || hashiya_document_get_text (self->document) != data->text)
    return;

  added = hashiya_document_add_matches (self->document, matches, HASHIYA_MENTION_STATUS_SUGGESTED);
  message = added > 0 ? g_strdup_printf (ngettext ("%u suggestion added", "%u suggestions added", added), added)
                      : g_strdup (_("No new suggestions"));
  toast = adw_toast_new (message);
  if (added > 0)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  g_signal_emit_by_name (self, "suggested", added);
}

/**
 * _hashiya_window_suggest:
 *
 * Matches the catalogue against the text on a worker thread, then adds
 * the suggestions as one undo step.
 */
void
_hashiya_window_suggest (HashiyaWindow *self)
{
  g_autoptr(GTask) task = NULL;
  SuggestData *data;

  if (self->document == NULL || self->suggesting)
    return;

  data = g_new0 (SuggestData, 1);
  data->matcher = hashiya_document_get_matcher (self->document);
  data->text = hashiya_text_ref (hashiya_document_get_text (self->document));

  self->suggesting = TRUE;
  _hashiya_window_update_actions (self);
  task = g_task_new (self, _hashiya_window_begin_operation (self, _("Finding the catalogue’s actors…")),
                     suggest_done_cb, NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) suggest_data_free);
  g_task_run_in_thread (task, suggest_thread);
}

/**
 * hashiya_window_save_to:
 *
 * Saves the document to @path atomically, off the main thread. On failure
 * the file on disk is untouched and the document stays modified.
 */
static void
overwrite_response_cb (HashiyaWindow    *self,
                       const char       *response,
                       AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "overwrite"))
    {
      g_clear_pointer (&self->etag, g_free);
      hashiya_window_save_to (self, self->path);
    }
  else if (g_str_equal (response, "save-as"))
    _hashiya_window_save_as (self);
  else
    self->close_after_save = FALSE;
}

void
hashiya_window_save_to (HashiyaWindow *self,
                        const char    *path)
{
  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  if (self->busy || self->document == NULL)
    return;

  /* Never replace another program's version without asking. */
  if (g_strcmp0 (path, self->path) == 0 && changed_on_disk (self))
    {
      g_autofree char *name = g_path_get_basename (path);
      g_autofree char *body = g_strdup_printf (_("“%s” was changed on disk after it was opened here. Saving now "
                                                 "replaces that version."), name);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), body);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "save-as", _("Save _As…"), "overwrite", _("_Overwrite"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_swapped (dialog, "response", G_CALLBACK (overwrite_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  self->busy = TRUE;
  g_free (self->saving_path);
  self->saving_path = g_strdup (path);
  _hashiya_window_update_actions (self);
  {
    g_autofree char *name = g_filename_display_basename (path);
    g_autofree char *label = g_strdup_printf (_("Saving “%s”…"), name);

    /* An atomic write is never left half-done: nothing to cancel. */
    _hashiya_window_begin_operation (self, label);
    gtk_widget_set_visible (GTK_WIDGET (self->progress_cancel_button), FALSE);
  }
  hashiya_document_save_file_async (self->document, path, self->cancellable, save_done_cb, g_object_ref (self));
}
