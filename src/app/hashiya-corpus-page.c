/* hashiya-corpus-page.c — the documents of a corpus: a list that sorts
 * and filters, its actors, its numbers and its batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page shows a HashiyaCorpus: its documents in a column view (title,
 * date, source, characters, mentions, relations, state) sorted by any
 * column and filtered by text and by actor; the actors of its catalogue
 * with the documents and mentions of each across the corpus; its
 * statistics. Its actions (corpus.*) add files, import a manifest,
 * suggest in all or the selected documents and carry a catalogue edit
 * into every document, each on a worker thread with progress, Cancel and
 * a summary. Activating a document (a click, Enter) emits
 * ::document-activated: the window opens it. The columns, their cells
 * and what the text filter looks in: hashiya-corpus-columns.c; the actor
 * list's rows: hashiya-corpus-actor-row.c. "Curate Versions…"
 * (corpus.curate-versions,
 * Shift+Ctrl+C) on a document with annotators' versions emits
 * ::curate-versions.
 */

#define G_LOG_DOMAIN "hashiya-corpus-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-actor-dialog.h"
#include "hashiya-corpus-actor-row.h"
#include "hashiya-corpus-chooser.h"
#include "hashiya-corpus-columns.h"
#include "hashiya-corpus-page.h"
#include "hashiya-corpus-search-pane.h"
#include "hashiya-corpus-stats-view.h"
#include "hashiya-ui-util.h"

struct _HashiyaCorpusPage
{
  GtkWidget               parent_instance;

  HashiyaCorpus          *corpus;
  HashiyaCorpusColumns   *columns;
  GtkCustomFilter        *filter;
  GtkFilterListModel     *filter_model;
  GtkSortListModel       *sort_model;
  GtkMultiSelection      *selection;
  GtkStringList          *actor_ids;
  GtkSingleSelection     *actor_selection;
  HashiyaCorpusStats     *stats;
  GHashTable             *actor_stats;   /* id → HashiyaCorpusActorStats of stats */
  char                   *actor_filter;
  char                   *text_filter;   /* folded */
  GCancellable           *operation;
  GPtrArray              *pending_edits;
  HashiyaCorpusSummary   *edit_total;
  guint                   actors_id;
  gboolean                setting_actors;

  AdwToastOverlay        *toast_overlay;
  GtkSearchEntry         *filter_entry;
  GtkRevealer            *read_only_revealer;
  GtkRevealer            *progress_revealer;
  GtkLabel               *progress_label;
  GtkProgressBar         *progress_bar;
  GtkListView            *actors_list;
  GtkStack               *view_stack;
  GtkColumnView          *column_view;
  GtkLabel               *status_label;
  HashiyaCorpusStatsView *stats_view;
  HashiyaCorpusSearchPane *search_pane;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusPage, hashiya_corpus_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DOCUMENT_ACTIVATED,
  HIT_ACTIVATED,
  CURATE_VERSIONS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_actions (HashiyaCorpusPage *self);

void
hashiya_corpus_page_toast (HashiyaCorpusPage *self,
                           const char        *message)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
stats_toast_cb (HashiyaCorpusPage *self,
                AdwToast          *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* Filtering */

static gboolean
filter_document_cb (gpointer item,
                    gpointer user_data)
{
  HashiyaCorpusPage *self = user_data;
  HashiyaCorpusDocument *document = item;

  if (self->actor_filter != NULL && hashiya_corpus_document_count_mentions (document, self->actor_filter) == 0)
    return FALSE;
  return self->text_filter == NULL || hashiya_corpus_columns_match (document, self->text_filter);
}

static void
update_status (HashiyaCorpusPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint all = self->corpus != NULL ? g_list_model_get_n_items (hashiya_corpus_get_documents (self->corpus)) : 0;
  g_autofree char *text = NULL;

  if (shown == all)
    text = g_strdup_printf (ngettext ("%u document", "%u documents", all), all);
  else
    /* Translators: "3 of 40 documents" */
    text = g_strdup_printf (ngettext ("%u of %u document", "%u of %u documents", all), shown, all);
  gtk_label_set_label (self->status_label, text);
}

static void
filter_changed_cb (HashiyaCorpusPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));

