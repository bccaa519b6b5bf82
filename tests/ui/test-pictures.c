/* test-pictures.c — the window's Pictures page: the network, counts and
 * timeline, reached and used with real keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With HASHIYA_SCREENSHOTS set to a folder, each test also photographs the
 * screen there (ImageMagick's import).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hashiya-chart-view.h"
#include "hashiya-corpus-page.h"
#include "hashiya-counts-tab.h"
#include "hashiya-curation-panel.h"
#include "hashiya-evidence-pane.h"
#include "hashiya-network-corpus.h"
#include "hashiya-network-layout.h"
#include "hashiya-pictures-filters.h"
#include "hashiya-pictures-page.h"
#include "hashiya-pictures-scope.h"
#include "hashiya-relation-editor.h"
#include "hashiya-relation-list.h"
#include "hashiya-test-cli.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-network.h"
#include "hashiya-test-util.h"
#include "hashiya-test-window.h"
#include "hashiya-timeline-range.h"
#include "hashiya-timeline-tab.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define pictures_child(w, name) \
  GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (hashiya_window_get_pictures_page (w)), \
                                             HASHIYA_TYPE_PICTURES_PAGE, (name)))
/* A child of the Counts or the Timeline tab. */
#define counts_child(w, name) \
  GTK_WIDGET (gtk_widget_get_template_child (pictures_child (w, "counts_tab"), HASHIYA_TYPE_COUNTS_TAB, (name)))
