/* hashiya-json.c — typed JSON reading with precise errors, and escaping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-json"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-error.h"
#include "hashiya-json.h"
#include "hashiya-types.h"

/**
 * hashiya_json_parse:
 *
 * Parses @bytes as JSON. A syntax error reads "NAME:LINE:COLUMN: what is
 * wrong" and has the code %HASHIYA_ERROR_SYNTAX.
 */
/* json-glib also takes escapes JSON does not have, such as the octal
 * "\202", which make strings that are not UTF-8: refuse them first.
 * DATA is valid UTF-8. */
static gboolean
check_escapes (const char  *data,
               gsize        size,
               const char  *display_name,
               GError     **error)
{
  const char *end = data + size;
  const char *line_start = data;
  gboolean in_string = FALSE;
  guint line = 1;

  for (const char *p = data; p < end; p++)
    {
      if (*p == '\n')
        line++, line_start = p + 1;
      else if (*p == '"')
        in_string = !in_string;
      else if (*p == '\\' && in_string && p + 1 < end)
        {
          if (strchr ("\"\\/bfnrtu", p[1]) == NULL || p[1] == '\0')
            {
              g_autofree char *escape = g_strndup (p, g_utf8_next_char (p + 1) - p);

              g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX,
                           _("%s:%u:%u: “%s” is not a JSON escape"), display_name, line,
                           (guint) g_utf8_strlen (line_start, p - line_start) + 1, escape);
              return FALSE;
            }
          p++;
        }
    }
  return TRUE;
}

JsonNode *
hashiya_json_parse (GBytes      *bytes,
                    const char  *display_name,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;

  if (size == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("%s: the file is empty"), display_name);
      return NULL;
    }
  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_BINARY,
                   _("%s: a NUL byte at byte offset %lu: this is binary data, not JSON"),
                   display_name, (gulong) ((const char *) memchr (data, '\0', size) - data));
      return NULL;
    }
  if (!g_utf8_validate_len (data, size, NULL))
    {
      const char *end = NULL;

      g_utf8_validate_len (data, size, &end);
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING,
                   _("%s: not valid UTF-8 at byte offset %lu"),
                   display_name, (gulong) (end - data));
      return NULL;
    }

  if (!check_escapes (data, size, display_name, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      /* json-glib says "<data>:3:14: Parse error: …"; name the file instead. */
      const char *message = local_error->message;
      const char *rest = g_str_has_prefix (message, "<data>") ? message + strlen ("<data>") : NULL;

      if (rest != NULL)
        g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX, "%s%s", display_name, rest);
      else
        g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX, "%s: %s", display_name, message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY,
                   _("%s: the file holds no JSON value"), display_name);
      return NULL;
    }

  return json_node_ref (root);
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _("a string");
        if (type == G_TYPE_INT64)
          return _("a whole number");
        if (type == G_TYPE_DOUBLE)
          return _("a number with a fraction");
        if (type == G_TYPE_BOOLEAN)
          return _("true or false");
        return _("a value");
      }
    default:
      return _("a value");
    }
}

static void
set_type_error (GError     **error,
                const char  *where,
                const char  *member,
                const char  *expected,
                JsonNode    *node)
{
  g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
               _("%s: \"%s\" must be %s, not %s"), where, member, expected, describe_node (node));
}

/* Finds @member; a missing required member is an error, a missing optional
 * one returns TRUE with *node set to NULL. */
static gboolean
lookup (JsonObject  *object,
        const char  *member,
        gboolean     required,
        JsonNode   **node,
        const char  *where,
        GError     **error)
{
  *node = json_object_get_member (object, member);
  if (*node == NULL && required)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"%s\" is missing"), where, member);
      return FALSE;
    }
  return TRUE;
}

/* Finds @member as lookup () does, and checks that it holds a node of
 * @type (a value of @value_type, for a value): @expected (untranslated)
 * says what it must be. */
static gboolean
lookup_typed (JsonObject    *object,
              const char    *member,
              gboolean       required,
              JsonNodeType   type,
              GType          value_type,
              const char    *expected,
              JsonNode     **node,
              const char    *where,
              GError       **error)
{
  if (!lookup (object, member, required, node, where, error))
    return FALSE;
  if (*node != NULL &&
      (JSON_NODE_TYPE (*node) != type || (type == JSON_NODE_VALUE && json_node_get_value_type (*node) != value_type)))
    {
      set_type_error (error, where, member, _(expected), *node);
      return FALSE;
    }
  return TRUE;
}

