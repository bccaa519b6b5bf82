/* hashiya-pictures-actions.c — what the window does with its Pictures
 * page: making and showing it, giving it the corpus, opening a sentence
 * in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.show-pictures switches the window between the text (or the corpus
 * list) and the Pictures page, which is made the first time it is shown.
 * With a corpus open, the page shows the corpus's documents, read off
 * the main thread and read again after one of them was saved; without
 * one, the window's document. A sentence chosen on the page opens in the
 * text, its mention selected.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-network-corpus.h"
#include "hashiya-pictures-actions.h"

#define PARTS_KEY "hashiya-pictures-parts"

typedef struct
{
  GtkWidget            *window;     /* owns this */
  GtkStack             *stack;
  HashiyaPage          *page;
  HashiyaDocumentFile  *file;
  HashiyaCorpusActions *corpus_actions;
  HashiyaPicturesPage  *pictures;   /* made when first needed */
  GSimpleAction        *action;
  char                 *back_to;    /* the stack's page the Pictures page was shown from */

  HashiyaCorpus        *corpus;     /* whose documents the page shows */
  gboolean              stale;      /* one of them changed since */
  gboolean              taking;     /* the rows read given back to the corpus */
  GCancellable         *cancellable;
} Parts;

static void
disconnect_corpus (Parts *parts)
{
  if (parts->corpus != NULL)
    g_signal_handlers_disconnect_by_data (parts->corpus, parts);
  g_clear_object (&parts->corpus);
}

static void
parts_free (Parts *parts)
{
  g_cancellable_cancel (parts->cancellable);
  g_clear_object (&parts->cancellable);
  disconnect_corpus (parts);
  g_clear_object (&parts->file);
  g_clear_object (&parts->corpus_actions);
  g_clear_object (&parts->action);
  g_free (parts->back_to);
  g_free (parts);
}

/* The corpus's documents */

static gboolean
showing (Parts *parts)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (parts->stack), "pictures") == 0;
}

/* A reading under way: when its cancellable was cancelled, the window
 * (and its parts) may be gone. */
