/* hashiya-test-color.h — colour differences as a reader sees them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void   hashiya_test_srgb_to_lab (const double rgb[3],
                                 double       lab[3]);
double hashiya_test_ciede2000   (const double lab1[3],
                                 const double lab2[3]);
gboolean hashiya_test_parse_hex (const char  *color,
                                 double       rgb[3]);
void   hashiya_test_composite   (const double color[3],
                                 double       alpha,
                                 const double background[3],
                                 double       result[3]);

G_END_DECLS
