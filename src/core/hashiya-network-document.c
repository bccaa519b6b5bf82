/* hashiya-network-document.c — a document of a network, with its title,
 * date and source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The networks, counts and timelines are made from one document or from
 * many (a corpus). Each comes with what a corpus knows of it: an id (its
 * path in the corpus, or its file name), a title, the date it was
 * published and its source (the outlet), by default the document's own
 * metadata. Dates are days: "2023-10-23", or the day of an ISO 8601
 * time.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>

#include "hashiya-error.h"
#include "hashiya-network-document.h"
#include "hashiya-sentences.h"

struct _HashiyaNetworkDocument
{
  gatomicrefcount  ref_count;
  HashiyaDocument *document;
  char            *id;
  char            *title;
  char            *date;
  guint32          day;        /* its Julian day; 0: no date */
  char            *source;
  GArray          *sentences;  /* made when first asked for */
  HashiyaText     *sentences_text;
};

G_DEFINE_BOXED_TYPE (HashiyaNetworkDocument, hashiya_network_document,
                     hashiya_network_document_ref, hashiya_network_document_unref)

static gboolean
read_number (const char **p,
             guint        n_digits,
             guint       *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++, (*p)++)
    {
      if (!g_ascii_isdigit (**p))
        return FALSE;
      *value = *value * 10 + (**p - '0');
    }
  return TRUE;
}

/**
 * hashiya_network_parse_date:
 * @day: (out) (optional): its Julian day (1 is 0001-01-01)
 *
 * Reads a day written "YYYY-MM-DD", alone or at the start of an ISO 8601
 * time ("2023-10-23T09:30:00Z").
 *
 * Returns: whether @text is such a day
 */
gboolean
hashiya_network_parse_date (const char *text,
                            guint32    *day)
{
  const char *p = text;
  guint year, month, mday;
  GDate date;

  if (text == NULL)
    return FALSE;
  if (!read_number (&p, 4, &year) || *p++ != '-' || !read_number (&p, 2, &month) || *p++ != '-' ||
      !read_number (&p, 2, &mday) || (*p != '\0' && *p != 'T' && *p != ' '))
    return FALSE;
  if (year == 0 || !g_date_valid_dmy (mday, month, year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  if (day != NULL)
    *day = g_date_get_julian (&date);
  return TRUE;
}

/**
 * hashiya_network_format_date:
 *
 * Returns: (transfer full): @day as "YYYY-MM-DD"
 */
char *
hashiya_network_format_date (guint32 day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), g_strdup (""));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/**
 * hashiya_network_document_new:
 * @id: what tells it from the other documents (a path in the corpus)
 * @title: (nullable): its title; @id when %NULL
 * @date: (nullable): when it was published, "YYYY-MM-DD"
 * @source: (nullable): the outlet that published it
 *
 * Returns: (transfer full) (nullable): the document with its metadata,
 *   or %NULL when @date is not a day
 */
HashiyaNetworkDocument *
hashiya_network_document_new (HashiyaDocument  *document,
                              const char       *id,
                              const char       *title,
                              const char       *date,
                              const char       *source,
                              GError          **error)
{
  HashiyaNetworkDocument *self;
  guint32 day = 0;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date != NULL && *date != '\0' && !hashiya_network_parse_date (date, &day))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: the date “%s” is not a day written YYYY-MM-DD"), id, date);
      return NULL;
    }

  self = g_new0 (HashiyaNetworkDocument, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->document = g_object_ref (document);
  self->id = g_strdup (id);
  self->title = g_strdup (title != NULL && *title != '\0' ? title : id);
  self->day = day;
  self->date = day != 0 ? hashiya_network_format_date (day) : NULL;
  self->source = source != NULL && *source != '\0' ? g_strdup (source) : NULL;
  return self;
}

/**
 * hashiya_network_document_new_for_document:
 * @id: what tells it from the other documents (a path in the corpus)
 *
 * Returns: (transfer full): the document with its own metadata: its
 *   title (else @id), date and source
 */
HashiyaNetworkDocument *
hashiya_network_document_new_for_document (HashiyaDocument *document,
                                           const char      *id)
{
  const HashiyaMetadata *metadata;
  HashiyaNetworkDocument *self;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  metadata = hashiya_document_get_metadata (document);
  self = hashiya_network_document_new (document, id, metadata->title, metadata->date, metadata->source, NULL);
  /* A date the file format took that is not a day (a time of its own
   * form): the document as undated. */
  if (self == NULL)
    self = hashiya_network_document_new (document, id, metadata->title, NULL, metadata->source, NULL);
  return self;
}

HashiyaNetworkDocument *
hashiya_network_document_ref (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hashiya_network_document_unref (HashiyaNetworkDocument *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_object_unref (self->document);
  g_free (self->id);
  g_free (self->title);
  g_free (self->date);
  g_free (self->source);
  g_clear_pointer (&self->sentences, g_array_unref);
  g_clear_pointer (&self->sentences_text, hashiya_text_unref);
  g_free (self);
}

HashiyaDocument *
hashiya_network_document_get_document (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->document;
}

const char *
hashiya_network_document_get_id (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const char *
hashiya_network_document_get_title (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/**
 * hashiya_network_document_get_date:
 *
 * Returns: (nullable): the day it was published, "YYYY-MM-DD"
 */
const char *
hashiya_network_document_get_date (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->date;
}

/**
 * hashiya_network_document_get_day:
 *
 * Returns: the Julian day it was published, 0 when it has no date
 */
guint32
hashiya_network_document_get_day (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->day;
}

const char *
hashiya_network_document_get_source (HashiyaNetworkDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

/**
 * hashiya_network_document_get_sentences:
 *
 * Returns: (transfer none) (element-type HashiyaSpan): the sentences of
 *   the document's text (hashiya_text_split_sentences()), kept until the
 *   text changes
 */
GArray *
hashiya_network_document_get_sentences (HashiyaNetworkDocument *self)
{
  HashiyaText *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = hashiya_document_get_text (self->document);
  if (self->sentences == NULL || self->sentences_text != text)
    {
      g_clear_pointer (&self->sentences, g_array_unref);
      g_clear_pointer (&self->sentences_text, hashiya_text_unref);
      self->sentences = hashiya_text_split_sentences (text);
      self->sentences_text = hashiya_text_ref (text);
    }
  return self->sentences;
}

/**
 * hashiya_network_documents_new:
 *
 * Returns: (transfer full) (element-type HashiyaNetworkDocument): an
 *   empty array that frees its documents
 */
GPtrArray *
hashiya_network_documents_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_network_document_unref);
}
