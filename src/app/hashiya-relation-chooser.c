/* hashiya-relation-chooser.c — the target, the type and the mode of a new
 * relation, picked by typing or with the mouse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three steps, each a list filtered by what is typed: the target among
 * the mentions of the source's paragraph (by their words, or their
 * actor's Arabic or English name); the type, the types this document
 * uses most first, then the catalogue's order, with digits 1 to 9 for the
 * first nine; the mode, if asked for with Tab. Up and Down move, Enter
 * picks, Escape cancels.
 *
 * The popover is not modal: the text view keeps the keyboard and hands
 * the keys on (hashiya_relation_chooser_handle_key()), and a click on a
 * mention of the text picks it as the target.
 */

#define G_LOG_DOMAIN "hashiya-relation-chooser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hashiya-relation-chooser.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

#define N_STEPS 3

struct _HashiyaRelationChooser
{
  GtkPopover                  parent_instance;

  HashiyaDocument            *document;
  HashiyaMention             *source;
  HashiyaMention             *target;    /* picked, or highlighted while picking */
  char                       *type;      /* picked, on the mode step */
  HashiyaRelationChooserStep  step;
  char                       *query;     /* folded */

  GListStore                 *targets;
  GListStore                 *types;
  GtkStringList              *modes;     /* "" for none, then the usual ones */
  GtkFilterListModel         *filtered[N_STEPS];
  GtkSingleSelection         *selection[N_STEPS];

  GtkLabel                   *title_label;
  GtkSearchEntry             *search_entry;
  GtkStack                   *stack;
  GtkListView                *target_list;
  GtkListView                *type_list;
  GtkListView                *mode_list;
  GtkLabel                   *empty_label;
  GtkLabel                   *error_label;
  GtkLabel                   *hint_label;
  GtkButton                  *mode_button;
};

G_DEFINE_FINAL_TYPE (HashiyaRelationChooser, hashiya_relation_chooser, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_TARGET,
  N_PROPS
};

