/* hashiya-timeline-range.c — the periods of a timeline chosen as the
 * date range of the pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two lists of the periods (months or weeks) of the documents' dates:
 * the first period taken and the last, or none for an open end. A
 * period chosen is the range from its first day to its last; a range
 * typed elsewhere is shown as the periods that hold its ends.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-timeline-range.h"

struct _HashiyaTimelineRange
{
  GtkWidget    parent_instance;

  GArray      *starts;     /* guint32 Julian days, a period each */
  GArray      *ends;
  gboolean     showing;

  GtkWidget   *box;
  GtkDropDown *start_dropdown;
  GtkDropDown *end_dropdown;
};

G_DEFINE_FINAL_TYPE (HashiyaTimelineRange, hashiya_timeline_range, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
selected_cb (HashiyaTimelineRange *self)
{
  if (!self->showing)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* The period that holds @day: 1 + its index in the lists, or 0. */
static guint
period_of (HashiyaTimelineRange *self,
           const char           *text)
{
  guint32 day;

  if (text == NULL || !hashiya_network_parse_date (text, &day))
    return 0;
  for (guint p = 0; p < self->starts->len; p++)
    if (g_array_index (self->starts, guint32, p) <= day && day <= g_array_index (self->ends, guint32, p))
      return p + 1;
  return 0;
}

static void
hashiya_timeline_range_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HASHIYA_TYPE_TIMELINE_RANGE);

  G_OBJECT_CLASS (hashiya_timeline_range_parent_class)->dispose (object);
}

static void
hashiya_timeline_range_finalize (GObject *object)
{
  HashiyaTimelineRange *self = HASHIYA_TIMELINE_RANGE (object);

  g_array_unref (self->starts);
  g_array_unref (self->ends);

  G_OBJECT_CLASS (hashiya_timeline_range_parent_class)->finalize (object);
}

static void
hashiya_timeline_range_class_init (HashiyaTimelineRangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_timeline_range_dispose;
  object_class->finalize = hashiya_timeline_range_finalize;

  /**
   * HashiyaTimelineRange::changed:
   *
   * The user chose another first or last period.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-timeline-range.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineRange, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineRange, start_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaTimelineRange, end_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_timeline_range_init (HashiyaTimelineRange *self)
{
  self->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->ends = g_array_new (FALSE, FALSE, sizeof (guint32));
  gtk_widget_init_template (GTK_WIDGET (self));
  hashiya_timeline_range_set_span (self, NULL);
}

/**
 * hashiya_timeline_range_set_span:
 * @span: (nullable): a timeline of every date, whose periods are offered
 *
 * Offers @span's periods; the range chosen stays where it can.
 */
void
hashiya_timeline_range_set_span (HashiyaTimelineRange   *self,
                                 HashiyaNetworkTimeline *span)
{
  g_autoptr(GtkStringList) start_names = gtk_string_list_new ((const char * const[]) { _("Any start"), NULL });
  g_autoptr(GtkStringList) end_names = gtk_string_list_new ((const char * const[]) { _("Any end"), NULL });
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint n = span != NULL ? hashiya_network_timeline_get_n_periods (span) : 0;

  g_return_if_fail (HASHIYA_IS_TIMELINE_RANGE (self));

  from = hashiya_timeline_range_dup_from (self);
  to = hashiya_timeline_range_dup_to (self);
  g_array_set_size (self->starts, 0);
  g_array_set_size (self->ends, 0);
  for (guint p = 0; p < n; p++)
    {
      const char *label = hashiya_network_timeline_get_period_label (span, p);
      guint32 start = 0, end;
      GDate date;

      hashiya_network_parse_date (hashiya_network_timeline_get_period_start (span, p), &start);
      g_date_clear (&date, 1);
      g_date_set_julian (&date, start);
      if (hashiya_network_timeline_get_period (span) == HASHIYA_TIMELINE_WEEK)
        g_date_add_days (&date, 6);
      else
        {
          g_date_add_months (&date, 1);
          g_date_subtract_days (&date, 1);
        }
      end = g_date_get_julian (&date);
      g_array_append_val (self->starts, start);
      g_array_append_val (self->ends, end);
      gtk_string_list_append (start_names, label);
      gtk_string_list_append (end_names, label);
    }
  self->showing = TRUE;
  gtk_drop_down_set_model (self->start_dropdown, G_LIST_MODEL (start_names));
  gtk_drop_down_set_model (self->end_dropdown, G_LIST_MODEL (end_names));
  self->showing = FALSE;
  hashiya_timeline_range_show (self, from, to);
  gtk_widget_set_sensitive (GTK_WIDGET (self), n > 0);
}

/**
 * hashiya_timeline_range_show:
 * @from: (nullable): the range's first day
 * @to: (nullable): its last day
 *
 * Shows the periods that hold @from and @to, without saying it changed.
 */
void
hashiya_timeline_range_show (HashiyaTimelineRange *self,
                             const char           *from,
                             const char           *to)
{
  g_return_if_fail (HASHIYA_IS_TIMELINE_RANGE (self));

  self->showing = TRUE;
  gtk_drop_down_set_selected (self->start_dropdown, period_of (self, from));
  gtk_drop_down_set_selected (self->end_dropdown, period_of (self, to));
  self->showing = FALSE;
}

static char *
dup_day (HashiyaTimelineRange *self,
         GtkDropDown          *dropdown,
         GArray               *days)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > days->len)
    return NULL;
  return hashiya_network_format_date (g_array_index (days, guint32, selected - 1));
}

/* The first day of the first period chosen, or NULL for any start. */
char *
hashiya_timeline_range_dup_from (HashiyaTimelineRange *self)
{
  g_return_val_if_fail (HASHIYA_IS_TIMELINE_RANGE (self), NULL);
  return dup_day (self, self->start_dropdown, self->starts);
}

/* The last day of the last period chosen, or NULL for any end. */
char *
hashiya_timeline_range_dup_to (HashiyaTimelineRange *self)
{
  g_return_val_if_fail (HASHIYA_IS_TIMELINE_RANGE (self), NULL);
  return dup_day (self, self->end_dropdown, self->ends);
}
