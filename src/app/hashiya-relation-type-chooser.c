/* hashiya-relation-type-chooser.c — pick a type of relation by typing part
 * of its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The relation catalogue's types, each with its quad class's colour, its
 * Arabic and English names and its CAMEO code; typing in either language
 * (folded as searches fold Arabic) narrows the list, Up and Down move,
 * Enter chooses.
 */

#define G_LOG_DOMAIN "hashiya-relation-type-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-relation-type-chooser.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

struct _HashiyaRelationTypeChooser
{
  GtkPopover              parent_instance;

  HashiyaRelationCatalog *catalog;
  GtkFilterListModel     *filtered;
  GtkSingleSelection     *selection;
  GtkCustomFilter        *filter;
  char                   *query;      /* folded */
  char                   *current;    /* the type the relation has */

  GtkSearchEntry         *search_entry;
  GtkListView            *list_view;
  GtkLabel               *empty_label;
};

G_DEFINE_FINAL_TYPE (HashiyaRelationTypeChooser, hashiya_relation_type_chooser, GTK_TYPE_POPOVER)

enum {
  TYPE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  HashiyaRelationTypeChooser *self = user_data;

  return hashiya_relation_type_matches (HASHIYA_RELATION_TYPE (item), self->query);
}

/* Rows: [swatch] [name in the interface's language] [the other name]
 * [CAMEO code] */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *other = gtk_label_new (NULL);
  GtkWidget *cameo = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (other, "dim-label");
  gtk_widget_add_css_class (cameo, "dim-label");
  gtk_widget_add_css_class (cameo, "caption");
  gtk_widget_add_css_class (cameo, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (cameo), 6);
  gtk_label_set_xalign (GTK_LABEL (cameo), 1);
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), other);
  gtk_box_append (GTK_BOX (box), cameo);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory   *factory,
             GtkListItem                *item,
             HashiyaRelationTypeChooser *self)
{
  HashiyaRelationType *type = gtk_list_item_get_item (item);
  GtkWidget *swatch = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *name = gtk_widget_get_next_sibling (swatch);
  GtkWidget *other = gtk_widget_get_next_sibling (name);
  GtkWidget *cameo = gtk_widget_get_next_sibling (other);
  const char *shown = hashiya_relation_type_get_display_name (type);
  g_autofree char *tooltip = NULL;

  hashiya_swatch_set_color (HASHIYA_SWATCH (swatch),
                            hashiya_relation_catalog_get_quad_color (self->catalog,
                                                                     hashiya_relation_type_get_quad_class (type)));
  gtk_label_set_label (GTK_LABEL (name), shown);
  gtk_label_set_label (GTK_LABEL (other), g_strcmp0 (shown, hashiya_relation_type_get_name_ar (type)) == 0
                                            ? hashiya_relation_type_get_name_en (type)
                                            : hashiya_relation_type_get_name_ar (type));
  gtk_label_set_label (GTK_LABEL (cameo), hashiya_relation_type_get_cameo (type) ?: "");
  /* Translators: a relation type's CAMEO event code, as "CAMEO 04" */
  tooltip = g_strdup_printf (_("CAMEO %s"), hashiya_relation_type_get_cameo (type) ?: "—");
  gtk_widget_set_tooltip_text (cameo, tooltip);
}

/* With nothing typed, the relation's own type is highlighted; otherwise
 * the first match. */
static void
select_first (HashiyaRelationTypeChooser *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  guint selected = n > 0 ? 0 : GTK_INVALID_LIST_POSITION;

  if (self->query[0] == '\0' && self->current != NULL)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(HashiyaRelationType) type = g_list_model_get_item (model, i);

        if (g_str_equal (hashiya_relation_type_get_id (type), self->current))
          {
            selected = i;
            break;
          }
      }
  gtk_single_selection_set_selected (self->selection, selected);
  if (selected != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", selected);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->list_view)), n > 0);
}

