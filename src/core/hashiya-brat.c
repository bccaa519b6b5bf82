/* hashiya-brat.c — brat standoff export and import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A brat document is a .txt holding the exact text and a .ann beside it:
 *
 *   T1  State 79 87        أذربيجان      an entity: kind, span, covered text
 *   N1  Reference T1 hashiya:azerbaijan  Azerbaijan   the actor
 *   A1  MentionType T1 name              the mention type
 *   A2  Suggested T1                     a suggestion not yet reviewed
 *   #1  AnnotatorNotes T1  note          the mention's note
 *   R1  supports Arg1:T1 Arg2:T2         a relation between two actors
 *
 * Offsets count Unicode code points of the .txt, as brat's own Python
 * server does: a byte order mark at its start is one of them, so the
 * offsets of a text that had one are one more than Hashiya's. A span
 * that crosses a line break is written as fragments ("0 5;6 9"), since
 * the covered text must stay on one line.
 */

#define G_LOG_DOMAIN "hashiya-brat"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <string.h>

#include "hashiya-brat.h"
#include "hashiya-document-file.h"
#include "hashiya-document-private.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-file.h"
#include "hashiya-import.h"
#include "hashiya-types.h"

#define HASHIYA_HOMEPAGE "https://github.com/hashiya/hashiya"

/* ---------------------------------------------------------------- export */

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85 || c == 0x0b || c == 0x0c;
}

/* Notes and names go on one .ann line: tabs and line breaks become spaces. */
static char *
one_line (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || is_line_break (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Writes "start end[;start end…]\tcovered" for START:END, split at line
 * breaks; the fragments' texts are joined by spaces, as brat does. */
static void
append_span (GString     *ann,
             HashiyaText *text,
             guint        start,
             guint        end)
{
  guint shift = hashiya_text_get_has_bom (text) ? 1 : 0;
  g_autoptr(GString) covered = g_string_new (NULL);
  gboolean first = TRUE;
  guint i = start;

  while (i < end)
    {
      guint fragment_end;
      g_autofree char *slice = NULL;

      while (i < end && is_line_break (hashiya_text_get_char (text, i)))
        i++;
      if (i == end)
        break;
      fragment_end = i;
      while (fragment_end < end && !is_line_break (hashiya_text_get_char (text, fragment_end)))
        fragment_end++;

      slice = hashiya_text_slice (text, i, fragment_end);
      g_string_append_printf (ann, "%s%u %u", first ? "" : ";", i + shift, fragment_end + shift);
      g_string_append_printf (covered, "%s%s", first ? "" : " ", slice);
      first = FALSE;
      i = fragment_end;
    }
  g_string_append_printf (ann, "\t%s\n", covered->str);
}

/* The first mention of ACTOR, or PREFERRED when it belongs to ACTOR. */
static HashiyaMention *
relation_argument (HashiyaDocument *document,
                   const char      *actor,
                   HashiyaMention  *preferred)
{
  guint n = hashiya_document_get_n_mentions (document);

  if (preferred != NULL && g_strcmp0 (hashiya_mention_get_actor (preferred), actor) == 0)
    return preferred;
  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);

      if (g_strcmp0 (hashiya_mention_get_actor (mention), actor) == 0)
        return mention;
    }
  return NULL;
}

static void
append_relations (GString         *ann,
                  HashiyaDocument *document,
                  GHashTable      *t_ids,
                  GHashTable      *relation_types)
{
  GListModel *relations = hashiya_document_get_relations (document);
  guint n = g_list_model_get_n_items (relations);
  guint number = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);
      const char *evidence = hashiya_relation_get_evidence (relation);
      HashiyaMention *preferred = evidence != NULL ? hashiya_document_lookup_mention (document, evidence) : NULL;
      HashiyaMention *source = relation_argument (document, hashiya_relation_get_source (relation), preferred);
      HashiyaMention *target = relation_argument (document, hashiya_relation_get_target (relation), preferred);

      /* brat relates entities: an actor never mentioned has none. */
      if (source == NULL || target == NULL)
        continue;

      g_string_append_printf (ann, "R%u\t%s Arg1:T%u Arg2:T%u\t\n", number++,
                              hashiya_relation_get_relation_type (relation),
                              GPOINTER_TO_UINT (g_hash_table_lookup (t_ids, source)),
                              GPOINTER_TO_UINT (g_hash_table_lookup (t_ids, target)));
      g_hash_table_add (relation_types, g_strdup (hashiya_relation_get_relation_type (relation)));
    }
}

