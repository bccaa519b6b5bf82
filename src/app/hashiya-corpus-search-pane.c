/* hashiya-corpus-search-pane.c — search across a corpus: hits in
 * context, as the reader types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane keeps the corpus's search index (hashiya-corpus-index): it is
 * brought up to date with the folder when the corpus is set, and follows
 * the documents the corpus writes. Each change of the query starts a
 * search on a worker thread and cancels the one before, so typing never
 * waits for it. The hits show as keyword-in-context lines, right to left,
 * the hit itself highlighted in colour only, under their document's title
 * and date; beside them, the documents found with their number of hits.
 * Activating a hit (a click, Enter) emits ::hit-activated with its
 * document and range; a document of the list, with its first hit.
 */

#define G_LOG_DOMAIN "hashiya-corpus-search-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-search-pane.h"

/* More than anyone reads; the counts still cover every hit. */
#define MAX_HITS 2000

struct _HashiyaCorpusSearchPane
{
  GtkWidget             parent_instance;

  HashiyaCorpusIndex   *index;
  HashiyaSearchResults *results;
  GCancellable         *searching;
  GCancellable         *indexing;
  GtkSingleSelection   *hits;
  GtkStringList        *documents;
  char                 *error;
  gboolean              pending;    /* typed, not yet searched */

  GtkWidget            *box;
  GtkSearchEntry       *search_entry;
  GtkLabel             *status_label;
  GtkListView          *documents_list;
  GtkListView          *hits_list;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusSearchPane, hashiya_corpus_search_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  HIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void search (HashiyaCorpusSearchPane *self);

gboolean
hashiya_corpus_search_pane_get_busy (HashiyaCorpusSearchPane *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_SEARCH_PANE (self), FALSE);
  return self->searching != NULL || self->indexing != NULL || self->pending;
}

/* Returns: (transfer none) (nullable): what the last search found */
HashiyaSearchResults *
hashiya_corpus_search_pane_get_results (HashiyaCorpusSearchPane *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_SEARCH_PANE (self), NULL);
  return self->results;
}

static void
update_status (HashiyaCorpusSearchPane *self)
{
  g_autofree char *text = NULL;

  if (self->error != NULL)
    text = g_strdup (self->error);
  else if (self->results != NULL)
    {
      guint n_hits = hashiya_search_results_get_n_hits (self->results);
      guint n_documents = hashiya_search_results_get_n_documents (self->results);
      g_autofree char *documents = g_strdup_printf (ngettext ("%u document", "%u documents", n_documents),
                                                    n_documents);

      /* Translators: "12 hits in 3 documents" */
      text = g_strdup_printf (ngettext ("%u hit in %s", "%u hits in %s", n_hits), n_hits, documents);
      if (!hashiya_search_results_is_complete (self->results))
        {
          g_autofree char *all = g_steal_pointer (&text);

          /* Translators: the hits listed are the first of them */
          text = g_strdup_printf (_("%s (the first %u listed)"), all, MAX_HITS);
        }
    }
  if (self->indexing != NULL)
    {
      g_autofree char *before = g_steal_pointer (&text);

      text = before != NULL ? g_strdup_printf (_("%s; indexing…"), before) : g_strdup (_("Indexing…"));
    }
  gtk_label_set_label (self->status_label, text != NULL ? text : "");
}

static void
set_results (HashiyaCorpusSearchPane *self,
             HashiyaSearchResults    *results)
{
  g_autoptr(GPtrArray) indices = g_ptr_array_new_with_free_func (g_free);
  guint n = results != NULL ? hashiya_search_results_get_n_documents (results) : 0;

  g_set_object (&self->results, results);
  gtk_single_selection_set_model (self->hits, G_LIST_MODEL (results));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (indices, g_strdup_printf ("%u", i));
  g_ptr_array_add (indices, NULL);
  gtk_string_list_splice (self->documents, 0, g_list_model_get_n_items (G_LIST_MODEL (self->documents)),
                          (const char * const *) indices->pdata);
  update_status (self);
}

static void
searched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HashiyaCorpusSearchPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaSearchResults) results = hashiya_corpus_index_search_finish (HASHIYA_CORPUS_INDEX (source),
                                                                                result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->searching);
  g_clear_pointer (&self->error, g_free);
  if (results == NULL)
    {
      self->error = g_strdup (error->message);
      set_results (self, NULL);
    }
  else
    set_results (self, results);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
