/* hashiya-search.c — what "find" means, in one document and in a corpus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One meaning of find, for Ctrl+F in a document, `hashiya-cli find` and
 * the search of a corpus (whose index tokenizes with hashiya_search_words()
 * too): a query is one or more words, folded as the matcher folds; they
 * are found as whole words, one after another (a phrase; punctuation
 * between them does not count), each word of the text read as it is, after
 * its proclitics and without its article (hashiya_stem_readings()); a
 * word ending in "*" finds the words that begin with it. A hit starts
 * after the proclitics of its first word and ends with its last word.
 */

#define G_LOG_DOMAIN "hashiya-search"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdlib.h>
#include <string.h>

#include "hashiya-arabic.h"
#include "hashiya-error.h"
#include "hashiya-search.h"

struct _HashiyaSearchQuery
{
  gatomicrefcount  ref_count;
  char            *text;
  GPtrArray       *words;
  gsize            lengths[HASHIYA_SEARCH_MAX_WORDS];
  gboolean         prefix[HASHIYA_SEARCH_MAX_WORDS];
};

static void
append_chars (GString        *out,
              const gunichar *chars,
              guint           length)
{
  for (guint i = 0; i < length; i++)
    g_string_append_unichar (out, chars[i]);
}

/* The byte of code point @target, walking on from @p at code point @at. */
static const char *
walk_to (const char *p,
         guint       at,
         guint       target)
{
  for (; at < target; at++)
    p = g_utf8_next_char (p);
  return p;
}

/**
 * hashiya_search_words:
 * @utf8: valid UTF-8
 * @all_forms: every form of each word, or only the whole word (for a
 *   query, whose words are found as they are written)
 * @func: called for each word, in text order
 *
 * Reads @utf8 as search does: folded (hashiya_fold()), in words and
 * numbers (hashiya_tokenize(); punctuation is no word), each word with
 * the forms it is found by (hashiya_stem_readings()).
 */
void
hashiya_search_words (const char            *utf8,
                      gsize                  n_bytes,
                      gboolean               all_forms,
                      HashiyaSearchWordFunc  func,
                      gpointer               user_data)
{
  g_autoptr(HashiyaFolded) folded = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GString) buffer = g_string_sized_new (256);
  const char *forms[HASHIYA_MAX_STEM_READINGS];
  gsize offsets[HASHIYA_MAX_STEM_READINGS];
  gsize lengths[HASHIYA_MAX_STEM_READINGS];
  guint starts[HASHIYA_MAX_STEM_READINGS];
  gsize byte_starts[HASHIYA_MAX_STEM_READINGS];
  const char *cursor = utf8;
  guint cursor_at = 0;
  guint position = 0;

  g_return_if_fail (utf8 != NULL || n_bytes == 0);
  g_return_if_fail (func != NULL);

  if (n_bytes == 0)
    return;
  folded = hashiya_fold (utf8, (gssize) n_bytes);
  tokens = hashiya_tokenize (folded);

  for (guint t = 0; t < tokens->len; t++)
    {
      const HashiyaToken *token = &g_array_index (tokens, HashiyaToken, t);
      const gunichar *chars = folded->chars + token->start;
      guint length = token->end - token->start;
      HashiyaStem stems[HASHIYA_MAX_STEM_READINGS];
      HashiyaSearchWord word;
      const char *start_byte;
      guint n = 1;

      if (token->kind == HASHIYA_TOKEN_PUNCT)
        continue;

      stems[0] = (HashiyaStem) { 0, 0, FALSE };
      if (all_forms && token->kind == HASHIYA_TOKEN_WORD)
        n = hashiya_stem_readings (chars, length, stems);

      word.position = position++;
      hashiya_folded_to_source (folded, token->start, token->end, &word.start, &word.end);
      cursor = walk_to (cursor, cursor_at, word.start);
      cursor_at = word.start;
      start_byte = cursor;
      word.byte_start = (gsize) (cursor - utf8);

      g_string_truncate (buffer, 0);
      for (guint i = 0; i < n; i++)
        {
          offsets[i] = buffer->len;
          if (stems[i].add_alef)
            g_string_append_unichar (buffer, 0x0627);
          append_chars (buffer, chars + stems[i].skip, length - stems[i].skip);
          lengths[i] = buffer->len - offsets[i];
          starts[i] = folded->origin[token->start + stems[i].span];
          byte_starts[i] = (gsize) (walk_to (start_byte, word.start, starts[i]) - utf8);
        }
      for (guint i = 0; i < n; i++)
        forms[i] = buffer->str + offsets[i];

      cursor = walk_to (cursor, cursor_at, word.end);
      cursor_at = word.end;
      word.byte_end = (gsize) (cursor - utf8);
      word.n_forms = n;
      word.forms = forms;
      word.form_lengths = lengths;
      word.form_starts = starts;
      word.form_byte_starts = byte_starts;

      if (!func (&word, user_data))
        return;
    }
}