gboolean
hashiya_json_check_members (JsonObject          *object,
                            const char * const  *known,
                            const char          *where,
                            GError             **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (known, name))
        {
          g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                       _("%s: unknown member \"%s\""), where, name);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
hashiya_json_get_string (JsonObject   *object,
                         const char   *member,
                         gboolean      required,
                         const char  **value,
                         const char   *where,
                         GError      **error)
{
  JsonNode *node;

  *value = NULL;
  if (!lookup_typed (object, member, required, JSON_NODE_VALUE, G_TYPE_STRING, N_("a string"), &node, where, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_string (node);
  return TRUE;
}

gboolean
hashiya_json_get_uint (JsonObject  *object,
                       const char  *member,
                       gboolean     required,
                       guint       *value,
                       const char  *where,
                       GError     **error)
{
  JsonNode *node;
  gint64 number;

  if (!lookup_typed (object, member, required, JSON_NODE_VALUE, G_TYPE_INT64, N_("a whole number"), &node, where,
                     error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  number = json_node_get_int (node);
  if (number < 0 || number > G_MAXINT32)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"%s\" is %lld, out of range (0 to %d)"),
                   where, member, (long long) number, G_MAXINT32);
      return FALSE;
    }

  *value = (guint) number;
  return TRUE;
}

gboolean
hashiya_json_get_boolean (JsonObject  *object,
                          const char  *member,
                          gboolean     required,
                          gboolean    *value,
                          const char  *where,
                          GError     **error)
{
  JsonNode *node;

  if (!lookup_typed (object, member, required, JSON_NODE_VALUE, G_TYPE_BOOLEAN, N_("true or false"), &node, where, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
hashiya_json_get_object (JsonObject   *object,
                         const char   *member,
                         gboolean      required,
                         JsonObject  **value,
                         const char   *where,
                         GError      **error)
{
  JsonNode *node;

  *value = NULL;
  if (!lookup_typed (object, member, required, JSON_NODE_OBJECT, G_TYPE_INVALID, N_("an object"), &node, where, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_object (node);
  return TRUE;
}

gboolean
hashiya_json_get_array (JsonObject  *object,
                        const char  *member,
                        gboolean     required,
                        JsonArray  **value,
                        const char  *where,
                        GError     **error)
{
  JsonNode *node;

  *value = NULL;
  if (!lookup_typed (object, member, required, JSON_NODE_ARRAY, G_TYPE_INVALID, N_("a list"), &node, where, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_array (node);
  return TRUE;
}

/**
 * hashiya_json_get_enum:
 * @value: (inout): left as it is when @member is absent
 *
 * An optional member that holds a nick of @enum_type.
 */
gboolean
hashiya_json_get_enum (JsonObject  *object,
                       const char  *member,
                       GType        enum_type,
                       int         *value,
                       const char  *where,
                       GError     **error)
{
  const char *nick = NULL;

  if (!hashiya_json_get_string (object, member, FALSE, &nick, where, error))
    return FALSE;
  if (nick == NULL)
    return TRUE;

  if (!hashiya_enum_from_nick (enum_type, nick, value))
    {
      g_autofree char *allowed = hashiya_enum_list_nicks (enum_type);

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"%s\" is \"%s\"; it must be one of %s"), where, member, nick, allowed);
      return FALSE;
    }

  return TRUE;
}

/**
 * hashiya_json_check_header:
 * @format: what "format" must say, e.g. "hashiya"
 * @newest: the newest "version" this program reads
 *
 * Checks "format" and "version" before anything else is read, so that a
 * newer file is refused whole rather than half-read.
 */
gboolean
hashiya_json_check_header (JsonObject  *root,
                           const char  *format,
                           int          newest,
                           const char  *display_name,
                           GError     **error)
{
  const char *found = NULL;
  guint version = 0;

  if (!hashiya_json_get_string (root, "format", FALSE, &found, display_name, error))
    return FALSE;
  if (g_strcmp0 (found, format) != 0)
    {
      if (found == NULL)
        g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                     _("%s: not a %s file: \"format\": \"%s\" is missing"),
                     display_name, format, format);
      else
        g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                     _("%s: not a %s file: \"format\" is \"%s\""), display_name, format, found);
      return FALSE;
    }

  if (!hashiya_json_get_uint (root, "version", TRUE, &version, display_name, error))
    return FALSE;
  if (version == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"version\" must be 1 or more"), display_name);
      return FALSE;
    }
  if (version > (guint) newest)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_VERSION,
                   _("%s: version %u was written by a newer Hashiya; this one reads up to "
                   "version %d. Update Hashiya to open it."), display_name, version, newest);
      return FALSE;
    }

  return TRUE;
}

