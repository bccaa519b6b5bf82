/* hashiya-find-bar.c — find in the text, folded, and annotate every match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find means what it means everywhere (hashiya_find()): whole words,
 * folded, after their proclitics, so that "اذربيجان" finds the name in
 * "لأذربيجان" and not in "الأذربيجانية". While the bar is open every
 * match is marked in the view, the current one clearly, and selected.
 * "Annotate All As…" makes every match a mention of one actor, in one
 * undo step.
 */

#define G_LOG_DOMAIN "hashiya-find-bar"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hashiya-actor-chooser.h"
#include "hashiya-find-bar.h"

struct _HashiyaFindBar
{
  GtkWidget            parent_instance;

  HashiyaTextView     *view;
  GArray              *matches;        /* start and end offsets, in pairs */
  guint                current;
  HashiyaActorChooser *chooser;

  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *match_label;
  GtkButton           *annotate_all_button;
};

G_DEFINE_FINAL_TYPE (HashiyaFindBar, hashiya_find_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SEARCH_MODE_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HashiyaDocument *
get_document (HashiyaFindBar *self)
{
  return self->view != NULL ? hashiya_text_view_get_document (self->view) : NULL;
}

guint
hashiya_find_bar_get_n_matches (HashiyaFindBar *self)
{
  g_return_val_if_fail (HASHIYA_IS_FIND_BAR (self), 0);
  return self->matches->len / 2;
}

static void
find_all (HashiyaFindBar *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  HashiyaDocument *document = get_document (self);
  g_autoptr(GArray) found = NULL;

  g_array_set_size (self->matches, 0);
  self->current = 0;
  if (document == NULL || query[0] == '\0')
    return;

  found = hashiya_find (hashiya_document_get_text (document), query);
  g_array_append_vals (self->matches, found->data, found->len);
}

static guint
match_start (HashiyaFindBar *self)
{
  return g_array_index (self->matches, guint, 2 * self->current);
}

static guint
match_end (HashiyaFindBar *self)
{
  return g_array_index (self->matches, guint, 2 * self->current + 1);
}

/* While the bar is open, every match is marked, the current one clearly;
 * closed, none is. */
static void
mark_matches (HashiyaFindBar *self)
{
  gboolean open = gtk_search_bar_get_search_mode (self->search_bar) && hashiya_find_bar_get_n_matches (self) > 0;

  if (self->view == NULL)
    return;
  hashiya_text_view_mark_matches (self->view, open ? self->matches : NULL);
  if (open)
    hashiya_text_view_mark_current_match (self->view, match_start (self), match_end (self));
  else
    hashiya_text_view_mark_current_match (self->view, 0, 0);
}

static void
show_match (HashiyaFindBar *self)
{
  g_autofree char *label = NULL;
  guint n = hashiya_find_bar_get_n_matches (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.annotate-all", n > 0);
  if (n == 0)
    {
      gboolean empty = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0';

      gtk_label_set_label (self->match_label, empty ? "" : _("No matches"));
      return;
    }
  if (self->view == NULL)
    return;

  if (gtk_search_bar_get_search_mode (self->search_bar))
    hashiya_text_view_mark_current_match (self->view, match_start (self), match_end (self));
  hashiya_text_view_select_range (self->view, match_start (self), match_end (self));
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view),
                                gtk_text_buffer_get_insert (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->view))),
                                0.2, FALSE, 0, 0);
  /* Translators: the current match and the number of matches */
  label = g_strdup_printf (_("%u of %u"), self->current + 1, n);
  gtk_label_set_label (self->match_label, label);
}

/**
 * hashiya_find_bar_step:
 * @direction: +1 for the next match, -1 for the previous one
 */
