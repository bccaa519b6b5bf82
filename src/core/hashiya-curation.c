/* hashiya-curation.c — a curated document from annotators' versions: what
 * all agree on, or what most chose, taken in one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-curation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-curation.h"
#include "hashiya-document-conflicts.h"
#include "hashiya-error.h"

/* The agreement aligns the versions into units (a span at least one
 * annotator marked, and each one's label there: an actor or "none").
 * A unit is taken when its winning label is an actor: the label of every
 * annotator with a version (all agree), or of more than half of them
 * (majority), on the same span. Relations are compared as (type, source
 * span and actor, target span and actor), mutual types either way round,
 * and taken by the same rule between mentions the curated document has.
 * Each mention and relation taken records the annotators whose versions
 * had it (curated_from); one already in the document only gets that
 * record. */

/* A label's annotators in a unit, and whether they marked one span. */
typedef struct
{
  const char *label;
  GPtrArray  *annotators;   /* const char * */
  guint       first;        /* the first of them, whose mention is taken */
  gboolean    same_span;
} Vote;

static void
vote_free (Vote *vote)
{
  g_ptr_array_unref (vote->annotators);
  g_free (vote);
}

static gboolean
wins (guint               votes,
      guint               voters,
      HashiyaCurationRule rule)
{
  if (rule == HASHIYA_CURATION_ALL_AGREE)
    return voters > 0 && votes == voters;
  return 2 * votes > voters;
}

static char *
span_key (guint       start,
          guint       end,
          const char *actor)
{
  return g_strdup_printf ("%u:%u:%s", start, end, actor);
}

static char *
mention_key (HashiyaMention *mention)
{
  return span_key (hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                   hashiya_mention_get_actor (mention));
}

/* The curated document's mentions by span and actor. */
static GHashTable *
index_mentions (HashiyaDocument *document)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < hashiya_document_get_n_mentions (document); i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      g_hash_table_insert (index, mention_key (mention), mention);
    }
  return index;
}

/* Takes @mention (of a version) into @curated, with its actor when the
 * curated catalogue lacks it, unless it has one of that span and actor;
 * records who agreed. */
static gboolean
take_mention (HashiyaDocument   *curated,
              HashiyaDocument   *version,
              HashiyaMention    *mention,
              GPtrArray         *annotators,
              GHashTable        *index,
              GError           **error)
{
  g_autofree char *key = mention_key (mention);
  HashiyaMention *existing = g_hash_table_lookup (index, key);
  const char *actor_id = hashiya_mention_get_actor (mention);

  if (existing == NULL)
    {
      g_autofree char *id = hashiya_document_new_mention_id (curated);
      g_autoptr(HashiyaMention) copy = hashiya_mention_new (id, hashiya_mention_get_start (mention),
                                                            hashiya_mention_get_end (mention), actor_id);

      if (hashiya_catalog_lookup (hashiya_document_get_catalog (curated), actor_id) == NULL)
        {
          HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (version), actor_id);
          g_autoptr(HashiyaActor) actor_copy = actor != NULL ? hashiya_actor_copy (actor) : NULL;

          if (actor_copy == NULL || !hashiya_document_add_actor (curated, actor_copy, error))
            return FALSE;
        }
      hashiya_mention_set_mention_type (copy, hashiya_mention_get_mention_type (mention));
      hashiya_mention_set_label (copy, hashiya_mention_get_label (mention));
      hashiya_mention_set_note (copy, hashiya_mention_get_note (mention));
      hashiya_mention_set_author (copy, hashiya_document_get_author (curated));
      if (!hashiya_document_add_mention (curated, copy, error))
        return FALSE;
      existing = hashiya_document_lookup_mention (curated, id);
      g_hash_table_insert (index, g_steal_pointer (&key), existing);
    }
  g_ptr_array_add (annotators, NULL);
  hashiya_document_set_curated_from (curated, G_OBJECT (existing), (const char * const *) annotators->pdata);
  g_ptr_array_remove_index (annotators, annotators->len - 1);
  return TRUE;
}

