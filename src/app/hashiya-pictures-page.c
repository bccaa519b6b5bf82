/* hashiya-pictures-page.c — the network, counts and timeline of the
 * document or documents shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page draws what the core computes: the actor network (laid out by
 * igraph on a worker thread, from the positions kept for the document),
 * the counts as bars and the timeline, each over a table of the same
 * numbers, with a status page when there is nothing to draw. The filters
 * of the toolbar apply to all three. It follows the window's document,
 * rebuilt a moment after the last change, or shows a set of documents (a
 * corpus), built on a worker thread.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "hashiya-counts-tab.h"
#include "hashiya-evidence-pane.h"
#include "hashiya-network-counts.h"
#include "hashiya-network-layout.h"
#include "hashiya-network-measures.h"
#include "hashiya-picture-export-dialog.h"
#include "hashiya-pictures-build.h"
#include "hashiya-pictures-exporter.h"
#include "hashiya-pictures-filters.h"
#include "hashiya-pictures-page.h"
#include "hashiya-pictures-scope.h"
#include "hashiya-pictures-tables.h"
#include "hashiya-timeline-tab.h"

/* How long after the last change of the document the pictures follow. */
#define REBUILD_DELAY_MS 300

struct _HashiyaPicturesPage
{
  GtkWidget                parent_instance;

  HashiyaDocumentFile     *file;
  HashiyaDocument         *document;      /* the file's, whose changes are followed */
  GPtrArray               *documents;     /* of HashiyaNetworkDocument: a set given, or NULL */
  char                    *positions_path;
  HashiyaNetworkPositions *positions;

  HashiyaNetwork          *network;
  GListModel              *counts;
  HashiyaNetworkTimeline  *timeline;
  HashiyaNetworkTimeline  *span;          /* the timeline of every date */
  HashiyaPictureOptions   *options;
  GCancellable            *cancellable;   /* of the rebuild under way */
  HashiyaPicturesExporter *exporter;
  guint                    rebuild_id;
  guint                    generation;
  gboolean                 dirty;
  gboolean                 busy;

  AdwToastOverlay         *toast_overlay;
  AdwViewStack            *view_stack;
  HashiyaPicturesScope    *scope;
  HashiyaPicturesFilters  *filters;
  GtkLabel                *summary_label;
  GtkStack                *network_stack;
  HashiyaNetworkView      *network_view;
  GtkSpinner              *spinner;
  AdwStatusPage           *network_status;
  HashiyaEvidencePane     *evidence_box;
  GtkColumnView           *nodes_table;
  GtkColumnView           *edges_table;
  HashiyaCountsTab        *counts_tab;
  HashiyaTimelineTab      *timeline_tab;
};

G_DEFINE_FINAL_TYPE (HashiyaPicturesPage, hashiya_pictures_page, GTK_TYPE_WIDGET)

