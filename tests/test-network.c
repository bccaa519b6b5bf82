/* test-network.c — the actor network, its layout and measures, its
 * counts and timeline, its files and its pictures, and every bad input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "hashiya-network.h"
#include "hashiya-network-bar-chart.h"
#include "hashiya-network-corpus.h"
#include "hashiya-network-counts.h"
#include "hashiya-network-export.h"
#include "hashiya-network-frame.h"
#include "hashiya-network-layout.h"
#include "hashiya-network-measures.h"
#include "hashiya-network-scene.h"
#include "hashiya-network-timeline-chart.h"
#include "hashiya-sentences.h"
#include "hashiya-test-gold.h"
#include "hashiya-test-network.h"
#include "hashiya-test-util.h"

/* The bundled article with its gold mentions and relations, through the
 * brat importer: the 22 relations of the gold. */
static HashiyaDocument *
gold_document (void)
{
  g_autofree char *ann = g_test_build_filename (G_TEST_DIST, "data", "gold", "000_b41194bbb65cbdc7-relations.ann", NULL);
  g_autofree char *txt = hashiya_test_sample_path ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaDocument *document;

  document = hashiya_brat_import (ann, txt, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 71);
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_document_get_relations (document)), ==, 22);
  return document;
}

static GPtrArray *
one_document (HashiyaDocument *document)
{
  GPtrArray *documents = hashiya_network_documents_new ();

  g_ptr_array_add (documents, hashiya_network_document_new (document, "article", "article", NULL, NULL, NULL));
  return documents;
}

/* The article four times: three dates of two sources, and no date. */
static GPtrArray *
dated_documents (HashiyaDocument *document)
{
  GPtrArray *documents = hashiya_network_documents_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (documents, hashiya_network_document_new (document, "a.hashiya", "A", "2023-10-23", "agency", &error));
  g_ptr_array_add (documents, hashiya_network_document_new (document, "b.hashiya", "B", "2023-10-24T08:00:00Z", "paper",
                                                            &error));
  g_ptr_array_add (documents, hashiya_network_document_new (document, "c.hashiya", "C", "2023-11-02", "agency", &error));
  g_ptr_array_add (documents, hashiya_network_document_new (document, "d.hashiya", "D", NULL, "paper", &error));
  g_assert_no_error (error);
  return documents;
}

static HashiyaNetworkEdge *
find_edge (HashiyaNetwork *network,
           const char     *type,
           const char     *a,
           const char     *b)
{
  for (guint i = 0; i < hashiya_network_get_n_edges (network); i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      HashiyaRelationType *edge_type = hashiya_network_edge_get_relation_type (edge);
      const char *source = hashiya_network_node_get_id (hashiya_network_edge_get_source (edge));
      const char *target = hashiya_network_node_get_id (hashiya_network_edge_get_target (edge));

      if (g_strcmp0 (type, edge_type != NULL ? hashiya_relation_type_get_id (edge_type) : NULL) != 0)
        continue;
      if ((g_str_equal (source, a) && g_str_equal (target, b)) || (g_str_equal (source, b) && g_str_equal (target, a)))
        return edge;
    }
  return NULL;
}

static void
assert_edge (HashiyaNetwork *network,
             const char     *type,
             const char     *source,
             const char     *target,
             guint           count,
             gboolean        directed,
             HashiyaQuadClass quad_class)
{
  HashiyaNetworkEdge *edge = find_edge (network, type, source, target);

  g_assert_nonnull (edge);
  g_assert_cmpuint (hashiya_network_edge_get_count (edge), ==, count);
  g_assert_cmpint (hashiya_network_edge_get_directed (edge), ==, directed);
  g_assert_cmpint (hashiya_network_edge_get_quad_class (edge), ==, quad_class);
  if (directed)
    {
      g_assert_cmpstr (hashiya_network_node_get_id (hashiya_network_edge_get_source (edge)), ==, source);
      g_assert_cmpstr (hashiya_network_node_get_id (hashiya_network_edge_get_target (edge)), ==, target);
    }
}

static void
test_sentences (void)
{
  static const char text[] = "قالت باكو: انطلقت المناورات. هل تشارك أنقرة؟ نعم!\n"
                             "سطر بلا نقطة\n\n  وآخر…  بعده";
  g_autoptr(HashiyaText) hashiya_text = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(GArray) sentences = hashiya_text_split_sentences (hashiya_text);
  static const char * const expected[] = {
    "قالت باكو: انطلقت المناورات.", "هل تشارك أنقرة؟", "نعم!", "سطر بلا نقطة", "وآخر…", "بعده",
  };
  HashiyaSpan cover;

  g_assert_cmpuint (sentences->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < sentences->len; i++)
    {
      HashiyaSpan *span = &g_array_index (sentences, HashiyaSpan, i);
      g_autofree char *slice = hashiya_text_slice (hashiya_text, span->start, span->end);

      g_assert_cmpstr (slice, ==, expected[i]);
    }
  /* An offset in the space between two sentences goes with the next. */
  g_assert_cmpuint (hashiya_sentences_find (sentences, 0), ==, 0);
  g_assert_cmpuint (hashiya_sentences_find (sentences, g_array_index (sentences, HashiyaSpan, 0).end), ==, 1);
  g_assert_cmpuint (hashiya_sentences_find (sentences, hashiya_text_get_length (hashiya_text)), ==, sentences->len);
  /* A span across two sentences is covered by both. */
  cover = hashiya_sentences_cover (sentences, 5, g_array_index (sentences, HashiyaSpan, 1).start + 2);
  g_assert_cmpuint (cover.start, ==, 0);
  g_assert_cmpuint (cover.end, ==, g_array_index (sentences, HashiyaSpan, 1).end);
}

/* Done means: the bundled article's network of relations. */
static void
test_gold_relations (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = one_document (document);
  g_autoptr(HashiyaNetwork) network = hashiya_network_new (documents, NULL);
  static const struct { const char *id; guint mentions; } actors[] = {
    { "azerbaijan", 26 }, { "armenia", 10 }, { "turkey", 12 }, { "russia", 3 }, { "iran", 6 }, { "ilham-aliyev", 2 },
    { "nikol-pashinyan", 2 }, { "azerbaijan-mod", 2 }, { "turkey-mod", 1 }, { "karabakh-armenians", 3 },
    { "western-states", 1 }, { "format-3plus3", 3 },
  };

  /* Every actor with a mention, in the catalogue's order; none without. */
  g_assert_cmpuint (hashiya_network_get_n_nodes (network), ==, G_N_ELEMENTS (actors));
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

      g_assert_cmpstr (hashiya_network_node_get_id (node), ==, actors[i].id);
      g_assert_cmpuint (hashiya_network_node_get_mentions (node), ==, actors[i].mentions);
      g_assert_cmpuint (hashiya_network_node_get_documents (node), ==, 1);
      g_assert_true (hashiya_network_lookup_node (network, actors[i].id) == node);
    }
  g_assert_null (hashiya_network_lookup_node (network, "georgia"));
  g_assert_cmpstr (hashiya_network_node_get_label (hashiya_network_get_node (network, 0), TRUE), ==, "أذربيجان");
  g_assert_cmpstr (hashiya_network_node_get_label (hashiya_network_get_node (network, 0), FALSE), ==, "Azerbaijan");

  /* The gold's cooperation and conflict: 12 edges from 22 relations. */
  g_assert_cmpuint (hashiya_network_get_n_edges (network), ==, 12);
  g_assert_cmpuint (hashiya_network_get_n_links (network), ==, 22);
  g_assert_true (hashiya_network_get_directed (network));
  assert_edge (network, "cooperate", "azerbaijan", "turkey", 4, FALSE, HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION);
  assert_edge (network, "cooperate", "turkey-mod", "azerbaijan", 1, FALSE, HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION);
  assert_edge (network, "consult", "iran", "format-3plus3", 4, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "consult", "armenia", "format-3plus3", 2, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "consult", "azerbaijan", "format-3plus3", 2, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "consult", "russia", "format-3plus3", 2, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "consult", "turkey", "format-3plus3", 2, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "consult", "azerbaijan", "armenia", 1, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "agree", "azerbaijan", "armenia", 1, FALSE, HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  assert_edge (network, "aid", "turkey", "azerbaijan", 1, TRUE, HASHIYA_QUAD_CLASS_MATERIAL_COOPERATION);
  assert_edge (network, "accuse", "azerbaijan", "armenia", 1, TRUE, HASHIYA_QUAD_CLASS_VERBAL_CONFLICT);
  assert_edge (network, "assault", "azerbaijan", "armenia", 1, TRUE, HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT);
  /* A mutual edge goes the way of its first relation. */
  g_assert_cmpstr (hashiya_network_node_get_id (hashiya_network_edge_get_source (find_edge (network, "cooperate", "azerbaijan",
                                                                                            "turkey"))), ==, "azerbaijan");
}

