/* hashiya-search-hit.c — one hit of a search across a corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a query was found: the document (its path in the corpus, its
 * title and date), the hit's code point offsets in its text, the words
 * of the hit as written, and the words around it on its line, for a
 * keyword-in-context line. A plain value; its properties never change.
 */

#define G_LOG_DOMAIN "hashiya-search"

#include "config.h"

#include "hashiya-search-hit.h"

struct _HashiyaSearchHit
{
  GObject  parent_instance;

  char    *path;
  char    *title;
  char    *date;
  guint    start;
  guint    end;
  char    *text;
  char    *before;
  char    *after;
};

G_DEFINE_FINAL_TYPE (HashiyaSearchHit, hashiya_search_hit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_DATE,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  PROP_BEFORE,
  PROP_AFTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_search_hit_finalize (GObject *object)
{
  HashiyaSearchHit *self = HASHIYA_SEARCH_HIT (object);

  g_free (self->path);
  g_free (self->title);
  g_free (self->date);
  g_free (self->text);
  g_free (self->before);
  g_free (self->after);

  G_OBJECT_CLASS (hashiya_search_hit_parent_class)->finalize (object);
}

static void
hashiya_search_hit_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HashiyaSearchHit *self = HASHIYA_SEARCH_HIT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_BEFORE:
      g_value_set_string (value, self->before);
      break;
    case PROP_AFTER:
      g_value_set_string (value, self->after);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_search_hit_class_init (HashiyaSearchHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_search_hit_finalize;
  object_class->get_property = hashiya_search_hit_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_BEFORE] = g_param_spec_string ("before", NULL, NULL, NULL, flags);
  properties[PROP_AFTER] = g_param_spec_string ("after", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_search_hit_init (HashiyaSearchHit *self)
{
}

/**
 * hashiya_search_hit_new:
 * @path: the document's path in the corpus
 * @title: (nullable): its title
 * @date: (nullable): its date
 * @start: the hit's first code point in the document's text
 * @end: the code point after it
 * @text: the hit as written
 * @before: the words before it on its line (hashiya_search_context ())
 * @after: the words after it
 */
HashiyaSearchHit *
hashiya_search_hit_new (const char *path,
                        const char *title,
                        const char *date,
                        guint       start,
                        guint       end,
                        const char *text,
                        const char *before,
                        const char *after)
{
  HashiyaSearchHit *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (text != NULL && before != NULL && after != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_SEARCH_HIT, NULL);
  self->path = g_strdup (path);
  self->title = g_strdup (title);
  self->date = g_strdup (date);
  self->start = start;
  self->end = end;
  self->text = g_strdup (text);
  self->before = g_strdup (before);
  self->after = g_strdup (after);
  return self;
}

const char *
hashiya_search_hit_get_path (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return self->path;
}

const char *
hashiya_search_hit_get_title (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return self->title;
}

const char *
hashiya_search_hit_get_date (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return self->date;
}

guint
hashiya_search_hit_get_start (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), 0);
  return self->start;
}

guint
hashiya_search_hit_get_end (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), 0);
  return self->end;
}

const char *
hashiya_search_hit_get_text (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return self->text;
}

const char *
hashiya_search_hit_get_before (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return self->before;
}

const char *
hashiya_search_hit_get_after (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return self->after;
}

/* The keyword-in-context line: the words before, the hit, the words after. */
char *
hashiya_search_hit_dup_context (HashiyaSearchHit *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_HIT (self), NULL);
  return g_strconcat (self->before, self->text, self->after, NULL);
}
