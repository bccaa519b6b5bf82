/* hashiya-document-quote.c — the quote selectors of a document's mentions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-document"

#include "config.h"

#include "hashiya-document.h"

/**
 * hashiya_document_fill_quote:
 *
 * Sets the mention's quote selector from the text: its exact text. The
 * text around it is the text's, found again through
 * hashiya_document_dup_quote_context(), and not kept in each mention:
 * with 100,000 mentions that would be megabytes.
 */
void
hashiya_document_fill_quote (HashiyaDocument *self,
                             HashiyaMention  *mention)
{
  g_autofree char *exact = NULL;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));
  g_return_if_fail (HASHIYA_IS_MENTION (mention));

  exact = hashiya_text_slice (hashiya_document_get_text (self), hashiya_mention_get_start (mention),
                              hashiya_mention_get_end (mention));
  hashiya_mention_set_quote (mention, exact, NULL, NULL);
}

/**
 * hashiya_document_dup_quote_context:
 * @prefix: (out) (transfer full): the text just before the mention
 * @suffix: (out) (transfer full): the text just after it
 *
 * The context of the mention's quote selector. For a mention in this
 * document it is up to %HASHIYA_QUOTE_CONTEXT code points of the text
 * each side; an orphan, which has no place in the text, keeps the one it
 * had (empty when it had none).
 */
void
hashiya_document_dup_quote_context (HashiyaDocument  *self,
                                    HashiyaMention   *mention,
                                    char            **prefix,
                                    char            **suffix)
{
  HashiyaText *text;
  guint start, end, length;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (self));
  g_return_if_fail (HASHIYA_IS_MENTION (mention));
  g_return_if_fail (prefix != NULL && suffix != NULL);

  if (hashiya_document_lookup_mention (self, hashiya_mention_get_id (mention)) != mention)
    {
      *prefix = g_strdup (hashiya_mention_get_quote_prefix (mention) ?: "");
      *suffix = g_strdup (hashiya_mention_get_quote_suffix (mention) ?: "");
      return;
    }

  text = hashiya_document_get_text (self);
  length = hashiya_text_get_length (text);
  end = MIN (hashiya_mention_get_end (mention), length);
  start = MIN (hashiya_mention_get_start (mention), end);
  *prefix = hashiya_text_slice (text, start - MIN (start, HASHIYA_QUOTE_CONTEXT), start);
  *suffix = hashiya_text_slice (text, end, MIN (length - end, HASHIYA_QUOTE_CONTEXT) + end);
}

