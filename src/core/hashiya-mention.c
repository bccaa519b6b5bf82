/* hashiya-mention.c — one place in the text that names or stands for an actor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-mention"

#include "config.h"

#include "hashiya-enum-types.h"
#include "hashiya-mention.h"
#include "hashiya-object-util.h"

struct _HashiyaMention
{
  GObject               parent_instance;

  char                 *id;
  guint                 start;
  guint                 end;
  char                 *actor;
  HashiyaMentionType    type;
  HashiyaMentionStatus  status;
  char                 *note;
  char                 *label;
  char                 *author;
  char                 *created;
  char                 *modified;
  char                 *quote_exact;
  char                 *quote_prefix;
  char                 *quote_suffix;
};

G_DEFINE_FINAL_TYPE (HashiyaMention, hashiya_mention, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_ACTOR,
  PROP_MENTION_TYPE,
  PROP_STATUS,
  PROP_NOTE,
  PROP_LABEL,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_QUOTE_EXACT,
  PROP_QUOTE_PREFIX,
  PROP_QUOTE_SUFFIX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hashiya_mention_finalize (GObject *object)
{
  HashiyaMention *self = (HashiyaMention *) object;

  g_free (self->id);
  hashiya_clear_shared_string (&self->actor);
  g_free (self->note);
  hashiya_clear_shared_string (&self->label);
  hashiya_clear_shared_string (&self->author);
  hashiya_clear_shared_string (&self->created);
  hashiya_clear_shared_string (&self->modified);
  g_free (self->quote_exact);
  g_free (self->quote_prefix);
  g_free (self->quote_suffix);

  G_OBJECT_CLASS (hashiya_mention_parent_class)->finalize (object);
}

static void
hashiya_mention_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HashiyaMention *self = HASHIYA_MENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;
    case PROP_MENTION_TYPE:
      g_value_set_enum (value, self->type);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_QUOTE_EXACT:
      g_value_set_string (value, self->quote_exact);
      break;
    case PROP_QUOTE_PREFIX:
      g_value_set_string (value, self->quote_prefix);
      break;
    case PROP_QUOTE_SUFFIX:
      g_value_set_string (value, self->quote_suffix);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_mention_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HashiyaMention *self = HASHIYA_MENTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    /* Start and end are set independently here (undo swaps them one by
     * one); the document checks that start <= end before it accepts a span. */
    case PROP_START:
      if (self->start != g_value_get_uint (value))
        {
          self->start = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_END:
      if (self->end != g_value_get_uint (value))
        {
          self->end = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_ACTOR:
      hashiya_mention_set_actor (self, g_value_get_string (value));
      break;
    case PROP_MENTION_TYPE:
      hashiya_mention_set_mention_type (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      hashiya_mention_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      hashiya_mention_set_note (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      hashiya_mention_set_label (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      hashiya_mention_set_author (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      hashiya_mention_set_created (self, g_value_get_string (value));
      break;
    case PROP_MODIFIED:
      hashiya_mention_set_modified (self, g_value_get_string (value));
      break;
    case PROP_QUOTE_EXACT:
      hashiya_set_string (object, &self->quote_exact, g_value_get_string (value),
                          properties[PROP_QUOTE_EXACT]);
      break;
    case PROP_QUOTE_PREFIX:
      hashiya_set_string (object, &self->quote_prefix, g_value_get_string (value),
                          properties[PROP_QUOTE_PREFIX]);
      break;
    case PROP_QUOTE_SUFFIX:
      hashiya_set_string (object, &self->quote_suffix, g_value_get_string (value),
                          properties[PROP_QUOTE_SUFFIX]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hashiya_mention_class_init (HashiyaMentionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hashiya_mention_finalize;
  object_class->get_property = hashiya_mention_get_property;
  object_class->set_property = hashiya_mention_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_ACTOR] = g_param_spec_string ("actor", NULL, NULL, NULL, flags);
  properties[PROP_MENTION_TYPE] =
    g_param_spec_enum ("mention-type", NULL, NULL, HASHIYA_TYPE_MENTION_TYPE,
                       HASHIYA_MENTION_TYPE_NAME, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, HASHIYA_TYPE_MENTION_STATUS,
                       HASHIYA_MENTION_STATUS_ACCEPTED, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE_EXACT] = g_param_spec_string ("quote-exact", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE_PREFIX] = g_param_spec_string ("quote-prefix", NULL, NULL, NULL, flags);
  properties[PROP_QUOTE_SUFFIX] = g_param_spec_string ("quote-suffix", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hashiya_mention_init (HashiyaMention *self)
{
}

HashiyaMention *
hashiya_mention_new (const char *id,
                     guint       start,
                     guint       end,
                     const char *actor)
{
  HashiyaMention *self;

  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (HASHIYA_TYPE_MENTION, "id", id, NULL);
  self->start = start;
  self->end = end;
  hashiya_set_shared_string (G_OBJECT (self), &self->actor, actor, NULL);

  return self;
}

/**
 * hashiya_mention_copy:
 *
 * Returns: (transfer full): a new mention with the same id and state.
 */
HashiyaMention *
hashiya_mention_copy (HashiyaMention *self)
{
  HashiyaMention *copy;

  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);

  copy = hashiya_mention_new (self->id, self->start, self->end, self->actor);
  copy->type = self->type;
  copy->status = self->status;
  copy->note = g_strdup (self->note);
  copy->label = hashiya_share_string (self->label);
  copy->author = hashiya_share_string (self->author);
  copy->created = hashiya_share_string (self->created);
  copy->modified = hashiya_share_string (self->modified);
  copy->quote_exact = g_strdup (self->quote_exact);
  copy->quote_prefix = g_strdup (self->quote_prefix);
  copy->quote_suffix = g_strdup (self->quote_suffix);

  return copy;
}

/**
 * hashiya_mention_compare:
 *
 * The order of mentions in the text and in files: by start, then end,
 * then id. A #GCompareDataFunc.
 */
int
hashiya_mention_compare (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  const HashiyaMention *ma = a;
  const HashiyaMention *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end < mb->end ? -1 : 1;
  return g_strcmp0 (ma->id, mb->id);
}

/**
 * hashiya_mention_span_hash:
 *
 * A #GHashFunc of a mention's span and actor, with
 * hashiya_mention_span_equal(): mentions keyed by what a document has at
 * most once.
 */
guint
hashiya_mention_span_hash (gconstpointer mention)
{
  const HashiyaMention *m = mention;

  return (m->start * 31u + m->end) ^ g_str_hash (m->actor);
}

/**
 * hashiya_mention_span_equal:
 *
 * Whether two mentions have the same span and actor. A #GEqualFunc.
 */
gboolean
hashiya_mention_span_equal (gconstpointer a,
                            gconstpointer b)
{
  const HashiyaMention *x = a, *y = b;

  return x->start == y->start && x->end == y->end && g_strcmp0 (x->actor, y->actor) == 0;
}

/**
 * hashiya_mention_compare_nesting:
 *
 * Outer before inner: by start, then the longer first, then id. A
 * #GCompareFunc for g_ptr_array_sort() on an array of mentions.
 */
int
hashiya_mention_compare_nesting (gconstpointer a,
                                 gconstpointer b)
{
  const HashiyaMention *ma = *(HashiyaMention * const *) a;
  const HashiyaMention *mb = *(HashiyaMention * const *) b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1;
  return g_strcmp0 (ma->id, mb->id);
}

const char *
hashiya_mention_get_id (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->id;
}

guint
hashiya_mention_get_start (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), 0);
  return self->start;
}

guint
hashiya_mention_get_end (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), 0);
  return self->end;
}

void
hashiya_mention_set_span (HashiyaMention *self,
                          guint           start,
                          guint           end)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  g_return_if_fail (start <= end);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
hashiya_mention_get_actor (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->actor;
}

void
hashiya_mention_set_actor (HashiyaMention *self,
                           const char     *actor)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  hashiya_set_shared_string (G_OBJECT (self), &self->actor, actor, properties[PROP_ACTOR]);
}

HashiyaMentionType
hashiya_mention_get_mention_type (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), HASHIYA_MENTION_TYPE_NAME);
  return self->type;
}

