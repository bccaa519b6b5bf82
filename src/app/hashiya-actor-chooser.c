/* hashiya-actor-chooser.c — pick an actor by typing part of its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-actor-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-actor-chooser.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

struct _HashiyaActorChooser
{
  GtkPopover          parent_instance;

  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  char               *query;

  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkWidget          *empty_box;
  GtkLabel           *empty_label;
  GtkButton          *new_button;
  char               *typed;          /* the query as typed */
};

G_DEFINE_FINAL_TYPE (HashiyaActorChooser, hashiya_actor_chooser, GTK_TYPE_POPOVER)

enum {
  ACTOR_CHOSEN,
  NEW_ACTOR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  HashiyaActorChooser *self = user_data;

  return hashiya_actor_matches (HASHIYA_ACTOR (item), self->query);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *english = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (english, "dim-label");
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), english);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  HashiyaActor *actor = gtk_list_item_get_item (item);
  GtkWidget *swatch = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *name = gtk_widget_get_next_sibling (swatch);
  GtkWidget *english = gtk_widget_get_next_sibling (name);

  hashiya_swatch_set_color (HASHIYA_SWATCH (swatch), hashiya_actor_get_color (actor));
  gtk_label_set_label (GTK_LABEL (name), hashiya_actor_get_name_ar (actor));
  gtk_label_set_label (GTK_LABEL (english), hashiya_actor_get_name_en (actor));
}