enum {
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const step_names[N_STEPS] = { "target", "type", "mode" };

static HashiyaActor *
actor_of (HashiyaRelationChooser *self,
          HashiyaMention         *mention)
{
  return hashiya_catalog_lookup (hashiya_document_get_catalog (self->document), hashiya_mention_get_actor (mention));
}

static gboolean
filter_target (gpointer item,
               gpointer user_data)
{
  HashiyaRelationChooser *self = user_data;
  HashiyaMention *mention = item;
  HashiyaActor *actor;

  if (self->query == NULL || self->query[0] == '\0')
    return TRUE;
  if (hashiya_folded_contains (hashiya_mention_get_quote_exact (mention), self->query))
    return TRUE;
  actor = actor_of (self, mention);
  return actor != NULL && (hashiya_folded_contains (hashiya_actor_get_name_ar (actor), self->query) ||
                           hashiya_folded_contains (hashiya_actor_get_name_en (actor), self->query) ||
                           hashiya_folded_contains (hashiya_actor_get_id (actor), self->query));
}

static gboolean
filter_type (gpointer item,
             gpointer user_data)
{
  HashiyaRelationChooser *self = user_data;
  HashiyaRelationType *type = item;

  return self->query == NULL || self->query[0] == '\0' ||
         hashiya_folded_contains (hashiya_relation_type_get_name_ar (type), self->query) ||
         hashiya_folded_contains (hashiya_relation_type_get_name_en (type), self->query) ||
         hashiya_folded_contains (hashiya_relation_type_get_id (type), self->query);
}

static gboolean
filter_mode (gpointer item,
             gpointer user_data)
{
  HashiyaRelationChooser *self = user_data;
  const char *mode = gtk_string_object_get_string (item);

  if (self->query == NULL || self->query[0] == '\0')
    return TRUE;
  if (mode[0] == '\0')
    return FALSE;   /* "No Mode" is for an empty query */
  return hashiya_folded_contains (mode, self->query) || hashiya_folded_contains (hashiya_relation_mode_get_display_name (mode), self->query);
}

/* Rows: a box of labels, filled in by each list's bind. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *key = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *other = gtk_label_new (NULL);

  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_add_css_class (key, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (key), 1);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (other), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (other), 18);
  gtk_widget_add_css_class (other, "dim-label");
  gtk_box_append (GTK_BOX (box), key);
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), other);
  gtk_list_item_set_child (item, box);
}

typedef struct
{
  GtkLabel      *key;
  HashiyaSwatch *swatch;
  GtkLabel      *name;
  GtkLabel      *other;
} Row;

static Row
row_of (GtkListItem *item)
{
  GtkWidget *key = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *swatch = gtk_widget_get_next_sibling (key);
  GtkWidget *name = gtk_widget_get_next_sibling (swatch);

  return (Row) { GTK_LABEL (key), HASHIYA_SWATCH (swatch), GTK_LABEL (name),
                 GTK_LABEL (gtk_widget_get_next_sibling (name)) };
}

/* The digit that picks the row, for the first nine. */
static void
bind_key (GtkListItem *item,
          Row         *row,
          gboolean     numbered)
{
  guint position = gtk_list_item_get_position (item);
  char digit[2] = { (char) ('1' + position), '\0' };

  gtk_label_set_label (row->key, numbered && position < 9 ? digit : "");
  gtk_widget_set_visible (GTK_WIDGET (row->key), numbered);
}

static void
bind_target_cb (HashiyaRelationChooser   *self,
                GtkListItem              *item,
                GtkSignalListItemFactory *factory)
{
  HashiyaMention *mention = gtk_list_item_get_item (item);
  HashiyaActor *actor = actor_of (self, mention);
  Row row = row_of (item);

  bind_key (item, &row, FALSE);
  hashiya_swatch_set_color (row.swatch, actor != NULL ? hashiya_actor_get_color (actor) : NULL);
  gtk_label_set_label (row.name, hashiya_mention_get_quote_exact (mention));
  gtk_label_set_label (row.other, actor != NULL ? hashiya_actor_get_display_name (actor)
                                                : hashiya_mention_get_actor (mention));
}

static void
bind_type_cb (HashiyaRelationChooser   *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  HashiyaRelationType *type = gtk_list_item_get_item (item);
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (self->document);
  const char *name = hashiya_relation_type_get_display_name (type);
  const char *ar = hashiya_relation_type_get_name_ar (type);
  const char *en = hashiya_relation_type_get_name_en (type);
  Row row = row_of (item);

  bind_key (item, &row, TRUE);
  hashiya_swatch_set_color (row.swatch, hashiya_relation_catalog_get_quad_color (
                                          catalog, hashiya_relation_type_get_quad_class (type)));
  gtk_label_set_label (row.name, name);
  /* And its name in the other language. */
  gtk_label_set_label (row.other, g_strcmp0 (name, ar) == 0 ? en : ar);
}

static void
bind_mode_cb (HashiyaRelationChooser   *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  const char *mode = gtk_string_object_get_string (gtk_list_item_get_item (item));
  Row row = row_of (item);

  bind_key (item, &row, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (row.swatch), FALSE);
  if (mode[0] == '\0')
    {
      gtk_label_set_label (row.name, _("No Mode"));
      gtk_label_set_label (row.other, NULL);
    }
  else
    {
      const char *name = hashiya_relation_mode_get_display_name (mode);

      gtk_label_set_label (row.name, name);
      gtk_label_set_label (row.other, g_str_equal (name, mode) ? NULL : mode);
    }
}

static GtkListView *
list_of (HashiyaRelationChooser     *self,
         HashiyaRelationChooserStep  step)
{
  GtkListView *lists[N_STEPS] = { self->target_list, self->type_list, self->mode_list };

  return lists[step];
}

static void
set_target (HashiyaRelationChooser *self,
            HashiyaMention         *target)
{
  if (g_set_object (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}


/* The title, the hint and the empty list say where the user is. */
static void
update_labels (HashiyaRelationChooser *self)
{
  g_autofree char *title = NULL;
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_autofree char *shown = hashiya_isolate (typed);
  g_autofree char *source = hashiya_isolate (hashiya_mention_get_quote_exact (self->source));
  g_autofree char *target = self->target != NULL ? hashiya_isolate (hashiya_mention_get_quote_exact (self->target)) : NULL;
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered[self->step])) == 0;
  g_autofree char *empty_text = NULL;
  const char *hint = NULL;

  switch (self->step)
    {
    case HASHIYA_RELATION_CHOOSER_STEP_TARGET:
      /* Translators: %s is the words of the mention a new relation
       * starts from */
      title = g_strdup_printf (_("Relate «%s» To…"), source);
      hint = _("Click a mention in the text, or type to find one of this paragraph. Enter picks it, Escape cancels.");
      empty_text = typed[0] != '\0' ? g_strdup_printf (_("No mention of this paragraph matches “%s”"), shown)
                                    : g_strdup (_("This paragraph has no other mention: click one in the text"));
      break;
    case HASHIYA_RELATION_CHOOSER_STEP_TYPE:
      title = g_strdup_printf (_("From «%s» to «%s»"), source, target);
      hint = _("1–9 or Enter relates them, Tab chooses a mode too.");
      empty_text = g_strdup_printf (_("No type of relation matches “%s”"), shown);
      break;
    case HASHIYA_RELATION_CHOOSER_STEP_MODE:
    default:
      {
        HashiyaRelationType *type = hashiya_relation_catalog_lookup (
          hashiya_document_get_relation_catalog (self->document), self->type);

        /* Translators: a relation's type, then the words of its two
         * mentions */
        title = g_strdup_printf (_("%s: from «%s» to «%s»"),
                                 type != NULL ? hashiya_relation_type_get_display_name (type) : self->type,
                                 source, target);
        hint = _("How it happened: 1–9 or Enter relates them.");
        empty_text = g_strdup_printf (_("Enter: the mode “%s”"), shown);
      }
      break;
    }

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->hint_label, hint);
  gtk_label_set_label (self->empty_label, empty_text);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->stack), !empty);
  gtk_widget_set_visible (GTK_WIDGET (self->mode_button), self->step == HASHIYA_RELATION_CHOOSER_STEP_TYPE);
}

