/* hashiya-corpus-columns.c — the columns of a corpus's document list: each
 * cell, how each column sorts, and the agreement of a document's versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title, date, source, characters, mentions, relations and state come
 * from each HashiyaCorpusDocument; the list's text filter looks in the
 * same title, source and date, and the path. The Agreement column shows, for a
 * document with annotators' versions (annotators/NAME/DOC.hashiya), how
 * many there are and their κ as the corpus's agreement.json keeps it
 * (read on a worker thread), marked out of date when a version's
 * SHA-256 is no longer the one measured. The file is read again when
 * it changes (hashiya-cli corpus agree, the agreement dialog, a pull).
 */

#define G_LOG_DOMAIN "hashiya-corpus-page"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "hashiya-corpus-columns.h"
#include "hashiya-ui-util.h"

struct _HashiyaCorpusColumns
{
  HashiyaCorpus *corpus;
  GHashTable    *versions;   /* a document's path → its versions (GStrv) */
  GHashTable    *stored;     /* a document's path → HashiyaStoredAgreement */
  GPtrArray     *bound;      /* the Agreement column's GtkListItems */
  GCancellable  *cancellable;
  GFileMonitor  *monitor;    /* agreement.json's */
};

typedef enum
{
  COLUMN_TITLE,
  COLUMN_DATE,
  COLUMN_SOURCE,
  COLUMN_CHARACTERS,
  COLUMN_MENTIONS,
  COLUMN_RELATIONS,
  COLUMN_STATE,
} Column;

/* The cells of the documents' own values */

static const char *
state_label (HashiyaCorpusDocumentState state)
{
  switch (state)
    {
    case HASHIYA_CORPUS_DOCUMENT_NEW: return _("New");
    case HASHIYA_CORPUS_DOCUMENT_SUGGESTED: return _("Suggested");
    case HASHIYA_CORPUS_DOCUMENT_REVIEWED: return _("Reviewed");
    case HASHIYA_CORPUS_DOCUMENT_BROKEN:
    default: return _("Cannot be read");
    }
}

static void
update_cell (GtkListItem *item)
{
  HashiyaCorpusDocument *document = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *remark = gtk_widget_get_next_sibling (label);
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (box), "hashiya-column"));
  g_autofree char *text = NULL;
  const GError *error;

  if (document == NULL)
    return;
  error = hashiya_corpus_document_get_error (document);
  switch (column)
    {
    case COLUMN_TITLE:
      gtk_label_set_label (GTK_LABEL (label), hashiya_corpus_document_get_display_name (document));
      gtk_widget_set_tooltip_text (box, hashiya_corpus_document_get_path (document));
      if (error != NULL)
        text = g_strdup (error->message);
      else if (hashiya_corpus_document_get_same_text_as (document) != NULL)
        text = g_strdup_printf (_("The same text as %s"), hashiya_corpus_document_get_same_text_as (document));
      gtk_label_set_label (GTK_LABEL (remark), text);
      gtk_widget_set_visible (remark, text != NULL);
      return;
    case COLUMN_DATE:
      gtk_label_set_label (GTK_LABEL (label), hashiya_corpus_document_get_date (document));
      return;
    case COLUMN_SOURCE:
      gtk_label_set_label (GTK_LABEL (label), hashiya_corpus_document_get_source (document));
      return;
    case COLUMN_CHARACTERS:
      text = error == NULL ? g_strdup_printf ("%u", hashiya_corpus_document_get_n_characters (document)) : NULL;
      break;
    case COLUMN_MENTIONS:
      text = error == NULL ? g_strdup_printf ("%u", hashiya_corpus_document_get_n_mentions (document)) : NULL;
      break;
    case COLUMN_RELATIONS:
      text = error == NULL ? g_strdup_printf ("%u", hashiya_corpus_document_get_n_relations (document)) : NULL;
      break;
    case COLUMN_STATE:
    default:
      {
        HashiyaCorpusDocumentState state = hashiya_corpus_document_get_state (document);

        gtk_label_set_label (GTK_LABEL (label), state_label (state));
        if (state == HASHIYA_CORPUS_DOCUMENT_BROKEN)
          gtk_widget_add_css_class (label, "error");
        else
          gtk_widget_remove_css_class (label, "error");
        if (state == HASHIYA_CORPUS_DOCUMENT_SUGGESTED)
          gtk_widget_add_css_class (label, "accent");
        else
          gtk_widget_remove_css_class (label, "accent");
        return;
      }
    }
  gtk_label_set_label (GTK_LABEL (label), text);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *remark = gtk_label_new (NULL);
  gboolean is_number = GPOINTER_TO_INT (column) >= COLUMN_CHARACTERS && GPOINTER_TO_INT (column) <= COLUMN_RELATIONS;

  g_object_set_data (G_OBJECT (box), "hashiya-column", column);
  gtk_label_set_xalign (GTK_LABEL (label), is_number ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (remark), 0.0);
  gtk_label_set_wrap (GTK_LABEL (remark), TRUE);
  gtk_widget_add_css_class (remark, "caption");
  gtk_widget_add_css_class (remark, "error");
  gtk_widget_set_visible (remark, FALSE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), remark);
  gtk_list_item_set_child (item, box);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column)
{
  update_cell (item);
  g_signal_connect_object (gtk_list_item_get_item (item), "notify", G_CALLBACK (update_cell), item,
                           G_CONNECT_SWAPPED);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  column)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_cell, item);
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            Column         column,
            const char    *property,
            GtkSorter     *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (column));
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  g_object_set_data_full (G_OBJECT (view_column), "hashiya-property", g_strdup (property), g_free);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column == COLUMN_TITLE);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
  g_object_unref (sorter);
}

