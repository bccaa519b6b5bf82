/* hashiya-relation-catalog.c — the types of relation a document knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A relation type has an id (lower-case ASCII words joined by hyphens),
 * Arabic and English names, its CAMEO root codes, its quad class, whether
 * its direction carries meaning, and the Arabic words that state it (its
 * triggers), which the relation matcher looks for. The catalogue lists
 * the types in order and gives each quad class its colour. The catalogue
 * file and the built-in catalogue are in hashiya-relation-catalog-file.c.
 */

#define G_LOG_DOMAIN "hashiya-relation-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-actor.h"
#include "hashiya-arabic.h"
#include "hashiya-error.h"
#include "hashiya-relation.h"
#include "hashiya-relation-catalog.h"

#define N_QUAD_CLASSES 4

/* The colours of a new catalogue, the built-in catalogue's: blue and green
 * for cooperation, orange and red for conflict. Each has a contrast of 3:1
 * or more on a light (#fafafa) and on a dark (#242424) background. */
static const char * const default_quad_colors[N_QUAD_CLASSES] = {
  "#2a7fd4", /* verbal cooperation */
  "#2d8f4e", /* material cooperation */
  "#c87800", /* verbal conflict */
  "#d62839", /* material conflict */
};

struct _HashiyaRelationType
{
  GObject           parent_instance;

  char             *id;
  char             *name_ar;
  char             *name_en;
  char             *cameo;
  HashiyaQuadClass  quad_class;
  gboolean          mutual;
  char            **triggers;
};

G_DEFINE_FINAL_TYPE (HashiyaRelationType, hashiya_relation_type, G_TYPE_OBJECT)

static void
hashiya_relation_type_finalize (GObject *object)
{
  HashiyaRelationType *self = (HashiyaRelationType *) object;

  g_free (self->id);
  g_free (self->name_ar);
  g_free (self->name_en);
  g_free (self->cameo);
  g_strfreev (self->triggers);

  G_OBJECT_CLASS (hashiya_relation_type_parent_class)->finalize (object);
}

static void
hashiya_relation_type_class_init (HashiyaRelationTypeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_relation_type_finalize;
}

static void
hashiya_relation_type_init (HashiyaRelationType *self)
{
  self->triggers = g_new0 (char *, 1);
}

/**
 * hashiya_relation_type_new:
 * @id: the type's id, checked when it is added to a catalogue
 * @name_ar: (nullable): the Arabic name
 * @name_en: (nullable): the English name
 * @mutual: whether the relation goes both ways (cooperate, consult,
 *   agree), so that its direction carries no meaning
 *
 * Returns: (transfer full): a new relation type, with no CAMEO code and
 *   no trigger
 */
HashiyaRelationType *
hashiya_relation_type_new (const char       *id,
                           const char       *name_ar,
                           const char       *name_en,
                           HashiyaQuadClass  quad_class,
                           gboolean          mutual)
{
  HashiyaRelationType *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (quad_class <= HASHIYA_QUAD_CLASS_MATERIAL_CONFLICT, NULL);

  self = g_object_new (HASHIYA_TYPE_RELATION_TYPE, NULL);
  self->id = g_strdup (id);
  self->name_ar = g_strdup (name_ar);
  self->name_en = g_strdup (name_en);
  self->quad_class = quad_class;
  self->mutual = !!mutual;
  return self;
}

/* Returns: (transfer full): a new type with the same values */
HashiyaRelationType *
hashiya_relation_type_copy (HashiyaRelationType *self)
{
  HashiyaRelationType *copy;

  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), NULL);

  copy = hashiya_relation_type_new (self->id, self->name_ar, self->name_en, self->quad_class, self->mutual);
  copy->cameo = g_strdup (self->cameo);
  hashiya_relation_type_set_triggers (copy, (const char * const *) self->triggers);
  return copy;
}

const char *
hashiya_relation_type_get_id (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), NULL);
  return self->id;
}

const char *
hashiya_relation_type_get_name_ar (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), NULL);
  return self->name_ar;
}

