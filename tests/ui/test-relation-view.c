/* test-relation-view.c — relations in the text view: made by keyboard and
 * mouse, drawn as arcs over the right-to-left text, reviewed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hashiya-file-operations.h"
#include "hashiya-relation-chooser.h"
#include "hashiya-relation-editor.h"
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

static HashiyaRelationChooser *
chooser_of (HashiyaWindow *window)
{
  return HASHIYA_RELATION_CHOOSER (hashiya_test_first_of_type (GTK_WIDGET (hashiya_window_get_text_view (window)),
                                                               HASHIYA_TYPE_RELATION_CHOOSER));
}

static GtkWidget *
chooser_child (HashiyaWindow *window,
               const char    *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (chooser_of (window)),
                                                                 HASHIYA_TYPE_RELATION_CHOOSER, name));

  g_assert_nonnull (child);
  return child;
}

/* What a test waits for: the window, and what it expects. */
typedef struct
{
  HashiyaWindow   *window;
  HashiyaDocument *document;
  const char      *text;
  HashiyaMention  *mention;
  guint            step;
  guint            count;
  guint            start, end;
} Expect;

static gboolean
relating_from (gpointer data)
{
  Expect *e = data;

  return hashiya_relation_chooser_get_source (chooser_of (e->window)) == e->mention;
}

static gboolean
chooser_searches (gpointer data)
{
  Expect *e = data;

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (chooser_child (e->window, "search_entry"))), e->text) == 0;
}

static gboolean
chooser_at_step (gpointer data)
{
  Expect *e = data;

  return hashiya_relation_chooser_get_source (chooser_of (e->window)) != NULL &&
         hashiya_relation_chooser_get_step (chooser_of (e->window)) == e->step &&
         (e->mention == NULL || hashiya_relation_chooser_get_target (chooser_of (e->window)) == e->mention);
}

static gboolean
n_relations_is (gpointer data)
{
  Expect *e = data;

  return g_list_model_get_n_items (hashiya_document_get_relations (e->document)) == e->count;
}

static guint
caret_offset (HashiyaWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (hashiya_window_get_text_view (window)));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return (guint) gtk_text_iter_get_offset (&iter);
}

static gboolean
caret_at_start (gpointer data)
{
  Expect *e = data;

  return caret_offset (e->window) == 0;
}

static gboolean
caret_inside (gpointer data)
{
  Expect *e = data;
  guint at = caret_offset (e->window);

  return e->start < at && at < e->end;
}

/* Moves the caret into @e's span with the arrow keys, as a reader does:
 * Ctrl+Home, then Left (forward in a right-to-left line) as often as it
 * takes, and back with Right if a key came twice. */
static void
move_caret_inside (Expect *e)
{
  guint target = (e->start + e->end) / 2;

  hashiya_test_press_until_ready (e->window, "ctrl+Home", caret_at_start, e);
  for (guint attempt = 0; attempt < 10 && !caret_inside (e); attempt++)
    {
      guint at = caret_offset (e->window);
      g_autofree char *times = g_strdup_printf ("%u", at < target ? target - at : at - target);
      guint before;

      hashiya_test_focus_window (e->window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--repeat", times, "--delay", "8",
                                                          at < target ? "Left" : "Right", NULL });
      /* Until the keys are all in. */
      do
        {
          before = caret_offset (e->window);
          hashiya_test_wait_for_frames (GTK_WIDGET (e->window), 3);
        }
      while (caret_offset (e->window) != before);
    }
  g_assert_true (caret_inside (e));
}

static gboolean
chooser_closed (gpointer data)
{
  Expect *e = data;

  return hashiya_relation_chooser_get_source (chooser_of (e->window)) == NULL;
}

/* Types @text into the relation chooser, with real keys. */
static void
type_in_chooser (Expect     *e,
                 const char *text)
{
  e->text = text;
  hashiya_test_type_until_ready (e->window, text, "ctrl+a BackSpace", chooser_searches, e);
}

static gboolean
close_to (double a,
          double b)
{
  return fabs (a - b) < 0.2;
}

static gboolean
mention_selected (gpointer data)
{
  Expect *e = data;

  return hashiya_text_view_get_selected_mention (hashiya_window_get_text_view (e->window)) == e->mention;
}

static gboolean
mention_accepted (gpointer data)
{
  Expect *e = data;

  return hashiya_mention_get_status (e->mention) == HASHIYA_MENTION_STATUS_ACCEPTED;
}

static gboolean
has_mentions (gpointer data)
{
  Expect *e = data;

  return hashiya_document_get_n_mentions (hashiya_window_get_document (e->window)) > 0 &&
         !window_operation (e->window);
}

static gboolean
file_chooser_shown (gpointer data)
{
  return hashiya_test_find_file_chooser () != NULL;
}

/* The text of the file chooser's entry that has the keyboard. */
static const char *
chooser_typed (GtkFileChooser *chooser)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (chooser));
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

  return entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (entry)) : NULL;
}

static gboolean
chooser_has_typed (gpointer data)
{
  Expect *e = data;
  GtkFileChooser *chooser = hashiya_test_find_file_chooser ();

  return chooser != NULL && g_strcmp0 (chooser_typed (chooser), e->text) == 0;
}

static gboolean
window_shows_file (gpointer data)
{
  Expect *e = data;

  return hashiya_test_find_file_chooser () == NULL && g_strcmp0 (window_path (e->window), e->text) == 0 &&
         !window_busy (e->window);
}

/* Presses @keys in @e's window for the file chooser, types @e's path in
 * it (after Ctrl+L, for the location, when @location), and Enter, until
 * the window shows that file. */
static void
choose_file_by_keys (Expect     *e,
                     const char *keys,
                     gboolean    location)
{
  GtkFileChooser *chooser;

  hashiya_test_press_until_ready (e->window, keys, file_chooser_shown, NULL);
  chooser = hashiya_test_find_file_chooser ();
  for (guint attempt = 0; attempt < 5 && !chooser_has_typed (e); attempt++)
    {
      hashiya_test_focus_gtk_window (GTK_WINDOW (chooser));
      if (location)
        hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+l", NULL });
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "ctrl+a", "BackSpace", NULL });
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "type", "--delay", "30", e->text, NULL });
      hashiya_test_wait_ready (chooser_has_typed, e, 4);
    }
  g_assert_true (chooser_has_typed (e));
  for (guint attempt = 0; attempt < 5 && !window_shows_file (e); attempt++)
    {
      if ((chooser = hashiya_test_find_file_chooser ()) != NULL)
        {
          hashiya_test_focus_gtk_window (GTK_WINDOW (chooser));
          hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "Return", NULL });
        }
      hashiya_test_wait_ready (window_shows_file, e, 4);
    }
  g_assert_true (window_shows_file (e));
}

