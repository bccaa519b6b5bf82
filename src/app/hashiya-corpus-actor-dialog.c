/* hashiya-corpus-actor-dialog.c — an edit of an actor of the corpus
 * catalogue, to be made in every document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog names an actor and what changes: its names, one more alias,
 * its colour, or the actor it is merged into. Apply emits ::apply with
 * the edits (HashiyaCorpusEdit), in that order; the corpus page makes
 * them in every document.
 */

#define G_LOG_DOMAIN "hashiya-corpus-actor-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-actor-dialog.h"
#include "hashiya-ui-util.h"

struct _HashiyaCorpusActorDialog
{
  AdwWindow       parent_instance;

  HashiyaCatalog *catalog;
  GPtrArray      *ids;        /* of the actor row's items */

  AdwComboRow    *actor_row;
  AdwEntryRow    *name_ar_row;
  AdwEntryRow    *name_en_row;
  AdwEntryRow    *alias_row;
  GtkColorButton *color_button;
  AdwComboRow    *merge_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusActorDialog, hashiya_corpus_actor_dialog, ADW_TYPE_WINDOW)

enum {
  APPLY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HashiyaActor *
selected_actor (HashiyaCorpusActorDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->actor_row);

  if (self->catalog == NULL || selected >= self->ids->len)
    return NULL;
  return hashiya_catalog_lookup (self->catalog, g_ptr_array_index (self->ids, selected));
}

static void
parse_color (const char *color,
             GdkRGBA    *rgba)
{
  if (color == NULL || !gdk_rgba_parse (rgba, color))
    gdk_rgba_parse (rgba, "#808080");
}

static void
actor_changed_cb (HashiyaCorpusActorDialog *self)
{
  HashiyaActor *actor = selected_actor (self);
  GdkRGBA rgba;

  if (actor == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->name_ar_row), hashiya_actor_get_name_ar (actor) != NULL
                                                           ? hashiya_actor_get_name_ar (actor) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_en_row), hashiya_actor_get_name_en (actor) != NULL
                                                           ? hashiya_actor_get_name_en (actor) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->alias_row), "");
  parse_color (hashiya_actor_get_color (actor), &rgba);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  adw_combo_row_set_selected (self->merge_row, 0);
}

static char *
rgba_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x", (guint) (rgba->red * 255 + 0.5), (guint) (rgba->green * 255 + 0.5),
                          (guint) (rgba->blue * 255 + 0.5));
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/**
 * hashiya_corpus_actor_dialog_dup_edits:
 *
 * The edits the dialog says, in the order they are made: new names, one
 * more alias, a new colour, then the merge.
 *
 * Returns: (transfer full) (element-type HashiyaCorpusEdit): the edits
 *   (maybe none), or %NULL with @error set when a name is empty
 */
GPtrArray *
hashiya_corpus_actor_dialog_dup_edits (HashiyaCorpusActorDialog  *self,
                                       GError                   **error)
{
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_corpus_edit_free);
  HashiyaActor *actor = selected_actor (self);
  g_autofree char *name_ar = stripped_text (self->name_ar_row);
  g_autofree char *name_en = stripped_text (self->name_en_row);
  g_autofree char *alias = stripped_text (self->alias_row);
  g_autofree char *color = NULL;
  g_autofree char *old_color = NULL;
  guint merge = adw_combo_row_get_selected (self->merge_row);
  const char *id;
  GdkRGBA rgba, old_rgba;

  g_return_val_if_fail (HASHIYA_IS_CORPUS_ACTOR_DIALOG (self), NULL);

  if (actor == NULL)
    return g_steal_pointer (&edits);
  id = hashiya_actor_get_id (actor);
  if (name_ar[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("The Arabic name cannot be empty"));
      return NULL;
    }
  if (g_strcmp0 (name_ar, hashiya_actor_get_name_ar (actor)) != 0 ||
      g_strcmp0 (name_en, hashiya_actor_get_name_en (actor) != NULL ? hashiya_actor_get_name_en (actor) : "") != 0)
    g_ptr_array_add (edits, hashiya_corpus_edit_new_rename (id, name_ar, name_en[0] != '\0' ? name_en : NULL));
  if (alias[0] != '\0')
    g_ptr_array_add (edits, hashiya_corpus_edit_new_alias (id, alias));
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  parse_color (hashiya_actor_get_color (actor), &old_rgba);
  color = rgba_to_hex (&rgba);
  old_color = rgba_to_hex (&old_rgba);
  if (g_ascii_strcasecmp (color, old_color) != 0)
    g_ptr_array_add (edits, hashiya_corpus_edit_new_color (id, color));
  /* The merge's row: "do not merge", then the other actors. */
  if (merge > 0)
    {
      guint index = 0;

      for (guint i = 0; i < self->ids->len; i++)
        {
          if (g_str_equal (g_ptr_array_index (self->ids, i), id))
            continue;
          if (++index == merge)
            {
              g_ptr_array_add (edits, hashiya_corpus_edit_new_merge (id, g_ptr_array_index (self->ids, i)));
              break;
            }
        }
    }
  return g_steal_pointer (&edits);
}

