/* hashiya-merge-lines.c — the merge driver's quick way: the three files
 * compared line by line, only the mentions that differ read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-merge"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hashiya-document-conflicts.h"
#include "hashiya-format.h"
#include "hashiya-json.h"
#include "hashiya-merge-private.h"

/* A .hashiya keeps one mention a line, sorted by start, end and id, each
 * with a stable id. A mention whose line is the same bytes in the three
 * versions is merged by hashiya_merge_documents() into the same line, and
 * nothing else the merge does looks at it: lookups by id and by span and
 * actor never find it for another mention (ids are unique in a version,
 * and so are spans with their actor), and ids given out start after the
 * highest number of ours. So such lines are left out of the three
 * versions, the much smaller rest is read and merged as usual, and the
 * lines left out are put back into the result, in the order of mentions.
 *
 * That holds under conditions checked here; when one fails, the caller
 * merges the whole documents. The three texts are the same bytes; what
 * other members name (relations, conflicts, curation, orphans' ids) is
 * always read; a version's line that repeats the id, or the span and
 * actor, of a line left out makes it refuse as the whole document would;
 * the actors those lines name are in each catalogue; their sort keys
 * rise; no label is among them when the result's version would need one
 * (labels raise the version); the older relations of versions 1 to 3,
 * anchored to mentions on reading, are not there; and every version
 * reads without being edited on reading (a text changed outside Hashiya
 * re-anchors all its mentions). Lines that are the same bytes on the
 * three sides are taken as Hashiya writes them: each side's reader checks
 * the same bytes against the same text. */

typedef struct
{
  const char *data;
  gsize       length;       /* without the comma */
  guint       start;
  guint       end;
  const char *id;
  gsize       id_length;
  const char *actor;
  gsize       actor_length;
} Line;

/* One version, cut around its mentions. */
typedef struct
{
  const char *data;
  gsize       size;
  gsize       head_end;     /* just after the '[' of "mentions" */
  gsize       tail_start;   /* the ']' that closes it */
  guint       version;
  GArray     *lines;        /* Line */
} Cut;

static void
cut_clear (Cut *cut)
{
  g_clear_pointer (&cut->lines, g_array_unref);
}

static const char *
find (const char *data,
      gsize       size,
      const char *what)
{
  gsize n = strlen (what);
  const char *end = data + size;
  const char *p = data;

  while (n <= (gsize) (end - p) && (p = memchr (p, what[0], end - p - n + 1)) != NULL)
    {
      if (memcmp (p, what, n) == 0)
        return p;
      p++;
    }
  return NULL;
}

/* The JSON string at *P (a quote), without escapes; *P after it. */
static gboolean
plain_string (const char **p,
              const char  *end,
              const char **value,
              gsize       *length)
{
  const char *q;

  if (*p >= end || **p != '"')
    return FALSE;
  for (q = *p + 1; q < end && *q != '"' && *q != '\\'; q++)
    ;
  if (q >= end || *q != '"')
    return FALSE;
  *value = *p + 1;
  *length = q - (*p + 1);
  *p = q + 1;
  return TRUE;
}

static gboolean
number (const char **p,
        const char  *end,
        guint       *value)
{
  guint64 n = 0;
  const char *q = *p;

  while (q < end && g_ascii_isdigit (*q) && q - *p < 10)
    n = n * 10 + (*q++ - '0');
  if (q == *p || n > G_MAXINT32 || (q < end && g_ascii_isdigit (*q)))
    return FALSE;
  *value = (guint) n;
  *p = q;
  return TRUE;
}

/* {"id": "m1", "start": 79, "end": 87, "actor": "azerbaijan", … */
static gboolean
read_line_key (Line *line)
{
  const char *p = line->data, *end = line->data + line->length;

  return hashiya_json_skip_literal (&p, end, "{\"id\": ") && plain_string (&p, end, &line->id, &line->id_length) &&
         hashiya_json_skip_literal (&p, end, ", \"start\": ") && number (&p, end, &line->start) &&
         hashiya_json_skip_literal (&p, end, ", \"end\": ") && number (&p, end, &line->end) &&
         hashiya_json_skip_literal (&p, end, ", \"actor\": ") && plain_string (&p, end, &line->actor, &line->actor_length) &&
         line->id_length > 0 && line->id_length < 200 && line->actor_length < 200 && end[-1] == '}';
}

/* The order of mentions: hashiya_mention_compare() on the lines. */
static int
compare_lines (const Line *a,
               const Line *b)
{
  int c;

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  c = memcmp (a->id, b->id, MIN (a->id_length, b->id_length));
  if (c != 0)
    return c;
  return a->id_length < b->id_length ? -1 : a->id_length > b->id_length;
}