static gboolean
shows_all_relations (gpointer data)
{
  return hashiya_text_view_get_show_all_relations (data);
}

static gboolean
window_gone (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
second_window_shown (gpointer data)
{
  Expect *e = data;
  GList *windows = gtk_application_get_windows (gtk_window_get_application (GTK_WINDOW (e->window)));

  return g_list_length (windows) == 2 && gtk_widget_get_mapped (GTK_WIDGET (windows->data));
}

/* The arc of @relation, from «طهران» (157–162) to «صيغة 3 + 3»
 * (184–194): right to left over their line, in the colour of verbal
 * cooperation, dashed. */
static void
assert_consult_arc (HashiyaTextView *view,
                    HashiyaDocument *document,
                    HashiyaRelation *relation)
{
  g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
  HashiyaRelationArc *arc = find_arc (arcs, relation);
  GdkRectangle source = hashiya_text_view_get_range_rect (view, 157, 162);
  GdkRectangle target = hashiya_text_view_get_range_rect (view, 184, 194);
  GdkRGBA verbal;

  g_assert_nonnull (arc);
  g_assert_false (arc->across_lines);
  g_assert_cmpint (arc->source_edge, ==, HASHIYA_ARC_EDGE_NONE);
  g_assert_cmpint (arc->target_edge, ==, HASHIYA_ARC_EDGE_NONE);
  g_assert_cmpfloat (arc->source_x, >, arc->target_x);
  g_assert_cmpfloat (arc->source_x, >=, source.x);
  g_assert_cmpfloat (arc->source_x, <=, source.x + source.width);
  g_assert_cmpfloat (arc->target_x, >=, target.x);
  g_assert_cmpfloat (arc->target_x, <=, target.x + target.width);
  g_assert_cmpfloat (arc->source_y, ==, source.y);
  g_assert_cmpfloat (arc->top, <, source.y);
  g_assert_cmpint (arc->quad_class, ==, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  g_assert_true (arc->dashed);
  g_assert_false (arc->dotted);
  g_assert_cmpstr (arc->label, ==, "consult · host");
  gdk_rgba_parse (&verbal, hashiya_relation_catalog_get_quad_color (hashiya_document_get_relation_catalog (document),
                                                                    HASHIYA_QUAD_CLASS_VERBAL_COOPERATION));
  /* The catalogue's colour, a little darker on the light page. */
  g_assert_true (close_to (arc->color.red, verbal.red) && close_to (arc->color.green, verbal.green) &&
                 close_to (arc->color.blue, verbal.blue));
  g_assert_cmpfloat (arc->color.blue, >, arc->color.red);
}

/* The keyboard alone, from the bundled article as the application opens
 * it: Ctrl+M suggests its actors; n to «طهران», Enter accepts it and
 * then «صيغة 3 + 3»; Escape; the caret into «طهران»; R, «صيغة 3 + 3»
 * picked by typing, consult, Tab, host, Enter; the arc runs right to left
 * over the line; Ctrl+Z and Ctrl+Shift+Z; Ctrl+S saves it by a name
 * typed in the file chooser; Ctrl+N, Ctrl+W, and Ctrl+O opens it again
 * with the relation in it. */
static void
test_relation_view_keyboard (void)
{
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (application), NULL);
  HashiyaWindow *reopened;
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  HashiyaDocument *document;
  HashiyaMention *tehran = NULL, *format = NULL;
  Expect e = { window };
  HashiyaRelation *relation;
  g_autofree char *id = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  guint first_index = 0;

  g_object_ref (window);
  hashiya_file_operations_show_sample (window_operations (window));
  gtk_window_present (GTK_WINDOW (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }
  document = hashiya_window_get_document (window);
  e.document = document;
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  dir = hashiya_test_make_tmpdir ();
  path = g_build_filename (dir, "article.hashiya", NULL);

  /* Ctrl+M: the actors of the article, suggested. */
  hashiya_test_press_until_ready (window, "ctrl+m", has_mentions, &e);
  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (hashiya_mention_get_start (mention) == 157 && hashiya_mention_get_end (mention) == 162)
        {
          tehran = mention;
          first_index = i;
        }
      if (hashiya_mention_get_start (mention) == 184 && hashiya_mention_get_end (mention) == 194)
        format = mention;
    }
  g_assert_nonnull (tehran);
  g_assert_nonnull (format);
  g_assert_cmpstr (hashiya_mention_get_actor (tehran), ==, "iran");
  g_assert_cmpstr (hashiya_mention_get_actor (format), ==, "format-3plus3");
  g_assert_cmpint (hashiya_mention_get_status (tehran), ==, HASHIYA_MENTION_STATUS_SUGGESTED);

  /* n, suggestion by suggestion, to «طهران»; Enter accepts it and goes
   * on to «صيغة 3 + 3»; Enter accepts that one too. */
  for (guint i = 0; i <= first_index; i++)
    {
      e.mention = hashiya_document_get_mention (document, i);
      hashiya_test_press_until_ready (window, "n", mention_selected, &e);
    }
  e.mention = tehran;
  hashiya_test_press_until_ready (window, "Return", mention_accepted, &e);
  e.mention = format;
  WAIT_UNTIL (mention_selected (&e));
  hashiya_test_press_until_ready (window, "Return", mention_accepted, &e);
  e.mention = NULL;
  hashiya_test_press_until_ready (window, "Escape", mention_selected, &e);

  /* The caret into «طهران», with the arrow keys. */
  e.start = 157;
  e.end = 162;
  move_caret_inside (&e);

  /* R: from «طهران». */
  e.mention = tehran;
  hashiya_test_press_until_ready (window, "r", relating_from, &e);
  g_assert_cmpint (hashiya_relation_chooser_get_step (chooser_of (window)), ==, HASHIYA_RELATION_CHOOSER_STEP_TARGET);
  hashiya_test_screenshot (window, "keyboard-target-picker");

  /* The target, by its actor's name as typed. */
  type_in_chooser (&e, "3+3");
  g_assert_true (hashiya_relation_chooser_get_target (chooser_of (window)) == format);
  e.step = HASHIYA_RELATION_CHOOSER_STEP_TYPE;
  e.mention = format;
  hashiya_test_press_until_ready (window, "Return", chooser_at_step, &e);

  /* The type, by its name; Tab for the mode, then host. */
  type_in_chooser (&e, "consult");
  hashiya_test_screenshot (window, "keyboard-type-chooser");
  e.step = HASHIYA_RELATION_CHOOSER_STEP_MODE;
  hashiya_test_press_until_ready (window, "Tab", chooser_at_step, &e);
  type_in_chooser (&e, "host");
  e.count = 1;
  hashiya_test_press_until_ready (window, "Return", n_relations_is, &e);
  WAIT_UNTIL (chooser_closed (&e));

  relation = g_list_model_get_item (hashiya_document_get_relations (document), 0);
  g_object_unref (relation);   /* the document keeps it */
  id = g_strdup (hashiya_relation_get_id (relation));
  g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "consult");
  g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, "host");
  g_assert_cmpstr (hashiya_relation_get_source (relation), ==, hashiya_mention_get_id (tehran));
  g_assert_cmpstr (hashiya_relation_get_target (relation), ==, hashiya_mention_get_id (format));
  g_assert_cmpint (hashiya_relation_get_status (relation), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_false (hashiya_relation_get_trigger (relation, NULL, NULL));
  g_assert_true (hashiya_text_view_get_selected_relation (view) == relation);
  assert_consult_arc (view, document, relation);
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);

    g_assert_true (find_arc (arcs, relation)->selected);
  }
  hashiya_test_screenshot (window, "keyboard-relation-made");

  /* Undone and redone, with the keys. */
  e.count = 0;
  hashiya_test_press_until_ready (window, "ctrl+z", n_relations_is, &e);
  g_assert_null (hashiya_document_lookup_relation (document, id));
  g_assert_null (hashiya_text_view_get_selected_relation (view));
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);

    g_assert_cmpuint (arcs->len, ==, 0);
  }
  e.count = 1;
  hashiya_test_press_until_ready (window, "ctrl+shift+z", n_relations_is, &e);
  relation = hashiya_document_lookup_relation (document, id);
  g_assert_nonnull (relation);
  g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, "host");
  hashiya_test_press_until_ready (window, "ctrl+shift+r", shows_all_relations, view);
  assert_consult_arc (view, document, relation);

  /* Ctrl+S: the bundled article has no file yet, so its name is typed
   * in the file chooser. */
  e.text = path;
  choose_file_by_keys (&e, "ctrl+s", FALSE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (hashiya_document_get_modified (document));

  /* Ctrl+N: a new window; Ctrl+W closes this one; Ctrl+O in the new one
   * opens the file again. */
  hashiya_test_press_until_ready (window, "ctrl+n", second_window_shown, &e);
  reopened = gtk_application_get_windows (GTK_APPLICATION (application))->data;
  g_assert_true (reopened != window);
  g_object_ref (reopened);
  hashiya_test_press_until_ready (window, "ctrl+w", window_gone, window);
  g_assert_finalize_object (window);
  e.window = reopened;
  choose_file_by_keys (&e, "ctrl+o", TRUE);
  document = hashiya_window_get_document (reopened);
  view = hashiya_window_get_text_view (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, 1);
  relation = hashiya_document_lookup_relation (document, id);
  g_assert_nonnull (relation);
  g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "consult");
  g_assert_cmpstr (hashiya_relation_get_mode (relation), ==, "host");
  g_assert_cmpint (hashiya_relation_get_status (relation), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
  tehran = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
  format = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
  g_assert_cmpuint (hashiya_mention_get_start (tehran), ==, 157);
  g_assert_cmpuint (hashiya_mention_get_end (format), ==, 194);
  g_assert_cmpint (hashiya_mention_get_status (tehran), ==, HASHIYA_MENTION_STATUS_ACCEPTED);

  /* Its arc, with every relation shown (Ctrl+Shift+R). */
  hashiya_test_press_until_ready (reopened, "ctrl+shift+r", shows_all_relations, view);
  assert_consult_arc (view, document, relation);
  hashiya_test_screenshot (reopened, "keyboard-reopened");

  hashiya_test_close_window (reopened);
  hashiya_test_remove_tree (dir);
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (data));
}

