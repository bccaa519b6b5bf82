/* hashiya-sidebar.c — the actors of the catalogue, the mentions in order
 * and the relations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-sidebar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hashiya-sidebar.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

/* How much of the text around a mention its row shows: a few words,
 * and never more than this many characters. */
#define ROW_CONTEXT_WORDS 4
#define ROW_CONTEXT_CHARS 28

struct _HashiyaSidebar
{
  GtkBox               parent_instance;

  HashiyaDocument     *document;
  GtkFilterListModel  *actors;
  GtkCustomFilter     *filter;
  GtkSingleSelection  *actor_selection;
  GtkNoSelection      *mention_selection;
  GtkNoSelection      *orphan_selection;
  char                *query;

  /* The Mentions page: in text order, of one actor or of all, or
   * grouped under their actors. */
  GtkFilterListModel  *shown_mentions;
  GtkCustomFilter     *mention_filter;
  GtkFilterListModel  *mentioned_actors;
  GtkCustomFilter     *mentioned_filter;
  GtkStringList       *actor_names;
  GPtrArray           *actor_ids;      /* beside actor_names, after "All Actors" */
  char                *shown_actor;    /* the actor filtered on, or NULL */
  gboolean             rebuilding;

  GtkSearchEntry      *filter_entry;
  GtkListView         *actors_list;
  GtkListView         *mentions_list;
  GtkDropDown         *actor_dropdown;
  GtkToggleButton     *group_button;
  GtkListView         *orphans_list;
  GtkStackPage        *orphans_page;
  GtkStack            *stack;
  AdwBin              *relations_bin;
  HashiyaRelationList *relation_list;  /* made when its page is first shown */
  HashiyaTextView     *text_view;      /* weak */
};

G_DEFINE_FINAL_TYPE (HashiyaSidebar, hashiya_sidebar, GTK_TYPE_BOX)

