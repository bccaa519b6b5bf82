/* hashiya-test-corpus.h — corpora of generated Arabic news, for the
 * tests and the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-core.h"

G_BEGIN_DECLS

/* Every HASHIYA_TEST_CORPUS_TEXT_EVERY-th document is left a plain text
 * (.txt), not yet a .hashiya. */
#define HASHIYA_TEST_CORPUS_TEXT_EVERY 17

GPtrArray *hashiya_test_generate_corpus (const char *folder,
                                         guint       n_documents,
                                         gsize       document_bytes,
                                         guint32     seed);
char      *hashiya_test_generate_text   (GRand      *rand,
                                         gsize       bytes);

G_END_DECLS
