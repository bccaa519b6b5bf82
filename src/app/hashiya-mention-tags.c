/* hashiya-mention-tags.c — the highlights of a text buffer: mentions,
 * the selected mention and the matches of a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-mention-tags"

#include "config.h"

#include "hashiya-mention-tags.h"

/* Highlights are text tags that set colour and underline only: weight,
 * family, size or letter-spacing would make Pango shape a span on its own
 * and break the joining of Arabic letters at its edges.
 *
 * The tags are per actor and level, never one per mention: a background
 * for outer mentions, an underline in the actor's colour for mentions
 * nested inside another (the adjective inside a ministry's name), and a
 * wavy underline for suggestions; nested ones have levels of their own,
 * by depth. A character shows one underline, the one of the tag with the
 * highest priority: so every tag of a level lies above every tag of the
 * levels below, and the innermost mention's underline is the one drawn,
 * whatever the order of the catalogue. A change re-tags only the range it
 * touches. */

#define ALPHA_LIGHT 0.40
#define ALPHA_DARK 0.50
#define ALPHA_HIGH_CONTRAST 0.6

struct _HashiyaMentionTags
{
  GtkTextBuffer *buffer;
  GHashTable    *tags;          /* actor id → GtkTextTag *[N_LEVELS] */
  GHashTable    *mention_tags;  /* those tags, as a set */
  GtkTextTag    *selected_tag;
  GtkTextTag    *trigger_tag;   /* the words that state the selected relation */
  GtkTextTag    *match_tag;
  GtkTextTag    *current_match_tag;
  gboolean       dark;
  gboolean       high_contrast;
  guint          longest_span;  /* of the mentions tagged */
};

/* From the lowest priority up: a deeper mention's tag is drawn over the
 * tags of the mentions it is inside. Mentions nested deeper than the
 * last level are drawn as that one. */
typedef enum
{
  LEVEL_OUTER,
  LEVEL_SUGGESTED,
  LEVEL_INNER,
  LEVEL_INNER_SUGGESTED,
  LEVEL_DEEP,
  LEVEL_DEEP_SUGGESTED,
  N_LEVELS
} Level;

#define N_DEPTHS (N_LEVELS / 2)

static const char *level_prefix[N_LEVELS] = {
  "actor:", "actor-suggested:", "actor-inner:", "actor-inner-suggested:", "actor-deep:", "actor-deep-suggested:"
};

static Level
level_for (guint                depth,
           HashiyaMentionStatus status)
{
  return MIN (depth, N_DEPTHS - 1) * 2 + (status == HASHIYA_MENTION_STATUS_SUGGESTED ? 1 : 0);
}

static GtkTextTag *
lookup_tag (HashiyaMentionTags *self,
            Level               level,
            const char         *actor_id)
{
  GtkTextTag **tags = g_hash_table_lookup (self->tags, actor_id);

  return tags != NULL ? tags[level] : NULL;
}

/* Find marks every match with a yellow background and the current one
 * with an orange one, underlined: colour only, like every highlight. */
static void
style_find_tags (HashiyaMentionTags *self)
{
  GdkRGBA match = { 0.98, 0.82, 0.18, 0.55 };
  GdkRGBA current = { 1.0, 0.47, 0.0, 0.55 };
  GdkRGBA line = { 0.78, 0.31, 0.0, 1.0 };

  if (self->dark)
    {
      match = (GdkRGBA) { 0.96, 0.76, 0.07, 0.38 };
      current = (GdkRGBA) { 1.0, 0.47, 0.0, 0.7 };
      line = (GdkRGBA) { 1.0, 0.75, 0.44, 1.0 };
    }
  if (self->high_contrast)
    {
      match.alpha = MIN (match.alpha + 0.2, 1.0);
      current.alpha = MIN (current.alpha + 0.2, 1.0);
    }
  g_object_set (self->match_tag, "background-rgba", &match, NULL);
  g_object_set (self->current_match_tag,
                "background-rgba", &current,
                "underline", PANGO_UNDERLINE_SINGLE,
                "underline-rgba", &line,
                NULL);
}

/**
 * hashiya_mention_tags_new:
 * @buffer: the buffer to highlight in
 *
 * Makes the tags of the selected mention and of the find marks in
 * @buffer; the tags of the actors come with
 * hashiya_mention_tags_add_actors().
 *
 * Returns: (transfer full): the highlights, for hashiya_mention_tags_free()
 */
