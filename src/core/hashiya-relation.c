/* hashiya-relation.c — who does what to whom: a typed link between two
 * mentions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A relation links a source mention (the actor who acts) to a target
 * mention (the other party, or the forum), with a type of the document's
 * relation catalogue, the words that state it (its trigger, optional),
 * how it happened (mode), whether the text says it did not happen, and
 * whether it happened, will, or might. Every property but the id is
 * state that an edit may change: undo swaps them (see
 * hashiya_object_swap_state()).
 */

#define G_LOG_DOMAIN "hashiya-relation"

#include "config.h"

#include "hashiya-enum-types.h"
#include "hashiya-object-util.h"
#include "hashiya-relation.h"

struct _HashiyaRelation
{
  GObject               parent_instance;

  char                 *id;
  char                 *type;
  char                 *source;
  char                 *target;
  guint                 trigger_start;
  guint                 trigger_end;
  char                 *mode;
  gboolean              negated;
  HashiyaModality       modality;
  HashiyaMentionStatus  status;
  char                 *note;
  char                 *author;
  char                 *created;
  char                 *modified;
};

G_DEFINE_FINAL_TYPE (HashiyaRelation, hashiya_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_RELATION_TYPE,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_TRIGGER_START,
  PROP_TRIGGER_END,
  PROP_MODE,
  PROP_NEGATED,
  PROP_MODALITY,
  PROP_STATUS,
  PROP_NOTE,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
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
  g_free (self->mode);
  g_free (self->note);
  g_free (self->author);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (hashiya_relation_parent_class)->finalize (object);
}

static char **
string_field (HashiyaRelation *self,
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
    case PROP_MODE:
      return &self->mode;
    case PROP_NOTE:
      return &self->note;
    case PROP_AUTHOR:
      return &self->author;
    case PROP_CREATED:
      return &self->created;
    case PROP_MODIFIED:
      return &self->modified;
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
  HashiyaRelation *self = HASHIYA_RELATION (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }
  switch (prop_id)
    {
    case PROP_TRIGGER_START:
      g_value_set_uint (value, self->trigger_start);
      break;
    case PROP_TRIGGER_END:
      g_value_set_uint (value, self->trigger_end);
      break;
    case PROP_NEGATED:
      g_value_set_boolean (value, self->negated);
      break;
    case PROP_MODALITY:
      g_value_set_enum (value, self->modality);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_uint (HashiyaRelation *self,
          guint           *field,
          guint            value,
          GParamSpec      *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
hashiya_relation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HashiyaRelation *self = HASHIYA_RELATION (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      hashiya_set_string (object, field, g_value_get_string (value), pspec);
      return;
    }
  switch (prop_id)
    {
    case PROP_TRIGGER_START:
      set_uint (self, &self->trigger_start, g_value_get_uint (value), pspec);
      break;
    case PROP_TRIGGER_END:
      set_uint (self, &self->trigger_end, g_value_get_uint (value), pspec);
      break;
    case PROP_NEGATED:
      set_uint (self, (guint *) &self->negated, g_value_get_boolean (value), pspec);
      break;
    case PROP_MODALITY:
      set_uint (self, (guint *) &self->modality, (guint) g_value_get_enum (value), pspec);
      break;
    case PROP_STATUS:
      set_uint (self, (guint *) &self->status, (guint) g_value_get_enum (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  /**
   * HashiyaRelation:source:
   *
   * The id of the mention of the actor who acts.
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  /**
   * HashiyaRelation:target:
   *
   * The id of the mention of the other party, or of the forum.
   */
  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, flags);
  /**
   * HashiyaRelation:trigger-start:
   *
   * Where the words that state the relation start, in code points; equal
   * to HashiyaRelation:trigger-end when it has none.
   */
  properties[PROP_TRIGGER_START] = g_param_spec_uint ("trigger-start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TRIGGER_END] = g_param_spec_uint ("trigger-end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_MODE] = g_param_spec_string ("mode", NULL, NULL, NULL, flags);
  properties[PROP_NEGATED] = g_param_spec_boolean ("negated", NULL, NULL, FALSE, flags);
  properties[PROP_MODALITY] =
    g_param_spec_enum ("modality", NULL, NULL, HASHIYA_TYPE_MODALITY, HASHIYA_MODALITY_ASSERTED, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, HASHIYA_TYPE_MENTION_STATUS, HASHIYA_MENTION_STATUS_ACCEPTED, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_relation_init (HashiyaRelation *self)
{
}

/**
 * hashiya_relation_new:
 * @type: the id of a type of the relation catalogue
 * @source: the id of the source mention
 * @target: the id of the target mention
 */
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
 * hashiya_relation_copy:
 *
 * Returns: (transfer full): a relation of the same id and state
 */
HashiyaRelation *
hashiya_relation_copy (HashiyaRelation *self)
{
  HashiyaRelation *copy;

  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);

  copy = hashiya_relation_new (self->id, self->type, self->source, self->target);
  copy->trigger_start = self->trigger_start;
  copy->trigger_end = self->trigger_end;
  copy->mode = g_strdup (self->mode);
  copy->negated = self->negated;
  copy->modality = self->modality;
  copy->status = self->status;
  copy->note = g_strdup (self->note);
  copy->author = g_strdup (self->author);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

/**
 * hashiya_relation_is_valid_type:
 *
 * A relation type's id is lower-case ASCII words joined by single
 * hyphens: "consult", "negotiates-with".
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

void
hashiya_relation_set_relation_type (HashiyaRelation *self,
                                    const char      *type)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->type, type, properties[PROP_RELATION_TYPE]);
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

/* Both ends at once, as swapping the direction needs. */
void
hashiya_relation_set_ends (HashiyaRelation *self,
                           const char      *source,
                           const char      *target)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));

  g_object_freeze_notify (G_OBJECT (self));
  hashiya_set_string (G_OBJECT (self), &self->source, source, properties[PROP_SOURCE]);
  hashiya_set_string (G_OBJECT (self), &self->target, target, properties[PROP_TARGET]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * hashiya_relation_get_trigger:
 * @start: (out) (optional): where the trigger starts
 * @end: (out) (optional): where it ends
 *
 * Returns: whether the relation has a trigger
 */
gboolean
hashiya_relation_get_trigger (HashiyaRelation *self,
                              guint           *start,
                              guint           *end)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), FALSE);

  if (start != NULL)
    *start = self->trigger_start;
  if (end != NULL)
    *end = self->trigger_end;
  return self->trigger_start < self->trigger_end;
}

/* @start == @end: no trigger. */
void
hashiya_relation_set_trigger (HashiyaRelation *self,
                              guint            start,
                              guint            end)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));

  if (start >= end)
    start = end = 0;
  g_object_freeze_notify (G_OBJECT (self));
  set_uint (self, &self->trigger_start, start, properties[PROP_TRIGGER_START]);
  set_uint (self, &self->trigger_end, end, properties[PROP_TRIGGER_END]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
hashiya_relation_get_mode (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->mode;
}

void
hashiya_relation_set_mode (HashiyaRelation *self,
                           const char      *mode)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->mode, mode != NULL && mode[0] != '\0' ? mode : NULL,
                      properties[PROP_MODE]);
}

