/* test-search.c — the query, the words of a text as search reads them,
 * find, and the FTS5 tokenizer that reads them the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "hashiya-fts5-tokenizer.h"
#include "hashiya-test-util.h"

static void
test_search_query (void)
{
  const struct {
    const char *query;
    const char *fts5;
  } cases[] = {
    { "اذربيجان", "\"اذربيجان\"" },
    { "  وزراء   الخارجيةُ ", "\"وزراء\" + \"الخارجيه\"" },
    { "اذربيج*", "\"اذربيج\"*" },
    { "أذربيـــجانّ*", "\"اذربيجان\"*" },
    { "\"تركيا واذربيجان\"", "\"تركيا\" + \"واذربيجان\"" },
    { "\"تركيا\" \"واذربيجان\"", "\"تركيا\" + \"واذربيجان\"" },
    { "3+3", "\"3\" + \"3\"" },
    { "«إيران»، مستشفى", "\"ايران\" + \"مستشفي\"" },
    { "G7*", "\"g\" + \"7\"*" },
    { "٢٠٢٣", "\"2023\"" },
  };
  const struct {
    const char *query;
    int         code;
    const char *message;
  } errors[] = {
    { "", HASHIYA_ERROR_EMPTY, "the query is empty" },
    { " \t ", HASHIYA_ERROR_EMPTY, "the query is empty" },
    { "\"\"", HASHIYA_ERROR_EMPTY, "the query is empty" },
    { "«،»", HASHIYA_ERROR_EMPTY, "the query has no word to search for, only punctuation" },
    { "\u064E\u0640", HASHIYA_ERROR_EMPTY, "the query has no word to search for, only punctuation" },
    { "\"تركيا واذربيجان", HASHIYA_ERROR_SYNTAX, "a quotation mark in the query is not closed" },
    { "\"\"\"", HASHIYA_ERROR_SYNTAX, "a quotation mark in the query is not closed" },
    { "*", HASHIYA_ERROR_SYNTAX, "a “*” goes right after the beginning of a word, as in “اذربيج*”" },
    { "اذربيجان *", HASHIYA_ERROR_SYNTAX, "a “*” goes right after the beginning of a word, as in “اذربيج*”" },
    { "اذربيجان**", HASHIYA_ERROR_SYNTAX, "a “*” goes right after the beginning of a word, as in “اذربيج*”" },
    { "اذر*بيجان", HASHIYA_ERROR_SYNTAX, "a “*” goes right after the beginning of a word, as in “اذربيج*”" },
    { "\xff", HASHIYA_ERROR_ENCODING, "the query is not UTF-8 text" },
  };
  g_autoptr(GString) long_query = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (cases[i].query, &error);
      g_autofree char *fts5 = NULL;

      g_assert_no_error (error);
      fts5 = hashiya_search_query_to_fts5 (query);
      g_assert_cmpstr (fts5, ==, cases[i].fts5);
      g_assert_cmpstr (hashiya_search_query_get_text (query), ==, cases[i].query);
    }

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (errors[i].query, &error);

      g_assert_null (query);
      g_assert_error (error, HASHIYA_ERROR, errors[i].code);
      g_assert_cmpstr (error->message, ==, errors[i].message);
    }

  for (guint i = 0; i < HASHIYA_SEARCH_MAX_WORDS; i++)
    g_string_append (long_query, "كلمة ");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (long_query->str, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hashiya_search_query_get_n_words (query), ==, HASHIYA_SEARCH_MAX_WORDS);
  }
  g_string_append (long_query, "أخرى");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (long_query->str, &error);

    g_assert_null (query);
    g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_TOO_LARGE);
    g_assert_cmpstr (error->message, ==, "the query has more than 64 words");
  }
}

static gboolean
describe_word_cb (const HashiyaSearchWord *word,
                  gpointer                 user_data)
{
  GString *out = user_data;

  g_string_append_printf (out, "%u %u-%u %zu-%zu:", word->position, word->start, word->end,
                          word->byte_start, word->byte_end);
  for (guint f = 0; f < word->n_forms; f++)
    g_string_append_printf (out, " %.*s@%u/%zu", (int) word->form_lengths[f], word->forms[f],
                            word->form_starts[f], word->form_byte_starts[f]);
  g_string_append_c (out, '\n');
  return TRUE;
}

/* Each word with the forms it is found by, and where a hit on each
 * starts: after the proclitics, with the article. */
