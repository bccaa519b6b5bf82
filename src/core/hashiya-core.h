/* hashiya-core.h — libhashiya-core: everything that does not need GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-actor.h"
#include "hashiya-agreement.h"
#include "hashiya-agreement-measures.h"
#include "hashiya-arabic.h"
#include "hashiya-author.h"
#include "hashiya-brat.h"
#include "hashiya-catalog.h"
#include "hashiya-catalog-file.h"
#include "hashiya-conflict.h"
#include "hashiya-core-data.h"
#include "hashiya-curation.h"
#include "hashiya-corpus.h"
#include "hashiya-corpus-async.h"
#include "hashiya-corpus-batch.h"
#include "hashiya-corpus-export.h"
#include "hashiya-corpus-index.h"
#include "hashiya-corpus-agreement.h"
#include "hashiya-corpus-stats.h"
#include "hashiya-document.h"
#include "hashiya-document-conflicts.h"
#include "hashiya-document-file.h"
#include "hashiya-document-load.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-export.h"
#include "hashiya-export-util.h"
#include "hashiya-file.h"
#include "hashiya-format.h"
#include "hashiya-git.h"
#include "hashiya-import.h"
#include "hashiya-matcher.h"
#include "hashiya-mention.h"
#include "hashiya-merge.h"
#include "hashiya-metadata.h"
#include "hashiya-open.h"
#include "hashiya-print-layout.h"
#include "hashiya-reanchor.h"
#include "hashiya-relation.h"
#include "hashiya-relation-catalog.h"
#include "hashiya-relation-catalog-file.h"
#include "hashiya-relation-matcher.h"
#include "hashiya-relation-suggest.h"
#include "hashiya-search.h"
#include "hashiya-search-hit.h"
#include "hashiya-search-results.h"
#include "hashiya-text.h"
#include "hashiya-types.h"
#include "hashiya-undo-stack.h"
#include "hashiya-versions.h"

G_BEGIN_DECLS

#define HASHIYA_SAMPLE_NAME "000_b41194bbb65cbdc7.txt"

void    hashiya_core_init       (void);
GBytes *hashiya_core_get_sample (void);

G_END_DECLS
