/* hashiya-import.c — making a document from another tool's annotations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importers (brat, W3C, JSONL, CoNLL/BIO) read their formats; what
 * they share is here: finding the actor a mention stands for, adding
 * the actors a file names but the catalogue lacks, re-anchoring the
 * mentions when the text is not the one they were made on, and the list
 * of remarks, "FILE:LINE: what was not imported and why".
 */

#define G_LOG_DOMAIN "hashiya-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-document-private.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-export-util.h"
#include "hashiya-import.h"
#include "hashiya-matcher.h"

typedef struct
{
  guint  line;
  char  *message;
} Remark;

typedef struct
{
  HashiyaMention *mention;
  guint           line;
  char           *name;        /* the file's own name for it, or NULL */
  gboolean        stale;
} Pending;

struct _HashiyaImport
{
  HashiyaDocument        *document;
  char                   *display;
  HashiyaImportPlaceFunc  place_name;   /* "annotation 3"; lines when NULL */
  GArray                 *remarks;      /* Remark */
  GArray                 *pending;      /* Pending, in file order */
  HashiyaMatcher         *matcher;      /* the actors' names, as they grow */
  GHashTable             *noted_labels; /* labels already said not to be kinds */
  GHashTable             *imported;     /* ids of the mentions placed or orphaned */
  guint                   n_stale;
  gboolean                placed;
};

HashiyaImport *
hashiya_import_new (HashiyaDocument *document,
                    const char      *display_name)
{
  HashiyaImport *self = g_new0 (HashiyaImport, 1);

  self->document = g_object_ref (document);
  self->display = g_strdup (display_name);
  self->remarks = g_array_new (FALSE, FALSE, sizeof (Remark));
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->noted_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->imported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
hashiya_import_free (HashiyaImport *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->pending->len; i++)
    {
      g_object_unref (g_array_index (self->pending, Pending, i).mention);
      g_free (g_array_index (self->pending, Pending, i).name);
    }
  g_array_unref (self->pending);
  g_hash_table_unref (self->imported);
  for (guint i = 0; i < self->remarks->len; i++)
    g_free (g_array_index (self->remarks, Remark, i).message);
  g_array_unref (self->remarks);
  g_clear_pointer (&self->matcher, hashiya_matcher_unref);
  g_hash_table_unref (self->noted_labels);
  g_object_unref (self->document);
  g_free (self->display);
  g_free (self);
}

HashiyaDocument *
hashiya_import_get_document (HashiyaImport *self)
{
  return self->document;
}

/**
 * hashiya_import_set_place_func:
 * @place_name: (nullable): how a remark names its place, e.g.
 *   "annotation 3"; by its line when %NULL
 */
void
hashiya_import_set_place_func (HashiyaImport          *self,
                               HashiyaImportPlaceFunc  place_name)
{
  self->place_name = place_name;
}

/* LINE 0: a remark on the whole file. */
void
hashiya_import_report (HashiyaImport *self,
                       guint          line,
                       const char    *format,
                       ...)
{
  Remark remark = { line, NULL };
  va_list args;

  va_start (args, format);
  remark.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->remarks, remark);
}

/* A remark on a queued mention, after the file's name for it. */
G_GNUC_PRINTF (3, 4)
static void
remark_on (HashiyaImport *self,
           Pending       *pending,
           const char    *format,
           ...)
{
  Remark remark = { pending->line, NULL };
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  remark.message = g_strconcat (pending->name != NULL ? pending->name : "", message, NULL);
  g_array_append_val (self->remarks, remark);
}

/* "State", "state", the labels of ANERcorp and OntoNotes, and the
 * commonest finer labels of news corpora. */
