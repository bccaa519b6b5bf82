/* hashiya-object-util.c — small GObject helpers shared by the model classes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-object"

#include "config.h"

#include "hashiya-object-util.h"

/* Empty is unset; %TRUE when @value differs from what @field holds. */
static gboolean
string_changes (const char  *field,
                const char **value)
{
  if (*value != NULL && (*value)[0] == '\0')
    *value = NULL;
  return g_strcmp0 (field, *value) != 0;
}

/**
 * hashiya_set_string:
 *
 * Sets a string field and notifies @pspec when the value really changed.
 * Empty strings are stored as %NULL so that "" and "unset" are one state.
 */
gboolean
hashiya_set_string (GObject     *object,
                    char       **field,
                    const char  *value,
                    GParamSpec  *pspec)
{
  if (!string_changes (*field, &value))
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

/**
 * hashiya_set_shared_string:
 *
 * As hashiya_set_string(), for a field that many objects share the value
 * of (an actor id, an author, a time): the value is an interned
 * #GRefString, kept once however many objects hold it. The field must
 * be released with hashiya_clear_shared_string().
 */
gboolean
hashiya_set_shared_string (GObject     *object,
                           char       **field,
                           const char  *value,
                           GParamSpec  *pspec)
{
  if (!string_changes (*field, &value))
    return FALSE;

  hashiya_clear_shared_string (field);
  *field = value != NULL ? g_ref_string_new_intern (value) : NULL;
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

void
hashiya_clear_shared_string (char **field)
{
  if (*field != NULL)
    g_ref_string_release (g_steal_pointer (field));
}

char *
hashiya_share_string (const char *shared)
{
  return shared != NULL ? g_ref_string_acquire ((char *) shared) : NULL;
}

/* The properties that make up an object's editable state: readable and
 * writable, but not construct-only (an id never changes). */
static gboolean
is_state_property (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE &&
         (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0;
}

/**
 * hashiya_object_swap_state:
 *
 * Exchanges every editable property of @live and @snapshot, two objects of
 * one type. Undo and redo of an edit are both this one swap.
 */
void
hashiya_object_swap_state (GObject *live,
                           GObject *snapshot)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  g_return_if_fail (G_OBJECT_TYPE (live) == G_OBJECT_TYPE (snapshot));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (live), &n_pspecs);
  g_object_freeze_notify (live);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      if (!is_state_property (pspecs[i]))
        continue;

      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (live, pspecs[i]->name, &a);
      g_object_get_property (snapshot, pspecs[i]->name, &b);
      g_object_set_property (live, pspecs[i]->name, &b);
      g_object_set_property (snapshot, pspecs[i]->name, &a);
    }
  g_object_thaw_notify (live);
}

gboolean
hashiya_object_state_equal (GObject *a,
                            GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), FALSE);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!is_state_property (pspecs[i]))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      /* Boxed values compare by pointer; string lists must compare by content. */
      if (pspecs[i]->value_type == G_TYPE_STRV)
        {
          const char * const *sa = g_value_get_boxed (&va);
          const char * const *sb = g_value_get_boxed (&vb);
          const char * const empty[] = { NULL };

          if (!g_strv_equal (sa != NULL ? sa : empty, sb != NULL ? sb : empty))
            return FALSE;
        }
      else if (g_param_values_cmp (pspecs[i], &va, &vb) != 0)
        return FALSE;
    }

  return TRUE;
}
