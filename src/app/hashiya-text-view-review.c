/* hashiya-text-view-review.c — mentions and relations reviewed from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The next or previous suggestion, mention or relation alike, in text
 * order; Enter accepts or annotates, Delete removes (a suggestion is
 * rejected, then the next one selected), Escape unselects.
 */

#define G_LOG_DOMAIN "hashiya-text-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-dialogs.h"

#include "hashiya-text-view-private.h"

/* Suggestions are reviewed in text order, mentions and relations alike:
 * a relation stands where the first of its ends or its trigger starts,
 * after the mentions that start there. */
typedef struct
{
  guint offset;
  int   kind;     /* -1 the caret, 0 a mention, 1 a relation */
  guint index;
} ReviewKey;

static int
compare_keys (const ReviewKey *a,
              const ReviewKey *b)
{
  if (a->offset != b->offset)
    return a->offset < b->offset ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index ? 1 : 0;
}

static guint
relation_offset (HashiyaTextView *self,
                 HashiyaRelation *relation)
{
  HashiyaMention *source = hashiya_document_lookup_mention (self->document, hashiya_relation_get_source (relation));
  HashiyaMention *target = hashiya_document_lookup_mention (self->document, hashiya_relation_get_target (relation));
  guint offset = G_MAXUINT, start, end;

  if (source != NULL)
    offset = MIN (offset, hashiya_mention_get_start (source));
  if (target != NULL)
    offset = MIN (offset, hashiya_mention_get_start (target));
  if (hashiya_relation_get_trigger (relation, &start, &end))
    offset = MIN (offset, start);
  return offset;
}

/* Where the review stands: the selected relation, the selected mention,
 * or the caret. */
static ReviewKey
review_position (HashiyaTextView *self)
{
  GListModel *relations = hashiya_document_get_relations (self->document);
  GtkTextIter cursor;

  if (self->selected_relation != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
      {
        g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

        if (relation == self->selected_relation)
          return (ReviewKey) { relation_offset (self, relation), 1, i };
      }
  if (self->selected != NULL)
    {
      guint n = hashiya_document_get_n_mentions (self->document);

      for (guint i = hashiya_document_find_first_at (self->document, hashiya_mention_get_start (self->selected)); i < n; i++)
        if (hashiya_text_view_get_mention (self, i) == self->selected)
          return (ReviewKey) { hashiya_mention_get_start (self->selected), 0, i };
    }
  gtk_text_buffer_get_iter_at_mark (hashiya_text_view_get_text_buffer (self), &cursor, gtk_text_buffer_get_insert (hashiya_text_view_get_text_buffer (self)));
  return (ReviewKey) { (guint) gtk_text_iter_get_offset (&cursor), -1, 0 };
}

/* Keeps @key if it is the nearest yet after @from (before it, going
 * back), and the first (last) of all, for going round the end. */
static void
consider (const ReviewKey *key,
          const ReviewKey *from,
          int              direction,
          ReviewKey       *next,
          gboolean        *have_next,
          ReviewKey       *round,
          gboolean        *have_round)
{
  int side = compare_keys (key, from) * direction;

  if (side > 0 && (!*have_next || compare_keys (key, next) * direction < 0))
    {
      *next = *key;
      *have_next = TRUE;
    }
  if (side != 0 && (!*have_round || compare_keys (key, round) * direction < 0))
    {
      *round = *key;
      *have_round = TRUE;
    }
}

/* The next (or previous) suggestion, mention or relation, after the
 * selected one or the caret, round the end of the text: one of
 * @mention and @relation is set, or neither when there is none. */
static gboolean
find_suggestion (HashiyaTextView  *self,
                 int               direction,
                 HashiyaMention  **mention,
                 HashiyaRelation **relation)
{
  GListModel *relations = hashiya_document_get_relations (self->document);
  guint n = hashiya_document_get_n_mentions (self->document);
  ReviewKey from = review_position (self);
  ReviewKey next = { 0 }, round = { 0 };
  gboolean have_next = FALSE, have_round = FALSE;

  *mention = NULL;
  *relation = NULL;
  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *m = hashiya_text_view_get_mention (self, i);

      if (hashiya_mention_get_status (m) == HASHIYA_MENTION_STATUS_SUGGESTED)
        consider (&(ReviewKey) { hashiya_mention_get_start (m), 0, i }, &from, direction, &next, &have_next, &round,
                  &have_round);
    }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) r = g_list_model_get_item (relations, i);

      if (hashiya_relation_get_status (r) == HASHIYA_MENTION_STATUS_SUGGESTED)
        consider (&(ReviewKey) { relation_offset (self, r), 1, i }, &from, direction, &next, &have_next, &round,
                  &have_round);
    }

  if (!have_next && !have_round)
    return FALSE;
  if (!have_next)
    next = round;
  if (next.kind == 0)
    *mention = hashiya_text_view_get_mention (self, next.index);
  else
    {
      g_autoptr(HashiyaRelation) r = g_list_model_get_item (relations, next.index);

      *relation = r;   /* the document keeps it */
    }
  return TRUE;
}

