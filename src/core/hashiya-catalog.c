/* hashiya-catalog.c — the actors a document knows, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-catalog.h"
#include "hashiya-error.h"

struct _HashiyaCatalog
{
  GObject     parent_instance;

  char       *name;
  GPtrArray  *actors;
  GHashTable *by_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HashiyaCatalog, hashiya_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return HASHIYA_TYPE_ACTOR;
}

static guint
get_n_items (GListModel *model)
{
  return HASHIYA_CATALOG (model)->actors->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HashiyaCatalog *self = HASHIYA_CATALOG (model);

  if (position >= self->actors->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->actors, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hashiya_catalog_finalize (GObject *object)
{
  HashiyaCatalog *self = (HashiyaCatalog *) object;

  g_free (self->name);
  g_ptr_array_unref (self->actors);
  g_hash_table_unref (self->by_id);

  G_OBJECT_CLASS (hashiya_catalog_parent_class)->finalize (object);
}

static void
hashiya_catalog_class_init (HashiyaCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hashiya_catalog_finalize;
}

static void
hashiya_catalog_init (HashiyaCatalog *self)
{
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

HashiyaCatalog *
hashiya_catalog_new (const char *name)
{
  HashiyaCatalog *self = g_object_new (HASHIYA_TYPE_CATALOG, NULL);

  self->name = g_strdup (name);
  return self;
}

/**
 * hashiya_catalog_copy:
 *
 * Returns: (transfer full): a deep copy, so that a new document can start
 *   from a catalogue without sharing its actors.
 */
HashiyaCatalog *
hashiya_catalog_copy (HashiyaCatalog *self)
{
  HashiyaCatalog *copy;

  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), NULL);

  copy = hashiya_catalog_new (self->name);
  for (guint i = 0; i < self->actors->len; i++)
    {
      HashiyaActor *actor = hashiya_actor_copy (g_ptr_array_index (self->actors, i));

      g_ptr_array_add (copy->actors, actor);
      g_hash_table_insert (copy->by_id, (gpointer) hashiya_actor_get_id (actor), actor);
    }

  return copy;
}

const char *
hashiya_catalog_get_name (HashiyaCatalog *self)
{
  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), NULL);
  return self->name;
}

guint
hashiya_catalog_get_n_actors (HashiyaCatalog *self)
{
  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), 0);
  return self->actors->len;
}

/* Returns: (transfer none) */
HashiyaActor *
hashiya_catalog_get_actor (HashiyaCatalog *self,
                           guint           position)
{
  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->actors->len, NULL);

  return g_ptr_array_index (self->actors, position);
}

/* Returns: (transfer none) (nullable) */
HashiyaActor *
hashiya_catalog_lookup (HashiyaCatalog *self,
                        const char     *id)
{
  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

gboolean
hashiya_catalog_find (HashiyaCatalog *self,
                      HashiyaActor   *actor,
                      guint          *position)
{
  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), FALSE);

  return g_ptr_array_find (self->actors, actor, position);
}

/**
 * hashiya_catalog_check_actor:
 * @is_new: whether @actor is to be added (its id must then be free)
 *
 * Checks an actor's id, names and colour. Errors say what is wrong,
 * without a prefix, so that callers can say where.
 */
gboolean
hashiya_catalog_check_actor (HashiyaCatalog  *self,
                             HashiyaActor    *actor,
                             gboolean         is_new,
                             GError         **error)
{
  const char *id = hashiya_actor_get_id (actor);
  const char *color = hashiya_actor_get_color (actor);

  if (!hashiya_actor_is_valid_id (id))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("actor id \"%s\" is not valid: use lower-case ASCII letters, digits "
                   "and single hyphens, like \"south-caucasus\""), id != NULL ? id : "");
      return FALSE;
    }
  if (is_new && g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE,
                   _("actor \"%s\" is in the catalogue twice"), id);
      return FALSE;
    }
  if (hashiya_actor_get_name_ar (actor) == NULL && hashiya_actor_get_name_en (actor) == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("actor \"%s\" has no name"), id);
      return FALSE;
    }
  if (color != NULL && !hashiya_color_is_valid (color))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("actor \"%s\": colour \"%s\" is not of the form #rrggbb"), id, color);
      return FALSE;
    }

  return TRUE;
}

gboolean
hashiya_catalog_insert (HashiyaCatalog  *self,
                        guint            position,
                        HashiyaActor    *actor,
                        GError         **error)
{
  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (HASHIYA_IS_ACTOR (actor), FALSE);

  if (!hashiya_catalog_check_actor (self, actor, TRUE, error))
    return FALSE;

  position = MIN (position, self->actors->len);
  g_ptr_array_insert (self->actors, (int) position, g_object_ref (actor));
  g_hash_table_insert (self->by_id, (gpointer) hashiya_actor_get_id (actor), actor);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);

  return TRUE;
}