static void
test_search_words (void)
{
  const char *text = "والأذربيجانيَّة، للأذربيجانية ٢٠٢٣";
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) whole = g_string_new (NULL);

  hashiya_search_words (text, strlen (text), TRUE, describe_word_cb, all);
  g_assert_cmpstr (all->str, ==,
                   "0 0-15 0-30: والاذربيجانيه@0/0 الاذربيجانيه@1/2 اذربيجانيه@1/2\n"
                   "1 17-29 33-57: للاذربيجانيه@17/33 لاذربيجانيه@18/35 الاذربيجانيه@18/35 اذربيجانيه@18/35\n"
                   "2 30-34 58-66: 2023@30/58\n");

  /* A query's words are as written. */
  hashiya_search_words (text, strlen (text), FALSE, describe_word_cb, whole);
  g_assert_cmpstr (whole->str, ==,
                   "0 0-15 0-30: والاذربيجانيه@0/0\n"
                   "1 17-29 33-57: للاذربيجانيه@17/33\n"
                   "2 30-34 58-66: 2023@30/58\n");
}

static char *
find_text (const char *text,
           const char *query)
{
  g_autoptr(HashiyaText) source = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(GArray) found = hashiya_find (source, query);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i += 2)
    {
      g_autofree char *match = hashiya_text_slice (source, g_array_index (found, guint, i),
                                                   g_array_index (found, guint, i + 1));

      g_string_append_printf (out, "%s[%s]", i > 0 ? " " : "", match);
    }
  return g_string_free (out, FALSE);
}

/* The table of docs/SEARCH.md, as it stands there. */
static void
test_search_table (void)
{
  const char *text = "أذربيجان، أذربيجانُ، لأذربيجان، وأذربيجان، الأذربيجان، الأذربيجانية، أذربيجانيون. "
                     "أذربيجانية، الأذربيجانيَّة، والأذربيجانية، للأذربيجانية. "
                     "وزراء الخارجية، ووزراء الخارجيّة، وزراء خارجية، الخارجية وزراء. "
                     "تركيا، وأذربيجان. وزير ثم زير.";
  const struct {
    const char *query;
    const char *found;
  } cases[] = {
    { "اذربيجان", "[أذربيجان] [أذربيجانُ] [أذربيجان] [أذربيجان] [الأذربيجان] [أذربيجان]" },
    { "اذربيجانيه", "[الأذربيجانية] [أذربيجانية] [الأذربيجانيَّة] [الأذربيجانية] [لأذربيجانية]" },
    { "الاذربيجانيه", "[الأذربيجانية] [الأذربيجانيَّة] [الأذربيجانية] [لأذربيجانية]" },
    { "والاذربيجانيه", "[والأذربيجانية]" },
    { "اذربيج*", "[أذربيجان] [أذربيجانُ] [أذربيجان] [أذربيجان] [الأذربيجان] [الأذربيجانية] [أذربيجانيون] "
                 "[أذربيجانية] [الأذربيجانيَّة] [الأذربيجانية] [لأذربيجانية] [أذربيجان]" },
    { "وزراء الخارجيه", "[وزراء الخارجية] [وزراء الخارجيّة]" },
    { "\"تركيا واذربيجان\"", "[تركيا، وأذربيجان]" },
    { "تركيا واذربيجان", "[تركيا، وأذربيجان]" },
    { "زير", "[زير] [زير]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = find_text (text, cases[i].query);

      g_assert_cmpstr (found, ==, cases[i].found);
    }
}

/* "a a" in "a a a" is one hit; a hit never splits a letter from its
 * marks, even where a word starts after a joiner. */
static void
test_search_tidy (void)
{
  g_autofree char *repeated = find_text ("قال قال قال قال قال", "قال قال");
  g_autofree char *joined = find_text ("x و\u200Dايران", "ايران");
  g_autofree char *marked = find_text ("x \u0301ايران", "\u0301ايران");

  g_assert_cmpstr (repeated, ==, "[قال قال] [قال قال]");
  g_assert_cmpstr (joined, ==, "[ايران]");
  /* A word that starts with a mark of the space before: the hit takes
   * the space too, rather than split the cluster. */
  g_assert_cmpstr (marked, ==, "[ \u0301ايران]");
}

static sqlite3 *
open_db (void)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_true (hashiya_fts5_register (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'hashiya');"
                                     "CREATE VIRTUAL TABLE u USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static void
insert (sqlite3    *db,
        gint64      rowid,
        const char *text,
        gsize       n_bytes)
{
  sqlite3_stmt *statement;

  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, i == 0 ? "INSERT OR REPLACE INTO t (rowid, text) VALUES (?1, ?2)"
                                                      : "INSERT OR REPLACE INTO u (rowid, text) VALUES (?1, ?2)",
                                           -1, &statement, NULL), ==, SQLITE_OK);
      sqlite3_bind_int64 (statement, 1, rowid);
      sqlite3_bind_text (statement, 2, text, (int) n_bytes, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
      sqlite3_finalize (statement);
    }
}

