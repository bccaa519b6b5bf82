/* hashiya-brat-read.c — brat standoff import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a .ann (see hashiya-brat.h for what it holds) into a document
 * of its .txt, with the helpers every importer shares.
 */

#define G_LOG_DOMAIN "hashiya-brat"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "hashiya-brat-private.h"
#include "hashiya-brat-read.h"
#include "hashiya-document-load.h"
#include "hashiya-document-private.h"
#include "hashiya-enum-types.h"
#include "hashiya-error.h"
#include "hashiya-file.h"
#include "hashiya-import.h"
#include "hashiya-types.h"

typedef struct
{
  char           *id;          /* "T3" */
  guint           line;
  guint           start;
  guint           end;
  char           *label;       /* the brat type, e.g. "State" */
  char           *covered;
  char           *actor;       /* from the N line */
  char           *actor_name;  /* the N line's name, of any database */
  int             type;
  gboolean        suggested;
  char           *note;
  gboolean        stale;       /* the text at its offsets is not its text */
  char           *trigger_of;  /* the event it is the trigger of */
  gboolean        relation_trigger;  /* of an event read as a relation */
  char           *mention_id;  /* once imported, placed or orphaned */
} Entity;

/* An R line, or an event (E) of two entities: a relation. */
typedef struct
{
  char           *id;          /* "R3", "E2" */
  guint           line;
  char           *type;        /* as the file writes it */
  Entity         *source;
  Entity         *target;
  Entity         *trigger;     /* an event's */
  const char     *type_id;     /* in the relation catalogue, once resolved */
  gboolean        noted;       /* a # line was on it */
  char           *mode;
  gboolean        negated;
  int             modality;
  gboolean        suggested;
  char           *note;
  gboolean        merged;      /* an event that is an R line's trigger */
} Link;

typedef struct
{
  const char      *display;    /* the .ann file, for messages */
  HashiyaDocument *document;
  GHashTable      *entities;   /* id → Entity */
  GPtrArray       *order;      /* Entity, in file order */
  HashiyaImport   *shared;     /* placing, re-anchoring, remarks */
  GHashTable      *links;      /* id → Link */
  GPtrArray       *link_order; /* Link, in file order */
} Import;

static void
entity_free (Entity *entity)
{
  g_free (entity->id);
  g_free (entity->label);
  g_free (entity->covered);
  g_free (entity->actor);
  g_free (entity->actor_name);
  g_free (entity->note);
  g_free (entity->trigger_of);
  g_free (entity->mention_id);
  g_free (entity);
}

static void
link_free (Link *link)
{
  g_free (link->id);
  g_free (link->type);
  g_free (link->mode);
  g_free (link->note);
  g_free (link);
}

G_GNUC_PRINTF (3, 4)
static void
report (Import     *import,
        guint       line,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  hashiya_import_report (import->shared, line, "%s", message);
}

static gboolean
parse_offset (const char *s,
              guint      *value)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &number, NULL))
    return FALSE;
  *value = (guint) number;
  return TRUE;
}

/* "79 87" or "0 5;6 9": the fragments' extent, and the text brat shows
 * for them (fragment texts joined by a space). */
