/* hashiya-agreement.c — how far annotators agree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Versions of the same texts (a .hashiya each, by one annotator each) are
 * aligned into units and compared, pair by pair and all together: span
 * F1 (strict and lenient), Cohen's κ and Krippendorff's α on the actor
 * label of the units, and relations F1. What a unit is and how spans are
 * aligned: docs/AGREEMENT.md. The texts may be several (a corpus): an
 * annotator who has no version of a text has missing values there.
 */

#define G_LOG_DOMAIN "hashiya-agreement"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hashiya-agreement.h"
#include "hashiya-agreement-align.h"
#include "hashiya-agreement-score.h"
#include "hashiya-author.h"
#include "hashiya-error.h"

typedef struct
{
  char       *name;
  const char *origin;
  guint       n_mentions;
  guint       n_relations;
} AgreementAnnotator;

struct _HashiyaAgreement
{
  GObject                 parent_instance;

  GPtrArray              *versions;
  GPtrArray              *texts;
  GPtrArray              *annotators;
  GPtrArray              *remarks;
  GListStore             *units;
  GArray                 *unit_text;
  HashiyaAgreementScores *pairs;
  HashiyaAgreementScores  overall;
  gboolean                computed;
};

G_DEFINE_FINAL_TYPE (HashiyaAgreement, hashiya_agreement, G_TYPE_OBJECT)

static void
annotator_free (AgreementAnnotator *annotator)
{
  g_free (annotator->name);
  g_free (annotator);
}

void
hashiya_agreement_category_free (HashiyaAgreementCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->value);
  g_free (category->n_mentions);
  g_free (category);
}

static void
hashiya_agreement_finalize (GObject *object)
{
  HashiyaAgreement *self = (HashiyaAgreement *) object;

  g_ptr_array_unref (self->versions);
  g_ptr_array_unref (self->texts);
  g_ptr_array_unref (self->annotators);
  g_ptr_array_unref (self->remarks);
  g_clear_object (&self->units);
  g_clear_pointer (&self->unit_text, g_array_unref);
  g_free (self->pairs);
  G_OBJECT_CLASS (hashiya_agreement_parent_class)->finalize (object);
}

static void
hashiya_agreement_class_init (HashiyaAgreementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_agreement_finalize;
}

static void
hashiya_agreement_init (HashiyaAgreement *self)
{
  self->versions = g_ptr_array_new_with_free_func ((GDestroyNotify) _hashiya_agreement_version_free);
  self->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) _hashiya_agreement_text_free);
  self->annotators = g_ptr_array_new_with_free_func ((GDestroyNotify) annotator_free);
  self->remarks = g_ptr_array_new_with_free_func (g_free);
  self->units = g_list_store_new (HASHIYA_TYPE_AGREEMENT_UNIT);
}

/**
 * hashiya_agreement_new:
 *
 * Add the versions with hashiya_agreement_add_version(), then
 * hashiya_agreement_compute().
 */
HashiyaAgreement *
hashiya_agreement_new (void)
{
  return g_object_new (HASHIYA_TYPE_AGREEMENT, NULL);
}

static HashiyaAgreementText *
find_text (HashiyaAgreement *self,
           const char       *name)
{
  for (guint i = 0; i < self->texts->len; i++)
    {
      HashiyaAgreementText *text = g_ptr_array_index (self->texts, i);

      if (g_strcmp0 (text->name, name) == 0)
        return text;
    }
  return NULL;
}

static HashiyaAgreementVersion *
version_at (HashiyaAgreement *self,
            guint             index)
{
  return g_ptr_array_index (self->versions, index);
}

/**
 * hashiya_agreement_add_version:
 * @document: one annotator's version of a text
 * @source: where it comes from (its file), for messages and as the
 *   annotator's name when nothing better names them
 * @text_name: (nullable): which text it is a version of, when there are
 *   several (a corpus); versions of one text all have the same text
 * @annotator: (nullable): whose version it is; when %NULL, the author of
 *   all its mentions when they have one, else @source's file name
 *
 * Returns: %FALSE, with @error set, when @document is not a version of
 *   the same text as the others of @text_name (the message names both
 *   sources), @source is there twice, or @annotator cannot be an
 *   annotator's name or has a version of the text already
 */