static GBytes *
build_ann (HashiyaDocument *document,
           GHashTable      *relation_types)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  g_autoptr(GHashTable) t_ids = g_hash_table_new (NULL, NULL);
  GString *ann = g_string_new (NULL);
  guint n = hashiya_document_get_n_mentions (document);
  guint n_attributes = 0, n_notes = 0;

  for (guint i = 0; i < n; i++)
    {
      HashiyaMention *mention = hashiya_document_get_mention (document, i);
      HashiyaActor *actor = hashiya_catalog_lookup (catalog, hashiya_mention_get_actor (mention));
      HashiyaActorKind kind = actor != NULL ? hashiya_actor_get_kind (actor) : HASHIYA_ACTOR_KIND_OTHER;
      const char *name = actor != NULL ? hashiya_actor_get_name_en (actor) : NULL;
      const char *note = hashiya_mention_get_note (mention);
      g_autofree char *label = hashiya_export_kind_label (kind);
      g_autofree char *flat_name = one_line (name != NULL && *name != '\0' ? name : hashiya_mention_get_actor (mention));
      guint t = i + 1;

      g_hash_table_insert (t_ids, mention, GUINT_TO_POINTER (t));

      g_string_append_printf (ann, "T%u\t%s ", t, label);
      append_span (ann, text, hashiya_mention_get_start (mention), hashiya_mention_get_end (mention));
      g_string_append_printf (ann, "N%u\tReference T%u hashiya:%s\t%s\n",
                              t, t, hashiya_mention_get_actor (mention), flat_name);
      g_string_append_printf (ann, "A%u\tMentionType T%u %s\n", ++n_attributes, t,
                              hashiya_enum_to_nick (HASHIYA_TYPE_MENTION_TYPE,
                                                    hashiya_mention_get_mention_type (mention)));
      if (hashiya_mention_get_status (mention) == HASHIYA_MENTION_STATUS_SUGGESTED)
        g_string_append_printf (ann, "A%u\tSuggested T%u\n", ++n_attributes, t);
      if (note != NULL && *note != '\0')
        {
          g_autofree char *flat_note = one_line (note);

          g_string_append_printf (ann, "#%u\tAnnotatorNotes T%u\t%s\n", ++n_notes, t, flat_note);
        }
    }

  append_relations (ann, document, t_ids, relation_types);
  return g_string_free_to_bytes (ann);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GBytes *
build_annotation_conf (HashiyaDocument *document,
                       GHashTable      *relation_types)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autofree char *mention_types = hashiya_enum_list_nicks (HASHIYA_TYPE_MENTION_TYPE);
  g_autofree const char **types = (const char **) g_hash_table_get_keys_as_array (relation_types, NULL);
  GString *conf = g_string_new (NULL);

  g_string_append_printf (conf,
                          "# Written by Hashiya. Offsets: Unicode code points%s. Encoding: UTF-8.\n"
                          "# Newlines: %s, kept as in the text. Text SHA-256: %s\n"
                          "\n[entities]\n",
                          hashiya_text_get_has_bom (text) ? " (the byte order mark is the first)" : "",
                          hashiya_export_newline_name (text), hashiya_text_get_sha256 (text));
  /* Every kind, so that the folder can be annotated further in brat. */
  for (int kind = HASHIYA_ACTOR_KIND_STATE; kind <= HASHIYA_ACTOR_KIND_OTHER; kind++)
    {
      g_autofree char *label = hashiya_export_kind_label (kind);

      g_string_append_printf (conf, "%s\n", label);
    }

  g_string_append (conf, "\n[relations]\n");
  qsort (types, g_hash_table_size (relation_types), sizeof (char *), compare_strings);
  for (guint i = 0; types[i] != NULL; i++)
    g_string_append_printf (conf, "%s\tArg1:<ENTITY>, Arg2:<ENTITY>\n", types[i]);
  g_string_append (conf, "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");

  for (char *comma; (comma = strstr (mention_types, ", ")) != NULL;)
    memmove (comma + 1, comma + 2, strlen (comma + 2) + 1), *comma = '|';
  g_string_append (conf, "\n[events]\n\n[attributes]\n");
  g_string_append_printf (conf, "MentionType\tArg:<ENTITY>, Value:%s\n", mention_types);
  g_string_append (conf, "Suggested\tArg:<ENTITY>\n");
  return g_string_free_to_bytes (conf);
}