/* Selects the next suggestion, if any. */
static gboolean
select_next_suggestion (HashiyaTextView *self,
                        int              direction)
{
  HashiyaMention *mention;
  HashiyaRelation *relation;

  if (!find_suggestion (self, direction, &mention, &relation))
    return FALSE;
  if (mention != NULL)
    hashiya_text_view_select_mention (self, mention);
  else
    {
      hashiya_text_view_select_mention (self, NULL);
      hashiya_text_view_select_relation (self, relation);
    }
  return TRUE;
}

void
hashiya_text_view_next_suggestion_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);

  if (!hashiya_text_view_is_ready (self))
    return;

  if (!select_next_suggestion (self, g_str_equal (action_name, "mention.previous-suggestion") ? -1 : +1))
    gtk_widget_error_bell (widget);
}

void
hashiya_text_view_annotate_with_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  g_autoptr(GError) error = NULL;
  HashiyaCatalog *catalog;
  int n = g_variant_get_int32 (parameter);

  if (!hashiya_text_view_is_ready (self))
    return;

  catalog = hashiya_document_get_catalog (self->document);
  if (n < 1 || (guint) n > hashiya_catalog_get_n_actors (catalog))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* With a mention selected and no text selection, the key gives that
   * mention another actor. */
  if (self->selected != NULL && !gtk_text_buffer_get_has_selection (hashiya_text_view_get_text_buffer (self)))
    {
      g_autoptr(HashiyaMention) edit = hashiya_mention_copy (self->selected);

      hashiya_mention_set_actor (edit, hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, n - 1)));
      if (!hashiya_document_update_mention (self->document, self->selected, edit, &error))
        gtk_widget_error_bell (widget);
      return;
    }

  if (hashiya_text_view_annotate (self, hashiya_catalog_get_actor (catalog, n - 1), &error) == NULL)
    gtk_widget_error_bell (widget);
}

/* Enter on the selected relation: a suggestion is accepted, and the
 * review goes on; another is for its editor. */
static void
activate_relation (HashiyaTextView *self)
{
  g_autoptr(HashiyaRelation) relation = g_object_ref (self->selected_relation);
  g_autoptr(HashiyaRelation) edit = NULL;
  g_autoptr(GError) error = NULL;

  if (hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      g_signal_emit (self, hashiya_text_view_signals[RELATION_ACTIVATED], 0, relation);
      return;
    }
  edit = hashiya_relation_copy (relation);
  hashiya_relation_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
  if (!hashiya_document_update_relation (self->document, relation, edit, &error))
    {
      hashiya_text_view_toast (self, error->message, FALSE);
      return;
    }
  select_next_suggestion (self, +1);
}

void
hashiya_text_view_annotate_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  guint start, end;

  if (!hashiya_text_view_is_ready (self))
    return;
  if (self->selected_relation != NULL && !gtk_text_buffer_get_has_selection (hashiya_text_view_get_text_buffer (self)))
    {
      activate_relation (self);
      return;
    }
  if (self->selected != NULL && !gtk_text_buffer_get_has_selection (hashiya_text_view_get_text_buffer (self)) &&
      hashiya_mention_get_status (self->selected) == HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      g_autoptr(HashiyaMention) edit = hashiya_mention_copy (self->selected);

      hashiya_mention_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
      hashiya_document_update_mention (self->document, self->selected, edit, NULL);
      select_next_suggestion (self, +1);
      return;
    }
  if (self->selected != NULL && !gtk_text_buffer_get_has_selection (hashiya_text_view_get_text_buffer (self)))
    {
      g_signal_emit (self, hashiya_text_view_signals[MENTION_ACTIVATED], 0, self->selected);
      return;
    }
  if (!hashiya_text_view_get_selection_span (self, &start, &end))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  g_signal_emit (self, hashiya_text_view_signals[ANNOTATE_REQUESTED], 0, start, end);
}

