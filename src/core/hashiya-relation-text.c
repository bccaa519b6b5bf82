/* hashiya-relation-text.c — a text as the relation matcher reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tokens of a folded text with what their words do in a clause and
 * where paragraphs start, and the parties a relation may link: the outer
 * mention of nested ones (rule 1 of the annotation guide), places left
 * out (they are not actors), a title and the name after it as one party,
 * and the preposition each party follows.
 */

#define G_LOG_DOMAIN "hashiya-relation-text"

#include "config.h"

#include "hashiya-relation-text.h"

#define ALEF 0x0627
#define LAM  0x0644
#define WAW  0x0648
#define FEH  0x0641
#define BEH  0x0628
#define KAF  0x0643

void
hashiya_relation_text_clear (RelationText *text)
{
  g_clear_pointer (&text->tokens, g_free);
  g_clear_pointer (&text->kinds, g_free);
  text->n_tokens = 0;
}

/**
 * hashiya_relation_text_classify:
 *
 * Gives the words of tokens @start to @end their classes and modes
 * (their punctuation has them from hashiya_relation_text_prepare()).
 * The words of a party's name have none: فيصل is no ف + يصل.
 */
void
hashiya_relation_text_classify (RelationText *text,
                                guint         start,
                                guint         end)
{
  for (guint t = start; t < end; t++)
    if (text->kinds[t] != HASHIYA_TOKEN_PUNCT && text->tokens[t].arg < 0)
      {
        RelationToken *token = &text->tokens[t];
        HashiyaWordInfo info;

        hashiya_relation_words_classify (text->folded->chars + token->start, token->end - token->start, &info);
        token->classes |= info.classes;
        token->mode = info.mode;
      }
}

static inline gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x2029 || c == 0x0085;
}

/**
 * hashiya_relation_text_prepare:
 *
 * The tokens of @folded, the classes of their punctuation, and where
 * paragraphs start. A full stop or a comma between two digits is no
 * punctuation.
 */
void
hashiya_relation_text_prepare (RelationText        *text,
                               const HashiyaFolded *folded)
{
  g_autoptr(GArray) raw = hashiya_tokenize (folded);
  guint n = raw->len;
  const HashiyaToken *t = (const HashiyaToken *) (void *) raw->data;

  text->folded = folded;
  text->n_tokens = n;
  text->tokens = g_new (RelationToken, n);
  text->kinds = g_new (guint8, n);
  for (guint i = 0; i < n; i++)
    {
      RelationToken *token = &text->tokens[i];

      token->start = t[i].start;
      token->end = t[i].end;
      token->classes = 0;
      token->marks = 0;
      token->mode = NULL;
      token->arg = -1;
      text->kinds[i] = (guint8) t[i].kind;

      if (i > 0)
        for (guint c = t[i - 1].end; c < t[i].start; c++)
          if (is_line_break (folded->chars[c]))
            {
              token->classes |= RELATION_TOKEN_PARAGRAPH;
              break;
            }

      if (t[i].kind == HASHIYA_TOKEN_PUNCT)
        {
          HashiyaWordInfo info;

          if (i > 0 && i + 1 < n && t[i - 1].kind == HASHIYA_TOKEN_NUMBER && t[i + 1].kind == HASHIYA_TOKEN_NUMBER &&
              t[i - 1].end == t[i].start && t[i].end == t[i + 1].start)
            continue;
          hashiya_relation_words_classify (folded->chars + t[i].start, 1, &info);
          token->classes |= info.classes;
        }
    }
}

static inline guint
source_start (const RelationText *text,
              guint               t)
{
  return text->folded->origin[text->tokens[t].start];
}

static inline guint
source_end (const RelationText *text,
            guint               t)
{
  return text->folded->origin[text->tokens[t].end - 1] + 1;
}