static void
search_changed_cb (HashiyaRelationTypeChooser *self)
{
  hashiya_relation_type_chooser_set_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter chooses what was typed, even typed faster than the search. */
static void
search_activate_cb (HashiyaRelationTypeChooser *self)
{
  g_autofree char *typed = hashiya_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  if (g_strcmp0 (typed, self->query) != 0)
    search_changed_cb (self);
  if (!hashiya_relation_type_chooser_choose (self))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
list_activate_cb (HashiyaRelationTypeChooser *self,
                  guint                       position)
{
  gtk_single_selection_set_selected (self->selection, position);
  hashiya_relation_type_chooser_choose (self);
}

static void
popover_show_cb (HashiyaRelationTypeChooser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  hashiya_relation_type_chooser_set_query (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hashiya_relation_type_chooser_dispose (GObject *object)
{
  HashiyaRelationTypeChooser *self = (HashiyaRelationTypeChooser *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_RELATION_TYPE_CHOOSER);
  g_clear_object (&self->selection);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->current, g_free);

  G_OBJECT_CLASS (hashiya_relation_type_chooser_parent_class)->dispose (object);
}

static void
hashiya_relation_type_chooser_class_init (HashiyaRelationTypeChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_relation_type_chooser_dispose;

  /**
   * HashiyaRelationTypeChooser::type-chosen:
   * @type: the type chosen
   */
  signals[TYPE_CHOSEN] =
    g_signal_new ("type-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION_TYPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-relation-type-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationTypeChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationTypeChooser, list_view);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationTypeChooser, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
hashiya_relation_type_chooser_init (HashiyaRelationTypeChooser *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = g_strdup ("");
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  /* Up and Down move through the list while typing goes on in the entry. */
  hashiya_entry_steps_list (GTK_WIDGET (self->search_entry), self->list_view);
  g_signal_connect (self, "show", G_CALLBACK (popover_show_cb), NULL);
}

GtkWidget *
hashiya_relation_type_chooser_new (void)
{
  return g_object_new (HASHIYA_TYPE_RELATION_TYPE_CHOOSER, NULL);
}

void
hashiya_relation_type_chooser_set_catalog (HashiyaRelationTypeChooser *self,
                                           HashiyaRelationCatalog     *catalog)
{
  g_return_if_fail (HASHIYA_IS_RELATION_TYPE_CHOOSER (self));
  g_return_if_fail (catalog == NULL || HASHIYA_IS_RELATION_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (catalog));
  select_first (self);
}

/**
 * hashiya_relation_type_chooser_set_current:
 * @type_id: (nullable): the type the relation has now
 *
 * The type highlighted while nothing is typed.
 */
void
hashiya_relation_type_chooser_set_current (HashiyaRelationTypeChooser *self,
                                           const char                 *type_id)
{
  g_return_if_fail (HASHIYA_IS_RELATION_TYPE_CHOOSER (self));

  g_free (self->current);
  self->current = g_strdup (type_id);
  select_first (self);
}

void
hashiya_relation_type_chooser_set_query (HashiyaRelationTypeChooser *self,
                                         const char                 *query)
{
  g_return_if_fail (HASHIYA_IS_RELATION_TYPE_CHOOSER (self));

  g_free (self->query);
  self->query = hashiya_fold_for_search (query);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  select_first (self);
}

/**
 * hashiya_relation_type_chooser_choose:
 *
 * Chooses the highlighted type: emits ::type-chosen and closes.
 *
 * Returns: %FALSE when no type is highlighted
 */
gboolean
hashiya_relation_type_chooser_choose (HashiyaRelationTypeChooser *self)
{
  g_autoptr(HashiyaRelationType) type = NULL;

  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE_CHOOSER (self), FALSE);

  type = gtk_single_selection_get_selected_item (self->selection);
  if (type == NULL)
    return FALSE;

  g_object_ref (type);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[TYPE_CHOSEN], 0, type);
  return TRUE;
}