gboolean
hashiya_agreement_add_version (HashiyaAgreement  *self,
                               HashiyaDocument   *document,
                               const char        *source,
                               const char        *text_name,
                               const char        *annotator,
                               GError           **error)
{
  const char *sha256 = hashiya_text_get_sha256 (hashiya_document_get_text (document));
  HashiyaAgreementText *text;
  HashiyaAgreementVersion *version;

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (!self->computed, FALSE);

  if (annotator != NULL && !hashiya_author_check_name (annotator, error))
    return FALSE;

  text = find_text (self, text_name);
  if (text != NULL)
    {
      for (guint i = 0; i < text->versions->len; i++)
        {
          HashiyaAgreementVersion *other = version_at (self, g_array_index (text->versions, guint, i));

          if (g_strcmp0 (other->source, source) == 0)
            {
              g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE, _("%s is given twice"), source);
              return FALSE;
            }
          if (annotator != NULL && g_strcmp0 (other->given, annotator) == 0)
            {
              g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE, _("%s and %s are both %s's version"),
                           other->source, source, annotator);
              return FALSE;
            }
        }
      if (g_strcmp0 (text->sha256, sha256) != 0)
        {
          HashiyaAgreementVersion *first = version_at (self, g_array_index (text->versions, guint, 0));

          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s and %s are not versions of the same text: their texts differ (SHA-256 %.12s… and %.12s…)"),
                       first->source, source, text->sha256, sha256);
          return FALSE;
        }
    }
  else
    {
      text = _hashiya_agreement_text_new (text_name, sha256);
      g_ptr_array_add (self->texts, text);
    }

  version = _hashiya_agreement_version_new (document, source, annotator);
  version->text = self->texts->len - 1;
  for (guint i = 0; i < self->texts->len; i++)
    if (g_ptr_array_index (self->texts, i) == text)
      version->text = i;
  g_array_append_val (text->versions, self->versions->len);
  g_ptr_array_add (self->versions, version);
  return TRUE;
}

/* The author of every mention, when they all have the same one. */
static const char *
common_author (HashiyaAgreementVersion *version)
{
  const char *author = NULL;

  for (guint i = 0; i < version->mentions->len; i++)
    {
      const char *mine = hashiya_mention_get_author (g_ptr_array_index (version->mentions, i));

      if (mine == NULL || (author != NULL && strcmp (author, mine) != 0))
        return NULL;
      author = mine;
    }
  return author;
}

