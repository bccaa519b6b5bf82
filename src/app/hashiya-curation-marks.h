/* hashiya-curation-marks.h — how a curation marks the differences of the
 * versions in the text: an underline of its own shape and colour for each
 * kind, in the light and the dark style, and the legend that says so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "hashiya-core.h"

G_BEGIN_DECLS

/**
 * HashiyaCurationMark:
 * @HASHIYA_CURATION_MARK_AGREE: all versions marked the same span with the same actor
 * @HASHIYA_CURATION_MARK_ACTOR: the versions disagree on the actor
 * @HASHIYA_CURATION_MARK_SOME: only some versions marked it
 * @HASHIYA_CURATION_MARK_OVERLAP: the versions' spans overlap but differ
 */
typedef enum
{
  HASHIYA_CURATION_MARK_AGREE,
  HASHIYA_CURATION_MARK_ACTOR,
  HASHIYA_CURATION_MARK_SOME,
  HASHIYA_CURATION_MARK_OVERLAP,
  HASHIYA_CURATION_N_MARKS,
} HashiyaCurationMark;

HashiyaCurationMark hashiya_curation_mark_of_unit       (HashiyaAgreementUnit  *unit);
const char         *hashiya_curation_mark_get_legend    (HashiyaCurationMark    mark);
void                hashiya_curation_marks_style        (GtkTextBuffer         *buffer,
                                                         GtkTextTag           **tags);
void                hashiya_curation_marks_fill_legend  (GtkBox                *legend_box);
void                hashiya_curation_marks_clear        (GtkTextBuffer         *buffer,
                                                         GtkTextTag           **tags);
void                hashiya_curation_marks_apply        (GtkTextBuffer         *buffer,
                                                         GtkTextTag           **tags,
                                                         HashiyaCurationMark    mark,
                                                         guint                  start,
                                                         guint                  end);
HashiyaMention     *hashiya_curation_conflict_mention   (HashiyaConflict       *conflict);

G_END_DECLS
