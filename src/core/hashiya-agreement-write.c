/* hashiya-agreement-write.c — the units file and the JSON of an agreement
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The units file is what other tools compute κ and α from: one row
 * (coder, item, label) for each annotator who has a version of the
 * unit's text, "none" where they marked nothing; no row where they have
 * no version (a missing value, as NLTK's AnnotationTask reads it).
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>

#include "hashiya-agreement.h"
#include "hashiya-csv-table.h"
#include "hashiya-enum-types.h"

/**
 * hashiya_agreement_write_units:
 *
 * Returns: (transfer full): the aligned units as CSV (RFC 4180, UTF-8):
 *   a "coder,item,label" header, then a row for each unit and each
 *   annotator who has a version of its text
 */
GBytes *
hashiya_agreement_write_units (HashiyaAgreement *self)
{
  GListModel *units;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);

  units = hashiya_agreement_get_units (self);
  hashiya_csv_append_field (out, "coder", FALSE);
  hashiya_csv_append_field (out, "item", FALSE);
  hashiya_csv_append_field (out, "label", TRUE);
  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(HashiyaAgreementUnit) unit = g_list_model_get_item (units, u);

      for (guint a = 0; a < hashiya_agreement_get_n_annotators (self); a++)
        {
          const char *label = hashiya_agreement_unit_get_label (unit, a);

          if (label == NULL)
            continue;
          hashiya_csv_append_field (out, hashiya_agreement_get_annotator (self, a), FALSE);
          hashiya_csv_append_field (out, hashiya_agreement_unit_get_item (unit), FALSE);
          hashiya_csv_append_field (out, label, TRUE);
        }
    }
  return g_string_free_to_bytes (out);
}

static void
add_number (JsonBuilder *builder,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (builder, member);
  if (isnan (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_scores (JsonBuilder                  *builder,
            const HashiyaAgreementScores *scores,
            gboolean                      relations)
{
  json_builder_set_member_name (builder, "units");
  json_builder_add_int_value (builder, scores->n_units);
  add_number (builder, "strict_f1", scores->strict_f1);
  add_number (builder, "lenient_f1", scores->lenient_f1);
  add_number (builder, "kappa", scores->kappa);
  add_number (builder, "alpha", scores->alpha);
  if (relations)
    add_number (builder, "relations_f1", scores->relations_f1);
}

static void
add_versions (JsonBuilder      *builder,
              HashiyaAgreement *self)
{
  json_builder_set_member_name (builder, "versions");
  json_builder_begin_array (builder);
  for (guint v = 0; v < hashiya_agreement_get_n_versions (self); v++)
    {
      const char *source = NULL;
      guint annotator = 0;
      HashiyaDocument *document = hashiya_agreement_get_version (self, v, &source, &annotator);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, source);
      json_builder_set_member_name (builder, "annotator");
      json_builder_add_string_value (builder, hashiya_agreement_get_annotator (self, annotator));
      json_builder_set_member_name (builder, "sha256");
      json_builder_add_string_value (builder, hashiya_text_get_sha256 (hashiya_document_get_text (document)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "annotators");
  json_builder_begin_array (builder);
  for (guint a = 0; a < hashiya_agreement_get_n_annotators (self); a++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, hashiya_agreement_get_annotator (self, a));
      json_builder_set_member_name (builder, "named_by");
      json_builder_add_string_value (builder, hashiya_agreement_get_annotator_origin (self, a));
      json_builder_set_member_name (builder, "mentions");
      json_builder_add_int_value (builder, hashiya_agreement_get_n_mentions (self, a));
      json_builder_set_member_name (builder, "relations");
      json_builder_add_int_value (builder, hashiya_agreement_get_n_relations (self, a));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * hashiya_agreement_add_json_break_down:
 * @builder: inside an object
 *
 * Adds the members "by" and "categories" (the scores of each value of
 * @by, hashiya_agreement_break_down()) to the object @builder is
 * building.
 */
void
hashiya_agreement_add_json_break_down (HashiyaAgreement   *self,
                                       JsonBuilder        *builder,
                                       HashiyaAgreementBy  by)
{
  g_autoptr(GPtrArray) categories = NULL;

  g_return_if_fail (HASHIYA_IS_AGREEMENT (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  categories = hashiya_agreement_break_down (self, by);
  json_builder_set_member_name (builder, "by");
  json_builder_add_string_value (builder, hashiya_enum_to_nick (HASHIYA_TYPE_AGREEMENT_BY, by));
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  for (guint i = 0; i < categories->len; i++)
    {
      HashiyaAgreementCategory *category = g_ptr_array_index (categories, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, category->value);
      json_builder_set_member_name (builder, "mentions");
      json_builder_begin_object (builder);
      for (guint a = 0; a < hashiya_agreement_get_n_annotators (self); a++)
        {
          json_builder_set_member_name (builder, hashiya_agreement_get_annotator (self, a));
          json_builder_add_int_value (builder, category->n_mentions[a]);
        }
      json_builder_end_object (builder);
      add_scores (builder, &category->scores, FALSE);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * hashiya_agreement_add_json_scores:
 * @builder: inside an object
 *
 * Adds the members "units" (how many), "pairs" (each pair's scores) and
 * "overall" to the object @builder is building.
 */
void
hashiya_agreement_add_json_scores (HashiyaAgreement *self,
                                   JsonBuilder      *builder)
{
  guint n;

  g_return_if_fail (HASHIYA_IS_AGREEMENT (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  n = hashiya_agreement_get_n_annotators (self);
  json_builder_set_member_name (builder, "units");
  json_builder_add_int_value (builder, g_list_model_get_n_items (hashiya_agreement_get_units (self)));

  json_builder_set_member_name (builder, "pairs");
  json_builder_begin_array (builder);
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        json_builder_begin_object (builder);
        json_builder_set_member_name (builder, "a");
        json_builder_add_string_value (builder, hashiya_agreement_get_annotator (self, a));
        json_builder_set_member_name (builder, "b");
        json_builder_add_string_value (builder, hashiya_agreement_get_annotator (self, b));
        add_scores (builder, hashiya_agreement_get_pair (self, a, b), TRUE);
        json_builder_end_object (builder);
      }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "overall");
  json_builder_begin_object (builder);
  add_scores (builder, hashiya_agreement_get_overall (self), TRUE);
  json_builder_end_object (builder);
}

/**
 * hashiya_agreement_to_json:
 * @by: what to break the scores down by, when @broken_down
 *
 * Returns: (transfer full): the versions, the annotators (each with how
 *   their name was found), the number of units, each pair's scores and
 *   the overall ones, as a JSON object; an undefined score is null
 */
char *
hashiya_agreement_to_json (HashiyaAgreement   *self,
                           HashiyaAgreementBy  by,
                           gboolean            broken_down)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);

  json_builder_begin_object (builder);
  add_versions (builder, self);
  hashiya_agreement_add_json_scores (self, builder);

  if (broken_down)
    hashiya_agreement_add_json_break_down (self, builder, by);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
