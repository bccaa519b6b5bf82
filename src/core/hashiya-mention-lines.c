/* hashiya-mention-lines.c — a .hashiya's mentions, one a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document's bulk is its "mentions" array: a hundred thousand small
 * objects, one a line. Here is the writer of a line, the general reader
 * of one mention, and a fast reader of them all.
 *
 * A general JSON parser turns the lines into as many hash tables before
 * they become mentions; the fast reader makes mentions straight from the
 * bytes. It takes only what the writer writes (the members it knows, of
 * the types they have, strict JSON strings and whole numbers) and gives
 * up on anything else, so that the general reader, with its precise
 * messages, reads that file instead: a file either reads the same both
 * ways or is left to the general reader.
 */

#define G_LOG_DOMAIN "hashiya-format"

#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-json.h"
#include "hashiya-mention.h"
#include "hashiya-mention-lines.h"

/**
 * _hashiya_append_mention_line:
 *
 * Appends @mention of @document as the .hashiya writes it: one JSON
 * object, on one line.
 */
void
_hashiya_append_mention_line (GString         *out,
                              HashiyaDocument *document,
                              HashiyaMention  *mention)
{
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  const char *optional[][2] = {
    { "label", hashiya_mention_get_label (mention) },
    { "note", hashiya_mention_get_note (mention) },
    { "author", hashiya_mention_get_author (mention) },
    { "created", hashiya_mention_get_created (mention) },
    { "modified", hashiya_mention_get_modified (mention) },
  };

  hashiya_document_dup_quote_context (document, mention, &prefix, &suffix);
  g_string_append (out, "{\"id\": ");
  hashiya_json_append_string (out, hashiya_mention_get_id (mention));
  g_string_append_printf (out, ", \"start\": %u, \"end\": %u",
                          hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
  hashiya_json_append_member (out, "actor", hashiya_mention_get_actor (mention));
  hashiya_json_append_member (out, "type",
                              hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE,
                                                    hashiya_mention_get_mention_type (mention)));
  hashiya_json_append_member (out, "status",
                              hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_STATUS,
                                                    hashiya_mention_get_status (mention)));
  g_string_append (out, ", \"quote\": {\"exact\": ");
  /* An orphan from a file without quotes has none: it is kept all the same. */
  hashiya_json_append_string (out, hashiya_mention_get_quote_exact (mention) ?: "");
  hashiya_json_append_member (out, "prefix", prefix);
  hashiya_json_append_member (out, "suffix", suffix);
  g_string_append_c (out, '}');
  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    if (optional[i][1] != NULL)
      hashiya_json_append_member (out, optional[i][0], optional[i][1]);
  g_string_append_c (out, '}');
}

/**
 * _hashiya_read_mention_object:
 * @where: how errors name the mention, e.g. "doc.hashiya: mention 12"
 *
 * The general reader of one mention: any JSON object the format allows,
 * with a message that says what is wrong. Its span is not checked
 * against a text, only its order.
 *
 * Returns: (transfer full): the mention, or %NULL with @error set
 */