enum {
  ACTOR_ACTIVATED,
  MENTION_ACTIVATED,
  RELATION_ACTIVATED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void stack_page_cb (HashiyaSidebar *self);

const char *
hashiya_actor_kind_icon_name (HashiyaActorKind kind)
{
  switch (kind)
    {
    case HASHIYA_ACTOR_KIND_STATE:
      return "emoji-flags-symbolic";
    case HASHIYA_ACTOR_KIND_PERSON:
      return "avatar-default-symbolic";
    case HASHIYA_ACTOR_KIND_ORGANIZATION:
      return "user-home-symbolic";
    case HASHIYA_ACTOR_KIND_GROUP:
      return "system-users-symbolic";
    case HASHIYA_ACTOR_KIND_FORUM:
      return "network-workgroup-symbolic";
    case HASHIYA_ACTOR_KIND_PLACE:
      return "mark-location-symbolic";
    case HASHIYA_ACTOR_KIND_OTHER:
    default:
      return "dialog-question-symbolic";
    }
}

static const char *
kind_label (HashiyaActorKind kind)
{
  switch (kind)
    {
    case HASHIYA_ACTOR_KIND_STATE:
      return _("State");
    case HASHIYA_ACTOR_KIND_PERSON:
      return _("Person");
    case HASHIYA_ACTOR_KIND_ORGANIZATION:
      return _("Organization");
    case HASHIYA_ACTOR_KIND_GROUP:
      return _("Group");
    case HASHIYA_ACTOR_KIND_FORUM:
      return _("Forum");
    case HASHIYA_ACTOR_KIND_PLACE:
      return _("Place");
    case HASHIYA_ACTOR_KIND_OTHER:
    default:
      return _("Other");
    }
}

/* The last few words of @text (or the first, with @from_start), within
 * one line: the context a row shows on each side of a mention. */
static char *
clip_words (const char *text,
            gboolean    from_start)
{
  g_auto(GStrv) lines = g_strsplit_set (text != NULL ? text : "", "\r\n", -1);
  const char *line = lines[0] == NULL ? "" : from_start ? lines[0] : lines[g_strv_length (lines) - 1];
  glong length = g_utf8_strlen (line, -1);
  glong at = from_start ? 0 : length;
  guint words = 0;
  gboolean in_word = FALSE;

  /* Walk from the mention outwards, counting the starts of words. */
  while (from_start ? at < length : at > 0)
    {
      const char *p = g_utf8_offset_to_pointer (line, from_start ? at : at - 1);
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (!space && !in_word && ++words > ROW_CONTEXT_WORDS)
        break;
      in_word = !space;
      if ((from_start ? at : length - at) >= ROW_CONTEXT_CHARS)
        break;
      at += from_start ? 1 : -1;
    }

  if (from_start)
    {
      g_autofree char *words_after = g_utf8_substring (line, 0, at);

      return at < length ? g_strconcat (g_strchomp (words_after), "…", NULL) : g_steal_pointer (&words_after);
    }
  else
    {
      g_autofree char *words_before = g_utf8_substring (line, at, length);

      return at > 0 ? g_strconcat ("…", g_strchug (words_before), NULL) : g_steal_pointer (&words_before);
    }
}

/**
 * hashiya_mention_describe_markup:
 *
 * The mention's text with a little context, marked by a background in the
 * actor's colour: colour only, so that the letters stay joined.
 */
char *
hashiya_mention_describe_markup (HashiyaDocument *document,
                                 HashiyaMention  *mention,
                                 const char      *color)
{
  g_autofree char *context_before = NULL;
  g_autofree char *context_after = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  /* Context stops at a line break. (A mention at the very start or end
   * of the text has none on that side.) */
  hashiya_document_dup_quote_context (document, mention, &context_before, &context_after);
  prefix = clip_words (context_before, FALSE);
  suffix = clip_words (context_after, TRUE);

  return g_markup_printf_escaped ("<span alpha=\"70%%\">%s</span>"
                                  "<span background=\"%s\" bgalpha=\"45%%\">%s</span>"
                                  "<span alpha=\"70%%\">%s</span>",
                                  prefix, color != NULL ? color : "#999999",
                                  hashiya_mention_get_quote_exact (mention) ?: "", suffix);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  HashiyaSidebar *self = user_data;

  return hashiya_actor_matches (HASHIYA_ACTOR (item), self->query);
}

static void
filter_changed_cb (HashiyaSidebar *self)
{
  g_free (self->query);
  self->query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
actor_activate_cb (HashiyaSidebar *self,
                   guint           position)
{
  g_autoptr(HashiyaActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actor_selection), position);

  gtk_single_selection_set_selected (self->actor_selection, position);
  g_signal_emit (self, signals[ACTOR_ACTIVATED], 0, actor);
}

/* A mention's row selects it in the text; an actor's row, grouped, opens
 * or closes its group. */
static void
mention_activate_cb (HashiyaSidebar *self,
                     guint           position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->mention_selection), position);
  g_autoptr(GObject) object = NULL;

  if (GTK_IS_TREE_LIST_ROW (item))
    {
      object = gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (item));
      if (HASHIYA_IS_ACTOR (object))
        {
          gtk_tree_list_row_set_expanded (GTK_TREE_LIST_ROW (item),
                                          !gtk_tree_list_row_get_expanded (GTK_TREE_LIST_ROW (item)));
          return;
        }
    }
  else
    object = g_steal_pointer (&item);

  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, object);
}

/* Actor rows: [key] [swatch] [Arabic name / English name] [kind] [count] */

