/* bench-generate.c — the big documents the benchmarks read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-generate --size MB [--mentions N] [--suggested EVERY] -o OUT.hashiya
 *                  [--text OUT.txt] [--spans OUT.spans]
 *
 * Deterministic: the bundled article's paragraphs, over and over, to MB
 * megabytes; then its catalogue's matches, accepted. With --mentions N,
 * exactly N mentions spread evenly: a subset of the matches when there
 * are more, else every match and then words spread evenly, each given
 * to the next actor of the catalogue in turn. With --suggested EVERY,
 * every EVERYth mention is a suggestion not yet reviewed. --spans writes
 * "start end colour" a mention, for the bare GtkTextView program.
 */

#include "config.h"

#include <stdlib.h>

#include "hashiya-core.h"
#include "hashiya-document-private.h"

static HashiyaText *
make_text (double megabytes)
{
  g_autoptr(GBytes) sample = hashiya_core_get_sample ();
  g_autofree char *article = g_strndup (g_bytes_get_data (sample, NULL), g_bytes_get_size (sample));
  g_auto(GStrv) paragraphs = g_strsplit (article, "\n", -1);
  guint n = g_strv_length (paragraphs);
  gsize target = (gsize) (megabytes * 1000 * 1000);
  g_autoptr(GString) out = g_string_sized_new (target + 4096);

  for (guint i = 0; out->len < target; i++)
    {
      if (paragraphs[i % n][0] == '\0')
        continue;
      g_string_append (out, paragraphs[i % n]);
      g_string_append_c (out, '\n');
    }
  return hashiya_text_new (out->str, out->len, NULL);
}

typedef struct
{
  guint       start;
  guint       end;
  const char *actor;
  int         type;
} Span;

/* Words (between white space) that no match covers. */
static GArray *
free_words (HashiyaText *text,
            GArray      *matches)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Span));
  guint length = hashiya_text_get_length (text);
  guint next = 0;

  for (guint i = 0; i < length;)
    {
      Span word = { i, i, NULL, HASHIYA_MENTION_TYPE_OTHER };

      if (g_unichar_isspace (hashiya_text_get_char (text, i)))
        {
          i++;
          continue;
        }
      while (word.end < length && !g_unichar_isspace (hashiya_text_get_char (text, word.end)))
        word.end++;
      i = word.end;
      while (next < matches->len && g_array_index (matches, HashiyaMatch, next).end <= word.start)
        next++;
      if (next < matches->len && g_array_index (matches, HashiyaMatch, next).start < word.end)
        continue;
      if (hashiya_text_is_boundary (text, word.start) && hashiya_text_is_boundary (text, word.end))
        g_array_append_val (words, word);
    }
  return words;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  return x->start != y->start ? (x->start < y->start ? -1 : 1) : (x->end < y->end ? -1 : x->end > y->end);
}

static GArray *
choose_spans (HashiyaText    *text,
              HashiyaCatalog *catalog,
              GArray         *matches,
              gint64          wanted)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  guint n_matches = matches->len;

  if (wanted < 0 || (guint64) wanted <= n_matches)
    {
      guint n = wanted < 0 ? n_matches : (guint) wanted;

      for (guint i = 0; i < n; i++)
        {
          HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, (guint) ((guint64) i * n_matches / n));
          Span span = { match->start, match->end, match->actor, match->type };

          g_array_append_val (spans, span);
        }
    }
  else
    {
      g_autoptr(GArray) words = free_words (text, matches);
      guint extra = (guint) wanted - n_matches;
      guint n_actors = hashiya_catalog_get_n_actors (catalog);

      if (extra > words->len)
        g_error ("%u mentions do not fit: %u matches and %u free words", (guint) wanted, n_matches, words->len);
      for (guint i = 0; i < n_matches; i++)
        {
          HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
          Span span = { match->start, match->end, match->actor, match->type };

          g_array_append_val (spans, span);
        }
      for (guint i = 0; i < extra; i++)
        {
          Span span = g_array_index (words, Span, (guint) ((guint64) i * words->len / extra));

          span.actor = hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, i % n_actors));
          g_array_append_val (spans, span);
        }
      g_array_sort (spans, compare_spans);
    }
  return spans;
}

int
main (int    argc,
      char **argv)
{
  double megabytes = 0;
  gint64 wanted = -1;
  g_autofree char *output = NULL;
  g_autofree char *text_output = NULL;
  g_autofree char *spans_output = NULL;
  int every = 0;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_DOUBLE, &megabytes, "Megabytes of text", "MB" },
    { "mentions", 0, 0, G_OPTION_ARG_INT64, &wanted, "How many mentions (default: every match)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The .hashiya to write", "OUT" },
    { "text", 0, 0, G_OPTION_ARG_FILENAME, &text_output, "Also write the plain text here", "TXT" },
    { "spans", 0, 0, G_OPTION_ARG_FILENAME, &spans_output, "Also write the spans and colours here", "SPANS" },
    { "suggested", 0, 0, G_OPTION_ARG_INT, &every, "Every EVERYth mention a suggestion", "EVERY" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— make a big document for the benchmarks");
  g_autoptr(GError) error = NULL;
  g_autoptr(HashiyaText) text = NULL;
  g_autoptr(HashiyaCatalog) catalog = NULL;
  g_autoptr(HashiyaMatcher) matcher = NULL;
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func (g_object_unref);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || megabytes <= 0 || output == NULL)
    {
      g_printerr ("usage: bench-generate --size MB [--mentions N] -o OUT.hashiya [--text OUT.txt]\n");
      return 2;
    }

  hashiya_core_init ();
  text = make_text (megabytes);
  catalog = hashiya_catalog_new_default ();
  matcher = hashiya_matcher_new (catalog);
  matches = hashiya_matcher_match (matcher, text, NULL);
  spans = choose_spans (text, catalog, matches, wanted);

  document = hashiya_document_new (text, catalog);
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);
      g_autofree char *id = g_strdup_printf ("m%u", i + 1);
      HashiyaMention *mention = hashiya_mention_new (id, span->start, span->end, span->actor);

      hashiya_mention_set_mention_type (mention, span->type);
      if (every > 0 && i % (guint) every == 0)
        hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);
      hashiya_mention_set_created (mention, "2023-10-19T09:00:00Z");
      hashiya_mention_set_modified (mention, "2023-10-19T09:00:00Z");
      hashiya_document_fill_quote (document, mention);
      g_ptr_array_add (mentions, mention);
    }
  _hashiya_document_take_mentions (document, mentions);

  if (spans_output != NULL)
    {
      g_autoptr(GString) lines = g_string_new (NULL);

      for (guint i = 0; i < spans->len; i++)
        {
          Span *span = &g_array_index (spans, Span, i);

          g_string_append_printf (lines, "%u %u %s\n", span->start, span->end,
                                  hashiya_actor_get_color (hashiya_catalog_lookup (catalog, span->actor)));
        }
      if (!g_file_set_contents (spans_output, lines->str, (gssize) lines->len, &error))
        {
          g_printerr ("bench-generate: %s\n", error->message);
          return 1;
        }
    }
  if (!hashiya_document_save_file (document, output, &error) ||
      (text_output != NULL && !g_file_set_contents (text_output, hashiya_text_get_data (text, NULL), -1, &error)))
    {
      g_printerr ("bench-generate: %s\n", error->message);
      return 1;
    }
  g_print ("%s: %.1f MB of text, %u characters, %u mentions\n", output, megabytes,
           hashiya_text_get_length (text), spans->len);
  return 0;
}