typedef struct
{
  guint start;
  guint end;
  guint index;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a;
  const Span *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Whether @arg, right after @prev (or after a comma), is the same party:
 * the same actor ("الرئيس الأذربيجاني، إلهام علييف"), or a person or an
 * organization after its state's adjective ("نظيره الروسي سيرغي
 * لافروف"). Then @prev takes it in. */
static gboolean
merge_apposition (const RelationText     *text,
                  RelationArg            *prev,
                  const RelationArg      *arg,
                  HashiyaMention * const *mentions)
{
  HashiyaMentionType prev_type = hashiya_mention_get_mention_type (mentions[prev->mention]);
  HashiyaMentionType type = hashiya_mention_get_mention_type (mentions[arg->mention]);
  guint between = arg->first - prev->last - 1;

  if (arg->first <= prev->last || between > 1 || (text->tokens[arg->first].classes & RELATION_TOKEN_PARAGRAPH) ||
      (between == 1 && !(text->tokens[prev->last + 1].classes & HASHIYA_WORD_COMMA)))
    return FALSE;

  if (g_str_equal (prev->actor, arg->actor))
    {
      if (prev_type == HASHIYA_MENTION_TYPE_ADJECTIVE && type != HASHIYA_MENTION_TYPE_ADJECTIVE)
        prev->mention = arg->mention;
    }
  else if (prev_type == HASHIYA_MENTION_TYPE_ADJECTIVE &&
           (arg->kind == HASHIYA_ACTOR_KIND_PERSON || arg->kind == HASHIYA_ACTOR_KIND_ORGANIZATION))
    {
      prev->mention = arg->mention;
      prev->actor = arg->actor;
      prev->kind = arg->kind;
      prev->adjective = FALSE;
    }
  else
    return FALSE;

  prev->last = arg->last;
  return TRUE;
}

/**
 * hashiya_relation_text_read_args:
 * @kinds: actor id → its HashiyaActorKind + 1
 *
 * The parties: the outer mention of nested ones, places left out, each
 * on its tokens, with the proclitics in front of its name read.
 *
 * Returns: (transfer full) (element-type RelationArg): the parties, in
 *   text order; each of their tokens knows its party
 */
GArray *
hashiya_relation_text_read_args (RelationText           *text,
                                 GHashTable             *kinds,
                                 HashiyaMention * const *mentions,
                                 guint                   n_mentions)
{
  g_autoptr(GArray) spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), n_mentions);
  GArray *args = g_array_new (FALSE, FALSE, sizeof (RelationArg));
  const gunichar *chars = text->folded->chars;
  guint outer_end = 0;
  gboolean have_outer = FALSE;
  guint p = 0;

  for (guint i = 0; i < n_mentions; i++)
    {
      Span span = { hashiya_mention_get_start (mentions[i]), hashiya_mention_get_end (mentions[i]), i };

      if (hashiya_mention_get_actor (mentions[i]) != NULL)
        g_array_append_val (spans, span);
    }
  g_array_sort (spans, compare_spans);

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);
      const char *actor = hashiya_mention_get_actor (mentions[span->index]);
      gpointer kind = NULL;
      RelationArg arg = { 0 };
      guint skip = 0;

      if (have_outer && span->start < outer_end)
        continue;
      have_outer = TRUE;
      outer_end = span->end;

      if (!g_hash_table_lookup_extended (kinds, actor, NULL, &kind))
        kind = GUINT_TO_POINTER (HASHIYA_ACTOR_KIND_OTHER + 1);
      if (GPOINTER_TO_UINT (kind) - 1 == HASHIYA_ACTOR_KIND_PLACE)
        continue;

      while (p < text->n_tokens && source_end (text, p) <= span->start)
        p++;
      if (p >= text->n_tokens || source_start (text, p) >= span->end)
        continue;

      arg.first = arg.last = p;
      while (arg.last + 1 < text->n_tokens && source_start (text, arg.last + 1) < span->end)
        arg.last++;
      arg.mention = span->index;
      arg.actor = actor;
      arg.kind = GPOINTER_TO_UINT (kind) - 1;
      arg.adjective = hashiya_mention_get_mention_type (mentions[span->index]) == HASHIYA_MENTION_TYPE_ADJECTIVE;

      /* و، ف، then ب، ل، ك in front of the name. */
      while (text->tokens[p].start + skip < text->tokens[p].end &&
             text->folded->origin[text->tokens[p].start + skip] < span->start)
        skip++;
      if (skip > 0)
        {
          const gunichar *c = chars + text->tokens[p].start;
          guint at = 0;

          if (c[0] == WAW || c[0] == FEH)
            {
              arg.waw = c[0] == WAW;
              at = 1;
            }
          if (at < skip && (c[at] == BEH || c[at] == LAM || c[at] == KAF))
            arg.governor = HASHIYA_WORD_PREPOSITION;
        }

      if (args->len > 0 &&
          merge_apposition (text, &g_array_index (args, RelationArg, args->len - 1), &arg, mentions))
        continue;
      g_array_append_val (args, arg);
    }

  for (guint a = 0; a < args->len; a++)
    {
      const RelationArg *arg = &g_array_index (args, RelationArg, a);

      for (guint t = arg->first; t <= arg->last; t++)
        text->tokens[t].arg = (int) a;
    }
  return args;
}

/* A word that starts with a preposition and the article: بال، لل. */
static gboolean
starts_with_preposition (const gunichar *w,
                         guint           n)
{
  if (n > 3 && (w[0] == WAW || w[0] == FEH))
    w++, n--;
  return (n >= 5 && w[0] == BEH && w[1] == ALEF && w[2] == LAM) || (n >= 4 && w[0] == LAM && w[1] == LAM);
}

/* Whether the comma after @prev closes an aside that @prev is the place
 * of: "استقبلت مصر، في القاهرة، الرئيس الأوكراني" lists no parties. */
