/* hashiya-actor.c — someone who acts in the story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-actor"

#include "config.h"

#include <string.h>

#include "hashiya-actor.h"
#include "hashiya-enum-types.h"
#include "hashiya-object-util.h"

struct _HashiyaActor
{
  GObject           parent_instance;

  char             *id;
  HashiyaActorKind  kind;
  char             *name_ar;
  char             *name_en;
  char             *color;
  char            **aliases;
  char            **alias_types;
  char             *description;
  char             *wikidata;
};

G_DEFINE_FINAL_TYPE (HashiyaActor, hashiya_actor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME_AR,
  PROP_NAME_EN,
  PROP_COLOR,
  PROP_ALIASES,
  PROP_ALIAS_TYPES,
  PROP_DESCRIPTION,
  PROP_WIKIDATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const no_aliases[] = { NULL };

static void
hashiya_actor_finalize (GObject *object)
{
  HashiyaActor *self = (HashiyaActor *) object;

  g_free (self->id);
  g_free (self->name_ar);
  g_free (self->name_en);
  g_free (self->color);
  g_strfreev (self->aliases);
  g_strfreev (self->alias_types);
  g_free (self->description);
  g_free (self->wikidata);

  G_OBJECT_CLASS (hashiya_actor_parent_class)->finalize (object);
}

static void
hashiya_actor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HashiyaActor *self = HASHIYA_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NAME_AR:
      g_value_set_string (value, self->name_ar);
      break;
    case PROP_NAME_EN:
      g_value_set_string (value, self->name_en);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_ALIAS_TYPES:
      g_value_set_boxed (value, self->alias_types);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_WIKIDATA:
      g_value_set_string (value, self->wikidata);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_actor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HashiyaActor *self = HASHIYA_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_KIND:
      hashiya_actor_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_NAME_AR:
      hashiya_actor_set_name_ar (self, g_value_get_string (value));
      break;
    case PROP_NAME_EN:
      hashiya_actor_set_name_en (self, g_value_get_string (value));
      break;
    case PROP_COLOR:
      hashiya_actor_set_color (self, g_value_get_string (value));
      break;
    case PROP_ALIASES:
      hashiya_actor_set_aliases (self, g_value_get_boxed (value));
      break;
    case PROP_ALIAS_TYPES:
      hashiya_actor_set_alias_types (self, g_value_get_boxed (value));
      break;
    case PROP_DESCRIPTION:
      hashiya_actor_set_description (self, g_value_get_string (value));
      break;
    case PROP_WIKIDATA:
      hashiya_actor_set_wikidata (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_actor_class_init (HashiyaActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_actor_finalize;
  object_class->get_property = hashiya_actor_get_property;
  object_class->set_property = hashiya_actor_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HASHIYA_TYPE_ACTOR_KIND,
                       HASHIYA_ACTOR_KIND_OTHER, flags);
  properties[PROP_NAME_AR] = g_param_spec_string ("name-ar", NULL, NULL, NULL, flags);
  properties[PROP_NAME_EN] = g_param_spec_string ("name-en", NULL, NULL, NULL, flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ALIAS_TYPES] = g_param_spec_boxed ("alias-types", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_WIKIDATA] = g_param_spec_string ("wikidata", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_actor_init (HashiyaActor *self)
{
  self->kind = HASHIYA_ACTOR_KIND_OTHER;
}

HashiyaActor *
hashiya_actor_new (const char       *id,
                   HashiyaActorKind  kind,
                   const char       *name_ar,
                   const char       *name_en)
{
  g_return_val_if_fail (hashiya_actor_is_valid_id (id), NULL);

  return g_object_new (HASHIYA_TYPE_ACTOR,
                       "id", id,
                       "kind", kind,
                       "name-ar", name_ar,
                       "name-en", name_en,
                       NULL);
}

/**
 * hashiya_actor_copy:
 *
 * Returns: (transfer full): a new actor with the same id and state.
 */
HashiyaActor *
hashiya_actor_copy (HashiyaActor *self)
{
  HashiyaActor *copy;

  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);

  copy = hashiya_actor_new (self->id, self->kind, self->name_ar, self->name_en);
  copy->color = g_strdup (self->color);
  copy->aliases = g_strdupv (self->aliases);
  copy->alias_types = g_strdupv (self->alias_types);
  copy->description = g_strdup (self->description);
  copy->wikidata = g_strdup (self->wikidata);

  return copy;
}

/**
 * hashiya_actor_is_valid_id:
 *
 * Ids are stable slugs: lower-case ASCII letters, digits and inner hyphens,
 * such as "azerbaijan" or "format-3plus3".
 */
gboolean
hashiya_actor_is_valid_id (const char *id)
{
  if (id == NULL || id[0] == '\0' || id[0] == '-')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
      if (*p == '-' && (p[1] == '\0' || p[1] == '-'))
        return FALSE;
    }

  return TRUE;
}

