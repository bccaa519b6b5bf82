/* hashiya-window.c — the reading and annotating window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window shows one HashiyaDocumentFile: a header bar over a HashiyaPage,
 * the view of the file. Its actions (win.*) are what the user does with
 * the document as a whole — open, save, export, print, undo, find, zoom,
 * suggest and review actors and relations, show every relation — handed
 * to the page and to the file's operations; the document's life (opening,
 * saving, outside changes) is the file's.
 */

#define G_LOG_DOMAIN "hashiya-window"

#include "config.h"

#include <glib/gi18n.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "hashiya-corpus-actions.h"
#include "hashiya-dialogs.h"
#include "hashiya-file-operations.h"
#include "hashiya-page.h"
#include "hashiya-pictures-actions.h"
#include "hashiya-recent-menu.h"
#include "hashiya-sync-button.h"
#include "hashiya-team-actions.h"
#include "hashiya-window.h"

#define ZOOM_STEP 1.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0

/* What the window shows without freezing; the CLI handles more. */
#define WINDOW_MAX_LINE 2000000
#define WINDOW_MAX_MENTIONS 500000

struct _HashiyaWindow
{
  AdwApplicationWindow   parent_instance;

  HashiyaDocumentFile   *file;
  HashiyaDocument       *document;     /* the file's, whose changes are watched */
  HashiyaFileOperations *operations;
  HashiyaCorpusActions  *corpus;

  AdwWindowTitle        *window_title;
  AdwSplitButton        *open_button;
  GtkToggleButton       *find_button;
  HashiyaPage           *page;
  GtkStack              *view_stack;
  GtkBox                *document_box;
  GtkWidget             *back_button;
  HashiyaSyncButton     *sync_button;

  gboolean               show_all_relations;
};

G_DEFINE_FINAL_TYPE (HashiyaWindow, hashiya_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT_FILE,
  PROP_SHOW_ALL_RELATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
update_title (HashiyaWindow *self)
{
  g_autofree char *name = hashiya_document_file_dup_title (self->file);
  g_autofree char *title = NULL;
  g_autofree char *folder = NULL;
  const char *path = hashiya_document_file_get_path (self->file);

  if (self->document == NULL)
    return;
  title = hashiya_document_get_modified (self->document) ? g_strdup_printf ("• %s", name) : g_strdup (name);
  if (path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      folder = g_filename_display_name (dir);
    }
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 folder != NULL ? folder
                                                : hashiya_catalog_get_name (hashiya_document_get_catalog (self->document)));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_actions (HashiyaWindow *self)
{
  HashiyaUndoStack *undo = self->document != NULL ? hashiya_document_get_undo_stack (self->document) : NULL;
  gboolean busy = hashiya_document_file_get_busy (self->file);
  gboolean ready = self->document != NULL && !busy;
  static const char * const need_ready[] = {
    "win.save", "win.save-as", "win.export", "win.print", "win.load-catalog", "win.save-catalog-as",
    "win.replace-text", "win.accept-all-relations", "win.reject-all-relations",
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", ready && hashiya_undo_stack_get_can_undo (undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", ready && hashiya_undo_stack_get_can_redo (undo));
  for (guint i = 0; i < G_N_ELEMENTS (need_ready); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), need_ready[i], ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.suggest",
                                 ready && !hashiya_file_operations_get_suggesting (self->operations));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.suggest-relations",
                                 ready && !hashiya_file_operations_get_suggesting (self->operations));
}

static void
document_state_cb (HashiyaWindow *self)
{
  update_title (self);
  update_actions (self);
}

/* The file's document, new or replaced: its changes show in the title and
 * the actions. */
static void
document_cb (HashiyaWindow *self)
{
  HashiyaDocument *document = hashiya_document_file_get_document (self->file);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (hashiya_document_get_undo_stack (self->document), self);
    }
#ifdef __GLIBC__
  /* Reading a big file leaves megabytes free in the heaps of the threads
   * that read it, which glibc keeps unless asked: the application gives
   * them back once the document is in. */
  if (document != NULL && document != self->document)
    malloc_trim (0);
#endif
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (document_state_cb), self);
      g_signal_connect_swapped (hashiya_document_get_undo_stack (document), "notify", G_CALLBACK (document_state_cb),
                                self);
    }
  document_state_cb (self);
}

static void
reload_cb (HashiyaWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (hashiya_document_file_get_path (self->file));

  hashiya_file_operations_load_file (self->operations, file);
}