static gboolean
parse_fragments (Import      *import,
                 guint        line,
                 const char  *spans,
                 Entity      *entity)
{
  HashiyaText *text = hashiya_document_get_text (import->document);
  g_auto(GStrv) fragments = g_strsplit (spans, ";", -1);
  g_autoptr(GString) shown = g_string_new (NULL);
  guint length = hashiya_text_get_length (text);
  gboolean bom = hashiya_text_get_has_bom (text);
  gboolean only_line_breaks_between = TRUE;
  guint previous_end = 0;

  entity->start = G_MAXUINT;
  entity->end = 0;
  if (fragments[0] == NULL)
    {
      report (import, line, _("%s: cannot read the span “%s”; skipped"), entity->id, spans);
      return FALSE;
    }
  for (guint i = 0; fragments[i] != NULL; i++)
    {
      g_auto(GStrv) bounds = g_strsplit (fragments[i], " ", -1);
      g_autofree char *slice = NULL;
      guint start, end;

      if (g_strv_length (bounds) != 2 || !parse_offset (bounds[0], &start) || !parse_offset (bounds[1], &end))
        {
          report (import, line, _("%s: cannot read the span “%s”; skipped"), entity->id, fragments[i]);
          return FALSE;
        }
      if (start >= end)
        {
          report (import, line, _("%s: the span %u:%u is empty or reversed; skipped"), entity->id, start, end);
          return FALSE;
        }
      /* brat counts the byte order mark the text file starts with. */
      if (bom)
        {
          if (start == 0 && g_str_has_prefix (entity->covered, "\xEF\xBB\xBF"))
            memmove (entity->covered, entity->covered + 3, strlen (entity->covered + 3) + 1);
          start = start > 0 ? start - 1 : 0;
          end--;
          if (start == end)
            {
              report (import, line, _("%s: the span covers only the byte order mark; skipped"), entity->id);
              return FALSE;
            }
        }
      entity->start = MIN (entity->start, start);
      entity->end = MAX (entity->end, end);
      if (end > length)
        entity->stale = TRUE;
      if (entity->stale)
        continue;

      /* What Hashiya itself splits at line breaks joins back silently. */
      for (guint j = previous_end; i > 0 && only_line_breaks_between && j < start; j++)
        only_line_breaks_between = _hashiya_brat_is_line_break (hashiya_text_get_char (text, j));
      if (i > 0 && start < previous_end)
        only_line_breaks_between = FALSE;
      previous_end = end;

      slice = hashiya_text_slice (text, start, end);
      g_string_append_printf (shown, "%s%s", i > 0 ? " " : "", slice);
    }

  /* Annotations made on another version of the text: found again by
   * their covered text when placed (see hashiya_import_add_mention()). */
  if (!entity->stale && g_strcmp0 (shown->str, entity->covered) != 0)
    entity->stale = TRUE;
  if (!entity->stale && !only_line_breaks_between)
    report (import, line, _("%s: a discontinuous span, imported as its whole extent %u:%u"),
            entity->id, entity->start, entity->end);
  return TRUE;
}

static void
read_entity (Import      *import,
             guint        line,
             char       **fields)
{
  Entity *entity;
  const char *space;

  if (g_strv_length (fields) < 3 || (space = strchr (fields[1], ' ')) == NULL)
    {
      report (import, line, _("cannot read this entity line; skipped"));
      return;
    }
  if (g_hash_table_contains (import->entities, fields[0]))
    {
      report (import, line, _("%s is defined twice; the second is skipped"), fields[0]);
      return;
    }

  entity = g_new0 (Entity, 1);
  entity->id = g_strdup (fields[0]);
  entity->line = line;
  entity->label = g_strndup (fields[1], space - fields[1]);
  entity->covered = g_strdup (fields[2]);
  entity->type = HASHIYA_MENTION_TYPE_NAME;
  if (!parse_fragments (import, line, space + 1, entity))
    {
      entity_free (entity);
      return;
    }
  g_hash_table_insert (import->entities, entity->id, entity);
  g_ptr_array_add (import->order, entity);
}

static Entity *
lookup_entity (Import     *import,
               guint       line,
               const char *id,
               const char *what)
{
  Entity *entity = id != NULL ? g_hash_table_lookup (import->entities, id) : NULL;

  if (entity == NULL)
    report (import, line, _("%s refers to “%s”, which is not an imported entity; skipped"),
            what, id != NULL ? id : "");
  return entity;
}

