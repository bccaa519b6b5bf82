/* hashiya-conll.c — CoNLL/BIO: a token and an IOB2 tag a line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   -DOCSTART- O
 *
 *   الأحد O
 *   لأذربيجان B-State
 *
 * Tokens come from the text alone, never from its mentions, so that two
 * documents of one text (gold and system) have the same token column
 * line for line: words as they are written, with their tashkeel and
 * their proclitics (وناخيتشيوان is one token, as in ANERcorp), numbers,
 * and single punctuation marks or emoji, never inside a grapheme
 * cluster. Invisible format characters (bidi marks, joiners: Unicode's
 * Cf) are never tokens of their own: they belong to the token they
 * touch, the one after them first. A token takes its tag from the
 * mention that covers one of its letters, B- on the first token of that
 * mention and I- on the next ones, so an I- always continues a chunk.
 * Sentences end at . ! ? ؟ and at line breaks, also from the text alone:
 * a mention across one is two chunks. The layout is the one the
 * CoNLL-2000 evaluation script and spaCy's converter read.
 */

#define G_LOG_DOMAIN "hashiya-conll"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-catalog-file.h"
#include "hashiya-error.h"
#include "hashiya-export-formats.h"
#include "hashiya-import.h"
#include "hashiya-sentences.h"

/* By start, the longer first: what follows a mention inside it is
 * nested in it. */
static int
compare_outer_first (gconstpointer a,
                     gconstpointer b)
{
  HashiyaMention *ma = *(HashiyaMention **) a;
  HashiyaMention *mb = *(HashiyaMention **) b;
  guint start_a = hashiya_mention_get_start (ma), start_b = hashiya_mention_get_start (mb);
  guint end_a = hashiya_mention_get_end (ma), end_b = hashiya_mention_get_end (mb);

  if (start_a != start_b)
    return start_a < start_b ? -1 : 1;
  if (end_a != end_b)
    return end_a > end_b ? -1 : 1;
  return hashiya_mention_compare (ma, mb, NULL);
}

/* The mentions a token can take its tag from: no two overlap. */
static GPtrArray *
choose_mentions (HashiyaDocument            *document,
                 const HashiyaExportOptions *options)
{
  g_autoptr(GPtrArray) all = hashiya_export_mentions (document, options);
  GPtrArray *chosen = g_ptr_array_new ();
  guint last_end = 0;

  g_ptr_array_sort (all, compare_outer_first);
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

/* White space, and the control characters that some tools read as
 * such (vertical tab, NEL): never inside a token. */
static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_CONTROL;
}

/* One word a tag: white space in a label becomes "_". */
static char *
tag_name (HashiyaDocument            *document,
          const HashiyaExportOptions *options,
          HashiyaMention             *mention)
{
  HashiyaActor *actor;

  if (options->conll_tags == HASHIYA_CONLL_TAGS_ACTOR)
    return g_strdup (hashiya_mention_get_actor (mention));
  if (options->conll_tags == HASHIYA_CONLL_TAGS_LABEL && hashiya_mention_get_label (mention) != NULL)
    {
      GString *name = g_string_new (NULL);

      for (const char *p = hashiya_mention_get_label (mention); *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (is_separator (c))
            g_string_append_c (name, '_');
          else
            g_string_append_unichar (name, c);
        }
      return g_string_free (name, FALSE);
    }
  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (document), hashiya_mention_get_actor (mention));
  return hashiya_export_kind_label (actor != NULL ? hashiya_actor_get_kind (actor) : HASHIYA_ACTOR_KIND_OTHER);
}

static gboolean
has_line_break (HashiyaText *text,
                guint        from,
                guint        to)
{
  for (guint i = from; i < to; i++)
    {
      if (hashiya_is_line_break (hashiya_text_get_char (text, i)))
        return TRUE;
    }
  return FALSE;
}

/* A token: START–END in the text, and LETTERS_START–LETTERS_END without
 * the format characters at its edges. */
typedef struct
{
  guint start;
  guint end;
  guint letters_start;
  guint letters_end;
} Token;

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