static void
operations_toast_cb (HashiyaWindow *self,
                     AdwToast      *toast)
{
  hashiya_page_add_toast (self->page, toast);
}

static gboolean
drop_cb (HashiyaWindow *self,
         const GValue  *value,
         double         x,
         double         y)
{
  GSList *files = g_value_get_boxed (value);

  if (hashiya_corpus_actions_drop (self->corpus, files))
    return TRUE;
  for (GSList *l = files; l != NULL; l = l->next)
    hashiya_file_operations_open (self->operations, l->data);
  return files != NULL;
}

static void
close_response_cb (HashiyaWindow    *self,
                   const char       *response,
                   AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      hashiya_document_mark_saved (self->document);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    hashiya_file_operations_save (self->operations, TRUE);
}

static gboolean
hashiya_window_close_request (GtkWindow *window)
{
  HashiyaWindow *self = HASHIYA_WINDOW (window);
  GtkWidget *dialog;

  if (self->document == NULL || !hashiya_document_get_modified (self->document))
    return GTK_WINDOW_CLASS (hashiya_window_parent_class)->close_request (window);

  dialog = hashiya_save_changes_dialog_new (window);
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

/* Actions */

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  if (g_str_equal (action_name, "win.open"))
    hashiya_file_operations_choose (self->operations, HASHIYA_CHOOSE_OPEN);
  else if (g_str_equal (action_name, "win.save"))
    hashiya_team_save (GTK_WINDOW (self));
  else if (g_str_equal (action_name, "win.save-as"))
    hashiya_file_operations_choose (self->operations, HASHIYA_CHOOSE_SAVE_AS);
  else if (g_str_equal (action_name, "win.replace-text"))
    hashiya_file_operations_choose (self->operations, HASHIYA_CHOOSE_NEW_TEXT);
  else if (g_str_equal (action_name, "win.load-catalog"))
    hashiya_file_operations_choose (self->operations, HASHIYA_CHOOSE_LOAD_CATALOG);
  else if (g_str_equal (action_name, "win.save-catalog-as"))
    hashiya_file_operations_choose (self->operations, HASHIYA_CHOOSE_SAVE_CATALOG);
  else if (g_str_equal (action_name, "win.export"))
    hashiya_file_operations_show_export_dialog (self->operations);
  else if (g_str_equal (action_name, "win.print"))
    hashiya_file_operations_print (self->operations);
  else if (g_str_equal (action_name, "win.suggest"))
    hashiya_file_operations_suggest (self->operations);
  else if (g_str_equal (action_name, "win.suggest-relations"))
    hashiya_file_operations_suggest_relations (self->operations);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  hashiya_file_operations_open (HASHIYA_WINDOW (widget)->operations, file);
}

static void
show_import_problems_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  GPtrArray *problems = self->document != NULL ? hashiya_document_get_import_problems (self->document) : NULL;

  if (problems != NULL)
    hashiya_show_import_problems (GTK_WINDOW (self), problems, hashiya_document_file_get_path (self->file));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (HASHIYA_WINDOW (widget)->document);

  if (g_str_equal (action_name, "win.undo"))
    hashiya_undo_stack_undo (undo);
  else
    hashiya_undo_stack_redo (undo);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  HashiyaFindBar *bar = hashiya_page_get_find_bar (self->page);

  if (g_str_equal (action_name, "win.find"))
    hashiya_find_bar_start (bar);
  else
    hashiya_find_bar_step (bar, g_str_equal (action_name, "win.find-next") ? +1 : -1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);
  double zoom = hashiya_page_get_zoom (self->page);

  if (g_str_equal (action_name, "win.zoom-in"))
    zoom = MIN (zoom * ZOOM_STEP, ZOOM_MAX);
  else if (g_str_equal (action_name, "win.zoom-out"))
    zoom = MAX (zoom / ZOOM_STEP, ZOOM_MIN);
  else
    zoom = 1.0;
  hashiya_page_set_zoom (self->page, zoom);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HashiyaWindow *self = HASHIYA_WINDOW (widget);

  if (g_str_equal (action_name, "win.next-suggestion"))
    hashiya_page_next_suggestion (self->page);
  else if (g_str_equal (action_name, "win.accept-all-relations") ||
           g_str_equal (action_name, "win.reject-all-relations"))
    hashiya_page_review_relations (self->page, g_str_equal (action_name, "win.accept-all-relations"));
  else
    hashiya_page_review_all (self->page, g_str_equal (action_name, "win.accept-all"));
}

