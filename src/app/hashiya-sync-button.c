/* hashiya-sync-button.c — whose version the window shows, and, in a git
 * work tree, its branch, what there is to commit, pull and push, and Sync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The button shows only when the document's folder is in a git work tree.
 * Its popover asks for the commit message (a summary of what changed by
 * default) and syncs: commit, pull with the merge driver, push, through
 * the core's git sync on a worker thread. A failure shows git's own words;
 * nothing is lost, as the core keeps every commit.
 */

#define G_LOG_DOMAIN "hashiya-sync-button"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-sync-button.h"

struct _HashiyaSyncButton
{
  GtkWidget            parent_instance;

  HashiyaDocumentFile *file;
  GCancellable        *status_cancellable;
  GCancellable        *summary_cancellable;
  GCancellable        *sync_cancellable;
  char                *state_text;
  gboolean             in_work_tree;
  gboolean             message_edited;
  gboolean             setting_message;

  GtkLabel            *owner_label;
  GtkMenuButton       *menu_button;
  GtkImage            *state_icon;
  GtkLabel            *branch_label;
  GtkPopover          *popover;
  GtkLabel            *state_label;
  GtkEntry            *message_entry;
  GtkSpinner          *spinner;
  GtkLabel            *result_label;
  GtkButton           *sync_button;
};

G_DEFINE_FINAL_TYPE (HashiyaSyncButton, hashiya_sync_button, GTK_TYPE_WIDGET)

static GFile *
work_tree_of (HashiyaSyncButton *self)
{
  const char *path = self->file != NULL ? hashiya_document_file_get_path (self->file) : NULL;
  g_autofree char *folder = NULL;

  if (path == NULL)
    return NULL;
  folder = g_path_get_dirname (path);
  return g_file_new_for_path (folder);
}

static gboolean
document_modified (HashiyaSyncButton *self)
{
  HashiyaDocument *document = self->file != NULL ? hashiya_document_file_get_document (self->file) : NULL;

  return document != NULL && hashiya_document_get_modified (document);
}

/* Whose version the document is: a corpus keeps each annotator's in
 * annotators/NAME/. */
static void
update_owner (HashiyaSyncButton *self)
{
  const char *path = self->file != NULL ? hashiya_document_file_get_path (self->file) : NULL;
  g_autofree char *owner = path != NULL ? hashiya_versions_owner (path) : NULL;
  g_autofree char *text = NULL;
  gboolean mine = owner != NULL && g_strcmp0 (owner, hashiya_author_get_current ()) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->owner_label), owner != NULL);
  if (owner == NULL)
    return;
  /* Translators: %s is an annotator's name. */
  text = mine ? g_strdup (_("Your version")) : g_strdup_printf (_("%s’s version"), owner);
  gtk_label_set_label (self->owner_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->owner_label),
                               mine ? _("This document is your version of the text")
                                    : _("This document is another annotator’s version: saving writes into their file"));
  if (mine)
    gtk_widget_remove_css_class (GTK_WIDGET (self->owner_label), "warning");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->owner_label), "warning");
}

static void
show_status (HashiyaSyncButton *self,
             HashiyaGitStatus  *status)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) branch = g_string_new (status->branch != NULL ? status->branch : _("no branch"));
  guint n_conflicts = status->conflicts != NULL ? g_strv_length (status->conflicts) : 0;
  g_autofree char *joined = NULL;

  if (status->has_changes)
    g_ptr_array_add (parts, g_strdup (_("saved changes to commit")));
  if (status->ahead > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u commit to push", "%u commits to push", status->ahead),
                                             status->ahead));
  if (status->behind > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u commit to pull", "%u commits to pull", status->behind),
                                             status->behind));
  if (n_conflicts > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u file with conflicts", "%u files with conflicts",
                                                       n_conflicts), n_conflicts));
  if (status->upstream == NULL)
    g_ptr_array_add (parts, g_strdup (_("no upstream branch to pull from and push to")));
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("up to date")));
  if (document_modified (self))
    g_ptr_array_add (parts, g_strdup (_("the document’s unsaved changes wait until it is saved")));
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (_("; "), (char **) parts->pdata);

  g_free (self->state_text);
  /* Translators: the git branch, and what there is to commit, pull and push. */
  self->state_text = g_strdup_printf (_("On %s: %s."), branch->str, joined);
  gtk_label_set_label (self->state_label, self->state_text);

  if (status->ahead > 0)
    g_string_append_printf (branch, " ↑%u", status->ahead);
  if (status->behind > 0)
    g_string_append_printf (branch, " ↓%u", status->behind);
  if (status->has_changes)
    g_string_append (branch, " •");
  gtk_label_set_label (self->branch_label, branch->str);
  gtk_image_set_from_icon_name (self->state_icon, n_conflicts > 0 ? "dialog-warning-symbolic"
                                                                  : "emblem-synchronizing-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->branch_label), self->state_text);
}