  g_clear_pointer (&self->text_filter, g_free);
  if (stripped[0] != '\0')
    self->text_filter = hashiya_fold_for_search (stripped);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * hashiya_corpus_page_set_actor_filter:
 * @actor_id: (nullable): show only the documents that mention this actor,
 *   or all when %NULL
 */
void
hashiya_corpus_page_set_actor_filter (HashiyaCorpusPage *self,
                                      const char        *actor_id)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));

  if (actor_id != NULL && actor_id[0] == '\0')
    actor_id = NULL;
  if (g_strcmp0 (self->actor_filter, actor_id) != 0)
    {
      g_free (self->actor_filter);
      self->actor_filter = g_strdup (actor_id);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  if (!self->setting_actors)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actor_ids));

      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (gtk_string_list_get_string (self->actor_ids, i), actor_id != NULL ? actor_id : "") == 0)
          {
            gtk_single_selection_set_selected (self->actor_selection, i);
            break;
          }
    }
}

const char *
hashiya_corpus_page_get_actor_filter (HashiyaCorpusPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_PAGE (self), NULL);
  return self->actor_filter;
}

/* The actors */

static void
setup_actor_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  hashiya_corpus_actor_row_setup (item);
}

static void
bind_actor_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HashiyaCorpusPage        *self)
{
  hashiya_corpus_actor_row_bind (item, self->corpus, self->stats, self->actor_stats);
}

/* The actor list again: the catalogue's actors and any other a document
 * mentions, most mentioned first, with their counts across the corpus. */
static void
update_actors (HashiyaCorpusPage *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_clear_handle_id (&self->actors_id, g_source_remove);
  g_hash_table_remove_all (self->actor_stats);
  g_clear_pointer (&self->stats, hashiya_corpus_stats_free);
  g_ptr_array_add (ids, (gpointer) "");
  if (self->corpus != NULL)
    {
      self->stats = hashiya_corpus_compute_stats (self->corpus);
      for (guint i = 0; i < self->stats->actors->len; i++)
        {
          HashiyaCorpusActorStats *stats = g_ptr_array_index (self->stats->actors, i);

          g_hash_table_insert (self->actor_stats, stats->actor_id, stats);
          g_ptr_array_add (ids, stats->actor_id);
        }
    }
  g_ptr_array_add (ids, NULL);

  self->setting_actors = TRUE;
  gtk_string_list_splice (self->actor_ids, 0, g_list_model_get_n_items (G_LIST_MODEL (self->actor_ids)),
                          (const char * const *) ids->pdata);
  self->setting_actors = FALSE;
  /* The actor shown stays chosen, unless it left the catalogue. */
  if (self->actor_filter != NULL && !g_hash_table_contains (self->actor_stats, self->actor_filter))
    hashiya_corpus_page_set_actor_filter (self, NULL);
  else
    {
      g_autofree char *keep = g_strdup (self->actor_filter);

      hashiya_corpus_page_set_actor_filter (self, keep);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_status (self);
}

static gboolean
update_actors_cb (gpointer user_data)
{
  HashiyaCorpusPage *self = user_data;

  self->actors_id = 0;
  update_actors (self);
  return G_SOURCE_REMOVE;
}

static void
corpus_changed_cb (HashiyaCorpusPage *self)
{
  if (self->actors_id == 0)
    self->actors_id = g_idle_add_full (G_PRIORITY_LOW, update_actors_cb, self, NULL);
}

static void
actor_selected_cb (HashiyaCorpusPage *self)
{
  GtkStringObject *item = gtk_single_selection_get_selected_item (self->actor_selection);

  if (self->setting_actors)
    return;
  self->setting_actors = TRUE;
  hashiya_corpus_page_set_actor_filter (self, item != NULL ? gtk_string_object_get_string (item) : NULL);
  self->setting_actors = FALSE;
}

/* The corpus */

/**
 * hashiya_corpus_page_set_corpus:
 * @corpus: (nullable): the corpus to show
 */
void
hashiya_corpus_page_set_corpus (HashiyaCorpusPage *self,
                                HashiyaCorpus     *corpus)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));

  if (self->operation != NULL)
    g_cancellable_cancel (self->operation);
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_set_object (&self->corpus, corpus);
  g_clear_pointer (&self->actor_filter, g_free);
  gtk_filter_list_model_set_model (self->filter_model, corpus != NULL ? hashiya_corpus_get_documents (corpus) : NULL);
  if (corpus != NULL)
    {
      g_signal_connect_swapped (corpus, "document-changed", G_CALLBACK (corpus_changed_cb), self);
      g_signal_connect_swapped (corpus, "catalog-changed", G_CALLBACK (corpus_changed_cb), self);
    }
  gtk_revealer_set_reveal_child (self->read_only_revealer, corpus != NULL && hashiya_corpus_is_read_only (corpus));
  hashiya_corpus_stats_view_set_corpus (self->stats_view, corpus);
  hashiya_corpus_search_pane_set_corpus (self->search_pane, corpus);
  hashiya_corpus_columns_set_corpus (self->columns, corpus);
  update_actions (self);
  update_actors (self);
  gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), "");
  gtk_stack_set_visible_child_name (self->view_stack, "documents");
}