static void
setup_actor_row_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *key = gtk_label_new (NULL);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name_ar = gtk_label_new (NULL);
  GtkWidget *name_en = gtk_label_new (NULL);
  GtkWidget *kind = gtk_image_new ();
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_add_css_class (key, "dim-label");
  gtk_widget_add_css_class (key, "monospace");
  gtk_label_set_width_chars (GTK_LABEL (key), 1);
  gtk_label_set_xalign (GTK_LABEL (name_ar), 0);
  gtk_label_set_xalign (GTK_LABEL (name_en), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_ar), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (name_en), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name_en, "dim-label");
  gtk_widget_add_css_class (name_en, "caption");
  gtk_widget_set_hexpand (names, TRUE);
  gtk_box_append (GTK_BOX (names), name_ar);
  gtk_box_append (GTK_BOX (names), name_en);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (count), 3);
  gtk_label_set_xalign (GTK_LABEL (count), 1);

  gtk_box_append (GTK_BOX (box), key);
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), names);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (item, box);
}

typedef struct
{
  GtkWidget *key, *swatch, *name_ar, *name_en, *kind, *count;
} ActorRow;

static ActorRow
actor_row_parts (GtkListItem *item)
{
  ActorRow row;
  GtkWidget *names;

  row.key = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  row.swatch = gtk_widget_get_next_sibling (row.key);
  names = gtk_widget_get_next_sibling (row.swatch);
  row.name_ar = gtk_widget_get_first_child (names);
  row.name_en = gtk_widget_get_next_sibling (row.name_ar);
  row.kind = gtk_widget_get_next_sibling (names);
  row.count = gtk_widget_get_next_sibling (row.kind);
  return row;
}

/* Setting a tooltip asks the X server where the pointer is, even to the
 * same text: a row follows every edit, so it only sets what changed. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  const char *old = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (old, text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
set_label (GtkWidget  *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

static void
update_actor_row (GtkListItem *item)
{
  HashiyaSidebar *self = g_object_get_data (G_OBJECT (item), "sidebar");
  HashiyaActor *actor = gtk_list_item_get_item (item);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (self->document);
  ActorRow row = actor_row_parts (item);
  g_autofree char *key = NULL;
  g_autofree char *count = NULL;
  g_autofree char *tooltip = NULL;
  guint index = G_MAXUINT;
  guint n = hashiya_document_count_mentions (self->document, hashiya_actor_get_id (actor));

  if (hashiya_catalog_find (catalog, actor, &index) && index < 9)
    key = g_strdup_printf ("%u", index + 1);
  count = g_strdup_printf ("%u", n);
  tooltip = g_strdup_printf (ngettext ("%s, %s: %u mention", "%s, %s: %u mentions", n),
                             hashiya_actor_get_name_en (actor) ?: hashiya_actor_get_id (actor),
                             kind_label (hashiya_actor_get_kind (actor)), n);

  set_label (row.key, key != NULL ? key : "");
  hashiya_swatch_set_color (HASHIYA_SWATCH (row.swatch), hashiya_actor_get_color (actor));
  set_label (row.name_ar, hashiya_actor_get_name_ar (actor) ?: "");
  set_label (row.name_en, hashiya_actor_get_name_en (actor) ?: "");
  gtk_image_set_from_icon_name (GTK_IMAGE (row.kind), hashiya_actor_kind_icon_name (hashiya_actor_get_kind (actor)));
  set_tooltip (row.kind, kind_label (hashiya_actor_get_kind (actor)));
  set_label (row.count, count);
  set_tooltip (gtk_list_item_get_child (item), tooltip);
}

static void
bind_actor_row_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   HashiyaSidebar           *self)
{
  g_object_set_data (G_OBJECT (item), "sidebar", self);
  update_actor_row (item);
  /* Counts and names follow every change of the document. */
  g_signal_connect_object (self->document, "changed", G_CALLBACK (update_actor_row), item, G_CONNECT_SWAPPED);
}

static void
unbind_actor_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HashiyaSidebar           *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, update_actor_row, item);
}

/* Mention rows: [swatch] [quote in context / actor's name], under an
 * expander that only the grouped list uses; its actor rows are
 * [swatch] [actor's name] [count]. */

typedef struct
{
  GtkWidget *expander, *swatch, *context, *name, *count;
} MentionRow;

