/* hashiya-team-actions.c — what a window does for a team of annotators:
 * agreement, curation, conflicts, Sync, and whose version it saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's "team" action group: team.agreement shows how far the
 * versions of the open document agree; team.curate curates them (the
 * corpus's annotators/NAME/ versions of the document, or files chosen);
 * team.settle-conflicts lists the conflicts a merge left; team.sync opens
 * Sync. Saving another annotator's version asks first.
 */

#define G_LOG_DOMAIN "hashiya-team"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-agreement-dialog.h"
#include "hashiya-team-actions.h"

#define TEAM_KEY "hashiya-team"

typedef struct
{
  GtkWindow             *window;       /* owns this */
  HashiyaDocumentFile   *file;
  HashiyaFileOperations *operations;
  HashiyaPage           *page;
  GtkBox                *document_box; /* the page's box, the panel made beside it */
  HashiyaCurationPanel  *panel;        /* made when curation starts */
  HashiyaSyncButton     *sync_button;
  GSimpleActionGroup    *group;
  HashiyaDocument       *document;     /* whose conflicts were offered */
  char                  *confirmed;    /* another's version the user chose to save into */
} Team;

static void
team_free (Team *team)
{
  /* The file outlives its window. */
  g_signal_handlers_disconnect_by_data (team->file, team);
  g_clear_object (&team->file);
  g_clear_object (&team->operations);
  g_clear_object (&team->group);
  g_clear_object (&team->document);
  g_free (team->confirmed);
  g_free (team);
}

static void panel_toast_cb (Team     *team,
                            AdwToast *toast);

/* The curation panel, beside the page, made the first time it is needed. */
static HashiyaCurationPanel *
get_panel (Team *team)
{
  GtkWidget *revealer;
  GtkWidget *box;

  if (team->panel != NULL)
    return team->panel;
  team->panel = HASHIYA_CURATION_PANEL (g_object_new (HASHIYA_TYPE_CURATION_PANEL, NULL));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (team->panel));
  revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_LEFT);
  gtk_revealer_set_child (GTK_REVEALER (revealer), box);
  g_object_bind_property (team->panel, "active", revealer, "reveal-child", G_BINDING_SYNC_CREATE);
  gtk_box_append (team->document_box, revealer);
  hashiya_curation_panel_set_view (team->panel, hashiya_page_get_text_view (team->page), team->file);
  g_signal_connect_swapped (team->panel, "toast", G_CALLBACK (panel_toast_cb), team);
  return team->panel;
}

static const char *
document_path (Team *team)
{
  return hashiya_document_file_get_path (team->file);
}

static void
agreement_activate_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       Team          *team)
{
  const char * const *curated = team->panel != NULL ? hashiya_curation_panel_get_paths (team->panel) : NULL;
  g_auto(GStrv) found = NULL;
  HashiyaAgreementDialog *dialog;

  if (curated == NULL)
    {
      const char *path = document_path (team);

      found = path != NULL ? hashiya_versions_find (path) : g_new0 (char *, 1);
    }
  dialog = hashiya_agreement_dialog_new (team->window, curated != NULL ? curated : (const char * const *) found);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           Team            *team)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      hashiya_curation_panel_curate_versions (get_panel (team), (const char * const *) paths->pdata);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_versions (Team *team)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *path = document_path (team);

  chooser = gtk_file_chooser_native_new (_("Choose the Versions to Curate"), team->window,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Curate"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Hashiya Documents"));
  gtk_file_filter_add_pattern (filter, "*.hashiya");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (path != NULL)
    {
      g_autofree char *curated = hashiya_versions_curated_path (path);
      g_autofree char *root = g_path_get_dirname (curated);
      g_autofree char *annotators = g_build_filename (root, "annotators", NULL);
      g_autoptr(GFile) folder = g_file_new_for_path (g_file_test (annotators, G_FILE_TEST_IS_DIR) ? annotators : root);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), team);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
curate_activate_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    Team          *team)
{
  const char *path = document_path (team);
  g_auto(GStrv) found = path != NULL ? hashiya_versions_find (path) : NULL;

  if (found != NULL && g_strv_length (found) >= 2)
    hashiya_curation_panel_curate_versions (get_panel (team), (const char * const *) found);
  else
    choose_versions (team);
}

static void
curate_files_activate_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          Team          *team)
{
  choose_versions (team);
}

static void
settle_activate_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    Team          *team)
{
  hashiya_curation_panel_settle_conflicts (get_panel (team));
}

static void
sync_activate_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  Team          *team)
{
  hashiya_sync_button_popup (team->sync_button);
}

static void
panel_toast_cb (Team     *team,
                AdwToast *toast)
{
  hashiya_page_add_toast (team->page, toast);
}