/* The rows that MATCH finds, "1 3". */
static char *
matching_rows (sqlite3    *db,
               const char *table,
               const char *expression)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM %s WHERE %s MATCH ?1 ORDER BY rowid", table, table);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *statement;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, expression, -1, SQLITE_STATIC);
  while (sqlite3_step (statement) == SQLITE_ROW)
    g_string_append_printf (out, "%s%lld", out->len > 0 ? " " : "", (long long) sqlite3_column_int64 (statement, 0));
  sqlite3_finalize (statement);
  return g_string_free (out, FALSE);
}

static char *
matching_query (sqlite3    *db,
                const char *text)
{
  g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (text, NULL);
  g_autofree char *expression = hashiya_search_query_to_fts5 (query);

  return matching_rows (db, "t", expression);
}

/* The hits of @query in row @rowid, from the index. */
static GArray *
index_hits (sqlite3            *db,
            gint64              rowid,
            HashiyaSearchQuery *query,
            guint              *count)
{
  g_autofree char *expression = hashiya_search_query_to_fts5 (query);
  g_autoptr(HashiyaText) text = NULL;
  GArray *hits = NULL;
  sqlite3_stmt *statement;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT text, hashiya_hits (t, ?2), hashiya_count (t) FROM t "
                                           "WHERE t MATCH ?1 AND rowid = ?3",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, expression, -1, SQLITE_STATIC);
  sqlite3_bind_pointer (statement, 2, query, HASHIYA_FTS5_QUERY_POINTER, NULL);
  sqlite3_bind_int64 (statement, 3, rowid);
  *count = 0;
  if (sqlite3_step (statement) == SQLITE_ROW)
    {
      text = hashiya_text_new ((const char *) sqlite3_column_text (statement, 0),
                               (gsize) sqlite3_column_bytes (statement, 0), NULL);
      hits = hashiya_search_hits_from_bytes (text, sqlite3_column_blob (statement, 1),
                                             (gsize) sqlite3_column_bytes (statement, 1) / sizeof (guint32));
      *count = (guint) sqlite3_column_int (statement, 2);
    }
  else
    hits = g_array_new (FALSE, FALSE, sizeof (guint));
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
  sqlite3_finalize (statement);
  return hits;
}

static char *
highlighted (sqlite3    *db,
             const char *query_text)
{
  g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (query_text, NULL);
  g_autofree char *expression = hashiya_search_query_to_fts5 (query);
  sqlite3_stmt *statement;
  char *out = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT highlight (t, 0, '[', ']') FROM t WHERE t MATCH ?1 ORDER BY rowid",
                                       -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (statement, 1, expression, -1, SQLITE_STATIC);
  if (sqlite3_step (statement) == SQLITE_ROW)
    out = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return out;
}

/* The tokenizer folds what unicode61 cannot, splits proclitics off, and
 * its offsets are bytes of the text as written. */