HashiyaMention *
_hashiya_read_mention_object (JsonNode     *node,
                              const char   *where,
                              GError      **error)
{
  static const char * const known[] = { "id", "start", "end", "actor", "type", "status", "quote",
                                        "label", "note", "author", "created", "modified", NULL };
  static const char * const known_quote[] = { "exact", "prefix", "suffix", NULL };
  g_autoptr(HashiyaMention) mention = NULL;
  g_autofree char *quote_where = g_strdup_printf (_("%s: quote"), where);
  JsonObject *object;
  JsonObject *quote = NULL;
  const char *id = NULL, *actor = NULL, *label = NULL, *note = NULL, *author = NULL;
  const char *created = NULL, *modified = NULL;
  const char *exact = NULL, *prefix = NULL, *suffix = NULL;
  guint start = 0, end = 0;
  int type = HASHIYA_MENTION_TYPE_NAME;
  int status = HASHIYA_MENTION_STATUS_ACCEPTED;

  if ((object = hashiya_json_node_as_object (node, where, error)) == NULL ||
      !hashiya_json_check_members (object, known, where, error) ||
      !hashiya_json_get_string (object, "id", TRUE, &id, where, error) ||
      !hashiya_json_get_uint (object, "start", TRUE, &start, where, error) ||
      !hashiya_json_get_uint (object, "end", TRUE, &end, where, error) ||
      !hashiya_json_get_string (object, "actor", TRUE, &actor, where, error) ||
      !hashiya_json_get_enum (object, "type", HASHIYA_TYPE_MENTION_TYPE, &type, where, error) ||
      !hashiya_json_get_enum (object, "status", HASHIYA_TYPE_MENTION_STATUS, &status, where, error) ||
      !hashiya_json_get_object (object, "quote", FALSE, &quote, where, error) ||
      !hashiya_json_get_string (object, "label", FALSE, &label, where, error) ||
      !hashiya_json_get_string (object, "note", FALSE, &note, where, error) ||
      !hashiya_json_get_string (object, "author", FALSE, &author, where, error) ||
      !hashiya_json_get_string (object, "created", FALSE, &created, where, error) ||
      !hashiya_json_get_string (object, "modified", FALSE, &modified, where, error))
    return NULL;

  if (quote != NULL &&
      (!hashiya_json_check_members (quote, known_quote, quote_where, error) ||
       !hashiya_json_get_string (quote, "exact", TRUE, &exact, quote_where, error) ||
       !hashiya_json_get_string (quote, "prefix", FALSE, &prefix, quote_where, error) ||
       !hashiya_json_get_string (quote, "suffix", FALSE, &suffix, quote_where, error)))
    return NULL;

  if (id[0] == '\0')
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, _("%s: \"id\" is empty"), where);
      return NULL;
    }
  if ((created != NULL && !hashiya_timestamp_is_valid (created)) ||
      (modified != NULL && !hashiya_timestamp_is_valid (modified)))
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID,
                   _("%s: \"%s\" is not an ISO 8601 time such as 2023-10-23T09:30:00Z"),
                   where, created != NULL && !hashiya_timestamp_is_valid (created) ? "created" : "modified");
      return NULL;
    }

  /* Start and end are checked against the text by the caller; but a
   * mention of an edited text is only re-anchored, so its order is
   * checked here. */
  if (start > end)
    {
      g_autofree char *message = g_strdup_printf (_("start %u is after end %u"), start, end);

      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID, "%s: %s", where, message);
      return NULL;
    }
  mention = g_object_new (HASHIYA_TYPE_MENTION, "id", id, "start", start, "end", end, NULL);
  hashiya_mention_set_actor (mention, actor);
  hashiya_mention_set_mention_type (mention, type);
  hashiya_mention_set_status (mention, status);
  hashiya_mention_set_label (mention, label);
  hashiya_mention_set_note (mention, note);
  hashiya_mention_set_author (mention, author);
  hashiya_mention_set_created (mention, created);
  hashiya_mention_set_modified (mention, modified);
  hashiya_mention_set_quote (mention, exact, prefix, suffix);

  return g_steal_pointer (&mention);
}

/* The fast reader */

typedef struct
{
  const char *p;
  const char *end;
  GString    *scratch;
  char        last_time[64];   /* the last timestamp found valid */
} Reader;

enum
{
  M_ID = 1 << 0, M_START = 1 << 1, M_END = 1 << 2, M_ACTOR = 1 << 3, M_TYPE = 1 << 4,
  M_STATUS = 1 << 5, M_QUOTE = 1 << 6, M_NOTE = 1 << 7, M_AUTHOR = 1 << 8,
  M_CREATED = 1 << 9, M_MODIFIED = 1 << 10, M_LABEL = 1 << 11,
  Q_EXACT = 1 << 0, Q_PREFIX = 1 << 1, Q_SUFFIX = 1 << 2,
};

typedef struct
{
  char  *strings[9];   /* id, actor, type, status, note, author, created, modified, label */
  char  *quote[3];     /* exact, prefix, suffix */
  guint  start;
  guint  end;
  guint  seen;
  guint  quote_seen;
} Fields;

enum { S_ID, S_ACTOR, S_TYPE, S_STATUS, S_NOTE, S_AUTHOR, S_CREATED, S_MODIFIED, S_LABEL };

static void
fields_clear (Fields *fields)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields->strings); i++)
    g_free (fields->strings[i]);
  for (guint i = 0; i < G_N_ELEMENTS (fields->quote); i++)
    g_free (fields->quote[i]);
  memset (fields, 0, sizeof *fields);
}