static gboolean
kind_from_label (const char *label,
                 int        *kind)
{
  static const struct { const char *label; HashiyaActorKind kind; } others[] = {
    { "PERS", HASHIYA_ACTOR_KIND_PERSON }, { "PER", HASHIYA_ACTOR_KIND_PERSON },
    { "LOC", HASHIYA_ACTOR_KIND_PLACE }, { "FAC", HASHIYA_ACTOR_KIND_PLACE },
    { "ORG", HASHIYA_ACTOR_KIND_ORGANIZATION }, { "GPE", HASHIYA_ACTOR_KIND_STATE },
    { "NORP", HASHIYA_ACTOR_KIND_GROUP }, { "MISC", HASHIYA_ACTOR_KIND_OTHER },
    { "Country", HASHIYA_ACTOR_KIND_STATE }, { "Nation", HASHIYA_ACTOR_KIND_STATE },
    { "City", HASHIYA_ACTOR_KIND_PLACE }, { "Capital", HASHIYA_ACTOR_KIND_PLACE },
    { "Region", HASHIYA_ACTOR_KIND_PLACE }, { "Province", HASHIYA_ACTOR_KIND_PLACE },
    { "Location", HASHIYA_ACTOR_KIND_PLACE },
    { "Politician", HASHIYA_ACTOR_KIND_PERSON }, { "President", HASHIYA_ACTOR_KIND_PERSON },
    { "Minister", HASHIYA_ACTOR_KIND_PERSON }, { "Leader", HASHIYA_ACTOR_KIND_PERSON },
    { "Ministry", HASHIYA_ACTOR_KIND_ORGANIZATION }, { "Organisation", HASHIYA_ACTOR_KIND_ORGANIZATION },
    { "Company", HASHIYA_ACTOR_KIND_ORGANIZATION }, { "Party", HASHIYA_ACTOR_KIND_GROUP },
  };
  g_autofree char *nick = g_ascii_strdown (label, -1);

  if (hashiya_enum_from_nick (HASHIYA_TYPE_ACTOR_KIND, nick, kind))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_ascii_strcasecmp (label, others[i].label) == 0)
      {
        *kind = others[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* The matcher of the catalogue, with the English names too: a file may
 * name an actor in either language. */
static HashiyaMatcher *
get_matcher (HashiyaImport *self)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (self->document);

  if (self->matcher != NULL)
    return self->matcher;
  self->matcher = hashiya_matcher_new (catalog);
  for (guint i = 0; i < hashiya_catalog_get_n_actors (catalog); i++)
    {
      HashiyaActor *actor = hashiya_catalog_get_actor (catalog, i);

      if (hashiya_actor_get_name_en (actor) != NULL)
        hashiya_matcher_add_alias (self->matcher, actor, hashiya_actor_get_name_en (actor));
    }
  return self->matcher;
}

/* "Larry Page" → "larry-page", "Türkiye" → "turkiye": lower-case ASCII
 * letters and digits, the rest one hyphen; "" when nothing is left
 * (Arabic names). */
static char *
slug_of (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && slug->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  return g_string_free (slug, FALSE);
}

/* An id derived from the actor's name ("larry-page"), or else from its
 * kind ("person-3"), that no actor has yet. */
static char *
new_actor_id (HashiyaCatalog *catalog,
              int             kind,
              const char     *covered)
{
  g_autofree char *slug = covered != NULL ? slug_of (covered) : g_strdup ("");
  const char *base = hashiya_actor_is_valid_id (slug) && !g_ascii_isdigit (slug[0])
                     ? slug : hashiya_enum_to_nick (HASHIYA_TYPE_ACTOR_KIND, kind);

  if (base == slug && hashiya_catalog_lookup (catalog, base) == NULL)
    return g_steal_pointer (&slug);
  for (guint n = base == slug ? 2 : 1;; n++)
    {
      char *id = g_strdup_printf ("%s-%u", base, n);

      if (hashiya_catalog_lookup (catalog, id) == NULL)
        return id;
      g_free (id);
    }
}

static const char *
add_actor (HashiyaImport *self,
           guint          line,
           const char    *id,
           int            kind,
           const char    *name,
           const char    *covered)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (self->document);
  g_autoptr(HashiyaActor) actor = NULL;
  gboolean named = name != NULL && *name != '\0';
  g_autofree char *new_id = id != NULL ? g_strdup (id) : new_actor_id (catalog, kind, named ? name : covered);
  const char *shown = covered != NULL && *covered != '\0' ? covered : new_id;

  actor = hashiya_actor_new (new_id, kind, shown, named ? name : shown);
  _hashiya_document_insert_actor (self->document, actor, hashiya_catalog_get_n_actors (catalog));
  /* Its next mentions find it by their text. */
  if (covered != NULL && *covered != '\0')
    hashiya_matcher_add_alias (get_matcher (self), actor, covered);
  if (named)
    hashiya_matcher_add_alias (get_matcher (self), actor, name);
  hashiya_import_report (self, line, _("the actor “%s” (%s) was not in the catalogue; added"), new_id, shown);
  return hashiya_actor_get_id (actor);
}