enum {
  OPEN_EVIDENCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rebuild (HashiyaPicturesPage *self);
static void filter_changed_cb (HashiyaPicturesPage *self);

static gboolean
arabic_names (HashiyaPicturesPage *self)
{
  return hashiya_pictures_filters_get_arabic (self->filters);
}

/* The filter */

/* The relation types of the documents shown. */
static void
fill_types (HashiyaPicturesPage *self)
{
  HashiyaRelationCatalog *catalog = NULL;

  if (self->documents != NULL && self->documents->len > 0)
    {
      HashiyaNetworkDocument *first = g_ptr_array_index (self->documents, 0);

      catalog = hashiya_document_get_relation_catalog (hashiya_network_document_get_document (first));
    }
  else if (self->document != NULL)
    catalog = hashiya_document_get_relation_catalog (self->document);
  hashiya_pictures_filters_set_catalog (self->filters, catalog);
}

static HashiyaNetworkFilter *
make_filter (HashiyaPicturesPage *self)
{
  HashiyaNetworkFilter *filter = hashiya_network_filter_new ();

  hashiya_pictures_filters_apply (self->filters, filter);
  if (self->documents != NULL)
    hashiya_pictures_scope_apply (self->scope, filter);
  return filter;
}

static HashiyaPictureOptions *
make_options (HashiyaPicturesPage *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  HashiyaPictureOptions *options = hashiya_picture_options_new ();

  options->arabic = arabic_names (self);
  options->style = adw_style_manager_get_high_contrast (style) ? HASHIYA_PICTURE_STYLE_HIGH_CONTRAST
                 : adw_style_manager_get_dark (style)          ? HASHIYA_PICTURE_STYLE_DARK
                                                               : HASHIYA_PICTURE_STYLE_LIGHT;
  return options;
}

/* Showing what was built */

static void
show_charts (HashiyaPicturesPage *self)
{
  hashiya_counts_tab_show (self->counts_tab, self->counts, self->options);
  if (self->timeline != NULL)
    hashiya_timeline_tab_show (self->timeline_tab, self->timeline, self->span, self->options,
                               hashiya_pictures_filters_get_english_check (self->filters));
}

static void
show_network (HashiyaPicturesPage *self)
{
  g_autofree char *summary = NULL;
  guint n_nodes = hashiya_network_get_n_nodes (self->network);
  guint n_edges = hashiya_network_get_n_edges (self->network);
  const char *message;

  hashiya_network_view_set_network (self->network_view, self->network, self->positions, self->options);
  hashiya_pictures_tables_set_model (self->nodes_table, hashiya_network_get_nodes (self->network));
  hashiya_pictures_tables_set_model (self->edges_table, hashiya_network_get_edges (self->network));
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_box), FALSE);
  message = hashiya_network_scene_get_message (hashiya_network_view_get_scene (self->network_view));
  /* Translators: how many actors and links the network shows */
  summary = g_strdup_printf (_("Actors: %u, links: %u"), n_nodes, n_edges);
  if (n_nodes > 0 && message != NULL)
    {
      char *with = g_strdup_printf ("%s. %s", summary, message);

      g_free (summary);
      summary = with;
    }
  gtk_label_set_label (self->summary_label, summary);
  if (self->documents != NULL)
    hashiya_pictures_scope_show_result (self->scope, self->network);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->summary_label), summary);
  if (n_nodes == 0)
    {
      adw_status_page_set_title (self->network_status, _("No Actor to Draw"));
      adw_status_page_set_description (self->network_status,
                                       message != NULL ? message
                                                       : _("Annotate actors in the text to see them here."));
      gtk_stack_set_visible_child_name (self->network_stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->network_stack, "content");
}

/* Building */

static void
set_busy (HashiyaPicturesPage *self,
          gboolean             busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
}

