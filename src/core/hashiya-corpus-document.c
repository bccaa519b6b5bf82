/* hashiya-corpus-document.c — one document of a corpus, as the corpus
 * lists it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <string.h>

#include "hashiya-corpus-document-private.h"

/* A row of the document list: what the corpus read of the file (or found
 * in its cache) the last time the file changed. It never holds the
 * document itself: hashiya_corpus_load_document () reads that. */
struct _HashiyaCorpusDocument
{
  GObject           parent_instance;

  char             *path;
  GFile            *file;
  HashiyaCorpusRow *row;
  const char      **actor_ids;     /* interned, made when asked for */
  char             *display_name;
  char             *same_text_as;
  gboolean          catalog_differs;
};

G_DEFINE_FINAL_TYPE (HashiyaCorpusDocument, hashiya_corpus_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_DATE,
  PROP_DISPLAY_NAME,
  PROP_N_CHARACTERS,
  PROP_N_MENTIONS,
  PROP_N_RELATIONS,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_corpus_document_finalize (GObject *object)
{
  HashiyaCorpusDocument *self = (HashiyaCorpusDocument *) object;

  g_free (self->path);
  g_clear_object (&self->file);
  g_clear_pointer (&self->row, _hashiya_corpus_row_free);
  g_free (self->actor_ids);
  g_free (self->display_name);
  g_free (self->same_text_as);

  G_OBJECT_CLASS (hashiya_corpus_document_parent_class)->finalize (object);
}

static void
hashiya_corpus_document_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HashiyaCorpusDocument *self = HASHIYA_CORPUS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_TITLE:
      g_value_set_string (value, hashiya_corpus_document_get_title (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, hashiya_corpus_document_get_source (self));
      break;
    case PROP_DATE:
      g_value_set_string (value, hashiya_corpus_document_get_date (self));
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, hashiya_corpus_document_get_display_name (self));
      break;
    case PROP_N_CHARACTERS:
      g_value_set_uint (value, hashiya_corpus_document_get_n_characters (self));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, hashiya_corpus_document_get_n_mentions (self));
      break;
    case PROP_N_RELATIONS:
      g_value_set_uint (value, hashiya_corpus_document_get_n_relations (self));
      break;
    case PROP_STATE:
      g_value_set_int (value, hashiya_corpus_document_get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_corpus_document_class_init (HashiyaCorpusDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_corpus_document_finalize;
  object_class->get_property = hashiya_corpus_document_get_property;

  /* Properties, so that a list view can sort and filter by them with
   * GtkPropertyExpression; each is notified when the file changes. */
  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_N_CHARACTERS] = g_param_spec_uint ("n-characters", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_MENTIONS] = g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_RELATIONS] = g_param_spec_uint ("n-relations", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* A HashiyaCorpusDocumentState. */
  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, 0, HASHIYA_CORPUS_DOCUMENT_BROKEN,
                                             HASHIYA_CORPUS_DOCUMENT_NEW, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_corpus_document_init (HashiyaCorpusDocument *self)
{
  self->row = _hashiya_corpus_row_new ();
}

HashiyaCorpusDocument *
_hashiya_corpus_document_new (GFile      *folder,
                              const char *path)
{
  HashiyaCorpusDocument *self = g_object_new (HASHIYA_TYPE_CORPUS_DOCUMENT, NULL);

  self->path = g_strdup (path);
  self->file = g_file_resolve_relative_path (folder, path);
  return self;
}

static void
update_display_name (HashiyaCorpusDocument *self)
{
  const char *slash = strrchr (self->path, '/');
  const char *base = slash != NULL ? slash + 1 : self->path;
  const char *dot = strrchr (base, '.');

  g_free (self->display_name);
  if (self->row->metadata->title != NULL)
    self->display_name = g_strdup (self->row->metadata->title);
  else
    self->display_name = dot != NULL && dot != base ? g_strndup (base, (gsize) (dot - base)) : g_strdup (base);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

void
_hashiya_corpus_document_set_row (HashiyaCorpusDocument *self,
                                  HashiyaCorpusRow      *row)
{
  g_return_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self));
  g_return_if_fail (row != NULL);

  g_clear_pointer (&self->row, _hashiya_corpus_row_free);
  self->row = row;
  /* Made again when asked for. */
  g_clear_pointer (&self->actor_ids, g_free);
  g_clear_pointer (&self->display_name, g_free);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_TITLE; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

const HashiyaCorpusRow *
_hashiya_corpus_document_get_row (HashiyaCorpusDocument *self)
{
  return self->row;
}

void
_hashiya_corpus_document_set_same_text_as (HashiyaCorpusDocument *self,
                                           const char            *path)
{
  g_free (self->same_text_as);
  self->same_text_as = g_strdup (path);
}

void
_hashiya_corpus_document_set_catalog_differs (HashiyaCorpusDocument *self,
                                              gboolean               differs)
{
  self->catalog_differs = differs;
}

/* A text in the folder, not yet a .hashiya. */
gboolean
_hashiya_corpus_document_is_text (HashiyaCorpusDocument *self)
{
  return g_str_has_suffix (self->path, ".txt");
}

const char *
hashiya_corpus_document_get_path (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->path;
}

GFile *
hashiya_corpus_document_get_file (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->file;
}

guint64
hashiya_corpus_document_get_size (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  return self->row->size;
}

gint64
hashiya_corpus_document_get_mtime (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  return self->row->mtime;
}

const char *
hashiya_corpus_document_get_sha256 (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->sha256;
}

const char *
hashiya_corpus_document_get_text_sha256 (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->text_sha256;
}

const HashiyaMetadata *
hashiya_corpus_document_get_metadata (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->metadata;
}

const char *
hashiya_corpus_document_get_title (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->metadata->title;
}

const char *
hashiya_corpus_document_get_source (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->metadata->source;
}

const char *
hashiya_corpus_document_get_date (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->metadata->date;
}

const char *
hashiya_corpus_document_get_url (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->metadata->url;
}

const char * const *
hashiya_corpus_document_get_tags (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return (const char * const *) self->row->metadata->tags;
}

const char *
hashiya_corpus_document_get_display_name (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  if (self->display_name == NULL)
    update_display_name (self);
  return self->display_name;
}

guint
hashiya_corpus_document_get_n_characters (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  return self->row->n_characters;
}

guint
hashiya_corpus_document_get_n_mentions (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  return self->row->n_mentions;
}

/* Mentions and relations not yet reviewed. */
guint
hashiya_corpus_document_get_n_suggestions (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  return self->row->n_suggestions;
}

guint
hashiya_corpus_document_get_n_relations (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  return self->row->n_relations;
}

HashiyaCorpusDocumentState
hashiya_corpus_document_get_state (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), HASHIYA_CORPUS_DOCUMENT_BROKEN);

  if (self->row->error != NULL)
    return HASHIYA_CORPUS_DOCUMENT_BROKEN;
  if (self->row->n_suggestions > 0)
    return HASHIYA_CORPUS_DOCUMENT_SUGGESTED;
  if (self->row->n_mentions > 0 || self->row->n_relations > 0)
    return HASHIYA_CORPUS_DOCUMENT_REVIEWED;
  return HASHIYA_CORPUS_DOCUMENT_NEW;
}

const GError *
hashiya_corpus_document_get_error (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->row->error;
}

const char *
hashiya_corpus_document_get_same_text_as (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);
  return self->same_text_as;
}

gboolean
hashiya_corpus_document_get_catalog_differs (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), FALSE);
  return self->catalog_differs;
}

const char * const *
hashiya_corpus_document_get_actor_ids (HashiyaCorpusDocument *self)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), NULL);

  if (self->actor_ids == NULL)
    {
      GPtrArray *ids = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->row->actor_counts);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (ids, key);
      g_ptr_array_sort (ids, compare_strings);
      g_ptr_array_add (ids, NULL);
      self->actor_ids = (const char **) g_ptr_array_free (ids, FALSE);
    }
  return self->actor_ids;
}

guint
hashiya_corpus_document_count_mentions (HashiyaCorpusDocument *self,
                                        const char            *actor_id)
{
  g_return_val_if_fail (HASHIYA_IS_CORPUS_DOCUMENT (self), 0);
  g_return_val_if_fail (actor_id != NULL, 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->row->actor_counts, actor_id));
}