static void
skip_space (Reader *reader)
{
  while (reader->p < reader->end &&
         (*reader->p == ' ' || *reader->p == '\n' || *reader->p == '\r' || *reader->p == '\t'))
    reader->p++;
}

static gboolean
expect (Reader *reader,
        char    c)
{
  skip_space (reader);
  if (reader->p >= reader->end || *reader->p != c)
    return FALSE;
  reader->p++;
  return TRUE;
}

/* A JSON string, into reader->scratch. */
static gboolean
read_string (Reader *reader)
{
  if (!expect (reader, '"'))
    return FALSE;
  g_string_truncate (reader->scratch, 0);
  while (reader->p < reader->end)
    {
      const char *run = reader->p;
      gunichar c;

      while (reader->p < reader->end && *reader->p != '"' && *reader->p != '\\' && (guchar) *reader->p >= 0x20)
        reader->p++;
      g_string_append_len (reader->scratch, run, reader->p - run);
      if (reader->p >= reader->end || (guchar) *reader->p < 0x20)
        return FALSE;
      if (*reader->p++ == '"')
        return TRUE;
      if (!hashiya_json_read_escape (&reader->p, reader->end, &c))
        return FALSE;
      g_string_append_unichar (reader->scratch, c);
    }
  return FALSE;
}

/* A whole number from 0 to G_MAXINT32, as the general reader takes. */
static gboolean
read_uint (Reader *reader,
           guint  *value)
{
  guint64 number = 0;
  const char *first;

  skip_space (reader);
  first = reader->p;
  while (reader->p < reader->end && g_ascii_isdigit (*reader->p) && reader->p - first < 11)
    number = number * 10 + (guint64) (*reader->p++ - '0');
  if (reader->p == first || (*first == '0' && reader->p - first > 1) || number > G_MAXINT32 ||
      (reader->p < reader->end && (g_ascii_isdigit (*reader->p) || *reader->p == '.' ||
                                   *reader->p == 'e' || *reader->p == 'E')))
    return FALSE;
  *value = (guint) number;
  return TRUE;
}

static gboolean
take_string (Reader  *reader,
             char   **slot)
{
  if (*slot != NULL || !read_string (reader))
    return FALSE;
  *slot = g_strndup (reader->scratch->str, reader->scratch->len);
  /* An escaped NUL was refused; a raw one cannot be in valid UTF-8 here. */
  return strlen (*slot) == reader->scratch->len;
}

static gboolean
read_quote (Reader *reader,
            Fields *fields)
{
  static const char * const names[] = { "exact", "prefix", "suffix" };

  if (!expect (reader, '{'))
    return FALSE;
  do
    {
      guint i;

      if (!read_string (reader))
        return FALSE;
      for (i = 0; i < G_N_ELEMENTS (names) && strcmp (reader->scratch->str, names[i]) != 0; i++)
        ;
      if (i == G_N_ELEMENTS (names) || !expect (reader, ':') || !take_string (reader, &fields->quote[i]))
        return FALSE;
      fields->quote_seen |= 1u << i;
    }
  while (expect (reader, ','));
  return expect (reader, '}') && (fields->quote_seen & Q_EXACT);
}

static gboolean
read_member (Reader *reader,
             Fields *fields)
{
  static const struct { const char *name; guint bit; int slot; } members[] = {
    { "id", M_ID, S_ID }, { "start", M_START, -1 }, { "end", M_END, -1 },
    { "actor", M_ACTOR, S_ACTOR }, { "type", M_TYPE, S_TYPE }, { "status", M_STATUS, S_STATUS },
    { "quote", M_QUOTE, -1 }, { "note", M_NOTE, S_NOTE }, { "author", M_AUTHOR, S_AUTHOR },
    { "created", M_CREATED, S_CREATED }, { "modified", M_MODIFIED, S_MODIFIED },
    { "label", M_LABEL, S_LABEL },
  };
  guint i;

  if (!read_string (reader))
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (members) && strcmp (reader->scratch->str, members[i].name) != 0; i++)
    ;
  if (i == G_N_ELEMENTS (members) || (fields->seen & members[i].bit) || !expect (reader, ':'))
    return FALSE;
  fields->seen |= members[i].bit;

  switch (members[i].bit)
    {
    case M_START:
      return read_uint (reader, &fields->start);
    case M_END:
      return read_uint (reader, &fields->end);
    case M_QUOTE:
      return read_quote (reader, fields);
    default:
      return take_string (reader, &fields->strings[members[i].slot]);
    }
}

