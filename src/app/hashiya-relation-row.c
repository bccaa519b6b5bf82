/* hashiya-relation-row.c — one relation in the Relations list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row reads "source → type → target" with the actors' names and the
 * type's name in the language of the interface, the arrows pointing the
 * way the interface reads; below it the sentence that states the
 * relation, its two mentions marked in their actors' colours and its
 * trigger underlined (colour only: the Arabic letters stay joined); then
 * what qualifies it: suggested, not, future or hypothetical, its mode.
 * A suggested relation has Accept and Reject buttons; every row an Edit
 * button. The buttons are for the pointer; the keyboard has Enter,
 * Delete and F2 on the row (see HashiyaRelationList).
 */

#define G_LOG_DOMAIN "hashiya-relation-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-relation-row.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

/* How far a row looks for the ends of the sentence around a relation,
 * and how much of a long sentence it shows around the relation. */
#define SENTENCE_MAX_REACH 400
#define SENTENCE_CONTEXT 32

struct _HashiyaRelationRow
{
  GtkWidget        parent_instance;

  HashiyaDocument *document;
  HashiyaRelation *relation;

  HashiyaSwatch   *swatch;
  GtkLabel        *title_label;
  GtkLabel        *sentence_label;
  GtkWidget       *badges;
  GtkLabel        *suggested_label;
  GtkLabel        *negated_label;
  GtkLabel        *modality_label;
  GtkLabel        *mode_label;
  GtkWidget       *accept_button;
  GtkWidget       *reject_button;
  GtkWidget       *edit_button;
};

G_DEFINE_FINAL_TYPE (HashiyaRelationRow, hashiya_relation_row, GTK_TYPE_WIDGET)

static HashiyaMention *
lookup_end (HashiyaDocument *document,
            const char      *mention_id)
{
  return mention_id != NULL ? hashiya_document_lookup_mention (document, mention_id) : NULL;
}

/**
 * hashiya_relation_end_name:
 *
 * What names an end of a relation: its mention's actor in the language
 * of the interface, or the mention's text when its actor is not in the
 * catalogue.
 */
const char *
hashiya_relation_end_name (HashiyaDocument *document,
                           const char      *mention_id)
{
  HashiyaMention *mention;
  HashiyaActor *actor;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  mention = lookup_end (document, mention_id);
  if (mention == NULL)
    /* Translators: an end of a relation whose mention was not found in a
     * new version of the text */
    return _("a lost mention");
  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), hashiya_mention_get_actor (mention));
  if (actor == NULL)
    return hashiya_mention_get_quote_exact (mention) ?: hashiya_mention_get_id (mention);
  return hashiya_actor_get_display_name (actor);
}

static const char *
type_name (HashiyaDocument *document,
           HashiyaRelation *relation)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));

  return type != NULL ? hashiya_relation_type_get_display_name (type) : hashiya_relation_get_relation_type (relation);
}

/* The line begins with a mark of the interface's direction, and each
 * arrow stands between two more: the arrows, which are neutral, then
 * point and stand the interface's way whatever the script of the names
 * around them. */
static const char *
direction_mark (GtkTextDirection direction)
{
  return direction == GTK_TEXT_DIR_RTL ? "\u200F" : "\u200E";
}

static GString *
begin_line (GtkTextDirection direction)
{
  return g_string_new (direction_mark (direction));
}

static void
append_arrow (GString          *line,
              GtkTextDirection  direction)
{
  g_string_append_printf (line, "%s %s %s", direction_mark (direction), direction == GTK_TEXT_DIR_RTL ? "←" : "→",
                          direction_mark (direction));
}

/**
 * hashiya_relation_describe:
 * @direction: the direction of the interface that shows it
 *
 * "Source → type → target": the actors and the type in the language of
 * the interface, the arrows pointing from the source to the target.
 */
char *
hashiya_relation_describe (HashiyaDocument  *document,
                           HashiyaRelation  *relation,
                           GtkTextDirection  direction)
{
  GString *line;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), NULL);

  line = begin_line (direction);
  g_string_append (line, hashiya_relation_end_name (document, hashiya_relation_get_source (relation)));
  append_arrow (line, direction);
  g_string_append (line, type_name (document, relation));
  append_arrow (line, direction);
  g_string_append (line, hashiya_relation_end_name (document, hashiya_relation_get_target (relation)));
  return g_string_free (line, FALSE);
}

