/* hashiya-conll.c — CoNLL/BIO: a token and an IOB2 tag a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   -DOCSTART- O
 *
 *   الأحد O
 *   ل O
 *   أذربيجان B-State
 *
 * Tokens are cut as the matcher cuts them (words with their tashkeel,
 * numbers, single punctuation marks or emoji, never inside a grapheme
 * cluster), then split where a mention
 * starts or ends: a proclitic such as لـ or وبـ becomes its own token
 * and every mention falls on token boundaries. Sentences end at . ! ?
 * ؟ and at line breaks, never inside a mention. The layout is the one
 * the CoNLL-2000 evaluation script and spaCy's converter read.
 */

#define G_LOG_DOMAIN "hashiya-conll"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-format.h"
#include "hashiya-import.h"

/* The mentions a token can take its tag from: no two overlap. */
static GPtrArray *
choose_mentions (HashiyaDocument            *document,
                 const HashiyaExportOptions *options)
{
  g_autoptr(GPtrArray) all = hashiya_export_mentions (document, options);
  GPtrArray *chosen = g_ptr_array_new ();
  guint last_end = 0;

  for (guint i = 0; i < all->len; i++)
    {
      HashiyaMention *mention = g_ptr_array_index (all, i);
      guint start = hashiya_mention_get_start (mention);
      guint end = hashiya_mention_get_end (mention);

      /* Sorted by start, the longer first: what follows inside is nested. */
      if (options->conll_nested == HASHIYA_CONLL_NESTED_INNER && i + 1 < all->len)
        {
          HashiyaMention *next = g_ptr_array_index (all, i + 1);

          if (hashiya_mention_get_start (next) < end && hashiya_mention_get_end (next) <= end)
            continue;
        }
      if (chosen->len > 0 && start < last_end)
        continue;  /* crossing, or nested in the outer one kept */
      g_ptr_array_add (chosen, mention);
      last_end = end;
    }
  return chosen;
}

static char *
tag_name (HashiyaDocument            *document,
          const HashiyaExportOptions *options,
          HashiyaMention             *mention)
{
  HashiyaActor *actor;

  if (options->conll_tags == HASHIYA_CONLL_TAGS_ACTOR)
    return g_strdup (hashiya_mention_get_actor (mention));
  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), hashiya_mention_get_actor (mention));
  return hashiya_export_kind_label (actor != NULL ? hashiya_actor_get_kind (actor) : HASHIYA_ACTOR_KIND_OTHER);
}

static gboolean
ends_sentence (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x061F /* ؟ */ || c == 0x06D4 /* ۔ */ || c == 0x2026;
}

