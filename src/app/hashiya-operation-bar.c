/* hashiya-operation-bar.c — long work under way: what, how far, Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening, matching and exporting run off the main thread. When one takes
 * longer than a moment, this bar says what is being done, pulses, and
 * offers Cancel. One operation at a time: a new one ends the last.
 */

#define G_LOG_DOMAIN "hashiya-operation-bar"

#include "config.h"

#include "hashiya-operation-bar.h"

/* Work that ends sooner shows nothing. */
#define PROGRESS_DELAY_MS 200
#define PULSE_MS 100

struct _HashiyaOperationBar
{
  GtkWidget       parent_instance;

  GCancellable   *operation;
  guint           delay_id;
  guint           pulse_id;

  GtkRevealer    *revealer;
  GtkLabel       *label;
  GtkProgressBar *progress_bar;
  GtkButton      *cancel_button;
};

G_DEFINE_FINAL_TYPE (HashiyaOperationBar, hashiya_operation_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
pulse_cb (gpointer user_data)
{
  HashiyaOperationBar *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_cb (gpointer user_data)
{
  HashiyaOperationBar *self = user_data;

  self->delay_id = 0;
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  self->pulse_id = g_timeout_add (PULSE_MS, pulse_cb, self);
  return G_SOURCE_REMOVE;
}

static void
stop (HashiyaOperationBar *self)
{
  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  if (self->operation != NULL)
    {
      g_clear_object (&self->operation);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
    }
}

static void
cancel_cb (HashiyaOperationBar *self)
{
  if (self->operation != NULL)
    g_cancellable_cancel (self->operation);
}

static void
hashiya_operation_bar_dispose (GObject *object)
{
  HashiyaOperationBar *self = HASHIYA_OPERATION_BAR (object);

  /* Work for a view that goes is stopped. */
  if (self->operation != NULL)
    g_cancellable_cancel (self->operation);
  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->operation);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_OPERATION_BAR);

  G_OBJECT_CLASS (hashiya_operation_bar_parent_class)->dispose (object);
}

static void
hashiya_operation_bar_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HashiyaOperationBar *self = HASHIYA_OPERATION_BAR (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->operation != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_operation_bar_class_init (HashiyaOperationBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_operation_bar_dispose;
  object_class->get_property = hashiya_operation_bar_get_property;

  /**
   * HashiyaOperationBar:active:
   *
   * Whether an operation is under way (shown or not yet).
   */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-operation-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaOperationBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, HashiyaOperationBar, label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaOperationBar, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaOperationBar, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_operation_bar_init (HashiyaOperationBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hashiya_operation_bar_begin:
 * @label: what is being done, shown beside the progress bar
 * @can_cancel: whether to offer Cancel (an atomic save has nothing to
 *   cancel)
 *
 * Ends the operation there was, and starts showing this one after a
 * moment.
 *
 * Returns: (transfer none): the cancellable the operation must honour;
 *   Cancel and the bar's going cancel it
 */
GCancellable *
hashiya_operation_bar_begin (HashiyaOperationBar *self,
                             const char          *label,
                             gboolean             can_cancel)
{
  g_return_val_if_fail (HASHIYA_IS_OPERATION_BAR (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  stop (self);
  self->operation = g_cancellable_new ();
  gtk_label_set_label (self->label, label);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), can_cancel);
  self->delay_id = g_timeout_add (PROGRESS_DELAY_MS, show_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  return self->operation;
}

/**
 * hashiya_operation_bar_end:
 * @operation: (nullable): the cancellable hashiya_operation_bar_begin()
 *   gave, or %NULL for whatever is under way
 *
 * Hides the bar, unless another operation began since @operation.
 */
void
hashiya_operation_bar_end (HashiyaOperationBar *self,
                           GCancellable        *operation)
{
  g_return_if_fail (HASHIYA_IS_OPERATION_BAR (self));

  if (operation == NULL || operation == self->operation)
    stop (self);
}

gboolean
hashiya_operation_bar_get_active (HashiyaOperationBar *self)
{
  g_return_val_if_fail (HASHIYA_IS_OPERATION_BAR (self), FALSE);
  return self->operation != NULL;
}