/* N: "Reference T1 hashiya:azerbaijan<TAB>Azerbaijan" */
static void
read_reference (Import  *import,
                guint    line,
                char   **fields,
                char   **words)
{
  Entity *entity;

  if (g_strv_length (words) != 3 || g_strcmp0 (words[0], "Reference") != 0)
    {
      report (import, line, _("%s: cannot read this normalisation; skipped"), fields[0]);
      return;
    }
  if ((entity = lookup_entity (import, line, words[1], fields[0])) == NULL)
    return;
  if (!g_str_has_prefix (words[2], "hashiya:"))
    {
      report (import, line, _("%s: “%s” is not a Hashiya actor (hashiya:ID); %s finds its actor by its text"),
              fields[0], words[2], words[1]);
      if (entity->actor == NULL && fields[2] != NULL && *fields[2] != '\0')
        {
          g_free (entity->actor_name);
          entity->actor_name = g_strdup (fields[2]);
        }
      return;
    }
  if (!hashiya_actor_is_valid_id (words[2] + strlen ("hashiya:")))
    {
      report (import, line, _("%s: “%s” is not a valid actor id; %s finds its actor by its text"),
              fields[0], words[2], words[1]);
      return;
    }
  g_free (entity->actor);
  g_free (entity->actor_name);
  entity->actor = g_strdup (words[2] + strlen ("hashiya:"));
  entity->actor_name = g_strdup (fields[1] != NULL && fields[2] != NULL ? fields[2] : NULL);
}

/* A: "MentionType T1 name" or "Suggested T1" */
static void
read_attribute (Import  *import,
                guint    line,
                char   **fields,
                char   **words)
{
  guint n_words = g_strv_length (words);
  Entity *entity;

  if (n_words >= 2 && g_strcmp0 (words[0], "MentionType") == 0 && n_words == 3)
    {
      if ((entity = lookup_entity (import, line, words[1], fields[0])) == NULL)
        return;
      if (!hashiya_enum_from_nick (HASHIYA_TYPE_MENTION_TYPE, words[2], &entity->type))
        report (import, line, _("%s: unknown mention type “%s”; kept as “name”"), fields[0], words[2]);
    }
  else if (n_words == 2 && g_strcmp0 (words[0], "Suggested") == 0)
    {
      if ((entity = lookup_entity (import, line, words[1], fields[0])) != NULL)
        entity->suggested = TRUE;
    }
  else
    report (import, line, _("%s: the attribute “%s” is not one Hashiya knows; skipped"),
            fields[0], words[0] != NULL ? words[0] : "");
}

static HashiyaMention *
mention_for (Import *import,
             Entity *entity)
{
  g_autofree char *id = hashiya_document_new_mention_id (import->document);
  HashiyaMention *mention = hashiya_mention_new (id, entity->start, entity->end, entity->actor);

  hashiya_mention_set_mention_type (mention, entity->type);
  if (entity->suggested)
    hashiya_mention_set_status (mention, HASHIYA_MENTION_STATUS_SUGGESTED);
  if (entity->note != NULL)
    hashiya_mention_set_note (mention, entity->note);
  if (entity->stale)
    hashiya_mention_set_quote (mention, entity->covered, NULL, NULL);
  else
    hashiya_document_fill_quote (import->document, mention);
  return mention;
}

/* Each entity becomes a mention of the actor its N line names, or else
 * of the actor its text names, or else of a new actor of its type;
 * placed (or, for a .ann made on another version of the text,
 * re-anchored) by the shared importer. An event's trigger is a word of
 * the event, not an actor's mention. */
