/* hashiya-ui-util.c — small helpers the widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-ui-util"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hashiya-ui-util.h"

/**
 * hashiya_popover_return_focus:
 *
 * For a popover's ::closed: focus goes back to the widget it belongs to,
 * rather than stay on an entry that is now hidden.
 */
void
hashiya_popover_return_focus (GtkPopover *popover)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (popover));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (popover));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)) && parent != NULL)
    gtk_widget_grab_focus (parent);
}

/* Up and Down move the selection of @list_view one item up or down
 * (from the last to the first and back) and scroll to it. */
static gboolean
step_selection_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkListView           *list_view)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list_view);
  GtkSingleSelection *selection;
  guint n, selected;

  if (!GTK_IS_SINGLE_SELECTION (model))
    return FALSE;
  selection = GTK_SINGLE_SELECTION (model);
  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  selected = gtk_single_selection_get_selected (selection);
  if (n == 0 || (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up))
    return FALSE;

  if (keyval == GDK_KEY_Down)
    selected = (selected == GTK_INVALID_LIST_POSITION || selected + 1 >= n) ? 0 : selected + 1;
  else
    selected = (selected == GTK_INVALID_LIST_POSITION || selected == 0) ? n - 1 : selected - 1;
  gtk_single_selection_set_selected (selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (list_view), "list.scroll-to-item", "u", selected);
  return TRUE;
}

/**
 * hashiya_entry_steps_list:
 * @entry: a search entry above @list_view
 * @list_view: a list whose model is a #GtkSingleSelection
 *
 * Up and Down, pressed in @entry, move the list's selection one item up
 * or down (from the last to the first and back) and scroll to it, while
 * typing goes on in the entry.
 */
void
hashiya_entry_steps_list (GtkWidget   *entry,
                          GtkListView *list_view)
{
  GtkEventController *keys;

  g_return_if_fail (GTK_IS_WIDGET (entry));
  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (step_selection_cb), list_view, 0);
  gtk_widget_add_controller (entry, keys);
}

/**
 * hashiya_isolate:
 * @text: (nullable): words to put in a sentence, such as a mention's
 *   Arabic words in an English one
 *
 * Returns: (transfer full): @text between a first strong isolate and its
 *   pop, so that it keeps its own direction and leaves the sentence its
 *   own: «طهران» opens no right-to-left sentence in English
 */
char *
hashiya_isolate (const char *text)
{
  return g_strconcat ("\u2068", text != NULL ? text : "", "\u2069", NULL);
}

/* Whether names are shown in Arabic, rather than English, in the
 * language of the interface. */
static gboolean
names_in_arabic (void)
{
  /* Translators: "ar" if actors should be named by their Arabic names in
   * this language, "en" for their English names. */
  return g_str_equal (C_("actor name language", "en"), "ar");
}

static const char *
pick_name (const char *arabic,
           const char *english,
           const char *id)
{
  const char *first = names_in_arabic () ? arabic : english;
  const char *second = names_in_arabic () ? english : arabic;

  return first != NULL && first[0] != '\0' ? first
       : second != NULL && second[0] != '\0' ? second
       : id;
}

/**
 * hashiya_actor_get_display_name:
 *
 * The actor's name in the language of the interface: Arabic in an Arabic
 * or Persian interface, English otherwise (either when the other is
 * missing), or its id.
 */
const char *
hashiya_actor_get_display_name (HashiyaActor *actor)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), NULL);

  return pick_name (hashiya_actor_get_name_ar (actor), hashiya_actor_get_name_en (actor),
                    hashiya_actor_get_id (actor));
}

/**
 * hashiya_relation_type_get_display_name:
 *
 * The type's name in the language of the interface, as
 * hashiya_actor_get_display_name() names actors.
 */
const char *
hashiya_relation_type_get_display_name (HashiyaRelationType *type)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (type), NULL);

  return pick_name (hashiya_relation_type_get_name_ar (type), hashiya_relation_type_get_name_en (type),
                    hashiya_relation_type_get_id (type));
}