static void
test_gold_evidence (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  HashiyaNetworkEdge *edge = find_edge (network, "cooperate", "azerbaijan", "turkey");
  g_autoptr(GListModel) evidence = hashiya_network_edge_list_evidence (edge);
  g_autoptr(GListModel) mentions = hashiya_network_node_list_mentions (hashiya_network_lookup_node (network, "iran"));
  HashiyaText *text = hashiya_document_get_text (document);

  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(HashiyaNetworkEvidence) item = g_list_model_get_item (evidence, i);
      g_autofree char *sentence = hashiya_network_evidence_dup_text (item);
      guint start = hashiya_network_evidence_get_start (item), end = hashiya_network_evidence_get_end (item);

      g_assert_nonnull (hashiya_network_evidence_get_relation (item));
      g_assert_cmpstr (hashiya_relation_get_relation_type (hashiya_network_evidence_get_relation (item)), ==, "cooperate");
      g_assert_cmpuint (hashiya_network_evidence_get_n_highlights (item), >=, 2);
      /* Both mentions inside the sentence, named as they are. */
      for (guint k = 0; k < 2; k++)
        {
          guint hs, he;
          g_autofree char *covered = NULL;

          hashiya_network_evidence_get_highlight (item, k, &hs, &he);
          g_assert_cmpuint (hs, >=, start);
          g_assert_cmpuint (he, <=, end);
          covered = hashiya_text_slice (text, hs, he);
          g_assert_true (strstr (sentence, covered) != NULL);
        }
    }
  /* The first relation of the article, in its first sentence. */
  {
    g_autoptr(HashiyaNetworkEvidence) first = g_list_model_get_item (evidence, 0);
    g_autofree char *sentence = hashiya_network_evidence_dup_text (first);

    g_assert_true (g_str_has_prefix (sentence, "انطلقت مناورات"));
  }

  g_assert_cmpuint (g_list_model_get_n_items (mentions), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(HashiyaNetworkEvidence) item = g_list_model_get_item (mentions, i);

      g_assert_cmpstr (hashiya_mention_get_actor (hashiya_network_evidence_get_mention (item)), ==, "iran");
      g_assert_cmpuint (hashiya_network_evidence_get_n_highlights (item), ==, 1);
    }
}

/* Co-mentions, against pairs counted here from the sentences. */
static void
test_gold_comentions (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(HashiyaNetwork) network = NULL;
  g_autoptr(GArray) sentences = hashiya_text_split_sentences (hashiya_document_get_text (document));
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_links = 0;

  filter->edges = HASHIYA_NETWORK_EDGES_COMENTIONS;
  network = hashiya_network_new_for_document (document, "article", filter);
  g_assert_false (hashiya_network_get_directed (network));

  for (guint s = 0; s < sentences->len; s++)
    {
      HashiyaSpan *span = &g_array_index (sentences, HashiyaSpan, s);
      g_autoptr(GPtrArray) actors = g_ptr_array_new ();

      for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
        {
          HashiyaMention *mention = hashiya_document_get_mention (document, i);
          const char *actor = hashiya_mention_get_actor (mention);

          if (hashiya_mention_get_start (mention) >= span->start && hashiya_mention_get_start (mention) < span->end &&
              !g_ptr_array_find_with_equal_func (actors, actor, g_str_equal, NULL))
            g_ptr_array_add (actors, (gpointer) actor);
        }
      for (guint i = 0; i < actors->len; i++)
        for (guint k = i + 1; k < actors->len; k++)
          {
            const char *a = g_ptr_array_index (actors, i), *b = g_ptr_array_index (actors, k);
            char *key = strcmp (a, b) < 0 ? g_strconcat (a, " ", b, NULL) : g_strconcat (b, " ", a, NULL);

            g_hash_table_replace (pairs, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (pairs, key)) + 1));
            n_links++;
          }
    }
  g_assert_cmpuint (n_links, >, 40);
  g_assert_cmpuint (hashiya_network_get_n_links (network), ==, n_links);
  g_assert_cmpuint (hashiya_network_get_n_edges (network), ==, g_hash_table_size (pairs));
  for (guint i = 0; i < hashiya_network_get_n_edges (network); i++)
    {
      HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, i);
      const char *a = hashiya_network_node_get_id (hashiya_network_edge_get_source (edge));
      const char *b = hashiya_network_node_get_id (hashiya_network_edge_get_target (edge));
      g_autofree char *key = strcmp (a, b) < 0 ? g_strconcat (a, " ", b, NULL) : g_strconcat (b, " ", a, NULL);

      g_assert_null (hashiya_network_edge_get_relation_type (edge));
      g_assert_false (hashiya_network_edge_get_directed (edge));
      g_assert_cmpuint (hashiya_network_edge_get_count (edge), ==, GPOINTER_TO_UINT (g_hash_table_lookup (pairs, key)));
    }
}

static HashiyaNetwork *
filtered (HashiyaDocument *document,
          void           (*set) (HashiyaNetworkFilter *filter))
{
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();

  set (filter);
  return hashiya_network_new_for_document (document, "article", filter);
}

static void
only_consult (HashiyaNetworkFilter *filter)
{
  filter->types = g_strsplit ("consult", ",", -1);
}

static void
only_conflict (HashiyaNetworkFilter *filter)
{
  filter->quad_classes = 1u << HASHIYA_QUAD_CLASS_VERBAL_CONFLICT | 1u << HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT;
}

static void
at_least_two (HashiyaNetworkFilter *filter)
{
  filter->min_count = 2;
}

static void
only_states (HashiyaNetworkFilter *filter)
{
  filter->actor_kinds = 1u << HASHIYA_ACTOR_KIND_STATE;
}

static void
linked_only (HashiyaNetworkFilter *filter)
{
  filter->connected_only = TRUE;
}

static void
nothing_left (HashiyaNetworkFilter *filter)
{
  filter->actor_kinds = 1u << HASHIYA_ACTOR_KIND_PLACE;
}

static void
test_filters (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) consult = filtered (document, only_consult);
  g_autoptr(HashiyaNetwork) conflict = filtered (document, only_conflict);
  g_autoptr(HashiyaNetwork) strong = filtered (document, at_least_two);
  g_autoptr(HashiyaNetwork) states = filtered (document, only_states);
  g_autoptr(HashiyaNetwork) linked = filtered (document, linked_only);
  g_autoptr(HashiyaNetwork) none = filtered (document, nothing_left);

  g_assert_cmpuint (hashiya_network_get_n_edges (consult), ==, 6);
  g_assert_cmpuint (hashiya_network_get_n_links (consult), ==, 13);
  g_assert_false (hashiya_network_get_directed (consult));

  g_assert_cmpuint (hashiya_network_get_n_edges (conflict), ==, 2);
  assert_edge (conflict, "accuse", "azerbaijan", "armenia", 1, TRUE, HASHIYA_QUAD_CLASS_VERBAL_CONFLICT);
  assert_edge (conflict, "assault", "azerbaijan", "armenia", 1, TRUE, HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT);

  /* Links made fewer times go; the actors stay. */
  g_assert_cmpuint (hashiya_network_get_n_edges (strong), ==, 6);
  g_assert_cmpuint (hashiya_network_get_n_nodes (strong), ==, 12);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpuint (hashiya_network_edge_get_count (hashiya_network_get_edge (strong, i)), >=, 2);

  /* States only: the forum, the ministries, the people go, and their
   * links; the Ministry's relation with Azerbaijan too. */
  g_assert_cmpuint (hashiya_network_get_n_nodes (states), ==, 5);
  g_assert_null (hashiya_network_lookup_node (states, "format-3plus3"));
  g_assert_cmpuint (hashiya_network_get_n_edges (states), ==, 6);
  g_assert_null (find_edge (states, "cooperate", "turkey-mod", "azerbaijan"));

  /* Without the actors that no relation links. */
  g_assert_cmpuint (hashiya_network_get_n_nodes (linked), ==, 7);
  g_assert_null (hashiya_network_lookup_node (linked, "western-states"));
  g_assert_cmpuint (hashiya_network_get_n_edges (linked), ==, 12);

  g_assert_cmpuint (hashiya_network_get_n_nodes (none), ==, 0);
  g_assert_cmpuint (hashiya_network_get_n_edges (none), ==, 0);
}

/* Suggestions and negated relations, left out when asked. */
static void
test_filter_status (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(HashiyaNetwork) all = NULL;
  g_autoptr(HashiyaNetwork) confirmed = NULL;
  g_autoptr(HashiyaNetwork) negated = NULL;
  HashiyaRelation *accuse = NULL;
  HashiyaMention *mention;

  /* r14 (Baku accuses Yerevan) did not happen; m44 (Yerevan) is a
   * suggestion. */
  accuse = hashiya_document_lookup_relation (document, "r14");
  g_assert_cmpstr (hashiya_relation_get_relation_type (accuse), ==, "accuse");
  hashiya_relation_set_negated (accuse, TRUE);
  all = hashiya_network_new_for_document (document, "article", filter);
  g_assert_null (find_edge (all, "accuse", "azerbaijan", "armenia"));
  g_assert_cmpuint (hashiya_network_get_n_links (all), ==, 21);
  filter->include_negated = TRUE;
  negated = hashiya_network_new_for_document (document, "article", filter);
  g_assert_nonnull (find_edge (negated, "accuse", "azerbaijan", "armenia"));

  mention = hashiya_document_lookup_mention (document, "m44");
  g_assert_cmpstr (hashiya_mention_get_quote_exact (mention), ==, "يريفان");
  hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);
  filter->confirmed_only = TRUE;
  confirmed = hashiya_network_new_for_document (document, "article", filter);
  g_assert_null (find_edge (confirmed, "accuse", "azerbaijan", "armenia"));
  g_assert_cmpuint (hashiya_network_node_get_mentions (hashiya_network_lookup_node (confirmed, "armenia")), ==, 9);
}

