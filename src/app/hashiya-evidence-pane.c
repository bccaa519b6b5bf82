/* hashiya-evidence-pane.c — the sentences of an actor or a link, beside
 * the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sentence is a label right to left, its mentions highlighted by a
 * background and an underline only (never a change of weight), after
 * the title of its document when the pictures show several. Enter (or a
 * click) on one asks to open it in the text.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hashiya-evidence-pane.h"

struct _HashiyaEvidencePane
{
  GtkWidget    parent_instance;

  gboolean     with_titles;

  GtkWidget   *box;
  GtkLabel    *title_label;
  GtkListView *list;
};

G_DEFINE_FINAL_TYPE (HashiyaEvidencePane, hashiya_evidence_pane, GTK_TYPE_WIDGET)

enum {
  OPEN,
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
                  HashiyaEvidencePane      *self)
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
  if (self->with_titles && document_title != NULL)
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

static void
activate_cb (HashiyaEvidencePane *self,
             guint                position)
{
  g_autoptr(HashiyaNetworkEvidence) evidence =
    g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (self->list)), position);

  if (evidence != NULL)
    g_signal_emit (self, signals[OPEN], 0, evidence);
}

static void
close_cb (HashiyaEvidencePane *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
hashiya_evidence_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HASHIYA_TYPE_EVIDENCE_PANE);

  G_OBJECT_CLASS (hashiya_evidence_pane_parent_class)->dispose (object);
}

static void
hashiya_evidence_pane_class_init (HashiyaEvidencePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hashiya_evidence_pane_dispose;

  /**
   * HashiyaEvidencePane::open:
   * @evidence: the sentence chosen
   *
   * The user asked to see a sentence in the text.
   */
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, HASHIYA_TYPE_NETWORK_EVIDENCE);
  /**
   * HashiyaEvidencePane::closed:
   *
   * The user closed the pane.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hashiya/Hashiya/hashiya-evidence-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, HashiyaEvidencePane, box);
  gtk_widget_class_bind_template_child (widget_class, HashiyaEvidencePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, HashiyaEvidencePane, list);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hashiya_evidence_pane_init (HashiyaEvidencePane *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_evidence_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_evidence_cb), self);
  gtk_list_view_set_factory (self->list, factory);
}

/**
 * hashiya_evidence_pane_show:
 * @title: the actor's name, or the link's ends
 * @evidence: (element-type HashiyaNetworkEvidence): its sentences
 *
 * Shows the pane with @evidence under @title and how many there are.
 */
void
hashiya_evidence_pane_show (HashiyaEvidencePane *self,
                            const char          *title,
                            GListModel          *evidence)
{
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autofree char *heading = NULL;

  g_return_if_fail (HASHIYA_IS_EVIDENCE_PANE (self));
  g_return_if_fail (G_IS_LIST_MODEL (evidence));

  selection = gtk_single_selection_new (g_object_ref (evidence));
  heading = g_strdup_printf (_("%s\nSentences: %u"), title, g_list_model_get_n_items (evidence));
  gtk_label_set_label (self->title_label, heading);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

/* The list's rows are made when it is laid out: its first one takes the
 * focus at the next frame. */
static gboolean
focus_first_cb (GtkWidget     *list,
                GdkFrameClock *clock,
                gpointer       data)
{
  gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* Gives the keyboard to the first sentence. */
void
hashiya_evidence_pane_focus (HashiyaEvidencePane *self)
{
  g_return_if_fail (HASHIYA_IS_EVIDENCE_PANE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list));
  gtk_widget_add_tick_callback (GTK_WIDGET (self->list), focus_first_cb, NULL, NULL);
}

/* Whether each sentence starts with its document's title. */
void
hashiya_evidence_pane_set_with_titles (HashiyaEvidencePane *self,
                                       gboolean             with_titles)
{
  g_return_if_fail (HASHIYA_IS_EVIDENCE_PANE (self));
  self->with_titles = with_titles;
}

GtkListView *
hashiya_evidence_pane_get_list (HashiyaEvidencePane *self)
{
  g_return_val_if_fail (HASHIYA_IS_EVIDENCE_PANE (self), NULL);
  return self->list;
}