static GBytes *
build_visual_conf (HashiyaDocument *document)
{
  /* One colour per kind: brat colours types, not instances. The first
   * actor of a kind in the catalogue lends it its colour. */
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  GString *conf = g_string_new ("[labels]\n");
  guint n = hashiya_catalog_get_n_actors (catalog);

  for (int kind = HASHIYA_ACTOR_KIND_STATE; kind <= HASHIYA_ACTOR_KIND_OTHER; kind++)
    {
      g_autofree char *label = hashiya_export_kind_label (kind);

      g_string_append_printf (conf, "%s | %s\n", label, label);
    }
  g_string_append (conf, "\n[drawing]\n");
  for (int kind = HASHIYA_ACTOR_KIND_STATE; kind <= HASHIYA_ACTOR_KIND_OTHER; kind++)
    {
      g_autofree char *label = hashiya_export_kind_label (kind);
      const char *color = "#dddddd";

      for (guint i = 0; i < n; i++)
        {
          HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

          if ((int) hashiya_actor_get_kind (actor) == kind)
            {
              color = hashiya_actor_get_color (actor);
              break;
            }
        }
      g_string_append_printf (conf, "%s\tbgColor:%s\n", label, color);
    }
  g_string_append (conf, "Suggested\tposition:left, glyph:?\n");
  return g_string_free_to_bytes (conf);
}

static const char tools_conf[] =
  "[options]\n"
  "Tokens\ttokenizer:whitespace\n"
  "Sentences\tsplitter:newline\n"
  "\n[normalization]\n"
  "hashiya\t<URL>:" HASHIYA_HOMEPAGE ", <URLBASE>:" HASHIYA_HOMEPAGE "#%s\n";

/**
 * hashiya_brat_write_ann:
 *
 * Returns: (transfer full): the .ann of @document
 */
GBytes *
hashiya_brat_write_ann (HashiyaDocument *document)
{
  g_autoptr(GHashTable) relation_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  return build_ann (document, relation_types);
}

typedef struct
{
  char   *directory;
  GBytes *contents[5];
  char   *names[5];
} BratFiles;

static void
brat_files_free (BratFiles *files)
{
  g_free (files->directory);
  for (guint i = 0; i < G_N_ELEMENTS (files->contents); i++)
    {
      g_bytes_unref (files->contents[i]);
      g_free (files->names[i]);
    }
  g_free (files);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BratFiles, brat_files_free)

/* Everything is built before the first file is written. */
static BratFiles *
build_files (HashiyaDocument *document,
             const char      *directory,
             const char      *name)
{
  g_autoptr(GHashTable) relation_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  BratFiles *files = g_new0 (BratFiles, 1);

  files->directory = g_strdup (directory);
  files->names[0] = g_strconcat (name, ".txt", NULL);
  files->contents[0] = hashiya_text_to_bytes (hashiya_document_get_text (document),
                                              hashiya_text_get_has_bom (hashiya_document_get_text (document)));
  files->names[1] = g_strconcat (name, ".ann", NULL);
  files->contents[1] = build_ann (document, relation_types);
  files->names[2] = g_strdup ("annotation.conf");
  files->contents[2] = build_annotation_conf (document, relation_types);
  files->names[3] = g_strdup ("visual.conf");
  files->contents[3] = build_visual_conf (document);
  files->names[4] = g_strdup ("tools.conf");
  files->contents[4] = g_bytes_new_static (tools_conf, sizeof tools_conf - 1);
  return files;
}

