/* hashiya-brat.h — brat standoff export and import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A brat document is a .txt holding the exact text and a .ann beside it:
 *
 *   T1  State 79 87        أذربيجان      an entity: kind, span, covered text
 *   N1  Reference T1 hashiya:azerbaijan  Azerbaijan   the actor
 *   A1  MentionType T1 name              the mention type
 *   A2  Suggested T1                     a suggestion not yet reviewed
 *   #1  AnnotatorNotes T1  note          the mention's note
 *   R1  consult Arg1:T1 Arg2:T2          a relation from one mention to another
 *   #2  AnnotatorNotes R1  mode=host modality=asserted   what else it says
 *   T9  consult 146 152    تستضيف        the words that state it (its trigger) …
 *   E1  consult:T9 Source:T1 Target:T2   … as an event of the relation's type
 *
 * Offsets count Unicode code points of the .txt, as brat's own Python
 * server does: a byte order mark at its start is one of them, so the
 * offsets of a text that had one are one more than Hashiya's. A span
 * that crosses a line break is written as fragments ("0 5;6 9"), since
 * the covered text must stay on one line.
 */

#pragma once

#include "hashiya-brat-read.h"
#include "hashiya-brat-write.h"