static gboolean
valid_time (Reader     *reader,
            const char *time)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (time == NULL || strcmp (time, reader->last_time) == 0)
    return TRUE;
  /* Most mentions share their times with the one before. */
  if ((parsed = g_date_time_new_from_iso8601 (time, NULL)) == NULL)
    return FALSE;
  g_strlcpy (reader->last_time, time, sizeof reader->last_time);
  return TRUE;
}

static HashiyaMention *
make_mention (Reader *reader,
              Fields *fields)
{
  HashiyaMention *mention;
  int type = HASHIYA_MENTION_TYPE_NAME;
  int status = HASHIYA_MENTION_STATUS_ACCEPTED;

  if ((fields->seen & (M_ID | M_START | M_END | M_ACTOR)) != (M_ID | M_START | M_END | M_ACTOR) ||
      fields->strings[S_ID][0] == '\0' || fields->start > fields->end ||
      (fields->strings[S_TYPE] != NULL &&
       !hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, fields->strings[S_TYPE], &type)) ||
      (fields->strings[S_STATUS] != NULL &&
       !hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_STATUS, fields->strings[S_STATUS], &status)) ||
      !valid_time (reader, fields->strings[S_CREATED]) || !valid_time (reader, fields->strings[S_MODIFIED]))
    return NULL;

  mention = hashiya_mention_new (fields->strings[S_ID], fields->start, fields->end, fields->strings[S_ACTOR]);
  hashiya_mention_set_mention_type (mention, type);
  hashiya_mention_set_status (mention, status);
  hashiya_mention_set_label (mention, fields->strings[S_LABEL]);
  hashiya_mention_set_note (mention, fields->strings[S_NOTE]);
  hashiya_mention_set_author (mention, fields->strings[S_AUTHOR]);
  hashiya_mention_set_created (mention, fields->strings[S_CREATED]);
  hashiya_mention_set_modified (mention, fields->strings[S_MODIFIED]);
  /* The context is checked to be text, and left to the text to give. */
  hashiya_mention_set_quote (mention, fields->quote[0], NULL, NULL);
  return mention;
}

static HashiyaMention *
read_mention (Reader *reader)
{
  Fields fields = { 0 };
  HashiyaMention *mention = NULL;
  gboolean ok = TRUE;

  if (!expect (reader, '{'))
    return NULL;
  if (!expect (reader, '}'))
    {
      do
        ok = read_member (reader, &fields);
      while (ok && expect (reader, ','));
      ok = ok && expect (reader, '}');
    }
  if (ok)
    mention = make_mention (reader, &fields);
  fields_clear (&fields);
  return mention;
}

/* A run of mentions, "{…}, {…}": up to END (just after a mention's
 * closing brace) or, for the last run, to the array's "]". */
typedef struct
{
  const char *from;
  const char *end;
  gboolean    last;
  GPtrArray  *mentions;
  const char *stop;      /* after the "]", for the last run */
  gboolean    ok;
} Run;

static gpointer
read_run (gpointer data)
{
  Run *run = data;
  g_autoptr(GString) scratch = g_string_sized_new (256);
  Reader reader = { run->from, run->end, scratch, "" };

  run->mentions = g_ptr_array_new_with_free_func (g_object_unref);
  run->ok = FALSE;
  for (;;)
    {
      HashiyaMention *mention = read_mention (&reader);

      if (mention == NULL)
        return NULL;
      g_ptr_array_add (run->mentions, mention);
      if (!run->last && reader.p == run->end)
        break;
      if (!expect (&reader, ','))
        break;
    }
  if (run->last && !expect (&reader, ']'))
    return NULL;
  if (!run->last && reader.p != run->end)
    return NULL;
  run->stop = reader.p;
  /* The general reader checks the rest; these bytes are checked here. */
  run->ok = g_utf8_validate_len (run->from, reader.p - run->from, NULL);
  return NULL;
}