HashiyaCorpus *
hashiya_corpus_page_get_corpus (HashiyaCorpusPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_PAGE (self), NULL);
  return self->corpus;
}

/**
 * hashiya_corpus_page_get_shown:
 *
 * Returns: (transfer none): the documents as the list shows them:
 *   filtered and sorted
 */
GListModel *
hashiya_corpus_page_get_shown (HashiyaCorpusPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_PAGE (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

void
hashiya_corpus_page_focus_list (HashiyaCorpusPage *self)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, "documents");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/**
 * hashiya_corpus_page_show_view:
 * @name: "documents", "search" or "statistics"
 */
void
hashiya_corpus_page_show_view (HashiyaCorpusPage *self,
                               const char        *name)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, name);
}

static void
column_view_activate_cb (HashiyaCorpusPage *self,
                         guint              position)
{
  g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (document != NULL)
    g_signal_emit (self, signals[DOCUMENT_ACTIVATED], 0, document);
}

/* A hit of the search pane: its document, at the hit. */
static void
search_hit_activated_cb (HashiyaCorpusPage *self,
                         const char        *path,
                         guint              start,
                         guint              end)
{
  HashiyaCorpusDocument *document = self->corpus != NULL ? hashiya_corpus_lookup_document (self->corpus, path) : NULL;

  if (document != NULL)
    g_signal_emit (self, signals[HIT_ACTIVATED], 0, document, start, end);
}

/**
 * hashiya_corpus_page_start_search:
 *
 * Shows the search pane, its entry focused.
 */
void
hashiya_corpus_page_start_search (HashiyaCorpusPage *self)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  gtk_stack_set_visible_child_name (self->view_stack, "search");
  hashiya_corpus_search_pane_start (self->search_pane);
}

/* Long work: progress, Cancel, a summary */

gboolean
hashiya_corpus_page_get_busy (HashiyaCorpusPage *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_PAGE (self), FALSE);
  return self->operation != NULL;
}

/* The one document selected has two or more annotators' versions. */
static gboolean
can_curate (HashiyaCorpusPage *self)
{
  g_autofree char *path = NULL;

  if (self->columns == NULL)
    return FALSE;
  path = hashiya_corpus_columns_dup_curate_path (self->columns, GTK_SELECTION_MODEL (self->selection));
  return path != NULL;
}

static void
update_actions (HashiyaCorpusPage *self)
{
  gboolean writable = self->corpus != NULL && !hashiya_corpus_is_read_only (self->corpus);
  gboolean idle = self->operation == NULL;
  static const char * const writing[] = {
    "corpus.add", "corpus.import-manifest", "corpus.suggest-all", "corpus.suggest-selected",
    "corpus.suggest-relations", "corpus.edit-actor",
  };

  for (guint i = 0; i < G_N_ELEMENTS (writing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), writing[i], writable && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "corpus.curate-versions", can_curate (self));
}

