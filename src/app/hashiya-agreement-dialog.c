/* hashiya-agreement-dialog.c — how far the versions of the open document
 * agree: per annotator pair and by actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The versions are read and compared on a worker thread
 * (hashiya_versions_agree_async()); the dialog shows the scores in two
 * tables, each row a string array, each column a factory reading its
 * column of the row. The versions of a corpus document can keep their
 * figures in the corpus's agreement.json (Keep in the Corpus).
 */

#define G_LOG_DOMAIN "hashiya-agreement-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "hashiya-agreement-dialog.h"
#include "hashiya-ui-util.h"

struct _HashiyaAgreementDialog
{
  AdwWindow      parent_instance;

  GCancellable  *cancellable;
  GPtrArray     *pair_rows;    /* GStrv */
  GPtrArray     *actor_rows;   /* GStrv */
  gboolean       done;
  char          *keep_path;    /* the versions' first, when they are a corpus's */

  GtkStack      *stack;
  AdwStatusPage *error_page;
  GtkLabel      *summary_label;
  GtkColumnView *pairs_view;
  GtkColumnView *actors_view;
  GtkButton     *keep_button;
};

G_DEFINE_FINAL_TYPE (HashiyaAgreementDialog, hashiya_agreement_dialog, ADW_TYPE_WINDOW)

static char *
format_score (double value)
{
  /* An undefined score: nothing to compare. */
  if (isnan (value))
    return g_strdup ("—");
  return g_strdup_printf ("%.3f", value);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              GPtrArray                *rows)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "hashiya-column"));
  guint row = gtk_list_item_get_position (item);
  char **cells = g_ptr_array_index (rows, row);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), cells[column]);
}

/* Fills @view with @rows under @titles; the first column is the row's name. */
static void
fill_view (GtkColumnView      *view,
           GPtrArray          *rows,
           const char * const *titles)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint c = 0; titles[c] != NULL; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "hashiya-column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), rows);
      column = gtk_column_view_column_new (titles[c], factory);
      gtk_column_view_column_set_expand (column, c == 0);
      gtk_column_view_append_column (view, column);
    }
  for (guint r = 0; r < rows->len; r++)
    gtk_string_list_append (model, "");
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&model)))));
}

/* Adds @value to @builder and frees it. */
static void
add_owned (GStrvBuilder *builder,
           char         *value)
{
  g_strv_builder_add (builder, value);
  g_free (value);
}

static char **
score_row (const char                   *name,
           const HashiyaAgreementScores *scores,
           gboolean                      relations)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  g_autofree char *strict = format_score (scores->strict_f1);
  g_autofree char *lenient = format_score (scores->lenient_f1);
  g_autofree char *kappa = format_score (scores->kappa);
  g_autofree char *alpha = format_score (scores->alpha);
  g_autofree char *rel = format_score (scores->relations_f1);
  g_autofree char *units = g_strdup_printf ("%u", scores->n_units);
  char **row;

  g_strv_builder_add_many (builder, name, strict, lenient, kappa, alpha, NULL);
  if (relations)
    g_strv_builder_add (builder, rel);
  g_strv_builder_add (builder, units);
  row = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return row;
}

