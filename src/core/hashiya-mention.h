/* hashiya-mention.h — one place in the text that names or stands for an actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "hashiya-types.h"

G_BEGIN_DECLS

#define HASHIYA_TYPE_MENTION (hashiya_mention_get_type ())

/* About this many code points of context are kept on either side of a
 * mention's quote, so that it can be found again when the text changes. */
#define HASHIYA_QUOTE_CONTEXT 32

G_DECLARE_FINAL_TYPE (HashiyaMention, hashiya_mention, HASHIYA, MENTION, GObject)

HashiyaMention       *hashiya_mention_new              (const char            *id,
                                                        guint                  start,
                                                        guint                  end,
                                                        const char            *actor);
HashiyaMention       *hashiya_mention_copy             (HashiyaMention        *self);
int                   hashiya_mention_compare          (gconstpointer          a,
                                                        gconstpointer          b,
                                                        gpointer               user_data);
int                   hashiya_mention_compare_nesting  (gconstpointer          a,
                                                        gconstpointer          b);
guint                 hashiya_mention_span_hash        (gconstpointer          mention);
gboolean              hashiya_mention_span_equal       (gconstpointer          a,
                                                        gconstpointer          b);

const char           *hashiya_mention_get_id           (HashiyaMention        *self);
guint                 hashiya_mention_get_start        (HashiyaMention        *self);
guint                 hashiya_mention_get_end          (HashiyaMention        *self);
void                  hashiya_mention_set_span         (HashiyaMention        *self,
                                                        guint                  start,
                                                        guint                  end);
const char           *hashiya_mention_get_actor        (HashiyaMention        *self);
void                  hashiya_mention_set_actor        (HashiyaMention        *self,
                                                        const char            *actor);
HashiyaMentionType    hashiya_mention_get_mention_type (HashiyaMention        *self);
void                  hashiya_mention_set_mention_type (HashiyaMention        *self,
                                                        HashiyaMentionType     type);
HashiyaMentionStatus  hashiya_mention_get_status       (HashiyaMention        *self);
void                  hashiya_mention_set_status       (HashiyaMention        *self,
                                                        HashiyaMentionStatus   status);
const char           *hashiya_mention_get_note         (HashiyaMention        *self);
void                  hashiya_mention_set_note         (HashiyaMention        *self,
                                                        const char            *note);
const char           *hashiya_mention_get_label        (HashiyaMention        *self);
void                  hashiya_mention_set_label        (HashiyaMention        *self,
                                                        const char            *label);
const char           *hashiya_mention_get_author       (HashiyaMention        *self);
void                  hashiya_mention_set_author       (HashiyaMention        *self,
                                                        const char            *author);
const char           *hashiya_mention_get_created      (HashiyaMention        *self);
void                  hashiya_mention_set_created      (HashiyaMention        *self,
                                                        const char            *created);
const char           *hashiya_mention_get_modified     (HashiyaMention        *self);
void                  hashiya_mention_set_modified     (HashiyaMention        *self,
                                                        const char            *modified);
const char           *hashiya_mention_get_quote_exact  (HashiyaMention        *self);
const char           *hashiya_mention_get_quote_prefix (HashiyaMention        *self);
const char           *hashiya_mention_get_quote_suffix (HashiyaMention        *self);
void                  hashiya_mention_set_quote        (HashiyaMention        *self,
                                                        const char            *exact,
                                                        const char            *prefix,
                                                        const char            *suffix);

char                 *hashiya_timestamp_now            (void) G_GNUC_WARN_UNUSED_RESULT;
gboolean              hashiya_timestamp_is_valid       (const char            *timestamp);

G_END_DECLS