const char *
hashiya_relation_type_get_name_en (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), NULL);
  return self->name_en;
}

/* The CAMEO root codes, such as "04" or "02, 10"; %NULL when none. */
const char *
hashiya_relation_type_get_cameo (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), NULL);
  return self->cameo;
}

void
hashiya_relation_type_set_cameo (HashiyaRelationType *self,
                                 const char          *cameo)
{
  g_return_if_fail (HASHIYA_IS_RELATION_TYPE (self));

  g_free (self->cameo);
  self->cameo = g_strdup (cameo);
}

HashiyaQuadClass
hashiya_relation_type_get_quad_class (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), HASHIYA_QUAD_CLASS_VERBAL_COOPERATION);
  return self->quad_class;
}

gboolean
hashiya_relation_type_get_mutual (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), FALSE);
  return self->mutual;
}

/* Returns: (transfer none): the triggers, never %NULL */
const char * const *
hashiya_relation_type_get_triggers (HashiyaRelationType *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (self), NULL);
  return (const char * const *) self->triggers;
}

/**
 * hashiya_relation_type_set_triggers:
 * @triggers: (nullable): the Arabic words that state a relation of this
 *   type (see hashiya_relation_trigger_check())
 */
void
hashiya_relation_type_set_triggers (HashiyaRelationType *self,
                                    const char * const  *triggers)
{
  g_return_if_fail (HASHIYA_IS_RELATION_TYPE (self));

  g_strfreev (self->triggers);
  self->triggers = triggers != NULL ? g_strdupv ((char **) triggers) : g_new0 (char *, 1);
}

/* Triggers */

/**
 * hashiya_relation_trigger_part:
 * @word: one word of a trigger, as split at white space
 *
 * What a word of a trigger stands for: "…" (or "...") for a gap of a few
 * words of the text, such as the subject between a verb and its object
 * ("استعاد … السيطرة"); a word that ends in a tatweel ("بـ") for a
 * proclitic the next word of the text begins with ("قبل بـ"); anything
 * else for a word of the text, found folded, after its proclitics.
 */
HashiyaTriggerPart
hashiya_relation_trigger_part (const char *word)
{
  g_return_val_if_fail (word != NULL, HASHIYA_TRIGGER_PART_WORD);

  if (g_str_equal (word, "…") || g_str_equal (word, "..."))
    return HASHIYA_TRIGGER_PART_GAP;
  if (g_str_has_suffix (word, "ـ") && strlen (word) > strlen ("ـ"))
    return HASHIYA_TRIGGER_PART_PROCLITIC;
  return HASHIYA_TRIGGER_PART_WORD;
}

/* Whether @word has a letter or a digit once folded. */
static gboolean
has_letters (const char *word)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold (word, -1);
  g_autoptr(GArray) tokens = hashiya_tokenize (folded);

  for (guint i = 0; i < tokens->len; i++)
    if (g_array_index (tokens, HashiyaToken, i).kind != HASHIYA_TOKEN_PUNCT)
      return TRUE;
  return FALSE;
}

/**
 * hashiya_relation_trigger_check:
 *
 * Checks a trigger's words (see hashiya_relation_trigger_part()): at least
 * one word; a gap only between two words; a proclitic only at the end,
 * after a word. Errors say what is wrong, without a prefix.
 */
gboolean
hashiya_relation_trigger_check (const char  *trigger,
                                GError     **error)
{
  g_auto(GStrv) words = NULL;
  HashiyaTriggerPart previous = HASHIYA_TRIGGER_PART_GAP;
  guint n = 0;

  g_return_val_if_fail (trigger != NULL, FALSE);

  words = g_strsplit_set (trigger, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      HashiyaTriggerPart part;

      if (words[i][0] == '\0')
        continue;
      part = hashiya_relation_trigger_part (words[i]);
      if (part == HASHIYA_TRIGGER_PART_GAP && previous == HASHIYA_TRIGGER_PART_GAP)
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("“%s”: a gap (…) stands between two words"), trigger);
          return FALSE;
        }
      if (previous == HASHIYA_TRIGGER_PART_PROCLITIC || (part == HASHIYA_TRIGGER_PART_PROCLITIC && n == 0))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("“%s”: a proclitic (بـ) comes last, after a word"), trigger);
          return FALSE;
        }
      if (part != HASHIYA_TRIGGER_PART_GAP && !has_letters (words[i]))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("“%s”: “%s” has no letter"), trigger, words[i]);
          return FALSE;
        }
      previous = part;
      n++;
    }

  if (n == 0)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("a trigger is empty"));
      return FALSE;
    }
  if (previous == HASHIYA_TRIGGER_PART_GAP)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("“%s”: a gap (…) stands between two words"), trigger);
      return FALSE;
    }
  return TRUE;
}

