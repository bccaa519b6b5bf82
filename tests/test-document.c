/* test-document.c — mentions, actors, checks, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "hashiya-test-util.h"

static guint
find_offset (HashiyaDocument *document,
             const char      *needle)
{
  const char *data = hashiya_text_get_data (hashiya_document_get_text (document), NULL);
  const char *at = strstr (data, needle);

  g_assert_nonnull (at);
  return (guint) g_utf8_strlen (data, at - data);
}

static void
test_document_annotate (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(GError) error = NULL;
  HashiyaMention *mention;

  g_assert_false (hashiya_document_get_modified (document));
  hashiya_document_set_author (document, "Layla");
  mention = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mention);
  g_assert_cmpstr (hashiya_mention_get_id (mention), ==, "m1");
  g_assert_cmpstr (hashiya_mention_get_quote_exact (mention), ==, "أذربيجان");
  /* The context is the text's, not a copy kept in every mention. */
  g_assert_null (hashiya_mention_get_quote_prefix (mention));
  {
    g_autofree char *prefix = NULL;
    g_autofree char *suffix = NULL;

    hashiya_document_dup_quote_context (document, mention, &prefix, &suffix);
    g_assert_cmpstr (prefix, ==, "ية المشتركة بين القوات المسلحة ل");
    g_assert_cmpuint (g_utf8_strlen (suffix, -1), ==, HASHIYA_QUOTE_CONTEXT);
  }
  g_assert_cmpstr (hashiya_mention_get_author (mention), ==, "Layla");
  g_assert_true (hashiya_timestamp_is_valid (hashiya_mention_get_created (mention)));
  g_assert_cmpint (hashiya_mention_get_status (mention), ==, HASHIYA_MENTION_STATUS_ACCEPTED);
  g_assert_true (hashiya_document_get_modified (document));
  g_assert_true (hashiya_document_lookup_mention (document, "m1") == mention);
  g_assert_cmpuint (hashiya_document_count_mentions (document, "azerbaijan"), ==, 1);

  /* Nested: the ministry and the state adjective inside it. */
  g_assert_nonnull (hashiya_document_annotate (document, 262, 287, "azerbaijan-mod",
                                               HASHIYA_MENTION_TYPE_NAME, &error));
  g_assert_nonnull (hashiya_document_annotate (document, 275, 287, "azerbaijan",
                                               HASHIYA_MENTION_TYPE_ADJECTIVE, &error));
  /* The same span may name two actors. */
  g_assert_nonnull (hashiya_document_annotate (document, 79, 87, "nakhchivan",
                                               HASHIYA_MENTION_TYPE_OTHER, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 4);
}

static void
test_document_order (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  GListModel *mentions = hashiya_document_get_mentions (document);
  guint spans[][2] = { { 2811, 2816 }, { 79, 87 }, { 275, 287 }, { 262, 287 }, { 89, 94 } };
  guint expected[] = { 79, 89, 262, 275, 2811 };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    g_assert_nonnull (hashiya_document_annotate (document, spans[i][0], spans[i][1], "iran",
                                                 HASHIYA_MENTION_TYPE_NAME, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, i);
      g_assert_cmpuint (hashiya_mention_get_start (mention), ==, expected[i]);
    }
  g_assert_cmpuint (hashiya_document_find_first_at (document, 90), ==, 2);
  g_assert_cmpuint (hashiya_document_find_first_at (document, 5000), ==, 5);
}