static void
test_search_fts5_tokenizer (void)
{
  sqlite3 *db = open_db ();
  const char *texts[] = {
    "قال وزيرُ الخارجيّة إنّ لأذربيجان حقًّا",
    "الأذربيجانيَّة",
    "وزيــــر الخارجية في مستشفى",
    "ووزيرة الخارجيه في مستشفي",
    "وَزِيرُ خارجية",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    insert (db, i + 1, texts[i], strlen (texts[i]));

  {
    g_autofree char *rows = matching_query (db, "وزير الخارجيه");
    g_assert_cmpstr (rows, ==, "1 3");
  }
  {
    g_autofree char *rows = matching_query (db, "اذربيجان");
    g_assert_cmpstr (rows, ==, "1");
  }
  {
    g_autofree char *rows = matching_query (db, "اذربيج*");
    g_assert_cmpstr (rows, ==, "1 2");
  }
  {
    g_autofree char *rows = matching_query (db, "مستشفى");
    g_assert_cmpstr (rows, ==, "3 4");
  }
  {
    g_autofree char *rows = matching_query (db, "وزيره");
    g_assert_cmpstr (rows, ==, "4");
  }
  {
    g_autofree char *rows = matching_query (db, "وزير");
    g_assert_cmpstr (rows, ==, "1 3 5");
  }
  /* unicode61 breaks «وَزِيرُ» at its harakat, keeps the tatweel of
   * «وزيــــر», and folds none of the rest. */
  {
    g_autofree char *rows = matching_rows (db, "u", "\"وزير\"");
    g_assert_cmpstr (rows, ==, "1");
  }
  {
    g_autofree char *rows = matching_rows (db, "u", "\"ز\"");
    g_assert_cmpstr (rows, ==, "5");
  }

  /* FTS5's own highlight () takes the whole word, from the tokenizer's
   * byte offsets: the written word, proclitic and tashkeel and all. */
  {
    g_autofree char *shown = highlighted (db, "اذربيجان");
    g_assert_cmpstr (shown, ==, "قال وزيرُ الخارجيّة إنّ [لأذربيجان] حقًّا");
  }
  {
    g_autofree char *shown = highlighted (db, "الاذربيجانيه");
    g_assert_cmpstr (shown, ==, "[الأذربيجانيَّة]");
  }

  /* hashiya_hits () starts a hit after the proclitics, as find does. */
  {
    g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new ("اذربيجان", NULL);
    g_autoptr(GArray) hits = NULL;
    guint count;

    hits = index_hits (db, 1, query, &count);
    g_assert_cmpuint (hits->len, ==, 2);
    g_assert_cmpuint (count, ==, 1);
    g_assert_cmpuint (g_array_index (hits, guint, 0), ==, 25);
    g_assert_cmpuint (g_array_index (hits, guint, 1), ==, 33);
  }

  /* A text that is not UTF-8 is no text of Hashiya's: refused. */
  {
    sqlite3_stmt *statement;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO t (text) VALUES (?1)", -1, &statement, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (statement, 1, "ab\xff", 3, SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_MISMATCH);
    sqlite3_finalize (statement);
  }

  sqlite3_close (db);
}

static char *
describe_hits (HashiyaText *text,
               GArray      *hits)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i += 2)
    {
      guint start = g_array_index (hits, guint, i);
      guint end = g_array_index (hits, guint, i + 1);
      g_autofree char *word = hashiya_text_slice (text, start, end);

      g_assert_true (hashiya_text_is_boundary (text, start));
      g_assert_true (hashiya_text_is_boundary (text, end));
      g_string_append_printf (out, "%u-%u[%s] ", start, end, word);
    }
  return g_string_free (out, FALSE);
}

/* What the index finds, and where, is what find finds: in the bundled
 * article, and in texts with CRLF, emoji, a BOM, joiners and tatweel. */
static void
test_search_fts5_equals_find (void)
{
  g_autoptr(HashiyaText) sample = hashiya_test_sample_text ();
  g_autofree char *crlf = hashiya_test_replace (hashiya_text_get_data (sample, NULL), "\n", "\r\n");
  g_autofree char *emoji = hashiya_test_replace (hashiya_text_get_data (sample, NULL), " ", " 👩‍👩‍👧 ");
  g_autofree char *joined = hashiya_test_replace (hashiya_text_get_data (sample, NULL), "ا", "ـا\u200D");
  g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", crlf, NULL);
  const char *texts[] = { hashiya_text_get_data (sample, NULL), crlf, emoji, joined, bom };
  const char *queries[] = {
    "اذربيجان", "أذربيجان", "إذربيجان", "آذربيجان", "أَذْرَبِيجَان", "أذربيـــجان", "لاذربيجان",
    "الاذربيجانية", "الأذربيجانيَّة", "اذربيجانيه", "اذربيج*", "الاذربيج*", "ايران", "إيران", "طهران",
    "تركيا", "روسيا", "ارمينيا", "أرمينيا", "موسكو", "مستشفى", "مستشفي", "3", "3 3", "وزراء الخارجية",
    "تركيا واذربيجان", "تركيا اذربيجان", "في*", "ال*", "و*", "الجيش الاذربيجاني", "عاصمة", "عاصمه",
    "مصطفى كمال", "مصطفي كمال اتاتورك", "رئيس", "ب*", "لل*",
  };
  sqlite3 *db = open_db ();
  guint n_hits = 0;

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(HashiyaText) text = hashiya_text_new (texts[t], strlen (texts[t]), NULL);
      gsize n_bytes = 0;
      const char *data = hashiya_text_get_data (text, &n_bytes);

      g_assert_nonnull (text);
      insert (db, 1, data, n_bytes);
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          g_autoptr(HashiyaSearchQuery) query = hashiya_search_query_new (queries[q], NULL);
          g_autoptr(GArray) found = hashiya_search_query_find (query, text);
          g_autoptr(GArray) indexed = NULL;
          g_autofree char *expected = describe_hits (text, found);
          g_autofree char *got = NULL;
          guint count;

          indexed = index_hits (db, 1, query, &count);
          got = describe_hits (text, indexed);
          g_assert_cmpstr (got, ==, expected);
          g_assert_cmpuint (count, ==, found->len / 2);
          n_hits += found->len / 2;
        }
    }
  g_assert_cmpuint (n_hits, >, 1000);
  sqlite3_close (db);
}

