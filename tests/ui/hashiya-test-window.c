/* hashiya-test-window.c — what the window tests share: the window's
 * parts by name, waits with a deadline, real key presses, glyphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-window.h"
#include "hashiya-resources.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* The window's parts, found as a user's tools find them: by the public
 * API of each widget, or by name in its template. */
HashiyaPage *
hashiya_test_page_of (HashiyaWindow *window)
{
  return hashiya_window_get_page (window);
}

GtkWidget *
hashiya_test_page_child (HashiyaWindow *window,
            const char    *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (hashiya_test_page_of (window)), HASHIYA_TYPE_PAGE,
                                                                 name));

  g_assert_nonnull (child);
  return child;
}

GtkWidget *
hashiya_test_find_bar_child (HashiyaWindow *window,
                const char    *name)
{
  GtkWidget *bar = GTK_WIDGET (hashiya_page_get_find_bar (hashiya_test_page_of (window)));
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (bar, HASHIYA_TYPE_FIND_BAR, name));

  g_assert_nonnull (child);
  return child;
}

GtkWidget *
hashiya_test_operation_bar_child (HashiyaWindow *window,
                     const char    *name)
{
  GtkWidget *bar = GTK_WIDGET (hashiya_page_get_operation_bar (hashiya_test_page_of (window)));
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (bar, HASHIYA_TYPE_OPERATION_BAR, name));

  g_assert_nonnull (child);
  return child;
}

/* The first widget of @type in @root's tree, popovers included. */
GtkWidget *
hashiya_test_first_of_type (GtkWidget *root,
               GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = hashiya_test_first_of_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

gboolean
hashiya_test_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits until @widget has been drawn @n times. */
void
hashiya_test_wait_for_frames (GtkWidget *widget,
                 int        n)
{
  GdkFrameClock *clock;
  gint64 start;

  WAIT_UNTIL (gtk_widget_get_mapped (widget));

  clock = gtk_widget_get_frame_clock (widget);
  start = gdk_frame_clock_get_frame_counter (clock);
  /* A window with nothing to redraw paints no frame: ask for frames
   * while waiting, and fail after twenty seconds. */
  gdk_frame_clock_begin_updating (clock);
  {
    gboolean timed_out = FALSE;
    guint id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);

    while (gdk_frame_clock_get_frame_counter (clock) < start + n && !timed_out)
      g_main_context_iteration (NULL, TRUE);
    gdk_frame_clock_end_updating (clock);
    g_assert_false (timed_out);
    g_source_remove (id);
  }
}

/* Runs the main loop until @done is set, failing after twenty seconds. */
void
hashiya_test_wait_until (gboolean *done)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);

  while (!*done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

/* A registered application, for the shortcuts it holds (Ctrl+M, Ctrl+Q,
 * …): not unique, so that it needs no session bus. */
HashiyaApplication *
hashiya_test_registered_application (void)
{
  HashiyaApplication *application = hashiya_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  return application;
}

/* @document in a new window of @application (or of none), shown. */
HashiyaWindow *
hashiya_test_open_window_in (HashiyaApplication *application,
                HashiyaDocument    *document)
{
  HashiyaWindow *window = hashiya_window_new (GTK_APPLICATION (application), NULL);

  g_object_ref (window);
  hashiya_window_set_document (window, document, NULL);
  gtk_window_present (GTK_WINDOW (window));
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 2);
  return window;
}