/**
 * hashiya_import_resolve_actor:
 * @actor_id: (nullable): the Hashiya actor id the file gives
 * @label: (nullable): the file's label, an actor kind ("State"), an
 *   ANERcorp tag ("PERS") or a finer label ("Country")
 * @name: (nullable): the actor's name, when the file gives one
 * @covered: (nullable): the text of the mention
 *
 * Finds the actor a mention stands for: by its id; else by its text (or
 * else @name) in the matcher's index of the catalogue's names and
 * aliases, folded and with proclitics allowed in front; else it is a
 * new actor of the label's kind, with an id derived from its text,
 * added to the catalogue and listed in the remarks. Every importer
 * finds its actors here.
 *
 * Returns: (nullable): the actor's id, owned by the catalogue
 */
const char *
hashiya_import_resolve_actor (HashiyaImport *self,
                              guint          line,
                              const char    *actor_id,
                              const char    *label,
                              const char    *name,
                              const char    *covered)
{
  HashiyaCatalog *catalog = hashiya_document_get_catalog (self->document);
  HashiyaActor *actor;
  HashiyaMatch match;
  int kind = HASHIYA_ACTOR_KIND_OTHER;

  if (actor_id != NULL && (actor = hashiya_catalog_lookup (catalog, actor_id)) != NULL)
    return hashiya_actor_get_id (actor);

  if (label != NULL && !kind_from_label (label, &kind) && !g_hash_table_contains (self->noted_labels, label))
    {
      hashiya_import_report (self, line, _("“%s” is not an actor kind; the actor is of kind “other”"), label);
      g_hash_table_add (self->noted_labels, g_strdup (label));
    }

  if (actor_id != NULL)
    {
      if (hashiya_actor_is_valid_id (actor_id))
        return add_actor (self, line, actor_id, kind, name, covered);
      hashiya_import_report (self, line, _("“%s” cannot be an actor id; the actor is found by its text"), actor_id);
    }

  if (covered == NULL || *covered == '\0')
    return NULL;
  if (hashiya_matcher_lookup (get_matcher (self), covered, NULL, &match) ||
      (name != NULL && hashiya_matcher_lookup (get_matcher (self), name, NULL, &match)))
    return hashiya_actor_get_id (hashiya_catalog_lookup (catalog, match.actor));
  return add_actor (self, line, NULL, kind, name, covered);
}

/**
 * hashiya_import_narrow:
 * @start: (inout): the start of a mention of @actor_id
 * @end: (inout): its end
 *
 * Leaves the proclitics in front of a name out of its span, as the
 * matcher does ("لأذربيجان" → "أذربيجان"), when the text at @start–@end
 * is one of @actor_id's names after them (and nothing else but letters
 * comes before the name).
 */
