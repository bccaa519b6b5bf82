/* hashiya-relation-list.c — the relations of a document, to find, review
 * and edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar's Relations page: one row a relation (HashiyaRelationRow),
 * in the order of the text, following the document as relations come,
 * go and change. A search entry narrows the list to the relations of an
 * actor (by its names, id or aliases, or a mention's words, folded as
 * searches fold Arabic) or a type, a dropdown to one type. Clicking a row,
 * or Enter on it, shows the relation in the text (::relation-activated);
 * the row of the relation selected in the text is the list's selected row.
 * On a row that has the focus, Enter accepts a suggested relation, Delete
 * rejects or removes it, F2 edits it (HashiyaRelationEditor) and the Menu
 * key opens its menu, as a right click does. The list says how to make a
 * relation while there is none.
 */

#define G_LOG_DOMAIN "hashiya-relation-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "hashiya-relation-list.h"
#include "hashiya-relation-row.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

struct _HashiyaRelationList
{
  GtkWidget              parent_instance;

  HashiyaDocument       *document;
  GtkSortListModel      *sorted;
  GtkFilterListModel    *shown;
  GtkCustomFilter       *filter;
  GtkSingleSelection    *selection;
  HashiyaTextView       *text_view;      /* weak */
  GListStore            *type_models;    /* "All Types", then the catalogue's */
  GtkFlattenListModel   *types;
  char                  *query;          /* folded */
  char                  *type_id;        /* the type shown, or NULL for all */
  gboolean               empty;          /* nothing was shown */
  guint                  scroll_source;
  HashiyaRelationEditor *editor;
  GtkPopoverMenu        *context_menu;

  GtkSearchEntry        *search_entry;
  GtkDropDown           *type_dropdown;
  GtkStack              *stack;
  GtkListView           *list_view;
};

G_DEFINE_FINAL_TYPE (HashiyaRelationList, hashiya_relation_list, GTK_TYPE_WIDGET)

enum {
  RELATION_ACTIVATED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (HashiyaRelationList *self,
       const char          *message,
       gboolean             can_undo)
{
  AdwToast *said = adw_toast_new (message);

  if (can_undo)
    {
      adw_toast_set_button_label (said, _("_Undo"));
      adw_toast_set_action_name (said, "win.undo");
    }
  g_signal_emit (self, signals[TOAST], 0, said);
  g_object_unref (said);
}

/* Where a relation is in the text: at the first of its two mentions. */
static guint
text_position (HashiyaDocument *document,
               HashiyaRelation *relation)
{
  HashiyaMention *source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
  HashiyaMention *target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
  guint position = G_MAXUINT;

  if (source != NULL)
    position = hashiya_mention_get_start (source);
  if (target != NULL)
    position = MIN (position, hashiya_mention_get_start (target));
  return position;
}

/* Ids of one kind ("r2", "r10") in the order they were made. */
static int
compare_ids (const char *a,
             const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  return la != lb ? (la < lb ? -1 : 1) : strcmp (a, b);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  HashiyaRelationList *self = user_data;
  HashiyaRelation *x = (HashiyaRelation *) a, *y = (HashiyaRelation *) b;
  guint px, py;

  if (self->document == NULL)
    return GTK_ORDERING_EQUAL;
  px = text_position (self->document, x);
  py = text_position (self->document, y);
  if (px != py)
    return px < py ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return gtk_ordering_from_cmpfunc (compare_ids (hashiya_relation_get_id (x), hashiya_relation_get_id (y)));
}

/* An end matches by its mention's words or by its actor's names, id and
 * aliases. */
static gboolean
end_matches (HashiyaDocument *document,
             const char      *mention_id,
             const char      *query)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, mention_id);
  HashiyaActor *actor;
  const char * const *aliases;

  if (mention == NULL)
    return FALSE;
  if (hashiya_folded_contains (hashiya_mention_get_quote_exact (mention), query))
    return TRUE;
  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), hashiya_mention_get_actor (mention));
  if (actor == NULL)
    return FALSE;
  if (hashiya_folded_contains (hashiya_actor_get_id (actor), query) ||
      hashiya_folded_contains (hashiya_actor_get_name_ar (actor), query) ||
      hashiya_folded_contains (hashiya_actor_get_name_en (actor), query))
    return TRUE;
  aliases = hashiya_actor_get_aliases (actor);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (hashiya_folded_contains (aliases[i], query))
      return TRUE;
  return FALSE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  HashiyaRelationList *self = user_data;
  HashiyaRelation *relation = item;
  HashiyaRelationType *type;
  const char *mode;

  if (self->document == NULL)
    return FALSE;
  if (self->type_id != NULL && g_strcmp0 (hashiya_relation_get_relation_type (relation), self->type_id) != 0)
    return FALSE;
  if (self->query == NULL || self->query[0] == '\0')
    return TRUE;

  type = hashiya_relation_catalog_lookup (hashiya_document_get_relation_catalog (self->document),
                                          hashiya_relation_get_relation_type (relation));
  mode = hashiya_relation_get_mode (relation);
  return end_matches (self->document, hashiya_relation_get_source (relation), self->query) ||
         end_matches (self->document, hashiya_relation_get_target (relation), self->query) ||
         (type != NULL && hashiya_relation_type_matches (type, self->query)) ||
         (mode != NULL && (hashiya_folded_contains (mode, self->query) ||
                           hashiya_folded_contains (hashiya_relation_mode_get_display_name (mode), self->query)));
}

