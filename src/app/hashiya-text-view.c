/* hashiya-text-view.c — the annotated Arabic text: its selection and the
 * relations drawn over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-text-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hashiya-text-view-private.h"

GParamSpec *hashiya_text_view_properties[N_PROPS];
guint hashiya_text_view_signals[N_SIGNALS];

/* A document to edit: none, or a preview, cannot be. */
gboolean
hashiya_text_view_is_ready (HashiyaTextView *self)
{
  return self->document != NULL && !self->previewing;
}

GtkTextBuffer *
hashiya_text_view_get_text_buffer (HashiyaTextView *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
}

HashiyaMention *
hashiya_text_view_get_mention (HashiyaTextView *self,
                               guint            position)
{
  return hashiya_document_get_mention (self->document, position);
}

/* The relations drawn: those of the selected mention and the selected
 * relation, or every one. */
static GPtrArray *
relations_shown (HashiyaTextView *self)
{
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *relations;

  if (self->document == NULL)
    return shown;

  relations = hashiya_document_get_relations (self->document);
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      const char *selected = self->selected != NULL ? hashiya_mention_get_id (self->selected) : NULL;

      if (self->show_all_relations || relation == self->selected_relation ||
          (selected != NULL && (g_strcmp0 (hashiya_relation_get_source (relation), selected) == 0 ||
                                g_strcmp0 (hashiya_relation_get_target (relation), selected) == 0)))
        g_ptr_array_add (shown, g_steal_pointer (&relation));
    }
  return shown;
}

void
hashiya_text_view_layout_arcs (HashiyaTextView *self)
{
  g_autoptr(GPtrArray) shown = relations_shown (self);

  hashiya_relation_arcs_update (self->arcs, self->document, shown, self->selected_relation,
                                hashiya_relation_chooser_get_source (self->chooser),
                                hashiya_relation_chooser_get_target (self->chooser));
}

/* The arcs are drawn over the text, never as tags: they cannot change
 * how it is shaped. */
void
hashiya_text_view_snapshot_layer (GtkTextView      *view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (view);

  if (layer != GTK_TEXT_VIEW_LAYER_ABOVE_TEXT || self->document == NULL)
    return;
  hashiya_text_view_layout_arcs (self);
  hashiya_relation_arcs_snapshot (self->arcs, snapshot);
}

guint
hashiya_text_view_offset_at_point (HashiyaTextView *self,
                                   double           x,
                                   double           y)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by);
  return (guint) gtk_text_iter_get_offset (&iter);
}

/* Says @message in a toast over the page the view is in. */
void
hashiya_text_view_toast (HashiyaTextView *self,
                         const char      *message,
                         gboolean         can_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  gtk_widget_error_bell (GTK_WIDGET (self));
  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  if (can_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

gboolean
hashiya_text_view_is_relating (HashiyaTextView *self)
{
  return hashiya_relation_chooser_get_source (self->chooser) != NULL;
}

void
hashiya_text_view_stop_relating (HashiyaTextView *self)
{
  if (hashiya_text_view_is_relating (self))
    hashiya_relation_chooser_cancel (self->chooser);
}

gboolean
hashiya_text_view_covers (HashiyaMention *mention,
                          guint           start,
                          guint           end)
{
  return hashiya_mention_get_start (mention) <= start && end <= hashiya_mention_get_end (mention);
}

HashiyaDocument *
hashiya_text_view_get_document (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  return self->document;
}

/**
 * hashiya_text_view_get_selection_span:
 *
 * The selection made into a mention span (hashiya_text_tidy_span()).
 *
 * Returns: %FALSE when nothing usable is selected
 */
gboolean
hashiya_text_view_get_selection_span (HashiyaTextView *self,
                                      guint           *start,
                                      guint           *end)
{
  GtkTextIter from, to;

  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), FALSE);

  if (!hashiya_text_view_is_ready (self) || !gtk_text_buffer_get_selection_bounds (hashiya_text_view_get_text_buffer (self), &from, &to))
    return FALSE;

  *start = (guint) gtk_text_iter_get_offset (&from);
  *end = (guint) gtk_text_iter_get_offset (&to);
  return hashiya_text_tidy_span (hashiya_document_get_text (self->document), start, end);
}

void
hashiya_text_view_select_range (HashiyaTextView *self,
                                guint            start,
                                guint            end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  buffer = hashiya_text_view_get_text_buffer (self);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) end);
  gtk_text_buffer_select_range (buffer, &to, &from);
}