static void
test_document_refuses (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  guint shadda = find_offset (document, "سمّته") + 2;
  g_autofree char *split_start = g_strdup_printf ("start %u splits a letter from its marks (use %u or %u)",
                                                  shadda, shadda - 1, shadda + 1);
  struct {
    guint       start;
    guint       end;
    const char *actor;
    int         code;
    const char *message;
  } cases[] = {
    { 90, 87, "azerbaijan", HASHIYA_ERROR_INVALID, "start 90 is after end 87" },
    { 87, 87, "azerbaijan", HASHIYA_ERROR_INVALID, "the span 87:87 is empty" },
    { 79, 3000, "azerbaijan", HASHIYA_ERROR_INVALID,
      "end 3000 is past the end of the text (2849 characters)" },
    { 79, 87, "atlantis", HASHIYA_ERROR_NOT_FOUND, "actor \"atlantis\" is not in the catalogue" },
    { shadda, shadda + 3, "azerbaijan", HASHIYA_ERROR_INVALID, split_start },
    { 79, 87, "azerbaijan", HASHIYA_ERROR_DUPLICATE,
      "79:87 is already a mention of \"azerbaijan\" (m1); the same span and actor cannot be annotated twice" },
  };

  g_assert_nonnull (hashiya_document_annotate (document, 79, 87, "azerbaijan",
                                               HASHIYA_MENTION_TYPE_NAME, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HashiyaMention *mention = hashiya_document_annotate (document, cases[i].start, cases[i].end,
                                                           cases[i].actor, HASHIYA_MENTION_TYPE_NAME,
                                                           &error);

      g_assert_null (mention);
      g_assert_error (error, HASHIYA_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  /* Nothing refused left a trace. */
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  g_assert_true (hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document)));
  g_assert_false (hashiya_undo_stack_get_can_undo (hashiya_document_get_undo_stack (document)));
}

static char *
describe (HashiyaDocument *document)
{
  GListModel *mentions = hashiya_document_get_mentions (document);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
    {
      g_autoptr(HashiyaMention) mention = g_list_model_get_item (mentions, i);

      g_string_append_printf (out, "%s:%u-%u:%s:%s;", hashiya_mention_get_id (mention),
                              hashiya_mention_get_start (mention), hashiya_mention_get_end (mention),
                              hashiya_mention_get_actor (mention),
                              hashiya_mention_get_note (mention) ?: "");
    }

  return g_string_free (out, FALSE);
}

static void
test_document_undo_redo (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HashiyaMention) edit = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaMention *a, *b;

  g_ptr_array_add (states, describe (document));
  a = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, &error);
  g_ptr_array_add (states, describe (document));
  b = hashiya_document_annotate (document, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, &error);
  g_ptr_array_add (states, describe (document));
  g_assert_no_error (error);

  /* Move a mention past another: the list stays in text order. */
  edit = hashiya_mention_copy (a);
  hashiya_mention_set_span (edit, 157, 162);
  hashiya_mention_set_actor (edit, "iran");
  g_assert_true (hashiya_document_update_mention (document, a, edit, &error));
  g_assert_no_error (error);
  g_ptr_array_add (states, describe (document));
  g_assert_cmpstr (g_ptr_array_index (states, 3), ==, "m2:89-94:turkey:;m1:157-162:iran:;");
  g_assert_cmpstr (hashiya_mention_get_quote_exact (a), ==, "طهران");
  g_assert_cmpuint (hashiya_document_count_mentions (document, "azerbaijan"), ==, 0);
  g_assert_cmpuint (hashiya_document_count_mentions (document, "iran"), ==, 1);

  hashiya_document_remove_mention (document, b);
  g_ptr_array_add (states, describe (document));

  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (hashiya_undo_stack_undo (undo));
      now = describe (document);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i - 1));
    }
  g_assert_false (hashiya_undo_stack_undo (undo));
  g_assert_false (hashiya_document_get_modified (document));
  g_assert_cmpuint (hashiya_document_count_mentions (document, "iran"), ==, 0);

  for (guint i = 1; i < states->len; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (hashiya_undo_stack_redo (undo));
      now = describe (document);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
    }
  g_assert_false (hashiya_undo_stack_redo (undo));

  /* A new edit after undo drops what could be redone. */
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_true (hashiya_undo_stack_get_can_redo (undo));
  g_assert_nonnull (hashiya_document_annotate (document, 2811, 2816, "iran", HASHIYA_MENTION_TYPE_CAPITAL, NULL));
  g_assert_false (hashiya_undo_stack_get_can_redo (undo));
}