/* The winning vote of @unit, or %NULL. */
static Vote *
count_unit (HashiyaAgreement     *agreement,
            HashiyaAgreementUnit *unit,
            HashiyaCurationRule   rule)
{
  g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func ((GDestroyNotify) vote_free);
  guint n = hashiya_agreement_unit_get_n_annotators (unit);
  guint voters = 0;

  for (guint a = 0; a < n; a++)
    {
      const char *label = hashiya_agreement_unit_get_label (unit, a);
      HashiyaMention *mention = hashiya_agreement_unit_get_mention (unit, a);
      Vote *vote = NULL;

      if (label == NULL)
        continue;
      voters++;
      for (guint v = 0; v < votes->len && vote == NULL; v++)
        if (strcmp (((Vote *) g_ptr_array_index (votes, v))->label, label) == 0)
          vote = g_ptr_array_index (votes, v);
      if (vote == NULL)
        {
          vote = g_new0 (Vote, 1);
          vote->label = label;
          vote->annotators = g_ptr_array_new ();
          vote->first = a;
          vote->same_span = TRUE;
          g_ptr_array_add (votes, vote);
        }
      else if (mention != NULL)
        {
          HashiyaMention *first = hashiya_agreement_unit_get_mention (unit, vote->first);

          vote->same_span = vote->same_span && hashiya_mention_get_start (first) == hashiya_mention_get_start (mention) &&
                            hashiya_mention_get_end (first) == hashiya_mention_get_end (mention);
        }
      g_ptr_array_add (vote->annotators, (gpointer) hashiya_agreement_get_annotator (agreement, a));
    }
  for (guint v = 0; v < votes->len; v++)
    {
      Vote *vote = g_ptr_array_index (votes, v);

      if (strcmp (vote->label, HASHIYA_AGREEMENT_NONE) != 0 && vote->same_span &&
          wins (vote->annotators->len, voters, rule))
        return g_ptr_array_steal_index (votes, v);
    }
  return NULL;
}

/* A version's document by annotator, among the versions of @text. */
static HashiyaDocument *
version_of (HashiyaAgreement *agreement,
            guint             annotator,
            HashiyaText      *text)
{
  for (guint v = 0; v < hashiya_agreement_get_n_versions (agreement); v++)
    {
      guint a = 0;
      HashiyaDocument *document = hashiya_agreement_get_version (agreement, v, NULL, &a);

      if (a == annotator && strcmp (hashiya_text_get_sha256 (hashiya_document_get_text (document)),
                                    hashiya_text_get_sha256 (text)) == 0)
        return document;
    }
  return NULL;
}

/* "type|source|target" with each end as span and actor; mutual types
 * with their ends in order. */
static char *
relation_key (HashiyaDocument *document,
              HashiyaRelation *relation)
{
  HashiyaMention *ends[2] = { hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation)),
                              hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation)) };
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (hashiya_document_get_relation_catalog (document),
                                                               hashiya_relation_get_relation_type (relation));
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;

  if (ends[0] == NULL || ends[1] == NULL)
    return NULL;
  source = mention_key (ends[0]);
  target = mention_key (ends[1]);
  if (type != NULL && hashiya_relation_type_get_mutual (type) && strcmp (source, target) > 0)
    return g_strdup_printf ("%s|%s|%s", hashiya_relation_get_relation_type (relation), target, source);
  return g_strdup_printf ("%s|%s|%s", hashiya_relation_get_relation_type (relation), source, target);
}

typedef struct
{
  HashiyaDocument *version;
  HashiyaRelation *relation;
  GPtrArray       *annotators;
} RelationVote;

static void
relation_vote_free (RelationVote *vote)
{
  g_ptr_array_unref (vote->annotators);
  g_free (vote);
}