#define timeline_child(w, name) \
  GTK_WIDGET (gtk_widget_get_template_child (pictures_child (w, "timeline_tab"), HASHIYA_TYPE_TIMELINE_TAB, (name)))

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static void
screenshot (HashiyaWindow *window,
            const char    *name)
{
  const char *folder = g_getenv ("HASHIYA_SCREENSHOTS");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  guint frames = 0, id;

  if (folder == NULL)
    return;
  /* A tick callback keeps frames coming while the last ones are drawn. */
  id = gtk_widget_add_tick_callback (GTK_WIDGET (window), count_frame_cb, &frames, NULL);
  WAIT_UNTIL (frames >= 4);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), id);
  path = g_build_filename (folder, name, NULL);
  g_spawn_sync (NULL, (char *[]) { (char *) "import", (char *) "-window", (char *) "root", path, NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
}

static void
press (const char *key)
{
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
}

static gboolean
pictures_shown (HashiyaWindow *window)
{
  HashiyaPicturesPage *pictures = hashiya_window_get_pictures_page (window);

  return gtk_widget_get_mapped (GTK_WIDGET (pictures)) && !hashiya_pictures_page_get_busy (pictures) &&
         hashiya_pictures_page_get_network (pictures) != NULL;
}

/* Presses Shift+Ctrl+P until the Pictures page is drawn. */
static void
show_pictures_by_key (HashiyaWindow *window)
{
  HashiyaPicturesPage *pictures = hashiya_window_get_pictures_page (window);

  for (guint attempt = 0; attempt < 5 && !gtk_widget_get_mapped (GTK_WIDGET (pictures)); attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      press ("ctrl+shift+p");
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!gtk_widget_get_mapped (GTK_WIDGET (pictures)) && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  WAIT_UNTIL (pictures_shown (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
}

static gboolean
focus_within (HashiyaWindow *window,
              GtkWidget     *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
press_until (HashiyaWindow *window,
             const char    *key,
             gboolean     (*done) (HashiyaWindow *, gpointer),
             gpointer       data)
{
  for (guint attempt = 0; attempt < 5 && !done (window, data); attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      press (key);
      id = g_timeout_add_seconds (3, hashiya_test_timeout_cb, &waited);
      while (!done (window, data) && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_true (done (window, data));
}

static gboolean
zoom_above (HashiyaWindow *window,
            gpointer       data)
{
  return hashiya_network_view_get_zoom (hashiya_pictures_page_get_network_view (hashiya_window_get_pictures_page (window)))
         > *(double *) data + 1e-6;
}

static gboolean
zoom_below (HashiyaWindow *window,
            gpointer       data)
{
  return hashiya_network_view_get_zoom (hashiya_pictures_page_get_network_view (hashiya_window_get_pictures_page (window)))
         < *(double *) data - 1e-6;
}

static gboolean
focus_in (HashiyaWindow *window,
          gpointer       widget)
{
  return focus_within (window, widget);
}

static gboolean
text_shown (HashiyaWindow *window,
            gpointer       data)
{
  HashiyaTextView *view = hashiya_window_get_text_view (window);

  return gtk_widget_get_mapped (GTK_WIDGET (view)) && gtk_widget_has_focus (GTK_WIDGET (view));
}

static HashiyaNetworkEdge *
find_edge (HashiyaNetwork *network,
           const char     *type,
           const char     *a,
           const char     *b)
{
  for (guint i = 0; i < hashiya_network_get_n_edges (network); i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      HashiyaRelationType *edge_type = hashiya_network_edge_get_relation_type (edge);
      const char *source = hashiya_network_node_get_id (hashiya_network_edge_get_source (edge));
      const char *target = hashiya_network_node_get_id (hashiya_network_edge_get_target (edge));

      if (edge_type == NULL || g_strcmp0 (type, hashiya_relation_type_get_id (edge_type)) != 0)
        continue;
      if ((g_str_equal (source, a) && g_str_equal (target, b)) || (g_str_equal (source, b) && g_str_equal (target, a)))
        return edge;
    }
  return NULL;
}

/* Every label under @root whose text holds @text. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL)
        return GTK_LABEL (child);
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* The bundled article with the gold's mentions and relations: switched to
 * by its shortcut, the network shows its actors and the gold's
 * cooperation and conflict; + and - zoom; Tab reaches the table, Enter
 * on an actor lists its sentences, Enter on one opens the text at it. */
static void
test_pictures_gold_network (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autoptr(HashiyaApplication) application = NULL;
  static const char * const actors[] = { "azerbaijan", "turkey", "iran", "armenia", "russia", "format-3plus3" };
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  HashiyaNetworkView *view;
  HashiyaNetwork *network;
  HashiyaNetworkEdge *edge;
  GtkWidget *nodes_table, *evidence_list;
  HashiyaMention *selected;
  double zoom;

  if (!hashiya_test_have_x11 ())
    return;

  application = hashiya_test_registered_application ();
  window = hashiya_test_open_window_in (application, document);
  pictures = hashiya_window_get_pictures_page (window);
  view = hashiya_pictures_page_get_network_view (pictures);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (pictures)));

  show_pictures_by_key (window);
  network = hashiya_pictures_page_get_network (pictures);
  g_assert_cmpuint (hashiya_network_get_n_nodes (network), ==, 12);
  g_assert_cmpuint (hashiya_network_get_n_edges (network), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_lookup_node (network, actors[i]);
      cairo_rectangle_t box, label;

      g_assert_nonnull (node);
      g_assert_true (hashiya_network_scene_get_node_box (hashiya_network_view_get_scene (view), node, &box));
      g_assert_true (hashiya_network_scene_get_label_box (hashiya_network_view_get_scene (view), node, &label));
      /* Inside the view, the label off its node. */
      g_assert_cmpfloat (box.x, >=, 0);
      g_assert_cmpfloat (box.x + box.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
      g_assert_cmpfloat (label.x, >=, 0);
      g_assert_cmpfloat (label.x + label.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
      g_assert_true (label.y >= box.y + box.height || label.y + label.height <= box.y ||
                     label.x >= box.x + box.width || label.x + label.width <= box.x);
    }
  /* The gold's cooperation (verbal: consultations with the 3+3 format)
   * and conflict. */
  edge = find_edge (network, "consult", "iran", "format-3plus3");
  g_assert_nonnull (edge);
  g_assert_cmpuint (hashiya_network_edge_get_count (edge), ==, 4);
  g_assert_cmpint (hashiya_network_edge_get_quad_class (edge), ==, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  for (guint i = 0; i < hashiya_network_get_n_edges (network); i++)
    if (hashiya_network_edge_get_quad_class (hashiya_network_get_edge (network, i)) >= HASHIYA_QUAD_CLASS_VERBAL_CONFLICT)
      edge = hashiya_network_get_edge (network, i);
  g_assert_cmpint (hashiya_network_edge_get_quad_class (edge), >=, HASHIYA_QUAD_CLASS_VERBAL_CONFLICT);
  /* Degree and betweenness measured, as the tooltip says them. */
  {
    g_autofree char *tooltip = hashiya_network_view_describe_node (hashiya_network_lookup_node (network, "format-3plus3"));

    g_assert_nonnull (strstr (tooltip, "betweenness: 9.5"));
  }
  screenshot (window, "network.png");

  /* + and - zoom the network. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  zoom = hashiya_network_view_get_zoom (view);
  press_until (window, "plus", zoom_above, &zoom);
  zoom = hashiya_network_view_get_zoom (view);
  press_until (window, "minus", zoom_below, &zoom);
  zoom = hashiya_network_view_get_zoom (view);
  press_until (window, "minus", zoom_below, &zoom);
  g_assert_cmpfloat (hashiya_network_view_get_zoom (view), <, 1.0);
  press ("0");
  WAIT_UNTIL (fabs (hashiya_network_view_get_zoom (view) - 1.0) < 1e-9);

  /* Tab reaches the table of actors, with the same numbers. */
  nodes_table = pictures_child (window, "nodes_table");
  press_until (window, "Tab", focus_in, nodes_table);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (nodes_table)))),
                    ==, 12);

  /* Enter on the first actor lists its mentions, in their sentences. */
  evidence_list = GTK_WIDGET (hashiya_evidence_pane_get_list (HASHIYA_EVIDENCE_PANE (pictures_child (window, "evidence_box"))));
  press_until (window, "Return", focus_in, evidence_list);
  g_assert_true (gtk_widget_get_visible (pictures_child (window, "evidence_box")));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (evidence_list)))),
                    ==, hashiya_network_node_get_mentions (hashiya_network_get_node (network, 0)));
  screenshot (window, "network-mentions.png");

  /* Enter on one opens the text there, its mention selected. */
  press_until (window, "Return", text_shown, NULL);
  selected = hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (hashiya_mention_get_actor (selected), ==,
                   hashiya_network_node_get_id (hashiya_network_get_node (network, 0)));

  hashiya_test_close_window (window);
}

/* An edge's sentences: right to left, both mentions highlighted by a
 * background and an underline only; Enter opens the relation's first
 * mention in the text. */
static void
test_pictures_edge_evidence (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autoptr(HashiyaApplication) application = NULL;
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  HashiyaNetworkEdge *edge;
  GtkWidget *evidence_list;
  GtkLabel *sentence;
  PangoAttrList *attributes;
  g_autoptr(GSList) list = NULL;
  guint n_backgrounds = 0;
  HashiyaMention *selected;

  if (!hashiya_test_have_x11 ())
    return;

  application = hashiya_test_registered_application ();
  window = hashiya_test_open_window_in (application, document);
  pictures = hashiya_window_get_pictures_page (window);
  show_pictures_by_key (window);

  edge = find_edge (hashiya_pictures_page_get_network (pictures), "consult", "iran", "format-3plus3");
  g_signal_emit_by_name (hashiya_pictures_page_get_network_view (pictures), "edge-activated", edge);
  evidence_list = GTK_WIDGET (hashiya_evidence_pane_get_list (HASHIYA_EVIDENCE_PANE (pictures_child (window, "evidence_box"))));
  g_assert_true (gtk_widget_get_visible (pictures_child (window, "evidence_box")));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (evidence_list)))),
                    >=, 1);
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  sentence = find_label (evidence_list, "");
  g_assert_nonnull (sentence);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (sentence)), ==, GTK_TEXT_DIR_RTL);
  attributes = gtk_label_get_attributes (sentence);
  g_assert_nonnull (attributes);
  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      g_assert_true (attribute->klass->type == PANGO_ATTR_BACKGROUND || attribute->klass->type == PANGO_ATTR_UNDERLINE);
      n_backgrounds += attribute->klass->type == PANGO_ATTR_BACKGROUND;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
  g_assert_cmpuint (n_backgrounds, >=, 2);
  screenshot (window, "network-evidence.png");

  hashiya_test_focus_window (window);
  gtk_widget_grab_focus (evidence_list);
  gtk_widget_child_focus (evidence_list, GTK_DIR_TAB_FORWARD);
  press_until (window, "Return", text_shown, NULL);
  selected = hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (window));
  g_assert_nonnull (selected);
  g_assert_true (g_str_equal (hashiya_mention_get_actor (selected), "iran") ||
                 g_str_equal (hashiya_mention_get_actor (selected), "format-3plus3"));

  hashiya_test_close_window (window);
}