/* "04", "02, 10", "18, 19, 20": CAMEO root codes 01 to 20, in order. */
static gboolean
cameo_is_valid (const char *cameo)
{
  const char *p = cameo;
  int last = 0;

  while (TRUE)
    {
      int code;

      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      code = (p[0] - '0') * 10 + (p[1] - '0');
      if (code < 1 || code > 20 || code <= last)
        return FALSE;
      last = code;
      p += 2;
      if (*p == '\0')
        return TRUE;
      if (p[0] != ',' || p[1] != ' ')
        return FALSE;
      p += 2;
    }
}

/* The catalogue */

struct _HashiyaRelationCatalog
{
  GObject     parent_instance;

  char       *name;
  GPtrArray  *types;
  GHashTable *by_id;
  char       *quad_colors[N_QUAD_CLASSES];
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HashiyaRelationCatalog, hashiya_relation_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return HASHIYA_TYPE_RELATION_TYPE;
}

static guint
get_n_items (GListModel *model)
{
  return HASHIYA_RELATION_CATALOG (model)->types->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HashiyaRelationCatalog *self = HASHIYA_RELATION_CATALOG (model);

  if (position >= self->types->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->types, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hashiya_relation_catalog_finalize (GObject *object)
{
  HashiyaRelationCatalog *self = (HashiyaRelationCatalog *) object;

  g_free (self->name);
  g_ptr_array_unref (self->types);
  g_hash_table_unref (self->by_id);
  for (guint i = 0; i < N_QUAD_CLASSES; i++)
    g_free (self->quad_colors[i]);

  G_OBJECT_CLASS (hashiya_relation_catalog_parent_class)->finalize (object);
}

static void
hashiya_relation_catalog_class_init (HashiyaRelationCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_relation_catalog_finalize;
}

static void
hashiya_relation_catalog_init (HashiyaRelationCatalog *self)
{
  self->types = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < N_QUAD_CLASSES; i++)
    self->quad_colors[i] = g_strdup (default_quad_colors[i]);
}

/**
 * hashiya_relation_catalog_new:
 * @name: (nullable): the catalogue's name
 *
 * Returns: (transfer full): an empty catalogue, with the built-in
 *   catalogue's colours
 */
HashiyaRelationCatalog *
hashiya_relation_catalog_new (const char *name)
{
  HashiyaRelationCatalog *self = g_object_new (HASHIYA_TYPE_RELATION_CATALOG, NULL);

  self->name = g_strdup (name);
  return self;
}

/* Returns: (transfer full): a deep copy, which shares no type */
HashiyaRelationCatalog *
hashiya_relation_catalog_copy (HashiyaRelationCatalog *self)
{
  HashiyaRelationCatalog *copy;

  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), NULL);

  copy = hashiya_relation_catalog_new (self->name);
  for (guint i = 0; i < N_QUAD_CLASSES; i++)
    hashiya_relation_catalog_set_quad_color (copy, i, self->quad_colors[i]);
  for (guint i = 0; i < self->types->len; i++)
    {
      HashiyaRelationType *type = hashiya_relation_type_copy (g_ptr_array_index (self->types, i));

      g_ptr_array_add (copy->types, type);
      g_hash_table_insert (copy->by_id, type->id, type);
    }
  return copy;
}