static gboolean
take_relations (HashiyaDocument      *curated,
                HashiyaAgreement     *agreement,
                HashiyaCurationRule   rule,
                GHashTable           *index,
                guint                *n_taken,
                GError              **error)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) relation_vote_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *curated_relations = hashiya_document_get_relations (curated);
  guint voters = 0;

  for (guint i = 0; i < g_list_model_get_n_items (curated_relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (curated_relations, i);
      char *key = relation_key (curated, relation);

      if (key != NULL)
        g_hash_table_insert (existing, key, relation);
    }
  for (guint a = 0; a < hashiya_agreement_get_n_annotators (agreement); a++)
    {
      HashiyaDocument *version = version_of (agreement, a, hashiya_document_get_text (curated));
      GListModel *relations;

      if (version == NULL)
        continue;
      voters++;
      relations = hashiya_document_get_relations (version);
      for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
        {
          g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
          g_autofree char *key = relation_key (version, relation);
          RelationVote *vote;

          if (key == NULL)
            continue;
          vote = g_hash_table_lookup (votes, key);
          if (vote == NULL)
            {
              vote = g_new0 (RelationVote, 1);
              vote->version = version;
              vote->relation = relation;
              vote->annotators = g_ptr_array_new ();
              g_ptr_array_add (order, vote);
              g_hash_table_insert (votes, g_steal_pointer (&key), vote);
            }
          if (vote->annotators->len == 0 ||
              g_ptr_array_index (vote->annotators, vote->annotators->len - 1) != hashiya_agreement_get_annotator (agreement, a))
            g_ptr_array_add (vote->annotators, (gpointer) hashiya_agreement_get_annotator (agreement, a));
        }
    }

  for (guint i = 0; i < order->len; i++)
    {
      RelationVote *vote = g_ptr_array_index (order, i);
      HashiyaMention *ends[2];
      HashiyaRelation *taken;
      g_autofree char *key = NULL;

      if (!wins (vote->annotators->len, voters, rule))
        continue;
      for (guint e = 0; e < 2; e++)
        {
          HashiyaMention *end = hashiya_document_lookup_mention (vote->version,
                                                                 e == 0 ? hashiya_relation_get_source (vote->relation)
                                                                        : hashiya_relation_get_target (vote->relation));
          g_autofree char *end_key = mention_key (end);

          ends[e] = g_hash_table_lookup (index, end_key);
        }
      if (ends[0] == NULL || ends[1] == NULL)
        continue;
      key = relation_key (vote->version, vote->relation);
      taken = g_hash_table_lookup (existing, key);
      if (taken == NULL)
        {
          g_autoptr(HashiyaRelation) copy = NULL;
          g_autofree char *id = hashiya_document_new_relation_id (curated);
          guint start, end;

          copy = hashiya_relation_new (id, hashiya_relation_get_relation_type (vote->relation),
                                       hashiya_mention_get_id (ends[0]), hashiya_mention_get_id (ends[1]));
          if (hashiya_relation_get_trigger (vote->relation, &start, &end))
            hashiya_relation_set_trigger (copy, start, end);
          hashiya_relation_set_mode (copy, hashiya_relation_get_mode (vote->relation));
          hashiya_relation_set_negated (copy, hashiya_relation_get_negated (vote->relation));
          hashiya_relation_set_modality (copy, hashiya_relation_get_modality (vote->relation));
          hashiya_relation_set_note (copy, hashiya_relation_get_note (vote->relation));
          hashiya_relation_set_author (copy, hashiya_document_get_author (curated));
          if (!hashiya_document_add_relation (curated, copy, error))
            return FALSE;
          taken = hashiya_document_lookup_relation (curated, id);
        }
      g_ptr_array_add (vote->annotators, NULL);
      hashiya_document_set_curated_from (curated, G_OBJECT (taken), (const char * const *) vote->annotators->pdata);
      g_ptr_array_remove_index (vote->annotators, vote->annotators->len - 1);
      (*n_taken)++;
    }
  return TRUE;
}

/* The annotators with a version of @text, or %NULL with @error set. */
static GStrv
text_annotators (HashiyaAgreement  *agreement,
                 HashiyaText       *text,
                 GError           **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) annotators = NULL;

  for (guint a = 0; a < hashiya_agreement_get_n_annotators (agreement); a++)
    if (version_of (agreement, a, text) != NULL)
      g_strv_builder_add (names, hashiya_agreement_get_annotator (agreement, a));
  annotators = g_strv_builder_end (names);
  if (annotators[0] == NULL)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                           _("None of the versions is of the curated document’s text"));
      return NULL;
    }
  return g_steal_pointer (&annotators);
}

/**
 * hashiya_curation_accept:
 * @curated: the curated document: a document of the same text
 * @agreement: the annotators' versions, computed
 *   (hashiya_agreement_compute())
 * @text_name: (nullable): which text of @agreement, when it has several
 * @rule: what to take
 *
 * "Accept everything all agree on" (%HASHIYA_CURATION_ALL_AGREE) or
 * "accept the majority" (%HASHIYA_CURATION_MAJORITY): the mentions and
 * relations the rule picks are taken into @curated, each recording which
 * annotators had it (hashiya_document_get_curated_from()), and the
 * document records whose versions it was curated from, all as one undo
 * step. What the document has already is kept, and only gets the record.
 *
 * Returns: how many mentions and relations were taken or recorded; 0
 *   with @error set when @curated is of another text or a version's
 *   mention cannot be added (nothing is changed then)
 */