/* Bidi marks, joiners, the byte order mark as a character: invisible. */
static gboolean
is_format (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_FORMAT;
}

/* Whether C, after a token of KIND, goes on with it. */
static gboolean
continues (TokenKind kind,
           gunichar  c)
{
  return g_unichar_ismark (c) || (kind != TOKEN_PUNCT && token_kind (c) == kind);
}

/* Where the run of format characters from I ends. */
static guint
skip_format (HashiyaText *text,
             guint        i,
             guint        length)
{
  while (i < length && is_format (hashiya_text_get_char (text, i)))
    i++;
  return i;
}

/**
 * hashiya_conll_tokenize:
 *
 * The tokens of the CoNLL export, from @text alone (see the top of this
 * file).
 *
 * Returns: (transfer full): start and end offsets of each token, in pairs
 */
GArray *
hashiya_conll_tokenize (HashiyaText *text)
{
  guint length;
  GArray *tokens;
  guint i = 0;

  g_return_val_if_fail (text != NULL, NULL);

  length = hashiya_text_get_length (text);
  tokens = g_array_new (FALSE, FALSE, sizeof (guint));
  while (i < length)
    {
      guint start = i;
      guint after_format = skip_format (text, i, length);
      TokenKind kind;

      if (is_separator (hashiya_text_get_char (text, i)))
        {
          i++;
          continue;
        }
      /* Format characters before a space: with the token they follow. */
      if (after_format == length || is_separator (hashiya_text_get_char (text, after_format)))
        {
          if (tokens->len > 0 && g_array_index (tokens, guint, tokens->len - 1) == start)
            g_array_index (tokens, guint, tokens->len - 1) = after_format;
          i = after_format;
          continue;
        }

      kind = token_kind (hashiya_text_get_char (text, after_format));
      for (i = after_format + 1; i < length;)
        {
          gunichar next = hashiya_text_get_char (text, i);
          guint past;

          /* Never inside a grapheme cluster: a flag's two halves, an
           * emoji with its modifiers, a letter with its marks. */
          if (!hashiya_text_is_boundary (text, i))
            {
              i++;
              continue;
            }
          if (is_separator (next))
            break;
          if (!is_format (next))
            {
              if (!continues (kind, next))
                break;
              i++;
              continue;
            }
          /* Format characters inside a word stay in it; before a space
           * they end this token; before another token they begin it. */
          past = skip_format (text, i, length);
          if (past == length || is_separator (hashiya_text_get_char (text, past)))
            {
              i = past;
              break;
            }
          if (!continues (kind, hashiya_text_get_char (text, past)))
            break;
          i = past;
        }
      g_array_append_val (tokens, start);
      g_array_append_val (tokens, i);
    }
  return tokens;
}

typedef struct
{
  GString                    *out;
  HashiyaDocument            *document;
  const HashiyaExportOptions *options;
  GPtrArray                  *mentions;
  guint                       next;       /* the first mention not yet ended */
  HashiyaMention             *previous;   /* the previous token's, in this sentence */
  guint                       last_end;   /* of the previous token */
  gboolean                    sentence_open;
} Writer;

/* The mention that covers a letter of TOKEN: the first one, when two
 * meet inside it. */
static HashiyaMention *
covering_mention (Writer      *writer,
                  const Token *token)
{
  while (writer->next < writer->mentions->len &&
         hashiya_mention_get_end (g_ptr_array_index (writer->mentions, writer->next)) <= token->letters_start)
    writer->next++;
  if (writer->next < writer->mentions->len)
    {
      HashiyaMention *mention = g_ptr_array_index (writer->mentions, writer->next);

      if (hashiya_mention_get_start (mention) < token->letters_end)
        return mention;
    }
  return NULL;
}

static void
end_sentence (Writer *writer)
{
  g_string_append_c (writer->out, '\n');
  writer->sentence_open = FALSE;
  writer->previous = NULL;
}