static gboolean
is_word_token (const HashiyaToken *token)
{
  return token->kind == HASHIYA_TOKEN_WORD || token->kind == HASHIYA_TOKEN_NUMBER;
}

static gboolean
is_blank (const char *utf8)
{
  for (const char *p = utf8; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
query_free (HashiyaSearchQuery *self)
{
  g_free (self->text);
  g_ptr_array_unref (self->words);
  g_free (self);
}

/**
 * hashiya_search_query_new:
 * @query: what a reader typed
 *
 * Reads a query: words, folded, found one after another; a "*" right
 * after a word makes it a prefix. Double quotation marks may stand
 * around the query or a part of it, and change nothing; other
 * punctuation is no part of any word and is left out, as in the text.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL with @error
 *   set: empty, only punctuation, a quotation mark left open, a "*"
 *   anywhere but at the end of a word, or too many words
 */
HashiyaSearchQuery *
hashiya_search_query_new (const char  *query,
                          GError     **error)
{
  g_autoptr(HashiyaFolded) folded = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autofree char *unquoted = NULL;
  HashiyaSearchQuery *self;
  guint n_quotes = 0;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (query, -1, NULL))
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_ENCODING, _("the query is not UTF-8 text"));
      return NULL;
    }

  unquoted = g_strdup (query);
  for (char *p = unquoted; *p != '\0'; p++)
    if (*p == '"')
      {
        *p = ' ';
        n_quotes++;
      }
  if (n_quotes % 2 != 0)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX,
                           _("a quotation mark in the query is not closed"));
      return NULL;
    }
  if (is_blank (unquoted))
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY, _("the query is empty"));
      return NULL;
    }

  self = g_new0 (HashiyaSearchQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (query);
  self->words = g_ptr_array_new_with_free_func (g_free);

  folded = hashiya_fold (unquoted, -1);
  tokens = hashiya_tokenize (folded);
  for (guint t = 0; t < tokens->len; t++)
    {
      const HashiyaToken *token = &g_array_index (tokens, HashiyaToken, t);
      const HashiyaToken *before = t > 0 ? token - 1 : NULL;
      const HashiyaToken *after = t + 1 < tokens->len ? token + 1 : NULL;

      if (is_word_token (token))
        {
          GString *word = g_string_new (NULL);

          if (self->words->len == HASHIYA_SEARCH_MAX_WORDS)
            {
              g_string_free (word, TRUE);
              g_set_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE,
                           _("the query has more than %u words"), HASHIYA_SEARCH_MAX_WORDS);
              query_free (self);
              return NULL;
            }
          append_chars (word, folded->chars + token->start, token->end - token->start);
          self->lengths[self->words->len] = word->len;
          g_ptr_array_add (self->words, g_string_free (word, FALSE));
          continue;
        }
      if (folded->chars[token->start] != '*')
        continue;

      /* A "*" ends a word: right after its last letter, before no other. */
      if (before == NULL || !is_word_token (before) || before->end != token->start ||
          self->prefix[self->words->len - 1] ||
          (after != NULL && is_word_token (after) && after->start == token->end))
        {
          g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_SYNTAX,
                               _("a “*” goes right after the beginning of a word, as in “اذربيج*”"));
          query_free (self);
          return NULL;
        }
      self->prefix[self->words->len - 1] = TRUE;
    }

  if (self->words->len == 0)
    {
      g_set_error_literal (error, HASHIYA_ERROR, HASHIYA_ERROR_EMPTY,
                           _("the query has no word to search for, only punctuation"));
      query_free (self);
      return NULL;
    }

  return self;
}

