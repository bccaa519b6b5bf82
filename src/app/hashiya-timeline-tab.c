/* hashiya-timeline-tab.c — the Timeline tab of the Pictures page:
 * what it shows, by which period, over which range, and its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mentions of the actors or cooperation against conflict, by month
 * or week, drawn over a table of the same numbers; the periods chosen
 * as the range of the page's filters; how many documents were left out
 * for having no date, and a status page when no document is left or
 * none has a date. The page builds the timeline; this tab shows it.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hashiya-chart-view.h"
#include "hashiya-pictures-tables.h"
#include "hashiya-timeline-tab.h"

struct _HashiyaTimelineTab
{
  GtkWidget             parent_instance;

  GtkWidget            *box;
  GtkDropDown          *timeline_dropdown;
  GtkDropDown          *period_dropdown;
  HashiyaTimelineRange *timeline_range;
  GtkLabel             *undated_label;
  GtkStack             *timeline_stack;
  HashiyaChartView     *timeline_view;
  AdwStatusPage        *timeline_status;
  GtkColumnView        *timeline_table;
};

G_DEFINE_FINAL_TYPE (HashiyaTimelineTab, hashiya_timeline_tab, GTK_TYPE_WIDGET)

enum {
  CHART_CHANGED,
  PERIOD_CHANGED,
  RANGE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
chart_changed_cb (HashiyaTimelineTab *self)
{
  g_signal_emit (self, signals[CHART_CHANGED], 0);
}

static void
period_changed_cb (HashiyaTimelineTab *self)
{
  g_signal_emit (self, signals[PERIOD_CHANGED], 0);
}

static void
range_changed_cb (HashiyaTimelineTab *self)
{
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

static void
hashiya_timeline_tab_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HASHIYA_TYPE_TIMELINE_TAB);

  G_OBJECT_CLASS (hashiya_timeline_tab_parent_class)->dispose (object);
}

static void
hashiya_timeline_tab_class_init (HashiyaTimelineTabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_timeline_tab_dispose;

  /**
   * HashiyaTimelineTab::chart-changed:
   *
   * The other chart is to be shown.
   */
  signals[CHART_CHANGED] = g_signal_new ("chart-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * HashiyaTimelineTab::period-changed:
   *
   * The timeline is to be counted by another period.
   */
  signals[PERIOD_CHANGED] = g_signal_new ("period-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * HashiyaTimelineTab::range-changed:
   *
   * Other periods were chosen as the range of the pictures.
   */
  signals[RANGE_CHANGED] = g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HASHIYA_TYPE_CHART_VIEW);
  g_type_ensure (HASHIYA_TYPE_TIMELINE_RANGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-timeline-tab.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, timeline_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, timeline_range);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, undated_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, timeline_status);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineTab, timeline_table);
  gtk_widget_class_bind_template_callback (widget_class, chart_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_timeline_tab_init (HashiyaTimelineTab *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->timeline_range), FALSE);
}

HashiyaTimelineChartKind
hashiya_timeline_tab_get_kind (HashiyaTimelineTab *self)
{
  g_return_val_if_fail (HASHIYA_IS_TIMELINE_TAB (self), HASHIYA_TIMELINE_CHART_MENTIONS);
  return gtk_drop_down_get_selected (self->timeline_dropdown) == 0 ? HASHIYA_TIMELINE_CHART_MENTIONS
                                                                   : HASHIYA_TIMELINE_CHART_RELATIONS;
}

HashiyaTimelinePeriod
hashiya_timeline_tab_get_period (HashiyaTimelineTab *self)
{
  g_return_val_if_fail (HASHIYA_IS_TIMELINE_TAB (self), HASHIYA_TIMELINE_MONTH);
  return gtk_drop_down_get_selected (self->period_dropdown) == 1 ? HASHIYA_TIMELINE_WEEK : HASHIYA_TIMELINE_MONTH;
}

/**
 * hashiya_timeline_tab_get_range:
 *
 * Returns: (transfer none): the periods chosen as the range of the pictures
 */
HashiyaTimelineRange *
hashiya_timeline_tab_get_range (HashiyaTimelineTab *self)
{
  g_return_val_if_fail (HASHIYA_IS_TIMELINE_TAB (self), NULL);
  return self->timeline_range;
}

/**
 * hashiya_timeline_tab_show:
 * @span: (nullable): the timeline of every date, to tell a range that
 *   leaves no document from documents without dates
 * @english: the check of the English names, for the table's columns
 *
 * Shows @timeline as a chart over its table, or a status page that says
 * why there is nothing to show.
 */
void
hashiya_timeline_tab_show (HashiyaTimelineTab          *self,
                           HashiyaNetworkTimeline      *timeline,
                           HashiyaNetworkTimeline      *span,
                           const HashiyaPictureOptions *options,
                           GtkCheckButton              *english)
{
  guint n_documents, n_undated;

  g_return_if_fail (HASHIYA_IS_TIMELINE_TAB (self));
  g_return_if_fail (HASHIYA_IS_NETWORK_TIMELINE (timeline));

  n_documents = hashiya_network_timeline_get_n_documents (timeline);
  n_undated = hashiya_network_timeline_get_n_undated (timeline);
  hashiya_pictures_tables_fill_timeline (self->timeline_table, timeline,
                                         gtk_drop_down_get_selected (self->timeline_dropdown) == 1, english);
  if (n_undated > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Documents left out for having no date: %u."), n_undated);

      gtk_label_set_label (self->undated_label, text);
    }
  else
    gtk_label_set_label (self->undated_label, "");
  /* Documents with dates, none of them in the range. */
  if (n_documents == 0 && span != NULL && hashiya_network_timeline_get_n_documents (span) > 0)
    {
      hashiya_chart_view_clear (self->timeline_view);
      adw_status_page_set_title (self->timeline_status, _("No Document Left"));
      adw_status_page_set_description (self->timeline_status, _("No document is left by these filters."));
      gtk_stack_set_visible_child_name (self->timeline_stack, "empty");
      return;
    }
  if (n_documents == 0)
    {
      g_autofree char *text = g_strdup_printf (_("No document shown has a date: %u left out for having none. "
                                                 "A timeline needs documents with the day they were published."),
                                               n_undated);

      hashiya_chart_view_clear (self->timeline_view);
      adw_status_page_set_title (self->timeline_status, _("No Dates"));
      adw_status_page_set_description (self->timeline_status, text);
      gtk_stack_set_visible_child_name (self->timeline_stack, "empty");
      return;
    }
  hashiya_chart_view_set_timeline (self->timeline_view, timeline, hashiya_timeline_tab_get_kind (self), options);
  gtk_stack_set_visible_child_name (self->timeline_stack, "content");
}