static void
add_mentions (Import *import)
{
  for (guint i = 0; i < import->order->len; i++)
    {
      Entity *entity = g_ptr_array_index (import->order, i);
      g_autoptr(HashiyaMention) mention = NULL;
      const char *actor;

      if (entity->relation_trigger)
        continue;
      if (entity->trigger_of != NULL)
        {
          report (import, entity->line, _("%s (%s “%s”) is the trigger of the event %s, not an actor; skipped"),
                  entity->id, entity->label, entity->covered, entity->trigger_of);
          continue;
        }
      actor = hashiya_import_resolve_actor (import->shared, entity->line, entity->actor, entity->label,
                                            entity->actor_name, entity->covered);
      if (actor == NULL)
        {
          report (import, entity->line, _("%s has no text to find its actor by; skipped"), entity->id);
          continue;
        }
      g_free (entity->actor);
      entity->actor = g_strdup (actor);
      mention = mention_for (import, entity);
      hashiya_import_keep_label (import->shared, mention, entity->label);
      entity->mention_id = g_strdup (hashiya_mention_get_id (mention));
      hashiya_import_add_mention (import->shared, entity->line, entity->id, mention);
    }
  hashiya_import_place (import->shared);
}

/* The entity an argument of LINK names: one imported as a mention. */
static Entity *
link_argument (Import     *import,
               guint       line,
               const char *link_id,
               const char *argument)
{
  const char *colon = strchr (argument, ':');
  const char *id = colon != NULL ? colon + 1 : "";
  g_autofree char *role = g_strndup (argument, colon != NULL ? (gsize) (colon - argument) : strlen (argument));
  Entity *entity = g_hash_table_lookup (import->entities, id);

  if (entity == NULL && id[0] == 'T')
    report (import, line, _("%s: its %s “%s” names no entity of the file; skipped"), link_id, role, id);
  else if (entity == NULL)
    report (import, line, _("%s: its %s “%s” is not an entity; skipped"), link_id, role, id);
  else if (entity->trigger_of != NULL)
    report (import, line, _("%s: its %s “%s” is the trigger of the event %s, not a mention; skipped"),
            link_id, role, id, entity->trigger_of);
  else
    return entity;
  return NULL;
}

static Link *
add_link (Import     *import,
          guint       line,
          const char *id,
          const char *type,
          Entity     *source,
          Entity     *target)
{
  Link *link;

  if (g_hash_table_contains (import->links, id))
    {
      report (import, line, _("%s is defined twice; the second is skipped"), id);
      return NULL;
    }
  link = g_new0 (Link, 1);
  link->id = g_strdup (id);
  link->line = line;
  link->type = g_strdup (type);
  link->source = source;
  link->target = target;
  link->modality = HASHIYA_MODALITY_ASSERTED;
  g_hash_table_insert (import->links, link->id, link);
  g_ptr_array_add (import->link_order, link);
  return link;
}

/* R: "consult Arg1:T1 Arg2:T2": a relation from the first argument's
 * mention to the second's. */
static void
read_relation (Import  *import,
               guint    line,
               char   **fields,
               char   **words)
{
  Entity *source, *target;

  if (g_strv_length (words) < 3 || *words[0] == '\0')
    {
      report (import, line, _("%s: a relation needs a type and two arguments (TYPE Arg1:T1 Arg2:T2); skipped"),
              fields[0]);
      return;
    }
  if (g_strv_length (words) > 3 || strchr (words[1], ':') == NULL || strchr (words[2], ':') == NULL)
    {
      report (import, line, _("%s: cannot read this relation (TYPE Arg1:T1 Arg2:T2); skipped"), fields[0]);
      return;
    }
  if ((source = link_argument (import, line, fields[0], words[1])) == NULL ||
      (target = link_argument (import, line, fields[0], words[2])) == NULL)
    return;
  add_link (import, line, fields[0], words[0], source, target);
}

/* E: "Merge-org:T2 Org-Arg:T1 Org-Arg2:T3": T2 is the trigger. An event
 * of two entities is a relation, its trigger the relation's: from its
 * Source to its Target, or else from its first argument to its second.
 * The trigger of any other event is a word of it, not a mention. */
