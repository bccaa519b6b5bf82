/* hashiya-fts5-tokenizer.c — Hashiya's Arabic tokenizer for SQLite FTS5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FTS5's own tokenizers break Arabic at every haraka and fold none of it.
 * This one reads a text as find does (hashiya_search_words ()): each word
 * is a token at its position, folded, and the forms it is also found by
 * (after its proclitics, without its article) are tokens at the same
 * position (FTS5_TOKEN_COLOCATED). Every token's offsets are bytes of the
 * text as written: a form starts after the proclitics it leaves out, and
 * every form ends with its word. A query's words are tokens as they are.
 *
 * Two functions read what a match found, row by row:
 *   hashiya_count (t)    how many hits, the hits that start inside the one
 *                        before left out, from the positions alone;
 *   hashiya_count (t, a) the same, and each row with hits added to a (a
 *                        GArray of HashiyaFts5Count bound as a pointer):
 *                        a whole match read in one step of a statement;
 *   hashiya_hits (t, q)  each hit's start and end in bytes, two unsigned
 *                        32-bit integers a hit, in a blob; q is the
 *                        HashiyaSearchQuery that the match expression was
 *                        made from, bound with sqlite3_bind_pointer ();
 *   hashiya_hits (t, q, r)  only for the rows whose rowid is in r (a
 *                        sorted GArray of gint64, bound the same way),
 *                        NULL for the others: the number of integers, the
 *                        integers, then the row's text, in a blob; so that
 *                        one pass over a match reads the hits of the rows
 *                        wanted and nothing of the others.
 */

#define G_LOG_DOMAIN "hashiya-fts5"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "hashiya-fts5-tokenizer.h"

/* One tokenizer serves every table: it keeps nothing. */
static int the_tokenizer;

static int
tokenizer_create (void            *context,
                  const char     **argv,
                  int              argc,
                  Fts5Tokenizer  **tokenizer)
{
  *tokenizer = (Fts5Tokenizer *) (void *) &the_tokenizer;
  return SQLITE_OK;
}

static void
tokenizer_delete (Fts5Tokenizer *tokenizer)
{
}

typedef int (*TokenFunc) (void *context, int flags, const char *token, int n_token, int start, int end);

typedef struct
{
  void      *context;
  TokenFunc  token;
  int        rc;
} Emitter;

static gboolean
emit_word_cb (const HashiyaSearchWord *word,
              gpointer                 user_data)
{
  Emitter *emitter = user_data;

  for (guint f = 0; f < word->n_forms; f++)
    {
      emitter->rc = emitter->token (emitter->context, f > 0 ? FTS5_TOKEN_COLOCATED : 0,
                                    word->forms[f], (int) word->form_lengths[f],
                                    (int) word->form_byte_starts[f], (int) word->byte_end);
      if (emitter->rc != SQLITE_OK)
        return FALSE;
    }
  return TRUE;
}

static int
tokenizer_tokenize (Fts5Tokenizer *tokenizer,
                    void          *context,
                    int            flags,
                    const char    *text,
                    int            n_text,
                    TokenFunc      token)
{
  Emitter emitter = { context, token, SQLITE_OK };

  if (n_text <= 0)
    return SQLITE_OK;
  /* Hashiya's texts are valid UTF-8 without NUL; anything else is not
   * one of them. */
  if (!g_utf8_validate_len (text, (gsize) n_text, NULL))
    return SQLITE_MISMATCH;

  hashiya_search_words (text, (gsize) n_text, (flags & FTS5_TOKENIZE_QUERY) == 0, emit_word_cb, &emitter);
  return emitter.rc;
}

/* The positions where the (only) phrase starts, each once, and the hits
 * that start inside the one before left out: as
 * hashiya_search_hits_tidy () leaves them out of the hits of find. Only
 * counted when @positions is %NULL. */