/* The shortcuts window is made the first time it is asked for (Ctrl+?):
 * a window opens without building it. Given to the window, it also adds
 * its own "show-help-overlay" action, which this class action stands in
 * front of. */
static void
help_overlay_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/hashiya/Hashiya/hashiya-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char                  *name;
    const char                  *parameter;
    GtkWidgetActionActivateFunc  activate;
  } actions[] = {
    { "win.open", NULL, file_action },
    { "win.open-recent", "s", open_recent_action },
    { "win.save", NULL, file_action },
    { "win.save-as", NULL, file_action },
    { "win.export", NULL, file_action },
    { "win.print", NULL, file_action },
    { "win.replace-text", NULL, file_action },
    { "win.load-catalog", NULL, file_action },
    { "win.save-catalog-as", NULL, file_action },
    { "win.suggest", NULL, file_action },
    { "win.suggest-relations", NULL, file_action },
    { "win.show-import-problems", NULL, show_import_problems_action },
    { "win.undo", NULL, undo_action },
    { "win.redo", NULL, undo_action },
    { "win.find", NULL, find_action },
    { "win.find-next", NULL, find_action },
    { "win.find-previous", NULL, find_action },
    { "win.zoom-in", NULL, zoom_action },
    { "win.zoom-out", NULL, zoom_action },
    { "win.zoom-reset", NULL, zoom_action },
    { "win.accept-all", NULL, review_action },
    { "win.reject-all", NULL, review_action },
    { "win.next-suggestion", NULL, review_action },
    { "win.accept-all-relations", NULL, review_action },
    { "win.reject-all-relations", NULL, review_action },
    { "win.show-help-overlay", NULL, help_overlay_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter, actions[i].activate);
  gtk_widget_class_install_property_action (widget_class, "win.show-all-relations", "show-all-relations");
}

static void
hashiya_window_dispose (GObject *object)
{
  HashiyaWindow *self = HASHIYA_WINDOW (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (hashiya_document_get_undo_stack (self->document), self);
    }
  /* Let a focused entry see its focus go before it is disposed. */
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_WINDOW);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hashiya_window_parent_class)->dispose (object);
}

/* The file outlives "destroy": the application ends its drafts then. */
static void
hashiya_window_finalize (GObject *object)
{
  HashiyaWindow *self = HASHIYA_WINDOW (object);

  g_clear_object (&self->corpus);
  g_clear_object (&self->operations);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (hashiya_window_parent_class)->finalize (object);
}