static void
write_token (Writer      *writer,
             const Token *token)
{
  HashiyaText *text = hashiya_document_get_text (writer->document);
  HashiyaMention *mention = covering_mention (writer, token);

  /* Sentences, like tokens, come from the text alone: the blank lines
   * of two files of one text fall on the same lines. */
  if (writer->sentence_open && has_line_break (text, writer->last_end, token->start))
    end_sentence (writer);

  g_string_append_len (writer->out, hashiya_text_get_data (text, NULL) + hashiya_text_offset_to_byte (text, token->start),
                       hashiya_text_offset_to_byte (text, token->end) - hashiya_text_offset_to_byte (text, token->start));
  if (mention == NULL)
    g_string_append (writer->out, " O\n");
  else
    {
      g_autofree char *name = tag_name (writer->document, writer->options, mention);

      /* B- whenever the token before was not of this mention: never an
       * I- that does not go on with a chunk. */
      g_string_append_printf (writer->out, " %c-%s\n", mention == writer->previous ? 'I' : 'B', name);
    }
  writer->sentence_open = TRUE;
  writer->previous = mention;
  writer->last_end = token->end;

  if (token->letters_end - token->letters_start == 1 && hashiya_sentence_ends_after (hashiya_text_get_char (text, token->letters_start)))
    end_sentence (writer);
}