static void
test_filter_documents (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = dated_documents (document);
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaNetwork) all = NULL;
  g_autoptr(HashiyaNetwork) october = NULL;
  g_autoptr(HashiyaNetwork) agency = NULL;
  g_autoptr(HashiyaNetwork) chosen = NULL;
  g_autoptr(HashiyaNetwork) empty = NULL;
  HashiyaNetworkNode *azerbaijan;

  all = hashiya_network_new (documents, filter);
  g_assert_cmpuint (hashiya_network_get_n_taken (all), ==, 4);
  g_assert_cmpuint (hashiya_network_get_n_undated (all), ==, 0);
  g_assert_cmpuint (hashiya_network_get_n_without_date (all), ==, 1);
  g_assert_cmpstr (hashiya_network_get_first_date (all), ==, "2023-10-23");
  g_assert_cmpstr (hashiya_network_get_last_date (all), ==, "2023-11-02");
  azerbaijan = hashiya_network_lookup_node (all, "azerbaijan");
  g_assert_cmpuint (hashiya_network_node_get_mentions (azerbaijan), ==, 4 * 26);
  g_assert_cmpuint (hashiya_network_node_get_documents (azerbaijan), ==, 4);
  g_assert_cmpstr (hashiya_network_node_get_first_date (azerbaijan), ==, "2023-10-23");
  g_assert_cmpstr (hashiya_network_node_get_last_date (azerbaijan), ==, "2023-11-02");
  g_assert_cmpuint (hashiya_network_edge_get_count (find_edge (all, "cooperate", "azerbaijan", "turkey")), ==, 16);
  g_assert_cmpuint (hashiya_network_edge_get_documents (find_edge (all, "cooperate", "azerbaijan", "turkey")), ==, 4);

  /* October: two documents; the one without a date is left out, counted. */
  g_assert_true (hashiya_network_filter_set_dates (filter, "2023-10-01", "2023-10-31", &error));
  g_assert_no_error (error);
  october = hashiya_network_new (documents, filter);
  g_assert_cmpuint (hashiya_network_get_n_taken (october), ==, 2);
  g_assert_cmpuint (hashiya_network_get_n_undated (october), ==, 1);
  g_assert_cmpuint (hashiya_network_edge_get_count (find_edge (october, "cooperate", "azerbaijan", "turkey")), ==, 8);

  g_assert_true (hashiya_network_filter_set_dates (filter, NULL, NULL, &error));
  filter->sources = g_strsplit ("agency", ",", -1);
  agency = hashiya_network_new (documents, filter);
  g_assert_cmpuint (hashiya_network_get_n_taken (agency), ==, 2);
  g_clear_pointer (&filter->sources, g_strfreev);

  filter->documents = g_strsplit ("d.hashiya", ",", -1);
  chosen = hashiya_network_new (documents, filter);
  g_assert_cmpuint (hashiya_network_get_n_taken (chosen), ==, 1);
  g_assert_null (hashiya_network_get_first_date (chosen));

  /* A range no document falls in. */
  g_clear_pointer (&filter->documents, g_strfreev);
  g_assert_true (hashiya_network_filter_set_dates (filter, "2024-01-01", NULL, &error));
  empty = hashiya_network_new (documents, filter);
  g_assert_cmpuint (hashiya_network_get_n_taken (empty), ==, 0);
  g_assert_cmpuint (hashiya_network_get_n_nodes (empty), ==, 0);
}

/* Unchecking a few documents of a big corpus gives a list of nearly all
 * of them: each document is looked up in a set, and the network is the
 * one of the documents listed. */
static void
test_filter_many_documents (void)
{
  g_autoptr(GRand) random = g_rand_new_with_seed (17);
  g_autoptr(GBytes) bytes = hashiya_test_network_document (random, 6, 8);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_format_read (bytes, "generated.hashiya", &error);
  g_autoptr(GPtrArray) documents = hashiya_network_documents_new ();
  g_autoptr(GPtrArray) one = hashiya_network_documents_new ();
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(HashiyaNetworkFilter) copy = NULL;
  g_autoptr(HashiyaNetwork) single = NULL;
  g_autoptr(HashiyaNetwork) network = NULL;
  g_autoptr(HashiyaNetwork) copied = NULL;

  g_assert_no_error (error);
  g_ptr_array_add (one, hashiya_network_document_new (document, "one", "one", NULL, NULL, NULL));
  single = hashiya_network_new (one, NULL);
  g_assert_cmpuint (hashiya_network_get_n_links (single), >, 0);
  /* Every other document of 10,000, and as many ids of no document. */
  for (guint d = 0; d < 10000; d++)
    {
      g_autofree char *id = g_strdup_printf ("doc-%05u.hashiya", d);
      g_autofree char *other = g_strdup_printf ("gone-%05u.hashiya", d);

      g_ptr_array_add (documents, hashiya_network_document_new (document, id, id, NULL, NULL, NULL));
      if (d % 2 == 0)
        {
          g_strv_builder_add (ids, id);
          g_strv_builder_add (ids, other);
        }
    }
  hashiya_network_filter_set_documents (filter, g_strv_builder_end (ids));
  g_assert_cmpuint (g_strv_length (filter->documents), ==, 10000);
  network = hashiya_network_new (documents, filter);
  g_assert_cmpuint (hashiya_network_get_n_taken (network), ==, 5000);
  g_assert_cmpuint (hashiya_network_get_n_nodes (network), ==, hashiya_network_get_n_nodes (single));
  g_assert_cmpuint (hashiya_network_get_n_edges (network), ==, hashiya_network_get_n_edges (single));
  g_assert_cmpuint (hashiya_network_get_n_links (network), ==, 5000 * hashiya_network_get_n_links (single));
  g_assert_true (hashiya_network_filter_take_document (filter, g_ptr_array_index (documents, 0)) == HASHIYA_NETWORK_TAKEN);
  g_assert_true (hashiya_network_filter_take_document (filter, g_ptr_array_index (documents, 1)) == HASHIYA_NETWORK_LEFT_OUT);

  /* A copy has its own set. */
  copy = hashiya_network_filter_copy (filter);
  g_clear_pointer (&filter, hashiya_network_filter_free);
  copied = hashiya_network_new (documents, copy);
  g_assert_cmpuint (hashiya_network_get_n_taken (copied), ==, 5000);
}

/* Arabic names drawn with an English interface: the picture stands right
 * to left, but its subtitle is English and starts with its number on the
 * left. */
static void
test_frame_subtitle_direction (void)
{
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autoptr(HashiyaPictureOptions) options = hashiya_picture_options_new ();
  HashiyaFrame frame;
  const char *text;
  PangoRectangle first, last;
  int width;

  g_setenv ("LANGUAGE", "en", TRUE);
  options->arabic = TRUE;
  hashiya_frame_init (&frame, options, "Actors", "4 documents \u00b7 3 actors \u00b7 2 relations");
  g_assert_true (frame.rtl);
  text = pango_layout_get_text (frame.subtitle);
  pango_layout_get_pixel_size (frame.subtitle, &width, NULL);
  pango_layout_index_to_pos (frame.subtitle, strchr (text, '4') - text, &first);
  pango_layout_index_to_pos (frame.subtitle, strstr (text, "relations") - text, &last);
  g_assert_cmpint (first.x / PANGO_SCALE, <, width / 4);
  g_assert_cmpint (last.x, >, first.x);
  /* Every sentence of the interface the same way: the note's full stop
   * at its end, on the right. */
  hashiya_frame_set_note (&frame, "No relation between these actors passes these filters.");
  text = pango_layout_get_text (frame.note);
  pango_layout_get_pixel_size (frame.note, &width, NULL);
  pango_layout_index_to_pos (frame.note, strrchr (text, '.') - text, &last);
  g_assert_cmpint (last.x / PANGO_SCALE, >, width * 3 / 4);
  hashiya_frame_clear (&frame);
  /* An empty LANGUAGE is no LANGUAGE. */
  g_setenv ("LANGUAGE", language != NULL ? language : "", TRUE);
}

static void
test_bad_dates (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(GError) error = NULL;
  HashiyaNetworkDocument *bad;
  guint32 day;

  bad = hashiya_network_document_new (document, "x.hashiya", NULL, "23 October 2023", NULL, &error);
  g_assert_null (bad);
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "x.hashiya: the date “23 October 2023” is not a day written YYYY-MM-DD");
  g_clear_error (&error);

  g_assert_false (hashiya_network_filter_set_dates (filter, "2023-02-30", NULL, &error));
  g_assert_cmpstr (error->message, ==, "the date “2023-02-30” is not a day written YYYY-MM-DD");
  g_clear_error (&error);
  g_assert_false (hashiya_network_filter_set_dates (filter, "2023-11-01", "2023-10-01", &error));
  g_assert_cmpstr (error->message, ==, "the range starts on 2023-11-01, after its end on 2023-10-01");
  g_clear_error (&error);
  g_assert_null (filter->from);
  g_assert_null (filter->to);

  g_assert_true (hashiya_network_parse_date ("2024-02-29", &day));
  g_assert_false (hashiya_network_parse_date ("2023-2-28", NULL));
  g_assert_false (hashiya_network_parse_date ("2023-02-28x", NULL));
  g_assert_true (hashiya_network_parse_date ("2023-02-28T10:00:00Z", NULL));
}


/* A corpus: each readable document with its metadata; one that cannot be
 * read is said. */
static void
test_corpus (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *gold = g_build_filename (dir, "gold.hashiya", NULL);
  g_autofree char *news = g_build_filename (dir, "news", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (news);
  g_autoptr(GFile) file = g_file_new_for_path (gold);
  g_autoptr(HashiyaCorpus) corpus = NULL;
  g_autoptr(HashiyaMetadata) metadata = hashiya_metadata_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *positions = NULL;
  HashiyaNetworkDocument *first;

  g_assert_true (hashiya_document_save_file (document, gold, &error));
  g_assert_no_error (error);
  corpus = hashiya_corpus_create (folder, "news", hashiya_document_get_catalog (document),
                                  hashiya_document_get_relation_catalog (document), &error);
  g_assert_no_error (error);
  metadata->title = g_strdup ("مناورات");
  metadata->date = g_strdup ("2023-10-23");
  metadata->source = g_strdup ("Anadolu");
  g_assert_nonnull (hashiya_corpus_add_file (corpus, file, metadata, &error));
  g_assert_no_error (error);
  broken = hashiya_test_write_file (news, "broken.hashiya", "{", -1);
  g_assert_true (hashiya_corpus_rescan (corpus, NULL, &error));

  documents = hashiya_network_documents_from_corpus (corpus, problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "broken.hashiya: "));
  first = g_ptr_array_index (documents, 0);
  g_assert_cmpstr (hashiya_network_document_get_id (first), ==, "gold.hashiya");
  g_assert_cmpstr (hashiya_network_document_get_title (first), ==, "مناورات");
  g_assert_cmpstr (hashiya_network_document_get_date (first), ==, "2023-10-23");
  g_assert_cmpstr (hashiya_network_document_get_source (first), ==, "Anadolu");

  positions = hashiya_network_positions_path_for_corpus (corpus);
  g_assert_true (g_str_has_suffix (positions, "/news/network-positions.json"));
  hashiya_test_remove_tree (dir);
}

