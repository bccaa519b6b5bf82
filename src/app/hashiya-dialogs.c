/* hashiya-dialogs.c — the questions and reports a window shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each is an AdwMessageDialog on its parent; the questions come back
 * with their "response" signal and the response ids named here.
 */

#define G_LOG_DOMAIN "hashiya-dialogs"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hashiya-dialogs.h"
#include "hashiya-ui-util.h"

void
hashiya_show_error (GtkWindow  *parent,
                    const char *heading,
                    const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hashiya_save_changes_dialog_new:
 *
 * Asked before a window with unsaved work closes: "cancel", "discard" or
 * "save".
 */
GtkWidget *
hashiya_save_changes_dialog_new (GtkWindow *parent)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Save Changes?"),
                                              _("The document has unsaved mentions. Changes that are not saved are "
                                                "lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/**
 * hashiya_overwrite_dialog_new:
 * @message: why (the file changed on disk)
 *
 * Asked before a save replaces what another program wrote: "cancel",
 * "save-as" or "overwrite".
 */
GtkWidget *
hashiya_overwrite_dialog_new (GtkWindow  *parent,
                              const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The File Changed on Disk"), message);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"), "overwrite", _("_Overwrite"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/**
 * hashiya_remove_actor_dialog_new:
 *
 * Asked before an actor and its mentions go: "cancel" or "remove".
 */
GtkWidget *
hashiya_remove_actor_dialog_new (GtkWindow       *parent,
                                 HashiyaDocument *document,
                                 HashiyaActor    *actor)
{
  guint n = hashiya_document_count_mentions (document, hashiya_actor_get_id (actor));
  g_autofree char *body = g_strdup_printf (ngettext ("“%s” and its %u mention are removed from this document.",
                                                     "“%s” and its %u mentions are removed from this document.", n),
                                           hashiya_actor_get_name_ar (actor), n);
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Remove the Actor?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/**
 * hashiya_remove_mention_dialog_new:
 * @n_relations: how many relations @mention is an end of
 *
 * Asked before a mention goes with its relations: "cancel" or "remove".
 */
GtkWidget *
hashiya_remove_mention_dialog_new (GtkWindow      *parent,
                                   HashiyaMention *mention,
                                   guint           n_relations)
{
  g_autofree char *words = hashiya_isolate (hashiya_mention_get_quote_exact (mention));
  g_autofree char *body = g_strdup_printf (ngettext ("The mention «%s» is an end of %u relation, which is removed "
                                                     "with it.",
                                                     "The mention «%s» is an end of %u relations, which are "
                                                     "removed with it.",
                                                     n_relations),
                                           words, n_relations);
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Remove the Mention and Its Relations?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}

/**
 * hashiya_show_reanchor_report:
 * @replaced: the user replaced the text (rather than opened a file whose
 *   text was edited outside Hashiya)
 * @imported: the document was imported from another tool's file
 *
 * Says how the mentions were found in the changed text.
 */
void
hashiya_show_reanchor_report (GtkWindow                   *parent,
                              const HashiyaReanchorReport *report,
                              gboolean                     replaced,
                              gboolean                     imported)
{
  g_autofree char *counts = g_strdup_printf (_("%u kept, %u moved, %u found with small changes, %u not found"),
                                             report->kept, report->moved, report->fuzzy, report->orphaned);
  g_autofree char *body = NULL;
  const char *heading;
  GtkWidget *dialog;

  if (imported && !replaced)
    {
      heading = _("Annotations Made on Another Version of the Text");
      body = g_strdup_printf (report->orphaned > 0
                                ? _("Mentions: %s. Those not found are kept under Orphans in the sidebar.")
                                : _("Mentions: %s."),
                              counts);
    }
  else
    {
      heading = replaced ? _("Text Replaced") : _("The Text Was Changed Outside Hashiya");
      body = g_strdup_printf (report->orphaned > 0
                                ? _("Mentions: %s. Those not found are kept under Orphans in the sidebar. "
                                    "Save to keep the new text.")
                                : _("Mentions: %s. Save to keep the new text."),
                              counts);
    }
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hashiya_show_import_problems:
 * @path: (nullable): the file imported; its folder is left out of the
 *   remarks, since the title names the file
 *
 * The import's remarks, one a line, in a scrolled, selectable list that
 * can be copied into a bug report or a fix of the file.
 */
void
hashiya_show_import_problems (GtkWindow  *parent,
                              GPtrArray  *problems,
                              const char *path)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folder = NULL;
  GtkWidget *dialog, *scrolled, *label;

  if (path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      folder = g_strconcat (dir, G_DIR_SEPARATOR_S, NULL);
    }
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      if (folder != NULL && g_str_has_prefix (problem, folder))
        problem += strlen (folder);
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", problem);
    }

  label = gtk_label_new (text->str);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  dialog = adw_message_dialog_new (parent, _("Not Imported as It Stands"),
                                   _("These lines of the file were skipped, or their mentions were found "
                                     "elsewhere in the text or kept as orphans."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}
