/* hashiya-pictures-scope.c — which documents of a set the pictures take:
 * a date range, sources, the documents themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bar over the pictures of a set of documents (a corpus). The days
 * are typed "YYYY-MM-DD" and applied by Enter or when the focus leaves
 * them; a day that is not one is said beside them, in the error style,
 * and the range stays as it was. The sources are those the documents
 * name, each a check button; the documents a list of check buttons. The
 * bar says how many documents a date range left out for having no date.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-pictures-scope.h"

struct _HashiyaPicturesScope
{
  GtkWidget      parent_instance;

  char          *from;          /* the range applied, or NULL */
  char          *to;
  GPtrArray     *sources;       /* the sources named, sorted */
  GPtrArray     *source_checks;
  GtkStringList *ids;           /* the documents' ids, in their order */
  GHashTable    *titles;        /* id → title */
  GHashTable    *left_out;      /* ids unchecked */
  gboolean       invalid;

  GtkWidget     *box;
  GtkEntry      *from_entry;
  GtkEntry      *to_entry;
  GtkMenuButton *sources_button;
  GtkBox        *sources_box;
  GtkMenuButton *documents_button;
  GtkListView   *documents_list;
  GtkLabel      *message_label;
};

G_DEFINE_FINAL_TYPE (HashiyaPicturesScope, hashiya_pictures_scope, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
say (HashiyaPicturesScope *self,
     const char           *message,
     gboolean              error)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->message_label), message);
  if (error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "dim-label");
    }
}

static char *
entry_day (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
mark_entry (GtkEntry *entry,
            gboolean  bad)
{
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

/* Reads both days; applies them when they are a range. */
static void
dates_entered_cb (HashiyaPicturesScope *self)
{
  g_autofree char *from = entry_day (self->from_entry);
  g_autofree char *to = entry_day (self->to_entry);
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(GError) error = NULL;

  mark_entry (self->from_entry, from != NULL && !hashiya_network_parse_date (from, NULL));
  mark_entry (self->to_entry, to != NULL && !hashiya_network_parse_date (to, NULL));
  if (!hashiya_network_filter_set_dates (filter, from, to, &error))
    {
      /* Translators: %s says why, such as “the date “2023-13-01” is not a
       * day written YYYY-MM-DD” */
      g_autofree char *message = g_strdup_printf (_("Dates not applied: %s."), error->message);

      self->invalid = TRUE;
      say (self, message, TRUE);
      return;
    }
  if (self->invalid)
    say (self, NULL, FALSE);
  self->invalid = FALSE;
  if (g_strcmp0 (filter->from, self->from) == 0 && g_strcmp0 (filter->to, self->to) == 0)
    return;
  g_free (self->from);
  g_free (self->to);
  self->from = g_strdup (filter->from);
  self->to = g_strdup (filter->to);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
source_toggled_cb (HashiyaPicturesScope *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
fill_sources (HashiyaPicturesScope *self,
              GPtrArray            *documents)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_box))) != NULL)
    gtk_box_remove (self->sources_box, child);
  g_ptr_array_set_size (self->sources, 0);
  g_ptr_array_set_size (self->source_checks, 0);
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      const char *source = hashiya_network_document_get_source (g_ptr_array_index (documents, i));

      if (source != NULL && g_hash_table_add (seen, (gpointer) source))
        g_ptr_array_add (self->sources, g_strdup (source));
    }
  g_ptr_array_sort (self->sources, compare_sources);
  for (guint i = 0; i < self->sources->len; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (g_ptr_array_index (self->sources, i));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (source_toggled_cb), self);
      gtk_box_append (self->sources_box, check);
      g_ptr_array_add (self->source_checks, check);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->sources_button), self->sources->len > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sources_button),
                               self->sources->len > 0 ? _("The sources whose documents are taken")
                                                      : _("No document names its source"));
}

/* The documents' list */