static gboolean
generation_past (gpointer data)
{
  gpointer *args = data;

  return hashiya_pictures_page_get_generation (args[0]) <= GPOINTER_TO_UINT (args[1]) ||
         hashiya_pictures_page_get_busy (args[0]);
}

/* A change of the document redraws the pictures a moment later; the
 * actors that stay stay in place. A node dragged is pinned, and its place
 * kept in the state folder. */
static void
test_pictures_follow_document (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  HashiyaNetwork *network;
  HashiyaNetworkNode *iran;
  HashiyaMention *mention;
  g_autoptr(GError) error = NULL;
  g_autofree char *positions_path = hashiya_network_positions_path_for_document (document);
  guint generation, n_mentions;
  double x, y, min_x, min_y, max_x, max_y;

  window = hashiya_test_open_window (document);
  pictures = hashiya_window_get_pictures_page (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
  WAIT_UNTIL (pictures_shown (window));
  network = hashiya_pictures_page_get_network (pictures);
  iran = hashiya_network_lookup_node (network, "iran");
  n_mentions = hashiya_network_node_get_mentions (iran);
  x = hashiya_network_node_get_x (iran), y = hashiya_network_node_get_y (iran);
  hashiya_network_get_extent (network, &min_x, &min_y, &max_x, &max_y);

  /* One more mention of Iran, on a word the gold leaves alone. */
  generation = hashiya_pictures_page_get_generation (pictures);
  mention = hashiya_document_annotate (document, 0, 6, "iran", HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mention);
  hashiya_test_wait_while (generation_past, (gpointer[]) { pictures, GUINT_TO_POINTER (generation) });
  network = hashiya_pictures_page_get_network (pictures);
  iran = hashiya_network_lookup_node (network, "iran");
  g_assert_cmpuint (hashiya_network_node_get_mentions (iran), ==, n_mentions + 1);
  g_assert_cmpfloat (fabs (hashiya_network_node_get_x (iran) - x), <=, 0.02 * (max_x - min_x) + 1e-9);
  g_assert_cmpfloat (fabs (hashiya_network_node_get_y (iran) - y), <=, 0.02 * (max_y - min_y) + 1e-9);

  /* Dragged away with the mouse, Iran is pinned there, and the place kept. */
  if (hashiya_test_have_x11 ())
    {
      HashiyaNetworkView *view = hashiya_pictures_page_get_network_view (pictures);
      g_autoptr(HashiyaNetworkPositions) kept = NULL;
      cairo_rectangle_t box;
      graphene_point_t in, out;
      double nx, ny;
      gboolean pinned = FALSE;
      g_autofree char *xid = NULL;
      g_autofree char *from_x = NULL, *from_y = NULL, *to_x = NULL, *to_y = NULL, *mid_x = NULL, *mid_y = NULL;

      hashiya_test_focus_window (window);
      g_assert_true (hashiya_network_scene_get_node_box (hashiya_network_view_get_scene (view), iran, &box));
      in = GRAPHENE_POINT_INIT (box.x + box.width / 2, box.y + box.height / 2);
      g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window), &in, &out));
      gtk_native_get_surface_transform (GTK_NATIVE (window), &nx, &ny);
      xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
      from_x = g_strdup_printf ("%d", (int) (out.x + nx)), from_y = g_strdup_printf ("%d", (int) (out.y + ny));
      mid_x = g_strdup_printf ("%d", (int) (out.x + nx) + 20), mid_y = g_strdup_printf ("%d", (int) (out.y + ny) + 10);
      to_x = g_strdup_printf ("%d", (int) (out.x + nx) + 60), to_y = g_strdup_printf ("%d", (int) (out.y + ny) + 30);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "mousemove", "--window", xid, from_x, from_y,
                                                         "sleep", "0.2", "mousedown", "1", "sleep", "0.2",
                                                         "mousemove", "--window", xid, mid_x, mid_y, "sleep", "0.2",
                                                         "mousemove", "--window", xid, to_x, to_y, "sleep", "0.2",
                                                         "mouseup", "1", NULL });
      WAIT_UNTIL (hashiya_network_node_get_pinned (iran) && g_file_test (positions_path, G_FILE_TEST_EXISTS));
      /* Where it was dropped, however the picture is turned. */
      g_assert_true (hashiya_network_scene_get_node_box (hashiya_network_view_get_scene (view), iran, &box));
      g_assert_cmpfloat (box.x + box.width / 2, >, in.x + 30);
      g_assert_cmpfloat (box.y + box.height / 2, >, in.y + 10);
      x = hashiya_network_node_get_x (iran), y = hashiya_network_node_get_y (iran);
      kept = hashiya_network_positions_load (positions_path, &error);
      g_assert_no_error (error);
      g_assert_true (hashiya_network_positions_lookup (kept, "iran", &nx, &ny, &pinned));
      g_assert_true (pinned);
      g_assert_cmpfloat (fabs (nx - x), <, 1e-3);

      /* Another change of the document: Iran stays where it was put. */
      generation = hashiya_pictures_page_get_generation (pictures);
      hashiya_document_remove_mention (document, mention);
      hashiya_test_wait_while (generation_past, (gpointer[]) { pictures, GUINT_TO_POINTER (generation) });
      iran = hashiya_network_lookup_node (hashiya_pictures_page_get_network (pictures), "iran");
      g_assert_true (hashiya_network_node_get_pinned (iran));
      g_assert_cmpfloat (fabs (hashiya_network_node_get_x (iran) - x), <, 1e-3);
    }

  hashiya_test_close_window (window);
}