static GCancellable *
begin_operation (HashiyaCorpusPage *self,
                 const char        *label)
{
  g_return_val_if_fail (self->operation == NULL, NULL);

  self->operation = g_cancellable_new ();
  gtk_label_set_label (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  return self->operation;
}

static void
end_operation (HashiyaCorpusPage *self)
{
  g_clear_object (&self->operation);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
cancel_clicked_cb (HashiyaCorpusPage *self)
{
  if (self->operation != NULL)
    g_cancellable_cancel (self->operation);
}

static void
progress_cb (guint       done,
             guint       total,
             const char *path,
             gpointer    user_data)
{
  HashiyaCorpusPage *self = g_weak_ref_get (user_data);
  g_autofree char *text = NULL;

  if (self == NULL)
    return;
  /* Translators: progress, "3 of 40" */
  text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 1.0);
  gtk_progress_bar_set_text (self->progress_bar, text);
  g_object_unref (self);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static gpointer
weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

/* The documents that failed, each with its reason, in a dialog. */
static void
show_failures (HashiyaCorpusPage *self,
               const char        *heading,
               GPtrArray         *failures)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (failures == NULL || failures->len == 0)
    return;
  g_ptr_array_add (failures, NULL);
  body = g_strjoinv ("\n", (char **) failures->pdata);
  g_ptr_array_remove_index (failures, failures->len - 1);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Says how a batch went, in a toast. */
static void
tell_summary (HashiyaCorpusPage          *self,
              const HashiyaCorpusSummary *summary,
              const char                 *what)
{
  g_autofree char *documents = g_strdup_printf (ngettext ("%u document", "%u documents", summary->n_changed),
                                                summary->n_changed);
  g_autofree char *message = NULL;

  if (summary->cancelled)
    /* Translators: "Stopped after 5 of 40 documents: 12 mentions in 3 documents" */
    message = g_strdup_printf (_("Stopped after %u documents: %s in %s"), summary->n_documents, what, documents);
  else if (summary->n_failed > 0)
    message = g_strdup_printf (ngettext ("%s in %s; %u document failed", "%s in %s; %u documents failed",
                                         summary->n_failed),
                               what, documents, summary->n_failed);
  else
    /* Translators: "12 mentions suggested in 3 documents" */
    message = g_strdup_printf (_("%s in %s"), what, documents);
  hashiya_corpus_page_toast (self, message);
}

static void
suggest_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HashiyaCorpusPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCorpusSummary) summary = hashiya_corpus_suggest_finish (HASHIYA_CORPUS (source), result, &error);
  g_autofree char *what = NULL;

  end_operation (self);
  if (summary == NULL)
    {
      hashiya_corpus_page_toast (self, error->message);
      return;
    }
  what = g_strdup_printf (ngettext ("%u mention suggested", "%u mentions suggested", summary->n_mentions),
                          summary->n_mentions);
  tell_summary (self, summary, what);
  show_failures (self, _("Some Documents Could Not Be Suggested In"), summary->failures);
}

/**
 * hashiya_corpus_page_suggest:
 * @selected_only: in the documents selected in the list, else in all
 *
 * Suggests the catalogue's actors (and relations, with @flags) in the
 * corpus's documents, on a worker thread, with progress and Cancel.
 */
void
hashiya_corpus_page_suggest (HashiyaCorpusPage         *self,
                             gboolean                   selected_only,
                             HashiyaCorpusSuggestFlags  flags)
{
  g_autoptr(GPtrArray) documents = NULL;
  GCancellable *operation;

  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));

  if (self->corpus == NULL || self->operation != NULL)
    return;
  if (selected_only)
    {
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      GtkBitsetIter iter;
      guint position;

      documents = g_ptr_array_new_with_free_func (g_object_unref);
      for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
           ok = gtk_bitset_iter_next (&iter, &position))
        g_ptr_array_add (documents, g_list_model_get_item (G_LIST_MODEL (self->selection), position));
      if (documents->len == 0)
        {
          hashiya_corpus_page_toast (self, _("No document is selected"));
          return;
        }
    }
  operation = begin_operation (self, _("Suggesting…"));
  hashiya_corpus_suggest_async (self->corpus, documents, flags, progress_cb, weak_ref_new (self), weak_ref_free,
                                operation, suggest_done_cb, g_object_ref (self));
}