static void
document_toggled_cb (GtkCheckButton       *check,
                     HashiyaPicturesScope *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "id");

  if (id == NULL)
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->left_out, id);
  else
    g_hash_table_add (self->left_out, g_strdup (id));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
setup_document_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   HashiyaPicturesScope     *self)
{
  GtkWidget *check = gtk_check_button_new ();

  g_signal_connect (check, "toggled", G_CALLBACK (document_toggled_cb), self);
  gtk_list_item_set_child (item, check);
}

static void
bind_document_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HashiyaPicturesScope     *self)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_item_get_child (item));
  const char *id = gtk_string_object_get_string (gtk_list_item_get_item (item));

  g_object_set_data (G_OBJECT (check), "id", NULL);
  gtk_check_button_set_label (check, g_hash_table_lookup (self->titles, id));
  gtk_check_button_set_active (check, !g_hash_table_contains (self->left_out, id));
  g_object_set_data_full (G_OBJECT (check), "id", g_strdup (id), g_free);
}

static void
unbind_document_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    HashiyaPicturesScope     *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "id", NULL);
}

static void
take_all_cb (HashiyaPicturesScope *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ids));

  if (g_hash_table_size (self->left_out) == 0)
    return;
  g_hash_table_remove_all (self->left_out);
  /* The rows are bound again, checked. */
  g_list_model_items_changed (G_LIST_MODEL (self->ids), 0, n, n);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
fill_documents (HashiyaPicturesScope *self,
                GPtrArray            *documents)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ids));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_hash_table_remove_all (self->titles);
  g_hash_table_remove_all (self->left_out);
  for (guint i = 0; documents != NULL && i < documents->len; i++)
    {
      HashiyaNetworkDocument *document = g_ptr_array_index (documents, i);
      const char *id = hashiya_network_document_get_id (document);
      const char *title = hashiya_network_document_get_title (document);

      g_ptr_array_add (ids, (gpointer) id);
      g_hash_table_insert (self->titles, g_strdup (id), g_strdup (title != NULL ? title : id));
    }
  g_ptr_array_add (ids, NULL);
  gtk_string_list_splice (self->ids, 0, n, (const char * const *) ids->pdata);
  gtk_widget_set_sensitive (GTK_WIDGET (self->documents_button), documents != NULL && documents->len > 0);
}

/* Life */

static void
hashiya_pictures_scope_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HASHIYA_TYPE_PICTURES_SCOPE);

  G_OBJECT_CLASS (hashiya_pictures_scope_parent_class)->dispose (object);
}

static void
hashiya_pictures_scope_finalize (GObject *object)
{
  HashiyaPicturesScope *self = HASHIYA_PICTURES_SCOPE (object);

  g_free (self->from);
  g_free (self->to);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->source_checks);
  g_object_unref (self->ids);
  g_hash_table_unref (self->titles);
  g_hash_table_unref (self->left_out);

  G_OBJECT_CLASS (hashiya_pictures_scope_parent_class)->finalize (object);
}

static void
hashiya_pictures_scope_class_init (HashiyaPicturesScopeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_pictures_scope_dispose;
  object_class->finalize = hashiya_pictures_scope_finalize;

  /**
   * HashiyaPicturesScope::changed:
   *
   * The dates, sources or documents taken changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-pictures-scope.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, sources_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, sources_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, documents_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, documents_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesScope, message_label);
  gtk_widget_class_bind_template_callback (widget_class, dates_entered_cb);
  gtk_widget_class_bind_template_callback (widget_class, take_all_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_pictures_scope_init (HashiyaPicturesScope *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkEventController *from_focus = gtk_event_controller_focus_new ();
  GtkEventController *to_focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->source_checks = g_ptr_array_new ();
  self->ids = gtk_string_list_new (NULL);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->left_out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_document_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_document_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_document_cb), self);
  gtk_list_view_set_factory (self->documents_list, factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->ids)));
  gtk_list_view_set_model (self->documents_list, GTK_SELECTION_MODEL (selection));

  /* A day typed is applied when the focus leaves it, as by Enter. */
  g_signal_connect_swapped (from_focus, "leave", G_CALLBACK (dates_entered_cb), self);
  g_signal_connect_swapped (to_focus, "leave", G_CALLBACK (dates_entered_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->from_entry), from_focus);
  gtk_widget_add_controller (GTK_WIDGET (self->to_entry), to_focus);
  say (self, NULL, FALSE);
  fill_sources (self, NULL);
  fill_documents (self, NULL);
}