static gboolean
stack_shows (HashiyaWindow *window,
             const char    *stack,
             const char    *name)
{
  GtkWidget *widget = g_str_has_prefix (stack, "counts_")   ? counts_child (window, stack)
                    : g_str_has_prefix (stack, "timeline_") ? timeline_child (window, stack)
                                                            : pictures_child (window, stack);

  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (widget)), name) == 0;
}

/* No mention, one actor, a filter that leaves none: said in words. */
static void
test_pictures_empty (void)
{
  g_autoptr(HashiyaDocument) empty = hashiya_test_gold_version (0, "gold");
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  AdwStatusPage *status;
  GtkCheckButton *check;

  window = hashiya_test_open_window (empty);
  pictures = hashiya_window_get_pictures_page (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
  WAIT_UNTIL (pictures_shown (window));
  g_assert_true (stack_shows (window, "network_stack", "content"));

  /* Every kind of actor left out: nothing to draw, and why. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (gtk_widget_get_template_child (pictures_child (window, "filters"), HASHIYA_TYPE_PICTURES_FILTERS, "kind_box"))); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      check = GTK_CHECK_BUTTON (child);
      gtk_check_button_set_active (check, FALSE);
    }
  WAIT_UNTIL (pictures_shown (window));
  g_assert_true (stack_shows (window, "network_stack", "empty"));
  status = ADW_STATUS_PAGE (pictures_child (window, "network_status"));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Actor to Draw");
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "No actor is left: no mention passes these filters.");
  g_assert_true (stack_shows (window, "counts_stack", "empty"));
  screenshot (window, "network-filtered-empty.png");
  hashiya_test_close_window (window);

  /* A document of one mention: one actor, no link, said over it. */
  {
    g_autoptr(HashiyaDocument) one = hashiya_test_gold_version (0, "gold");
    GtkLabel *summary;

    while (hashiya_document_get_n_mentions (one) > 1)
      hashiya_document_remove_mention (one, hashiya_document_get_mention (one, 0));
    window = hashiya_test_open_window (one);
    pictures = hashiya_window_get_pictures_page (window);
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
    WAIT_UNTIL (pictures_shown (window));
    g_assert_cmpuint (hashiya_network_get_n_nodes (hashiya_pictures_page_get_network (pictures)), ==, 1);
    g_assert_true (stack_shows (window, "network_stack", "content"));
    summary = GTK_LABEL (pictures_child (window, "summary_label"));
    g_assert_nonnull (strstr (gtk_label_get_label (summary), "No relation between these actors passes these filters."));
    screenshot (window, "network-one-actor.png");
    hashiya_test_close_window (window);
  }

  /* A document without mentions. */
  {
    g_autoptr(HashiyaDocument) none = hashiya_test_gold_version (0, "gold");

    while (hashiya_document_get_n_mentions (none) > 0)
      hashiya_document_remove_mention (none, hashiya_document_get_mention (none, 0));
    window = hashiya_test_open_window (none);
    pictures = hashiya_window_get_pictures_page (window);
    g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
    WAIT_UNTIL (pictures_shown (window));
    g_assert_true (stack_shows (window, "network_stack", "empty"));
    g_assert_true (stack_shows (window, "counts_stack", "empty"));
    g_assert_true (stack_shows (window, "timeline_stack", "empty"));
    status = ADW_STATUS_PAGE (timeline_child (window, "timeline_status"));
    g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Dates");
    hashiya_test_close_window (window);
  }
}

/* The counts as bars over their table. */
static void
test_pictures_counts (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  GtkColumnView *table;
  GListModel *counts;

  window = hashiya_test_open_window (document);
  pictures = hashiya_window_get_pictures_page (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
  WAIT_UNTIL (pictures_shown (window));
  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_COUNTS);
  counts = hashiya_pictures_page_get_counts (pictures);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 12);
  table = GTK_COLUMN_VIEW (counts_child (window, "counts_table"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (table))), ==, 12);
  g_assert_true (stack_shows (window, "counts_stack", "content"));
  screenshot (window, "counts.png");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (counts_child (window, "counts_dropdown")), 4);
  counts = hashiya_pictures_page_get_counts (pictures);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 4);
  screenshot (window, "counts-quad-classes.png");
  hashiya_test_close_window (window);
}

/* A corpus made by hashiya-cli corpus in @dir/corpus, of @document five
 * times: four dated in September, October (twice) and December 2023, one
 * without a date. Returns its folder. */