static void
add_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HashiyaCorpusPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCorpusSummary) summary = hashiya_corpus_add_files_finish (HASHIYA_CORPUS (source), result, &error);
  g_autofree char *message = NULL;

  end_operation (self);
  if (summary == NULL)
    {
      hashiya_corpus_page_toast (self, error->message);
      return;
    }
  if (summary->n_failed > 0)
    message = g_strdup_printf (ngettext ("%u document added; %u file was not", "%u documents added; %u files were not",
                                         summary->n_failed),
                               summary->n_changed, summary->n_failed);
  else
    message = g_strdup_printf (ngettext ("%u document added", "%u documents added", summary->n_changed),
                               summary->n_changed);
  hashiya_corpus_page_toast (self, message);
  show_failures (self, _("Some Files Were Not Added"), summary->failures);
}

/**
 * hashiya_corpus_page_add_files:
 * @files: (element-type GFile): texts, documents and folders of them
 *
 * Adds them to the corpus, on a worker thread, with progress and Cancel.
 */
void
hashiya_corpus_page_add_files (HashiyaCorpusPage *self,
                               GPtrArray         *files)
{
  GCancellable *operation;

  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  g_return_if_fail (files != NULL);

  if (self->corpus == NULL || files->len == 0)
    return;
  if (self->operation != NULL)
    {
      hashiya_corpus_page_toast (self, _("Wait until the work under way is done"));
      return;
    }
  operation = begin_operation (self, _("Adding documents…"));
  hashiya_corpus_add_files_async (self->corpus, files, progress_cb, weak_ref_new (self), weak_ref_free, operation,
                                  add_done_cb, g_object_ref (self));
}

static void
manifest_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(HashiyaCorpusPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *message = NULL;
  guint n_changed = 0;

  end_operation (self);
  if (!hashiya_corpus_import_manifest_finish (HASHIYA_CORPUS (source), result, &n_changed, &problems, &error))
    {
      hashiya_corpus_page_toast (self, error->message);
      return;
    }
  message = g_strdup_printf (ngettext ("Metadata of %u document imported", "Metadata of %u documents imported",
                                       n_changed),
                             n_changed);
  hashiya_corpus_page_toast (self, message);
  show_failures (self, _("Some Rows of the Manifest Were Not Taken"), problems);
}

/**
 * hashiya_corpus_page_import_manifest:
 * @manifest: a CSV of path,title,date,source,url
 */
void
hashiya_corpus_page_import_manifest (HashiyaCorpusPage *self,
                                     GFile             *manifest)
{
  GCancellable *operation;

  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  g_return_if_fail (G_IS_FILE (manifest));

  if (self->corpus == NULL || self->operation != NULL)
    return;
  operation = begin_operation (self, _("Importing the manifest…"));
  hashiya_corpus_import_manifest_async (self->corpus, manifest, operation, manifest_done_cb, g_object_ref (self));
}

/* Catalogue edits, one after the other */

static void run_next_edit (HashiyaCorpusPage *self);

static void
edit_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashiyaCorpusPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCorpusSummary) summary = hashiya_corpus_edit_catalog_finish (HASHIYA_CORPUS (source), result,
                                                                                 &error);

  if (summary == NULL)
    {
      g_clear_pointer (&self->pending_edits, g_ptr_array_unref);
      g_clear_pointer (&self->edit_total, hashiya_corpus_summary_free);
      end_operation (self);
      hashiya_corpus_page_toast (self, error->message);
      return;
    }
  /* The documents changed by any edit, counted once each edit. */
  self->edit_total->n_documents = MAX (self->edit_total->n_documents, summary->n_documents);
  self->edit_total->n_changed = MAX (self->edit_total->n_changed, summary->n_changed);
  self->edit_total->n_mentions += summary->n_mentions;
  self->edit_total->n_failed += summary->n_failed;
  self->edit_total->cancelled = summary->cancelled;
  for (guint i = 0; i < summary->failures->len; i++)
    g_ptr_array_add (self->edit_total->failures, g_strdup (g_ptr_array_index (summary->failures, i)));
  if (summary->cancelled)
    g_ptr_array_set_size (self->pending_edits, 0);
  run_next_edit (self);
}