static MentionRow
mention_row_parts (GtkListItem *item)
{
  MentionRow row;
  GtkWidget *box, *lines;

  row.expander = gtk_list_item_get_child (item);
  box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (row.expander));
  row.swatch = gtk_widget_get_first_child (box);
  lines = gtk_widget_get_next_sibling (row.swatch);
  row.context = gtk_widget_get_first_child (lines);
  row.name = gtk_widget_get_next_sibling (row.context);
  row.count = gtk_widget_get_next_sibling (lines);
  return row;
}

static void
setup_mention_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *context = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  /* The context is Arabic: it reads, and is aligned, right to left
   * whatever the language of the interface. */
  gtk_widget_set_direction (context, GTK_TEXT_DIR_RTL);
  gtk_label_set_xalign (GTK_LABEL (context), 0);
  gtk_label_set_ellipsize (GTK_LABEL (context), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "caption");
  gtk_widget_add_css_class (name, "dim-label");
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (lines), context);
  gtk_box_append (GTK_BOX (lines), name);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), lines);
  gtk_box_append (GTK_BOX (box), count);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

/* The mention or actor a row shows, in a flat list or under an expander. */
static GObject *
row_object (GtkListItem *item)
{
  return g_object_get_data (G_OBJECT (item), "object");
}

static void
update_mention_row (GtkListItem *item)
{
  HashiyaSidebar *self = g_object_get_data (G_OBJECT (item), "sidebar");
  GObject *object = row_object (item);
  MentionRow row;
  HashiyaActor *actor;
  const char *color;

  if (object == NULL || self == NULL || self->document == NULL)
    return;

  row = mention_row_parts (item);
  if (HASHIYA_IS_ACTOR (object))
    {
      guint n = hashiya_document_count_mentions (self->document, hashiya_actor_get_id (HASHIYA_ACTOR (object)));
      g_autofree char *count = g_strdup_printf ("%u", n);

      hashiya_swatch_set_color (HASHIYA_SWATCH (row.swatch), hashiya_actor_get_color (HASHIYA_ACTOR (object)));
      gtk_widget_set_direction (row.context, gtk_widget_get_direction (row.name));
      set_label (row.context, hashiya_actor_get_display_name (HASHIYA_ACTOR (object)));
      gtk_widget_set_visible (row.name, FALSE);
      set_label (row.count, count);
      gtk_widget_set_visible (row.count, TRUE);
      return;
    }

  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (self->document),
                                  hashiya_mention_get_actor (HASHIYA_MENTION (object)));
  color = actor != NULL ? hashiya_actor_get_color (actor) : NULL;
  {
    g_autofree char *markup = hashiya_mention_describe_markup (self->document, HASHIYA_MENTION (object), color);

    gtk_widget_set_direction (row.context, GTK_TEXT_DIR_RTL);
    gtk_label_set_markup (GTK_LABEL (row.context), markup);
  }
  hashiya_swatch_set_color (HASHIYA_SWATCH (row.swatch), color);
  set_label (row.name, actor != NULL ? hashiya_actor_get_display_name (actor)
                                     : hashiya_mention_get_actor (HASHIYA_MENTION (object)));
  /* Under its actor's group, the row need not name the actor again. */
  gtk_widget_set_visible (row.name, gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (row.expander)) == NULL);
  gtk_widget_set_visible (row.count, FALSE);
}

static void
bind_mention_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HashiyaSidebar           *self)
{
  gpointer shown = gtk_list_item_get_item (item);
  MentionRow row = mention_row_parts (item);
  GObject *object;

  if (GTK_IS_TREE_LIST_ROW (shown))
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row.expander), shown);
      object = gtk_tree_list_row_get_item (shown);
    }
  else
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (row.expander), NULL);
      object = g_object_ref (shown);
    }

  g_object_set_data (G_OBJECT (item), "sidebar", self);
  g_object_set_data_full (G_OBJECT (item), "object", object, g_object_unref);
  update_mention_row (item);
  /* An actor's row follows its count; a mention's row its edits and
   * those of its actor. */
  if (HASHIYA_IS_ACTOR (object))
    g_signal_connect_object (self->document, "changed", G_CALLBACK (update_mention_row), item, G_CONNECT_SWAPPED);
  else
    {
      g_signal_connect_object (object, "notify", G_CALLBACK (update_mention_row), item, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->document, "actor-changed", G_CALLBACK (update_mention_row), item,
                               G_CONNECT_SWAPPED);
    }
}

