/* hashiya-matcher.c — find the actors of a catalogue in Arabic text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "hashiya-matcher"

#include "config.h"

#include <string.h>

#include "hashiya-arabic.h"
#include "hashiya-enum-types.h"
#include "hashiya-matcher.h"

/* Aliases are folded and tokenized once, and indexed by a hash of their
 * first token. The text is folded and tokenized in one pass; at each
 * token, every reading of its proclitics is looked up, and a hit is
 * checked whole, token by token. A match never starts or ends inside a
 * word: it is made of whole tokens, less the proclitics in front.
 *
 * The matcher is immutable once built, so worker threads can use it. */

#define ALEF 0x0627
#define LAM  0x0644
#define PRUNE_WINDOW 16

typedef struct
{
  gunichar           *chars;
  guint              *token_ends;
  guint               n_tokens;
  char               *actor;      /* a GRefString */
  HashiyaMentionType  type;
  gboolean            has_article;
} Alias;

struct _HashiyaMatcher
{
  gatomicrefcount  ref_count;
  GHashTable      *index;
  GPtrArray       *aliases;
};

static guint32
hash_chars (gunichar        first,
            const gunichar *chars,
            guint           length)
{
  guint32 h = 2166136261u;

  if (first != 0)
    h = (h ^ first) * 16777619u;
  for (guint i = 0; i < length; i++)
    h = (h ^ chars[i]) * 16777619u;
  return h;
}

static void
alias_free (Alias *alias)
{
  g_ref_string_release (alias->actor);
  g_free (alias->chars);
  g_free (alias->token_ends);
  g_free (alias);
}

static gboolean
has_article (const gunichar *word,
             guint           length)
{
  return length >= 4 && word[0] == ALEF && word[1] == LAM;
}

static gboolean
folded_equal (const char *a,
              const char *b)
{
  g_autofree char *fa = hashiya_fold_string (a);
  g_autofree char *fb = hashiya_fold_string (b);

  return g_str_equal (fa, fb);
}

/**
 * hashiya_alias_type:
 *
 * The mention type an alias stands for: the type the catalogue gives it,
 * or else: a multi-word alias led by a title (رئيس، وزير، ملك …) is a
 * title; a one-word nisba (-ي, -ية) of a state, group or place is an
 * adjective; anything else is a name.
 */
HashiyaMentionType
hashiya_alias_type (HashiyaActor *actor,
                    const char   *alias)
{
  static const char * const titles[] = { "رييس", "وزير", "ملك", "امير", "زعيم", "سفير", "مستشار",
                                         "نايب", "قايد", "متحدث", "رييسه", "وزيره", NULL };
  const char *explicit_type = hashiya_actor_get_alias_type (actor, alias);
  g_autoptr(HashiyaFolded) folded = hashiya_fold (alias, -1);
  g_autoptr(GArray) tokens = hashiya_tokenize (folded);
  HashiyaActorKind kind = hashiya_actor_get_kind (actor);
  int value;

  if (explicit_type != NULL && hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, explicit_type, &value))
    return value;
  if (hashiya_actor_get_name_ar (actor) != NULL && folded_equal (alias, hashiya_actor_get_name_ar (actor)))
    return HASHIYA_MENTION_TYPE_NAME;
  if (tokens->len == 0)
    return HASHIYA_MENTION_TYPE_NAME;

  if (tokens->len >= 2)
    {
      HashiyaToken *first = &g_array_index (tokens, HashiyaToken, 0);
      guint skip = has_article (folded->chars + first->start, first->end - first->start) ? 2 : 0;
      g_autoptr(GString) word = g_string_new (NULL);

      for (guint i = first->start + skip; i < first->end; i++)
        g_string_append_unichar (word, folded->chars[i]);
      if (g_strv_contains (titles, word->str))
        return HASHIYA_MENTION_TYPE_TITLE;
    }

  if (tokens->len == 1 &&
      (kind == HASHIYA_ACTOR_KIND_STATE || kind == HASHIYA_ACTOR_KIND_GROUP || kind == HASHIYA_ACTOR_KIND_PLACE))
    {
      guint n = folded->length;
      const gunichar *c = folded->chars;

      if (n >= 3 && (c[n - 1] == 0x064A || (c[n - 1] == 0x0647 && c[n - 2] == 0x064A)))
        return HASHIYA_MENTION_TYPE_ADJECTIVE;
    }

  return HASHIYA_MENTION_TYPE_NAME;
}