/* The mouse: a click on «طهران», Relate To… in its popover, a click on
 * «صيغة 3 + 3» in the text, a click on the type. */
static void
test_relation_view_mouse (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaMentionPopover *popover = window_mention_popover (window);
  HashiyaMention *m3 = hashiya_document_lookup_mention (document, "m3");
  HashiyaMention *m4 = hashiya_document_lookup_mention (document, "m4");
  Expect e = { window, document };
  GtkWidget *relate_button, *row = NULL;
  HashiyaRelation *relation;

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }

  hashiya_test_click_text_until_ready (window, 159, "1", popover_shown, popover);
  g_assert_true (hashiya_mention_popover_get_mention (popover) == m3);
  relate_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (popover), HASHIYA_TYPE_MENTION_POPOVER,
                                                              "relate_button"));
  g_assert_nonnull (relate_button);
  hashiya_test_wait_for_frames (relate_button, 2);
  e.mention = m3;
  for (guint attempt = 0; attempt < 5 && !relating_from (&e); attempt++)
    {
      hashiya_test_click_widget (relate_button, "1");
      hashiya_test_wait_ready (relating_from, &e, 4);
    }
  g_assert_true (relating_from (&e));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  e.mention = m4;
  e.step = HASHIYA_RELATION_CHOOSER_STEP_TYPE;
  hashiya_test_click_text_until_ready (window, 186, "1", chooser_at_step, &e);

  /* The row of consult in the list of types. */
  hashiya_test_wait_for_frames (GTK_WIDGET (chooser_of (window)), 2);
  for (GtkWidget *child = gtk_widget_get_first_child (chooser_child (window, "type_list")); child != NULL && row == NULL;
       child = gtk_widget_get_next_sibling (child))
    for (GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_first_child (child)); label != NULL;
         label = gtk_widget_get_next_sibling (label))
      if (GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), "consult, meet, host") == 0)
        row = child;
  g_assert_nonnull (row);
  e.count = 1;
  for (guint attempt = 0; attempt < 5 && !n_relations_is (&e); attempt++)
    {
      hashiya_test_click_widget (row, "1");
      hashiya_test_wait_ready (n_relations_is, &e, 4);
    }
  g_assert_true (n_relations_is (&e));

  relation = g_list_model_get_item (hashiya_document_get_relations (document), 0);
  g_object_unref (relation);
  g_assert_cmpstr (hashiya_relation_get_relation_type (relation), ==, "consult");
  g_assert_cmpstr (hashiya_relation_get_source (relation), ==, "m3");
  g_assert_cmpstr (hashiya_relation_get_target (relation), ==, "m4");
  g_assert_null (hashiya_relation_get_mode (relation));
  WAIT_UNTIL (chooser_closed (&e));

  hashiya_test_close_window (window);
}