gboolean
hashiya_relation_get_negated (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), FALSE);
  return self->negated;
}

void
hashiya_relation_set_negated (HashiyaRelation *self,
                              gboolean         negated)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  set_uint (self, (guint *) &self->negated, !!negated, properties[PROP_NEGATED]);
}

HashiyaModality
hashiya_relation_get_modality (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), HASHIYA_MODALITY_ASSERTED);
  return self->modality;
}

void
hashiya_relation_set_modality (HashiyaRelation *self,
                               HashiyaModality  modality)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  set_uint (self, (guint *) &self->modality, modality, properties[PROP_MODALITY]);
}

HashiyaMentionStatus
hashiya_relation_get_status (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), HASHIYA_MENTION_STATUS_ACCEPTED);
  return self->status;
}

void
hashiya_relation_set_status (HashiyaRelation      *self,
                             HashiyaMentionStatus  status)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  set_uint (self, (guint *) &self->status, status, properties[PROP_STATUS]);
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

const char *
hashiya_relation_get_author (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->author;
}

void
hashiya_relation_set_author (HashiyaRelation *self,
                             const char      *author)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->author, author, properties[PROP_AUTHOR]);
}

const char *
hashiya_relation_get_created (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->created;
}

void
hashiya_relation_set_created (HashiyaRelation *self,
                              const char      *created)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->created, created, properties[PROP_CREATED]);
}

const char *
hashiya_relation_get_modified (HashiyaRelation *self)
{
  g_return_val_if_fail (HASHIYA_IS_RELATION (self), NULL);
  return self->modified;
}

void
hashiya_relation_set_modified (HashiyaRelation *self,
                               const char      *modified)
{
  g_return_if_fail (HASHIYA_IS_RELATION (self));
  hashiya_set_string (G_OBJECT (self), &self->modified, modified, properties[PROP_MODIFIED]);
}