static void
index_alias (HashiyaMatcher     *self,
             const char         *actor_id,
             const char         *text,
             HashiyaMentionType  type)
{
  g_autoptr(HashiyaFolded) folded = hashiya_fold (text, -1);
  g_autoptr(GArray) tokens = hashiya_tokenize (folded);
  Alias *alias;
  GPtrArray *bucket;
  guint length = 0;
  guint32 key;

  if (tokens->len == 0)
    return;

  alias = g_new0 (Alias, 1);
  alias->n_tokens = tokens->len;
  alias->chars = g_new (gunichar, folded->length);
  alias->token_ends = g_new (guint, tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    {
      HashiyaToken *token = &g_array_index (tokens, HashiyaToken, i);

      memcpy (alias->chars + length, folded->chars + token->start, (token->end - token->start) * sizeof (gunichar));
      length += token->end - token->start;
      alias->token_ends[i] = length;
    }
  alias->actor = g_ref_string_new_intern (actor_id);
  alias->type = type;
  alias->has_article = has_article (alias->chars, alias->token_ends[0]);
  g_ptr_array_add (self->aliases, alias);

  key = hash_chars (0, alias->chars, alias->token_ends[0]);
  bucket = g_hash_table_lookup (self->index, GUINT_TO_POINTER (key));
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->index, GUINT_TO_POINTER (key), bucket);
    }
  g_ptr_array_add (bucket, alias);
}

/**
 * hashiya_matcher_new:
 *
 * Builds the index of every actor's Arabic name and aliases. The matcher
 * keeps no reference to the catalogue: build a new one when it changes.
 */
HashiyaMatcher *
hashiya_matcher_new (HashiyaCatalog *catalog)
{
  HashiyaMatcher *self;

  g_return_val_if_fail (HASHIYA_IS_CATALOG (catalog), NULL);

  self = g_new0 (HashiyaMatcher, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->aliases = g_ptr_array_new_with_free_func ((GDestroyNotify) alias_free);
  self->index = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);
      const char * const *aliases = hashiya_actor_get_aliases (actor);

      if (hashiya_actor_get_name_ar (actor) != NULL)
        hashiya_matcher_add_alias (self, actor, hashiya_actor_get_name_ar (actor));
      for (guint j = 0; aliases[j] != NULL; j++)
        hashiya_matcher_add_alias (self, actor, aliases[j]);
    }

  return self;
}

/**
 * hashiya_matcher_add_alias:
 * @actor: the actor @alias stands for
 * @alias: a name to find it by, besides its Arabic name and aliases
 *
 * Indexes one more name of @actor: an importer's matcher learns the
 * actors it adds, and their English names, as it goes. Only for a
 * matcher not yet shared: once given to another thread, a matcher must
 * not change.
 */
void
hashiya_matcher_add_alias (HashiyaMatcher *self,
                           HashiyaActor   *actor,
                           const char     *alias)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_ACTOR (actor));
  g_return_if_fail (alias != NULL);

  index_alias (self, hashiya_actor_get_id (actor), alias, hashiya_alias_type (actor, alias));
}

HashiyaMatcher *
hashiya_matcher_ref (HashiyaMatcher *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
hashiya_matcher_unref (HashiyaMatcher *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->index);
  g_ptr_array_unref (self->aliases);
  g_free (self);
}

guint
hashiya_matcher_get_n_aliases (HashiyaMatcher *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->aliases->len;
}