HashiyaMentionTags *
hashiya_mention_tags_new (GtkTextBuffer *buffer)
{
  HashiyaMentionTags *self;
  GdkRGBA accent = { 0.21, 0.52, 0.89, 0.45 };

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  self = g_new0 (HashiyaMentionTags, 1);
  self->buffer = g_object_ref (buffer);
  self->tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->mention_tags = g_hash_table_new (NULL, NULL);
  self->selected_tag = gtk_text_buffer_create_tag (buffer, "selected-mention",
                                                   "background-rgba", &accent,
                                                   "underline", PANGO_UNDERLINE_DOUBLE,
                                                   NULL);
  self->trigger_tag = gtk_text_buffer_create_tag (buffer, "relation-trigger", NULL);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "find-match", NULL);
  self->current_match_tag = gtk_text_buffer_create_tag (buffer, "find-current", NULL);
  style_find_tags (self);
  return self;
}

void
hashiya_mention_tags_free (HashiyaMentionTags *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->tags, g_hash_table_unref);
  g_clear_pointer (&self->mention_tags, g_hash_table_unref);
  g_clear_object (&self->buffer);
  g_free (self);
}

/**
 * hashiya_mention_tags_style_actor:
 *
 * Gives @actor's tags its colour, as the style wants it.
 */
void
hashiya_mention_tags_style_actor (HashiyaMentionTags *self,
                                  HashiyaActor       *actor)
{
  const char *id;
  const char *color;
  GdkRGBA rgba = { 0.6, 0.6, 0.6, 1.0 };
  GdkRGBA background;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_ACTOR (actor));

  id = hashiya_actor_get_id (actor);
  color = hashiya_actor_get_color (actor);
  if (color != NULL)
    gdk_rgba_parse (&rgba, color);
  background = rgba;
  background.alpha = self->high_contrast ? ALPHA_HIGH_CONTRAST : self->dark ? ALPHA_DARK : ALPHA_LIGHT;

  /* In high contrast, outer mentions are underlined too, so that a
   * highlight never depends on telling faint colours apart. Otherwise
   * they leave the underline unset, to the mentions nested in them. */
  g_object_set (lookup_tag (self, LEVEL_OUTER, id), "background-rgba", &background, NULL);
  if (self->high_contrast)
    g_object_set (lookup_tag (self, LEVEL_OUTER, id),
                  "underline", PANGO_UNDERLINE_SINGLE,
                  "underline-rgba", &rgba,
                  NULL);
  else
    g_object_set (lookup_tag (self, LEVEL_OUTER, id),
                  "underline", PANGO_UNDERLINE_NONE,
                  "underline-set", FALSE,
                  "underline-rgba-set", FALSE,
                  NULL);

  for (guint depth = 0; depth < N_DEPTHS; depth++)
    {
      if (depth > 0)
        g_object_set (lookup_tag (self, level_for (depth, HASHIYA_MENTION_STATUS_ACCEPTED), id),
                      "underline", PANGO_UNDERLINE_SINGLE,
                      "underline-rgba", &rgba,
                      NULL);
      g_object_set (lookup_tag (self, level_for (depth, HASHIYA_MENTION_STATUS_SUGGESTED), id),
                    "underline", PANGO_UNDERLINE_ERROR,
                    "underline-rgba", &rgba,
                    NULL);
    }
}

/**
 * hashiya_mention_tags_set_style:
 * @dark: whether the dark style is in use
 * @high_contrast: whether the high contrast style is in use
 * @catalog: (nullable): the actors whose tags to colour again
 */
void
hashiya_mention_tags_set_style (HashiyaMentionTags *self,
                                gboolean            dark,
                                gboolean            high_contrast,
                                HashiyaCatalog     *catalog)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (catalog == NULL || HASHIYA_IS_CATALOG (catalog));

  self->dark = !!dark;
  self->high_contrast = !!high_contrast;
  style_find_tags (self);
  if (catalog == NULL)
    return;

  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    hashiya_mention_tags_style_actor (self, hashiya_catalog_get_actor (catalog, i));
}

/**
 * hashiya_mention_tags_add_actors:
 *
 * Makes the tags of the @n actors of @catalog from @position that have
 * none yet, each level's tags above those of the level below, and the
 * selection and find marks above them all; and colours them.
 */