static gboolean
name_taken (HashiyaAgreement *self,
            HashiyaAgreementText    *text,
            HashiyaAgreementVersion *version)
{
  for (guint i = 0; i < text->versions->len; i++)
    {
      HashiyaAgreementVersion *other = version_at (self, g_array_index (text->versions, guint, i));

      if (other != version && g_strcmp0 (other->name, version->name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The versions of @text whose names are alike, and were not given, are
 * named by their files: by the file's name, or @whole, the path as
 * given. */
static void
rename_alike (HashiyaAgreement *self,
              HashiyaAgreementText    *text,
              gboolean          whole)
{
  g_autoptr(GPtrArray) alike = g_ptr_array_new ();

  for (guint i = 0; i < text->versions->len; i++)
    {
      HashiyaAgreementVersion *version = version_at (self, g_array_index (text->versions, guint, i));

      if (version->given == NULL && name_taken (self, text, version))
        g_ptr_array_add (alike, version);
    }
  for (guint i = 0; i < alike->len; i++)
    {
      HashiyaAgreementVersion *version = g_ptr_array_index (alike, i);

      g_free (version->name);
      version->name = whole ? g_strdup (version->source) : g_path_get_basename (version->source);
      version->origin = "file";
    }
}

/* Each version's annotator: the name given; else the author of all its
 * mentions; else its file's name (the path as given when two files of
 * one text have the same name). Two versions of one text never share a
 * name: then each is named by its file. */
static void
name_annotators (HashiyaAgreement *self)
{
  for (guint i = 0; i < self->versions->len; i++)
    {
      HashiyaAgreementVersion *version = version_at (self, i);
      const char *author = common_author (version);

      if (version->given != NULL)
        {
          version->name = g_strdup (version->given);
          version->origin = "given";
        }
      else if (author != NULL)
        {
          version->name = g_strdup (author);
          version->origin = "author";
        }
    }

  for (guint t = 0; t < self->texts->len; t++)
    {
      HashiyaAgreementText *text = g_ptr_array_index (self->texts, t);

      for (guint i = 0; i < text->versions->len; i++)
        {
          HashiyaAgreementVersion *version = version_at (self, g_array_index (text->versions, guint, i));

          if (version->name == NULL)
            {
              version->name = g_path_get_basename (version->source);
              version->origin = "file";
            }
        }
      rename_alike (self, text, FALSE);
      rename_alike (self, text, TRUE);
    }

  for (guint i = 0; i < self->versions->len; i++)
    {
      HashiyaAgreementVersion *version = version_at (self, i);
      guint a;

      for (a = 0; a < self->annotators->len; a++)
        if (strcmp (((AgreementAnnotator *) g_ptr_array_index (self->annotators, a))->name, version->name) == 0)
          break;
      if (a == self->annotators->len)
        {
          AgreementAnnotator *annotator = g_new0 (AgreementAnnotator, 1);

          annotator->name = g_strdup (version->name);
          annotator->origin = version->origin;
          g_ptr_array_add (self->annotators, annotator);
        }
      version->annotator = a;
      ((AgreementAnnotator *) g_ptr_array_index (self->annotators, a))->n_mentions += version->mentions->len;
      ((AgreementAnnotator *) g_ptr_array_index (self->annotators, a))->n_relations += version->n_relations;
    }

  for (guint t = 0; t < self->texts->len; t++)
    {
      HashiyaAgreementText *text = g_ptr_array_index (self->texts, t);

      text->version_of = g_new (guint, self->annotators->len);
      for (guint a = 0; a < self->annotators->len; a++)
        text->version_of[a] = G_MAXUINT;
      for (guint i = 0; i < text->versions->len; i++)
        {
          guint v = g_array_index (text->versions, guint, i);

          text->version_of[version_at (self, v)->annotator] = v;
        }
    }
}

/* An actor only some catalogues have is compared by its id, as any
 * other: said once for each two versions. */
static void
note_catalogue_differences (HashiyaAgreement *self)
{
  for (guint t = 0; t < self->texts->len; t++)
    {
      HashiyaAgreementText *text = g_ptr_array_index (self->texts, t);

      for (guint i = 0; i < text->versions->len; i++)
        for (guint j = 0; j < text->versions->len; j++)
          {
            HashiyaAgreementVersion *mine = version_at (self, g_array_index (text->versions, guint, i));
            HashiyaAgreementVersion *other = version_at (self, g_array_index (text->versions, guint, j));
            HashiyaCatalog *catalog = hashiya_document_get_catalog (other->document);
            g_autoptr(GString) missing = g_string_new (NULL);
            g_autoptr(GHashTable) said = g_hash_table_new (g_str_hash, g_str_equal);

            if (i == j)
              continue;
            for (guint m = 0; m < mine->mentions->len; m++)
              {
                const char *actor = hashiya_mention_get_actor (g_ptr_array_index (mine->mentions, m));

                if (hashiya_catalog_lookup (catalog, actor) != NULL || !g_hash_table_add (said, (gpointer) actor))
                  continue;
                g_string_append_printf (missing, "%s“%s”", missing->len > 0 ? ", " : "", actor);
              }
            if (missing->len > 0)
              g_ptr_array_add (self->remarks,
                               g_strdup_printf (_("%s: not in the catalogue of %s: %s; actors are compared by their ids"),
                                                mine->source, other->source, missing->str));
          }
    }
}

/* The units of one text, named by their span ("12:20", or with the text's
 * name when there are several; "12:20/2" for a second unit there). */
static void
align_text (HashiyaAgreement *self,
            guint             t)
{
  HashiyaAgreementText *text = g_ptr_array_index (self->texts, t);
  g_autoptr(GArray) versions = g_array_new (FALSE, FALSE, sizeof (HashiyaAlignVersion));
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < text->versions->len; i++)
    {
      HashiyaAgreementVersion *version = version_at (self, g_array_index (text->versions, guint, i));
      HashiyaAlignVersion align = { version->mentions, version->annotator };

      g_array_append_val (versions, align);
    }
  units = _hashiya_agreement_align (text->name, (const HashiyaAlignVersion *) versions->data, versions->len,
                                    text->version_of, self->annotators->len);

  for (guint i = 0; i < units->len; i++)
    {
      HashiyaAgreementUnit *unit = g_ptr_array_index (units, i);
      guint start = hashiya_agreement_unit_get_start (unit), end = hashiya_agreement_unit_get_end (unit);
      g_autofree char *base = (self->texts->len > 1 && text->name != NULL)
                              ? g_strdup_printf ("%s:%u:%u", text->name, start, end)
                              : g_strdup_printf ("%u:%u", start, end);
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (items, base)) + 1;
      g_autofree char *item = seen > 1 ? g_strdup_printf ("%s/%u", base, seen) : g_strdup (base);

      g_hash_table_insert (items, g_strdup (base), GUINT_TO_POINTER (seen));
      _hashiya_agreement_unit_finish (unit, item);
      g_list_store_append (self->units, unit);
      g_array_append_val (self->unit_text, t);
    }
}

/* Each pair's scores into @pairs, and the overall ones, of @value's
 * mentions or all (see _hashiya_agreement_score_all()). */
static void
score_all (HashiyaAgreement       *self,
           HashiyaAgreementBy      by,
           const char             *value,
           HashiyaAgreementScores *pairs,
           HashiyaAgreementScores *overall)
{
  HashiyaAgreementTable table = { self->versions, self->texts, G_LIST_MODEL (self->units), self->unit_text,
                                  self->annotators->len };

  _hashiya_agreement_score_all (&table, by, value, pairs, overall);
}

/* "none" is the label of no mention: an actor of that id would be
 * taken for it. */
static gboolean
check_labels (HashiyaAgreement  *self,
              GError           **error)
{
  for (guint i = 0; i < self->versions->len; i++)
    {
      HashiyaAgreementVersion *version = version_at (self, i);

      for (guint m = 0; m < version->mentions->len; m++)
        if (g_strcmp0 (hashiya_mention_get_actor (g_ptr_array_index (version->mentions, m)),
                       HASHIYA_AGREEMENT_NONE) == 0)
          {
            g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                         _("%s: the actor “%s” cannot be compared: “%s” is the label of a unit an annotator did not mark"),
                         version->source, HASHIYA_AGREEMENT_NONE, HASHIYA_AGREEMENT_NONE);
            return FALSE;
          }
    }
  return TRUE;
}

/**
 * hashiya_agreement_compute:
 *
 * Names the annotators, aligns the units and computes every measure.
 * Call it once, after the last version is added.
 *
 * Returns: %FALSE, with @error set, when there are fewer than two
 *   annotators, or a mention's actor is "none"
 */
gboolean
hashiya_agreement_compute (HashiyaAgreement  *self,
                           GError           **error)
{
  guint n;

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), FALSE);
  g_return_val_if_fail (!self->computed, FALSE);

  if (!check_labels (self, error))
    return FALSE;
  name_annotators (self);
  n = self->annotators->len;
  if (n < 2)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                           _("agreement needs the versions of at least two annotators"));
      return FALSE;
    }
  self->computed = TRUE;
  note_catalogue_differences (self);

  self->unit_text = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint t = 0; t < self->texts->len; t++)
    align_text (self, t);

  self->pairs = g_new0 (HashiyaAgreementScores, (gsize) n * n);
  score_all (self, HASHIYA_AGREEMENT_BY_ACTOR, NULL, self->pairs, &self->overall);
  return TRUE;
}