/* Cuts a file written as hashiya_format_write() writes: FALSE when it is
 * not so (it may still be a .hashiya: the whole reader says). */
static gboolean
cut_file (Cut        *cut,
          const char *data,
          gsize       size)
{
  static const char start[] = "{\n  \"format\": \"hashiya\",\n  \"version\": ";
  const char *p, *end = data + size, *mentions;

  cut->data = data;
  cut->size = size;
  cut->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  p = data;
  if (!hashiya_json_skip_literal (&p, end, start) || !number (&p, end, &cut->version) || *p != ',')
    return FALSE;
  mentions = find (data, size, "\n  \"mentions\": [");
  if (mentions == NULL)
    return FALSE;
  p = mentions + strlen ("\n  \"mentions\": [");
  cut->head_end = p - data;
  if (p < end && *p == ']')
    {
      cut->tail_start = p - data;
      return TRUE;
    }
  while (hashiya_json_skip_literal (&p, end, "\n    "))
    {
      const char *nl = memchr (p, '\n', end - p);
      Line line = { p };
      gboolean more;

      if (nl == NULL)
        return FALSE;
      more = nl[-1] == ',';
      line.length = nl - p - (more ? 1 : 0);
      if (!read_line_key (&line))
        return FALSE;
      if (cut->lines->len > 0 && compare_lines (&g_array_index (cut->lines, Line, cut->lines->len - 1), &line) >= 0)
        return FALSE;
      g_array_append_val (cut->lines, line);
      p = nl;
      if (!more)
        break;
    }
  if (cut->lines->len == 0 || !hashiya_json_skip_literal (&p, end, "\n  ]"))
    return FALSE;
  cut->tail_start = p - 1 - data;
  return TRUE;
}

static const char *
text_line (const Cut *cut,
           gsize     *length)
{
  const char *text = find (cut->data, cut->head_end, "\n  \"text\": ");
  const char *nl;

  if (text == NULL || (nl = memchr (text + 1, '\n', cut->head_end - (text + 1 - cut->data))) == NULL)
    return NULL;
  *length = nl - text;
  return text;
}

/* Every string of the file but its text and its mentions: the ids that
 * relations, orphans, conflicts and curation name are among them. */
static void
add_strings (GHashTable *strings,
             const char *data,
             const char *end)
{
  const char *p = data;

  while ((p = memchr (p, '"', end - p)) != NULL)
    {
      const char *q = p + 1;

      while (q < end && *q != '"')
        q += *q == '\\' ? 2 : 1;
      if (q >= end)
        return;
      if (q - p - 1 < 200)
        g_hash_table_add (strings, g_strndup (p + 1, q - p - 1));
      p = q + 1;
    }
}

/* Whether a "relations" member other than an empty one is there. */
static gboolean
has_relations (const char *data,
               const char *end)
{
  const char *p = data;

  while ((p = find (p, end - p, "\"relations\"")) != NULL)
    {
      p += strlen ("\"relations\"");
      if (!hashiya_json_skip_literal (&p, end, ": []"))
        return TRUE;
    }
  return FALSE;
}

static char *
slice (const char *data,
       gsize       length)
{
  return g_strndup (data, length);
}

/* @length is under 200, the size of @buffer at least. */
static const char *
terminated (char       *buffer,
            const char *data,
            gsize       length)
{
  memcpy (buffer, data, length);
  buffer[length] = '\0';
  return buffer;
}

/* The span and actor of a line, in @buffer of 240 bytes. */
static const char *
span_key (char       *buffer,
          const Line *line)
{
  int n = g_snprintf (buffer, 40, "%u:%u:", line->start, line->end);

  return terminated (buffer + n, line->actor, line->actor_length) - n;
}

/* The version without the lines left out. */
static GBytes *
reduced_file (const Cut *cut,
              GPtrArray *kept)
{
  GString *out = g_string_sized_new (cut->head_end + (cut->size - cut->tail_start) + 512 * kept->len);

  g_string_append_len (out, cut->data, cut->head_end);
  for (guint i = 0; i < kept->len; i++)
    {
      const Line *line = g_ptr_array_index (kept, i);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      g_string_append_len (out, line->data, line->length);
    }
  if (kept->len > 0)
    g_string_append (out, "\n  ");
  g_string_append_len (out, cut->data + cut->tail_start, cut->size - cut->tail_start);
  return g_string_free_to_bytes (out);
}

typedef struct
{
  GBytes          *bytes;
  const char      *name;
  HashiyaDocument *document;
} Reading;