HashiyaMention *
hashiya_text_view_get_selected_mention (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  return self->selected;
}

/**
 * hashiya_text_view_select_mention:
 * @mention: (nullable): the mention to mark and scroll to, or %NULL
 */
void
hashiya_text_view_select_mention (HashiyaTextView *self,
                                  HashiyaMention  *mention)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  /* Another selection takes the place of the relation's. */
  hashiya_text_view_select_relation (self, NULL);
  if (!g_set_object (&self->selected, mention))
    return;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  hashiya_mention_tags_mark_selected (self->highlights, mention);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mention.delete", mention != NULL);
  if (mention != NULL)
    {
      GtkTextBuffer *buffer = hashiya_text_view_get_text_buffer (self);
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) hashiya_mention_get_start (mention));
      gtk_text_buffer_place_cursor (buffer, &iter);
      /* A mark, not an iter: the highlight just changed and line heights
       * are only valid again after the view revalidates them. */
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer), 0.1, FALSE, 0, 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), hashiya_text_view_properties[PROP_SELECTED_MENTION]);
}

/**
 * hashiya_text_view_mention_at:
 *
 * Returns: (transfer none) (nullable): the innermost mention that covers
 *   the character at @offset
 */
HashiyaMention *
hashiya_text_view_mention_at (HashiyaTextView *self,
                              guint            offset)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);

  if (self->document == NULL)
    return NULL;
  return hashiya_mention_tags_mention_at (self->highlights, self->document, offset);
}

/**
 * hashiya_text_view_annotate:
 *
 * Annotates the selection with @actor, as one undo step, and selects the
 * new mention. As in suggestions, proclitics before @actor's name or an
 * alias of it are left out of the span
 * (hashiya_matcher_trim_proclitics()), and
 * #HashiyaTextView::proclitics-left-out says so.
 *
 * Returns: (transfer none) (nullable): the new mention
 */
HashiyaMention *
hashiya_text_view_annotate (HashiyaTextView  *self,
                            HashiyaActor     *actor,
                            GError          **error)
{
  g_autoptr(HashiyaMatcher) matcher = NULL;
  g_autofree char *left_out = NULL;
  HashiyaText *text;
  HashiyaMention *mention;
  guint start, end, selected;

  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), NULL);

  if (!hashiya_text_view_get_selection_span (self, &start, &end))
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("Select some text first"));
      return NULL;
    }

  text = hashiya_document_get_text (self->document);
  matcher = hashiya_document_get_matcher (self->document);
  selected = start;
  if (hashiya_matcher_trim_proclitics (matcher, text, hashiya_actor_get_id (actor), &start, end))
    left_out = hashiya_text_slice (text, selected, start);

  mention = hashiya_document_annotate (self->document, start, end, hashiya_actor_get_id (actor),
                                       HASHIYA_MENTION_TYPE_NAME, error);
  if (mention != NULL)
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (hashiya_text_view_get_text_buffer (self), &iter, (int) end);
      gtk_text_buffer_place_cursor (hashiya_text_view_get_text_buffer (self), &iter);
      hashiya_text_view_select_mention (self, mention);
      if (left_out != NULL)
        g_signal_emit (self, hashiya_text_view_signals[PROCLITICS_LEFT_OUT], 0, left_out);
    }

  return mention;
}

/**
 * hashiya_text_view_set_style:
 * @dark: whether the dark style is in use
 * @high_contrast: whether the high contrast style is in use
 */
void
hashiya_text_view_set_style (HashiyaTextView *self,
                             gboolean         dark,
                             gboolean         high_contrast)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  hashiya_mention_tags_set_style (self->highlights, dark, high_contrast,
                                  self->document != NULL ? hashiya_document_get_catalog (self->document) : NULL);
  hashiya_relation_arcs_set_style (self->arcs, dark, high_contrast);
  hashiya_text_view_mark_trigger (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Every line has room above it for the arcs of relations, besides the
 * spacing the settings ask for: spacing alone, which never changes how a
 * line is shaped, and the same whether arcs are shown or not, so that
 * showing them moves no text. */
static void
apply_spacing (HashiyaTextView *self)
{
  int room = hashiya_relation_arcs_get_room (self->arcs);

  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (self), self->pixels_inside + room);
  gtk_text_view_set_pixels_below_lines (GTK_TEXT_VIEW (self), self->pixels_below);
  gtk_text_view_set_pixels_above_lines (GTK_TEXT_VIEW (self), room);
}