/* Runs the main loop while @busy holds, failing after twenty seconds. */
void
hashiya_test_wait_while (gboolean (*busy) (gpointer),
            gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);

  while (busy (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
hashiya_test_file_busy (gpointer window)
{
  return window_busy ((HashiyaWindow *) window);
}

static gboolean
hashiya_test_operation_active (gpointer window)
{
  return window_operation ((HashiyaWindow *) window);
}

/* Until the window's file is neither opening nor saving. */
void
hashiya_test_wait_idle (HashiyaWindow *window)
{
  hashiya_test_wait_while (hashiya_test_file_busy, window);
}

/* Until the window's long work (an export, suggestions) is done. */
void
hashiya_test_wait_operation_done (HashiyaWindow *window)
{
  hashiya_test_wait_while (hashiya_test_operation_active, window);
}

HashiyaWindow *
hashiya_test_open_window (HashiyaDocument *document)
{
  return hashiya_test_open_window_in (NULL, document);
}

void
hashiya_test_close_window (HashiyaWindow *window)
{
  /* No question about unsaved changes in a test. */
  hashiya_document_mark_saved (hashiya_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

void
hashiya_test_run_xdotool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Real key events need an X11 display: the tests run under Xvfb. */
gboolean
hashiya_test_have_x11 (void)
{
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return TRUE;
#endif
  g_test_skip ("Real key events need an X11 display");
  return FALSE;
}

/* Gives @window the X input focus and waits until GTK knows it (on a busy
 * machine that takes a moment). */
void
hashiya_test_focus_gtk_window (GtkWindow *window)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  gboolean timed_out = FALSE;
  guint id;

  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "windowfocus", "--sync", xid, NULL });
  id = g_timeout_add_seconds (20, hashiya_test_timeout_cb, &timed_out);
  while (!gtk_window_is_active (window) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_window_is_active (window));
  if (!timed_out)
    g_source_remove (id);
#endif
}

void
hashiya_test_focus_window (HashiyaWindow *window)
{
  hashiya_test_focus_gtk_window (GTK_WINDOW (window));
}

/* Selects @start–@end and presses @key until a mention is added: on a
 * machine under load an X key event can be lost, and an X server that is
 * late with the PRIMARY selection makes GTK drop the text selection. So
 * each attempt selects again, and presses only once the selection has
 * outlived the events pending. Pressing again is safe: the same span and
 * actor are never annotated twice. */
void
hashiya_test_press_until_added (HashiyaWindow *window,
                   guint          start,
                   guint          end,
                   const char    *key,
                   gboolean      *added)
{
  HashiyaTextView *view = hashiya_window_get_text_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  for (guint attempt = 0; attempt < 5 && !*added; attempt++)
    {
      gboolean waited = FALSE;
      guint id;

      hashiya_test_focus_window (window);
      hashiya_text_view_select_range (view, start, end);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      if (!gtk_text_buffer_get_has_selection (buffer))
        continue;
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
      id = g_timeout_add_seconds (4, hashiya_test_timeout_cb, &waited);
      while (!*added && !waited)
        g_main_context_iteration (NULL, TRUE);
      if (!waited)
        g_source_remove (id);
    }
  g_assert_true (*added);
}

void
hashiya_test_mention_added_cb (HashiyaDocument *document,
                  HashiyaMention  *mention,
                  gboolean        *done)
{
  *done = TRUE;
}

/* What GtkTextView does with a tag, as Pango attributes: every property a
 * tag can set that reaches the shaping or the drawing of glyphs. */
static void
hashiya_test_add_tag_attributes (PangoAttrList *attrs,
                    GtkTextTag    *tag,
                    guint          start,
                    guint          end)
{
  gboolean background_set, foreground_set, underline_set, weight_set, family_set, size_set;
  gboolean letter_spacing_set, style_set, scale_set;
  GdkRGBA *background = NULL, *foreground = NULL;
  PangoUnderline underline;
  PangoWeight weight;
  PangoStyle style;
  char *family = NULL;
  int size, letter_spacing;
  double scale;
  PangoAttribute *attr;
  GPtrArray *list = g_ptr_array_new ();

  g_object_get (tag,
                "background-set", &background_set, "background-rgba", &background,
                "foreground-set", &foreground_set, "foreground-rgba", &foreground,
                "underline-set", &underline_set, "underline", &underline,
                "weight-set", &weight_set, "weight", &weight,
                "family-set", &family_set, "family", &family,
                "size-set", &size_set, "size", &size,
                "letter-spacing-set", &letter_spacing_set, "letter-spacing", &letter_spacing,
                "style-set", &style_set, "style", &style,
                "scale-set", &scale_set, "scale", &scale,
                NULL);

  if (background_set)
    g_ptr_array_add (list, pango_attr_background_new (background->red * 65535, background->green * 65535,
                                                      background->blue * 65535));
  if (foreground_set)
    g_ptr_array_add (list, pango_attr_foreground_new (foreground->red * 65535, foreground->green * 65535,
                                                      foreground->blue * 65535));
  if (underline_set)
    g_ptr_array_add (list, pango_attr_underline_new (underline));
  if (weight_set)
    g_ptr_array_add (list, pango_attr_weight_new (weight));
  if (family_set)
    g_ptr_array_add (list, pango_attr_family_new (family));
  if (size_set)
    g_ptr_array_add (list, pango_attr_size_new (size));
  if (letter_spacing_set)
    g_ptr_array_add (list, pango_attr_letter_spacing_new (letter_spacing));
  if (style_set)
    g_ptr_array_add (list, pango_attr_style_new (style));
  if (scale_set)
    g_ptr_array_add (list, pango_attr_scale_new (scale));

  for (guint i = 0; i < list->len; i++)
    {
      attr = g_ptr_array_index (list, i);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }

  g_ptr_array_free (list, TRUE);
  g_clear_pointer (&background, gdk_rgba_free);
  g_clear_pointer (&foreground, gdk_rgba_free);
  g_free (family);
}

/* The glyph ids of a paragraph laid out as the view lays it out, with or
 * without its tags. */
GArray *
hashiya_test_paragraph_glyphs (GtkTextView *view,
                  int          line,
                  gboolean     with_tags)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *text = NULL;
  GArray *glyphs = g_array_new (FALSE, FALSE, sizeof (PangoGlyph));
  PangoLayoutIter *iter;
  GtkTextIter start, end, at;

  gtk_text_buffer_get_iter_at_line (buffer, &start, line);
  end = start;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (view), text);
  pango_layout_set_width (layout, 600 * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  for (at = start; with_tags && gtk_text_iter_compare (&at, &end) < 0;)
    {
      GtkTextIter next = at;
      GSList *tags = gtk_text_iter_get_tags (&at);
      guint from = (guint) (g_utf8_offset_to_pointer (text, gtk_text_iter_get_line_offset (&at)) - text);
      guint to;

      gtk_text_iter_forward_to_tag_toggle (&next, NULL);
      if (gtk_text_iter_compare (&next, &end) > 0)
        next = end;
      to = (guint) (g_utf8_offset_to_pointer (text, gtk_text_iter_get_line_offset (&next)) - text);
      if (gtk_text_iter_equal (&next, &end))
        to = (guint) strlen (text);
      for (GSList *l = tags; l != NULL; l = l->next)
        hashiya_test_add_tag_attributes (attrs, l->data, from, to);
      g_slist_free (tags);
      at = next;
    }
  pango_layout_set_attributes (layout, attrs);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);

      if (run == NULL)
        continue;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        g_array_append_val (glyphs, run->glyphs->glyphs[i].glyph);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  return glyphs;
}

