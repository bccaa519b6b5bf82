/* hashiya-corpus-stats-view.c — the numbers of a corpus as tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two tables of hashiya_corpus_compute_stats (): per actor (documents,
 * mentions, first and last date) and per source; the one shown is copied
 * as CSV (stats.copy) or written to a CSV file (stats.export). The numbers
 * follow the corpus's list: they are counted again, once, after changes,
 * when the view is shown.
 */

#define G_LOG_DOMAIN "hashiya-corpus-stats-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-chooser.h"
#include "hashiya-corpus-stats-view.h"

struct _HashiyaCorpusStatsView
{
  GtkWidget           parent_instance;

  HashiyaCorpus      *corpus;
  HashiyaCorpusStats *stats;
  GtkStringList      *actor_rows;
  GtkStringList      *source_rows;
  guint               update_id;
  gboolean            dirty;      /* the corpus changed since it was counted */

  GtkLabel           *summary_label;
  GtkStack           *table_stack;
  GtkColumnView      *actors_view;
  GtkColumnView      *sources_view;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusStatsView, hashiya_corpus_stats_view, GTK_TYPE_WIDGET)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  CELL_ACTOR,
  CELL_SOURCE,
  CELL_DOCUMENTS,
  CELL_MENTIONS,
  CELL_RELATIONS,
  CELL_FIRST_DATE,
  CELL_LAST_DATE,
} Cell;

static void
toast (HashiyaCorpusStatsView *self,
       const char             *message)
{
  g_autoptr(AdwToast) toast = adw_toast_new (message);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static gboolean
is_actors (GtkColumnView *view)
{
  return g_object_get_data (G_OBJECT (view), "hashiya-actors") != NULL;
}

static char *
cell_text (HashiyaCorpusStatsView *self,
           gboolean                actors,
           guint                   index,
           Cell                    cell)
{
  GPtrArray *rows;

  if (self->stats == NULL)
    return g_strdup ("");
  rows = actors ? self->stats->actors : self->stats->sources;
  if (index >= rows->len)
    return g_strdup ("");
  if (actors)
    {
      HashiyaCorpusActorStats *row = g_ptr_array_index (rows, index);

      switch (cell)
        {
        case CELL_ACTOR: return g_strdup (row->name != NULL ? row->name : row->actor_id);
        case CELL_DOCUMENTS: return g_strdup_printf ("%u", row->n_documents);
        case CELL_MENTIONS: return g_strdup_printf ("%u", row->n_mentions);
        case CELL_FIRST_DATE: return g_strdup (row->first_date != NULL ? row->first_date : "—");
        case CELL_LAST_DATE: return g_strdup (row->last_date != NULL ? row->last_date : "—");
        case CELL_SOURCE:
        case CELL_RELATIONS:
        default: return g_strdup ("");
        }
    }
  else
    {
      HashiyaCorpusSourceStats *row = g_ptr_array_index (rows, index);

      switch (cell)
        {
        case CELL_SOURCE: return g_strdup (row->source != NULL ? row->source : _("No source"));
        case CELL_DOCUMENTS: return g_strdup_printf ("%u", row->n_documents);
        case CELL_MENTIONS: return g_strdup_printf ("%u", row->n_mentions);
        case CELL_RELATIONS: return g_strdup_printf ("%u", row->n_relations);
        case CELL_FIRST_DATE: return g_strdup (row->first_date != NULL ? row->first_date : "—");
        case CELL_LAST_DATE: return g_strdup (row->last_date != NULL ? row->last_date : "—");
        case CELL_ACTOR:
        default: return g_strdup ("");
        }
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Cell cell = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "hashiya-cell"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), cell == CELL_ACTOR || cell == CELL_SOURCE ? 0.0 : 1.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HashiyaCorpusStatsView   *self)
{
  Cell cell = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "hashiya-cell"));
  GtkColumnView *view = g_object_get_data (G_OBJECT (factory), "hashiya-view");
  const char *index = gtk_string_object_get_string (gtk_list_item_get_item (item));
  g_autofree char *text = cell_text (self, is_actors (view), (guint) g_ascii_strtoull (index, NULL, 10), cell);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_column (HashiyaCorpusStatsView *self,
            GtkColumnView          *view,
            const char             *title,
            Cell                    cell)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "hashiya-cell", GINT_TO_POINTER (cell));
  g_object_set_data (G_OBJECT (factory), "hashiya-view", view);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, cell == CELL_ACTOR || cell == CELL_SOURCE);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
}