/* Each file is replaced atomically; the first failure stops the rest. */
static gboolean
write_files (BratFiles  *files,
             GError    **error)
{
  if (g_mkdir_with_parents (files->directory, 0777) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (files->directory);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot make the folder: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (files->contents); i++)
    {
      g_autofree char *path = g_build_filename (files->directory, files->names[i], NULL);

      if (!hashiya_file_write_atomic (path, files->contents[i], error))
        return FALSE;
    }
  return TRUE;
}

/**
 * hashiya_brat_export:
 * @document: the document
 * @directory: the folder to write into; made when missing
 * @name: the base name of the .txt and .ann files
 *
 * Writes NAME.txt (the exact text, with its byte order mark when the
 * text file had one), NAME.ann and the three brat configuration files.
 */
gboolean
hashiya_brat_export (HashiyaDocument  *document,
                     const char       *directory,
                     const char       *name,
                     GError          **error)
{
  g_autoptr(BratFiles) files = NULL;

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (name != NULL && *name != '\0', FALSE);

  files = build_files (document, directory, name);
  return write_files (files, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (write_files (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * hashiya_brat_export_async:
 *
 * Exports like hashiya_brat_export(): the files are built here, from the
 * document as it is now, and written on a worker thread.
 */
void
hashiya_brat_export_async (HashiyaDocument     *document,
                           const char          *directory,
                           const char          *name,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HASHIYA_IS_DOCUMENT (document));
  g_return_if_fail (directory != NULL);
  g_return_if_fail (name != NULL && *name != '\0');

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, hashiya_brat_export_async);
  g_task_set_task_data (task, build_files (document, directory, name), (GDestroyNotify) brat_files_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
hashiya_brat_export_finish (HashiyaDocument  *document,
                            GAsyncResult     *result,
                            GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, document), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---------------------------------------------------------------- import */

typedef struct
{
  char           *id;          /* "T3" */
  guint           line;
  guint           start;
  guint           end;
  char           *label;       /* the brat type, e.g. "State" */
  char           *covered;
  char           *actor;       /* from the N line */
  char           *actor_name;  /* the N line's name, of any database */
  int             type;
  gboolean        suggested;
  char           *note;
  gboolean        stale;       /* the text at its offsets is not its text */
  char           *trigger_of;  /* the event it is the trigger of */
  char           *mention_id;  /* once imported, placed or orphaned */
} Entity;

typedef struct
{
  const char      *display;    /* the .ann file, for messages */
  HashiyaDocument *document;
  GHashTable      *entities;   /* id → Entity */
  GPtrArray       *order;      /* Entity, in file order */
  HashiyaImport   *shared;     /* placing, re-anchoring, remarks */
  guint            n_relations;
} Import;

static void
entity_free (Entity *entity)
{
  g_free (entity->id);
  g_free (entity->label);
  g_free (entity->covered);
  g_free (entity->actor);
  g_free (entity->actor_name);
  g_free (entity->note);
  g_free (entity->trigger_of);
  g_free (entity->mention_id);
  g_free (entity);
}

G_GNUC_PRINTF (3, 4)
static void
report (Import     *import,
        guint       line,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  hashiya_import_report (import->shared, line, "%s", message);
}

static gboolean
parse_offset (const char *s,
              guint      *value)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &number, NULL))
    return FALSE;
  *value = (guint) number;
  return TRUE;
}

/* "79 87" or "0 5;6 9": the fragments' extent, and the text brat shows
 * for them (fragment texts joined by a space). */
static gboolean
parse_fragments (Import      *import,
                 guint        line,
                 const char  *spans,
                 Entity      *entity)
{
  HashiyaText *text = hashiya_document_get_text (import->document);
  g_auto(GStrv) fragments = g_strsplit (spans, ";", -1);
  g_autoptr(GString) shown = g_string_new (NULL);
  guint length = hashiya_text_get_length (text);
  gboolean bom = hashiya_text_get_has_bom (text);
  gboolean only_line_breaks_between = TRUE;
  guint previous_end = 0;

  entity->start = G_MAXUINT;
  entity->end = 0;
  if (fragments[0] == NULL)
    {
      report (import, line, _("%s: cannot read the span “%s”; skipped"), entity->id, spans);
      return FALSE;
    }
  for (guint i = 0; fragments[i] != NULL; i++)
    {
      g_auto(GStrv) bounds = g_strsplit (fragments[i], " ", -1);
      g_autofree char *slice = NULL;
      guint start, end;

      if (g_strv_length (bounds) != 2 || !parse_offset (bounds[0], &start) || !parse_offset (bounds[1], &end))
        {
          report (import, line, _("%s: cannot read the span “%s”; skipped"), entity->id, fragments[i]);
          return FALSE;
        }
      if (start >= end)
        {
          report (import, line, _("%s: the span %u:%u is empty or reversed; skipped"), entity->id, start, end);
          return FALSE;
        }
      /* brat counts the byte order mark the text file starts with. */
      if (bom)
        {
          if (start == 0 && g_str_has_prefix (entity->covered, "\xEF\xBB\xBF"))
            memmove (entity->covered, entity->covered + 3, strlen (entity->covered + 3) + 1);
          start = start > 0 ? start - 1 : 0;
          end--;
          if (start == end)
            {
              report (import, line, _("%s: the span covers only the byte order mark; skipped"), entity->id);
              return FALSE;
            }
        }
      entity->start = MIN (entity->start, start);
      entity->end = MAX (entity->end, end);
      if (end > length)
        entity->stale = TRUE;
      if (entity->stale)
        continue;

      /* What Hashiya itself splits at line breaks joins back silently. */
      for (guint j = previous_end; i > 0 && only_line_breaks_between && j < start; j++)
        only_line_breaks_between = is_line_break (hashiya_text_get_char (text, j));
      if (i > 0 && start < previous_end)
        only_line_breaks_between = FALSE;
      previous_end = end;

      slice = hashiya_text_slice (text, start, end);
      g_string_append_printf (shown, "%s%s", i > 0 ? " " : "", slice);
    }

  /* Annotations made on another version of the text: found again by
   * their covered text when placed (see hashiya_import_add_mention()). */
  if (!entity->stale && g_strcmp0 (shown->str, entity->covered) != 0)
    entity->stale = TRUE;
  if (!entity->stale && !only_line_breaks_between)
    report (import, line, _("%s: a discontinuous span, imported as its whole extent %u:%u"),
            entity->id, entity->start, entity->end);
  return TRUE;
}

static void
read_entity (Import      *import,
             guint        line,
             char       **fields)
{
  Entity *entity;
  const char *space;

  if (g_strv_length (fields) < 3 || (space = strchr (fields[1], ' ')) == NULL)
    {
      report (import, line, _("cannot read this entity line; skipped"));
      return;
    }
  if (g_hash_table_contains (import->entities, fields[0]))
    {
      report (import, line, _("%s is defined twice; the second is skipped"), fields[0]);
      return;
    }

  entity = g_new0 (Entity, 1);
  entity->id = g_strdup (fields[0]);
  entity->line = line;
  entity->label = g_strndup (fields[1], space - fields[1]);
  entity->covered = g_strdup (fields[2]);
  entity->type = HASHIYA_MENTION_TYPE_NAME;
  if (!parse_fragments (import, line, space + 1, entity))
    {
      entity_free (entity);
      return;
    }
  g_hash_table_insert (import->entities, entity->id, entity);
  g_ptr_array_add (import->order, entity);
}

static Entity *
lookup_entity (Import     *import,
               guint       line,
               const char *id,
               const char *what)
{
  Entity *entity = id != NULL ? g_hash_table_lookup (import->entities, id) : NULL;

  if (entity == NULL)
    report (import, line, _("%s refers to “%s”, which is not an imported entity; skipped"),
            what, id != NULL ? id : "");
  return entity;
}

/* N: "Reference T1 hashiya:azerbaijan<TAB>Azerbaijan" */
static void
read_reference (Import  *import,
                guint    line,
                char   **fields,
                char   **words)
{
  Entity *entity;

  if (g_strv_length (words) != 3 || g_strcmp0 (words[0], "Reference") != 0)
    {
      report (import, line, _("%s: cannot read this normalisation; skipped"), fields[0]);
      return;
    }
  if ((entity = lookup_entity (import, line, words[1], fields[0])) == NULL)
    return;
  if (!g_str_has_prefix (words[2], "hashiya:"))
    {
      report (import, line, _("%s: “%s” is not a Hashiya actor (hashiya:ID); %s finds its actor by its text"),
              fields[0], words[2], words[1]);
      if (entity->actor == NULL && fields[2] != NULL && *fields[2] != '\0')
        {
          g_free (entity->actor_name);
          entity->actor_name = g_strdup (fields[2]);
        }
      return;
    }
  if (!hashiya_actor_is_valid_id (words[2] + strlen ("hashiya:")))
    {
      report (import, line, _("%s: “%s” is not a valid actor id; %s finds its actor by its text"),
              fields[0], words[2], words[1]);
      return;
    }
  g_free (entity->actor);
  g_free (entity->actor_name);
  entity->actor = g_strdup (words[2] + strlen ("hashiya:"));
  entity->actor_name = g_strdup (fields[1] != NULL && fields[2] != NULL ? fields[2] : NULL);
}

/* A: "MentionType T1 name" or "Suggested T1" */
static void
read_attribute (Import  *import,
                guint    line,
                char   **fields,
                char   **words)
{
  guint n_words = g_strv_length (words);
  Entity *entity;

  if (n_words >= 2 && g_strcmp0 (words[0], "MentionType") == 0 && n_words == 3)
    {
      if ((entity = lookup_entity (import, line, words[1], fields[0])) == NULL)
        return;
      if (!hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, words[2], &entity->type))
        report (import, line, _("%s: unknown mention type “%s”; kept as “name”"), fields[0], words[2]);
    }
  else if (n_words == 2 && g_strcmp0 (words[0], "Suggested") == 0)
    {
      if ((entity = lookup_entity (import, line, words[1], fields[0])) != NULL)
        entity->suggested = TRUE;
    }
  else
    report (import, line, _("%s: the attribute “%s” is not one Hashiya knows; skipped"),
            fields[0], words[0] != NULL ? words[0] : "");
}