static gboolean
filtering (HashiyaRelationList *self)
{
  return self->type_id != NULL || (self->query != NULL && self->query[0] != '\0');
}

static gboolean
scroll_to_top_cb (gpointer data)
{
  HashiyaRelationList *self = data;

  self->scroll_source = 0;
  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
  return G_SOURCE_REMOVE;
}

/* The row of the relation selected in the text is the list's selected
 * row, and in view. */
static void
show_selected_relation (HashiyaRelationList *self)
{
  HashiyaRelation *relation = self->text_view != NULL ? hashiya_text_view_get_selected_relation (self->text_view) : NULL;
  GListModel *shown = G_LIST_MODEL (self->shown);
  guint n = g_list_model_get_n_items (shown);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; relation != NULL && i < n; i++)
    {
      g_autoptr(HashiyaRelation) item = g_list_model_get_item (shown, i);

      if (item == relation)
        {
          position = i;
          break;
        }
    }
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* The list, or why it is empty. */
static void
update_stack (HashiyaRelationList *self)
{
  guint all = self->document != NULL ? g_list_model_get_n_items (hashiya_document_get_relations (self->document)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  gtk_stack_set_visible_child_name (self->stack, all == 0 ? "empty" : shown == 0 ? "no-match" : "list");
  /* Relations that come back into an empty list (undoing Reject All, a
   * filter cleared) are read from the first, once they are all back. */
  if (self->empty && shown > 0 && self->scroll_source == 0)
    self->scroll_source = g_idle_add (scroll_to_top_cb, self);
  self->empty = shown == 0;
}

static void
refilter (HashiyaRelationList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
  show_selected_relation (self);
}

static void
search_changed_cb (HashiyaRelationList *self)
{
  g_free (self->query);
  self->query = hashiya_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  refilter (self);
}

static void
type_selected_cb (HashiyaRelationList *self)
{
  gpointer item = gtk_drop_down_get_selected_item (self->type_dropdown);
  const char *id = HASHIYA_IS_RELATION_TYPE (item) ? hashiya_relation_type_get_id (item) : NULL;

  if (g_strcmp0 (id, self->type_id) == 0)
    return;
  g_free (self->type_id);
  self->type_id = g_strdup (id);
  refilter (self);
}

/* A relation given another type, a mention another actor, an actor
 * another name: what the filter shows may change. */
static void
document_edited_cb (HashiyaRelationList *self)
{
  if (filtering (self))
    refilter (self);
}

/* The type dropdown: "All Types", then each type with its colour. */

static void
setup_type_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_type_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HashiyaRelationList      *self)
{
  gpointer object = gtk_list_item_get_item (item);
  GtkWidget *swatch = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (swatch);

  gtk_widget_set_visible (swatch, HASHIYA_IS_RELATION_TYPE (object));
  if (HASHIYA_IS_RELATION_TYPE (object))
    {
      HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (self->document);

      hashiya_swatch_set_color (HASHIYA_SWATCH (swatch),
                                hashiya_relation_catalog_get_quad_color (catalog,
                                                                         hashiya_relation_type_get_quad_class (object)));
      gtk_label_set_label (GTK_LABEL (label), hashiya_relation_type_get_display_name (object));
    }
  else
    gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (object));
}

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_list_item_set_child (item, hashiya_relation_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HashiyaRelationList      *self)
{
  hashiya_relation_row_bind (HASHIYA_RELATION_ROW (gtk_list_item_get_child (item)), self->document,
                             gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  hashiya_relation_row_unbind (HASHIYA_RELATION_ROW (gtk_list_item_get_child (item)));
}

static void
list_activate_cb (HashiyaRelationList *self,
                  guint                position)
{
  g_autoptr(HashiyaRelation) relation = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (relation != NULL)
    g_signal_emit (self, signals[RELATION_ACTIVATED], 0, relation);
}

/* The row widget of @relation, if it is on screen. */
static GtkWidget *
find_row (HashiyaRelationList *self,
          HashiyaRelation     *relation)
{
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (HASHIYA_IS_RELATION_ROW (row) && gtk_widget_get_mapped (row) &&
          hashiya_relation_row_get_relation (HASHIYA_RELATION_ROW (row)) == relation)
        return row;
    }
  return NULL;
}