void
hashiya_mention_tags_add_actors (HashiyaMentionTags *self,
                                 HashiyaCatalog     *catalog,
                                 guint               position,
                                 guint               n)
{
  g_autoptr(GPtrArray) added = NULL;
  guint before;
  guint total;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_CATALOG (catalog));

  added = g_ptr_array_new ();
  before = g_hash_table_size (self->tags);
  for (guint i = position; i < position + n; i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

      if (lookup_tag (self, LEVEL_OUTER, hashiya_actor_get_id (actor)) == NULL)
        {
          g_hash_table_insert (self->tags, g_strdup (hashiya_actor_get_id (actor)), g_new0 (GtkTextTag *, N_LEVELS));
          g_ptr_array_add (added, actor);
        }
    }
  total = before + added->len;

  /* A new tag is made above every other: one level after the other, and
   * each moved down to the end of its level, unless there was none
   * before, when they are made in order already. */
  for (guint level = 0; level < N_LEVELS; level++)
    for (guint j = 0; j < added->len; j++)
      {
        const char *id = hashiya_actor_get_id (g_ptr_array_index (added, j));
        g_autofree char *name = g_strconcat (level_prefix[level], id, NULL);
        GtkTextTag **tags = g_hash_table_lookup (self->tags, id);

        tags[level] = gtk_text_buffer_create_tag (self->buffer, name, NULL);
        g_hash_table_add (self->mention_tags, tags[level]);
        if (before > 0)
          gtk_text_tag_set_priority (tags[level], (int) (level * total + before + j));
      }

  if (added->len > 0)
    {
      int top = gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->buffer)) - 1;

      gtk_text_tag_set_priority (self->selected_tag, top);
      gtk_text_tag_set_priority (self->trigger_tag, top);
      gtk_text_tag_set_priority (self->match_tag, top);
      gtk_text_tag_set_priority (self->current_match_tag, top);
    }

  for (guint i = position; i < position + n; i++)
    hashiya_mention_tags_style_actor (self, hashiya_catalog_get_actor (catalog, i));
}

/* Takes the highlights off @start–@end: the tags of mentions found there
 * (at the start and at each place a tag begins or ends), not every
 * actor's at every level, each a walk over the span. */
static void
remove_mention_tags (HashiyaMentionTags *self,
                     const GtkTextIter  *start,
                     const GtkTextIter  *end)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GtkTextIter iter = *start;

  do
    {
      GSList *tags = gtk_text_iter_get_tags (&iter);

      for (GSList *l = tags; l != NULL; l = l->next)
        if (g_hash_table_contains (self->mention_tags, l->data) && !g_ptr_array_find (found, l->data, NULL))
          g_ptr_array_add (found, l->data);
      g_slist_free (tags);
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, NULL) && gtk_text_iter_compare (&iter, end) < 0);

  for (guint i = 0; i < found->len; i++)
    gtk_text_buffer_remove_tag (self->buffer, g_ptr_array_index (found, i), start, end);
}

static int
compare_nesting_data (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  return hashiya_mention_compare_nesting (a, b);
}

/* Tags @mentions (sorted by hashiya_mention_compare_nesting()) but the first @n_context,
 * which are there for their nesting only. A mention's depth is the
 * number of those before it that contain it, so @mentions must hold
 * every mention that contains one of those tagged. The iterators walk
 * forward from mention to mention rather than being looked up anew. */
static void
tag_sorted (HashiyaMentionTags *self,
            GPtrArray          *mentions,
            guint               n_context)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTextIter from;
  guint at = 0;

  if (mentions->len <= n_context)
    return;
  at = hashiya_mention_get_start (g_ptr_array_index (mentions, n_context));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, (int) at);
  for (guint i = 0; i < mentions->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (mentions, i);
      guint start = hashiya_mention_get_start (mention);
      guint end = hashiya_mention_get_end (mention);
      guint depth = 0, kept = 0;
      GtkTextTag *tag;
      GtkTextIter to;

      /* The ends of the mentions still open here; those that reach as
       * far as this one contain it (they start no later). */
      for (guint j = 0; j < open->len; j++)
        {
          guint open_end = g_array_index (open, guint, j);

          if (open_end > start)
            g_array_index (open, guint, kept++) = open_end;
          if (open_end >= end)
            depth++;
        }
      g_array_set_size (open, kept);
      g_array_append_val (open, end);
      self->longest_span = MAX (self->longest_span, end - start);
      if (i < n_context)
        continue;

      tag = lookup_tag (self, level_for (depth, hashiya_mention_get_status (mention)),
                        hashiya_mention_get_actor (mention));
      if (tag == NULL)
        continue;
      gtk_text_iter_forward_chars (&from, (int) (start - at));
      at = start;
      to = from;
      gtk_text_iter_forward_chars (&to, (int) (end - start));
      /* Tags do not change the characters: iterators stay valid. */
      gtk_text_buffer_apply_tag (self->buffer, tag, &from, &to);
    }
}

