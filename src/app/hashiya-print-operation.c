/* hashiya-print-operation.c — printing, and PDF export, through GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkPrintOperation that draws the pages of HashiyaPrintLayout, the
 * same pages the CLI's PDF has: "Print…" runs it with the print dialog,
 * the PDF export runs it with an export file name.
 */

#define G_LOG_DOMAIN "hashiya-print"

#include "config.h"

#include "hashiya-print-operation.h"

typedef struct
{
  HashiyaDocument      *document;
  HashiyaExportOptions *options;
  HashiyaPrintLayout   *layout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->layout, hashiya_print_layout_free);
  hashiya_export_options_free (job->options);
  g_object_unref (job->document);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  g_clear_pointer (&job->layout, hashiya_print_layout_free);
  job->layout = hashiya_print_layout_new (job->document, job->options, pango,
                                          gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, hashiya_print_layout_get_n_pages (job->layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  hashiya_print_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page);
}

/**
 * hashiya_print_operation_new:
 *
 * Returns: (transfer full): an operation that prints @document on A4
 *   with the PDF export's margins, in points
 */
GtkPrintOperation *
hashiya_print_operation_new (HashiyaDocument            *document,
                             const HashiyaExportOptions *options)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->document = g_object_ref (document);
  job->options = hashiya_export_options_copy (options);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_top_margin (setup, HASHIYA_PAGE_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, HASHIYA_PAGE_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, HASHIYA_PAGE_MARGIN, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, HASHIYA_PAGE_MARGIN, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, options->title);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "hashiya-print-job", job, (GDestroyNotify) print_job_free);
  return operation;
}