/* The row whose item has the keyboard focus. */
static HashiyaRelationRow *
focused_row (HashiyaRelationList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;

  if (focus == NULL || gtk_widget_get_parent (focus) != GTK_WIDGET (self->list_view))
    return NULL;
  child = gtk_widget_get_first_child (focus);
  return HASHIYA_IS_RELATION_ROW (child) ? HASHIYA_RELATION_ROW (child) : NULL;
}

static GdkRectangle
bounds_in_list (HashiyaRelationList *self,
                GtkWidget           *widget)
{
  graphene_rect_t bounds;

  if (widget == NULL || !gtk_widget_compute_bounds (widget, GTK_WIDGET (self), &bounds))
    return (GdkRectangle) { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), 1 };
  return (GdkRectangle) { bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };
}

/**
 * hashiya_relation_list_edit:
 *
 * Opens the editor of @relation, at its row.
 */
void
hashiya_relation_list_edit (HashiyaRelationList *self,
                            HashiyaRelation     *relation)
{
  GdkRectangle rect;

  g_return_if_fail (HASHIYA_IS_RELATION_LIST (self));
  g_return_if_fail (HASHIYA_IS_RELATION (relation));

  if (self->document == NULL)
    return;
  rect = bounds_in_list (self, find_row (self, relation));
  hashiya_relation_editor_set_relation (hashiya_relation_list_get_editor (self), self->document, relation);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->editor), &rect);
  gtk_popover_popup (GTK_POPOVER (self->editor));
}

static void
accept (HashiyaRelationList *self,
        HashiyaRelation     *relation)
{
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (self->document);
  g_autoptr(HashiyaRelation) edit = hashiya_relation_copy (relation);
  g_autoptr(GError) error = NULL;

  hashiya_relation_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
  hashiya_undo_stack_begin_group (undo, "Accept relation");
  if (!hashiya_document_update_relation (self->document, relation, edit, &error))
    toast (self, error->message, FALSE);
  hashiya_undo_stack_end_group (undo);
}

static void
remove_relation (HashiyaRelationList *self,
                 HashiyaRelation     *relation)
{
  gboolean suggested = hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED;
  g_autoptr(HashiyaRelation) held = g_object_ref (relation);

  hashiya_document_remove_relation (self->document, held);
  toast (self, suggested ? _("Suggested relation rejected") : _("Relation removed"), TRUE);
}

/* relations.show, .edit, .accept, .reject and .remove, each with the id
 * of its relation. */
static void
relation_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HashiyaRelationList *self = HASHIYA_RELATION_LIST (widget);
  HashiyaRelation *relation;

  if (self->document == NULL)
    return;
  relation = hashiya_document_lookup_relation (self->document, g_variant_get_string (parameter, NULL));
  if (relation == NULL)
    return;

  if (g_str_equal (action_name, "relations.show"))
    g_signal_emit (self, signals[RELATION_ACTIVATED], 0, relation);
  else if (g_str_equal (action_name, "relations.edit"))
    hashiya_relation_list_edit (self, relation);
  else if (g_str_equal (action_name, "relations.accept"))
    accept (self, relation);
  else
    remove_relation (self, relation);
}

static void
editor_removed_cb (HashiyaRelationList *self)
{
  toast (self, _("Relation removed"), TRUE);
}

/* The menu of a row: Show in Text, Edit…, and Accept and Reject for a
 * suggestion or Remove. */