/**
 * hashiya_text_view_set_font:
 * @font: a Pango font description, such as "Noto Naskh Arabic 18"
 * @zoom: a factor on its size
 * @line_spacing: the height of a line as a multiple of the font size
 *
 * The font is set on the whole view, never on a highlight.
 */
void
hashiya_text_view_set_font (HashiyaTextView *self,
                            const char      *font,
                            double           zoom,
                            double           line_spacing)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
  g_autofree char *css = NULL;
  const char *family = pango_font_description_get_family (desc);
  double size = pango_font_description_get_size (desc) / (double) PANGO_SCALE;
  char size_text[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  if (size <= 0)
    size = 18;
  g_ascii_formatd (size_text, sizeof size_text, "%.1f", size * zoom);
  css = g_strdup_printf (".reading-view { font-family: \"%s\", \"Amiri\", serif; font-size: %spt; }",
                         family != NULL ? family : "Noto Naskh Arabic", size_text);

  if (self->font_provider == NULL)
    {
      self->font_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                      GTK_STYLE_PROVIDER (self->font_provider),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_weak_ref (G_OBJECT (self), (GWeakNotify) g_object_unref, self->font_provider);
    }
  gtk_css_provider_load_from_data (self->font_provider, css, -1);

  /* Points to pixels at 96 dpi; the space between the lines of a
   * paragraph, and a little more between paragraphs. */
  {
    double pixels = size * zoom * 96.0 / 72.0;

    self->pixels_inside = (int) (pixels * (MAX (line_spacing, 1.0) - 1.0) + 0.5);
    self->pixels_below = self->pixels_inside + (int) (pixels * 0.5);
    apply_spacing (self);
  }
}

/* The span's first character, in widget coordinates, for pointing a
 * popover at it. */
GdkRectangle
hashiya_text_view_get_range_rect (HashiyaTextView *self,
                                  guint            start,
                                  guint            end)
{
  GtkTextIter from, to;
  GdkRectangle a, b, rect;

  gtk_text_buffer_get_iter_at_offset (hashiya_text_view_get_text_buffer (self), &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (hashiya_text_view_get_text_buffer (self), &to, (int) end);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &from, &a);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &to, &b);
  gdk_rectangle_union (&a, &b, &rect);
  if (a.y != b.y)
    rect = a;
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &rect.x, &rect.y);
  return rect;
}

/**
 * hashiya_text_view_mark_matches:
 * @matches: (nullable) (element-type guint): start and end offsets, in
 *   pairs, in text order; %NULL to mark none
 *
 * Marks every match of a search (the current one is marked by
 * hashiya_text_view_mark_current_match()).
 */
void
hashiya_text_view_mark_matches (HashiyaTextView *self,
                                GArray          *matches)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));
  g_return_if_fail (matches == NULL || matches->len % 2 == 0);

  hashiya_mention_tags_mark_matches (self->highlights, matches);
}

/**
 * hashiya_text_view_mark_current_match:
 *
 * Marks @start–@end as the current match of a search, clearly, in place
 * of the one marked before; an empty span marks none.
 */
void
hashiya_text_view_mark_current_match (HashiyaTextView *self,
                                      guint            start,
                                      guint            end)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  hashiya_mention_tags_mark_current_match (self->highlights, start, end);
}

/* The selected relation's trigger, marked in its arc's colour. */
void
hashiya_text_view_mark_trigger (HashiyaTextView *self)
{
  GdkRGBA color;
  guint start = 0, end = 0;

  if (self->selected_relation == NULL || self->document == NULL ||
      !hashiya_relation_get_trigger (self->selected_relation, &start, &end))
    {
      hashiya_mention_tags_mark_trigger (self->highlights, 0, 0, NULL);
      return;
    }
  color = hashiya_relation_arcs_get_color (self->arcs, self->document, self->selected_relation);
  hashiya_mention_tags_mark_trigger (self->highlights, start, end, &color);
}