/* A relation between two mentions of one actor, one actor, no actor:
 * networks, files and pictures all the same. */
static void
test_small_networks (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaDocument) bare = hashiya_test_sample_document ();
  g_autoptr(HashiyaNetwork) loop = NULL;
  g_autoptr(HashiyaNetwork) single = NULL;
  g_autoptr(HashiyaNetwork) nothing = NULL;
  g_autoptr(HashiyaNetwork) no_document = NULL;
  g_autoptr(GPtrArray) no_documents = hashiya_network_documents_new ();
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(GError) error = NULL;
  HashiyaNetworkNode *node;
  HashiyaNetworkNode *azerbaijan;

  /* m1 and m6 are both Azerbaijan. */
  g_assert_nonnull (hashiya_document_relate (document, "support", "m1", "m6", &error));
  g_assert_no_error (error);
  filter->types = g_strsplit ("support", ",", -1);
  loop = hashiya_network_new_for_document (document, "article", filter);
  g_assert_cmpuint (hashiya_network_get_n_edges (loop), ==, 1);
  g_assert_true (hashiya_network_edge_is_loop (hashiya_network_get_edge (loop, 0)));
  g_assert_true (hashiya_network_layout (loop, positions, NULL, &error));
  g_assert_true (hashiya_network_measure (loop, NULL, &error));
  g_assert_no_error (error);
  azerbaijan = hashiya_network_lookup_node (loop, "azerbaijan");
  g_assert_cmpuint (hashiya_network_node_get_degree (azerbaijan), ==, 0);
  g_assert_cmpuint (hashiya_network_node_get_strength (azerbaijan), ==, 1);

  filter->actor_kinds = 1u << HASHIYA_ACTOR_KIND_FORUM;
  g_clear_pointer (&filter->types, g_strfreev);
  single = hashiya_network_new_for_document (document, "article", filter);
  g_assert_cmpuint (hashiya_network_get_n_nodes (single), ==, 1);
  g_assert_true (hashiya_network_layout (single, positions, NULL, &error));
  node = hashiya_network_get_node (single, 0);
  g_assert_true (isfinite (hashiya_network_node_get_x (node)));

  nothing = hashiya_network_new_for_document (bare, "bare", NULL);
  g_assert_cmpuint (hashiya_network_get_n_nodes (nothing), ==, 0);
  g_assert_true (hashiya_network_layout (nothing, positions, NULL, &error));
  g_assert_true (hashiya_network_measure (nothing, NULL, &error));
  no_document = hashiya_network_new (no_documents, NULL);
  g_assert_cmpuint (hashiya_network_get_n_taken (no_document), ==, 0);

  {
    HashiyaNetwork *networks[] = { loop, single, nothing, no_document };

    for (guint i = 0; i < G_N_ELEMENTS (networks); i++)
      for (int format = HASHIYA_NETWORK_FORMAT_GEXF; format <= HASHIYA_NETWORK_FORMAT_PDF; format++)
        {
          g_autoptr(GBytes) bytes = NULL;

          if (format == HASHIYA_NETWORK_FORMAT_CSV)
            continue;
          bytes = hashiya_network_to_bytes (networks[i], format, NULL, 600, 400, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_bytes_get_size (bytes), >, 100);
        }
  }
}

static void
assert_messages (HashiyaNetwork *network,
                 const char     *message)
{
  g_autoptr(HashiyaNetworkScene) scene = hashiya_network_scene_new (network, NULL, 800, 600);
  g_autoptr(GBytes) svg = hashiya_network_scene_render (scene, HASHIYA_PICTURE_FORMAT_SVG, NULL);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  g_assert_cmpstr (hashiya_network_scene_get_message (scene), ==, message);
  /* Written in the picture, as text. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), escaped));
}

/* A picture with nothing to draw says why. */
static void
test_messages (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaDocument) bare = hashiya_test_sample_document ();
  g_autoptr(GPtrArray) no_documents = hashiya_network_documents_new ();
  g_autoptr(GPtrArray) documents = dated_documents (document);
  g_autoptr(HashiyaNetworkFilter) filter = hashiya_network_filter_new ();
  g_autoptr(HashiyaNetwork) none = hashiya_network_new (no_documents, NULL);
  g_autoptr(HashiyaNetwork) unmentioned = hashiya_network_new_for_document (bare, "bare", NULL);
  g_autoptr(HashiyaNetwork) no_place = filtered (document, nothing_left);
  g_autoptr(HashiyaNetwork) weak = NULL;
  g_autoptr(HashiyaNetwork) no_link = NULL;
  g_autoptr(HashiyaNetwork) late = NULL;

  assert_messages (none, "There is no document to draw.");
  assert_messages (unmentioned, "No actor is left: no mention passes these filters.");
  assert_messages (no_place, "No actor is left: no mention passes these filters.");
  filter->min_count = 99;
  weak = hashiya_network_new_for_document (document, "article", filter);
  assert_messages (weak, "No two of these actors are linked by as many relations as asked.");
  filter->min_count = 1;
  filter->types = g_strsplit ("sanction", ",", -1);
  no_link = hashiya_network_new_for_document (document, "article", filter);
  assert_messages (no_link, "No relation between these actors passes these filters.");
  g_clear_pointer (&filter->types, g_strfreev);
  g_assert_true (hashiya_network_filter_set_dates (filter, "2030-01-01", NULL, NULL));
  late = hashiya_network_new (documents, filter);
  assert_messages (late, "No document is left by these filters.");
}

static double
extent_of (HashiyaNetwork *network)
{
  double x0, y0, x1, y1;

  hashiya_network_get_extent (network, &x0, &y0, &x1, &y1);
  return MAX (x1 - x0, y1 - y0);
}

static void
test_layout_deterministic (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) a = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetwork) b = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetwork) c = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetworkPositions) pa = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetworkPositions) pb = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetworkPositions) pc = hashiya_network_positions_new ();
  g_autoptr(GError) error = NULL;
  gboolean differ = FALSE;

  hashiya_network_positions_set_seed (pc, 7);
  g_assert_true (hashiya_network_layout (a, pa, NULL, &error));
  g_assert_true (hashiya_network_layout (b, pb, NULL, &error));
  g_assert_true (hashiya_network_layout (c, pc, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < hashiya_network_get_n_nodes (a); i++)
    {
      HashiyaNetworkNode *na = hashiya_network_get_node (a, i), *nb = hashiya_network_get_node (b, i);
      HashiyaNetworkNode *nc = hashiya_network_get_node (c, i);

      g_assert_cmpfloat (hashiya_network_node_get_x (na), ==, hashiya_network_node_get_x (nb));
      g_assert_cmpfloat (hashiya_network_node_get_y (na), ==, hashiya_network_node_get_y (nb));
      differ |= hashiya_network_node_get_x (na) != hashiya_network_node_get_x (nc);
    }
  g_assert_true (differ);
  g_assert_cmpuint (hashiya_network_positions_get_size (pa), ==, 12);
  /* Linked actors nearer each other than the picture is wide. */
  g_assert_cmpfloat (extent_of (a), >, 0.5);
}

/* A filter changes: the actors that stay move by little. */
static void
assert_kept_nodes_stay (HashiyaNetwork          *before,
                        HashiyaNetwork          *after,
                        HashiyaNetworkPositions *positions)
{
  double extent = extent_of (before);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) old_x = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) old_y = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  guint kept = 0;

  for (guint i = 0; i < hashiya_network_get_n_nodes (before); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (before, i);

      g_hash_table_insert (old_x, (gpointer) hashiya_network_node_get_id (node),
                           g_memdup2 (&(double) { hashiya_network_node_get_x (node) }, sizeof (double)));
      g_hash_table_insert (old_y, (gpointer) hashiya_network_node_get_id (node),
                           g_memdup2 (&(double) { hashiya_network_node_get_y (node) }, sizeof (double)));
    }
  g_assert_true (hashiya_network_layout (after, positions, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < hashiya_network_get_n_nodes (after); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (after, i);
      double *x = g_hash_table_lookup (old_x, hashiya_network_node_get_id (node));
      double *y = g_hash_table_lookup (old_y, hashiya_network_node_get_id (node));

      if (x == NULL)
        continue;
      kept++;
      /* Less than 5% of the picture (the layout allows 2% a side). */
      g_assert_cmpfloat (hypot (hashiya_network_node_get_x (node) - *x, hashiya_network_node_get_y (node) - *y), <,
                         0.05 * extent);
    }
  g_assert_cmpuint (kept, >, 0);
}

static void
test_layout_stable (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetwork) all = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetwork) strong = filtered (document, at_least_two);
  g_autoptr(HashiyaNetwork) states = filtered (document, only_states);
  g_autoptr(HashiyaNetwork) again = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hashiya_network_layout (all, positions, NULL, &error));
  assert_kept_nodes_stay (all, strong, positions);
  /* Fewer actors: states only; then back to all, the others placed anew. */
  assert_kept_nodes_stay (strong, states, positions);
  assert_kept_nodes_stay (states, again, positions);
}

/* A filter that only leaves actors out: those that stay do not move at
 * all, and a picture made after the last one shows them at the same
 * points of the screen with the same labels. */