HashiyaSearchQuery *
hashiya_search_query_ref (HashiyaSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hashiya_search_query_unref (HashiyaSearchQuery *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    query_free (self);
}

/* The query as it was typed. */
const char *
hashiya_search_query_get_text (HashiyaSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

guint
hashiya_search_query_get_n_words (HashiyaSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->words->len;
}

/* The @i-th word, folded, without its "*". */
const char *
hashiya_search_query_get_word (HashiyaSearchQuery *self,
                               guint               i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->words->len, NULL);
  return g_ptr_array_index (self->words, i);
}

/* Whether the @i-th word finds the words that begin with it. */
gboolean
hashiya_search_query_is_prefix (HashiyaSearchQuery *self,
                                guint               i)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (i < self->words->len, FALSE);
  return self->prefix[i];
}

/**
 * hashiya_search_query_matches:
 * @form: a form of a word of the text (#HashiyaSearchWord)
 *
 * Whether the query's @i-th word finds @form: the same letters, or for a
 * prefix, the letters @form begins with.
 */
gboolean
hashiya_search_query_matches (HashiyaSearchQuery *self,
                              guint               i,
                              const char         *form,
                              gsize               length)
{
  gsize word_length;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (i < self->words->len, FALSE);

  word_length = self->lengths[i];
  if (self->prefix[i] ? length < word_length : length != word_length)
    return FALSE;
  return memcmp (form, g_ptr_array_index (self->words, i), word_length) == 0;
}

/**
 * hashiya_search_query_to_fts5:
 *
 * The query in FTS5's language, for a table tokenized by the index's
 * tokenizer: one phrase of the folded words ("a" + "b"*).
 */
char *
hashiya_search_query_to_fts5 (HashiyaSearchQuery *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->words->len; i++)
    g_string_append_printf (out, "%s\"%s\"%s", i > 0 ? " + " : "", (const char *) g_ptr_array_index (self->words, i),
                            self->prefix[i] ? "*" : "");
  return g_string_free (out, FALSE);
}

typedef struct
{
  HashiyaSearchQuery *query;
  GArray             *hits;
  guint64             masks[HASHIYA_SEARCH_MAX_WORDS];
  guint               starts[HASHIYA_SEARCH_MAX_WORDS];
} Finder;

static gboolean
find_word_cb (const HashiyaSearchWord *word,
              gpointer                 user_data)
{
  Finder *finder = user_data;
  guint n = finder->query->words->len;
  guint slot = word->position % n;
  guint64 mask = 0;
  guint start = G_MAXUINT;
  guint first;

  for (guint i = 0; i < n; i++)
    for (guint f = 0; f < word->n_forms; f++)
      if (hashiya_search_query_matches (finder->query, i, word->forms[f], word->form_lengths[f]))
        {
          mask |= G_GUINT64_CONSTANT (1) << i;
          /* The first word's hit starts at its longest form found. */
          if (i > 0)
            break;
          start = MIN (start, word->form_starts[f]);
        }
  finder->masks[slot] = mask;
  finder->starts[slot] = start;

  if (word->position + 1 < n)
    return TRUE;
  first = word->position + 1 - n;
  for (guint i = 0; i < n; i++)
    if ((finder->masks[(first + i) % n] & (G_GUINT64_CONSTANT (1) << i)) == 0)
      return TRUE;

  g_array_append_val (finder->hits, finder->starts[first % n]);
  g_array_append_val (finder->hits, word->end);
  return TRUE;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const guint *ha = a;
  const guint *hb = b;

  if (ha[0] != hb[0])
    return ha[0] < hb[0] ? -1 : 1;
  if (ha[1] != hb[1])
    return ha[1] > hb[1] ? -1 : 1;
  return 0;
}