/* #: "AnnotatorNotes T1<TAB>the note" */
static void
read_note (Import  *import,
           guint    line,
           char   **fields,
           char   **words)
{
  Entity *entity;

  if (g_strv_length (words) != 2 || g_strcmp0 (words[0], "AnnotatorNotes") != 0 || fields[2] == NULL)
    {
      report (import, line, _("%s: cannot read this note; skipped"), fields[0]);
      return;
    }
  if (words[1][0] != 'T')
    {
      report (import, line, _("%s: only notes on entities are imported; skipped"), fields[0]);
      return;
    }
  if ((entity = lookup_entity (import, line, words[1], fields[0])) == NULL)
    return;
  g_free (entity->note);
  entity->note = g_strdup (fields[2]);
}

static HashiyaMention *
mention_for (Import *import,
             Entity *entity)
{
  g_autofree char *id = hashiya_document_new_mention_id (import->document);
  HashiyaMention *mention = hashiya_mention_new (id, entity->start, entity->end, entity->actor);

  hashiya_mention_set_mention_type (mention, entity->type);
  if (entity->suggested)
    hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (entity->note != NULL)
    hashiya_mention_set_note (mention, entity->note);
  if (entity->stale)
    hashiya_mention_set_quote (mention, entity->covered, NULL, NULL);
  else
    hashiya_document_fill_quote (import->document, mention);
  return mention;
}