/* A document a merge left conflicts in is offered for curation. */
static void
document_cb (Team *team)
{
  HashiyaDocument *document = hashiya_document_file_get_document (team->file);
  guint n;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (document == team->document)
    return;
  g_set_object (&team->document, document);
  if (team->panel != NULL && hashiya_curation_panel_get_active (team->panel) && document != NULL &&
      g_list_model_get_n_items (hashiya_document_get_conflicts (document)) > 0)
    return;
  n = document != NULL ? g_list_model_get_n_items (hashiya_document_get_conflicts (document)) : 0;
  if (n == 0)
    return;
  title = g_strdup_printf (ngettext ("A merge left %u conflict in this document",
                                     "A merge left %u conflicts in this document", n), n);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Settle"));
  adw_toast_set_action_name (toast, "team.settle-conflicts");
  adw_toast_set_timeout (toast, 0);
  hashiya_page_add_toast (team->page, toast);
}

/**
 * hashiya_team_actions_install:
 *
 * Gives @window the "team" actions and its Sync button their document
 * file; the curation panel is made in @document_box, beside @page, when
 * curation starts.
 */
void
hashiya_team_actions_install (GtkWindow             *window,
                              HashiyaDocumentFile   *file,
                              HashiyaFileOperations *operations,
                              HashiyaPage           *page,
                              GtkBox                *document_box,
                              HashiyaSyncButton     *sync_button)
{
  Team *team;
  const GActionEntry entries[] = {
    { "agreement", (gpointer) agreement_activate_cb },
    { "curate", (gpointer) curate_activate_cb },
    { "curate-files", (gpointer) curate_files_activate_cb },
    { "settle-conflicts", (gpointer) settle_activate_cb },
    { "sync", (gpointer) sync_activate_cb },
  };

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));

  team = g_new0 (Team, 1);
  team->window = window;
  team->file = g_object_ref (file);
  team->operations = g_object_ref (operations);
  team->page = page;
  team->document_box = document_box;
  team->sync_button = sync_button;
  team->group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (team->group), entries, G_N_ELEMENTS (entries), team);
  g_object_set_data_full (G_OBJECT (window), TEAM_KEY, team, (GDestroyNotify) team_free);
  gtk_widget_insert_action_group (GTK_WIDGET (window), "team", G_ACTION_GROUP (team->group));

  hashiya_sync_button_set_document_file (sync_button, file);
  g_signal_connect_swapped (file, "notify::document", G_CALLBACK (document_cb), team);
  document_cb (team);
}

/**
 * hashiya_team_actions_get_panel:
 *
 * Returns: (transfer none): @window's curation panel, made the first time
 *   it is asked for
 */
HashiyaCurationPanel *
hashiya_team_actions_get_panel (GtkWindow *window)
{
  Team *team;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  team = g_object_get_data (G_OBJECT (window), TEAM_KEY);
  g_return_val_if_fail (team != NULL, NULL);
  return get_panel (team);
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWindow        *window)
{
  Team *team = g_object_get_data (G_OBJECT (window), TEAM_KEY);

  if (team == NULL)
    return;
  if (g_str_equal (response, "save"))
    {
      g_free (team->confirmed);
      team->confirmed = g_strdup (document_path (team));
      hashiya_file_operations_save (team->operations, FALSE);
    }
  else if (g_str_equal (response, "save-as"))
    hashiya_file_operations_choose (team->operations, HASHIYA_CHOOSE_SAVE_AS);
}

/**
 * hashiya_team_save:
 *
 * Saves the window's document; when it is another annotator's version
 * (annotators/NAME/ in a corpus, NAME not the user), asks first, once for
 * that file.
 */
void
hashiya_team_save (GtkWindow *window)
{
  Team *team;
  const char *path;
  const char *me = hashiya_author_get_current ();
  g_autofree char *owner = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));

  team = g_object_get_data (G_OBJECT (window), TEAM_KEY);
  g_return_if_fail (team != NULL);
  path = document_path (team);
  owner = path != NULL ? hashiya_versions_owner (path) : NULL;
  if (owner == NULL || g_strcmp0 (owner, me) == 0 || g_strcmp0 (team->confirmed, path) == 0)
    {
      hashiya_file_operations_save (team->operations, FALSE);
      return;
    }
  /* Translators: %s is an annotator's name. */
  heading = g_strdup_printf (_("Save Into %s’s Version?"), owner);
  if (me != NULL && me[0] != '\0')
    /* Translators: the first %s is another annotator's name, the second the user's. */
    body = g_strdup_printf (_("This file is %s’s version of the document, and you annotate as %s: saving writes "
                              "your changes into their file."), owner, me);
  else
    body = g_strdup_printf (_("This file is %s’s version of the document: saving writes your changes into "
                              "their file."), owner);
  dialog = adw_message_dialog_new (window, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "save", _("_Save Into Their File"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), window);
  gtk_window_present (GTK_WINDOW (dialog));
}
