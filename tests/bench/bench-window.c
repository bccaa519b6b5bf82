/* bench-window.c — the application's window, timed from outside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-window DOCUMENT.hashiya
 *   bench-window CORPUS-FOLDER
 *
 * Starts the application as hashiya does, opens DOCUMENT, and reports the
 * timings tests/bench/run-benchmarks.py reads (see bench-util.c), watching
 * the window, its document file and its text view through their public
 * API: the window shown, the document asked for and read, a big file's
 * preview, the document in the view, its full layout and memory.
 *
 * With HASHIYA_BENCH_INTERACT=1 it then does what a reader does, in the
 * part of the text on screen, at ROUNDS places picked by a seeded
 * generator: annotates a word, removes a mention, undoes that, and
 * accepts a suggestion. Each edit is made at the start of a frame, and
 * its latency runs to the end of that frame's painting. Then it scrolls
 * from the top to the bottom, a page a frame, and quits.
 *
 * Given a corpus folder, it opens the folder as `hashiya FOLDER` does and
 * reports the end of the first frame painted with the document list
 * showing its documents ("corpus-first-frame"), then quits.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <sys/resource.h>

#include "bench-util.h"
#include "hashiya-application.h"
#include "hashiya-corpus-page.h"
#include "hashiya-resources.h"
#include "hashiya-window.h"

#define ROUNDS 40

enum { OP_ADD, OP_REMOVE, OP_UNDO, OP_ACCEPT, N_OPS };

static const char * const op_names[N_OPS] = { "add", "remove", "undo", "accept" };

typedef struct
{
  HashiyaWindow *window;
  GRand         *rand;
  guint          round;
  guint          op;
  double         started;
  GArray        *latencies[N_OPS];
  GArray        *handled;          /* the edit and its handlers alone */
} Bench;

static void next_step (gpointer data);

static GtkWidget *
view_of (Bench *bench)
{
  return GTK_WIDGET (hashiya_window_get_text_view (bench->window));
}

static HashiyaDocument *
document_of (Bench *bench)
{
  return hashiya_window_get_document (bench->window);
}

/* The offsets of the text on screen. */
static void
visible_range (Bench *bench,
               guint *first,
               guint *last)
{
  GtkTextView *view = GTK_TEXT_VIEW (view_of (bench));
  GdkRectangle rect;
  GtkTextIter start, end;

  gtk_text_view_get_visible_rect (view, &rect);
  gtk_text_view_get_iter_at_location (view, &start, rect.x, rect.y);
  gtk_text_view_get_iter_at_location (view, &end, rect.x + rect.width, rect.y + rect.height);
  *first = MIN (gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
  *last = MAX (gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end));
}

static void
annotate_a_word (Bench *bench,
                 guint  first,
                 guint  last)
{
  HashiyaDocument *document = document_of (bench);
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);

  for (guint attempt = 0; attempt < 50 && last > first; attempt++)
    {
      guint start = g_rand_int_range (bench->rand, first, last);
      guint end;
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, attempt % hashiya_catalog_get_n_actors (catalog));

      while (start > 0 && !g_unichar_isspace (hashiya_text_get_char (text, start - 1)))
        start--;
      for (end = start; end < hashiya_text_get_length (text) && !g_unichar_isspace (hashiya_text_get_char (text, end));
           end++)
        ;
      if (end > start &&
          hashiya_document_annotate (document, start, end, hashiya_actor_get_id (actor),
                                     HASHIYA_MENTION_TYPE_OTHER, NULL) != NULL)
        return;
    }
}