/* Strings in the user's order; a document without one (no date, no
 * source) comes last. GtkStringSorter of GTK 4.8 fails on a NULL string. */
static int
compare_strings_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      property)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_object_get ((gpointer) a, property, &first, NULL);
  g_object_get ((gpointer) b, property, &second, NULL);
  if (first == NULL || second == NULL)
    return (first == NULL) - (second == NULL);
  return g_utf8_collate (first, second);
}

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_strings_cb, g_strdup (property), g_free));
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (HASHIYA_TYPE_CORPUS_DOCUMENT, NULL,
                                                                          property)));
}

/* What the list's filter looks in */

/**
 * hashiya_corpus_columns_match:
 * @folded_query: what the filter looks for, folded
 *   (hashiya_fold_string()) and case-folded
 *
 * Returns: whether @document's title, source, date or path holds
 *   @folded_query, folded alike
 */
gboolean
hashiya_corpus_columns_match (HashiyaCorpusDocument *document,
                              const char            *folded_query)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  return hashiya_folded_contains (hashiya_corpus_document_get_display_name (document), folded_query) ||
         hashiya_folded_contains (hashiya_corpus_document_get_source (document), folded_query) ||
         hashiya_folded_contains (hashiya_corpus_document_get_date (document), folded_query) ||
         hashiya_folded_contains (hashiya_corpus_document_get_path (document), folded_query);
}

/* The Agreement column */

/* "0.82", or a dash when undefined. */
static char *
format_score (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  return g_strdup_printf ("%.2f", value);
}

/**
 * hashiya_corpus_columns_describe:
 * @path: a document of the corpus
 * @tooltip: (out) (optional): the figures in full
 * @out_of_date: (out) (optional): whether the figures are of versions
 *   that changed since
 *
 * Returns: (transfer full) (nullable): what the Agreement column says of
 *   @path: "2 versions · κ 0.82", "Layla’s version" for a version, or
 *   %NULL when it has no versions
 */
