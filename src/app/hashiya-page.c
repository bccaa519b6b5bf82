/* hashiya-page.c — the view of one document file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page shows a HashiyaDocumentFile: its text in the text view, its
 * actors, mentions and relations in the sidebar, the find bar, the
 * progress of long work, the bar that tells of another program's changes,
 * and the toasts. It follows the file: a new document, a preview of a big
 * one, busy or not. Annotating (the actor chooser, a mention's popover, a
 * relation's editor) and the actor list's buttons (page.*) are the
 * page's; what applies to the whole file is the window's.
 */

#define G_LOG_DOMAIN "hashiya-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-actor-chooser.h"
#include "hashiya-actor-editor.h"
#include "hashiya-dialogs.h"
#include "hashiya-mention-popover.h"
#include "hashiya-page.h"
#include "hashiya-relation-editor.h"
#include "hashiya-sidebar.h"

struct _HashiyaPage
{
  GtkWidget              parent_instance;

  HashiyaDocumentFile   *file;
  HashiyaDocument       *document;     /* the file's, as last shown */
  GSettings             *settings;
  double                 zoom;
  HashiyaActorChooser   *actor_chooser;
  HashiyaMentionPopover *mention_popover;
  HashiyaRelationEditor *relation_editor;

  AdwToastOverlay       *toast_overlay;
  HashiyaFindBar        *find_bar;
  HashiyaOperationBar   *operation_bar;
  GtkInfoBar            *changed_bar;
  GtkLabel              *changed_label;
  AdwFlap               *flap;
  HashiyaSidebar        *sidebar;
  HashiyaTextView       *text_view;
};

G_DEFINE_FINAL_TYPE (HashiyaPage, hashiya_page, GTK_TYPE_WIDGET)

enum {
  RELOAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * hashiya_page_toast:
 * @can_undo: offer Undo
 *
 * Says @message in a toast over the page.
 */
void
hashiya_page_toast (HashiyaPage *self,
                    const char  *message,
                    gboolean     can_undo)
{
  AdwToast *toast;

  g_return_if_fail (HASHIYA_IS_PAGE (self));

  toast = adw_toast_new (message);
  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
hashiya_page_add_toast (HashiyaPage *self,
                        AdwToast    *toast)
{
  g_return_if_fail (HASHIYA_IS_PAGE (self));
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
apply_font (HashiyaPage *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "font");

  hashiya_text_view_set_font (self->text_view, font, self->zoom, g_settings_get_double (self->settings, "line-spacing"));
}

/**
 * hashiya_page_set_zoom:
 * @zoom: how much bigger than the chosen font the text is shown
 */
void
hashiya_page_set_zoom (HashiyaPage *self,
                       double       zoom)
{
  g_return_if_fail (HASHIYA_IS_PAGE (self));

  self->zoom = zoom;
  apply_font (self);
}

double
hashiya_page_get_zoom (HashiyaPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PAGE (self), 1.0);
  return self->zoom;
}

static void
style_changed_cb (HashiyaPage     *self,
                  GParamSpec      *pspec,
                  AdwStyleManager *manager)
{
  hashiya_text_view_set_style (self->text_view, adw_style_manager_get_dark (manager),
                               adw_style_manager_get_high_contrast (manager));
}

static void
settings_changed_cb (HashiyaPage *self,
                     const char  *key)
{
  if (g_str_equal (key, "font") || g_str_equal (key, "line-spacing"))
    apply_font (self);
}

/* The file's document, new or replaced, is shown. */
static void
document_cb (HashiyaPage *self)
{
  HashiyaDocument *document = hashiya_document_file_get_document (self->file);

  /* New mentions are the current annotator's (hashiya-annotator.c). */
  if (!g_set_object (&self->document, document) || document == NULL)
    return;

  hashiya_text_view_set_document (self->text_view, document);
  hashiya_sidebar_set_document (self->sidebar, document);
  hashiya_find_bar_refresh (self->find_bar);
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
preview_cb (HashiyaPage     *self,
            HashiyaDocument *preview)
{
  hashiya_text_view_show_preview (self->text_view, preview);
}

/* A load that failed leaves its preview: what was shown returns. */
static void
busy_cb (HashiyaPage *self)
{
  gboolean previewing = FALSE;

  g_object_get (self->text_view, "previewing", &previewing, NULL);
  if (!previewing || hashiya_document_file_get_busy (self->file))
    return;
  if (self->document != NULL)
    hashiya_text_view_set_document (self->text_view, self->document);
  else
    hashiya_text_view_show_preview (self->text_view, NULL);
}

static void
changed_on_disk_cb (HashiyaPage *self)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!hashiya_document_file_get_changed_on_disk (self->file))
    return;
  name = hashiya_document_file_dup_title (self->file);
  message = g_strdup_printf (_("“%s” was changed on disk by another program. Reload it, and lose the changes "
                               "made here, or keep this version?"), name);
  gtk_label_set_label (self->changed_label, message);
  gtk_info_bar_set_revealed (self->changed_bar, TRUE);
}