/**
 * hashiya_search_hits_tidy:
 * @hits: (element-type guint): start and end offsets, in pairs
 *
 * Puts hits found in @text in order, each on whole grapheme clusters (a
 * hit never splits a letter from its tashkeel), and leaves out a hit
 * that starts inside the one before ("a a" in "a a a" is one hit).
 */
void
hashiya_search_hits_tidy (GArray      *hits,
                          HashiyaText *text)
{
  guint kept = 0;

  g_return_if_fail (hits != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (hits->len % 2 == 0);

  for (guint i = 0; i < hits->len; i += 2)
    {
      guint *hit = &g_array_index (hits, guint, i);

      hit[0] = hashiya_text_snap_backward (text, hit[0]);
      hit[1] = hashiya_text_snap_forward (text, hit[1]);
    }
  /* An empty GArray may have no data at all: qsort must not see it. */
  if (hits->len > 0)
    qsort (hits->data, hits->len / 2, 2 * sizeof (guint), compare_hits);

  for (guint i = 0; i < hits->len; i += 2)
    {
      guint *hit = &g_array_index (hits, guint, i);

      if (kept > 0 && hit[0] < g_array_index (hits, guint, kept - 1))
        continue;
      g_array_index (hits, guint, kept++) = hit[0];
      g_array_index (hits, guint, kept++) = hit[1];
    }
  g_array_set_size (hits, kept);
}

/**
 * hashiya_search_hits_from_bytes:
 * @offsets: (array length=n_offsets): start and end bytes of hits in
 *   @text, in pairs, in text order, as the index's hashiya_hits () gives
 *   them
 *
 * Returns: (transfer full) (element-type guint): the hits in code points,
 *   tidied as find's are (hashiya_search_hits_tidy ())
 */
GArray *
hashiya_search_hits_from_bytes (HashiyaText   *text,
                                const guint32 *offsets,
                                gsize          n_offsets)
{
  GArray *hits = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n_offsets);
  const char *data;
  gsize n_bytes = 0;
  gsize at_byte = 0;
  guint at = 0;

  g_return_val_if_fail (text != NULL, hits);
  g_return_val_if_fail (offsets != NULL || n_offsets == 0, hits);

  data = hashiya_text_get_data (text, &n_bytes);
  for (gsize i = 0; i + 1 < n_offsets; i += 2)
    {
      guint32 edges[2] = { offsets[i], offsets[i + 1] };
      guint hit[2];

      /* A hit the text cannot hold (another version of it) is none. */
      if (edges[0] >= edges[1] || edges[1] > n_bytes || edges[0] < at_byte ||
          (data[edges[0]] & 0xC0) == 0x80 || (edges[1] < n_bytes && (data[edges[1]] & 0xC0) == 0x80))
        continue;
      for (guint e = 0; e < 2; e++)
        {
          at += (guint) g_utf8_pointer_to_offset (data + at_byte, data + edges[e]);
          at_byte = edges[e];
          hit[e] = at;
        }
      g_array_append_vals (hits, hit, 2);
    }
  hashiya_search_hits_tidy (hits, text);
  return hits;
}

/**
 * hashiya_search_query_find:
 *
 * Returns: (transfer full) (element-type guint): start and end offsets of
 *   every hit in @text, in pairs, in text order
 */
GArray *
hashiya_search_query_find (HashiyaSearchQuery *self,
                           HashiyaText        *text)
{
  Finder finder = { 0 };
  const char *utf8;
  gsize n_bytes = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  finder.query = self;
  finder.hits = g_array_new (FALSE, FALSE, sizeof (guint));
  utf8 = hashiya_text_get_data (text, &n_bytes);
  hashiya_search_words (utf8, n_bytes, TRUE, find_word_cb, &finder);
  hashiya_search_hits_tidy (finder.hits, text);
  return finder.hits;
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0085;
}