void
hashiya_import_narrow (HashiyaImport *self,
                       const char    *actor_id,
                       guint         *start,
                       guint         *end)
{
  HashiyaText *text;
  g_autofree char *covered = NULL;
  HashiyaMatch match;

  g_return_if_fail (self != NULL);
  g_return_if_fail (start != NULL && end != NULL && *start <= *end);

  text = hashiya_document_get_text (self->document);
  if (actor_id == NULL || *end > hashiya_text_get_length (text))
    return;
  covered = hashiya_text_slice (text, *start, *end);
  if (!hashiya_matcher_lookup (get_matcher (self), covered, actor_id, &match) || match.start == 0)
    return;
  /* Only letters of the first word: a quotation mark before the name
   * stays, as the file put it there. */
  for (guint i = *start; i < *start + match.start; i++)
    {
      gunichar c = hashiya_text_get_char (text, i);

      if (!g_unichar_isalpha (c) && !g_unichar_ismark (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        return;
    }
  *start = hashiya_text_snap_forward (text, *start + match.start);
}

/**
 * hashiya_import_keep_label:
 * @label: (nullable): the file's label of @mention
 *
 * Keeps @label on @mention when it says more than the kind of its actor
 * ("Country" on a state; not "State", nor an actor's id).
 */
void
hashiya_import_keep_label (HashiyaImport  *self,
                           HashiyaMention *mention,
                           const char     *label)
{
  HashiyaActor *actor;
  g_autofree char *kind_label = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (HASHIYA_IS_MENTION (mention));

  actor = hashiya_catalog_lookup (hashiya_document_get_catalog (self->document), hashiya_mention_get_actor (mention));
  if (label == NULL || *label == '\0' || actor == NULL || g_strcmp0 (label, hashiya_actor_get_id (actor)) == 0)
    return;
  kind_label = hashiya_export_kind_label (hashiya_actor_get_kind (actor));
  if (strcmp (label, kind_label) != 0)
    hashiya_mention_set_label (mention, label);
}

/**
 * hashiya_import_add_mention:
 * @name: (nullable): what the file calls it ("T3"), to start its remarks
 * @mention: a mention; its quote, when set, is the text the file says
 *   it covers
 *
 * Queues @mention. When its quote is not the text at its offsets, the
 * file was made on another version of the text, and every mention is
 * re-anchored by hashiya_import_finish().
 */
void
hashiya_import_add_mention (HashiyaImport  *self,
                            guint           line,
                            const char     *name,
                            HashiyaMention *mention)
{
  HashiyaText *text = hashiya_document_get_text (self->document);
  const char *exact = hashiya_mention_get_quote_exact (mention);
  guint start = hashiya_mention_get_start (mention);
  guint end = hashiya_mention_get_end (mention);
  gboolean in_range = start < end && end <= hashiya_text_get_length (text);
  Pending pending = { NULL, line, NULL, FALSE };

  if (exact == NULL && !in_range)
    {
      hashiya_import_report (self, line, _("the span %u:%u is outside the text (%u characters), and no quote says what it covered; skipped"),
                             start, end, hashiya_text_get_length (text));
      return;
    }
  pending.mention = g_object_ref (mention);
  pending.name = name != NULL ? g_strconcat (name, ": ", NULL) : NULL;
  if (exact == NULL)
    hashiya_document_fill_quote (self->document, mention);
  else if (!in_range || !hashiya_text_range_equals (text, start, end, exact))
    {
      pending.stale = TRUE;
      self->n_stale++;
    }
  g_array_append_val (self->pending, pending);
}

static void
place (HashiyaImport *self,
       Pending       *pending)
{
  g_autoptr(GError) error = NULL;

  if (!hashiya_document_check_mention (self->document, pending->mention, &error))
    {
      remark_on (self, pending, _("%s; skipped"), error->message);
      return;
    }
  hashiya_document_fill_quote (self->document, pending->mention);
  _hashiya_document_insert_mention (self->document, pending->mention);
  g_hash_table_add (self->imported, g_strdup (hashiya_mention_get_id (pending->mention)));
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  return hashiya_mention_compare (((const Pending *) a)->mention, ((const Pending *) b)->mention, NULL);
}

static void
report_placement (HashiyaImport *self,
                  Pending       *pending)
{
  HashiyaText *text = hashiya_document_get_text (self->document);
  HashiyaMention *old = pending->mention;
  HashiyaMention *placed = hashiya_document_lookup_mention (self->document, hashiya_mention_get_id (old));
  const char *exact = hashiya_mention_get_quote_exact (old);
  guint start, end;

  if (placed == NULL)
    {
      remark_on (self, pending, _("“%s” (%u:%u) was not found in the text; kept as an orphan"),
                 exact, hashiya_mention_get_start (old), hashiya_mention_get_end (old));
      return;
    }
  if (!pending->stale)
    return;
  start = hashiya_mention_get_start (placed);
  end = hashiya_mention_get_end (placed);
  if (hashiya_mention_get_end (old) == 0)  /* a quote without a position */
    remark_on (self, pending, _("“%s”, given without a position, found at %u:%u"), exact, start, end);
  else if (hashiya_text_range_equals (text, start, end, exact))
    remark_on (self, pending, _("“%s” was not at %u:%u; found at %u:%u"),
               exact, hashiya_mention_get_start (old), hashiya_mention_get_end (old), start, end);
  else
    remark_on (self, pending, _("“%s” was not at %u:%u; found, slightly changed, at %u:%u"),
               exact, hashiya_mention_get_start (old), hashiya_mention_get_end (old), start, end);
}

/* A file made on another version of the text: every mention is
 * re-anchored as in an edited .hashiya; what is not found stays an
 * orphan. */
static void
reanchor (HashiyaImport *self)
{
  g_autoptr(GPtrArray) mentions = g_ptr_array_new ();
  HashiyaReanchorReport anchors = { 0 };

  for (guint i = 0; i < self->pending->len; i++)
    g_ptr_array_add (mentions, g_array_index (self->pending, Pending, i).mention);
  _hashiya_document_reanchor_all (self->document, mentions, &anchors);
  _hashiya_document_set_report (self->document, &anchors);
  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *pending = &g_array_index (self->pending, Pending, i);

      report_placement (self, pending);
      g_hash_table_add (self->imported, g_strdup (hashiya_mention_get_id (pending->mention)));
    }
}

static int
compare_remarks (gconstpointer a,
                 gconstpointer b)
{
  guint line_a = ((const Remark *) a)->line, line_b = ((const Remark *) b)->line;

  return line_a < line_b ? -1 : line_a > line_b;
}

static char *
format_remark (HashiyaImport *self,
               const Remark  *remark)
{
  g_autofree char *place = NULL;

  if (remark->line == 0)
    return g_strdup_printf ("%s: %s", self->display, remark->message);
  if (self->place_name == NULL)
    return g_strdup_printf ("%s:%u: %s", self->display, remark->line, remark->message);
  place = self->place_name (remark->line);
  return g_strdup_printf ("%s: %s: %s", self->display, place, remark->message);
}

/**
 * hashiya_import_place:
 *
 * Adds the queued mentions to the document, re-anchoring them when the
 * text is another version. Called by hashiya_import_finish() when not
 * before; an importer calls it first when it needs the mentions in
 * place (brat relations name them).
 */
void
hashiya_import_place (HashiyaImport *self)
{
  if (self->placed)
    return;
  self->placed = TRUE;
  g_array_sort (self->pending, compare_pending);
  if (self->n_stale > 0)
    reanchor (self);
  else
    for (guint i = 0; i < self->pending->len; i++)
      place (self, &g_array_index (self->pending, Pending, i));
}

/**
 * hashiya_import_was_imported:
 *
 * Whether the mention @id, once placed, is in the document or kept as
 * an orphan.
 */
gboolean
hashiya_import_was_imported (HashiyaImport *self,
                             const char    *id)
{
  return id != NULL && g_hash_table_contains (self->imported, id);
}

/* What the file does not say who made is the importer's: the
 * document's author (the current annotator). */
static void
sign_unsigned (HashiyaImport *self)
{
  const char *author = hashiya_document_get_author (self->document);
  GListModel *lists[] = { hashiya_document_get_mentions (self->document),
                          hashiya_document_get_orphans (self->document) };
  GListModel *relations = hashiya_document_get_relations (self->document);

  if (author == NULL)
    return;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(HashiyaMention) mention = g_list_model_get_item (lists[l], i);

        if (hashiya_mention_get_author (mention) == NULL)
          hashiya_mention_set_author (mention, author);
      }
  for (guint i = 0; i < g_list_model_get_n_items (relations); i++)
    {
      g_autoptr(HashiyaRelation) relation = g_list_model_get_item (relations, i);

      if (hashiya_relation_get_author (relation) == NULL)
        hashiya_relation_set_author (relation, author);
    }
}

