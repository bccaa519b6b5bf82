/* hashiya-fuzz-targets.h — what the fuzzers feed, shared with the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef int (*HashiyaFuzzTarget) (const guint8 *data,
                                  gsize         size);

int hashiya_fuzz_hashiya (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_catalog (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_text    (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_matcher (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_brat    (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_w3c     (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_jsonl   (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_conll   (const guint8 *data,
                          gsize         size);
int hashiya_fuzz_relation_catalog (const guint8 *data,
                                   gsize         size);
int hashiya_fuzz_relations        (const guint8 *data,
                                   gsize         size);
int hashiya_fuzz_search           (const guint8 *data,
                                   gsize         size);
int hashiya_fuzz_csv              (const guint8 *data,
                                   gsize         size);

G_END_DECLS
