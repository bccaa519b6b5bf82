/* hashiya-counts-tab.c — the Counts tab of the Pictures page: what
 * to count, its bars and its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of what to count (mentions by actor, kind or type, relations by
 * type or quad class), the bars of the counts given over their table,
 * and a status page when nothing passes the filters. The page counts;
 * this tab says when the choice changed and shows the result.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hashiya-chart-view.h"
#include "hashiya-counts-tab.h"
#include "hashiya-pictures-tables.h"

struct _HashiyaCountsTab
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkDropDown      *counts_dropdown;
  GtkStack         *counts_stack;
  HashiyaChartView *counts_view;
  AdwStatusPage    *counts_status;
  GtkColumnView    *counts_table;
};

G_DEFINE_FINAL_TYPE (HashiyaCountsTab, hashiya_counts_tab, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
kind_changed_cb (HashiyaCountsTab *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
hashiya_counts_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HASHIYA_TYPE_COUNTS_TAB);

  G_OBJECT_CLASS (hashiya_counts_tab_parent_class)->dispose (object);
}

static void
hashiya_counts_tab_class_init (HashiyaCountsTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_counts_tab_dispose;

  /**
   * HashiyaCountsTab::changed:
   *
   * Something else is to be counted.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HASHIYA_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-counts-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaCountsTab, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCountsTab, counts_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCountsTab, counts_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCountsTab, counts_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCountsTab, counts_status);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCountsTab, counts_table);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_counts_tab_init (HashiyaCountsTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* What is counted: a HashiyaPicturesCount of hashiya-pictures-build.h. */
guint
hashiya_counts_tab_get_kind (HashiyaCountsTab *self)
{
  g_return_val_if_fail (HASHIYA_IS_COUNTS_TAB (self), 0);
  return gtk_drop_down_get_selected (self->counts_dropdown);
}

/* The name of what is counted, the title of its picture. */
const char *
hashiya_counts_tab_get_title (HashiyaCountsTab *self)
{
  GtkStringObject *item;

  g_return_val_if_fail (HASHIYA_IS_COUNTS_TAB (self), "");

  item = gtk_drop_down_get_selected_item (self->counts_dropdown);
  return item != NULL ? gtk_string_object_get_string (item) : "";
}

GtkColumnView *
hashiya_counts_tab_get_table (HashiyaCountsTab *self)
{
  g_return_val_if_fail (HASHIYA_IS_COUNTS_TAB (self), NULL);
  return self->counts_table;
}

/**
 * hashiya_counts_tab_show:
 * @counts: (nullable): the counts; %NULL or none: a status page says so
 *
 * Shows @counts as bars over their table.
 */
void
hashiya_counts_tab_show (HashiyaCountsTab            *self,
                         GListModel                  *counts,
                         const HashiyaPictureOptions *options)
{
  g_return_if_fail (HASHIYA_IS_COUNTS_TAB (self));

  if (counts != NULL && g_list_model_get_n_items (counts) > 0)
    {
      hashiya_chart_view_set_counts (self->counts_view, counts, hashiya_counts_tab_get_title (self), options);
      hashiya_pictures_tables_set_model (self->counts_table, counts);
      gtk_stack_set_visible_child_name (self->counts_stack, "content");
      return;
    }
  hashiya_chart_view_clear (self->counts_view);
  hashiya_pictures_tables_set_model (self->counts_table, NULL);
  adw_status_page_set_title (self->counts_status, _("Nothing to Count"));
  adw_status_page_set_description (self->counts_status,
                                   _("No mention or relation passes these filters. Annotate actors in the text, "
                                     "or take fewer filters."));
  gtk_stack_set_visible_child_name (self->counts_stack, "empty");
}
