/* test-relation-view.c — relations in the text view: made by keyboard and
 * mouse, drawn as arcs over the right-to-left text, reviewed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "hashiya-relation-chooser.h"
#include "hashiya-resources.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"
#include "hashiya-text-view.h"

/* The arc of @relation as the view draws it now, or %NULL. */
static HashiyaRelationArc *
find_arc (GArray          *arcs,
          HashiyaRelation *relation)
{
  for (guint i = 0; i < arcs->len; i++)
    {
      HashiyaRelationArc *arc = &g_array_index (arcs, HashiyaRelationArc, i);

      if (arc->relation == relation)
        return arc;
    }
  return NULL;
}

/* Whether @relation's arc is drawn with both ends in view. */
static gboolean
arc_in_view (HashiyaTextView *view,
             HashiyaRelation *relation)
{
  g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
  HashiyaRelationArc *arc = find_arc (arcs, relation);

  return arc != NULL && arc->source_edge == HASHIYA_ARC_EDGE_NONE && arc->target_edge == HASHIYA_ARC_EDGE_NONE;
}

/* Whether @relation's arc is drawn with its source (or target) in view. */
static gboolean
arc_end_in_view (HashiyaTextView *view,
                 HashiyaRelation *relation,
                 gboolean         source)
{
  g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
  HashiyaRelationArc *arc = find_arc (arcs, relation);

  return arc != NULL && (source ? arc->source_edge : arc->target_edge) == HASHIYA_ARC_EDGE_NONE;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static HashiyaRelation *
relate (HashiyaDocument *document,
        const char      *type,
        const char      *source,
        const char      *target)
{
  g_autoptr(GError) error = NULL;
  HashiyaRelation *relation = hashiya_document_relate (document, type, source, target, &error);

  g_assert_no_error (error);
  return relation;
}

static const char *
last_mention_id (HashiyaDocument *document)
{
  return hashiya_mention_get_id (hashiya_document_get_mention (document, hashiya_document_get_n_mentions (document) - 1));
}

/* The mention of @document at @start–@end. */
static HashiyaMention *
mention_at_span (HashiyaDocument *document,
                 guint            start,
                 guint            end)
{
  for (guint i = hashiya_document_find_first_at (document, start); i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (hashiya_mention_get_start (mention) == start && hashiya_mention_get_end (mention) == end)
        return mention;
    }
  g_assert_not_reached ();
}

/* The gold relations of the bundled article, added to its gold mentions
 * with @status. */
static void
add_gold_relations (HashiyaDocument      *document,
                    HashiyaMentionStatus  status)
{
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GPtrArray) relations = hashiya_test_load_gold_relations (&mentions);

  for (guint i = 0; i < relations->len; i++)
    {
      HashiyaGoldRelation *gold = g_ptr_array_index (relations, i);
      HashiyaGoldMention *source = g_ptr_array_index (mentions, gold->source);
      HashiyaGoldMention *target = g_ptr_array_index (mentions, gold->target);
      g_autofree char *id = hashiya_document_new_relation_id (document);
      g_autoptr(HashiyaRelation) relation = NULL;
      g_autoptr(GError) error = NULL;

      relation = hashiya_relation_new (id, gold->type,
                                       hashiya_mention_get_id (mention_at_span (document, source->start, source->end)),
                                       hashiya_mention_get_id (mention_at_span (document, target->start, target->end)));
      hashiya_relation_set_mode (relation, gold->mode);
      hashiya_relation_set_status (relation, status);
      hashiya_document_add_relation (document, relation, &error);
      g_assert_no_error (error);
    }
}

/* The first mention on the @rows-th line of the view below @mention's
 * line that has mentions. */
static HashiyaMention *
mention_lines_below (HashiyaTextView *view,
                     HashiyaDocument *document,
                     HashiyaMention  *mention,
                     guint            rows)
{
  GdkRectangle from = hashiya_text_view_get_range_rect (view, hashiya_mention_get_start (mention),
                                                        hashiya_mention_get_end (mention));
  int row = from.y;
  guint seen = 0;

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *other = hashiya_document_get_mention (document, i);
      GdkRectangle rect = hashiya_text_view_get_range_rect (view, hashiya_mention_get_start (other),
                                                            hashiya_mention_get_end (other));

      if (rect.y > row)
        {
          row = rect.y;
          if (++seen == rows)
            return other;
        }
    }
  g_assert_not_reached ();
}

static void
set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

/* With $HASHIYA_SCREENSHOT_DIR set: the arcs and the chooser, light and
 * dark, for a person to look at. */
