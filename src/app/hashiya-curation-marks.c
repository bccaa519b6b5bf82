/* hashiya-curation-marks.c — how a curation marks the differences of the
 * versions in the text: an underline of its own shape and colour for each
 * kind, in the light and the dark style, and the legend that says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-curation-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-curation-marks.h"

static const struct {
  const char     *tag_name;
  PangoUnderline  underline;
  gboolean        overline;
  const char     *light;
  const char     *dark;
  const char     *markup_underline;
  const char     *legend;
} marks[HASHIYA_CURATION_N_MARKS] = {
  { "hashiya-curation-agree", PANGO_UNDERLINE_SINGLE, FALSE, "#26a269", "#8ff0a4", "single",
    N_("All agree") },
  { "hashiya-curation-actor", PANGO_UNDERLINE_ERROR, FALSE, "#c01c28", "#ff7b63", "error",
    N_("They disagree on the actor") },
  { "hashiya-curation-some", PANGO_UNDERLINE_DOUBLE, FALSE, "#b34a00", "#ffbe6f", "double",
    N_("Only some marked it") },
  { "hashiya-curation-overlap", PANGO_UNDERLINE_LOW, FALSE, "#813d9c", "#dc8add", "low",
    N_("The spans overlap but differ") },
};

/**
 * hashiya_curation_mark_of_unit:
 *
 * How a unit is marked: by its most telling difference.
 */
HashiyaCurationMark
hashiya_curation_mark_of_unit (HashiyaAgreementUnit *unit)
{
  HashiyaUnitDifferences differences;

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (unit), HASHIYA_CURATION_MARK_AGREE);

  differences = hashiya_agreement_unit_get_differences (unit);
  if (differences & HASHIYA_UNIT_DIFFERENT_ACTORS)
    return HASHIYA_CURATION_MARK_ACTOR;
  if (differences & HASHIYA_UNIT_DIFFERENT_SPANS)
    return HASHIYA_CURATION_MARK_OVERLAP;
  if (differences & HASHIYA_UNIT_NOT_ALL_MARKED)
    return HASHIYA_CURATION_MARK_SOME;
  return HASHIYA_CURATION_MARK_AGREE;
}

/* The mark's meaning, translated. */
const char *
hashiya_curation_mark_get_legend (HashiyaCurationMark mark)
{
  g_return_val_if_fail (mark < HASHIYA_CURATION_N_MARKS, NULL);
  return _(marks[mark].legend);
}

/**
 * hashiya_curation_marks_style:
 * @tags: (array fixed-size=4): the marks' tags, found or made in
 *   @buffer's tag table where %NULL
 *
 * Colours the marks' tags for the style (light or dark).
 */
void
hashiya_curation_marks_style (GtkTextBuffer  *buffer,
                              GtkTextTag    **tags)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  for (guint m = 0; m < HASHIYA_CURATION_N_MARKS; m++)
    {
      GdkRGBA colour;

      if (tags[m] == NULL)
        {
          GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

          tags[m] = gtk_text_tag_table_lookup (table, marks[m].tag_name);
          if (tags[m] == NULL)
            tags[m] = gtk_text_buffer_create_tag (buffer, marks[m].tag_name, NULL);
        }
      gdk_rgba_parse (&colour, dark ? marks[m].dark : marks[m].light);
      g_object_set (tags[m], "underline", marks[m].underline, "underline-rgba", &colour, NULL);
      if (marks[m].overline)
        g_object_set (tags[m], "overline", PANGO_OVERLINE_SINGLE, "overline-rgba", &colour, NULL);
    }
}

/* The legend: a sample of each mark, and what it says, in @legend_box. */
void
hashiya_curation_marks_fill_legend (GtkBox *legend_box)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (legend_box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (legend_box))) != NULL)
    gtk_box_remove (legend_box, child);
  for (guint m = 0; m < HASHIYA_CURATION_N_MARKS; m++)
    {
      const char *colour = dark ? marks[m].dark : marks[m].light;
      g_autofree char *markup = g_strdup_printf ("<span underline=\"%s\" underline_color=\"%s\"%s%s%s>"
                                                 "\u2067نص\u2069</span>  %s",
                                                 marks[m].markup_underline, colour,
                                                 marks[m].overline ? " overline=\"single\" overline_color=\"" : "",
                                                 marks[m].overline ? colour : "",
                                                 marks[m].overline ? "\"" : "",
                                                 _(marks[m].legend));
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (legend_box, label);
    }
}

/* Every mark off @buffer. */
void
hashiya_curation_marks_clear (GtkTextBuffer  *buffer,
                              GtkTextTag    **tags)
{
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  for (guint m = 0; m < HASHIYA_CURATION_N_MARKS; m++)
    if (tags[m] != NULL)
      gtk_text_buffer_remove_tag (buffer, tags[m], &start, &end);
}

/* @mark on @start … @end of @buffer, in code points. */
void
hashiya_curation_marks_apply (GtkTextBuffer       *buffer,
                              GtkTextTag         **tags,
                              HashiyaCurationMark  mark,
                              guint                start,
                              guint                end)
{
  GtkTextIter from, to;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (mark < HASHIYA_CURATION_N_MARKS && tags[mark] != NULL);

  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) end);
  gtk_text_buffer_apply_tag (buffer, tags[mark], &from, &to);
}

/* The mention a conflict is on, or %NULL: side A's version, else B's. */
HashiyaMention *
hashiya_curation_conflict_mention (HashiyaConflict *conflict)
{
  GObject *version;

  g_return_val_if_fail (HASHIYA_IS_CONFLICT (conflict), NULL);

  if (hashiya_conflict_get_kind (conflict) != HASHIYA_CONFLICT_MENTION)
    return NULL;
  version = hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_A);
  if (version == NULL)
    version = hashiya_conflict_get_version (conflict, HASHIYA_CONFLICT_SIDE_B);
  return HASHIYA_MENTION (version);
}
