/* hashiya-agreement-align.h — the mentions of several annotators aligned
 * into units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-agreement-unit.h"

G_BEGIN_DECLS

/* One annotator's version of a text: its compared mentions. */
typedef struct
{
  GPtrArray *mentions;
  guint      annotator;
} HashiyaAlignVersion;

GPtrArray *_hashiya_agreement_align (const char                *text_name,
                                     const HashiyaAlignVersion *versions,
                                     guint                      n_versions,
                                     const guint               *version_of,
                                     guint                      n_annotators);

G_END_DECLS