search (HashiyaCorpusSearchPane *self)
{
  g_autofree char *query = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (self->searching != NULL)
    {
      g_cancellable_cancel (self->searching);
      g_clear_object (&self->searching);
    }
  self->pending = FALSE;
  g_clear_pointer (&self->error, g_free);
  if (self->index == NULL || query[0] == '\0')
    {
      set_results (self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return;
    }
  self->searching = g_cancellable_new ();
  hashiya_corpus_index_search_async (self->index, query, MAX_HITS, self->searching, searched_cb,
                                     g_object_ref (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
search_changed_cb (HashiyaCorpusSearchPane *self)
{
  search (self);
}

/* Typed: the results shown are not yet the query's. */
static void
text_changed_cb (HashiyaCorpusSearchPane *self)
{
  if (self->pending)
    return;
  self->pending = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Enter in the entry: the first hit. */
static void
entry_activate_cb (HashiyaCorpusSearchPane *self)
{
  g_autoptr(HashiyaSearchHit) hit = self->results != NULL ? g_list_model_get_item (G_LIST_MODEL (self->results), 0)
                                                          : NULL;

  if (hit != NULL)
    g_signal_emit (self, signals[HIT_ACTIVATED], 0, hashiya_search_hit_get_path (hit), hashiya_search_hit_get_start (hit),
                   hashiya_search_hit_get_end (hit));
}

static void
hit_activate_cb (HashiyaCorpusSearchPane *self,
                 guint                    position)
{
  g_autoptr(HashiyaSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);

  if (hit != NULL)
    g_signal_emit (self, signals[HIT_ACTIVATED], 0, hashiya_search_hit_get_path (hit), hashiya_search_hit_get_start (hit),
                   hashiya_search_hit_get_end (hit));
}

/* A document of the list: its first hit listed, else its start. */
static void
document_activate_cb (HashiyaCorpusSearchPane *self,
                      guint                    position)
{
  const char *path;
  guint start = 0, end = 0;

  if (self->results == NULL || position >= hashiya_search_results_get_n_documents (self->results))
    return;
  path = hashiya_search_results_get_document_path (self->results, position);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->results)); i++)
    {
      g_autoptr(HashiyaSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      if (g_strcmp0 (hashiya_search_hit_get_path (hit), path) == 0)
        {
          start = hashiya_search_hit_get_start (hit);
          end = hashiya_search_hit_get_end (hit);
          break;
        }
    }
  g_signal_emit (self, signals[HIT_ACTIVATED], 0, path, start, end);
}

/* Rows */

static void
setup_hit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *line = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_xalign (GTK_LABEL (where), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (where, "caption");
  gtk_widget_add_css_class (where, "dim-label");
  /* The line is Arabic: it reads from the right, whatever the interface. */
  gtk_widget_set_direction (line, GTK_TEXT_DIR_RTL);
  gtk_label_set_xalign (GTK_LABEL (line), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (line), PANGO_ELLIPSIZE_START);
  gtk_label_set_single_line_mode (GTK_LABEL (line), TRUE);
  gtk_widget_add_css_class (line, "search-context");
  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_item_set_child (item, box);
}

static char *
flatten (const char *text)
{
  char *flat = g_strdup (text != NULL ? text : "");

  for (char *p = flat; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return flat;
}

static void
bind_hit_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HashiyaCorpusSearchPane  *self)
{
  HashiyaSearchHit *hit = gtk_list_item_get_item (item);
  GtkWidget *where = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *line = gtk_widget_get_next_sibling (where);
  g_autofree char *before = flatten (hashiya_search_hit_get_before (hit));
  g_autofree char *text = flatten (hashiya_search_hit_get_text (hit));
  g_autofree char *after = flatten (hashiya_search_hit_get_after (hit));
  g_autofree char *markup = NULL;
  g_autofree char *title = NULL;
  const char *date = hashiya_search_hit_get_date (hit);
  const char *name = hashiya_search_hit_get_title (hit) != NULL ? hashiya_search_hit_get_title (hit)
                                                                 : hashiya_search_hit_get_path (hit);

  /* The hit in colour only: never another weight or font in Arabic. */
  markup = g_markup_printf_escaped ("%s<span background=\"#f8e45c\" foreground=\"#241f31\" underline=\"single\">%s</span>%s",
                                    before, text, after);
  gtk_label_set_markup (GTK_LABEL (line), markup);
  /* The date isolated left to right: in an Arabic line, 2023-10-23 would
   * otherwise read 23-10-2023. */
  title = date != NULL ? g_strdup_printf ("%s · \u2066%s\u2069", name, date) : g_strdup (name);
  gtk_label_set_label (GTK_LABEL (where), title);
}

static void
setup_document_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (item, box);
}

static void
bind_document_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HashiyaCorpusSearchPane  *self)
{
  guint i = (guint) g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (item)), NULL, 10);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *count = gtk_widget_get_next_sibling (title);
  g_autofree char *n = NULL;
  g_autofree char *tip = NULL;
  const char *name, *date;

  if (self->results == NULL || i >= hashiya_search_results_get_n_documents (self->results))
    return;
  name = hashiya_search_results_get_document_title (self->results, i);
  date = hashiya_search_results_get_document_date (self->results, i);
  if (name == NULL)
    name = hashiya_search_results_get_document_path (self->results, i);
  gtk_label_set_label (GTK_LABEL (title), name);
  n = g_strdup_printf ("%u", hashiya_search_results_get_document_n_hits (self->results, i));
  gtk_label_set_label (GTK_LABEL (count), n);
  tip = date != NULL ? g_strdup_printf ("%s · %s", hashiya_search_results_get_document_path (self->results, i), date)
                     : g_strdup (hashiya_search_results_get_document_path (self->results, i));
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), tip);
}