GBytes *
hashiya_conll_write (HashiyaDocument            *document,
                     const HashiyaExportOptions *options)
{
  HashiyaText *text = hashiya_document_get_text (document);
  g_autoptr(GPtrArray) mentions = choose_mentions (document, options);
  g_autoptr(GArray) tokens = hashiya_conll_tokenize (text);
  Writer writer = { g_string_new ("-DOCSTART- O\n\n"), document, options, mentions, 0, NULL, 0, FALSE };

  for (guint i = 0; i + 1 < tokens->len; i += 2)
    {
      Token token = { g_array_index (tokens, guint, i), g_array_index (tokens, guint, i + 1), 0, 0 };

      token.letters_start = token.start;
      token.letters_end = token.end;
      while (token.letters_start + 1 < token.letters_end && is_format (hashiya_text_get_char (text, token.letters_start)))
        token.letters_start++;
      while (token.letters_end - 1 > token.letters_start && is_format (hashiya_text_get_char (text, token.letters_end - 1)))
        token.letters_end--;
      write_token (&writer, &token);
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
  GString       *invisible;   /* a token of format characters, for the next one */
  guint          invisible_line;
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

static gboolean
only_format_characters (const char *token)
{
  for (const char *p = token; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_format (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
read_token (Reader     *reader,
            guint       line,
            const char *token,
            const char *tag,
            gboolean    sentence_start)
{
  g_autofree char *joined = NULL;
  const char *word;
  const char *label = NULL;
  char prefix;
  guint start;

  /* Invisible marks on a line of their own go with the next token,
   * which they belong to in the text. */
  if (only_format_characters (token))
    {
      if (reader->invisible->len == 0)
        reader->invisible_line = line;
      g_string_append (reader->invisible, token);
      return;
    }
  if (reader->invisible->len > 0)
    remark (reader, reader->invisible_line, _("a token of invisible format characters only; joined to the next token"));
  joined = g_strconcat (reader->invisible->str, token, NULL);
  g_string_truncate (reader->invisible, 0);
  /* A text that starts with U+FEFF would lose it as a byte order mark. */
  for (word = joined; reader->length == 0 && g_str_has_prefix (word, "\xEF\xBB\xBF");)
    word += 3;

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
  g_string_append (reader->text, word);
  reader->length += g_utf8_strlen (word, -1);

  if (prefix == 'I' && reader->open != NULL && strcmp (reader->open->label, label) == 0 && !sentence_start)
    {
      reader->open->end = reader->length;
      return;
    }
  reader->open = NULL;
  if (prefix == 'O')
    return;
  /* Each one: an I- that goes on with no chunk is a mistake somewhere. */
  if (prefix == 'I')
    remark (reader, line, _("“%s” starts a mention without B-: read as IOB1, as conlleval does"), tag);
  {
    Chunk chunk = { line, start, reader->length, g_strdup (label) };

    g_array_append_val (reader->chunks, chunk);
    reader->open = &g_array_index (reader->chunks, Chunk, reader->chunks->len - 1);
  }
}

/* Lines end in LF, CRLF or CR. */
static char **
split_lines (char *data)
{
  GPtrArray *lines = g_ptr_array_new ();
  char *p = data;

  for (;;)
    {
      char *end = strpbrk (p, "\r\n");

      if (end == NULL)
        {
          g_ptr_array_add (lines, g_strdup (p));
          break;
        }
      g_ptr_array_add (lines, g_strndup (p, end - p));
      p = end + (end[0] == '\r' && end[1] == '\n' ? 2 : 1);
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static void
read_lines (Reader  *reader,
            char   **lines)
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
      if (reader->invisible->len == 0)
        sentence_start = FALSE;
    }
}

/* A chunk's span without the invisible format characters at its edges
 * (a left-to-right mark before its first token): the tokens it covers
 * stay the same, so the mention tags them again on export. */
static void
trim_format (HashiyaText *text,
             guint       *start,
             guint       *end)
{
  guint s = *start, e = *end;

  while (s < e && is_format (hashiya_text_get_char (text, s)))
    s++;
  while (e > s && is_format (hashiya_text_get_char (text, e - 1)))
    e--;
  if (s < e && hashiya_text_is_boundary (text, s) && hashiya_text_is_boundary (text, e))
    *start = s, *end = e;
}

/* Each chunk is a mention: its span without the invisible marks at its
 * edges, nor the proclitics before its actor's name; its actor the one
 * its tag names, else the one its text names, else a new one of its
 * label's kind; its label kept. Punctuation the file puts in a chunk
 * stays in it. */
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
      guint start = chunk->start, end = chunk->end;
      g_autofree char *covered = NULL;
      g_autofree char *id = hashiya_document_new_mention_id (document);
      g_autoptr(HashiyaMention) mention = NULL;
      gboolean is_actor = hashiya_catalog_lookup (catalog, chunk->label) != NULL;
      const char *actor;

      trim_format (text, &start, &end);
      covered = hashiya_text_slice (text, start, end);
      actor = hashiya_import_resolve_actor (import, chunk->line, is_actor ? chunk->label : NULL,
                                            is_actor ? NULL : chunk->label, NULL, covered);
      hashiya_import_narrow (import, actor, &start, &end);
      mention = hashiya_mention_new (id, start, end, actor);
      if (!is_actor)
        hashiya_import_keep_label (import, mention, chunk->label);
      hashiya_import_add_mention (import, chunk->line, NULL, mention);
    }
}

/**
 * hashiya_conll_read:
 *
 * Reads a CoNLL/BIO file: a token and a tag a line (the token first and
 * the tag last, so that ANERcorp's two columns and CoNLL-2003's four
 * both read), blank lines between sentences; a byte order mark, CRLF or
 * CR line ends, and invisible format characters (such as a left-to-right
 * mark before each token) are read as they are meant. The text is the
 * tokens joined by spaces, a sentence a line; tags that name a
 * catalogue actor are that actor, others are labels, kept on the
 * mentions, whose mentions find their actor by their text or become new
 * actors. Every I- that continues no chunk is listed.
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
  g_autoptr(GString) invisible = g_string_new (NULL);
  g_autoptr(GPtrArray) remarks = g_ptr_array_new ();
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog_copy = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(HashiyaImport) import = NULL;
  Reader reader = { remarks, text_data, 0, chunks, NULL, invisible, 0 };

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
  /* A byte order mark is no part of the first token. */
  while (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, size -= 3;
  copy = g_strndup (data, size);
  lines = split_lines (copy);
  read_lines (&reader, lines);
  if (invisible->len > 0)
    remark (&reader, reader.invisible_line, _("a token of invisible format characters only, at the end; skipped"));

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