static guint
hit_positions (const Fts5ExtensionApi *api,
               Fts5Context            *fts,
               GArray                 *positions,
               int                    *rc)
{
  int n_words = api->xPhraseSize (fts, 0);
  int last = G_MININT / 2;
  guint count = 0;
  Fts5PhraseIter iter;
  int column = -1, offset = -1;

  /* FTS5 keeps a position list sorted, and reads it here without making
   * the array of every phrase's instances that xInst () needs. The
   * column is told only where it changes: there is one. */
  for (*rc = api->xPhraseFirst (fts, 0, &iter, &column, &offset); *rc == SQLITE_OK && column >= 0;
       api->xPhraseNext (fts, &iter, &column, &offset))
    if (column == 0 && offset >= last + n_words)
      {
        count++;
        last = offset;
        if (positions != NULL)
          g_array_append_val (positions, offset);
      }
  return count;
}

static void
count_function (const Fts5ExtensionApi *api,
                Fts5Context            *fts,
                sqlite3_context        *result,
                int                     n_values,
                sqlite3_value         **values)
{
  GArray *counts = NULL;
  guint count;
  int rc;

  if (n_values > 1 ||
      (n_values == 1 && (counts = sqlite3_value_pointer (values[0], HASHIYA_FTS5_COUNTS_POINTER)) == NULL))
    {
      sqlite3_result_error (result, "hashiya_count () takes the table and maybe an array, bound as a pointer", -1);
      return;
    }
  count = hit_positions (api, fts, NULL, &rc);
  if (rc != SQLITE_OK)
    {
      sqlite3_result_error_code (result, rc);
      return;
    }
  if (counts != NULL && count > 0)
    {
      HashiyaFts5Count row = { api->xRowid (fts), count };

      g_array_append_val (counts, row);
    }
  sqlite3_result_int (result, (int) count);
}

typedef struct
{
  HashiyaSearchQuery *query;
  const char         *text;
  const int          *positions;
  guint               n;
  int                 n_words;
  guint               next_start;    /* the first hit not yet started */
  guint               next_end;      /* the first hit not yet ended */
  guint32            *offsets;       /* start and end bytes, a pair a hit */
  gsize               form_start;    /* of the longest form found */
} HitReader;

/* The forms of a hit's first word: the hit starts at the longest of them
 * that the query's first word finds. */
static gboolean
hit_form_cb (const HashiyaSearchWord *word,
             gpointer                 user_data)
{
  HitReader *reader = user_data;

  for (guint f = 0; f < word->n_forms; f++)
    if (hashiya_search_query_matches (reader->query, 0, word->forms[f], word->form_lengths[f]))
      reader->form_start = MIN (reader->form_start, word->form_byte_starts[f]);
  return FALSE;
}

/* The words of the text, their places alone: the forms of a word are
 * read only where a hit starts, and the reading stops after the last hit. */
static gboolean
hit_word_cb (const HashiyaSearchWord *word,
             gpointer                 user_data)
{
  HitReader *reader = user_data;
  int position = (int) word->position;
  const int *positions = reader->positions;
  guint n = reader->n;

  /* No two hits start, nor end, at one position (hit_positions ()). */
  while (reader->next_start < n && positions[reader->next_start] < position)
    reader->next_start++;
  while (reader->next_end < n && positions[reader->next_end] + reader->n_words - 1 < position)
    reader->next_end++;

  if (reader->next_start < n && positions[reader->next_start] == position)
    {
      reader->form_start = G_MAXSIZE;
      hashiya_search_words (reader->text + word->byte_start, word->byte_end - word->byte_start, TRUE, hit_form_cb,
                            reader);
      if (reader->form_start != G_MAXSIZE)
        reader->offsets[2 * reader->next_start] = (guint32) (word->byte_start + reader->form_start);
    }
  /* A hit's last word: every form ends where the word does. */
  if (reader->next_end < n && positions[reader->next_end] + reader->n_words - 1 == position)
    reader->offsets[2 * reader->next_end + 1] = (guint32) word->byte_end;

  return position < positions[n - 1] + reader->n_words - 1;
}

static int
compare_rowids (gconstpointer a,
                gconstpointer b)
{
  gint64 ra = *(const gint64 *) a;
  gint64 rb = *(const gint64 *) b;

  return ra < rb ? -1 : ra > rb;
}