JsonObject *
hashiya_json_node_as_object (JsonNode    *node,
                             const char  *where,
                             GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: must be an object, not %s"), where, describe_node (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Arabic and every other non-ASCII character stays as UTF-8, so that files
 * stay readable and diff well; only what JSON requires is escaped. */
void
hashiya_json_append_string (GString    *out,
                            const char *utf8)
{
  const char *p;
  const char *run = utf8;

  g_string_append_c (out, '"');
  /* Runs that need no escape go in whole: a text is megabytes of them. */
  for (p = utf8; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          break;
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* ", "name": "value"" — the separator first, so callers chain members. */
void
hashiya_json_append_member (GString    *out,
                            const char *name,
                            const char *utf8)
{
  g_string_append (out, ", ");
  hashiya_json_append_string (out, name);
  g_string_append (out, ": ");
  hashiya_json_append_string (out, utf8);
}

/**
 * hashiya_json_skip_literal:
 * @p: (inout): where @literal should be; passes it when it is there
 *
 * For the readers of lines laid out as the writer lays them out.
 *
 * Returns: whether the bytes at *@p, before @end, start with @literal
 */
gboolean
hashiya_json_skip_literal (const char **p,
                           const char  *end,
                           const char  *literal)
{
  gsize n = strlen (literal);

  if ((gsize) (end - *p) < n || memcmp (*p, literal, n) != 0)
    return FALSE;
  *p += n;
  return TRUE;
}

/* The four hex digits at *P, which it passes. */
static gboolean
read_hex4 (const char **p,
           const char  *end,
           gunichar    *value)
{
  *value = 0;
  if (end - *p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++, (*p)++)
    {
      if (!g_ascii_isxdigit (**p))
        return FALSE;
      *value = *value * 16 + (gunichar) g_ascii_xdigit_value (**p);
    }
  return TRUE;
}

/**
 * hashiya_json_read_escape:
 * @p: (inout): just after a backslash in a JSON string; passes the escape
 * @end: where the string ends
 * @c: (out): the character the escape stands for
 *
 * Reads one escape of a JSON string, as the readers that go faster than
 * the general one take them: the eight of one letter, and "\u" with four
 * hex digits (a surrogate pair as the one character it makes). %FALSE for
 * anything else, and for what the general reader must judge: "\u0000"
 * (json-glib ends the string there) and half a surrogate pair.
 */
gboolean
hashiya_json_read_escape (const char **p,
                          const char  *end,
                          gunichar    *c)
{
  static const char escapes[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
  gunichar low;

  g_return_val_if_fail (p != NULL && *p != NULL && c != NULL, FALSE);

  if (*p >= end)
    return FALSE;
  if (**p != 'u')
    {
      for (const char *e = escapes; *e != '\0'; e += 2)
        if (*e == **p)
          {
            *c = (guchar) e[1];
            (*p)++;
            return TRUE;
          }
      return FALSE;
    }

  (*p)++;
  if (!read_hex4 (p, end, c) || *c == 0 || (*c >= 0xDC00 && *c <= 0xDFFF))
    return FALSE;
  if (*c >= 0xD800 && *c <= 0xDBFF)
    {
      if (end - *p < 6 || (*p)[0] != '\\' || (*p)[1] != 'u')
        return FALSE;
      *p += 2;
      if (!read_hex4 (p, end, &low) || low < 0xDC00 || low > 0xDFFF)
        return FALSE;
      *c = 0x10000 + ((*c - 0xD800) << 10) + (low - 0xDC00);
    }
  return TRUE;
}
