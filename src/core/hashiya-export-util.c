/* hashiya-export-util.c — what every export format shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options of an export, and the helpers the writers call; the
 * dispatch to the writers is hashiya-export.c, above them.
 */

#define G_LOG_DOMAIN "hashiya-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-enum-types.h"
#include "hashiya-export-util.h"
#include "hashiya-sentences.h"

HashiyaExportOptions *
hashiya_export_options_new (const char *title)
{
  HashiyaExportOptions *options = g_new0 (HashiyaExportOptions, 1);

  options->title = g_strdup (title != NULL && *title != '\0' ? title : "document");
  return options;
}

HashiyaExportOptions *
hashiya_export_options_copy (const HashiyaExportOptions *options)
{
  HashiyaExportOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  copy->title = g_strdup (options->title);
  return copy;
}

void
hashiya_export_options_free (HashiyaExportOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->title);
  g_free (options);
}

/**
 * hashiya_export_format_extension:
 *
 * Returns: the file name extension of @format, without the dot; "" for
 *   brat, which writes a folder
 */
const char *
hashiya_export_format_extension (HashiyaExportFormat format)
{
  static const char * const extensions[] = {
    [HASHIYA_EXPORT_BRAT] = "",
    [HASHIYA_EXPORT_W3C] = "jsonld",
    [HASHIYA_EXPORT_CONLL] = "conll",
    [HASHIYA_EXPORT_JSONL] = "jsonl",
    [HASHIYA_EXPORT_HTML] = "html",
    [HASHIYA_EXPORT_CSV] = "csv",
    [HASHIYA_EXPORT_PDF] = "pdf",
  };

  g_return_val_if_fail (format <= HASHIYA_EXPORT_PDF, "");
  return extensions[format];
}

/**
 * hashiya_export_mentions:
 *
 * Returns: (transfer container) (element-type HashiyaMention): the
 *   mentions to export, in text order
 */
GPtrArray *
hashiya_export_mentions (HashiyaDocument            *document,
                         const HashiyaExportOptions *options)
{
  guint n = hashiya_document_get_n_mentions (document);
  GPtrArray *mentions = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (options->skip_suggestions &&
          hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        continue;
      g_ptr_array_add (mentions, mention);
    }
  return mentions;
}

/* "state" → "State", the label NER tools show. */
char *
hashiya_export_kind_label (HashiyaActorKind kind)
{
  char *label = g_strdup (hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, kind));

  label[0] = g_ascii_toupper (label[0]);
  return label;
}

/**
 * hashiya_export_newline_name:
 *
 * Returns: "CRLF", "LF" or "none": how the lines of @text end
 */
const char *
hashiya_export_newline_name (HashiyaText *text)
{
  const char *data = hashiya_text_get_data (text, NULL);

  if (strstr (data, "\r\n") != NULL)
    return "CRLF";
  if (strchr (data, '\n') != NULL)
    return "LF";
  return "none";
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * hashiya_export_word_end:
 *
 * Returns: the end of the word in which something ending at @end ends:
 *   a number put inside a word would break the joining of its letters
 */
guint
hashiya_export_word_end (HashiyaText *text,
                         guint        end)
{
  guint length = hashiya_text_get_length (text);

  if (end == 0 || !is_word_char (hashiya_text_get_char (text, end - 1)))
    return end;
  while (end < length && is_word_char (hashiya_text_get_char (text, end)))
    end++;
  return end;
}

/**
 * hashiya_export_relations:
 * @mentions: (element-type HashiyaMention): the mentions the export shows
 * @skip_suggestions: leave out relations not yet reviewed
 *
 * Returns: (transfer container) (element-type HashiyaRelation): the
 *   relations both of whose ends the export shows, in the order of their
 *   ids; an end lost in a new version of the text (an orphan) is shown
 *   by no export, and its relations neither
 */
GPtrArray *
hashiya_export_relations (HashiyaDocument *document,
                          GPtrArray       *mentions,
                          gboolean         skip_suggestions)
{
  GListModel *relations = hashiya_document_get_relations (document);
  guint n = g_list_model_get_n_items (relations);
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);
  GPtrArray *exported = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < mentions->len; i++)
    g_hash_table_add (shown, g_ptr_array_index (mentions, i));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      HashiyaMention *source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
      HashiyaMention *target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));

      if (source == NULL || target == NULL || !g_hash_table_contains (shown, source) ||
          !g_hash_table_contains (shown, target))
        continue;
      if (skip_suggestions && hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
        continue;
      g_ptr_array_add (exported, g_steal_pointer (&relation));
    }
  return exported;
}

/**
 * hashiya_export_relation_extent:
 * @start: (out): where the first of its ends and its trigger starts
 * @end: (out): where the last of them ends
 *
 * The words of the text @relation is made of. Its ends are mentions of
 * @document (not orphans).
 */
void
hashiya_export_relation_extent (HashiyaDocument *document,
                                HashiyaRelation *relation,
                                guint           *start,
                                guint           *end)
{
  HashiyaMention *source = hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation));
  HashiyaMention *target = hashiya_document_lookup_mention (document, hashiya_relation_get_target (relation));
  guint trigger_start, trigger_end;

  g_return_if_fail (source != NULL && target != NULL);

  *start = MIN (hashiya_mention_get_start (source), hashiya_mention_get_start (target));
  *end = MAX (hashiya_mention_get_end (source), hashiya_mention_get_end (target));
  if (hashiya_relation_get_trigger (relation, &trigger_start, &trigger_end))
    {
      *start = MIN (*start, trigger_start);
      *end = MAX (*end, trigger_end);
    }
}

#define SENTENCE_REACH 300  /* code points, on each side of a relation */