const char *
hashiya_relation_catalog_get_name (HashiyaRelationCatalog *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), NULL);
  return self->name;
}

guint
hashiya_relation_catalog_get_n_types (HashiyaRelationCatalog *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), 0);
  return self->types->len;
}

/* Returns: (transfer none) */
HashiyaRelationType *
hashiya_relation_catalog_get_relation_type (HashiyaRelationCatalog *self,
                                            guint                   position)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->types->len, NULL);

  return g_ptr_array_index (self->types, position);
}

/* Returns: (transfer none) (nullable): the type with @id */
HashiyaRelationType *
hashiya_relation_catalog_lookup (HashiyaRelationCatalog *self,
                                 const char             *id)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * hashiya_relation_catalog_check_type:
 * @is_new: whether @type is to be added (its id must then be free)
 *
 * Checks a type's id, names, CAMEO codes and triggers. Errors say what is
 * wrong, without a prefix, so that callers can say where.
 */
gboolean
hashiya_relation_catalog_check_type (HashiyaRelationCatalog  *self,
                                     HashiyaRelationType     *type,
                                     gboolean                 is_new,
                                     GError                 **error)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (type), FALSE);

  if (!hashiya_relation_is_valid_type (type->id))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("relation type id \"%s\" is not valid: use lower-case ASCII words joined by "
                   "single hyphens, like \"negotiate-with\""), type->id);
      return FALSE;
    }
  if (is_new && g_hash_table_contains (self->by_id, type->id))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("relation type \"%s\" is in the catalogue twice"), type->id);
      return FALSE;
    }
  if (type->name_ar == NULL && type->name_en == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("relation type \"%s\" has no name"), type->id);
      return FALSE;
    }
  if (type->cameo != NULL && !cameo_is_valid (type->cameo))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("relation type \"%s\": CAMEO codes \"%s\" are not valid: give root codes "
                   "01 to 20 in order, like \"02, 10\""), type->id, type->cameo);
      return FALSE;
    }
  for (guint i = 0; type->triggers[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!hashiya_relation_trigger_check (type->triggers[i], &local_error))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("relation type \"%s\": trigger %u: %s"), type->id, i + 1, local_error->message);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (type->triggers[i], type->triggers[j]))
          {
            g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                         _("relation type \"%s\": trigger %u: “%s” is trigger %u already"),
                         type->id, i + 1, type->triggers[i], j + 1);
            return FALSE;
          }
    }

  return TRUE;
}

/**
 * hashiya_relation_catalog_add:
 *
 * Adds @type at the end, after hashiya_relation_catalog_check_type().
 */
gboolean
hashiya_relation_catalog_add (HashiyaRelationCatalog  *self,
                              HashiyaRelationType     *type,
                              GError                 **error)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION_TYPE (type), FALSE);

  if (!hashiya_relation_catalog_check_type (self, type, TRUE, error))
    return FALSE;

  g_ptr_array_add (self->types, g_object_ref (type));
  g_hash_table_insert (self->by_id, type->id, type);
  g_list_model_items_changed (G_LIST_MODEL (self), self->types->len - 1, 0, 1);
  return TRUE;
}

/* The colour (#rrggbb) relations of @quad_class are shown in. */
const char *
hashiya_relation_catalog_get_quad_color (HashiyaRelationCatalog *self,
                                         HashiyaQuadClass        quad_class)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION_CATALOG (self), NULL);
  g_return_val_if_fail (quad_class < N_QUAD_CLASSES, NULL);

  return self->quad_colors[quad_class];
}

void
hashiya_relation_catalog_set_quad_color (HashiyaRelationCatalog *self,
                                         HashiyaQuadClass        quad_class,
                                         const char             *color)
{
  g_return_if_fail (HASHIYA_IS_RELATION_CATALOG (self));
  g_return_if_fail (quad_class < N_QUAD_CLASSES);
  g_return_if_fail (hashiya_color_is_valid (color));

  g_free (self->quad_colors[quad_class]);
  self->quad_colors[quad_class] = g_strdup (color);
}