static void
count_cb (gpointer instance,
          gpointer mention,
          gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_document_modified (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  guint notifications = 0;

  g_signal_connect (document, "notify::modified", G_CALLBACK (count_cb), &notifications);

  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_true (hashiya_document_get_modified (document));
  hashiya_document_mark_saved (document);
  g_assert_false (hashiya_document_get_modified (document));
  hashiya_undo_stack_undo (undo);
  g_assert_true (hashiya_document_get_modified (document));
  hashiya_undo_stack_redo (undo);
  g_assert_false (hashiya_document_get_modified (document));
  g_assert_cmpuint (notifications, ==, 4);
}

static void
test_document_squash (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  const char *notes[] = { "j", "jo", "joi", "join" };
  HashiyaMention *mention;

  mention = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(HashiyaMention) edit = hashiya_mention_copy (mention);

      hashiya_mention_set_note (edit, notes[i]);
      g_assert_true (hashiya_document_update_mention (document, mention, edit, NULL));
    }
  g_assert_cmpstr (hashiya_mention_get_note (mention), ==, "join");

  /* Typing a note is one step, not four. */
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_null (hashiya_mention_get_note (mention));
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 0);
  g_assert_true (hashiya_undo_stack_redo (undo));
  g_assert_true (hashiya_undo_stack_redo (undo));
  g_assert_cmpstr (hashiya_mention_get_note (mention), ==, "join");
}

static void
test_document_actors (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  g_autoptr(HashiyaActor) georgia_mod = hashiya_actor_new ("georgia-mod", HASHIYA_ACTOR_KIND_ORGANIZATION,
                                                           "وزارة الدفاع الجورجية", "Ministry of Defence of Georgia");
  g_autoptr(HashiyaActor) bad = hashiya_actor_new ("azerbaijan", HASHIYA_ACTOR_KIND_STATE, "x", "x");
  g_autoptr(HashiyaActor) renamed = NULL;
  g_autoptr(GError) error = NULL;
  HashiyaActor *azerbaijan = hashiya_catalog_lookup (catalog, "azerbaijan");
  guint n_actors = hashiya_catalog_get_n_actors (catalog);
  const char *aliases[] = { "وزارة الدفاع في جورجيا", NULL };

  g_assert_false (hashiya_document_add_actor (document, bad, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "actor \"azerbaijan\" is in the catalogue twice");
  g_clear_error (&error);

  g_assert_true (hashiya_document_add_actor (document, georgia_mod, &error));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, n_actors + 1);

  renamed = hashiya_actor_copy (georgia_mod);
  hashiya_actor_set_aliases (renamed, aliases);
  hashiya_actor_set_color (renamed, "not a colour");
  g_assert_false (hashiya_document_update_actor (document, georgia_mod, renamed, &error));
  g_assert_cmpstr (error->message, ==, "actor \"georgia-mod\": colour \"not a colour\" is not of the form #rrggbb");
  g_clear_error (&error);
  hashiya_actor_set_color (renamed, "#00aa88");
  g_assert_true (hashiya_document_update_actor (document, georgia_mod, renamed, &error));
  g_assert_cmpstr (hashiya_actor_get_aliases (georgia_mod)[0], ==, aliases[0]);
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_null (hashiya_actor_get_aliases (georgia_mod)[0]);
  g_assert_null (hashiya_actor_get_color (georgia_mod));

  /* Removing an actor takes its mentions along, and undo brings all back. */
  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_document_annotate (document, 89, 94, "turkey", HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_document_annotate (document, 225, 233, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  g_object_ref (azerbaijan);
  g_assert_true (hashiya_document_remove_actor (document, azerbaijan, &error));
  g_assert_no_error (error);
  g_assert_null (hashiya_catalog_lookup (catalog, "azerbaijan"));
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 1);
  g_assert_cmpstr (hashiya_undo_stack_get_undo_label (undo), ==, "Remove actor");
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_true (hashiya_catalog_lookup (catalog, "azerbaijan") == azerbaijan);
  g_assert_true (hashiya_catalog_get_actor (catalog, 0) == azerbaijan);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 3);
  g_assert_cmpuint (hashiya_document_count_mentions (document, "azerbaijan"), ==, 2);
  g_object_unref (azerbaijan);
}