static void
popup_menu (HashiyaRelationList *self,
            HashiyaRelationRow  *row,
            double               x,
            double               y)
{
  HashiyaRelation *relation = hashiya_relation_row_get_relation (row);
  const char *id = hashiya_relation_get_id (relation);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) view = g_menu_new ();
  g_autoptr(GMenu) review = g_menu_new ();
  g_autoptr(GMenuItem) show = g_menu_item_new (_("_Show in Text"), NULL);
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit…"), NULL);
  GdkRectangle rect;

  g_menu_item_set_action_and_target (show, "relations.show", "s", id);
  g_menu_item_set_action_and_target (edit, "relations.edit", "s", id);
  g_menu_append_item (view, show);
  g_menu_append_item (view, edit);
  if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      g_autoptr(GMenuItem) yes = g_menu_item_new (_("_Accept"), NULL);
      g_autoptr(GMenuItem) no = g_menu_item_new (_("_Reject"), NULL);

      g_menu_item_set_action_and_target (yes, "relations.accept", "s", id);
      g_menu_item_set_action_and_target (no, "relations.reject", "s", id);
      g_menu_append_item (review, yes);
      g_menu_append_item (review, no);
    }
  else
    {
      g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove"), NULL);

      g_menu_item_set_action_and_target (remove, "relations.remove", "s", id);
      g_menu_append_item (review, remove);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (review));

  gtk_popover_menu_set_menu_model (self->context_menu, G_MENU_MODEL (menu));
  if (x < 0)
    rect = bounds_in_list (self, GTK_WIDGET (row));
  else
    rect = (GdkRectangle) { x, y, 1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
right_click_cb (HashiyaRelationList *self,
                int                  n_press,
                double               x,
                double               y,
                GtkGesture          *gesture)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = picked != NULL ? gtk_widget_get_ancestor (picked, HASHIYA_TYPE_RELATION_ROW) : NULL;
  double lx, ly;

  if (row == NULL)
    return;
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->list_view), GTK_WIDGET (self), x, y, &lx, &ly))
    lx = ly = -1;
  popup_menu (self, HASHIYA_RELATION_ROW (row), lx, ly);
}

/* Keys on the row that has the focus: Enter accepts a suggestion (other
 * rows go on to show their relation), Delete rejects or removes, F2
 * edits, Menu and Shift+F10 open the row's menu. */