static void
read_event (Import  *import,
            guint    line,
            char   **fields,
            char   **words)
{
  const char *colon = words[0] != NULL ? strchr (words[0], ':') : NULL;
  Entity *trigger = colon != NULL ? g_hash_table_lookup (import->entities, colon + 1) : NULL;
  g_autofree char *type = colon != NULL ? g_strndup (words[0], colon - words[0]) : NULL;
  guint n_arguments = g_strv_length (words) - (words[0] != NULL ? 1 : 0);
  Entity *source, *target;
  Link *link;

  if (trigger != NULL && trigger->trigger_of == NULL)
    trigger->trigger_of = g_strdup (fields[0]);
  if (trigger == NULL)
    {
      report (import, line, _("%s: an event without a trigger entity (TYPE:T1 ROLE:T2 …); skipped"), fields[0]);
      return;
    }
  if (n_arguments != 2)
    {
      report (import, line, ngettext ("%s: an event of %u argument is not a relation between two mentions; skipped",
                                      "%s: an event of %u arguments is not a relation between two mentions; skipped",
                                      n_arguments),
              fields[0], n_arguments);
      return;
    }
  if ((source = link_argument (import, line, fields[0], words[1])) == NULL ||
      (target = link_argument (import, line, fields[0], words[2])) == NULL)
    return;
  if (g_str_has_prefix (words[1], "Target:") && g_str_has_prefix (words[2], "Source:"))
    link = add_link (import, line, fields[0], type, target, source);
  else
    link = add_link (import, line, fields[0], type, source, target);
  if (link == NULL)
    return;
  link->trigger = trigger;
  trigger->relation_trigger = TRUE;
}

/* "mode=host modality=future negated=true status=suggested note=…",
 * the relation gold's notation: a value may be quoted ("mode=\"by
 * phone\""); whatever is not one of these is the note, to the end of the
 * line. */
static void
read_link_note (Import     *import,
                guint       line,
                const char *id,
                Link       *link,
                const char *text)
{
  const char *p = text;

  link->noted = TRUE;
  while (*p != '\0')
    {
      const char *equals;
      g_autofree char *key = NULL;
      g_autoptr(GString) value = g_string_new (NULL);

      while (*p == ' ')
        p++;
      equals = p;
      while (g_ascii_isalpha (*equals))
        equals++;
      key = g_strndup (p, equals - p);
      if (*p == '\0')
        break;
      if (*equals != '=' || !(g_str_equal (key, "mode") || g_str_equal (key, "modality") ||
                              g_str_equal (key, "negated") || g_str_equal (key, "status") ||
                              g_str_equal (key, "note")))
        {
          /* Free text, as a colleague writes it. */
          g_free (link->note);
          link->note = g_strdup (p);
          return;
        }
      p = equals + 1;
      if (g_str_equal (key, "note"))
        {
          g_free (link->note);
          link->note = *p != '\0' ? g_strdup (p) : NULL;
          return;
        }
      if (*p == '"')
        {
          for (p++; *p != '\0' && *p != '"'; p++)
            {
              if (*p == '\\' && p[1] != '\0')
                p++;
              g_string_append_c (value, *p);
            }
          if (*p == '"')
            p++;
        }
      else
        for (; *p != '\0' && *p != ' '; p++)
          g_string_append_c (value, *p);

      if (g_str_equal (key, "mode"))
        {
          g_free (link->mode);
          link->mode = value->len > 0 ? g_strdup (value->str) : NULL;
        }
      else if (g_str_equal (key, "modality"))
        {
          if (!hashiya_enum_from_nick (HASHIYA_TYPE_MODALITY, value->str, &link->modality))
            report (import, line, _("%s: unknown modality “%s” (asserted, future or hypothetical); kept as “asserted”"),
                    id, value->str);
        }
      else if (g_str_equal (key, "negated"))
        {
          if (g_str_equal (value->str, "true") || g_str_equal (value->str, "false"))
            link->negated = g_str_equal (value->str, "true");
          else
            report (import, line, _("%s: “negated=%s” is neither true nor false; kept as false"), id, value->str);
        }
      else if (g_str_equal (value->str, "suggested") || g_str_equal (value->str, "accepted"))
        link->suggested = g_str_equal (value->str, "suggested");
      else
        report (import, line, _("%s: unknown status “%s” (accepted or suggested); kept as “accepted”"), id, value->str);
    }
}