void
hashiya_test_assert_colour_only (GtkTextTag *tag,
                    gpointer    data)
{
  const char *font_properties[] = { "weight-set", "family-set", "size-set", "letter-spacing-set",
                                    "style-set", "scale-set", "stretch-set", "variant-set",
                                    "font-features-set", "rise-set", "invisible-set" };

  for (guint i = 0; i < G_N_ELEMENTS (font_properties); i++)
    {
      gboolean set = TRUE;

      g_object_get (tag, font_properties[i], &set, NULL);
      g_assert_false (set);
    }
}

/* The INDEXth widget of TYPE under ROOT, depth first, from 0. */
GtkWidget *
hashiya_test_find_widget (GtkWidget *root,
                          GType      type,
                          guint      index)
{
  guint seen = 0;
  GtkWidget *stack[256] = { root };
  guint top = 1;

  while (top > 0)
    {
      GtkWidget *widget = stack[--top];
      GtkWidget *child;

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && seen++ == index)
        return widget;
      /* Pushed last child first, so that children come out in order. */
      for (child = gtk_widget_get_last_child (widget); child != NULL && top < G_N_ELEMENTS (stack);
           child = gtk_widget_get_prev_sibling (child))
        stack[top++] = child;
    }
  return NULL;
}

/* The first label under @root that reads @text. */
GtkWidget *
hashiya_test_find_label (GtkWidget  *root,
                         const char *text)
{
  GtkWidget *label;

  for (guint i = 0; (label = hashiya_test_find_widget (root, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
      return label;
  return NULL;
}

gboolean
hashiya_test_flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

/* Runs the main loop until @ready says so, or @seconds have passed. */
gboolean
hashiya_test_wait_ready (HashiyaTestReadyFunc ready,
                         gpointer             data,
                         guint                seconds)
{
  gboolean waited = FALSE;
  guint id = g_timeout_add_seconds (seconds, hashiya_test_timeout_cb, &waited);

  while (!ready (data) && !waited)
    g_main_context_iteration (NULL, TRUE);
  if (!waited)
    g_source_remove (id);
  return ready (data);
}

/* Presses @key (an xdotool key name, such as "r" or "ctrl+z") until
 * @ready says it took effect: under load an X key event can be lost.
 * Only for keys that are safe to press twice. */
void
hashiya_test_press_until_ready (HashiyaWindow        *window,
                                const char           *key,
                                HashiyaTestReadyFunc  ready,
                                gpointer              data)
{
  for (guint attempt = 0; attempt < 5 && !ready (data); attempt++)
    {
      hashiya_test_focus_window (window);
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", key, NULL });
      hashiya_test_wait_ready (ready, data, 4);
    }
  g_assert_true (ready (data));
}

void
hashiya_test_press_until (HashiyaWindow *window,
                          const char    *key,
                          gboolean      *done)
{
  hashiya_test_press_until_ready (window, key, hashiya_test_flag_is_set, done);
}

/* Clicks @button (1 or 3) with the real pointer at @x, @y of @native (a
 * window or a popover). */
void
hashiya_test_click_native (GtkNative  *native,
                           double      x,
                           double      y,
                           const char *button)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;
  double dx, dy;

  gtk_native_get_surface_transform (native, &dx, &dy);
  sx = g_strdup_printf ("%d", (int) (x + dx));
  sy = g_strdup_printf ("%d", (int) (y + dy));
  /* One connection: the X server moves the pointer before the click.
   * (--sync would wait in vain when the pointer is there already.) */
  hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "mousemove", "--window", xid, sx, sy, "click", button, NULL });
#endif
}