static void
measured_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HashiyaPicturesPage) self = data;
  g_autoptr(GError) error = NULL;

  if (!hashiya_network_measure_finish (HASHIYA_NETWORK (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_busy (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  if (HASHIYA_NETWORK (object) != self->network)
    return;
  set_busy (self, FALSE);
  /* The table's degree and betweenness, measured now. */
  hashiya_pictures_tables_set_model (self->nodes_table, hashiya_network_get_nodes (self->network));
}

static void
laid_out_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HashiyaPicturesPage) self = data;
  g_autoptr(GError) error = NULL;

  if (!hashiya_network_layout_finish (HASHIYA_NETWORK (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_busy (self, FALSE);
          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
        }
      return;
    }
  if (HASHIYA_NETWORK (object) != self->network)
    return;
  /* Drawn at once; degree and betweenness follow from a worker thread. */
  show_network (self);
  hashiya_network_measure_async (self->network, self->cancellable, measured_cb, g_object_ref (self));
}

/* What was built is shown: the charts now, the network once laid out. */
static void
built (HashiyaPicturesPage *self,
       HashiyaPicturesBuild *build)
{
  g_set_object (&self->network, build->network);
  g_set_object (&self->counts, build->counts);
  g_set_object (&self->timeline, build->timeline);
  g_set_object (&self->span, build->span);
  hashiya_timeline_range_set_span (hashiya_timeline_tab_get_range (self->timeline_tab), self->span);
  if (self->documents != NULL)
    hashiya_timeline_range_show (hashiya_timeline_tab_get_range (self->timeline_tab),
                                 hashiya_pictures_scope_get_from (self->scope),
                                 hashiya_pictures_scope_get_to (self->scope));
  g_clear_pointer (&self->options, hashiya_picture_options_free);
  self->options = make_options (self);
  show_charts (self);
  if (self->positions == NULL)
    self->positions = hashiya_network_positions_new ();
  hashiya_network_layout_async (self->network, self->positions, self->cancellable, laid_out_cb, g_object_ref (self));
}

static void
build_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  HashiyaPicturesPage *self = HASHIYA_PICTURES_PAGE (object);
  HashiyaPicturesBuild *build = g_task_get_task_data (G_TASK (result));

  if (g_task_had_error (G_TASK (result)) || build->generation != self->generation)
    return;
  built (self, build);
}

static GPtrArray *
document_as_set (HashiyaPicturesPage *self)
{
  GPtrArray *documents = hashiya_network_documents_new ();
  g_autofree char *title = self->file != NULL ? hashiya_document_file_dup_title (self->file) : NULL;

  g_ptr_array_add (documents, hashiya_network_document_new_for_document (self->document, title));
  return documents;
}

static void
rebuild (HashiyaPicturesPage *self)
{
  g_autoptr(HashiyaPicturesBuild) build = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  self->dirty = FALSE;
  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->documents == NULL && self->document == NULL)
    {
      g_autoptr(GPtrArray) none = hashiya_network_documents_new ();
      g_autoptr(HashiyaNetworkFilter) filter = make_filter (self);
      g_autoptr(HashiyaNetwork) network = hashiya_network_new (none, filter);

      g_set_object (&self->network, network);
      g_clear_object (&self->counts);
      g_clear_object (&self->timeline);
      g_clear_object (&self->span);
      hashiya_timeline_range_set_span (hashiya_timeline_tab_get_range (self->timeline_tab), NULL);
      set_busy (self, FALSE);
      show_network (self);
      show_charts (self);
      return;
    }

  build = g_new0 (HashiyaPicturesBuild, 1);
  build->generation = self->generation;
  build->filter = make_filter (self);
  build->period = hashiya_timeline_tab_get_period (self->timeline_tab);
  build->counts_kind = hashiya_counts_tab_get_kind (self->counts_tab);
  set_busy (self, TRUE);
  if (self->documents != NULL)
    {
      /* A set of documents nobody edits: built on a worker thread. */
      g_autoptr(GTask) task = g_task_new (self, self->cancellable, build_done_cb, NULL);

      build->documents = g_ptr_array_ref (self->documents);
      hashiya_pictures_build_in_thread (task, g_steal_pointer (&build));
      return;
    }
  /* The window's document changes on this thread only: its network is
   * read here, and laid out on a worker thread. */
  build->documents = document_as_set (self);
  hashiya_pictures_build_run (build);
  built (self, build);
}

static gboolean
rebuild_timeout_cb (gpointer data)
{
  HashiyaPicturesPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
rebuild_later (HashiyaPicturesPage *self)
{
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->rebuild_id = g_timeout_add (REBUILD_DELAY_MS, rebuild_timeout_cb, self);
}

/* Positions */

static void
positions_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      data)
{
  HashiyaPicturesPage *self = HASHIYA_PICTURES_PAGE (object);
  g_autoptr(HashiyaNetworkPositions) positions = NULL;
  g_autoptr(GError) error = NULL;

  positions = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_strcmp0 (g_task_get_task_data (G_TASK (result)), self->positions_path) != 0)
    return;
  if (positions == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      positions = hashiya_network_positions_new ();
    }
  g_set_object (&self->positions, positions);
  rebuild (self);
}

