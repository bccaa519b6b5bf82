/* hashiya-document-checks.c — whether a span or a mention can be in a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-private.h"
#include "hashiya-error.h"

/* An existing mention, other than @except, of @actor_id on exactly
 * start–end. */
HashiyaMention *
_hashiya_document_find_duplicate (HashiyaDocument *self,
                                  guint            start,
                                  guint            end,
                                  const char      *actor_id,
                                  HashiyaMention  *except)
{
  guint n = hashiya_document_get_n_mentions (self);

  for (guint i = hashiya_document_find_first_at (self, start); i < n; i++)
    {
      HashiyaMention *item = hashiya_document_get_mention (self, i);

      if (hashiya_mention_get_start (item) != start)
        break;
      if (item != except && hashiya_mention_get_end (item) == end &&
          g_strcmp0 (hashiya_mention_get_actor (item), actor_id) == 0)
        return item;
    }

  return NULL;
}

/**
 * hashiya_document_check_span:
 *
 * Whether start–end can be a mention: not empty, inside the text, and not
 * splitting a letter from its tashkeel. Errors say what is wrong without
 * naming a file, so callers can prefix where.
 */
gboolean
hashiya_document_check_span (HashiyaDocument  *self,
                             guint             start,
                             guint             end,
                             GError          **error)
{
  HashiyaText *text;
  guint length;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);

  text = hashiya_document_get_text (self);
  length = hashiya_text_get_length (text);
  if (start > end)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("start %u is after end %u"), start, end);
      return FALSE;
    }
  if (start == end)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("the span %u:%u is empty"), start, end);
      return FALSE;
    }
  if (end > length)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("end %u is past the end of the text (%u characters)"), end, length);
      return FALSE;
    }
  if (!hashiya_text_is_boundary (text, start))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("start %u splits a letter from its marks (use %u or %u)"), start,
                   hashiya_text_snap_backward (text, start),
                   hashiya_text_snap_forward (text, start));
      return FALSE;
    }
  if (!hashiya_text_is_boundary (text, end))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("end %u splits a letter from its marks (use %u or %u)"), end,
                   hashiya_text_snap_backward (text, end),
                   hashiya_text_snap_forward (text, end));
      return FALSE;
    }

  return TRUE;
}

/* Like hashiya_document_check_mention(), for @except in a new state:
 * its own span and actor are no duplicate. */
gboolean
_hashiya_document_check_mention_except (HashiyaDocument  *self,
                                        HashiyaMention   *mention,
                                        HashiyaMention   *except,
                                        GError          **error)
{
  guint start = hashiya_mention_get_start (mention);
  guint end = hashiya_mention_get_end (mention);
  const char *actor_id = hashiya_mention_get_actor (mention);
  HashiyaMention *duplicate;

  if (!hashiya_document_check_span (self, start, end, error))
    return FALSE;

  if (hashiya_catalog_lookup (hashiya_document_get_catalog (self), actor_id) == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_NOT_FOUND,
                   _("actor \"%s\" is not in the catalogue"), actor_id != NULL ? actor_id : "");
      return FALSE;
    }

  duplicate = _hashiya_document_find_duplicate (self, start, end, actor_id, except);
  if (duplicate != NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("%u:%u is already a mention of \"%s\" (%s); the same span and actor "
                   "cannot be annotated twice"),
                   start, end, actor_id, hashiya_mention_get_id (duplicate));
      return FALSE;
    }

  return TRUE;
}

/**
 * hashiya_document_check_mention:
 *
 * Whether @mention, not yet in the document, could be added: a valid span,
 * an actor of the catalogue, and not the same span and actor as an
 * existing mention (that is refused, never merged silently).
 */
gboolean
hashiya_document_check_mention (HashiyaDocument  *self,
                                HashiyaMention   *mention,
                                GError          **error)
{
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_MENTION (mention), FALSE);

  if (hashiya_document_lookup_mention (self, hashiya_mention_get_id (mention)) != NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("mention id \"%s\" is used twice"), hashiya_mention_get_id (mention));
      return FALSE;
    }

  return _hashiya_document_check_mention_except (self, mention, NULL, error);
}