static gboolean
is_quote (const HashiyaFolded *folded,
          const HashiyaToken  *token)
{
  static const gunichar quotes[] = { '"', '\'', 0x00AB, 0x00BB, 0x2018, 0x2019, 0x201C, 0x201D,
                                     0x201E, 0x2039, 0x203A };

  if (token->kind != HASHIYA_TOKEN_PUNCT)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    if (folded->chars[token->start] == quotes[i])
      return TRUE;
  return FALSE;
}

/* Whether the alias's first token is [alef +] stem and its other tokens
 * follow in the text, quotation marks between them allowed (صيغة "3+3").
 * Returns the index in @next of the last token of the match, -1 for the
 * first token alone, or -2 when it does not match. */
static int
alias_matches (const Alias         *alias,
               gboolean             add_alef,
               const gunichar      *stem,
               guint                stem_length,
               const HashiyaFolded *folded,
               const HashiyaToken  *next,
               guint                n_next)
{
  const gunichar *chars = alias->chars;
  guint first_length = alias->token_ends[0];
  gboolean quoted = FALSE;
  int at = -1;

  if (first_length != stem_length + (add_alef ? 1 : 0))
    return -2;
  if (add_alef)
    {
      if (chars[0] != ALEF)
        return -2;
      chars++;
      first_length--;
    }
  if (memcmp (chars, stem, first_length * sizeof (gunichar)) != 0)
    return -2;

  for (guint k = 1; k < alias->n_tokens; k++)
    {
      guint from = alias->token_ends[k - 1];
      guint length = alias->token_ends[k] - from;
      const HashiyaToken *token;

      while ((guint) (at + 1) < n_next && is_quote (folded, &next[at + 1]) &&
             !(length == 1 && alias->chars[from] == folded->chars[next[at + 1].start]))
        {
          at++;
          quoted = TRUE;
        }
      if ((guint) (at + 1) >= n_next)
        return -2;

      token = &next[++at];
      if (token->end - token->start != length ||
          memcmp (alias->chars + from, folded->chars + token->start, length * sizeof (gunichar)) != 0)
        return -2;
    }

  /* A quotation mark opened inside the name is closed inside it too. */
  if (quoted && (guint) (at + 1) < n_next && is_quote (folded, &next[at + 1]))
    at++;

  /* A name never runs across a line break ("3" ending one paragraph and
   * "+ 3" starting another are not the 3+3 format). NEXT follows the
   * name's first token, at NEXT[-1]. */
  for (guint c = next[-1].end; at >= 0 && c < next[at].start; c++)
    if (folded->chars[c] == '\n' || folded->chars[c] == '\r' || folded->chars[c] == 0x2029)
      return -2;

  return at;
}

static void
match_token (HashiyaMatcher      *self,
             const HashiyaFolded *folded,
             const HashiyaToken  *tokens,
             guint                i,
             guint                n_tokens,
             GArray              *matches)
{
  const HashiyaToken *token = &tokens[i];
  const gunichar *word = folded->chars + token->start;
  guint length = token->end - token->start;
  HashiyaClitic readings[HASHIYA_MAX_CLITIC_READINGS];
  guint n_readings = 1;

  readings[0] = (HashiyaClitic) { 0, FALSE };
  if (token->kind == HASHIYA_TOKEN_WORD)
    n_readings = hashiya_proclitic_readings (word, length, readings);

  for (guint r = 0; r < n_readings; r++)
    {
      const gunichar *stem = word + readings[r].skip;
      guint stem_length = length - readings[r].skip;
      gunichar first = readings[r].add_alef ? ALEF : 0;

      /* The stem as it is, and (for an alias without the article) the
       * stem after ال, which then stays inside the span. */
      for (guint article = 0; article <= 2; article += 2)
        {
          GPtrArray *bucket;

          if (article > 0 && (readings[r].add_alef || !has_article (stem, stem_length)))
            break;

          bucket = g_hash_table_lookup (self->index,
                                        GUINT_TO_POINTER (hash_chars (first, stem + article, stem_length - article)));
          for (guint b = 0; bucket != NULL && b < bucket->len; b++)
            {
              const Alias *alias = g_ptr_array_index (bucket, b);
              HashiyaMatch match;
              int last;

              if (article > 0 && alias->has_article)
                continue;
              last = alias_matches (alias, readings[r].add_alef, stem + article, stem_length - article,
                                    folded, tokens + i + 1, n_tokens - i - 1);
              if (last == -2)
                continue;

              hashiya_folded_to_source (folded, token->start + readings[r].skip,
                                        tokens[i + 1 + last].end, &match.start, &match.end);
              match.actor = alias->actor;
              match.type = alias->type;
              g_array_append_val (matches, match);
            }
        }
    }
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const HashiyaMatch *ma = a;
  const HashiyaMatch *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1;
  return strcmp (ma->actor, mb->actor);
}