/* Loads the positions kept at @path, then draws. */
static void
load_positions (HashiyaPicturesPage *self,
                const char          *path)
{
  g_autoptr(GTask) task = NULL;

  g_free (self->positions_path);
  self->positions_path = g_strdup (path);
  g_clear_object (&self->positions);
  if (path == NULL)
    {
      self->positions = hashiya_network_positions_new ();
      rebuild (self);
      return;
    }
  task = g_task_new (self, NULL, positions_loaded_cb, NULL);
  hashiya_pictures_positions_load_in_thread (task, path);
}

static void
positions_saved_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      data)
{
  g_autoptr(HashiyaPicturesPage) self = data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("The places of the actors were not kept: %s"), error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

/* Keeps the positions, on a worker thread. */
static void
save_positions (HashiyaPicturesPage *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->positions == NULL || self->positions_path == NULL)
    return;
  task = g_task_new (NULL, NULL, positions_saved_cb, g_object_ref (self));
  hashiya_pictures_positions_save_in_thread (task, self->positions, self->positions_path);
}

/* Following the document */

static void
document_changed_cb (HashiyaPicturesPage *self)
{
  rebuild_later (self);
}

static void
set_document (HashiyaPicturesPage *self,
              HashiyaDocument     *document)
{
  g_autofree char *path = NULL;

  if (self->document == document && document != NULL)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  if (self->documents != NULL)
    return;
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
      path = hashiya_network_positions_path_for_document (document);
    }
  fill_types (self);
  load_positions (self, path);
}

static void
file_document_cb (HashiyaPicturesPage *self)
{
  set_document (self, hashiya_document_file_get_document (self->file));
}

/* Events of the page */

static void
filter_changed_cb (HashiyaPicturesPage *self)
{
  rebuild (self);
}

/* Periods chosen on the timeline are the range of the filters. */
static void
range_changed_cb (HashiyaPicturesPage *self)
{
  HashiyaTimelineRange *range = hashiya_timeline_tab_get_range (self->timeline_tab);
  g_autofree char *from = hashiya_timeline_range_dup_from (range);
  g_autofree char *to = hashiya_timeline_range_dup_to (range);

  hashiya_pictures_scope_set_dates (self->scope, from, to);
}

static void
style_changed_cb (HashiyaPicturesPage *self)
{
  g_clear_pointer (&self->options, hashiya_picture_options_free);
  self->options = make_options (self);
  if (self->network != NULL && !self->busy)
    show_network (self);
  show_charts (self);
}

static void
charts_changed_cb (HashiyaPicturesPage *self)
{
  if (self->documents == NULL && self->document == NULL)
    return;
  if (self->documents != NULL)
    {
      rebuild (self);
      return;
    }
  {
    g_autoptr(GPtrArray) documents = document_as_set (self);
    g_autoptr(HashiyaNetworkFilter) filter = make_filter (self);

    g_clear_object (&self->counts);
    self->counts = hashiya_pictures_count (documents, filter, hashiya_counts_tab_get_kind (self->counts_tab));
    show_charts (self);
  }
}

static void
view_changed_cb (HashiyaPicturesPage *self)
{
  HashiyaPicturesView view = hashiya_pictures_page_get_view (self);

  hashiya_pictures_filters_set_network_shown (self->filters, view == HASHIYA_PICTURES_NETWORK);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pictures.export-network", view == HASHIYA_PICTURES_NETWORK);
}

static void
node_activated_cb (HashiyaPicturesPage *self,
                   HashiyaNetworkNode  *node)
{
  g_autoptr(GListModel) mentions = hashiya_network_node_list_mentions (node);

  hashiya_evidence_pane_show (self->evidence_box, hashiya_network_node_get_label (node, arabic_names (self)), mentions);
}

static void
edge_activated_cb (HashiyaPicturesPage *self,
                   HashiyaNetworkEdge  *edge)
{
  g_autoptr(GListModel) evidence = hashiya_network_edge_list_evidence (edge);
  g_autofree char *title = g_strdup_printf ("%s – %s",
                                            hashiya_network_node_get_label (hashiya_network_edge_get_source (edge),
                                                                            arabic_names (self)),
                                            hashiya_network_node_get_label (hashiya_network_edge_get_target (edge),
                                                                            arabic_names (self)));

  hashiya_evidence_pane_show (self->evidence_box, title, evidence);
}

