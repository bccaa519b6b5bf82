/* hashiya-sidebar.c — the actors of the catalogue and the mentions in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-actor-chooser.h"
#include "hashiya-application.h"
#include "hashiya-sidebar.h"
#include "hashiya-swatch.h"

/* How much of the text around a mention its row shows. */
#define ROW_CONTEXT 14

struct _HashiyaSidebar
{
  GtkBox              parent_instance;

  HashiyaDocument    *document;
  GtkFilterListModel *actors;
  GtkCustomFilter    *filter;
  GtkSingleSelection *actor_selection;
  GtkNoSelection     *mention_selection;
  GtkNoSelection     *orphan_selection;
  char               *query;

  GtkSearchEntry     *filter_entry;
  GtkListView        *actors_list;
  GtkListView        *mentions_list;
  GtkListView        *orphans_list;
  GtkStackPage       *orphans_page;
};

G_DEFINE_FINAL_TYPE (HashiyaSidebar, hashiya_sidebar, GTK_TYPE_BOX)

enum {
  ACTOR_ACTIVATED,
  MENTION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

/* The last @n characters of @text (or the first, with @from_start). */
static char *
clip (const char *text,
      guint       n,
      gboolean    from_start)
{
  glong length;

  if (text == NULL)
    return g_strdup ("");
  length = g_utf8_strlen (text, -1);
  if (length <= (glong) n)
    return g_strdup (text);
  if (from_start)
    return g_utf8_substring (text, 0, n);
  return g_utf8_substring (text, length - n, length);
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
  g_auto(GStrv) lines = NULL;

  hashiya_document_dup_quote_context (document, mention, &context_before, &context_after);
  prefix = clip (context_before, ROW_CONTEXT, FALSE);
  suffix = clip (context_after, ROW_CONTEXT, TRUE);

  /* Context stops at a line break. (A mention at the very start or end
   * of the text has none on that side: no lines at all.) */
  lines = g_strsplit_set (prefix, "\r\n", -1);
  g_free (prefix);
  prefix = g_strdup (lines[0] != NULL ? lines[g_strv_length (lines) - 1] : "");
  g_strfreev (g_steal_pointer (&lines));
  lines = g_strsplit_set (suffix, "\r\n", -1);
  g_free (suffix);
  suffix = g_strdup (lines[0] != NULL ? lines[0] : "");

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

static void
mention_activate_cb (HashiyaSidebar *self,
                     guint           position)
{
  g_autoptr(HashiyaMention) mention = g_list_model_get_item (G_LIST_MODEL (self->mention_selection), position);

  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, mention);
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

/* Mention rows: [swatch] [quote in context] */

static void
setup_mention_row_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
update_mention_row (GtkListItem *item)
{
  HashiyaSidebar *self = g_object_get_data (G_OBJECT (item), "sidebar");
  HashiyaMention *mention = gtk_list_item_get_item (item);
  HashiyaActor *actor;
  GtkWidget *swatch, *label;
  g_autofree char *markup = NULL;
  const char *color;

  if (mention == NULL || self == NULL)
    return;

  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (self->document),
                                  hashiya_mention_get_actor (mention));
  color = actor != NULL ? hashiya_actor_get_color (actor) : NULL;
  swatch = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  label = gtk_widget_get_next_sibling (swatch);
  markup = hashiya_mention_describe_markup (self->document, mention, color);

  hashiya_swatch_set_color (HASHIYA_SWATCH (swatch), color);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_widget_set_tooltip_text (label, actor != NULL ? hashiya_actor_get_name_en (actor) : NULL);
}

static void
bind_mention_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HashiyaSidebar           *self)
{
  g_object_set_data (G_OBJECT (item), "sidebar", self);
  update_mention_row (item);
  g_signal_connect_object (gtk_list_item_get_item (item), "notify", G_CALLBACK (update_mention_row),
                           item, G_CONNECT_SWAPPED);
}

static void
unbind_mention_row_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), update_mention_row, item);
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
  g_clear_object (&self->actor_selection);
  g_clear_object (&self->mention_selection);
  g_clear_object (&self->orphan_selection);
  g_clear_object (&self->document);
  g_clear_pointer (&self->query, g_free);

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

  hashiya_app_init ();
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, actors_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, mentions_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, orphans_list);
  gtk_widget_class_bind_template_child (widget_class, HashiyaSidebar, orphans_page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_activate_cb);
}

static void
hashiya_sidebar_init (HashiyaSidebar *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

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

  self->mention_selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->mentions_list, GTK_SELECTION_MODEL (self->mention_selection));
  factory = make_factory (G_CALLBACK (setup_mention_row_cb), G_CALLBACK (bind_mention_row_cb),
                          G_CALLBACK (unbind_mention_row_cb), self);
  gtk_list_view_set_factory (self->mentions_list, factory);
  g_object_unref (factory);

  self->orphan_selection = gtk_no_selection_new (NULL);
  gtk_list_view_set_model (self->orphans_list, GTK_SELECTION_MODEL (self->orphan_selection));
  factory = make_factory (G_CALLBACK (setup_mention_row_cb), G_CALLBACK (bind_mention_row_cb),
                          G_CALLBACK (unbind_mention_row_cb), self);
  gtk_list_view_set_factory (self->orphans_list, factory);
  g_object_unref (factory);
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
  g_set_object (&self->document, document);
  gtk_filter_list_model_set_model (self->actors, G_LIST_MODEL (hashiya_document_get_catalog (document)));
  gtk_no_selection_set_model (self->mention_selection, hashiya_document_get_mentions (document));
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
