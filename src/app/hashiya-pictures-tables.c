/* hashiya-pictures-tables.c — the tables under the pictures: the same
 * numbers in column views, for the keyboard and screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each cell is a label whose text a function of the row's item makes;
 * the names are Arabic unless the page's "English names" check button is
 * active, read when a row is bound.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-network.h"
#include "hashiya-network-count.h"
#include "hashiya-network-picture.h"
#include "hashiya-network-series.h"
#include "hashiya-pictures-tables.h"

/* DATA is the "English names" check button. */
static gboolean
arabic (gpointer data)
{
  return !gtk_check_button_get_active (GTK_CHECK_BUTTON (data));
}

typedef char *(*CellTextFunc) (GObject *item,
                               gpointer data);

typedef struct
{
  CellTextFunc func;
  gpointer     data;
  gboolean     number;
  gboolean     arabic;
} Column;

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->number ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->number)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  g_autofree char *text = column->func (gtk_list_item_get_item (item), column->data);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static GtkColumnViewColumn *
add_column (GtkColumnView *view,
            const char    *title,
            CellTextFunc   func,
            gpointer       data,
            gboolean       number)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  Column *cell = g_new0 (Column, 1);

  cell->func = func, cell->data = data, cell->number = number;
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cell_cb), cell, (GClosureNotify) (void (*) (void)) g_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), cell);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, !number);
  gtk_column_view_append_column (view, column);
  return column;
}

/* Shows @model (nullable) in @view, a row selectable and none at first. */
void
hashiya_pictures_tables_set_model (GtkColumnView *view,
                                   GListModel    *model)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  if (model == NULL)
    {
      gtk_column_view_set_model (view, NULL);
      return;
    }
  selection = gtk_single_selection_new (g_object_ref (model));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
}

static char *
node_name_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_network_node_get_label (HASHIYA_NETWORK_NODE (item), arabic (data)));
}

static char *
node_kind_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_picture_kind_name (hashiya_network_node_get_kind (HASHIYA_NETWORK_NODE (item))));
}

static char *
node_mentions_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%u", hashiya_network_node_get_mentions (HASHIYA_NETWORK_NODE (item)));
}

static char *
node_degree_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%u", hashiya_network_node_get_degree (HASHIYA_NETWORK_NODE (item)));
}

static char *
node_betweenness_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%.1f", hashiya_network_node_get_betweenness (HASHIYA_NETWORK_NODE (item)));
}

static char *
edge_source_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_network_node_get_label (hashiya_network_edge_get_source (HASHIYA_NETWORK_EDGE (item)),
                                                   arabic (data)));
}

static char *
edge_target_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_network_node_get_label (hashiya_network_edge_get_target (HASHIYA_NETWORK_EDGE (item)),
                                                   arabic (data)));
}

static char *
edge_type_text (GObject *item, gpointer data)
{
  HashiyaRelationType *type = hashiya_network_edge_get_relation_type (HASHIYA_NETWORK_EDGE (item));

  if (type == NULL)
    return g_strdup (_("Named together"));
  return g_strdup (arabic (data) ? hashiya_relation_type_get_name_ar (type) : hashiya_relation_type_get_name_en (type));
}

static char *
edge_quad_text (GObject *item, gpointer data)
{
  HashiyaNetworkEdge *edge = HASHIYA_NETWORK_EDGE (item);

  if (hashiya_network_edge_get_relation_type (edge) == NULL)
    return g_strdup ("");
  return g_strdup (hashiya_picture_quad_name (hashiya_network_edge_get_quad_class (edge)));
}

static char *
edge_count_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%u", hashiya_network_edge_get_count (HASHIYA_NETWORK_EDGE (item)));
}

static char *
count_label_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_network_count_get_label (HASHIYA_NETWORK_COUNT (item), arabic (data)));
}

static char *
count_group_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_network_count_get_group_label (HASHIYA_NETWORK_COUNT (item)));
}

static char *
count_value_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%u", hashiya_network_count_get_value (HASHIYA_NETWORK_COUNT (item)));
}

static char *
series_label_text (GObject *item, gpointer data)
{
  return g_strdup (hashiya_network_series_get_label (HASHIYA_NETWORK_SERIES (item), arabic (data)));
}

static char *
series_total_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%u", hashiya_network_series_get_total (HASHIYA_NETWORK_SERIES (item)));
}

static char *
series_value_text (GObject *item, gpointer data)
{
  return g_strdup_printf ("%u", hashiya_network_series_get_value (HASHIYA_NETWORK_SERIES (item), GPOINTER_TO_UINT (data)));
}

static void
clear_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

/**
 * hashiya_pictures_tables_add_columns:
 * @english: the check button that asks for English names
 *
 * The columns of the actors', the links' and the counts' tables.
 */
void
hashiya_pictures_tables_add_columns (GtkColumnView  *nodes,
                                     GtkColumnView  *edges,
                                     GtkColumnView  *counts,
                                     GtkCheckButton *english)
{
  add_column (nodes, _("Actor"), node_name_text, english, FALSE);
  add_column (nodes, _("Kind"), node_kind_text, english, FALSE);
  add_column (nodes, _("Mentions"), node_mentions_text, english, TRUE);
  add_column (nodes, _("Degree"), node_degree_text, english, TRUE);
  add_column (nodes, _("Betweenness"), node_betweenness_text, english, TRUE);
  add_column (edges, _("From"), edge_source_text, english, FALSE);
  add_column (edges, _("To"), edge_target_text, english, FALSE);
  add_column (edges, _("Relation"), edge_type_text, english, FALSE);
  add_column (edges, _("Quad Class"), edge_quad_text, english, FALSE);
  add_column (edges, _("Count"), edge_count_text, english, TRUE);
  add_column (counts, _("Name"), count_label_text, english, FALSE);
  add_column (counts, _("Group"), count_group_text, english, FALSE);
  add_column (counts, _("Count"), count_value_text, english, TRUE);
}

/**
 * hashiya_pictures_tables_fill_timeline:
 * @timeline: (nullable): the timeline shown
 * @relations: its lines of quad classes, else of actors
 *
 * The timeline's table: a row a line of the chart, a column a period.
 */
void
hashiya_pictures_tables_fill_timeline (GtkColumnView          *table,
                                       HashiyaNetworkTimeline *timeline,
                                       gboolean                relations,
                                       GtkCheckButton         *english)
{
  g_autoptr(GListStore) rows = g_list_store_new (HASHIYA_TYPE_NETWORK_SERIES);
  GListModel *lines;

  /* The old rows go first: they have fewer periods than the new columns. */
  hashiya_pictures_tables_set_model (table, NULL);
  clear_columns (table);
  if (timeline == NULL)
    return;
  add_column (table, _("Name"), series_label_text, english, FALSE);
  add_column (table, _("Total"), series_total_text, english, TRUE);
  for (guint p = 0; p < hashiya_network_timeline_get_n_periods (timeline); p++)
    add_column (table, hashiya_network_timeline_get_period_label (timeline, p), series_value_text,
                GUINT_TO_POINTER (p), TRUE);
  lines = relations ? hashiya_network_timeline_get_relations (timeline) : hashiya_network_timeline_get_mentions (timeline);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(GObject) line = g_list_model_get_item (lines, i);

      g_list_store_append (rows, line);
    }
  hashiya_pictures_tables_set_model (table, G_LIST_MODEL (rows));
}