/**
 * hashiya_search_context:
 * @width: about how many code points on each side
 * @before: (out) (transfer full): the words before the hit, on its line,
 *   with "…" in front when the line goes on
 * @after: (out) (transfer full): the words after it, "…" after them when
 *   the line goes on
 *
 * The words around a hit, for a keyword-in-context line: whole words (cut
 * at white space), whole grapheme clusters, never past a line break.
 */
void
hashiya_search_context (HashiyaText  *text,
                        guint         start,
                        guint         end,
                        guint         width,
                        char        **before,
                        char        **after)
{
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  gboolean cut_left = FALSE, cut_right = FALSE;
  const char *data, *limit, *p, *q;
  guint length, from, to;
  gsize n_bytes = 0;

  g_return_if_fail (text != NULL);
  g_return_if_fail (before != NULL && after != NULL);

  data = hashiya_text_get_data (text, &n_bytes);
  limit = data + n_bytes;
  length = hashiya_text_get_length (text);
  end = MIN (end, length);
  start = MIN (start, end);

  /* Back from the hit, on its line, about @width code points. */
  p = data + hashiya_text_offset_to_byte (text, start);
  from = start;
  while (from > 0 && start - from < width && !is_line_break (g_utf8_get_char (g_utf8_prev_char (p))))
    {
      p = g_utf8_prev_char (p);
      from--;
    }
  if (from > 0 && !is_line_break (g_utf8_get_char (g_utf8_prev_char (p))))
    {
      guint word = from;

      /* Cut inside a word: start after it. */
      for (q = p; word < start && !g_unichar_isspace (g_utf8_get_char (q)); q = g_utf8_next_char (q))
        word++;
      if (word < start)
        {
          p = q;
          from = word;
        }
      cut_left = TRUE;
    }
  while (from < start && g_unichar_isspace (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      from++;
    }

  /* On from the hit. */
  p = data + hashiya_text_offset_to_byte (text, end);
  to = end;
  while (p < limit && to - end < width && !is_line_break (g_utf8_get_char (p)))
    {
      p = g_utf8_next_char (p);
      to++;
    }
  if (p < limit && !is_line_break (g_utf8_get_char (p)))
    {
      guint word = to;

      for (q = p; word > end && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (q))); q = g_utf8_prev_char (q))
        word--;
      if (word > end)
        {
          p = q;
          to = word;
        }
      cut_right = TRUE;
    }
  while (to > end && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))))
    {
      p = g_utf8_prev_char (p);
      to--;
    }

  from = hashiya_text_snap_backward (text, from);
  to = hashiya_text_snap_forward (text, to);
  left = hashiya_text_slice (text, from, start);
  right = hashiya_text_slice (text, end, to);
  *before = g_strconcat (cut_left ? "…" : "", left, NULL);
  *after = g_strconcat (right, cut_right ? "…" : "", NULL);
}

/**
 * hashiya_find:
 *
 * Finds @query in @text (hashiya_search_query_new()): "اذربيجان" finds
 * "أذربيجان" and the name in "لأذربيجان" (the hit leaves the ل out), not
 * "الأذربيجانية"; "اذربيجان*" finds that too, and "تركيا واذربيجان" the
 * two words one after the other. A query that cannot be read finds
 * nothing.
 *
 * Returns: (transfer full) (element-type guint): start and end offsets,
 *   in pairs
 */
GArray *
hashiya_find (HashiyaText *text,
              const char  *query)
{
  g_autoptr(HashiyaSearchQuery) parsed = NULL;

  g_return_val_if_fail (text != NULL, g_array_new (FALSE, FALSE, sizeof (guint)));
  g_return_val_if_fail (query != NULL, g_array_new (FALSE, FALSE, sizeof (guint)));

  parsed = hashiya_search_query_new (query, NULL);
  if (parsed == NULL)
    return g_array_new (FALSE, FALSE, sizeof (guint));
  return hashiya_search_query_find (parsed, text);
}