static void
unbind_mention_row_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       HashiyaSidebar           *self)
{
  GObject *object = row_object (item);

  if (object != NULL)
    g_signal_handlers_disconnect_by_func (object, update_mention_row, item);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, update_mention_row, item);
  g_object_set_data (G_OBJECT (item), "object", NULL);
}

/* The Mentions page's filter: the mentions of the actor chosen above the
 * list. */
static gboolean
mention_filter_func (gpointer item,
                     gpointer user_data)
{
  HashiyaSidebar *self = user_data;

  return g_strcmp0 (hashiya_mention_get_actor (item), self->shown_actor) == 0;
}

/* With no actor chosen, the filter has no function: it lets every mention
 * through as it comes, where a function, even one that says yes to all,
 * costs a pass over a big document's mentions at each edit. */
static void
update_mention_filter (HashiyaSidebar *self)
{
  if (self->shown_actor != NULL)
    gtk_custom_filter_set_filter_func (self->mention_filter, mention_filter_func, self, NULL);
  else
    gtk_custom_filter_set_filter_func (self->mention_filter, NULL, NULL, NULL);
}

/* Grouped, the actors with mentions are the groups (or only the one
 * chosen). */
static gboolean
mentioned_filter_func (gpointer item,
                       gpointer user_data)
{
  HashiyaSidebar *self = user_data;
  const char *id = hashiya_actor_get_id (item);

  return self->document != NULL && hashiya_document_count_mentions (self->document, id) > 0 &&
         (self->shown_actor == NULL || g_str_equal (id, self->shown_actor));
}

static gboolean
actor_mention_filter_func (gpointer item,
                           gpointer user_data)
{
  return g_strcmp0 (hashiya_mention_get_actor (item), user_data) == 0;
}

static GListModel *
create_group_cb (gpointer item,
                 gpointer user_data)
{
  HashiyaSidebar *self = user_data;
  GtkCustomFilter *filter;

  if (!HASHIYA_IS_ACTOR (item) || self->document == NULL)
    return NULL;

  filter = gtk_custom_filter_new (actor_mention_filter_func, g_strdup (hashiya_actor_get_id (item)), g_free);
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (hashiya_document_get_mentions (self->document)),
                                                  GTK_FILTER (filter)));
}

/* The list shown: flat, or a tree of actors and their mentions. */
static void
show_mentions (HashiyaSidebar *self)
{
  g_autoptr(GtkTreeListModel) tree = NULL;

  if (self->document == NULL)
    {
      gtk_no_selection_set_model (self->mention_selection, NULL);
      return;
    }
  if (!gtk_toggle_button_get_active (self->group_button))
    {
      gtk_no_selection_set_model (self->mention_selection, G_LIST_MODEL (self->shown_mentions));
      return;
    }

  /* Counts changed while the list was flat. */
  gtk_filter_changed (GTK_FILTER (self->mentioned_filter), GTK_FILTER_CHANGE_DIFFERENT);
  tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->mentioned_actors)), FALSE, TRUE,
                                  create_group_cb, self, NULL);
  gtk_no_selection_set_model (self->mention_selection, G_LIST_MODEL (tree));
}

static void
group_toggled_cb (HashiyaSidebar *self)
{
  show_mentions (self);
}