/* #: "AnnotatorNotes T1<TAB>the note": the mention's note; on an R line
 * or an event read as a relation, its mode, modality, negation, status
 * and note (see read_link_note()). */
static void
read_note (Import  *import,
           guint    line,
           char   **fields,
           char   **words)
{
  Entity *entity;
  Link *link;

  if (g_strv_length (words) != 2 || g_strcmp0 (words[0], "AnnotatorNotes") != 0 || fields[2] == NULL)
    {
      report (import, line, _("%s: cannot read this note; skipped"), fields[0]);
      return;
    }
  if (words[1][0] == 'R' || words[1][0] == 'E')
    {
      if ((link = g_hash_table_lookup (import->links, words[1])) == NULL)
        report (import, line, _("%s: a note on %s, which is not an imported relation; skipped"), fields[0], words[1]);
      else
        read_link_note (import, line, fields[0], link, fields[2]);
      return;
    }
  if (words[1][0] != 'T')
    {
      report (import, line, _("%s: only notes on entities and relations are imported; skipped"), fields[0]);
      return;
    }
  if ((entity = lookup_entity (import, line, words[1], fields[0])) == NULL)
    return;
  g_free (entity->note);
  entity->note = g_strdup (fields[2]);
}

/* An event of two entities and an R line of the same type between them
 * are one relation: the event lends it its trigger (and its note, when
 * the R line has none). */
static void
merge_events (Import *import)
{
  for (guint i = 0; i < import->link_order->len; i++)
    {
      Link *event = g_ptr_array_index (import->link_order, i);
      HashiyaRelationType *type;

      if (event->trigger == NULL || event->type_id == NULL)
        continue;
      type = hashiya_relation_catalog_lookup (hashiya_document_get_relation_catalog (import->document), event->type_id);
      for (guint j = 0; j < import->link_order->len; j++)
        {
          Link *relation = g_ptr_array_index (import->link_order, j);

          if (relation->trigger != NULL || relation->merged || g_strcmp0 (relation->type_id, event->type_id) != 0 ||
              !((relation->source == event->source && relation->target == event->target) ||
                (hashiya_relation_type_get_mutual (type) &&
                 relation->source == event->target && relation->target == event->source)))
            continue;
          relation->trigger = event->trigger;
          if (!relation->noted && event->noted)
            {
              relation->noted = TRUE;
              relation->mode = g_steal_pointer (&event->mode);
              relation->negated = event->negated;
              relation->modality = event->modality;
              relation->suggested = event->suggested;
              relation->note = g_steal_pointer (&event->note);
            }
          event->merged = TRUE;
          break;
        }
    }
}

/* The trigger of an event read as a relation, where it is in the text. */
static gboolean
link_trigger (Import *import,
              Link   *link,
              guint  *start,
              guint  *end)
{
  HashiyaText *text = hashiya_document_get_text (import->document);
  Entity *trigger = link->trigger;

  if (trigger == NULL)
    return FALSE;
  if (trigger->stale)
    report (import, link->line, _("%s: its trigger %s “%s” is not at %u:%u of the text; the relation is kept without it"),
            link->id, trigger->id, trigger->covered, trigger->start, trigger->end);
  else if (!hashiya_text_is_boundary (text, trigger->start) || !hashiya_text_is_boundary (text, trigger->end))
    report (import, link->line, _("%s: its trigger %s splits a letter from its marks; the relation is kept without it"),
            link->id, trigger->id);
  else
    {
      *start = trigger->start;
      *end = trigger->end;
      return TRUE;
    }
  return FALSE;
}