/* Two runs, read at once on two threads, when the array is big: they
 * meet where one mention line ends and the next begins (a raw line
 * break is never inside a string). */
#define SPLIT_BYTES (4u * 1024 * 1024)

static GPtrArray *
read_all (const char *first,
          const char *data_end,
          const char **stop)
{
  static const char seam[] = "},\n    {";
  const char *middle = first + (data_end - first) / 2;
  const char *meeting = (gsize) (data_end - first) >= SPLIT_BYTES
                        ? memmem (middle, data_end - middle, seam, sizeof seam - 1) : NULL;
  Run runs[2] = { { 0 } };
  GPtrArray *mentions = NULL;
  GThread *thread = NULL;

  if (meeting == NULL)
    {
      runs[0] = (Run) { first, data_end, TRUE, NULL, NULL, FALSE };
      read_run (&runs[0]);
    }
  else
    {
      runs[0] = (Run) { first, meeting + 1, FALSE, NULL, NULL, FALSE };
      runs[1] = (Run) { meeting + sizeof seam - 2, data_end, TRUE, NULL, NULL, FALSE };
      thread = g_thread_new ("hashiya-mentions", read_run, &runs[1]);
      read_run (&runs[0]);
      g_thread_join (thread);
    }

  if (runs[0].ok && (thread == NULL || runs[1].ok))
    {
      mentions = g_steal_pointer (&runs[0].mentions);
      if (thread != NULL)
        g_ptr_array_extend_and_steal (mentions, g_steal_pointer (&runs[1].mentions));
      *stop = thread != NULL ? runs[1].stop : runs[0].stop;
    }
  g_clear_pointer (&runs[0].mentions, g_ptr_array_unref);
  g_clear_pointer (&runs[1].mentions, g_ptr_array_unref);
  return mentions;
}

/**
 * _hashiya_read_mention_lines:
 * @before: only the mentions before the first that starts here (the
 *   first lines of a document in text order); G_MAXUINT for all
 * @array_start: (out): where the array's "[" is
 * @array_end: (out): just after its "]"; 0 when stopped by @before
 *
 * Reads the top-level "mentions" array of a .hashiya as the writer
 * writes it (the member on a line of its own, indented by two spaces).
 *
 * Returns: (transfer full) (nullable): the mentions, unchecked against
 *   the text, in file order; %NULL when the general reader must read
 *   the file
 */
GPtrArray *
_hashiya_read_mention_lines (const char *data,
                             gsize       size,
                             guint       before,
                             gsize      *array_start,
                             gsize      *array_end)
{
  static const char key[] = "\n  \"mentions\": [";
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GString) scratch = g_string_sized_new (256);
  const char *found = memmem (data, size, key, sizeof key - 1);
  Reader reader;

  /* A raw line break cannot be inside a JSON string: this is a member. */
  if (found == NULL || memmem (found + 1, size - (found + 1 - data), key, sizeof key - 1) != NULL)
    return NULL;

  reader.p = found + sizeof key - 2;
  reader.end = data + size;
  reader.scratch = scratch;
  reader.last_time[0] = '\0';
  *array_start = reader.p - data;
  reader.p++;

  mentions = g_ptr_array_new_with_free_func (g_object_unref);
  if (before == G_MAXUINT && !expect (&reader, ']'))
    {
      const char *stop = NULL;

      skip_space (&reader);
      g_clear_pointer (&mentions, g_ptr_array_unref);
      if ((mentions = read_all (reader.p, reader.end, &stop)) == NULL)
        return NULL;
      *array_end = stop - data;
      return g_steal_pointer (&mentions);
    }
  if (!expect (&reader, ']'))
    {
      do
        {
          HashiyaMention *mention = read_mention (&reader);

          if (mention == NULL)
            return NULL;
          if (hashiya_mention_get_start (mention) >= before)
            {
              g_object_unref (mention);
              *array_end = 0;
              return g_steal_pointer (&mentions);
            }
          g_ptr_array_add (mentions, mention);
        }
      while (expect (&reader, ','));
      if (!expect (&reader, ']'))
        return NULL;
    }
  *array_end = reader.p - data;

  /* The general reader checks the rest; these bytes are checked here. */
  if (!g_utf8_validate_len (data + *array_start, *array_end - *array_start, NULL))
    return NULL;
  return g_steal_pointer (&mentions);
}