/* Each entity becomes a mention of the actor its N line names, or else
 * of the actor its text names, or else of a new actor of its type;
 * placed (or, for a .ann made on another version of the text,
 * re-anchored) by the shared importer. An event's trigger is a word of
 * the event, not an actor's mention. */
static void
add_mentions (Import *import)
{
  for (guint i = 0; i < import->order->len; i++)
    {
      Entity *entity = g_ptr_array_index (import->order, i);
      g_autoptr(HashiyaMention) mention = NULL;
      const char *actor;

      if (entity->trigger_of != NULL)
        {
          report (import, entity->line, _("%s (%s “%s”) is the trigger of the event %s, not an actor; skipped"),
                  entity->id, entity->label, entity->covered, entity->trigger_of);
          continue;
        }
      actor = hashiya_import_resolve_actor (import->shared, entity->line, entity->actor, entity->label,
                                            entity->actor_name, entity->covered);
      if (actor == NULL)
        {
          report (import, entity->line, _("%s has no text to find its actor by; skipped"), entity->id);
          continue;
        }
      g_free (entity->actor);
      entity->actor = g_strdup (actor);
      mention = mention_for (import, entity);
      hashiya_import_keep_label (import->shared, mention, entity->label);
      entity->mention_id = g_strdup (hashiya_mention_get_id (mention));
      hashiya_import_add_mention (import->shared, entity->line, entity->id, mention);
    }
  hashiya_import_place (import->shared);
}