static void
test_layout_filter_keeps_places (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetwork) all = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetwork) states = filtered (document, only_states);
  g_autoptr(HashiyaNetworkScene) before = NULL;
  g_autoptr(HashiyaNetworkScene) after = NULL;
  g_autoptr(GError) error = NULL;
  guint kept = 0;

  g_assert_true (hashiya_network_layout (all, positions, NULL, &error));
  before = hashiya_network_scene_new (all, NULL, 900, 640);
  hashiya_network_scene_set_view (before, 1.5, 20, -10);
  g_assert_true (hashiya_network_layout (states, positions, NULL, &error));
  after = hashiya_network_scene_new_after (before, states, NULL);
  g_assert_cmpuint (hashiya_network_get_n_nodes (states), <, hashiya_network_get_n_nodes (all));
  for (guint i = 0; i < hashiya_network_get_n_nodes (states); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (states, i);
      HashiyaNetworkNode *was = hashiya_network_lookup_node (all, hashiya_network_node_get_id (node));
      double x, y, was_x, was_y;

      g_assert_nonnull (was);
      g_assert_cmpfloat (hashiya_network_node_get_x (node), ==, hashiya_network_node_get_x (was));
      g_assert_cmpfloat (hashiya_network_node_get_y (node), ==, hashiya_network_node_get_y (was));
      hashiya_network_scene_to_picture (after, hashiya_network_node_get_x (node), hashiya_network_node_get_y (node), &x, &y);
      hashiya_network_scene_to_picture (before, hashiya_network_node_get_x (was), hashiya_network_node_get_y (was),
                                        &was_x, &was_y);
      g_assert_cmpfloat (fabs (x - was_x), <, 1e-9);
      g_assert_cmpfloat (fabs (y - was_y), <, 1e-9);
      kept++;
    }
  g_assert_cmpuint (kept, >, 1);
}

static void
test_layout_pinned (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetworkPositions) reread = NULL;
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetwork) strong = filtered (document, at_least_two);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "positions", "net.json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  HashiyaNetworkNode *iran;
  double x, y;
  gboolean pinned;

  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  iran = hashiya_network_lookup_node (network, "iran");
  hashiya_network_pin_node (network, iran, positions, 12.5, -3.25);
  g_assert_true (hashiya_network_node_get_pinned (iran));
  g_assert_cmpfloat (hashiya_network_node_get_x (iran), ==, 12.5);

  /* Laid out again, and in another network: where it was put. */
  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  g_assert_cmpfloat (hashiya_network_node_get_x (iran), ==, 12.5);
  g_assert_cmpfloat (hashiya_network_node_get_y (iran), ==, -3.25);
  g_assert_true (hashiya_network_layout (strong, positions, NULL, &error));
  g_assert_cmpfloat (hashiya_network_node_get_x (hashiya_network_lookup_node (strong, "iran")), ==, 12.5);
  g_assert_true (hashiya_network_node_get_pinned (hashiya_network_lookup_node (strong, "iran")));

  /* Kept in their file, read back the same. */
  g_assert_true (hashiya_network_positions_save (positions, path, &error));
  g_assert_no_error (error);
  reread = hashiya_network_positions_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (hashiya_network_positions_lookup (reread, "iran", &x, &y, &pinned));
  g_assert_cmpfloat (x, ==, 12.5);
  g_assert_cmpfloat (y, ==, -3.25);
  g_assert_true (pinned);
  g_assert_true (hashiya_network_positions_lookup (reread, "azerbaijan", NULL, NULL, &pinned));
  g_assert_false (pinned);
  bytes = hashiya_network_positions_to_bytes (positions);
  bytes_again = hashiya_network_positions_to_bytes (reread);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL),
                                   "{\n  \"format\": \"hashiya-network-positions\",\n  \"version\": 1,\n  \"seed\": 1,\n"));

  hashiya_network_unpin_node (network, iran, positions);
  g_assert_false (hashiya_network_node_get_pinned (iran));
  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  g_assert_cmpfloat (fabs (hashiya_network_node_get_x (iran) - 12.5), <, 0.05 * extent_of (network));

  /* Where a document's positions are kept: by the SHA-256 of its text. */
  {
    g_autofree char *kept = hashiya_network_positions_path_for_document (document);
    g_autofree char *name = g_path_get_basename (kept);

    g_assert_cmpstr (name, ==, "d22bcf865a908da7b5859ab1d3f78f731f1eec789d6a19c1f97b2577af153dd8.json");
  }
  hashiya_test_remove_tree (dir);
}