static void
count_changed_cb (HashiyaDocument *document,
                  HashiyaMention  *mention,
                  HashiyaMention  *before,
                  gpointer         user_data)
{
  g_assert_cmpint (hashiya_mention_get_mention_type (before), ==, HASHIYA_MENTION_TYPE_NAME);
  g_assert_cmpint (hashiya_mention_get_mention_type (mention), ==, HASHIYA_MENTION_TYPE_OTHER);
  (*(guint *) user_data)++;
}

static void
test_document_signals (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  g_autoptr(HashiyaMention) edit = NULL;
  guint added = 0, removed = 0, changed = 0;
  HashiyaMention *mention;

  g_signal_connect (document, "mention-added", G_CALLBACK (count_cb), &added);
  g_signal_connect (document, "mention-removed", G_CALLBACK (count_cb), &removed);
  g_signal_connect (document, "mention-changed", G_CALLBACK (count_changed_cb), &changed);

  mention = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  edit = hashiya_mention_copy (mention);
  hashiya_mention_set_mention_type (edit, HASHIYA_MENTION_TYPE_OTHER);
  hashiya_document_update_mention (document, mention, edit, NULL);
  /* An update that changes nothing is no step and no signal. */
  hashiya_document_update_mention (document, mention, edit, NULL);
  hashiya_document_remove_mention (document, mention);
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));

  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_document_finalizes (void)
{
  HashiyaDocument *document = hashiya_test_sample_document ();

  hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document));
  g_assert_finalize_object (document);
}

typedef struct
{
  HashiyaDocument *document;
  char            *before;
  char            *after;
} ContextSeen;

static void
context_items_changed_cb (GListModel  *mentions,
                          guint        position,
                          guint        removed,
                          guint        added,
                          ContextSeen *seen)
{
  g_autoptr(HashiyaMention) mention = NULL;

  if (added == 0)
    return;
  mention = g_list_model_get_item (mentions, position);
  g_clear_pointer (&seen->before, g_free);
  g_clear_pointer (&seen->after, g_free);
  hashiya_document_dup_quote_context (seen->document, mention, &seen->before, &seen->after);
}

/* A list showing the mentions asks for a new one's context as soon as
 * the list tells of it: the document has it by then. */
static void
test_document_context_while_added (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  ContextSeen seen = { document, NULL, NULL };
  HashiyaMention *mention;

  g_signal_connect (hashiya_document_get_mentions (document), "items-changed",
                    G_CALLBACK (context_items_changed_cb), &seen);
  mention = hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL);
  g_assert_nonnull (mention);
  g_assert_true (g_str_has_suffix (seen.before, "المشتركة بين القوات المسلحة ل"));
  g_assert_true (g_str_has_prefix (seen.after, " وتركيا في إطار"));

  /* Undo and redo put it back the same way. */
  g_assert_true (hashiya_undo_stack_undo (hashiya_document_get_undo_stack (document)));
  g_clear_pointer (&seen.before, g_free);
  g_assert_true (hashiya_undo_stack_redo (hashiya_document_get_undo_stack (document)));
  g_assert_true (g_str_has_suffix (seen.before, "المسلحة ل"));

  g_signal_handlers_disconnect_by_data (hashiya_document_get_mentions (document), &seen);
  g_free (seen.before);
  g_free (seen.after);
}

/* A new actor's id is made from its name: a slug of the English name, or
 * of the Arabic spelt in Latin letters, unique in the catalogue. */
