/* hashiya-pictures-evidence.c — the rows of the sentences of an actor or
 * a link under the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sentence is a label right to left, its mentions highlighted by a
 * background and an underline only (never a change of weight), after
 * the title of its document when the pictures show several.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <adwaita.h>

#include "hashiya-pictures-evidence.h"

static void
setup_evidence_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_direction (label, GTK_TEXT_DIR_RTL);
  gtk_widget_set_margin_top (label, 4);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_widget_add_css_class (label, "evidence");
  gtk_list_item_set_child (item, label);
}

static void
bind_evidence_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  const gboolean           *with_titles)
{
  HashiyaNetworkEvidence *evidence = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = hashiya_network_evidence_dup_text (evidence);
  g_autofree char *shown = NULL;
  PangoAttrList *attributes = pango_attr_list_new ();
  guint start = hashiya_network_evidence_get_start (evidence);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char *document_title = hashiya_network_document_get_title (hashiya_network_evidence_get_document (evidence));
  gsize prefix = 0;

  /* A sentence of another document says which; U+200F keeps the
   * title's place on the right. */
  if (*with_titles && document_title != NULL)
    {
      shown = g_strdup_printf ("%s\u200F: %s", document_title, text);
      prefix = strlen (shown) - strlen (text);
    }
  else
    shown = g_strdup (text);
  for (guint i = 0; i < hashiya_network_evidence_get_n_highlights (evidence); i++)
    {
      guint h_start, h_end;
      PangoAttribute *background, *underline;
      const char *from, *to;

      hashiya_network_evidence_get_highlight (evidence, i, &h_start, &h_end);
      if (h_start < start || h_end < h_start || h_end - start > g_utf8_strlen (text, -1))
        continue;
      from = g_utf8_offset_to_pointer (text, h_start - start);
      to = g_utf8_offset_to_pointer (text, h_end - start);
      background = dark ? pango_attr_background_new (0x6000, 0x4c00, 0x0000) : pango_attr_background_new (0xff00, 0xe600, 0x8000);
      background->start_index = prefix + (from - text);
      background->end_index = prefix + (to - text);
      pango_attr_list_insert (attributes, background);
      underline = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
      underline->start_index = background->start_index;
      underline->end_index = background->end_index;
      pango_attr_list_insert (attributes, underline);
    }
  gtk_label_set_label (label, shown);
  gtk_label_set_attributes (label, attributes);
  pango_attr_list_unref (attributes);
}

/**
 * hashiya_pictures_evidence_factory_new:
 * @with_titles: whether rows start with their document's title, read
 *   when a row is bound; it must outlive the factory
 *
 * Returns: (transfer full): the factory of the rows of a list of
 *   #HashiyaNetworkEvidence
 */
GtkListItemFactory *
hashiya_pictures_evidence_factory_new (const gboolean *with_titles)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_evidence_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_evidence_cb), (gpointer) with_titles);
  return factory;
}