/* Reload (1) asks the window to open the file again; keep mine (0): the
 * next save asks before it replaces theirs. */
static void
changed_bar_response_cb (HashiyaPage *self,
                         int          response)
{
  gtk_info_bar_set_revealed (self->changed_bar, FALSE);
  if (response == 1 && hashiya_document_file_get_path (self->file) != NULL)
    {
      hashiya_document_mark_saved (self->document);
      g_signal_emit (self, signals[RELOAD], 0);
    }
}

/* Annotating with the chooser: Enter (or the context menu) on a selection
 * opens it at the selection. */
static void
annotate_requested_cb (HashiyaPage *self,
                       guint        start,
                       guint        end)
{
  GdkRectangle rect = hashiya_text_view_get_range_rect (self->text_view, start, end);

  hashiya_actor_chooser_set_catalog (self->actor_chooser, hashiya_document_get_catalog (self->document));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->actor_chooser), &rect);
  gtk_popover_popup (GTK_POPOVER (self->actor_chooser));
}

static void
actor_chosen_cb (HashiyaPage  *self,
                 HashiyaActor *actor)
{
  g_autoptr(GError) error = NULL;

  if (hashiya_text_view_annotate (self->text_view, actor, &error) == NULL)
    hashiya_page_toast (self, error->message, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
new_actor_cb (HashiyaPage         *self,
              const char          *name,
              HashiyaActorChooser *chooser)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_actor_chooser_add_new (chooser, self->document, name, &error))
    hashiya_page_toast (self, error->message, FALSE);
}

static void
find_bar_toast_cb (HashiyaPage *self,
                   AdwToast    *toast)
{
  hashiya_page_add_toast (self, toast);
}

static void
mention_activated_cb (HashiyaPage    *self,
                      HashiyaMention *mention)
{
  GdkRectangle rect = hashiya_text_view_get_range_rect (self->text_view, hashiya_mention_get_start (mention),
                                                        hashiya_mention_get_end (mention));

  hashiya_mention_popover_set_mention (self->mention_popover, self->document, mention);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->mention_popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->mention_popover));
}

static void
mention_deleted_cb (HashiyaPage    *self,
                    HashiyaMention *mention)
{
  g_autofree char *title = g_strdup_printf (_("Mention “%s” removed"), hashiya_mention_get_quote_exact (mention));
  AdwToast *removed = adw_toast_new (title);

  gtk_popover_popdown (GTK_POPOVER (self->mention_popover));
  adw_toast_set_button_label (removed, _("_Undo"));
  adw_toast_set_action_name (removed, "win.undo");
  adw_toast_set_priority (removed, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, removed);
}

/* A span chosen by hand lost its proclitics, as the span rules want:
 * say which. */
static void
proclitics_left_out_cb (HashiyaPage *self,
                        const char  *proclitics)
{
  g_autofree char *message = NULL;
  guint n_letters = 0;

  for (const char *p = proclitics; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      n_letters++;
  message = g_strdup_printf (ngettext ("Left out the proclitic «%s»", "Left out the proclitics «%s»", n_letters),
                             proclitics);
  hashiya_page_toast (self, message, FALSE);
}

/* Clicking an actor again and again steps through its mentions. */
static void
sidebar_actor_activated_cb (HashiyaPage  *self,
                            HashiyaActor *actor)
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

      if (g_strcmp0 (hashiya_mention_get_actor (mention), hashiya_actor_get_id (actor)) == 0 && mention != current)
        {
          hashiya_text_view_select_mention (self->text_view, mention);
          return;
        }
    }
  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
sidebar_mention_activated_cb (HashiyaPage    *self,
                              HashiyaMention *mention)
{
  hashiya_text_view_select_mention (self->text_view, mention);
}