static void
test_document_actor_ids (void)
{
  g_autoptr(HashiyaCatalog) catalog = hashiya_catalog_new_default ();
  static const char * const cases[][3] = {
    { "Ministry of Defence of Georgia", "وزارة الدفاع الجورجية", "ministry-of-defence-of-georgia" },
    { "  Recep Tayyip Erdoğan! ", NULL, "recep-tayyip-erdogan-2" },
    { "Azerbaijan", NULL, "azerbaijan-2" },
    { NULL, "قطر", "qtr" },
    { "", "وزارة الخارجية الإيرانية", "wzara-alkharjya-aliyranya" },
    { NULL, "صيغة ٣+٣", "sygha-3-3" },
    { "--- & ---", "؟", "actor" },
    { "G7", NULL, "g7" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = hashiya_catalog_make_id (catalog, cases[i][0], cases[i][1]);

      g_assert_cmpstr (id, ==, cases[i][2]);
      g_assert_true (hashiya_actor_is_valid_id (id));
    }
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *n)
{
  (*n)++;
}

/* Another catalogue in place of the document's: one undo step, and the
 * actors that mentions still use are kept. */
static void
test_document_replace_catalog (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaCatalog *catalog = hashiya_document_get_catalog (document);
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  g_autoptr(HashiyaCatalog) mine = hashiya_catalog_new ("Mine");
  g_autoptr(HashiyaActor) egypt = hashiya_actor_new ("egypt", HASHIYA_ACTOR_KIND_STATE, "مصر", "Egypt");
  g_autoptr(HashiyaActor) azerbaijan = hashiya_actor_new ("azerbaijan", HASHIYA_ACTOR_KIND_STATE, "أذربيجان", "Azerbaijan");
  g_auto(GStrv) kept = NULL;
  guint changes = 0;

  hashiya_actor_set_color (azerbaijan, "#000080");
  g_assert_true (hashiya_catalog_insert (mine, 0, egypt, NULL));
  g_assert_true (hashiya_catalog_insert (mine, 1, azerbaijan, NULL));
  g_assert_nonnull (hashiya_document_annotate (document, 79, 87, "azerbaijan", HASHIYA_MENTION_TYPE_NAME, NULL));
  g_assert_nonnull (hashiya_document_annotate (document, 249, 254, "iran", HASHIYA_MENTION_TYPE_NAME, NULL));
  g_signal_connect (catalog, "items-changed", G_CALLBACK (count_items_changed_cb), &changes);

  kept = hashiya_document_replace_catalog (document, mine);
  g_assert_cmpuint (g_strv_length (kept), ==, 1);
  g_assert_cmpstr (kept[0], ==, "iran");
  g_assert_true (hashiya_document_get_catalog (document) == catalog);
  g_assert_cmpstr (hashiya_catalog_get_name (catalog), ==, "Mine");
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 3);
  g_assert_cmpstr (hashiya_actor_get_id (hashiya_catalog_get_actor (catalog, 0)), ==, "egypt");
  g_assert_cmpstr (hashiya_actor_get_color (hashiya_catalog_lookup (catalog, "azerbaijan")), ==, "#000080");
  g_assert_nonnull (hashiya_catalog_lookup (catalog, "iran"));
  g_assert_null (hashiya_catalog_lookup (catalog, "turkey"));
  g_assert_cmpuint (changes, ==, 1);
  /* The document took a copy: the catalogue given stays as it was. */
  g_assert_cmpuint (hashiya_catalog_get_n_actors (mine), ==, 2);
  g_assert_true (hashiya_document_get_modified (document));

  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 24);
  g_assert_cmpstr (hashiya_catalog_get_name (catalog), ==, "3+3 South Caucasus talks");
  g_assert_null (hashiya_catalog_lookup (catalog, "egypt"));
  g_assert_true (hashiya_undo_stack_redo (undo));
  g_assert_cmpuint (hashiya_catalog_get_n_actors (catalog), ==, 3);
  g_assert_cmpuint (hashiya_document_get_n_mentions (document), ==, 2);
  g_signal_handlers_disconnect_by_data (catalog, &changes);
}

static void
count_changes_cb (gpointer  object,
                  guint    *count)
{
  (*count)++;
}

/* The title, source, date, URL and tags: each edit one undo step (typing
 * a title one step), each checked, each said with ::metadata-changed. */