static GtkAdjustment *
vadjustment_of (HashiyaTextView *view)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
}

typedef struct
{
  HashiyaTextView *view;
  HashiyaRelation *relation;
} ArcEnd;

/* Scrolls @data's view to the end of the text, again at each turn (the
 * text's height is known line by line as it is laid out), until the
 * target of its relation is in view. */
static gboolean
scrolled_to_target (gpointer data)
{
  ArcEnd *end = data;
  GtkAdjustment *vadjustment = vadjustment_of (end->view);

  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) -
                                         gtk_adjustment_get_page_size (vadjustment));
  return arc_end_in_view (end->view, end->relation, FALSE);
}

/* Where arcs go: right to left on a right-to-left line, between two
 * lines or through the margin across line breaks, to the edge of the view
 * for an end scrolled out of it; and again after a zoom. */
static void
test_relation_view_arc_geometry (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  HashiyaMention *m1 = hashiya_document_lookup_mention (document, "m1");
  HashiyaMention *m3 = hashiya_document_lookup_mention (document, "m3");
  HashiyaMention *next_line = mention_lines_below (view, document, m3, 1);
  HashiyaMention *far_line = mention_lines_below (view, document, m1, 3);
  GdkRectangle r1 = hashiya_text_view_get_range_rect (view, 79, 87);
  GdkRectangle r2 = hashiya_text_view_get_range_rect (view, 89, 94);
  HashiyaRelation *forth, *back, *between, *margin, *far;
  GtkAdjustment *vadjustment = vadjustment_of (view);
  GdkRectangle visible;

  /* «أذربيجان» (79–87) and «تركيا» (89–94) on one line, the first at
   * the right. */
  g_assert_cmpint (r1.y, ==, r2.y);
  g_assert_cmpint (r1.x, >, r2.x);
  forth = relate (document, "cooperate", "m1", "m2");
  back = relate (document, "accuse", "m2", "m1");
  between = relate (document, "threaten", "m3", hashiya_mention_get_id (next_line));
  margin = relate (document, "reject", hashiya_mention_get_id (far_line), "m1");
  far = relate (document, "support", "m1", last_mention_id (document));
  hashiya_text_view_set_show_all_relations (view, TRUE);
  hashiya_test_wait_for_frames (GTK_WIDGET (view), 2);

  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
    HashiyaRelationArc *arc;
    GdkRectangle upper = hashiya_text_view_get_range_rect (view, hashiya_mention_get_start (m3), hashiya_mention_get_end (m3));
    GdkRectangle lower = hashiya_text_view_get_range_rect (view, hashiya_mention_get_start (next_line),
                                                           hashiya_mention_get_end (next_line));
    GdkRectangle from = hashiya_text_view_get_range_rect (view, hashiya_mention_get_start (far_line),
                                                          hashiya_mention_get_end (far_line));

    /* Right to left from «أذربيجان», left to right back to it. */
    arc = find_arc (arcs, forth);
    g_assert_false (arc->across_lines);
    g_assert_cmpfloat (arc->source_x, >, arc->target_x);
    g_assert_cmpfloat (arc->source_x, >=, r1.x);
    g_assert_cmpfloat (arc->target_x, <=, r2.x + r2.width);
    g_assert_cmpfloat (arc->top, <, r1.y);
    arc = find_arc (arcs, back);
    g_assert_cmpfloat (arc->source_x, <, arc->target_x);
    g_assert_cmpfloat (arc->top, <, r1.y);

    /* To the next line: between the two lines, from the bottom of the
     * upper end to the top of the lower one. */
    arc = find_arc (arcs, between);
    g_assert_true (arc->across_lines);
    g_assert_cmpint (arc->source_edge, ==, HASHIYA_ARC_EDGE_NONE);
    g_assert_cmpint (arc->target_edge, ==, HASHIYA_ARC_EDGE_NONE);
    g_assert_cmpfloat (arc->source_y, ==, upper.y + upper.height);
    g_assert_cmpfloat (arc->target_y, ==, lower.y);
    g_assert_cmpfloat (arc->top, ==, upper.y + upper.height);

    /* Three lines apart: above each line, and down the margin, beside
     * the text of both lines. */
    arc = find_arc (arcs, margin);
    g_assert_true (arc->across_lines);
    g_assert_cmpint (arc->source_edge, ==, HASHIYA_ARC_EDGE_NONE);
    g_assert_cmpint (arc->target_edge, ==, HASHIYA_ARC_EDGE_NONE);
    g_assert_cmpfloat (arc->source_y, ==, from.y);
    g_assert_cmpfloat (arc->target_y, ==, r1.y);
    g_assert_cmpfloat (arc->top, <, r1.y);
    g_assert_true (arc->left < MIN (from.x, r1.x) - gtk_text_view_get_left_margin (GTK_TEXT_VIEW (view)) / 2 ||
                   arc->right > MAX (from.x + from.width, r1.x + r1.width));

    /* The last mention is far below: the arc goes down to the bottom
     * edge. */
    arc = find_arc (arcs, far);
    g_assert_nonnull (arc);
    g_assert_cmpint (arc->source_edge, ==, HASHIYA_ARC_EDGE_NONE);
    g_assert_cmpint (arc->target_edge, ==, HASHIYA_ARC_EDGE_BOTTOM);
    gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &visible);
    gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (view), GTK_TEXT_WINDOW_WIDGET, visible.x, visible.y,
                                           &visible.x, &visible.y);
    g_assert_cmpfloat (fabs (arc->target_y - (visible.y + visible.height)), <=, 2.0);
  }
  hashiya_test_screenshot (window, "geometry");

  /* Scrolled to the end, the same arc comes up from the top edge to its
   * target; the first line's arcs are out of view. */
  {
    ArcEnd end = { view, far };

    WAIT_UNTIL (scrolled_to_target (&end));
  }
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
    HashiyaRelationArc *arc = find_arc (arcs, far);

    g_assert_nonnull (arc);
    g_assert_cmpint (arc->source_edge, ==, HASHIYA_ARC_EDGE_TOP);
    g_assert_cmpint (arc->target_edge, ==, HASHIYA_ARC_EDGE_NONE);
    g_assert_cmpfloat (arc->target_y, >, arc->source_y);
    g_assert_null (find_arc (arcs, forth));
  }
  hashiya_test_screenshot (window, "geometry-scrolled");

  /* Zoomed in, the ends follow the mentions. */
  gtk_adjustment_set_value (vadjustment, 0);
  hashiya_page_set_zoom (hashiya_test_page_of (window), 1.6);
  hashiya_test_wait_for_frames (GTK_WIDGET (view), 3);
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
    HashiyaRelationArc *arc = find_arc (arcs, forth);

    r1 = hashiya_text_view_get_range_rect (view, 79, 87);
    g_assert_nonnull (arc);
    g_assert_cmpfloat (arc->source_x, >=, r1.x);
    g_assert_cmpfloat (arc->source_x, <=, r1.x + r1.width);
    /* On its line, or, wrapped apart from its target, under it. */
    g_assert_true (arc->source_y == r1.y || arc->source_y == r1.y + r1.height);
  }
  hashiya_page_set_zoom (hashiya_test_page_of (window), 1.0);

  /* An edit: a relation undone is drawn no more. */
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);

    g_assert_null (find_arc (arcs, far));
  }
  hashiya_test_close_window (window);
}