static void
fill_rows (GtkStringList *list,
           guint          n)
{
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (numbers, g_strdup_printf ("%u", i));
  g_ptr_array_add (numbers, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) numbers->pdata);
}

static void
update (HashiyaCorpusStatsView *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *documents = NULL;
  g_autofree char *mentions = NULL;
  g_autofree char *relations = NULL;

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->stats, hashiya_corpus_stats_free);
  self->dirty = FALSE;
  if (self->corpus == NULL)
    {
      fill_rows (self->actor_rows, 0);
      fill_rows (self->source_rows, 0);
      gtk_label_set_label (self->summary_label, "");
      return;
    }
  self->stats = hashiya_corpus_compute_stats (self->corpus);
  fill_rows (self->actor_rows, self->stats->actors->len);
  fill_rows (self->source_rows, self->stats->sources->len);
  documents = g_strdup_printf (ngettext ("%u document", "%u documents", self->stats->n_documents),
                               self->stats->n_documents);
  mentions = g_strdup_printf (ngettext ("%u mention", "%u mentions", (gulong) self->stats->n_mentions),
                              (guint) self->stats->n_mentions);
  relations = g_strdup_printf (ngettext ("%u relation", "%u relations", (gulong) self->stats->n_relations),
                               (guint) self->stats->n_relations);
  /* Translators: "12 documents, 3456 mentions, 78 relations; 2023-01-02 to 2024-05-06" */
  summary = g_strdup_printf (_("%s, %s, %s; %s to %s"), documents, mentions, relations,
                             self->stats->first_date != NULL ? self->stats->first_date : "—",
                             self->stats->last_date != NULL ? self->stats->last_date : "—");
  gtk_label_set_label (self->summary_label, summary);
}

static gboolean
update_cb (gpointer user_data)
{
  HashiyaCorpusStatsView *self = user_data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* Counted again once after changes, and only while shown: a corpus
 * opens without waiting for tables nobody looks at. */
static void
corpus_changed_cb (HashiyaCorpusStatsView *self)
{
  self->dirty = TRUE;
  if (self->update_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->update_id = g_idle_add_full (G_PRIORITY_LOW, update_cb, self, NULL);
}

static void
hashiya_corpus_stats_view_map (GtkWidget *widget)
{
  HashiyaCorpusStatsView *self = HASHIYA_CORPUS_STATS_VIEW (widget);

  GTK_WIDGET_CLASS (hashiya_corpus_stats_view_parent_class)->map (widget);
  if (self->dirty)
    update (self);
}

/**
 * hashiya_corpus_stats_view_set_corpus:
 * @corpus: (nullable): the corpus whose numbers are shown
 */
void
hashiya_corpus_stats_view_set_corpus (HashiyaCorpusStatsView *self,
                                      HashiyaCorpus          *corpus)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_STATS_VIEW (self));

  if (self->corpus != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->corpus, self);
      g_signal_handlers_disconnect_by_data (hashiya_corpus_get_documents (self->corpus), self);
    }
  g_set_object (&self->corpus, corpus);
  if (corpus != NULL)
    {
      g_signal_connect_swapped (corpus, "document-changed", G_CALLBACK (corpus_changed_cb), self);
      g_signal_connect_swapped (corpus, "catalog-changed", G_CALLBACK (corpus_changed_cb), self);
      g_signal_connect_swapped (hashiya_corpus_get_documents (corpus), "items-changed",
                                G_CALLBACK (corpus_changed_cb), self);
    }
  if (corpus == NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
  else
    self->dirty = TRUE;
}

/* Returns: (nullable): the numbers shown */
const HashiyaCorpusStats *
hashiya_corpus_stats_view_get_stats (HashiyaCorpusStatsView *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_STATS_VIEW (self), NULL);
  if (self->dirty)
    update (self);
  return self->stats;
}

static HashiyaCorpusStatsTable
shown_table (HashiyaCorpusStatsView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->table_stack), "sources") == 0
         ? HASHIYA_CORPUS_STATS_SOURCES : HASHIYA_CORPUS_STATS_ACTORS;
}

/**
 * hashiya_corpus_stats_view_dup_csv:
 *
 * Returns: (transfer full) (nullable): the table shown, as CSV (RFC 4180,
 *   a header row)
 */
