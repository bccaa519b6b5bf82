/* bench-util.h — timings the benchmarks read, when HASHIYA_BENCH=1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*HashiyaBenchFunc) (gpointer user_data);

gboolean hashiya_bench_enabled        (void);
double   hashiya_bench_now_ms         (void);
void     hashiya_bench_report         (const char       *key,
                                       const char       *format,
                                       ...) G_GNUC_PRINTF (2, 3);
void     hashiya_bench_watch          (GtkWidget        *window,
                                       GtkWidget        *text_view);
void     hashiya_bench_first_content  (GtkWidget        *text_view);
void     hashiya_bench_content_ready  (GtkWidget        *text_view,
                                       HashiyaBenchFunc  laid_out,
                                       gpointer          user_data);
void     hashiya_bench_after_frame    (GtkWidget        *widget,
                                       HashiyaBenchFunc  func,
                                       gpointer          user_data);
void     hashiya_bench_scroll         (GtkWidget        *text_view,
                                       HashiyaBenchFunc  done,
                                       gpointer          user_data);
void     hashiya_bench_report_series  (const char       *name,
                                       GArray           *milliseconds);

G_END_DECLS