static void
node_moved_cb (HashiyaPicturesPage *self,
               HashiyaNetworkNode  *node)
{
  save_positions (self);
}

static void
node_row_activate_cb (HashiyaPicturesPage *self,
                      guint                position)
{
  g_autoptr(HashiyaNetworkNode) node = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (self->nodes_table)),
                                                              position);

  if (node != NULL)
    {
      node_activated_cb (self, node);
      hashiya_evidence_pane_focus (self->evidence_box);
    }
}

static void
edge_row_activate_cb (HashiyaPicturesPage *self,
                      guint                position)
{
  g_autoptr(HashiyaNetworkEdge) edge = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (self->edges_table)),
                                                              position);

  if (edge != NULL)
    {
      edge_activated_cb (self, edge);
      hashiya_evidence_pane_focus (self->evidence_box);
    }
}

static void
evidence_open_cb (HashiyaPicturesPage    *self,
                  HashiyaNetworkEvidence *evidence)
{
  g_signal_emit (self, signals[OPEN_EVIDENCE], 0, evidence);
}

static void
evidence_closed_cb (HashiyaPicturesPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->network_view));
}

/* Exports */

static HashiyaPicturesExport *
new_job (HashiyaPicturesPage *self,
         const char          *path)
{
  HashiyaPicturesExport *job = g_new0 (HashiyaPicturesExport, 1);

  job->view = hashiya_pictures_page_get_view (self);
  job->network = self->network != NULL ? g_object_ref (self->network) : NULL;
  job->counts = self->counts != NULL ? g_object_ref (self->counts) : NULL;
  job->counts_title = g_strdup (hashiya_counts_tab_get_title (self->counts_tab));
  job->timeline = self->timeline != NULL ? g_object_ref (self->timeline) : NULL;
  job->timeline_kind = hashiya_timeline_tab_get_kind (self->timeline_tab);
  job->options = make_options (self);
  job->path = g_strdup (path);
  return job;
}

/**
 * hashiya_pictures_page_export_picture:
 * @title: (nullable): the picture's title; %NULL or "" for its own
 *
 * Writes the picture of the view shown, @width × @height, to @path on a
 * worker thread; a toast says how it went.
 */
void
hashiya_pictures_page_export_picture (HashiyaPicturesPage  *self,
                                      HashiyaPictureFormat  format,
                                      int                   width,
                                      int                   height,
                                      const char           *title,
                                      const char           *path)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->network == NULL || self->busy)
    hashiya_pictures_exporter_fail (self->exporter, path, _("the pictures are not drawn yet."));
  else
    hashiya_pictures_exporter_export_picture (self->exporter, new_job (self, path), format, width, height, title);
}

/**
 * hashiya_pictures_page_export_network:
 *
 * Writes the network shown as GEXF, GraphML or the CSV pair to @path on a
 * worker thread; a toast says how it went.
 */
void
hashiya_pictures_page_export_network (HashiyaPicturesPage  *self,
                                      HashiyaNetworkFormat  format,
                                      const char           *path)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_PAGE (self));
  g_return_if_fail (path != NULL);

  if (self->network == NULL || self->busy)
    hashiya_pictures_exporter_fail (self->exporter, path, _("the network is not laid out yet."));
  else
    hashiya_pictures_exporter_export_network (self->exporter, new_job (self, path), format);
}