static void
show_error (HashiyaRelationChooser *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* On the target step, the highlighted mention is the target the text
 * view shows the arc to. */
static void
selection_changed_cb (HashiyaRelationChooser *self)
{
  if (self->step == HASHIYA_RELATION_CHOOSER_STEP_TARGET)
    set_target (self, gtk_single_selection_get_selected_item (self->selection[HASHIYA_RELATION_CHOOSER_STEP_TARGET]));
}

static void
select_first (HashiyaRelationChooser *self)
{
  GtkSingleSelection *selection = self->selection[self->step];

  gtk_single_selection_set_selected (selection, g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0
                                                  ? 0 : GTK_INVALID_LIST_POSITION);
}

static void
search_changed_cb (HashiyaRelationChooser *self)
{
  g_free (self->query);
  self->query = hashiya_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered[self->step]), GTK_FILTER_CHANGE_DIFFERENT);
  select_first (self);
  show_error (self, NULL);
  update_labels (self);
}

static void
go_to_step (HashiyaRelationChooser     *self,
            HashiyaRelationChooserStep  step)
{
  self->step = step;
  gtk_stack_set_visible_child_name (self->stack, step_names[step]);
  /* A new list, a new search. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  if (step == HASHIYA_RELATION_CHOOSER_STEP_TARGET)
    {
      /* The first mention after the source, the likeliest target. */
      GListModel *model = G_LIST_MODEL (self->filtered[step]);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(HashiyaMention) mention = g_list_model_get_item (model, i);

          if (hashiya_mention_get_start (mention) > hashiya_mention_get_start (self->source))
            {
              gtk_single_selection_set_selected (self->selection[step], i);
              break;
            }
        }
      selection_changed_cb (self);
    }
}

static void
choose (HashiyaRelationChooser *self,
        const char             *type,
        const char             *mode)
{
  g_autoptr(HashiyaMention) target = g_object_ref (self->target);
  g_autofree char *type_id = g_strdup (type);
  g_autofree char *mode_copy = g_strdup (mode);

  g_signal_emit (self, signals[CHOSEN], 0, target, type_id, mode_copy);
}

/* Picks the item at @position of the step's list. */
static gboolean
pick (HashiyaRelationChooser *self,
      guint                   position)
{
  GListModel *model = G_LIST_MODEL (self->filtered[self->step]);
  g_autoptr(GObject) item = NULL;

  if (position >= g_list_model_get_n_items (model))
    return FALSE;
  item = g_list_model_get_item (model, position);
  gtk_single_selection_set_selected (self->selection[self->step], position);

  switch (self->step)
    {
    case HASHIYA_RELATION_CHOOSER_STEP_TARGET:
      hashiya_relation_chooser_set_target (self, HASHIYA_MENTION (item));
      break;
    case HASHIYA_RELATION_CHOOSER_STEP_TYPE:
      choose (self, hashiya_relation_type_get_id (HASHIYA_RELATION_TYPE (item)), NULL);
      break;
    case HASHIYA_RELATION_CHOOSER_STEP_MODE:
    default:
      choose (self, self->type, gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
      break;
    }
  return TRUE;
}

/* Enter: the highlighted item; on the mode step with nothing matching,
 * the mode as typed. */
static gboolean
activate (HashiyaRelationChooser *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection[self->step]);
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (selected != GTK_INVALID_LIST_POSITION)
    return pick (self, selected);
  if (self->step == HASHIYA_RELATION_CHOOSER_STEP_MODE && typed[0] != '\0')
    {
      choose (self, self->type, typed);
      return TRUE;
    }
  return FALSE;
}

