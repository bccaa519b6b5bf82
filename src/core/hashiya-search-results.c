/* hashiya-search-results.c — what a search across a corpus found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list model of HashiyaSearchHit, in document path order, then text
 * order: every hit, or the first of them when the search had a limit;
 * and, for every document the query finds, its number of hits, for
 * counts per document.
 */

#define G_LOG_DOMAIN "hashiya-search"

#include "config.h"

#include "hashiya-search-results.h"

typedef struct
{
  char  *path;
  char  *title;
  char  *date;
  guint  n_hits;
} Document;

struct _HashiyaSearchResults
{
  GObject             parent_instance;

  HashiyaSearchQuery *query;
  GPtrArray          *hits;
  GArray             *documents;
  guint               n_hits;
};

static void hashiya_search_results_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HashiyaSearchResults, hashiya_search_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, hashiya_search_results_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return HASHIYA_TYPE_SEARCH_HIT;
}

static guint
get_n_items (GListModel *model)
{
  return HASHIYA_SEARCH_RESULTS (model)->hits->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HashiyaSearchResults *self = HASHIYA_SEARCH_RESULTS (model);

  if (position >= self->hits->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->hits, position));
}

static void
hashiya_search_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static char *
acquire (const char *text)
{
  return text != NULL ? g_ref_string_acquire ((char *) text) : NULL;
}

static void
release (char *text)
{
  if (text != NULL)
    g_ref_string_release (text);
}

static void
clear_document (gpointer data)
{
  Document *document = data;

  release (document->path);
  release (document->title);
  release (document->date);
}

static void
hashiya_search_results_finalize (GObject *object)
{
  HashiyaSearchResults *self = HASHIYA_SEARCH_RESULTS (object);

  g_clear_pointer (&self->query, hashiya_search_query_unref);
  g_ptr_array_unref (self->hits);
  g_array_unref (self->documents);

  G_OBJECT_CLASS (hashiya_search_results_parent_class)->finalize (object);
}

static void
hashiya_search_results_class_init (HashiyaSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hashiya_search_results_finalize;
}

static void
hashiya_search_results_init (HashiyaSearchResults *self)
{
  self->hits = g_ptr_array_new_with_free_func (g_object_unref);
  self->documents = g_array_new (FALSE, TRUE, sizeof (Document));
  g_array_set_clear_func (self->documents, clear_document);
}

HashiyaSearchResults *
hashiya_search_results_new (HashiyaSearchQuery *query)
{
  HashiyaSearchResults *self;

  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (HASHIYA_TYPE_SEARCH_RESULTS, NULL);
  self->query = hashiya_search_query_ref (query);
  return self;
}

/**
 * hashiya_search_results_add_document:
 * @path: the document's path, a #GRefString
 * @title: (nullable): its title, a #GRefString
 * @date: (nullable): its date, a #GRefString
 * @n_hits: how many hits the query has in it, all told
 *
 * Adds a document the query finds, after those added before. The strings
 * are held, not copied: a search lists thousands of documents.
 */
void
hashiya_search_results_add_document (HashiyaSearchResults *self,
                                     const char           *path,
                                     const char           *title,
                                     const char           *date,
                                     guint                 n_hits)
{
  Document document;

  g_return_if_fail (HASHIYA_IS_SEARCH_RESULTS (self));
  g_return_if_fail (path != NULL);

  document = (Document) { acquire (path), acquire (title), acquire (date), n_hits };
  g_array_append_val (self->documents, document);
  self->n_hits += n_hits;
}

/* Adds a hit at the end of the list (while the results are being made,
 * before anyone sees them: no ::items-changed). */
void
hashiya_search_results_add_hit (HashiyaSearchResults *self,
                                HashiyaSearchHit     *hit)
{
  g_return_if_fail (HASHIYA_IS_SEARCH_RESULTS (self));
  g_return_if_fail (HASHIYA_IS_SEARCH_HIT (hit));

  g_ptr_array_add (self->hits, g_object_ref (hit));
}

HashiyaSearchQuery *
hashiya_search_results_get_query (HashiyaSearchResults *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), NULL);
  return self->query;
}

/* How many hits in all the documents: maybe more than the list holds. */
guint
hashiya_search_results_get_n_hits (HashiyaSearchResults *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), 0);
  return self->n_hits;
}

/* Whether the list holds every hit (no limit cut it short). */
gboolean
hashiya_search_results_is_complete (HashiyaSearchResults *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), FALSE);
  return self->hits->len == self->n_hits;
}

guint
hashiya_search_results_get_n_documents (HashiyaSearchResults *self)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), 0);
  return self->documents->len;
}

static Document *
get_document (HashiyaSearchResults *self,
              guint                 i)
{
  return &g_array_index (self->documents, Document, i);
}

const char *
hashiya_search_results_get_document_path (HashiyaSearchResults *self,
                                          guint                 i)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), NULL);
  g_return_val_if_fail (i < self->documents->len, NULL);
  return get_document (self, i)->path;
}

const char *
hashiya_search_results_get_document_title (HashiyaSearchResults *self,
                                           guint                 i)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), NULL);
  g_return_val_if_fail (i < self->documents->len, NULL);
  return get_document (self, i)->title;
}

const char *
hashiya_search_results_get_document_date (HashiyaSearchResults *self,
                                          guint                 i)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), NULL);
  g_return_val_if_fail (i < self->documents->len, NULL);
  return get_document (self, i)->date;
}

guint
hashiya_search_results_get_document_n_hits (HashiyaSearchResults *self,
                                            guint                 i)
{
  g_return_val_if_fail (HASHIYA_IS_SEARCH_RESULTS (self), 0);
  g_return_val_if_fail (i < self->documents->len, 0);
  return get_document (self, i)->n_hits;
}