/* R: "supports Arg1:T1 Arg2:T2": a relation between the two actors,
 * with the first argument's mention as its evidence. */
static void
read_relation (Import  *import,
               guint    line,
               char   **fields,
               char   **words)
{
  g_autofree char *type = NULL;
  g_autofree char *id = NULL;
  g_autoptr(HashiyaRelation) relation = NULL;
  g_autoptr(GError) error = NULL;
  Entity *source, *target;

  if (g_strv_length (words) != 3 || !g_str_has_prefix (words[1], "Arg1:") || !g_str_has_prefix (words[2], "Arg2:"))
    {
      report (import, line, _("%s: cannot read this relation; skipped"), fields[0]);
      return;
    }
  type = g_ascii_strdown (words[0], -1);
  g_strdelimit (type, "_ ", '-');
  if (!hashiya_relation_is_valid_type (type))
    {
      report (import, line, _("%s: “%s” cannot be a relation type (lower-case letters and hyphens); skipped"),
              fields[0], words[0]);
      return;
    }
  if ((source = lookup_entity (import, line, words[1] + 5, fields[0])) == NULL ||
      (target = lookup_entity (import, line, words[2] + 5, fields[0])) == NULL)
    return;
  if (!hashiya_import_was_imported (import->shared, source->mention_id) ||
      !hashiya_import_was_imported (import->shared, target->mention_id))
    {
      report (import, line, _("%s: an argument was not imported; skipped"), fields[0]);
      return;
    }

  id = g_strdup_printf ("r%u", ++import->n_relations);
  relation = hashiya_relation_new (id, type, source->actor, target->actor);
  hashiya_relation_set_evidence (relation, source->mention_id);
  if (!_hashiya_document_add_relation (import->document, relation, &error))
    report (import, line, _("%s: %s; skipped"), fields[0], error->message);
}

typedef void (*LineReader) (Import *import, guint line, char **fields, char **words);

/* Calls READ on each line whose id starts with PREFIX. */
static void
for_each_line (Import      *import,
               char       **lines,
               char         prefix,
               LineReader   read)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) words = NULL;

      if (lines[i][0] != prefix)
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      if (fields[1] == NULL)
        {
          report (import, i + 1, _("cannot read this line (no tab after “%s”); skipped"), fields[0]);
          continue;
        }
      words = g_strsplit (fields[1], " ", -1);
      read (import, i + 1, fields, words);
    }
}

/* E: "Merge-org:T2 Org-Arg1:T1 Org-Arg2:T3": T2 is the trigger. */
static void
read_event (Import  *import,
            guint    line,
            char   **fields,
            char   **words)
{
  const char *colon = words[0] != NULL ? strchr (words[0], ':') : NULL;
  Entity *trigger = colon != NULL ? g_hash_table_lookup (import->entities, colon + 1) : NULL;

  if (trigger != NULL && trigger->trigger_of == NULL)
    trigger->trigger_of = g_strdup (fields[0]);
}

static void
read_entity_line (Import  *import,
                  guint    line,
                  char   **fields,
                  char   **words G_GNUC_UNUSED)
{
  read_entity (import, line, fields);
}

static void
report_unsupported (Import *import,
                    char  **lines)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *what;

      switch (lines[i][0])
        {
        case '\0': case 'T': case 'N': case 'A': case '#': case 'R':
          continue;
        case 'E': what = _("events are not imported"); break;
        case '*': what = _("equivalences are not imported"); break;
        case 'M': what = _("modifications are not imported"); break;
        default: what = _("cannot read this line"); break;
        }
      report (import, i + 1, _("%s; skipped"), what);
    }
}

