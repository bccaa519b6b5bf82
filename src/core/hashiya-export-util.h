/* hashiya-export-util.h — what every export format shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "hashiya-document.h"

G_BEGIN_DECLS

/* The nicks ("brat", "w3c" …) are the CLI's --format values. */
typedef enum
{
  HASHIYA_EXPORT_BRAT,
  HASHIYA_EXPORT_W3C,
  HASHIYA_EXPORT_CONLL,
  HASHIYA_EXPORT_JSONL,
  HASHIYA_EXPORT_HTML,
  HASHIYA_EXPORT_CSV,
  HASHIYA_EXPORT_PDF,
} HashiyaExportFormat;

/* What a CoNLL/BIO tag names: the actor's kind, its id, or the label
 * the mention was imported with (else the kind). */
typedef enum
{
  HASHIYA_CONLL_TAGS_KIND,
  HASHIYA_CONLL_TAGS_ACTOR,
  HASHIYA_CONLL_TAGS_LABEL,
} HashiyaConllTags;

/* Which of two nested mentions a token takes its tag from. */
typedef enum
{
  HASHIYA_CONLL_NESTED_OUTER,
  HASHIYA_CONLL_NESTED_INNER,
} HashiyaConllNested;

typedef struct
{
  char               *title;             /* shown by HTML and PDF; the file's stem */
  gboolean            skip_suggestions;  /* only reviewed mentions */
  HashiyaConllTags    conll_tags;
  HashiyaConllNested  conll_nested;
  gboolean            csv_bom;           /* for spreadsheet programs */
  gboolean            csv_relations;     /* one row a relation, not a mention */
} HashiyaExportOptions;

/* Where a relation's number stands in the text (HTML, PDF): after the
 * word its trigger, or else its source mention, ends in. */
typedef struct
{
  HashiyaRelation *relation;
  guint            offset;
} HashiyaRelationMarker;

HashiyaExportOptions *hashiya_export_options_new   (const char                 *title);
HashiyaExportOptions *hashiya_export_options_copy  (const HashiyaExportOptions *options);
void                  hashiya_export_options_free  (HashiyaExportOptions       *options);

const char           *hashiya_export_format_extension (HashiyaExportFormat format);

/* For the writers: the mentions an export shows, in text order. */
GPtrArray            *hashiya_export_mentions      (HashiyaDocument            *document,
                                                    const HashiyaExportOptions *options);
const char           *hashiya_export_newline_name  (HashiyaText                *text);
char                 *hashiya_export_kind_label    (HashiyaActorKind            kind);
guint                 hashiya_export_word_end      (HashiyaText                *text,
                                                    guint                       end);

/* For the writers: the relations an export shows, and what they say. */
GPtrArray            *hashiya_export_relations     (HashiyaDocument            *document,
                                                    GPtrArray                  *mentions,
                                                    gboolean                    skip_suggestions);
void                  hashiya_export_relation_extent (HashiyaDocument          *document,
                                                      HashiyaRelation          *relation,
                                                      guint                    *start,
                                                      guint                    *end);
void                  hashiya_export_relation_sentence (HashiyaDocument        *document,
                                                        HashiyaRelation        *relation,
                                                        guint                  *start,
                                                        guint                  *end);
GArray               *hashiya_export_relation_markers (HashiyaDocument         *document,
                                                       GPtrArray               *relations);
char                 *hashiya_export_relation_details (HashiyaRelation         *relation);
const char           *hashiya_export_relation_type_name (HashiyaDocument       *document,
                                                         HashiyaRelation       *relation);
char                 *hashiya_export_relation_end  (HashiyaDocument            *document,
                                                    const char                 *mention_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashiyaExportOptions, hashiya_export_options_free)

G_END_DECLS