/**
 * hashiya_pictures_scope_set_documents:
 * @documents: (nullable) (element-type HashiyaNetworkDocument): the set
 *
 * Offers the sources and the documents of @documents, all taken, with
 * no date range.
 */
void
hashiya_pictures_scope_set_documents (HashiyaPicturesScope *self,
                                      GPtrArray            *documents)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_SCOPE (self));

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), "");
  mark_entry (self->from_entry, FALSE);
  mark_entry (self->to_entry, FALSE);
  self->invalid = FALSE;
  say (self, NULL, FALSE);
  fill_sources (self, documents);
  fill_documents (self, documents);
}

/**
 * hashiya_pictures_scope_apply:
 *
 * Sets @filter's dates, sources and documents to those chosen.
 */
void
hashiya_pictures_scope_apply (HashiyaPicturesScope *self,
                              HashiyaNetworkFilter *filter)
{
  g_autoptr(GStrvBuilder) sources = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  gboolean every_source = TRUE;

  g_return_if_fail (HASHIYA_IS_PICTURES_SCOPE (self));
  g_return_if_fail (filter != NULL);

  g_free (filter->from);
  g_free (filter->to);
  filter->from = g_strdup (self->from);
  filter->to = g_strdup (self->to);
  for (guint i = 0; i < self->source_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->source_checks, i)))
      g_strv_builder_add (sources, g_ptr_array_index (self->sources, i));
    else
      every_source = FALSE;
  g_strfreev (filter->sources);
  filter->sources = every_source ? NULL : g_strv_builder_end (sources);
  hashiya_network_filter_set_documents (filter, NULL);
  if (g_hash_table_size (self->left_out) > 0)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->ids)); i++)
        {
          const char *id = gtk_string_list_get_string (self->ids, i);

          if (!g_hash_table_contains (self->left_out, id))
            g_strv_builder_add (ids, id);
        }
      hashiya_network_filter_set_documents (filter, g_strv_builder_end (ids));
    }
}

/**
 * hashiya_pictures_scope_set_dates:
 * @from: (nullable): the first day, "YYYY-MM-DD"
 * @to: (nullable): the last day
 *
 * Shows and applies the range, as if typed.
 */
void
hashiya_pictures_scope_set_dates (HashiyaPicturesScope *self,
                                  const char           *from,
                                  const char           *to)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_SCOPE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");
  dates_entered_cb (self);
}

/* The range applied: "YYYY-MM-DD", or NULL when open. */
const char *
hashiya_pictures_scope_get_from (HashiyaPicturesScope *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_SCOPE (self), NULL);
  return self->from;
}

const char *
hashiya_pictures_scope_get_to (HashiyaPicturesScope *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_SCOPE (self), NULL);
  return self->to;
}

/**
 * hashiya_pictures_scope_show_result:
 *
 * Says how many documents @network's date range left out for having no
 * date, unless a day typed is wrong.
 */
void
hashiya_pictures_scope_show_result (HashiyaPicturesScope *self,
                                    HashiyaNetwork       *network)
{
  guint n_undated;

  g_return_if_fail (HASHIYA_IS_PICTURES_SCOPE (self));
  g_return_if_fail (HASHIYA_IS_NETWORK (network));

  if (self->invalid)
    return;
  n_undated = hashiya_network_get_n_undated (network);
  if (n_undated > 0)
    {
      g_autofree char *message = g_strdup_printf (_("Documents left out for having no date: %u."), n_undated);

      say (self, message, FALSE);
    }
  else
    say (self, NULL, FALSE);
}