/* Where every character of the text is laid out in its paragraph: its
 * rectangle, from the top of the paragraph. (The paragraphs' own tops are
 * guesses until the view has laid out every line, which it does when it
 * is idle, late on a busy machine.) */
static GArray *
character_places (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GArray *places = g_array_new (FALSE, FALSE, sizeof (GdkRectangle));
  GtkTextIter iter;

  for (gtk_text_buffer_get_start_iter (buffer, &iter); !gtk_text_iter_is_end (&iter); gtk_text_iter_forward_char (&iter))
    {
      GdkRectangle rect;
      int line_top, line_height;

      gtk_text_view_get_iter_location (view, &iter, &rect);
      gtk_text_view_get_line_yrange (view, &iter, &line_top, &line_height);
      rect.y -= line_top;
      g_array_append_val (places, rect);
    }
  return places;
}

/* Arcs are drawn over the text, never as tags: with every relation
 * drawn, each paragraph has the same glyphs as with none, and each
 * character the same place. */
static void
test_relation_view_arcs_keep_shaping (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  GtkTextView *view = GTK_TEXT_VIEW (hashiya_window_get_text_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) places_before = NULL;
  g_autoptr(GArray) places_after = NULL;
  int n_lines = gtk_text_buffer_get_line_count (buffer);
  guint compared = 0;

  for (int line = 0; line < n_lines; line++)
    g_ptr_array_add (before, hashiya_test_paragraph_glyphs (view, line, FALSE));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  places_before = character_places (view);

  add_gold_relations (document, HASHIYA_MENTION_STATUS_ACCEPTED);
  hashiya_text_view_set_show_all_relations (HASHIYA_TEXT_VIEW (view), TRUE);
  hashiya_text_view_select_relation (HASHIYA_TEXT_VIEW (view),
                                     g_list_model_get_item (hashiya_document_get_relations (document), 1));
  g_object_unref (hashiya_text_view_get_selected_relation (HASHIYA_TEXT_VIEW (view)));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 3);
  gtk_adjustment_set_value (vadjustment_of (HASHIYA_TEXT_VIEW (view)), 0);
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (HASHIYA_TEXT_VIEW (view));

    g_assert_cmpuint (arcs->len, >=, 5);
  }

  for (int line = 0; line < n_lines; line++)
    {
      g_autoptr(GArray) after = hashiya_test_paragraph_glyphs (view, line, TRUE);
      GArray *plain = g_ptr_array_index (before, line);

      g_assert_cmpuint (after->len, ==, plain->len);
      g_assert_cmpmem (after->data, after->len * sizeof (PangoGlyph), plain->data, plain->len * sizeof (PangoGlyph));
      compared += after->len;
    }
  g_assert_cmpuint (compared, >, 2000);

  places_after = character_places (view);
  g_assert_cmpuint (places_after->len, ==, places_before->len);
  g_assert_cmpmem (places_after->data, places_after->len * sizeof (GdkRectangle), places_before->data,
                   places_before->len * sizeof (GdkRectangle));

  /* And no tag came with the arcs. */
  gtk_text_tag_table_foreach (gtk_text_buffer_get_tag_table (buffer), hashiya_test_assert_colour_only, NULL);
  hashiya_test_close_window (window);
}

/* A label of @root's tree that reads @text. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the button of @dialog's response labelled @label, with the
 * real pointer. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button;

  hashiya_test_wait_for_frames (GTK_WIDGET (dialog), 2);
  button = gtk_widget_get_ancestor (find_label (GTK_WIDGET (dialog), label), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  hashiya_test_click_widget (button, "1");
}

static gboolean
dialog_shown (gpointer data)
{
  return hashiya_test_find_message_dialog () != NULL;
}

static gboolean
mention_gone (gpointer data)
{
  Expect *e = data;

  return hashiya_document_lookup_mention (e->document, "m4") == NULL;
}

static gboolean
mention_back (gpointer data)
{
  Expect *e = data;

  return hashiya_document_lookup_mention (e->document, "m4") != NULL && n_relations_is (e);
}

/* Delete on a mention that relations use asks first, naming how many;
 * Cancel keeps all, Remove takes the mention and its relations, and one
 * Ctrl+Z brings them all back. */
static void
test_relation_view_remove_mention_asks (void)
{
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window_in (application, document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  Expect e = { window, document };
  AdwMessageDialog *dialog;

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }
  relate (document, "consult", "m3", "m4");
  relate (document, "consult", "m5", "m4");

  hashiya_text_view_select_mention (view, hashiya_document_lookup_mention (document, "m4"));
  hashiya_test_press_until_ready (window, "Delete", dialog_shown, NULL);
  dialog = hashiya_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove the Mention and Its Relations?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The mention «\u2068صيغة 3 + 3\u2069» is an end of 2 relations, which are removed with it.");
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "remove"), ==, ADW_RESPONSE_DESTRUCTIVE);
  hashiya_test_screenshot (window, "remove-mention-asks");

  /* Cancel: nothing goes. */
  click_response (dialog, "_Cancel");
  WAIT_UNTIL (hashiya_test_find_message_dialog () == NULL);
  g_assert_nonnull (hashiya_document_lookup_mention (document, "m4"));
  e.count = 2;
  g_assert_true (n_relations_is (&e));

  /* Remove: the mention and both relations. */
  hashiya_test_press_until_ready (window, "Delete", dialog_shown, NULL);
  click_response (hashiya_test_find_message_dialog (), "_Remove");
  WAIT_UNTIL (mention_gone (&e));
  WAIT_UNTIL (hashiya_test_find_message_dialog () == NULL);
  e.count = 0;
  g_assert_true (n_relations_is (&e));

  /* One undo step brings all three back, one redo takes them again. */
  e.count = 2;
  hashiya_test_press_until_ready (window, "ctrl+z", mention_back, &e);
  e.count = 0;
  hashiya_test_press_until_ready (window, "ctrl+shift+z", mention_gone, &e);
  g_assert_true (n_relations_is (&e));

  hashiya_test_close_window (window);
}