static gpointer
read_thread (gpointer data)
{
  Reading *reading = data;

  reading->document = hashiya_format_read (reading->bytes, reading->name, NULL);
  return NULL;
}

/* The result: the merge's head, its lines and the lines left out in the
 * order of mentions, its tail. */
static GBytes *
splice (const Cut  *merged,
        GPtrArray  *common)
{
  GArray *lines = merged->lines;
  gsize size = merged->head_end + (merged->size - merged->tail_start) + 4;
  guint i = 0, j = 0, n = 0;
  char *out, *p;

  for (guint k = 0; k < lines->len; k++)
    size += g_array_index (lines, Line, k).length + 6;
  for (guint k = 0; k < common->len; k++)
    size += ((const Line *) g_ptr_array_index (common, k))->length + 6;
  p = out = g_malloc (size);
  memcpy (p, merged->data, merged->head_end);
  p += merged->head_end;
  while (i < lines->len || j < common->len)
    {
      const Line *line;

      if (j >= common->len ||
          (i < lines->len && compare_lines (&g_array_index (lines, Line, i), g_ptr_array_index (common, j)) < 0))
        line = &g_array_index (lines, Line, i++);
      else
        line = g_ptr_array_index (common, j++);
      if (n++ > 0)
        *p++ = ',';
      memcpy (p, "\n    ", 5);
      p += 5;
      memcpy (p, line->data, line->length);
      p += line->length;
    }
  if (n > 0)
    {
      memcpy (p, "\n  ", 3);
      p += 3;
    }
  memcpy (p, merged->data + merged->tail_start, merged->size - merged->tail_start);
  p += merged->size - merged->tail_start;
  return g_bytes_new_take (out, p - out);
}