static HashiyaMention *
find_mention (Bench    *bench,
              guint     first,
              gboolean  suggested)
{
  HashiyaDocument *document = document_of (bench);
  guint n = hashiya_document_get_n_mentions (document);

  for (guint i = hashiya_document_find_first_at (document, first); i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (!suggested || hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        return mention;
    }
  return NULL;
}

static void
do_op (Bench *bench)
{
  HashiyaDocument *document = document_of (bench);
  HashiyaMention *mention;
  guint first, last;

  visible_range (bench, &first, &last);
  if (bench->op == OP_ADD)
    annotate_a_word (bench, first, last);
  else if (bench->op == OP_REMOVE && (mention = find_mention (bench, first, FALSE)) != NULL)
    hashiya_document_remove_mention (document, mention);
  else if (bench->op == OP_UNDO)
    hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  else if (bench->op == OP_ACCEPT && (mention = find_mention (bench, first, TRUE)) != NULL)
    {
      g_autoptr(HashiyaMention) edit = hashiya_mention_copy (mention);

      hashiya_mention_set_status (edit, HASHIYA_MENTION_STATUS_ACCEPTED);
      hashiya_document_update_mention (document, mention, edit, NULL);
    }
}

static void
op_painted (gpointer data)
{
  Bench *bench = data;
  double latency = hashiya_bench_now_ms () - bench->started;

  g_array_append_val (bench->latencies[bench->op], latency);
  bench->op++;
  next_step (bench);
}

static void
finish (gpointer data)
{
  g_application_quit (g_application_get_default ());
}

/* The edit runs at the start of a frame (its update phase), and its
 * latency runs to the end of that frame's painting: what it costs the
 * frame, without the wait for the frame clock's next tick. */
static gboolean
edit_in_frame_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  Bench *bench = data;
  double handled;

  bench->started = hashiya_bench_now_ms ();
  do_op (bench);
  handled = hashiya_bench_now_ms () - bench->started;
  g_array_append_val (bench->handled, handled);
  hashiya_bench_after_frame (view_of (bench), op_painted, bench);
  return G_SOURCE_REMOVE;
}

static void
scrolled_to_place (gpointer data)
{
  Bench *bench = data;

  gtk_widget_add_tick_callback (view_of (bench), edit_in_frame_cb, bench, NULL);
}

static void
next_step (gpointer data)
{
  Bench *bench = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view_of (bench)));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));

  if (bench->op == N_OPS)
    {
      bench->op = 0;
      bench->round++;
    }
  if (bench->round < ROUNDS)
    {
      if (bench->op == 0)
        {
          /* A new place: scroll there, and let a frame settle first. */
          double range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

          gtk_adjustment_set_value (adjustment, g_rand_double (bench->rand) * MAX (range, 0));
          hashiya_bench_after_frame (view_of (bench), scrolled_to_place, bench);
        }
      else
        scrolled_to_place (bench);
      return;
    }

  for (guint op = 0; op < N_OPS; op++)
    {
      g_array_append_vals (all, bench->latencies[op]->data, bench->latencies[op]->len);
      hashiya_bench_report_series (op_names[op], bench->latencies[op]);
      g_array_unref (bench->latencies[op]);
    }
  hashiya_bench_report_series ("edit", all);
  hashiya_bench_report_series ("edit-handled", bench->handled);
  g_array_unref (bench->handled);
  hashiya_bench_scroll (view_of (bench), finish, NULL);
  g_rand_free (bench->rand);
  g_object_unref (bench->window);
  g_free (bench);
}

static void
laid_out_cb (gpointer data)
{
  HashiyaWindow *window = data;
  Bench *bench;

  if (g_strcmp0 (g_getenv ("HASHIYA_BENCH_INTERACT"), "1") != 0)
    {
      finish (NULL);
      return;
    }
  if (g_strcmp0 (g_getenv ("HASHIYA_BENCH_NO_SIDEBAR"), "1") == 0)
    {
      g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

      g_settings_set_boolean (settings, "show-sidebar", FALSE);
    }
  bench = g_new0 (Bench, 1);
  bench->window = g_object_ref (window);
  bench->rand = g_rand_new_with_seed (2023);
  for (guint op = 0; op < N_OPS; op++)
    bench->latencies[op] = g_array_new (FALSE, FALSE, sizeof (double));
  bench->handled = g_array_new (FALSE, FALSE, sizeof (double));
  next_step (bench);
}

/* The file's busy state: asked for, then read. */
static void
busy_cb (HashiyaDocumentFile *file,
         GParamSpec          *pspec,
         HashiyaWindow       *window)
{
  hashiya_bench_report (hashiya_document_file_get_busy (file) ? "document-asked" : "document-read", "%.1f",
                        hashiya_bench_now_ms ());
}

static void
preview_cb (HashiyaDocumentFile *file,
            HashiyaDocument     *preview,
            HashiyaWindow       *window)
{
  hashiya_bench_first_content (GTK_WIDGET (hashiya_window_get_text_view (window)));
}

/* Connected after the window's own handlers: the document is in the text
 * view and the sidebar by now. */