static gboolean
has_line_break (HashiyaText *text,
                guint        from,
                guint        to)
{
  for (guint i = from; i < to; i++)
    {
      gunichar c = hashiya_text_get_char (text, i);

      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  GString                    *out;
  HashiyaDocument            *document;
  const HashiyaExportOptions *options;
  GPtrArray                  *mentions;
  guint                       next;       /* the first mention not yet ended */
  guint                       last_end;   /* of the previous token */
  gboolean                    sentence_open;
} Writer;

static HashiyaMention *
current_mention (Writer *writer,
                 guint   start)
{
  while (writer->next < writer->mentions->len &&
         hashiya_mention_get_end (g_ptr_array_index (writer->mentions, writer->next)) <= start)
    writer->next++;
  if (writer->next < writer->mentions->len)
    {
      HashiyaMention *mention = g_ptr_array_index (writer->mentions, writer->next);

      if (hashiya_mention_get_start (mention) <= start)
        return mention;
    }
  return NULL;
}

static void
write_token (Writer *writer,
             guint   start,
             guint   end)
{
  HashiyaText *text = hashiya_document_get_text (writer->document);
  HashiyaMention *mention = current_mention (writer, start);
  g_autofree char *token = hashiya_text_slice (text, start, end);

  if (writer->sentence_open && mention == NULL && has_line_break (text, writer->last_end, start))
    {
      g_string_append_c (writer->out, '\n');
      writer->sentence_open = FALSE;
    }

  g_string_append (writer->out, token);
  if (mention == NULL)
    g_string_append (writer->out, " O\n");
  else
    {
      g_autofree char *name = tag_name (writer->document, writer->options, mention);

      g_string_append_printf (writer->out, " %c-%s\n",
                              hashiya_mention_get_start (mention) == start ? 'B' : 'I', name);
    }
  writer->sentence_open = TRUE;
  writer->last_end = end;

  if (mention == NULL && end - start == 1 && ends_sentence (hashiya_text_get_char (text, start)))
    {
      g_string_append_c (writer->out, '\n');
      writer->sentence_open = FALSE;
    }
}

/* A token, split where a mention starts or ends inside it. */
static void
write_pieces (Writer *writer,
              guint   start,
              guint   end)
{
  while (start < end)
    {
      guint cut = end;

      for (guint i = writer->next; i < writer->mentions->len; i++)
        {
          HashiyaMention *mention = g_ptr_array_index (writer->mentions, i);
          guint m_start = hashiya_mention_get_start (mention);
          guint m_end = hashiya_mention_get_end (mention);

          if (m_start >= end)
            break;
          if (m_start > start && m_start < cut)
            cut = m_start;
          if (m_end > start && m_end < cut)
            cut = m_end;
        }
      write_token (writer, start, cut);
      start = cut;
    }
}

typedef enum
{
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_PUNCT,
} TokenKind;

static TokenKind
token_kind (gunichar c)
{
  if (g_unichar_isdigit (c))
    return TOKEN_NUMBER;
  if (g_unichar_isalpha (c) || g_unichar_ismark (c))
    return TOKEN_WORD;
  return TOKEN_PUNCT;
}

/* Marks and joiners belong to the character before them, whatever it is. */
static gboolean
joins_previous (gunichar c)
{
  return g_unichar_ismark (c) || c == 0x200C || c == 0x200D;
}

GBytes *
hashiya_conll_write (HashiyaDocument            *document,
                     const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  guint length = hashiya_text_get_length (text);
  g_autoptr(GPtrArray) mentions = choose_mentions (document, options);
  Writer writer = { g_string_new ("-DOCSTART- O\n\n"), document, options, mentions, 0, 0, FALSE };
  guint i = 0;

  /* The matcher's tokens, on the text itself: words with their marks,
   * numbers, and each punctuation mark alone. */
  while (i < length)
    {
      gunichar c = hashiya_text_get_char (text, i);
      guint start = i;
      TokenKind kind;

      if (g_unichar_isspace (c))
        {
          i++;
          continue;
        }
      kind = token_kind (c);
      for (i++; i < length; i++)
        {
          gunichar next = hashiya_text_get_char (text, i);

          /* Never inside a grapheme cluster: a flag's two halves, an
           * emoji with its modifiers, a letter with its marks. */
          if (!hashiya_text_is_boundary (text, i))
            continue;
          if (g_unichar_isspace (next) ||
              (!joins_previous (next) && (kind == TOKEN_PUNCT || token_kind (next) != kind)))
            break;
        }
      write_pieces (&writer, start, i);
    }
  if (writer.sentence_open)
    g_string_append_c (writer.out, '\n');
  return g_string_free_to_bytes (writer.out);
}

/* ------------------------------------------------------------- reading */

typedef struct
{
  guint  line;
  guint  start;
  guint  end;
  char  *label;
} Chunk;

typedef struct
{
  GPtrArray     *remarks;     /* line, as a pointer, then its message */
  GString       *text;
  guint          length;      /* of text, in code points */
  GArray        *chunks;      /* Chunk */
  Chunk         *open;        /* the last chunk, while it grows */
  gboolean       iob1_noted;
} Reader;

static void
chunk_clear (Chunk *chunk)
{
  g_free (chunk->label);
}

/* Remarks wait for the document, which waits for the whole text. */
G_GNUC_PRINTF (3, 4)
static void
remark (Reader     *reader,
        guint       line,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (reader->remarks, GUINT_TO_POINTER (line));
  g_ptr_array_add (reader->remarks, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
parse_tag (const char  *tag,
           char        *prefix,
           const char **label)
{
  if (strcmp (tag, "O") == 0)
    {
      *prefix = 'O';
      *label = NULL;
      return TRUE;
    }
  if ((tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' && tag[2] != '\0')
    {
      *prefix = tag[0];
      *label = tag + 2;
      return TRUE;
    }
  return FALSE;
}

static void
read_token (Reader     *reader,
            guint       line,
            const char *token,
            const char *tag,
            gboolean    sentence_start)
{
  const char *label;
  char prefix;
  guint start;

  if (!parse_tag (tag, &prefix, &label))
    {
      remark (reader, line, _("“%s” is not an IOB tag (O, B-TYPE, I-TYPE); read as O"), tag);
      prefix = 'O';
    }

  if (reader->length > 0)
    {
      g_string_append_c (reader->text, sentence_start ? '\n' : ' ');
      reader->length++;
    }
  start = reader->length;
  g_string_append (reader->text, token);
  reader->length += g_utf8_strlen (token, -1);

  if (prefix == 'I' && reader->open != NULL && strcmp (reader->open->label, label) == 0 && !sentence_start)
    {
      reader->open->end = reader->length;
      return;
    }
  reader->open = NULL;
  if (prefix == 'O')
    return;
  if (prefix == 'I' && !reader->iob1_noted)
    {
      remark (reader, line, _("“%s” starts a mention without B-: read as IOB1, as conlleval does"), tag);
      reader->iob1_noted = TRUE;
    }
  {
    Chunk chunk = { line, start, reader->length, g_strdup (label) };

    g_array_append_val (reader->chunks, chunk);
    reader->open = &g_array_index (reader->chunks, Chunk, reader->chunks->len - 1);
  }
}

static gboolean
read_lines (Reader      *reader,
            char       **lines)
{
  gboolean sentence_start = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint n;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        {
          sentence_start = TRUE;
          reader->open = NULL;
          continue;
        }
      if (g_str_has_prefix (lines[i], "-DOCSTART-"))
        continue;
      fields = g_strsplit_set (lines[i], " \t", -1);
      n = 0;
      for (guint j = 0; fields[j] != NULL; j++)
        if (fields[j][0] != '\0')
          fields[n++] = fields[j];
        else
          g_free (fields[j]);
      fields[n] = NULL;
      if (n < 2)
        {
          remark (reader, i + 1, _("a line needs a token and a tag; skipped"));
          continue;
        }
      read_token (reader, i + 1, fields[0], fields[n - 1], sentence_start);
      sentence_start = FALSE;
    }
  return TRUE;
}

static void
add_chunks (Reader        *reader,
            HashiyaImport *import)
{
  HashiyaDocument *document = hashiya_import_get_document (import);
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaText *text = hashiya_document_get_text (document);

  for (guint i = 0; i < reader->chunks->len; i++)
    {
      Chunk *chunk = &g_array_index (reader->chunks, Chunk, i);
      g_autofree char *covered = hashiya_text_slice (text, chunk->start, chunk->end);
      g_autofree char *id = hashiya_document_new_mention_id (document);
      g_autoptr(HashiyaMention) mention = NULL;
      gboolean is_actor = hashiya_catalog_lookup (catalog, chunk->label) != NULL;
      const char *actor = hashiya_import_resolve_actor (import, chunk->line,
                                                        is_actor ? chunk->label : NULL,
                                                        is_actor ? NULL : chunk->label,
                                                        NULL, covered);

      mention = hashiya_mention_new (id, chunk->start, chunk->end, actor);
      hashiya_import_add_mention (import, chunk->line, NULL, mention);
    }
}

/**
 * hashiya_conll_read:
 *
 * Reads a CoNLL/BIO file: a token and a tag a line (the token first and
 * the tag last, so that ANERcorp's two columns and CoNLL-2003's four
 * both read), blank lines between sentences. The text is the tokens
 * joined by spaces, a sentence a line; tags that name a catalogue actor
 * are that actor, others are kinds, and their mentions find their actor
 * by their text or become new actors.
 */
HashiyaDocument *
hashiya_conll_read (GBytes          *bytes,
                    const char      *display_name,
                    HashiyaCatalog  *catalog,
                    GPtrArray      **problems,
                    GError         **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *copy = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) chunks = g_array_new (FALSE, FALSE, sizeof (Chunk));
  g_autoptr(GString) text_data = g_string_new (NULL);
  g_autoptr(GPtrArray) remarks = g_ptr_array_new ();
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog_copy = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaImport) import = NULL;
  Reader reader = { remarks, text_data, 0, chunks, NULL, FALSE };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  g_array_set_clear_func (chunks, (GDestroyNotify) chunk_clear);
  if (size == 0)
    {
      g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("%s: the file is empty"), display_name);
      return NULL;
    }
  if (!hashiya_utf8_check (data, size, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }
  copy = g_strndup (data, size);
  lines = g_strsplit (copy, "\n", -1);
  read_lines (&reader, lines);

  if ((text = hashiya_text_new (text_data->str, text_data->len, &local_error)) == NULL)
    {
      for (guint i = 1; i < remarks->len; i += 2)
        g_free (g_ptr_array_index (remarks, i));
      g_set_error (error, HASHIYA_ERROR, local_error->code, _("%s: no tokens: %s"), display_name, local_error->message);
      return NULL;
    }
  catalog_copy = catalog != NULL ? hashiya_catalog_copy (catalog) : hashiya_catalog_new_default ();
  document = hashiya_document_new (text, catalog_copy);
  import = hashiya_import_new (document, display_name);
  for (guint i = 0; i < remarks->len; i += 2)
    {
      g_autofree char *message = g_ptr_array_index (remarks, i + 1);

      hashiya_import_report (import, GPOINTER_TO_UINT (g_ptr_array_index (remarks, i)), "%s", message);
    }
  add_chunks (&reader, import);

  *problems = hashiya_import_finish (import);
  return g_steal_pointer (&document);
}