static void
status_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HashiyaSyncButton) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaGitStatus) status = hashiya_git_get_status_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->status_cancellable);
  self->in_work_tree = status != NULL ||
                       !(g_error_matches (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_NOT_WORK_TREE) ||
                         g_error_matches (error, HASHIYA_GIT_ERROR, HASHIYA_GIT_ERROR_NOT_INSTALLED));
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), self->in_work_tree);
  if (status != NULL)
    show_status (self, status);
  else if (self->in_work_tree)
    {
      /* A fetch that failed (no network): git's words. */
      gtk_label_set_label (self->state_label, error->message);
      g_free (self->state_text);
      self->state_text = g_strdup (error->message);
    }
}

/**
 * hashiya_sync_button_refresh:
 * @fetch: whether to fetch from the upstream first, to know what to pull
 *
 * Reads again where the document's work tree stands, on a worker thread.
 */
void
hashiya_sync_button_refresh (HashiyaSyncButton *self,
                             gboolean           fetch)
{
  g_autoptr(GFile) worktree = NULL;

  g_return_if_fail (HASHIYA_IS_SYNC_BUTTON (self));

  update_owner (self);
  g_cancellable_cancel (self->status_cancellable);
  g_clear_object (&self->status_cancellable);
  worktree = work_tree_of (self);
  if (worktree == NULL)
    {
      self->in_work_tree = FALSE;
      gtk_widget_set_visible (GTK_WIDGET (self->menu_button), FALSE);
      return;
    }
  self->status_cancellable = g_cancellable_new ();
  hashiya_git_get_status_async (worktree, fetch, self->status_cancellable, status_cb, g_object_ref (self));
}

/* The default commit message: what changed in the .hashiya files. */
static void
summary_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  char *summary = hashiya_git_summarize_changes (task_data, cancellable, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, summary, g_free);
}

static void
summary_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HashiyaSyncButton) self = user_data;
  g_autofree char *summary = g_task_propagate_pointer (G_TASK (result), NULL);

  if (g_task_had_error (G_TASK (result)) || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->summary_cancellable);
  if (self->message_edited)
    return;
  self->setting_message = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->message_entry), summary != NULL ? summary : "");
  self->setting_message = FALSE;
}

static void
message_changed_cb (HashiyaSyncButton *self)
{
  if (!self->setting_message)
    self->message_edited = TRUE;
}

static void
popover_show_cb (HashiyaSyncButton *self)
{
  g_autoptr(GFile) worktree = work_tree_of (self);
  g_autoptr(GTask) task = NULL;

  hashiya_sync_button_refresh (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->message_entry));
  if (worktree == NULL || self->message_edited)
    return;
  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  self->summary_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->summary_cancellable, summary_cb, g_object_ref (self));
  g_task_set_source_tag (task, popover_show_cb);
  g_task_set_task_data (task, g_steal_pointer (&worktree), g_object_unref);
  g_task_run_in_thread (task, summary_thread);
}

static void
set_syncing (HashiyaSyncButton *self,
             gboolean           syncing)
{
  gtk_spinner_set_spinning (self->spinner, syncing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sync_button), !syncing);
  gtk_editable_set_editable (GTK_EDITABLE (self->message_entry), !syncing);
}

static void
sync_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaSyncButton) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaGitSyncResult) synced = hashiya_git_sync_finish (result, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->sync_cancellable);
  set_syncing (self, FALSE);
  if (synced == NULL)
    {
      /* Translators: %s is git's own message. */
      g_string_printf (text, _("Sync failed; nothing was lost. git said: %s"), error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
      if (synced->committed != NULL)
        g_string_append_printf (text, _("Committed “%s”."), synced->committed);
      else
        g_string_append (text, _("Nothing new to commit."));
      g_string_append_c (text, ' ');
      if (synced->conflicts != NULL && synced->conflicts[0] != NULL)
        {
          g_autofree char *files = g_strjoinv (", ", synced->conflicts);

          g_string_append_printf (text, _("The pull left conflicts in %s: settle them, save and sync again."), files);
        }
      else if (synced->pushed)
        g_string_append (text, _("Pulled and pushed."));
      else
        g_string_append (text, _("Pulled."));
      self->message_edited = FALSE;
      self->setting_message = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->message_entry), "");
      self->setting_message = FALSE;
    }
  gtk_label_set_label (self->result_label, text->str);
  hashiya_sync_button_refresh (self, FALSE);
}

static void
sync_progress_cb (HashiyaGitStep  step,
                  gpointer        user_data)
{
  HashiyaSyncButton *self = user_data;

  /* Gone with its window, the sync being cancelled. */
  if (self->result_label == NULL)
    return;
  gtk_label_set_label (self->result_label, step == HASHIYA_GIT_STEP_COMMIT ? _("Committing…")
                                           : step == HASHIYA_GIT_STEP_PULL ? _("Pulling…")
                                           : _("Pushing…"));
}