static void
list_activate_cb (HashiyaRelationChooser *self,
                  guint                   position,
                  GtkListView            *list)
{
  if (list == list_of (self, self->step))
    pick (self, position);
}

/* From the type step to the mode step, for the highlighted type. */
static gboolean
to_mode_step (HashiyaRelationChooser *self)
{
  HashiyaRelationType *type;

  if (self->step != HASHIYA_RELATION_CHOOSER_STEP_TYPE)
    return FALSE;
  type = gtk_single_selection_get_selected_item (self->selection[HASHIYA_RELATION_CHOOSER_STEP_TYPE]);
  if (type == NULL)
    return FALSE;
  g_free (self->type);
  self->type = g_strdup (hashiya_relation_type_get_id (type));
  go_to_step (self, HASHIYA_RELATION_CHOOSER_STEP_MODE);
  return TRUE;
}

static void
mode_clicked_cb (HashiyaRelationChooser *self)
{
  if (!to_mode_step (self))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
back (HashiyaRelationChooser *self)
{
  if (self->step == HASHIYA_RELATION_CHOOSER_STEP_MODE)
    go_to_step (self, HASHIYA_RELATION_CHOOSER_STEP_TYPE);
  else if (self->step == HASHIYA_RELATION_CHOOSER_STEP_TYPE)
    go_to_step (self, HASHIYA_RELATION_CHOOSER_STEP_TARGET);
}

static void
move (HashiyaRelationChooser *self,
      int                     by)
{
  GtkSingleSelection *selection = self->selection[self->step];
  guint n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  guint selected = gtk_single_selection_get_selected (selection);

  if (n == 0)
    return;
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = by > 0 ? 0 : n - 1;
  else
    selected = (guint) (((int) selected + by) % (int) n + (int) n) % n;
  gtk_single_selection_set_selected (selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (list_of (self, self->step)), "list.scroll-to-item", "u", selected);
}

/* The types this document uses most, then the others in the
 * catalogue's order. */
static void
fill_types (HashiyaRelationChooser *self)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (self->document);
  GListModel *relations = hashiya_document_get_relations (self->document);
  guint n = hashiya_relation_catalog_get_n_types (catalog);
  g_autofree guint *uses = g_new0 (guint, n);
  g_autofree guint *order = g_new (guint, n);

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      for (guint t = 0; t < n; t++)
        if (g_strcmp0 (hashiya_relation_type_get_id (hashiya_relation_catalog_get_relation_type (catalog, t)),
                       hashiya_relation_get_relation_type (relation)) == 0)
          uses[t]++;
    }
  /* A stable insertion sort: the catalogue's order among equals. */
  for (guint i = 0; i < n; i++)
    {
      guint j = i;

      while (j > 0 && uses[order[j - 1]] < uses[i])
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = i;
    }
  g_list_store_remove_all (self->types);
  for (guint i = 0; i < n; i++)
    g_list_store_append (self->types, hashiya_relation_catalog_get_relation_type (catalog, order[i]));
}

static void
closed_cb (HashiyaRelationChooser *self)
{
  g_clear_object (&self->source);
  set_target (self, NULL);
  g_list_store_remove_all (self->targets);
  show_error (self, NULL);
}

static void
hashiya_relation_chooser_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HashiyaRelationChooser *self = HASHIYA_RELATION_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_relation_chooser_dispose (GObject *object)
{
  HashiyaRelationChooser *self = (HashiyaRelationChooser *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_RELATION_CHOOSER);
  for (guint i = 0; i < N_STEPS; i++)
    {
      g_clear_object (&self->selection[i]);
      self->filtered[i] = NULL;   /* the selection's */
    }
  g_clear_object (&self->targets);
  g_clear_object (&self->types);
  g_clear_object (&self->modes);
  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_object (&self->document);
  g_clear_pointer (&self->type, g_free);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (hashiya_relation_chooser_parent_class)->dispose (object);
}