static void
hashiya_window_constructed (GObject *object)
{
  HashiyaWindow *self = HASHIYA_WINDOW (object);

  G_OBJECT_CLASS (hashiya_window_parent_class)->constructed (object);

  if (self->file == NULL)
    self->file = g_object_new (HASHIYA_TYPE_DOCUMENT_FILE, NULL);
  hashiya_document_file_set_limits (self->file, WINDOW_MAX_LINE, WINDOW_MAX_MENTIONS);
  g_signal_connect_object (self->file, "notify::document", G_CALLBACK (document_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file, "notify::path", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file, "notify::untitled-name", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file, "notify::busy", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  self->operations = hashiya_file_operations_new (GTK_WINDOW (self), self->file,
                                                  hashiya_page_get_operation_bar (self->page));
  g_signal_connect_object (self->operations, "toast", G_CALLBACK (operations_toast_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->operations, "notify::suggesting", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  hashiya_page_set_document_file (self->page, self->file);
  /* The corpus and Pictures pages and the curation panel are made when
   * first needed, by their actions. */
  self->corpus = hashiya_corpus_actions_new (GTK_WINDOW (self), self->view_stack, self->page, self->back_button,
                                             self->window_title, self->file, self->operations);
  hashiya_pictures_actions_add (GTK_WIDGET (self), self->view_stack, self->page, self->file, self->corpus);
  hashiya_team_actions_install (GTK_WINDOW (self), self->file, self->operations, self->page, self->document_box,
                                self->sync_button);
  document_cb (self);
}

static void
hashiya_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HashiyaWindow *self = HASHIYA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_SHOW_ALL_RELATIONS:
      if (self->show_all_relations != g_value_get_boolean (value))
        {
          self->show_all_relations = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HashiyaWindow *self = HASHIYA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_SHOW_ALL_RELATIONS:
      g_value_set_boolean (value, self->show_all_relations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Pops down the popovers open in @widget and below it. */
static void
popdown_popovers (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
        gtk_popover_popdown (GTK_POPOVER (child));
      popdown_popovers (child);
    }
}

/* A popover still open when its window goes (Ctrl+W pressed in the
 * relation editor, say) would keep the keyboard from every other window
 * on X11: the popovers go down first. */
static void
hashiya_window_unmap (GtkWidget *widget)
{
  popdown_popovers (widget);
  GTK_WIDGET_CLASS (hashiya_window_parent_class)->unmap (widget);
}

static void
hashiya_window_class_init (HashiyaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = hashiya_window_constructed;
  object_class->dispose = hashiya_window_dispose;
  object_class->finalize = hashiya_window_finalize;
  object_class->get_property = hashiya_window_get_property;
  object_class->set_property = hashiya_window_set_property;
  window_class->close_request = hashiya_window_close_request;
  widget_class->unmap = hashiya_window_unmap;

  /**
   * HashiyaWindow:document-file:
   *
   * The document file the window shows; a new one if none is given.
   */
  properties[PROP_DOCUMENT_FILE] =
    g_param_spec_object ("document-file", NULL, NULL, HASHIYA_TYPE_DOCUMENT_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * HashiyaWindow:show-all-relations:
   *
   * Whether the text shows every relation, not only those of the mention
   * selected (the action win.show-all-relations).
   */
  properties[PROP_SHOW_ALL_RELATIONS] =
    g_param_spec_boolean ("show-all-relations", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HASHIYA_TYPE_PAGE);
  g_type_ensure (HASHIYA_TYPE_SYNC_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, find_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, page);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, document_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaWindow, sync_button);
  gtk_widget_class_bind_template_callback (widget_class, reload_cb);

  install_actions (widget_class);
}

static void
hashiya_window_init (HashiyaWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(GAction) sidebar_action = g_settings_create_action (settings, "show-sidebar");
  g_autoptr(GMenuModel) recent = hashiya_recent_menu_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action (G_ACTION_MAP (self), sidebar_action);
  g_object_bind_property (self->find_button, "active", hashiya_page_get_find_bar (self->page), "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "show-all-relations", hashiya_page_get_text_view (self->page), "show-all-relations",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  adw_split_button_set_menu_model (self->open_button, recent);
}

/**
 * hashiya_window_new:
 * @file: (nullable): the document file to show; a new one if %NULL
 */
HashiyaWindow *
hashiya_window_new (GtkApplication      *application,
                    HashiyaDocumentFile *file)
{
  return g_object_new (HASHIYA_TYPE_WINDOW, "application", application, "document-file", file, NULL);
}

HashiyaDocumentFile *
hashiya_window_get_document_file (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->file;
}

HashiyaDocument *
hashiya_window_get_document (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return hashiya_document_file_get_document (self->file);
}

/**
 * hashiya_window_set_document:
 * @path: (nullable): where the document lives: a .hashiya file, a text it
 *   was made from, or %NULL for a new one
 *
 * Shows @document, in place of the one the window's file had.
 */
void
hashiya_window_set_document (HashiyaWindow   *self,
                             HashiyaDocument *document,
                             const char      *path)
{
  g_return_if_fail (HASHIYA_IS_WINDOW (self));

  hashiya_document_file_set_document (self->file, document, path);
}

HashiyaTextView *
hashiya_window_get_text_view (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return hashiya_page_get_text_view (self->page);
}

/* The Pictures page, made the first time it is asked for. */
HashiyaPicturesPage *
hashiya_window_get_pictures_page (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return hashiya_pictures_actions_get_page (GTK_WIDGET (self));
}

HashiyaPage *
hashiya_window_get_page (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->page;
}

/* An untitled document nobody has touched: opening a file replaces it
 * rather than opening another window. */
gboolean
hashiya_window_is_pristine (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), FALSE);
  return hashiya_document_file_is_pristine (self->file);
}

/* What the window does with its file: open, save, export … */
HashiyaFileOperations *
hashiya_window_get_operations (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->operations;
}

/* What the window does with a corpus: a folder opened, its list and its
 * documents. */
HashiyaCorpusActions *
hashiya_window_get_corpus_actions (HashiyaWindow *self)
{
  g_return_val_if_fail (HASHIYA_IS_WINDOW (self), NULL);
  return self->corpus;
}

/**
 * hashiya_window_open:
 *
 * Opens @file in the window: a folder as a corpus, any other file as the
 * window's document.
 */
void
hashiya_window_open (HashiyaWindow *self,
                     GFile         *file)
{
  g_return_if_fail (HASHIYA_IS_WINDOW (self));
  hashiya_corpus_actions_open (self->corpus, file);
}