/* The first suggestion of @document in text order, mention or relation,
 * as the review visits them: a relation where its first end (or its
 * trigger) starts, after the mentions starting there. */
static HashiyaRelation *
first_suggested_relation (HashiyaDocument *document,
                          guint            skip)
{
  GListModel *relations = hashiya_document_get_relations (document);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
        g_ptr_array_add (order, relation);
    }
  for (guint i = 0; i < order->len; i++)
    for (guint j = i + 1; j < order->len; j++)
      {
        HashiyaRelation *a = g_ptr_array_index (order, i), *b = g_ptr_array_index (order, j);
        guint oa = MIN (hashiya_mention_get_start (hashiya_document_lookup_mention (document, hashiya_relation_get_source (a))),
                        hashiya_mention_get_start (hashiya_document_lookup_mention (document, hashiya_relation_get_target (a))));
        guint ob = MIN (hashiya_mention_get_start (hashiya_document_lookup_mention (document, hashiya_relation_get_source (b))),
                        hashiya_mention_get_start (hashiya_document_lookup_mention (document, hashiya_relation_get_target (b))));
        guint start, end;

        if (hashiya_relation_get_trigger (a, &start, &end))
          oa = MIN (oa, start);
        if (hashiya_relation_get_trigger (b, &start, &end))
          ob = MIN (ob, start);
        if (ob < oa)
          {
            order->pdata[i] = b;
            order->pdata[j] = a;
          }
      }
  g_assert_cmpuint (order->len, >, skip);
  return g_ptr_array_index (order, skip);
}

typedef struct
{
  HashiyaTextView *view;
  HashiyaRelation *relation;
  HashiyaDocument *document;
} Review;

static gboolean
relation_selected (gpointer data)
{
  Review *r = data;

  return hashiya_text_view_get_selected_relation (r->view) == r->relation;
}

static gboolean
relation_accepted (gpointer data)
{
  Review *r = data;

  return hashiya_relation_get_status (r->relation) == HASHIYA_MENTION_STATUS_ACCEPTED;
}

static gboolean
relation_suggested (gpointer data)
{
  return !relation_accepted (data);
}

static gboolean
relation_removed (gpointer data)
{
  Review *r = data;

  return hashiya_document_lookup_relation (r->document, hashiya_relation_get_id (r->relation)) == NULL;
}

static gboolean
relation_returned (gpointer data)
{
  return !relation_removed (data);
}

/* The review of suggestions with real keys visits suggested relations:
 * n selects the first, its arc shown; Enter accepts it and goes on;
 * Delete rejects the next; each one undo step. */
static void
test_relation_view_review (void)
{
  g_autoptr(HashiyaApplication) application = hashiya_test_registered_application ();
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window_in (application, document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  g_autoptr(HashiyaRelation) first = NULL;
  g_autoptr(HashiyaRelation) second = NULL;
  Review r = { view, NULL, document };
  guint n;

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }
  n = hashiya_document_suggest_relations (document, HASHIYA_MENTION_STATUS_SUGGESTED);
  g_assert_cmpuint (n, >=, 3);
  first = g_object_ref (first_suggested_relation (document, 0));
  second = g_object_ref (first_suggested_relation (document, 1));

  /* n: the first suggestion of the text, a relation (the mentions are
   * accepted), drawn dotted and selected. */
  r.relation = first;
  hashiya_test_press_until_ready (window, "n", relation_selected, &r);
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
    HashiyaRelationArc *arc = find_arc (arcs, first);

    g_assert_nonnull (arc);
    g_assert_true (arc->selected);
    g_assert_true (arc->dotted);
  }
  hashiya_test_screenshot (window, "review-relation");

  /* Enter accepts it, and the next is selected. */
  hashiya_test_press_until_ready (window, "Return", relation_accepted, &r);
  r.relation = second;
  WAIT_UNTIL (relation_selected (&r));

  /* Delete rejects that one. */
  hashiya_test_press_until_ready (window, "Delete", relation_removed, &r);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, n - 1);
  g_assert_true (hashiya_text_view_get_selected_relation (view) != second);

  /* Each was one undo step. */
  hashiya_test_press_until_ready (window, "ctrl+z", relation_returned, &r);
  r.relation = first;
  g_assert_true (relation_accepted (&r));
  hashiya_test_press_until_ready (window, "ctrl+z", relation_suggested, &r);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, n);

  hashiya_test_close_window (window);
}

static gboolean
error_shown (gpointer data)
{
  Expect *e = data;
  GtkWidget *label = chooser_child (e->window, "error_label");

  return gtk_widget_get_visible (label) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), e->text) == 0;
}

static gboolean
toast_shown (gpointer data)
{
  Expect *e = data;

  return find_label (GTK_WIDGET (e->window), e->text) != NULL;
}

/* What cannot be related is not: R with no mention says so; the same
 * relation twice, or a mention to itself, is refused in the chooser with
 * the reason, and nothing is added. */