static void
hashiya_relation_chooser_class_init (HashiyaRelationChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_relation_chooser_dispose;
  object_class->get_property = hashiya_relation_chooser_get_property;

  /**
   * HashiyaRelationChooser:target:
   *
   * The target picked, or the mention highlighted while picking one.
   */
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL, HASHIYA_TYPE_MENTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaRelationChooser::chosen:
   * @target: the target mention
   * @type: the id of the type
   * @mode: (nullable): the mode, or %NULL or "" for none
   *
   * Everything is picked: the relation can be made. The chooser stays
   * open, for hashiya_relation_chooser_show_error() if it cannot.
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, HASHIYA_TYPE_MENTION, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-relation-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, title_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, target_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, type_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, mode_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, error_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, hint_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationChooser, mode_button);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_clicked_cb);
}

static void
hashiya_relation_chooser_init (HashiyaRelationChooser *self)
{
  GtkCustomFilter *filters[N_STEPS];
  GCallback binds[N_STEPS] = { G_CALLBACK (bind_target_cb), G_CALLBACK (bind_type_cb), G_CALLBACK (bind_mode_cb) };
  g_auto(GStrv) modes = hashiya_relation_modes ();
  GListModel *models[N_STEPS];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->targets = g_list_store_new (HASHIYA_TYPE_MENTION);
  self->types = g_list_store_new (HASHIYA_TYPE_RELATION_TYPE);
  self->modes = gtk_string_list_new (NULL);
  gtk_string_list_append (self->modes, "");
  for (guint i = 0; modes[i] != NULL; i++)
    gtk_string_list_append (self->modes, modes[i]);

  filters[0] = gtk_custom_filter_new (filter_target, self, NULL);
  filters[1] = gtk_custom_filter_new (filter_type, self, NULL);
  filters[2] = gtk_custom_filter_new (filter_mode, self, NULL);
  models[0] = G_LIST_MODEL (g_object_ref (self->targets));
  models[1] = G_LIST_MODEL (g_object_ref (self->types));
  models[2] = G_LIST_MODEL (g_object_ref (self->modes));
  for (guint i = 0; i < N_STEPS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      self->filtered[i] = gtk_filter_list_model_new (models[i], GTK_FILTER (filters[i]));
      self->selection[i] = gtk_single_selection_new (G_LIST_MODEL (self->filtered[i]));
      gtk_single_selection_set_autoselect (self->selection[i], FALSE);
      gtk_single_selection_set_can_unselect (self->selection[i], TRUE);
      gtk_list_view_set_model (list_of (self, i), GTK_SELECTION_MODEL (self->selection[i]));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
      g_signal_connect_swapped (factory, "bind", binds[i], self);
      gtk_list_view_set_factory (list_of (self, i), factory);
      g_object_unref (factory);
    }
  g_signal_connect_swapped (self->selection[HASHIYA_RELATION_CHOOSER_STEP_TARGET], "selection-changed",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self, "closed", G_CALLBACK (closed_cb), NULL);
}

GtkWidget *
hashiya_relation_chooser_new (void)
{
  return g_object_new (HASHIYA_TYPE_RELATION_CHOOSER, NULL);
}

/**
 * hashiya_relation_chooser_start:
 * @source: the mention the relation starts from
 * @targets: (element-type HashiyaMention): the mentions offered as
 *   targets, in text order
 *
 * Starts over, on the target step. Show the chooser with
 * gtk_popover_popup().
 */
void
hashiya_relation_chooser_start (HashiyaRelationChooser *self,
                                HashiyaDocument        *document,
                                HashiyaMention         *source,
                                GPtrArray              *targets)
{
  g_return_if_fail (HASHIYA_IS_RELATION_CHOOSER (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (HASHIYA_IS_MENTION (source));
  g_return_if_fail (targets != NULL);

  g_set_object (&self->document, document);
  g_set_object (&self->source, source);
  set_target (self, NULL);
  g_clear_pointer (&self->type, g_free);
  show_error (self, NULL);
  g_list_store_splice (self->targets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->targets)),
                       targets->pdata, targets->len);
  fill_types (self);
  go_to_step (self, HASHIYA_RELATION_CHOOSER_STEP_TARGET);
}