static void
show_agreement (HashiyaAgreementDialog *self,
                HashiyaAgreement       *agreement,
                HashiyaCatalog         *catalog)
{
  guint n = hashiya_agreement_get_n_annotators (agreement);
  const char *pair_titles[] = {
    _("Annotators"), _("Strict F1"), _("Lenient F1"), "κ", "α", _("Relations F1"), _("Units"), NULL,
  };
  g_autoptr(GPtrArray) actor_titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) categories = hashiya_agreement_break_down (agreement, HASHIYA_AGREEMENT_BY_ACTOR);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) name_list = NULL;
  g_autofree char *joined = NULL;

  for (guint a = 0; a < n; a++)
    g_strv_builder_add (names, hashiya_agreement_get_annotator (agreement, a));
  name_list = g_strv_builder_end (names);
  joined = g_strjoinv (_(", "), name_list);
  /* Translators: %u is a number of versions, %s their annotators' names. */
  g_string_printf (summary, ngettext ("%u version, by %s.", "%u versions, by %s.", n), n, joined);
  g_string_append_c (summary, ' ');
  g_string_append_printf (summary,
                          ngettext ("%u unit: a span at least one annotator marked, aligned across the versions.",
                                    "%u units: the spans at least one annotator marked, aligned across the versions.",
                                    hashiya_agreement_get_overall (agreement)->n_units),
                          hashiya_agreement_get_overall (agreement)->n_units);
  gtk_label_set_label (self->summary_label, summary->str);

  g_ptr_array_add (self->pair_rows, score_row (_("All annotators"), hashiya_agreement_get_overall (agreement), TRUE));
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        /* Translators: two annotators' names, compared. */
        g_autofree char *pair = g_strdup_printf (_("%s and %s"), hashiya_agreement_get_annotator (agreement, a),
                                                 hashiya_agreement_get_annotator (agreement, b));

        g_ptr_array_add (self->pair_rows, score_row (pair, hashiya_agreement_get_pair (agreement, a, b), TRUE));
      }
  fill_view (self->pairs_view, self->pair_rows, pair_titles);

  g_ptr_array_add (actor_titles, g_strdup (_("Actor")));
  for (guint a = 0; a < n; a++)
    /* Translators: a column of how many mentions an annotator made. */
    g_ptr_array_add (actor_titles, g_strdup_printf (_("%s’s mentions"), hashiya_agreement_get_annotator (agreement, a)));
  g_ptr_array_add (actor_titles, g_strdup (_("Strict F1")));
  g_ptr_array_add (actor_titles, g_strdup (_("Lenient F1")));
  g_ptr_array_add (actor_titles, g_strdup ("κ"));
  g_ptr_array_add (actor_titles, g_strdup ("α"));
  g_ptr_array_add (actor_titles, NULL);
  for (guint i = 0; i < categories->len; i++)
    {
      HashiyaAgreementCategory *category = g_ptr_array_index (categories, i);
      HashiyaActor *actor = catalog != NULL ? hashiya_catalog_lookup (catalog, category->value) : NULL;
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();

      g_strv_builder_add (row, actor != NULL ? hashiya_actor_get_display_name (actor) : category->value);
      for (guint a = 0; a < n; a++)
        add_owned (row, g_strdup_printf ("%u", category->n_mentions[a]));
      add_owned (row, format_score (category->scores.strict_f1));
      add_owned (row, format_score (category->scores.lenient_f1));
      add_owned (row, format_score (category->scores.kappa));
      add_owned (row, format_score (category->scores.alpha));
      g_ptr_array_add (self->actor_rows, g_strv_builder_end (row));
    }
  fill_view (self->actors_view, self->actor_rows, (const char * const *) actor_titles->pdata);
  gtk_stack_set_visible_child_name (self->stack, "scores");
}

static void
agreed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(HashiyaAgreementDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaAgreement) agreement = hashiya_versions_agree_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (agreement == NULL)
    {
      adw_status_page_set_title (self->error_page, _("The Versions Cannot Be Compared"));
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      /* The actors' names: the first version's catalogue, then the others'. */
      HashiyaCatalog *catalog = NULL;

      for (guint v = 0; v < hashiya_agreement_get_n_versions (agreement) && catalog == NULL; v++)
        catalog = hashiya_document_get_catalog (hashiya_agreement_get_version (agreement, v, NULL, NULL));
      show_agreement (self, agreement, catalog);
      gtk_widget_set_sensitive (GTK_WIDGET (self->keep_button), self->keep_path != NULL);
    }
  self->done = TRUE;
}

static void
kept_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(HashiyaAgreementDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hashiya_corpus_agreement_keep_finish (result, &error))
    {
      GtkWidget *dialog;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (GTK_WIDGET (self->keep_button), TRUE);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Figures Cannot Be Kept"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_button_set_label (self->keep_button, _("Kept in the Corpus"));
}