/* Clicks the middle of @widget, in the window or popover it is in. */
void
hashiya_test_click_widget (GtkWidget  *widget,
                           const char *button)
{
  GtkNative *native = gtk_widget_get_native (widget);
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native),
                                                   gtk_widget_get_width (widget) / 2.0,
                                                   gtk_widget_get_height (widget) / 2.0, &x, &y));
  hashiya_test_click_native (native, x, y, button);
}

/* Clicks @button on the character at @offset of the window's text with
 * the real pointer, again until @ready says it took effect. */
void
hashiya_test_click_text_until_ready (HashiyaWindow        *window,
                                     guint                 offset,
                                     const char           *button,
                                     HashiyaTestReadyFunc  ready,
                                     gpointer              data)
{
  for (guint attempt = 0; attempt < 5 && !ready (data); attempt++)
    {
      HashiyaTextView *view = hashiya_window_get_text_view (window);
      GdkRectangle rect;
      double x, y;

      hashiya_test_focus_window (window);
      hashiya_test_wait_for_frames (GTK_WIDGET (window), 1);
      rect = hashiya_text_view_get_range_rect (view, offset, offset + 1);
      g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (window),
                                                       rect.x + rect.width / 2.0, rect.y + rect.height / 2.0,
                                                       &x, &y));
      hashiya_test_click_native (GTK_NATIVE (window), x, y, button);
      hashiya_test_wait_ready (ready, data, 4);
    }
  g_assert_true (ready (data));
}

/* With $HASHIYA_SCREENSHOT_DIR set, the whole screen as NAME.png there,
 * once the window has drawn what it shows. */
void
hashiya_test_screenshot (HashiyaWindow *window,
                         const char    *name)
{
  const char *dir = g_getenv ("HASHIYA_SCREENSHOT_DIR");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  hashiya_test_wait_for_frames (GTK_WIDGET (window), 3);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  hashiya_test_run_xdotool ((const char * const[]) { "import", "-window", "root", path, NULL });
}

/* The file chooser dialog shown (GtkFileChooserNative without a portal),
 * if any. */
GtkFileChooser *
hashiya_test_find_file_chooser (void)
{
  GtkFileChooser *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* The message dialog shown, if any. */
AdwMessageDialog *
hashiya_test_find_message_dialog (void)
{
  AdwMessageDialog *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Types @text (xdotool type) into whatever has the keyboard until
 * @ready says it arrived whole; @clear (an xdotool key list, such as
 * "ctrl+a BackSpace") takes away what an attempt left. */
void
hashiya_test_type_until_ready (HashiyaWindow        *window,
                               const char           *text,
                               const char           *clear,
                               HashiyaTestReadyFunc  ready,
                               gpointer              data)
{
  for (guint attempt = 0; attempt < 5 && !ready (data); attempt++)
    {
      hashiya_test_focus_window (window);
      if (attempt > 0 && clear != NULL)
        {
          g_auto(GStrv) keys = g_strsplit (clear, " ", -1);

          for (guint i = 0; keys[i] != NULL; i++)
            hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "key", "--delay", "40", keys[i], NULL });
        }
      hashiya_test_run_xdotool ((const char * const[]) { "xdotool", "type", "--delay", "60", text, NULL });
      hashiya_test_wait_ready (ready, data, 4);
    }
  g_assert_true (ready (data));
}

/**
 * hashiya_test_init_window_tests:
 *
 * What every window test program does first, after pointing the XDG
 * folders into the test: GTK in test mode, libadwaita, and the core's and
 * the application's resources registered once, as main () does.
 */
void
hashiya_test_init_window_tests (int    *argc,
                                char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  hashiya_core_init ();
  hashiya_register_resource ();
}