char *
hashiya_corpus_columns_describe (HashiyaCorpusColumns  *self,
                                 const char            *path,
                                 char                 **tooltip,
                                 gboolean              *out_of_date)
{
  const char * const *versions;
  const HashiyaStoredAgreement *stored;
  guint n;
  g_autofree char *count = NULL;
  g_autofree char *kappa = NULL;
  g_autofree char *alpha = NULL;
  g_autofree char *strict = NULL;
  g_autofree char *lenient = NULL;
  gboolean current;

  g_return_val_if_fail (self != NULL, NULL);

  if (tooltip != NULL)
    *tooltip = NULL;
  if (out_of_date != NULL)
    *out_of_date = FALSE;
  versions = self->versions != NULL && path != NULL ? g_hash_table_lookup (self->versions, path) : NULL;
  if (versions == NULL && path != NULL)
    {
      g_autofree char *absolute = g_build_filename ("/", path, NULL);
      g_autofree char *owner = hashiya_versions_owner (absolute);

      /* Translators: the Agreement column of a version in annotators/NAME/; %s is NAME. */
      return owner != NULL ? g_strdup_printf (_("%s’s version"), owner) : NULL;
    }
  if (versions == NULL)
    return NULL;
  n = g_strv_length ((char **) versions);
  count = g_strdup_printf (ngettext ("%u version", "%u versions", n), n);
  stored = self->stored != NULL ? g_hash_table_lookup (self->stored, path) : NULL;
  if (stored == NULL || n < 2)
    return g_steal_pointer (&count);
  current = hashiya_stored_agreement_is_current (stored, self->corpus, versions);
  if (out_of_date != NULL)
    *out_of_date = !current;
  if (stored->problem != NULL)
    {
      if (tooltip != NULL)
        *tooltip = g_strdup (stored->problem);
      /* Translators: a document's versions that could not be compared. */
      return g_strdup_printf (_("%s · not compared"), count);
    }
  kappa = format_score (stored->kappa);
  alpha = format_score (stored->alpha);
  strict = format_score (stored->strict_f1);
  lenient = format_score (stored->lenient_f1);
  if (tooltip != NULL)
    /* Translators: the agreement of a document's versions, as agreement.json keeps it. */
    *tooltip = g_strdup_printf (_("Span F1 strict %s, lenient %s; Cohen’s κ %s; Krippendorff’s α %s%s"), strict, lenient,
                                kappa, alpha, current ? "" : _(" (out of date: a version changed since)"));
  if (!current)
    /* Translators: "2 versions · κ 0.82, out of date" */
    return g_strdup_printf (_("%s · κ %s, out of date"), count, kappa);
  /* Translators: "2 versions · κ 0.82" */
  return g_strdup_printf (_("%s · κ %s"), count, kappa);
}

static void
update_agreement_cell (HashiyaCorpusColumns *self,
                       GtkListItem          *item)
{
  HashiyaCorpusDocument *document = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *tooltip = NULL;
  g_autofree char *text = NULL;
  gboolean out_of_date = FALSE;

  if (document != NULL)
    text = hashiya_corpus_columns_describe (self, hashiya_corpus_document_get_path (document), &tooltip, &out_of_date);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, tooltip);
  if (out_of_date)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
}

static void
update_agreement_cells (HashiyaCorpusColumns *self)
{
  for (guint i = 0; i < self->bound->len; i++)
    update_agreement_cell (self, g_ptr_array_index (self->bound, i));
}

static void
setup_agreement_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    HashiyaCorpusColumns     *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_list_item_set_child (item, label);
}

static void
bind_agreement_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   HashiyaCorpusColumns     *self)
{
  g_ptr_array_add (self->bound, item);
  update_agreement_cell (self, item);
}

static void
unbind_agreement_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HashiyaCorpusColumns     *self)
{
  g_ptr_array_remove_fast (self->bound, item);
}

/**
 * hashiya_corpus_columns_new:
 *
 * Gives @view the columns of a corpus's documents.
 *
 * Returns: (transfer full): the columns, to be freed with
 *   hashiya_corpus_columns_free() before @view goes
 */
HashiyaCorpusColumns *
hashiya_corpus_columns_new (GtkColumnView *view)
{
  HashiyaCorpusColumns *self = g_new0 (HashiyaCorpusColumns, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), self);

  self->bound = g_ptr_array_new ();
  add_column (view, _("Title"), COLUMN_TITLE, "display-name", string_sorter ("display-name"));
  add_column (view, _("Date"), COLUMN_DATE, "date", string_sorter ("date"));
  add_column (view, _("Source"), COLUMN_SOURCE, "source", string_sorter ("source"));
  add_column (view, _("Characters"), COLUMN_CHARACTERS, "n-characters", numeric_sorter ("n-characters"));
  add_column (view, _("Mentions"), COLUMN_MENTIONS, "n-mentions", numeric_sorter ("n-mentions"));
  add_column (view, _("Relations"), COLUMN_RELATIONS, "n-relations", numeric_sorter ("n-relations"));
  add_column (view, _("State"), COLUMN_STATE, "state", numeric_sorter ("state"));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_agreement_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_agreement_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_agreement_cb), self);
  column = gtk_column_view_column_new (_("Agreement"), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, 200);
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  return self;
}

static void
forget_corpus (HashiyaCorpusColumns *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
    }
  g_clear_object (&self->monitor);
  g_clear_object (&self->corpus);
  g_clear_pointer (&self->versions, g_hash_table_unref);
  g_clear_pointer (&self->stored, g_hash_table_unref);
}