static void
run_next_edit (HashiyaCorpusPage *self)
{
  g_autoptr(HashiyaCorpusSummary) total = NULL;
  g_autofree char *what = NULL;

  if (self->pending_edits->len > 0)
    {
      g_autoptr(HashiyaCorpusEdit) edit = g_ptr_array_steal_index (self->pending_edits, 0);

      hashiya_corpus_edit_catalog_async (self->corpus, edit, progress_cb, weak_ref_new (self), weak_ref_free,
                                         self->operation, edit_done_cb, g_object_ref (self));
      return;
    }
  total = g_steal_pointer (&self->edit_total);
  g_clear_pointer (&self->pending_edits, g_ptr_array_unref);
  end_operation (self);
  what = g_strdup_printf (ngettext ("%u mention changed", "%u mentions changed", total->n_mentions),
                          total->n_mentions);
  tell_summary (self, total, what);
  show_failures (self, _("Some Documents Could Not Be Changed"), total->failures);
}

/**
 * hashiya_corpus_page_edit_catalog:
 * @edits: (element-type HashiyaCorpusEdit): edits of the corpus catalogue,
 *   made one after the other in every document
 */
void
hashiya_corpus_page_edit_catalog (HashiyaCorpusPage *self,
                                  GPtrArray         *edits)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_PAGE (self));
  g_return_if_fail (edits != NULL);

  if (self->corpus == NULL || self->operation != NULL || edits->len == 0)
    return;
  self->pending_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_corpus_edit_free);
  for (guint i = 0; i < edits->len; i++)
    g_ptr_array_add (self->pending_edits, hashiya_corpus_edit_copy (g_ptr_array_index (edits, i)));
  self->edit_total = g_new0 (HashiyaCorpusSummary, 1);
  self->edit_total->failures = g_ptr_array_new_with_free_func (g_free);
  begin_operation (self, _("Changing the catalogue in every document…"));
  run_next_edit (self);
}

/* Actions */

static void
add_chosen_cb (GObject   *object,
               GPtrArray *files)
{
  if (files != NULL)
    hashiya_corpus_page_add_files (HASHIYA_CORPUS_PAGE (object), files);
}

static void
manifest_chosen_cb (GObject   *object,
                    GPtrArray *files)
{
  if (files != NULL && files->len > 0)
    hashiya_corpus_page_import_manifest (HASHIYA_CORPUS_PAGE (object), g_ptr_array_index (files, 0));
}