/**
 * hashiya_export_relation_sentence:
 * @start: (out): the start of the sentence
 * @end: (out): its end
 *
 * The sentence (or sentences) that hold @relation: from the one of its
 * first word to the one of its last. Sentences end at . ! ? ؟ ۔ and …
 * before a space, and at line breaks; a sentence longer than a few
 * hundred letters on either side is cut at a space.
 */
void
hashiya_export_relation_sentence (HashiyaDocument *document,
                                  HashiyaRelation *relation,
                                  guint           *start,
                                  guint           *end)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint length = hashiya_text_get_length (text);
  guint first, last;

  hashiya_export_relation_extent (document, relation, &first, &last);

  for (*start = first; *start > 0; (*start)--)
    {
      gunichar before = hashiya_text_get_char (text, *start - 1);

      if (hashiya_is_line_break (before) ||
          (hashiya_sentence_ends_after (before) && g_unichar_isspace (hashiya_text_get_char (text, *start))))
        break;
      if (first - *start >= SENTENCE_REACH && g_unichar_isspace (before))
        break;
    }
  for (*end = last; *end < length; (*end)++)
    {
      gunichar c = hashiya_text_get_char (text, *end);

      if (hashiya_is_line_break (c) || (*end - last >= SENTENCE_REACH && g_unichar_isspace (c)))
        break;
      if (hashiya_sentence_ends_after (c) && (*end + 1 == length || g_unichar_isspace (hashiya_text_get_char (text, *end + 1))))
        {
          (*end)++;
          break;
        }
    }
  while (*start < first && g_unichar_isspace (hashiya_text_get_char (text, *start)))
    (*start)++;
}

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  guint offset_a = ((const HashiyaRelationMarker *) a)->offset;
  guint offset_b = ((const HashiyaRelationMarker *) b)->offset;

  return offset_a < offset_b ? -1 : offset_a > offset_b;
}

/**
 * hashiya_export_relation_markers:
 * @relations: (element-type HashiyaRelation): the relations an export shows
 *
 * Returns: (transfer full) (element-type HashiyaRelationMarker): where
 *   each relation's number goes in the text, in the order of the text
 *   (relations at one place in the order of @relations): after the word
 *   in which its trigger ends, or else its source mention
 */
GArray *
hashiya_export_relation_markers (HashiyaDocument *document,
                                 GPtrArray       *relations)
{
  HashiyaText *text = hashiya_document_get_text (document);
  GArray *markers = g_array_sized_new (FALSE, FALSE, sizeof (HashiyaRelationMarker), relations->len);

  for (guint i = 0; i < relations->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (relations, i);
      HashiyaRelationMarker marker = { relation, 0 };
      guint start, end;

      if (!hashiya_relation_get_trigger (relation, &start, &end))
        end = hashiya_mention_get_end (hashiya_document_lookup_mention (document, hashiya_relation_get_source (relation)));
      marker.offset = hashiya_export_word_end (text, end);
      g_array_append_val (markers, marker);
    }
  /* A stable sort: relations at one place keep their order. */
  g_array_sort (markers, compare_markers);
  return markers;
}

/**
 * hashiya_export_relation_details:
 *
 * Returns: (transfer full) (nullable): what @relation says besides its
 *   type and its ends: "host · not · future · suggested", or %NULL
 */
char *
hashiya_export_relation_details (HashiyaRelation *relation)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *mode = hashiya_relation_get_mode (relation);

  if (mode != NULL)
    g_ptr_array_add (parts, (gpointer) mode);
  if (hashiya_relation_get_negated (relation))
    g_ptr_array_add (parts, _("did not happen"));
  if (hashiya_relation_get_modality (relation) == HASHIYA_MODALITY_FUTURE)
    g_ptr_array_add (parts, _("future"));
  else if (hashiya_relation_get_modality (relation) == HASHIYA_MODALITY_HYPOTHETICAL)
    g_ptr_array_add (parts, _("hypothetical"));
  if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
    g_ptr_array_add (parts, _("suggested"));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/**
 * hashiya_export_relation_type_name:
 *
 * Returns: the name of @relation's type a page of Arabic shows: its
 *   Arabic name, else its English one, else its id
 */
const char *
hashiya_export_relation_type_name (HashiyaDocument *document,
                                   HashiyaRelation *relation)
{
  HashiyaRelationCatalog *catalog = hashiya_document_get_relation_catalog (document);
  HashiyaRelationType *type = hashiya_relation_catalog_lookup (catalog, hashiya_relation_get_relation_type (relation));

  if (type != NULL && hashiya_relation_type_get_name_ar (type) != NULL)
    return hashiya_relation_type_get_name_ar (type);
  if (type != NULL && hashiya_relation_type_get_name_en (type) != NULL)
    return hashiya_relation_type_get_name_en (type);
  return hashiya_relation_get_relation_type (relation);
}

/**
 * hashiya_export_relation_end:
 * @mention_id: a mention of @document, an end of a relation
 *
 * Returns: (transfer full): how a list of relations names it: its text,
 *   and its actor's Arabic name when that is not its text: "باكو
 *   (أذربيجان)"
 */
char *
hashiya_export_relation_end (HashiyaDocument *document,
                             const char      *mention_id)
{
  HashiyaMention *mention = hashiya_document_lookup_mention (document, mention_id);
  HashiyaActor *actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document),
                                                hashiya_mention_get_actor (mention));
  g_autofree char *covered = hashiya_text_slice (hashiya_document_get_text (document),
                                                 hashiya_mention_get_start (mention),
                                                 hashiya_mention_get_end (mention));
  const char *name = actor != NULL ? hashiya_actor_get_name_ar (actor) : NULL;

  if (name == NULL || *name == '\0' || g_str_equal (name, covered))
    return g_steal_pointer (&covered);
  return g_strdup_printf ("%s (%s)", covered, name);
}