/* Removes @mention, and then goes on to the next suggestion when it was
 * one, or says it is removed. */
static void
remove_mention (HashiyaTextView *self,
                HashiyaMention  *mention)
{
  if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      HashiyaMention *next_mention = NULL;
      HashiyaRelation *next_relation = NULL;

      find_suggestion (self, +1, &next_mention, &next_relation);
      /* The relations of the mention go with it. */
      if (next_relation != NULL &&
          (g_strcmp0 (hashiya_relation_get_source (next_relation), hashiya_mention_get_id (mention)) == 0 ||
           g_strcmp0 (hashiya_relation_get_target (next_relation), hashiya_mention_get_id (mention)) == 0))
        next_relation = NULL;
      if (next_relation != NULL)
        g_object_ref (next_relation);
      hashiya_document_remove_mention (self->document, mention);
      if (next_mention != NULL && next_mention != mention)
        hashiya_text_view_select_mention (self, next_mention);
      else if (next_relation != NULL)
        hashiya_text_view_select_relation (self, next_relation);
      g_clear_object (&next_relation);
      return;
    }
  hashiya_document_remove_mention (self->document, mention);
  g_signal_emit (self, hashiya_text_view_signals[MENTION_DELETED], 0, mention);
}

static void
remove_mention_response_cb (HashiyaTextView  *self,
                            const char       *response,
                            AdwMessageDialog *dialog)
{
  HashiyaMention *mention = g_object_get_data (G_OBJECT (dialog), "mention");

  /* Still a mention of the document, after whatever came meanwhile. */
  if (g_str_equal (response, "remove") && self->document != NULL &&
      hashiya_document_lookup_mention (self->document, hashiya_mention_get_id (mention)) == mention)
    remove_mention (self, mention);
}

void
hashiya_text_view_delete_mention_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  g_autoptr(GPtrArray) relations = NULL;
  GtkWidget *dialog;

  if (self->selected == NULL || !hashiya_text_view_is_ready (self))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* Relations go with their ends: that is asked first. */
  relations = hashiya_document_get_mention_relations (self->document, hashiya_mention_get_id (self->selected));
  if (relations->len == 0)
    {
      g_autoptr(HashiyaMention) mention = g_object_ref (self->selected);

      remove_mention (self, mention);
      return;
    }
  dialog = hashiya_remove_mention_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->selected, relations->len);
  g_object_set_data_full (G_OBJECT (dialog), "mention", g_object_ref (self->selected), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_mention_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Removes the selected relation; a suggestion is rejected, and the
 * review goes on. */
void
hashiya_text_view_delete_relation_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);
  g_autoptr(HashiyaRelation) relation = NULL;
  HashiyaMention *next_mention = NULL;
  HashiyaRelation *next_relation = NULL;

  if (self->selected_relation == NULL || !hashiya_text_view_is_ready (self))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  relation = g_object_ref (self->selected_relation);
  if (hashiya_relation_get_status (relation) != HASHIYA_MENTION_STATUS_SUGGESTED)
    {
      hashiya_document_remove_relation (self->document, relation);
      hashiya_text_view_toast (self, _("Relation removed"), TRUE);
      return;
    }
  find_suggestion (self, +1, &next_mention, &next_relation);
  if (next_relation != NULL)
    g_object_ref (next_relation);
  hashiya_document_remove_relation (self->document, relation);
  if (next_mention != NULL)
    hashiya_text_view_select_mention (self, next_mention);
  else if (next_relation != NULL && next_relation != relation)
    hashiya_text_view_select_relation (self, next_relation);
  g_clear_object (&next_relation);
}

/* Delete, BackSpace: the selected relation, else the selected mention;
 * with neither, the key goes on to the text view. */
gboolean
hashiya_text_view_delete_key_cb (GtkWidget *widget,
                                 GVariant  *args,
                                 gpointer   user_data)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);

  if (!hashiya_text_view_is_ready (self))
    return FALSE;
  if (self->selected_relation != NULL)
    return gtk_widget_activate_action (widget, "relation.delete", NULL);
  if (self->selected != NULL)
    return gtk_widget_activate_action (widget, "mention.delete", NULL);
  return FALSE;
}

/* Escape unselects the relation first, then the mention. */
void
hashiya_text_view_unselect_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HashiyaTextView *self = HASHIYA_TEXT_VIEW (widget);

  if (self->selected_relation != NULL)
    hashiya_text_view_select_relation (self, NULL);
  else
    hashiya_text_view_select_mention (self, NULL);
}