/**
 * hashiya_relation_describe_ends:
 *
 * "«source text» → «target text»": the relation's direction, by the
 * words of its mentions.
 */
char *
hashiya_relation_describe_ends (HashiyaDocument  *document,
                                HashiyaRelation  *relation,
                                GtkTextDirection  direction)
{
  HashiyaMention *source, *target;
  GString *line;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), NULL);

  source = lookup_end (document, hashiya_relation_get_source (relation));
  target = lookup_end (document, hashiya_relation_get_target (relation));
  line = begin_line (direction);
  g_string_append (line, source != NULL ? hashiya_mention_get_quote_exact (source)
                                        : hashiya_relation_end_name (document, NULL));
  append_arrow (line, direction);
  g_string_append (line, target != NULL ? hashiya_mention_get_quote_exact (target)
                                        : hashiya_relation_end_name (document, NULL));
  return g_string_free (line, FALSE);
}

static gboolean
ends_sentence (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x061F /* ؟ */ || c == 0x06D4 /* ۔ */ || c == '\n' ||
         c == '\r' || c == 0x2029;
}

/* The pieces of the text a relation has: its two mentions and its
 * trigger. */
typedef struct
{
  guint       start, end;
  const char *background;   /* an actor's colour, or NULL */
  const char *underline;    /* the type's colour, or NULL */
} Piece;

/* Where the sentence around @first–@last starts and ends, within a line,
 * and never further than SENTENCE_MAX_REACH characters. */
static void
find_sentence (HashiyaText *text,
               guint        first,
               guint        last,
               guint       *from,
               guint       *to)
{
  guint length = hashiya_text_get_length (text);
  guint start = first, end = last;

  while (start > 0 && first - start < SENTENCE_MAX_REACH && !ends_sentence (hashiya_text_get_char (text, start - 1)))
    start--;
  while (start < first && g_unichar_isspace (hashiya_text_get_char (text, start)))
    start++;
  while (end < length && end - last < SENTENCE_MAX_REACH)
    {
      gunichar c = hashiya_text_get_char (text, end);

      if (c == '\n' || c == '\r' || c == 0x2029)
        break;
      end++;
      if (ends_sentence (c))
        break;
    }
  *from = start;
  *to = end;
}

/* A long sentence is cut to the words around the relation. */
static void
clip_sentence (HashiyaText *text,
               guint        first,
               guint        last,
               guint       *from,
               guint       *to)
{
  if (first > *from + SENTENCE_CONTEXT)
    {
      guint at = first - SENTENCE_CONTEXT;

      while (at < first && !g_unichar_isspace (hashiya_text_get_char (text, at)))
        at++;
      *from = at;
    }
  if (*to > last + SENTENCE_CONTEXT)
    {
      guint at = last + SENTENCE_CONTEXT;

      while (at > last && !g_unichar_isspace (hashiya_text_get_char (text, at - 1)))
        at--;
      *to = at;
    }
}

static void
append_piece (GString    *markup,
              const char *text,
              const char *background,
              const char *underline)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (background == NULL && underline == NULL)
    {
      g_string_append (markup, escaped);
      return;
    }
  g_string_append (markup, "<span");
  if (background != NULL)
    g_string_append_printf (markup, " background=\"%s\" bgalpha=\"45%%\"", background);
  if (underline != NULL)
    g_string_append_printf (markup, " underline=\"single\" underline_color=\"%s\"", underline);
  g_string_append_printf (markup, ">%s</span>", escaped);
}

static const char *
actor_color (HashiyaDocument *document,
             HashiyaMention  *mention)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));

  return actor != NULL && hashiya_actor_get_color (actor) != NULL ? hashiya_actor_get_color (actor) : "#999999";
}

/**
 * hashiya_relation_sentence_markup:
 *
 * The sentence that states the relation (the words around it, when the
 * sentence is long), its source and target marked by a background in
 * their actors' colours and its trigger underlined in its type's colour.
 *
 * Returns: (transfer full): Pango markup; empty when neither end is in
 *   the text
 */