static void
search_changed_cb (HashiyaActorChooser *self)
{
  hashiya_actor_chooser_set_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter chooses the actor highlighted or, when none matches, makes the
 * new one. */
static void
search_activate_cb (HashiyaActorChooser *self)
{
  if (!hashiya_actor_chooser_choose (self) && !hashiya_actor_chooser_choose_new (self))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
new_clicked_cb (HashiyaActorChooser *self)
{
  hashiya_actor_chooser_choose_new (self);
}

/* An empty list says so, and offers the typed text as a new actor. */
static void
update_empty_state (HashiyaActorChooser *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;
  g_autofree char *name = g_strstrip (g_strdup (self->typed != NULL ? self->typed : ""));

  gtk_widget_set_visible (GTK_WIDGET (self->list_view), !empty);
  gtk_widget_set_visible (self->empty_box, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->new_button), empty && name[0] != '\0');
  if (empty && name[0] != '\0')
    {
      g_autofree char *label = g_strdup_printf (_("No actor matches “%s”"), name);
      /* Translators: a button that adds the typed name as a new actor */
      g_autofree char *button = g_strdup_printf (_("New Actor “%s”"), name);

      gtk_label_set_label (self->empty_label, label);
      gtk_button_set_label (self->new_button, button);
    }
  else if (empty)
    gtk_label_set_label (self->empty_label, _("The catalogue has no actors"));
}

static void
list_activate_cb (HashiyaActorChooser *self,
                  guint                position)
{
  gtk_single_selection_set_selected (self->selection, position);
  hashiya_actor_chooser_choose (self);
}

static void
popover_show_cb (HashiyaActorChooser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  hashiya_actor_chooser_set_query (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hashiya_actor_chooser_dispose (GObject *object)
{
  HashiyaActorChooser *self = (HashiyaActorChooser *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_ACTOR_CHOOSER);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->typed, g_free);

  G_OBJECT_CLASS (hashiya_actor_chooser_parent_class)->dispose (object);
}

static void
hashiya_actor_chooser_class_init (HashiyaActorChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_actor_chooser_dispose;

  /**
   * HashiyaActorChooser::actor-chosen:
   */
  signals[ACTOR_CHOSEN] =
    g_signal_new ("actor-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_ACTOR);

  /**
   * HashiyaActorChooser::new-actor:
   * @name: the name typed, trimmed
   *
   * Nothing matched, and the user asked for an actor of that name.
   */
  signals[NEW_ACTOR] =
    g_signal_new ("new-actor", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-actor-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorChooser, empty_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorChooser, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorChooser, new_button);
  gtk_widget_class_bind_template_callback (widget_class, new_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
hashiya_actor_chooser_init (HashiyaActorChooser *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  /* Up and Down move through the list while typing goes on in the entry. */
  hashiya_entry_steps_list (GTK_WIDGET (self->search_entry), self->list_view);
  g_signal_connect (self, "show", G_CALLBACK (popover_show_cb), NULL);
  g_signal_connect (self, "closed", G_CALLBACK (hashiya_popover_return_focus), NULL);
}

GtkWidget *
hashiya_actor_chooser_new (void)
{
  return g_object_new (HASHIYA_TYPE_ACTOR_CHOOSER, NULL);
}

void
hashiya_actor_chooser_set_catalog (HashiyaActorChooser *self,
                                   HashiyaCatalog      *catalog)
{
  g_return_if_fail (HASHIYA_IS_ACTOR_CHOOSER (self));

  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (catalog));
  update_empty_state (self);
}

void
hashiya_actor_chooser_set_query (HashiyaActorChooser *self,
                                 const char          *query)
{
  g_return_if_fail (HASHIYA_IS_ACTOR_CHOOSER (self));

  g_free (self->query);
  self->query = g_utf8_casefold (query != NULL ? query : "", -1);
  g_free (self->typed);
  self->typed = g_strdup (query != NULL ? query : "");
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_single_selection_set_selected (self->selection,
                                     g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0
                                       ? 0 : GTK_INVALID_LIST_POSITION);
  update_empty_state (self);
}

/**
 * hashiya_actor_chooser_choose:
 *
 * Chooses the highlighted actor (the first match unless the user moved):
 * emits ::actor-chosen and closes.
 */
gboolean
hashiya_actor_chooser_choose (HashiyaActorChooser *self)
{
  HashiyaActor *actor;

  g_return_val_if_fail (HASHIYA_IS_ACTOR_CHOOSER (self), FALSE);

  actor = gtk_single_selection_get_selected_item (self->selection);
  if (actor == NULL)
    return FALSE;

  g_object_ref (actor);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[ACTOR_CHOSEN], 0, actor);
  g_object_unref (actor);
  return TRUE;
}

/**
 * hashiya_actor_chooser_choose_new:
 *
 * When no actor matches, asks for a new one named as typed: emits
 * ::new-actor and closes.
 *
 * Returns: %FALSE when an actor matches or nothing is typed
 */
gboolean
hashiya_actor_chooser_choose_new (HashiyaActorChooser *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HASHIYA_IS_ACTOR_CHOOSER (self), FALSE);

  name = g_strstrip (g_strdup (self->typed != NULL ? self->typed : ""));
  if (name[0] == '\0' || g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    return FALSE;

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[NEW_ACTOR], 0, name);
  return TRUE;
}

/**
 * hashiya_actor_chooser_add_new:
 * @name: the new actor's name, as typed
 *
 * What ::new-actor asks for: adds an actor named @name to @document's
 * catalogue and chooses it (::actor-chosen), all in one undo step.
 *
 * Returns: %FALSE, with @error set and nothing changed, when the actor
 *   cannot be added
 */
gboolean
hashiya_actor_chooser_add_new (HashiyaActorChooser  *self,
                               HashiyaDocument      *document,
                               const char           *name,
                               GError              **error)
{
  HashiyaUndoStack *undo;
  g_autoptr(HashiyaActor) actor = NULL;
  gboolean added;

  g_return_val_if_fail (HASHIYA_IS_ACTOR_CHOOSER (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  undo = hashiya_document_get_undo_stack (document);
  actor = hashiya_actor_new_named (hashiya_document_get_catalog (document), name);
  hashiya_undo_stack_begin_group (undo, "New actor");
  added = hashiya_document_add_actor (document, actor, error);
  if (added)
    g_signal_emit (self, signals[ACTOR_CHOSEN], 0, actor);
  hashiya_undo_stack_end_group (undo);
  return added;
}