static void
hits_function (const Fts5ExtensionApi *api,
               Fts5Context            *fts,
               sqlite3_context        *result,
               int                     n_values,
               sqlite3_value         **values)
{
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GByteArray) out = NULL;
  HitReader reader = { 0 };
  GArray *wanted = NULL;
  const char *text = NULL;
  int n_text = 0;
  guint32 n_offsets;
  int rc;

  if ((n_values != 1 && n_values != 2) ||
      (reader.query = sqlite3_value_pointer (values[0], HASHIYA_FTS5_QUERY_POINTER)) == NULL ||
      (n_values == 2 && (wanted = sqlite3_value_pointer (values[1], HASHIYA_FTS5_ROWIDS_POINTER)) == NULL))
    {
      sqlite3_result_error (result, "hashiya_hits () takes the table, a query and maybe rowids, bound as pointers", -1);
      return;
    }
  if (wanted != NULL)
    {
      gint64 rowid = api->xRowid (fts);

      if (bsearch (&rowid, wanted->data, wanted->len, sizeof (gint64), compare_rowids) == NULL)
        {
          sqlite3_result_null (result);
          return;
        }
    }

  positions = g_array_new (FALSE, FALSE, sizeof (int));
  hit_positions (api, fts, positions, &rc);
  if (rc == SQLITE_OK)
    rc = api->xColumnText (fts, 0, &text, &n_text);
  /* Hashiya's texts are valid UTF-8, as the tokenizer found them. */
  if (rc == SQLITE_OK && text != NULL && !g_utf8_validate_len (text, (gsize) MAX (n_text, 0), NULL))
    rc = SQLITE_MISMATCH;
  if (rc != SQLITE_OK)
    {
      sqlite3_result_error_code (result, rc);
      return;
    }

  n_offsets = 2 * positions->len;
  out = g_byte_array_sized_new ((n_offsets + 1) * sizeof (guint32) + (wanted != NULL ? (guint) n_text : 0));
  if (wanted != NULL)
    g_byte_array_append (out, (const guint8 *) &n_offsets, sizeof n_offsets);
  g_byte_array_set_size (out, out->len + n_offsets * sizeof (guint32));
  reader.offsets = (guint32 *) (void *) (out->data + (wanted != NULL ? sizeof n_offsets : 0));
  for (guint i = 0; i < positions->len; i++)
    {
      reader.offsets[2 * i] = G_MAXUINT32;
      reader.offsets[2 * i + 1] = 0;
    }
  reader.text = text;
  reader.positions = (const int *) (void *) positions->data;
  reader.n = positions->len;
  reader.n_words = api->xPhraseSize (fts, 0);
  if (positions->len > 0 && text != NULL)
    hashiya_search_words (text, (gsize) n_text, FALSE, hit_word_cb, &reader);
  if (wanted != NULL && text != NULL)
    g_byte_array_append (out, (const guint8 *) text, (guint) n_text);

  sqlite3_result_blob (result, out->data, (int) out->len, SQLITE_TRANSIENT);
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *statement = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &statement, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (statement, 1, (void *) &api, "fts5_api_ptr", NULL);
  sqlite3_step (statement);
  sqlite3_finalize (statement);
  return api;
}

/**
 * hashiya_fts5_register:
 * @db: a connection
 *
 * Registers the tokenizer %HASHIYA_FTS5_TOKENIZER and the functions
 * hashiya_count () and hashiya_hits () on @db.
 */
gboolean
hashiya_fts5_register (sqlite3  *db,
                       GError  **error)
{
  fts5_tokenizer tokenizer = { tokenizer_create, tokenizer_delete, tokenizer_tokenize };
  fts5_api *api;
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  api = get_fts5_api (db);
  if (api == NULL || api->iVersion < 2)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "SQLite has no FTS5");
      return FALSE;
    }

  rc = api->xCreateTokenizer (api, HASHIYA_FTS5_TOKENIZER, NULL, &tokenizer, NULL);
  if (rc == SQLITE_OK)
    rc = api->xCreateFunction (api, "hashiya_count", NULL, count_function, NULL);
  if (rc == SQLITE_OK)
    rc = api->xCreateFunction (api, "hashiya_hits", NULL, hits_function, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "FTS5: %s", sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}