static void
test_relation_view_refused (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  HashiyaMention *m3 = hashiya_document_lookup_mention (document, "m3");
  HashiyaMention *m4 = hashiya_document_lookup_mention (document, "m4");
  Expect e = { window, document };
  guint64 undo_depth;

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }
  relate (document, "consult", "m3", "m4");
  undo_depth = hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (document));

  /* The caret at the start, in no mention: R only says so. */
  e.text = "Select the mention to relate first";
  hashiya_test_press_until_ready (window, "r", toast_shown, &e);
  g_assert_null (hashiya_relation_chooser_get_source (chooser_of (window)));

  /* The same relation again. */
  hashiya_text_view_select_mention (view, m3);
  e.mention = m3;
  hashiya_test_press_until_ready (window, "r", relating_from, &e);
  type_in_chooser (&e, "3+3");
  e.step = HASHIYA_RELATION_CHOOSER_STEP_TYPE;
  e.mention = m4;
  hashiya_test_press_until_ready (window, "Return", chooser_at_step, &e);
  /* consult, the type used most, is 1. */
  e.text = "Not related: it is the same relation as r1 (consult from m3 to m4)";
  hashiya_test_press_until_ready (window, "1", error_shown, &e);
  hashiya_test_screenshot (window, "refused");
  e.count = 1;
  g_assert_true (n_relations_is (&e));
  g_assert_cmpuint (hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (document)), ==, undo_depth);
  /* Still open, for another choice; Escape leaves. */
  g_assert_nonnull (hashiya_relation_chooser_get_source (chooser_of (window)));
  hashiya_test_press_until_ready (window, "Escape", chooser_closed, &e);

  /* A mention to itself. */
  e.mention = m3;
  hashiya_test_press_until_ready (window, "r", relating_from, &e);
  hashiya_relation_chooser_set_target (chooser_of (window), m3);
  e.text = "A mention cannot be related to itself: pick another one";
  g_assert_true (error_shown (&e));
  g_assert_cmpint (hashiya_relation_chooser_get_step (chooser_of (window)), ==, HASHIYA_RELATION_CHOOSER_STEP_TARGET);
  hashiya_test_press_until_ready (window, "Escape", chooser_closed, &e);
  g_assert_true (n_relations_is (&e));
  g_assert_cmpuint (hashiya_undo_stack_get_position (hashiya_document_get_undo_stack (document)), ==, undo_depth);

  hashiya_test_close_window (window);
}

static void
activated_cb (HashiyaTextView  *view,
              HashiyaRelation  *relation,
              HashiyaRelation **activated)
{
  *activated = relation;
}

typedef struct
{
  HashiyaTextView *view;
  HashiyaRelation *relation;
  HashiyaRelation *activated;
} Picked;

static gboolean
picked (gpointer data)
{
  Picked *p = data;

  return hashiya_text_view_get_selected_relation (p->view) == p->relation && p->activated == p->relation;
}

/* A click on an arc's label selects its relation and asks for its
 * details; the mention whose arcs were shown stays selected. */
static void
test_relation_view_click_arc (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  HashiyaMention *m3 = hashiya_document_lookup_mention (document, "m3");
  Picked p = { view, NULL, NULL };
  double x = 0, y = 0;

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }
  p.relation = relate (document, "consult", "m3", "m4");
  g_signal_connect (view, "relation-activated", G_CALLBACK (activated_cb), &p.activated);
  hashiya_text_view_select_mention (view, m3);
  hashiya_test_wait_for_frames (GTK_WIDGET (view), 2);

  for (guint attempt = 0; attempt < 5 && !picked (&p); attempt++)
    {
      g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);
      HashiyaRelationArc *arc = find_arc (arcs, p.relation);

      g_assert_nonnull (arc);
      g_assert_true (arc->labelled);
      g_assert_false (arc->selected);
      g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (window), arc->label_x,
                                                       arc->label_y, &x, &y));
      hashiya_test_focus_window (window);
      hashiya_test_click_native (GTK_NATIVE (window), x, y, "1");
      hashiya_test_wait_ready (picked, &p, 4);
    }
  g_assert_true (picked (&p));
  g_assert_true (hashiya_text_view_get_selected_mention (view) == m3);
  {
    g_autoptr(GArray) arcs = hashiya_text_view_get_relation_arcs (view);

    g_assert_true (find_arc (arcs, p.relation)->selected);
  }

  hashiya_test_close_window (window);
}

static gboolean
editor_open (gpointer data)
{
  GtkWidget *editor = hashiya_test_first_of_type (GTK_WIDGET (data), HASHIYA_TYPE_RELATION_EDITOR);

  return editor != NULL && gtk_widget_get_visible (editor);
}

/* A window that goes while its relation editor is open (destroyed by
 * the program, as after Save in the question on closing) leaves the
 * keyboard to the other window: R there starts a relation. */
static void
test_relation_view_destroy_with_editor (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  g_autoptr(HashiyaDocument) other_document = hashiya_test_import_gold ();
  HashiyaWindow *other = hashiya_test_open_window (other_document);
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaRelation *relation;
  Expect e = { other, other_document };

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      hashiya_test_close_window (other);
      return;
    }
  relation = relate (document, "consult", "m3", "m4");
  hashiya_text_view_select_relation (hashiya_window_get_text_view (window), relation);

  /* Enter: the relation's editor, with the keyboard; the window goes. */
  hashiya_test_press_until_ready (window, "Return", editor_open, window);
  hashiya_test_close_window (window);

  /* The other window has the keys. */
  e.mention = hashiya_document_lookup_mention (other_document, "m3");
  hashiya_text_view_select_mention (hashiya_window_get_text_view (other), e.mention);
  hashiya_test_press_until_ready (other, "r", relating_from, &e);
  hashiya_relation_chooser_cancel (chooser_of (other));

  hashiya_test_close_window (other);
}

static gboolean
relation_has_trigger (gpointer data)
{
  Expect *e = data;
  g_autoptr(HashiyaRelation) relation = NULL;
  guint start, end;

  if (g_list_model_get_n_items (hashiya_document_get_relations (e->document)) == 0)
    return FALSE;
  relation = g_list_model_get_item (hashiya_document_get_relations (e->document), 0);
  return hashiya_relation_get_trigger (relation, &start, &end) && start == e->start && end == e->end;
}

static gboolean
relating_with_selection (gpointer data)
{
  Expect *e = data;

  return relating_from (e) && hashiya_relation_chooser_get_step (chooser_of (e->window)) == HASHIYA_RELATION_CHOOSER_STEP_TARGET;
}

/* Text selected when R is pressed, besides the mention, is the trigger
 * of the relation made. */
