/* hashiya-relation.c — a typed link between two actors, with its evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-relation"

#include "config.h"

#include "hashiya-object-util.h"
#include "hashiya-relation.h"

struct _HashiyaRelation
{
  GObject  parent_instance;

  char    *id;
  char    *type;
  char    *source;
  char    *target;
  char    *evidence;
  char    *note;
};

G_DEFINE_FINAL_TYPE (HashiyaRelation, hashiya_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_RELATION_TYPE,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_EVIDENCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_relation_finalize (GObject *object)
{
  HashiyaRelation *self = (HashiyaRelation *) object;

  g_free (self->id);
  g_free (self->type);
  g_free (self->source);
  g_free (self->target);
  g_free (self->evidence);
  g_free (self->note);

  G_OBJECT_CLASS (hashiya_relation_parent_class)->finalize (object);
}

static char **
field_for_property (HashiyaRelation *self,
                    guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_RELATION_TYPE:
      return &self->type;
    case PROP_SOURCE:
      return &self->source;
    case PROP_TARGET:
      return &self->target;
    case PROP_EVIDENCE:
      return &self->evidence;
    case PROP_NOTE:
      return &self->note;
    default:
      return NULL;
    }
}

static void
hashiya_relation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  char **field = field_for_property (HASHIYA_RELATION (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
hashiya_relation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  char **field = field_for_property (HASHIYA_RELATION (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    hashiya_set_string (object, field, g_value_get_string (value), pspec);
}

static void
hashiya_relation_class_init (HashiyaRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_relation_finalize;
  object_class->get_property = hashiya_relation_get_property;
  object_class->set_property = hashiya_relation_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RELATION_TYPE] = g_param_spec_string ("relation-type", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, flags);
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_relation_init (HashiyaRelation *self)
{
}

HashiyaRelation *
hashiya_relation_new (const char *id,
                      const char *type,
                      const char *source,
                      const char *target)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (HASHIYA_TYPE_RELATION,
                       "id", id,
                       "relation-type", type,
                       "source", source,
                       "target", target,
                       NULL);
}

/**
 * hashiya_relation_is_valid_type:
 *
 * Relation types are open-ended slugs such as "supports", "hosts" or
 * "negotiates-with": lower-case ASCII letters and inner hyphens.
 */
gboolean
hashiya_relation_is_valid_type (const char *type)
{
  if (type == NULL || !g_ascii_islower (type[0]))
    return FALSE;

  for (const char *p = type; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !(*p == '-' && p[1] != '\0' && p[1] != '-'))
      return FALSE;

  return TRUE;
}

const char *
hashiya_relation_get_id (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->id;
}

const char *
hashiya_relation_get_relation_type (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->type;
}

const char *
hashiya_relation_get_source (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->source;
}

const char *
hashiya_relation_get_target (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->target;
}

/* The id of the mention whose sentence shows the relation, or %NULL. */
const char *
hashiya_relation_get_evidence (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->evidence;
}

void
hashiya_relation_set_evidence (HashiyaRelation *self,
                               const char      *mention_id)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->evidence, mention_id, properties[PROP_EVIDENCE]);
}

const char *
hashiya_relation_get_note (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->note;
}

void
hashiya_relation_set_note (HashiyaRelation *self,
                           const char      *note)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->note, note, properties[PROP_NOTE]);
}
