/* hashiya-relation-modality.c — what a trigger's words around it say of
 * it: asserted, to come or hypothetical, negated, and how
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * سوف، سـ، قد before a present verb, تأمل … a few words before the
 * trigger, المقبل، القادم after it in its clause; لا، لم، لن، ليس، غير،
 * عدم right before it; the mode of a meeting (هاتفيا) or of a sector
 * (العسكري) near it.
 */

#define G_LOG_DOMAIN "hashiya-relation-frames"

#include "config.h"

#include "hashiya-relation-modality.h"

#define MODALITY_REACH     6   /* tokens back to سوف، قد، تأمل … */
#define FUTURE_AFTER_REACH 16  /* tokens on to المقبل، القادم … in the clause */
#define MODE_REACH         6   /* tokens on to هاتفيا، العسكري … */

/* A present verb after قد ("قد تستضيف"): قد then means "may". */
static gboolean
is_present_verb (const RelationSentence *s,
                 guint                   t)
{
  const gunichar *w = s->folded->chars + s->tokens[t].start;
  guint n = s->tokens[t].end - s->tokens[t].start;

  if (n < 3)
    return FALSE;
  return w[0] == YEH || w[0] == NOON || (w[0] == TEH && w[n - 1] != TEH);
}

/* A present verb with سـ in front ("ستقدم قرضا"): سـ, then the letter of
 * the present, and not the end of a noun (سيارة، سنوات، سيطرت). */
static gboolean
is_future_verb (const RelationSentence *s,
                guint                   t)
{
  const gunichar *w = s->folded->chars + s->tokens[t].start;
  guint n = s->tokens[t].end - s->tokens[t].start;

  if (n >= 6 && (w[0] == 0x0648 || w[0] == 0x0641))
    w++, n--;
  return n >= 5 && w[0] == 0x0633 && (w[1] == YEH || w[1] == TEH || w[1] == NOON || w[1] == 0x0627) &&
         w[n - 1] != 0x0647 && w[n - 1] != TEH && !(w[n - 2] == 0x0648 && w[n - 1] == 0x0627);
}

HashiyaModality
hashiya_relation_find_modality (const RelationSentence   *s,
                                const RelationOccurrence *o)
{
  gboolean future = o->future;
  gboolean hypothetical = FALSE;
  int t = (int) o->first - 1;

  for (guint n = 0; t >= (int) s->start && n < MODALITY_REACH; t--, n++)
    {
      guint32 c = classes (s, t);

      if (c & (W (SENTENCE_END) | W (COMMA)))
        break;
      future |= (c & W (FUTURE)) != 0;
      hypothetical |= (c & W (HYPOTHETICAL)) != 0;
      if ((c & W (MAY)) && (guint) t + 1 < s->end)
        hypothetical |= is_present_verb (s, (guint) t + 1);
      /* "ستقدم قرضا", "ستواصل دعم": the verb of the trigger, a word or
       * two before it. */
      if (n < 2 && s->tokens[t].arg < 0 && !(c & RELATION_TOKEN_TRIGGER))
        future |= is_future_verb (s, (guint) t);
    }
  /* "أبدت … استعدادهما": the words after the first say it too. */
  for (guint i = 1; i < o->n_words; i++)
    {
      guint32 c = classes (s, o->words[i]);

      future |= (c & W (FUTURE)) != 0;
      hypothetical |= (c & W (HYPOTHETICAL)) != 0;
    }
  for (guint u = o->last, n = 0; u < s->end && n < FUTURE_AFTER_REACH; u++, n++)
    {
      guint32 c = classes (s, u);

      if (c & (STOP | W (COMMA)))
        break;
      future |= (c & W (FUTURE_AFTER)) != 0;
    }

  if (hypothetical)
    return HASHIYA_MODALITY_HYPOTHETICAL;
  return future ? HASHIYA_MODALITY_FUTURE : HASHIYA_MODALITY_ASSERTED;
}

/* لا، لم، لن، ليس، غير، عدم right before the trigger. */
gboolean
hashiya_relation_find_negation (const RelationSentence   *s,
                                const RelationOccurrence *o)
{
  int t = (int) o->first - 1;

  while (t >= (int) s->start && (classes (s, t) & W (QUOTE)))
    t--;
  return t >= (int) s->start && (classes (s, t) & W (NEGATION));
}

/* How: for consulting, the trigger's own word (تستضيف: host) or one near
 * it (هاتفيا: phone); for cooperating and aid, the first of military,
 * economic or diplomatic near it. */
const char *
hashiya_relation_find_mode (const RelationSentence   *s,
                            const RelationOccurrence *o)
{
  guint32 wanted;
  guint from, to;

  if (o->type_flags & RELATION_TYPE_CONSULT)
    {
      if ((o->classes & W (MEETING_MODE)) && o->mode != NULL)
        return o->mode;
      wanted = W (MEETING_MODE);
    }
  else if (o->type_flags & RELATION_TYPE_SECTOR)
    wanted = W (SECTOR_MODE);
  else
    return NULL;

  from = o->first > s->start + 2 ? o->first - 2 : s->start;
  to = MIN (s->end, o->last + MODE_REACH);
  for (guint t = from; t < to; t++)
    if ((classes (s, t) & wanted) && s->tokens[t].mode != NULL)
      return s->tokens[t].mode;
  return NULL;
}