static void
keep_clicked_cb (HashiyaAgreementDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->keep_button), FALSE);
  hashiya_corpus_agreement_keep_async (self->keep_path, self->cancellable, kept_cb, g_object_ref (self));
}

/**
 * hashiya_agreement_dialog_new:
 * @paths: the versions of one text; fewer than two is said in the dialog
 */
HashiyaAgreementDialog *
hashiya_agreement_dialog_new (GtkWindow          *parent,
                              const char * const *paths)
{
  HashiyaAgreementDialog *self = g_object_new (HASHIYA_TYPE_AGREEMENT_DIALOG, "transient-for", parent, NULL);

  g_return_val_if_fail (paths != NULL, self);

  if (g_strv_length ((char **) paths) < 2)
    {
      adw_status_page_set_description (self->error_page,
                                       _("Agreement compares two or more annotators’ versions of the document: "
                                         "a corpus keeps each one in annotators/NAME/ beside the shared texts."));
      gtk_stack_set_visible_child_name (self->stack, "error");
      self->done = TRUE;
      return self;
    }
  if (hashiya_corpus_agreement_can_keep (paths))
    {
      self->keep_path = g_strdup (paths[0]);
      gtk_widget_set_visible (GTK_WIDGET (self->keep_button), TRUE);
    }
  hashiya_versions_agree_async (paths, self->cancellable, agreed_cb, g_object_ref (self));
  return self;
}

gboolean
hashiya_agreement_dialog_get_done (HashiyaAgreementDialog *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_DIALOG (self), FALSE);
  return self->done;
}

GtkColumnView *
hashiya_agreement_dialog_get_pairs (HashiyaAgreementDialog *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_DIALOG (self), NULL);
  return self->pairs_view;
}

GtkColumnView *
hashiya_agreement_dialog_get_actors (HashiyaAgreementDialog *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_DIALOG (self), NULL);
  return self->actors_view;
}

/**
 * hashiya_agreement_dialog_get_cell:
 * @actors: the table by actor, else the pairs'
 *
 * Returns: (nullable): the text of a cell, %NULL outside the table
 */
const char *
hashiya_agreement_dialog_get_cell (HashiyaAgreementDialog *self,
                                   gboolean                actors,
                                   guint                   row,
                                   guint                   column)
{
  GPtrArray *rows;

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_DIALOG (self), NULL);

  rows = actors ? self->actor_rows : self->pair_rows;
  if (row >= rows->len || column >= g_strv_length (g_ptr_array_index (rows, row)))
    return NULL;
  return ((char **) g_ptr_array_index (rows, row))[column];
}

static void
hashiya_agreement_dialog_dispose (GObject *object)
{
  HashiyaAgreementDialog *self = HASHIYA_AGREEMENT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_AGREEMENT_DIALOG);

  G_OBJECT_CLASS (hashiya_agreement_dialog_parent_class)->dispose (object);
}

static void
hashiya_agreement_dialog_finalize (GObject *object)
{
  HashiyaAgreementDialog *self = HASHIYA_AGREEMENT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_free (self->keep_path);
  g_ptr_array_unref (self->pair_rows);
  g_ptr_array_unref (self->actor_rows);

  G_OBJECT_CLASS (hashiya_agreement_dialog_parent_class)->finalize (object);
}

static void
hashiya_agreement_dialog_class_init (HashiyaAgreementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_agreement_dialog_dispose;
  object_class->finalize = hashiya_agreement_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-agreement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaAgreementDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaAgreementDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, HashiyaAgreementDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaAgreementDialog, pairs_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaAgreementDialog, actors_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaAgreementDialog, keep_button);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hashiya_agreement_dialog_init (HashiyaAgreementDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->pair_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->actor_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gtk_widget_init_template (GTK_WIDGET (self));
}