char *
hashiya_relation_sentence_markup (HashiyaDocument *document,
                                  HashiyaRelation *relation)
{
  HashiyaText *text;
  HashiyaRelationCatalog *catalog;
  HashiyaRelationType *type;
  HashiyaMention *ends[2];
  Piece pieces[3];
  guint n_pieces = 0, first = G_MAXUINT, last = 0, trigger_start, trigger_end;
  guint sentence_from, sentence_to, from, to;
  GString *markup;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), NULL);

  text = hashiya_document_get_text (document);
  catalog = hashiya_document_get_relation_catalog (document);
  type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));
  ends[0] = lookup_end (document, hashiya_relation_get_source (relation));
  ends[1] = lookup_end (document, hashiya_relation_get_target (relation));
  for (guint i = 0; i < 2; i++)
    if (ends[i] != NULL)
      pieces[n_pieces++] = (Piece) { hashiya_mention_get_start (ends[i]), hashiya_mention_get_end (ends[i]),
                                     actor_color (document, ends[i]), NULL };
  if (hashiya_relation_get_trigger (relation, &trigger_start, &trigger_end) &&
      trigger_end <= hashiya_text_get_length (text))
    pieces[n_pieces++] = (Piece) { trigger_start, trigger_end, NULL,
                                   type != NULL ? hashiya_relation_catalog_get_quad_color (catalog,
                                                                                          hashiya_relation_type_get_quad_class (type))
                                                : "#999999" };
  if (n_pieces == 0)
    return g_strdup ("");

  for (guint i = 0; i < n_pieces; i++)
    {
      first = MIN (first, pieces[i].start);
      last = MAX (last, pieces[i].end);
    }
  find_sentence (text, first, last, &sentence_from, &sentence_to);
  from = sentence_from;
  to = sentence_to;
  clip_sentence (text, first, last, &from, &to);

  /* Cut the sentence at every edge of a piece; each stretch takes the
   * background of the innermost mention over it and the trigger's
   * underline. */
  markup = g_string_new (from > sentence_from ? "…" : "");
  for (guint at = from; at < to;)
    {
      guint next = to;
      const char *background = NULL, *underline = NULL;
      guint background_length = G_MAXUINT;
      g_autofree char *stretch = NULL;

      for (guint i = 0; i < n_pieces; i++)
        {
          if (pieces[i].start > at && pieces[i].start < next)
            next = pieces[i].start;
          if (pieces[i].end > at && pieces[i].end < next)
            next = pieces[i].end;
          if (pieces[i].start <= at && at < pieces[i].end)
            {
              if (pieces[i].background != NULL && pieces[i].end - pieces[i].start < background_length)
                {
                  background = pieces[i].background;
                  background_length = pieces[i].end - pieces[i].start;
                }
              if (pieces[i].underline != NULL)
                underline = pieces[i].underline;
            }
        }
      stretch = hashiya_text_slice (text, at, next);
      append_piece (markup, stretch, background, underline);
      at = next;
    }
  if (to < sentence_to)
    g_string_append (markup, "…");
  return g_string_free (markup, FALSE);
}

static void
set_label (GtkLabel   *label,
           const char *text,
           gboolean    markup)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) == 0)
    return;
  if (markup)
    gtk_label_set_markup (label, text);
  else
    gtk_label_set_label (label, text);
}

/* Setting a tooltip asks the X server where the pointer is: only what
 * changed is set. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* A button acts on the relation shown (relations.* of the list). */
static void
set_action (GtkWidget  *button,
            const char *action,
            const char *id)
{
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  if (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
}

static void
update (HashiyaRelationRow *self)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (self->document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (self->relation));
  GtkTextDirection direction = gtk_widget_get_direction (GTK_WIDGET (self));
  gboolean suggested = hashiya_relation_get_status (self->relation) == HASHIYA_MENTION_STATUS_SUGGESTED;
  HashiyaModality modality = hashiya_relation_get_modality (self->relation);
  const char *mode = hashiya_relation_get_mode (self->relation);
  g_autofree char *title = hashiya_relation_describe (self->document, self->relation, direction);
  g_autofree char *ends = hashiya_relation_describe_ends (self->document, self->relation, direction);
  g_autofree char *sentence = hashiya_relation_sentence_markup (self->document, self->relation);
  const char *id = hashiya_relation_get_id (self->relation);

  hashiya_swatch_set_color (self->swatch, type != NULL ? hashiya_relation_catalog_get_quad_color (
                                                            catalog, hashiya_relation_type_get_quad_class (type))
                                                       : NULL);
  set_label (self->title_label, title, FALSE);
  set_tooltip (GTK_WIDGET (self->title_label), ends);
  set_label (self->sentence_label, sentence, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->sentence_label), sentence[0] != '\0');

  gtk_widget_set_visible (GTK_WIDGET (self->suggested_label), suggested);
  gtk_widget_set_visible (GTK_WIDGET (self->negated_label), hashiya_relation_get_negated (self->relation));
  gtk_widget_set_visible (GTK_WIDGET (self->modality_label), modality != HASHIYA_MODALITY_ASSERTED);
  set_label (self->modality_label, hashiya_modality_get_display_name (modality), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->mode_label), mode != NULL && mode[0] != '\0');
  set_label (self->mode_label, mode != NULL ? hashiya_relation_mode_get_display_name (mode) : "", FALSE);
  gtk_widget_set_visible (self->badges, suggested || hashiya_relation_get_negated (self->relation) ||
                                          modality != HASHIYA_MODALITY_ASSERTED || (mode != NULL && mode[0] != '\0'));

  gtk_widget_set_visible (self->accept_button, suggested);
  gtk_widget_set_visible (self->reject_button, suggested);
  set_action (self->accept_button, "relations.accept", id);
  set_action (self->reject_button, "relations.reject", id);
  set_action (self->edit_button, "relations.edit", id);
}