static char *
make_dated_corpus (HashiyaDocument *document,
                   const char      *dir)
{
  g_autofree char *corpus_dir = g_build_filename (dir, "corpus", NULL);
  g_autoptr(GBytes) bytes = hashiya_format_write (document);
  static const char * const dates[] = { "2023-09-12", "2023-10-23", "2023-10-30", "2023-12-04", NULL };
  g_autoptr(GError) error = NULL;

  {
    g_auto(HashiyaTestRun) run = hashiya_test_run_cli ("corpus", "init", corpus_dir, "--name", "Caucasus");

    g_assert_cmpint (run.status, ==, 0);
  }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *title = g_strdup_printf ("Article %u", i + 1);
      g_autofree char *copy = g_strdup_printf ("%s/article-%u.hashiya", dir, i + 1);
      g_auto(HashiyaTestRun) run = { 0 };

      g_assert_true (g_file_set_contents (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
      if (dates[i] != NULL)
        run = hashiya_test_run_cli ("corpus", "add", corpus_dir, copy, "--title", title, "--date", dates[i]);
      else
        run = hashiya_test_run_cli ("corpus", "add", corpus_dir, copy, "--title", title);
      g_assert_cmpint (run.status, ==, 0);
    }
  return g_steal_pointer (&corpus_dir);
}

/* A corpus made by hashiya-cli corpus: three dated documents and one
 * without a date, said as left out. */
static void
test_pictures_corpus_timeline (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autofree char *dir = g_dir_make_tmp ("hashiya-pictures-XXXXXX", NULL);
  g_autofree char *corpus_dir = make_dated_corpus (document, dir);
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *positions = NULL;
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  HashiyaNetworkTimeline *timeline;

  folder = g_file_new_for_path (corpus_dir);
  corpus = hashiya_corpus_open (folder, NULL, &error);
  g_assert_no_error (error);
  documents = hashiya_network_documents_from_corpus (corpus, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 5);
  positions = hashiya_network_positions_path_for_corpus (corpus);

  window = hashiya_test_open_window (document);
  pictures = hashiya_window_get_pictures_page (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
  WAIT_UNTIL (pictures_shown (window));
  hashiya_pictures_page_set_documents (pictures, documents, positions);
  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_TIMELINE);
  WAIT_UNTIL (pictures_shown (window) && hashiya_pictures_page_get_timeline (pictures) != NULL &&
              hashiya_network_timeline_get_n_documents (hashiya_pictures_page_get_timeline (pictures)) == 4);
  timeline = hashiya_pictures_page_get_timeline (pictures);
  g_assert_cmpuint (hashiya_network_timeline_get_n_undated (timeline), ==, 1);
  g_assert_cmpuint (hashiya_network_timeline_get_n_periods (timeline), ==, 4);
  g_assert_true (stack_shows (window, "timeline_stack", "content"));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (timeline_child (window, "undated_label"))), ==,
                   "Documents left out for having no date: 1.");
  g_assert_cmpuint (hashiya_network_get_n_nodes (hashiya_pictures_page_get_network (pictures)), ==, 12);
  screenshot (window, "timeline.png");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (timeline_child (window, "timeline_dropdown")), 1);
  WAIT_UNTIL (pictures_shown (window));
  screenshot (window, "timeline-quad-classes.png");
  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_NETWORK);
  screenshot (window, "network-corpus.png");

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

/* Six generated documents, five dated a month apart from January 2023
 * and one without a date, from two sources. */
static GPtrArray *
dated_documents (void)
{
  g_autoptr(GRand) random = g_rand_new_with_seed (1717);
  GPtrArray *documents = hashiya_network_documents_new ();

  for (guint d = 0; d < 6; d++)
    {
      g_autoptr(GBytes) bytes = hashiya_test_network_document (random, 24, 10);
      g_autofree char *id = g_strdup_printf ("doc-%u.hashiya", d);
      g_autofree char *title = g_strdup_printf ("Dispatch %u", d + 1);
      g_autofree char *date = d < 5 ? g_strdup_printf ("2023-%02u-15", d + 1) : NULL;
      g_autoptr(HashiyaDocument) document = NULL;
      g_autoptr(GError) error = NULL;

      document = hashiya_format_read (bytes, id, &error);
      g_assert_no_error (error);
      g_ptr_array_add (documents, hashiya_network_document_new (document, id, title, date,
                                                                d % 2 == 0 ? "agency" : "paper", &error));
      g_assert_no_error (error);
    }
  return documents;
}

/* The network the core makes of @documents with only these dates and
 * sources. */
static void
expected_network (GPtrArray  *documents,
                  const char *from,
                  const char *to,
                  const char *source,
                  guint      *n_nodes,
                  guint      *n_edges)
{
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(HashiyaNetwork) network = NULL;

  g_assert_true (hashiya_network_filter_set_dates (filter, from, to, NULL));
  if (source != NULL)
    filter->sources = g_strsplit (source, ",", -1);
  network = hashiya_network_new (documents, filter);
  *n_nodes = hashiya_network_get_n_nodes (network);
  *n_edges = hashiya_network_get_n_edges (network);
}

static gboolean
network_has_dates (HashiyaWindow *window,
                   const char    *from,
                   const char    *to)
{
  HashiyaNetwork *network = hashiya_pictures_page_get_network (hashiya_window_get_pictures_page (window));

  return pictures_shown (window) && g_strcmp0 (hashiya_network_get_filter (network)->from, from) == 0 &&
         g_strcmp0 (hashiya_network_get_filter (network)->to, to) == 0;
}

static void
assert_network (HashiyaWindow *window,
                guint          n_nodes,
                guint          n_edges)
{
  HashiyaNetwork *network = hashiya_pictures_page_get_network (hashiya_window_get_pictures_page (window));

  g_assert_cmpuint (hashiya_network_get_n_nodes (network), ==, n_nodes);
  g_assert_cmpuint (hashiya_network_get_n_edges (network), ==, n_edges);
}

static gboolean
popover_shown (HashiyaWindow *window,
               gpointer       button)
{
  return gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (button)));
}

#define scope_child(w, name) \
  GTK_WIDGET (gtk_widget_get_template_child (pictures_child (w, "scope"), HASHIYA_TYPE_PICTURES_SCOPE, (name)))

/* Replaces what the entry with the focus holds by @day. */
static void
type_day (const char *day)
{
  press ("ctrl+a");
  press ("BackSpace");
  if (*day != '\0')
    hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "type", "--delay", "40", day, NULL });
}

/* Types a range into the Fro_m and T_o entries: Alt+M, the day, Tab,
 * the day, Enter. */