typedef struct
{
  GCancellable *cancellable;
  Parts        *parts;
} Reading;

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      data)
{
  HashiyaCorpus *corpus = HASHIYA_CORPUS (object);
  Reading *reading = data;
  Parts *parts = reading->parts;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *positions = NULL;
  gboolean cancelled = g_cancellable_is_cancelled (reading->cancellable);

  g_object_unref (reading->cancellable);
  g_free (reading);
  if (cancelled)
    return;
  /* The rows read again are given back to the corpus's list: what they
   * change there is what is about to be shown. */
  parts->taking = TRUE;
  documents = hashiya_network_documents_from_corpus_finish (corpus, result, problems, &error);
  parts->taking = FALSE;
  parts->stale = FALSE;
  if (documents == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    g_message ("%s", (char *) g_ptr_array_index (problems, i));
  positions = hashiya_network_positions_path_for_corpus (corpus);
  hashiya_pictures_page_set_documents (parts->pictures, documents, positions);
}

/* Reads the corpus's documents for the page when they are not those
 * shown; without a corpus, the page shows the window's document. */
static void
update_documents (Parts *parts)
{
  HashiyaCorpus *corpus = hashiya_corpus_actions_get_corpus (parts->corpus_actions);
  Reading *reading;

  if (parts->pictures == NULL || (corpus == parts->corpus && !parts->stale))
    return;
  g_cancellable_cancel (parts->cancellable);
  g_clear_object (&parts->cancellable);
  if (corpus != parts->corpus)
    {
      disconnect_corpus (parts);
      parts->corpus = corpus != NULL ? g_object_ref (corpus) : NULL;
      if (corpus == NULL)
        {
          hashiya_pictures_page_set_documents (parts->pictures, NULL, NULL);
          return;
        }
    }
  parts->stale = TRUE;
  parts->cancellable = g_cancellable_new ();
  reading = g_new0 (Reading, 1);
  reading->cancellable = g_object_ref (parts->cancellable);
  reading->parts = parts;
  hashiya_network_documents_from_corpus_async (corpus, parts->cancellable, read_cb, reading);
}

/* A document of the corpus saved, added or read again, or its catalogue
 * changed: the page reads them again, now if it is shown. */
static void
corpus_changed_cb (Parts *parts)
{
  if (parts->taking)
    return;
  parts->stale = TRUE;
  if (showing (parts))
    update_documents (parts);
}

static void
watch_corpus (Parts *parts)
{
  HashiyaCorpus *corpus = hashiya_corpus_actions_get_corpus (parts->corpus_actions);

  if (corpus == NULL || parts->corpus != corpus)
    return;
  if (g_signal_handler_find (corpus, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, parts) != 0)
    return;
  g_signal_connect_swapped (corpus, "document-changed", G_CALLBACK (corpus_changed_cb), parts);
  g_signal_connect_swapped (corpus, "catalog-changed", G_CALLBACK (corpus_changed_cb), parts);
  g_signal_connect_swapped (hashiya_corpus_get_documents (corpus), "items-changed", G_CALLBACK (corpus_changed_cb),
                            parts);
}

/* Showing the page */

static void open_evidence_cb (HashiyaPicturesPage    *pictures,
                              HashiyaNetworkEvidence *evidence,
                              Parts                  *parts);

static HashiyaPicturesPage *
get_page (Parts *parts)
{
  if (parts->pictures != NULL)
    return parts->pictures;
  parts->pictures = HASHIYA_PICTURES_PAGE (g_object_new (HASHIYA_TYPE_PICTURES_PAGE, NULL));
  gtk_stack_add_named (parts->stack, GTK_WIDGET (parts->pictures), "pictures");
  hashiya_pictures_page_set_document_file (parts->pictures, parts->file);
  g_signal_connect (parts->pictures, "open-evidence", G_CALLBACK (open_evidence_cb), parts);
  return parts->pictures;
}

static void
show_pictures_cb (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       data)
{
  Parts *parts = data;
  gboolean show = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  if (show == showing (parts))
    return;
  if (show)
    {
      HashiyaPicturesPage *pictures = get_page (parts);

      g_free (parts->back_to);
      parts->back_to = g_strdup (gtk_stack_get_visible_child_name (parts->stack));
      update_documents (parts);
      watch_corpus (parts);
      gtk_stack_set_visible_child (parts->stack, GTK_WIDGET (pictures));
      gtk_widget_grab_focus (GTK_WIDGET (hashiya_pictures_page_get_network_view (pictures)));
      return;
    }
  if (g_strcmp0 (parts->back_to, "corpus") == 0 && hashiya_corpus_actions_get_corpus (parts->corpus_actions) != NULL)
    {
      hashiya_corpus_actions_show_list (parts->corpus_actions);
      return;
    }
  gtk_stack_set_visible_child_name (parts->stack, "document");
  gtk_widget_grab_focus (GTK_WIDGET (hashiya_page_get_text_view (parts->page)));
}

static void
stack_changed_cb (Parts *parts)
{
  g_simple_action_set_state (parts->action, g_variant_new_boolean (showing (parts)));
}

/* A sentence of the page opens in the text, its mention (or its
 * relation's first mention) selected; a sentence of another document of
 * the corpus opens that document. */
static void
open_evidence_cb (HashiyaPicturesPage    *pictures,
                  HashiyaNetworkEvidence *evidence,
                  Parts                  *parts)
{
  HashiyaTextView *view = hashiya_page_get_text_view (parts->page);
  HashiyaNetworkDocument *shown = hashiya_network_evidence_get_document (evidence);
  HashiyaDocument *document = hashiya_network_document_get_document (shown);
  HashiyaMention *mention = hashiya_network_evidence_get_mention (evidence);
  HashiyaRelation *relation = hashiya_network_evidence_get_relation (evidence);

  if (document != hashiya_text_view_get_document (view))
    {
      HashiyaCorpus *corpus = hashiya_corpus_actions_get_corpus (parts->corpus_actions);
      HashiyaCorpusDocument *item = corpus != NULL && corpus == parts->corpus
                                    ? hashiya_corpus_lookup_document (corpus, hashiya_network_document_get_id (shown))
                                    : NULL;

      if (item != NULL)
        hashiya_corpus_actions_open_document (parts->corpus_actions, item, hashiya_network_evidence_get_start (evidence),
                                              hashiya_network_evidence_get_end (evidence));
      return;
    }
  if (mention == NULL && relation != NULL)
    mention = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
  g_action_group_change_action_state (G_ACTION_GROUP (parts->window), "show-pictures", g_variant_new_boolean (FALSE));
  if (mention != NULL)
    hashiya_text_view_select_mention (view, mention);
  else
    hashiya_text_view_select_range (view, hashiya_network_evidence_get_start (evidence),
                                    hashiya_network_evidence_get_end (evidence));
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

/**
 * hashiya_pictures_actions_add:
 * @window: a window, whose action map gets win.show-pictures
 * @stack: its stack of pages, "document" (@page) among them
 * @file: the window's document file, shown without a corpus
 * @corpus_actions: the window's corpus, shown while one is open
 *
 * Joins the Pictures page to the window: it is made when first shown or
 * asked for (hashiya_pictures_actions_get_page ()).
 */
void
hashiya_pictures_actions_add (GtkWidget            *window,
                              GtkStack             *stack,
                              HashiyaPage          *page,
                              HashiyaDocumentFile  *file,
                              HashiyaCorpusActions *corpus_actions)
{
  Parts *parts;

  g_return_if_fail (G_IS_ACTION_MAP (window));
  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (HASHIYA_IS_DOCUMENT_FILE (file));
  g_return_if_fail (HASHIYA_IS_CORPUS_ACTIONS (corpus_actions));

  parts = g_new0 (Parts, 1);
  parts->window = window;
  parts->stack = stack;
  parts->page = page;
  parts->file = g_object_ref (file);
  parts->corpus_actions = g_object_ref (corpus_actions);
  parts->action = g_simple_action_new_stateful ("show-pictures", NULL, g_variant_new_boolean (FALSE));
  g_object_set_data_full (G_OBJECT (window), PARTS_KEY, parts, (GDestroyNotify) parts_free);
  g_signal_connect (parts->action, "change-state", G_CALLBACK (show_pictures_cb), parts);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (parts->action));
  g_signal_connect_swapped (stack, "notify::visible-child-name", G_CALLBACK (stack_changed_cb), parts);
}

/**
 * hashiya_pictures_actions_get_page:
 * @window: a window given hashiya_pictures_actions_add ()
 *
 * Returns: (transfer none): @window's Pictures page, made the first time
 *   it is asked for
 */
HashiyaPicturesPage *
hashiya_pictures_actions_get_page (GtkWidget *window)
{
  Parts *parts;

  g_return_val_if_fail (GTK_IS_WIDGET (window), NULL);

  parts = g_object_get_data (G_OBJECT (window), PARTS_KEY);
  g_return_val_if_fail (parts != NULL, NULL);
  return get_page (parts);
}