static void
test_document_metadata (void)
{
  g_autoptr(HashiyaDocument) document = hashiya_test_sample_document ();
  HashiyaUndoStack *undo = hashiya_document_get_undo_stack (document);
  const char *titles[] = { "م", "منا", "مناورات" };
  const char *tags[] = { "3+3", "drills", NULL };
  const char *twice[] = { "a", "a", NULL };
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  g_signal_connect (document, "metadata-changed", G_CALLBACK (count_changes_cb), &changed);
  g_assert_true (hashiya_metadata_is_empty (hashiya_document_get_metadata (document)));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_true (hashiya_document_set_title (document, titles[i], NULL));
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (hashiya_document_get_modified (document));
  g_assert_true (hashiya_document_set_date (document, "2023-10-23", &error));
  g_assert_no_error (error);
  g_assert_true (hashiya_document_set_tags (document, tags, NULL));
  g_assert_cmpstr (hashiya_document_get_metadata (document)->title, ==, "مناورات");
  g_assert_cmpstr (hashiya_document_get_metadata (document)->tags[1], ==, "drills");

  /* The same value again is no step. */
  g_assert_true (hashiya_document_set_date (document, "2023-10-23", NULL));
  g_assert_cmpuint (changed, ==, 5);

  /* Wrong values: refused, nothing changed. */
  g_assert_false (hashiya_document_set_date (document, "2023-13-01", &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the date “2023-13-01” is not a date of the form YYYY-MM-DD, such as 2024-03-07");
  g_clear_error (&error);
  g_assert_false (hashiya_document_set_url (document, "not a url", &error));
  g_assert_cmpstr (error->message, ==, "the address “not a url” is not a URL such as https://example.com/article");
  g_clear_error (&error);
  g_assert_false (hashiya_document_set_tags (document, twice, &error));
  g_assert_error (error, HASHIYA_ERROR, HASHIYA_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "the tag “a” is there twice");
  g_clear_error (&error);
  g_assert_false (hashiya_document_set_source (document, "a\nb", &error));
  g_assert_cmpstr (error->message, ==, "the source “a\nb” is more than one line");
  g_assert_cmpuint (changed, ==, 5);
  g_assert_cmpstr (hashiya_document_get_metadata (document)->date, ==, "2023-10-23");

  /* Undo: the tags, the date, then the whole title at once. */
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_null (hashiya_document_get_metadata (document)->tags[0]);
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_null (hashiya_document_get_metadata (document)->date);
  g_assert_cmpstr (hashiya_document_get_metadata (document)->title, ==, "مناورات");
  g_assert_true (hashiya_undo_stack_undo (undo));
  g_assert_true (hashiya_metadata_is_empty (hashiya_document_get_metadata (document)));
  g_assert_false (hashiya_document_get_modified (document));
  g_assert_true (hashiya_undo_stack_redo (undo));
  g_assert_cmpstr (hashiya_document_get_metadata (document)->title, ==, "مناورات");
  g_assert_true (hashiya_undo_stack_redo (undo));
  g_assert_cmpstr (hashiya_document_get_metadata (document)->date, ==, "2023-10-23");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/annotate", test_document_annotate);
  g_test_add_func ("/document/order", test_document_order);
  g_test_add_func ("/document/refuses", test_document_refuses);
  g_test_add_func ("/document/undo-redo", test_document_undo_redo);
  g_test_add_func ("/document/modified", test_document_modified);
  g_test_add_func ("/document/squash", test_document_squash);
  g_test_add_func ("/document/actors", test_document_actors);
  g_test_add_func ("/document/signals", test_document_signals);
  g_test_add_func ("/document/finalizes", test_document_finalizes);
  g_test_add_func ("/document/context-while-added", test_document_context_while_added);
  g_test_add_func ("/document/actor-ids", test_document_actor_ids);
  g_test_add_func ("/document/replace-catalog", test_document_replace_catalog);
  g_test_add_func ("/document/metadata", test_document_metadata);

  return g_test_run ();
}