static void
test_relation_view_trigger (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  Expect e = { window, document };
  GtkTextIter start, match_start, match_end;

  if (!hashiya_test_have_x11 ())
    {
      hashiya_test_close_window (window);
      return;
    }
  /* «تستضيف» (hosts), before «طهران». */
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "تستضيف", 0, &match_start, &match_end, NULL));
  e.start = (guint) gtk_text_iter_get_offset (&match_start);
  e.end = (guint) gtk_text_iter_get_offset (&match_end);
  g_assert_cmpuint (e.end, <, 157);

  /* The mention selected, then the verb; R, as often as it takes for the
   * selection to hold (see hashiya_test_press_until_added ()). */
  e.mention = hashiya_document_lookup_mention (document, "m3");
  for (guint attempt = 0; attempt < 10 && !relating_with_selection (&e); attempt++)
    {
      hashiya_test_focus_window (window);
      hashiya_text_view_select_mention (view, e.mention);
      hashiya_text_view_select_range (view, e.start, e.end);
      hashiya_test_wait_for_frames (GTK_WIDGET (view), 2);
      if (!gtk_text_buffer_get_has_selection (buffer) || hashiya_text_view_get_selected_mention (view) != e.mention)
        continue;
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", "r", NULL });
      hashiya_test_wait_ready (relating_with_selection, &e, 4);
    }
  g_assert_true (relating_with_selection (&e));

  type_in_chooser (&e, "3+3");
  e.step = HASHIYA_RELATION_CHOOSER_STEP_TYPE;
  e.mention = hashiya_document_lookup_mention (document, "m4");
  hashiya_test_press_until_ready (window, "Return", chooser_at_step, &e);
  /* consult is the second type of the catalogue. */
  hashiya_test_press_until_ready (window, "2", relation_has_trigger, &e);

  /* Selected, the relation has its trigger marked in its colour, with
   * colour only; unselected, no more. */
  {
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "relation-trigger");
    GtkTextIter inside, outside;

    g_assert_nonnull (hashiya_text_view_get_selected_relation (view));
    gtk_text_buffer_get_iter_at_offset (buffer, &inside, (int) e.start + 1);
    gtk_text_buffer_get_iter_at_offset (buffer, &outside, (int) e.end + 1);
    g_assert_true (gtk_text_iter_has_tag (&inside, tag));
    g_assert_false (gtk_text_iter_has_tag (&outside, tag));
    hashiya_test_assert_colour_only (tag, NULL);
    hashiya_test_screenshot (window, "trigger");
    hashiya_text_view_select_relation (view, NULL);
    g_assert_false (gtk_text_iter_has_tag (&inside, tag));
  }

  hashiya_test_close_window (window);
}

/* In the Arabic interface an arc is labelled with the type's Arabic name,
 * and its mode in Arabic. */
static void
test_relation_view_arabic_labels (void)
{
  const char *localedir = g_getenv ("HASHIYA_LOCALEDIR");
  g_autofree char *before = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GArray) arcs = NULL;
  HashiyaRelation *relation;
  HashiyaWindow *window;
  HashiyaTextView *view;

  if (localedir == NULL)
    {
      g_test_skip ("HASHIYA_LOCALEDIR does not say where the built translations are");
      return;
    }
  document = hashiya_test_import_gold ();
  window = hashiya_test_open_window (document);
  view = hashiya_window_get_text_view (window);
  relation = relate (document, "consult", "m3", "m4");
  {
    g_autoptr(HashiyaRelation) edit = hashiya_relation_copy (relation);

    hashiya_relation_set_mode (edit, "host");
    g_assert_true (hashiya_document_update_relation (document, relation, edit, NULL));
  }
  hashiya_text_view_select_relation (view, relation);
  WAIT_UNTIL (arc_in_view (view, relation));

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("LANGUAGE", "ar", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  arcs = hashiya_text_view_get_relation_arcs (view);
  g_assert_cmpstr (find_arc (arcs, relation)->label, ==, "تشاور · استضافة");

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, before);
  hashiya_test_close_window (window);
}

/* WCAG's contrast of two colours. */
static double
luminance (const GdkRGBA *color)
{
  double channels[3] = { color->red, color->green, color->blue };
  double weights[3] = { 0.2126, 0.7152, 0.0722 };
  double sum = 0;

  for (guint i = 0; i < 3; i++)
    sum += weights[i] * (channels[i] <= 0.03928 ? channels[i] / 12.92 : pow ((channels[i] + 0.055) / 1.055, 2.4));
  return sum;
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* The four quad classes' arcs stand out from the page, light and dark,
 * at least 3:1 (WCAG's contrast for the parts of a graphic). */
static void
test_relation_view_colours (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_import_gold ();
  HashiyaWindow *window = hashiya_test_open_window (document);
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  const char *types[] = { "consult", "cooperate", "accuse", "assault" };
  const GdkRGBA pages[2] = { { 1.0, 1.0, 1.0, 1.0 }, { 0.118, 0.118, 0.118, 1.0 } };

  relate (document, "consult", "m3", "m4");
  relate (document, "cooperate", "m1", "m2");
  relate (document, "accuse", "m2", "m1");
  relate (document, "assault", "m4", "m3");
  hashiya_text_view_set_show_all_relations (view, TRUE);
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(GArray) arcs = NULL;
      guint seen = 0;

      set_dark (dark);
      hashiya_test_wait_for_frames (GTK_WIDGET (view), 2);
      arcs = hashiya_text_view_get_relation_arcs (view);
      for (guint i = 0; i < arcs->len; i++)
        {
          HashiyaRelationArc *arc = &g_array_index (arcs, HashiyaRelationArc, i);

          for (guint t = 0; t < G_N_ELEMENTS (types); t++)
            if (g_str_equal (hashiya_relation_get_relation_type (arc->relation), types[t]))
              {
                if (contrast (&arc->color, &pages[dark]) < 3.0)
                  g_error ("%s: contrast %.2f on the %s page", types[t], contrast (&arc->color, &pages[dark]),
                           dark ? "dark" : "light");
                seen |= 1u << t;
              }
        }
      g_assert_cmpuint (seen, ==, 0xf);
    }
  set_dark (FALSE);
  hashiya_test_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("hashiya-ui-XXXXXX", NULL);

  /* Recent files and settings stay inside the test. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  hashiya_test_init_window_tests (&argc, &argv);

  g_test_add_func ("/relation-view/select-relation", test_relation_view_select_relation);
  g_test_add_func ("/relation-view/keyboard", test_relation_view_keyboard);
  g_test_add_func ("/relation-view/mouse", test_relation_view_mouse);
  g_test_add_func ("/relation-view/arc-geometry", test_relation_view_arc_geometry);
  g_test_add_func ("/relation-view/arcs-keep-shaping", test_relation_view_arcs_keep_shaping);
  g_test_add_func ("/relation-view/remove-mention-asks", test_relation_view_remove_mention_asks);
  g_test_add_func ("/relation-view/review", test_relation_view_review);
  g_test_add_func ("/relation-view/refused", test_relation_view_refused);
  g_test_add_func ("/relation-view/click-arc", test_relation_view_click_arc);
  g_test_add_func ("/relation-view/destroy-with-editor", test_relation_view_destroy_with_editor);
  g_test_add_func ("/relation-view/trigger", test_relation_view_trigger);
  g_test_add_func ("/relation-view/arabic-labels", test_relation_view_arabic_labels);
  g_test_add_func ("/relation-view/colours", test_relation_view_colours);
  g_test_add_func ("/relation-view/screenshots", test_relation_view_screenshots);

  return g_test_run ();
}