static void
type_range (HashiyaWindow *window,
            const char    *from,
            const char    *to)
{
  hashiya_test_focus_window (window);
  press_until (window, "alt+m", focus_in, scope_child (window, "from_entry"));
  type_day (from);
  press_until (window, "Tab", focus_in, scope_child (window, "to_entry"));
  type_day (to);
  press ("Return");
}

/* The dates, sources and documents of a set: typed and toggled with
 * keys, the network that results is the core's for the same filter;
 * a wrong day is said and changes nothing; the timeline's range follows
 * the dates and sets them; a range that leaves nothing is said. */
static void
test_pictures_scope (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autoptr(GPtrArray) documents = dated_documents ();
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  GtkLabel *message;
  GtkWidget *range;
  guint n_nodes, n_edges, all_nodes, all_edges, generation;

  if (!hashiya_test_have_x11 ())
    return;

  window = hashiya_test_open_window (document);
  pictures = hashiya_window_get_pictures_page (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
  WAIT_UNTIL (pictures_shown (window));
  hashiya_pictures_page_set_documents (pictures, documents, NULL);
  expected_network (documents, NULL, NULL, NULL, &all_nodes, &all_edges);
  WAIT_UNTIL (pictures_shown (window) &&
              hashiya_network_get_documents (hashiya_pictures_page_get_network (pictures)) == documents);
  assert_network (window, all_nodes, all_edges);
  g_assert_true (gtk_widget_get_visible (pictures_child (window, "scope")));
  message = GTK_LABEL (scope_child (window, "message_label"));

  /* February to April: three documents of five dated, one without a
   * date said as left out. */
  type_range (window, "2023-02-01", "2023-04-30");
  WAIT_UNTIL (network_has_dates (window, "2023-02-01", "2023-04-30"));
  expected_network (documents, "2023-02-01", "2023-04-30", NULL, &n_nodes, &n_edges);
  g_assert_cmpuint (n_edges, <, all_edges);
  assert_network (window, n_nodes, n_edges);
  g_assert_cmpuint (hashiya_network_get_n_taken (hashiya_pictures_page_get_network (pictures)), ==, 3);
  g_assert_cmpstr (gtk_label_get_label (message), ==, "Documents left out for having no date: 1.");
  g_assert_cmpuint (hashiya_network_timeline_get_n_documents (hashiya_pictures_page_get_timeline (pictures)), ==, 3);
  /* The timeline's range shows the same months. */
  range = timeline_child (window, "timeline_range");
  {
    g_autofree char *from = hashiya_timeline_range_dup_from (HASHIYA_TIMELINE_RANGE (range));
    g_autofree char *to = hashiya_timeline_range_dup_to (HASHIYA_TIMELINE_RANGE (range));

    g_assert_cmpstr (from, ==, "2023-02-01");
    g_assert_cmpstr (to, ==, "2023-04-30");
  }
  screenshot (window, "network-range.png");

  /* A day that is not one: said, in the error style; nothing rebuilt. */
  generation = hashiya_pictures_page_get_generation (pictures);
  type_range (window, "2023-13-01", "2023-04-30");
  WAIT_UNTIL (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  g_assert_cmpstr (gtk_label_get_label (message), ==,
                   "Dates not applied: the date “2023-13-01” is not a day written YYYY-MM-DD.");
  g_assert_true (gtk_widget_has_css_class (scope_child (window, "from_entry"), "error"));
  g_assert_cmpuint (hashiya_pictures_page_get_generation (pictures), ==, generation);
  assert_network (window, n_nodes, n_edges);
  screenshot (window, "network-range-invalid.png");

  /* The timeline's first period chosen: the range starts in January. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_template_child (range, HASHIYA_TYPE_TIMELINE_RANGE,
                                                                             "start_dropdown")), 1);
  WAIT_UNTIL (network_has_dates (window, "2023-01-01", "2023-04-30"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (scope_child (window, "from_entry"))), ==, "2023-01-01");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));
  expected_network (documents, "2023-01-01", "2023-04-30", NULL, &n_nodes, &n_edges);
  assert_network (window, n_nodes, n_edges);

  /* A range of no document: said so in the network and the timeline. */
  type_range (window, "2030-01-01", "2030-12-31");
  WAIT_UNTIL (network_has_dates (window, "2030-01-01", "2030-12-31"));
  assert_network (window, 0, 0);
  g_assert_true (stack_shows (window, "network_stack", "empty"));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (pictures_child (window, "network_status"))), ==,
                   "No document is left by these filters.");
  g_assert_true (stack_shows (window, "timeline_stack", "empty"));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (timeline_child (window, "timeline_status"))), ==,
                   "No Document Left");

  /* No range, and the agency's source toggled off with the keyboard:
   * the paper's documents only. */
  type_range (window, "", "");
  WAIT_UNTIL (network_has_dates (window, NULL, NULL));
  assert_network (window, all_nodes, all_edges);
  g_assert_cmpstr (gtk_label_get_label (message), ==, "");
  press_until (window, "alt+r", popover_shown, scope_child (window, "sources_button"));
  if (!focus_within (window, scope_child (window, "sources_box")))
    press_until (window, "Tab", focus_in, scope_child (window, "sources_box"));
  generation = hashiya_pictures_page_get_generation (pictures);
  press ("space");
  WAIT_UNTIL (hashiya_pictures_page_get_generation (pictures) > generation && pictures_shown (window));
  press ("Escape");
  expected_network (documents, NULL, NULL, "paper", &n_nodes, &n_edges);
  g_assert_cmpuint (n_edges, <, all_edges);
  assert_network (window, n_nodes, n_edges);
  g_assert_cmpuint (hashiya_network_get_n_taken (hashiya_pictures_page_get_network (pictures)), ==, 3);
  screenshot (window, "network-source.png");

  hashiya_test_close_window (window);
}

static gboolean
showing_documents (HashiyaWindow *window,
                   guint          n)
{
  HashiyaNetwork *network = hashiya_pictures_page_get_network (hashiya_window_get_pictures_page (window));

  return pictures_shown (window) && hashiya_network_get_documents (network)->len == n;
}

