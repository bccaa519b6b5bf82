/* hashiya-mention-popover.c — a mention's details, each one editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-mention-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-mention-popover.h"
#include "hashiya-ui-util.h"

/* Every change applies at once, as an undo step of its own; typing a note
 * is squashed into one step by the undo stack. */
struct _HashiyaMentionPopover
{
  GtkPopover       parent_instance;

  HashiyaDocument *document;
  HashiyaMention  *mention;
  gboolean         loading;

  GtkLabel        *quote_label;
  GtkDropDown     *actor_dropdown;
  GtkDropDown     *type_dropdown;
  GtkDropDown     *status_dropdown;
  GtkEntry        *note_entry;
  GtkEntry        *author_entry;
  GtkLabel        *created_label;
  GtkButton       *relate_button;
};

G_DEFINE_FINAL_TYPE (HashiyaMentionPopover, hashiya_mention_popover, GTK_TYPE_POPOVER)

static void
load (HashiyaMentionPopover *self)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (self->document);
  HashiyaActor *actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (self->mention));
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *created_text = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  self->loading = TRUE;
  gtk_label_set_label (self->quote_label, hashiya_mention_get_quote_exact (self->mention));
  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (catalog));
  if (actor != NULL)
    hashiya_catalog_find (catalog, actor, &position);
  gtk_drop_down_set_selected (self->actor_dropdown, position);
  gtk_drop_down_set_selected (self->type_dropdown, hashiya_mention_get_mention_type (self->mention));
  gtk_drop_down_set_selected (self->status_dropdown, hashiya_mention_get_status (self->mention));
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), hashiya_mention_get_note (self->mention) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->author_entry), hashiya_mention_get_author (self->mention) ?: "");

  if (hashiya_mention_get_created (self->mention) != NULL)
    created = g_date_time_new_from_iso8601 (hashiya_mention_get_created (self->mention), NULL);
  if (created != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (created);
      created_text = g_date_time_format (local, "%x %X");
    }
  gtk_label_set_label (self->created_label, created_text != NULL ? created_text : _("Unknown"));
  self->loading = FALSE;
}

static void
apply (HashiyaMentionPopover *self)
{
  g_autoptr(HashiyaMention) edit = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaActor *actor;

  if (self->loading || self->mention == NULL)
    return;

  edit = hashiya_mention_copy (self->mention);
  actor = gtk_drop_down_get_selected_item (self->actor_dropdown);
  if (actor != NULL)
    hashiya_mention_set_actor (edit, hashiya_actor_get_id (actor));
  hashiya_mention_set_mention_type (edit, gtk_drop_down_get_selected (self->type_dropdown));
  hashiya_mention_set_status (edit, gtk_drop_down_get_selected (self->status_dropdown));
  hashiya_mention_set_note (edit, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
  hashiya_mention_set_author (edit, gtk_editable_get_text (GTK_EDITABLE (self->author_entry)));

  if (!hashiya_document_update_mention (self->document, self->mention, edit, &error))
    {
      /* Say why (e.g. that actor already has this span) and show the
       * mention as it still is. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->actor_dropdown), error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      load (self);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->actor_dropdown), NULL);
}

static void
entry_changed_cb (HashiyaMentionPopover *self)
{
  apply (self);
}

static void
dropdown_selected_cb (HashiyaMentionPopover *self)
{
  apply (self);
}

/* Relate To…: the popover closes, and the text view takes the new
 * relation's target and type. */
static void
relate_clicked_cb (HashiyaMentionPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "mention.relate", NULL);
}

/* R, where it is not typed into an entry: Relate To…. */
static gboolean
relate_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  relate_clicked_cb (HASHIYA_MENTION_POPOVER (widget));
  return TRUE;
}

static void
mention_changed_cb (HashiyaMentionPopover *self,
                    HashiyaMention        *mention)
{
  if (mention == self->mention && !self->loading)
    load (self);
}

static void
hashiya_mention_popover_dispose (GObject *object)
{
  HashiyaMentionPopover *self = (HashiyaMentionPopover *) object;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_MENTION_POPOVER);
  g_clear_object (&self->mention);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (hashiya_mention_popover_parent_class)->dispose (object);
}

static void
hashiya_mention_popover_class_init (HashiyaMentionPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_mention_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-mention-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, quote_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, note_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, author_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, created_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaMentionPopover, relate_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, relate_clicked_cb);
}

static void
hashiya_mention_popover_init (HashiyaMentionPopover *self)
{
  GtkExpression *name = gtk_property_expression_new (HASHIYA_TYPE_ACTOR, NULL, "name-ar");

  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_expression (self->actor_dropdown, name);
  /* In the bubble phase: the entries take their letters first. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_r, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_R, GDK_SHIFT_MASK)),
                                                          gtk_callback_action_new (relate_key_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_expression_unref (name);

  g_signal_connect_swapped (self->actor_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
  g_signal_connect_swapped (self->type_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), self);
  g_signal_connect (self, "closed", G_CALLBACK (hashiya_popover_return_focus), NULL);
}

GtkWidget *
hashiya_mention_popover_new (void)
{
  return g_object_new (HASHIYA_TYPE_MENTION_POPOVER, NULL);
}

void
hashiya_mention_popover_set_mention (HashiyaMentionPopover *self,
                                     HashiyaDocument       *document,
                                     HashiyaMention        *mention)
{
  g_return_if_fail (HASHIYA_IS_MENTION_POPOVER (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (HASHIYA_IS_MENTION (mention));

  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_data (self->document, self);
      g_set_object (&self->document, document);
      g_signal_connect_swapped (document, "mention-changed", G_CALLBACK (mention_changed_cb), self);
    }
  g_set_object (&self->mention, mention);
  load (self);
}

HashiyaMention *
hashiya_mention_popover_get_mention (HashiyaMentionPopover *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION_POPOVER (self), NULL);
  return self->mention;
}