void
hashiya_find_bar_step (HashiyaFindBar *self,
                       int             direction)
{
  guint n;

  g_return_if_fail (HASHIYA_IS_FIND_BAR (self));

  n = hashiya_find_bar_get_n_matches (self);
  if (n == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  self->current = (self->current + n + direction) % n;
  show_match (self);
}

/**
 * hashiya_find_bar_refresh:
 *
 * Finds again, in the view's document as it is now.
 */
void
hashiya_find_bar_refresh (HashiyaFindBar *self)
{
  g_return_if_fail (HASHIYA_IS_FIND_BAR (self));

  find_all (self);
  mark_matches (self);
  show_match (self);
}

void
hashiya_find_bar_set_view (HashiyaFindBar  *self,
                           HashiyaTextView *view)
{
  g_return_if_fail (HASHIYA_IS_FIND_BAR (self));
  g_return_if_fail (view == NULL || HASHIYA_IS_TEXT_VIEW (view));

  self->view = view;
  hashiya_find_bar_refresh (self);
}

/* Opens the bar with the entry focused. */
void
hashiya_find_bar_start (HashiyaFindBar *self)
{
  g_return_if_fail (HASHIYA_IS_FIND_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (HashiyaFindBar *self)
{
  hashiya_find_bar_refresh (self);
}

static void
search_next_cb (HashiyaFindBar *self)
{
  hashiya_find_bar_step (self, +1);
}

static void
search_previous_cb (HashiyaFindBar *self)
{
  hashiya_find_bar_step (self, -1);
}

static void
search_stop_cb (HashiyaFindBar *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (self->view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
search_mode_cb (HashiyaFindBar *self)
{
  mark_matches (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);
}

static void
toast (HashiyaFindBar *self,
       const char     *message,
       gboolean        can_undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  g_signal_emit (self, signals[TOAST], 0, toast);
  g_object_unref (toast);
}

/* "Annotate All As…": every match, a whole word as find finds it (never
 * "أذربيجان" inside "الأذربيجانية"), becomes a mention of the chosen
 * actor, in one undo step. */
static void
actor_chosen_cb (HashiyaFindBar *self,
                 HashiyaActor   *actor)
{
  HashiyaDocument *document = get_document (self);
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (HashiyaMatch));
  g_autofree char *message = NULL;
  guint added;

  if (document == NULL)
    return;
  for (guint i = 0; i + 1 < self->matches->len; i += 2)
    {
      HashiyaMatch match = {
        .start = g_array_index (self->matches, guint, i),
        .end = g_array_index (self->matches, guint, i + 1),
        .actor = hashiya_actor_get_id (actor),
        .type = HASHIYA_MENTION_TYPE_NAME,
      };
      g_array_append_val (matches, match);
    }

  added = hashiya_document_add_matches (document, matches, HASHIYA_MENTION_STATUS_ACCEPTED);
  message = g_strdup_printf (ngettext ("%u mention added", "%u mentions added", added), added);
  toast (self, message, added > 0);
}

static void
new_actor_cb (HashiyaFindBar      *self,
              const char          *name,
              HashiyaActorChooser *chooser)
{
  g_autoptr(GError) error = NULL;

  if (get_document (self) != NULL && !hashiya_actor_chooser_add_new (chooser, get_document (self), name, &error))
    toast (self, error->message, FALSE);
}

static void
annotate_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HashiyaFindBar *self = HASHIYA_FIND_BAR (widget);
  HashiyaDocument *document = get_document (self);

  if (document == NULL)
    return;
  hashiya_actor_chooser_set_catalog (self->chooser, hashiya_document_get_catalog (document));
  gtk_popover_popup (GTK_POPOVER (self->chooser));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  hashiya_find_bar_step (HASHIYA_FIND_BAR (widget), g_str_equal (action_name, "find.next") ? +1 : -1);
}

static void
hashiya_find_bar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HashiyaFindBar *self = HASHIYA_FIND_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_find_bar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HashiyaFindBar *self = HASHIYA_FIND_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_find_bar_dispose (GObject *object)
{
  HashiyaFindBar *self = HASHIYA_FIND_BAR (object);

  if (self->search_bar != NULL)
    g_signal_handlers_disconnect_by_data (self->search_bar, self);
  if (self->chooser != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->chooser)));
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_FIND_BAR);
  self->view = NULL;
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (hashiya_find_bar_parent_class)->dispose (object);
}

static void
hashiya_find_bar_class_init (HashiyaFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_find_bar_dispose;
  object_class->get_property = hashiya_find_bar_get_property;
  object_class->set_property = hashiya_find_bar_set_property;

  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HashiyaFindBar::toast:
   * @toast: what to tell
   *
   * The bar has something to say (what Annotate All did).
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, HashiyaFindBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HashiyaFindBar, match_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaFindBar, annotate_all_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "find.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "find.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "find.annotate-all", NULL, annotate_all_action);
}

static void
hashiya_find_bar_init (HashiyaFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self);

  self->chooser = HASHIYA_ACTOR_CHOOSER (hashiya_actor_chooser_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->chooser), GTK_WIDGET (self->annotate_all_button));
  g_signal_connect_swapped (self->chooser, "actor-chosen", G_CALLBACK (actor_chosen_cb), self);
  g_signal_connect_swapped (self->chooser, "new-actor", G_CALLBACK (new_actor_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.annotate-all", FALSE);
}
