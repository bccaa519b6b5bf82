/* hashiya-pictures-filters.c — the filters of the Pictures page's
 * toolbar: edges, relation type, quad classes, kinds of actor, least
 * count, the names' language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Relations or co-mentions and a relation type in drop-downs; in the
 * Filters popover a check button a quad class and a kind of actor, the
 * least count, and English names. "changed" says the filter changed,
 * "names-changed" the language of the names.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-network-picture.h"
#include "hashiya-pictures-filters.h"

struct _HashiyaPicturesFilters
{
  GtkWidget       parent_instance;

  GListStore     *types;         /* relation type ids offered; the first item is all */

  GtkWidget      *box;
  GtkDropDown    *edges_dropdown;
  GtkDropDown    *type_dropdown;
  GtkBox         *quad_box;
  GtkBox         *kind_box;
  GtkSpinButton  *min_spin;
  GtkCheckButton *english_check;
  GtkCheckButton *quad_checks[4];
  GtkCheckButton *kind_checks[HASHIYA_ACTOR_KIND_OTHER + 1];
};

G_DEFINE_FINAL_TYPE (HashiyaPicturesFilters, hashiya_pictures_filters, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  NAMES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
changed_cb (HashiyaPicturesFilters *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
names_cb (HashiyaPicturesFilters *self)
{
  g_signal_emit (self, signals[NAMES_CHANGED], 0);
}

static void
hashiya_pictures_filters_dispose (GObject *object)
{
  HashiyaPicturesFilters *self = HASHIYA_PICTURES_FILTERS (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HASHIYA_TYPE_PICTURES_FILTERS);
  g_clear_object (&self->types);

  G_OBJECT_CLASS (hashiya_pictures_filters_parent_class)->dispose (object);
}

static void
hashiya_pictures_filters_class_init (HashiyaPicturesFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_pictures_filters_dispose;

  /**
   * HashiyaPicturesFilters::changed:
   *
   * The filter changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * HashiyaPicturesFilters::names-changed:
   *
   * The names are asked in the other language.
   */
  signals[NAMES_CHANGED] = g_signal_new ("names-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-pictures-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, edges_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, quad_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, kind_box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, min_spin);
  gtk_widget_class_bind_template_child (widget_class, HashiyaPicturesFilters, english_check);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, names_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_pictures_filters_init (HashiyaPicturesFilters *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->types = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  for (guint i = 0; i < G_N_ELEMENTS (self->quad_checks); i++)
    {
      self->quad_checks[i] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (hashiya_picture_quad_name (i)));
      gtk_check_button_set_active (self->quad_checks[i], TRUE);
      g_signal_connect_swapped (self->quad_checks[i], "toggled", G_CALLBACK (changed_cb), self);
      gtk_box_append (self->quad_box, GTK_WIDGET (self->quad_checks[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->kind_checks); i++)
    {
      self->kind_checks[i] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (hashiya_picture_kind_name (i)));
      gtk_check_button_set_active (self->kind_checks[i], TRUE);
      g_signal_connect_swapped (self->kind_checks[i], "toggled", G_CALLBACK (changed_cb), self);
      gtk_box_append (self->kind_box, GTK_WIDGET (self->kind_checks[i]));
    }
  hashiya_pictures_filters_set_catalog (self, NULL);
}

/**
 * hashiya_pictures_filters_set_catalog:
 * @catalog: (nullable): the relation types to offer
 *
 * Offers @catalog's types, all of them chosen, without saying the
 * filter changed.
 */
void
hashiya_pictures_filters_set_catalog (HashiyaPicturesFilters *self,
                                      HashiyaRelationCatalog *catalog)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gboolean arabic;

  g_return_if_fail (HASHIYA_IS_PICTURES_FILTERS (self));

  arabic = hashiya_pictures_filters_get_arabic (self);
  g_list_store_remove_all (self->types);
  gtk_string_list_append (names, _("All relation types"));
  for (guint i = 0; catalog != NULL && i < hashiya_relation_catalog_get_n_types (catalog); i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (catalog, i);
      g_autoptr(GtkStringObject) id = gtk_string_object_new (hashiya_relation_type_get_id (type));

      gtk_string_list_append (names, arabic ? hashiya_relation_type_get_name_ar (type)
                                            : hashiya_relation_type_get_name_en (type));
      g_list_store_append (self->types, id);
    }
  g_signal_handlers_block_by_func (self->type_dropdown, changed_cb, self);
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->type_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->type_dropdown, changed_cb, self);
}

/**
 * hashiya_pictures_filters_apply:
 *
 * Sets @filter's edges, relation type, quad classes, kinds of actor and
 * least count to those chosen.
 */
void
hashiya_pictures_filters_apply (HashiyaPicturesFilters *self,
                                HashiyaNetworkFilter   *filter)
{
  guint type;

  g_return_if_fail (HASHIYA_IS_PICTURES_FILTERS (self));
  g_return_if_fail (filter != NULL);

  type = gtk_drop_down_get_selected (self->type_dropdown);
  filter->edges = gtk_drop_down_get_selected (self->edges_dropdown) == 1 ? HASHIYA_NETWORK_EDGES_COMENTIONS
                                                                         : HASHIYA_NETWORK_EDGES_RELATIONS;
  filter->min_count = (guint) gtk_spin_button_get_value_as_int (self->min_spin);
  filter->quad_classes = 0;
  for (guint i = 0; i < G_N_ELEMENTS (self->quad_checks); i++)
    if (gtk_check_button_get_active (self->quad_checks[i]))
      filter->quad_classes |= 1u << i;
  filter->actor_kinds = 0;
  for (guint i = 0; i < G_N_ELEMENTS (self->kind_checks); i++)
    if (gtk_check_button_get_active (self->kind_checks[i]))
      filter->actor_kinds |= 1u << i;
  g_clear_pointer (&filter->types, g_strfreev);
  if (type != GTK_INVALID_LIST_POSITION && type > 0 && type <= g_list_model_get_n_items (G_LIST_MODEL (self->types)))
    {
      g_autoptr(GtkStringObject) id = g_list_model_get_item (G_LIST_MODEL (self->types), type - 1);

      filter->types = g_new0 (char *, 2);
      filter->types[0] = g_strdup (gtk_string_object_get_string (id));
    }
}

/* Whether names are shown in Arabic (the default), not in English. */
gboolean
hashiya_pictures_filters_get_arabic (HashiyaPicturesFilters *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_FILTERS (self), TRUE);
  return !gtk_check_button_get_active (self->english_check);
}

/**
 * hashiya_pictures_filters_get_english_check:
 *
 * Returns: (transfer none): the check button that asks for English names
 */
GtkCheckButton *
hashiya_pictures_filters_get_english_check (HashiyaPicturesFilters *self)
{
  g_return_val_if_fail (HASHIYA_IS_PICTURES_FILTERS (self), NULL);
  return self->english_check;
}

/* Relations or co-mentions are chosen only while the network is shown. */
void
hashiya_pictures_filters_set_network_shown (HashiyaPicturesFilters *self,
                                            gboolean                shown)
{
  g_return_if_fail (HASHIYA_IS_PICTURES_FILTERS (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->edges_dropdown), shown);
}