static void
export_chosen_cb (HashiyaPicturesPage         *self,
                  int                          format,
                  int                          width,
                  int                          height,
                  const char                  *title,
                  const char                  *path,
                  HashiyaPictureExportDialog  *dialog)
{
  if (hashiya_picture_export_dialog_get_network (dialog))
    hashiya_pictures_page_export_network (self, format, path);
  else
    hashiya_pictures_page_export_picture (self, format, width, height, title, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HashiyaPicturesPage *self = HASHIYA_PICTURES_PAGE (widget);

  hashiya_pictures_exporter_choose (self->exporter, GTK_WINDOW (gtk_widget_get_root (widget)),
                                    g_str_equal (action_name, "pictures.export-network"),
                                    self->documents == NULL ? self->file : NULL, G_CALLBACK (export_chosen_cb), self);
}

/* Life */

static void
hashiya_pictures_page_map (GtkWidget *widget)
{
  HashiyaPicturesPage *self = HASHIYA_PICTURES_PAGE (widget);

  GTK_WIDGET_CLASS (hashiya_pictures_page_parent_class)->map (widget);
  if (self->dirty)
    rebuild (self);
}

static void
hashiya_pictures_page_dispose (GObject *object)
{
  HashiyaPicturesPage *self = HASHIYA_PICTURES_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->exporter != NULL)
    hashiya_pictures_exporter_cancel (self->exporter);
  g_clear_object (&self->exporter);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_PICTURES_PAGE);
  g_clear_object (&self->file);
  g_clear_object (&self->document);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_object (&self->positions);
  g_clear_object (&self->network);
  g_clear_object (&self->counts);
  g_clear_object (&self->timeline);
  g_clear_object (&self->span);

  G_OBJECT_CLASS (hashiya_pictures_page_parent_class)->dispose (object);
}

static void
hashiya_pictures_page_finalize (GObject *object)
{
  HashiyaPicturesPage *self = HASHIYA_PICTURES_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->options, hashiya_picture_options_free);
  g_free (self->positions_path);

  G_OBJECT_CLASS (hashiya_pictures_page_parent_class)->finalize (object);
}

static void
hashiya_pictures_page_class_init (HashiyaPicturesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_pictures_page_dispose;
  object_class->finalize = hashiya_pictures_page_finalize;
  widget_class->map = hashiya_pictures_page_map;

  /**
   * HashiyaPicturesPage::open-evidence:
   * @evidence: the sentence chosen
   *
   * The user asked to see a sentence in the text.
   */
  signals[OPEN_EVIDENCE] = g_signal_new ("open-evidence", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_NETWORK_EVIDENCE);

  g_type_ensure (HASHIYA_TYPE_NETWORK_VIEW);
  g_type_ensure (HASHIYA_TYPE_EVIDENCE_PANE);
  g_type_ensure (HASHIYA_TYPE_PICTURES_FILTERS);
  g_type_ensure (HASHIYA_TYPE_PICTURES_SCOPE);
  g_type_ensure (HASHIYA_TYPE_COUNTS_TAB);
  g_type_ensure (HASHIYA_TYPE_TIMELINE_TAB);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-pictures-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, scope);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, filters);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, network_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, network_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, network_status);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, nodes_table);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, edges_table);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, counts_tab);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesPage, timeline_tab);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, style_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, charts_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, node_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, edge_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, node_moved_cb);
  gtk_widget_class_bind_template_callback (widget_class, node_row_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, edge_row_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_open_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_closed_cb);
  gtk_widget_class_install_action (widget_class, "pictures.export-picture", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "pictures.export-network", NULL, export_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_pictures_page_init (HashiyaPicturesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->exporter = hashiya_pictures_exporter_new (self->toast_overlay);

  hashiya_pictures_tables_add_columns (self->nodes_table, self->edges_table,
                                       hashiya_counts_tab_get_table (self->counts_tab),
                                       hashiya_pictures_filters_get_english_check (self->filters));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast", G_CALLBACK (style_changed_cb),
                           self, G_CONNECT_SWAPPED);
  set_busy (self, FALSE);
  fill_types (self);
  view_changed_cb (self);
}

/**
 * hashiya_pictures_page_set_document_file:
 *
 * Shows the pictures of @file's document, and follows its changes.
 */
void
hashiya_pictures_page_set_document_file (HashiyaPicturesPage *self,
                                         HashiyaDocumentFile *file)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_PAGE (self));
  g_return_if_fail (file == NULL || HASHIYA_IS_DOCUMENT_FILE (file));

  if (self->file != NULL)
    g_signal_handlers_disconnect_by_data (self->file, self);
  g_set_object (&self->file, file);
  if (file != NULL)
    g_signal_connect_object (file, "notify::document", G_CALLBACK (file_document_cb), self, G_CONNECT_SWAPPED);
  set_document (self, file != NULL ? hashiya_document_file_get_document (file) : NULL);
}

