/* hashiya-brat-write.c — brat standoff export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a brat document, the .txt and the .ann beside it (see
 * hashiya-brat.h for what the .ann holds), with brat's configuration
 * files.
 */

#define G_LOG_DOMAIN "hashiya-brat"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <errno.h>
#include <string.h>

#include "hashiya-brat-private.h"
#include "hashiya-brat-write.h"
#include "hashiya-enum-types.h"
#include "hashiya-export-util.h"
#include "hashiya-file.h"
#include "hashiya-types.h"

#define HASHIYA_HOMEPAGE "https://github.com/hashiya/hashiya"

/* Notes and names go on one .ann line: tabs and line breaks become spaces. */
static char *
one_line (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || _hashiya_brat_is_line_break (c))
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

      while (i < end && _hashiya_brat_is_line_break (hashiya_text_get_char (text, i)))
        i++;
      if (i == end)
        break;
      fragment_end = i;
      while (fragment_end < end && !_hashiya_brat_is_line_break (hashiya_text_get_char (text, fragment_end)))
        fragment_end++;

      slice = hashiya_text_slice (text, i, fragment_end);
      g_string_append_printf (ann, "%s%u %u", first ? "" : ";", i + shift, fragment_end + shift);
      g_string_append_printf (covered, "%s%s", first ? "" : " ", slice);
      first = FALSE;
      i = fragment_end;
    }
  g_string_append_printf (ann, "\t%s\n", covered->str);
}

/* A value of a relation's note that holds a space or a quote is quoted,
 * its quotes and backslashes escaped. */
static void
append_note_value (GString    *ann,
                   const char *value)
{
  g_autofree char *flat = one_line (value);

  if (strpbrk (flat, " \"\\") == NULL && *flat != '\0')
    {
      g_string_append (ann, flat);
      return;
    }
  g_string_append_c (ann, '"');
  for (const char *p = flat; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (ann, '\\');
      g_string_append_c (ann, *p);
    }
  g_string_append_c (ann, '"');
}

/* The relation gold's notation, on the R line's note: "mode=host
 * modality=asserted", then "negated=true", "status=suggested" and
 * "note=…", the note last, to the end of the line. */
static void
append_relation_note (GString         *ann,
                      guint            number,
                      guint            r,
                      HashiyaRelation *relation)
{
  const char *mode = hashiya_relation_get_mode (relation);
  const char *note = hashiya_relation_get_note (relation);

  g_string_append_printf (ann, "#%u\tAnnotatorNotes R%u\t", number, r);
  if (mode != NULL)
    {
      g_string_append (ann, "mode=");
      append_note_value (ann, mode);
      g_string_append_c (ann, ' ');
    }
  g_string_append_printf (ann, "modality=%s", hashiya_enum_to_nick (HASHIYA_TYPE_MODALITY,
                                                                   hashiya_relation_get_modality (relation)));
  if (hashiya_relation_get_negated (relation))
    g_string_append (ann, " negated=true");
  if (hashiya_relation_get_status (relation) == HASHIYA_MENTION_STATUS_SUGGESTED)
    g_string_append (ann, " status=suggested");
  if (note != NULL && *note != '\0')
    {
      g_autofree char *flat = one_line (note);

      g_string_append_printf (ann, " note=%s", flat);
    }
  g_string_append_c (ann, '\n');
}

/* Each relation an R line from its source's T to its target's, with its
 * mode, modality, negation, status and note on a # line; a relation
 * with a trigger is also an event (E) of the same type whose trigger is
 * a T of that type, with its ends as Source and Target. Relations of one
 * type and trigger share the trigger's T. */
static void
append_relations (GString         *ann,
                  HashiyaDocument *document,
                  GPtrArray       *mentions,
                  GHashTable      *t_ids,
                  guint           *n_notes)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) relations = hashiya_export_relations (document, mentions, FALSE);
  g_autoptr(GHashTable) triggers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) events = g_string_new (NULL);
  guint next_t = mentions->len + 1;
  guint n_events = 0;

  for (guint i = 0; i < relations->len; i++)
    {
      HashiyaRelation *relation = g_ptr_array_index (relations, i);
      const char *type = hashiya_relation_get_relation_type (relation);
      guint source = GPOINTER_TO_UINT (g_hash_table_lookup (t_ids, hashiya_document_lookup_mention (document,
                                                             hashiya_relation_get_source (relation))));
      guint target = GPOINTER_TO_UINT (g_hash_table_lookup (t_ids, hashiya_document_lookup_mention (document,
                                                             hashiya_relation_get_target (relation))));
      guint start, end;

      g_string_append_printf (ann, "R%u\t%s Arg1:T%u Arg2:T%u\t\n", i + 1, type, source, target);
      append_relation_note (ann, ++*n_notes, i + 1, relation);

      if (hashiya_relation_get_trigger (relation, &start, &end))
        {
          g_autofree char *key = g_strdup_printf ("%s %u %u", type, start, end);
          guint t = GPOINTER_TO_UINT (g_hash_table_lookup (triggers, key));

          if (t == 0)
            {
              t = next_t++;
              g_string_append_printf (ann, "T%u\t%s ", t, type);
              append_span (ann, text, start, end);
              g_hash_table_insert (triggers, g_steal_pointer (&key), GUINT_TO_POINTER (t));
            }
          g_string_append_printf (events, "E%u\t%s:T%u Source:T%u Target:T%u\n", ++n_events, type, t, source, target);
        }
    }
  g_string_append_len (ann, events->str, events->len);
}