/* A hit's offsets slice the text to the written word, in code points as
 * in bytes: after a BOM (which the text leaves out), CRLF and emoji. */
static void
test_search_offsets (void)
{
  const char *bytes = "\xEF\xBB\xBF" "سطر 😀 أول\r\n👩‍👩‍👧 قال: لأذربيجانَ\r\n🇦🇿 وأذربيجانُ 🇦🇿";
  g_autoptr(HashiyaText) text = hashiya_text_new (bytes, strlen (bytes), NULL);
  g_autoptr(GArray) found = hashiya_find (text, "اذربيجان");
  g_autoptr(GString) forms = g_string_new (NULL);
  const char *data = hashiya_text_get_data (text, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (hashiya_text_get_has_bom (text));
  g_assert_cmpuint (found->len, ==, 4);
  first = hashiya_text_slice (text, g_array_index (found, guint, 0), g_array_index (found, guint, 1));
  second = hashiya_text_slice (text, g_array_index (found, guint, 2), g_array_index (found, guint, 3));
  g_assert_cmpstr (first, ==, "أذربيجانَ");
  g_assert_cmpstr (second, ==, "أذربيجانُ");
  /* Code points: 3 + 1 + 1 + 1 + 3 + 2 (CRLF) + 5 (the family) + 1 + 4 + 1 + 1 (ل). */
  g_assert_cmpuint (g_array_index (found, guint, 0), ==, 23);

  /* The tokenizer's bytes slice the same words. */
  hashiya_search_words (data, strlen (data), TRUE, describe_word_cb, forms);
  g_assert_nonnull (strstr (forms->str, "اذربيجان@23/"));
  {
    gsize byte = hashiya_text_offset_to_byte (text, 23);
    g_autofree char *expected = g_strdup_printf ("اذربيجان@23/%zu", byte);

    g_assert_nonnull (strstr (forms->str, expected));
  }
}

static char *
context_of (const char *text,
            const char *word,
            guint       width)
{
  g_autoptr(HashiyaText) source = hashiya_text_new (text, strlen (text), NULL);
  g_autoptr(GArray) found = hashiya_find (source, word);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *hit = NULL;

  g_assert_cmpuint (found->len, ==, 2);
  hit = hashiya_text_slice (source, g_array_index (found, guint, 0), g_array_index (found, guint, 1));
  hashiya_search_context (source, g_array_index (found, guint, 0), g_array_index (found, guint, 1), width,
                          &before, &after);
  return g_strdup_printf ("%s[%s]%s", before, hit, after);
}

/* The words around a hit: whole words, on its line, "…" where the line
 * goes on. */
static void
test_search_context (void)
{
  const char *text = "سطر أول\r\nقال وزير الخارجية إن لأذربيجان حقًّا في الدفاع عن نفسها\r\nسطر ثالث";
  g_autofree char *narrow = context_of (text, "اذربيجان", 10);
  g_autofree char *wide = context_of (text, "اذربيجان", 100);
  g_autofree char *cut = context_of (text, "اول", 3);
  g_autofree char *first = context_of (text, "اول", 4);
  g_autofree char *edge = context_of ("أذربيجان", "اذربيجان", 10);

  g_assert_cmpstr (narrow, ==, "…إن ل[أذربيجان] حقًّا في…");
  g_assert_cmpstr (wide, ==, "قال وزير الخارجية إن ل[أذربيجان] حقًّا في الدفاع عن نفسها");
  g_assert_cmpstr (cut, ==, "…[أول]");
  g_assert_cmpstr (first, ==, "سطر [أول]");
  g_assert_cmpstr (edge, ==, "[أذربيجان]");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/query", test_search_query);
  g_test_add_func ("/search/words", test_search_words);
  g_test_add_func ("/search/table", test_search_table);
  g_test_add_func ("/search/tidy", test_search_tidy);
  g_test_add_func ("/search/fts5-tokenizer", test_search_fts5_tokenizer);
  g_test_add_func ("/search/fts5-equals-find", test_search_fts5_equals_find);
  g_test_add_func ("/search/offsets", test_search_offsets);
  g_test_add_func ("/search/context", test_search_context);

  return g_test_run ();
}