void
hashiya_catalog_remove (HashiyaCatalog *self,
                        HashiyaActor   *actor)
{
  guint position;

  g_return_if_fail (HASHIYA_IS_CATALOG (self));

  if (!g_ptr_array_find (self->actors, actor, &position))
    g_return_if_reached ();

  g_hash_table_remove (self->by_id, hashiya_actor_get_id (actor));
  g_ptr_array_remove_index (self->actors, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* Arabic and Persian letters in Latin, as a reader would spell a name:
 * enough to make an id, not a scholarly transliteration. */
static const struct
{
  gunichar    letter;
  const char *latin;
} arabic_latin[] = {
  { 0x0621, "" }, { 0x0622, "a" }, { 0x0623, "a" }, { 0x0624, "" }, { 0x0625, "i" }, { 0x0626, "" },
  { 0x0627, "a" }, { 0x0628, "b" }, { 0x0629, "a" }, { 0x062A, "t" }, { 0x062B, "th" }, { 0x062C, "j" },
  { 0x062D, "h" }, { 0x062E, "kh" }, { 0x062F, "d" }, { 0x0630, "dh" }, { 0x0631, "r" }, { 0x0632, "z" },
  { 0x0633, "s" }, { 0x0634, "sh" }, { 0x0635, "s" }, { 0x0636, "d" }, { 0x0637, "t" }, { 0x0638, "z" },
  { 0x0639, "" }, { 0x063A, "gh" }, { 0x0641, "f" }, { 0x0642, "q" }, { 0x0643, "k" }, { 0x0644, "l" },
  { 0x0645, "m" }, { 0x0646, "n" }, { 0x0647, "h" }, { 0x0648, "w" }, { 0x0649, "a" }, { 0x064A, "y" },
  { 0x067E, "p" }, { 0x0686, "ch" }, { 0x0698, "zh" }, { 0x06A9, "k" }, { 0x06AF, "g" }, { 0x06CC, "y" },
  { 0x0671, "a" },
};

static const char *
latin_of (gunichar c)
{
  for (guint i = 0; i < G_N_ELEMENTS (arabic_latin); i++)
    if (arabic_latin[i].letter == c)
      return arabic_latin[i].latin;
  return NULL;
}

/* @name as lower-case ASCII letters and digits, every other run of
 * characters one hyphen. */
static char *
slug (const char *name)
{
  g_autoptr(GString) latin = g_string_new (NULL);
  g_autofree char *ascii = NULL;
  GString *out;

  /* Arabic letters spelt out, Arabic-Indic digits as digits, marks left
   * out; the rest is left to g_str_to_ascii() ("Erdoğan" → "Erdogan"). */
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *spelt = latin_of (c);

      if (spelt != NULL)
        g_string_append (latin, spelt);
      else if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK || c == 0x0640)
        continue;
      else if (g_unichar_isdigit (c) && g_unichar_digit_value (c) >= 0)
        g_string_append_c (latin, (char) ('0' + g_unichar_digit_value (c)));
      else
        g_string_append_unichar (latin, c);
    }

  ascii = g_str_to_ascii (latin->str, "C");
  out = g_string_new (NULL);
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/**
 * hashiya_catalog_make_id:
 * @name_en: (nullable): the English name, which the id comes from
 * @name_ar: (nullable): the Arabic name, spelt in Latin letters when
 *   there is no English name
 *
 * An id for a new actor: a valid slug of its name ("Hakan Fidan" →
 * "hakan-fidan", "قطر" → "qtr"), "actor" for a name with no letter or
 * digit, and made unique in the catalogue with "-2", "-3"…
 *
 * Returns: (transfer full): the id
 */
char *
hashiya_catalog_make_id (HashiyaCatalog *self,
                         const char     *name_en,
                         const char     *name_ar)
{
  g_autofree char *base = NULL;
  char *id;

  g_return_val_if_fail (HASHIYA_IS_CATALOG (self), NULL);

  if (name_en != NULL)
    base = slug (name_en);
  if ((base == NULL || base[0] == '\0') && name_ar != NULL)
    {
      g_free (base);
      base = slug (name_ar);
    }
  if (base == NULL || base[0] == '\0')
    {
      g_free (base);
      base = g_strdup ("actor");
    }

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->by_id, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

/**
 * hashiya_catalog_swap:
 *
 * Exchanges the names and actors of two catalogues; each tells its
 * lists of all its actors replaced.
 */
void
hashiya_catalog_swap (HashiyaCatalog *self,
                      HashiyaCatalog *other)
{
  guint n_self, n_other;
  char *name;
  GPtrArray *actors;
  GHashTable *by_id;

  g_return_if_fail (HASHIYA_IS_CATALOG (self));
  g_return_if_fail (HASHIYA_IS_CATALOG (other));

  n_self = self->actors->len;
  n_other = other->actors->len;
  name = self->name, self->name = other->name, other->name = name;
  actors = self->actors, self->actors = other->actors, other->actors = actors;
  by_id = self->by_id, self->by_id = other->by_id, other->by_id = by_id;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_self, n_other);
  g_list_model_items_changed (G_LIST_MODEL (other), 0, n_other, n_self);
}
