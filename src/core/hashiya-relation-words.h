/* hashiya-relation-words.h — the small words that shape an Arabic clause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a word (or a punctuation mark) does in a clause, as flags: one
 * word may be several things (لن is a negation and a future). */
typedef enum
{
  HASHIYA_WORD_SENTENCE_END  = 1u << 0,  /* . ؟ ! ؛ */
  HASHIYA_WORD_COMMA         = 1u << 1,  /* ، : ( ) – */
  HASHIYA_WORD_QUOTE         = 1u << 2,  /* « » " */
  HASHIYA_WORD_CLAUSE        = 1u << 3,  /* أن، إن، لكن، كما، ما …: a clause starts after it */
  HASHIYA_WORD_RELATIVE      = 1u << 4,  /* الذي، التي … */
  HASHIYA_WORD_PREPOSITION   = 1u << 5,  /* على، إلى، من، عن، مع، ضد … */
  HASHIYA_WORD_VENUE         = 1u << 6,  /* في، خلال، قبل، بعد …: where or when, not whom */
  HASHIYA_WORD_BETWEEN       = 1u << 7,  /* بين */
  HASHIYA_WORD_WITH          = 1u << 8,  /* مع */
  HASHIYA_WORD_PRONOUN       = 1u << 9,  /* a preposition with a pronoun: معها، لها، بينهما … */
  HASHIYA_WORD_AND           = 1u << 10, /* و، أو */
  HASHIYA_WORD_NEGATION      = 1u << 11, /* لا، لم، لن، ليس، غير، عدم … */
  HASHIYA_WORD_FUTURE        = 1u << 12, /* سوف، مستعدة، تعتزم … before what it governs */
  HASHIYA_WORD_FUTURE_AFTER  = 1u << 13, /* المقبل، القادم … after it */
  HASHIYA_WORD_HYPOTHETICAL  = 1u << 14, /* ربما، يمكن، تأمل … */
  HASHIYA_WORD_MAY           = 1u << 15, /* قد: "may" before a present verb, emphasis before a past one */
  HASHIYA_WORD_PARTICIPANTS  = 1u << 16, /* بمشاركة، بحضور: the participants follow */
  HASHIYA_WORD_BORDER        = 1u << 17, /* الحدود، المتاخمة، بالتزامن: a مع after it is no partner */
  HASHIYA_WORD_MEETING_MODE  = 1u << 18, /* a mode of consulting: host, visit, phone … */
  HASHIYA_WORD_SECTOR_MODE   = 1u << 19, /* a mode of cooperating: military, economic, diplomatic */
  HASHIYA_WORD_SAID_SUBJECT  = 1u << 20, /* أنها، إنه …: the clause's subject is a pronoun */
  HASHIYA_WORD_PARTITIVE     = 1u << 21, /* من، عن after a noun: "مسلحون من حركة الشباب" */
  HASHIYA_WORD_ANY           = 1u << 22, /* أي: the noun after it is no event that happened */
  HASHIYA_WORD_MISSION       = 1u << 23, /* سفارة، قنصلية: a state's own ground */
  HASHIYA_WORD_ADVERB        = 1u << 24, /* اليوم، الأحد، مجددا، بشدة: when or how, not whom */
  HASHIYA_WORD_HALT          = 1u << 25, /* علق، أوقف، جمد، قطع: stops what follows */
  HASHIYA_WORD_PLACE         = 1u << 26, /* بمدينة، بقصر: in the place named right after */
  HASHIYA_WORD_TIME          = 1u << 27, /* خلال، بعد، عقب: when */
  HASHIYA_WORD_SAY           = 1u << 28, /* قال، أعلن، أكد: what follows is said */
  HASHIYA_WORD_COUNTERPART   = 1u << 29, /* نظيره: the counterpart of the subject */
} HashiyaWordClass;

typedef struct
{
  guint32     classes;
  const char *mode;
} HashiyaWordInfo;

void hashiya_relation_words_classify (const gunichar  *word,
                                      guint            length,
                                      HashiyaWordInfo *info);

G_END_DECLS