static char **
split_ann_lines (GBytes      *ann,
                 const char  *display_name,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (ann, &size);
  g_autofree char *copy = NULL;
  char **lines;

  if (size == 0)  /* a document with no annotations yet */
    return g_new0 (char *, 1);
  if (!hashiya_utf8_check (data, size, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }

  copy = g_strndup (data, size);
  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_strchomp (lines[i]);  /* CRLF .ann files; no field ends in blanks */
  return lines;
}

/**
 * hashiya_brat_read_ann:
 * @document: a document with its text and catalogue, and no mentions yet
 * @ann: the contents of a .ann file on that text
 * @display_name: the file's name, for messages
 * @problems: (out): "NAME:LINE: message" for each thing not imported
 *
 * Adds the mentions and relations of a brat standoff file to @document.
 * Entities become mentions: of the Hashiya actor an N line names, else
 * of the actor their text names (hashiya_import_resolve_actor()), else
 * of a new actor of their type; the actors added are listed in
 * @problems. Offsets count the byte order mark of a text that had one,
 * as brat does. What cannot be read (events, spans that disagree with
 * the text …) is skipped and listed in @problems, never silently
 * dropped.
 *
 * Returns: %FALSE, with @error set, when @ann is not UTF-8
 */
gboolean
hashiya_brat_read_ann (HashiyaDocument  *document,
                       GBytes           *ann,
                       const char       *display_name,
                       GPtrArray       **problems,
                       GError          **error)
{
  g_autoptr(GHashTable) entities = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_auto(GStrv) lines = NULL;
  Import import = { 0 };

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (ann != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  if ((lines = split_ann_lines (ann, display_name, error)) == NULL)
    return FALSE;

  entities = g_hash_table_new (g_str_hash, g_str_equal);
  order = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  import.display = display_name;
  import.document = document;
  import.entities = entities;
  import.order = order;
  import.shared = hashiya_import_new (document, display_name);

  for_each_line (&import, lines, 'T', read_entity_line);
  for_each_line (&import, lines, 'E', read_event);
  for_each_line (&import, lines, 'N', read_reference);
  for_each_line (&import, lines, 'A', read_attribute);
  for_each_line (&import, lines, '#', read_note);
  add_mentions (&import);
  for_each_line (&import, lines, 'R', read_relation);
  report_unsupported (&import, lines);

  *problems = hashiya_import_finish (import.shared);
  hashiya_import_free (import.shared);
  return TRUE;
}

/**
 * hashiya_brat_text_path:
 *
 * "dir/article.ann" → "dir/article.txt": where brat keeps the text.
 *
 * Returns: (transfer full): the path of the text beside @ann_path
 */
char *
hashiya_brat_text_path (const char *ann_path)
{
  gsize length;

  g_return_val_if_fail (ann_path != NULL, NULL);

  length = strlen (ann_path);
  if (g_str_has_suffix (ann_path, ".ann"))
    length -= strlen (".ann");
  return g_strdup_printf ("%.*s.txt", (int) length, ann_path);
}

/**
 * hashiya_brat_import:
 * @ann_path: the .ann file
 * @txt_path: the .txt file it annotates
 * @catalog: (nullable): the actors; the default catalogue when %NULL
 * @problems: (out): "ANN_PATH:LINE: message" for each thing not imported
 *
 * Reads a brat standoff document: see hashiya_brat_read_ann().
 */
HashiyaDocument *
hashiya_brat_import (const char       *ann_path,
                     const char       *txt_path,
                     HashiyaCatalog   *catalog,
                     GPtrArray       **problems,
                     GError          **error)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GBytes) ann = NULL;

  g_return_val_if_fail (ann_path != NULL, NULL);
  g_return_val_if_fail (txt_path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if ((document = hashiya_document_new_from_text_file (txt_path, catalog, error)) == NULL ||
      (ann = hashiya_file_read_limited (ann_path, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, error)) == NULL ||
      !hashiya_brat_read_ann (document, ann, ann_path, problems, error))
    return NULL;

  return g_steal_pointer (&document);
}
