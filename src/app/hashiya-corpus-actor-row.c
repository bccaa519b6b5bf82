/* hashiya-corpus-actor-row.c — a row of a corpus's actor list: the
 * actor's colour, its Arabic name, and its documents and mentions across
 * the corpus; the first row, "All Documents", the corpus's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-corpus-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-corpus-actor-row.h"
#include "hashiya-swatch.h"
#include "hashiya-ui-util.h"

/* Gives @item the row's widgets. */
void
hashiya_corpus_actor_row_setup (GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *counts = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (counts), 0.0);
  gtk_widget_add_css_class (counts, "caption");
  gtk_widget_add_css_class (counts, "dim-label");
  gtk_box_append (GTK_BOX (lines), name);
  gtk_box_append (GTK_BOX (lines), counts);
  gtk_box_append (GTK_BOX (box), hashiya_swatch_new ());
  gtk_box_append (GTK_BOX (box), lines);
  gtk_list_item_set_child (item, box);
}

/**
 * hashiya_corpus_actor_row_bind:
 * @item: a row made by hashiya_corpus_actor_row_setup(), whose item is a
 *   #GtkStringObject of an actor's id, or "" for all documents
 * @corpus_stats: (nullable): the corpus's numbers
 * @actor_stats: an actor's id → its #HashiyaCorpusActorStats
 *
 * Shows the actor of @item, with its numbers.
 */
void
hashiya_corpus_actor_row_bind (GtkListItem              *item,
                               HashiyaCorpus            *corpus,
                               const HashiyaCorpusStats *corpus_stats,
                               GHashTable               *actor_stats)
{
  const char *id = gtk_string_object_get_string (gtk_list_item_get_item (item));
  GtkWidget *swatch = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *name = gtk_widget_get_first_child (gtk_widget_get_next_sibling (swatch));
  GtkWidget *counts = gtk_widget_get_next_sibling (name);
  HashiyaCorpusActorStats *stats = g_hash_table_lookup (actor_stats, id);
  HashiyaActor *actor = corpus != NULL && id[0] != '\0'
                        ? hashiya_catalog_lookup (hashiya_corpus_get_catalog (corpus), id) : NULL;
  g_autofree char *documents = NULL;
  g_autofree char *text = NULL;
  guint n_documents, n_mentions;

  if (id[0] == '\0')
    {
      n_documents = corpus_stats != NULL ? corpus_stats->n_documents : 0;
      n_mentions = corpus_stats != NULL ? (guint) corpus_stats->n_mentions : 0;
      gtk_label_set_label (GTK_LABEL (name), _("All Documents"));
      gtk_widget_set_visible (swatch, FALSE);
    }
  else
    {
      n_documents = stats != NULL ? stats->n_documents : 0;
      n_mentions = stats != NULL ? stats->n_mentions : 0;
      /* The Arabic name, as the text has it; the English one tells it. */
      gtk_label_set_label (GTK_LABEL (name), actor != NULL && hashiya_actor_get_name_ar (actor) != NULL
                                             ? hashiya_actor_get_name_ar (actor)
                                             : stats != NULL && stats->name != NULL ? stats->name : id);
      gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                                   actor != NULL ? hashiya_actor_get_display_name (actor) : NULL);
      gtk_widget_set_visible (swatch, TRUE);
      hashiya_swatch_set_color (HASHIYA_SWATCH (swatch), actor != NULL ? hashiya_actor_get_color (actor) : NULL);
    }
  documents = g_strdup_printf (ngettext ("%u document", "%u documents", n_documents), n_documents);
  /* Translators: "3 documents · 12 mentions" */
  text = g_strdup_printf (ngettext ("%s · %u mention", "%s · %u mentions", n_mentions), documents, n_mentions);
  gtk_label_set_label (GTK_LABEL (counts), text);
}