static void
actor_dropdown_changed_cb (HashiyaSidebar *self)
{
  guint selected = gtk_drop_down_get_selected (self->actor_dropdown);
  const char *id = selected > 0 && selected <= self->actor_ids->len
                     ? g_ptr_array_index (self->actor_ids, selected - 1) : NULL;

  if (self->rebuilding || g_strcmp0 (id, self->shown_actor) == 0)
    return;
  g_free (self->shown_actor);
  self->shown_actor = g_strdup (id);
  update_mention_filter (self);
  gtk_filter_changed (GTK_FILTER (self->mentioned_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The dropdown lists "All Actors" and each actor by name; it keeps the
 * actor chosen while the catalogue changes, or goes back to all. */
static void
rebuild_actor_dropdown (HashiyaSidebar *self)
{
  HashiyaCatalog *catalog = self->document != NULL ? hashiya_document_get_catalog (self->document) : NULL;
  guint n = catalog != NULL ? hashiya_catalog_get_n_actors (catalog) : 0;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint selected = 0;

  g_ptr_array_set_size (self->actor_ids, 0);
  g_strv_builder_add (builder, _("All Actors"));
  for (guint i = 0; i < n; i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

      g_strv_builder_add (builder, hashiya_actor_get_display_name (actor));
      g_ptr_array_add (self->actor_ids, g_strdup (hashiya_actor_get_id (actor)));
      if (g_strcmp0 (hashiya_actor_get_id (actor), self->shown_actor) == 0)
        selected = i + 1;
    }
  names = g_strv_builder_end (builder);

  self->rebuilding = TRUE;
  gtk_string_list_splice (self->actor_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->actor_names)),
                          (const char * const *) names);
  gtk_drop_down_set_selected (self->actor_dropdown, selected);
  self->rebuilding = FALSE;
  actor_dropdown_changed_cb (self);
}

/* A catalogue put in place of another (Load Catalogue…) gives mentions
 * new colours and names: their rows are made again. */
static void
catalog_items_changed_cb (HashiyaSidebar *self,
                          guint           position,
                          guint           removed,
                          guint           added)
{
  rebuild_actor_dropdown (self);
  if (removed > 0 && added > 0)
    {
      gtk_no_selection_set_model (self->mention_selection, NULL);
      show_mentions (self);
    }
}

/* A mention given to another actor moves to that actor's group, and in or
 * out of a filtered list. */
static void
mention_changed_cb (HashiyaSidebar *self,
                    HashiyaMention *mention,
                    HashiyaMention *before)
{
  if (g_strcmp0 (hashiya_mention_get_actor (mention), hashiya_mention_get_actor (before)) == 0)
    return;
  if (self->shown_actor != NULL)
    gtk_filter_changed (GTK_FILTER (self->mention_filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_toggle_button_get_active (self->group_button))
    show_mentions (self);
}

/* Groups come and go as actors gain their first mention or lose their
 * last. */
static void
document_changed_cb (HashiyaSidebar *self)
{
  if (gtk_toggle_button_get_active (self->group_button))
    gtk_filter_changed (GTK_FILTER (self->mentioned_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
relation_activated_cb (HashiyaSidebar  *self,
                       HashiyaRelation *relation)
{
  g_signal_emit (self, signals[RELATION_ACTIVATED], 0, relation);
}

static void
relation_toast_cb (HashiyaSidebar *self,
                   AdwToast       *toast)
{
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static GtkListItemFactory *
make_factory (GCallback setup,
              GCallback bind,
              GCallback unbind,
              gpointer  data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", bind, data);
  g_signal_connect (factory, "unbind", unbind, data);
  return factory;
}

static void
hashiya_sidebar_dispose (GObject *object)
{
  HashiyaSidebar *self = (HashiyaSidebar *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_SIDEBAR);
  g_clear_weak_pointer (&self->text_view);
  g_clear_object (&self->actor_selection);
  g_clear_object (&self->mention_selection);
  g_clear_object (&self->orphan_selection);
  g_clear_object (&self->shown_mentions);
  g_clear_object (&self->mentioned_actors);
  g_clear_object (&self->actor_names);
  g_clear_pointer (&self->actor_ids, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->shown_actor, g_free);

  G_OBJECT_CLASS (hashiya_sidebar_parent_class)->dispose (object);
}

static void
hashiya_sidebar_class_init (HashiyaSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_sidebar_dispose;

  signals[ACTOR_ACTIVATED] =
    g_signal_new ("actor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_ACTOR);
  signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_MENTION);
  /**
   * HashiyaSidebar::relation-activated:
   * @relation: the relation of the row clicked in the Relations list
   */
  signals[RELATION_ACTIVATED] =
    g_signal_new ("relation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HASHIYA_TYPE_RELATION);
  /**
   * HashiyaSidebar::toast:
   * @toast: what a list has to tell
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (HASHIYA_TYPE_RELATION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, actors_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, mentions_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, orphans_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, orphans_page);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, group_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, relations_bin);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_dropdown_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_activate_cb);
}

static void
hashiya_sidebar_init (HashiyaSidebar *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (stack_page_cb), self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->actors = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->actor_selection = gtk_single_selection_new (G_LIST_MODEL (self->actors));
  gtk_single_selection_set_can_unselect (self->actor_selection, TRUE);
  gtk_list_view_set_model (self->actors_list, GTK_SELECTION_MODEL (self->actor_selection));
  /* With single-click activation, GTK 4.8 selects the row under the
   * pointer as it moves (and at a wrong place when a popover closes):
   * the selected actor, which Edit and Remove act on, is the one clicked
   * or reached by the keyboard. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self->actors_list), "list.select-item", FALSE);
  factory = make_factory (G_CALLBACK (setup_actor_row_cb), G_CALLBACK (bind_actor_row_cb),
                          G_CALLBACK (unbind_actor_row_cb), self);
  gtk_list_view_set_factory (self->actors_list, factory);
  g_object_unref (factory);

  self->mention_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->shown_mentions = gtk_filter_list_model_new (NULL, GTK_FILTER (self->mention_filter));
  self->mentioned_filter = gtk_custom_filter_new (mentioned_filter_func, self, NULL);
  self->mentioned_actors = gtk_filter_list_model_new (NULL, GTK_FILTER (self->mentioned_filter));
  self->actor_ids = g_ptr_array_new_with_free_func (g_free);
  self->actor_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->actor_dropdown, G_LIST_MODEL (self->actor_names));
  /* The Mentions and Orphans lists are given their models when their page
   * is first shown (stack_page_cb): GTK 4.8 makes a couple of hundred rows
   * for a list as soon as it has items, shown or not. */
  self->mention_selection = gtk_no_selection_new (NULL);
  factory = make_factory (G_CALLBACK (setup_mention_row_cb), G_CALLBACK (bind_mention_row_cb),
                          G_CALLBACK (unbind_mention_row_cb), self);
  gtk_list_view_set_factory (self->mentions_list, factory);
  g_object_unref (factory);

  self->orphan_selection = gtk_no_selection_new (NULL);
  factory = make_factory (G_CALLBACK (setup_mention_row_cb), G_CALLBACK (bind_mention_row_cb),
                          G_CALLBACK (unbind_mention_row_cb), self);
  gtk_list_view_set_factory (self->orphans_list, factory);
  g_object_unref (factory);
  /* Whichever page the template shows first gets what it needs. */
  stack_page_cb (self);
}

void
hashiya_sidebar_set_document (HashiyaSidebar  *self,
                              HashiyaDocument *document)
{
  g_return_if_fail (HASHIYA_IS_SIDEBAR (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  /* Drop the rows bound to the old document before switching. */
  gtk_filter_list_model_set_model (self->actors, NULL);
  gtk_no_selection_set_model (self->mention_selection, NULL);
  gtk_no_selection_set_model (self->orphan_selection, NULL);
  gtk_filter_list_model_set_model (self->shown_mentions, NULL);
  gtk_filter_list_model_set_model (self->mentioned_actors, NULL);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (hashiya_document_get_catalog (self->document), self);
    }
  g_set_object (&self->document, document);
  gtk_filter_list_model_set_model (self->actors, G_LIST_MODEL (hashiya_document_get_catalog (document)));
  gtk_filter_list_model_set_model (self->shown_mentions, hashiya_document_get_mentions (document));
  gtk_filter_list_model_set_model (self->mentioned_actors, G_LIST_MODEL (hashiya_document_get_catalog (document)));
  g_signal_connect_object (hashiya_document_get_catalog (document), "items-changed",
                           G_CALLBACK (catalog_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "actor-changed", G_CALLBACK (rebuild_actor_dropdown), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "mention-changed", G_CALLBACK (mention_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_actor_dropdown (self);
  show_mentions (self);
  if (self->relation_list != NULL)
    hashiya_relation_list_set_document (self->relation_list, document);
  gtk_no_selection_set_model (self->orphan_selection, hashiya_document_get_orphans (document));
  /* Only a document re-anchored onto a changed text has orphans. */
  gtk_stack_page_set_visible (self->orphans_page,
                              g_list_model_get_n_items (hashiya_document_get_orphans (document)) > 0);
}

/* Whether the Orphans page is shown: the document has orphans. */
gboolean
hashiya_sidebar_get_shows_orphans (HashiyaSidebar *self)
{
  g_return_val_if_fail (HASHIYA_IS_SIDEBAR (self), FALSE);
  return gtk_stack_page_get_visible (self->orphans_page);
}

/* Returns: (transfer none) (nullable) */
HashiyaActor *
hashiya_sidebar_get_selected_actor (HashiyaSidebar *self)
{
  g_return_val_if_fail (HASHIYA_IS_SIDEBAR (self), NULL);
  return gtk_single_selection_get_selected_item (self->actor_selection);
}

/**
 * hashiya_sidebar_set_text_view:
 *
 * The text view the sidebar's lists go with (the relation editor makes
 * its selection a relation's trigger).
 */
void
hashiya_sidebar_set_text_view (HashiyaSidebar  *self,
                               HashiyaTextView *view)
{
  g_return_if_fail (HASHIYA_IS_SIDEBAR (self));
  g_set_weak_pointer (&self->text_view, view);
  if (self->relation_list != NULL)
    hashiya_relation_list_set_text_view (self->relation_list, view);
}

/* Returns: (transfer none): the Relations page, made the first time it
 * is shown or asked for */
HashiyaRelationList *
hashiya_sidebar_get_relation_list (HashiyaSidebar *self)
{
  g_return_val_if_fail (HASHIYA_IS_SIDEBAR (self), NULL);

  if (self->relation_list == NULL)
    {
      self->relation_list = HASHIYA_RELATION_LIST (g_object_new (HASHIYA_TYPE_RELATION_LIST, NULL));
      g_signal_connect_swapped (self->relation_list, "relation-activated", G_CALLBACK (relation_activated_cb), self);
      g_signal_connect_swapped (self->relation_list, "toast", G_CALLBACK (relation_toast_cb), self);
      adw_bin_set_child (self->relations_bin, GTK_WIDGET (self->relation_list));
      hashiya_relation_list_set_text_view (self->relation_list, self->text_view);
      if (self->document != NULL)
        hashiya_relation_list_set_document (self->relation_list, self->document);
    }
  return self->relation_list;
}

static void
stack_page_cb (HashiyaSidebar *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "relations") == 0)
    hashiya_sidebar_get_relation_list (self);
  else if (g_strcmp0 (page, "mentions") == 0 && gtk_list_view_get_model (self->mentions_list) == NULL)
    gtk_list_view_set_model (self->mentions_list, GTK_SELECTION_MODEL (self->mention_selection));
  else if (g_strcmp0 (page, "orphans") == 0 && gtk_list_view_get_model (self->orphans_list) == NULL)
    gtk_list_view_set_model (self->orphans_list, GTK_SELECTION_MODEL (self->orphan_selection));
}
