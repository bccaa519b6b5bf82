/* hashiya-actor-editor.c — add or edit an actor of the catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-actor-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-actor-editor.h"
#include "hashiya-ui-util.h"

struct _HashiyaActorEditor
{
  AdwWindow        parent_instance;

  HashiyaDocument *document;
  HashiyaActor    *actor;

  AdwEntryRow     *id_row;
  AdwEntryRow     *name_ar_row;
  AdwEntryRow     *name_en_row;
  AdwComboRow     *kind_row;
  GtkColorButton  *color_button;
  AdwEntryRow     *aliases_row;
  GtkLabel        *error_label;

  gboolean         id_edited;      /* typed by hand, no longer made from the name */
  gboolean         deriving;
};

G_DEFINE_FINAL_TYPE (HashiyaActorEditor, hashiya_actor_editor, ADW_TYPE_WINDOW)

/**
 * hashiya_split_aliases:
 *
 * Splits "باكو، الأذربيجانية, Baku" at Arabic and Latin commas, trimming
 * spaces and dropping empty parts.
 */
char **
hashiya_split_aliases (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *normalized = NULL;
  g_auto(GStrv) parts = NULL;

  normalized = g_strjoinv (",", (parts = g_strsplit (text != NULL ? text : "", "،", -1)));
  g_strfreev (g_steal_pointer (&parts));
  parts = g_strsplit (normalized, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static char *
color_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x", (guint) (rgba->red * 255 + 0.5),
                          (guint) (rgba->green * 255 + 0.5), (guint) (rgba->blue * 255 + 0.5));
}

static char *make_id (HashiyaActorEditor *self);

/**
 * hashiya_actor_editor_save:
 *
 * Adds the new actor, or changes the edited one, as one undo step.
 */
gboolean
hashiya_actor_editor_save (HashiyaActorEditor  *self,
                           GError             **error)
{
  g_autoptr(HashiyaActor) state = NULL;
  g_auto(GStrv) aliases = hashiya_split_aliases (gtk_editable_get_text (GTK_EDITABLE (self->aliases_row)));
  g_autofree char *color = NULL;
  g_autofree char *derived = NULL;
  const char *id = gtk_editable_get_text (GTK_EDITABLE (self->id_row));
  GdkRGBA rgba;

  g_return_val_if_fail (HASHIYA_IS_ACTOR_EDITOR (self), FALSE);

  if (self->actor == NULL && id[0] == '\0')
    id = derived = make_id (self);

  if (self->actor == NULL && !hashiya_actor_is_valid_id (id))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("“%s” cannot be an id: use lower-case letters, digits and single hyphens, like “south-caucasus”"),
                   id);
      return FALSE;
    }

  state = self->actor != NULL ? hashiya_actor_copy (self->actor)
                              : hashiya_actor_new (id, HASHIYA_ACTOR_KIND_OTHER, NULL, NULL);
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  color = color_to_hex (&rgba);
  hashiya_actor_set_name_ar (state, gtk_editable_get_text (GTK_EDITABLE (self->name_ar_row)));
  hashiya_actor_set_name_en (state, gtk_editable_get_text (GTK_EDITABLE (self->name_en_row)));
  hashiya_actor_set_kind (state, adw_combo_row_get_selected (self->kind_row));
  hashiya_actor_set_color (state, color);
  hashiya_actor_set_aliases (state, (const char * const *) aliases);

  if (self->actor != NULL)
    return hashiya_document_update_actor (self->document, self->actor, state, error);
  return hashiya_document_add_actor (self->document, state, error);
}

/* The id made from the names, while the user has not typed one. */
static char *
make_id (HashiyaActorEditor *self)
{
  const char *name_en = gtk_editable_get_text (GTK_EDITABLE (self->name_en_row));
  const char *name_ar = gtk_editable_get_text (GTK_EDITABLE (self->name_ar_row));

  return hashiya_catalog_make_id (hashiya_document_get_catalog (self->document), name_en, name_ar);
}