static void
assert_bad_positions (const char *dir,
                      const char *contents,
                      const char *message)
{
  g_autofree char *path = hashiya_test_write_file (dir, "bad.json", contents, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_load (path, &error);
  g_autofree char *expected = hashiya_test_replace (message, "%s", path);

  g_assert_null (positions);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_bad_positions (void)
{
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "none.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaNetworkPositions) fresh = NULL;
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autofree char *file = hashiya_test_write_file (dir, "a-file", "x", -1);
  g_autofree char *under_file = g_build_filename (file, "positions.json", NULL);

  assert_bad_positions (dir, "{\"format\": \"hashiya-network-positions\", \"version\": 2, \"positions\": []}",
                        "%s: version 2 was written by a newer Hashiya; this one reads up to version 1. Update Hashiya to open it.");
  assert_bad_positions (dir, "{\"format\": \"hashiya-network-positions\", \"version\": 1, "
                             "\"positions\": [{\"actor\": \"iran\", \"x\": 1}]}",
                        "%s: position 1: “y” is missing");
  assert_bad_positions (dir, "{\"format\": \"hashiya-network-positions\", \"version\": 1, "
                             "\"positions\": [{\"actor\": \"iran\", \"x\": \"1\", \"y\": 2}]}",
                        "%s: position 1: “x” must be a number");
  assert_bad_positions (dir, "{\"format\": \"hashiya-network-positions\", \"version\": 1, \"positions\": ["
                             "{\"actor\": \"iran\", \"x\": 1, \"y\": 2}, {\"actor\": \"iran\", \"x\": 3, \"y\": 4}]}",
                        "%s: position 2: the actor “iran” has a position already");

  /* No file yet: no positions, no error. */
  fresh = hashiya_network_positions_load_or_new (missing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_network_positions_get_size (fresh), ==, 0);

  /* A folder that cannot be made: said, nothing written. */
  hashiya_network_positions_set (positions, "iran", 1, 2, TRUE);
  g_assert_false (hashiya_network_positions_save (positions, under_file, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_suffix (error->message, ": cannot make the folder: Not a directory"));
  hashiya_test_remove_tree (dir);
}

static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  hashiya_network_layout_finish (HASHIYA_NETWORK (object), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
measure_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (hashiya_network_measure_finish (HASHIYA_NETWORK (object), result, NULL));
  *done = TRUE;
}

/* On a worker thread, with a cancellable; the nodes change on this one. */
static void
test_layout_async (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetwork) twin = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetworkPositions) twin_positions = hashiya_network_positions_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GError *error = NULL;
  gboolean measured = FALSE;
  gint64 deadline;

  g_cancellable_cancel (cancellable);
  hashiya_network_layout_async (network, positions, cancellable, layout_done_cb, &error);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (error == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (hashiya_network_positions_get_size (positions), ==, 0);

  hashiya_network_layout_async (network, positions, NULL, layout_done_cb, &error);
  hashiya_network_measure_async (network, NULL, measure_done_cb, &measured);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while ((error == NULL || !measured) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (measured);

  /* The same as on this thread. */
  g_assert_true (hashiya_network_layout (twin, twin_positions, NULL, &error));
  for (guint i = 0; i < hashiya_network_get_n_nodes (network); i++)
    g_assert_cmpfloat (hashiya_network_node_get_x (hashiya_network_get_node (network, i)), ==,
                       hashiya_network_node_get_x (hashiya_network_get_node (twin, i)));
  g_assert_cmpuint (hashiya_network_node_get_degree (hashiya_network_lookup_node (network, "format-3plus3")), ==, 5);
}

static void
test_measures (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(GError) error = NULL;
  static const struct { const char *id; guint degree, strength; double betweenness; } expected[] = {
    /* The forum joins Iran and Russia to the rest; Azerbaijan joins
     * Armenia and the Turkish ministry. */
    { "azerbaijan", 4, 12, 5.5 }, { "armenia", 2, 6, 0 }, { "turkey", 2, 7, 0 }, { "russia", 1, 2, 0 },
    { "iran", 1, 4, 0 }, { "turkey-mod", 1, 1, 0 }, { "format-3plus3", 5, 12, 9.5 }, { "western-states", 0, 0, 0 },
  };

  g_assert_true (hashiya_network_measure (network, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_lookup_node (network, expected[i].id);

      g_assert_cmpuint (hashiya_network_node_get_degree (node), ==, expected[i].degree);
      g_assert_cmpuint (hashiya_network_node_get_strength (node), ==, expected[i].strength);
      g_assert_cmpfloat_with_epsilon (hashiya_network_node_get_betweenness (node), expected[i].betweenness, 1e-9);
    }
}

static void
assert_count (GListModel *counts,
              guint       position,
              const char *key,
              guint       value,
              const char *group)
{
  g_autoptr(HashiyaNetworkCount) count = g_list_model_get_item (counts, position);

  g_assert_nonnull (count);
  g_assert_cmpstr (hashiya_network_count_get_key (count), ==, key);
  g_assert_cmpuint (hashiya_network_count_get_value (count), ==, value);
  g_assert_cmpstr (hashiya_network_count_get_group (count), ==, group);
}

static void
test_counts (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = one_document (document);
  g_autoptr(GListModel) actors = hashiya_network_count_mentions_by_actor (documents, NULL);
  g_autoptr(GListModel) kinds = hashiya_network_count_mentions_by_kind (documents, NULL);
  g_autoptr(GListModel) types = hashiya_network_count_mentions_by_type (documents, NULL);
  g_autoptr(GListModel) relations = hashiya_network_count_relations_by_type (documents, NULL);
  g_autoptr(GListModel) quads = hashiya_network_count_relations_by_quad_class (documents, NULL);
  g_autoptr(GPtrArray) none = hashiya_network_documents_new ();
  g_autoptr(GListModel) no_quads = hashiya_network_count_relations_by_quad_class (none, NULL);
  g_autoptr(HashiyaNetworkCount) first = NULL;

  /* States first, the most mentioned first; then people … */
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 12);
  assert_count (actors, 0, "azerbaijan", 26, "state");
  assert_count (actors, 1, "turkey", 12, "state");
  assert_count (actors, 2, "armenia", 10, "state");
  assert_count (actors, 3, "iran", 6, "state");
  assert_count (actors, 4, "russia", 3, "state");
  assert_count (actors, 5, "ilham-aliyev", 2, "person");
  assert_count (actors, 11, "format-3plus3", 3, "forum");
  first = g_list_model_get_item (actors, 0);
  g_assert_cmpstr (hashiya_network_count_get_label (first, TRUE), ==, "أذربيجان");
  g_assert_cmpstr (hashiya_network_count_get_color (first), ==, "#1546db");

  assert_count (kinds, 0, "state", 57, NULL);
  assert_count (types, 0, "name", 50, NULL);

  assert_count (relations, 0, "consult", 13, "verbal-cooperation");
  assert_count (relations, 1, "agree", 1, "verbal-cooperation");
  assert_count (relations, 2, "cooperate", 5, "material-cooperation");
  assert_count (relations, 3, "aid", 1, "material-cooperation");
  assert_count (relations, 4, "accuse", 1, "verbal-conflict");
  assert_count (relations, 5, "assault", 1, "material-conflict");
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 6);

  assert_count (quads, 0, "verbal-cooperation", 14, NULL);
  assert_count (quads, 1, "material-cooperation", 6, NULL);
  assert_count (quads, 2, "verbal-conflict", 1, NULL);
  assert_count (quads, 3, "material-conflict", 1, NULL);
  /* The four classes are always there. */
  assert_count (no_quads, 3, "material-conflict", 0, NULL);
}

static void
test_timeline (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = dated_documents (document);
  g_autoptr(HashiyaNetworkTimeline) months = hashiya_network_timeline_new (documents, NULL, HASHIYA_TIMELINE_MONTH, NULL);
  g_autoptr(HashiyaNetworkTimeline) weeks = hashiya_network_timeline_new (documents, NULL, HASHIYA_TIMELINE_WEEK, NULL);
  static const char * const chosen[] = { "iran", "georgia", NULL };
  g_autoptr(HashiyaNetworkTimeline) two = hashiya_network_timeline_new (documents, NULL, HASHIYA_TIMELINE_MONTH, chosen);
  g_autoptr(HashiyaNetworkSeries) azerbaijan = NULL;
  g_autoptr(HashiyaNetworkSeries) conflict = NULL;
  g_autoptr(HashiyaNetworkSeries) cooperation = NULL;
  g_autoptr(HashiyaNetworkSeries) georgia = NULL;

  g_assert_cmpuint (hashiya_network_timeline_get_n_documents (months), ==, 3);
  g_assert_cmpuint (hashiya_network_timeline_get_n_undated (months), ==, 1);
  g_assert_cmpuint (hashiya_network_timeline_get_n_periods (months), ==, 2);
  g_assert_cmpstr (hashiya_network_timeline_get_period_label (months, 0), ==, "2023-10");
  g_assert_cmpstr (hashiya_network_timeline_get_period_start (months, 1), ==, "2023-11-01");
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_network_timeline_get_mentions (months)), ==, HASHIYA_TIMELINE_ACTORS);
  azerbaijan = g_list_model_get_item (hashiya_network_timeline_get_mentions (months), 0);
  g_assert_cmpstr (hashiya_network_series_get_key (azerbaijan), ==, "azerbaijan");
  g_assert_cmpuint (hashiya_network_series_get_value (azerbaijan, 0), ==, 52);
  g_assert_cmpuint (hashiya_network_series_get_value (azerbaijan, 1), ==, 26);
  cooperation = g_list_model_get_item (hashiya_network_timeline_get_relations (months), HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  conflict = g_list_model_get_item (hashiya_network_timeline_get_relations (months), HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT);
  g_assert_cmpuint (hashiya_network_series_get_value (cooperation, 0), ==, 28);
  g_assert_cmpuint (hashiya_network_series_get_value (conflict, 1), ==, 1);

  /* ISO weeks from Monday: 23 October 2023 is a Monday of week 43. */
  g_assert_cmpuint (hashiya_network_timeline_get_n_periods (weeks), ==, 2);
  g_assert_cmpstr (hashiya_network_timeline_get_period_label (weeks, 0), ==, "2023-W43");
  g_assert_cmpstr (hashiya_network_timeline_get_period_start (weeks, 1), ==, "2023-10-30");
  g_assert_cmpstr (hashiya_network_timeline_get_period_label (weeks, 1), ==, "2023-W44");

  /* The actors asked for, one the documents never name. */
  g_assert_cmpuint (g_list_model_get_n_items (hashiya_network_timeline_get_mentions (two)), ==, 2);
  georgia = g_list_model_get_item (hashiya_network_timeline_get_mentions (two), 1);
  g_assert_cmpuint (hashiya_network_series_get_total (georgia), ==, 0);
}

static void
test_timeline_undated (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = one_document (document);
  g_autoptr(HashiyaNetworkTimeline) timeline = hashiya_network_timeline_new (documents, NULL, HASHIYA_TIMELINE_MONTH, NULL);
  g_autoptr(HashiyaNetworkTimelineChart) chart = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (hashiya_network_timeline_get_n_periods (timeline), ==, 0);
  g_assert_cmpuint (hashiya_network_timeline_get_n_undated (timeline), ==, 1);
  chart = hashiya_network_timeline_chart_new (timeline, HASHIYA_TIMELINE_CHART_RELATIONS, NULL, 800, 500);
  g_assert_cmpstr (hashiya_network_timeline_chart_get_message (chart), ==,
                   "No document has a date: 1 was left out for having none.");
  svg = hashiya_network_timeline_chart_render (chart, HASHIYA_PICTURE_FORMAT_SVG, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (svg, NULL), "No document has a date"));
}

