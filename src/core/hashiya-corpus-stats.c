/* hashiya-corpus-stats.c — the numbers of a corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Counted from the document list (what the corpus knows of each file),
 * never from the files themselves: as quick as the list is. Mentions are
 * all of a document's mentions, suggestions among them; dates are the
 * documents' dates of publication.
 */

#define G_LOG_DOMAIN "hashiya-corpus"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "hashiya-corpus-private.h"
#include "hashiya-corpus-stats.h"
#include "hashiya-csv-table.h"

static void
actor_stats_free (HashiyaCorpusActorStats *stats)
{
  g_free (stats->actor_id);
  g_free (stats->name);
  g_free (stats->first_date);
  g_free (stats->last_date);
  g_free (stats);
}

static void
source_stats_free (HashiyaCorpusSourceStats *stats)
{
  g_free (stats->source);
  g_free (stats->first_date);
  g_free (stats->last_date);
  g_free (stats);
}

void
hashiya_corpus_stats_free (HashiyaCorpusStats *stats)
{
  if (stats == NULL)
    return;
  g_free (stats->first_date);
  g_free (stats->last_date);
  g_clear_pointer (&stats->actors, g_ptr_array_unref);
  g_clear_pointer (&stats->sources, g_ptr_array_unref);
  g_free (stats);
}

/* Widens first–last to take @date in (ISO dates sort as text). */
static void
take_date (char       **first,
           char       **last,
           const char  *date)
{
  if (date == NULL)
    return;
  if (*first == NULL || strcmp (date, *first) < 0)
    {
      g_free (*first);
      *first = g_strdup (date);
    }
  if (*last == NULL || strcmp (date, *last) > 0)
    {
      g_free (*last);
      *last = g_strdup (date);
    }
}

static HashiyaCorpusActorStats *
actor_stats_for (GHashTable     *actors,
                 GPtrArray      *list,
                 HashiyaCatalog *catalog,
                 const char     *id)
{
  HashiyaCorpusActorStats *stats = g_hash_table_lookup (actors, id);
  HashiyaActor *actor;

  if (stats != NULL)
    return stats;
  stats = g_new0 (HashiyaCorpusActorStats, 1);
  stats->actor_id = g_strdup (id);
  actor = hashiya_catalog_lookup (catalog, id);
  if (actor != NULL)
    stats->name = g_strdup (hashiya_actor_get_name_ar (actor) ?: hashiya_actor_get_name_en (actor));
  g_hash_table_insert (actors, stats->actor_id, stats);
  g_ptr_array_add (list, stats);
  return stats;
}

static int
compare_actor_stats (gconstpointer a,
                     gconstpointer b)
{
  const HashiyaCorpusActorStats *x = *(HashiyaCorpusActorStats * const *) a;
  const HashiyaCorpusActorStats *y = *(HashiyaCorpusActorStats * const *) b;

  if (x->n_mentions != y->n_mentions)
    return x->n_mentions > y->n_mentions ? -1 : 1;
  return strcmp (x->actor_id, y->actor_id);
}

static int
compare_source_stats (gconstpointer a,
                      gconstpointer b)
{
  const HashiyaCorpusSourceStats *x = *(HashiyaCorpusSourceStats * const *) a;
  const HashiyaCorpusSourceStats *y = *(HashiyaCorpusSourceStats * const *) b;

  if (x->n_documents != y->n_documents)
    return x->n_documents > y->n_documents ? -1 : 1;
  if (x->source == NULL || y->source == NULL)
    return x->source == NULL ? (y->source == NULL ? 0 : 1) : -1;
  return strcmp (x->source, y->source);
}

/**
 * hashiya_corpus_compute_stats:
 *
 * Counts, per actor, the documents that mention it, its mentions, and the
 * first and last date of those documents; per source (outlet), its
 * documents, mentions, relations and dates; and the totals. Every actor of
 * the corpus catalogue has a row, mentioned or not.
 *
 * Returns: (transfer full): the numbers
 */