static void
name_changed_cb (HashiyaActorEditor *self)
{
  g_autofree char *id = NULL;

  if (self->actor != NULL || self->id_edited || self->document == NULL)
    return;
  id = make_id (self);
  self->deriving = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->id_row), id);
  self->deriving = FALSE;
}

/* An id typed by hand stays; cleared, it is made from the name again (as
 * the name changes, or on saving). */
static void
id_changed_cb (HashiyaActorEditor *self)
{
  if (!self->deriving)
    self->id_edited = gtk_editable_get_text (GTK_EDITABLE (self->id_row))[0] != '\0';
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HashiyaActorEditor *self = HASHIYA_ACTOR_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!hashiya_actor_editor_save (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hashiya_actor_editor_dispose (GObject *object)
{
  HashiyaActorEditor *self = (HashiyaActorEditor *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_ACTOR_EDITOR);
  g_clear_object (&self->document);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (hashiya_actor_editor_parent_class)->dispose (object);
}

static void
hashiya_actor_editor_class_init (HashiyaActorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_actor_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-actor-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, id_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, name_ar_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, name_en_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, color_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, aliases_row);
  gtk_widget_class_bind_template_child (widget_class, HashiyaActorEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, id_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hashiya_actor_editor_init (HashiyaActorEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hashiya_actor_editor_new:
 * @actor: (nullable): the actor to edit, or %NULL to add one
 */
HashiyaActorEditor *
hashiya_actor_editor_new (GtkWindow       *parent,
                          HashiyaDocument *document,
                          HashiyaActor    *actor)
{
  HashiyaActorEditor *self;
  g_autofree char *aliases = NULL;
  GdkRGBA rgba = { 0.6, 0.6, 0.6, 1.0 };

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  self = g_object_new (HASHIYA_TYPE_ACTOR_EDITOR, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->actor = actor != NULL ? g_object_ref (actor) : NULL;

  gtk_window_set_title (GTK_WINDOW (self), actor != NULL ? _("Edit Actor") : _("New Actor"));
  if (actor == NULL)
    {
      gdk_rgba_parse (&rgba, hashiya_actor_pick_color (hashiya_document_get_catalog (document)));
      gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
      name_changed_cb (self);
      return self;
    }

  aliases = g_strjoinv ("، ", (char **) hashiya_actor_get_aliases (actor));
  gtk_editable_set_text (GTK_EDITABLE (self->id_row), hashiya_actor_get_id (actor));
  gtk_widget_set_sensitive (GTK_WIDGET (self->id_row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->name_ar_row), hashiya_actor_get_name_ar (actor) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_en_row), hashiya_actor_get_name_en (actor) ?: "");
  adw_combo_row_set_selected (self->kind_row, hashiya_actor_get_kind (actor));
  if (hashiya_actor_get_color (actor) != NULL)
    gdk_rgba_parse (&rgba, hashiya_actor_get_color (actor));
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  gtk_editable_set_text (GTK_EDITABLE (self->aliases_row), aliases);

  return self;
}

/**
 * hashiya_actor_editor_fill:
 * @id: (nullable): the id, for a new actor; %NULL keeps the one made from
 *   the names
 * @name_en: (nullable): leave %NULL to keep what is there
 *
 * Fills the form as a user would type it.
 */
void
hashiya_actor_editor_fill (HashiyaActorEditor *self,
                           const char         *id,
                           const char         *name_ar,
                           const char         *name_en,
                           HashiyaActorKind    kind,
                           const char         *aliases)
{
  g_return_if_fail (HASHIYA_IS_ACTOR_EDITOR (self));

  if (id != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->id_row), id);
  if (name_ar != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_ar_row), name_ar);
  if (name_en != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_en_row), name_en);
  adw_combo_row_set_selected (self->kind_row, kind);
  if (aliases != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->aliases_row), aliases);
}