static gboolean
boxes_meet (const cairo_rectangle_t *a,
            const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* Whether the disc of @box (a node's square) meets @label. */
static gboolean
disc_meets_box (const cairo_rectangle_t *box,
                const cairo_rectangle_t *label)
{
  double r = box->width / 2, cx = box->x + r, cy = box->y + r;
  double nx = CLAMP (cx, label->x, label->x + label->width), ny = CLAMP (cy, label->y, label->y + label->height);

  return hypot (cx - nx, cy - ny) < r;
}

/* The gold article fitted to views of the window's sizes: every label
 * shown, inside the plot, over no node's disc but its own; the linked
 * part takes most of the plot, the actors without links in a row under
 * it. */
static void
test_scene_fit (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(GError) error = NULL;
  static const double sizes[][2] = { { 1040, 420 }, { 900, 640 }, { 1280, 800 }, { 700, 900 } };
  guint n = hashiya_network_get_n_nodes (network);

  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  for (guint k = 0; k < G_N_ELEMENTS (sizes) * 2; k++)
    {
      g_autoptr(HashiyaPictureOptions) options = hashiya_picture_options_new ();
      g_autoptr(HashiyaNetworkScene) scene = NULL;
      g_autofree gboolean *linked = g_new0 (gboolean, n);
      cairo_rectangle_t plot;
      double linked_x0 = G_MAXDOUBLE, linked_x1 = -G_MAXDOUBLE, linked_y0 = G_MAXDOUBLE, linked_y1 = -G_MAXDOUBLE;
      double lone_top = G_MAXDOUBLE;
      guint n_lone = 0;

      options->arabic = k % 2;
      scene = hashiya_network_scene_new (network, options, sizes[k / 2][0], sizes[k / 2][1]);
      hashiya_network_scene_get_plot (scene, &plot);
      for (guint i = 0; i < n; i++)
        for (guint e = 0; e < hashiya_network_get_n_edges (network); e++)
          {
            HashiyaNetworkEdge *edge = hashiya_network_get_edge (network, e);
            HashiyaNetworkNode *node = hashiya_network_get_node (network, i);

            if (hashiya_network_edge_get_source (edge) != hashiya_network_edge_get_target (edge) &&
                (hashiya_network_edge_get_source (edge) == node || hashiya_network_edge_get_target (edge) == node))
              linked[i] = TRUE;
          }
      for (guint i = 0; i < n; i++)
        {
          cairo_rectangle_t box, label;

          g_assert_true (hashiya_network_scene_get_node_box (scene, hashiya_network_get_node (network, i), &box));
          g_assert_true (hashiya_network_scene_get_label_box (scene, hashiya_network_get_node (network, i), &label));
          g_assert_cmpfloat (label.x, >=, plot.x - 0.01);
          g_assert_cmpfloat (label.x + label.width, <=, plot.x + plot.width + 0.01);
          g_assert_cmpfloat (label.y, >=, plot.y - 0.01);
          g_assert_cmpfloat (label.y + label.height, <=, plot.y + plot.height + 0.01);
          for (guint j = 0; j < n; j++)
            {
              cairo_rectangle_t other;

              g_assert_true (hashiya_network_scene_get_node_box (scene, hashiya_network_get_node (network, j), &other));
              if (disc_meets_box (&other, &label))
                g_error ("%.0f × %.0f: the label of %s covers the node of %s", sizes[k / 2][0], sizes[k / 2][1],
                         hashiya_network_node_get_id (hashiya_network_get_node (network, i)),
                         hashiya_network_node_get_id (hashiya_network_get_node (network, j)));
            }
          if (linked[i])
            {
              linked_x0 = MIN (linked_x0, box.x), linked_x1 = MAX (linked_x1, box.x + box.width);
              linked_y0 = MIN (linked_y0, box.y), linked_y1 = MAX (linked_y1, box.y + box.height);
            }
          else
            lone_top = MIN (lone_top, box.y), n_lone++;
        }
      g_assert_cmpuint (n_lone, ==, 5);
      g_assert_cmpfloat (lone_top, >, linked_y1);
      /* The linked part fills the plot one way at least: more than half
       * its width or, less the row under it, its height. */
      g_assert_true ((linked_x1 - linked_x0) / plot.width > 0.5 || (linked_y1 - linked_y0) / (lone_top - plot.y) > 0.5);
    }
}

/* Every label beside its node, inside the picture, over no other. */
static void
test_scene_labels (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  for (int arabic = 0; arabic <= 1; arabic++)
    {
      g_autoptr(HashiyaPictureOptions) options = hashiya_picture_options_new ();
      g_autoptr(HashiyaNetworkScene) scene = NULL;
      cairo_rectangle_t plot;
      guint n = hashiya_network_get_n_nodes (network);

      options->arabic = arabic;
      scene = hashiya_network_scene_new (network, options, 900, 640);
      hashiya_network_scene_get_plot (scene, &plot);
      g_assert_null (hashiya_network_scene_get_message (scene));
      for (guint i = 0; i < n; i++)
        {
          HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
          cairo_rectangle_t label, box;

          g_assert_true (hashiya_network_scene_get_node_box (scene, node, &box));
          g_assert_true (hashiya_network_scene_get_label_box (scene, node, &label));
          g_assert_false (boxes_meet (&label, &box));
          g_assert_cmpfloat (label.x, >=, plot.x - 0.01);
          g_assert_cmpfloat (label.y, >=, plot.y - 0.01);
          g_assert_cmpfloat (label.x + label.width, <=, plot.x + plot.width + 0.01);
          g_assert_cmpfloat (label.y + label.height, <=, plot.y + plot.height + 0.01);
          for (guint k = 0; k < i; k++)
            {
              cairo_rectangle_t other;

              g_assert_true (hashiya_network_scene_get_label_box (scene, hashiya_network_get_node (network, k), &other));
              g_assert_false (boxes_meet (&label, &other));
            }
          /* A click on its middle finds it. */
          g_assert_true (hashiya_network_scene_node_at (scene, box.x + box.width / 2, box.y + box.height / 2) == node);
        }
    }
}

static void
test_scene_view (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetworkScene) scene = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaNetworkNode *iran;
  HashiyaNetworkEdge *edge;
  cairo_rectangle_t a, b;
  double x, y, lx, ly;

  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  scene = hashiya_network_scene_new (network, NULL, 900, 640);
  iran = hashiya_network_lookup_node (network, "iran");
  g_assert_true (hashiya_network_scene_get_node_box (scene, iran, &a));

  /* To the picture and back. */
  hashiya_network_scene_to_picture (scene, hashiya_network_node_get_x (iran), hashiya_network_node_get_y (iran), &x, &y);
  g_assert_cmpfloat_with_epsilon (x, a.x + a.width / 2, 1e-6);
  hashiya_network_scene_to_layout (scene, x, y, &lx, &ly);
  g_assert_cmpfloat_with_epsilon (lx, hashiya_network_node_get_x (iran), 1e-9);

  /* Zoomed about the middle and panned: nodes keep their size. */
  hashiya_network_scene_set_view (scene, 2, 30, -10);
  hashiya_network_scene_get_node_box (scene, iran, &b);
  g_assert_cmpfloat_with_epsilon (b.width, a.width, 1e-9);
  hashiya_network_scene_set_view (scene, 1, 0, 0);

  /* The middle of the edge Iran – the forum is that edge. */
  edge = find_edge (network, "consult", "iran", "format-3plus3");
  {
    cairo_rectangle_t forum;

    g_assert_true (hashiya_network_scene_get_node_box (scene, hashiya_network_lookup_node (network, "format-3plus3"), &forum));
    x = (a.x + a.width / 2 + forum.x + forum.width / 2) / 2;
    y = (a.y + a.height / 2 + forum.y + forum.height / 2) / 2;
    g_assert_true (hashiya_network_scene_edge_at (scene, x, y) == edge);
  }
  g_assert_null (hashiya_network_scene_edge_at (scene, 2, 2));
  g_assert_null (hashiya_network_scene_node_at (scene, 2, 2));
}


static void
pixel_rgb (cairo_surface_t *surface,
           double           x,
           double           y,
           guint           *rgb)
{
  guint32 *pixels = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;

  cairo_surface_flush (surface);
  *rgb = pixels[(int) y * stride + (int) x] & 0xffffff;
}

/* A big network's frames: edges and nodes drawn into pixels, the same
 * shapes at the same places; a preview moves the last frame. */
static void
test_scene_big (void)
{
  g_autoptr(GRand) random = g_rand_new_with_seed (7);
  g_autoptr(GBytes) bytes = hashiya_test_network_document (random, 300, 600);
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaDocument) document = hashiya_format_read (bytes, "big.hashiya", &error);
  g_autoptr(HashiyaNetwork) network = NULL;
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaNetworkScene) scene = NULL;
  g_autoptr(GBytes) pdf = NULL;
  cairo_surface_t *exact = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 700);
  cairo_surface_t *preview = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 700);
  cairo_t *cr;
  guint checked = 0;

  g_assert_no_error (error);
  network = hashiya_network_new_for_document (document, "big", NULL);
  g_assert_cmpuint (hashiya_network_get_n_nodes (network), >, 280);
  g_assert_cmpuint (hashiya_network_get_n_edges (network), >, 400);
  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  scene = hashiya_network_scene_new (network, NULL, 900, 700);

  cr = cairo_create (exact);
  hashiya_network_scene_draw (scene, cr);
  cairo_destroy (cr);
  /* Each node in its actor's colour at its middle (unless another is
   * over it). */
  for (guint i = 0; i < hashiya_network_get_n_nodes (network); i++)
    {
      HashiyaNetworkNode *node = hashiya_network_get_node (network, i);
      HashiyaNetworkNode *top;
      cairo_rectangle_t box;
      guint rgb, expected;

      g_assert_true (hashiya_network_scene_get_node_box (scene, node, &box));
      top = hashiya_network_scene_node_at (scene, box.x + box.width / 2, box.y + box.height / 2);
      if (top != node || box.width < 6)
        continue;
      pixel_rgb (exact, box.x + box.width / 2, box.y + box.height / 2, &rgb);
      expected = (guint) g_ascii_strtoull (hashiya_network_node_get_color (node) + 1, NULL, 16);
      g_assert_cmpuint (ABS ((int) (rgb >> 16) - (int) (expected >> 16)), <=, 2);
      g_assert_cmpuint (ABS ((int) (rgb & 0xff) - (int) (expected & 0xff)), <=, 2);
      checked++;
    }
  g_assert_cmpuint (checked, >, 100);

  /* The preview of the same view is the same picture; panned, it moves. */
  cr = cairo_create (preview);
  hashiya_network_scene_draw_preview (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (preview);
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (exact), cairo_image_surface_get_data (preview),
                           (gsize) cairo_image_surface_get_stride (exact) * 700), ==, 0);
  {
    HashiyaNetworkNode *node = hashiya_network_get_node (network, 0);
    cairo_rectangle_t box;
    guint before, after;

    g_assert_true (hashiya_network_scene_get_node_box (scene, node, &box));
    pixel_rgb (exact, box.x + box.width / 2, box.y + box.height / 2, &before);
    hashiya_network_scene_set_view (scene, 1, 40, 0);
    cr = cairo_create (preview);
    hashiya_network_scene_draw_preview (scene, cr);
    cairo_destroy (cr);
    pixel_rgb (preview, box.x + box.width / 2 + 40, box.y + box.height / 2, &after);
    g_assert_cmphex (after, ==, before);
  }

  /* A PDF gets paths, whatever the size. */
  pdf = hashiya_network_scene_render (scene, HASHIYA_PICTURE_FORMAT_PDF, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (pdf), >, 10000);
  cairo_surface_destroy (exact);
  cairo_surface_destroy (preview);
}

/* In Arabic the names are at the right and the bars grow to the left. */
static void
test_bar_chart_direction (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = one_document (document);
  g_autoptr(GListModel) counts = hashiya_network_count_mentions_by_actor (documents, NULL);

  for (int arabic = 0; arabic <= 1; arabic++)
    {
      g_autoptr(HashiyaPictureOptions) options = hashiya_picture_options_new ();
      g_autoptr(HashiyaNetworkBarChart) chart = NULL;
      cairo_rectangle_t top_bar, top_label, small_bar, small_label;

      options->arabic = arabic;
      chart = hashiya_network_bar_chart_new (counts, "Mentions", NULL, options, 800, 600);
      g_assert_true (hashiya_network_bar_chart_get_bar (chart, 0, &top_bar, &top_label));
      g_assert_true (hashiya_network_bar_chart_get_bar (chart, 11, &small_bar, &small_label));
      g_assert_cmpuint (hashiya_network_bar_chart_get_n_hidden (chart), ==, 0);
      g_assert_cmpfloat (top_bar.width, >, small_bar.width);
      if (arabic)
        {
          /* Names right-aligned; bars from their left edge, leftwards. */
          g_assert_cmpfloat_with_epsilon (top_label.x + top_label.width, small_label.x + small_label.width, 0.01);
          g_assert_cmpfloat (top_bar.x + top_bar.width, <, top_label.x);
          g_assert_cmpfloat_with_epsilon (top_bar.x + top_bar.width, small_bar.x + small_bar.width, 0.01);
          g_assert_cmpfloat (top_bar.x, <, small_bar.x);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (top_label.x, small_label.x, 0.01);
          g_assert_cmpfloat (top_bar.x, >, top_label.x + top_label.width);
          g_assert_cmpfloat_with_epsilon (top_bar.x, small_bar.x, 0.01);
        }
    }

  /* Too small for all: the rest are counted, not squeezed. */
  {
    g_autoptr(HashiyaNetworkBarChart) small = hashiya_network_bar_chart_new (counts, "Mentions", NULL, NULL, 400, 200);

    g_assert_cmpuint (hashiya_network_bar_chart_get_n_hidden (small), >, 0);
  }
}