static void
sync_cb (HashiyaSyncButton *self)
{
  g_autoptr(GFile) worktree = work_tree_of (self);
  const char *message = gtk_editable_get_text (GTK_EDITABLE (self->message_entry));

  if (worktree == NULL || self->sync_cancellable != NULL)
    return;
  gtk_label_set_label (self->result_label, _("Syncing…"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
  set_syncing (self, TRUE);
  self->sync_cancellable = g_cancellable_new ();
  /* The sync holds the button (its data) until it is done. */
  hashiya_git_sync_async (worktree, message[0] != '\0' ? message : NULL, sync_progress_cb, self,
                          self->sync_cancellable, sync_done_cb, g_object_ref (self));
}

static void
modified_cb (HashiyaSyncButton *self)
{
  /* Saved: there may be something new to commit. */
  if (!document_modified (self))
    hashiya_sync_button_refresh (self, FALSE);
}

static void
document_cb (HashiyaSyncButton *self)
{
  HashiyaDocument *document = hashiya_document_file_get_document (self->file);

  if (document != NULL)
    g_signal_connect_object (document, "notify::modified", G_CALLBACK (modified_cb), self, G_CONNECT_SWAPPED);
  hashiya_sync_button_refresh (self, FALSE);
}

void
hashiya_sync_button_set_document_file (HashiyaSyncButton   *self,
                                       HashiyaDocumentFile *file)
{
  g_return_if_fail (HASHIYA_IS_SYNC_BUTTON (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  g_signal_connect_object (file, "notify::path", G_CALLBACK (hashiya_sync_button_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "notify::document", G_CALLBACK (document_cb), self, G_CONNECT_SWAPPED);
  document_cb (self);
}

/**
 * hashiya_sync_button_popup:
 *
 * Opens the popover, its commit message ready to be typed.
 */
void
hashiya_sync_button_popup (HashiyaSyncButton *self)
{
  g_return_if_fail (HASHIYA_IS_SYNC_BUTTON (self));

  if (self->in_work_tree)
    gtk_menu_button_popup (self->menu_button);
}

gboolean
hashiya_sync_button_get_in_work_tree (HashiyaSyncButton *self)
{
  g_return_val_if_fail (HASHIYA_IS_SYNC_BUTTON (self), FALSE);
  return self->in_work_tree;
}

/* Whether the work tree's state is being read. */
gboolean
hashiya_sync_button_get_checking (HashiyaSyncButton *self)
{
  g_return_val_if_fail (HASHIYA_IS_SYNC_BUTTON (self), FALSE);
  return self->status_cancellable != NULL;
}

gboolean
hashiya_sync_button_get_syncing (HashiyaSyncButton *self)
{
  g_return_val_if_fail (HASHIYA_IS_SYNC_BUTTON (self), FALSE);
  return self->sync_cancellable != NULL;
}

const char *
hashiya_sync_button_get_state_text (HashiyaSyncButton *self)
{
  g_return_val_if_fail (HASHIYA_IS_SYNC_BUTTON (self), NULL);
  return self->state_text;
}

const char *
hashiya_sync_button_get_result_text (HashiyaSyncButton *self)
{
  g_return_val_if_fail (HASHIYA_IS_SYNC_BUTTON (self), NULL);
  return gtk_label_get_label (self->result_label);
}

static void
hashiya_sync_button_dispose (GObject *object)
{
  HashiyaSyncButton *self = HASHIYA_SYNC_BUTTON (object);

  g_cancellable_cancel (self->status_cancellable);
  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->status_cancellable);
  g_clear_object (&self->summary_cancellable);
  /* A sync cut short stops git between its steps and loses nothing. */
  g_cancellable_cancel (self->sync_cancellable);
  g_clear_object (&self->sync_cancellable);
  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_clear_object (&self->file);
  /* Let the message entry see its focus go before it is disposed. */
  if (self->menu_button != NULL)
    gtk_menu_button_popdown (self->menu_button);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_SYNC_BUTTON);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hashiya_sync_button_parent_class)->dispose (object);
}

static void
hashiya_sync_button_finalize (GObject *object)
{
  HashiyaSyncButton *self = HASHIYA_SYNC_BUTTON (object);

  g_free (self->state_text);

  G_OBJECT_CLASS (hashiya_sync_button_parent_class)->finalize (object);
}

static void
hashiya_sync_button_class_init (HashiyaSyncButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_sync_button_dispose;
  object_class->finalize = hashiya_sync_button_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-sync-button.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, owner_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, state_icon);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, branch_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, popover);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, state_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, message_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, spinner);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, result_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSyncButton, sync_button);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, sync_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hashiya_sync_button_init (HashiyaSyncButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  g_signal_connect_swapped (self->message_entry, "changed", G_CALLBACK (message_changed_cb), self);
}