static void
edit_actor_apply_cb (HashiyaCorpusPage *self,
                     GPtrArray         *edits)
{
  hashiya_corpus_page_edit_catalog (self, edits);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaCorpusPage *self = HASHIYA_CORPUS_PAGE (widget);
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

  if (self->corpus == NULL)
    return;
  if (g_str_equal (action_name, "corpus.add"))
    hashiya_corpus_choose (window, HASHIYA_CORPUS_CHOOSE_ADD, NULL, NULL, add_chosen_cb, G_OBJECT (self));
  else if (g_str_equal (action_name, "corpus.import-manifest"))
    hashiya_corpus_choose (window, HASHIYA_CORPUS_CHOOSE_MANIFEST, hashiya_corpus_get_folder (self->corpus), NULL,
                           manifest_chosen_cb, G_OBJECT (self));
  else if (g_str_equal (action_name, "corpus.suggest-all"))
    hashiya_corpus_page_suggest (self, FALSE, HASHIYA_CORPUS_SUGGEST_DEFAULT);
  else if (g_str_equal (action_name, "corpus.suggest-selected"))
    hashiya_corpus_page_suggest (self, TRUE, HASHIYA_CORPUS_SUGGEST_DEFAULT);
  else if (g_str_equal (action_name, "corpus.suggest-relations"))
    hashiya_corpus_page_suggest (self, FALSE, HASHIYA_CORPUS_SUGGEST_RELATIONS);
  else if (g_str_equal (action_name, "corpus.edit-actor"))
    {
      HashiyaCorpusActorDialog *dialog = hashiya_corpus_actor_dialog_new (window, hashiya_corpus_get_catalog (self->corpus),
                                                                          self->actor_filter);

      g_signal_connect_object (dialog, "apply", G_CALLBACK (edit_actor_apply_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else if (g_str_equal (action_name, "corpus.curate-versions") && can_curate (self))
    {
      g_autofree char *path = hashiya_corpus_columns_dup_curate_path (self->columns,
                                                                      GTK_SELECTION_MODEL (self->selection));
      HashiyaCorpusDocument *target = hashiya_corpus_lookup_document (self->corpus, path);

      if (target != NULL)
        g_signal_emit (self, signals[CURATE_VERSIONS], 0, target);
      else
        hashiya_corpus_page_toast (self, _("The corpus has no curated file of this document to curate into"));
    }
}

static void
hashiya_corpus_page_dispose (GObject *object)
{
  HashiyaCorpusPage *self = HASHIYA_CORPUS_PAGE (object);

  if (self->operation != NULL)
    g_cancellable_cancel (self->operation);
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_clear_handle_id (&self->actors_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_CORPUS_PAGE);
  g_clear_pointer (&self->columns, hashiya_corpus_columns_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->actor_selection);
  g_clear_object (&self->corpus);
  g_clear_object (&self->operation);

  G_OBJECT_CLASS (hashiya_corpus_page_parent_class)->dispose (object);
}

static void
hashiya_corpus_page_finalize (GObject *object)
{
  HashiyaCorpusPage *self = HASHIYA_CORPUS_PAGE (object);

  g_clear_pointer (&self->actor_stats, g_hash_table_unref);
  g_clear_pointer (&self->stats, hashiya_corpus_stats_free);
  g_clear_pointer (&self->pending_edits, g_ptr_array_unref);
  g_clear_pointer (&self->edit_total, hashiya_corpus_summary_free);
  g_free (self->actor_filter);
  g_free (self->text_filter);

  G_OBJECT_CLASS (hashiya_corpus_page_parent_class)->finalize (object);
}

static void
hashiya_corpus_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HashiyaCorpusPage *self = HASHIYA_CORPUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->operation != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_corpus_page_class_init (HashiyaCorpusPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "corpus.add", "corpus.import-manifest", "corpus.suggest-all", "corpus.suggest-selected",
    "corpus.suggest-relations", "corpus.edit-actor", "corpus.curate-versions",
  };

  object_class->dispose = hashiya_corpus_page_dispose;
  object_class->finalize = hashiya_corpus_page_finalize;
  object_class->get_property = hashiya_corpus_page_get_property;

  /**
   * HashiyaCorpusPage:busy:
   *
   * Whether a batch (adding, importing, suggesting, a catalogue edit) is
   * under way.
   */
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaCorpusPage::document-activated:
   * @document: the document clicked, or chosen with Enter
   */
  signals[DOCUMENT_ACTIVATED] = g_signal_new ("document-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_CORPUS_DOCUMENT);

  /**
   * HashiyaCorpusPage::hit-activated:
   * @document: the document of a search's hit
   * @start: the hit's start, in code points
   * @end: its end
   */
  signals[HIT_ACTIVATED] = g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                         NULL, G_TYPE_NONE, 3, HASHIYA_TYPE_CORPUS_DOCUMENT, G_TYPE_UINT, G_TYPE_UINT);
  /* ::curate-versions (document): Curate Versions… (Shift+Ctrl+C) of a
   * document with versions; the window opens @document and curates them. */
  signals[CURATE_VERSIONS] = g_signal_new ("curate-versions", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                           NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_CORPUS_DOCUMENT);

  g_type_ensure (HASHIYA_TYPE_CORPUS_STATS_VIEW);
  g_type_ensure (HASHIYA_TYPE_CORPUS_SEARCH_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-corpus-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, actors_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, stats_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusPage, search_pane);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stats_toast_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_hit_activated_cb);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "corpus.curate-versions", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_corpus_page_init (HashiyaCorpusPage *self)
{
  GtkListItemFactory *factory;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actor_stats = g_hash_table_new (g_str_hash, g_str_equal);
  self->filter = gtk_custom_filter_new (filter_document_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model), g_object_ref (sorter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_status), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (update_actions), self);

  self->columns = hashiya_corpus_columns_new (self->column_view);

  self->actor_ids = gtk_string_list_new (NULL);
  self->actor_selection = gtk_single_selection_new (G_LIST_MODEL (self->actor_ids));
  gtk_single_selection_set_can_unselect (self->actor_selection, FALSE);
  g_signal_connect_swapped (self->actor_selection, "notify::selected", G_CALLBACK (actor_selected_cb), self);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_actor_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_actor_cb), self);
  gtk_list_view_set_factory (self->actors_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->actors_list, GTK_SELECTION_MODEL (self->actor_selection));
  update_actions (self);
}