/* "#rrggbb", the form that CSS, GdkRGBA and brat's visual.conf all read. */
gboolean
hashiya_color_is_valid (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;

  return TRUE;
}

const char *
hashiya_actor_get_id (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->id;
}

HashiyaActorKind
hashiya_actor_get_kind (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), HASHIYA_ACTOR_KIND_OTHER);
  return self->kind;
}

void
hashiya_actor_set_kind (HashiyaActor     *self,
                        HashiyaActorKind  kind)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
hashiya_actor_get_name_ar (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->name_ar;
}

void
hashiya_actor_set_name_ar (HashiyaActor *self,
                           const char   *name_ar)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));
  hashiya_set_string (G_OBJECT (self), &self->name_ar, name_ar, properties[PROP_NAME_AR]);
}

const char *
hashiya_actor_get_name_en (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->name_en;
}

void
hashiya_actor_set_name_en (HashiyaActor *self,
                           const char   *name_en)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));
  hashiya_set_string (G_OBJECT (self), &self->name_en, name_en, properties[PROP_NAME_EN]);
}

const char *
hashiya_actor_get_color (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->color;
}

void
hashiya_actor_set_color (HashiyaActor *self,
                         const char   *color)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));
  hashiya_set_string (G_OBJECT (self), &self->color, color, properties[PROP_COLOR]);
}

/**
 * hashiya_actor_get_aliases:
 *
 * Returns: (transfer none): the Arabic surface forms beyond the name,
 *   never %NULL.
 */
const char * const *
hashiya_actor_get_aliases (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->aliases != NULL ? (const char * const *) self->aliases : no_aliases;
}

void
hashiya_actor_set_aliases (HashiyaActor       *self,
                           const char * const *aliases)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));

  if (aliases == NULL)
    aliases = no_aliases;
  if (g_strv_equal (hashiya_actor_get_aliases (self), aliases))
    return;

  /* An alias that stays keeps its type. */
  if (self->alias_types != NULL)
    {
      g_autoptr(GStrvBuilder) types = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;

      for (guint i = 0; aliases[i] != NULL; i++)
        g_strv_builder_add (types, hashiya_actor_get_alias_type (self, aliases[i]) ?: "");
      kept = g_strv_builder_end (types);
      g_strfreev (self->alias_types);
      self->alias_types = g_steal_pointer (&kept);
    }

  g_strfreev (self->aliases);
  self->aliases = aliases[0] != NULL ? g_strdupv ((char **) aliases) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

/**
 * hashiya_actor_get_alias_type:
 *
 * Returns: (nullable): the mention type given to @alias in the catalogue
 *   ("capital" for باكو), or %NULL when none was given
 */
const char *
hashiya_actor_get_alias_type (HashiyaActor *self,
                              const char   *alias)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);

  for (guint i = 0; self->aliases != NULL && self->aliases[i] != NULL; i++)
    if (g_str_equal (self->aliases[i], alias))
      {
        const char *type = (self->alias_types != NULL && i < g_strv_length (self->alias_types))
                             ? self->alias_types[i] : NULL;
        return type != NULL && type[0] != '\0' ? type : NULL;
      }

  return NULL;
}

/**
 * hashiya_actor_set_alias_types:
 * @types: (nullable): one mention type nick ("" for none) per alias
 */
void
hashiya_actor_set_alias_types (HashiyaActor       *self,
                               const char * const *types)
{
  gboolean any = FALSE;

  g_return_if_fail (HASHIYA_IS_ACTOR (self));

  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    any |= types[i][0] != '\0';
  if (!any)
    types = NULL;

  if (types == NULL && self->alias_types == NULL)
    return;
  if (types != NULL && self->alias_types != NULL && g_strv_equal ((const char * const *) self->alias_types, types))
    return;

  g_strfreev (self->alias_types);
  self->alias_types = types != NULL ? g_strdupv ((char **) types) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIAS_TYPES]);
}

const char *
hashiya_actor_get_description (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->description;
}

void
hashiya_actor_set_description (HashiyaActor *self,
                               const char   *description)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));
  hashiya_set_string (G_OBJECT (self), &self->description, description,
                      properties[PROP_DESCRIPTION]);
}

const char *
hashiya_actor_get_wikidata (HashiyaActor *self)
{
  g_return_val_if_fail (HASHIYA_IS_ACTOR (self), NULL);
  return self->wikidata;
}

void
hashiya_actor_set_wikidata (HashiyaActor *self,
                            const char   *wikidata)
{
  g_return_if_fail (HASHIYA_IS_ACTOR (self));
  hashiya_set_string (G_OBJECT (self), &self->wikidata, wikidata, properties[PROP_WIKIDATA]);
}
