/* hashiya-document-metadata.c — the title, source, date, URL and tags of
 * a document, each edit one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include "hashiya-document-commands.h"
#include "hashiya-document-private.h"

/* Empty strings are no value. */
static char *
dup_value (const char *value)
{
  return value != NULL && value[0] != '\0' ? g_strdup (value) : NULL;
}

/**
 * hashiya_document_set_metadata:
 *
 * Gives the document @metadata, checked as hashiya_metadata_check ()
 * does, in one undo step (none when nothing changes); quick edits in a
 * row are one step, as typing a note is.
 *
 * Returns: %FALSE with @error set when @metadata is not right
 */
gboolean
hashiya_document_set_metadata (HashiyaDocument        *self,
                               const HashiyaMetadata  *metadata,
                               GError                **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (metadata != NULL, FALSE);

  if (!hashiya_metadata_check (metadata, error))
    return FALSE;
  if (hashiya_metadata_equal (metadata, hashiya_document_get_metadata (self)))
    return TRUE;
  hashiya_undo_stack_execute (hashiya_document_get_undo_stack (self),
                              _hashiya_command_change_metadata_new (self, metadata));
  return TRUE;
}

typedef enum
{
  FIELD_TITLE,
  FIELD_SOURCE,
  FIELD_DATE,
  FIELD_URL,
} Field;

static gboolean
set_field (HashiyaDocument  *self,
           Field             field,
           const char       *value,
           GError          **error)
{
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_copy (hashiya_document_get_metadata (self));
  char **slot = NULL;

  switch (field)
    {
    case FIELD_TITLE:
      slot = &metadata->title;
      break;
    case FIELD_SOURCE:
      slot = &metadata->source;
      break;
    case FIELD_DATE:
      slot = &metadata->date;
      break;
    case FIELD_URL:
      slot = &metadata->url;
      break;
    default:
      g_assert_not_reached ();
    }
  g_free (*slot);
  *slot = dup_value (value);
  return hashiya_document_set_metadata (self, metadata, error);
}

/* Each of these sets one field (NULL or "" takes it away). */

gboolean
hashiya_document_set_title (HashiyaDocument  *self,
                            const char       *title,
                            GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  return set_field (self, FIELD_TITLE, title, error);
}

gboolean
hashiya_document_set_source (HashiyaDocument  *self,
                             const char       *source,
                             GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  return set_field (self, FIELD_SOURCE, source, error);
}

gboolean
hashiya_document_set_date (HashiyaDocument  *self,
                           const char       *date,
                           GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  return set_field (self, FIELD_DATE, date, error);
}

gboolean
hashiya_document_set_url (HashiyaDocument  *self,
                          const char       *url,
                          GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  return set_field (self, FIELD_URL, url, error);
}

gboolean
hashiya_document_set_tags (HashiyaDocument     *self,
                           const char * const  *tags,
                           GError             **error)
{
  g_autoptr(HashiyaMetadata) metadata = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);

  metadata = hashiya_metadata_copy (hashiya_document_get_metadata (self));
  g_strfreev (metadata->tags);
  metadata->tags = tags != NULL ? g_strdupv ((char **) tags) : g_new0 (char *, 1);
  return hashiya_document_set_metadata (self, metadata, error);
}