/**
 * hashiya_relation_chooser_set_target:
 *
 * Picks @target (a click on it in the text, or Enter on it in the list)
 * and goes on to the type.
 */
void
hashiya_relation_chooser_set_target (HashiyaRelationChooser *self,
                                     HashiyaMention         *target)
{
  g_return_if_fail (HASHIYA_IS_RELATION_CHOOSER (self));
  g_return_if_fail (HASHIYA_IS_MENTION (target));

  if (self->source == NULL)
    return;
  if (target == self->source)
    {
      show_error (self, _("A mention cannot be related to itself: pick another one"));
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  set_target (self, target);
  go_to_step (self, HASHIYA_RELATION_CHOOSER_STEP_TYPE);
}

/**
 * hashiya_relation_chooser_get_source:
 *
 * Returns: (transfer none) (nullable): the source of the relation being
 *   made, or %NULL when none is
 */
HashiyaMention *
hashiya_relation_chooser_get_source (HashiyaRelationChooser *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CHOOSER (self), NULL);
  return self->source;
}

/**
 * hashiya_relation_chooser_get_target:
 *
 * Returns: (transfer none) (nullable): see #HashiyaRelationChooser:target
 */
HashiyaMention *
hashiya_relation_chooser_get_target (HashiyaRelationChooser *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CHOOSER (self), NULL);
  return self->target;
}

HashiyaRelationChooserStep
hashiya_relation_chooser_get_step (HashiyaRelationChooser *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CHOOSER (self), HASHIYA_RELATION_CHOOSER_STEP_TARGET);
  return self->step;
}

/**
 * hashiya_relation_chooser_handle_key:
 * @controller: the key controller of the widget that has the keyboard,
 *   in its ::key-pressed
 *
 * What a key does while the chooser is open: Up and Down move in the
 * list, Enter picks, Tab goes on to the mode, Shift+Tab (or BackSpace
 * with nothing typed) goes back a step, 1 to 9 pick a type or a mode,
 * Escape cancels; other keys are typed into the search.
 *
 * Returns: whether the key was used
 */
gboolean
hashiya_relation_chooser_handle_key (HashiyaRelationChooser *self,
                                     GtkEventControllerKey  *controller,
                                     guint                   keyval,
                                     GdkModifierType         state)
{
  GdkModifierType modifiers = state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK);
  const char *typed;

  g_return_val_if_fail (HASHIYA_IS_RELATION_CHOOSER (self), FALSE);

  if (self->source == NULL)
    return FALSE;

  typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  switch (keyval)
    {
    case GDK_KEY_Escape:
      hashiya_relation_chooser_cancel (self);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move (self, -1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move (self, +1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!activate (self))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      if ((state & GDK_SHIFT_MASK) != 0)
        back (self);
      else if (!to_mode_step (self))
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      back (self);
      return TRUE;
    case GDK_KEY_BackSpace:
      if (typed[0] == '\0' && modifiers == 0)
        {
          back (self);
          return TRUE;
        }
      break;
    default:
      break;
    }

  if (modifiers == 0 && self->step != HASHIYA_RELATION_CHOOSER_STEP_TARGET)
    {
      guint digit = 0;

      if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
        digit = keyval - GDK_KEY_0;
      else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
        digit = keyval - GDK_KEY_KP_0;
      if (digit > 0)
        {
          if (!pick (self, digit - 1))
            gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
    }

  /* The rest is typing, into the search entry that has not the focus. */
  return gtk_event_controller_key_forward (GTK_EVENT_CONTROLLER_KEY (controller),
                                           GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry))));
}

/**
 * hashiya_relation_chooser_show_error:
 *
 * Says why the relation chosen cannot be made, and stays open for
 * another choice.
 */
void
hashiya_relation_chooser_show_error (HashiyaRelationChooser *self,
                                     const char             *message)
{
  g_return_if_fail (HASHIYA_IS_RELATION_CHOOSER (self));

  show_error (self, message);
  gtk_widget_error_bell (GTK_WIDGET (self));
}

/**
 * hashiya_relation_chooser_cancel:
 *
 * Closes the chooser: no relation is made.
 */
void
hashiya_relation_chooser_cancel (HashiyaRelationChooser *self)
{
  g_return_if_fail (HASHIYA_IS_RELATION_CHOOSER (self));

  gtk_popover_popdown (GTK_POPOVER (self));
}