static gboolean
png_size (GBytes *bytes,
          int    *width,
          int    *height)
{
  g_autofree char *path = NULL;
  cairo_surface_t *surface;
  int fd = g_file_open_tmp ("network-XXXXXX.png", &path, NULL);
  gboolean ok;

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  surface = cairo_image_surface_create_from_png (path);
  ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS;
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  cairo_surface_destroy (surface);
  g_unlink (path);
  return ok;
}

static void
test_pictures (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(HashiyaPictureOptions) options = hashiya_picture_options_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  const char *text;
  int width, height;

  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  options->style = HASHIYA_PICTURE_STYLE_DARK;
  png = hashiya_network_to_bytes (network, HASHIYA_NETWORK_FORMAT_PNG, options, 1000, 700, &error);
  g_assert_no_error (error);
  g_assert_true (png_size (png, &width, &height));
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* The names are text, whole words, not drawings of their letters. */
  svg = hashiya_network_to_bytes (network, HASHIYA_NETWORK_FORMAT_SVG, options, 1000, 700, &error);
  text = g_bytes_get_data (svg, NULL);
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
  g_assert_nonnull (strstr (text, "direction=\"rtl\" unicode-bidi=\"embed\" fill=\"#ffffff\">أذربيجان</text>"));
  g_assert_nonnull (strstr (text, "<title>أذربيجان: 26 mentions</title>"));
  g_assert_null (strstr (text, "<symbol"));

  pdf = hashiya_network_to_bytes (network, HASHIYA_NETWORK_FORMAT_PDF, NULL, 842, 595, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));

  /* A size out of bounds is refused before anything is drawn. */
  g_assert_null (hashiya_network_to_bytes (network, HASHIYA_NETWORK_FORMAT_PNG, NULL, 100000, 700, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "a picture of 100000 × 700: each side must be from 200 to 10000");
}

static void
test_files (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(GPtrArray) documents = dated_documents (document);
  g_autoptr(HashiyaNetwork) network = hashiya_network_new (documents, NULL);
  g_autoptr(HashiyaNetworkPositions) positions = hashiya_network_positions_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) gexf = NULL;
  g_autoptr(GBytes) graphml = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *csv = g_build_filename (dir, "csv", NULL);
  g_autofree char *nodes_path = g_build_filename (csv, "nodes.csv", NULL);
  g_autofree char *edges_path = g_build_filename (csv, "edges.csv", NULL);
  g_autofree char *nodes = NULL;
  g_autofree char *edges = NULL;
  const char *text;

  g_assert_true (hashiya_network_layout (network, positions, NULL, &error));
  g_assert_true (hashiya_network_measure (network, NULL, &error));

  gexf = hashiya_network_to_bytes (network, HASHIYA_NETWORK_FORMAT_GEXF, NULL, 0, 0, &error);
  text = g_bytes_get_data (gexf, NULL);
  g_assert_nonnull (strstr (text, "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"));
  g_assert_nonnull (strstr (text, "<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\" "
                                  "start=\"2023-10-23\" end=\"2023-11-02\">"));
  g_assert_nonnull (strstr (text, "<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"));
  g_assert_nonnull (strstr (text, "<attribute id=\"betweenness\" title=\"betweenness\" type=\"double\"/>"));
  g_assert_nonnull (strstr (text, "<attribute id=\"mutual\" title=\"mutual\" type=\"boolean\"/>"));
  g_assert_nonnull (strstr (text, "<node id=\"azerbaijan\" label=\"أذربيجان\">"));
  g_assert_nonnull (strstr (text, "<edge id=\"e1\" source=\"azerbaijan\" target=\"turkey\" type=\"mutual\" weight=\"16\" "
                                  "label=\"cooperate\">"));
  /* The days of the documents, 23 and 24 October one spell. */
  g_assert_nonnull (strstr (text, "<spell start=\"2023-10-23\" end=\"2023-10-24\"/>\n"
                                  "          <spell start=\"2023-11-02\" end=\"2023-11-02\"/>"));

  graphml = hashiya_network_to_bytes (network, HASHIYA_NETWORK_FORMAT_GRAPHML, NULL, 0, 0, &error);
  text = g_bytes_get_data (graphml, NULL);
  g_assert_nonnull (strstr (text, "<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>"));
  g_assert_nonnull (strstr (text, "<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
  g_assert_nonnull (strstr (text, "<graph id=\"network\" edgedefault=\"directed\">"));
  /* Every key has a type. */
  g_assert_null (strstr (text, "<key id=\"label\" for=\"node\" attr.name=\"label\"/>"));

  g_assert_true (hashiya_network_export (network, HASHIYA_NETWORK_FORMAT_CSV, NULL, 0, 0, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (nodes_path, &nodes, NULL, NULL));
  g_assert_true (g_file_get_contents (edges_path, &edges, NULL, NULL));
  g_assert_true (g_str_has_prefix (nodes, "Id,Label,name_ar,name_en,kind,color,mentions,documents,degree,strength,"
                                          "betweenness,x,y,pinned,first_date,last_date,wikidata\r\n"
                                          "azerbaijan,أذربيجان,أذربيجان,Azerbaijan,state,#1546db,104,4,4,48,5.5,"));
  g_assert_true (g_str_has_prefix (edges, "Id,Source,Target,Type,Weight,Label,relation,relation_ar,relation_en,"
                                          "quad_class,cameo,mutual,count,documents,modes,first_date,last_date\r\n"
                                          "e1,azerbaijan,turkey,Undirected,16,تعاون,cooperate,تعاون,cooperate,"
                                          "material-cooperation,06,true,16,4,military,2023-10-23,2023-11-02\r\n"));
  g_assert_nonnull (strstr (edges, "\r\ne2,iran,format-3plus3,Undirected,16,تشاور,consult,تشاور,\"consult, meet, host\","));
  g_assert_nonnull (strstr (edges, ",azerbaijan,armenia,Directed,4,هجوم,assault,"));
  hashiya_test_remove_tree (dir);
}

/* An export that cannot be written says so and leaves what was there. */
static void
test_unwritable (void)
{
  g_autoptr(HashiyaDocument) document = gold_document ();
  g_autoptr(HashiyaNetwork) network = hashiya_network_new_for_document (document, "article", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = hashiya_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no", "such", "net.gexf", NULL);
  g_autofree char *file = hashiya_test_write_file (dir, "old.csv", "old", -1);
  g_autofree char *content = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_false (hashiya_network_export (network, HASHIYA_NETWORK_FORMAT_GEXF, NULL, 0, 0, missing, &error));
  expected = g_strdup_printf ("%s: cannot write: no such file or folder", missing);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  /* The pair goes to a folder: a file is not replaced by one. */
  g_assert_false (hashiya_network_export (network, HASHIYA_NETWORK_FORMAT_CSV, NULL, 0, 0, file, &error));
  expected = g_strdup_printf ("%s: the two files go to a folder, and this is a file", file);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (g_file_get_contents (file, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "old");

  /* Nothing else was left in the folder. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
  hashiya_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hashiya_core_init ();

  g_test_add_func ("/network/sentences", test_sentences);
  g_test_add_func ("/network/gold/relations", test_gold_relations);
  g_test_add_func ("/network/gold/evidence", test_gold_evidence);
  g_test_add_func ("/network/gold/comentions", test_gold_comentions);
  g_test_add_func ("/network/filters", test_filters);
  g_test_add_func ("/network/filters/status", test_filter_status);
  g_test_add_func ("/network/filters/documents", test_filter_documents);
  g_test_add_func ("/network/filters/bad-dates", test_bad_dates);
  g_test_add_func ("/network/corpus", test_corpus);
  g_test_add_func ("/network/small-networks", test_small_networks);
  g_test_add_func ("/network/messages", test_messages);
  g_test_add_func ("/network/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/network/layout/stable", test_layout_stable);
  g_test_add_func ("/network/layout/filter-keeps-places", test_layout_filter_keeps_places);
  g_test_add_func ("/network/layout/pinned", test_layout_pinned);
  g_test_add_func ("/network/layout/bad-positions", test_bad_positions);
  g_test_add_func ("/network/layout/async", test_layout_async);
  g_test_add_func ("/network/measures", test_measures);
  g_test_add_func ("/network/filter/many-documents", test_filter_many_documents);
  g_test_add_func ("/network/frame/subtitle-direction", test_frame_subtitle_direction);
  g_test_add_func ("/network/counts", test_counts);
  g_test_add_func ("/network/timeline", test_timeline);
  g_test_add_func ("/network/timeline/undated", test_timeline_undated);
  g_test_add_func ("/network/scene/labels", test_scene_labels);
  g_test_add_func ("/network/scene/fit", test_scene_fit);
  g_test_add_func ("/network/scene/view", test_scene_view);
  g_test_add_func ("/network/scene/big", test_scene_big);
  g_test_add_func ("/network/bar-chart/direction", test_bar_chart_direction);
  g_test_add_func ("/network/pictures", test_pictures);
  g_test_add_func ("/network/files", test_files);
  g_test_add_func ("/network/unwritable", test_unwritable);

  return g_test_run ();
}
