/* test-relation-view.c — relations in the text view: made by keyboard and
 * mouse, drawn as arcs over the right-to-left text, reviewed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

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

  return g_test_run ();
}