/* A relation of the Relations list, selected and shown in the text. */
static void
sidebar_relation_activated_cb (HashiyaPage     *self,
                               HashiyaRelation *relation)
{
  hashiya_text_view_select_relation (self->text_view, relation);
}

static void relation_removed_cb (HashiyaPage *self);

/* Enter on a relation selected in the text: its editor, at its source. */
static void
relation_activated_cb (HashiyaPage     *self,
                       HashiyaRelation *relation)
{
  HashiyaMention *source = hashiya_document_lookup_mention (self->document, hashiya_relation_get_source (relation));
  GdkRectangle rect;

  if (source == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  rect = hashiya_text_view_get_range_rect (self->text_view, hashiya_mention_get_start (source),
                                           hashiya_mention_get_end (source));
  /* The editor is made the first time a relation is edited. */
  if (self->relation_editor == NULL)
    {
      self->relation_editor = HASHIYA_RELATION_EDITOR (hashiya_relation_editor_new ());
      gtk_popover_set_position (GTK_POPOVER (self->relation_editor), GTK_POS_BOTTOM);
      gtk_widget_set_parent (GTK_WIDGET (self->relation_editor), GTK_WIDGET (self->text_view));
      hashiya_relation_editor_set_text_view (self->relation_editor, self->text_view);
      g_signal_connect_swapped (self->relation_editor, "removed", G_CALLBACK (relation_removed_cb), self);
    }
  hashiya_relation_editor_set_relation (self->relation_editor, self->document, relation);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->relation_editor), &rect);
  gtk_popover_popup (GTK_POPOVER (self->relation_editor));
}

static void
relation_removed_cb (HashiyaPage *self)
{
  hashiya_page_toast (self, _("Relation removed"), TRUE);
}

static void
sidebar_toast_cb (HashiyaPage *self,
                  AdwToast    *toast)
{
  hashiya_page_add_toast (self, toast);
}

static void
remove_actor_response_cb (HashiyaPage      *self,
                          const char       *response,
                          AdwMessageDialog *dialog)
{
  HashiyaActor *actor = hashiya_sidebar_get_selected_actor (self->sidebar);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove") || actor == NULL)
    return;
  if (!hashiya_document_remove_actor (self->document, actor, &error))
    hashiya_page_toast (self, error->message, FALSE);
  else
    hashiya_page_toast (self, _("Actor removed"), TRUE);
}