static gboolean
closes_aside (const RelationText *text,
              const RelationArg  *prev)
{
  guint t = prev->first;

  /* "، في القاهرة،", and "، بالقاهرة،" with the preposition on the name. */
  if (t >= 2 && (text->tokens[t - 1].classes & HASHIYA_WORD_PREPOSITION) &&
      (text->tokens[t - 2].classes & HASHIYA_WORD_COMMA))
    return TRUE;
  return t >= 1 && prev->governor != 0 && (text->tokens[t - 1].classes & HASHIYA_WORD_COMMA);
}

/* Whether the tokens between two parties join them: nothing but و in
 * front of the second, "و"، "أو"، a comma, or a word with و in front and
 * one more ("وحليفتها الوثيقة تركيا"), which may be من or عن ("وممثلين
 * عن الأمم المتحدة", "ووفد من حماس"). */
static gboolean
joins (const RelationText *text,
       const RelationArg  *prev,
       const RelationArg  *arg)
{
  guint n = 0;
  int first = -1;

  for (guint t = prev->last + 1; t < arg->first; t++)
    {
      guint32 c = text->tokens[t].classes;
      gboolean partitive = (c & HASHIYA_WORD_PARTITIVE) && n == 1 && t + 1 == arg->first;

      if (c & HASHIYA_WORD_QUOTE)
        continue;
      if ((c & (HASHIYA_WORD_SENTENCE_END | HASHIYA_WORD_CLAUSE | HASHIYA_WORD_PRONOUN | RELATION_TOKEN_TRIGGER)) ||
          ((c & HASHIYA_WORD_PREPOSITION) && !(c & HASHIYA_WORD_BETWEEN) && !partitive) || ++n > 2)
        return FALSE;
      if (first < 0)
        first = (int) t;
    }

  if (first < 0)
    return arg->waw;
  if (text->tokens[first].classes & HASHIYA_WORD_COMMA)
    return n == 1 && !closes_aside (text, prev);
  return (text->tokens[first].classes & HASHIYA_WORD_AND) ||
         (text->kinds[first] == HASHIYA_TOKEN_WORD && text->folded->chars[text->tokens[first].start] == WAW);
}

/**
 * hashiya_relation_text_read_governors:
 *
 * Which preposition each party of a sentence follows, and which are
 * coordinated; a coordinated party follows the first one's. Read after
 * the triggers are marked: a trigger ends the way back to a preposition.
 */
void
hashiya_relation_text_read_governors (const RelationText *text,
                                      RelationArg        *args,
                                      guint               first_arg,
                                      guint               end_arg,
                                      guint               start)
{
  for (guint a = first_arg; a < end_arg; a++)
    {
      RelationArg *arg = &args[a];
      guint seen = 0;
      gboolean mission = FALSE;

      if (a > first_arg && joins (text, &args[a - 1], arg))
        {
          arg->joined = TRUE;
          arg->governor = args[a - 1].governor;
          continue;
        }
      if (arg->governor != 0)
        continue;

      for (int t = (int) arg->first - 1; t >= (int) start && seen < 3; t--)
        {
          const RelationToken *token = &text->tokens[t];
          guint32 c = token->classes;

          if (c & HASHIYA_WORD_QUOTE)
            continue;
          if (token->arg >= 0)
            break;
          /* "أمام السفارة الفرنسية": a state's embassy is the state,
           * not a place. */
          mission |= (c & HASHIYA_WORD_MISSION) != 0;
          /* "بقصر المرادية وزير الخارجية": the place is the name right
           * after it. */
          if ((c & HASHIYA_WORD_PLACE) && seen > 0)
            break;
          if ((c & HASHIYA_WORD_PREPOSITION) && !(c & HASHIYA_WORD_PRONOUN))
            {
              arg->governor = c & (HASHIYA_WORD_PREPOSITION | HASHIYA_WORD_VENUE | HASHIYA_WORD_WITH |
                                   HASHIYA_WORD_BETWEEN);
              if (mission)
                arg->governor &= ~HASHIYA_WORD_VENUE;
              if ((c & HASHIYA_WORD_WITH) && t > (int) start && (text->tokens[t - 1].classes & HASHIYA_WORD_BORDER))
                arg->governor |= RELATION_GOVERNOR_BORDER;
              break;
            }
          if (c & (HASHIYA_WORD_SENTENCE_END | HASHIYA_WORD_COMMA | HASHIYA_WORD_CLAUSE | HASHIYA_WORD_PRONOUN |
                   HASHIYA_WORD_AND | RELATION_TOKEN_TRIGGER))
            break;
          if (text->kinds[t] == HASHIYA_TOKEN_WORD &&
              starts_with_preposition (text->folded->chars + token->start, token->end - token->start))
            {
              arg->governor = HASHIYA_WORD_PREPOSITION;
              break;
            }
          seen++;
        }
    }
}

