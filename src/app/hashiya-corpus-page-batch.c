/* hashiya-corpus-page-batch.c — the long work of a corpus page: suggesting
 * in its documents, adding files, a manifest, catalogue edits one after
 * the other, each on a worker thread with progress, Cancel and a summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-corpus-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-page-private.h"

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
  _hashiya_corpus_page_update_actions (self);
  _hashiya_corpus_page_notify_busy (self);
  return self->operation;
}

static void
end_operation (HashiyaCorpusPage *self)
{
  g_clear_object (&self->operation);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  _hashiya_corpus_page_update_actions (self);
  _hashiya_corpus_page_notify_busy (self);
}

void
_hashiya_corpus_page_cancel_clicked_cb (HashiyaCorpusPage *self)
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