void
hashiya_mention_set_mention_type (HashiyaMention     *self,
                                  HashiyaMentionType  type)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));

  if (self->type == type)
    return;
  self->type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTION_TYPE]);
}

HashiyaMentionStatus
hashiya_mention_get_status (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), HASHIYA_MENTION_STATUS_ACCEPTED);
  return self->status;
}

void
hashiya_mention_set_status (HashiyaMention       *self,
                            HashiyaMentionStatus  status)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
hashiya_mention_get_note (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->note;
}

void
hashiya_mention_set_note (HashiyaMention *self,
                          const char     *note)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  hashiya_set_string (G_OBJECT (self), &self->note, note, properties[PROP_NOTE]);
}

/**
 * hashiya_mention_get_label:
 *
 * The label another tool gave the mention ("Country", "B-Politician"'s
 * "Politician"), kept by an import when it says more than the actor's
 * kind; %NULL for the others.
 */
const char *
hashiya_mention_get_label (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->label;
}

void
hashiya_mention_set_label (HashiyaMention *self,
                           const char     *label)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  hashiya_set_shared_string (G_OBJECT (self), &self->label, label, properties[PROP_LABEL]);
}

const char *
hashiya_mention_get_author (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->author;
}

void
hashiya_mention_set_author (HashiyaMention *self,
                            const char     *author)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  hashiya_set_shared_string (G_OBJECT (self), &self->author, author, properties[PROP_AUTHOR]);
}