/* The mentions that overlap start–end, and the span they cover together. */
static GPtrArray *
collect_overlapping (HashiyaMentionTags *self,
                     HashiyaDocument    *document,
                     guint              *start,
                     guint              *end)
{
  GPtrArray *found = g_ptr_array_new ();
  guint position = hashiya_document_find_first_at (document, *end);
  guint lo = *start, hi = *end;

  while (position > 0)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, --position);
      guint m_start = hashiya_mention_get_start (mention);
      guint m_end = hashiya_mention_get_end (mention);

      if (m_start + self->longest_span < *start)
        break;
      if (m_end > *start)
        {
          g_ptr_array_add (found, mention);
          lo = MIN (lo, m_start);
          hi = MAX (hi, m_end);
        }
    }

  *start = lo;
  *end = hi;
  return found;
}

/**
 * hashiya_mention_tags_retag:
 *
 * Highlights again what a change of @document's mentions over
 * @start–@end may have changed.
 */
void
hashiya_mention_tags_retag (HashiyaMentionTags *self,
                            HashiyaDocument    *document,
                            guint               start,
                            guint               end)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  guint lo = start, hi = end;
  GtkTextIter from, to;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  /* What may be drawn otherwise now lies inside the mentions that overlap
   * the change (those around it, inside it, or the same span): their
   * tags go, over the span they cover. Every mention that overlaps that
   * span is tagged again, and with them every mention that contains one
   * of them, which gives them their depth. */
  first = collect_overlapping (self, document, &lo, &hi);
  start = lo;
  end = hi;
  mentions = collect_overlapping (self, document, &lo, &hi);

  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, (int) end);
  remove_mention_tags (self, &from, &to);
  g_ptr_array_sort (mentions, hashiya_mention_compare_nesting);
  tag_sorted (self, mentions, 0);
}

/**
 * hashiya_mention_tags_tag_text:
 * @from: where the mentions not yet highlighted start
 *
 * Highlights a new text's mentions, from the first that starts at or
 * after @from (those before are tagged already): all at once, before the
 * text is laid out, so that no line is shaped twice. The iterators walk
 * forward through one pass.
 */
void
hashiya_mention_tags_tag_text (HashiyaMentionTags *self,
                               HashiyaDocument    *document,
                               guint               from)
{
  guint n, first, context;
  g_autoptr(GPtrArray) mentions = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));

  n = hashiya_document_get_n_mentions (document);
  first = hashiya_document_find_first_at (document, from);
  context = first;
  self->longest_span = 0;
  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      /* collect_overlapping() needs the longest span of all. */
      self->longest_span = MAX (self->longest_span, hashiya_mention_get_end (mention) - hashiya_mention_get_start (mention));
    }
  /* Those before FROM that may reach past it give the depth of those
   * after. */
  while (context > 0 && hashiya_mention_get_start (hashiya_document_get_mention (document, context - 1)) + self->longest_span > from)
    context--;

  mentions = g_ptr_array_sized_new (n - context);
  for (guint i = context; i < n; i++)
    g_ptr_array_add (mentions, hashiya_document_get_mention (document, i));
  /* The document's order puts the shorter of two mentions with the same
   * start first, where nesting wants the longer: only such runs need
   * sorting again. */
  for (guint i = 0, run; i < mentions->len; i += run)
    {
      guint start = hashiya_mention_get_start (g_ptr_array_index (mentions, i));

      for (run = 1; i + run < mentions->len &&
                    hashiya_mention_get_start (g_ptr_array_index (mentions, i + run)) == start; run++)
        ;
      if (run > 1)
        g_qsort_with_data (mentions->pdata + i, (int) run, sizeof (gpointer), compare_nesting_data, NULL);
    }
  tag_sorted (self, mentions, first - context);
}