/* Drops repeats, and a match inside a longer match of the same actor
 * ("لافروف" inside "سيرغي لافروف"). Nested matches of other actors stay:
 * the state inside a ministry's name is a mention of its own. */
static void
prune (GArray *matches)
{
  guint kept = 0;

  g_array_sort (matches, compare_matches);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
      gboolean inside = FALSE;

      /* Overlapping matches are few and close: a short look back is enough. */
      for (guint j = kept; j > 0 && kept - j < PRUNE_WINDOW && !inside; j--)
        {
          HashiyaMatch *outer = &g_array_index (matches, HashiyaMatch, j - 1);

          inside = outer->actor == match->actor && outer->start <= match->start && match->end <= outer->end;
        }

      if (!inside)
        g_array_index (matches, HashiyaMatch, kept++) = *match;
    }
  g_array_set_size (matches, kept);
}

/* Folding drops joiners and leaves some marks inside words, so an edge
 * may fall inside a grapheme cluster ("\u200Dإيران"): widen to whole
 * clusters, as every span must be. */
static void
snap_to_clusters (HashiyaText *text,
                  guint       *start,
                  guint       *end)
{
  *start = hashiya_text_snap_backward (text, *start);
  *end = hashiya_text_snap_forward (text, *end);
}

static void
clear_match (gpointer data)
{
  HashiyaMatch *match = data;

  g_ref_string_release ((char *) match->actor);
}

/* The matches outlive the matcher: each holds its actor's id. Shared
 * strings, not g_intern_string(), which would keep every id ever read
 * (from any catalogue file) for the life of the process. */
static void
hold_actors (GArray *matches)
{
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);

      match->actor = g_ref_string_acquire ((char *) match->actor);
    }
  g_array_set_clear_func (matches, clear_match);
}

/**
 * hashiya_matcher_match:
 *
 * Returns: (transfer full) (element-type HashiyaMatch): every match in
 *   @text, in text order, on whole grapheme clusters, or %NULL if
 *   @cancellable was cancelled
 */
GArray *
hashiya_matcher_match (HashiyaMatcher *self,
                       HashiyaText    *text,
                       GCancellable   *cancellable)
{
  g_autoptr(HashiyaFolded) folded = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) matches = NULL;
  gsize n_bytes = 0;
  const char *utf8;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  utf8 = hashiya_text_get_data (text, &n_bytes);
  folded = hashiya_fold (utf8, (gssize) n_bytes);
  tokens = hashiya_tokenize (folded);
  matches = g_array_new (FALSE, FALSE, sizeof (HashiyaMatch));

  for (guint i = 0; i < tokens->len; i++)
    {
      if (i % 65536 == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;
      match_token (self, folded, (const HashiyaToken *) (void *) tokens->data, i, tokens->len, matches);
    }

  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *match = &g_array_index (matches, HashiyaMatch, i);
      snap_to_clusters (text, &match->start, &match->end);
    }
  prune (matches);
  hold_actors (matches);
  return g_steal_pointer (&matches);
}