const char *
hashiya_mention_get_created (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->created;
}

void
hashiya_mention_set_created (HashiyaMention *self,
                             const char     *created)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  hashiya_set_shared_string (G_OBJECT (self), &self->created, created, properties[PROP_CREATED]);
}

const char *
hashiya_mention_get_modified (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->modified;
}

void
hashiya_mention_set_modified (HashiyaMention *self,
                              const char     *modified)
{
  g_return_if_fail (HASHIYA_IS_MENTION (self));
  hashiya_set_shared_string (G_OBJECT (self), &self->modified, modified, properties[PROP_MODIFIED]);
}

const char *
hashiya_mention_get_quote_exact (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->quote_exact;
}

const char *
hashiya_mention_get_quote_prefix (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->quote_prefix;
}

const char *
hashiya_mention_get_quote_suffix (HashiyaMention *self)
{
  g_return_val_if_fail (HASHIYA_IS_MENTION (self), NULL);
  return self->quote_suffix;
}

/**
 * hashiya_mention_set_quote:
 *
 * The quote selector: the mention's text, and the text just before and
 * after it, kept to find the mention again if the text changes.
 */
void
hashiya_mention_set_quote (HashiyaMention *self,
                           const char     *exact,
                           const char     *prefix,
                           const char     *suffix)
{
  GObject *object = G_OBJECT (self);

  g_return_if_fail (HASHIYA_IS_MENTION (self));

  g_object_freeze_notify (object);
  hashiya_set_string (object, &self->quote_exact, exact, properties[PROP_QUOTE_EXACT]);
  hashiya_set_string (object, &self->quote_prefix, prefix, properties[PROP_QUOTE_PREFIX]);
  hashiya_set_string (object, &self->quote_suffix, suffix, properties[PROP_QUOTE_SUFFIX]);
  g_object_thaw_notify (object);
}

/* Timestamps are ISO 8601 in UTC to the second, "2023-10-23T09:30:00Z":
 * they sort as text and survive every round trip unchanged. */
char *
hashiya_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

gboolean
hashiya_timestamp_is_valid (const char *timestamp)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (timestamp == NULL)
    return FALSE;

  parsed = g_date_time_new_from_iso8601 (timestamp, NULL);
  return parsed != NULL;
}