/* The room a relation's ends take in the view, arcs included. */
static gboolean
relation_extent (HashiyaTextView *self,
                 HashiyaRelation *relation,
                 double          *source_top,
                 double          *top,
                 double          *bottom)
{
  const char *ends[2] = { hashiya_relation_get_source (relation), hashiya_relation_get_target (relation) };
  int room = hashiya_relation_arcs_get_room (self->arcs);

  *top = G_MAXDOUBLE;
  *bottom = -G_MAXDOUBLE;
  for (guint i = 0; i < 2; i++)
    {
      HashiyaMention *mention = hashiya_document_lookup_mention (self->document, ends[i]);
      GtkTextIter iter;
      GdkRectangle rect;

      if (mention == NULL)
        return FALSE;
      gtk_text_buffer_get_iter_at_offset (hashiya_text_view_get_text_buffer (self), &iter, (int) hashiya_mention_get_start (mention));
      gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &rect);
      if (i == 0)
        *source_top = rect.y - room;
      *top = MIN (*top, rect.y - room);
      *bottom = MAX (*bottom, rect.y + rect.height);
    }
  return TRUE;
}

/* Brings the selected relation into view: both ends when they fit, else
 * its source. The lines' heights may still be estimates, so this goes on
 * a few frames until the place stops moving. */
static gboolean
scroll_to_relation_tick_cb (GtkWidget     *widget,
                            GdkFrameClock *clock,
                            gpointer       data)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));
  guint *frames = data;
  GdkRectangle visible;
  double source_top, top, bottom, margin, want, value;

  if (self->selected_relation == NULL || vadjustment == NULL ||
      !relation_extent (self, self->selected_relation, &source_top, &top, &bottom) || ++*frames > 12)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  margin = MIN (48.0, visible.height / 10.0);
  if (top >= visible.y && bottom <= visible.y + visible.height)
    want = visible.y;   /* in view already: no need to move */
  else if (bottom - top + 2 * margin <= visible.height)
    want = (top + bottom) / 2.0 - visible.height / 2.0;
  else
    want = source_top - margin;

  value = gtk_adjustment_get_value (vadjustment) + (want - visible.y);
  value = CLAMP (value, gtk_adjustment_get_lower (vadjustment),
                 gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
  if (fabs (value - gtk_adjustment_get_value (vadjustment)) >= 1.0)
    gtk_adjustment_set_value (vadjustment, value);
  else if (*frames > 2)
    {
      self->scroll_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/**
 * hashiya_text_view_select_relation:
 * @relation: (nullable): a relation of the document, or %NULL
 *
 * Selects @relation: its arc is drawn highlighted (whatever
 * #HashiyaTextView:show-all-relations says), and the view scrolls so that
 * the arc is in view, both its ends when they fit, else its source.
 * Delete then removes the relation, Escape unselects it. Selecting a
 * mention unselects it.
 */
void
hashiya_text_view_select_relation (HashiyaTextView *self,
                                   HashiyaRelation *relation)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));
  g_return_if_fail (relation == NULL || HASHIYA_IS_RELATION (relation));

  if (!g_set_object (&self->selected_relation, relation))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "relation.delete", relation != NULL);
  hashiya_text_view_mark_trigger (self);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (relation != NULL && self->document != NULL)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_relation_tick_cb,
                                                      g_new0 (guint, 1), g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), hashiya_text_view_properties[PROP_SELECTED_RELATION]);
}

/**
 * hashiya_text_view_get_selected_relation:
 *
 * Returns: (transfer none) (nullable): the selected relation
 */
HashiyaRelation *
hashiya_text_view_get_selected_relation (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);
  return self->selected_relation;
}

/**
 * hashiya_text_view_set_show_all_relations:
 * @show_all: draw every relation of the document, or only those of the
 *   selected mention and the selected relation
 */
void
hashiya_text_view_set_show_all_relations (HashiyaTextView *self,
                                          gboolean         show_all)
{
  g_return_if_fail (HASHIYA_IS_TEXT_VIEW (self));

  show_all = !!show_all;
  if (self->show_all_relations == show_all)
    return;
  self->show_all_relations = show_all;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), hashiya_text_view_properties[PROP_SHOW_ALL_RELATIONS]);
}

gboolean
hashiya_text_view_get_show_all_relations (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), FALSE);
  return self->show_all_relations;
}

/**
 * hashiya_text_view_get_relation_arcs:
 *
 * The arcs as the view draws them now, for tests and tools that check
 * the drawing.
 *
 * Returns: (transfer full) (element-type HashiyaRelationArc): the arcs,
 *   in the widget's coordinates
 */
GArray *
hashiya_text_view_get_relation_arcs (HashiyaTextView *self)
{
  g_return_val_if_fail (HASHIYA_IS_TEXT_VIEW (self), NULL);

  hashiya_text_view_layout_arcs (self);
  return hashiya_relation_arcs_get_arcs (self->arcs);
}