static guint
iran_mentions (HashiyaWindow *window)
{
  HashiyaNetwork *network = hashiya_pictures_page_get_network (hashiya_window_get_pictures_page (window));

  return hashiya_network_node_get_mentions (hashiya_network_lookup_node (network, "iran"));
}

static gboolean
showing_list (HashiyaWindow *window,
              gpointer       data)
{
  return hashiya_corpus_actions_get_showing_list (hashiya_window_get_corpus_actions (window));
}

static gboolean
saved (HashiyaWindow *window,
       gpointer       data)
{
  return !hashiya_document_get_modified (hashiya_window_get_document (window)) &&
         !hashiya_document_file_get_busy (hashiya_window_get_document_file (window));
}

/* The window's one document, then a corpus opened as `hashiya FOLDER`
 * does: Shift+Ctrl+P shows the network, counts and timeline of all its
 * documents; back and forth, the list and a document of it between, it
 * still does; a change saved in one of its documents is shown. */
static void
test_pictures_corpus_window (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autofree char *dir = g_dir_make_tmp ("hashiya-pictures-XXXXXX", NULL);
  g_autofree char *corpus_dir = make_dated_corpus (document, dir);
  g_autoptr(GFile) folder = g_file_new_for_path (corpus_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaCorpusDocument) item = NULL;
  g_autoptr(HashiyaApplication) application = NULL;
  HashiyaCorpusActions *actions;
  HashiyaPicturesPage *pictures;
  HashiyaNetworkTimeline *timeline;
  HashiyaWindow *window;
  guint n_iran;

  if (!hashiya_test_have_x11 ())
    return;
  /* Its shortcuts are the application's. */
  application = hashiya_test_registered_application ();
  window = hashiya_test_open_window_in (application, document);
  actions = hashiya_window_get_corpus_actions (window);
  show_pictures_by_key (window);
  pictures = hashiya_window_get_pictures_page (window);
  g_assert_true (showing_documents (window, 1));
  g_assert_cmpuint (hashiya_network_get_n_nodes (hashiya_pictures_page_get_network (pictures)), ==, 12);
  n_iran = iran_mentions (window);
  g_assert_cmpuint (n_iran, >, 0);
  press_until (window, "ctrl+shift+p", text_shown, NULL);

  /* The corpus: its five documents, four of them dated. */
  hashiya_window_open (window, folder);
  WAIT_UNTIL (hashiya_corpus_actions_get_corpus (actions) != NULL && showing_list (window, NULL));
  show_pictures_by_key (window);
  WAIT_UNTIL (showing_documents (window, 5));
  g_assert_cmpuint (hashiya_network_get_n_nodes (hashiya_pictures_page_get_network (pictures)), ==, 12);
  g_assert_cmpuint (iran_mentions (window), ==, 5 * n_iran);
  screenshot (window, "corpus-network.png");
  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_TIMELINE);
  WAIT_UNTIL (pictures_shown (window) && hashiya_pictures_page_get_timeline (pictures) != NULL);
  timeline = hashiya_pictures_page_get_timeline (pictures);
  g_assert_cmpuint (hashiya_network_timeline_get_n_documents (timeline), ==, 4);
  g_assert_cmpuint (hashiya_network_timeline_get_n_undated (timeline), ==, 1);
  /* September to December 2023, a point a month. */
  g_assert_cmpuint (hashiya_network_timeline_get_n_periods (timeline), ==, 4);
  g_assert_true (g_str_has_prefix (hashiya_network_timeline_get_period_start (timeline, 0), "2023-09"));
  g_assert_true (g_str_has_prefix (hashiya_network_timeline_get_period_start (timeline, 1), "2023-10"));
  g_assert_true (g_str_has_prefix (hashiya_network_timeline_get_period_start (timeline, 3), "2023-12"));
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_network_timeline_get_mentions (timeline)), >, 0);
  screenshot (window, "corpus-timeline.png");
  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_NETWORK);

  /* Back to the list it was shown from; a document of the corpus opened,
   * one more mention of Iran in it, saved with Ctrl+S. */
  press_until (window, "ctrl+shift+p", showing_list, NULL);
  item = g_list_model_get_item (hashiya_corpus_get_documents (hashiya_corpus_actions_get_corpus (actions)), 0);
  hashiya_corpus_actions_open_document (actions, item, 0, 0);
  WAIT_UNTIL (!showing_list (window, NULL) && hashiya_window_get_document (window) != document &&
              hashiya_window_get_document (window) != NULL);
  g_assert_nonnull (hashiya_document_annotate (hashiya_window_get_document (window), 0, 6, "iran",
                                               HASHIYA_MENTION_TYPE_NAME, &error));
  g_assert_no_error (error);
  hashiya_test_focus_window (window);
  press_until (window, "ctrl+s", saved, NULL);

  /* The corpus again, with that change. */
  show_pictures_by_key (window);
  WAIT_UNTIL (showing_documents (window, 5) && iran_mentions (window) == 5 * n_iran + 1);
  g_assert_cmpuint (hashiya_network_get_n_nodes (hashiya_pictures_page_get_network (pictures)), ==, 12);

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

static gboolean
pictures_made (HashiyaWindow *window,
               gpointer       data)
{
  GtkWidget *pictures = hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_PICTURES_PAGE);

  return pictures != NULL && gtk_widget_get_mapped (pictures);
}

/* A window starts with its text only: the Pictures page, the corpus
 * list, the curation panel, the Relations list and the relation editors
 * are made when first needed; Shift+Ctrl+P makes and shows the Pictures
 * page. */