/* Each R line, and each event of two entities that is no R line's
 * trigger, becomes a relation between the mentions of its entities, of
 * the type of the relation catalogue its type names (added to it when
 * it has none). */
static void
add_relations (Import *import)
{
  for (guint i = 0; i < import->link_order->len; i++)
    {
      Link *link = g_ptr_array_index (import->link_order, i);

      link->type_id = hashiya_import_resolve_relation_type (import->shared, link->line, link->id, link->type);
    }
  merge_events (import);

  for (guint i = 0; i < import->link_order->len; i++)
    {
      Link *link = g_ptr_array_index (import->link_order, i);
      g_autoptr(HashiyaRelation) relation = NULL;
      g_autofree char *id = NULL;
      guint start, end;

      if (link->type_id == NULL || link->merged)
        continue;
      if (!hashiya_import_was_imported (import->shared, link->source->mention_id) ||
          !hashiya_import_was_imported (import->shared, link->target->mention_id))
        {
          Entity *lost = hashiya_import_was_imported (import->shared, link->source->mention_id) ? link->target
                                                                                                : link->source;

          report (import, link->line, _("%s: its argument %s was not imported; skipped"), link->id, lost->id);
          continue;
        }
      id = hashiya_document_new_relation_id (import->document);
      relation = hashiya_relation_new (id, link->type_id, link->source->mention_id, link->target->mention_id);
      if (link_trigger (import, link, &start, &end))
        hashiya_relation_set_trigger (relation, start, end);
      hashiya_relation_set_mode (relation, link->mode);
      hashiya_relation_set_negated (relation, link->negated);
      hashiya_relation_set_modality (relation, link->modality);
      if (link->suggested)
        hashiya_relation_set_status (relation, HASHIYA_MENTION_STATUS_SUGGESTED);
      hashiya_relation_set_note (relation, link->note);
      hashiya_import_add_relation (import->shared, link->line, link->id, relation);
    }
}

typedef void (*LineReader) (Import *import, guint line, char **fields, char **words);

/* Calls READ on each line whose id starts with PREFIX. */
static void
for_each_line (Import      *import,
               char       **lines,
               char         prefix,
               LineReader   read)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) words = NULL;

      if (lines[i][0] != prefix)
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      if (fields[1] == NULL)
        {
          report (import, i + 1, _("cannot read this line (no tab after “%s”); skipped"), fields[0]);
          continue;
        }
      words = g_strsplit (fields[1], " ", -1);
      read (import, i + 1, fields, words);
    }
}

static void
read_entity_line (Import  *import,
                  guint    line,
                  char   **fields,
                  char   **words G_GNUC_UNUSED)
{
  read_entity (import, line, fields);
}

static void
report_unsupported (Import *import,
                    char  **lines)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *what;

      switch (lines[i][0])
        {
        case '\0': case 'T': case 'N': case 'A': case '#': case 'R': case 'E':
          continue;
        case '*': what = _("equivalences are not imported"); break;
        case 'M': what = _("modifications are not imported"); break;
        default: what = _("cannot read this line"); break;
        }
      report (import, i + 1, _("%s; skipped"), what);
    }
}