char *
hashiya_corpus_stats_view_dup_csv (HashiyaCorpusStatsView *self)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (HASHIYA_IS_CORPUS_STATS_VIEW (self), NULL);

  if (hashiya_corpus_stats_view_get_stats (self) == NULL)
    return NULL;
  bytes = hashiya_corpus_stats_to_csv (self->stats, shown_table (self), FALSE);
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaCorpusStatsView *self = HASHIYA_CORPUS_STATS_VIEW (widget);
  g_autofree char *csv = hashiya_corpus_stats_view_dup_csv (self);

  if (csv == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), csv);
  toast (self, _("Table copied"));
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HashiyaCorpusStatsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_file_get_parse_name (G_FILE (source));

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    message = g_strdup_printf (_("Could not write “%s”: %s"), name, error->message);
  else
    message = g_strdup_printf (_("Table written to “%s”"), name);
  toast (self, message);
}

static void
export_chosen_cb (GObject   *object,
                  GPtrArray *files)
{
  HashiyaCorpusStatsView *self = HASHIYA_CORPUS_STATS_VIEW (object);
  g_autoptr(GBytes) bytes = NULL;

  if (files == NULL || files->len == 0 || hashiya_corpus_stats_view_get_stats (self) == NULL)
    return;
  /* With a byte-order mark: spreadsheet programs then read it as UTF-8. */
  bytes = hashiya_corpus_stats_to_csv (self->stats, shown_table (self), TRUE);
  g_file_replace_contents_bytes_async (g_ptr_array_index (files, 0), bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL, written_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HashiyaCorpusStatsView *self = HASHIYA_CORPUS_STATS_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->corpus == NULL)
    return;
  name = g_strdup_printf ("%s-%s.csv", hashiya_corpus_get_name (self->corpus),
                          shown_table (self) == HASHIYA_CORPUS_STATS_SOURCES ? "sources" : "actors");
  hashiya_corpus_choose (GTK_WINDOW (gtk_widget_get_root (widget)), HASHIYA_CORPUS_CHOOSE_SAVE_CSV, NULL, name,
                         export_chosen_cb, G_OBJECT (self));
}

static void
hashiya_corpus_stats_view_dispose (GObject *object)
{
  HashiyaCorpusStatsView *self = HASHIYA_CORPUS_STATS_VIEW (object);

  hashiya_corpus_stats_view_set_corpus (self, NULL);
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->stats, hashiya_corpus_stats_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_CORPUS_STATS_VIEW);
  /* The box around the tables, which the template does not name. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hashiya_corpus_stats_view_parent_class)->dispose (object);
}

static void
hashiya_corpus_stats_view_class_init (HashiyaCorpusStatsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_corpus_stats_view_dispose;
  widget_class->map = hashiya_corpus_stats_view_map;

  /**
   * HashiyaCorpusStatsView::toast:
   *
   * Something to say (copied, written, could not write).
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-corpus-stats-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusStatsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusStatsView, table_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusStatsView, actors_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusStatsView, sources_view);
  gtk_widget_class_install_action (widget_class, "stats.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "stats.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "stats.copy", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_corpus_stats_view_init (HashiyaCorpusStatsView *self)
{
  GtkSelectionModel *model;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actor_rows = gtk_string_list_new (NULL);
  self->source_rows = gtk_string_list_new (NULL);
  g_object_set_data (G_OBJECT (self->actors_view), "hashiya-actors", GINT_TO_POINTER (TRUE));
  model = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->actor_rows)));
  gtk_column_view_set_model (self->actors_view, model);
  g_object_unref (model);
  model = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->source_rows)));
  gtk_column_view_set_model (self->sources_view, model);
  g_object_unref (model);
  add_column (self, self->actors_view, _("Actor"), CELL_ACTOR);
  add_column (self, self->actors_view, _("Documents"), CELL_DOCUMENTS);
  add_column (self, self->actors_view, _("Mentions"), CELL_MENTIONS);
  add_column (self, self->actors_view, _("First Date"), CELL_FIRST_DATE);
  add_column (self, self->actors_view, _("Last Date"), CELL_LAST_DATE);
  add_column (self, self->sources_view, _("Source"), CELL_SOURCE);
  add_column (self, self->sources_view, _("Documents"), CELL_DOCUMENTS);
  add_column (self, self->sources_view, _("Mentions"), CELL_MENTIONS);
  add_column (self, self->sources_view, _("Relations"), CELL_RELATIONS);
  add_column (self, self->sources_view, _("First Date"), CELL_FIRST_DATE);
  add_column (self, self->sources_view, _("Last Date"), CELL_LAST_DATE);
}
