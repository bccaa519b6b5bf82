/* hashiya-pictures-actions.c — what the window does with its Pictures
 * page: showing it, opening a sentence in the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.show-pictures switches the window between the text and the
 * Pictures page. A sentence chosen on the page opens in the text, its
 * mention selected.
 */

#define G_LOG_DOMAIN "hashiya-pictures"

#include "config.h"

#include <glib/gi18n.h>

#include "hashiya-pictures-actions.h"

/* The window */

typedef struct
{
  GtkStack            *stack;
  HashiyaPage         *page;
  HashiyaPicturesPage *pictures;
} Parts;

static void
show_pictures_cb (GSimpleAction *action,
                  GVariant      *state,
                  gpointer       data)
{
  Parts *parts = data;
  gboolean show = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_stack_set_visible_child_name (parts->stack, show ? "pictures" : "document");
  if (show)
    gtk_widget_grab_focus (GTK_WIDGET (hashiya_pictures_page_get_network_view (parts->pictures)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (hashiya_page_get_text_view (parts->page)));
}

static void
stack_changed_cb (GtkStack      *stack,
                  GParamSpec    *pspec,
                  GSimpleAction *action)
{
  gboolean show = g_strcmp0 (gtk_stack_get_visible_child_name (stack), "pictures") == 0;

  g_simple_action_set_state (action, g_variant_new_boolean (show));
}

/* A sentence of the page opens in the text, its mention (or its
 * relation's first mention) selected. */
static void
open_evidence_cb (HashiyaPicturesPage    *pictures,
                  HashiyaNetworkEvidence *evidence,
                  GtkWidget              *window)
{
  Parts *parts = g_object_get_data (G_OBJECT (window), "hashiya-pictures-parts");
  HashiyaTextView *view = hashiya_page_get_text_view (parts->page);
  HashiyaDocument *document = hashiya_network_document_get_document (hashiya_network_evidence_get_document (evidence));
  HashiyaMention *mention = hashiya_network_evidence_get_mention (evidence);
  HashiyaRelation *relation = hashiya_network_evidence_get_relation (evidence);

  if (document != hashiya_text_view_get_document (view))
    return;
  if (mention == NULL && relation != NULL)
    mention = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "show-pictures", g_variant_new_boolean (FALSE));
  if (mention != NULL)
    hashiya_text_view_select_mention (view, mention);
  else
    hashiya_text_view_select_range (view, hashiya_network_evidence_get_start (evidence),
                                    hashiya_network_evidence_get_end (evidence));
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

/**
 * hashiya_pictures_actions_add:
 * @window: a window, whose action map gets win.show-pictures
 * @stack: its stack of "text" and "pictures"
 *
 * Joins the Pictures page to the window.
 */
void
hashiya_pictures_actions_add (GtkWidget           *window,
                              GtkStack            *stack,
                              HashiyaPage         *page,
                              HashiyaPicturesPage *pictures)
{
  g_autoptr(GSimpleAction) action = NULL;
  Parts *parts;

  g_return_if_fail (G_IS_ACTION_MAP (window));
  g_return_if_fail (GTK_IS_STACK (stack));

  parts = g_new0 (Parts, 1);
  parts->stack = stack, parts->page = page, parts->pictures = pictures;
  g_object_set_data_full (G_OBJECT (window), "hashiya-pictures-parts", parts, g_free);
  action = g_simple_action_new_stateful ("show-pictures", NULL, g_variant_new_boolean (FALSE));
  g_signal_connect (action, "change-state", G_CALLBACK (show_pictures_cb), parts);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
  g_signal_connect_object (stack, "notify::visible-child-name", G_CALLBACK (stack_changed_cb), action, 0);
  g_signal_connect_object (pictures, "open-evidence", G_CALLBACK (open_evidence_cb), window, 0);
}