/* "R3: ", what starts a remark on the relation the file calls NAME; ""
 * when it has no name. */
static char *
name_prefix (const char *name)
{
  return name != NULL ? g_strconcat (name, ": ", NULL) : g_strdup ("");
}

/* "Family" → "family", "negotiate_with" → "negotiate-with", "foundedBy"
 * → "founded-by": lower-case ASCII letters, anything else between them,
 * and a capital after a small letter, one hyphen; "" when no letter is
 * left. */
static char *
relation_type_slug (const char *label)
{
  g_autofree char *ascii = g_str_to_ascii (label, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && slug->len < 40; p++)
    {
      if (g_ascii_isupper (*p) && p > ascii && g_ascii_islower (p[-1]))
        g_string_append_c (slug, '-');
      if (g_ascii_isalpha (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  return g_string_free (slug, FALSE);
}

/* BASE, or else BASE-b, BASE-c … BASE-aa …: digits are not allowed in
 * the id of a relation type. */
static char *
new_relation_type_id (HashiyaRelationCatalog *catalog,
                      const char             *base)
{
  if (hashiya_relation_catalog_lookup (catalog, base) == NULL)
    return g_strdup (base);
  for (guint n = 1;; n++)
    {
      char suffix[8];
      guint i = sizeof suffix - 1;
      char *id;

      suffix[i] = '\0';
      for (guint rest = n;; rest = rest / 26 - 1)
        {
          suffix[--i] = (char) ('a' + rest % 26);
          if (rest < 26)
            break;
        }
      id = g_strconcat (base, "-", suffix + i, NULL);
      if (hashiya_relation_catalog_lookup (catalog, id) == NULL)
        return id;
      g_free (id);
    }
}

/**
 * hashiya_import_resolve_relation_type:
 * @name: (nullable): what the file calls the relation ("R3"), to start
 *   its remarks
 * @label: the relation's type as the file writes it
 *
 * Finds the type of the document's relation catalogue that @label names:
 * by its id, its English or Arabic name, or its id written another way
 * ("Consult", "negotiate_with"). A type the catalogue lacks is added to
 * it, so that the relations of a colleague's file are kept: its id made
 * from @label, @label its name, and, as nothing tells its class, of the
 * quad class verbal cooperation (where CAMEO counts what is neither
 * conflict nor material help, such as statements); the remarks say so.
 *
 * Returns: (nullable): the type's id, owned by the catalogue
 */
const char *
hashiya_import_resolve_relation_type (HashiyaImport *self,
                                      guint          line,
                                      const char    *name,
                                      const char    *label)
{
  HashiyaRelationCatalog *catalog;
  HashiyaRelationType *type;
  g_autoptr(HashiyaRelationType) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *id = NULL;
  g_autofree char *where = NULL;
  gboolean ascii;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  catalog = hashiya_document_get_relation_catalog (self->document);
  if ((type = hashiya_relation_catalog_lookup (catalog, label)) != NULL)
    return hashiya_relation_type_get_id (type);
  for (guint i = 0; i < hashiya_relation_catalog_get_n_types (catalog); i++)
    {
      type = hashiya_relation_catalog_get_relation_type (catalog, i);
      if (g_strcmp0 (hashiya_relation_type_get_name_ar (type), label) == 0 ||
          (hashiya_relation_type_get_name_en (type) != NULL &&
           g_ascii_strcasecmp (hashiya_relation_type_get_name_en (type), label) == 0))
        return hashiya_relation_type_get_id (type);
    }
  slug = relation_type_slug (label);
  if (*slug != '\0' && (type = hashiya_relation_catalog_lookup (catalog, slug)) != NULL)
    return hashiya_relation_type_get_id (type);

  where = name_prefix (name);
  if (*label == '\0')
    {
      hashiya_import_report (self, line, _("%sa relation without a type; skipped"), where);
      return NULL;
    }
  id = new_relation_type_id (catalog, *slug != '\0' ? slug : "relation");
  ascii = g_str_is_ascii (label);
  added = hashiya_relation_type_new (id, ascii ? NULL : label, ascii ? label : NULL,
                                     HASHIYA_QUAD_CLASS_VERBAL_COOPERATION, FALSE);
  if (!hashiya_relation_catalog_add (catalog, added, &error))
    {
      hashiya_import_report (self, line, _("%s%s; skipped"), where, error->message);
      return NULL;
    }
  hashiya_import_report (self, line, _("%sthe relation type “%s” was not in the relation catalogue; "
                                       "added as “%s”, of the quad class verbal cooperation"),
                         where, label, id);
  return hashiya_relation_type_get_id (added);
}

/**
 * hashiya_import_add_relation:
 * @name: (nullable): what the file calls it ("R3"), to start its remarks
 * @relation: a relation whose ends are mentions this import placed (or
 *   kept as orphans), of a type hashiya_import_resolve_relation_type()
 *   gave
 *
 * Adds @relation to the document once the mentions are placed, or, when
 * the document refuses it (the same relation twice …), says why in the
 * remarks.
 *
 * Returns: whether @relation was added
 */
gboolean
hashiya_import_add_relation (HashiyaImport   *self,
                             guint            line,
                             const char      *name,
                             HashiyaRelation *relation)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (HASHIYA_IS_RELATION (relation), FALSE);

  hashiya_import_place (self);
  if (!hashiya_document_check_relation (self->document, relation, &error))
    {
      g_autofree char *where = name_prefix (name);

      hashiya_import_report (self, line, _("%s%s; skipped"), where, error->message);
      return FALSE;
    }
  _hashiya_document_insert_relation (self->document, relation);
  return TRUE;
}

/**
 * hashiya_import_finish:
 *
 * Places the queued mentions (see hashiya_import_place()), gives the
 * mentions and relations that name no author the document's (see
 * hashiya_document_get_author()), and keeps the remarks on the document.
 *
 * Returns: (transfer full) (element-type utf8): the remarks, by line
 */
GPtrArray *
hashiya_import_finish (HashiyaImport *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  hashiya_import_place (self);
  sign_unsigned (self);
  /* A stable sort: the remarks on one line keep their order. */
  g_array_sort (self->remarks, compare_remarks);
  for (guint i = 0; i < self->remarks->len; i++)
    g_ptr_array_add (problems, format_remark (self, &g_array_index (self->remarks, Remark, i)));
  _hashiya_document_set_import_problems (self->document, problems);
  return problems;
}