/**
 * hashiya_pictures_page_set_documents:
 * @documents: (nullable): a set of #HashiyaNetworkDocument (a corpus), or
 *   %NULL to show the document file's document again
 * @positions_path: (nullable): where the set's positions are kept
 *
 * Shows the pictures of @documents, built on a worker thread: nobody may
 * change them while they are shown.
 */
void
hashiya_pictures_page_set_documents (HashiyaPicturesPage *self,
                                     GPtrArray           *documents,
                                     const char          *positions_path)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_PAGE (self));

  g_clear_pointer (&self->documents, g_ptr_array_unref);
  hashiya_evidence_pane_set_with_titles (self->evidence_box, documents != NULL);
  hashiya_pictures_scope_set_documents (self->scope, documents);
  gtk_widget_set_visible (GTK_WIDGET (self->scope), documents != NULL);
  gtk_widget_set_visible (GTK_WIDGET (hashiya_timeline_tab_get_range (self->timeline_tab)), documents != NULL);
  if (documents == NULL)
    {
      HashiyaDocument *document = g_steal_pointer (&self->document);

      set_document (self, document);
      g_clear_object (&document);
      return;
    }
  self->documents = g_ptr_array_ref (documents);
  /* The window's document is followed again when the set is taken away. */
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  fill_types (self);
  load_positions (self, positions_path);
}

HashiyaPicturesView
hashiya_pictures_page_get_view (HashiyaPicturesPage *self)
{
  const char *name;

  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), HASHIYA_PICTURES_NETWORK);

  name = adw_view_stack_get_visible_child_name (self->view_stack);
  if (g_strcmp0 (name, "counts") == 0)
    return HASHIYA_PICTURES_COUNTS;
  if (g_strcmp0 (name, "timeline") == 0)
    return HASHIYA_PICTURES_TIMELINE;
  return HASHIYA_PICTURES_NETWORK;
}

void
hashiya_pictures_page_set_view (HashiyaPicturesPage *self,
                                HashiyaPicturesView  view)
{
  static const char * const names[] = { "network", "counts", "timeline" };

  g_return_if_fail (HASHIYA_IS_PICTURES_PAGE (self));
  g_return_if_fail (view <= HASHIYA_PICTURES_TIMELINE);

  adw_view_stack_set_visible_child_name (self->view_stack, names[view]);
}

HashiyaNetworkView *
hashiya_pictures_page_get_network_view (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), NULL);
  return self->network_view;
}

/**
 * hashiya_pictures_page_get_network:
 *
 * Returns: (transfer none) (nullable): the network shown or being laid out
 */
HashiyaNetwork *
hashiya_pictures_page_get_network (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), NULL);
  return self->network;
}

/**
 * hashiya_pictures_page_get_timeline:
 *
 * Returns: (transfer none) (nullable): the timeline shown
 */
HashiyaNetworkTimeline *
hashiya_pictures_page_get_timeline (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), NULL);
  return self->timeline;
}

/**
 * hashiya_pictures_page_get_counts:
 *
 * Returns: (transfer none) (nullable): the counts shown
 */
GListModel *
hashiya_pictures_page_get_counts (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), NULL);
  return self->counts;
}

/* Whether the network is being built or laid out. */
gboolean
hashiya_pictures_page_get_busy (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), FALSE);
  return self->busy || self->dirty || self->rebuild_id != 0;
}

/* How many times the pictures were rebuilt. */
guint
hashiya_pictures_page_get_generation (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), 0);
  return self->generation;
}

gboolean
hashiya_pictures_page_get_exporting (HashiyaPicturesPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_PAGE (self), FALSE);
  return self->exporter != NULL && hashiya_pictures_exporter_get_exporting (self->exporter);
}