static void
test_relation_view_screenshots (void)
{
  g_autoptr(HashiyaDocument) document = NULL;
  HashiyaWindow *window;
  HashiyaTextView *view;

  if (g_getenv ("HASHIYA_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("Screenshots are taken when HASHIYA_SCREENSHOT_DIR is set");
      return;
    }

  document = hashiya_test_import_gold ();
  add_gold_relations (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  window = hashiya_test_open_window (document);
  view = hashiya_window_get_text_view (window);
  for (guint dark = 0; dark < 2; dark++)
    {
      const char *style = dark ? "dark" : "light";
      g_autofree char *name = NULL;
      HashiyaMention *m1 = hashiya_document_lookup_mention (document, "m1");
      HashiyaRelation *across, *far;

      set_dark (dark);
      /* Every relation of the article. */
      hashiya_text_view_set_show_all_relations (view, TRUE);
      name = g_strdup_printf ("all-relations-%s", style);
      hashiya_test_screenshot (window, name);
      hashiya_text_view_set_show_all_relations (view, FALSE);

      /* Across a line break, to the next line and farther. */
      across = relate (document, "accuse", "m1", hashiya_mention_get_id (mention_lines_below (view, document, m1, 1)));
      hashiya_text_view_select_relation (view, across);
      WAIT_UNTIL (arc_in_view (view, across));
      g_free (name);
      name = g_strdup_printf ("across-lines-%s", style);
      hashiya_test_screenshot (window, name);
      hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
      across = relate (document, "accuse", hashiya_mention_get_id (mention_lines_below (view, document, m1, 3)), "m2");
      hashiya_text_view_select_relation (view, across);
      WAIT_UNTIL (arc_in_view (view, across));
      g_free (name);
      name = g_strdup_printf ("across-lines-margin-%s", style);
      hashiya_test_screenshot (window, name);
      hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));

      /* One with an end out of view. */
      far = relate (document, "threaten", "m2", last_mention_id (document));
      hashiya_text_view_select_relation (view, far);
      WAIT_UNTIL (arc_end_in_view (view, far, TRUE));
      g_free (name);
      name = g_strdup_printf ("end-out-of-view-%s", style);
      hashiya_test_screenshot (window, name);
      hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));

      /* The target picker, then the type chooser. */
      hashiya_text_view_select_mention (view, hashiya_document_lookup_mention (document, "m3"));
      g_assert_true (hashiya_text_view_relate (view));
      g_free (name);
      name = g_strdup_printf ("target-picker-%s", style);
      hashiya_test_screenshot (window, name);
      hashiya_relation_chooser_set_target (HASHIYA_RELATION_CHOOSER (hashiya_test_first_of_type (GTK_WIDGET (view), HASHIYA_TYPE_RELATION_CHOOSER)),
                                           hashiya_document_lookup_mention (document, "m5"));
      g_free (name);
      name = g_strdup_printf ("type-chooser-%s", style);
      hashiya_test_screenshot (window, name);
      hashiya_relation_chooser_cancel (HASHIYA_RELATION_CHOOSER (hashiya_test_first_of_type (GTK_WIDGET (view), HASHIYA_TYPE_RELATION_CHOOSER)));
      hashiya_text_view_select_mention (view, NULL);
    }
  set_dark (FALSE);
  hashiya_test_close_window (window);
}

/* hashiya_text_view_select_relation() highlights the arc and brings it
 * into view; the property follows, and a removed relation is unselected. */
static void
test_relation_view_select_relation (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  HashiyaRelation *near, *far;
  HashiyaRelation *property = NULL;
  guint notified = 0;

  near = relate (document, "consult", "m3", "m4");
  far = relate (document, "accuse", last_mention_id (document), "m1");
  g_signal_connect_swapped (view, "notify::selected-relation", G_CALLBACK (count_cb), &notified);

  /* Nothing selected, not shown all: no arc. */
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);

    g_assert_cmpuint (arcs->len, ==, 0);
  }

  /* The far one: its source, at the end of the text, comes into view. */
  hashiya_text_view_select_relation (view, far);
  g_assert_true (hashiya_text_view_get_selected_relation (view) == far);
  g_object_get (view, "selected-relation", &property, NULL);
  g_assert_true (property == far);
  g_clear_object (&property);
  g_assert_cmpuint (notified, ==, 1);
  WAIT_UNTIL (arc_end_in_view (view, far, TRUE));
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
    HashiyaRelationArc *arc = find_arc (arcs, far);

    g_assert_true (arc->selected);
    /* The target, at the start, is far above: the arc goes up to the
     * top edge. */
    g_assert_cmpint (arc->target_edge, ==, HASHIYA_ARC_EDGE_TOP);
    g_assert_true (arc->across_lines);
  }

  /* The near one: both its ends, back at the top. */
  hashiya_text_view_select_relation (view, near);
  g_assert_cmpuint (notified, ==, 2);
  WAIT_UNTIL (arc_in_view (view, near));

  /* Setting the same again says nothing. */
  hashiya_text_view_select_relation (view, near);
  g_assert_cmpuint (notified, ==, 2);

  /* Undone, the relation is gone, and unselected. */
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  g_assert_null (hashiya_text_view_get_selected_relation (view));
  g_assert_cmpuint (notified, ==, 3);

  hashiya_test_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("hashiya-ui-XXXXXX", NULL);

  /* Recent files and settings stay inside the test. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hashiya_core_init ();
  hashiya_register_resource ();

  g_test_add_func ("/relation-view/select-relation", test_relation_view_select_relation);
  g_test_add_func ("/relation-view/screenshots", test_relation_view_screenshots);

  return g_test_run ();
}