guint
hashiya_agreement_get_n_versions (HashiyaAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), 0);
  return self->versions->len;
}

/**
 * hashiya_agreement_get_version:
 * @source: (out) (optional): where it came from
 * @annotator: (out) (optional): whose it is (after
 *   hashiya_agreement_compute())
 *
 * Returns: (transfer none): the version @version, in the order added
 */
HashiyaDocument *
hashiya_agreement_get_version (HashiyaAgreement  *self,
                               guint              version,
                               const char       **source,
                               guint             *annotator)
{
  HashiyaAgreementVersion *v;

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (version < self->versions->len, NULL);

  v = version_at (self, version);
  if (source != NULL)
    *source = v->source;
  if (annotator != NULL)
    *annotator = v->annotator;
  return v->document;
}

/* After hashiya_agreement_compute(). */
guint
hashiya_agreement_get_n_annotators (HashiyaAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), 0);
  return self->annotators->len;
}

const char *
hashiya_agreement_get_annotator (HashiyaAgreement *self,
                                 guint             annotator)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (annotator < self->annotators->len, NULL);
  return ((AgreementAnnotator *) g_ptr_array_index (self->annotators, annotator))->name;
}

/**
 * hashiya_agreement_get_annotator_origin:
 *
 * Returns: where the annotator's name comes from: "given", "author" (the
 *   author of all the mentions of their version) or "file" (its file)
 */
