/* hashiya-metadata.c — what a document says about its article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-metadata"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hashiya-error.h"
#include "hashiya-metadata.h"

G_DEFINE_BOXED_TYPE (HashiyaMetadata, hashiya_metadata, hashiya_metadata_copy, hashiya_metadata_free)

HashiyaMetadata *
hashiya_metadata_new (void)
{
  HashiyaMetadata *self = g_new0 (HashiyaMetadata, 1);

  self->tags = g_new0 (char *, 1);
  return self;
}

HashiyaMetadata *
hashiya_metadata_copy (const HashiyaMetadata *self)
{
  HashiyaMetadata *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (HashiyaMetadata, 1);
  copy->title = g_strdup (self->title);
  copy->source = g_strdup (self->source);
  copy->date = g_strdup (self->date);
  copy->url = g_strdup (self->url);
  copy->tags = self->tags != NULL ? g_strdupv (self->tags) : g_new0 (char *, 1);
  return copy;
}

void
hashiya_metadata_free (HashiyaMetadata *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->source);
  g_free (self->date);
  g_free (self->url);
  g_strfreev (self->tags);
  g_free (self);
}

gboolean
hashiya_metadata_is_empty (const HashiyaMetadata *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->title == NULL && self->source == NULL && self->date == NULL && self->url == NULL &&
         (self->tags == NULL || self->tags[0] == NULL);
}

gboolean
hashiya_metadata_equal (const HashiyaMetadata *a,
                        const HashiyaMetadata *b)
{
  const char * const empty[] = { NULL };

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->source, b->source) == 0 &&
         g_strcmp0 (a->date, b->date) == 0 && g_strcmp0 (a->url, b->url) == 0 &&
         g_strv_equal ((const char * const *) (a->tags != NULL ? a->tags : (char **) empty),
                       (const char * const *) (b->tags != NULL ? b->tags : (char **) empty));
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/**
 * hashiya_metadata_check_date:
 *
 * A date of publication is an ISO 8601 calendar date, `YYYY-MM-DD`, that
 * exists.
 */
gboolean
hashiya_metadata_check_date (const char  *date,
                             GError     **error)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-' ||
      !parse_digits (date, 4, &year) || !parse_digits (date + 5, 2, &month) ||
      !parse_digits (date + 8, 2, &day) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("the date “%s” is not a date of the form YYYY-MM-DD, such as 2024-03-07"), date);
      return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_metadata_check_url:
 *
 * An address is an absolute URI with a scheme (`https://…`).
 */
gboolean
hashiya_metadata_check_url (const char  *url,
                            GError     **error)
{
  g_autofree char *scheme = NULL;

  g_return_val_if_fail (url != NULL, FALSE);

  if (!g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL) || (scheme = g_uri_parse_scheme (url)) == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("the address “%s” is not a URL such as https://example.com/article"), url);
      return FALSE;
    }
  return TRUE;
}

/* The messages name each field in a whole sentence of its own, so that
 * translations can agree with it. */
typedef enum
{
  FIELD_TITLE,
  FIELD_SOURCE,
  FIELD_DATE,
  FIELD_URL,
  FIELD_TAG,
} Field;

static gboolean
check_text (const char  *value,
            Field        field,
            GError     **error)
{
  if (value == NULL)
    return TRUE;
  if (*value == '\0')
    {
      const char *messages[] = {
        N_("the title is empty; leave it out instead"),
        N_("the source is empty; leave it out instead"),
        N_("the date is empty; leave it out instead"),
        N_("the URL is empty; leave it out instead"),
        N_("a tag is empty"),
      };

      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _(messages[field]));
      return FALSE;
    }
  if (strchr (value, '\n') != NULL || strchr (value, '\r') != NULL)
    {
      switch (field)
        {
        case FIELD_TITLE:
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("the title “%s” is more than one line"), value);
          break;
        case FIELD_SOURCE:
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("the source “%s” is more than one line"), value);
          break;
        case FIELD_DATE:
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("the date “%s” is more than one line"), value);
          break;
        case FIELD_URL:
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("the URL “%s” is more than one line"), value);
          break;
        case FIELD_TAG:
        default:
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("the tag “%s” is more than one line"), value);
          break;
        }
      return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_metadata_check:
 *
 * Titles, sources and tags are one line of text each, never empty; the
 * date and the address as hashiya_metadata_check_date () and
 * hashiya_metadata_check_url () say; no tag twice.
 */
gboolean
hashiya_metadata_check (const HashiyaMetadata  *self,
                        GError                **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!check_text (self->title, FIELD_TITLE, error) ||
      !check_text (self->source, FIELD_SOURCE, error) ||
      !check_text (self->date, FIELD_DATE, error) ||
      !check_text (self->url, FIELD_URL, error))
    return FALSE;
  if (self->date != NULL && !hashiya_metadata_check_date (self->date, error))
    return FALSE;
  if (self->url != NULL && !hashiya_metadata_check_url (self->url, error))
    return FALSE;
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      if (!check_text (self->tags[i], FIELD_TAG, error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (self->tags[i], self->tags[j]) == 0)
          {
            g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                         _("the tag “%s” is there twice"), self->tags[i]);
            return FALSE;
          }
    }
  return TRUE;
}