/* The index */

static void
indexed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(HashiyaCorpusSearchPane) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hashiya_corpus_index_update_finish (HASHIYA_CORPUS_INDEX (source), result, NULL, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->indexing);
  if (error != NULL)
    {
      g_free (self->error);
      self->error = g_strdup (error->message);
    }
  /* What is typed is searched again in the whole corpus. */
  if (self->error == NULL)
    search (self);
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
index_changed_cb (HashiyaCorpusSearchPane *self)
{
  if (self->indexing == NULL && self->results != NULL)
    search (self);
}

/**
 * hashiya_corpus_search_pane_set_corpus:
 * @corpus: (nullable): the corpus searched
 *
 * Opens the corpus's index and brings it up to date with the folder, on a
 * worker thread; the index then follows the documents the corpus writes.
 */
void
hashiya_corpus_search_pane_set_corpus (HashiyaCorpusSearchPane *self,
                                       HashiyaCorpus           *corpus)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_SEARCH_PANE (self));

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  if (self->indexing != NULL)
    g_cancellable_cancel (self->indexing);
  g_clear_object (&self->searching);
  g_clear_object (&self->indexing);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
  g_clear_pointer (&self->error, g_free);
  set_results (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (corpus != NULL)
    {
      self->index = hashiya_corpus_index_new_for_corpus (corpus);
      g_signal_connect_swapped (self->index, "changed", G_CALLBACK (index_changed_cb), self);
      self->indexing = g_cancellable_new ();
      hashiya_corpus_index_update_async (self->index, NULL, self->indexing, NULL, NULL, NULL, indexed_cb,
                                         g_object_ref (self));
    }
  update_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/**
 * hashiya_corpus_search_pane_start:
 *
 * Puts the focus in the search entry, its text selected.
 */
void
hashiya_corpus_search_pane_start (HashiyaCorpusSearchPane *self)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_SEARCH_PANE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
hashiya_corpus_search_pane_dispose (GObject *object)
{
  HashiyaCorpusSearchPane *self = HASHIYA_CORPUS_SEARCH_PANE (object);

  if (self->searching != NULL)
    g_cancellable_cancel (self->searching);
  if (self->indexing != NULL)
    g_cancellable_cancel (self->indexing);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_CORPUS_SEARCH_PANE);
  g_clear_object (&self->searching);
  g_clear_object (&self->indexing);
  g_clear_object (&self->index);
  g_clear_object (&self->results);
  g_clear_object (&self->hits);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (hashiya_corpus_search_pane_parent_class)->dispose (object);
}

static void
hashiya_corpus_search_pane_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, hashiya_corpus_search_pane_get_busy (HASHIYA_CORPUS_SEARCH_PANE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_corpus_search_pane_class_init (HashiyaCorpusSearchPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_corpus_search_pane_dispose;
  object_class->get_property = hashiya_corpus_search_pane_get_property;

  /**
   * HashiyaCorpusSearchPane:busy:
   *
   * Whether a search, or the index's update, is under way, or the query
   * typed is still to be searched.
   */
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaCorpusSearchPane::hit-activated:
   * @path: the document's path in the corpus folder
   * @start: the hit's start, in code points
   * @end: its end
   */
  signals[HIT_ACTIVATED] = g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                         NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-corpus-search-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusSearchPane, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusSearchPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusSearchPane, status_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusSearchPane, documents_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusSearchPane, hits_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, hit_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_corpus_search_pane_init (HashiyaCorpusSearchPane *self)
{
  GtkListItemFactory *factory;
  GtkSelectionModel *documents;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->hits = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->hits, FALSE);
  gtk_list_view_set_model (self->hits_list, GTK_SELECTION_MODEL (self->hits));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_hit_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_hit_cb), self);
  gtk_list_view_set_factory (self->hits_list, factory);
  g_object_unref (factory);

  self->documents = gtk_string_list_new (NULL);
  documents = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->documents)));
  gtk_list_view_set_model (self->documents_list, documents);
  g_object_unref (documents);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_document_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_document_cb), self);
  gtk_list_view_set_factory (self->documents_list, factory);
  g_object_unref (factory);
}