static void
document_cb (HashiyaDocumentFile *file,
             GParamSpec          *pspec,
             HashiyaWindow       *window)
{
  HashiyaDocument *document = hashiya_document_file_get_document (file);

  if (document == NULL || hashiya_document_file_get_path (file) == NULL)
    return;
  hashiya_bench_report ("text-view-filled", "%.1f", hashiya_bench_now_ms ());
  hashiya_bench_report ("sidebar-filled", "%.1f", hashiya_bench_now_ms ());
  hashiya_bench_report ("mentions", "%u", hashiya_document_get_n_mentions (document));
  hashiya_bench_content_ready (GTK_WIDGET (hashiya_window_get_text_view (window)), laid_out_cb, window);
}

/* The first widget of @type in @widget's tree, @widget itself first. */
static GtkWidget *
first_of_type (GtkWidget *widget,
               GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
corpus_painted_cb (gpointer data)
{
  GtkWidget *list = data;
  HashiyaCorpusPage *page = HASHIYA_CORPUS_PAGE (gtk_widget_get_ancestor (list, HASHIYA_TYPE_CORPUS_PAGE));

  struct rusage usage;

  hashiya_bench_report ("corpus-first-frame", "%.1f", hashiya_bench_now_ms ());
  /* The processor time of every thread so far. */
  getrusage (RUSAGE_SELF, &usage);
  hashiya_bench_report ("corpus-first-frame-cpu", "%.1f",
                        (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                        (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
  hashiya_bench_report ("corpus-documents", "%u", g_list_model_get_n_items (hashiya_corpus_page_get_shown (page)));
  g_object_unref (list);
  finish (NULL);
}

/* Each frame until the document list is on screen with its documents:
 * the end of the painting of that frame is the list's first frame. */
static gboolean
corpus_tick_cb (GtkWidget     *window,
                GdkFrameClock *clock,
                gpointer       data)
{
  GtkWidget *page = first_of_type (window, HASHIYA_TYPE_CORPUS_PAGE);
  GtkWidget *list = NULL;

  if (page != NULL)
    list = GTK_WIDGET (gtk_widget_get_template_child (page, HASHIYA_TYPE_CORPUS_PAGE, "column_view"));

  if (list == NULL || !gtk_widget_get_mapped (list) ||
      g_list_model_get_n_items (hashiya_corpus_page_get_shown (HASHIYA_CORPUS_PAGE (page))) == 0)
    return G_SOURCE_CONTINUE;
  hashiya_bench_after_frame (list, corpus_painted_cb, g_object_ref (list));
  return G_SOURCE_REMOVE;
}

static void
corpus_window_added_cb (GtkApplication *application,
                        GtkWindow      *window)
{
  if (!HASHIYA_IS_WINDOW (window))
    return;
  hashiya_bench_watch (GTK_WIDGET (window), NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), corpus_tick_cb, NULL, NULL);
}

/* Once the window is made whole (it is added to the application while
 * it is being constructed), its file is watched. */
static gboolean
watch_window_cb (gpointer data)
{
  HashiyaWindow *window = data;
  HashiyaDocumentFile *file = hashiya_window_get_document_file (window);

  if (hashiya_document_file_get_busy (file))
    hashiya_bench_report ("document-asked", "%.1f", hashiya_bench_now_ms ());
  g_signal_connect_object (file, "notify::busy", G_CALLBACK (busy_cb), window, G_CONNECT_AFTER);
  g_signal_connect_object (file, "preview", G_CALLBACK (preview_cb), window, G_CONNECT_AFTER);
  g_signal_connect_object (file, "notify::document", G_CALLBACK (document_cb), window, G_CONNECT_AFTER);
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  if (!HASHIYA_IS_WINDOW (window))
    return;
  hashiya_bench_watch (GTK_WIDGET (window), NULL);
  g_idle_add_full (G_PRIORITY_HIGH, watch_window_cb, g_object_ref (window), g_object_unref);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(HashiyaApplication) application = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: bench-window DOCUMENT.hashiya | CORPUS-FOLDER\n");
      return 2;
    }
  hashiya_bench_now_ms ();
  setlocale (LC_ALL, "");
  g_set_application_name (_("Hashiya"));
  hashiya_core_init ();
  hashiya_register_resource ();
  if (gtk_init_check () && hashiya_choose_renderer ())
    hashiya_bench_report ("cairo-chosen", "1");
  application = hashiya_application_new ();
  if (g_file_test (argv[1], G_FILE_TEST_IS_DIR))
    g_signal_connect (application, "window-added", G_CALLBACK (corpus_window_added_cb), NULL);
  else
    g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