void
hashiya_corpus_columns_free (HashiyaCorpusColumns *self)
{
  if (self == NULL)
    return;
  forget_corpus (self);
  g_ptr_array_unref (self->bound);
  g_free (self);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GHashTable *stored = hashiya_stored_agreement_read (task_data, &error);

  if (stored == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, stored, (GDestroyNotify) g_hash_table_unref);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HashiyaCorpusColumns *self = user_data;
  g_autoptr(GError) error = NULL;
  GHashTable *stored = g_task_propagate_pointer (G_TASK (result), &error);

  /* Cancelled: self may be gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* A file that does not read (a merge left it broken): no figures, and
   * hashiya-cli corpus agree writes it again. */
  if (stored == NULL)
    g_message ("%s", error->message);
  g_clear_pointer (&self->stored, g_hash_table_unref);
  self->stored = stored;
  update_agreement_cells (self);
}

static void
versions_changed_cb (HashiyaCorpusColumns *self)
{
  g_clear_pointer (&self->versions, g_hash_table_unref);
  self->versions = hashiya_corpus_agreement_find_versions (self->corpus);
  update_agreement_cells (self);
}

/**
 * hashiya_corpus_columns_reload:
 *
 * Reads agreement.json again (on a worker thread), and finds each
 * document's versions again.
 */
void
hashiya_corpus_columns_reload (HashiyaCorpusColumns *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (self != NULL);

  if (self->corpus == NULL)
    return;
  versions_changed_cb (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->cancellable, read_done_cb, self);
  g_task_set_source_tag (task, hashiya_corpus_columns_reload);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, g_object_ref (self->corpus), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

static void
file_changed_cb (GFileMonitor         *monitor,
                 GFile                *file,
                 GFile                *other,
                 GFileMonitorEvent     event,
                 HashiyaCorpusColumns *self)
{
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_MOVED_IN || event == G_FILE_MONITOR_EVENT_RENAMED ||
      event == G_FILE_MONITOR_EVENT_DELETED)
    hashiya_corpus_columns_reload (self);
}

/* Shows @corpus's documents' agreement (or none, for %NULL). */
void
hashiya_corpus_columns_set_corpus (HashiyaCorpusColumns *self,
                                   HashiyaCorpus        *corpus)
{
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (self != NULL);

  forget_corpus (self);
  if (corpus == NULL)
    {
      update_agreement_cells (self);
      return;
    }
  self->corpus = g_object_ref (corpus);
  g_signal_connect_swapped (corpus, "document-changed", G_CALLBACK (versions_changed_cb), self);
  file = g_file_get_child (hashiya_corpus_get_folder (corpus), HASHIYA_CORPUS_AGREEMENT_FILE_NAME);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
  hashiya_corpus_columns_reload (self);
}

/**
 * hashiya_corpus_columns_dup_curate_path:
 * @selection: the list's selection
 *
 * Returns: (transfer full) (nullable): when one document is selected and
 *   it has two or more annotators' versions, the path of the document
 *   they are versions of (to curate into), else %NULL
 */
char *
hashiya_corpus_columns_dup_curate_path (HashiyaCorpusColumns *self,
                                        GtkSelectionModel    *selection)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(HashiyaCorpusDocument) document = NULL;
  const char * const *versions;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (selection), NULL);

  selected = gtk_selection_model_get_selection (selection);
  if (gtk_bitset_get_size (selected) != 1)
    return NULL;
  document = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_nth (selected, 0));
  if (document == NULL)
    return NULL;
  versions = hashiya_corpus_columns_get_versions (self, hashiya_corpus_document_get_path (document));
  if (versions == NULL || g_strv_length ((char **) versions) < 2)
    return NULL;
  return hashiya_corpus_agreement_document_of (hashiya_corpus_document_get_path (document));
}

/**
 * hashiya_corpus_columns_get_versions:
 * @path: a document of the corpus: the curated one or a version
 *
 * Returns: (transfer none) (nullable): the annotators' versions of the
 *   document @path is (relative to the corpus folder), or %NULL when it
 *   has none
 */
const char * const *
hashiya_corpus_columns_get_versions (HashiyaCorpusColumns *self,
                                     const char           *path)
{
  g_autofree char *document = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (self->versions == NULL)
    return NULL;
  document = hashiya_corpus_agreement_document_of (path);
  return g_hash_table_lookup (self->versions, document);
}