/**
 * hashiya_mention_tags_mention_at:
 *
 * Returns: (transfer none) (nullable): the innermost mention of
 *   @document that covers the character at @offset
 */
HashiyaMention *
hashiya_mention_tags_mention_at (HashiyaMentionTags *self,
                                 HashiyaDocument    *document,
                                 guint               offset)
{
  g_autoptr(GPtrArray) found = NULL;
  HashiyaMention *best = NULL;
  guint start = offset, end = offset + 1;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);

  found = collect_overlapping (self, document, &start, &end);
  for (guint i = 0; i < found->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (found, i);
      guint length = hashiya_mention_get_end (mention) - hashiya_mention_get_start (mention);

      if (best == NULL || length < hashiya_mention_get_end (best) - hashiya_mention_get_start (best))
        best = mention;
    }

  return best;
}

static void
remove_everywhere (HashiyaMentionTags *self,
                   GtkTextTag         *tag)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, tag, &start, &end);
}

/**
 * hashiya_mention_tags_mark_selected:
 * @mention: (nullable): the selected mention, or %NULL for none
 */
void
hashiya_mention_tags_mark_selected (HashiyaMentionTags *self,
                                    HashiyaMention     *mention)
{
  GtkTextIter start, end;

  g_return_if_fail (self != NULL);
  g_return_if_fail (mention == NULL || HASHIYA_IS_MENTION (mention));

  remove_everywhere (self, self->selected_tag);
  if (mention == NULL)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int) hashiya_mention_get_start (mention));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int) hashiya_mention_get_end (mention));
  gtk_text_buffer_apply_tag (self->buffer, self->selected_tag, &start, &end);
}

/**
 * hashiya_mention_tags_mark_trigger:
 * @color: (nullable): the colour of the relation's arc
 *
 * Marks @start–@end as the words that state the selected relation (an
 * underline and a light background in @color), in place of those marked
 * before; an empty span marks none.
 */
void
hashiya_mention_tags_mark_trigger (HashiyaMentionTags *self,
                                   guint               start,
                                   guint               end,
                                   const GdkRGBA      *color)
{
  GtkTextIter from, to;
  GdkRGBA background;

  g_return_if_fail (self != NULL);

  remove_everywhere (self, self->trigger_tag);
  if (start >= end || color == NULL)
    return;

  background = *color;
  background.alpha = self->dark ? 0.30 : 0.18;
  g_object_set (self->trigger_tag,
                "underline", PANGO_UNDERLINE_SINGLE,
                "underline-rgba", color,
                "background-rgba", &background,
                NULL);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, (int) end);
  gtk_text_buffer_apply_tag (self->buffer, self->trigger_tag, &from, &to);
}

/**
 * hashiya_mention_tags_mark_matches:
 * @matches: (nullable) (element-type guint): start and end offsets, in
 *   pairs, in text order; %NULL to mark none
 *
 * Marks every match of a search, in place of those marked before.
 */
void
hashiya_mention_tags_mark_matches (HashiyaMentionTags *self,
                                   GArray             *matches)
{
  GtkTextIter from, to;
  guint at = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (matches == NULL || matches->len % 2 == 0);

  remove_everywhere (self, self->match_tag);
  if (matches == NULL || matches->len == 0)
    return;

  /* In text order: the iterators walk forward from match to match. */
  gtk_text_buffer_get_start_iter (self->buffer, &from);
  for (guint i = 0; i < matches->len; i += 2)
    {
      guint start = g_array_index (matches, guint, i);
      guint end = g_array_index (matches, guint, i + 1);

      g_return_if_fail (start >= at && end >= start);
      gtk_text_iter_forward_chars (&from, (int) (start - at));
      at = start;
      to = from;
      gtk_text_iter_forward_chars (&to, (int) (end - start));
      gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &from, &to);
    }
}

/**
 * hashiya_mention_tags_mark_current_match:
 *
 * Marks @start–@end as the current match of a search, clearly, in place
 * of the one marked before; an empty span marks none.
 */
void
hashiya_mention_tags_mark_current_match (HashiyaMentionTags *self,
                                         guint               start,
                                         guint               end)
{
  GtkTextIter from, to;

  g_return_if_fail (self != NULL);

  remove_everywhere (self, self->current_match_tag);
  if (start >= end)
    return;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, (int) end);
  gtk_text_buffer_apply_tag (self->buffer, self->current_match_tag, &from, &to);
}