static GBytes *
build_ann (HashiyaDocument *document)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  g_autoptr(GHashTable) t_ids = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) mentions = g_ptr_array_new ();
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
      g_ptr_array_add (mentions, mention);

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

  append_relations (ann, document, mentions, t_ids, &n_notes);
  return g_string_free_to_bytes (ann);
}

static GBytes *
build_annotation_conf (HashiyaDocument *document)
{
  HashiyaText *text = hashiya_document_get_text (document);
  HashiyaRelationCatalog *relation_catalog = hashiya_document_get_relation_catalog (document);
  guint n_types = hashiya_relation_catalog_get_n_types (relation_catalog);
  g_autofree char *mention_types = hashiya_enum_list_nicks (HASHIYA_TYPE_MENTION_TYPE);
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

  /* Every type of the document's relation catalogue, so that relations
   * of any of them can be added in brat: as a relation between two
   * entities, and as an event whose trigger states it. */
  g_string_append (conf, "\n[relations]\n");
  for (guint i = 0; i < n_types; i++)
    g_string_append_printf (conf, "%s\tArg1:<ENTITY>, Arg2:<ENTITY>\n",
                            hashiya_relation_type_get_id (hashiya_relation_catalog_get_relation_type (relation_catalog, i)));
  g_string_append (conf, "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");

  g_string_append (conf, "\n[events]\n");
  for (guint i = 0; i < n_types; i++)
    g_string_append_printf (conf, "%s\tSource:<ENTITY>, Target:<ENTITY>\n",
                            hashiya_relation_type_get_id (hashiya_relation_catalog_get_relation_type (relation_catalog, i)));

  for (char *comma; (comma = strstr (mention_types, ", ")) != NULL;)
    memmove (comma + 1, comma + 2, strlen (comma + 2) + 1), *comma = '|';
  g_string_append (conf, "\n[attributes]\n");
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
  HashiyaRelationCatalog *relation_catalog = hashiya_document_get_relation_catalog (document);
  guint n_types = hashiya_relation_catalog_get_n_types (relation_catalog);
  GString *conf = g_string_new ("[labels]\n");
  guint n = hashiya_catalog_get_n_actors (catalog);

  for (int kind = HASHIYA_ACTOR_KIND_STATE; kind <= HASHIYA_ACTOR_KIND_OTHER; kind++)
    {
      g_autofree char *label = hashiya_export_kind_label (kind);

      g_string_append_printf (conf, "%s | %s\n", label, label);
    }
  for (guint i = 0; i < n_types; i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (relation_catalog, i);
      const char *name = hashiya_relation_type_get_name_en (type);
      g_autofree char *flat = one_line (name != NULL ? name : hashiya_relation_type_get_id (type));

      g_strdelimit (flat, "|", '/');
      g_string_append_printf (conf, "%s | %s | %s\n", hashiya_relation_type_get_id (type), flat,
                              hashiya_relation_type_get_id (type));
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
  /* A relation's arc and its trigger in the colour of its quad class,
   * verbal ones dashed, as the window draws them; brat reads "3-3" as
   * "3,3". */
  for (guint i = 0; i < n_types; i++)
    {
      HashiyaRelationType *type = hashiya_relation_catalog_get_relation_type (relation_catalog, i);
      HashiyaQuadClass quad_class = hashiya_relation_type_get_quad_class (type);
      const char *color = hashiya_relation_catalog_get_quad_color (relation_catalog, quad_class);

      g_string_append_printf (conf, "%s\tbgColor:%s, fgColor:white, color:%s%s\n", hashiya_relation_type_get_id (type),
                              color, color,
                              quad_class == HASHIYA_QUAD_CLASS_VERBAL_COOPERATION ||
                              quad_class == HASHIYA_QUAD_CLASS_VERBAL_CONFLICT ? ", dashArray:3-3" : "");
    }
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
  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), NULL);
  return build_ann (document);
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
  BratFiles *files = g_new0 (BratFiles, 1);

  files->directory = g_strdup (directory);
  files->names[0] = g_strconcat (name, ".txt", NULL);
  files->contents[0] = hashiya_text_to_bytes (hashiya_document_get_text (document),
                                              hashiya_text_get_has_bom (hashiya_document_get_text (document)));
  files->names[1] = g_strconcat (name, ".ann", NULL);
  files->contents[1] = build_ann (document);
  files->names[2] = g_strdup ("annotation.conf");
  files->contents[2] = build_annotation_conf (document);
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