guint
hashiya_curation_accept (HashiyaDocument      *curated,
                         HashiyaAgreement     *agreement,
                         const char           *text_name,
                         HashiyaCurationRule   rule,
                         GError              **error)
{
  g_autoptr(GHashTable) index = NULL;
  g_auto(GStrv) annotators = NULL;
  HashiyaUndoStack *undo_stack;
  GListModel *units;
  HashiyaText *text;
  guint n_taken = 0;
  guint64 position;
  gboolean ok = TRUE;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (curated), 0);
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (agreement), 0);
  g_return_val_if_fail (rule <= HASHIYA_CURATION_MAJORITY, 0);

  text = hashiya_document_get_text (curated);
  if ((annotators = text_annotators (agreement, text, error)) == NULL)
    return 0;

  index = index_mentions (curated);
  units = hashiya_agreement_get_units (agreement);
  undo_stack = hashiya_document_get_undo_stack (curated);
  position = hashiya_undo_stack_get_position (undo_stack);
  hashiya_undo_stack_begin_group (undo_stack, rule == HASHIYA_CURATION_ALL_AGREE ? "Accept what all agree on"
                                                                                : "Accept the majority");
  for (guint u = 0; ok && u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(HashiyaAgreementUnit) unit = g_list_model_get_item (units, u);
      Vote *vote;
      HashiyaMention *mention;

      if (text_name != NULL && g_strcmp0 (hashiya_agreement_unit_get_text_name (unit), text_name) != 0)
        continue;
      if ((vote = count_unit (agreement, unit, rule)) == NULL)
        continue;
      mention = hashiya_agreement_unit_get_mention (unit, vote->first);
      ok = take_mention (curated, version_of (agreement, vote->first, text), mention, vote->annotators, index, error);
      n_taken++;
      vote_free (vote);
    }
  ok = ok && take_relations (curated, agreement, rule, index, &n_taken, error);
  if (ok)
    hashiya_document_set_curation_annotators (curated, (const char * const *) annotators);
  hashiya_undo_stack_end_group (undo_stack);
  if (!ok)
    {
      /* What was taken before the failure goes again. */
      if (hashiya_undo_stack_get_position (undo_stack) != position)
        hashiya_undo_stack_undo (undo_stack);
      return 0;
    }
  return n_taken;
}

/* The curated document's mentions that stand for @unit: those of the
 * span and actor of a version's mention in it, each once. */
static GPtrArray *
unit_mentions (HashiyaDocument      *curated,
               HashiyaAgreementUnit *unit)
{
  g_autoptr(GHashTable) index = index_mentions (curated);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint a = 0; a < hashiya_agreement_unit_get_n_annotators (unit); a++)
    {
      HashiyaMention *mention = hashiya_agreement_unit_get_mention (unit, a);
      g_autofree char *key = mention != NULL ? mention_key (mention) : NULL;
      HashiyaMention *existing = key != NULL ? g_hash_table_lookup (index, key) : NULL;

      if (existing != NULL && !g_ptr_array_find (found, existing, NULL))
        g_ptr_array_add (found, g_object_ref (existing));
    }
  return found;
}

/* @current given the span, actor and words of @chosen (a version's),
 * keeping its id and relations. */
static gboolean
update_to (HashiyaDocument  *curated,
           HashiyaDocument  *version,
           HashiyaMention   *current,
           HashiyaMention   *chosen,
           GError          **error)
{
  g_autoptr(HashiyaMention) state = hashiya_mention_copy (current);
  const char *actor_id = hashiya_mention_get_actor (chosen);

  if (hashiya_catalog_lookup (hashiya_document_get_catalog (curated), actor_id) == NULL)
    {
      HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (version), actor_id);
      g_autoptr(HashiyaActor) actor_copy = actor != NULL ? hashiya_actor_copy (actor) : NULL;

      if (actor_copy == NULL || !hashiya_document_add_actor (curated, actor_copy, error))
        return FALSE;
    }
  hashiya_mention_set_span (state, hashiya_mention_get_start (chosen), hashiya_mention_get_end (chosen));
  hashiya_mention_set_actor (state, actor_id);
  hashiya_mention_set_mention_type (state, hashiya_mention_get_mention_type (chosen));
  hashiya_mention_set_label (state, hashiya_mention_get_label (chosen));
  hashiya_mention_set_note (state, hashiya_mention_get_note (chosen));
  hashiya_mention_set_author (state, hashiya_document_get_author (curated));
  return hashiya_document_update_mention (curated, current, state, error);
}

