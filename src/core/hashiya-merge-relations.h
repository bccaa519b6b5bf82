/* hashiya-merge-relations.h — the relations and the relation catalogue
 * of a three-way merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-merge-state.h"

G_BEGIN_DECLS

void _hashiya_merge_relations        (HashiyaMerge *self);
void _hashiya_merge_relation_catalog (HashiyaMerge *self);

G_END_DECLS
