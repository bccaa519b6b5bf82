/* hashiya-network-evidence.c — a sentence that shows a node or a link of
 * a network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window lists when a node or an edge is clicked: the sentence
 * of a document (offsets in code points into its text), the spans to
 * highlight in it (the mentions, and the trigger of a relation), and the
 * mention or relation it is about, to open it in the text.
 */

#define G_LOG_DOMAIN "hashiya-network"

#include "config.h"

#include "hashiya-network-evidence.h"
#include "hashiya-sentences.h"

struct _HashiyaNetworkEvidence
{
  GObject                 parent_instance;

  HashiyaNetworkDocument *document;
  guint                   start;
  guint                   end;
  GArray                 *highlights;  /* HashiyaSpan */
  HashiyaMention         *mention;
  HashiyaRelation        *relation;
};

G_DEFINE_FINAL_TYPE (HashiyaNetworkEvidence, hashiya_network_evidence, G_TYPE_OBJECT)

static void
hashiya_network_evidence_finalize (GObject *object)
{
  HashiyaNetworkEvidence *self = HASHIYA_NETWORK_EVIDENCE (object);

  g_clear_pointer (&self->document, hashiya_network_document_unref);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_object (&self->mention);
  g_clear_object (&self->relation);

  G_OBJECT_CLASS (hashiya_network_evidence_parent_class)->finalize (object);
}

static void
hashiya_network_evidence_class_init (HashiyaNetworkEvidenceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_network_evidence_finalize;
}

static void
hashiya_network_evidence_init (HashiyaNetworkEvidence *self)
{
  self->highlights = g_array_new (FALSE, FALSE, sizeof (HashiyaSpan));
}

/**
 * hashiya_network_evidence_new:
 * @start: where the sentence starts in the document's text, code points
 * @end: where it ends
 *
 * Returns: (transfer full): the evidence, with nothing highlighted yet
 */
HashiyaNetworkEvidence *
hashiya_network_evidence_new (HashiyaNetworkDocument *document,
                              guint                   start,
                              guint                   end)
{
  HashiyaNetworkEvidence *self;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (HASHIYA_TYPE_NETWORK_EVIDENCE, NULL);
  self->document = hashiya_network_document_ref (document);
  self->start = start;
  self->end = end;
  return self;
}

void
hashiya_network_evidence_add_highlight (HashiyaNetworkEvidence *self,
                                        guint                   start,
                                        guint                   end)
{
  HashiyaSpan span = { start, end };

  g_return_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self));
  g_return_if_fail (start <= end);

  g_array_append_val (self->highlights, span);
}

void
hashiya_network_evidence_set_mention (HashiyaNetworkEvidence *self,
                                      HashiyaMention         *mention)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self));

  g_set_object (&self->mention, mention);
}

void
hashiya_network_evidence_set_relation (HashiyaNetworkEvidence *self,
                                       HashiyaRelation        *relation)
{
  g_return_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self));

  g_set_object (&self->relation, relation);
}

/**
 * hashiya_network_evidence_get_document:
 *
 * Returns: (transfer none): the document it is in
 */
HashiyaNetworkDocument *
hashiya_network_evidence_get_document (HashiyaNetworkEvidence *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), NULL);
  return self->document;
}

/**
 * hashiya_network_evidence_get_mention:
 *
 * Returns: (transfer none) (nullable): the mention a node's evidence is
 */
HashiyaMention *
hashiya_network_evidence_get_mention (HashiyaNetworkEvidence *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), NULL);
  return self->mention;
}

/**
 * hashiya_network_evidence_get_relation:
 *
 * Returns: (transfer none) (nullable): the relation a link's evidence
 *   is; %NULL for co-mentions
 */
HashiyaRelation *
hashiya_network_evidence_get_relation (HashiyaNetworkEvidence *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), NULL);
  return self->relation;
}

guint
hashiya_network_evidence_get_start (HashiyaNetworkEvidence *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), 0);
  return self->start;
}

guint
hashiya_network_evidence_get_end (HashiyaNetworkEvidence *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), 0);
  return self->end;
}

/**
 * hashiya_network_evidence_dup_text:
 *
 * Returns: (transfer full): the sentence
 */
char *
hashiya_network_evidence_dup_text (HashiyaNetworkEvidence *self)
{
  HashiyaDocument *document;

  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), NULL);

  document = hashiya_network_document_get_document (self->document);
  return hashiya_text_slice (hashiya_document_get_text (document), self->start, self->end);
}

guint
hashiya_network_evidence_get_n_highlights (HashiyaNetworkEvidence *self)
{
  g_return_val_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self), 0);
  return self->highlights->len;
}

/**
 * hashiya_network_evidence_get_highlight:
 * @start: (out): where it starts in the document's text, code points
 * @end: (out): where it ends
 */
void
hashiya_network_evidence_get_highlight (HashiyaNetworkEvidence *self,
                                        guint                   position,
                                        guint                  *start,
                                        guint                  *end)
{
  HashiyaSpan *span;

  g_return_if_fail (HASHIYA_IS_NETWORK_EVIDENCE (self));
  g_return_if_fail (position < self->highlights->len);

  span = &g_array_index (self->highlights, HashiyaSpan, position);
  if (start != NULL)
    *start = span->start;
  if (end != NULL)
    *end = span->end;
}