/**
 * hashiya_matcher_lookup:
 * @utf8: a name as a file gives it: a mention's covered text
 * @actor: (nullable): only this actor's names
 * @match: (out): where the name is in @utf8, in code points, without the
 *   proclitics in front, and whose it is (@match->actor is owned by the
 *   matcher)
 *
 * Finds the actor whose name @utf8 is, folded as the matcher folds, with
 * proclitics allowed in front ("لأذربيجان" is Azerbaijan's name after
 * li-) and punctuation around it: the same index and the same rules as
 * hashiya_matcher_match(), on the whole of @utf8. The reading with the
 * fewest letters left out wins.
 *
 * Returns: whether an actor was found
 */
gboolean
hashiya_matcher_lookup (HashiyaMatcher *self,
                        const char     *utf8,
                        const char     *actor,
                        HashiyaMatch   *match)
{
  g_autoptr(HashiyaFolded) folded = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) matches = NULL;
  const HashiyaToken *last;
  guint last_start, last_end;
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (utf8 != NULL, FALSE);
  g_return_val_if_fail (match != NULL, FALSE);

  folded = hashiya_fold (utf8, -1);
  tokens = hashiya_tokenize (folded);
  /* Punctuation around the name («طهران») is no part of it. */
  while (tokens->len > 0 && g_array_index (tokens, HashiyaToken, 0).kind == HASHIYA_TOKEN_PUNCT)
    g_array_remove_index (tokens, 0);
  while (tokens->len > 0 && g_array_index (tokens, HashiyaToken, tokens->len - 1).kind == HASHIYA_TOKEN_PUNCT)
    g_array_set_size (tokens, tokens->len - 1);
  if (tokens->len == 0)
    return FALSE;
  matches = g_array_new (FALSE, FALSE, sizeof (HashiyaMatch));
  match_token (self, folded, (const HashiyaToken *) (void *) tokens->data, 0, tokens->len, matches);

  /* Only a match to the last token is the whole name. */
  last = &g_array_index (tokens, HashiyaToken, tokens->len - 1);
  hashiya_folded_to_source (folded, last->start, last->end, &last_start, &last_end);
  for (guint i = 0; i < matches->len; i++)
    {
      HashiyaMatch *candidate = &g_array_index (matches, HashiyaMatch, i);

      if (candidate->end != last_end || (actor != NULL && strcmp (candidate->actor, actor) != 0))
        continue;
      if (!found || candidate->start < match->start)
        {
          *match = *candidate;
          found = TRUE;
        }
    }
  return found;
}

/**
 * hashiya_matcher_trim_proclitics:
 * @actor: the id of the actor that @start–@end is to be a mention of
 * @start: (inout): the span's start; moved past the proclitics left out
 *
 * The first span rule, as suggestions keep it, for a span chosen by hand:
 * the proclitics at its start (و ف ب ك ل س and their chains; the first
 * lam of لل) are left out when the rest is @actor's name or one of its
 * aliases, after folding. A span that is itself a name or an alias (باكو)
 * stays as it is.
 *
 * Returns: whether proclitics were left out
 */
gboolean
hashiya_matcher_trim_proclitics (HashiyaMatcher *self,
                                 HashiyaText    *text,
                                 const char     *actor,
                                 guint          *start,
                                 guint           end)
{
  g_autofree char *span = NULL;
  HashiyaMatch match;
  guint skip;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (start != NULL && *start <= end && end <= hashiya_text_get_length (text), FALSE);

  span = hashiya_text_slice (text, *start, end);
  if (!hashiya_matcher_lookup (self, span, actor, &match) || match.start == 0)
    return FALSE;

  /* On whole clusters, as every span (see snap_to_clusters()). */
  skip = hashiya_text_snap_backward (text, *start + match.start) - *start;
  *start += skip;
  return skip > 0;
}