static gboolean
key_pressed_cb (HashiyaRelationList   *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  HashiyaRelationRow *row = focused_row (self);
  HashiyaRelation *relation;
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();

  if (row == NULL || self->document == NULL)
    return FALSE;
  relation = hashiya_relation_row_get_relation (row);
  if (relation == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (modifiers != 0 || hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_SUGGESTED)
        return FALSE;
      g_signal_emit (self, signals[RELATION_ACTIVATED], 0, relation);
      accept (self, relation);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (modifiers != 0)
        return FALSE;
      remove_relation (self, relation);
      return TRUE;
    case GDK_KEY_F2:
      if (modifiers != 0)
        return FALSE;
      hashiya_relation_list_edit (self, relation);
      return TRUE;
    case GDK_KEY_Menu:
      popup_menu (self, row, -1, -1);
      return TRUE;
    case GDK_KEY_F10:
      if (modifiers != GDK_SHIFT_MASK)
        return FALSE;
      popup_menu (self, row, -1, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
hashiya_relation_list_dispose (GObject *object)
{
  HashiyaRelationList *self = HASHIYA_RELATION_LIST (object);
  GtkWidget *child;

  if (self->editor != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->editor)));
  if (self->context_menu != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->context_menu)));
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (self->text_view != NULL)
    g_signal_handlers_disconnect_by_data (self->text_view, self);
  g_clear_weak_pointer (&self->text_view);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_RELATION_LIST);
  /* The children the template does not name. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->types);
  g_clear_object (&self->document);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->type_id, g_free);

  G_OBJECT_CLASS (hashiya_relation_list_parent_class)->dispose (object);
}

static void
hashiya_relation_list_class_init (HashiyaRelationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_relation_list_dispose;

  /**
   * HashiyaRelationList::relation-activated:
   * @relation: the relation of the row clicked, or of the row Enter was
   *   pressed on
   */
  signals[RELATION_ACTIVATED] =
    g_signal_new ("relation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);
  /**
   * HashiyaRelationList::toast:
   * @toast: what to tell
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-relation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationList, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationList, stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  gtk_widget_class_install_action (widget_class, "relations.show", "s", relation_action);
  gtk_widget_class_install_action (widget_class, "relations.edit", "s", relation_action);
  gtk_widget_class_install_action (widget_class, "relations.accept", "s", relation_action);
  gtk_widget_class_install_action (widget_class, "relations.reject", "s", relation_action);
  gtk_widget_class_install_action (widget_class, "relations.remove", "s", relation_action);
}

static void
hashiya_relation_list_init (HashiyaRelationList *self)
{
  GtkListItemFactory *factory;
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *right_click = gtk_gesture_click_new ();
  g_autoptr(GtkStringList) all_types = NULL;
  GtkCustomSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (sorter));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (self->sorted), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->shown));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);
  /* With single-click activation, GTK 4.8 selects the row under the
   * pointer as it moves: rows are activated, and the row selected is that
   * of the relation selected in the text. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self->list_view), "list.select-item", FALSE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  all_types = gtk_string_list_new ((const char * const[]) { _("All Types"), NULL });
  self->type_models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->type_models, all_types);
  self->types = gtk_flatten_list_model_new (G_LIST_MODEL (self->type_models));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_type_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_type_cb), self);
  gtk_drop_down_set_factory (self->type_dropdown, factory);
  g_object_unref (factory);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (right_click), GDK_BUTTON_SECONDARY);
  g_signal_connect_swapped (right_click, "pressed", G_CALLBACK (right_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (right_click));

  self->context_menu = GTK_POPOVER_MENU (gtk_popover_menu_new_from_model (NULL));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (GTK_WIDGET (self->context_menu), GTK_ALIGN_START);
  gtk_widget_set_parent (GTK_WIDGET (self->context_menu), GTK_WIDGET (self));
  update_stack (self);
}

/**
 * hashiya_relation_list_set_document:
 *
 * Lists the relations of @document from now on.
 */
void
hashiya_relation_list_set_document (HashiyaRelationList *self,
                                    HashiyaDocument     *document)
{
  g_return_if_fail (HASHIYA_IS_RELATION_LIST (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  if (self->editor != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->editor));
  /* Drop the rows bound to the old document before switching. */
  gtk_sort_list_model_set_model (self->sorted, NULL);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->type_models)) > 1)
    g_list_store_remove (self->type_models, 1);
  g_list_store_append (self->type_models, hashiya_document_get_relation_catalog (document));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (self->types));
  gtk_drop_down_set_selected (self->type_dropdown, 0);

  g_signal_connect_object (document, "relation-changed", G_CALLBACK (document_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "mention-changed", G_CALLBACK (document_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "actor-changed", G_CALLBACK (document_edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (hashiya_document_get_relations (document), "items-changed", G_CALLBACK (update_stack),
                           self, G_CONNECT_SWAPPED);
  gtk_sort_list_model_set_model (self->sorted, hashiya_document_get_relations (document));
  update_stack (self);
}

/**
 * hashiya_relation_list_set_text_view:
 *
 * The view whose selection the editor makes a relation's trigger.
 */
void
hashiya_relation_list_set_text_view (HashiyaRelationList *self,
                                     HashiyaTextView     *view)
{
  g_return_if_fail (HASHIYA_IS_RELATION_LIST (self));
  g_return_if_fail (view == NULL || HASHIYA_IS_TEXT_VIEW (view));

  if (self->text_view != NULL)
    g_signal_handlers_disconnect_by_data (self->text_view, self);
  g_set_weak_pointer (&self->text_view, view);
  if (view != NULL)
    g_signal_connect_object (view, "notify::selected-relation", G_CALLBACK (show_selected_relation), self,
                             G_CONNECT_SWAPPED);
  if (self->editor != NULL)
    hashiya_relation_editor_set_text_view (self->editor, view);
  show_selected_relation (self);
}

/**
 * hashiya_relation_list_get_shown:
 *
 * Returns: (transfer none): the relations the list shows, in order
 */
GListModel *
hashiya_relation_list_get_shown (HashiyaRelationList *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_LIST (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/* Returns: (transfer none): the list's relation editor, made the first
 * time it is needed */
HashiyaRelationEditor *
hashiya_relation_list_get_editor (HashiyaRelationList *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_LIST (self), NULL);

  if (self->editor == NULL)
    {
      self->editor = HASHIYA_RELATION_EDITOR (hashiya_relation_editor_new ());
      gtk_widget_set_parent (GTK_WIDGET (self->editor), GTK_WIDGET (self));
      g_signal_connect_swapped (self->editor, "removed", G_CALLBACK (editor_removed_cb), self);
      hashiya_relation_editor_set_text_view (self->editor, self->text_view);
    }
  return self->editor;
}
