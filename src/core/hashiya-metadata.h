/* hashiya-metadata.h — what a document says about its article: title,
 * outlet, date of publication, address and tags
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HASHIYA_TYPE_METADATA (hashiya_metadata_get_type ())

/**
 * HashiyaMetadata:
 * @title: the article's title, or %NULL
 * @source: the outlet that published it, or %NULL
 * @date: the date of publication, ISO 8601 (`2024-03-07`), or %NULL
 * @url: where it was published, or %NULL
 * @tags: free tags (never %NULL; may be empty)
 *
 * A plain value: copy it with hashiya_metadata_copy ().
 */
typedef struct
{
  char  *title;
  char  *source;
  char  *date;
  char  *url;
  char **tags;
} HashiyaMetadata;

GType            hashiya_metadata_get_type   (void) G_GNUC_CONST;
HashiyaMetadata *hashiya_metadata_new        (void);
HashiyaMetadata *hashiya_metadata_copy       (const HashiyaMetadata *self);
void             hashiya_metadata_free       (HashiyaMetadata       *self);
gboolean         hashiya_metadata_is_empty   (const HashiyaMetadata *self);
gboolean         hashiya_metadata_equal      (const HashiyaMetadata *a,
                                              const HashiyaMetadata *b);
gboolean         hashiya_metadata_check      (const HashiyaMetadata *self,
                                              GError               **error);
gboolean         hashiya_metadata_check_date (const char            *date,
                                              GError               **error);
gboolean         hashiya_metadata_check_url  (const char            *url,
                                              GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaMetadata, hashiya_metadata_free)

G_END_DECLS