/* Add, edit and remove the actor selected in the sidebar. */
static void
actor_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HashiyaPage *self = HASHIYA_PAGE (widget);
  HashiyaActor *actor = hashiya_sidebar_get_selected_actor (self->sidebar);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkWidget *dialog;

  if (self->document == NULL)
    return;
  if (g_str_equal (action_name, "page.add-actor"))
    dialog = GTK_WIDGET (hashiya_actor_editor_new (parent, self->document, NULL));
  else if (actor == NULL)
    {
      hashiya_page_toast (self, _("Select an actor in the list first"), FALSE);
      return;
    }
  else if (g_str_equal (action_name, "page.edit-actor"))
    dialog = GTK_WIDGET (hashiya_actor_editor_new (parent, self->document, actor));
  else
    {
      dialog = hashiya_remove_actor_dialog_new (parent, self->document, actor);
      g_signal_connect_object (dialog, "response", G_CALLBACK (remove_actor_response_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hashiya_page_review_all:
 * @accept: accept every suggestion, or reject every one
 *
 * Reviews every suggestion at once, as one undo step, and says how many.
 */
void
hashiya_page_review_all (HashiyaPage *self,
                         gboolean     accept)
{
  g_autofree char *message = NULL;
  guint n;

  g_return_if_fail (HASHIYA_IS_PAGE (self));

  if (self->document == NULL)
    return;
  n = hashiya_document_review_suggestions (self->document, accept);
  if (accept)
    message = g_strdup_printf (ngettext ("%u suggestion accepted", "%u suggestions accepted", n), n);
  else
    message = g_strdup_printf (ngettext ("%u suggestion rejected", "%u suggestions rejected", n), n);
  hashiya_page_toast (self, message, n > 0);
}

/**
 * hashiya_page_review_relations:
 * @accept: accept every suggested relation, or reject every one
 *
 * Reviews every suggested relation at once, as one undo step, and says
 * how many.
 */
void
hashiya_page_review_relations (HashiyaPage *self,
                               gboolean     accept)
{
  g_autofree char *message = NULL;
  guint n;

  g_return_if_fail (HASHIYA_IS_PAGE (self));

  if (self->document == NULL)
    return;
  n = hashiya_document_review_relation_suggestions (self->document, accept);
  if (n == 0)
    message = g_strdup (_("No suggested relations to review"));
  else if (accept)
    message = g_strdup_printf (ngettext ("%u suggested relation accepted", "%u suggested relations accepted", n), n);
  else
    message = g_strdup_printf (ngettext ("%u suggested relation rejected", "%u suggested relations rejected", n), n);
  hashiya_page_toast (self, message, n > 0);
}

/* The next suggestion, selected in the text for review. */
void
hashiya_page_next_suggestion (HashiyaPage *self)
{
  g_return_if_fail (HASHIYA_IS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  gtk_widget_activate_action (GTK_WIDGET (self->text_view), "mention.next-suggestion", NULL);
}

/**
 * hashiya_page_set_document_file:
 *
 * Shows @file from now on.
 */
void
hashiya_page_set_document_file (HashiyaPage         *self,
                                HashiyaDocumentFile *file)
{
  g_return_if_fail (HASHIYA_IS_PAGE (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  g_signal_connect_object (file, "notify::document", G_CALLBACK (document_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "notify::busy", G_CALLBACK (busy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "notify::changed-on-disk", G_CALLBACK (changed_on_disk_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (file, "preview", G_CALLBACK (preview_cb), self, G_CONNECT_SWAPPED);
  document_cb (self);
}

HashiyaTextView *
hashiya_page_get_text_view (HashiyaPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PAGE (self), NULL);
  return self->text_view;
}

HashiyaFindBar *
hashiya_page_get_find_bar (HashiyaPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PAGE (self), NULL);
  return self->find_bar;
}

HashiyaOperationBar *
hashiya_page_get_operation_bar (HashiyaPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PAGE (self), NULL);
  return self->operation_bar;
}

static void
hashiya_page_dispose (GObject *object)
{
  HashiyaPage *self = HASHIYA_PAGE (object);

  if (self->actor_chooser != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->actor_chooser)));
  if (self->mention_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->mention_popover)));
  if (self->relation_editor != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->relation_editor)));
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_PAGE);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hashiya_page_parent_class)->dispose (object);
}

static void
hashiya_page_class_init (HashiyaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_page_dispose;

  /**
   * HashiyaPage::reload:
   *
   * The user asked for the file's version on disk, in place of this one.
   */
  signals[RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  g_type_ensure (HASHIYA_TYPE_FIND_BAR);
  g_type_ensure (HASHIYA_TYPE_OPERATION_BAR);
  g_type_ensure (HASHIYA_TYPE_SIDEBAR);
  g_type_ensure (HASHIYA_TYPE_TEXT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, find_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, operation_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, changed_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, changed_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, flap);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPage, text_view);
  gtk_widget_class_bind_template_callback (widget_class, annotate_requested_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, proclitics_left_out_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_actor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_mention_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_relation_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, relation_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_bar_toast_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "page.add-actor", NULL, actor_action);
  gtk_widget_class_install_action (widget_class, "page.edit-actor", NULL, actor_action);
  gtk_widget_class_install_action (widget_class, "page.remove-actor", NULL, actor_action);
}

static void
hashiya_page_init (HashiyaPage *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->zoom = 1.0;
  self->settings = g_settings_new (SCHEMA_ID);

  self->actor_chooser = HASHIYA_ACTOR_CHOOSER (hashiya_actor_chooser_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->actor_chooser), GTK_WIDGET (self->text_view));
  g_signal_connect_swapped (self->actor_chooser, "actor-chosen", G_CALLBACK (actor_chosen_cb), self);
  g_signal_connect_swapped (self->actor_chooser, "new-actor", G_CALLBACK (new_actor_cb), self);
  self->mention_popover = HASHIYA_MENTION_POPOVER (hashiya_mention_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->mention_popover), GTK_WIDGET (self->text_view));
  hashiya_find_bar_set_view (self->find_bar, self->text_view);
  hashiya_sidebar_set_text_view (self->sidebar, self->text_view);

  g_settings_bind (self->settings, "show-sidebar", self->flap, "reveal-flap", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self, NULL, style);
  apply_font (self);
}