static void
test_pictures_made_when_shown (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autoptr(HashiyaApplication) application = NULL;
  HashiyaWindow *window;
  GtkWidget *pictures;

  if (!hashiya_test_have_x11 ())
    return;
  application = hashiya_test_registered_application ();
  window = hashiya_test_open_window_in (application, document);
  g_assert_null (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_PICTURES_PAGE));
  g_assert_null (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_CORPUS_PAGE));
  g_assert_null (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_CURATION_PANEL));
  g_assert_null (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_RELATION_LIST));
  g_assert_null (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_RELATION_EDITOR));

  hashiya_test_focus_window (window);
  press_until (window, "ctrl+shift+p", pictures_made, NULL);
  pictures = hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_PICTURES_PAGE);
  g_assert_true (pictures == GTK_WIDGET (hashiya_window_get_pictures_page (window)));
  WAIT_UNTIL (pictures_shown (window));
  g_assert_null (hashiya_test_first_of_type (GTK_WIDGET (window), HASHIYA_TYPE_CORPUS_PAGE));

  hashiya_test_close_window (window);
}

static gboolean
not_exporting (gpointer pictures)
{
  return hashiya_pictures_page_get_exporting (pictures);
}

/* The picture and the network written from the page; a place that
 * cannot be written is said, and nothing is left there. */
static void
test_pictures_export (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_gold_version (0, "gold");
  g_autofree char *dir = g_dir_make_tmp ("hashiya-pictures-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "network.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "counts.pdf", NULL);
  g_autofree char *gexf = g_build_filename (dir, "network.gexf", NULL);
  g_autofree char *graphml = g_build_filename (dir, "network.graphml", NULL);
  g_autofree char *csv = g_build_filename (dir, "network-csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "network.svg", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  HashiyaWindow *window;
  HashiyaPicturesPage *pictures;
  GtkLabel *toast;

  window = hashiya_test_open_window (document);
  pictures = hashiya_window_get_pictures_page (window);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-pictures", NULL);
  WAIT_UNTIL (pictures_shown (window));

  hashiya_pictures_page_export_picture (pictures, HASHIYA_PICTURE_FORMAT_PNG, 800, 600, "The Caucasus", png);
  hashiya_test_wait_while (not_exporting, pictures);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  g_clear_pointer (&contents, g_free);

  hashiya_pictures_page_export_network (pictures, HASHIYA_NETWORK_FORMAT_GEXF, gexf);
  hashiya_pictures_page_export_network (pictures, HASHIYA_NETWORK_FORMAT_GRAPHML, graphml);
  hashiya_pictures_page_export_network (pictures, HASHIYA_NETWORK_FORMAT_CSV, csv);
  hashiya_test_wait_while (not_exporting, pictures);
  g_assert_true (g_file_get_contents (gexf, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<gexf xmlns=\"http://gexf.net/1.3\""));
  g_assert_nonnull (strstr (contents, "format-3plus3"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (graphml, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "attr.type"));
  g_clear_pointer (&contents, g_free);
  {
    g_autofree char *nodes = g_build_filename (csv, "nodes.csv", NULL);

    g_assert_true (g_file_get_contents (nodes, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "Id,Label"));
    g_clear_pointer (&contents, g_free);
  }

  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_COUNTS);
  hashiya_pictures_page_export_picture (pictures, HASHIYA_PICTURE_FORMAT_PDF, 600, 800, NULL, pdf);
  hashiya_test_wait_while (not_exporting, pictures);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_clear_pointer (&contents, g_free);

  /* A folder that is not there: the toast says so, nothing is written. */
  hashiya_pictures_page_set_view (pictures, HASHIYA_PICTURES_NETWORK);
  hashiya_pictures_page_export_picture (pictures, HASHIYA_PICTURE_FORMAT_SVG, 800, 600, NULL, bad);
  hashiya_test_wait_while (not_exporting, pictures);
  WAIT_UNTIL ((toast = find_label (GTK_WIDGET (pictures), "Could not export “network.svg”")) != NULL);
  {
    g_autofree char *expected = g_strdup_printf ("Could not export “network.svg”: %s: cannot write: no such file or folder",
                                                 bad);

    g_assert_cmpstr (gtk_label_get_label (toast), ==, expected);
  }
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  /* A size out of bounds: said, and the picture there before kept. */
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  hashiya_pictures_page_export_picture (pictures, HASHIYA_PICTURE_FORMAT_PNG, 100, 600, NULL, png);
  hashiya_test_wait_while (not_exporting, pictures);
  WAIT_UNTIL ((toast = find_label (GTK_WIDGET (pictures), "Could not export “network.png”")) != NULL);
  g_assert_cmpstr (gtk_label_get_label (toast), ==,
                   "Could not export “network.png”: a picture of 100 × 600: each side must be from 200 to 10000");
  {
    g_autofree char *after = NULL;
    gsize after_length = 0;

    g_assert_true (g_file_get_contents (png, &after, &after_length, NULL));
    g_assert_cmpmem (after, after_length, contents, length);
  }
  g_clear_pointer (&contents, g_free);

  hashiya_test_close_window (window);
  hashiya_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("hashiya-ui-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  g_autofree char *state_home = g_build_filename (home, "state", NULL);
  int status;

  /* Recent files, settings and the places of actors stay inside the test. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_STATE_HOME", state_home, TRUE);
  hashiya_test_init_window_tests (&argc, &argv);

  g_test_add_func ("/pictures/gold-network", test_pictures_gold_network);
  g_test_add_func ("/pictures/edge-evidence", test_pictures_edge_evidence);
  g_test_add_func ("/pictures/follow-document", test_pictures_follow_document);
  g_test_add_func ("/pictures/empty", test_pictures_empty);
  g_test_add_func ("/pictures/counts", test_pictures_counts);
  g_test_add_func ("/pictures/corpus-timeline", test_pictures_corpus_timeline);
  g_test_add_func ("/pictures/corpus-window", test_pictures_corpus_window);
  g_test_add_func ("/pictures/made-when-shown", test_pictures_made_when_shown);
  g_test_add_func ("/pictures/export", test_pictures_export);
  g_test_add_func ("/pictures/scope", test_pictures_scope);

  status = g_test_run ();
  hashiya_test_remove_tree (home);
  return status;
}