HashiyaCorpusStats *
hashiya_corpus_compute_stats (HashiyaCorpus *self)
{
  g_autoptr(GHashTable) actors = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  HashiyaCorpusSourceStats *no_source = NULL;
  HashiyaCatalog *catalog;
  HashiyaCorpusStats *stats;
  GListModel *documents;
  guint n;

  g_return_val_if_fail (HASHIYA_IS_CORPUS (self), NULL);

  stats = g_new0 (HashiyaCorpusStats, 1);
  stats->actors = g_ptr_array_new_with_free_func ((GDestroyNotify) actor_stats_free);
  stats->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_stats_free);
  catalog = hashiya_corpus_get_catalog (self);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    actor_stats_for (actors, stats->actors, catalog, hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, i)));

  documents = hashiya_corpus_get_documents (self);
  n = g_list_model_get_n_items (documents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaCorpusDocument) document = g_list_model_get_item (documents, i);
      const HashiyaCorpusRow *row = _hashiya_corpus_document_get_row (document);
      const char *date = row->metadata->date;
      const char *source = row->metadata->source;
      HashiyaCorpusSourceStats *source_stats;
      GHashTableIter iter;
      gpointer key, value;

      if (row->error != NULL)
        {
          stats->n_broken++;
          continue;
        }
      stats->n_documents++;
      stats->n_characters += row->n_characters;
      stats->n_mentions += row->n_mentions;
      stats->n_relations += row->n_relations;
      take_date (&stats->first_date, &stats->last_date, date);

      g_hash_table_iter_init (&iter, row->actor_counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          HashiyaCorpusActorStats *actor_stats = actor_stats_for (actors, stats->actors, catalog, key);

          actor_stats->n_documents++;
          actor_stats->n_mentions += GPOINTER_TO_UINT (value);
          take_date (&actor_stats->first_date, &actor_stats->last_date, date);
        }

      source_stats = source != NULL ? g_hash_table_lookup (sources, source) : no_source;
      if (source_stats == NULL)
        {
          source_stats = g_new0 (HashiyaCorpusSourceStats, 1);
          source_stats->source = g_strdup (source);
          g_ptr_array_add (stats->sources, source_stats);
          if (source != NULL)
            g_hash_table_insert (sources, source_stats->source, source_stats);
          else
            no_source = source_stats;
        }
      source_stats->n_documents++;
      source_stats->n_mentions += row->n_mentions;
      source_stats->n_relations += row->n_relations;
      take_date (&source_stats->first_date, &source_stats->last_date, date);
    }

  g_ptr_array_sort (stats->actors, compare_actor_stats);
  g_ptr_array_sort (stats->sources, compare_source_stats);
  return stats;
}

static void
append_uint (GString *out,
             guint64  value,
             gboolean last)
{
  char number[32];

  g_snprintf (number, sizeof number, "%" G_GUINT64_FORMAT, value);
  hashiya_csv_append_field (out, number, last);
}

/**
 * hashiya_corpus_stats_to_csv:
 *
 * The actors' table: actor,name,documents,mentions,first_date,last_date;
 * the sources': source,documents,mentions,relations,first_date,last_date
 * (an empty source for the documents without one).
 *
 * Returns: (transfer full): the table
 */
GBytes *
hashiya_corpus_stats_to_csv (const HashiyaCorpusStats *stats,
                             HashiyaCorpusStatsTable   table,
                             gboolean                  bom)
{
  GString *out = g_string_new (bom ? "\xEF\xBB\xBF" : "");

  g_return_val_if_fail (stats != NULL, NULL);

  if (table == HASHIYA_CORPUS_STATS_ACTORS)
    {
      g_string_append (out, "actor,name,documents,mentions,first_date,last_date\r\n");
      for (guint i = 0; i < stats->actors->len; i++)
        {
          HashiyaCorpusActorStats *row = g_ptr_array_index (stats->actors, i);

          hashiya_csv_append_field (out, row->actor_id, FALSE);
          hashiya_csv_append_field (out, row->name, FALSE);
          append_uint (out, row->n_documents, FALSE);
          append_uint (out, row->n_mentions, FALSE);
          hashiya_csv_append_field (out, row->first_date, FALSE);
          hashiya_csv_append_field (out, row->last_date, TRUE);
        }
    }
  else
    {
      g_string_append (out, "source,documents,mentions,relations,first_date,last_date\r\n");
      for (guint i = 0; i < stats->sources->len; i++)
        {
          HashiyaCorpusSourceStats *row = g_ptr_array_index (stats->sources, i);

          hashiya_csv_append_field (out, row->source, FALSE);
          append_uint (out, row->n_documents, FALSE);
          append_uint (out, row->n_mentions, FALSE);
          append_uint (out, row->n_relations, FALSE);
          hashiya_csv_append_field (out, row->first_date, FALSE);
          hashiya_csv_append_field (out, row->last_date, TRUE);
        }
    }
  return g_string_free_to_bytes (out);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         guint64      value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, (gint64) value);
}

/**
 * hashiya_corpus_stats_to_json:
 *
 * Returns: (transfer full): the numbers as one JSON object, pretty-printed
 */
char *
hashiya_corpus_stats_to_json (const HashiyaCorpusStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (stats != NULL, NULL);

  json_builder_begin_object (builder);
  add_int (builder, "documents", stats->n_documents);
  add_int (builder, "unreadable", stats->n_broken);
  add_int (builder, "characters", stats->n_characters);
  add_int (builder, "mentions", stats->n_mentions);
  add_int (builder, "relations", stats->n_relations);
  add_string_or_null (builder, "first_date", stats->first_date);
  add_string_or_null (builder, "last_date", stats->last_date);
  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->actors->len; i++)
    {
      HashiyaCorpusActorStats *row = g_ptr_array_index (stats->actors, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "id", row->actor_id);
      add_string_or_null (builder, "name", row->name);
      add_int (builder, "documents", row->n_documents);
      add_int (builder, "mentions", row->n_mentions);
      add_string_or_null (builder, "first_date", row->first_date);
      add_string_or_null (builder, "last_date", row->last_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->sources->len; i++)
    {
      HashiyaCorpusSourceStats *row = g_ptr_array_index (stats->sources, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "source", row->source);
      add_int (builder, "documents", row->n_documents);
      add_int (builder, "mentions", row->n_mentions);
      add_int (builder, "relations", row->n_relations);
      add_string_or_null (builder, "first_date", row->first_date);
      add_string_or_null (builder, "last_date", row->last_date);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