static gboolean
has_label (GPtrArray *common)
{
  for (guint i = 0; i < common->len; i++)
    {
      const Line *line = g_ptr_array_index (common, i);

      if (find (line->data, line->length, "\"label\"") != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The highest number of ours' ids, as hashiya_merge_documents() counts
 * them. */
static guint
highest_id (const Cut *cut)
{
  guint highest = 0;

  for (guint i = 0; i < cut->lines->len; i++)
    {
      const Line *line = &g_array_index (cut->lines, Line, i);
      char id[200];

      highest = MAX (highest, _hashiya_merge_id_number (terminated (id, line->id, line->id_length), 'm'));
    }
  return highest;
}

/**
 * _hashiya_merge_lines:
 * @contents: the three files' bytes: base, ours, theirs
 * @names: how errors name them
 * @conflicts: (out): the result's conflicts
 *
 * Merges as hashiya_merge_files() does when the conditions above hold.
 *
 * Returns: (transfer full) (nullable): the result's bytes, or %NULL when
 *   the whole documents must be merged
 */
GBytes *
_hashiya_merge_lines (GBytes      *contents[3],
                      const char  *names[3],
                      GListModel **conflicts)
{
  Cut cuts[3] = { { NULL } }, merged_cut = { NULL };
  g_autoptr(GHashTable) named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) kept_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) kept_spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) common = g_ptr_array_new ();
  GPtrArray *kept[3] = { NULL, NULL, NULL };
  Reading readings[3] = { { NULL } };
  g_autoptr(HashiyaDocument) merged = NULL;
  g_autoptr(GBytes) merged_bytes = NULL;
  GBytes *result = NULL;
  const char *text = NULL;
  gsize text_length = 0;
  guint at[3] = { 0, 0, 0 };
  GThread *threads[2];
  gboolean ok = TRUE;

  for (int side = BASE; side <= THEIRS && ok; side++)
    {
      gsize size;
      const char *data = g_bytes_get_data (contents[side], &size);
      const char *line;
      gsize length;

      kept[side] = g_ptr_array_new ();
      ok = cut_file (&cuts[side], data, size) && (line = text_line (&cuts[side], &length)) != NULL &&
           (text == NULL || (length == text_length && memcmp (line, text, length) == 0));
      /* Relations of versions 1 to 3 are anchored to mentions on reading. */
      ok = ok && (cuts[side].version >= 4 ||
                  (!has_relations (data, line) && !has_relations (line + length, data + cuts[side].head_end) &&
                   !has_relations (data + cuts[side].tail_start, data + size)));
      if (!ok)
        break;
      text = line;
      text_length = length;
      add_strings (named, data, line);
      add_strings (named, line + length, data + cuts[side].head_end);
      add_strings (named, data + cuts[side].tail_start, data + size);
    }

  /* The three lists of lines, walked together in their order. */
  while (ok)
    {
      const Line *first = NULL;
      const Line *current[3] = { NULL, NULL, NULL };
      gboolean same = TRUE;

      for (int side = BASE; side <= THEIRS; side++)
        if (at[side] < cuts[side].lines->len)
          {
            current[side] = &g_array_index (cuts[side].lines, Line, at[side]);
            if (first == NULL || compare_lines (current[side], first) < 0)
              first = current[side];
          }
      if (first == NULL)
        break;
      for (int side = BASE; side <= THEIRS; side++)
        if (current[side] == NULL || compare_lines (current[side], first) != 0)
          {
            same = FALSE;
            current[side] = NULL;
          }
        else if (current[side]->length != first->length ||
                 memcmp (current[side]->data, first->data, first->length) != 0)
          same = FALSE;
      if (same)
        {
          char id[200];

          same = !g_hash_table_contains (named, terminated (id, first->id, first->id_length));
        }
      for (int side = BASE; side <= THEIRS; side++)
        if (current[side] != NULL)
          {
            if (!same)
              g_ptr_array_add (kept[side], (gpointer) current[side]);
            at[side]++;
          }
      if (same)
        g_ptr_array_add (common, (gpointer) first);
    }

  /* A line kept that repeats the id, or the span and actor, of one left
   * out: the reader refuses the version; the whole merge says so. */
  for (int side = BASE; side <= THEIRS && ok; side++)
    for (guint i = 0; i < kept[side]->len; i++)
      {
        const Line *line = g_ptr_array_index (kept[side], i);

        char span[240];

        g_hash_table_add (kept_ids, slice (line->id, line->id_length));
        g_hash_table_add (kept_spans, g_strdup (span_key (span, line)));
      }
  for (guint i = 0; i < common->len && ok; i++)
    {
      const Line *line = g_ptr_array_index (common, i);
      char id[200], actor[200], span[240];

      if (g_hash_table_size (kept_ids) > 0 &&
          (g_hash_table_contains (kept_ids, terminated (id, line->id, line->id_length)) ||
           g_hash_table_contains (kept_spans, span_key (span, line))))
        ok = FALSE;
      if (!g_hash_table_contains (actors, terminated (actor, line->actor, line->actor_length)))
        g_hash_table_add (actors, g_strdup (actor));
    }

  if (ok)
    {
      for (int side = BASE; side <= THEIRS; side++)
        readings[side] = (Reading) { reduced_file (&cuts[side], kept[side]), names[side], NULL };
      threads[0] = g_thread_new ("hashiya-merge-base", read_thread, &readings[BASE]);
      threads[1] = g_thread_new ("hashiya-merge-theirs", read_thread, &readings[THEIRS]);
      read_thread (&readings[OURS]);
      g_thread_join (threads[0]);
      g_thread_join (threads[1]);
      for (int side = BASE; side <= THEIRS; side++)
        ok = ok && readings[side].document != NULL && !hashiya_document_get_modified (readings[side].document);
    }
  for (int side = BASE; side <= THEIRS && ok; side++)
    {
      GHashTableIter iter;
      gpointer actor;

      g_hash_table_iter_init (&iter, actors);
      while (ok && g_hash_table_iter_next (&iter, &actor, NULL))
        ok = hashiya_catalog_lookup (hashiya_document_get_catalog (readings[side].document), actor) != NULL;
    }

  if (ok)
    merged = _hashiya_merge_documents_from (readings[BASE].document, readings[OURS].document,
                                            readings[THEIRS].document, highest_id (&cuts[OURS]), NULL);
  if (merged != NULL)
    {
      gsize size;
      const char *data;

      merged_bytes = hashiya_format_write (merged);
      data = g_bytes_get_data (merged_bytes, &size);
      if (cut_file (&merged_cut, data, size))
        {
          if (merged_cut.version >= 3 || !has_label (common))
            {
              GListStore *store = g_list_store_new (HASHIYA_TYPE_CONFLICT);
              GListModel *list = hashiya_document_get_conflicts (merged);

              for (guint i = 0; i < g_list_model_get_n_items (list); i++)
                {
                  g_autoptr(GObject) conflict = g_list_model_get_item (list, i);

                  g_list_store_append (store, conflict);
                }
              *conflicts = G_LIST_MODEL (store);
              result = splice (&merged_cut, common);
            }
        }
    }

  for (int side = BASE; side <= THEIRS; side++)
    {
      g_clear_pointer (&readings[side].bytes, g_bytes_unref);
      g_clear_object (&readings[side].document);
      g_clear_pointer (&kept[side], g_ptr_array_unref);
      cut_clear (&cuts[side]);
    }
  cut_clear (&merged_cut);
  return result;
}