/* The modes the relation suggestions give, in the order they are offered. */
static const struct
{
  const char *mode;
  const char *name;
} relation_modes[] = {
  /* Translators: the modes of a relation: how it happened (the host
   * of a meeting, a visit, a phone call …) */
  { "host", NC_("relation mode", "host") },
  { "visit", NC_("relation mode", "visit") },
  { "phone", NC_("relation mode", "phone") },
  { "multilateral", NC_("relation mode", "multilateral") },
  { "third-party", NC_("relation mode", "third party") },
  { "military", NC_("relation mode", "military") },
  { "economic", NC_("relation mode", "economic") },
  { "diplomatic", NC_("relation mode", "diplomatic") },
};

/**
 * hashiya_relation_modes:
 *
 * Returns: (transfer full): the usual modes of a relation ("host",
 *   "visit" …), as they are written in files, for g_strfreev()
 */
char **
hashiya_relation_modes (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < G_N_ELEMENTS (relation_modes); i++)
    g_strv_builder_add (builder, relation_modes[i].mode);
  return g_strv_builder_end (builder);
}

/**
 * hashiya_relation_mode_get_display_name:
 * @mode: a relation's mode, as written in files
 *
 * Returns: the name of @mode in the language of the interface: a usual
 *   mode translated, any other as it is
 */
const char *
hashiya_relation_mode_get_display_name (const char *mode)
{
  g_return_val_if_fail (mode != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (relation_modes); i++)
    if (g_str_equal (relation_modes[i].mode, mode))
      return g_dpgettext2 (NULL, "relation mode", relation_modes[i].name);
  return mode;
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *h = NULL;

  if (haystack == NULL)
    return FALSE;
  h = g_utf8_casefold (haystack, -1);
  return strstr (h, needle) != NULL;
}

/**
 * hashiya_actor_matches:
 *
 * Whether @query (already case-folded) is part of the actor's id, names
 * or aliases.
 */
gboolean
hashiya_actor_matches (HashiyaActor *actor,
                       const char   *query)
{
  const char * const *aliases = hashiya_actor_get_aliases (actor);

  if (query == NULL || query[0] == '\0')
    return TRUE;
  if (contains_casefold (hashiya_actor_get_id (actor), query) ||
      contains_casefold (hashiya_actor_get_name_ar (actor), query) ||
      contains_casefold (hashiya_actor_get_name_en (actor), query))
    return TRUE;
  for (guint i = 0; aliases[i] != NULL; i++)
    if (contains_casefold (aliases[i], query))
      return TRUE;
  return FALSE;
}

/* Colours for new actors, from the GNOME palette: the one farthest from
 * the catalogue's colours is taken. */
static const char * const new_actor_colors[] = {
  "#1c71d8", "#2ec27e", "#f5c211", "#e66100", "#c01c28", "#813d9c", "#865e3c", "#99c1f1", "#8ff0a4",
  "#f9f06b", "#ffbe6f", "#f66151", "#dc8add", "#cdab8f", "#1a5fb4", "#26a269", "#e5a50a", "#c64600",
  "#a51d2d", "#613583", "#63452c", "#77767b", "#0d8aa0", "#9a6b00",
};

/* How far apart two colours look, roughly ("redmean" weighting). */
static double
color_distance (const GdkRGBA *a,
                const GdkRGBA *b)
{
  double r = (a->red + b->red) / 2.0;
  double dr = a->red - b->red, dg = a->green - b->green, db = a->blue - b->blue;

  return sqrt ((2.0 + r) * dr * dr + 4.0 * dg * dg + (3.0 - r) * db * db);
}

/**
 * hashiya_actor_pick_color:
 *
 * Returns: (transfer none): a colour for a new actor, as unlike those of
 *   the catalogue as the palette has
 */
