/* hashiya-relation-frames.h — who is the source and who the target of a
 * trigger, in one sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "hashiya-relation-sentence.h"

G_BEGIN_DECLS

void hashiya_relation_frames_apply (RelationSentence         *sentence,
                                    const RelationOccurrence *occurrence);

G_END_DECLS
