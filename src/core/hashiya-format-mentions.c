/* hashiya-format-mentions.c — reading the mentions and orphans of a .hashiya
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hashiya-document-private.h"
#include "hashiya-error.h"
#include "hashiya-format-mentions.h"
#include "hashiya-mention-lines.h"

/* How messages name mention NUMBER of a file. */
static char *
mention_where (const char *display_name,
               guint       number)
{
  return g_strdup_printf (_("%s: mention %u"), display_name, number);
}

/* Checks mention NUMBER against the document and those read before it.
 * Its place in messages, "NAME: mention 12", is only made for one. */
static gboolean
check_read_mention (HashiyaDocument  *document,
                    HashiyaMention   *mention,
                    GHashTable       *ids,
                    GHashTable       *spans,
                    const char       *display_name,
                    guint             number,
                    GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  HashiyaText *text = hashiya_document_get_text (document);
  const char *id = hashiya_mention_get_id (mention);
  const char *exact = hashiya_mention_get_quote_exact (mention);

  if (!hashiya_document_check_mention (document, mention, &local_error))
    {
      g_autofree char *where = mention_where (display_name, number);

      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", where, local_error->message);
      return FALSE;
    }
  if (g_hash_table_contains (ids, id))
    {
      g_autofree char *where = mention_where (display_name, number);

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("%s: id \"%s\" is used by mention %u too"), where, id,
                   GPOINTER_TO_UINT (g_hash_table_lookup (ids, id)));
      return FALSE;
    }
  if (g_hash_table_contains (spans, mention))
    {
      g_autofree char *where = mention_where (display_name, number);

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("%s: %u:%u is annotated with \"%s\" twice (also mention %u); "
                   "the same span and actor cannot be annotated twice"), where,
                   hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                   hashiya_mention_get_actor (mention),
                   GPOINTER_TO_UINT (g_hash_table_lookup (spans, mention)));
      return FALSE;
    }
  g_hash_table_insert (spans, mention, GUINT_TO_POINTER (number));
  g_hash_table_insert (ids, (gpointer) id, GUINT_TO_POINTER (number));

  if (exact == NULL)
    hashiya_document_fill_quote (document, mention);
  else if (!hashiya_text_range_equals (text, hashiya_mention_get_start (mention),
                                       hashiya_mention_get_end (mention), exact))
    {
      g_autofree char *where = mention_where (display_name, number);
      g_autofree char *found = hashiya_text_slice (text, hashiya_mention_get_start (mention),
                                                   hashiya_mention_get_end (mention));

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: the text at %u:%u is \"%s\" but the quote says \"%s\""), where,
                   hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                   found, exact);
      return FALSE;
    }

  return TRUE;
}

static guint
source_length (const HashiyaMentionSource *source)
{
  if (source->made != NULL)
    return source->made->len;
  return source->array != NULL ? json_array_get_length (source->array) : 0;
}

/* Messages name mention I "DISPLAY_NAME: WHAT I", or without WHAT as
 * mention_where() does. */
static HashiyaMention *
source_get (const HashiyaMentionSource  *source,
            guint                        i,
            const char                  *display_name,
            const char                  *what,
            GError                     **error)
{
  g_autofree char *where = NULL;

  if (source->made != NULL)
    return g_object_ref (g_ptr_array_index (source->made, i));
  where = what != NULL ? g_strdup_printf ("%s: %s %u", display_name, what, i + 1)
                       : mention_where (display_name, i + 1);
  return _hashiya_read_mention_object (json_array_get_element (source->array, i), where, error);
}

static int
compare_mention_slots (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return hashiya_mention_compare (*(HashiyaMention * const *) a, *(HashiyaMention * const *) b, NULL);
}

gboolean
_hashiya_format_read_mentions (const HashiyaMentionSource  *source,
                               HashiyaDocument             *document,
                               const char                  *display_name,
                               GError                     **error)
{
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) spans = g_hash_table_new (hashiya_mention_span_hash, hashiya_mention_span_equal);
  guint n = source_length (source);

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = source_get (source, i, display_name, NULL, error);

      if (mention == NULL)
        return FALSE;
      g_ptr_array_add (mentions, mention);
      if (!check_read_mention (document, mention, ids, spans, display_name, i + 1, error))
        return FALSE;
      /* On its own text, a mention's context is the text's. */
      hashiya_mention_set_quote (mention, hashiya_mention_get_quote_exact (mention), NULL, NULL);
    }

  g_ptr_array_sort_with_data (mentions, compare_mention_slots, NULL);
  _hashiya_document_take_mentions (document, mentions);
  return TRUE;
}

/* Orphans, or (for a text edited outside Hashiya) every mention, read
 * without checking them against the text: into @to_reanchor, or else
 * straight in as orphans. */
gboolean
_hashiya_format_read_to_reanchor (const HashiyaMentionSource  *source,
                                  HashiyaDocument             *document,
                                  const char                  *display_name,
                                  const char                  *what,
                                  GPtrArray                   *to_reanchor,
                                  GHashTable                  *ids,
                                  GError                     **error)
{
  guint n = source_length (source);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaMention) mention = source_get (source, i, display_name, what, error);

      if (mention == NULL)
        return FALSE;
      if (!g_hash_table_add (ids, g_strdup (hashiya_mention_get_id (mention))))
        {
          g_autofree char *where = g_strdup_printf ("%s: %s %u", display_name, what, i + 1);

          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                       _("%s: id \"%s\" is used twice"), where, hashiya_mention_get_id (mention));
          return FALSE;
        }
      if (to_reanchor != NULL)
        g_ptr_array_add (to_reanchor, g_steal_pointer (&mention));
      else
        _hashiya_document_add_orphan (document, mention);
    }

  return TRUE;
}