const char *
hashiya_actor_pick_color (HashiyaCatalog *catalog)
{
  const char *best = new_actor_colors[0];
  double best_distance = -1.0;

  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (new_actor_colors); i++)
    {
      GdkRGBA candidate;
      double nearest = G_MAXDOUBLE;

      gdk_rgba_parse (&candidate, new_actor_colors[i]);
      for (guint j = 0; j < hashiya_catalog_get_n_actors (catalog); j++)
        {
          const char *color = hashiya_actor_get_color (hashiya_catalog_get_actor (catalog, j));
          GdkRGBA used;

          if (color != NULL && gdk_rgba_parse (&used, color))
            nearest = MIN (nearest, color_distance (&candidate, &used));
        }
      if (nearest > best_distance)
        {
          best = new_actor_colors[i];
          best_distance = nearest;
        }
    }
  return best;
}

static gboolean
is_arabic_script (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_ARABIC)
      return TRUE;
  return FALSE;
}

/**
 * hashiya_actor_new_named:
 * @name: a name as typed, in Arabic or in English
 *
 * A new actor of kind "other" for @catalog: its Arabic or English name
 * (as the script of @name says), an id made from it, and a colour unlike
 * the others.
 *
 * Returns: (transfer full): the actor, not yet in the catalogue
 */
HashiyaActor *
hashiya_actor_new_named (HashiyaCatalog *catalog,
                         const char     *name)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *id = NULL;
  gboolean arabic;
  HashiyaActor *actor;

  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  trimmed = g_strstrip (g_strdup (name));
  arabic = is_arabic_script (trimmed);
  id = hashiya_catalog_make_id (catalog, arabic ? NULL : trimmed, arabic ? trimmed : NULL);
  actor = hashiya_actor_new (id, HASHIYA_ACTOR_KIND_OTHER, arabic ? trimmed : NULL, arabic ? NULL : trimmed);
  hashiya_actor_set_color (actor, hashiya_actor_pick_color (catalog));
  return actor;
}

/**
 * hashiya_fold_for_search:
 *
 * @text folded as searches fold it (hashiya_fold_char()): without
 * tashkeel or tatweel, one form of each letter, Latin in lower case.
 *
 * Returns: (transfer full): the folded text
 */
char *
hashiya_fold_for_search (const char *text)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = hashiya_fold_char (g_utf8_get_char (p));

      if (c != 0)
        g_string_append_unichar (folded, c);
    }
  return g_string_free (folded, FALSE);
}

/**
 * hashiya_folded_contains:
 * @folded_query: a query folded by hashiya_fold_for_search()
 *
 * Whether @text, folded, contains @folded_query (an empty query is in
 * every text).
 */
gboolean
hashiya_folded_contains (const char *text,
                         const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;
  if (text == NULL)
    return FALSE;
  folded = hashiya_fold_for_search (text);
  return strstr (folded, folded_query) != NULL;
}

/**
 * hashiya_relation_type_matches:
 * @folded_query: a query folded by hashiya_fold_for_search()
 *
 * Whether the type's id, Arabic or English name or CAMEO code holds the
 * query.
 */
gboolean
hashiya_relation_type_matches (HashiyaRelationType *type,
                               const char          *folded_query)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (type), FALSE);

  return hashiya_folded_contains (hashiya_relation_type_get_id (type), folded_query) ||
         hashiya_folded_contains (hashiya_relation_type_get_name_ar (type), folded_query) ||
         hashiya_folded_contains (hashiya_relation_type_get_name_en (type), folded_query) ||
         hashiya_folded_contains (hashiya_relation_type_get_cameo (type), folded_query);
}

/**
 * hashiya_modality_get_display_name:
 *
 * How sure the text is of a relation, in the language of the interface.
 */
const char *
hashiya_modality_get_display_name (HashiyaModality modality)
{
  switch (modality)
    {
    case HASHIYA_MODALITY_FUTURE:
      return C_("modality", "future");
    case HASHIYA_MODALITY_HYPOTHETICAL:
      return C_("modality", "hypothetical");
    case HASHIYA_MODALITY_ASSERTED:
    default:
      return C_("modality", "asserted");
    }
}
