/* hashiya-curation-rows.c — how a curation describes each difference: the
 * list's row of a unit of the versions or of a merge's conflict, and the
 * names of what each annotator or side made of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-curation-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-curation-rows.h"
#include "hashiya-ui-util.h"

static const char *
actor_name (HashiyaDocument *document,
            const char      *actor_id)
{
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), actor_id);

  return actor != NULL ? hashiya_actor_get_display_name (actor) : actor_id;
}

/* The actor's name in the versions' catalogues, for a unit's labels. */
const char *
hashiya_curation_version_actor_name (HashiyaAgreement *agreement,
                                     const char       *actor_id)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (agreement), actor_id);

  for (guint v = 0; v < hashiya_agreement_get_n_versions (agreement); v++)
    {
      HashiyaDocument *version = hashiya_agreement_get_version (agreement, v, NULL, NULL);
      HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (version), actor_id);

      if (actor != NULL)
        return hashiya_actor_get_display_name (actor);
    }
  return actor_id;
}

static char *
quote (HashiyaDocument *document,
       guint            start,
       guint            end)
{
  g_autofree char *slice = hashiya_text_slice (hashiya_document_get_text (document), start, end);
  g_autofree char *escaped = g_markup_escape_text (slice, -1);

  return g_steal_pointer (&escaped);
}

/* What each annotator marked in @unit: "Layla: Egypt; Omar: none". */
static char *
describe_unit (HashiyaAgreement     *agreement,
               HashiyaAgreementUnit *unit)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint a = 0; a < hashiya_agreement_unit_get_n_annotators (unit); a++)
    {
      HashiyaMention *mention = hashiya_agreement_unit_get_mention (unit, a);
      const char *label = hashiya_agreement_unit_get_label (unit, a);

      if (label == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, _("; "));
      /* Translators: an annotator's name, and the actor they gave a span. */
      g_string_append_printf (text, _("%s: %s"), hashiya_agreement_get_annotator (agreement, a),
                              mention != NULL ? hashiya_curation_version_actor_name (agreement,
                                                                                     hashiya_mention_get_actor (mention))
                                              : _("none"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What one side of @conflict made of it: an actor's name, a relation
 * type, a metadata value, or "removed". */
char *
hashiya_curation_describe_side (HashiyaDocument     *document,
                                HashiyaConflict     *conflict,
                                HashiyaConflictSide  side)
{
  GObject *version = hashiya_conflict_get_version (conflict, side);

  if (hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_METADATA)
    {
      const char *value = hashiya_conflict_get_value (conflict, side);

      return g_strdup (value != NULL && value[0] != '\0' ? value : _("removed"));
    }
  if (version == NULL)
    return g_strdup (_("removed"));
  switch (hashiya_conflict_get_kind (conflict))
    {
    case HASHIYA_CONFLICT_MENTION:
      return g_strdup (actor_name (document, hashiya_mention_get_actor (HASHIYA_MENTION (version))));
    case HASHIYA_CONFLICT_RELATION:
      return g_strdup (hashiya_relation_get_relation_type (HASHIYA_RELATION (version)));
    case HASHIYA_CONFLICT_METADATA:
    case HASHIYA_CONFLICT_ACTOR:
    default:
      return g_strdup (hashiya_actor_get_display_name (HASHIYA_ACTOR (version)));
    }
}

/* Who made a side of @conflict, or "ours" and "theirs". */
const char *
hashiya_curation_side_name (HashiyaConflict     *conflict,
                            HashiyaConflictSide  side)
{
  const char *author = hashiya_conflict_get_author (conflict, side);

  if (author != NULL && author[0] != '\0')
    return author;
  return side == HASHIYA_CONFLICT_SIDE_A ? _("ours") : _("theirs");
}

static char *
describe_conflict (HashiyaDocument *document,
                   HashiyaConflict *conflict)
{
  g_autofree char *a = hashiya_curation_describe_side (document, conflict, HASHIYA_CONFLICT_SIDE_A);
  g_autofree char *b = hashiya_curation_describe_side (document, conflict, HASHIYA_CONFLICT_SIDE_B);

  /* Translators: the two sides of a conflict: who, and what they made of it. */
  return g_strdup_printf (_("%s: %s; %s: %s"), hashiya_curation_side_name (conflict, HASHIYA_CONFLICT_SIDE_A), a,
                          hashiya_curation_side_name (conflict, HASHIYA_CONFLICT_SIDE_B), b);
}

/* Where a difference (a unit, or a conflict on a mention) is in the
 * text; 0, 0 when it is nowhere. */
void
hashiya_curation_item_span (GObject *item,
                            guint   *start,
                            guint   *end)
{
  if (HASHIYA_IS_AGREEMENT_UNIT (item))
    {
      *start = hashiya_agreement_unit_get_start (HASHIYA_AGREEMENT_UNIT (item));
      *end = hashiya_agreement_unit_get_end (HASHIYA_AGREEMENT_UNIT (item));
      return;
    }
  *start = *end = 0;
  if (hashiya_curation_conflict_mention (HASHIYA_CONFLICT (item)) != NULL)
    {
      *start = hashiya_mention_get_start (hashiya_curation_conflict_mention (HASHIYA_CONFLICT (item)));
      *end = hashiya_mention_get_end (hashiya_curation_conflict_mention (HASHIYA_CONFLICT (item)));
    }
}

/**
 * hashiya_curation_row_new:
 * @item: a #HashiyaAgreementUnit of @agreement, or a #HashiyaConflict of
 *   @document
 *
 * Returns: (transfer floating): the list's row of a difference: its
 *   quote, its kind, and what each annotator or side made of it
 */
GtkWidget *
hashiya_curation_row_new (GObject          *item,
                          HashiyaAgreement *agreement,
                          HashiyaDocument  *document)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  g_autofree char *title_markup = NULL;
  g_autofree char *detail_text = NULL;
  guint start, end;

  hashiya_curation_item_span (item, &start, &end);
  if (HASHIYA_IS_AGREEMENT_UNIT (item))
    {
      HashiyaCurationMark mark = hashiya_curation_mark_of_unit (HASHIYA_AGREEMENT_UNIT (item));

      title_markup = quote (document, start, end);
      gtk_label_set_label (GTK_LABEL (kind), hashiya_curation_mark_get_legend (mark));
      detail_text = describe_unit (agreement, HASHIYA_AGREEMENT_UNIT (item));
    }
  else
    {
      HashiyaConflict *conflict = HASHIYA_CONFLICT (item);

      title_markup = end > start ? quote (document, start, end)
                                 : g_markup_escape_text (hashiya_conflict_get_id (conflict), -1);
      gtk_label_set_label (GTK_LABEL (kind),
                           hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_MENTION ? _("Mention")
                           : hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_RELATION ? _("Relation")
                           : hashiya_conflict_get_kind (conflict) == HASHIYA_CONFLICT_METADATA ? _("Metadata")
                           : _("Actor"));
      detail_text = describe_conflict (document, conflict);
    }
  /* The quote in the interface's start, in its own direction. */
  gtk_label_set_markup (GTK_LABEL (title), title_markup);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), title);
  gtk_box_append (GTK_BOX (line), kind);
  gtk_label_set_label (GTK_LABEL (detail), detail_text);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}