static char **
split_ann_lines (GBytes      *ann,
                 const char  *display_name,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (ann, &size);
  g_autofree char *copy = NULL;
  char **lines;

  if (size == 0)  /* a document with no annotations yet */
    return g_new0 (char *, 1);
  if (!hashiya_utf8_check (data, size, &local_error))
    {
      g_set_error (error, HASHIYA_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }

  copy = g_strndup (data, size);
  lines = g_strsplit (copy, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_strchomp (lines[i]);  /* CRLF .ann files; no field ends in blanks */
  return lines;
}

/**
 * hashiya_brat_read_ann:
 * @document: a document with its text and catalogue, and no mentions yet
 * @ann: the contents of a .ann file on that text
 * @display_name: the file's name, for messages
 * @problems: (out): "NAME:LINE: message" for each thing not imported
 *
 * Adds the mentions and relations of a brat standoff file to @document.
 * Entities become mentions: of the Hashiya actor an N line names, else
 * of the actor their text names (hashiya_import_resolve_actor()), else
 * of a new actor of their type; the actors added are listed in
 * @problems. Offsets count the byte order mark of a text that had one,
 * as brat does. What cannot be read (events, spans that disagree with
 * the text …) is skipped and listed in @problems, never silently
 * dropped.
 *
 * Returns: %FALSE, with @error set, when @ann is not UTF-8
 */
gboolean
hashiya_brat_read_ann (HashiyaDocument  *document,
                       GBytes           *ann,
                       const char       *display_name,
                       GPtrArray       **problems,
                       GError          **error)
{
  g_autoptr(GHashTable) entities = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) links = NULL;
  g_autoptr(GPtrArray) link_order = NULL;
  g_auto(GStrv) lines = NULL;
  Import import = { 0 };

  g_return_val_if_fail (HASHIYA_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (ann != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  if ((lines = split_ann_lines (ann, display_name, error)) == NULL)
    return FALSE;

  entities = g_hash_table_new (g_str_hash, g_str_equal);
  order = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  import.display = display_name;
  import.document = document;
  import.entities = entities;
  import.order = order;
  import.shared = hashiya_import_new (document, display_name);
  links = g_hash_table_new (g_str_hash, g_str_equal);
  link_order = g_ptr_array_new_with_free_func ((GDestroyNotify) link_free);
  import.links = links;
  import.link_order = link_order;

  for_each_line (&import, lines, 'T', read_entity_line);
  for_each_line (&import, lines, 'E', read_event);
  for_each_line (&import, lines, 'R', read_relation);
  for_each_line (&import, lines, 'N', read_reference);
  for_each_line (&import, lines, 'A', read_attribute);
  for_each_line (&import, lines, '#', read_note);
  add_mentions (&import);
  add_relations (&import);
  report_unsupported (&import, lines);

  *problems = hashiya_import_finish (import.shared);
  hashiya_import_free (import.shared);
  return TRUE;
}

/**
 * hashiya_brat_text_path:
 *
 * "dir/article.ann" → "dir/article.txt": where brat keeps the text.
 *
 * Returns: (transfer full): the path of the text beside @ann_path
 */
char *
hashiya_brat_text_path (const char *ann_path)
{
  gsize length;

  g_return_val_if_fail (ann_path != NULL, NULL);

  length = strlen (ann_path);
  if (g_str_has_suffix (ann_path, ".ann"))
    length -= strlen (".ann");
  return g_strdup_printf ("%.*s.txt", (int) length, ann_path);
}

/**
 * hashiya_brat_import:
 * @ann_path: the .ann file
 * @txt_path: the .txt file it annotates
 * @catalog: (nullable): the actors; the default catalogue when %NULL
 * @problems: (out): "ANN_PATH:LINE: message" for each thing not imported
 *
 * Reads a brat standoff document: see hashiya_brat_read_ann().
 */
HashiyaDocument *
hashiya_brat_import (const char       *ann_path,
                     const char       *txt_path,
                     HashiyaCatalog   *catalog,
                     GPtrArray       **problems,
                     GError          **error)
{
  g_autoptr(HashiyaDocument) document = NULL;
  g_autoptr(GBytes) ann = NULL;

  g_return_val_if_fail (ann_path != NULL, NULL);
  g_return_val_if_fail (txt_path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if ((document = hashiya_document_new_from_text_file (txt_path, catalog, error)) == NULL ||
      (ann = hashiya_file_read_limited (ann_path, (guint64) HASHIYA_DOCUMENT_MAX_MIB * 1024 * 1024, error)) == NULL ||
      !hashiya_brat_read_ann (document, ann, ann_path, problems, error))
    return NULL;

  return g_steal_pointer (&document);
}