static void
relation_changed_cb (HashiyaRelationRow *self,
                     HashiyaRelation    *relation)
{
  if (relation == self->relation)
    update (self);
}

/* The names and the marks follow the mentions and the actors. */
static void
mention_changed_cb (HashiyaRelationRow *self,
                    HashiyaMention     *mention)
{
  const char *id = hashiya_mention_get_id (mention);

  if (g_strcmp0 (id, hashiya_relation_get_source (self->relation)) == 0 ||
      g_strcmp0 (id, hashiya_relation_get_target (self->relation)) == 0)
    update (self);
}

static void
actor_changed_cb (HashiyaRelationRow *self)
{
  update (self);
}

static void
hashiya_relation_row_direction_changed (GtkWidget        *widget,
                                        GtkTextDirection  previous)
{
  HashiyaRelationRow *self = HASHIYA_RELATION_ROW (widget);

  GTK_WIDGET_CLASS (hashiya_relation_row_parent_class)->direction_changed (widget, previous);
  if (self->relation != NULL)
    update (self);
}

static void
hashiya_relation_row_dispose (GObject *object)
{
  HashiyaRelationRow *self = HASHIYA_RELATION_ROW (object);
  GtkWidget *child;

  hashiya_relation_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HASHIYA_TYPE_RELATION_ROW);
  /* The children the template does not name. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hashiya_relation_row_parent_class)->dispose (object);
}

static void
hashiya_relation_row_class_init (HashiyaRelationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_relation_row_dispose;
  widget_class->direction_changed = hashiya_relation_row_direction_changed;

  g_type_ensure (HASHIYA_TYPE_SWATCH);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-relation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, badges);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, suggested_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, negated_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, modality_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, mode_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, reject_button);
  gtk_widget_class_bind_template_child (widget_class, HashiyaRelationRow, edit_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hashiya_relation_row_init (HashiyaRelationRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 3);
  /* The sentence is Arabic: it reads, and is aligned, right to left
   * whatever the language of the interface. */
  gtk_widget_set_direction (GTK_WIDGET (self->sentence_label), GTK_TEXT_DIR_RTL);
}

GtkWidget *
hashiya_relation_row_new (void)
{
  return g_object_new (HASHIYA_TYPE_RELATION_ROW, NULL);
}

/**
 * hashiya_relation_row_bind:
 *
 * Shows @relation of @document, and follows its changes until unbound.
 */
void
hashiya_relation_row_bind (HashiyaRelationRow *self,
                           HashiyaDocument    *document,
                           HashiyaRelation    *relation)
{
  g_return_if_fail (HASHIYA_IS_RELATION_ROW (self));
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (HASHIYA_IS_RELATION (relation));

  hashiya_relation_row_unbind (self);
  self->document = g_object_ref (document);
  self->relation = g_object_ref (relation);
  g_signal_connect_object (document, "relation-changed", G_CALLBACK (relation_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "mention-changed", G_CALLBACK (mention_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "actor-changed", G_CALLBACK (actor_changed_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

void
hashiya_relation_row_unbind (HashiyaRelationRow *self)
{
  g_return_if_fail (HASHIYA_IS_RELATION_ROW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->relation);
}

/* Returns: (transfer none) (nullable): the relation shown */
HashiyaRelation *
hashiya_relation_row_get_relation (HashiyaRelationRow *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_ROW (self), NULL);
  return self->relation;
}