/**
 * hashiya_curation_take_unit:
 * @curated: the curated document: a document of the same text
 * @agreement: the annotators' versions, computed
 * @unit: one of @agreement's units, of @curated's text
 * @annotator: whose version to take (an index of
 *   hashiya_agreement_get_annotator()), or %HASHIYA_CURATION_NONE to
 *   take none
 *
 * Settles one unit in the curated document, as one undo step: the
 * mention that stood for it there (one of the span and actor of a
 * version's mention in the unit) becomes @annotator's, keeping its id
 * and relations, or goes with %HASHIYA_CURATION_NONE; when there was
 * none, @annotator's is added. The mention records the annotators who
 * marked the same span with the same actor (curated_from). Editing by
 * hand is editing the curated document as usual.
 *
 * Returns: %FALSE with @error set when @annotator has no version of the
 *   text, marked nothing there, or its mention cannot be taken (nothing
 *   changes then)
 */
gboolean
hashiya_curation_take_unit (HashiyaDocument       *curated,
                            HashiyaAgreement      *agreement,
                            HashiyaAgreementUnit  *unit,
                            guint                  annotator,
                            GError               **error)
{
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) agreed = g_ptr_array_new ();
  g_auto(GStrv) annotators = NULL;
  HashiyaUndoStack *undo_stack;
  HashiyaMention *chosen = NULL;
  HashiyaMention *kept = NULL;
  HashiyaDocument *version = NULL;
  HashiyaText *text;
  guint64 position;
  gboolean ok = TRUE;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (curated), FALSE);
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT_UNIT (unit), FALSE);
  g_return_val_if_fail (annotator == HASHIYA_CURATION_NONE ||
                        annotator < hashiya_agreement_unit_get_n_annotators (unit), FALSE);

  text = hashiya_document_get_text (curated);
  if ((annotators = text_annotators (agreement, text, error)) == NULL)
    return FALSE;
  if (annotator != HASHIYA_CURATION_NONE)
    {
      const char *name = hashiya_agreement_get_annotator (agreement, annotator);

      version = version_of (agreement, annotator, text);
      chosen = hashiya_agreement_unit_get_mention (unit, annotator);
      if (version == NULL || hashiya_agreement_unit_get_label (unit, annotator) == NULL)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s has no version of this text"), name);
          return FALSE;
        }
      if (chosen == NULL)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s marked nothing here: take none instead"), name);
          return FALSE;
        }
      for (guint a = 0; a < hashiya_agreement_unit_get_n_annotators (unit); a++)
        {
          HashiyaMention *mention = hashiya_agreement_unit_get_mention (unit, a);

          if (mention != NULL && hashiya_mention_get_start (mention) == hashiya_mention_get_start (chosen) &&
              hashiya_mention_get_end (mention) == hashiya_mention_get_end (chosen) &&
              g_strcmp0 (hashiya_mention_get_actor (mention), hashiya_mention_get_actor (chosen)) == 0)
            g_ptr_array_add (agreed, (gpointer) hashiya_agreement_get_annotator (agreement, a));
        }
    }

  current = unit_mentions (curated, unit);
  /* The mention to keep: one already of the chosen span and actor, else
   * the first that stood for the unit. */
  for (guint i = 0; chosen != NULL && i < current->len && kept == NULL; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (current, i);
      g_autofree char *key = mention_key (mention);
      g_autofree char *chosen_key = mention_key (chosen);

      if (strcmp (key, chosen_key) == 0)
        kept = mention;
    }
  if (chosen != NULL && kept == NULL && current->len > 0)
    kept = g_ptr_array_index (current, 0);

  undo_stack = hashiya_document_get_undo_stack (curated);
  position = hashiya_undo_stack_get_position (undo_stack);
  hashiya_undo_stack_begin_group (undo_stack, "Take a version");
  for (guint i = 0; i < current->len; i++)
    if (g_ptr_array_index (current, i) != kept)
      hashiya_document_remove_mention (curated, g_ptr_array_index (current, i));
  if (chosen != NULL)
    {
      if (kept != NULL)
        ok = update_to (curated, version, kept, chosen, error);
      else
        {
          g_autoptr(GHashTable) index = index_mentions (curated);

          ok = take_mention (curated, version, chosen, agreed, index, error);
        }
      if (ok && kept != NULL)
        {
          g_ptr_array_add (agreed, NULL);
          hashiya_document_set_curated_from (curated, G_OBJECT (kept), (const char * const *) agreed->pdata);
        }
    }
  if (ok)
    hashiya_document_set_curation_annotators (curated, (const char * const *) annotators);
  hashiya_undo_stack_end_group (undo_stack);
  if (!ok && hashiya_undo_stack_get_position (undo_stack) != position)
    hashiya_undo_stack_undo (undo_stack);
  return ok;
}
