/* hashiya-types.c — helpers for the enumerations stored in files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-types"

#include "config.h"

#include "hashiya-enum-types.h"
#include "hashiya-types.h"

const char *
hashiya_enum_to_nick (GType enum_type,
                      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
hashiya_enum_from_nick (GType       enum_type,
                        const char *nick,
                        int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

/* "state, person, …" for error messages that list what is allowed. */
char *
hashiya_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, klass->values[i].value_nick);
    }

  return g_string_free (out, FALSE);
}