static void
fill_merge_row (HashiyaCorpusActorDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  HashiyaActor *actor = selected_actor (self);

  gtk_string_list_append (names, _("Do not merge"));
  for (guint i = 0; i < self->ids->len; i++)
    {
      HashiyaActor *other = hashiya_catalog_lookup (self->catalog, g_ptr_array_index (self->ids, i));

      if (other != actor)
        gtk_string_list_append (names, hashiya_actor_get_display_name (other));
    }
  adw_combo_row_set_model (self->merge_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->merge_row, 0);
}

static void
apply_clicked_cb (HashiyaCorpusActorDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) edits = hashiya_corpus_actor_dialog_dup_edits (self, &error);

  if (edits == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  if (edits->len > 0)
    g_signal_emit (self, signals[APPLY], 0, edits);
  gtk_window_close (GTK_WINDOW (self));
}

static void
hashiya_corpus_actor_dialog_dispose (GObject *object)
{
  HashiyaCorpusActorDialog *self = HASHIYA_CORPUS_ACTOR_DIALOG (object);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_CORPUS_ACTOR_DIALOG);

  G_OBJECT_CLASS (hashiya_corpus_actor_dialog_parent_class)->dispose (object);
}

static void
hashiya_corpus_actor_dialog_class_init (HashiyaCorpusActorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_corpus_actor_dialog_dispose;

  /**
   * HashiyaCorpusActorDialog::apply:
   * @edits: (element-type HashiyaCorpusEdit): what to change, in order
   */
  signals[APPLY] = g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hashiya/Hashiya/hashiya-corpus-actor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, actor_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, name_ar_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, alias_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, color_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, merge_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaCorpusActorDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, actor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hashiya_corpus_actor_dialog_init (HashiyaCorpusActorDialog *self)
{
  self->ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hashiya_corpus_actor_dialog_new:
 * @catalog: the corpus catalogue
 * @actor_id: (nullable): the actor first shown
 */
HashiyaCorpusActorDialog *
hashiya_corpus_actor_dialog_new (GtkWindow      *parent,
                                 HashiyaCatalog *catalog,
                                 const char     *actor_id)
{
  HashiyaCorpusActorDialog *self = g_object_new (HASHIYA_TYPE_CORPUS_ACTOR_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  self->catalog = g_object_ref (catalog);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

      if (g_strcmp0 (hashiya_actor_get_id (actor), actor_id) == 0)
        selected = i;
      g_ptr_array_add (self->ids, g_strdup (hashiya_actor_get_id (actor)));
      gtk_string_list_append (names, hashiya_actor_get_display_name (actor));
    }
  adw_combo_row_set_model (self->actor_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->actor_row, selected);
  fill_merge_row (self);
  actor_changed_cb (self);
  g_signal_connect_swapped (self->actor_row, "notify::selected", G_CALLBACK (fill_merge_row), self);
  return self;
}