const char *
hashiya_agreement_get_annotator_origin (HashiyaAgreement *self,
                                        guint             annotator)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (annotator < self->annotators->len, NULL);
  return ((AgreementAnnotator *) g_ptr_array_index (self->annotators, annotator))->origin;
}

/* The accepted mentions of the annotator's versions, in their texts. */
guint
hashiya_agreement_get_n_mentions (HashiyaAgreement *self,
                                  guint             annotator)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), 0);
  g_return_val_if_fail (annotator < self->annotators->len, 0);
  return ((AgreementAnnotator *) g_ptr_array_index (self->annotators, annotator))->n_mentions;
}

/* The accepted relations of the annotator's versions, both ends in the
 * text. */
guint
hashiya_agreement_get_n_relations (HashiyaAgreement *self,
                                   guint             annotator)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), 0);
  g_return_val_if_fail (annotator < self->annotators->len, 0);
  return ((AgreementAnnotator *) g_ptr_array_index (self->annotators, annotator))->n_relations;
}

/**
 * hashiya_agreement_get_units:
 *
 * Returns: (transfer none): the aligned units
 *   (#HashiyaAgreementUnit), text after text, each in text order
 */
GListModel *
hashiya_agreement_get_units (HashiyaAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  return G_LIST_MODEL (self->units);
}

/* The scores of annotators @a and @b (in either order). */
const HashiyaAgreementScores *
hashiya_agreement_get_pair (HashiyaAgreement *self,
                            guint             a,
                            guint             b)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (self->computed, NULL);
  g_return_val_if_fail (a < self->annotators->len && b < self->annotators->len && a != b, NULL);
  return &self->pairs[a * self->annotators->len + b];
}

const HashiyaAgreementScores *
hashiya_agreement_get_overall (HashiyaAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (self->computed, NULL);
  return &self->overall;
}

static int
compare_categories (gconstpointer a,
                    gconstpointer b)
{
  const HashiyaAgreementCategory *x = *(HashiyaAgreementCategory **) a;
  const HashiyaAgreementCategory *y = *(HashiyaAgreementCategory **) b;

  return strcmp (x->value, y->value);
}

/**
 * hashiya_agreement_break_down:
 * @by: the actor, the mention type or the actor kind
 *
 * The overall scores of each value of @by that a compared mention has,
 * and how many mentions of it each annotator made.
 *
 * Returns: (transfer container) (element-type HashiyaAgreementCategory):
 *   the values, in order of their names
 */
GPtrArray *
hashiya_agreement_break_down (HashiyaAgreement   *self,
                              HashiyaAgreementBy  by)
{
  GPtrArray *categories = g_ptr_array_new_with_free_func ((GDestroyNotify) hashiya_agreement_category_free);
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), categories);
  g_return_val_if_fail (self->computed, categories);

  for (guint i = 0; i < self->versions->len; i++)
    {
      HashiyaAgreementVersion *version = version_at (self, i);

      for (guint m = 0; m < version->mentions->len; m++)
        {
          const char *value = _hashiya_agreement_category_of (g_ptr_array_index (version->mentions, m), version->document, by);
          HashiyaAgreementCategory *category = g_hash_table_lookup (found, value);

          if (category == NULL)
            {
              category = g_new0 (HashiyaAgreementCategory, 1);
              category->value = g_strdup (value);
              category->n_mentions = g_new0 (guint, self->annotators->len);
              g_hash_table_insert (found, category->value, category);
              g_ptr_array_add (categories, category);
            }
          category->n_mentions[version->annotator]++;
        }
    }
  g_ptr_array_sort (categories, compare_categories);
  for (guint i = 0; i < categories->len; i++)
    {
      HashiyaAgreementCategory *category = g_ptr_array_index (categories, i);

      score_all (self, by, category->value, NULL, &category->scores);
    }
  return categories;
}

/**
 * hashiya_agreement_get_remarks:
 *
 * Returns: (transfer none) (element-type utf8): what the comparison
 *   notes without refusing it: actors only some catalogues have
 */
GPtrArray *
hashiya_agreement_get_remarks (HashiyaAgreement *self)
{
  g_return_val_if_fail (HASHIYA_IS_AGREEMENT (self), NULL);
  return self->remarks;
}
